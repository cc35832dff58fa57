//! Counts and the form of the noun they count: «1 меморандум, 3 меморандума,
//! 7 меморандумов», "1 memorandum, 3 memoranda", «3 меморандум».
//!
//! The categories come from CLDR through intl_pluralrules, the crate the window's Fluent
//! strings already use, so the interface and the drafted text agree on every number.
//! Grammar then decides which written form each category takes:
//!
//! - Russian: `one | few | many`. A fraction («1,5») is CLDR's `other` and takes the
//!   genitive singular, the same form as `few` («1,5 миллиона»).
//! - English: `one | other`.
//! - Kazakh: one form after a numeral, where the noun stays singular («3 меморандум»),
//!   whatever CLDR says of the number; `one|other` for a noun or verb standing alone
//!   («Құжат» / «Құжаттар»).

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::Language;

/// The plural category of `number` as written ("3", "21", "1,5", "1 250"), by CLDR's
/// cardinal rules for `lang`. A number that cannot be read counts as `Other`.
pub fn category(lang: Language, number: &str) -> PluralCategory {
    let normalised: String = number
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let Ok(langid) = lang.code().parse::<LanguageIdentifier>() else {
        return PluralCategory::OTHER;
    };
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else {
        return PluralCategory::OTHER;
    };
    rules
        .select(normalised.as_str())
        .unwrap_or(PluralCategory::OTHER)
}

/// The form of a counted word for `number`. `forms` are written in the language's order:
/// ru `one|few|many`, en `one|other`, kk a single form. Fewer forms than the language has
/// fall back to the last one given, so a one-form list always works.
pub fn choose<'a>(lang: Language, number: &str, forms: &[&'a str]) -> &'a str {
    let index = match lang {
        // After a numeral a Kazakh noun stays singular, so templates give it one form;
        // given two (құжат|құжаттар, for a noun standing alone), the count chooses.
        Language::Kk if forms.len() < 2 => 0,
        Language::Kk => match category(lang, number) {
            PluralCategory::ONE => 0,
            _ => 1,
        },
        Language::En => match category(lang, number) {
            PluralCategory::ONE => 0,
            _ => 1,
        },
        Language::Ru => match category(lang, number) {
            PluralCategory::ONE => 0,
            PluralCategory::FEW | PluralCategory::OTHER => 1,
            _ => 2,
        },
    };
    forms
        .get(index)
        .or_else(|| forms.last())
        .copied()
        .unwrap_or("")
}

/// Whether `number` is one for the agreement of a verb or pronoun with it: «Документ
/// предусматривает» / «Документы предусматривают», "was" / "were".
pub fn is_singular(lang: Language, number: &str) -> bool {
    category(lang, number) == PluralCategory::ONE
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEMORANDUM_RU: [&str; 3] = ["меморандум", "меморандума", "меморандумов"];

    #[test]
    fn russian_counts_take_one_few_many() {
        let forms = |n: &str| choose(Language::Ru, n, &MEMORANDUM_RU);
        assert_eq!(forms("1"), "меморандум");
        assert_eq!(forms("21"), "меморандум");
        assert_eq!(forms("3"), "меморандума");
        assert_eq!(forms("24"), "меморандума");
        assert_eq!(forms("7"), "меморандумов");
        assert_eq!(forms("11"), "меморандумов");
        assert_eq!(forms("12"), "меморандумов");
        assert_eq!(forms("1 000"), "меморандумов");
        // A fraction takes the genitive singular: «1,5 миллиона».
        assert_eq!(forms("1,5"), "меморандума");
    }

    #[test]
    fn english_counts_take_one_or_other() {
        let forms = ["memorandum", "memoranda"];
        assert_eq!(choose(Language::En, "1", &forms), "memorandum");
        assert_eq!(choose(Language::En, "3", &forms), "memoranda");
        assert_eq!(choose(Language::En, "0", &forms), "memoranda");
        assert_eq!(choose(Language::En, "1.5", &forms), "memoranda");
    }

    #[test]
    fn kazakh_nouns_stay_singular_after_a_numeral() {
        assert_eq!(choose(Language::Kk, "3", &["меморандум"]), "меморандум");
        assert_eq!(choose(Language::Kk, "1", &["меморандум"]), "меморандум");
        // Standing alone, the noun follows the count.
        assert_eq!(
            choose(Language::Kk, "3", &["құжат", "құжаттар"]),
            "құжаттар"
        );
        assert_eq!(choose(Language::Kk, "1", &["құжат", "құжаттар"]), "құжат");
    }

    #[test]
    fn verbs_agree_with_one_or_more() {
        assert!(is_singular(Language::Ru, "1"));
        assert!(is_singular(Language::Ru, "31"));
        assert!(!is_singular(Language::Ru, "3"));
        assert!(is_singular(Language::En, "1"));
        assert!(!is_singular(Language::En, "2"));
    }

    #[test]
    fn unreadable_numbers_and_short_form_lists_do_not_panic() {
        assert_eq!(choose(Language::Ru, "три", &MEMORANDUM_RU), "меморандума");
        assert_eq!(choose(Language::Ru, "5", &["меморандум"]), "меморандум");
        assert_eq!(choose(Language::En, "5", &[]), "");
    }
}
