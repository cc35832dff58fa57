//! Icons from the embedded Lucide subset (assets/icons/lucide-subset.ttf, ISC licence).
//!
//! Only the glyphs listed here are in the subset; to add one, add its code point from
//! Lucide's `codepoints.json` to the `pyftsubset` call in assets/icons/README.md.

use iced::widget::{Text, text};

use super::font;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    New,
    Open,
    Save,
    Export,
    Undo,
    Redo,
    Settings,
    Add,
    Remove,
    Up,
    Down,
    Close,
    Check,
    Languages,
    Back,
    Folder,
    File,
    Warning,
    Info,
    Quote,
    Chart,
    Person,
    Sun,
    Moon,
    Copy,
    Search,
    History,
    Lock,
    Unlock,
    Refresh,
    Restore,
    Archive,
    NewestFirst,
    OldestFirst,
    Recover,
    Damaged,
}

impl Icon {
    fn codepoint(self) -> char {
        match self {
            Icon::New => '\u{e0c9}',
            Icon::Open => '\u{e247}',
            Icon::Save => '\u{e14d}',
            Icon::Export => '\u{e0c8}',
            Icon::Undo => '\u{e2a1}',
            Icon::Redo => '\u{e2a0}',
            Icon::Settings => '\u{e154}',
            Icon::Add => '\u{e13d}',
            Icon::Remove => '\u{e18e}',
            Icon::Up => '\u{e04a}',
            Icon::Down => '\u{e042}',
            Icon::Close => '\u{e1b2}',
            Icon::Check => '\u{e06c}',
            Icon::Languages => '\u{e0fe}',
            Icon::Back => '\u{e06e}',
            Icon::Folder => '\u{e0d7}',
            Icon::File => '\u{e0cc}',
            Icon::Warning => '\u{e193}',
            Icon::Info => '\u{e0f9}',
            Icon::Quote => '\u{e239}',
            Icon::Chart => '\u{e2a3}',
            Icon::Person => '\u{e19f}',
            Icon::Sun => '\u{e178}',
            Icon::Moon => '\u{e11e}',
            Icon::Copy => '\u{e09e}',
            Icon::Search => '\u{e151}',
            Icon::History => '\u{e1f5}',
            Icon::Lock => '\u{e10b}',
            Icon::Unlock => '\u{e10c}',
            Icon::Refresh => '\u{e145}',
            Icon::Restore => '\u{e2cd}',
            Icon::Archive => '\u{e041}',
            Icon::NewestFirst => '\u{e047}',
            Icon::OldestFirst => '\u{e04c}',
            Icon::Recover => '\u{e101}',
            Icon::Damaged => '\u{e0cd}',
        }
    }
}

/// The icon as a text widget in the icon font.
pub fn icon<'a>(icon: Icon) -> Text<'a> {
    text(icon.codepoint().to_string())
        .font(font::ICONS)
        .size(16)
        .line_height(1.0)
}
