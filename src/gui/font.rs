//! Embedded fonts: the app must show Russian and Kazakh (ә ғ қ ң ө ұ ү һ і), « » „ “ № ₸
//! the same on every machine, whatever fonts the system has.
//!
//! Noto Sans is the interface face, Noto Serif the face of the preview page (it stands in
//! for the Times-like body of the exported DOCX), and a subset of Lucide holds the icons.

use iced::Font;
use iced::font::{Style, Weight};

/// The interface text; set as the application's default font.
pub const UI: Font = Font::with_name("Noto Sans");
pub const UI_SEMIBOLD: Font = Font {
    weight: Weight::Semibold,
    ..UI
};

/// The preview page: reads like the printed release.
pub const PAGE: Font = Font::with_name("Noto Serif");
pub const PAGE_BOLD: Font = Font {
    weight: Weight::Bold,
    ..PAGE
};
pub const PAGE_ITALIC: Font = Font {
    style: Style::Italic,
    ..PAGE
};

/// Icons (see `icon.rs`).
pub const ICONS: Font = Font::with_name("lucide");

/// Every embedded font file, registered when the window starts.
pub const FILES: [&[u8]; 6] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-SemiBold.ttf"),
    include_bytes!("../../assets/fonts/NotoSerif-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSerif-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSerif-Italic.ttf"),
    include_bytes!("../../assets/icons/lucide-subset.ttf"),
];
