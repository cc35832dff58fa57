//! Pre-send checks about people: quotation marks, speakers and positions, names spelled
//! two ways, and Russian verbs that must agree with their speaker's gender.

use std::path::Path;

use pressdesk::checks::{FieldRef, Severity, check};
use pressdesk::language::gender::Gender;
use pressdesk::language::{Language, Localized};
use pressdesk::profile::Profile;
use pressdesk::release::Release;
use pressdesk::storage;
use pressdesk::template::TemplateSet;

mod checks_support;

use checks_support::*;

// ----- quotes -----

#[test]
fn unbalanced_and_mixed_quotation_marks() {
    let mut release = visit();
    ru(&mut release).quotes[0].text = "Проект «Туркестан открыт без конца".into();
    let findings = run(&release);
    let f = only(&findings, "quotes/unbalanced");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::QuoteText(0))
    );
    assert!(f.message.contains('«'), "{}", f.message);

    set_paragraph(&mut release, 4, "Форум \"Turkistan Invest\" и «Астана».");
    let f = only(&run(&release), "quotes/mixed-marks").clone();
    assert_eq!(f.field, FieldRef::Paragraph(4));
}

#[test]
fn a_quote_without_speaker_or_position() {
    let mut release = visit();
    ru(&mut release).quotes[1].speaker.clear();
    let f = only(&run(&release), "quotes/no-speaker").clone();
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::QuoteSpeaker(1))
    );
    assert!(f.message.contains('2'), "counts from one: {}", f.message);

    let mut release = visit();
    release.people[0].position = Localized::new();
    let f = only(&run(&release), "quotes/no-position").clone();
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::PersonPosition(0))
    );
    assert!(f.message.contains("Дархан Сатыбалды"), "{}", f.message);
}

#[test]
fn the_same_verb_twice_in_a_row() {
    let mut release = visit();
    ru(&mut release).quotes[1].verb = "отметил".into();
    let f = only(&run(&release), "quotes/repeated-verb").clone();
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Hint, &FieldRef::QuoteVerb(1))
    );
    assert!(
        f.message.contains("«отметил»") && f.message.contains("1 и 2"),
        "{}",
        f.message
    );
}

// ----- names -----

#[test]
fn a_name_spelled_another_way() {
    let mut release = visit();
    set_paragraph(&mut release, 4, "Дархан Сатыбалдиев поблагодарил гостей.");
    let findings = run(&release);
    let f = only(&findings, "names/variant");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::Paragraph(4))
    );
    assert!(
        f.message.contains("«Сатыбалдиев»") && f.message.contains("«Сатыбалды»"),
        "{}",
        f.message
    );

    set_paragraph(&mut release, 4, "Дархан Сатыбалдыға гостей представили.");
    assert!(with_code(&run(&release), "names/variant").is_empty());
}

// ----- agreement of Russian verbs with their speaker -----

/// The visit hosted by a woman: the host's name and gender changed, texts kept.
fn visit_hosted_by(name: &str) -> Release {
    let mut release = visit();
    let host = release
        .people
        .iter_mut()
        .find(|p| p.id == "official")
        .unwrap();
    host.name = Localized::from_pairs([(Language::Ru, name)]);
    host.gender = None;
    // The host's quotes said as a woman says them, whoever the test makes the host.
    let feminine = name.ends_with('а') || name.contains("овна");
    for quote in &mut ru(&mut release).quotes {
        if quote.speaker == "official" {
            quote.verb = if feminine {
                "отметила"
            } else {
                "отметил"
            }
            .into();
        }
    }
    release
}

#[test]
fn a_quote_verb_in_the_wrong_gender_is_an_error_with_its_fix() {
    let mut release = visit_hosted_by("Айгерим Нурлановна Сейткали");
    let quote = ru(&mut release)
        .quotes
        .iter()
        .position(|q| q.speaker == "official")
        .expect("a quote by the host");
    ru(&mut release).quotes[quote].verb = "отметил".into();
    let findings = run(&release);
    let f = only(&findings, "agreement/quote-verb");
    assert_eq!(f.severity, Severity::Error);
    assert!(f.message.contains("«отметила»"), "{}", f.message);
    let fix = f.fix.clone().expect("a fix");
    assert!(fix.apply(&mut release));
    assert_eq!(ru(&mut release).quotes[quote].verb, "отметила");
    assert!(with_code(&run(&release), "agreement/quote-verb").is_empty());
}

#[test]
fn a_verb_after_a_womans_name_in_the_masculine_is_flagged_and_a_right_one_is_not() {
    let mut release = visit_hosted_by("Айгерим Нурланова");
    set_paragraph(
        &mut release,
        0,
        "Айгерим Нурланова отметил рост товарооборота между регионами.",
    );
    let findings = run(&release);
    let f = only(&findings, "agreement/verb-after-name");
    assert_eq!(
        f.severity,
        Severity::Warning,
        "a heuristic says «check this»"
    );
    assert_eq!(f.field, FieldRef::Paragraph(0));
    let fix = f.fix.clone().unwrap();
    assert!(fix.apply(&mut release));
    assert_eq!(
        ru(&mut release).paragraphs[0].text,
        "Айгерим Нурланова отметила рост товарооборота между регионами."
    );
    assert!(with_code(&run(&release), "agreement/verb-after-name").is_empty());

    // A man, or a name that says nothing, is not questioned.
    let mut release = visit_hosted_by("Марат Сапаров");
    set_paragraph(&mut release, 0, "Марат Сапаров отметил рост товарооборота.");
    assert!(with_code(&run(&release), "agreement/verb-after-name").is_empty());
    let mut release = visit_hosted_by("Ли Сюэ");
    set_paragraph(&mut release, 0, "Ли Сюэ отметил рост товарооборота.");
    assert!(with_code(&run(&release), "agreement/verb-after-name").is_empty());
}

/// False alarms are as bad as misses: the twenty golden releases, written by hand as a
/// careful press secretary would send them, give no error and no warning — apart from the
/// profile's length limits, which long memorandum headlines honestly exceed.
#[test]
fn the_golden_releases_raise_no_false_alarm() {
    let templates = TemplateSet::built_in();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut alarms = Vec::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(&root).unwrap().flatten() {
        let file = entry.path().join("release.pressdesk");
        if !file.is_file() {
            continue;
        }
        let mut release = storage::load_release(&file).unwrap();
        let template = templates.get(&release.template).unwrap();
        pressdesk::draft::redraft(&mut release, template, &Profile::default());
        // The release speaks from the day of its dateline, else of its event.
        let day = release
            .versions
            .iter()
            .find_map(|v| v.dateline.date)
            .or_else(|| {
                pressdesk::language::dates::parse_span(release.fact("date", Language::Ru))
                    .map(|s| s.start)
            })
            .unwrap_or_else(release_day);
        for f in check(&release, &Profile::default(), day, Language::En) {
            if f.severity != Severity::Hint && !f.code.starts_with("length/") {
                alarms.push(format!(
                    "{}: {} {}: {}",
                    entry.file_name().to_string_lossy(),
                    f.code,
                    f.field,
                    f.message
                ));
            }
        }
        checked += 1;
    }
    assert!(checked >= 18);
    assert!(alarms.is_empty(), "{alarms:#?}");
}

/// The drafted «Делегацию возглавил …» took the masculine because the guest's gender was
/// neither chosen nor told by the name «Ху Хунцзюань» (she is a woman): a warning at the
/// person until a gender is chosen. Not once it is chosen, not for a name that tells, and
/// not for a form the text no longer holds.
#[test]
fn a_drafted_verb_that_assumed_a_gender_is_a_warning_at_the_person() {
    let mut release = visit();
    let index = release
        .people
        .iter()
        .position(|p| p.name.get(Language::Ru) == "Ху Хунцзюань")
        .unwrap();
    release.people[index].gender = None;
    // As the drafting writes it for a gender it does not know.
    ru(&mut release).paragraphs[0].text =
        "Делегацию возглавил заместитель директора торгового бюро города Мяньян Ху Хунцзюань."
            .into();
    let findings = run(&release);
    let f = only(&findings, "agreement/gender-assumed");
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.field, FieldRef::PersonName(index));
    assert!(
        f.message.contains("Ху Хунцзюань") && f.message.contains("«возглавил»"),
        "{}",
        f.message
    );

    // Chosen: nothing to say.
    release.people[index].gender = Some(Gender::Masculine);
    assert!(with_code(&run(&release), "agreement/gender-assumed").is_empty());
    // A name that tells the gender.
    release.people[index].gender = None;
    release.people[index].name = Localized::from_pairs([(Language::Ru, "Анна Петровна Ким")]);
    assert!(with_code(&run(&release), "agreement/gender-assumed").is_empty());
    // Edited by hand: no longer the drafting's choice.
    release.people[index].name = Localized::from_pairs([(Language::Ru, "Ху Хунцзюань")]);
    ru(&mut release).paragraphs[0].edit(
        "Делегацию возглавила заместитель директора торгового бюро города Мяньян Ху Хунцзюань.",
    );
    assert!(with_code(&run(&release), "agreement/gender-assumed").is_empty());
}
