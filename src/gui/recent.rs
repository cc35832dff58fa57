//! Releases opened or saved recently, newest first, kept in `config/recent.ron` so the home
//! screen can offer them again.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::storage::{self, StorageError};

const KEEP: usize = 12;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Recent {
    #[serde(default)]
    pub files: Vec<RecentFile>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecentFile {
    pub path: PathBuf,
    /// The headline when it was last saved, so the list reads as titles, not file names.
    #[serde(default)]
    pub title: String,
}

impl Recent {
    /// Puts `path` at the top (moving it if listed already) and keeps the list short.
    pub fn touch(&mut self, path: &Path, title: &str) {
        self.files.retain(|f| f.path != path);
        self.files.insert(
            0,
            RecentFile {
                path: path.to_path_buf(),
                title: title.to_string(),
            },
        );
        self.files.truncate(KEEP);
    }

    pub fn forget(&mut self, path: &Path) {
        self.files.retain(|f| f.path != path);
    }
}

pub fn file(config: &Path) -> PathBuf {
    config.join("recent.ron")
}

/// A missing or damaged list is an empty one: it is only a convenience.
pub fn load(path: &Path) -> Recent {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| ron::from_str(&text).ok())
        .unwrap_or_default()
}

pub fn save(path: &Path, recent: &Recent) -> Result<(), StorageError> {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let text =
        ron::ser::to_string_pretty(recent, ron::ser::PrettyConfig::new()).unwrap_or_default();
    storage::write_atomic(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_without_duplicates_and_bounded() {
        let mut recent = Recent::default();
        for i in 0..20 {
            recent.touch(Path::new(&format!("/r/{i}.pressdesk")), "t");
        }
        recent.touch(Path::new("/r/15.pressdesk"), "again");
        assert_eq!(recent.files.len(), KEEP);
        assert_eq!(recent.files[0].path, Path::new("/r/15.pressdesk"));
        assert_eq!(recent.files[0].title, "again");
        assert_eq!(
            recent
                .files
                .iter()
                .filter(|f| f.path.ends_with("15.pressdesk"))
                .count(),
            1
        );
    }

    #[test]
    fn survives_a_damaged_file() {
        let dir = std::env::temp_dir().join(format!("pressdesk-recent-{}", std::process::id()));
        let path = file(&dir);
        let mut recent = Recent::default();
        recent.touch(Path::new("/a.pressdesk"), "A");
        save(&path, &recent).unwrap();
        assert_eq!(load(&path), recent);
        std::fs::write(&path, "garbage(").unwrap();
        assert_eq!(load(&path), Recent::default());
        let _ = std::fs::remove_dir_all(dir);
    }
}
