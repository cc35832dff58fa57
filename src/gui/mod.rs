//! The window. The only part of Pressdesk that knows about iced and rfd.
//!
//! `app.rs` holds the screens (`screen/`) and routes their messages; each screen has its own
//! `State`, `Message`, `update` and `view`, and answers its parent with an `Action`. File
//! work runs in tasks (`files.rs`); the look lives in `theme.rs`, `font.rs` and `icon.rs`.

pub mod app;
pub mod context;
pub mod drive;
pub mod files;
pub mod font;
pub mod handoff;
pub mod i18n;
pub mod icon;
pub mod notice;
pub mod parse;
pub mod prefs;
pub mod recent;
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

/// Opens the window. `PRESSDESK_OPEN=FILE` opens that release at start.
pub fn run() -> iced::Result {
    STARTED.get_or_init(std::time::Instant::now);
    let open = std::env::var_os("PRESSDESK_OPEN")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    let mut application =
        iced::application(move || App::boot(open.clone()), App::update, App::view)
            .title(App::title)
            .theme(App::theme)
            .subscription(App::subscription)
            .default_font(font::UI)
            // Closing asks about unsaved changes first (see `App::update`, CloseRequested).
            .exit_on_close_request(false)
            .window(window::Settings {
                size: Size::new(1200.0, 780.0),
                min_size: Some(MIN_SIZE),
                ..window::Settings::default()
            });
    for bytes in font::FILES {
        application = application.font(bytes);
    }
    application.run()
}
