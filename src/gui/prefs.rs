//! The window's own preferences (interface language, theme, export folder), stored beside
//! the organisation profile as `config/window.ron`. They are not part of [`Profile`]
//! because the CLI and the exported files never use them.
//!
//! [`Profile`]: crate::profile::Profile

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::theme::ThemeChoice;
use crate::language::Language;
use crate::storage::{self, StorageError};

pub const PREFS_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prefs {
    pub version: u32,
    #[serde(default = "russian")]
    pub ui_language: Language,
    #[serde(default)]
    pub theme: ThemeChoice,
    /// Where saving and exporting go when the system has no file dialog; `None` means
    /// Documents/Pressdesk.
    #[serde(default)]
    pub export_folder: Option<PathBuf>,
    /// GPU or software drawing; read before the window opens, so a change applies at the
    /// next start.
    #[serde(default)]
    pub renderer: super::renderer::RendererChoice,
}

fn russian() -> Language {
    Language::Ru
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            version: PREFS_VERSION,
            ui_language: Language::Ru,
            theme: ThemeChoice::Light,
            export_folder: None,
            renderer: super::renderer::RendererChoice::Automatic,
        }
    }
}

pub fn file(config: &Path) -> PathBuf {
    config.join("window.ron")
}

/// Reads the preferences; a missing file means defaults, a damaged one is an error the
/// caller reports (and then uses defaults).
pub fn load(path: &Path) -> Result<Prefs, StorageError> {
    match std::fs::read_to_string(path) {
        Ok(text) => ron::from_str(&text).map_err(|e| crate::storage::malformed(path, e)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Prefs::default()),
        Err(e) => Err(StorageError::Io {
            path: path.to_path_buf(),
            source: std::sync::Arc::new(e),
        }),
    }
}

pub fn save(path: &Path, prefs: &Prefs) -> Result<(), StorageError> {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let text = ron::ser::to_string_pretty(prefs, ron::ser::PrettyConfig::new()).unwrap_or_default();
    storage::write_atomic(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_reports_damage() {
        let dir = std::env::temp_dir().join(format!("pressdesk-prefs-{}", std::process::id()));
        let path = file(&dir);
        assert_eq!(load(&path).unwrap(), Prefs::default());
        let prefs = Prefs {
            ui_language: Language::Kk,
            theme: ThemeChoice::Dark,
            ..Prefs::default()
        };
        save(&path, &prefs).unwrap();
        assert_eq!(load(&path).unwrap(), prefs);
        std::fs::write(&path, "(version: 1, ui_language: ").unwrap();
        assert!(matches!(load(&path), Err(StorageError::Malformed { .. })));
        let _ = std::fs::remove_dir_all(dir);
    }
}
