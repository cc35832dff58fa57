//! Typography: turns typed text into properly set text for one language.
//!
//! The seam every composer call goes through is [`typeset`]. Text passes through named
//! rules in a fixed order per language (see [`rules`]); each rule can be switched off (or,
//! for the few that are off by default, on) by name in [`TypographySettings`]. Rules only
//! change punctuation and spaces, never letters, digits or words; the exceptions are three
//! rules that replace a typed substitute with its sign: (c) → ©, 3 x 4 → 3×4, м2 → м².
//! Typesetting typeset text changes nothing.
//!
//! ```
//! use pressdesk::language::Language;
//! use pressdesk::typography::{typeset, TypographySettings};
//!
//! let set = typeset(
//!     "\"Добро пожаловать в Туркестан\", - отметил Д. Сатыбалды.",
//!     Language::Ru,
//!     &TypographySettings::default(),
//! );
//! assert_eq!(set, "«Добро пожаловать в\u{a0}Туркестан»,\u{a0}— отметил Д.\u{a0}Сатыбалды.");
//! ```
//!
//! [`numbers`] reads the figures in a text (for the checks) and writes them back.

mod dashes;
mod en;
mod engine;
mod kk;
mod nbsp;
mod number_format;
mod number_nbsp;
mod ordinals;
mod punctuation;
mod quotes;
mod ru;
mod scan;
mod spaces;
mod words;

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

pub use crate::language::figures::{Figure, find_figures, parse_figure};
pub use engine::RuleInfo;

use crate::language::Language;
use engine::{Context, Rule};

/// Which typography rules run, set in Settings and stored in the profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypographySettings {
    /// Rules switched off by name.
    #[serde(default)]
    pub disabled: Vec<String>,
    /// Rules that are off by default, switched on by name.
    #[serde(default)]
    pub enabled: Vec<String>,
    /// The space between a number and «%» in Russian and Kazakh.
    #[serde(default)]
    pub percent: PercentSpace,
    /// How English sets a dash between words.
    #[serde(default)]
    pub english_dash: EnglishDash,
}

/// The space between a number and the per cent sign in Russian and Kazakh. (English always
/// writes `11%`.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PercentSpace {
    /// `11 %` with a no-break space, as ГОСТ 8.417 and the state standards ask; the default,
    /// as official releases follow them (and `units::format_quantity` writes so).
    #[default]
    Gost,
    /// `11%`, as most newspapers print it.
    Tight,
}

/// How English sets a dash between words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EnglishDash {
    /// `word—word`: closed em dash (Chicago Manual of Style).
    ClosedEm,
    /// `word — word`: spaced em dash (AP style, used by news agencies). The default: a
    /// release is news copy, and its dateline reads «SHYMKENT, 14 November — …».
    #[default]
    SpacedEm,
    /// `word – word`: spaced en dash (Oxford and most British style guides).
    SpacedEn,
}

/// Typesets `text` for `lang`. Idempotent: typesetting typeset text changes nothing.
pub fn typeset(text: &str, lang: Language, settings: &TypographySettings) -> String {
    let ctx = Context::new(lang, settings);
    engine::run(text, table(lang), &ctx, |rule| {
        engine::is_enabled(rule, settings)
    })
}

/// A whole text handed over or pasted: its paragraphs (blocks between blank lines) typeset
/// one by one, each in `lang` or, when `None`, in the language it is written in («Стороны…»
/// Russian, «Тараптар…» Kazakh, "The sides…" English). Line endings become `\n`. The
/// window's "Paste and typeset" and `pressdesk typeset` both use it.
pub fn typeset_paragraphs(
    text: &str,
    lang: Option<Language>,
    settings: &TypographySettings,
) -> String {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|block| {
            typeset(
                block,
                lang.unwrap_or_else(|| crate::language::of_text(block)),
                settings,
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Runs only the rules named in `names` (in the language's order, whether or not the
/// settings switch them off): for previewing one rule in Settings, and for tests.
pub fn typeset_only(
    text: &str,
    lang: Language,
    names: &[&str],
    settings: &TypographySettings,
) -> String {
    let ctx = Context::new(lang, settings);
    engine::run(text, table(lang), &ctx, |rule| names.contains(&rule.name))
}

/// The rules for `lang` in the order they run, as Settings lists them.
pub fn rules(lang: Language) -> &'static [RuleInfo] {
    static INFOS: LazyLock<[Vec<RuleInfo>; 3]> = LazyLock::new(|| {
        Language::ALL.map(|lang| table(lang).iter().map(|rule| rule.info).collect())
    });
    let index = Language::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    &INFOS[index]
}

fn table(lang: Language) -> &'static [Rule] {
    match lang {
        Language::Ru => ru::RULES,
        Language::Kk => kk::RULES,
        Language::En => en::RULES,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ru(text: &str) -> String {
        typeset(text, Language::Ru, &TypographySettings::default())
    }

    #[test]
    fn rule_names_are_unique_and_examples_show_the_rule() {
        for lang in Language::ALL {
            let infos = rules(lang);
            for (i, rule) in infos.iter().enumerate() {
                assert!(
                    !infos[..i].iter().any(|other| other.name == rule.name),
                    "{lang}: {} twice",
                    rule.name
                );
                assert_ne!(
                    rule.example_result(lang),
                    rule.example,
                    "{lang}: the example of {} shows nothing",
                    rule.name
                );
            }
        }
    }

    #[test]
    fn typesetting_on_two_threads_at_once_gives_the_same_text() {
        // Both threads reach the same patterns' first compile (an export typesets on one
        // thread while another checks; the window's preview and its checks do the same).
        let text = "Аким области - Дархан Сатыбалды - отметил: \"рост на 11%\" в 2025 г. (Китай)";
        for lang in Language::ALL {
            let helper =
                std::thread::spawn(move || typeset(text, lang, &TypographySettings::default()));
            let here = typeset(text, lang, &TypographySettings::default());
            let there = helper.join().expect("typesetting does not panic");
            assert_eq!(here, there);
            assert_eq!(here, typeset(text, lang, &TypographySettings::default()));
        }
    }

    /// A pattern compiles only for a text holding one of its `needs`: each must be in every
    /// match, or the rule would silently skip a text it should change. Every module lists
    /// all its patterns (counted in its source).
    #[test]
    fn every_match_of_a_pattern_holds_one_of_its_needs() {
        let modules = [
            (include_str!("dashes.rs"), dashes::patterns()),
            (include_str!("nbsp/mod.rs"), nbsp::patterns()),
            (include_str!("nbsp/names.rs"), nbsp::names_patterns()),
            (include_str!("number_format.rs"), number_format::patterns()),
            (include_str!("number_nbsp.rs"), number_nbsp::patterns()),
            (include_str!("punctuation.rs"), punctuation::patterns()),
            (include_str!("ru.rs"), ru::patterns()),
            (include_str!("spaces.rs"), spaces::patterns()),
        ];
        let mut gated = 0;
        for (source, patterns) in modules {
            assert_eq!(source.matches(": Pattern =").count(), patterns.len());
            for pattern in patterns {
                let (regex, needs) = pattern.source_and_needs();
                assert!(scan::needs_are_sound(&regex, needs), "{regex}: {needs:?}");
                gated += usize::from(!needs.is_empty());
            }
        }
        assert!(gated >= 37, "only {gated} patterns wait for their marks");
    }

    proptest::proptest! {
        /// The rules' quick looks (and the patterns' needs) only spare work: typesetting
        /// with every look saying yes gives the same text, in each language, for texts
        /// made of what the looks look for — ranges, groups, initials, abbreviations,
        /// particles, legal forms, signs — and what resembles it.
        #[test]
        fn the_quick_looks_change_no_result(
            text in "(2024-2025|XIX - XX|9:00-18:00|10 000|1,500|123456|3.5|4,5|30 х 40|А. С. Пушкин|Д.Сатыбалды|т. е.|и т.д.|стр. 12|им. Абая|p. 5|ТОО |АО «|LLP |кое где|Где нибудь|так таки|давай ка|статистики|(c)|№ 5|P.S.|слово\\(|\\(КНР\\)|2 << 3|1/2|« |—| - | |\u{a0}|\n|,|\\.|Аким|сказал){0,8}"
        ) {
            for lang in Language::ALL {
                let settings = TypographySettings::default();
                let quick = typeset(&text, lang, &settings);
                scan::IGNORE_LOOKS.with(|ignore| ignore.set(true));
                let thorough = typeset(&text, lang, &settings);
                scan::IGNORE_LOOKS.with(|ignore| ignore.set(false));
                proptest::prop_assert_eq!(quick, thorough, "{}", lang);
            }
        }
    }

    #[test]
    fn a_rule_switched_off_does_not_run() {
        let settings = TypographySettings {
            disabled: vec!["punctuation/quotes".into()],
            ..Default::default()
        };
        assert_eq!(typeset("\"Нур\"", Language::Ru, &settings), "\"Нур\"");
        assert_eq!(ru("\"Нур\""), "«Нур»");
    }

    #[test]
    fn percent_follows_the_setting() {
        assert_eq!(ru("рост на 11%"), "рост на\u{a0}11\u{a0}%");
        let tight = TypographySettings {
            percent: PercentSpace::Tight,
            ..Default::default()
        };
        assert_eq!(
            typeset("рост на 11 %", Language::Ru, &tight),
            "рост на\u{a0}11%"
        );
    }

    #[test]
    fn settings_read_old_profiles() {
        let settings: TypographySettings = ron::from_str("(disabled: [\"dash/spaced\"])").unwrap();
        assert_eq!(settings.disabled, vec!["dash/spaced".to_string()]);
        assert_eq!(settings.percent, PercentSpace::Gost);
    }
}
