//! A user's own templates: replacing a built-in by id, adding a genre, reporting and
//! skipping files that cannot be used, and reading only the template a command needs.

use std::path::PathBuf;

use pressdesk::language::Language;
use pressdesk::template::{Cause, TemplateSet};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "pressdesk-templates-{}-{name}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_user_template_overrides_a_built_in_by_id() {
    let dir = temp_dir("override");
    let original = pressdesk::template::BUILT_IN
        .iter()
        .find(|(name, _)| *name == "delegation-visit.ron")
        .unwrap()
        .1;
    let ours = original.replace(
        "ru: \"Визит делегации\"",
        "ru: \"Визит делегации (наш вариант)\"",
    );
    assert_ne!(ours, original);
    std::fs::write(dir.join("my-delegation.ron"), ours).unwrap();
    let extra = pressdesk::template::BUILT_IN[4]
        .1
        .replace("id: \"blank\"", "id: \"press-tour\"");
    std::fs::write(dir.join("press-tour.ron"), extra).unwrap();
    std::fs::write(dir.join("notes.txt"), "not a template").unwrap();

    let set = TemplateSet::load(Some(&dir));
    assert!(set.problems.is_empty(), "{:?}", set.problems);
    assert_eq!(set.templates.len(), 6);
    assert_eq!(
        set.get("delegation-visit").unwrap().name.get(Language::Ru),
        "Визит делегации (наш вариант)"
    );
    assert_eq!(
        set.ids()
            .iter()
            .filter(|id| **id == "delegation-visit")
            .count(),
        1
    );
    assert!(set.get("press-tour").is_some());
    // A command about one release reads only its template, and finds what `load` finds:
    // the user's replacement of a built-in, the user's own genre, each built-in.
    for id in set.ids() {
        let one = TemplateSet::load_one(Some(&dir), id);
        assert_eq!(one.get(id), set.get(id), "{id}");
    }
    assert!(
        TemplateSet::load_one(Some(&dir), "no-such-genre")
            .get("no-such-genre")
            .is_none()
    );
    for template in &TemplateSet::built_in().templates {
        assert_eq!(
            TemplateSet::load_one(None, &template.id).templates,
            std::slice::from_ref(template),
            "a built-in's file is named by its id"
        );
    }
    // A missing folder is no error: the built-ins alone.
    assert_eq!(
        TemplateSet::load(Some(&dir.join("absent"))).templates.len(),
        5
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn malformed_user_templates_are_reported_and_skipped() {
    let dir = temp_dir("malformed");
    // Line 5: the comma between the map entries is missing before `kk`.
    let broken = "(\n    version: 1,\n    id: \"broken\",\n    name: {ru: \"Сломанный\"},\n    description: {ru: \"Без запятой\" kk: \"Үтірсіз\"},\n)\n";
    std::fs::write(dir.join("broken.ron"), broken).unwrap();
    let unknown = r#"(
    version: 1,
    id: "unknown-fact",
    name: {ru: "Неизвестный факт"},
    description: {ru: "Шаблон ссылается на поле, которого нет"},
    facts: [(id: "city_name", label: {ru: "Город"})],
    drafts: {ru: (headline: "Визит в {city_nmae}")},
)"#;
    std::fs::write(dir.join("unknown-fact.ron"), unknown).unwrap();
    let good = pressdesk::template::BUILT_IN[4]
        .1
        .replace("id: \"blank\"", "id: \"good\"");
    std::fs::write(dir.join("good.ron"), good).unwrap();

    let set = TemplateSet::load(Some(&dir));
    assert_eq!(set.problems.len(), 2, "{:?}", set.problems);
    assert_eq!(
        set.templates.len(),
        6,
        "the built-ins and good.ron still load"
    );
    assert!(set.get("good").is_some());
    assert!(set.get("broken").is_none() && set.get("unknown-fact").is_none());

    let broken = set
        .problems
        .iter()
        .find(|p| p.file.ends_with("broken.ron"))
        .unwrap();
    assert_eq!(broken.file, dir.join("broken.ron"));
    assert_eq!((broken.line, broken.column), (5, 37), "{broken}");
    assert!(matches!(broken.cause, Cause::Malformed(_)), "{broken}");
    assert!(broken.to_string().contains("broken.ron:5:37: "), "{broken}");

    let unknown = set
        .problems
        .iter()
        .find(|p| p.file.ends_with("unknown-fact.ron"))
        .unwrap();
    assert_eq!(unknown.file, dir.join("unknown-fact.ron"));
    assert!(unknown.to_string().contains("city_nmae"), "{unknown}");
    assert!(unknown.to_string().contains("headline"), "{unknown}");
    // In the window's and the command line's language, naming the same field and text.
    let kazakh = unknown.in_language(Language::Kk);
    assert!(
        kazakh.contains("{city_nmae}") && kazakh.contains("«headline»"),
        "{kazakh}"
    );
    assert!(kazakh.contains("үлгінің дерегі де"), "{kazakh}");
    let _ = std::fs::remove_dir_all(&dir);
}
