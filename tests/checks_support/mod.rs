//! What the check tests share: the sample releases, the day they are checked on, and
//! ways to pick out findings.
#![allow(dead_code)] // each test file uses its own part

use std::path::Path;
use std::str::FromStr;

use jiff::civil::Date;
use pressdesk::checks::{Finding, check};
use pressdesk::language::Language;
use pressdesk::profile::Profile;
use pressdesk::release::{Release, Statistic};
use pressdesk::storage;
use rust_decimal::Decimal;

pub fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// The genres with a sample release in each language (`tests/fixtures/releases/`).
pub const SAMPLE_TEMPLATES: [&str; 5] = [
    "blank",
    "delegation-visit",
    "forum-invitation",
    "memorandum",
    "working-trip",
];

pub fn sample(name: &str) -> Release {
    storage::load_release(&Path::new("tests/fixtures/releases").join(format!("{name}.ron")))
        .unwrap()
}

/// The Russian delegation visit, dated 18 September 2025, with its turnover statistic
/// (index 1) and two quotes by the host (person 0).
pub fn visit() -> Release {
    sample("delegation-visit-ru")
}

pub fn release_day() -> Date {
    Date::new(2025, 9, 18).unwrap()
}

pub fn run(release: &Release) -> Vec<Finding> {
    check(release, &Profile::default(), release_day(), Language::Ru)
}

pub fn with_code<'a>(findings: &'a [Finding], code: &str) -> Vec<&'a Finding> {
    findings.iter().filter(|f| f.code == code).collect()
}

/// The single finding of `code`, failing with every finding listed when there is not one.
pub fn only<'a>(findings: &'a [Finding], code: &str) -> &'a Finding {
    let found = with_code(findings, code);
    assert_eq!(found.len(), 1, "{code}: {findings:#?}");
    found[0]
}

pub fn ru(release: &mut Release) -> &mut pressdesk::release::LanguageVersion {
    release.version_mut(Language::Ru).unwrap()
}

pub fn turnover(release: &mut Release) -> &mut Statistic {
    &mut release.statistics[1]
}

pub fn set_paragraph(release: &mut Release, i: usize, text: &str) {
    ru(release).paragraphs[i].edit(text);
}
