//! Checks that compare a release's running text with its own figures: a figure put in
//! another year than its period. (tests/checks.rs holds the rest; it is long enough.)

use std::path::Path;

use jiff::civil::Date;
use pressdesk::checks::check;
use pressdesk::language::Language;
use pressdesk::profile::Profile;
use pressdesk::release::{DraftText, Release};
use pressdesk::storage;

fn sample() -> Release {
    storage::load_release(Path::new("tests/fixtures/releases/delegation-visit-ru.ron")).unwrap()
}

fn period_findings(release: &Release) -> Vec<String> {
    check(
        release,
        &Profile::default(),
        Date::new(2025, 9, 18).unwrap(),
        Language::Ru,
    )
    .into_iter()
    .filter(|f| f.code == "figures/period-differs")
    .map(|f| f.message)
    .collect()
}

#[test]
fn a_figure_put_in_another_year_than_its_period_is_flagged() {
    // The sample's turnover, 148,9 млн долларов, is «в 2024 году».
    let mut release = sample();
    assert!(period_findings(&release).is_empty());
    release.versions[0].paragraphs.push(DraftText::typed(
        "В 2023 году товарооборот области с Китаем составил 148,9 млн долларов США.",
    ));
    let found = period_findings(&release);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("2023") && found[0].contains("в 2024 году"),
        "{found:?}"
    );

    // The right year, or a sentence comparing the two years, is fine.
    for sentence in [
        "В 2024 году товарооборот области с Китаем составил 148,9 млн долларов США.",
        "В 2024 году товарооборот составил 148,9 млн долларов США против 120,5 млн в 2023 году.",
    ] {
        let mut release = sample();
        release.versions[0]
            .paragraphs
            .push(DraftText::typed(sentence));
        assert!(period_findings(&release).is_empty(), "{sentence}");
    }
}
