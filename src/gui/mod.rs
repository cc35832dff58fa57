//! The window. The only part of Pressdesk that knows about iced and rfd.
//!
//! `app.rs` holds the screens (`screen/`) and routes their messages; each screen has its own
//! `State`, `Message`, `update` and `view`, and answers its parent with an `Action`. File
//! work runs in tasks (`files.rs`); the look lives in `theme.rs`, `font.rs` and `icon.rs`.

pub mod app;
pub mod clipboard;
pub mod context;
pub mod drive;
pub mod files;
pub mod font;
pub mod handoff;
pub mod i18n;
pub mod icon;
pub mod notice;
pub mod parse;
pub mod photos;
pub mod prefs;
pub mod recent;
pub mod renderer;
pub mod screen;
pub mod theme;
pub mod ticker;
pub mod undo;
pub mod widget;

use std::path::PathBuf;

use iced::{Size, window};

pub use app::App;

/// The smallest window everything is laid out for.
pub const MIN_SIZE: Size = Size::new(1024.0, 640.0);

/// When the window was asked for, so `PRESSDESK_TRACE_STARTUP=1` can report how long the
/// archive took to become usable (scripts/archive-scale.sh reads it).
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// The one app id: the desktop file's name and StartupWMClass, the AppStream id and the
/// icon name (packaging/linux/), the macOS bundle id and the Windows AppUserModelID. On
/// Linux the window carries it as its Wayland app id and X11 WM_CLASS, so the desktop
/// groups the window with its menu entry and icon.
pub const APP_ID: &str = "kz.pressdesk.Pressdesk";

/// Opens the window. `PRESSDESK_OPEN=FILE` opens that release at start.
pub fn run() -> iced::Result {
    run_with(open_from_env())
}

/// The release named by `PRESSDESK_OPEN`, if any (scripts and tests use it).
pub fn open_from_env() -> Option<PathBuf> {
    std::env::var_os("PRESSDESK_OPEN")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// Says why the window will not open, in a message box as well as on stderr: a program
/// started from a menu or by a double-click has nobody reading its stderr.
pub fn show_startup_error(message: &str) {
    eprintln!("pressdesk: {message}");
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title("Pressdesk")
        .set_description(message)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
}

/// Opens the window with `open` (a release file) loaded at start.
/// Chooses how the window is drawn from the saved preference, read now: it must be known
/// before the window opens (see [`renderer`]).
pub fn choose_renderer() -> renderer::Drawing {
    let choice = crate::paths::Paths::discover()
        .and_then(|paths| prefs::load(&prefs::file(&paths.config)).ok())
        .map(|prefs| prefs.renderer)
        .unwrap_or_default();
    renderer::choose(choice)
}

pub fn run_with(open: Option<PathBuf>) -> iced::Result {
    STARTED.get_or_init(std::time::Instant::now);
    let mut application =
        iced::application(move || App::boot(open.clone()), App::update, App::view)
            .title(App::title)
            .theme(App::theme)
            .subscription(App::subscription)
            .default_font(font::UI)
            // Closing asks about unsaved changes first (see `App::update`, CloseRequested).
            .exit_on_close_request(false)
            .window(window_settings());
    for bytes in font::FILES {
        application = application.font(bytes);
    }
    let result = application.run();
    clipboard::release();
    result
}

/// The window icon (title bar, taskbar, alt-tab), 64×64 RGBA rendered from the app icon's
/// SVG by scripts/render-icons.sh.
const WINDOW_ICON: &[u8] = include_bytes!("../../packaging/pressdesk-64.rgba");

/// The main window: its size, icon and, on Linux, the app id.
pub fn window_settings() -> window::Settings {
    window::Settings {
        size: Size::new(1200.0, 780.0),
        min_size: Some(MIN_SIZE),
        icon: window::icon::from_rgba(WINDOW_ICON.to_vec(), 64, 64).ok(),
        #[cfg(target_os = "linux")]
        platform_specific: window::settings::PlatformSpecific {
            application_id: APP_ID.to_owned(),
            ..Default::default()
        },
        ..window::Settings::default()
    }
}
