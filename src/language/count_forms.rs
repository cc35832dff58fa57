//! Whether the word after a count has the form the count asks for: «3 меморандума» and
//! «7 меморандумов», not «3 меморандумов» or «7 меморандума»; «3 меморандум», not «3
//! меморандумдар»; "3 memoranda", not "3 memorandum". The checks read a text with these;
//! each rule only says «wrong» where the ending leaves no doubt, since a word after a
//! number is not always the counted noun.

use intl_pluralrules::PluralCategory;

use super::Language;

/// A Russian word after a count that is not its noun: months («5 декабря»), the day of a
/// month («до 20 числа»), time of day.
const RUSSIAN_NOT_COUNTED: &[&str] = &["числа", "утра", "вечера", "ночи", "дня"];

/// Russian adjectives before a counted noun («3 новых проекта», «3 новые школы»): skipped
/// to reach the noun.
pub fn is_russian_adjective_after_count(word: &str) -> bool {
    let word = word.to_lowercase();
    word.chars().count() > 3
        && ["ых", "их", "ые", "ие"]
            .iter()
            .any(|ending| word.ends_with(ending))
}

/// The Russian noun after a count of `category` has a form that count never takes:
/// genitive plural after 2–4 («3 меморандумов» for «3 меморандума»), genitive singular
/// or nominative plural after 5–20 («7 меморандума», «5 компании»). Words that are not
/// the counted noun («5 декабря») are never wrong.
pub fn russian_form_is_wrong(category: PluralCategory, noun: &str) -> bool {
    let noun = noun.to_lowercase();
    if noun.chars().count() < 3
        || !noun.chars().all(|c| ('а'..='я').contains(&c) || c == 'ё')
        || RUSSIAN_NOT_COUNTED.contains(&noun.as_str())
        // A verb: «из них пять находятся …» counts with the noun left out.
        || noun.ends_with("ся")
        || noun.ends_with("сь")
        || super::dates::month_of_word(&noun).is_some()
    {
        return false;
    }
    let genitive_plural = ["ов", "ев", "ёв"].iter().any(|e| noun.ends_with(e));
    match category {
        PluralCategory::FEW => genitive_plural,
        PluralCategory::MANY => ["а", "я", "ы", "и"].iter().any(|e| noun.ends_with(e)),
        PluralCategory::ONE => genitive_plural,
        _ => false,
    }
}

/// Kazakh words that end like a plural suffix but are not plural: «доллар», «қатар».
const KAZAKH_NOT_PLURAL: &[&str] = &[
    "доллар",
    "қатар",
    "базар",
    "шекара",
    "бағдар",
    "мұнар",
    "сұңқар",
    "қадар",
    "хабар",
    // loanwords
    "лидер",
    "тендер",
    "кластер",
    "компьютер",
    "принтер",
    "мастер",
    "бартер",
    "чартер",
    "ордер",
    "сервер",
    "театр",
    "центр",
    "спидометр",
];

/// A Kazakh noun after a numeral with the plural suffix (+ a case or possessive ending):
/// «3 меморандумдар», «5 компанияларға». After a numeral Kazakh keeps the noun singular.
pub fn kazakh_plural_after_numeral(word: &str) -> bool {
    let word = word.to_lowercase();
    if KAZAKH_NOT_PLURAL.iter().any(|stem| word.starts_with(stem)) {
        return false;
    }
    const PLURAL: [&str; 6] = ["лар", "лер", "дар", "дер", "тар", "тер"];
    // The suffix sits after a stem of at least two letters («ел-дер»), with at most a
    // short ending after it («-ға», «-ымен», «-ының»).
    let chars: Vec<char> = word.chars().collect();
    (2..chars.len().saturating_sub(2)).any(|at| {
        let suffix: String = chars[at..at + 3].iter().collect();
        PLURAL.contains(&suffix.as_str()) && chars.len() - (at + 3) <= 5
    })
}

/// English nouns a release counts, singular and plural: a count of one takes the first,
/// any other the second.
const ENGLISH_NOUNS: &[(&str, &[&str])] = &[
    ("memorandum", &["memoranda", "memorandums"]),
    ("agreement", &["agreements"]),
    ("project", &["projects"]),
    ("company", &["companies"]),
    ("region", &["regions"]),
    ("country", &["countries"]),
    ("delegation", &["delegations"]),
    ("contract", &["contracts"]),
    ("enterprise", &["enterprises"]),
    ("investor", &["investors"]),
    ("participant", &["participants"]),
    ("document", &["documents"]),
    ("meeting", &["meetings"]),
    ("plant", &["plants"]),
    ("factory", &["factories"]),
    ("school", &["schools"]),
    ("job", &["jobs"]),
];

/// An English counted noun in the other number than its count: "3 memorandum", "1 projects".
pub fn english_form_is_wrong(count_is_one: bool, noun: &str) -> bool {
    let noun = noun.to_lowercase();
    ENGLISH_NOUNS.iter().any(|(singular, plurals)| {
        if count_is_one {
            plurals.contains(&noun.as_str())
        } else {
            noun == *singular
        }
    })
}

/// The count a number word stands for, where its form is the nominative a noun agrees
/// with: «три», «пять», «үш», "three". `None` for other words.
pub fn count_word(word: &str, lang: Language) -> Option<u32> {
    let word = word.to_lowercase();
    (1..=9).find(|&n| {
        let words = super::units::small_number_words(n, lang);
        match lang {
            // Only the nominative: «трёх проектов» is right.
            Language::Ru => words
                .iter()
                .take(if n <= 2 { 2 } else { 1 })
                .any(|w| *w == word),
            _ => words.contains(&word.as_str()),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use intl_pluralrules::PluralCategory::{FEW, MANY, ONE};

    #[test]
    fn russian_endings_that_no_count_takes() {
        assert!(russian_form_is_wrong(FEW, "меморандумов"));
        assert!(!russian_form_is_wrong(FEW, "меморандума"));
        assert!(russian_form_is_wrong(MANY, "меморандума"));
        assert!(russian_form_is_wrong(MANY, "компании"));
        assert!(!russian_form_is_wrong(MANY, "компаний"));
        assert!(!russian_form_is_wrong(MANY, "меморандумов"));
        assert!(!russian_form_is_wrong(MANY, "декабря"), "a date");
        assert!(!russian_form_is_wrong(MANY, "встреч"));
        assert!(russian_form_is_wrong(ONE, "проектов"));
        assert!(!russian_form_is_wrong(ONE, "встреча"));
        assert!(!russian_form_is_wrong(MANY, "находятся"), "a verb");
    }

    #[test]
    fn kazakh_nouns_stay_singular_after_a_numeral() {
        assert!(kazakh_plural_after_numeral("меморандумдар"));
        assert!(kazakh_plural_after_numeral("компанияларға"));
        assert!(kazakh_plural_after_numeral("жобалар"));
        assert!(!kazakh_plural_after_numeral("меморандум"));
        assert!(!kazakh_plural_after_numeral("доллар"));
        assert!(!kazakh_plural_after_numeral("компанияға"));
        assert!(!kazakh_plural_after_numeral("жыл"));
        assert!(!kazakh_plural_after_numeral("компьютер"));
        assert!(kazakh_plural_after_numeral("елдер"));
    }

    #[test]
    fn english_counts_and_their_nouns() {
        assert!(english_form_is_wrong(false, "memorandum"));
        assert!(!english_form_is_wrong(false, "memoranda"));
        assert!(english_form_is_wrong(true, "projects"));
        assert!(!english_form_is_wrong(true, "project"));
        assert!(
            !english_form_is_wrong(false, "delegates"),
            "not in the list: no opinion"
        );
    }

    #[test]
    fn number_words_in_the_nominative() {
        assert_eq!(count_word("Три", Language::Ru), Some(3));
        assert_eq!(count_word("трёх", Language::Ru), None);
        assert_eq!(count_word("две", Language::Ru), Some(2));
        assert_eq!(count_word("үш", Language::Kk), Some(3));
        assert_eq!(count_word("three", Language::En), Some(3));
    }
}
