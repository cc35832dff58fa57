//! The interface's words, from Fluent files (assets/i18n/{ru,kk,en}/main.ftl) embedded in
//! the binary. Russian is the default; the language can change while the app runs because
//! all three bundles are loaded at start (they are small).
//!
//! Fluent picks the plural form by CLDR rules, so «1 релиз, 2 релиза, 5 релизов» comes out
//! right in Russian, and Kazakh and English get their own forms.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::language::Language;

const SOURCES: [(Language, &str); 3] = [
    (Language::Ru, include_str!("../../assets/i18n/ru/main.ftl")),
    (Language::Kk, include_str!("../../assets/i18n/kk/main.ftl")),
    (Language::En, include_str!("../../assets/i18n/en/main.ftl")),
];

pub struct I18n {
    language: Language,
    bundles: Vec<(Language, FluentBundle<FluentResource>)>,
}

/// An argument for a message: text or a number (numbers choose plural forms).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl I18n {
    pub fn new(language: Language) -> Self {
        let bundles = SOURCES
            .iter()
            .map(|(lang, source)| (*lang, bundle(*lang, source)))
            .collect();
        Self { language, bundles }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn set_language(&mut self, language: Language) {
        self.language = language;
    }

    /// The message `id` in the interface language.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments, e.g. `("count", 5.into())`.
    pub fn tr_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, arg) in args {
            let value = match arg {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        self.format(id, Some(&fluent_args))
    }

    /// A message with a `count` argument: its plural form follows the number.
    pub fn count(&self, id: &str, count: usize) -> String {
        self.tr_args(id, &[("count", count.into())])
    }

    /// Falls back to Russian, then to the id itself: a missing translation shows something
    /// readable instead of failing.
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let order = [self.language, Language::Ru];
        for lang in order {
            if let Some(text) = self.format_in(lang, id, args) {
                return text;
            }
        }
        id.to_string()
    }

    fn format_in(&self, lang: Language, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let (_, bundle) = self.bundles.iter().find(|(l, _)| *l == lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }
}

fn bundle(lang: Language, source: &str) -> FluentBundle<FluentResource> {
    let langid = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![langid]);
    // Unicode isolation marks around arguments would show up as boxes in some fonts and
    // end up in copied text; our arguments are plain words and numbers.
    bundle.set_use_isolating(false);
    // A broken entry is skipped by Fluent; the rest of the file still loads (the test below
    // keeps the shipped files clean).
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(resource) => resource,
        Err((resource, _errors)) => resource,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

/// Message ids defined in a Fluent source (lines `id = …` at the start), for the
/// completeness test.
#[cfg(test)]
fn ids(source: &str) -> std::collections::BTreeSet<String> {
    source
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message() {
        let ru = ids(SOURCES[0].1);
        for (lang, source) in &SOURCES[1..] {
            let other = ids(source);
            let missing: Vec<_> = ru.difference(&other).collect();
            let extra: Vec<_> = other.difference(&ru).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has unknown {extra:?}");
        }
    }

    /// Every message id the screens ask for by name exists, so no button shows its raw id.
    /// Every source file of the window, with its text.
    fn gui_sources() -> Vec<(std::path::PathBuf, String)> {
        let mut sources = Vec::new();
        let mut folders = vec![std::path::PathBuf::from("src/gui")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    folders.push(path);
                } else {
                    let source = std::fs::read_to_string(&path).unwrap();
                    sources.push((path, source));
                }
            }
        }
        sources
    }

    #[test]
    fn every_message_the_screens_use_exists() {
        let known = ids(SOURCES[0].1);
        let call = regex::Regex::new(r#"\b(?:tr|tr_args|count)\(\s*"([a-z0-9-]+)""#).unwrap();
        let mut missing = Vec::new();
        for (path, source) in gui_sources() {
            for id in call.captures_iter(&source).map(|c| c[1].to_string()) {
                if !known.contains(&id) && id != "no-such-message" {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }

    /// A field's placeholder written into a screen's code is the same in every interface
    /// language, so it may hold figures and signs but no words (a date's «ДД.ММ.ГГГГ»
    /// showed in the English window): words come from the message files. A font's name is
    /// a name.
    #[test]
    fn placeholders_in_the_code_hold_no_words() {
        let placeholder = regex::Regex::new(r#"\binput\(\s*"([^"]*)""#).unwrap();
        let mut worded = Vec::new();
        for (path, source) in gui_sources() {
            for text in placeholder.captures_iter(&source).map(|c| c[1].to_string()) {
                if text.chars().any(char::is_alphabetic) && text != "Times New Roman" {
                    worded.push(format!("{}: {text}", path.display()));
                }
            }
        }
        assert!(worded.is_empty(), "{worded:#?}");
    }

    /// Every typography rule of every language has its one-line explanation in every file
    /// (and Fluent reads it), so Settings never falls back to the engine's English summary.
    #[test]
    fn every_typography_rule_has_a_message() {
        use crate::gui::screen::settings::{all_rules, rule_message_id};
        let rules = all_rules();
        let wanted: std::collections::BTreeSet<String> = rules
            .iter()
            .map(|rule| rule_message_id(rule.name))
            .collect();
        assert_eq!(wanted.len(), rules.len(), "two rules share a message id");
        let i18n = I18n::new(Language::Ru);
        for lang in Language::ALL {
            let missing: Vec<_> = wanted
                .iter()
                .filter(|id| i18n.format_in(lang, id, None).is_none_or(|t| t.is_empty()))
                .collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        }
    }

    #[test]
    fn russian_plurals_follow_the_number() {
        let i18n = I18n::new(Language::Ru);
        assert_eq!(i18n.count("release-count", 1), "1 релиз");
        assert_eq!(i18n.count("release-count", 2), "2 релиза");
        assert_eq!(i18n.count("release-count", 5), "5 релизов");
        assert_eq!(i18n.count("release-count", 21), "21 релиз");
        assert_eq!(i18n.count("word-count", 3), "3 слова");
    }

    #[test]
    fn kazakh_and_english_plurals() {
        let mut i18n = I18n::new(Language::En);
        assert_eq!(i18n.count("release-count", 1), "1 release");
        assert_eq!(i18n.count("release-count", 2), "2 releases");
        i18n.set_language(Language::Kk);
        assert_eq!(i18n.count("release-count", 5), "5 релиз");
    }

    #[test]
    fn switches_language_and_falls_back_to_the_id() {
        let mut i18n = I18n::new(Language::Ru);
        assert_eq!(i18n.tr("home-new-release"), "Новый релиз");
        i18n.set_language(Language::En);
        assert_eq!(i18n.tr("home-new-release"), "New release");
        assert_eq!(i18n.tr("no-such-message"), "no-such-message");
    }
}
