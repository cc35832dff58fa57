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

/// The languages whose spelling the profile leaves on: Settings → Checks switches off
/// spelling as a whole (`spelling`) or one language (`spelling/kk`).
pub fn languages(settings: &crate::profile::CheckSettings) -> Vec<Language> {
    Language::ALL
        .into_iter()
        .filter(|lang| settings.is_enabled(&language_code(*lang)))
        .collect()
}

/// The code that switches one language's spelling: `spelling/ru`, `spelling/kk`, `spelling/en`.
pub fn language_code(lang: Language) -> String {
    format!("{CODE}/{}", lang.code())
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

/// The spelling findings of the versions of `release` in `languages`; `office` holds the
/// office's own words (see [`crate::spelling::KnownWords::add_file`]).
pub fn check_release(
    release: &Release,
    office: &KnownWords,
    languages: &[Language],
    ui: Language,
) -> Vec<Finding> {
    let mut known = release_names(release);
    known.extend(office);
    let mut out = Vec::new();
    for version in release
        .versions
        .iter()
        .filter(|v| languages.contains(&v.language))
    {
        for (field, text) in text_fields(version) {
            out.extend(check_field(text, field, version.language, &known, ui));
        }
    }
    out
}

/// The spelling findings of a release being edited: each text field asked of `speller`
/// (which re-checks only texts it has not seen), each word with the suggestions made so
/// far (`suggested`), or its word alone while they are being made.
pub fn check_with_speller<'s>(
    release: &Release,
    speller: &spelling::Speller,
    suggested: impl Fn(Language, &str) -> Option<&'s spelling::Suggested>,
    ui: Language,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for version in &release.versions {
        let lang = version.language;
        for (field, text) in text_fields(version) {
            for range in speller.misspelled(text, lang) {
                let word = &text[range];
                out.push(finding(
                    word,
                    field.clone(),
                    lang,
                    suggested(lang, word),
                    ui,
                ));
            }
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
    spelling::misspelled(text, lang, known)
        .into_iter()
        .map(|range| {
            let word = &text[range];
            let suggested = spelling::suggest(word, lang, known);
            finding(word, field.clone(), lang, Some(&suggested), ui)
        })
        .collect()
}

/// The finding of one misspelled word; `suggested` is `None` while its suggestions are
/// still being made (the window makes them off its thread).
pub fn finding(
    word: &str,
    field: FieldRef,
    lang: Language,
    suggested: Option<&spelling::Suggested>,
    ui: Language,
) -> Finding {
    let message = match suggested.map(|s| s.words.first()) {
        Some(Some(first)) => say!(ui,
            ru: "Возможно, опечатка: «{word}» — может быть, «{first}»?",
            kk: "Қате жазылуы мүмкін: «{word}» — «{first}» болуы мүмкін бе?",
            en: "Possibly misspelled: «{word}»; did you mean «{first}»?",
        ),
        Some(None) => say!(ui,
            ru: "Возможно, опечатка: «{word}» (слова нет в словаре)",
            kk: "Қате жазылуы мүмкін: «{word}» (сөз сөздікте жоқ)",
            en: "Possibly misspelled: «{word}» (not in the dictionary)",
        ),
        None => say!(ui,
            ru: "Возможно, опечатка: «{word}»",
            kk: "Қате жазылуы мүмкін: «{word}»",
            en: "Possibly misspelled: «{word}»",
        ),
    };
    // Kazakh letters put back where a Russian layout typed others is a certain
    // correction; a dictionary's guess is not.
    let fix = suggested.and_then(|s| s.certain.clone()).map(|right| Fix {
        field: field.clone(),
        language: lang,
        description: say!(ui,
            ru: "«{word}» → «{right}»",
            kk: "«{word}» → «{right}»",
            en: "«{word}» → «{right}»",
        ),
        replacements: vec![(word.to_string(), right)],
    });
    Finding {
        code: CODE,
        severity: Severity::Hint,
        field,
        language: Some(lang),
        message,
        fix,
        word: Some(word.to_string()),
        suggestions: suggested.map(|s| s.words.clone()).unwrap_or_default(),
    }
}
