//! Settings → the pre-send checks: each family and each check can be switched off, and the
//! length limits set. Stored in the profile (`Profile::checks`), so `pressdesk check`
//! follows the same choices.

use iced::widget::{Column, checkbox, column, radio, row, text};
use iced::{Element, Fill};

use super::Message;
use crate::checks::CODES;
use crate::gui::context::Context;
use crate::gui::icon::Icon;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{field, input, section};
use crate::language::Language;
use crate::profile::{CheckSettings, Profile};
use crate::spelling::English;

/// The length limits a user may set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    HeadlineChars,
    LeadWords,
    ParagraphChars,
    ReleaseWords,
}

impl Limit {
    const ALL: [Limit; 4] = [
        Limit::HeadlineChars,
        Limit::LeadWords,
        Limit::ParagraphChars,
        Limit::ReleaseWords,
    ];

    fn message_id(self) -> &'static str {
        match self {
            Limit::HeadlineChars => "checks-limit-headline",
            Limit::LeadWords => "checks-limit-lead",
            Limit::ParagraphChars => "checks-limit-paragraph",
            Limit::ReleaseWords => "checks-limit-release",
        }
    }

    fn value(self, settings: &CheckSettings) -> usize {
        match self {
            Limit::HeadlineChars => settings.headline_max_chars,
            Limit::LeadWords => settings.lead_max_words,
            Limit::ParagraphChars => settings.paragraph_max_chars,
            Limit::ReleaseWords => settings.release_max_words,
        }
    }

    /// Sets the limit from what was typed; anything but a positive whole number is ignored
    /// (the field keeps showing the stored value).
    pub fn set(self, settings: &mut CheckSettings, typed: &str) {
        let Ok(value) = typed.trim().parse::<usize>() else {
            return;
        };
        if value == 0 {
            return;
        }
        match self {
            Limit::HeadlineChars => settings.headline_max_chars = value,
            Limit::LeadWords => settings.lead_max_words = value,
            Limit::ParagraphChars => settings.paragraph_max_chars = value,
            Limit::ReleaseWords => settings.release_max_words = value,
        }
    }
}

/// The families in the order Settings lists them, as their codes begin (`sums/…`).
fn families() -> Vec<&'static str> {
    let mut families: Vec<&'static str> = Vec::new();
    for (code, _) in CODES {
        let family = code.split('/').next().unwrap_or(code);
        if !families.contains(&family) {
            families.push(family);
        }
    }
    families
}

/// The codes that switch one language's spelling, as `checks::spelling::language_code`
/// writes them (static, for the settings' messages).
const SPELLING_LANGUAGES: [(Language, &str); 3] = [
    (Language::Ru, "spelling/ru"),
    (Language::Kk, "spelling/kk"),
    (Language::En, "spelling/en"),
];

/// Spelling per language, and which English: under the spelling family's switch.
fn spelling_languages<'a>(
    settings: &'a CheckSettings,
    family_on: bool,
    ctx: &'a Context,
) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let mut languages =
        row![text(i18n.tr("settings-spelling-languages")).size(size::SMALL)].spacing(space::M);
    for (lang, code) in SPELLING_LANGUAGES {
        let mut item = checkbox(is_on(settings, code))
            .label(lang.native_name())
            .text_size(size::SMALL);
        if family_on {
            item = item.on_toggle(move |on| Message::Check(code, on));
        }
        languages = languages.push(item);
    }
    let english = [English::Gb, English::Us].into_iter().fold(
        row![text(i18n.tr("settings-spelling-english")).size(size::SMALL)].spacing(space::M),
        |line, choice| {
            let label = match choice {
                English::Gb => i18n.tr("settings-spelling-british"),
                English::Us => i18n.tr("settings-spelling-american"),
            };
            line.push(
                radio(
                    label,
                    choice,
                    Some(settings.english),
                    Message::EnglishSpelling,
                )
                .text_size(size::SMALL),
            )
        },
    );
    column![languages.wrap(), english.wrap()]
        .spacing(space::XS)
        .into()
}

pub fn is_on(settings: &CheckSettings, code: &str) -> bool {
    let family = code.split('/').next().unwrap_or(code);
    !settings.disabled.contains(code) && !settings.disabled.contains(family)
}

/// Switches a check (`sums/parts-total`) or a whole family (`sums`) on or off.
pub fn switch(profile: &mut Profile, code: &str, on: bool) {
    let disabled = &mut profile.checks.disabled;
    if on {
        disabled.remove(code);
        if !code.contains('/') {
            // A family switched back on brings its checks back too.
            disabled.retain(|c| !c.starts_with(&format!("{code}/")));
        }
    } else {
        disabled.insert(code.to_string());
    }
}

pub fn view<'a>(profile: &'a Profile, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let settings = &profile.checks;
    let mut list = Column::new().spacing(space::S);
    for family in families() {
        let family_on = !settings.disabled.contains(family);
        let mut codes = Column::new().spacing(2).padding([0, 28]);
        for (code, severity) in CODES
            .iter()
            .filter(|(c, _)| c.starts_with(&format!("{family}/")))
        {
            let label = format!(
                "{code} · {}",
                i18n.tr(&format!("checks-{}", severity.code()))
            );
            let mut item = checkbox(is_on(settings, code))
                .label(label)
                .text_size(size::SMALL);
            if family_on {
                item = item.on_toggle(move |on| Message::Check(code, on));
            }
            codes = codes.push(item);
        }
        if family == crate::checks::spelling::CODE {
            codes = codes.push(spelling_languages(settings, family_on, ctx));
        }
        list = list.push(
            column![
                checkbox(family_on)
                    .label(i18n.tr(&format!("checks-family-{family}")))
                    .on_toggle(move |on| Message::Check(family, on))
                    .text_size(size::BODY),
                codes,
            ]
            .spacing(space::XS),
        );
    }
    let mut limits = row![].spacing(space::M);
    for limit in Limit::ALL {
        limits = limits.push(field(
            i18n.tr(limit.message_id()),
            false,
            input("", &limit.value(settings).to_string())
                .on_input(move |v| Message::CheckLimit(limit, v))
                .width(Fill),
            None,
            None,
        ));
    }
    section(
        i18n.tr("checks-title"),
        Icon::Check,
        column![
            text(i18n.tr("checks-settings-hint"))
                .size(size::SMALL)
                .style(theme::muted),
            list,
            limits,
        ]
        .spacing(space::M),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::i18n::I18n;
    use crate::language::Language;

    #[test]
    fn a_family_switched_off_and_on_again_brings_its_checks_back() {
        let mut profile = Profile::default();
        switch(&mut profile, "sums/parts-total", false);
        assert!(!is_on(&profile.checks, "sums/parts-total"));
        assert!(is_on(&profile.checks, "sums/shares-over-100"));
        switch(&mut profile, "sums", false);
        assert!(!is_on(&profile.checks, "sums/shares-over-100"));
        switch(&mut profile, "sums", true);
        assert!(is_on(&profile.checks, "sums/parts-total"));
        assert!(profile.checks.disabled.is_empty());
    }

    #[test]
    fn the_spelling_switches_are_the_codes_the_checks_read() {
        for (lang, code) in SPELLING_LANGUAGES {
            assert_eq!(crate::checks::spelling::language_code(lang), code);
        }
        let mut profile = Profile::default();
        switch(&mut profile, "spelling/kk", false);
        assert_eq!(
            crate::checks::spelling::languages(&profile.checks),
            [Language::Ru, Language::En]
        );
    }

    #[test]
    fn every_family_is_named_in_every_language() {
        for lang in Language::ALL {
            let i18n = I18n::new(lang);
            for family in families() {
                let id = format!("checks-family-{family}");
                assert_ne!(i18n.tr(&id), id, "{lang:?} lacks {id}");
            }
        }
    }

    #[test]
    fn limits_take_positive_whole_numbers_only() {
        let mut settings = CheckSettings::default();
        Limit::LeadWords.set(&mut settings, " 55 ");
        assert_eq!(settings.lead_max_words, 55);
        for typed in ["", "0", "-3", "сорок"] {
            Limit::LeadWords.set(&mut settings, typed);
        }
        assert_eq!(settings.lead_max_words, 55);
    }
}
