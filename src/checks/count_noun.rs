//! A count and the form of its noun: «3 меморандумов» for «3 меморандума», «7 меморандума»
//! for «7 меморандумов», «3 меморандумдар» for «3 меморандум», "3 memorandum" for "3
//! memoranda". The forms come from [`crate::language::count_forms`]; this module finds
//! counts in the text (digits or words) and the word they count.
//!
//! A word after a number is not always the counted noun, so this is a warning and some
//! places are left alone: after a word that puts the count in the genitive («около 3
//! проектов», «из 5 …» is right), after a reference («пункт 5 статьи», «школа № 5»), and
//! for years, decimals and figures with a unit or scale.

use rust_decimal::prelude::ToPrimitive;

use super::text::{text_fields, words};
use super::{Ctx, Findings};
use crate::language::Language;
use crate::language::count_forms::{
    count_word, english_form_is_wrong, is_russian_adjective_after_count,
    kazakh_plural_after_numeral, russian_form_is_wrong,
};
use crate::language::figures::find_figures;
use crate::language::plural::category;
use crate::language::units::{Scale, Unit};

/// Russian words after which a count and its noun are in the genitive («около 3 проектов»)
/// or another case the ending rules do not cover.
const RUSSIAN_GOVERNORS: &[&str] = &[
    "около",
    "более",
    "свыше",
    "менее",
    "до",
    "из",
    "от",
    "для",
    "без",
    "у",
    "с",
    "со",
    "порядка",
    "больше",
    "меньше",
    "против",
    "кроме",
    "после",
    "среди",
    "вместо",
    "к",
    "ко",
    "по",
    "о",
    "об",
    "при",
    "между",
    "над",
    "под",
    "за",
    "перед",
];

/// Words after which a number names an item, not a count: «пункт 5 статьи», «школа № 5».
const REFERENCES: &[&str] = &[
    "пункт",
    "стать",
    "част",
    "глав",
    "раздел",
    "приложени",
    "номер",
    "дом",
    "корпус",
    "этаж",
    "кабинет",
    "школ",
    "лице",
    "гимнази",
    "палат",
    "линия",
    "трасс",
    "маршрут",
    "бап",
    "тармақ",
    "мектеп",
    "үй",
    "article",
    "section",
    "item",
    "clause",
    "no",
    "number",
    "school",
    "route",
];

/// A count in the text: its value, how it is written, and where it ends.
struct Count {
    value: u32,
    written: String,
    start: usize,
    end: usize,
}

pub(super) fn run(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    for version in &ctx.release.versions {
        let lang = version.language;
        for (field, text) in text_fields(version) {
            for count in counts(text, lang) {
                if governed_or_reference(&text[..count.start], lang) {
                    continue;
                }
                let Some(noun) = wrong_noun(&text[count.end..], &count, lang) else {
                    continue;
                };
                let phrase = format!("{} {noun}", count.written);
                // Examples in the text's own language, so a Kazakh report quotes no English.
                let examples: &[&str] = match lang {
                    Language::Ru => &["1 проект", "3 проекта", "7 проектов"],
                    Language::Kk => &["3 жоба", "7 жоба"],
                    Language::En => &["1 project", "3 projects"],
                };
                let examples = examples
                    .iter()
                    .map(|e| match ui {
                        Language::En => format!("“{e}”"),
                        _ => format!("«{e}»"),
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                let message = say!(ui,
                    ru: "«{phrase}»: слово после числа стоит не в той форме; ср. {examples}.",
                    kk: "«{phrase}»: саннан кейінгі сөз дұрыс түрде емес; салыстырыңыз: {examples}.",
                    en: "“{phrase}”: the word after the count is in the wrong form; compare {examples}.",
                );
                out.push("agreement/count-noun", field.clone(), Some(lang), message);
            }
        }
    }
}

/// Whole counts written in digits (no unit, no scale, not a year) or as a word.
fn counts(text: &str, lang: Language) -> Vec<Count> {
    let mut out: Vec<Count> = find_figures(text, lang)
        .into_iter()
        .filter(|f| {
            f.unit == Unit::None
                && f.scale == Scale::One
                && f.value.scale() == 0
                && !f.looks_like_year()
                && f.qualifier.is_none()
        })
        .filter_map(|f| {
            let value = f.value.to_u32()?;
            // A range («2–3 дня») agrees with its last number: leave the first alone.
            let after = &text[f.span.end..];
            if after.starts_with(['-', '–', '—']) {
                return None;
            }
            Some(Count {
                value,
                written: text[f.span.clone()].to_string(),
                start: f.span.start,
                end: f.span.end,
            })
        })
        .collect();
    for (range, word) in words(text) {
        if let Some(value) = count_word(word, lang) {
            out.push(Count {
                value,
                written: word.to_string(),
                start: range.start,
                end: range.end,
            });
        }
    }
    out
}

/// True when the word before the count puts it in another case, or makes it a number of
/// an item rather than a count.
fn governed_or_reference(before: &str, lang: Language) -> bool {
    let head = before.trim_end();
    if head.ends_with('№') || head.ends_with('#') {
        return true;
    }
    if !before.ends_with(char::is_whitespace) && !before.is_empty() {
        return true; // glued to something: «т.3», «(3»
    }
    let Some((_, word)) = words(head).last().cloned() else {
        return false;
    };
    if !head.ends_with(word) {
        return false; // punctuation between: «…, 3 проекта»
    }
    let word = word.to_lowercase();
    (lang == Language::Ru && RUSSIAN_GOVERNORS.contains(&word.as_str()))
        || REFERENCES.iter().any(|r| word.starts_with(r))
}

/// The counted word in the wrong form for `count`, if there is one right after it.
fn wrong_noun(after: &str, count: &Count, lang: Language) -> Option<String> {
    // The noun follows after a space, not after punctuation («3, 5 и 7»).
    if !after.starts_with([' ', '\u{a0}']) {
        return None;
    }
    let next: Vec<&str> = words(after)
        .into_iter()
        .take(3)
        .take_while(|(range, _)| {
            !after[..range.start].contains([',', '.', ';', ':', '(', ')', '—', '–', '-'])
        })
        .map(|(_, w)| w)
        .collect();
    match lang {
        Language::Ru => {
            let noun = next
                .iter()
                .copied()
                .find(|w| !is_russian_adjective_after_count(w))?;
            let category = category(Language::Ru, &count.value.to_string());
            russian_form_is_wrong(category, noun).then(|| noun.to_string())
        }
        Language::Kk => {
            let noun = *next.first()?;
            kazakh_plural_after_numeral(noun).then(|| noun.to_string())
        }
        Language::En => next
            .iter()
            .take(2)
            .find(|w| english_form_is_wrong(count.value == 1, w))
            .map(|w| w.to_string()),
    }
}
