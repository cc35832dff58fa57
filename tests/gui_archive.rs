//! The archive in the window, end to end: a press secretary finds last month's release by a
//! word from its body, uses it as the basis of a new one, gets typed text back after the
//! program is killed, and is stopped from overwriting a colleague's change.
//!
//! The app runs over a temporary home; every task an interaction starts (reading the
//! archive, saving, autosaving) is run to the end and its messages fed back, as the
//! window's runtime would.
#![cfg(feature = "gui")]

mod gui_support;

use gui_support::{click_text, send, settle, shows, type_into};
use pressdesk::gui::drive;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use iced::Task;

use pressdesk::archive::{Archive, Drafts};
use pressdesk::gui::App;
use pressdesk::gui::app::{Message, Shortcut};
use pressdesk::gui::screen::{archive, editor};
use pressdesk::paths::Paths;
use pressdesk::release::{DraftText, Release, Status};
use pressdesk::storage;

struct Home {
    paths: Paths,
}

impl Home {
    fn new(name: &str) -> Self {
        let root =
            std::env::temp_dir().join(format!("pressdesk-gui-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        Home {
            paths: Paths {
                config: root.join("config"),
                data: root.join("data"),
                cache: root.join("cache"),
            },
        }
    }

    fn archive(&self) -> Archive {
        Archive::new(self.paths.archive_dir(None))
    }

    fn drafts(&self) -> Drafts {
        Drafts::new(self.paths.drafts_dir())
    }

    /// Starts the program over this home and lets it read everything.
    fn start(&self) -> App {
        let (mut app, task) = App::boot_in(Some(self.paths.clone()), false, None);
        settle(&mut app, task);
        app
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(self.paths.config.parent().unwrap());
    }
}

fn fixture(name: &str) -> Release {
    storage::load_release(&Path::new("tests/fixtures/releases").join(name)).unwrap()
}

fn listed(app: &App) -> Vec<PathBuf> {
    app.archive()
        .listed()
        .into_iter()
        .map(Path::to_path_buf)
        .collect()
}

#[test]
fn without_an_index_cache_the_list_comes_first_and_words_of_the_body_once_read_in_full() {
    let home = Home::new("quick");
    let archive = home.archive();
    let mut visit = fixture("delegation-visit-ru.ron");
    visit.versions[0].paragraphs[0] =
        DraftText::typed("Стороны обсудили поставки хлопкового волокна и шёлка.");
    let (visit_path, _) = archive.save_new(&visit).unwrap();
    archive.save_new(&fixture("memorandum-kk.ron")).unwrap();

    // Start, but hold back what the whole reading, started after the quick listing,
    // brings.
    fn run_holding_back(app: &mut App, task: Task<Message>, held: &mut Option<Message>) {
        for message in drive::messages(task) {
            if matches!(message, Message::Archive(archive::Message::Indexed(..))) {
                *held = Some(message);
                continue;
            }
            let next = app.update(message);
            run_holding_back(app, next, held);
        }
    }
    let (mut app, boot) = App::boot_in(Some(home.paths.clone()), false, None);
    let mut whole_reading = None;
    run_holding_back(&mut app, boot, &mut whole_reading);
    assert_eq!(listed(&app).len(), 2, "both releases listed at once");

    // A headline word finds its release already; a word of the body not yet, and the
    // window says why.
    type_into(&mut app, "archive-search", "Туркестанской");
    assert_eq!(listed(&app), vec![visit_path.clone()]);
    send(
        &mut app,
        Message::Archive(archive::Message::Search("шелк".into())),
    );
    assert!(listed(&app).is_empty());
    let note = app.context().i18n.tr("archive-indexing");
    assert!(shows(&app, &note), "{note}");

    send(
        &mut app,
        whole_reading.expect("a whole reading was started"),
    );
    assert_eq!(listed(&app), vec![visit_path]);
    assert!(!shows(&app, &note));
    assert!(
        home.paths.cache.read_dir().unwrap().next().is_some(),
        "the whole catalog is cached for the next start"
    );
}

#[test]
fn last_months_release_is_found_by_a_word_from_its_body_and_used_as_a_basis() {
    let home = Home::new("find");
    let archive = home.archive();
    let mut october = fixture("delegation-visit-ru.ron");
    october.versions[0].dateline.date = Some(jiff::civil::date(2026, 10, 21));
    october.versions[0].paragraphs[0] =
        DraftText::typed("Стороны обсудили поставки хлопкового волокна и шёлка.");
    october.status = Status::Sent;
    let (october_path, _) = archive.save_new(&october).unwrap();
    archive.save_new(&fixture("memorandum-ru.ron")).unwrap();
    archive
        .save_new(&fixture("forum-invitation-kk.ron"))
        .unwrap();

    let mut app = home.start();
    assert_eq!(listed(&app).len(), 3);

    // A word typed in another form (шелк for «шёлка») finds the one release.
    send(
        &mut app,
        Message::Archive(archive::Message::Search("шелк".into())),
    );
    assert_eq!(listed(&app), vec![october_path.clone()]);
    let headline = october.title().to_string();
    assert!(shows(&app, &headline));

    // Open it: sent, so it is read-only.
    click_text(&mut app, &headline);
    let editor = app.editor().expect("the release opens");
    assert_eq!(editor.release().id, october.id);
    assert!(matches!(
        editor.lock(),
        Some(editor::Lock::Status(Status::Sent))
    ));
    send(
        &mut app,
        Message::Editor(editor::Message::Edit(editor::Edit::Headline(
            "Правка закрытого релиза".into(),
        ))),
    );
    assert_eq!(
        app.editor().unwrap().release().title(),
        headline,
        "a sent release stays as sent"
    );

    // Back home, the search is still there; the release becomes the basis of a new one.
    send(
        &mut app,
        Message::Editor(editor::Message::Up(editor::Request::Home)),
    );
    assert_eq!(listed(&app), vec![october_path.clone()]);
    send(
        &mut app,
        Message::Archive(archive::Message::Basis(october_path.clone())),
    );
    // The row offers the genres, its own first; the same genre keeps everything but dates.
    assert!(shows(&app, "Новый релиз на его основе — жанр:"));
    assert!(shows(&app, "Подписание меморандума"));
    send(
        &mut app,
        Message::Archive(archive::Message::BasisAs(
            october_path.clone(),
            "delegation-visit".into(),
        )),
    );
    let editor = app.editor().expect("a new draft opens");
    let draft = editor.release().clone();
    assert_ne!(draft.id, october.id);
    assert_eq!(draft.status, Status::Draft);
    assert_eq!(draft.people, october.people);
    assert_eq!(
        draft.fact("date", pressdesk::Language::Ru),
        "",
        "the old meeting date is cleared"
    );
    assert!(editor.is_dirty());

    // Saving puts it into the archive beside the old one, which is unchanged.
    send(&mut app, Message::Shortcut(Shortcut::Save));
    assert!(!app.editor().unwrap().is_dirty());
    assert!(archive.path_of(draft.id).exists());
    assert_eq!(storage::load_release(&october_path).unwrap(), october);
    send(
        &mut app,
        Message::Editor(editor::Message::Up(editor::Request::Home)),
    );
    send(&mut app, Message::Archive(archive::Message::ClearFilters));
    assert_eq!(listed(&app).len(), 4);

    // The memorandum that follows the visit: its akim and guest become the signers.
    send(
        &mut app,
        Message::Archive(archive::Message::Search("шелк".into())),
    );
    send(
        &mut app,
        Message::Archive(archive::Message::Basis(october_path.clone())),
    );
    // (The home screen's "new release" cards carry the same genre names: send what the
    // row's button sends.)
    send(
        &mut app,
        Message::Archive(archive::Message::BasisAs(
            october_path.clone(),
            "memorandum".into(),
        )),
    );
    let editor = app.editor().expect("a memorandum draft opens");
    let memorandum = editor.release();
    assert_eq!(memorandum.template, "memorandum");
    assert_eq!(memorandum.people, october.people);
    assert!(shows(
        &app,
        "Новый черновик другого жанра: люди, партнёры и общие факты перенесены; даты, тексты, \
         цитаты и цифры остались в прежнем релизе."
    ));
    assert!(editor.is_dirty());
}

#[test]
fn text_typed_before_the_program_is_killed_comes_back_on_the_next_start() {
    let home = Home::new("recover");
    let mut app = home.start();
    click_text(&mut app, "Визит делегации");
    type_into(&mut app, "area-lead", "Слова, набранные перед сбоем");
    let id = app.editor().unwrap().release().id;
    assert!(app.editor().unwrap().autosave_pending());

    // The window's clock ticks; typing stopped more than half a second ago.
    send(
        &mut app,
        Message::Tick(Instant::now() + Duration::from_secs(1)),
    );
    assert!(!app.editor().unwrap().autosave_pending());
    // Killed: no save, no question, nothing runs after this.
    drop(app);

    let mut app = home.start();
    assert_eq!(app.archive().recoverable().len(), 1);
    assert!(shows(&app, "Несохранённые изменения после сбоя"));
    click_text(&mut app, "Восстановить");
    let editor = app.editor().expect("the recovered release opens");
    assert_eq!(editor.release().id, id);
    assert!(
        editor.release().versions[0]
            .lead
            .text
            .contains("Слова, набранные перед сбоем")
    );
    assert!(
        editor.is_dirty(),
        "recovered text is not saved until the user saves it"
    );

    send(&mut app, Message::Shortcut(Shortcut::Save));
    assert!(home.archive().path_of(id).exists());
    assert!(
        home.drafts().list().0.is_empty(),
        "a saved release leaves no draft behind"
    );
}

#[test]
fn a_change_made_by_a_colleague_is_noticed_and_never_overwritten() {
    let home = Home::new("conflict");
    let archive = home.archive();
    let release = fixture("delegation-visit-ru.ron");
    let (path, _) = archive.save_new(&release).unwrap();
    let mut app = home.start();
    send(
        &mut app,
        Message::Archive(archive::Message::Open(path.clone())),
    );
    type_into(&mut app, "headline", " (мой вариант)");

    // Meanwhile a colleague saves the same release through the shared folder.
    let mut theirs = release.clone();
    theirs.versions[0].headline = DraftText::typed("Заголовок коллеги");
    storage::save_release(&path, &theirs).unwrap();

    // The window's poll notices it…
    send(
        &mut app,
        Message::Tick(Instant::now() + Duration::from_secs(10)),
    );
    assert_eq!(
        app.editor().unwrap().conflict(),
        Some(editor::Conflict::Noticed)
    );
    assert!(shows(
        &app,
        "Этот релиз изменили на диске (коллега или другая программа), пока он был открыт."
    ));
    // …and saving anyway is refused, their file untouched.
    click_text(&mut app, "Закрыть");
    send(&mut app, Message::Shortcut(Shortcut::Save));
    assert_eq!(
        app.editor().unwrap().conflict(),
        Some(editor::Conflict::SaveRefused)
    );
    assert_eq!(storage::load_release(&path).unwrap(), theirs);

    // Keep mine as a copy: both texts are in the archive.
    click_text(&mut app, "Сохранить мою как копию");
    let mine = app.editor().unwrap().release().clone();
    assert_ne!(mine.id, release.id);
    assert!(mine.title().contains("мой вариант"));
    assert_eq!(
        storage::load_release(&archive.path_of(mine.id)).unwrap(),
        mine
    );
    assert_eq!(storage::load_release(&path).unwrap(), theirs);
}

#[test]
fn reopening_an_approved_release_keeps_the_approved_text_in_its_history() {
    let home = Home::new("history");
    let archive = home.archive();
    let mut release = fixture("memorandum-ru.ron");
    release.status = Status::Approved;
    let (path, _) = archive.save_new(&release).unwrap();
    let mut app = home.start();
    send(
        &mut app,
        Message::Archive(archive::Message::Open(path.clone())),
    );
    assert!(shows(&app, "Открыть для правки"));
    click_text(&mut app, "Открыть для правки");
    let editor = app.editor().unwrap();
    assert_eq!(editor.lock(), None);
    assert_eq!(editor.release().status, Status::Draft);

    send(&mut app, Message::Editor(editor::Message::ShowHistory));
    let versions = archive.history(release.id);
    assert_eq!(versions.len(), 1);
    assert_eq!(storage::load_release(&versions[0].path).unwrap(), release);

    // Edit, save, then restore the approved text from the history.
    type_into(&mut app, "headline", " — правка");
    send(&mut app, Message::Shortcut(Shortcut::Save));
    send(
        &mut app,
        Message::Editor(editor::Message::RestoreVersion(versions[0].path.clone())),
    );
    let editor = app.editor().unwrap();
    assert_eq!(editor.release().title(), release.title());
    assert_eq!(editor.release().id, release.id);
    // The edited text that was on disk went into the history before it was replaced.
    assert_eq!(archive.history(release.id).len(), 2);
}

#[test]
fn damaged_files_are_listed_and_set_aside_only_on_request() {
    let home = Home::new("damaged");
    let archive = home.archive();
    archive.save_new(&fixture("blank-ru.ron")).unwrap();
    std::fs::copy(
        "tests/fixtures/archive/truncated.pressdesk",
        archive.root().join("truncated.pressdesk"),
    )
    .unwrap();
    let mut app = home.start();
    assert_eq!(listed(&app).len(), 1);
    click_text(&mut app, "1 повреждённый файл");
    assert!(shows(&app, "truncated.pressdesk"));
    click_text(&mut app, "В карантин");
    assert!(!archive.root().join("truncated.pressdesk").exists());
    assert!(
        archive
            .root()
            .join(".quarantine/truncated.pressdesk")
            .exists()
    );
}

/// "Export DOCX again" from the archive row: a release the checks pass goes straight to a
/// file; one with a wrong sum opens in the editor, which asks before exporting.
#[test]
fn exporting_again_from_the_archive_asks_first_when_the_checks_find_errors() {
    let home = Home::new("export-again");
    let archive = home.archive();
    let good = fixture("delegation-visit-ru.ron");
    let (good_path, _) = archive.save_new(&good).unwrap();
    let mut wrong = fixture("delegation-visit-ru.ron");
    wrong.id = uuid::Uuid::new_v4();
    // Export 60,09 + import 88,81 no longer make the turnover of 148,9.
    wrong.statistics[1].parts[1].value = "98.81".parse().unwrap();
    let (wrong_path, _) = archive.save_new(&wrong).unwrap();
    // Exports go into the test's own folder, not the user's Documents.
    let exports = home.paths.data.join("exports");
    let prefs = pressdesk::gui::prefs::Prefs {
        export_folder: Some(exports.clone()),
        ..Default::default()
    };
    pressdesk::gui::prefs::save(&pressdesk::gui::prefs::file(&home.paths.config), &prefs).unwrap();

    let mut app = home.start();
    send(
        &mut app,
        Message::Archive(archive::Message::Export(good_path)),
    );
    let notice = app.notice().expect("a notice after the export");
    assert!(!notice.is_error, "{}", notice.text);
    assert!(notice.text.ends_with(".docx"), "{}", notice.text);
    assert_eq!(std::fs::read_dir(&exports).unwrap().count(), 1);
    assert!(
        app.editor().is_none(),
        "a clean release is exported without opening it"
    );

    send(
        &mut app,
        Message::Archive(archive::Message::Export(wrong_path.clone())),
    );
    let editor = app.editor().expect("the release with an error opens");
    assert_eq!(editor.path(), Some(&wrong_path));
    assert!(shows(
        &app,
        "Проверка нашла 1 ошибку. Экспортировать всё равно?"
    ));
    assert_eq!(
        std::fs::read_dir(&exports).unwrap().count(),
        1,
        "nothing more written"
    );
}

/// A folder of past releases dropped onto the home screen is imported with its progress
/// shown, the list takes them in, and a file that cannot be read is named in the notice.
#[test]
fn a_folder_dropped_on_the_archive_is_imported() {
    let home = Home::new("import-drop");
    let mut app = home.start();
    let before = listed(&app).len();
    let past = home.paths.config.parent().unwrap().join("past");
    std::fs::create_dir_all(past.join("2024")).unwrap();
    std::fs::write(
        past.join("2024/visit.txt"),
        "Аким области встретился с делегацией из Китая\n\n\
         Туркестан, 5 марта 2024 года. Аким области провёл встречу с делегацией.\n\n\
         Стороны обсудили сотрудничество в торговле.\n",
    )
    .unwrap();
    std::fs::write(
        past.join("forum.md"),
        "Облыс әкімі форумға шақырады\n\n\
         Түркістан, 2024 жылғы 12 сәуірде халықаралық форум өтеді.\n",
    )
    .unwrap();
    std::fs::write(past.join("broken.docx"), b"PK\x03\x04 not a zip").unwrap();

    send(&mut app, Message::Dropped(past.clone()));
    assert_eq!(listed(&app).len(), before + 2);
    let notice = app.notice().expect("a notice when the import ends");
    assert!(notice.is_error, "one file could not be read");
    assert!(notice.text.contains("broken.docx"), "{}", notice.text);
    assert!(
        notice.text.contains("Перенесено в архив: 2"),
        "{}",
        notice.text
    );
    assert!(shows(&app, "Аким области встретился с делегацией из Китая"));

    // Dropped again: nothing doubles.
    send(&mut app, Message::Dropped(past));
    assert_eq!(listed(&app).len(), before + 2);
}
