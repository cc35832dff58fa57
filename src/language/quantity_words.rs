//! Words around figures in running text that tell what a figure is: the quantity it
//! measures («товарооборот», «экспорт», "investment"), the words that open a breakdown of a
//! total into parts («в том числе», «оның ішінде», "of which"), and the words that make a
//! figure another period's or a change rather than a part («в 2023 году», «рост», "up"),
//! and the words that say which way a figure went («вырос», «азайды», "declined").
//! The sums and figures checks read text with them; the lists are stems, matched at the
//! start of a lower-case word so that every case form counts.

/// What a figure measures, by the stems of the nouns that name it in the three languages.
/// The first element is the key two figures are compared by: «экспорт» and "exports" are
/// the same quantity.
const QUANTITIES: &[(&str, &[&str])] = &[
    (
        "turnover",
        &["товарооборот", "айналым", "turnover", "trade"],
    ),
    ("export", &["экспорт", "export"]),
    // "import" alone would take "important".
    ("import", &["импорт", "import$", "imports$", "imported$"]),
    ("investment", &["инвестиц", "investment", "вложени"]),
    ("budget", &["бюджет", "budget"]),
    ("cost", &["стоимост", "құны", "құн", "cost", "worth"]),
    (
        "production",
        &["производств", "өндіріс", "output", "production"],
    ),
];

/// The quantity a word names, by its key, if it names one. A stem ending in `$` is a
/// whole word.
pub fn quantity_of(word: &str) -> Option<&'static str> {
    let word = super::in_small_letters(word);
    let matches = |stem: &&str| match stem.strip_suffix('$') {
        Some(whole) => word == whole,
        None => word.starts_with(stem),
    };
    QUANTITIES
        .iter()
        .find(|(_, stems)| stems.iter().any(matches))
        .map(|(key, _)| *key)
}

/// Phrases that open the parts of a total written right before them.
const BREAKDOWN_OPENERS: &[&str] = &[
    "в том числе",
    "в т. ч.",
    "в т.ч.",
    "из них",
    "из которых",
    "оның ішінде",
    "оның ішінде:",
    "соның ішінде",
    "including",
    "of which",
];

/// True when `text` (what follows a total, punctuation trimmed) opens with a breakdown
/// phrase.
pub fn opens_breakdown(text: &str) -> bool {
    breakdown_opener(text).is_some()
}

/// The length in bytes of the breakdown phrase `text` opens with, in any letter case
/// («Оның ішінде», "Of which"), the longest if several fit.
pub fn breakdown_opener(text: &str) -> Option<usize> {
    BREAKDOWN_OPENERS
        .iter()
        .filter_map(|phrase| super::starts_in_any_case(text, phrase))
        .max()
}

/// Stems of words that name a period: a bracket that holds them gives another period's
/// value, not a part.
const PERIODS: &[&str] = &[
    "год",
    "лет",
    "квартал",
    "месяц",
    "полугод",
    "период",
    "жыл",
    "тоқсан",
    "ай",
    "кезең",
    "year",
    "quarter",
    "month",
    "period",
];

/// Words that say a figure grew, as a [`super::word_list::WordList`] reads them: a form
/// ending in `*` takes any ending («выросло», «ұлғайды», "increased").
pub const GROWTH_WORDS: &[&str] = &[
    "рост",
    "роста",
    "ростом",
    "росте",
    "росту",
    "вырос*",
    "увелич*",
    "прирост*",
    "повыс*",
    "повыш*",
    "өсті",
    "өсім*",
    "өсу*",
    "өскен*",
    "артты",
    "артқан",
    "ұлғай*",
    "grew",
    "grow*",
    "rose",
    "rise",
    "rising",
    "increas*",
];

/// Words that say a figure fell («снизился», «азайды», "declined").
pub const FALL_WORDS: &[&str] = &[
    "сниж*",
    "сниз*",
    "сокра*",
    "упал*",
    "паден*",
    "уменьш*",
    "спад*",
    "төменде*",
    "азай*",
    "қысқар*",
    "fell",
    "fall*",
    "drop*",
    "declin*",
    "decreas*",
];

/// Stems of words that compare with another period or state a change: a figure beside them
/// is a previous value or a difference, not the quantity itself.
const COMPARISONS_AND_CHANGES: &[&str] = &[
    "прошл",
    "позапрошл",
    "аналогичн",
    "өткен",
    "last",
    "previous",
    "against",
    "compared",
    "против",
    "сравнени",
    "салыстыр",
    "было",
    "болған",
    "рост",
    "сниж",
    "увелич",
    "сокращ",
    "прирост",
    "уменьш",
    "вырос",
    "сниз",
    "сократ",
    "өсу",
    "өсті",
    "өсім",
    "өсіп",
    "төменд",
    "азай",
    "артт",
    "growth",
    "grew",
    "rising",
    "increase",
    "decrease",
    "decline",
    "fell",
    "rose",
    "up",
    "down",
    "plus",
    "minus",
    "плюс",
    "минус",
    "from",
];

fn matches_stem(word: &str, stems: &[&str]) -> bool {
    let word = super::in_small_letters(word);
    stems.iter().any(|stem| {
        // Two-letter stems must be the whole word («ай» is a month, «айналым» is turnover).
        if stem.chars().nth(2).is_none() {
            word == *stem
        } else {
            word.starts_with(stem)
        }
    })
}

/// True when `word` names a period (year, quarter, month …).
pub fn is_period(word: &str) -> bool {
    matches_stem(word, PERIODS)
}

/// True when `word` compares with another period or states a change.
pub fn is_comparison_or_change(word: &str) -> bool {
    matches_stem(word, COMPARISONS_AND_CHANGES)
}

/// True when `word` names a period or a change.
pub fn is_period_or_change(word: &str) -> bool {
    is_period(word) || is_comparison_or_change(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_are_known_in_every_case_and_language() {
        assert_eq!(quantity_of("Товарооборота"), Some("turnover"));
        assert_eq!(quantity_of("айналымы"), Some("turnover"));
        assert_eq!(quantity_of("exports"), Some("export"));
        assert_eq!(quantity_of("инвестициялар"), Some("investment"));
        assert_eq!(quantity_of("делегация"), None);
        assert_eq!(quantity_of("important"), None);
        assert_eq!(quantity_of("imports"), Some("import"));
    }

    #[test]
    fn periods_and_changes_are_told_from_parts() {
        for word in ["году", "жылы", "рост", "өсті", "Last", "аналогичный"]
        {
            assert!(is_period_or_change(word), "{word}");
        }
        for word in ["экспорт", "импорт", "exports", "айналымы", "Алматы"]
        {
            assert!(!is_period_or_change(word), "{word}");
        }
        assert!(opens_breakdown("в том числе экспорт — 60 млн"));
        assert!(opens_breakdown("оның ішінде экспорт"));
        assert!(!opens_breakdown("в прошлом году"));
        // The phrase's own length in the text, whatever its letter case.
        let text = "Оның ішінде: экспорт";
        assert_eq!(
            breakdown_opener(text).map(|n| &text[..n]),
            Some("Оның ішінде:")
        );
        assert_eq!(breakdown_opener("Of which exports"), Some(8));
        assert_eq!(breakdown_opener("Из"), None);
        assert_eq!(
            breakdown_opener("ОНЫҢ ІШІНДЕ экспорт"),
            Some("ОНЫҢ ІШІНДЕ".len())
        );
        assert_eq!(breakdown_opener("В Т.Ч. экспорт"), Some("В Т.Ч.".len()));
        assert_eq!(breakdown_opener("из нихром"), Some("из них".len()));
    }
}
