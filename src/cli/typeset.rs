//! `pressdesk typeset`: a text typeset by the engine the exports use, for a text someone
//! handed over or a script's pipe. Paragraphs (blocks between blank lines) are typeset one
//! by one, each in its own language unless `--lang` says.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use super::{Context, TypesetFormat};
use crate::language::Language;
use crate::typography::typeset_paragraphs;

pub(super) fn typeset(
    profile_file: Option<&Path>,
    file: Option<&Path>,
    lang: Option<Language>,
    format: TypesetFormat,
) -> ExitCode {
    let ctx = match Context::new(profile_file) {
        Ok(ctx) => ctx,
        Err(message) => {
            eprintln!("pressdesk: {message}");
            return ExitCode::from(2);
        }
    };
    let ui = ctx.ui;
    let text = match read(file, ui) {
        Ok(text) => text,
        Err(why) => {
            eprintln!("pressdesk: {why}");
            return ExitCode::from(2);
        }
    };
    let typeset = typeset_paragraphs(&text, lang, &ctx.profile.typography);
    match format {
        TypesetFormat::Text => print!("{typeset}"),
        TypesetFormat::Html => print!("{}", crate::export::paragraphs_html(&typeset)),
    }
    ExitCode::SUCCESS
}

/// The text, or why it cannot be had, in `ui`.
fn read(file: Option<&Path>, ui: Language) -> Result<String, String> {
    let io = |error: std::io::Error| {
        let path = file.map_or_else(|| "stdin".into(), Path::to_path_buf);
        crate::storage::StorageError::Io {
            path,
            source: std::sync::Arc::new(error),
        }
        .in_language(ui)
    };
    let bytes = match file {
        Some(file) => std::fs::read(file).map_err(io)?,
        None => {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes).map_err(io)?;
            bytes
        }
    };
    String::from_utf8(bytes).map_err(|_| {
        let source = file.map_or_else(|| "stdin".to_string(), |f| f.display().to_string());
        say!(ui,
            ru: "{source}: текст не в кодировке UTF-8; сохраните его как UTF-8",
            kk: "{source}: мәтін UTF-8 кодтауында емес; оны UTF-8 ретінде сақтаңыз",
            en: "{source}: the text is not UTF-8; save it as UTF-8",
        )
    })
}
