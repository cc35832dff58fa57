//! What the template tests share: the built-in ids, the fixtures, the sample profile and
//! releases, and the day they are drafted on.
#![allow(dead_code)] // each test file uses its own part

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use jiff::civil::Date;
use pressdesk::language::Language;
use pressdesk::profile::Profile;
use pressdesk::release::Release;
use pressdesk::template::{Template, TemplateSet};

pub const IDS: [&str; 5] = [
    "delegation-visit",
    "working-trip",
    "memorandum",
    "forum-invitation",
    "blank",
];

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn built_in() -> TemplateSet {
    let set = TemplateSet::built_in();
    assert!(
        set.problems.is_empty(),
        "built-in templates have problems: {:?}",
        set.problems
    );
    set
}

/// Every built-in template except `blank`, which drafts nothing.
pub fn drafting_templates() -> Vec<Template> {
    built_in()
        .templates
        .into_iter()
        .filter(|t| t.id != "blank")
        .collect()
}

pub fn profile() -> Profile {
    let text = std::fs::read_to_string(fixtures().join("profile.ron")).unwrap();
    ron::from_str(&text).expect("tests/fixtures/profile.ron parses")
}

pub fn today() -> Date {
    Date::new(2025, 9, 18).unwrap()
}

pub fn now() -> Timestamp {
    "2025-09-18T09:00:00Z".parse().unwrap()
}

pub fn fixture(template: &str, lang: Language) -> Release {
    let path = fixtures().join(format!("releases/{template}-{lang}.ron"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    // Through the loader: the samples are version-1 files, read in today's shape.
    pressdesk::storage::parse_release(&path, &text)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
