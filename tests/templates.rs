//! The built-in genre templates and drafting from them. User templates are in
//! `templates_user.rs`, the sample releases in `templates_samples.rs`.

use std::collections::BTreeSet;

use pressdesk::draft::{add_version, new_release, redraft, set_fact};
use pressdesk::language::Language;
use pressdesk::language::dates;
use pressdesk::pattern::Pattern;
use pressdesk::profile::Profile;
use pressdesk::release::{DraftText, FactValue, LanguageVersion, Release};
use pressdesk::template::{FieldKind, Template};

mod templates_support;

use templates_support::*;

/// The texts of a version that are still drafted, with the pattern key they follow.
fn drafted_texts(version: &LanguageVersion) -> Vec<(String, &DraftText)> {
    let mut texts = vec![
        &version.headline,
        &version.subheadline,
        &version.lead,
        &version.background,
        &version.dateline.place,
    ];
    texts.extend(version.paragraphs.iter());
    texts
        .into_iter()
        .filter_map(|t| t.drafted_from.clone().map(|key| (key, t)))
        .collect()
}

/// The text of a version that a pattern key names: `headline`, `paragraph.2`, ...
fn text_mut<'a>(version: &'a mut LanguageVersion, key: &str) -> &'a mut DraftText {
    match key {
        "headline" => &mut version.headline,
        "subheadline" => &mut version.subheadline,
        "lead" => &mut version.lead,
        "background" => &mut version.background,
        "dateline_place" => &mut version.dateline.place,
        _ => {
            let i: usize = key.strip_prefix("paragraph.").unwrap().parse().unwrap();
            &mut version.paragraphs[i]
        }
    }
}

fn all_drafted_text(version: &LanguageVersion) -> String {
    drafted_texts(version)
        .iter()
        .map(|(_, t)| t.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Names a language's patterns use, e.g. `origin_full`, `host.name`.
fn slots_used(template: &Template, lang: Language) -> BTreeSet<String> {
    let drafts = template.drafts.get(&lang).expect("drafts for the language");
    let mut used: BTreeSet<String> = drafts
        .patterns()
        .iter()
        .flat_map(|(_, text)| {
            Pattern::parse(text)
                .unwrap()
                .slots()
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    // The partner list is written from the first partner's facts and, with several
    // partners, the headline names them by `headline_partners`.
    if used.iter().any(|slot| slot.starts_with("partners")) {
        for fact in [
            "partner_party",
            "partner_region",
            "partner_country",
            "headline_partners",
        ] {
            used.insert(fact.to_string());
        }
    }
    used
}

/// How a fact's value reads in drafted text: dates are written out per language (in the
/// default Kazakh style, which the fixture profile keeps).
fn as_written(template: &Template, id: &str, raw: &str, lang: Language) -> String {
    match template.fact(id).map(|f| f.kind) {
        Some(FieldKind::Date) => dates::in_text(
            dates::parse_typed(raw).unwrap_or_else(|| panic!("{id}: «{raw}» is not a date")),
            lang,
            dates::KazakhDateStyle::default(),
        ),
        // A figure is written in each language's own way; its number is in the text.
        Some(FieldKind::Figure) => raw
            .split_whitespace()
            .find(|word| word.starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(raw)
            .to_string(),
        // English news copy spells counts one to nine: "three memoranda".
        _ if lang == Language::En && id.ends_with("count") && raw.trim() == "3" => {
            "three".to_string()
        }
        _ => raw.trim().to_string(),
    }
}

/// A new `lang` release of `template` with every fact and person filled in from the sample
/// release of that template and language, the way the form does it (`set_fact`).
fn filled_release(template: &Template, lang: Language) -> (Release, Release) {
    let sample = fixture(&template.id, lang);
    let profile = profile();
    let mut release = new_release(template, lang, &profile, today(), now());
    // Switches (formulaic sentences) stay off, as in a new release.
    for spec in template
        .facts
        .iter()
        .filter(|s| s.kind != FieldKind::Switch)
    {
        let value = sample.fact(&spec.id, lang);
        assert!(
            !value.trim().is_empty(),
            "the {} {lang} sample leaves «{}» empty",
            template.id,
            spec.id
        );
        set_fact(&mut release, template, &profile, &spec.id, lang, value);
    }
    for person in &mut release.people {
        let from = sample
            .person(&person.id)
            .unwrap_or_else(|| panic!("the {} sample has no «{}»", template.id, person.id));
        person.name.set(lang, from.name.get(lang));
        person.position.set(lang, from.position.get(lang));
    }
    // Partners after the first are rows of their own in the form.
    release.partners = sample.partners.clone();
    redraft(&mut release, template, &profile);
    (release, sample)
}

// ---------------------------------------------------------------- the templates themselves

#[test]
fn five_built_in_templates_parse_and_validate() {
    let set = built_in();
    assert_eq!(set.templates.len(), 5);
    let ids: BTreeSet<&str> = set.ids().into_iter().collect();
    assert_eq!(ids, IDS.into_iter().collect());
    for template in &set.templates {
        template.validate().unwrap();
        assert_eq!(template.version, 1, "{}", template.id);
        for lang in Language::ALL {
            assert!(
                !template.name.get(lang).trim().is_empty(),
                "{} name {lang}",
                template.id
            );
            assert!(
                !template.description.get(lang).trim().is_empty(),
                "{} description {lang}",
                template.id
            );
            for fact in &template.facts {
                assert!(
                    !fact.label.get(lang).trim().is_empty(),
                    "{}.{} label {lang}",
                    template.id,
                    fact.id
                );
                assert!(
                    !fact.hint.get(lang).trim().is_empty(),
                    "{}.{} hint {lang}",
                    template.id,
                    fact.id
                );
            }
            for role in &template.people {
                assert!(
                    !role.label.get(lang).trim().is_empty(),
                    "{}.{} label {lang}",
                    template.id,
                    role.id
                );
                assert!(
                    !role.hint.get(lang).trim().is_empty(),
                    "{}.{} hint {lang}",
                    template.id,
                    role.id
                );
            }
        }
    }
}

#[test]
fn blank_has_no_facts_and_drafts_nothing() {
    let set = built_in();
    let blank = set.get("blank").unwrap();
    assert!(blank.facts.is_empty() && blank.people.is_empty());
    for lang in Language::ALL {
        let release = new_release(blank, lang, &profile(), today(), now());
        let v = &release.versions[0];
        assert!(v.headline.text.is_empty() && v.lead.text.is_empty());
        assert!(v.paragraphs.is_empty());
        assert!(drafted_texts(v).is_empty());
        assert_eq!(v.dateline.place.text, profile().city.get(lang));
    }
}

#[test]
fn drafting_templates_have_every_part_in_every_language() {
    for template in drafting_templates() {
        for lang in Language::ALL {
            let drafts = template
                .drafts
                .get(&lang)
                .unwrap_or_else(|| panic!("{} has no {lang} drafts", template.id));
            assert!(
                !drafts.headline.trim().is_empty(),
                "{} {lang} headline",
                template.id
            );
            assert!(
                !drafts.lead.trim().is_empty(),
                "{} {lang} lead",
                template.id
            );
            assert!(
                (2..=5).contains(&drafts.paragraphs.len()),
                "{} {lang}: {} paragraphs",
                template.id,
                drafts.paragraphs.len()
            );
            // The template asks only for facts its text uses, in every language.
            let used = slots_used(&template, lang);
            for fact in &template.facts {
                assert!(
                    used.contains(&fact.id),
                    "{} {lang} never uses «{}»",
                    template.id,
                    fact.id
                );
            }
        }
    }
    let trip = built_in().get("working-trip").cloned().unwrap();
    for lang in Language::ALL {
        assert_eq!(trip.drafts[&lang].dateline_place, "{destination_city}");
    }
}

// ---------------------------------------------------------------- drafting

#[test]
fn filled_facts_draft_complete_text_in_every_template_and_language() {
    for template in drafting_templates() {
        for lang in Language::ALL {
            let (release, sample) = filled_release(&template, lang);
            let v = release.version(lang).unwrap();
            let what = format!("{} {lang}", template.id);
            assert!(!v.headline.text.trim().is_empty(), "{what}: headline");
            assert!(!v.lead.text.trim().is_empty(), "{what}: lead");
            assert!(
                v.paragraphs.iter().any(|p| !p.text.trim().is_empty()),
                "{what}: paragraphs"
            );
            let headline_chars = v.headline.text.chars().count();
            assert!(
                (40..=120).contains(&headline_chars),
                "{what}: headline of {headline_chars} characters: {}",
                v.headline.text
            );
            assert!(v.lead.text.ends_with('.'), "{what}: lead «{}»", v.lead.text);

            let text = all_drafted_text(v);
            assert!(
                !text.contains('[') && !text.contains(']'),
                "{what}: a placeholder is left:\n{text}"
            );
            for spec in template
                .facts
                .iter()
                .filter(|s| s.kind != FieldKind::Switch)
            {
                let value = as_written(&template, &spec.id, sample.fact(&spec.id, lang), lang);
                assert!(
                    text.to_lowercase().contains(&value.to_lowercase()),
                    "{what}: «{}» = «{value}» is missing:\n{text}",
                    spec.id
                );
            }
            let used = slots_used(&template, lang);
            for person in &release.people {
                for (field, value) in [
                    ("name", person.name.get(lang)),
                    ("position", person.position.get(lang)),
                ] {
                    // A Russian position loses its capital inside a sentence.
                    if used.contains(&format!("{}.{field}", person.id)) {
                        assert!(
                            text.to_lowercase().contains(&value.to_lowercase()),
                            "{what}: {}.{field} «{value}» is missing",
                            person.id
                        );
                    }
                }
            }
            if template.id == "working-trip" {
                assert_eq!(v.dateline.place.text, sample.fact("destination_city", lang));
            }
        }
    }
}

#[test]
fn empty_facts_show_required_labels_and_drop_optional_parts() {
    for template in drafting_templates() {
        for lang in Language::ALL {
            let release = new_release(&template, lang, &Profile::default(), today(), now());
            let text = all_drafted_text(&release.versions[0]);
            let what = format!("{} {lang}", template.id);
            for fact in &template.facts {
                let placeholder = format!("[{}]", fact.label.get(lang));
                if fact.required {
                    assert!(
                        text.contains(&placeholder),
                        "{what}: no {placeholder}:\n{text}"
                    );
                } else {
                    // Optional facts sit in optional parts: an empty one leaves no trace.
                    assert!(
                        !text.contains(&placeholder),
                        "{what}: optional {placeholder} shown:\n{text}"
                    );
                }
            }
            for role in template.people.iter().filter(|r| r.required) {
                // A role of several people is written as one list: `{counterpart.all}`.
                let field = if role.several { "all" } else { "name" };
                let placeholder = format!(
                    "[{}]",
                    template.slot_label(&format!("{}.{field}", role.id), lang)
                );
                assert!(
                    text.contains(&placeholder),
                    "{what}: no {placeholder}:\n{text}"
                );
            }
            assert!(
                !text.contains("  "),
                "{what}: doubled space left by a dropped part:\n{text}"
            );
        }
    }
}

#[test]
fn a_date_typed_either_way_is_written_the_same() {
    let set = built_in();
    let template = set.get("delegation-visit").unwrap();
    let profile = profile();
    let mut iso = new_release(template, Language::Ru, &profile, today(), now());
    let mut dotted = iso.clone();
    set_fact(
        &mut iso,
        template,
        &profile,
        "date",
        Language::Ru,
        "2025-09-18",
    );
    set_fact(
        &mut dotted,
        template,
        &profile,
        "date",
        Language::Ru,
        "18.09.2025",
    );
    assert_eq!(iso.versions[0].lead.text, dotted.versions[0].lead.text);
    assert!(
        iso.versions[0]
            .lead
            .text
            .contains("18\u{a0}сентября 2025\u{a0}года")
    );
}

#[test]
fn hand_edited_text_stays_while_other_drafts_follow_the_fact() {
    let profile = profile();
    for template in drafting_templates() {
        for lang in Language::ALL {
            let what = format!("{} {lang}", template.id);
            let drafts = &template.drafts[&lang];
            // A text fact that two patterns use, so one text is edited while the other
            // follows; where every fact is used once (a genre that repeats nothing), a fact
            // whose one text is edited.
            let using = |f: &&pressdesk::template::FieldSpec| -> (String, Vec<String>) {
                let keys = drafts
                    .patterns()
                    .into_iter()
                    .filter(|(_, p)| Pattern::parse(p).unwrap().slots().contains(&f.id.as_str()))
                    .map(|(k, _)| k)
                    .collect();
                (f.id.clone(), keys)
            };
            let text_facts: Vec<_> = template
                .facts
                .iter()
                .filter(|f| f.kind == FieldKind::Text)
                .map(|f| using(&f))
                .filter(|(_, keys)| !keys.is_empty())
                .collect();
            let (fact, keys) = text_facts
                .iter()
                .find(|(_, keys)| keys.len() >= 2)
                .or_else(|| text_facts.first())
                .cloned()
                .unwrap_or_else(|| panic!("{what}: no text fact is drafted"));

            let (mut release, _) = filled_release(&template, lang);
            let mine = "Текст, написанный вручную.";
            text_mut(release.version_mut(lang).unwrap(), &keys[0]).edit(mine);
            let fresh = "НОВОЕ ЗНАЧЕНИЕ";
            set_fact(&mut release, &template, &profile, &fact, lang, fresh);
            let v = release.version(lang).unwrap();
            let edited: Vec<&DraftText> = [&v.headline, &v.lead, &v.background, &v.dateline.place]
                .into_iter()
                .chain(v.paragraphs.iter())
                .filter(|t| t.text == mine)
                .collect();
            assert_eq!(edited.len(), 1, "{what}: the edited text was lost");
            assert!(
                !edited[0].is_drafted(),
                "{what}: the edited text is still marked drafted"
            );
            for (key, text) in drafted_texts(v) {
                if keys[1..].contains(&key) {
                    assert!(
                        text.text.contains(fresh),
                        "{what}: {key} did not follow «{fact}»: {}",
                        text.text
                    );
                }
            }
            // And a redraft on its own changes nothing more.
            let mut again = release.clone();
            assert_eq!(redraft(&mut again, &template, &profile), 0, "{what}");
        }
    }
}

#[test]
fn add_version_drafts_kazakh_from_the_russian_release() {
    let set = built_in();
    let template = set.get("delegation-visit").unwrap();
    let profile = profile();
    let sample = fixture("delegation-visit", Language::Kk);
    let mut release = new_release(template, Language::Ru, &profile, today(), now());
    // The form: shared facts once, text facts in Russian and Kazakh.
    for spec in template
        .facts
        .iter()
        .filter(|s| s.kind != FieldKind::Switch)
    {
        match sample.facts.get(&spec.id).unwrap() {
            FactValue::Shared(v) => {
                set_fact(&mut release, template, &profile, &spec.id, Language::Ru, v)
            }
            FactValue::PerLanguage(values) => {
                for lang in [Language::Ru, Language::Kk] {
                    set_fact(
                        &mut release,
                        template,
                        &profile,
                        &spec.id,
                        lang,
                        values.get(lang),
                    );
                }
            }
        }
    }
    // Names typed only in Russian; positions in both.
    for person in &mut release.people {
        let from = sample.person(&person.id).unwrap();
        person.name.set(Language::Ru, from.name.get(Language::Ru));
        for lang in [Language::Ru, Language::Kk] {
            person.position.set(lang, from.position.get(lang));
        }
    }
    redraft(&mut release, template, &profile);
    release.versions[0].quotes = sample.versions[0].quotes.clone();
    let russian = release.versions[0].clone();

    add_version(&mut release, template, Language::Kk, &profile).unwrap();
    assert_eq!(release.languages(), vec![Language::Ru, Language::Kk]);
    assert_eq!(release.versions[0], russian, "the Russian version changed");
    let kk = release.version(Language::Kk).unwrap();
    assert_eq!(kk.dateline.date, Some(today()));
    assert_eq!(kk.dateline.place.text, "Түркістан");
    assert_eq!(
        kk.headline.text,
        "Түркістан облысының әкімі Қытайдан келген делегацияны қабылдады"
    );
    assert!(
        kk.lead
            .text
            .starts_with("2025\u{a0}жылғы 18\u{a0}қыркүйек күні"),
        "{}",
        kk.lead.text
    );
    assert!(
        kk.lead.text.contains("Дархан Сатыбалды"),
        "the Russian name is used: {}",
        kk.lead.text
    );
    assert!(
        kk.lead
            .text
            .contains("ҚХР Сычуань провинциясының Мяньян қаласынан келген делегацияны")
    );
    let text = all_drafted_text(kk);
    assert!(!text.contains('['), "{text}");
    // Quotes keep speaker and place, await their Kazakh words, with a Kazakh verb.
    assert_eq!(kk.quotes.len(), 2);
    assert!(
        kk.quotes
            .iter()
            .all(|q| q.text.is_empty() && q.speaker == "official")
    );
    assert_eq!(kk.quotes[0].verb, "деді");

    assert!(add_version(&mut release, template, Language::Kk, &profile).is_err());
    // A later fact change redrafts both versions.
    set_fact(
        &mut release,
        template,
        &profile,
        "origin_short",
        Language::Kk,
        "Жапониядан",
    );
    assert!(
        release
            .version(Language::Kk)
            .unwrap()
            .headline
            .text
            .contains("Жапониядан")
    );
    assert!(
        release
            .version(Language::Ru)
            .unwrap()
            .headline
            .text
            .contains("из Китая")
    );
}

#[test]
fn every_template_adds_kazakh_and_english_versions_without_gaps() {
    let profile = profile();
    for template in drafting_templates() {
        let mut release = new_release(&template, Language::Ru, &profile, today(), now());
        let sample = fixture(&template.id, Language::Ru);
        for spec in &template.facts {
            for lang in Language::ALL {
                set_fact(
                    &mut release,
                    &template,
                    &profile,
                    &spec.id,
                    lang,
                    sample.fact(&spec.id, lang),
                );
            }
        }
        release.people = sample.people.clone();
        redraft(&mut release, &template, &profile);
        for lang in [Language::Kk, Language::En] {
            add_version(&mut release, &template, lang, &profile).unwrap();
            let v = release.version(lang).unwrap();
            let text = all_drafted_text(v);
            assert!(
                !v.headline.text.is_empty() && !text.contains('['),
                "{} {lang}:\n{text}",
                template.id
            );
        }
    }
}
