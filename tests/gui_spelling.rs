//! Spelling in the window: a Kazakh word typed on a Russian layout is marked while the user
//! types and listed among the checks with the right word first; one click puts it in and
//! Ctrl+Z takes it back; a right-click on the word offers the same under the field, and
//! "Add to dictionary" writes the office's dictionary so the word is known from then on.
#![cfg(feature = "gui")]

mod gui_support;

use gui_support::{act, click_text, fixture_context, open_release, send, shows};
use iced_test::selector;

use std::path::{Path, PathBuf};

use iced::mouse;
use pressdesk::archive::Archive;
use pressdesk::gui::App;
use pressdesk::gui::app::Message;
use pressdesk::gui::screen::editor;
use pressdesk::language::Language;
use pressdesk::release::{DraftText, Release};
use pressdesk::storage;

/// The Kazakh sample release with `lead` as its lead.
fn kazakh(lead: &str) -> Release {
    let mut release =
        storage::load_release(Path::new("tests/fixtures/releases/delegation-visit-kk.ron"))
            .unwrap();
    let version = release.version_mut(Language::Kk).unwrap();
    version.lead = DraftText::typed(lead);
    release
}

/// The editor on `release`, with the archive (and so the office's dictionary) in `archive`.
fn editing(release: Release, archive: &Path) -> App {
    pressdesk::spelling::load_all();
    let mut ctx = fixture_context();
    ctx.archive = Archive::new(archive.to_path_buf());
    let mut app = App::with_context(ctx);
    open_release(&mut app, release, archive.join("release.pressdesk"));
    app
}

fn scratch(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!(
        "pressdesk-gui-spelling-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

fn misspelled(app: &App) -> Vec<String> {
    app.editor()
        .unwrap()
        .findings()
        .iter()
        .filter_map(|f| f.word.clone())
        .collect()
}

fn lead(app: &App) -> String {
    let editor = app.editor().unwrap();
    editor
        .release()
        .version(Language::Kk)
        .unwrap()
        .lead
        .text
        .clone()
}

#[test]
fn a_word_typed_on_a_russian_layout_is_listed_with_the_right_word_and_one_click_puts_it_in() {
    let folder = scratch("panel");
    let mut app = editing(kazakh("Делегация облыста болды."), &folder);
    assert!(misspelled(&app).is_empty(), "{:?}", misspelled(&app));

    // Typed at the end of the lead, as a user types: marked at once.
    act(&mut app, |ui| {
        ui.click(selector::id("area-lead")).unwrap();
        ui.typewrite(" Казакстан");
    });
    assert!(lead(&app).ends_with("Казакстан"), "{}", lead(&app));
    assert_eq!(misspelled(&app), ["Казакстан"]);

    // The checks panel lists it; what it may have meant is made in the background and
    // comes with the right word first.
    send(&mut app, Message::Editor(editor::Message::ShowChecks));
    let finding = app
        .editor()
        .unwrap()
        .findings()
        .iter()
        .find(|f| f.word.is_some())
        .cloned()
        .unwrap();
    assert_eq!(
        finding.suggestions.first().map(String::as_str),
        Some("Қазақстан")
    );
    assert_eq!(finding.code, "spelling");

    click_text(&mut app, "Қазақстан");
    assert!(lead(&app).ends_with(" Қазақстан"), "{}", lead(&app));
    assert!(misspelled(&app).is_empty(), "{:?}", misspelled(&app));

    send(&mut app, Message::Editor(editor::Message::Undo));
    assert!(lead(&app).ends_with(" Казакстан"), "{}", lead(&app));
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn a_right_click_on_a_word_offers_its_suggestions_and_add_to_dictionary_makes_it_known() {
    let folder = scratch("menu");
    // A word the dictionary does not know, first in the lead.
    let mut app = editing(kazakh("Кездсу облыста болды."), &folder);
    assert_eq!(misspelled(&app), ["Кездсу"]);

    // A right-click on the first word of the lead.
    act(&mut app, |ui| {
        let area = ui.find(selector::id("area-lead")).unwrap();
        let bounds = selector::Bounded::visible_bounds(&area).unwrap();
        ui.point_at(iced::Point::new(bounds.x + 20.0, bounds.y + 14.0));
        ui.simulate([
            iced::Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Right)),
            iced::Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Right)),
        ]);
    });
    let menu = app.editor().unwrap().spelling_menu().cloned().unwrap();
    assert_eq!(menu.word, "Кездсу");
    assert!(
        menu.suggested.words.iter().any(|w| w == "Кездесу"),
        "{:?}",
        menu.suggested
    );

    let add = app.context().i18n.tr("spelling-add-to-dictionary");
    assert!(shows(&app, &add));
    click_text(&mut app, &add);
    let dictionary = std::fs::read_to_string(folder.join("dictionary.txt")).unwrap();
    assert_eq!(dictionary, "Кездсу\n");
    assert!(misspelled(&app).is_empty(), "{:?}", misspelled(&app));
    assert!(app.editor().unwrap().spelling_menu().is_none());
    let _ = std::fs::remove_dir_all(&folder);
}
