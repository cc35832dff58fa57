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
        return check_plain_text(&ctx, file, ui, format, fix);
    }
    let mut release = match storage::load_release(file) {
        Ok(release) => release,
        Err(error) => return failed(error.in_language(ui)),
    };
    let today = crate::clock::today();
    let template = ctx.template(&release.template);
    let office = office_dictionary();
    let languages = checks::spelling::languages(&ctx.profile.checks);
    let spelling = |release: &crate::release::Release| {
        checks::spelling::check_release(release, &office, &languages, ui)
    };
    let mut findings = checks::check_with(&release, template, &ctx.profile, today, ui);
    findings.extend(spelling(&release));
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
            findings.extend(spelling(&release));
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

/// The office's own words: `dictionary.txt` in the archive folder, shared with everyone
/// who uses that folder.
fn office_dictionary() -> crate::spelling::KnownWords {
    let mut known = crate::spelling::KnownWords::default();
    if let Some(paths) = crate::paths::Paths::discover() {
        let archive = crate::archive::location::resolve(&paths, None);
        known.add_file(&archive.join(crate::spelling::USER_DICTIONARY));
    }
    known
}

/// A text handed to the press office rather than a release file.
fn is_plain_text(file: &Path) -> bool {
    file.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["docx", "odt", "txt", "md", "html", "htm", "eml"].contains(&e.to_lowercase().as_str())
    })
}

/// `pressdesk check TEXT`: every check that needs no facts, on a text's paragraphs; exit
/// codes as for a release. With `--fix`, a corrected copy beside the text (the text itself
/// is left as it came), and the report is of the copy.
fn check_plain_text(
    ctx: &Context,
    file: &Path,
    ui: Language,
    format: CheckFormat,
    fix: bool,
) -> ExitCode {
    let read = |file: &Path| match checks::any_text::read_paragraphs(file) {
        Ok(paragraphs) => Some(paragraphs),
        Err(error) => {
            eprintln!("pressdesk: {}", error.in_language(ui));
            None
        }
    };
    let Some(paragraphs) = read(file) else {
        return ExitCode::from(2);
    };
    let today = crate::clock::today();
    let office = office_dictionary();
    let with_spelling = |paragraphs: &[String]| {
        let mut findings = checks::any_text::check_text(paragraphs, &ctx.profile, today, ui);
        let languages = checks::spelling::languages(&ctx.profile.checks);
        findings.extend(checks::any_text::spelling(
            paragraphs, &office, &languages, ui,
        ));
        findings
    };
    let mut findings = with_spelling(&paragraphs);
    if fix {
        match checks::corrected_copy::write(file, &paragraphs, &findings) {
            Ok(Some(corrected)) => {
                say_corrected(file, &corrected, ui);
                if !corrected.applied.is_empty() {
                    let Some(copy) = read(&corrected.path) else {
                        return ExitCode::from(2);
                    };
                    findings = with_spelling(&copy);
                }
            }
            Ok(None) if findings.iter().any(|f| f.fix.is_some()) => {
                // An email's text may be encoded: listed, not rewritten.
                eprintln!(
                    "pressdesk: {}",
                    say!(ui,
                        ru: "в письмо (.eml) исправления не вносятся; они перечислены в отчёте",
                        kk: "хатқа (.eml) түзетулер енгізілмейді; олар есепте көрсетілген",
                        en: "fixes are not applied to an email (.eml); the report lists them",
                    )
                );
            }
            Ok(None) => {}
            Err(error) => {
                eprintln!("pressdesk: {}", error.in_language(ui));
                return ExitCode::from(2);
            }
        }
    }
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

/// «report.corrected.docx: исправлено: 2» and each fix; the fixes that could not be placed.
fn say_corrected(file: &Path, corrected: &checks::corrected_copy::Corrected, ui: Language) {
    if !corrected.applied.is_empty() {
        let (copy, n) = (corrected.path.display(), corrected.applied.len());
        let original = file.display();
        eprintln!(
            "{}",
            say!(ui,
                ru: "{copy}: исправлено: {n} ({original} не изменён); отчёт — об исправленной копии",
                kk: "{copy}: түзетілді: {n} ({original} өзгертілмеді); есеп — түзетілген көшірме туралы",
                en: "{copy}: {n} fix(es) applied ({original} is unchanged); the report is of the corrected copy",
            )
        );
        for what in &corrected.applied {
            eprintln!("  {what}");
        }
    }
    if !corrected.left.is_empty() {
        eprintln!(
            "{}",
            say!(ui,
                ru: "не исправлено (слова встречаются в файле не один раз или разбиты форматированием):",
                kk: "түзетілмеді (сөздер файлда бірнеше рет кездеседі немесе пішімдеумен бөлінген):",
                en: "not fixed (the words occur more than once in the file, or formatting splits them):",
            )
        );
        for what in &corrected.left {
            eprintln!("  {what}");
        }
    }
}
