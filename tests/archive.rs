//! The archive as a press secretary uses it: find a release by a word, filter, use one as
//! the basis of a new one, delete and restore, keep history, survive damaged files and
//! sync tools' conflict copies.

mod archive_support;

use archive_support::TempArchive;
use std::path::Path;

use jiff::civil::date;
use pressdesk::archive::catalog::{EntryState, Filter, read_changes};
use pressdesk::archive::{Catalog, Drafts, workflow};
use pressdesk::language::Language;
use pressdesk::profile::Profile;
use pressdesk::release::{DraftText, FactValue, Release, Status};
use pressdesk::storage;
use pressdesk::template::TemplateSet;

fn fixture(name: &str) -> Release {
    storage::load_release(&Path::new("tests/fixtures/releases").join(name)).unwrap()
}

fn headlines(catalog: &Catalog, filter: &Filter) -> Vec<String> {
    catalog
        .find(filter)
        .into_iter()
        .map(|slot| {
            catalog
                .entry(slot)
                .unwrap()
                .summary()
                .unwrap()
                .headline(Language::Ru)
                .to_string()
        })
        .collect()
}

fn search(text: &str) -> Filter {
    Filter {
        text: text.into(),
        ..Filter::default()
    }
}

/// Three releases of different months, statuses and languages.
fn office_archive(name: &str) -> TempArchive {
    let temp = TempArchive::new("archive", name);
    let mut visit = fixture("delegation-visit-ru.ron");
    visit.versions[0].dateline.date = Some(date(2026, 10, 14));
    visit.versions[0].headline = DraftText::typed("Аким встретился с делегацией из Мяньяна");
    visit.status = Status::Sent;
    visit.tags = vec!["Китай".into()];
    temp.add(&visit);

    let mut forum = fixture("forum-invitation-kk.ron");
    forum.versions[0].dateline.date = Some(date(2026, 11, 20));
    forum.versions[0].headline = DraftText::typed("Түркістанда «Жібек жолы» көрмесі ашылады");
    forum.status = Status::Ready;
    temp.add(&forum);

    let mut memo = fixture("memorandum-en.ron");
    memo.versions[0].dateline.date = Some(date(2025, 3, 2));
    memo.versions[0].headline = DraftText::typed("Region signs memorandums on logistics");
    temp.add(&memo);
    temp
}

#[test]
fn a_word_from_the_body_finds_the_release_in_any_of_its_forms() {
    let temp = office_archive("search");
    let catalog = temp.catalog();
    assert_eq!(catalog.len(), 3);
    let visit = vec!["Аким встретился с делегацией из Мяньяна".to_string()];
    // The headline says «из Мяньяна» and «делегацией»: other forms of the words find it.
    assert_eq!(headlines(&catalog, &search("Мяньян")), visit);
    assert_eq!(headlines(&catalog, &search("делегация Мяньяном")), visit);
    assert_eq!(headlines(&catalog, &search("ДЕЛЕГАЦИИ МЯНЬЯНА")), visit);
    // While typing: the unfinished last word is a prefix.
    assert_eq!(headlines(&catalog, &search("делегация Мянь")), visit);
    // ё and е are one letter to the search.
    assert_eq!(headlines(&catalog, &search("встретился")), visit);
    assert_eq!(headlines(&catalog, &search("встрётился")), visit);
    // Kazakh and English words as written.
    assert_eq!(
        headlines(&catalog, &search("Жібек жолы")),
        vec!["Түркістанда «Жібек жолы» көрмесі ашылады".to_string()]
    );
    assert_eq!(headlines(&catalog, &search("жібек жол")).len(), 1);
    assert_eq!(
        headlines(&catalog, &search("memorandum logistics")),
        vec!["Region signs memorandums on logistics".to_string()]
    );
    assert!(headlines(&catalog, &search("делегация logistics")).is_empty());
    // No text: everything, newest first.
    assert_eq!(
        headlines(&catalog, &Filter::default()),
        vec![
            "Түркістанда «Жібек жолы» көрмесі ашылады",
            "Аким встретился с делегацией из Мяньяна",
            "Region signs memorandums on logistics",
        ]
    );
}

#[test]
fn filters_narrow_by_status_language_year_template_and_tag() {
    let temp = office_archive("filters");
    let catalog = temp.catalog();
    let count = |filter: Filter| catalog.find(&filter).len();
    assert_eq!(
        count(Filter {
            status: Some(Status::Sent),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            language: Some(Language::Kk),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            year: Some(2026),
            ..Filter::default()
        }),
        2
    );
    assert_eq!(
        count(Filter {
            template: Some("memorandum".into()),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        count(Filter {
            tag: Some("Китай".into()),
            ..Filter::default()
        }),
        1
    );
    let oldest = Filter {
        oldest_first: true,
        ..Filter::default()
    };
    assert_eq!(
        headlines(&catalog, &oldest)[0],
        "Region signs memorandums on logistics"
    );
    let facets = catalog.facets();
    assert_eq!(
        facets.years.into_iter().collect::<Vec<_>>(),
        vec![2025, 2026]
    );
    assert!(facets.tags.contains("Китай"));
}

#[test]
fn damaged_and_future_files_are_listed_with_the_reason_and_never_stop_the_list() {
    let temp = office_archive("damaged");
    let fixtures = Path::new("tests/fixtures/archive");
    for name in [
        "truncated",
        "not-utf8",
        "empty",
        "wrong-shape",
        "from-the-future",
    ] {
        let file = format!("{name}.pressdesk");
        std::fs::copy(fixtures.join(&file), temp.archive.root().join(&file)).unwrap();
    }
    let catalog = temp.catalog();
    let damaged = catalog.damaged();
    assert_eq!(damaged.len(), 4, "{damaged:#?}");
    for entry in &damaged {
        let EntryState::Damaged { reason } = &entry.state else {
            unreachable!()
        };
        assert!(reason.contains(entry.path.file_name().unwrap().to_str().unwrap()));
    }
    let truncated = catalog
        .entry_at(&temp.archive.root().join("truncated.pressdesk"))
        .unwrap();
    assert!(
        format!("{:?}", truncated.state).contains(":"),
        "line and column are named"
    );

    // The future file is listed as a release (read-only), with its headline.
    let future = catalog
        .entry_at(&temp.archive.root().join("from-the-future.pressdesk"))
        .unwrap();
    assert!(future.is_newer());
    assert!(
        future
            .summary()
            .unwrap()
            .headline(Language::Ru)
            .contains("делегацией")
    );
    assert_eq!(catalog.find(&Filter::default()).len(), 4);

    // Quarantine only on request: afterwards the file is out of the list but kept.
    let moved = temp.archive.quarantine(&truncated.path).unwrap();
    assert!(moved.exists());
    let catalog = temp.catalog();
    assert_eq!(catalog.damaged().len(), 3);
}

#[test]
fn conflict_copies_made_by_sync_tools_are_shown_as_such() {
    let temp = office_archive("conflicts");
    let release = fixture("delegation-visit-en.ron");
    let path = temp.add(&release);
    let id = release.id;
    for name in [
        format!("{id}.sync-conflict-20261127-101010-ABCDEFG.pressdesk"),
        format!("{id} (conflicted copy 2026-11-27 101010).pressdesk"),
    ] {
        std::fs::copy(&path, temp.archive.root().join(name)).unwrap();
    }
    let catalog = temp.catalog();
    let copies: Vec<_> = catalog
        .find(&Filter::default())
        .into_iter()
        .filter_map(|slot| catalog.entry(slot).unwrap().conflict_copy_of())
        .collect();
    assert_eq!(copies, vec![id, id]);
    assert_eq!(catalog.entry_at(&path).unwrap().conflict_copy_of(), None);
}

#[test]
fn the_index_follows_files_added_changed_and_removed_by_others() {
    let temp = office_archive("refresh");
    let mut catalog = temp.catalog();
    catalog
        .write_cache(&temp.cache(), temp.archive.root())
        .unwrap();

    // A colleague adds one release and deletes another through the shared folder.
    let mut added = fixture("working-trip-ru.ron");
    added.versions[0].lead = DraftText::typed("Переговоры о поставках хлопка прошли в Ташкенте.");
    let added_path = temp.add(&added);
    let gone = catalog.find(&search("memorandum"))[0];
    std::fs::remove_file(&catalog.entry(gone).unwrap().path).unwrap();

    let changes = read_changes(&temp.archive, &catalog.stamps()).unwrap();
    assert_eq!((changes.updated.len(), changes.removed.len()), (1, 1));
    catalog.apply(changes);
    assert_eq!(catalog.find(&search("Ташкент")).len(), 1);
    assert!(catalog.find(&search("memorandum")).is_empty());

    // A change of text is found by the new words and no longer by the old.
    let mut loaded = temp.archive.load(&added_path).unwrap();
    loaded.release.versions[0].lead = DraftText::typed("Переговоры о поставках шерсти.");
    // A different size: the stamp changes even on a coarse-clock file system.
    temp.archive
        .save(&added_path, &loaded.release, Some(loaded.fingerprint))
        .unwrap();
    catalog.apply(read_changes(&temp.archive, &catalog.stamps()).unwrap());
    assert_eq!(catalog.find(&search("шерсть")).len(), 1);
    assert!(catalog.find(&search("Ташкент")).is_empty());

    // The next start reads the cache and finds the same.
    catalog
        .write_cache(&temp.cache(), temp.archive.root())
        .unwrap();
    let reopened = temp.catalog();
    assert_eq!(reopened.len(), catalog.len());
    assert_eq!(reopened.find(&search("шерсть")).len(), 1);
}

#[test]
fn a_cache_of_another_folder_or_garbage_is_ignored() {
    let temp = office_archive("cache");
    std::fs::create_dir_all(temp.cache().parent().unwrap()).unwrap();
    std::fs::write(temp.cache(), b"\x00\x01 not a cache").unwrap();
    assert_eq!(temp.catalog().len(), 3);
    let other = TempArchive::new("archive", "cache-other");
    other
        .catalog()
        .write_cache(&temp.cache(), other.archive.root())
        .unwrap();
    assert_eq!(temp.catalog().len(), 3);
}

#[test]
fn using_a_release_as_a_basis_keeps_facts_and_clears_dates_and_status() {
    let mut old = fixture("delegation-visit-ru.ron");
    old.status = Status::Sent;
    let templates = TemplateSet::built_in();
    let today = date(2026, 11, 28);
    let basis = workflow::use_as_basis(
        &old,
        &templates,
        &Profile::default(),
        today,
        jiff::Timestamp::now(),
    );
    assert_ne!(basis.id, old.id);
    assert_eq!(basis.status, Status::Draft);
    assert_eq!(basis.embargo, None);
    assert_eq!(basis.versions[0].dateline.date, Some(today));
    assert_eq!(basis.people, old.people);
    assert_eq!(basis.statistics, old.statistics);
    assert_eq!(
        basis.fact("origin_full", Language::Ru),
        old.fact("origin_full", Language::Ru)
    );
    assert_eq!(
        basis.facts.get("date"),
        Some(&FactValue::Shared(String::new()))
    );
    assert!(!old.fact("date", Language::Ru).is_empty());
}

#[test]
fn deleting_goes_to_the_trash_and_restoring_brings_it_back() {
    let temp = office_archive("trash");
    let path = temp.archive.path_of(fixture("delegation-visit-ru.ron").id);
    let trashed = temp.archive.trash(&path).unwrap();
    assert!(!path.exists());
    assert_eq!(temp.catalog().len(), 2);
    assert_eq!(temp.archive.trashed().len(), 1);
    let restored = temp.archive.restore(&trashed).unwrap();
    assert_eq!(restored, path);
    assert_eq!(temp.catalog().len(), 3);
    assert!(temp.archive.trashed().is_empty());
}

#[test]
fn reopening_an_approved_release_keeps_the_approved_text_in_history() {
    let temp = TempArchive::new("archive", "history");
    let mut release = fixture("delegation-visit-ru.ron");
    release.status = Status::Approved;
    let (path, fingerprint) = temp.archive.save_new(&release).unwrap();
    assert!(workflow::is_locked(release.status));

    let (reopened, _) = workflow::reopen(&temp.archive, &path, &release, fingerprint).unwrap();
    assert_eq!(reopened.status, Status::Draft);
    assert!(!workflow::is_locked(reopened.status));
    assert_eq!(
        temp.archive.load(&path).unwrap().release.status,
        Status::Draft
    );

    let history = temp.archive.history(release.id);
    assert_eq!(history.len(), 1);
    let kept = storage::load_release(&history[0].path).unwrap();
    assert_eq!(kept, release, "the approved version is kept as it was");

    // Kept on request as well; newest first.
    temp.archive.keep_version(&path, release.id).unwrap();
    let history = temp.archive.history(release.id);
    assert_eq!(history.len(), 2);
    assert!(history[0].kept >= history[1].kept);
    assert_eq!(
        storage::load_release(&history[0].path).unwrap().status,
        Status::Draft
    );
}

#[test]
fn an_unsaved_release_is_recovered_from_its_autosaved_draft() {
    let temp = TempArchive::new("archive", "recover");
    let drafts = Drafts::new(temp.dir.join("drafts"));
    let mut release = fixture("delegation-visit-ru.ron");
    let path = temp.add(&release);
    release.versions[0].lead.edit("Последние слова перед сбоем");
    drafts.write(&release, Some(&path), None).unwrap();
    // The process dies here; on the next start:
    let (found, _) = drafts.list();
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].release.versions[0].lead.text,
        "Последние слова перед сбоем"
    );
    assert_eq!(found[0].target.as_deref(), Some(path.as_path()));
}

/// Every draft format ever written still reads, so an update installed between a crash
/// and the next start does not lose the text (fixtures are kept forever).
#[test]
fn drafts_of_every_stored_version_are_recovered() {
    let temp = TempArchive::new("archive", "draft-versions");
    let drafts_dir = temp.dir.join("drafts");
    std::fs::create_dir_all(&drafts_dir).unwrap();
    for entry in std::fs::read_dir("tests/fixtures/drafts")
        .unwrap()
        .flatten()
    {
        std::fs::copy(entry.path(), drafts_dir.join(entry.file_name())).unwrap();
    }
    let (found, unreadable) = Drafts::new(&drafts_dir).list();
    assert!(unreadable.is_empty(), "{unreadable:?}");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].release, fixture("blank-ru.ron"));
    assert!(
        found[0]
            .target
            .as_ref()
            .unwrap()
            .ends_with("5e550000-0000-4000-8000-000000000501.pressdesk")
    );
}
