//! The letterhead in the window: Settings names a logo file that will not work as soon as
//! it is typed, says when one is ready, and an export with a broken logo still writes the
//! file and says what was left out.
#![cfg(feature = "gui")]

mod gui_support;

use std::io::Cursor;
use std::path::{Path, PathBuf};

use gui_support::{click_text, open_release, send, shows, type_into};
use image::{DynamicImage, ImageFormat, RgbaImage};
use pressdesk::gui::App;
use pressdesk::gui::app::{Message, Shortcut};
use pressdesk::gui::context::Context;
use pressdesk::gui::screen::editor;
use pressdesk::storage;

struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Folder {
        let dir = std::env::temp_dir().join(format!("pressdesk-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Folder(dir)
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn write_png(path: &Path, width: u32, height: u32) {
    let mut out = Cursor::new(Vec::new());
    DynamicImage::ImageRgba8(RgbaImage::from_pixel(
        width,
        height,
        image::Rgba([9, 80, 160, 255]),
    ))
    .write_to(&mut out, ImageFormat::Png)
    .unwrap();
    std::fs::write(path, out.into_inner()).unwrap();
}

fn app_with_fixture_profile(folder: &Path) -> App {
    let mut ctx = Context::new(None, false);
    ctx.profile = storage::load_profile(Path::new("tests/fixtures/profile.ron")).unwrap();
    ctx.prefs.export_folder = Some(folder.to_path_buf());
    App::with_context(ctx)
}

#[test]
fn settings_check_the_logo_as_it_is_typed() {
    let folder = Folder::new("gui-logo");
    let broken = folder.0.join("broken.png");
    std::fs::write(&broken, b"this is text").unwrap();
    let good = folder.0.join("good.png");
    write_png(&good, 600, 300);

    let mut app = app_with_fixture_profile(&folder.0);
    send(&mut app, Message::Shortcut(Shortcut::Settings));
    assert!(app.is_settings());

    type_into(&mut app, "settings-logo", &broken.display().to_string());
    // The profile in use takes the full path at once, and the check names the problem.
    assert_eq!(
        app.context().profile.letterhead.logo.as_deref(),
        Some(broken.as_path())
    );
    let reason = format!(
        "the logo {} is not a PNG, JPEG or SVG picture",
        broken.display()
    );
    assert!(shows(&app, &reason), "no error shown for the broken logo");

    click_text(&mut app, "Убрать");
    assert_eq!(app.context().profile.letterhead.logo, None);

    type_into(&mut app, "settings-logo", &good.display().to_string());
    // 600×300 is scaled to the print height of 240 pixels.
    assert!(shows(&app, "Логотип готов: 480 × 240 пикселей для печати."));
    assert!(!shows(&app, &reason));

    // A relative path is not taken: it would depend on where the program started.
    click_text(&mut app, "Убрать");
    type_into(&mut app, "settings-logo", "logo.png");
    assert_eq!(app.context().profile.letterhead.logo, None);
    assert!(shows(
        &app,
        "Укажите полный путь к файлу или нажмите «Выбрать…»"
    ));
}

#[test]
fn an_export_with_a_broken_logo_is_written_and_says_so() {
    let folder = Folder::new("gui-logo-export");
    let broken = folder.0.join("logo.svg");
    std::fs::write(&broken, "<svg><g").unwrap();
    let mut app = app_with_fixture_profile(&folder.0);
    let mut ctx_profile = app.context().profile.clone();
    ctx_profile.letterhead.logo = Some(broken.clone());
    // Through Settings, as a user would set it.
    send(&mut app, Message::Shortcut(Shortcut::Settings));
    type_into(&mut app, "settings-logo", &broken.display().to_string());
    assert_eq!(app.context().profile.letterhead, ctx_profile.letterhead);
    click_text(&mut app, "Назад");

    let release =
        storage::load_release(Path::new("tests/fixtures/releases/delegation-visit-ru.ron"))
            .unwrap();
    open_release(&mut app, release, folder.0.join("release.pressdesk"));
    // The preview shows the letterhead's name above the release.
    assert!(shows(&app, "Акимат Туркестанской области"));

    send(
        &mut app,
        Message::Editor(editor::Message::Export(pressdesk::gui::files::Format::Docx)),
    );
    let notice = app.notice().expect("a notice after the export");
    assert!(notice.is_error, "a left-out logo must not pass unnoticed");
    assert!(
        notice.text.contains("Бланк вышел без логотипа"),
        "{}",
        notice.text
    );
    assert!(notice.text.contains("logo.svg"), "{}", notice.text);
    let written: Vec<_> = std::fs::read_dir(&folder.0)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "docx"))
        .collect();
    assert_eq!(written.len(), 1, "the DOCX is written all the same");
}
