//! The sample releases in `tests/fixtures/releases/`: one per template and language, each
//! loading, checking and drafting as the templates say.

use pressdesk::compose::compose;
use pressdesk::document::Block;
use pressdesk::draft::redraft;
use pressdesk::language::Language;
use pressdesk::profile::Profile;
use pressdesk::release::{Release, Status};
use pressdesk::template::FieldKind;
use pressdesk::typography::typeset;
use rust_decimal::Decimal;

mod templates_support;

use templates_support::*;

#[test]
fn the_profile_fixture_loads() {
    let profile = profile();
    assert_eq!(
        profile.signature.get(Language::Ru),
        "Пресс-служба акимата Туркестанской области"
    );
    for lang in Language::ALL {
        assert!(!profile.organisation.get(lang).is_empty() && !profile.city.get(lang).is_empty());
    }
}

#[test]
fn there_is_a_sample_release_per_template_and_language() {
    for id in IDS {
        for lang in Language::ALL {
            let path = fixtures().join(format!("releases/{id}-{lang}.ron"));
            assert!(path.is_file(), "{} is missing", path.display());
        }
    }
    // Whatever else is kept there (releases written by older versions) loads too.
    for entry in std::fs::read_dir(fixtures().join("releases")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            let text = std::fs::read_to_string(&path).unwrap();
            pressdesk::storage::parse_release(&path, &text)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
}

#[test]
fn sample_releases_load_and_compose() {
    let set = built_in();
    for id in IDS {
        for lang in Language::ALL {
            let path = fixtures().join(format!("releases/{id}-{lang}.ron"));
            let what = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let release: Release = pressdesk::storage::parse_release(&path, &text)
                .unwrap_or_else(|e| panic!("{what}: {e}"));
            // Written the way the app writes releases, and read back the same.
            let written =
                ron::ser::to_string_pretty(&release, ron::ser::PrettyConfig::default()).unwrap();
            assert_eq!(
                ron::from_str::<Release>(&written).unwrap(),
                release,
                "{what}"
            );

            // Version-1 samples, migrated on load.
            assert!(text.contains("version: 1,"), "{what}");
            assert_eq!(
                release.version,
                pressdesk::release::CURRENT_VERSION,
                "{what}"
            );
            assert_eq!(release.template, id, "{what}");
            assert_eq!(release.status, Status::Draft, "{what}");
            assert!(release.embargo.is_none(), "{what}");
            assert_eq!(release.languages(), vec![lang], "{what}");
            let template = set.get(id).unwrap();
            // Every fact filled; switches (formulaic sentences) are the user's choice.
            for spec in template
                .facts
                .iter()
                .filter(|s| s.kind != FieldKind::Switch)
            {
                assert!(
                    !release.fact(&spec.id, lang).trim().is_empty(),
                    "{what}: «{}» empty",
                    spec.id
                );
            }
            let v = &release.versions[0];
            assert!(
                (2..=5).contains(&v.paragraphs.len()),
                "{what}: {} paragraphs",
                v.paragraphs.len()
            );
            assert!(!v.quotes.is_empty(), "{what}: no quote");
            for q in &v.quotes {
                assert!(
                    release.person(&q.speaker).is_some(),
                    "{what}: quote by unknown «{}»",
                    q.speaker
                );
                assert!(
                    !q.text.trim().is_empty() && !q.verb.trim().is_empty(),
                    "{what}"
                );
            }
            assert!(!release.statistics.is_empty(), "{what}: no figures");
            assert!(
                [&v.headline, &v.lead]
                    .into_iter()
                    .chain(v.paragraphs.iter())
                    .any(|t| !t.is_drafted()),
                "{what}: nothing rewritten by hand"
            );
            // Texts still marked drafted are what the template drafts from these facts.
            let mut redrafted = release.clone();
            assert_eq!(
                redraft(&mut redrafted, template, &profile()),
                0,
                "{what}: stale drafted text"
            );

            for profile in [Profile::default(), profile()] {
                let doc =
                    compose(&release, lang, &profile).unwrap_or_else(|e| panic!("{what}: {e}"));
                assert_eq!(doc.language, lang);
                let headline = doc.blocks.iter().find_map(|b| match b {
                    Block::Headline(h) => Some(h.clone()),
                    _ => None,
                });
                assert!(
                    headline.is_some_and(|h| !h.trim().is_empty()),
                    "{what}: no headline block"
                );
                let lead = doc.blocks.iter().find_map(|b| match b {
                    Block::Lead(inlines) => Some(inlines.clone()),
                    _ => None,
                });
                assert!(lead.is_some_and(|l| !l.is_empty()), "{what}: no lead block");
                let quotes = doc
                    .blocks
                    .iter()
                    .filter(|b| matches!(b, Block::Quote(_)))
                    .count();
                assert_eq!(quotes, v.quotes.len(), "{what}");
                let paragraphs = doc
                    .blocks
                    .iter()
                    .filter(|b| matches!(b, Block::Paragraph(_)))
                    .count();
                assert!(paragraphs >= 3, "{what}: {paragraphs} paragraphs");
                assert!(
                    doc.blocks.iter().any(|b| matches!(b, Block::Dateline(_))),
                    "{what}"
                );
                assert!(!doc.title.is_empty(), "{what}");
            }
            let profile = profile();
            let doc = compose(&release, lang, &profile).unwrap();
            let signature = typeset(profile.signature.get(lang), lang, &profile.typography);
            assert!(
                doc.blocks
                    .iter()
                    .any(|b| matches!(b, Block::Signature(s) if *s == signature)),
                "{what}: no signature from the profile"
            );
        }
    }
}

#[test]
fn the_delegation_visit_samples_carry_the_reference_figures_and_quotes() {
    let verbs = [
        (Language::Ru, ["отметил", "добавил"]),
        (Language::Kk, ["деді", "деп қосты"]),
        (Language::En, ["said", "added"]),
    ];
    for (lang, expected) in verbs {
        let release = fixture("delegation-visit", lang);
        let v = &release.versions[0];
        let got: Vec<&str> = v.quotes.iter().map(|q| q.verb.as_str()).collect();
        assert_eq!(got, expected, "{lang}");
        assert!(v.quotes.iter().all(|q| q.speaker == "official"));
        assert!(
            !v.quotes[1].speaker_as.is_empty(),
            "{lang}: the second quote names the host by title"
        );

        let trade = release
            .statistics
            .iter()
            .find(|s| s.parts.len() == 2)
            .expect("trade turnover with export and import");
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(trade.value, d("148.9"));
        assert_eq!(trade.parts[0].value, d("60.09"));
        // 60,09 + 88,81 = 148,90: the parts add up (88,9 did not, and the sums check said so).
        assert_eq!(trade.parts[1].value, d("88.81"));
        let change = trade.change.as_ref().unwrap();
        assert_eq!(change.percent, d("11"));
        assert!(change.compared_with.get(lang).contains("2023"));
        assert!(trade.in_table);
        assert_eq!(
            trade.quantity.unit,
            pressdesk::language::units::Unit::UsDollar
        );
        assert_eq!(
            trade.quantity.scale,
            pressdesk::language::units::Scale::Million
        );
    }
}
