//! The organisation a release comes from: set once in Settings, used by every release.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::document::FontSpec;
use crate::language::dates::KazakhDateStyle;
use crate::language::{Language, Localized};
use crate::typography::TypographySettings;

pub const PROFILE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub version: u32,
    /// «Акимат Туркестанской области», per language.
    #[serde(default)]
    pub organisation: Localized,
    /// The closing line: «Пресс-служба акимата Туркестанской области».
    #[serde(default)]
    pub signature: Localized,
    /// Contact lines (phone, email, site), per language; one per line.
    #[serde(default)]
    pub contacts: Localized,
    /// Where releases are usually datelined: «Туркестан», «Түркістан», "Turkestan".
    #[serde(default)]
    pub city: Localized,
    #[serde(default = "default_language")]
    pub default_language: Language,
    #[serde(default = "default_font_family")]
    pub docx_font: String,
    #[serde(default = "default_font_size")]
    pub docx_font_size_pt: f32,
    /// DOCX body paragraphs justified (hyphenated by Word in the release's language), or
    /// set flush left: LibreOffice does not hyphenate them and leaves wide gaps, as Word
    /// does for a language whose proofing tools are not installed.
    #[serde(default = "yes")]
    pub docx_justified: bool,
    /// Put «###» under the release, as some newsrooms expect.
    #[serde(default)]
    pub end_mark: bool,
    /// Put the statistics table after the statistics sentences when figures are marked for it.
    #[serde(default = "yes")]
    pub statistics_table: bool,
    #[serde(default)]
    pub typography: TypographySettings,
    /// How Kazakh releases write dates: «2026 жылғы 28 қараша» (the default),
    /// «2026 жылғы 28 қарашада» or «28 қараша 2026 ж.».
    #[serde(default)]
    pub kazakh_date: KazakhDateStyle,
    /// Pre-send checks: which are switched off and the length limits.
    #[serde(default)]
    pub checks: CheckSettings,
    /// The letterhead at the top of DOCX and email: on, and which logo.
    #[serde(default)]
    pub letterhead: LetterheadSettings,
}

/// The letterhead: the organisation's name (from [`Profile::organisation`]) and an
/// optional logo file, at the top of the DOCX's first page and of the email HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LetterheadSettings {
    pub enabled: bool,
    /// A PNG, JPEG or SVG file; read at each export, so a new version of the file is used
    /// without visiting Settings.
    pub logo: Option<PathBuf>,
}

impl Default for LetterheadSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            logo: None,
        }
    }
}

/// Settings of the pre-send checks ([`crate::checks`]). Every field has a default, so
/// profiles written before the checks existed load unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckSettings {
    /// Codes of checks switched off, e.g. `"quotes/repeated-verb"`, or a whole family
    /// such as `"length"`.
    pub disabled: BTreeSet<String>,
    /// A headline longer than this many characters gets a warning.
    pub headline_max_chars: usize,
    /// A lead longer than this many words gets a warning.
    pub lead_max_words: usize,
    /// A paragraph longer than this many characters (about five lines) gets a warning.
    pub paragraph_max_chars: usize,
    /// A release longer than this many words gets a warning.
    pub release_max_words: usize,
    /// The English the English spelling dictionary spells (British unless chosen).
    pub english: crate::spelling::English,
}

impl Default for CheckSettings {
    fn default() -> Self {
        Self {
            disabled: BTreeSet::new(),
            headline_max_chars: 100,
            lead_max_words: 40,
            paragraph_max_chars: 400,
            release_max_words: 800,
            english: crate::spelling::English::default(),
        }
    }
}

impl CheckSettings {
    /// False when the check's code, or its family (the part before `/`), is switched off.
    pub fn is_enabled(&self, code: &str) -> bool {
        let family = code.split('/').next().unwrap_or(code);
        !self.disabled.contains(code) && !self.disabled.contains(family)
    }
}

fn default_language() -> Language {
    Language::Ru
}

fn default_font_family() -> String {
    FontSpec::default().family
}

fn default_font_size() -> f32 {
    FontSpec::default().size_pt
}

fn yes() -> bool {
    true
}

impl Default for Profile {
    fn default() -> Self {
        Self {
            version: PROFILE_VERSION,
            organisation: Localized::new(),
            signature: Localized::new(),
            contacts: Localized::new(),
            city: Localized::new(),
            default_language: default_language(),
            docx_font: default_font_family(),
            docx_font_size_pt: default_font_size(),
            docx_justified: true,
            end_mark: false,
            statistics_table: true,
            typography: TypographySettings::default(),
            kazakh_date: KazakhDateStyle::default(),
            checks: CheckSettings::default(),
            letterhead: LetterheadSettings::default(),
        }
    }
}

impl Profile {
    /// The letterhead of a release in `language`, without the logo (an export loads it):
    /// `None` when switched off or when there is neither a name nor a logo.
    pub fn letterhead(&self, language: Language) -> Option<crate::letterhead::Letterhead> {
        let organisation = self.organisation.get_or_any(language).trim().to_string();
        let has_logo = self.letterhead.logo.is_some();
        (self.letterhead.enabled && (has_logo || !organisation.is_empty())).then_some(
            crate::letterhead::Letterhead {
                organisation,
                logo: None,
            },
        )
    }

    pub fn font(&self) -> FontSpec {
        let size = if self.docx_font_size_pt.is_finite()
            && (6.0..=72.0).contains(&self.docx_font_size_pt)
        {
            self.docx_font_size_pt
        } else {
            FontSpec::default().size_pt
        };
        let family = if self.docx_font.trim().is_empty() {
            FontSpec::default().family
        } else {
            self.docx_font.trim().to_string()
        };
        FontSpec {
            family,
            size_pt: size,
            justified: self.docx_justified,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_without_the_kazakh_date_style_keeps_year_first() {
        let profile: Profile = ron::from_str("(version: 1)").unwrap();
        assert_eq!(profile.kazakh_date, KazakhDateStyle::YearFirst);
        assert_eq!(Profile::default().kazakh_date, KazakhDateStyle::YearFirst);
    }

    #[test]
    fn a_profile_without_check_settings_gets_the_defaults() {
        let profile: Profile = ron::from_str("(version: 1)").unwrap();
        assert_eq!(profile.checks, CheckSettings::default());
        let partial: Profile =
            ron::from_str(r#"(version: 1, checks: (disabled: ["length"], lead_max_words: 50))"#)
                .unwrap();
        assert_eq!(partial.checks.lead_max_words, 50);
        assert_eq!(partial.checks.headline_max_chars, 100);
        assert!(!partial.checks.is_enabled("length/lead"));
        assert!(partial.checks.is_enabled("sums/parts-total"));
    }

    #[test]
    fn the_kazakh_date_style_round_trips() {
        let profile = Profile {
            kazakh_date: KazakhDateStyle::YearFirstLocative,
            ..Profile::default()
        };
        let stored = ron::to_string(&profile).unwrap();
        assert!(
            stored.contains("kazakh_date:r#year-first-locative"),
            "{stored}"
        );
        assert_eq!(ron::from_str::<Profile>(&stored).unwrap(), profile);
    }
}
