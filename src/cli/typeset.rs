//! `pressdesk typeset`: a text typeset by the engine the exports use, for a text someone
//! handed over or a script's pipe. Paragraphs (blocks between blank lines) are typeset one
//! by one, each in its own language unless `--lang` says.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use super::{Context, TypesetFormat};
use crate::checks::any_text::language_of;
use crate::language::Language;
use crate::typography::typeset as typeset_text;

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
    let text = match read(file) {
        Ok(text) => text,
        Err(why) => {
            let source = file.map_or_else(|| "stdin".to_string(), |f| f.display().to_string());
            eprintln!(
                "pressdesk: {}",
                say!(ui,
                    ru: "{source}: текст не читается: {why}",
                    kk: "{source}: мәтін оқылмайды: {why}",
                    en: "{source}: the text cannot be read: {why}",
                )
            );
            return ExitCode::from(2);
        }
    };
    let settings = &ctx.profile.typography;
    let paragraphs: Vec<String> = text
        .replace("\r\n", "\n")
        .split("\n\n")
        .map(|block| {
            let language = lang.unwrap_or_else(|| language_of(block));
            typeset_text(block, language, settings)
        })
        .collect();
    match format {
        TypesetFormat::Text => print!("{}", paragraphs.join("\n\n")),
        TypesetFormat::Html => {
            for paragraph in paragraphs.iter().filter(|p| !p.trim().is_empty()) {
                println!("<p>{}</p>", html(paragraph.trim()));
            }
        }
    }
    ExitCode::SUCCESS
}

fn read(file: Option<&Path>) -> Result<String, String> {
    let bytes = match file {
        Some(file) => std::fs::read(file).map_err(|e| e.to_string())?,
        None => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| e.to_string())?;
            bytes
        }
    };
    String::from_utf8(bytes).map_err(|_| "UTF-8?".to_string())
}

/// A paragraph as HTML text: markup characters escaped, no-break spaces visible in the
/// source as `&nbsp;` (and narrow ones as `&#8239;`), line breaks as `<br>`.
fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\u{a0}', "&nbsp;")
        .replace('\u{202f}', "&#8239;")
        .replace('\n', "<br>\n")
}
