//! The three languages a release can be written in, text that exists once per language,
//! and what Pressdesk knows of the languages themselves: dates and month names, figures and
//! units as each language writes them, grammatical gender, plural categories and Kazakh
//! vowel harmony. Drafting, checks and typography import this module; it imports none of
//! them.

pub mod count_forms;
pub mod dates;
pub mod figures;
pub mod gender;
pub mod harmony;
pub mod kk_morphology;
pub mod number_words;
pub mod plural;
pub mod qualifier;
pub mod quantity_words;
pub mod units;
pub mod weekdays;
pub mod word_list;

/// A letter of the three languages in a regular expression: Latin, Russian and Kazakh letters
/// spelt out rather than `\w` or `\p{L}`, whose every-script automata took most of the
/// command line's start-up time to compile, and which the rules never need.
pub const LETTER_PATTERN: &str = "[A-Za-zА-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]";

/// A letter of [`LETTER_PATTERN`]: Latin, Russian and Kazakh letters, for code that reads
/// text without a pattern.
pub fn is_our_letter(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'a'..='z' | 'А'..='я' | 'Ё' | 'ё') || "ӘәҒғҚқҢңӨөҰұҮүҺһІі".contains(c)
}

/// A capital letter of [`LETTER_PATTERN`], as a pattern and as code.
pub const CAPITAL_PATTERN: &str = "[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]";
/// A small letter of [`LETTER_PATTERN`], as a pattern and as code.
pub const SMALL_PATTERN: &str = "[a-zа-яёәғқңөұүһі]";

/// A letter of [`CAPITAL_PATTERN`].
pub fn is_our_capital(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'А'..='Я' | 'Ё') || "ӘҒҚҢӨҰҮҺІ".contains(c)
}

/// A letter of [`SMALL_PATTERN`].
pub fn is_our_small(c: char) -> bool {
    matches!(c, 'a'..='z' | 'а'..='я' | 'ё') || "әғқңөұүһі".contains(c)
}

/// `char::is_alphabetic`, with Latin and Cyrillic letters (nearly all a release has)
/// answered by a range test: the checks and the typography ask it of every character, and
/// Unicode's tables are slow next to a comparison.
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        c if c.is_ascii() => false,
        c => c.is_alphabetic(),
    }
}

/// What follows `prefix` in `word`, compared in any case: `word` is already in small
/// letters, `prefix` may have capitals («Monday»). No string is made, so a table of names
/// can be tried against every word of a text.
pub fn strip_prefix_any_case<'w>(word: &'w str, prefix: &str) -> Option<&'w str> {
    let mut rest = word.char_indices();
    let mut next_is = |small: char| matches!(rest.next(), Some((_, c)) if c == small);
    for letter in prefix.chars() {
        let same = match quick_small(letter) {
            Some(small) => next_is(small),
            None => letter.to_lowercase().all(&mut next_is),
        };
        if !same {
            return None;
        }
    }
    let at = rest.next().map_or(word.len(), |(i, _)| i);
    Some(&word[at..])
}

/// The length in bytes of the start of `text` that is `phrase` (in small letters) in any
/// letter case: «В том числе…» starts with «в том числе». No string is made: the checks ask
/// this after every figure.
pub fn starts_in_any_case(text: &str, phrase: &str) -> Option<usize> {
    let mut letters = text.char_indices();
    for small in phrase.chars() {
        let (_, letter) = letters.next()?;
        if !same_in_any_case(letter, small) {
            return None;
        }
    }
    Some(letters.next().map_or(text.len(), |(at, _)| at))
}

/// The letters the entries of some tables of words begin with, in small letters: a word
/// that begins with none of them is none of those words. The checks ask whether each word
/// of a release is a month or a weekday, and most words are let go after one comparison.
pub struct Initials(Vec<char>);

impl Initials {
    pub fn of(tables: &[&[&str]]) -> Self {
        let mut letters: Vec<char> = tables
            .iter()
            .flat_map(|table| table.iter())
            .filter_map(|entry| entry.chars().next().map(small_letter))
            .collect();
        letters.sort_unstable();
        letters.dedup();
        Initials(letters)
    }

    /// Whether `word` could be one of the tables' words, by its first letter in any case.
    pub fn may_begin(&self, word: &str) -> bool {
        word.chars()
            .next()
            .is_some_and(|first| self.0.contains(&small_letter(first)))
    }
}

/// `c` as a small letter (the first of them, for the rare letter that becomes two).
fn small_letter(c: char) -> char {
    quick_small(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c))
}

/// `text` in small letters, as `str::to_lowercase` makes it, but borrowed when it has no
/// capital letter of ASCII or the Russian alphabet and nothing else to look up: the checks
/// ask this of nearly every word of a release, and most are already small.
pub fn in_small_letters(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| quick_small(c) == Some(c)) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.to_lowercase())
    }
}

/// Whether `a` and `b` are the same letter in any case (`Д` and `д`), as their small
/// letters compare.
pub fn same_in_any_case(a: char, b: char) -> bool {
    if a == b {
        return true;
    }
    match (quick_small(a), quick_small(b)) {
        (Some(a), Some(b)) => a == b,
        _ => a.to_lowercase().eq(b.to_lowercase()),
    }
}

/// `c` in small letters, for ASCII and the Russian and Kazakh alphabets, without Unicode's
/// tables: words are compared in any case letter by letter against long tables, and looking
/// each letter up was a tenth of the checks' time. `None` for any other character.
fn quick_small(c: char) -> Option<char> {
    match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        'А'..='Я' => char::from_u32(c as u32 + ('а' as u32 - 'А' as u32)),
        'Ё' => Some('ё'),
        'І' => Some('і'),
        // Kazakh's own capitals (Ә Ғ Қ Ң Ө Ұ Ү Һ) come just before their small letters.
        'Ә' | 'Ғ' | 'Қ' | 'Ң' | 'Ө' | 'Ұ' | 'Ү' | 'Һ' => char::from_u32(c as u32 + 1),
        'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' | 'і' => Some(c),
        c if c.is_ascii() || ('а'..='я').contains(&c) || c == 'ё' => Some(c),
        _ => None,
    }
}

use std::borrow::Cow;
use std::collections::BTreeMap;

/// The language a paragraph is written in: Kazakh when it has a letter Russian lacks
/// (ә ғ қ ң ө ұ ү һ і), Russian for other Cyrillic, English for Latin script (a paragraph
/// mostly in Latin letters, as company names are, is still Russian when a third of its
/// letters are Cyrillic).
pub fn of_text(paragraph: &str) -> Language {
    const KAZAKH: &str = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    if paragraph.chars().any(|c| KAZAKH.contains(c)) {
        return Language::Kk;
    }
    let cyrillic = paragraph
        .chars()
        .filter(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(*c)) || *c == 'ё')
        .count();
    let latin = paragraph.chars().filter(char::is_ascii_alphabetic).count();
    // Russian text names companies in Latin letters («компания Silk Road Cargo Hub») far
    // more often than English text quotes Cyrillic: a third is enough for Russian.
    if cyrillic > 0 && cyrillic * 3 >= latin {
        Language::Ru
    } else {
        Language::En
    }
}

/// Short words of Russian that Kazakh does not use: a Cyrillic paragraph with one of them
/// is Russian even when it is short.
const RUSSIAN_WORDS: &[&str] = &[
    "и",
    "в",
    "во",
    "на",
    "с",
    "со",
    "по",
    "для",
    "что",
    "из",
    "к",
    "от",
    "при",
    "за",
    "об",
    "это",
    "как",
    "года",
    "году",
    "также",
    "но",
    "у",
];

/// The languages of a text's paragraphs, each by [`of_text`] — except a Cyrillic paragraph
/// with neither a Kazakh letter nor a Russian word («Инвестиция», «Делегация», a heading of
/// a Kazakh text), which could be either and takes the language of the nearest paragraph
/// that says, the next one first (a heading belongs to what follows it).
pub fn of_paragraphs<S: AsRef<str>>(paragraphs: &[S]) -> Vec<Language> {
    let sure: Vec<Option<Language>> = paragraphs
        .iter()
        .map(|paragraph| {
            let paragraph = paragraph.as_ref();
            let lang = of_text(paragraph);
            let russian_word = words(paragraph)
                .iter()
                .any(|(_, word)| RUSSIAN_WORDS.contains(&word.to_lowercase().as_str()));
            (lang != Language::Ru || russian_word).then_some(lang)
        })
        .collect();
    let cyrillic = |i: usize| {
        sure.get(i)
            .copied()
            .flatten()
            .filter(|l| *l != Language::En)
    };
    (0..sure.len())
        .map(|i| {
            sure[i]
                .or_else(|| {
                    (1..sure.len())
                        .find_map(|d| cyrillic(i + d).or_else(|| cyrillic(i.checked_sub(d)?)))
                })
                .unwrap_or(Language::Ru)
        })
        .collect()
}

/// The language of the system's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: `kk_KZ.UTF-8`,
/// `ru_RU.UTF-8`, `en_GB.UTF-8`), for messages written before the profile — which names the
/// user's language — could be read. `None` when unset or another language.
pub fn of_locale() -> Option<Language> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| value.get(..2).and_then(|code| code.parse().ok()))
}
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A release language. The order is the order tabs and files list them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Ru,
    Kk,
    En,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Ru, Language::Kk, Language::En];

    /// The ISO 639-1 code, also used as the HTML `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ru => "ru",
            Language::Kk => "kk",
            Language::En => "en",
        }
    }

    /// The language's own name for itself, as a picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Ru => "Русский",
            Language::Kk => "Қазақша",
            Language::En => "English",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language «{0}»: expected ru, kk or en")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ru" | "rus" | "russian" => Ok(Language::Ru),
            "kk" | "kaz" | "kz" | "kazakh" => Ok(Language::Kk),
            "en" | "eng" | "english" => Ok(Language::En),
            _ => Err(UnknownLanguage(s.to_string())),
        }
    }
}

/// A piece of text written separately for each language; any language may be missing.
///
/// Stored in RON as a map: `{ru: "Туркестан", kk: "Түркістан", en: "Turkestan"}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Localized(pub BTreeMap<Language, String>);

impl Localized {
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds from `(language, text)` pairs; handy in templates and tests.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (Language, &'a str)>) -> Self {
        Self(
            pairs
                .into_iter()
                .map(|(lang, text)| (lang, text.to_string()))
                .collect(),
        )
    }

    /// The text in `lang`, or `""` when that language has none.
    pub fn get(&self, lang: Language) -> &str {
        self.0.get(&lang).map(String::as_str).unwrap_or("")
    }

    /// The text in `lang`, falling back to Russian, then to any language, so a label is
    /// never blank in the UI only because one translation is missing.
    pub fn get_or_any(&self, lang: Language) -> &str {
        let own = self.get(lang);
        if !own.trim().is_empty() {
            return own;
        }
        let ru = self.get(Language::Ru);
        if !ru.trim().is_empty() {
            return ru;
        }
        self.0
            .values()
            .find(|text| !text.trim().is_empty())
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn set(&mut self, lang: Language, text: impl Into<String>) {
        self.0.insert(lang, text.into());
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|text| text.trim().is_empty())
    }
}

/// The text with its first letter in capitals, as a sentence opens.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Words (runs of letters) with their byte ranges. Digits, hyphens and apostrophes end a
/// word, so `IT-парк` is two words and `COVID-19` one.
pub fn words(text: &str) -> Vec<(std::ops::Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let letter = is_letter(c) || is_combining(c);
        match (letter, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s..i, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s..text.len(), &text[s..]));
    }
    out
}

/// Combining marks (a stress accent typed into a word) belong to the word.
fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_letters_are_the_patterns_letters() {
        let whole = |pattern: &str| regex::Regex::new(&format!("^{pattern}$")).unwrap();
        let (letter, capital, small) = (
            whole(LETTER_PATTERN),
            whole(CAPITAL_PATTERN),
            whole(SMALL_PATTERN),
        );
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let c_str = c.encode_utf8(&mut [0; 4]).to_string();
            assert_eq!(is_our_letter(c), letter.is_match(&c_str), "{c:?}");
            assert_eq!(is_our_capital(c), capital.is_match(&c_str), "{c:?}");
            assert_eq!(is_our_small(c), small.is_match(&c_str), "{c:?}");
        }
    }

    #[test]
    fn the_quick_letter_test_agrees_with_unicode() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn the_quick_small_letters_are_unicodes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if let Some(small) = quick_small(c) {
                assert!(c.to_lowercase().eq([small]), "{c:?}");
            }
        }
        assert!(same_in_any_case('Д', 'д') && same_in_any_case('Ё', 'ё'));
        assert!(same_in_any_case('Қ', 'қ') && same_in_any_case('İ', 'İ'));
        assert!(!same_in_any_case('Д', 'Л') && !same_in_any_case('Қ', 'к'));
        assert_eq!(strip_prefix_any_case("қазан", "Қазан"), Some(""));
        for word in [
            "пятница",
            "Пятница",
            "ПЯТНИЦА",
            "Жұма",
            "Σίσυφος",
            "MONDAY",
            "ёлка",
            "Ёлка",
        ] {
            assert_eq!(in_small_letters(word), word.to_lowercase());
        }
        assert!(matches!(in_small_letters("декабря 2026"), Cow::Borrowed(_)));
        assert!(matches!(in_small_letters("желтоқсан"), Cow::Borrowed(_)));
        assert_eq!(
            in_small_letters("ЖЕЛТОҚСАН ӘУЕЖАЙЫ ҰЛЫТАУ ҮЙ ҒЫЛЫМ ІС"),
            "желтоқсан әуежайы ұлытау үй ғылым іс"
        );
    }

    #[test]
    fn a_prefix_is_stripped_in_any_case() {
        assert_eq!(
            strip_prefix_any_case("понедельника", "понедельник"),
            Some("а")
        );
        assert_eq!(strip_prefix_any_case("monday", "Monday"), Some(""));
        assert_eq!(strip_prefix_any_case("среди", "среда"), None);
        assert_eq!(strip_prefix_any_case("ср", "среда"), None);
    }

    #[test]
    fn a_heading_without_kazakh_letters_takes_the_language_of_its_text() {
        let kazakh = [
            "Инвестиция",
            "Негізгі капиталға салынған инвестиция 500 млрд теңгені құрады.",
        ];
        assert_eq!(of_paragraphs(&kazakh), [Language::Kk, Language::Kk]);
        let russian = ["Инвестиции", "Инвестиции составили 500 млрд тенге."];
        assert_eq!(of_paragraphs(&russian), [Language::Ru, Language::Ru]);
    }

    #[test]
    fn a_text_in_both_languages_keeps_each_paragraphs_own() {
        let both = [
            "Товарооборот вырос",
            "Товарооборот с Китаем составил 148,9 млн долларов.",
            "Делегация",
            "Облыс әкімі делегацияны қабылдады.",
            "The akim met a delegation.",
        ];
        assert_eq!(
            of_paragraphs(&both),
            [
                Language::Ru,
                Language::Ru,
                Language::Kk,
                Language::Kk,
                Language::En
            ]
        );
        // A short paragraph with a Russian word is Russian wherever it stands.
        let short = ["Облыс әкімі делегацияны қабылдады.", "Встреча в акимате"];
        assert_eq!(of_paragraphs(&short), [Language::Kk, Language::Ru]);
    }
}
