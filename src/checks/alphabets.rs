//! Mixed alphabets: Latin letters inside a Cyrillic word and Cyrillic inside a Latin one,
//! which look right and break search, spell-checking and sorting.
//!
//! Words are runs of letters, so `IT-парк`, `COVID-19` and `B2B` are made of one-alphabet
//! words and never flagged. A mixed word is fixed only when every letter of the minority
//! alphabet has a look-alike in the majority one; Roman numerals typed with Cyrillic Х
//! («ХХI век») become Latin.

use super::text::text_fields;
use super::{Ctx, Findings, Fix};
use crate::language::Language;

/// Latin letters and the Cyrillic letters that look the same (Kazakh і included).
const LOOK_ALIKES: &[(char, char)] = &[
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('I', 'І'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('Y', 'У'),
    ('a', 'а'),
    ('c', 'с'),
    ('e', 'е'),
    ('i', 'і'),
    ('o', 'о'),
    ('p', 'р'),
    ('x', 'х'),
    ('y', 'у'),
];

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}' | '\u{0500}'..='\u{052F}')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}') && c.is_alphabetic()
}

fn to_cyrillic(c: char) -> Option<char> {
    LOOK_ALIKES.iter().find(|(l, _)| *l == c).map(|&(_, k)| k)
}

fn to_latin(c: char) -> Option<char> {
    LOOK_ALIKES.iter().find(|(_, k)| *k == c).map(|&(l, _)| l)
}

/// The word written in one alphabet, when that is certain; `None` when a letter has no
/// look-alike (then only the mix is reported).
pub(super) fn corrected(word: &str, lang: Language) -> Option<String> {
    let latin = word.chars().filter(|c| is_latin(*c)).count();
    let cyrillic = word.chars().filter(|c| is_cyrillic(*c)).count();
    let as_latin = || {
        word.chars()
            .map(|c| if is_cyrillic(c) { to_latin(c) } else { Some(c) })
            .collect::<Option<String>>()
    };
    let as_cyrillic = || {
        word.chars()
            .map(|c| if is_latin(c) { to_cyrillic(c) } else { Some(c) })
            .collect::<Option<String>>()
    };
    if let Some(latin_word) = as_latin().filter(|w| is_roman_numeral(w)) {
        return Some(latin_word);
    }
    let cyrillic_first = match latin.cmp(&cyrillic) {
        std::cmp::Ordering::Less => true,
        std::cmp::Ordering::Greater => false,
        std::cmp::Ordering::Equal => lang != Language::En,
    };
    if cyrillic_first {
        as_cyrillic().or_else(as_latin)
    } else {
        as_latin().or_else(as_cyrillic)
    }
}

/// XXI, IV, MCM: capital Roman digits only, at least two of them.
fn is_roman_numeral(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| "IVXLCDM".contains(c))
}

/// A word that mixes alphabets. Words of one alphabet plus other scripts' letters (Greek
/// µ, say) are left alone.
fn is_mixed(word: &str) -> bool {
    word.chars().any(is_cyrillic) && word.chars().any(is_latin)
}

pub(super) fn run(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    for version in &ctx.release.versions {
        let lang = version.language;
        for (field, text) in text_fields(version) {
            let mut seen: Vec<&str> = Vec::new();
            for &(_, word) in ctx.readings.words(text).iter() {
                if !is_mixed(word) || seen.contains(&word) {
                    continue;
                }
                seen.push(word);
                let marked = mark(word);
                let fix = corrected(word, lang).map(|right| {
                    let description = say!(ui,
                        ru: "Заменить «{word}» на «{right}»",
                        kk: "«{word}» сөзін «{right}» деп ауыстыру",
                        en: "Replace “{word}” with “{right}”",
                    );
                    Fix {
                        field: field.clone(),
                        language: lang,
                        replacements: vec![(word.to_string(), right)],
                        description,
                    }
                });
                let message = say!(ui,
                    ru: "В слове «{word}» смешаны латиница и кириллица: {marked}.",
                    kk: "«{word}» сөзінде латын мен кирилл әріптері аралас: {marked}.",
                    en: "“{word}” mixes Latin and Cyrillic letters: {marked}.",
                );
                out.push_with_fix("alphabets/mixed", field.clone(), Some(lang), message, fix);
            }
        }
    }
}

/// The word with its minority-alphabet letters in brackets, so the message shows which
/// letters are the odd ones: «К[a]захстан».
fn mark(word: &str) -> String {
    let latin = word.chars().filter(|c| is_latin(*c)).count();
    let cyrillic = word.chars().filter(|c| is_cyrillic(*c)).count();
    let odd: fn(char) -> bool = if latin <= cyrillic {
        is_latin
    } else {
        is_cyrillic
    };
    word.chars()
        .map(|c| {
            if odd(c) {
                format!("[{c}]")
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrects_to_the_majority_alphabet() {
        // Latin «a» and «c» in a Cyrillic word.
        assert_eq!(
            corrected("Кaзaхстaн", Language::Ru).as_deref(),
            Some("Казахстан")
        );
        // Cyrillic «о» in an English word.
        assert_eq!(
            corrected("Turkestаn", Language::En).as_deref(),
            Some("Turkestan")
        );
        // Cyrillic Х typed for a Roman numeral.
        assert_eq!(corrected("ХХI", Language::Ru).as_deref(), Some("XXI"));
        // Latin «q» has no Cyrillic look-alike and Cyrillic «ж» none in Latin.
        assert_eq!(corrected("qж", Language::Ru), None);
    }

    #[test]
    fn one_alphabet_words_are_not_mixed() {
        for word in ["COVID", "парк", "IT", "XXI", "Қазақстан"] {
            assert!(!is_mixed(word), "{word}");
        }
        assert!(is_mixed("Aким"));
    }
}
