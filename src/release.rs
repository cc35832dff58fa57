//! What the user edits: one press release with its shared facts and its language versions.
//!
//! Plain serde data, no GUI types. Stored as RON with `version` at the top so later
//! releases of the app can migrate files written by this one (see [`crate::storage`]).

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::{Timestamp, ZonedDateTime as Zoned};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::language::gender::{self, Agreement, Gender};
use crate::language::units::{Qualifier, Quantity, typed_decimal, typed_decimal_option};
pub use crate::language::{Language, Localized};

/// The file format version this build writes.
pub const CURRENT_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Release {
    /// File format version; see [`CURRENT_VERSION`].
    pub version: u32,
    pub id: Uuid,
    /// Id of the template (genre) the release was started from, e.g. `delegation-visit`.
    pub template: String,
    #[serde(default)]
    pub status: Status,
    /// Not to be published before this instant (shown with its time zone).
    #[serde(default)]
    pub embargo: Option<Zoned>,
    pub created: Timestamp,
    pub modified: Timestamp,
    #[serde(default)]
    pub tags: Vec<String>,
    /// The facts the template asks for, by the template's field id.
    #[serde(default)]
    pub facts: BTreeMap<String, FactValue>,
    /// People the release names; shared by all language versions.
    #[serde(default)]
    pub people: Vec<Person>,
    /// Partner organisations after the first (a memorandum between three regions and a
    /// company). The first is the template's `partner_party` fact with its region and
    /// country, so a release with one partner reads as it always has.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
    /// Figures; shared by all language versions.
    #[serde(default)]
    pub statistics: Vec<Statistic>,
    /// At least one; the first is the original, the others drafted from the same facts.
    pub versions: Vec<LanguageVersion>,
    /// The event's photos in the order they are shown; shared by all language versions,
    /// each with its caption per language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<Photo>,
    /// Brought in by `pressdesk import` from a file the office had: which one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported: Option<Imported>,
}

/// The file a release was imported from, kept in the archive's `originals` folder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Imported {
    /// The kept copy's name in `originals/`: the text's identity and the file's extension.
    pub file: String,
    /// The file's name when it was imported: «2024-03-12 Визит делегации.docx».
    #[serde(default)]
    pub original_name: String,
    /// The text's identity (SHA-256 of its paragraphs, spaces folded): the same text
    /// imported again is skipped.
    #[serde(default)]
    pub text: String,
}

/// A photo of the release. The picture itself is a file in the `photos` folder beside the
/// release file, named by its content ([`crate::photos::store`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Photo {
    /// The stored file's name in the photos folder, e.g. `3f9a…c2.jpg`.
    pub file: String,
    /// The name the photo had when it was added («IMG_2041.JPG»), for the user and for the
    /// email's attachment.
    #[serde(default)]
    pub original_name: String,
    /// What the photo shows, per language version, printed under it.
    #[serde(default)]
    pub caption: Localized,
    /// The photo described for readers who cannot see it (screen readers, blocked images
    /// in email), per language.
    #[serde(default)]
    pub alt: Localized,
    /// Who took it or whose it is: «пресс-служба акима области». Printed after «Фото:».
    #[serde(default)]
    pub credit: String,
    /// The main photo stands right after the lead; the others after the text.
    #[serde(default)]
    pub main: bool,
    /// Its size in pixels as shown (turned by its EXIF orientation), read when it was
    /// added: for the print-size check without opening the picture.
    #[serde(default)]
    pub width: u32,
    #[serde(default)]
    pub height: u32,
    /// The original file's size in bytes: the email draft attaches it, so the checks can
    /// tell the message's size without reading the photos.
    #[serde(default)]
    pub bytes: u64,
}

/// The workflow a release goes through before it is distributed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Draft,
    Ready,
    Approved,
    Sent,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Draft, Status::Ready, Status::Approved, Status::Sent];

    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Ready => "ready",
            Status::Approved => "approved",
            Status::Sent => "sent",
        }
    }
}

/// A fact's value. Dates, numbers and names of things that do not change with the
/// language are `Shared`; phrases that do (Russian case forms such as «из Китая») are
/// typed once per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FactValue {
    Shared(String),
    PerLanguage(Localized),
}

impl FactValue {
    /// The value as the given language version uses it; `""` when not filled in.
    pub fn get(&self, lang: Language) -> &str {
        match self {
            FactValue::Shared(value) => value,
            FactValue::PerLanguage(values) => values.get(lang),
        }
    }
}

/// A partner organisation of a memorandum or agreement, written «organisation (region,
/// country)»: «компания Silk Road Cargo Hub (Ланьчжоу, КНР)».
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    pub organisation: Localized,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub region: Localized,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub country: Localized,
}

impl Partner {
    /// «organisation (region, country)», leaving out what is empty; empty without an
    /// organisation.
    pub fn in_text(&self, lang: Language) -> String {
        written_partner(
            self.organisation.get(lang),
            self.region.get(lang),
            self.country.get(lang),
        )
    }
}

/// «organisation (region, country)» from its three parts, leaving out what is empty.
pub fn written_partner(organisation: &str, region: &str, country: &str) -> String {
    let organisation = organisation.trim();
    if organisation.is_empty() {
        return String::new();
    }
    let place: Vec<&str> = [region.trim(), country.trim()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    if place.is_empty() {
        organisation.to_string()
    } else {
        format!("{organisation} ({})", place.join(", "))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Stable key that quotes and template roles refer to, the same in every genre:
    /// `official` (our side), `counterpart` (the partner's), `counterpart-2`, `p3`.
    pub id: String,
    pub name: Localized,
    pub position: Localized,
    /// How sentences after the first mention name the person: «Жаксылыков», "Seitkali".
    /// Empty means the full name.
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub short_name: Localized,
    /// Grammatical gender as the user set it; `None` means "as the name suggests" (see
    /// [`Person::gender`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
}

impl Person {
    /// The gender drafted text agrees with: the one the user set, else the one the name
    /// suggests in any language, else `None` (the user is asked; drafts use the
    /// masculine form, as Russian does for a post named without a person).
    pub fn gender(&self) -> Option<Gender> {
        self.gender.or_else(|| self.suggested_gender())
    }

    /// What the name says of the gender, whatever the user set.
    pub fn suggested_gender(&self) -> Option<Gender> {
        let mut found = None;
        for lang in Language::ALL {
            match (found, gender::suggest(self.name.get(lang))) {
                (_, None) => {}
                (None, Some(g)) => found = Some(g),
                (Some(a), Some(b)) if a != b => return None,
                _ => {}
            }
        }
        found
    }
}

/// A figure such as trade turnover: a value, what it measures, and optionally the parts it
/// is made of and its change against an earlier period.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Statistic {
    pub label: Localized,
    /// What the Russian verb agrees with in the label («товарооборот составил»). `None`:
    /// the Russian sentence is written without a verb («Товарооборот — 5 млн»), which
    /// reads right for any label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_gender: Option<Agreement>,
    /// Exact decimal as typed: 148.9 stays 148.9, 60.09 keeps its two places. A file may
    /// write it "148,9" or "1 234,5" as well.
    #[serde(deserialize_with = "typed_decimal")]
    pub value: Decimal,
    #[serde(default)]
    pub quantity: Quantity,
    /// «более», "about", «астам»: how exact the value is. `None`: exactly as typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// When the figure was measured, as the sentence says it: «за 2024 год», «2024 жылы».
    #[serde(default)]
    pub period: Localized,
    /// Components that should add up to `value` (export + import = turnover).
    #[serde(default)]
    pub parts: Vec<StatisticPart>,
    #[serde(default)]
    pub change: Option<Change>,
    /// Also list the figure in the statistics table, not only in the text.
    #[serde(default)]
    pub in_table: bool,
    /// Where the figure's sentence goes in the text.
    #[serde(default, skip_serializing_if = "Placement::is_closing")]
    pub placement: Placement,
}

/// Where a figure's sentence stands.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Placement {
    /// With the other figures, in one paragraph after the body.
    #[default]
    Closing,
    /// Right after the paragraph with this anchor ([`DraftText::anchor`]); at the close
    /// when a version has no such paragraph.
    After(String),
    /// Not in the text: only in the table, when it is listed there.
    NotInText,
}

impl Placement {
    pub fn is_closing(&self) -> bool {
        *self == Placement::Closing
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StatisticPart {
    pub label: Localized,
    #[serde(deserialize_with = "typed_decimal")]
    pub value: Decimal,
}

/// Change against an earlier period: «рост на 11 % по сравнению с 2023 годом».
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Signed percentage; negative for a fall.
    #[serde(deserialize_with = "typed_decimal")]
    pub percent: Decimal,
    /// The earlier period as the sentence says it: «с 2023 годом», «2023 жылмен», «2023».
    pub compared_with: Localized,
    /// The earlier period's value when known, so checks can verify the percentage.
    #[serde(default, deserialize_with = "typed_decimal_option")]
    pub previous_value: Option<Decimal>,
}

/// One language's text of the release. Facts, people and figures come from the release.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageVersion {
    pub language: Language,
    #[serde(default)]
    pub dateline: Dateline,
    #[serde(default)]
    pub headline: DraftText,
    #[serde(default)]
    pub subheadline: DraftText,
    #[serde(default)]
    pub lead: DraftText,
    #[serde(default)]
    pub paragraphs: Vec<DraftText>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// «Справка» / «Анықтама» / About: background on the guest, the forum, the region.
    #[serde(default)]
    pub background: DraftText,
    /// Empty means the organisation profile's signature.
    #[serde(default)]
    pub signature: String,
    /// Whether the lead credits the press service (the signature's words).
    #[serde(default, skip_serializing_if = "Credit::is_signature")]
    pub credit: Credit,
    /// How the lead names the press service when it credits it: «пресс-служба акима
    /// области». Empty means the signature's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub credit_words: String,
    /// The author's name under the headline, when the release carries one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub byline: String,
    /// Empty means the organisation profile's contacts.
    #[serde(default)]
    pub contacts: String,
}

impl LanguageVersion {
    pub fn empty(language: Language) -> Self {
        Self {
            language,
            dateline: Dateline::default(),
            headline: DraftText::default(),
            subheadline: DraftText::default(),
            lead: DraftText::default(),
            paragraphs: Vec::new(),
            quotes: Vec::new(),
            background: DraftText::default(),
            signature: String::new(),
            credit: Credit::Signature,
            credit_words: String::new(),
            byline: String::new(),
            contacts: String::new(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// Where: «Туркестан». May be drafted from a fact (a trip's destination).
    pub place: DraftText,
    pub date: Option<Date>,
    /// A news agency's name, written in brackets after the place in the agency style: «(Kazinform)».
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub agency: String,
    #[serde(default, skip_serializing_if = "DatelineStyle::is_line")]
    pub style: DatelineStyle,
}

/// How the dateline is set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DatelineStyle {
    /// A line of its own above the lead: «Туркестан, 5 декабря 2026 г.».
    #[default]
    Line,
    /// Opening the lead, as agencies write: «АСТАНА, 5 декабря (Kazinform) — Аким …».
    InLead,
}

impl DatelineStyle {
    pub fn is_line(&self) -> bool {
        *self == DatelineStyle::Line
    }
}

/// Who the release credits in its lead, as agencies and press services write it:
/// «…, сообщает пресс-служба акимата области».
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Credit {
    /// The signature at the end only.
    #[default]
    Signature,
    /// The lead names the press service, and the signature stays at the end.
    LeadAndSignature,
    /// The lead names the press service instead of a signature at the end.
    LeadOnly,
}

impl Credit {
    pub fn is_signature(&self) -> bool {
        *self == Credit::Signature
    }
}

/// Text that may have been drafted by the template from the facts.
///
/// While `drafted_from` names a template pattern, the text follows the facts: changing a
/// fact drafts it again. The first edit by hand clears it, and from then on the text is
/// the user's and is never overwritten.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftText {
    pub text: String,
    #[serde(default)]
    pub drafted_from: Option<String>,
    /// Which paragraph this is, kept through edits and moves, so a figure placed after it
    /// stays after it: the template's key for drafted paragraphs (the same in every
    /// language version), `own-…` for a paragraph the user added. See [`DraftText::anchor`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
}

impl DraftText {
    /// Text the user typed.
    pub fn typed(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            drafted_from: None,
            anchor: None,
        }
    }

    /// Replaces the text as a user edit: from now on the facts no longer redraft it.
    pub fn edit(&mut self, text: impl Into<String>) {
        self.text = text.into();
        self.drafted_from = None;
    }

    pub fn is_drafted(&self) -> bool {
        self.drafted_from.is_some()
    }

    /// The paragraph's identity: its anchor, or for a file written before anchors, the
    /// pattern it is still drafted from.
    pub fn anchor(&self) -> Option<&str> {
        self.anchor.as_deref().or(self.drafted_from.as_deref())
    }
}

/// A quotation with its attribution.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Id of a [`Person`] of the release; empty when the speaker is not chosen yet.
    pub speaker: String,
    /// How the attribution names the speaker when not by full name: «глава области».
    #[serde(default)]
    pub speaker_as: String,
    /// The quoted words, without quotation marks.
    pub text: String,
    /// The attribution verb: «отметил», «добавила», «деді», "said".
    pub verb: String,
    /// Where in the body the quote stands: after this many body paragraphs (0 = straight
    /// after the lead). Quotes with the same position keep their order.
    #[serde(default)]
    pub after_paragraph: usize,
    #[serde(default)]
    pub attribution: AttributionStyle,
}

/// Where the attribution goes relative to the quoted words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttributionStyle {
    /// «Слова», — отметил Дархан Сатыбалды.
    #[default]
    After,
    /// Дархан Сатыбалды отметил: «Слова».
    Before,
    /// Reported speech, without quotation marks: «Как отметил Дархан Сатыбалды, …»,
    /// «Дархан Сатыбалдының айтуынша, …», "Darkhan Satybaldy noted that …".
    Reported,
}

impl Release {
    /// A «blank» release holding only these versions' texts: no facts, people or figures
    /// (a text handed over to check, a past release imported). Draft, nil id, dated at
    /// the epoch until the caller says otherwise.
    pub fn of_texts(versions: Vec<LanguageVersion>) -> Release {
        Release {
            version: CURRENT_VERSION,
            id: uuid::Uuid::nil(),
            template: "blank".into(),
            status: Status::Draft,
            embargo: None,
            created: Timestamp::UNIX_EPOCH,
            modified: Timestamp::UNIX_EPOCH,
            tags: Vec::new(),
            facts: Default::default(),
            people: Vec::new(),
            partners: Vec::new(),
            statistics: Vec::new(),
            versions,
            photos: Vec::new(),
            imported: None,
        }
    }

    /// The version in `lang`, if the release has one.
    pub fn version(&self, lang: Language) -> Option<&LanguageVersion> {
        self.versions.iter().find(|v| v.language == lang)
    }

    pub fn version_mut(&mut self, lang: Language) -> Option<&mut LanguageVersion> {
        self.versions.iter_mut().find(|v| v.language == lang)
    }

    pub fn languages(&self) -> Vec<Language> {
        self.versions.iter().map(|v| v.language).collect()
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The people filling `role`: the one with its id, then `role-2`, `role-3`… in the
    /// order the release lists them.
    pub fn people_in_role(&self, role: &str) -> Vec<&Person> {
        self.people
            .iter()
            .filter(|p| {
                p.id == role
                    || p.id.strip_prefix(role).is_some_and(|rest| {
                        rest.strip_prefix('-')
                            .is_some_and(|n| n.parse::<u32>().is_ok())
                    })
            })
            .collect()
    }

    /// A fact as the given language uses it; `""` when missing.
    pub fn fact(&self, id: &str, lang: Language) -> &str {
        self.facts.get(id).map(|f| f.get(lang)).unwrap_or("")
    }

    /// The headline of the first version that has one, for lists and window titles.
    pub fn title(&self) -> &str {
        self.versions
            .iter()
            .map(|v| v.headline.text.trim())
            .find(|h| !h.is_empty())
            .unwrap_or("")
    }
}
