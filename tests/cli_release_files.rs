//! Release files changed from the command line, as a press secretary would: facts edited
//! and the text redrafted, a version added in another language, dates typed as people
//! write them, a release of another genre started from an earlier one.

use std::path::{Path, PathBuf};

use pressdesk::language::Language;

mod cli_support;
use cli_support::{Sandbox, stderr, stdout};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A new Russian delegation visit, `visit.pressdesk` in the sandbox, made by `new`.
fn new_russian_visit(sandbox: &Sandbox) -> PathBuf {
    let file = sandbox.path("visit.pressdesk");
    let made = sandbox.run(&[
        "new",
        "--template",
        "delegation-visit",
        "--lang",
        "ru",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert!(made.status.success(), "{}", stderr(&made));
    file
}

#[test]
fn redraft_follows_changed_facts_and_keeps_edited_paragraphs() {
    use pressdesk::release::FactValue;
    use pressdesk::storage::{load_release, save_release};
    let sandbox = Sandbox::new("files", "redraft");
    let file = new_russian_visit(&sandbox);
    let file_arg = file.to_str().unwrap();
    // Facts changed in the file by hand, one paragraph rewritten by hand.
    let mut release = load_release(&file).unwrap();
    release.facts.insert(
        "origin_full".into(),
        FactValue::PerLanguage(pressdesk::language::Localized::from_pairs([(
            pressdesk::language::Language::Ru,
            "из города Ланьчжоу (КНР)",
        )])),
    );
    let own = "Стороны договорились открыть торговый дом.";
    release.versions[0].paragraphs[2].edit(own);
    save_release(&file, &release).unwrap();

    let out = sandbox.run(&["redraft", file_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("заново составлено текстов: "), "{said}");
    assert!(
        said.contains("оставлено, как вы написали: ru абзац 3"),
        "{said}"
    );
    let after = load_release(&file).unwrap();
    let ru = &after.versions[0];
    assert!(
        ru.lead.text.contains("из города Ланьчжоу (КНР)"),
        "{}",
        ru.lead.text
    );
    assert_eq!(ru.paragraphs[2].text, own);

    let missing = sandbox.run(&["redraft", file_arg, "--lang", "kk"]);
    assert!(!missing.status.success());
    assert!(
        stderr(&missing).contains("нет версии kk"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn add_version_drafts_english_from_the_shared_facts_and_lists_what_to_write() {
    use pressdesk::storage::load_release;
    let sandbox = Sandbox::new("files", "add-version");
    let file = sandbox.path("trip.pressdesk");
    std::fs::copy(fixtures().join("releases/working-trip-ru.ron"), &file).unwrap();
    let file_arg = file.to_str().unwrap();
    // The fixture has all three versions; start from the Russian one alone.
    let mut release = load_release(&file).unwrap();
    release.versions.retain(|v| v.language == Language::Ru);
    for fact in release.facts.values_mut() {
        if let pressdesk::release::FactValue::PerLanguage(values) = fact {
            values.set(Language::En, "");
        }
    }
    pressdesk::storage::save_release(&file, &release).unwrap();

    let out = sandbox.run(&["add-version", file_arg, "--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("добавлена версия en"), "{said}");
    assert!(
        said.contains("факты, которые нужно написать на en"),
        "{said}"
    );
    // Named as the form names them, not by internal ids.
    assert!(said.contains("Куда поездка"), "{said}");
    assert!(!said.contains("destination"), "{said}");
    let after = load_release(&file).unwrap();
    let en = after.version(Language::En).expect("an English version");
    // Drafted from the shared facts: the date is written the English way.
    assert!(en.lead.text.contains("July 2025"), "{}", en.lead.text);
    assert!(after.version(Language::Ru).is_some());

    let again = sandbox.run(&["add-version", file_arg, "--lang", "en"]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("версия en уже есть"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn add_version_lists_the_dateline_place_when_no_city_fills_it() {
    let sandbox = Sandbox::new("files", "add-version-place");
    let file = sandbox.path("visit.pressdesk");
    // The Russian visit alone, its dateline typed: «Туркестан».
    let release =
        pressdesk::storage::load_release(&fixtures().join("releases/delegation-visit-ru.ron"))
            .unwrap();
    assert_eq!(release.versions.len(), 1);
    assert_eq!(release.versions[0].dateline.place.text, "Туркестан");
    pressdesk::storage::save_release(&file, &release).unwrap();
    let file_arg = file.to_str().unwrap();

    // No profile, so no city to draft the Kazakh place from: it is left to write, and said.
    let out = sandbox.run(&["add-version", file_arg, "--lang", "kk"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("место в дейтлайне"), "{said}");
    let after = pressdesk::storage::load_release(&file).unwrap();
    let kk = after.version(Language::Kk).expect("a Kazakh version");
    assert_eq!(kk.dateline.place.text, "", "nothing invented");

    // With the profile's city the place is drafted, and not listed.
    pressdesk::storage::save_release(&file, &release).unwrap();
    let profile = fixtures().join("profile.ron");
    let with_city = sandbox.run(&[
        "--profile",
        profile.to_str().unwrap(),
        "add-version",
        file_arg,
        "--lang",
        "kk",
    ]);
    assert!(with_city.status.success(), "{}", stderr(&with_city));
    let said = stdout(&with_city);
    assert!(!said.contains("дейтлайн"), "{said}");
    let after = pressdesk::storage::load_release(&file).unwrap();
    let kk = after.version(Language::Kk).expect("a Kazakh version");
    assert_eq!(kk.dateline.place.text, "Түркістан");
}

#[test]
fn dates_typed_as_people_write_them_are_read_and_stored_one_way() {
    use pressdesk::release::FactValue;
    use pressdesk::storage::{load_release, save_release};
    let sandbox = Sandbox::new("files", "dates");
    let file = new_russian_visit(&sandbox);
    let file_arg = file.to_str().unwrap();
    let mut release = load_release(&file).unwrap();
    release
        .facts
        .insert("date".into(), FactValue::Shared("5 декабря 2026 г.".into()));
    release
        .facts
        .insert("event_date".into(), FactValue::Shared("2026-12-10".into()));
    save_release(&file, &release).unwrap();

    let out = sandbox.run(&["redraft", file_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = load_release(&file).unwrap();
    assert_eq!(after.fact("date", Language::Ru), "05.12.2026");
    assert_eq!(after.fact("event_date", Language::Ru), "10.12.2026");
    let lead = after.versions[0].lead.text.replace('\u{a0}', " ");
    assert!(lead.contains("5 декабря 2026 года"), "{lead}");
}

#[test]
fn a_release_of_another_genre_starts_from_an_earlier_one_with_its_people() {
    use pressdesk::release::FactValue;
    use pressdesk::storage::load_release;
    let sandbox = Sandbox::new("files", "carry");
    std::fs::copy(
        fixtures().join("releases/delegation-visit-ru.ron"),
        sandbox.path("visit.pressdesk"),
    )
    .unwrap();
    let output = sandbox.run(&[
        "new",
        "--template",
        "memorandum",
        "--from",
        "visit.pressdesk",
        "--out",
        "memorandum.pressdesk",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Дархан Сатыбалды"),
        "says who came along: {}",
        stdout(&output)
    );
    let visit = load_release(&sandbox.path("visit.pressdesk")).unwrap();
    let memorandum = load_release(&sandbox.path("memorandum.pressdesk")).unwrap();
    assert_eq!(memorandum.template, "memorandum");
    assert_ne!(memorandum.id, visit.id);
    // The akim who received the delegation signs; its head signs for the partner.
    let person = |id: &str| memorandum.people.iter().find(|p| p.id == id).unwrap();
    assert_eq!(person("official").name, visit.people[0].name);
    assert_eq!(person("counterpart").name, visit.people[1].name);
    let languages: Vec<_> = memorandum.versions.iter().map(|v| v.language).collect();
    let visit_languages: Vec<_> = visit.versions.iter().map(|v| v.language).collect();
    assert_eq!(languages, visit_languages);
    // Drafted from what came along: the signers are named in the text.
    let ru = &memorandum.versions[0];
    let text: String = ru.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(
        text.contains("Дархан Сатыбалды") && text.contains("Ху Хунцзюань"),
        "{text}"
    );
    // Last event's date does not slip in; the visit's quotes stay with the visit.
    assert_eq!(
        memorandum.facts.get("date"),
        Some(&FactValue::Shared(String::new()))
    );
    assert!(ru.quotes.is_empty());
    assert_eq!(memorandum.tags, visit.tags);
}
