//! docs/file-format.md is the release file's reference: its example must load, and every
//! field a release file can hold must be described there.

use std::path::Path;

use pressdesk::compose::compose;
use pressdesk::language::Language;
use pressdesk::profile::Profile;
use pressdesk::storage::{parse_release, release_to_ron};

fn doc() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/file-format.md"))
        .expect("docs/file-format.md")
}

fn example(doc: &str) -> &str {
    let start = doc.find("```ron\n").expect("a ```ron example") + "```ron\n".len();
    let end = start + doc[start..].find("```").expect("the example's end");
    &doc[start..end]
}

#[test]
fn the_documented_example_is_a_release_that_loads_and_composes() {
    let doc = doc();
    let release = parse_release(Path::new("docs/file-format.md"), example(&doc))
        .unwrap_or_else(|e| panic!("the example does not load: {e}"));
    assert_eq!(release.version, pressdesk::release::CURRENT_VERSION);
    assert_eq!(release.partners.len(), 1);
    let document = compose(&release, Language::Ru, &Profile::default()).unwrap();
    let text = pressdesk::export::to_text(&document);
    assert!(text.contains("Текст, написанный вручную."), "{text}");
}

#[test]
fn every_field_a_release_file_holds_is_documented() {
    let doc = doc();
    let release = parse_release(Path::new("example"), example(&doc)).unwrap();
    // The example fills every optional part, so writing it back names every field.
    let written = release_to_ron(&release);
    let mut missing = Vec::new();
    for line in written.lines() {
        let Some((key, _)) = line.trim().split_once(':') else {
            continue;
        };
        let key = key.trim();
        let is_field = !key.is_empty()
            && key.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            && !["ru", "kk", "en"].contains(&key);
        let documented = doc.contains(&format!("`{key}`"))
            || doc.contains(&format!("({key}: "))
            || doc.contains(&format!(", {key}: "));
        if is_field && !documented && !missing.contains(&key.to_string()) {
            missing.push(key.to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "not in docs/file-format.md: {missing:?}"
    );
}

#[test]
fn a_field_this_version_does_not_know_is_ignored_as_the_document_says() {
    let doc = doc();
    assert!(doc.contains("Fields this version does not know are ignored"));
    let text = example(&doc).replace("    tags:", "    labels:");
    let release = parse_release(Path::new("other.pressdesk"), &text).expect("it loads");
    assert!(
        release.tags.is_empty(),
        "the unknown field's value is not read"
    );
}

/// Every earlier version's fixture loads, is read in today's shape, and is written in the
/// current version.
#[test]
fn a_version_1_file_loads_with_shared_person_ids_and_saves_as_the_current_version() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/file-format/version-1.pressdesk");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("version: 1,") && text.contains("\"signatory\""));
    let release = parse_release(&path, &text).unwrap();
    assert_eq!(release.version, pressdesk::release::CURRENT_VERSION);
    let ids: Vec<&str> = release.people.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["official", "counterpart"]);
    assert!(
        release.versions[0]
            .quotes
            .iter()
            .all(|q| q.speaker == "official"),
        "quotes follow their speaker"
    );
    // The speaker is still found: the attribution names the signatory.
    let document = compose(&release, Language::Ru, &Profile::default()).unwrap();
    let text = pressdesk::export::to_text(&document);
    let name = release.people[0].name.get(Language::Ru);
    let surname = name.split_whitespace().last().unwrap().to_string();
    assert!(text.contains(&surname), "{surname} missing from:\n{text}");
    let written = release_to_ron(&release);
    assert!(written.contains("version: 3,"), "{written}");
    assert_eq!(parse_release(&path, &written).unwrap(), release);
}

#[test]
fn a_version_2_file_loads_without_photos_and_saves_as_the_current_version() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/file-format/version-2.pressdesk");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("version: 2,") && !text.contains("photos"));
    let release = parse_release(&path, &text).unwrap();
    assert_eq!(release.version, pressdesk::release::CURRENT_VERSION);
    assert!(release.photos.is_empty());
    assert_eq!(release.people[0].id, "official");
    let written = release_to_ron(&release);
    assert!(written.contains("version: 3,"), "{written}");
    assert_eq!(parse_release(&path, &written).unwrap(), release);
}

/// The akim is `official` and the partner `counterpart` in every genre that has them, so
/// people typed for a visit fill the same roles in a memorandum or a trip.
#[test]
fn people_have_one_id_in_every_genre() {
    let templates = pressdesk::template::TemplateSet::built_in();
    for id in [
        "delegation-visit",
        "memorandum",
        "working-trip",
        "forum-invitation",
    ] {
        let template = templates.get(id).unwrap();
        let roles: Vec<&str> = template.people.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(roles[0], "official", "{id}: {roles:?}");
        assert!(
            roles[1..].iter().all(|r| *r == "counterpart"),
            "{id}: {roles:?}"
        );
    }
}
