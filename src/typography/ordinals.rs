//! Russian ordinal endings after a number («наращения»): «5-ый», «22-ого», «121-ыми»
//! become «5-й», «22-го», «121-ми». Мильчин and Чельцова's «Справочник издателя и
//! автора» (the handbook Russian editors work by) keeps one letter of the ending when a
//! vowel stands before its last letter, two when a consonant does; a longer ending is an
//! error a journalist notices. Only the endings of ordinals are touched, each from a closed
//! list: «5-летие», «3-комнатная», «COVID-19» keep what was typed.

use std::borrow::Cow;

use super::engine::{Context, Rule};
use super::scan::{Edit, apply_edits, char_before, is_letter};

pub(crate) const ORDINAL_ENDINGS: Rule = Rule::new(
    "number/ordinal-endings",
    "Ordinal endings after a number shortened as the handbook writes them: 5-й, 22-го, 13-му",
    "5-ый, 22-ого июля, к 13-ому марта",
    ordinal_endings,
);

/// Endings of ordinal numerals longer than the handbook writes them, as they are typed.
const LONG_ENDINGS: &[&str] = &[
    "ая", "ое", "ой", "ый", "ий", "ые", "ую", "ом", "ым", "им", "ых", "их", "ух", "ого", "ому",
    "ему", "ыми", "ими",
];

const VOWELS: &str = "аеёиоуыэюя";

fn ordinal_endings<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    if !text.contains('-') {
        return Cow::Borrowed(text);
    }
    let edits = text
        .match_indices('-')
        .filter(|(hyphen, _)| after_a_number(text, *hyphen))
        .filter_map(|(hyphen, _)| {
            let start = hyphen + 1;
            let rest = &text[start..];
            let length = rest
                .char_indices()
                .find(|(_, c)| !is_letter(*c))
                .map_or(rest.len(), |(i, _)| i);
            let ending = &rest[..length];
            LONG_ENDINGS
                .contains(&ending)
                .then(|| Edit::new(start..start + length, shortened(ending)))
        })
        .collect();
    apply_edits(text, edits)
}

/// A hyphen right after digits, or after a percentage («3%-ый»).
fn after_a_number(text: &str, hyphen: usize) -> bool {
    match char_before(text, hyphen) {
        Some(c) if c.is_ascii_digit() => true,
        Some('%') => char_before(text, hyphen - 1).is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// The last letter when a vowel precedes it («ый» → «й», «ых» → «х»), else the last two
/// («ого» → «го», «ыми» → «ми»).
fn shortened(ending: &str) -> String {
    let letters: Vec<char> = ending.chars().collect();
    let keep = match letters.len().checked_sub(2).map(|i| letters[i]) {
        Some(before_last) if VOWELS.contains(before_last) => 1,
        _ => 2,
    };
    letters[letters.len().saturating_sub(keep)..]
        .iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::language::Language;
    use crate::typography::{TypographySettings, typeset_only};

    fn run(text: &str) -> String {
        typeset_only(
            text,
            Language::Ru,
            &["number/ordinal-endings"],
            &TypographySettings::default(),
        )
    }

    #[test]
    fn long_endings_are_shortened() {
        assert_eq!(run("5-ый"), "5-й");
        assert_eq!(run("к 13-ому марта"), "к 13-му марта");
        assert_eq!(run("1990-ые годы"), "1990-е годы");
        assert_eq!(run("в 2-ух залах"), "в 2-х залах");
    }

    #[test]
    fn other_words_after_a_hyphen_are_kept() {
        for kept in [
            "5-летие",
            "3-комнатная",
            "Ту-154",
            "COVID-19",
            "5-й",
            "22-го",
            "X-ый",
        ] {
            assert_eq!(run(kept), kept);
        }
    }
}
