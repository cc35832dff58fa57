//! An archive without its index cache lists at once: each file is read for its line in the
//! list only (`archive::listing`), and the whole reading follows in the background. What
//! the quick reading shows must be exactly what the whole reading would, or nothing.

mod archive_support;

use archive_support::TempArchive;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use pressdesk::archive::catalog::{EntryState, Filter};
use pressdesk::archive::listing::quick_summary;
use pressdesk::archive::{Catalog, Summary};
use pressdesk::language::Language;
use pressdesk::release::{Release, Status};
use pressdesk::storage;
use proptest::prelude::*;

fn fixtures() -> Vec<Release> {
    let mut releases: Vec<Release> = std::fs::read_dir("tests/fixtures/releases")
        .unwrap()
        .map(|e| storage::load_release(&e.unwrap().path()).unwrap())
        .collect();
    releases.sort_by_key(|r| r.id);
    releases
}

/// The release as the program saves it, then read back in full.
fn saved(release: &Release) -> (String, Summary) {
    let text = storage::release_to_ron(release) + "\n";
    let full = storage::parse_release(Path::new("r.pressdesk"), &text).unwrap();
    (text, Summary::of(&full))
}

/// Three versions, a quoted and escaped headline, tags, the date only in the second version.
fn awkward() -> Release {
    let mut release = fixtures().remove(0);
    release.status = Status::Approved;
    release.tags = vec![
        "Мяньян \"Сычуань\"".into(),
        "back\\slash".into(),
        "тег\u{a0}с пробелом".into(),
    ];
    for (n, version) in release.versions.iter_mut().enumerate() {
        version.headline.text =
            format!("  «Кездесу» \"{n}\" — C:\\папка\u{a0}\tтаб\nжаңа жол 🙂 \u{301}  ");
        version.dateline.date = (n == 1).then(|| jiff::civil::date(2026, 12, 5));
    }
    release
}

#[test]
fn a_release_saved_by_the_program_lists_the_same_read_quickly_as_read_in_full() {
    let mut releases = fixtures();
    releases.push(awkward());
    let mut untagged = awkward();
    untagged.tags.clear();
    for version in &mut untagged.versions {
        version.dateline.date = None;
    }
    releases.push(untagged);
    for release in &releases {
        let (text, full) = saved(release);
        assert_eq!(quick_summary(&text), Some(full), "{}", release.template);
    }
}

#[test]
fn a_file_laid_out_otherwise_is_left_to_the_whole_reading() {
    let release = awkward();
    let (text, _) = saved(&release);
    let on_one_line = ron::to_string(&release).unwrap();
    assert_eq!(quick_summary(&on_one_line), None, "not pretty-printed");
    let cut: String = text.chars().take(text.chars().count() * 2 / 3).collect();
    assert_eq!(quick_summary(&cut), None, "cut short");
    let older = std::fs::read_to_string("tests/fixtures/file-format/version-2.pressdesk").unwrap();
    assert_eq!(
        quick_summary(&older),
        None,
        "an earlier format, migrated on reading"
    );
    let crlf = text.replace('\n', "\r\n");
    assert_eq!(
        quick_summary(&crlf),
        quick_summary(&text),
        "line ends a Windows editor wrote read alike"
    );
    let renamed = text.replacen("  status: approved,", "  status: published,", 1);
    assert_eq!(
        quick_summary(&renamed),
        None,
        "a status this version does not know"
    );
}

proptest! {
    #[test]
    fn any_headline_or_tag_reads_quickly_as_in_full_or_not_at_all(
        headline in any::<String>(),
        tag in any::<String>(),
    ) {
        let mut release = fixtures().remove(3);
        release.versions[0].headline.text = headline;
        release.tags = vec![tag];
        let (text, full) = saved(&release);
        if let Some(quick) = quick_summary(&text) {
            prop_assert_eq!(quick, full);
        }
    }
}

fn lines(catalog: &Catalog, filter: &Filter) -> HashMap<PathBuf, Option<Summary>> {
    catalog
        .find(filter)
        .into_iter()
        .map(|slot| {
            let entry = catalog.entry(slot).unwrap();
            (entry.path.clone(), entry.summary().cloned())
        })
        .collect()
}

fn search(text: &str) -> Filter {
    Filter {
        text: text.into(),
        ..Filter::default()
    }
}

#[test]
fn without_a_cache_the_list_comes_first_and_the_whole_catalog_after() {
    let temp = TempArchive::new("listing", "quick");
    for release in fixtures() {
        temp.archive.save_new(&release).unwrap();
    }
    // More than the quick reading's threads take one at a time.
    for n in 0..40 {
        let mut release = fixtures().remove(n % 15);
        release.id = uuid::Uuid::from_u128(n as u128 + 1);
        temp.archive.save_new(&release).unwrap();
    }
    let damaged = temp.archive.root().join("damaged.pressdesk");
    std::fs::write(&damaged, "(\n  version: 3,\n  id: \"nonsense\"").unwrap();

    let (quick, error) = Catalog::open_quickly(&temp.archive, &temp.cache());
    assert!(error.is_none(), "{error:?}");
    assert!(!quick.is_complete());
    let (full, _) = Catalog::open(&temp.archive, &temp.cache());
    assert!(full.is_complete());
    let everything = Filter::default();
    assert_eq!(lines(&quick, &everything), lines(&full, &everything));
    assert_eq!(quick.len(), 56);
    assert!(matches!(
        quick.entry_at(&damaged).unwrap().state,
        EntryState::Damaged { .. }
    ));

    // Until the whole reading arrives, search finds releases by their headlines (and tags).
    let by_headline = lines(&quick, &search("встретился"));
    let every_line = lines(&full, &Filter::default());
    let expected: Vec<&PathBuf> = every_line
        .iter()
        .filter(|(_, s)| {
            s.as_ref()
                .unwrap()
                .headline(Language::Ru)
                .contains("встретился")
        })
        .map(|(path, _)| path)
        .collect::<Vec<_>>();
    assert!(!expected.is_empty());
    assert_eq!(by_headline.len(), expected.len());
    assert!(expected.iter().all(|path| by_headline.contains_key(*path)));
    assert!(
        lines(&quick, &search("Сычуань")).len() < lines(&full, &search("Сычуань")).len(),
        "a word of the body is found once the whole catalog is read"
    );

    // An incomplete catalog never becomes the cache; the whole one does. With it, the
    // quick opening decodes the cache's list, not its index (most of the file), and the
    // whole opening that follows it reads no release file again.
    quick
        .write_cache(&temp.cache(), temp.archive.root())
        .unwrap();
    assert!(!temp.cache().exists());
    full.write_cache(&temp.cache(), temp.archive.root())
        .unwrap();
    let (again, _) = Catalog::open_quickly(&temp.archive, &temp.cache());
    assert_eq!(lines(&again, &everything), lines(&full, &everything));
    assert!(!again.is_complete());
    let (whole, _) = Catalog::open(&temp.archive, &temp.cache());
    assert!(whole.is_complete());
    assert_eq!(
        lines(&whole, &search("Сычуань")),
        lines(&full, &search("Сычуань"))
    );

    // A cache whose index is damaged lists as quickly, and the whole opening, finding the
    // damage, reads the files again instead of trusting it.
    let mut bytes = std::fs::read(temp.cache()).unwrap();
    let at = bytes.len() - 40;
    bytes.truncate(at);
    std::fs::write(temp.cache(), &bytes).unwrap();
    let (listed, _) = Catalog::open_quickly(&temp.archive, &temp.cache());
    assert_eq!(lines(&listed, &everything), lines(&full, &everything));
    let (rebuilt, _) = Catalog::open(&temp.archive, &temp.cache());
    assert!(rebuilt.is_complete());
    assert_eq!(
        lines(&rebuilt, &search("Сычуань")),
        lines(&full, &search("Сычуань"))
    );
}
