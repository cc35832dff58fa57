//! Every change the form can make to a release, as data: one place applies them, one place
//! decides which of them coalesce for undo, and tests can drive them without a window.

use std::collections::BTreeMap;

use crate::draft;
use crate::gui::parse;
use crate::language::Language;
use crate::language::units::{Scale, Unit};
use crate::profile::Profile;
use crate::release::{
    AttributionStyle, Change, DraftText, Partner, Person, Quote, Release, Statistic, StatisticPart,
    Status,
};
use crate::template::Template;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Fact(String, String),
    PersonName(usize, String),
    PersonPosition(usize, String),
    /// How later sentences and attributions name the person («Сейткали»).
    PersonShortName(usize, String),
    /// What the drafts' Russian verbs agree with (отметил / отметила).
    PersonGender(usize, crate::language::gender::Gender),
    AddPerson,
    /// Another person for a role that takes several (a memorandum's partner signers).
    AddToRole(String),
    RemovePerson(usize),
    /// Another partner organisation after the first (a memorandum between several).
    AddPartner,
    RemovePartner(usize),
    PartnerOrganisation(usize, String),
    PartnerRegion(usize, String),
    PartnerCountry(usize, String),
    Headline(String),
    Subheadline(String),
    DatelinePlace(String),
    DatelineDate(String),
    DatelineStyle(crate::release::DatelineStyle),
    DatelineAgency(String),
    Credit(crate::release::Credit),
    /// How the lead names the press service: «пресс-служба акима области».
    CreditWords(String),
    Byline(String),
    AddParagraph,
    RemoveParagraph(usize),
    MoveParagraph(usize, Move),
    AddQuote,
    RemoveQuote(usize),
    MoveQuote(usize, Move),
    QuoteSpeaker(usize, String),
    QuoteSpeakerAs(usize, String),
    QuoteVerb(usize, String),
    QuotePlacement(usize, usize),
    QuoteAttribution(usize, AttributionStyle),
    AddStatistic,
    RemoveStatistic(usize),
    MoveStatistic(usize, Move),
    StatLabel(usize, String),
    StatValue(usize, String),
    StatUnit(usize, Unit),
    StatScale(usize, Scale),
    /// около / более / менее / до, or `None` for the value as typed.
    StatQualifier(usize, Option<crate::language::units::Qualifier>),
    /// What the Russian verb agrees with in the label (составил / составила …), or `None`
    /// for the sentence without a verb.
    StatLabelGender(usize, Option<crate::language::gender::Agreement>),
    /// At the close, after a paragraph, or only in the table.
    StatPlacement(usize, crate::release::Placement),
    StatPeriod(usize, String),
    StatInTable(usize, bool),
    AddPart(usize),
    RemovePart(usize, usize),
    PartLabel(usize, usize, String),
    PartValue(usize, usize, String),
    ChangeEnabled(usize, bool),
    ChangePercent(usize, String),
    ChangeComparedWith(usize, String),
    Signature(String),
    Status(Status),
    Embargo(String),
    Photo(super::photos::PhotoEdit),
}

/// Keys of the typed text of fields that may not parse yet (numbers, dates): the form keeps
/// showing what was typed while the release keeps its last valid value.
pub mod raw_key {
    pub const DATELINE_DATE: &str = "dateline.date";
    pub const EMBARGO: &str = "embargo";

    pub fn stat_value(i: usize) -> String {
        format!("stat.{i}.value")
    }

    pub fn part_value(i: usize, j: usize) -> String {
        format!("stat.{i}.part.{j}")
    }

    pub fn change_percent(i: usize) -> String {
        format!("stat.{i}.change")
    }
}

impl Edit {
    /// For typing, the field typed into (typing in the same field is one undo step);
    /// `None` for edits that are a step of their own.
    pub fn typing_in(&self, lang: Language) -> Option<String> {
        let key = match self {
            Edit::Fact(id, _) => format!("fact:{id}"),
            Edit::PersonName(i, _) => format!("person:{i}:name"),
            Edit::PersonPosition(i, _) => format!("person:{i}:position"),
            Edit::PersonShortName(i, _) => format!("person:{i}:short"),
            Edit::PartnerOrganisation(i, _) => format!("partner:{i}:organisation"),
            Edit::PartnerRegion(i, _) => format!("partner:{i}:region"),
            Edit::PartnerCountry(i, _) => format!("partner:{i}:country"),
            Edit::CreditWords(_) => "credit_words".into(),
            Edit::Headline(_) => "headline".into(),
            Edit::Subheadline(_) => "subheadline".into(),
            Edit::DatelinePlace(_) => "dateline.place".into(),
            Edit::DatelineDate(_) => "dateline.date".into(),
            Edit::QuoteSpeakerAs(i, _) => format!("quote:{i}:speaker_as"),
            Edit::QuoteVerb(i, _) => format!("quote:{i}:verb"),
            Edit::StatLabel(i, _) => format!("stat:{i}:label"),
            Edit::StatValue(i, _) => format!("stat:{i}:value"),
            Edit::StatPeriod(i, _) => format!("stat:{i}:period"),
            Edit::PartLabel(i, j, _) => format!("stat:{i}:part:{j}:label"),
            Edit::PartValue(i, j, _) => format!("stat:{i}:part:{j}:value"),
            Edit::ChangePercent(i, _) => format!("stat:{i}:change"),
            Edit::ChangeComparedWith(i, _) => format!("stat:{i}:compared"),
            Edit::Signature(_) => "signature".into(),
            Edit::DatelineAgency(_) => "dateline.agency".into(),
            Edit::Byline(_) => "byline".into(),
            Edit::Embargo(_) => "embargo".into(),
            Edit::Photo(edit) => edit.typing_key()?,
            _ => return None,
        };
        Some(format!("{lang}:{key}"))
    }
}

/// What the edit needs besides the release.
pub struct Scope<'a> {
    pub template: &'a Template,
    pub profile: &'a Profile,
    pub lang: Language,
}

/// Applies `edit` to the `scope.lang` version (texts, quotes) or to the shared parts
/// (facts, people, figures). `raw` keeps what was typed into number and date fields.
pub fn apply(release: &mut Release, edit: Edit, scope: &Scope, raw: &mut BTreeMap<String, String>) {
    let lang = scope.lang;
    match edit {
        Edit::Fact(id, value) => {
            draft::set_fact(release, scope.template, scope.profile, &id, lang, &value);
        }
        Edit::PersonName(i, value) => {
            if let Some(person) = release.people.get_mut(i) {
                person.name.set(lang, value);
                draft::redraft(release, scope.template, scope.profile);
            }
        }
        Edit::PersonPosition(i, value) => {
            if let Some(person) = release.people.get_mut(i) {
                person.position.set(lang, value);
                draft::redraft(release, scope.template, scope.profile);
            }
        }
        Edit::PersonShortName(i, value) => {
            if let Some(person) = release.people.get_mut(i) {
                person.short_name.set(lang, value);
                draft::redraft(release, scope.template, scope.profile);
            }
        }
        Edit::AddPartner => release.partners.push(Partner::default()),
        Edit::RemovePartner(i) => {
            if i < release.partners.len() {
                release.partners.remove(i);
                draft::redraft(release, scope.template, scope.profile);
            }
        }
        Edit::PartnerOrganisation(i, value) => with_partner(release, scope, i, |p| {
            p.organisation.set(lang, value);
        }),
        Edit::PartnerRegion(i, value) => with_partner(release, scope, i, |p| {
            p.region.set(lang, value);
        }),
        Edit::PartnerCountry(i, value) => with_partner(release, scope, i, |p| {
            p.country.set(lang, value);
        }),
        Edit::PersonGender(i, gender) => {
            if let Some(person) = release.people.get_mut(i) {
                person.gender = Some(gender);
                draft::redraft(release, scope.template, scope.profile);
            }
        }
        Edit::AddToRole(role) => {
            let id = (2..)
                .map(|n| format!("{role}-{n}"))
                .find(|id| release.person(id).is_none())
                .unwrap_or_default();
            // After the role's last person, so the list reads in the order they were added.
            let at = release
                .people
                .iter()
                .rposition(|p| scope.template.role_of(&p.id).is_some_and(|r| r.id == role))
                .map_or(release.people.len(), |i| i + 1);
            release.people.insert(
                at,
                Person {
                    id,
                    ..Person::default()
                },
            );
            draft::redraft(release, scope.template, scope.profile);
        }
        Edit::AddPerson => {
            let id = (1..)
                .map(|n| format!("p{n}"))
                .find(|id| release.person(id).is_none())
                .unwrap_or_default();
            release.people.push(Person {
                id,
                ..Person::default()
            });
        }
        Edit::RemovePerson(i) => {
            // The template's own roles stay: its patterns refer to them.
            let is_role = release
                .people
                .get(i)
                .is_some_and(|p| scope.template.role(&p.id).is_some());
            if i < release.people.len() && !is_role {
                let removed = release.people.remove(i);
                for version in &mut release.versions {
                    for quote in &mut version.quotes {
                        if quote.speaker == removed.id {
                            quote.speaker.clear();
                        }
                    }
                }
            }
        }
        Edit::DatelineDate(text) => {
            let trimmed = text.trim();
            let date = if trimmed.is_empty() {
                Some(None)
            } else {
                crate::language::dates::parse_typed(trimmed).map(Some)
            };
            // One date for every version: they report the same event.
            if let Some(date) = date {
                for version in &mut release.versions {
                    version.dateline.date = date;
                }
                // An agency dateline giving the day takes it out of the lead.
                draft::redraft(release, scope.template, scope.profile);
            }
            raw.insert(raw_key::DATELINE_DATE.into(), text);
        }
        Edit::AddStatistic => release.statistics.push(Statistic::default()),
        Edit::RemoveStatistic(i) => {
            if i < release.statistics.len() {
                release.statistics.remove(i);
                forget_statistics(raw);
            }
        }
        Edit::MoveStatistic(i, direction) => {
            if move_item(&mut release.statistics, i, direction) {
                forget_statistics(raw);
            }
        }
        Edit::StatLabel(i, v) => with_stat(release, i, |s| s.label.set(lang, v)),
        Edit::StatPeriod(i, v) => with_stat(release, i, |s| s.period.set(lang, v)),
        Edit::StatUnit(i, unit) => with_stat(release, i, |s| s.quantity.unit = unit),
        Edit::StatScale(i, scale) => with_stat(release, i, |s| s.quantity.scale = scale),
        Edit::StatQualifier(i, qualifier) => with_stat(release, i, |s| s.qualifier = qualifier),
        Edit::StatLabelGender(i, agreement) => {
            with_stat(release, i, |s| s.label_gender = agreement);
        }
        Edit::StatPlacement(i, placement) => with_stat(release, i, |s| s.placement = placement),
        Edit::StatInTable(i, on) => with_stat(release, i, |s| s.in_table = on),
        Edit::StatValue(i, text) => {
            if let Ok(value) = parse::decimal(&text) {
                with_stat(release, i, |s| s.value = value);
            }
            raw.insert(raw_key::stat_value(i), text);
        }
        Edit::AddPart(i) => with_stat(release, i, |s| s.parts.push(StatisticPart::default())),
        Edit::RemovePart(i, j) => {
            with_stat(release, i, |s| {
                if j < s.parts.len() {
                    s.parts.remove(j);
                }
            });
            forget_statistics(raw);
        }
        Edit::PartLabel(i, j, v) => with_part(release, i, j, |p| p.label.set(lang, v)),
        Edit::PartValue(i, j, text) => {
            if let Ok(value) = parse::decimal(&text) {
                with_part(release, i, j, |p| p.value = value);
            }
            raw.insert(raw_key::part_value(i, j), text);
        }
        Edit::ChangeEnabled(i, on) => {
            with_stat(release, i, |s| s.change = on.then(Change::default));
            raw.remove(&raw_key::change_percent(i));
        }
        Edit::ChangePercent(i, text) => {
            if let Ok(value) = parse::decimal(&text) {
                with_stat(release, i, |s| {
                    s.change.get_or_insert_with(Change::default).percent = value;
                });
            }
            raw.insert(raw_key::change_percent(i), text);
        }
        Edit::ChangeComparedWith(i, v) => with_stat(release, i, |s| {
            s.change
                .get_or_insert_with(Change::default)
                .compared_with
                .set(lang, v);
        }),
        Edit::Status(status) => release.status = status,
        Edit::Embargo(text) => {
            let trimmed = text.trim();
            if trimmed.is_empty() {
                release.embargo = None;
            } else if let Some(at) = parse::embargo(trimmed) {
                release.embargo = Some(at);
            }
            raw.insert(raw_key::EMBARGO.into(), text);
        }
        Edit::Photo(edit) => super::photos::apply(release, edit, lang),
        version_edit => apply_to_version(release, version_edit, scope),
    }
}

/// Edits of the texts and quotes of one language version.
fn apply_to_version(release: &mut Release, edit: Edit, scope: &Scope) {
    let lang = scope.lang;
    let first_speaker = release
        .people
        .first()
        .map(|p| p.id.clone())
        .unwrap_or_default();
    let Some(version) = release.version_mut(lang) else {
        return;
    };
    match edit {
        Edit::Headline(v) => version.headline.edit(v),
        Edit::Subheadline(v) => version.subheadline.edit(v),
        Edit::DatelinePlace(v) => version.dateline.place.edit(v),
        Edit::AddParagraph => version.paragraphs.push(DraftText {
            // Its own identity, so a figure placed after it follows it when it moves.
            anchor: Some(format!("own-{}", uuid::Uuid::new_v4().simple())),
            ..DraftText::typed("")
        }),
        Edit::RemoveParagraph(i) if i < version.paragraphs.len() => {
            version.paragraphs.remove(i);
            // Quotes stay next to the paragraph they followed.
            for quote in &mut version.quotes {
                if quote.after_paragraph > i {
                    quote.after_paragraph -= 1;
                }
            }
        }
        Edit::MoveParagraph(i, direction) => {
            move_item(&mut version.paragraphs, i, direction);
        }
        Edit::AddQuote => {
            let after = version.paragraphs.len().min(1);
            version.quotes.push(Quote {
                speaker: first_speaker,
                verb: draft::attribution_verbs(lang)
                    .first()
                    .map(|v| v.to_string())
                    .unwrap_or_default(),
                after_paragraph: after,
                ..Quote::default()
            });
        }
        Edit::RemoveQuote(i) if i < version.quotes.len() => {
            version.quotes.remove(i);
        }
        Edit::MoveQuote(i, direction) => {
            move_item(&mut version.quotes, i, direction);
        }
        Edit::QuoteSpeaker(i, id) => with_quote(version, i, |q| q.speaker = id),
        Edit::QuoteSpeakerAs(i, v) => with_quote(version, i, |q| q.speaker_as = v),
        Edit::QuoteVerb(i, v) => with_quote(version, i, |q| q.verb = v),
        Edit::QuotePlacement(i, n) => with_quote(version, i, |q| q.after_paragraph = n),
        Edit::QuoteAttribution(i, style) => with_quote(version, i, |q| q.attribution = style),
        Edit::Signature(v) => version.signature = v,
        Edit::DatelineStyle(style) => {
            version.dateline.style = style;
            // An agency dateline giving the day takes it out of the lead, and back.
            draft::redraft(release, scope.template, scope.profile);
        }
        Edit::DatelineAgency(v) => version.dateline.agency = v,
        Edit::Credit(credit) => version.credit = credit,
        Edit::CreditWords(v) => version.credit_words = v,
        Edit::Byline(v) => version.byline = v,
        _ => {}
    }
}

fn with_partner(release: &mut Release, scope: &Scope, i: usize, f: impl FnOnce(&mut Partner)) {
    if let Some(partner) = release.partners.get_mut(i) {
        f(partner);
        draft::redraft(release, scope.template, scope.profile);
    }
}

fn with_stat(release: &mut Release, i: usize, f: impl FnOnce(&mut Statistic)) {
    if let Some(stat) = release.statistics.get_mut(i) {
        f(stat);
    }
}

fn with_part(release: &mut Release, i: usize, j: usize, f: impl FnOnce(&mut StatisticPart)) {
    if let Some(part) = release
        .statistics
        .get_mut(i)
        .and_then(|s| s.parts.get_mut(j))
    {
        f(part);
    }
}

fn with_quote(version: &mut crate::release::LanguageVersion, i: usize, f: impl FnOnce(&mut Quote)) {
    if let Some(quote) = version.quotes.get_mut(i) {
        f(quote);
    }
}

/// Swaps an item with its neighbour; false when it is already at that end.
fn move_item<T>(items: &mut [T], i: usize, direction: Move) -> bool {
    let j = match direction {
        Move::Up if i > 0 => i - 1,
        Move::Down if i + 1 < items.len() => i + 1,
        _ => return false,
    };
    items.swap(i, j);
    true
}

/// Typed number fields are keyed by position; after statistics move, show the stored values.
fn forget_statistics(raw: &mut BTreeMap<String, String>) {
    raw.retain(|key, _| !key.starts_with("stat."));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::TemplateSet;
    use std::str::FromStr;

    fn setup() -> (Release, Template, Profile) {
        let template = TemplateSet::built_in()
            .get("delegation-visit")
            .unwrap()
            .clone();
        let profile = Profile::default();
        let release = draft::new_release(
            &template,
            Language::Ru,
            &profile,
            jiff::civil::date(2026, 11, 28),
            jiff::Timestamp::UNIX_EPOCH,
        );
        (release, template, profile)
    }

    #[test]
    fn a_fact_redrafts_but_a_hand_edit_stays() {
        let (mut release, template, profile) = setup();
        let scope = Scope {
            template: &template,
            profile: &profile,
            lang: Language::Ru,
        };
        let mut raw = BTreeMap::new();
        apply(
            &mut release,
            Edit::Headline("Своя строка".into()),
            &scope,
            &mut raw,
        );
        apply(
            &mut release,
            Edit::Fact("origin_full".into(), "из города Мяньян".into()),
            &scope,
            &mut raw,
        );
        let ru = release.version(Language::Ru).unwrap();
        assert_eq!(ru.headline.text, "Своя строка");
        assert!(!ru.headline.is_drafted());
        assert!(
            ru.lead.text.contains("из города Мяньян"),
            "{}",
            ru.lead.text
        );
    }

    #[test]
    fn invalid_numbers_keep_the_last_good_value_and_the_typed_text() {
        let (mut release, template, profile) = setup();
        let scope = Scope {
            template: &template,
            profile: &profile,
            lang: Language::Ru,
        };
        let mut raw = BTreeMap::new();
        apply(&mut release, Edit::AddStatistic, &scope, &mut raw);
        apply(
            &mut release,
            Edit::StatValue(0, "148,9".into()),
            &scope,
            &mut raw,
        );
        apply(
            &mut release,
            Edit::StatValue(0, "148,9 млн".into()),
            &scope,
            &mut raw,
        );
        assert_eq!(
            release.statistics[0].value,
            rust_decimal::Decimal::from_str("148.9").unwrap()
        );
        assert_eq!(raw[&raw_key::stat_value(0)], "148,9 млн");
    }

    #[test]
    fn removing_a_paragraph_keeps_quotes_in_place() {
        let (mut release, template, profile) = setup();
        let scope = Scope {
            template: &template,
            profile: &profile,
            lang: Language::Ru,
        };
        let mut raw = BTreeMap::new();
        apply(&mut release, Edit::AddQuote, &scope, &mut raw);
        apply(&mut release, Edit::QuotePlacement(0, 3), &scope, &mut raw);
        apply(&mut release, Edit::RemoveParagraph(0), &scope, &mut raw);
        let ru = release.version(Language::Ru).unwrap();
        assert_eq!(ru.quotes[0].after_paragraph, 2);
        assert_eq!(ru.quotes[0].speaker, "official");
        assert_eq!(ru.quotes[0].verb, "отметил");
    }

    #[test]
    fn template_roles_cannot_be_removed_but_added_people_can() {
        let (mut release, template, profile) = setup();
        let scope = Scope {
            template: &template,
            profile: &profile,
            lang: Language::Ru,
        };
        let mut raw = BTreeMap::new();
        apply(&mut release, Edit::RemovePerson(0), &scope, &mut raw);
        assert_eq!(release.people.len(), 2);
        apply(&mut release, Edit::AddPerson, &scope, &mut raw);
        assert_eq!(release.people[2].id, "p1");
        apply(&mut release, Edit::RemovePerson(2), &scope, &mut raw);
        assert_eq!(release.people.len(), 2);
    }

    #[test]
    fn partners_are_added_named_and_removed_with_the_text_redrafted() {
        let templates = crate::template::TemplateSet::built_in();
        let template = templates.get("memorandum").unwrap().clone();
        let profile = Profile::default();
        let mut release = draft::new_release(
            &template,
            Language::En,
            &profile,
            jiff::civil::Date::new(2026, 6, 4).unwrap(),
            "2026-06-04T09:00:00Z".parse().unwrap(),
        );
        let scope = Scope {
            template: &template,
            profile: &profile,
            lang: Language::En,
        };
        let mut raw = BTreeMap::new();
        for edit in [
            Edit::Fact("our_party".into(), "the Turkestan Region Akimat".into()),
            Edit::Fact("partner_party".into(), "Kazakh Invest".into()),
            Edit::AddPartner,
            Edit::PartnerOrganisation(0, "Silk Road Cargo Hub".into()),
            Edit::PartnerCountry(0, "China".into()),
        ] {
            apply(&mut release, edit, &scope, &mut raw);
        }
        let lead = &release.versions[0].lead.text;
        assert!(
            lead.starts_with(
                "The Turkestan Region Akimat, Kazakh Invest and Silk Road Cargo Hub (China) signed"
            ),
            "{lead}"
        );
        apply(&mut release, Edit::RemovePartner(0), &scope, &mut raw);
        assert!(release.partners.is_empty());
        let lead = &release.versions[0].lead.text;
        assert!(
            lead.starts_with("The Turkestan Region Akimat and Kazakh Invest signed"),
            "{lead}"
        );
    }

    #[test]
    fn dateline_date_is_shared_and_validated() {
        let (mut release, template, profile) = setup();
        let scope = Scope {
            template: &template,
            profile: &profile,
            lang: Language::Ru,
        };
        let mut raw = BTreeMap::new();
        apply(
            &mut release,
            Edit::DatelineDate("31.11.2026".into()),
            &scope,
            &mut raw,
        );
        assert_eq!(
            release.versions[0].dateline.date,
            Some(jiff::civil::date(2026, 11, 28))
        );
        apply(
            &mut release,
            Edit::DatelineDate("01.12.2026".into()),
            &scope,
            &mut raw,
        );
        assert_eq!(
            release.versions[0].dateline.date,
            Some(jiff::civil::date(2026, 12, 1))
        );
    }
}
