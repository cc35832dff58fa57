//! The word lists rules share, looked up per language (the lists live in `ru.rs`, `kk.rs`,
//! `en.rs`).

use std::ops::Range;

use super::scan::LETTER;
use super::{en, kk, ru};
use crate::language::Language;

/// Words after a number that make a spaced dash a range: years, centuries, `лет`.
/// Matched as whole words.
pub(crate) fn year_words(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Ru => ru::YEAR_WORDS,
        Language::Kk => kk::YEAR_WORDS,
        Language::En => en::YEAR_WORDS,
    }
}

/// Month names as stems (`январ` covers январь, января, январе): prefixes of words.
pub(crate) fn months(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Ru => ru::MONTHS,
        Language::Kk => kk::MONTHS,
        Language::En => en::MONTHS,
    }
}

/// Weekday names as stems.
pub(crate) fn weekdays(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Ru => ru::WEEKDAYS,
        Language::Kk => kk::WEEKDAYS,
        Language::En => en::WEEKDAYS,
    }
}

/// Short words longer than two letters that keep to the next word (two-letter words always do).
pub(crate) fn short_words(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Ru => ru::SHORT_WORDS,
        Language::Kk => kk::SHORT_WORDS,
        Language::En => en::SHORT_WORDS,
    }
}

/// Particles that keep to the word before them.
pub(crate) fn particles(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Ru => ru::PARTICLES,
        Language::Kk => kk::PARTICLES,
        Language::En => &[],
    }
}

/// Words for thousand, million, billion, trillion as they follow a number, abbreviated and
/// in full (whole words; full words may be inflected, so they are stems ending in `*`).
pub(crate) fn scale_words(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Ru => ru::SCALE_WORDS,
        Language::Kk => kk::SCALE_WORDS,
        Language::En => en::SCALE_WORDS,
    }
}

/// Units and currencies written after a number (whole words; a trailing `*` allows endings).
pub(crate) fn units(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Ru => ru::UNITS,
        Language::Kk => kk::UNITS,
        Language::En => en::UNITS,
    }
}

/// Abbreviations that keep to the number after them: стр. 5, рис. 3, No. 5, p. 12.
pub(crate) fn reference_abbreviations(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Ru => ru::REFERENCES,
        Language::Kk => kk::REFERENCES,
        Language::En => en::REFERENCES,
    }
}

/// Address words written before and after the name.
pub(crate) fn address_words(lang: Language) -> &'static super::nbsp::AddressWords {
    match lang {
        Language::Ru => &ru::ADDRESS,
        Language::Kk => &kk::ADDRESS,
        Language::En => &en::ADDRESS,
    }
}

/// Legal forms of organisations written before the name: ТОО, АО, LLP.
pub(crate) fn organisation_forms(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Ru | Language::Kk => &ORGANISATION_FORMS,
        Language::En => en::ORGANISATION_FORMS,
    }
}

/// Russian and Kazakh forms both occur in either language's text in Kazakhstan.
const ORGANISATION_FORMS: [&str; 30] = [
    "ООО",
    "ОАО",
    "ЗАО",
    "ПАО",
    "НАО",
    "АО",
    "ТОО",
    "ИП",
    "НИИ",
    "ПБОЮЛ",
    "РГП",
    "ГКП",
    "КГП",
    "КГУ",
    "РГУ",
    "ГУ",
    "ОО",
    "ОЮЛ",
    "НКО",
    "ПК",
    "ЖШС",
    "АҚ",
    "ЖК",
    "РМК",
    "МКК",
    "КМК",
    "ҚБ",
    "ШЖҚ",
    "ЖАҚ",
    "ҰК",
];

/// Words that end with a period but not a sentence; a dash after them is not dialogue.
pub(crate) const PERIOD_ABBREVIATIONS: &[&str] = &[
    "г", "гг", "в", "вв", "тыс", "млн", "млрд", "трлн", "руб", "долл", "обл", "ул", "кв", "д",
    "др", "пр", "ж", "жж", "т", "см", "им", "стр", "ст", "р", "коп", "чел", "шт", "ед",
];

/// Like [`word_pattern`], also matching each word with a capital first letter (`Млн`,
/// `Стр.`). Cheaper than a case-insensitive pattern, which the regex engine cannot search
/// for by its literal words.
pub(crate) fn word_pattern_capitalised(list: &[&str]) -> String {
    let capitalised: Vec<String> = list
        .iter()
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect();
    let mut all: Vec<&str> = list.to_vec();
    all.extend(
        capitalised
            .iter()
            .map(String::as_str)
            .filter(|w| !list.contains(w)),
    );
    word_pattern(&all)
}

/// Builds a regex alternation from a list where a trailing `*` means "any endings".
pub(crate) fn word_pattern(list: &[&str]) -> String {
    let mut sorted: Vec<&str> = list.to_vec();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    sorted
        .iter()
        .map(|w| match w.strip_suffix('*') {
            Some(stem) => format!(r"{}{LETTER}*", regex::escape(stem)),
            None => regex::escape(w),
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// The end of the longest word of `list` written at `index`, if any. A `*` entry is a stem
/// that takes any letters after it; any other entry must end the word there. With
/// `capitalised`, a capital first letter matches too (`Млн`).
pub(crate) fn word_at(text: &str, index: usize, list: &[&str], capitalised: bool) -> Option<usize> {
    let rest = text.get(index..)?;
    let first = rest.chars().next()?;
    // Most numbers are followed by a space or a mark: nothing in a list starts so.
    if !super::scan::is_letter(first) && !"°%$€₸₽¥£²³".contains(first) {
        return None;
    }
    let mut best: Option<usize> = None;
    for entry in list {
        let (stem, any_ending) = match entry.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (*entry, false),
        };
        let Some(after) = strip_word(rest, stem, capitalised) else {
            continue;
        };
        let mut len = rest.len() - after.len();
        if any_ending {
            len += after
                .char_indices()
                .find(|&(_, c)| !super::scan::is_letter(c))
                .map_or(after.len(), |(i, _)| i);
        } else if stem.ends_with(super::scan::is_letter)
            && after.starts_with(|c: char| super::scan::is_letter(c) || c.is_ascii_digit())
        {
            continue;
        }
        if best.is_none_or(|b| len > b) {
            best = Some(len);
        }
    }
    best.map(|len| index + len)
}

/// The end of an entry of `list` that starts the text at `index`, letters after it allowed
/// (month prefixes: `ноя` in `ноября`); a capital first letter matches too.
pub(crate) fn prefix_at(text: &str, index: usize, list: &[&str]) -> Option<usize> {
    let rest = text.get(index..)?;
    list.iter()
        .find_map(|entry| strip_word(rest, entry, true))
        .map(|after| index + rest.len() - after.len())
}

/// The end of what a [`word_pattern`] of `list` matches at `index`, read without the
/// pattern: its alternation tries the longer entries first (in list order among entries of
/// one length) and takes the first that matches; a `*` stem takes every letter after it.
/// Unlike [`word_at`], an entry need not end a word there: the rule decides.
pub(crate) fn alternative_at(text: &str, index: usize, list: &[&str]) -> Option<usize> {
    let rest = text.get(index..)?;
    let mut best: Option<(usize, usize)> = None; // the entry's length in characters, the end
    for entry in list {
        let (stem, any_ending) = match entry.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (*entry, false),
        };
        // Compared first: this is asked after every space of a text, and few entries match.
        let Some(after) = rest.strip_prefix(stem) else {
            continue;
        };
        let length = entry.chars().count();
        if best.is_some_and(|(longest, _)| longest >= length) {
            continue;
        }
        let mut end = rest.len() - after.len();
        if any_ending {
            end += after
                .char_indices()
                .find(|&(_, c)| !crate::language::is_our_letter(c))
                .map_or(after.len(), |(i, _)| i);
        }
        best = Some((length, index + end));
    }
    best.map(|(_, end)| end)
}

/// The leftmost match at or after `from` of a [`word_pattern`] of `list`, read without
/// the pattern: the first place where any entry is written, and there the entry
/// [`alternative_at`] picks. Each entry is searched for only up to the earliest place
/// found so far, so a frequent word («год») does not make every other entry read the
/// whole rest of the text at each call.
pub(crate) fn next_alternative(text: &str, from: usize, list: &[&str]) -> Option<Range<usize>> {
    let rest = text.get(from..)?;
    let mut leftmost: Option<usize> = None;
    for entry in list {
        let stem = entry.strip_suffix('*').unwrap_or(entry);
        // A match starting at or before `leftmost` ends before this.
        let window_end = leftmost.map_or(rest.len(), |start| {
            (start + stem.len()..=rest.len())
                .find(|&end| rest.is_char_boundary(end))
                .unwrap_or(rest.len())
        });
        if let Some(at) = memchr::memmem::find(&rest.as_bytes()[..window_end], stem.as_bytes())
            && leftmost.is_none_or(|start| at < start)
        {
            leftmost = Some(at);
        }
    }
    let start = from + leftmost?;
    alternative_at(text, start, list).map(|end| start..end)
}

/// The leftmost match at or after `from` of `[spaces](word_pattern(list))`: a space of
/// `spaces` and, right after it, an entry of `list`. The range starts at the space.
pub(crate) fn next_alternative_after(
    text: &str,
    from: usize,
    spaces: &[char],
    list: &[&str],
) -> Option<Range<usize>> {
    let rest = text.get(from..)?;
    rest.match_indices(spaces).find_map(|(at, space)| {
        let start = from + at;
        alternative_at(text, start + space.len(), list).map(|end| start..end)
    })
}

/// `text` after `word`, if it starts with it (or, with `capitalised`, with it capitalised).
fn strip_word<'t>(text: &'t str, word: &str, capitalised: bool) -> Option<&'t str> {
    if let Some(after) = text.strip_prefix(word) {
        return Some(after);
    }
    if !capitalised || !text.starts_with(char::is_uppercase) {
        return None;
    }
    let mut chars = word.chars();
    let first = chars.next()?;
    let mut upper = first.to_uppercase();
    let rest_of_word = chars.as_str();
    let mut text_chars = text.chars();
    let actual = text_chars.next()?;
    if upper.next() != Some(actual) || upper.next().is_some() {
        return None;
    }
    text_chars.as_str().strip_prefix(rest_of_word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typography::scan::NBSP;
    use proptest::prelude::*;

    /// Lists whose entries start one another, stems among them, and the rules' own lists.
    fn lists() -> Vec<Vec<&'static str>> {
        let mut lists = vec![
            vec!["год", "года", "го", "г*", "годов*", "ли", "ль", "б", "бы"],
            vec!["тыс", "Тыс", "млн", "Млн", "млрд", "Млрд", "тысяч*", "мың"],
        ];
        for lang in Language::ALL {
            lists.push(particles(lang).to_vec());
            lists.push(address_words(lang).after_name.to_vec());
            lists.push(address_words(lang).before_name.to_vec());
            lists.push(scale_words(lang).to_vec());
        }
        lists.retain(|list| !list.is_empty());
        lists
    }

    /// Every match, one after another, as `rewrite` would ask for them.
    fn all_matches(
        text: &str,
        next: impl Fn(&str, usize) -> Option<Range<usize>>,
    ) -> Vec<Range<usize>> {
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(range) = next(text, from) {
            from = range.end;
            found.push(range);
        }
        found
    }

    fn by_regex(pattern: &str) -> impl Fn(&str, usize) -> Option<Range<usize>> {
        let re = regex::Regex::new(pattern).unwrap();
        move |text, from| re.find_at(text, from).map(|m| m.range())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Lists read by hand match where and what their alternation matched.
        #[test]
        fn alternatives_read_as_their_pattern_did(
            text in "(год|го|г|д|ом|ов|ы|а|у|ли|ль|бы|б|же|ма|тыс|Тыс|млн|млрд|мың|ч|и|ул|обл|қ|\\.|-| |\u{a0}|1|Г){0,12}"
        ) {
            for list in lists() {
                let alternation = word_pattern(&list);
                prop_assert_eq!(
                    all_matches(&text, |t, from| next_alternative(t, from, &list)),
                    all_matches(&text, by_regex(&format!("({alternation})"))),
                    "{:?}", list
                );
                prop_assert_eq!(
                    all_matches(&text, |t, from| next_alternative_after(t, from, &[' ', NBSP], &list)),
                    all_matches(&text, by_regex(&format!("[ \u{a0}]({alternation})"))),
                    "{:?}", list
                );
            }
        }
    }
}
