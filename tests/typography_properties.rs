//! Properties of the typography engine on generated text, for every language:
//! typesetting typeset text changes nothing; letters and digits are never touched (apart
//! from the three rules that turn typed substitutes into signs); nothing panics.

use pressdesk::language::Language;
use pressdesk::typography::{TypographySettings, typeset};
use proptest::prelude::*;

/// Pieces of press-release text that make rules fire and meet: quotes, dashes, numbers with
/// units, abbreviations, initials, short words, in Russian, Kazakh and English.
const TOKENS: &[&str] = &[
    "в",
    "и",
    "на",
    "с",
    "а",
    "но",
    "не",
    "ли",
    "же",
    "бы",
    "мен",
    "пен",
    "да",
    "бе",
    "Я",
    "И",
    "г.",
    "гг.",
    "ул.",
    "д.",
    "обл.",
    "т.",
    "д.",
    "е.",
    "т.д.",
    "т. е.",
    "см.",
    "им.",
    "стр.",
    "Д.",
    "А.",
    "Сатыбалды",
    "Туркестан",
    "Түркістан",
    "қ.",
    "көшесі",
    "аким",
    "отметил",
    "деді",
    "млн",
    "млн.",
    "млрд",
    "тыс",
    "тыс.",
    "мың",
    "million",
    "billion",
    "долларов",
    "США",
    "тенге",
    "теңге",
    "юаней",
    "148,9",
    "148.9",
    "60,09",
    "24",
    "2024",
    "2025",
    "1980",
    "90",
    "12000",
    "1 500",
    "1500000",
    "5",
    "11",
    "0",
    "1/2",
    "9:00",
    "18:00",
    "XX",
    "XXI",
    "в.",
    "вв.",
    "м2",
    "м",
    "км",
    "га",
    "%",
    "№",
    "§",
    "$",
    "€",
    "₸",
    "-",
    "--",
    "–",
    "—",
    "-е",
    "\"",
    "\"\"",
    "«",
    "»",
    "„",
    "“",
    "”",
    "'",
    ",",
    ".",
    "..",
    "...",
    "…",
    "!",
    "!!",
    "?",
    "!?",
    ":",
    ";",
    "(",
    ")",
    "[",
    "]",
    "кое",
    "как",
    "то",
    "либо",
    "из",
    "за",
    "под",
    "таки",
    "ка",
    "январь",
    "марте",
    "қаңтар",
    "January",
    "ноября",
    "28",
    "P.S.",
    "(c)",
    "x",
    "х",
    "+-",
    "<<",
    ">>",
    "ТОО",
    "АО",
    "don't",
    "No.",
    "p.",
    "The",
    "the",
    "of",
    "a",
    "Ну",
    "\n",
    "\n\n\n",
    "\t",
    " ",
    "  ",
    "\u{a0}",
    "\u{202f}",
    "\u{2009}",
    "\u{200b}",
    "\r\n",
    "🦔",
    "שלום",
    "مرحبا",
    "\u{0007}",
    "\u{feff}",
];

/// Text made of the tokens, joined by a space, nothing, or a line break.
fn release_like() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(TOKENS), 0..4usize), 0..40).prop_map(|parts| {
        let mut text = String::new();
        for (token, joint) in parts {
            text.push_str(token);
            text.push_str(match joint {
                0 | 1 => " ",
                2 => "",
                _ => "\n",
            });
        }
        text
    })
}

/// Any characters from a mix that favours what the rules look at.
fn character_soup() -> impl Strategy<Value = String> {
    "[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІa-zA-Z0-9 \u{a0}\u{202f}\u{2009}\t\n,.;:!?\\-–—\"«»„“”'()\\[\\]%№§$€₸xх/<>+~=\u{1F994}\u{05D0}\u{0627}\u{0000}-\u{001F}]{0,60}"
}

fn languages() -> impl Strategy<Value = Language> {
    prop::sample::select(Language::ALL.to_vec())
}

fn settings() -> TypographySettings {
    TypographySettings::default()
}

/// The rules that replace typed substitutes with signs: (c) → ©, 3x4 → 3×4, м2 → м².
fn without_sign_rules() -> TypographySettings {
    TypographySettings {
        disabled: ["symbols/copyright", "number/times", "symbols/square-cubic"]
            .map(String::from)
            .to_vec(),
        ..Default::default()
    }
}

/// The opt-in rule that turns no-break spaces already in the text into plain ones, so the
/// rules place them afresh: with it on, typesetting must settle just the same.
fn with_reset() -> TypographySettings {
    TypographySettings {
        enabled: vec!["nbsp/reset".to_string()],
        ..Default::default()
    }
}

fn letters_and_digits(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn assert_idempotent(text: &str, lang: Language) -> Result<(), TestCaseError> {
    assert_idempotent_with(text, lang, &settings())
}

fn assert_idempotent_with(
    text: &str,
    lang: Language,
    settings: &TypographySettings,
) -> Result<(), TestCaseError> {
    let once = typeset(text, lang, settings);
    let twice = typeset(&once, lang, settings);
    prop_assert_eq!(&twice, &once, "{} input {:?}", lang, text);
    Ok(())
}

proptest! {
    // Failures are reported with their minimal input; no regression file is written.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(600),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn release_like_text_is_stable(text in release_like(), lang in languages()) {
        assert_idempotent(&text, lang)?;
    }

    #[test]
    fn character_soup_is_stable(text in character_soup(), lang in languages()) {
        assert_idempotent(&text, lang)?;
    }

    #[test]
    fn arbitrary_strings_are_stable(text in any::<String>(), lang in languages()) {
        assert_idempotent(&text, lang)?;
    }

    #[test]
    fn release_like_text_is_stable_with_no_break_spaces_reset(text in release_like(), lang in languages()) {
        assert_idempotent_with(&text, lang, &with_reset())?;
    }

    #[test]
    fn character_soup_is_stable_with_no_break_spaces_reset(text in character_soup(), lang in languages()) {
        assert_idempotent_with(&text, lang, &with_reset())?;
    }

    #[test]
    fn letters_and_digits_stay(text in release_like(), lang in languages()) {
        let set = typeset(&text, lang, &without_sign_rules());
        prop_assert_eq!(letters_and_digits(&set), letters_and_digits(&text));
    }
}

#[test]
fn every_rule_on_at_once_is_stable_too() {
    let everything = TypographySettings {
        enabled: pressdesk::typography::rules(Language::Ru)
            .iter()
            .map(|rule| rule.name.to_string())
            .collect(),
        ..Default::default()
    };
    let text = "Из за 1/2 ставки, 5 проектов и 100 руб. \"Проект\" - кое как, увижу де, что";
    let once = typeset(text, Language::Ru, &everything);
    assert_eq!(typeset(&once, Language::Ru, &everything), once);
}
