//! Photos in the window: files dropped onto it are copied into the archive's photos folder
//! and listed with their thumbnails; a HEIC is refused with how to convert it; a caption
//! typed shows under the photo in the page, and Ctrl+Z takes it back.
#![cfg(feature = "gui")]

mod gui_support;

use gui_support::{fixture_context, open_release, send, shows, type_into};

use std::path::{Path, PathBuf};

use pressdesk::archive::Archive;
use pressdesk::gui::App;
use pressdesk::gui::app::Message;
use pressdesk::gui::screen::editor;
use pressdesk::language::Language;

fn scratch(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!(
        "pressdesk-gui-photos-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

fn editing(archive: &Path) -> App {
    editing_with(archive, None)
}

/// The editor on the sample release in `archive`; "Save as" writes into `export_folder`.
fn editing_with(archive: &Path, export_folder: Option<&Path>) -> App {
    let release = pressdesk::storage::load_release(Path::new(
        "tests/fixtures/releases/delegation-visit-ru.ron",
    ))
    .unwrap();
    let mut ctx = fixture_context();
    ctx.archive = Archive::new(archive.to_path_buf());
    ctx.prefs.export_folder = export_folder.map(Path::to_path_buf);
    let mut app = App::with_context(ctx);
    open_release(&mut app, release, archive.join("visit.pressdesk"));
    app
}

fn jpeg(path: &Path, width: u32, height: u32) {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, 90])
    });
    picture.save(path).unwrap();
}

#[test]
fn dropped_photos_are_copied_in_listed_and_captioned_with_undo() {
    let archive = scratch("drop");
    let outside = scratch("drop-outside");
    jpeg(&outside.join("IMG_2041.jpg"), 1600, 1200);
    let mut heic = vec![0, 0, 0, 0x18];
    heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    heic.resize(2048, 0);
    std::fs::write(outside.join("IMG_5000.HEIC"), heic).unwrap();

    let mut app = editing(&archive);
    send(
        &mut app,
        Message::Editor(editor::Message::PhotosDropped(vec![
            outside.join("IMG_2041.jpg"),
            outside.join("IMG_5000.HEIC"),
        ])),
    );
    let release = app.editor().unwrap().release();
    assert_eq!(release.photos.len(), 1, "the HEIC is not added");
    let photo = release.photos[0].clone();
    assert!(photo.main, "the first photo is the main one");
    assert_eq!(photo.original_name, "IMG_2041.jpg");
    assert_eq!((photo.width, photo.height), (1600, 1200));
    assert!(archive.join("photos").join(&photo.file).is_file());
    assert!(shows(&app, "1. IMG_2041.jpg"));
    assert!(shows(&app, "1600×1200"));
    // Its thumbnail was made in the background and stands in the placeholder's place.
    assert!(!shows(&app, "Готовится…"));
    // The HEIC's refusal names it and says what to do, in the notice above the form.
    let notice = app.notice().expect("a notice for the refused file");
    assert!(notice.is_error);
    assert!(notice.text.contains("IMG_5000.HEIC"), "{}", notice.text);
    assert!(notice.text.contains("JPEG"), "{}", notice.text);

    type_into(&mut app, "photo-0-caption", "Встреча делегаций");
    let release = app.editor().unwrap().release();
    assert_eq!(
        release.photos[0].caption.get(Language::Ru),
        "Встреча делегаций"
    );
    // The page shows it under the photo, as the exports will.
    assert!(shows(&app, "Встреча делегаций"));
    // No caption-missing warning once it is there.
    assert!(
        !app.editor()
            .unwrap()
            .findings()
            .iter()
            .any(|f| f.code == "photos/no-caption")
    );

    send(&mut app, Message::Editor(editor::Message::Undo));
    let release = app.editor().unwrap().release();
    assert_eq!(release.photos[0].caption.get(Language::Ru), "");
    assert!(
        app.editor()
            .unwrap()
            .findings()
            .iter()
            .any(|f| f.code == "photos/no-caption")
    );
    send(&mut app, Message::Editor(editor::Message::Undo));
    assert!(
        app.editor().unwrap().release().photos.is_empty(),
        "adding the photo is one step to undo"
    );
    let _ = std::fs::remove_dir_all(&archive);
    let _ = std::fs::remove_dir_all(&outside);
}

/// "Save as" into another folder takes the photos along: the copy opens with them there.
#[test]
fn a_release_saved_as_elsewhere_takes_its_photos_along() {
    let archive = scratch("save-as");
    let elsewhere = scratch("save-as-elsewhere");
    let outside = scratch("save-as-outside");
    jpeg(&outside.join("hall.jpg"), 640, 480);
    let mut app = editing_with(&archive, Some(&elsewhere));
    send(
        &mut app,
        Message::Editor(editor::Message::PhotosDropped(vec![
            outside.join("hall.jpg"),
        ])),
    );
    let file = app.editor().unwrap().release().photos[0].file.clone();
    assert!(archive.join("photos").join(&file).is_file());
    send(&mut app, Message::Editor(editor::Message::SaveAs));
    assert!(
        elsewhere.join("photos").join(&file).is_file(),
        "the photo is copied beside the saved copy"
    );
    assert!(app.notice().is_some_and(|n| !n.is_error));
    for folder in [archive, elsewhere, outside] {
        let _ = std::fs::remove_dir_all(folder);
    }
}
