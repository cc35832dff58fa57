//! Findings written out for `pressdesk check`: lines for people, JSON for tools.

use serde::Serialize;

use super::{Finding, Severity};
use crate::language::Language;
use crate::template::Template;

/// One finding a line, errors first, every word in `ui`: `ошибка  ru  заголовок: message`,
/// then a count, and a neutral line for the optional facts left empty (their sentences are
/// simply not written, so they are not findings). Fixes are named after their line. Facts
/// are named by the template's labels, never by their ids.
pub fn text(
    findings: &[Finding],
    ui: Language,
    template: Option<&Template>,
    optional_unfilled: usize,
) -> String {
    let mut out = String::new();
    for f in findings {
        let lang = f.language.map_or("--", Language::code);
        let field = match (&f.field, template) {
            (super::FieldRef::Fact(id), Some(template)) => template
                .fact(id)
                .map(|spec| format!("«{}»", spec.label.get_or_any(ui)))
                .unwrap_or_else(|| f.field.describe(ui)),
            _ => f.field.describe(ui),
        };
        out.push_str(&format!(
            "{:<14}  {lang}  {field}: {}\n",
            f.severity.word(ui),
            f.message,
        ));
        if let Some(fix) = &f.fix {
            let label = match ui {
                Language::Ru => "исправление",
                Language::Kk => "түзету",
                Language::En => "fix",
            };
            out.push_str(&format!("                {label}: {}\n", fix.description));
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
    if optional_unfilled > 0 {
        let n = optional_unfilled;
        out.push_str(&match ui {
            Language::Ru => {
                format!("Необязательных полей не заполнено: {n}; их предложений в тексте нет.\n")
            }
            Language::Kk => {
                format!("Толтырылмаған қосымша өрістер: {n}; олардың сөйлемдері мәтінде жоқ.\n")
            }
            Language::En => {
                format!("{n} optional fact(s) not filled; their sentences are left out.\n")
            }
        });
    }
    out
}

#[derive(Serialize)]
struct JsonFix<'a> {
    description: &'a str,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    severity: &'static str,
    code: &'static str,
    field: String,
    language: Option<&'static str>,
    message: &'a str,
    /// `{"description": …}`, or `null` when there is no certain fix.
    fix: Option<JsonFix<'a>>,
    /// Words it may have meant, the likeliest first; left out when there are none.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    suggestions: &'a [String],
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
            fix: f.fix.as_ref().map(|fix| JsonFix {
                description: &fix.description,
            }),
            suggestions: &f.suggestions,
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_string())
}
