//! Pressdesk's core: releases, templates, composing, typography and export.
//!
//! Nothing here depends on the GUI; `cargo build --no-default-features` builds it alone.

/// A message in the reader's language: `say!(ui, ru: "…{x}…", kk: "…", en: "…")`.
/// Defined before the modules, so every module can use it.
macro_rules! say {
    ($ui:expr, ru: $ru:literal, kk: $kk:literal, en: $en:literal $(,)?) => {
        match $ui {
            $crate::language::Language::Ru => format!($ru),
            $crate::language::Language::Kk => format!($kk),
            $crate::language::Language::En => format!($en),
        }
    };
}

pub mod archive;
pub mod checks;
pub mod cli;
pub mod clock;
pub mod compose;
pub mod document;
pub mod draft;
pub mod export;
#[cfg(feature = "gui")]
pub mod gui;
pub mod language;
pub mod letterhead;
pub mod migration;
pub mod paths;
pub mod pattern;
pub mod photos;
pub mod profile;
pub mod release;
pub mod spelling;
pub mod storage;
pub mod template;
pub mod typography;

pub use compose::compose;
pub use document::{Block, Document, Inline};
pub use language::{Language, Localized};
pub use profile::Profile;
pub use release::Release;
pub use template::{Template, TemplateSet};
