//! Findings written out for `pressdesk check`: lines for people, JSON for tools.

use serde::Serialize;

use super::{Finding, Severity};
use crate::language::Language;

/// One finding a line, errors first: `error  ru  заголовок: message  [code]`, then a
/// count. Fixes are named after the line.
pub fn text(findings: &[Finding], ui: Language) -> String {
    let mut out = String::new();
    for f in findings {
        let lang = f.language.map_or("--", Language::code);
        out.push_str(&format!(
            "{:<7}  {lang}  {}: {}  [{}]\n",
            f.severity.code(),
            f.field.describe(ui),
            f.message,
            f.code
        ));
        if let Some(fix) = &f.fix {
            let label = match ui {
                Language::Ru => "исправление",
                Language::Kk => "түзету",
                Language::En => "fix",
            };
            out.push_str(&format!("         {label}: {}\n", fix.description));
        }
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let (e, w, h) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Hint),
    );
    out.push_str(&match ui {
        Language::Ru => format!("Ошибок: {e}, предупреждений: {w}, советов: {h}.\n"),
        Language::Kk => format!("Қате: {e}, ескерту: {w}, кеңес: {h}.\n"),
        Language::En => format!("{e} error(s), {w} warning(s), {h} hint(s).\n"),
    });
    out
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    severity: &'static str,
    code: &'static str,
    field: String,
    language: Option<&'static str>,
    message: &'a str,
    /// The fix's description, or `false` when there is no certain fix.
    fix: serde_json::Value,
}

/// A JSON array of findings: severity, code, field (as [`super::FieldRef::code`]),
/// language, message and fix.
pub fn json(findings: &[Finding]) -> String {
    let rows: Vec<JsonFinding> = findings
        .iter()
        .map(|f| JsonFinding {
            severity: f.severity.code(),
            code: f.code,
            field: f.field.code(),
            language: f.language.map(Language::code),
            message: &f.message,
            fix: match &f.fix {
                Some(fix) => serde_json::Value::String(fix.description.clone()),
                None => serde_json::Value::Bool(false),
            },
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_string())
}
