//! Spelling (code `spelling`, a hint): words the language's dictionary does not know,
//! with what they may have meant. The release's own names — its people, partners and the
//! capitalised words of its facts — and the office's dictionary are known words, in their
//! inflected forms, so a speaker's name is never a misspelling in their own release.
//!
//! Run apart from [`super::check_with`], which the window calls on every keystroke: the
//! dictionaries take a moment to load, and spelling asks nothing of the facts' figures.

use super::text::text_fields;
use super::{FieldRef, Finding, Fix, Severity};
use crate::language::Language;
use crate::release::Release;
use crate::spelling::{self, KnownWords};

pub const CODE: &str = "spelling";

/// Whether the profile leaves spelling on (Settings → Checks can switch it off).
pub fn enabled(settings: &crate::profile::CheckSettings) -> bool {
    !settings.disabled.contains(CODE)
}

/// The names of `release`: people and partners whole, and the capitalised words of its
/// facts (a fact may hold a phrase whose common words must still be checked).
pub fn release_names(release: &Release) -> KnownWords {
    let mut known = KnownWords::default();
    for person in &release.people {
        for lang in Language::ALL {
            known.add(person.name.get(lang));
            known.add(person.short_name.get(lang));
        }
    }
    for partner in &release.partners {
        for lang in Language::ALL {
            known.add(partner.organisation.get(lang));
            known.add(partner.region.get(lang));
            known.add(partner.country.get(lang));
        }
    }
    for value in release.facts.values() {
        for lang in Language::ALL {
            for word in value.get(lang).split_whitespace() {
                if word.chars().next().is_some_and(char::is_uppercase) {
                    known.add(word);
                }
            }
        }
    }
    known
}

/// The spelling findings of every version of `release`; `office` holds the office's own
/// words (see [`crate::spelling::KnownWords::add_file`]).
pub fn check_release(release: &Release, office: &KnownWords, ui: Language) -> Vec<Finding> {
    let mut known = release_names(release);
    known.extend(office);
    let mut out = Vec::new();
    for version in &release.versions {
        for (field, text) in text_fields(version) {
            out.extend(check_field(text, field, version.language, &known, ui));
        }
    }
    out
}

/// The spelling findings of one text field (or a paragraph of a handed text).
pub fn check_field(
    text: &str,
    field: FieldRef,
    lang: Language,
    known: &KnownWords,
    ui: Language,
) -> Vec<Finding> {
    spelling::misspellings(text, lang, known)
        .into_iter()
        .map(|m| {
            let word = &m.word;
            let message = match m.suggestions.first() {
                Some(first) => say!(ui,
                    ru: "Возможно, опечатка: «{word}» — может быть, «{first}»?",
                    kk: "Қате жазылуы мүмкін: «{word}» — «{first}» болуы мүмкін бе?",
                    en: "Possibly misspelled: «{word}»; did you mean «{first}»?",
                ),
                None => say!(ui,
                    ru: "Возможно, опечатка: «{word}» (слова нет в словаре)",
                    kk: "Қате жазылуы мүмкін: «{word}» (сөз сөздікте жоқ)",
                    en: "Possibly misspelled: «{word}» (not in the dictionary)",
                ),
            };
            // Kazakh letters put back where a Russian layout typed others is a certain
            // correction; a dictionary's guess is not.
            let fix = spelling::layout_correction(word, lang, known).map(|right| Fix {
                field: field.clone(),
                language: lang,
                description: say!(ui,
                    ru: "«{word}» → «{right}»",
                    kk: "«{word}» → «{right}»",
                    en: "«{word}» → «{right}»",
                ),
                replacements: vec![(word.clone(), right)],
            });
            Finding {
                code: CODE,
                severity: Severity::Hint,
                field: field.clone(),
                language: Some(lang),
                message,
                fix,
                suggestions: m.suggestions,
            }
        })
        .collect()
}
