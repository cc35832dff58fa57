//! Drafting text from facts: starting a release from a template, redrafting after a fact
//! changes, and adding a language version drafted from the same facts.
//!
//! Only text still marked as drafted is ever rewritten; text the user edited is theirs.

use std::borrow::Cow;

use jiff::Timestamp;
use jiff::civil::Date;
use uuid::Uuid;

use crate::language::dates::{self, KazakhDateStyle};
use crate::language::figures::{parse_figure, parse_number};
use crate::language::gender::Gender;
use crate::language::harmony::{self, Case};
use crate::language::plural;
use crate::language::units;
use crate::language::{Language, Localized};
use crate::pattern::{Pattern, Values};
use crate::profile::Profile;
use crate::release::written_partner;
use crate::release::{
    CURRENT_VERSION, Dateline, DatelineStyle, DraftText, FactValue, LanguageVersion, Person,
    Release, Status,
};
use crate::template::{
    FieldKind, PARTNERS, PARTNERS_AND, PARTNERS_HEADLINE, SPELLED, SPELLED_CAPITAL, Template,
};

/// Attribution verbs offered for quotes, most used first.
pub fn attribution_verbs(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::Ru => &[
            "отметил",
            "отметила",
            "подчеркнул",
            "подчеркнула",
            "добавил",
            "добавила",
            "сказал",
            "сказала",
            "заявил",
            "заявила",
            "сообщил",
            "сообщила",
        ],
        Language::Kk => &[
            "деді",
            "деп атап өтті",
            "деп қосты",
            "деп мәлімдеді",
            "деп тоқталды",
        ],
        Language::En => &["said", "noted", "added", "stressed", "announced"],
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    #[error("the release already has a {0} version")]
    VersionExists(Language),
}

/// A new release of `template`'s genre with one version in `lang`, drafted from empty
/// facts (so the drafts show what to fill in) and dated `today`.
pub fn new_release(
    template: &Template,
    lang: Language,
    profile: &Profile,
    today: Date,
    now: Timestamp,
) -> Release {
    let facts = template
        .facts
        .iter()
        .map(|spec| {
            let value = match spec.kind {
                FieldKind::Text => FactValue::PerLanguage(Localized::new()),
                FieldKind::Date | FieldKind::Shared | FieldKind::Switch | FieldKind::Figure => {
                    FactValue::Shared(String::new())
                }
            };
            (spec.id.clone(), value)
        })
        .collect();
    let people = template
        .people
        .iter()
        .map(|role| Person {
            id: role.id.clone(),
            ..Person::default()
        })
        .collect();
    let mut release = Release {
        version: CURRENT_VERSION,
        id: Uuid::new_v4(),
        template: template.id.clone(),
        status: Status::Draft,
        embargo: None,
        created: now,
        modified: now,
        tags: Vec::new(),
        facts,
        people,
        partners: Vec::new(),
        statistics: Vec::new(),
        versions: Vec::new(),
        photos: Vec::new(),
        imported: None,
    };
    let version = draft_version(&release, template, lang, profile, Some(today));
    release.versions.push(version);
    release
}

/// Adds a version in `lang` drafted from the release's facts. Quotes keep their speakers
/// and places with empty text, to be written in the new language.
pub fn add_version(
    release: &mut Release,
    template: &Template,
    lang: Language,
    profile: &Profile,
) -> Result<(), DraftError> {
    if release.version(lang).is_some() {
        return Err(DraftError::VersionExists(lang));
    }
    let date = release.versions.iter().find_map(|v| v.dateline.date);
    let mut version = draft_version(release, template, lang, profile, date);
    if let Some(original) = release.versions.first() {
        let verb = attribution_verbs(lang)[0];
        version.quotes = original
            .quotes
            .iter()
            .map(|q| crate::release::Quote {
                text: String::new(),
                verb: verb.to_string(),
                speaker_as: String::new(),
                ..q.clone()
            })
            .collect();
    }
    release.versions.push(version);
    Ok(())
}

/// Redrafts every text still marked as drafted, in every version, from the current facts.
/// Returns how many texts changed.
pub fn redraft(release: &mut Release, template: &Template, profile: &Profile) -> usize {
    let mut changed = 0;
    for i in 0..release.versions.len() {
        let lang = release.versions[i].language;
        let Some(drafts) = template.drafts_for(lang) else {
            continue;
        };
        // Fill against a snapshot: drafting reads facts, not other drafted texts.
        let snapshot = release.clone();
        let version = &mut release.versions[i];
        let mut texts: Vec<&mut DraftText> = vec![
            &mut version.headline,
            &mut version.subheadline,
            &mut version.lead,
            &mut version.background,
            &mut version.dateline.place,
        ];
        texts.extend(version.paragraphs.iter_mut());
        for text in texts {
            let Some(key) = text.drafted_from.clone() else {
                continue;
            };
            let Some(pattern) = drafts.pattern(&key) else {
                continue;
            };
            let fresh = fill(pattern, &snapshot, template, lang, profile);
            if fresh != text.text {
                text.text = fresh;
                changed += 1;
            }
        }
    }
    changed
}

/// Writes every date fact that can be read in the one form the forms show and files store
/// (`05.12.2026`, `03.12.2026–05.12.2026`), however it was typed («5 декабря 2026»,
/// `2026-12-05`). A date that cannot be read is left as typed for the checks to point at.
/// Returns how many facts changed. Called on save, not while typing.
pub fn normalise_dates(release: &mut Release, template: &Template) -> usize {
    let mut changed = 0;
    for spec in template.facts.iter().filter(|s| s.kind == FieldKind::Date) {
        let Some(FactValue::Shared(text)) = release.facts.get_mut(&spec.id) else {
            continue;
        };
        if let Some(span) = dates::parse_span(text) {
            let canonical = dates::span_for_form(span);
            if *text != canonical {
                *text = canonical;
                changed += 1;
            }
        }
    }
    changed
}

/// Sets a fact for `lang` (or for all languages when the fact is shared), then redrafts.
pub fn set_fact(
    release: &mut Release,
    template: &Template,
    profile: &Profile,
    id: &str,
    lang: Language,
    value: &str,
) {
    let shared = template
        .fact(id)
        .is_some_and(|spec| spec.kind != FieldKind::Text);
    let entry = release.facts.entry(id.to_string()).or_insert_with(|| {
        if shared {
            FactValue::Shared(String::new())
        } else {
            FactValue::PerLanguage(Localized::new())
        }
    });
    match entry {
        FactValue::Shared(v) => *v = value.to_string(),
        FactValue::PerLanguage(values) => values.set(lang, value),
    }
    redraft(release, template, profile);
}

fn draft_version(
    release: &Release,
    template: &Template,
    lang: Language,
    profile: &Profile,
    date: Option<Date>,
) -> LanguageVersion {
    let mut version = LanguageVersion::empty(lang);
    version.dateline = Dateline {
        place: DraftText::typed(profile.city.get(lang)),
        date,
        ..Dateline::default()
    };
    let Some(drafts) = template.drafts_for(lang) else {
        return version;
    };
    let drafted = |key: &str, pattern: &str| DraftText {
        text: fill(pattern, release, template, lang, profile),
        drafted_from: Some(key.to_string()),
        anchor: None,
    };
    let slots: [(&mut DraftText, &str, &str); 4] = [
        (&mut version.headline, "headline", &drafts.headline),
        (&mut version.subheadline, "subheadline", &drafts.subheadline),
        (&mut version.lead, "lead", &drafts.lead),
        (&mut version.background, "background", &drafts.background),
    ];
    for (field, key, pattern) in slots {
        if !pattern.trim().is_empty() {
            *field = drafted(key, pattern);
        }
    }
    if !drafts.dateline_place.trim().is_empty() {
        version.dateline.place = drafted("dateline_place", &drafts.dateline_place);
    }
    version.paragraphs = drafts
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, pattern)| {
            let key = format!("paragraph.{i}");
            DraftText {
                anchor: Some(key.clone()),
                ..drafted(&key, pattern)
            }
        })
        .collect();
    version
}

/// Fills one pattern from the release's facts. A pattern that fails to parse (only possible
/// for a template that skipped validation) is left as typed rather than lost.
fn fill(
    pattern: &str,
    release: &Release,
    template: &Template,
    lang: Language,
    profile: &Profile,
) -> String {
    let adapted = without_repeated_day_word(pattern, release, template, lang, profile);
    let Ok(pattern) = Pattern::parse(&adapted) else {
        return pattern.to_string();
    };
    pattern.fill(&FactValues {
        release,
        template,
        lang,
        profile,
    })
}

/// A release's facts as one language version's patterns read them.
struct FactValues<'a> {
    release: &'a Release,
    template: &'a Template,
    lang: Language,
    profile: &'a Profile,
}

impl FactValues<'_> {
    /// The release's own date is left out of the lead when an agency dateline opening it
    /// already gives that day: «ШЫМКЕНТ, 14 ноября — Аким … встретился», not «… 14 ноября
    /// 2025 года встретился». A run of days or another day is still written.
    fn date_given_by_dateline(&self, name: &str) -> bool {
        if name != "date" {
            return false;
        }
        let Some(version) = self.release.version(self.lang) else {
            return false;
        };
        let dateline = &version.dateline;
        dateline.style == DatelineStyle::InLead
            && dateline.date.is_some_and(|day| {
                dates::parse_span(self.release.fact(name, self.lang))
                    .is_some_and(|span| span.start == day && span.end == day)
            })
    }
}

impl Values for FactValues<'_> {
    fn value(&self, name: &str) -> String {
        if self.date_given_by_dateline(name) {
            return String::new();
        }
        slot_value(name, self.release, self.template, self.lang, self.profile)
    }

    fn inside_sentence(&self, name: &str, text: &str) -> String {
        if name.ends_with(".position") {
            position_inside_sentence(text, self.lang)
        } else {
            text.to_string()
        }
    }

    fn awaited(&self, name: &str) -> bool {
        if name.starts_with(PARTNERS) {
            return partner_list(self.release, self.lang).is_empty();
        }
        self.template.fact(name).is_some_and(|spec| spec.required)
            && !self.date_given_by_dateline(name)
            && self.release.fact(name, self.lang).trim().is_empty()
    }

    /// - a person (`{official:встретился|встретилась}`): by their gender, masculine when
    ///   neither set nor suggested by the name;
    /// - a switch (`{thanks:…}`): its one form when on, nothing when off;
    /// - a Kazakh case code (`{destination:dat}`): the value in that case;
    /// - a number (`{count:меморандум|меморандума|меморандумов}`): by its plural category;
    /// - a date (`{date:one day|several days}`): by whether it is a run of days.
    fn choose(&self, name: &str, forms: &[String]) -> String {
        if let Some(person) = self.release.person(name) {
            let gender = person.gender().unwrap_or(Gender::Masculine);
            let index = match gender {
                Gender::Masculine => 0,
                Gender::Feminine => 1,
            };
            return forms
                .get(index)
                .or(forms.first())
                .cloned()
                .unwrap_or_default();
        }
        if self.template.fact(name).map(|spec| spec.kind) == Some(FieldKind::Switch) {
            return if is_on(self.release.fact(name, self.lang)) {
                forms.first().cloned().unwrap_or_default()
            } else {
                String::new()
            };
        }
        if self.template.fact(name).map(|spec| spec.kind) == Some(FieldKind::Figure)
            && let Some((value, quantity, qualifier)) =
                typed_figure(self.release.fact(name, self.lang))
        {
            return match forms {
                [code] if code == "acc" && self.lang == Language::Kk => {
                    units::kazakh_object(value, &quantity, qualifier)
                }
                [code] if Case::from_code(code).is_some() => self.value(name),
                [exact, qualified] => match qualifier {
                    None | Some(units::Qualifier::About) => exact.clone(),
                    Some(_) => qualified.clone(),
                },
                _ => forms.first().cloned().unwrap_or_default(),
            };
        }
        if name == PARTNERS && forms.len() == 2 {
            let several = partner_list(self.release, self.lang).len() > 1;
            return forms[usize::from(several)].clone();
        }
        if self.template.fact(name).map(|spec| spec.kind) == Some(FieldKind::Date)
            && forms.len() == 2
        {
            // A date chooses between a sentence for one day and one for a run of days.
            let several_days = dates::parse_span(self.release.fact(name, self.lang))
                .is_some_and(|span| span.start != span.end);
            return forms[usize::from(several_days)].clone();
        }
        let value = self.value(name);
        if value.trim().is_empty() {
            // An empty count is one thing: «Документ предусматривает» until the user says
            // how many. A case code of an empty value has nothing to put in the case.
            return if forms.len() >= 2 {
                forms[0].clone()
            } else {
                String::new()
            };
        }
        if let [code] = forms
            && let Some(case) = Case::from_code(code)
        {
            return match self.lang {
                Language::Kk => harmony::attach(&value, case),
                _ => value,
            };
        }
        // A count chooses by the number as typed, not as grouped for the text.
        let raw = self.release.fact(name, self.lang);
        let count = if self.template.fact(name).is_some() && !raw.trim().is_empty() {
            raw.trim()
        } else {
            value.trim()
        };
        let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
        plural::choose(self.lang, count, &forms).to_string()
    }

    fn placeholder(&self, name: &str) -> String {
        format!("[{}]", self.template.slot_label(name, self.lang))
    }
}

/// Whether a switch fact is on. Release files written by hand may say it in any of the
/// usual ways.
pub fn is_on(value: &str) -> bool {
    matches!(
        value.trim().to_lowercase().as_str(),
        "on" | "yes" | "true" | "1" | "да" | "иә" | "вкл"
    )
}

/// Kazakh templates write «{date} күні» («on the day 28 November»). A date in the locative
/// («2026 жылғы 28 қарашада») already says «on», so there «күні» is left out after every date
/// slot that will be written out as a date; a run of days («3–5 желтоқсан») is not one day,
/// so there «күні» becomes «аралығында» («in the days 3–5 December»).
fn without_repeated_day_word<'p>(
    pattern: &'p str,
    release: &Release,
    template: &Template,
    lang: Language,
    profile: &Profile,
) -> Cow<'p, str> {
    const DAY_WORD: &str = " күні";
    if lang != Language::Kk || !pattern.contains(DAY_WORD) {
        return Cow::Borrowed(pattern);
    }
    let locative = profile.kazakh_date == KazakhDateStyle::YearFirstLocative;
    let span_of = |slot: &str| match template.fact(slot) {
        Some(spec) if spec.kind == FieldKind::Date => dates::parse_span(release.fact(slot, lang)),
        Some(_) => None,
        None if slot == "today" => {
            release
                .versions
                .iter()
                .find_map(|v| v.dateline.date)
                .map(|date| dates::DateSpan {
                    start: date,
                    end: date,
                })
        }
        None => None,
    };
    let Ok(parsed) = Pattern::parse(pattern) else {
        return Cow::Borrowed(pattern);
    };
    let mut text = pattern.to_string();
    for slot in parsed.slots() {
        let Some(span) = span_of(slot) else {
            continue;
        };
        let with_word = format!("{{{slot}}}{DAY_WORD}");
        if locative {
            text = text.replace(&with_word, &format!("{{{slot}}}"));
        } else if span.start != span.end {
            text = text.replace(&with_word, &format!("{{{slot}}} аралығында"));
        }
    }
    Cow::Owned(text)
}

fn slot_value(
    slot: &str,
    release: &Release,
    template: &Template,
    lang: Language,
    profile: &Profile,
) -> String {
    if let Some(spec) = template.fact(slot) {
        let raw = release.fact(slot, lang);
        return match spec.kind {
            FieldKind::Date => dates::parse_span(raw)
                .map(|span| dates::span_in_text(span, lang, profile.kazakh_date))
                .unwrap_or_else(|| raw.to_string()),
            FieldKind::Figure => typed_figure(raw)
                .map(|(value, quantity, qualifier)| {
                    units::format_qualified(value, &quantity, qualifier, lang)
                })
                .unwrap_or_else(|| raw.to_string()),
            // A number typed in a shared field is written as the language groups it:
            // «1200 рабочих мест», "1,200 jobs". A year stays as typed: "since 2022".
            FieldKind::Shared => parse_number(raw, Language::Ru)
                .filter(|_| !looks_like_year(raw))
                .map(|n| units::format_number(n, lang))
                .unwrap_or_else(|| raw.to_string()),
            _ => raw.to_string(),
        };
    }
    if let Some((fact, form @ (SPELLED | SPELLED_CAPITAL))) = slot.split_once('.')
        && template.fact(fact).is_some()
    {
        let raw = release.fact(fact, lang).trim();
        let spelled = units::small_number_in_words(raw, lang)
            .unwrap_or(raw)
            .to_string();
        return if form == SPELLED_CAPITAL {
            crate::language::capitalise(&spelled)
        } else {
            spelled
        };
    }
    match slot {
        PARTNERS_AND => return continuing_list(&partner_list(release, lang), lang, false),
        PARTNERS_HEADLINE => {
            let partners = partner_list(release, lang);
            let together = release.fact("headline_partners", lang).trim();
            return if partners.len() > 1 && !together.is_empty() {
                together.to_string()
            } else {
                continuing_list(&partners, lang, false)
                    .trim_start_matches([',', ' '])
                    .trim_start_matches(and_word(lang))
                    .trim_start()
                    .to_string()
            };
        }
        "organisation" => return profile.organisation.get(lang).to_string(),
        "city" => return profile.city.get(lang).to_string(),
        "today" => {
            let today = release.versions.iter().find_map(|v| v.dateline.date);
            return today
                .map(|d| dates::in_text(d, lang, profile.kazakh_date))
                .unwrap_or_default();
        }
        _ => {}
    }
    match slot.split_once('.') {
        Some((role, crate::template::ALL_OF_ROLE)) => {
            return everyone_in_role(release, role, lang, false);
        }
        Some((role, crate::template::AND_ROLE)) => {
            return everyone_in_role(release, role, lang, true);
        }
        _ => {}
    }
    if let Some((role, field)) = slot.split_once('.')
        && let Some(person) = release.person(role)
    {
        let full_name = || {
            // Kazakh versions usually spell names as the Russian one does.
            if lang == Language::Kk && person.name.get(lang).trim().is_empty() {
                person.name.get(Language::Ru).to_string()
            } else {
                person.name.get(lang).to_string()
            }
        };
        return match field {
            "name" => full_name(),
            "short" if !person.short_name.get(lang).trim().is_empty() => {
                person.short_name.get(lang).to_string()
            }
            "short" => full_name(),
            "position" => person.position.get(lang).to_string(),
            _ => String::new(),
        };
    }
    String::new()
}

fn looks_like_year(text: &str) -> bool {
    let text = text.trim();
    text.len() == 4 && (text.starts_with("19") || text.starts_with("20"))
}

/// A figure typed into a [`FieldKind::Figure`] fact: its value, scale and unit, and its
/// qualifier («более», "about", «астам»). `None` when the text is not one figure.
fn typed_figure(
    text: &str,
) -> Option<(
    rust_decimal::Decimal,
    units::Quantity,
    Option<units::Qualifier>,
)> {
    let (qualifier, rest) = units::Qualifier::split_from(text);
    [Language::Ru, Language::En, Language::Kk]
        .into_iter()
        .find_map(|lang| parse_figure(rest, lang))
        .map(|figure| (figure.value, figure.quantity(), qualifier))
}

/// The partner organisations as written: the template's first partner, then the others.
fn partner_list(release: &Release, lang: Language) -> Vec<String> {
    let first = written_partner(
        release.fact("partner_party", lang),
        release.fact("partner_region", lang),
        release.fact("partner_country", lang),
    );
    std::iter::once(first)
        .chain(release.partners.iter().map(|p| p.in_text(lang)))
        .filter(|partner| !partner.is_empty())
        .collect()
}

fn and_word(lang: Language) -> &'static str {
    match lang {
        Language::Ru => "и",
        Language::Kk => "және",
        Language::En => "and",
    }
}

/// Items continuing a list begun before them: « и A» for one, «, A, B и C» for several.
/// English separates items that carry commas of their own with semicolons ("; A; and B").
fn continuing_list(items: &[String], lang: Language, items_have_commas: bool) -> String {
    let and = and_word(lang);
    match items {
        [] => String::new(),
        [one] if items_have_commas => format!(", {and} {one}"),
        [one] => format!(" {and} {one}"),
        [init @ .., last] if items_have_commas => {
            format!("; {}; {and} {last}", init.join("; "))
        }
        [init @ .., last] => format!(", {} {and} {last}", init.join(", ")),
    }
}

/// Everyone filling a role, as one list: ru/kk «position name», en "name, position";
/// joined «A, B и C», «A, B және C», "A; B; and C" (English positions carry commas).
/// `continuing` a list begun before it: « и A» for one, «, A, B и C» for several, and in
/// English ", and A, position" or "; A; B; and C".
fn everyone_in_role(release: &Release, role: &str, lang: Language, continuing: bool) -> String {
    let items: Vec<String> = release
        .people_in_role(role)
        .into_iter()
        .map(|person| {
            let mut name = person.name.get(lang).trim();
            if name.is_empty() && lang == Language::Kk {
                name = person.name.get(Language::Ru).trim();
            }
            let position = person.position.get(lang).trim();
            match (lang, position.is_empty(), name.is_empty()) {
                (_, true, _) => name.to_string(),
                (_, false, true) => position_inside_sentence(position, lang),
                (Language::En, false, false) => format!("{name}, {position}"),
                (_, false, false) => {
                    format!("{} {name}", position_inside_sentence(position, lang))
                }
            }
        })
        .filter(|item| !item.is_empty())
        .collect();
    let commas = lang == Language::En && items.iter().any(|item| item.contains(','));
    if continuing {
        return continuing_list(&items, lang, commas);
    }
    match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{first}{}", continuing_list(rest, lang, commas)),
    }
}

/// A Russian position typed to open a sentence («Аким Туркестанской области») loses its
/// capital inside one («подписали аким Туркестанской области …»). Kazakh positions open
/// with a place name and English ones are titles: they stay as typed, and so does an
/// abbreviation («ТОО …»).
pub fn position_inside_sentence(position: &str, lang: Language) -> String {
    let mut chars = position.chars();
    match (lang, chars.next(), chars.next()) {
        (Language::Ru, Some(first), Some(second))
            if first.is_uppercase() && second.is_lowercase() =>
        {
            first
                .to_lowercase()
                .chain(position.chars().skip(1))
                .collect()
        }
        _ => position.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::TemplateSet;

    fn lead_of_a_memorandum(kazakh_date: KazakhDateStyle, date: &str) -> String {
        let templates = TemplateSet::built_in();
        let template = templates.get("memorandum").expect("a built-in template");
        let profile = Profile {
            kazakh_date,
            ..Profile::default()
        };
        let today = Date::new(2026, 11, 28).unwrap();
        let now: Timestamp = "2026-11-28T09:00:00Z".parse().unwrap();
        let mut release = new_release(template, Language::Kk, &profile, today, now);
        set_fact(&mut release, template, &profile, "date", Language::Kk, date);
        release.versions[0].lead.text.replace('\u{a0}', " ")
    }

    #[test]
    fn kazakh_drafts_write_the_date_in_the_chosen_style() {
        let lead = lead_of_a_memorandum(KazakhDateStyle::YearFirst, "2026-11-28");
        assert!(lead.starts_with("2026 жылғы 28 қараша күні "), "{lead}");
        let lead = lead_of_a_memorandum(KazakhDateStyle::DayFirst, "28.11.2026");
        assert!(lead.starts_with("28 қараша 2026 ж. күні "), "{lead}");
    }

    #[test]
    fn a_locative_date_drops_the_day_word_the_template_adds() {
        let lead = lead_of_a_memorandum(KazakhDateStyle::YearFirstLocative, "2026-11-28");
        assert!(lead.starts_with("2026 жылғы 28 қарашада "), "{lead}");
        assert!(!lead.contains("күні"), "{lead}");
        // A date that cannot be read is written as typed, and keeps its «күні».
        let lead = lead_of_a_memorandum(KazakhDateStyle::YearFirstLocative, "28-29 қараша");
        assert!(lead.starts_with("28-29 қараша күні "), "{lead}");
    }
}
