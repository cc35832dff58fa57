//! `pressdesk check`: the pre-send checks of a release, or of any text handed to the press
//! office, with `--fix` for the certain corrections.

use std::path::Path;
use std::process::ExitCode;

use super::{CheckFormat, Context};
use crate::checks::{self, Severity};
use crate::language::Language;
use crate::storage;

/// `pressdesk check`: 0 clean or only warnings and hints, 1 errors found, 2 the release or
/// the profile could not be read (one line on stderr).
pub(super) fn check(
    profile_file: Option<&Path>,
    file: &Path,
    lang: Option<Language>,
    format: CheckFormat,
    fix: bool,
) -> ExitCode {
    let failed = |message: String| {
        eprintln!("pressdesk: {message}");
        ExitCode::from(2)
    };
    let ctx = match Context::new(profile_file) {
        Ok(ctx) => ctx,
        Err(message) => return failed(message),
    };
    let ui = lang.unwrap_or(ctx.ui);
    if is_plain_text(file) {
        if fix {
            // Rather than a silent no-op: the fixes are listed in the report below.
            eprintln!(
                "pressdesk: {}",
                say!(ui,
                    ru: "исправления в .docx, .txt и .md пока не вносятся; они перечислены в отчёте",
                    kk: ".docx, .txt және .md файлдарына түзетулер әзірге енгізілмейді; олар есепте көрсетілген",
                    en: "fixes are not yet applied to .docx, .txt and .md files; the report lists them",
                )
            );
        }
        return check_plain_text(&ctx, file, ui, format);
    }
    let mut release = match storage::load_release(file) {
        Ok(release) => release,
        Err(error) => return failed(error.in_language(ui)),
    };
    let today = jiff::ZonedDateTime::now().date();
    let template = ctx.templates.get(&release.template);
    let mut findings = checks::check_with(&release, template, &ctx.profile, today, ui);
    if fix {
        // Every certain fix, one after another, then one atomic save; the report that
        // follows is of what is left.
        let applied: Vec<String> = findings
            .iter()
            .filter_map(|f| f.fix.as_ref())
            .filter(|fix| fix.apply(&mut release))
            .map(|fix| fix.description.clone())
            .collect();
        if !applied.is_empty() {
            if let Err(error) = storage::save_release(file, &release) {
                return failed(error.in_language(ui));
            }
            let (name, n) = (file.display(), applied.len());
            eprintln!(
                "{}",
                say!(ui,
                    ru: "{name}: исправлено: {n}",
                    kk: "{name}: түзетілді: {n}",
                    en: "{name}: {n} fix(es) applied",
                )
            );
            for what in &applied {
                eprintln!("  {what}");
            }
            findings = checks::check_with(&release, template, &ctx.profile, today, ui);
        }
    }
    match format {
        CheckFormat::Text => {
            let unfilled = template.map_or(0, |t| checks::optional_facts_unfilled(&release, t));
            print!(
                "{}",
                checks::report::text(&findings, ui, template, unfilled)
            );
        }
        CheckFormat::Json => println!("{}", checks::report::json(&findings)),
    }
    if findings.iter().any(|f| f.severity == Severity::Error) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A text handed to the press office rather than a release file: `.docx`, `.txt`, `.md`.
fn is_plain_text(file: &Path) -> bool {
    file.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["docx", "txt", "md"].contains(&e.to_lowercase().as_str()))
}

/// `pressdesk check TEXT`: every check that needs no facts, on a text's paragraphs; exit
/// codes as for a release.
fn check_plain_text(ctx: &Context, file: &Path, ui: Language, format: CheckFormat) -> ExitCode {
    let paragraphs = match checks::any_text::read_paragraphs(file) {
        Ok(paragraphs) => paragraphs,
        Err(message) => {
            eprintln!("pressdesk: {message}");
            return ExitCode::from(2);
        }
    };
    let today = jiff::ZonedDateTime::now().date();
    let findings = checks::any_text::check_text(&paragraphs, &ctx.profile, today, ui);
    match format {
        CheckFormat::Text => print!("{}", checks::report::text(&findings, ui, None, 0)),
        CheckFormat::Json => println!("{}", checks::report::json(&findings)),
    }
    if findings.iter().any(|f| f.severity == Severity::Error) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
