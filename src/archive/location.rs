//! Which folder is the archive. `PRESSDESK_ARCHIVE` or `--archive` win; otherwise the
//! folder chosen in Settings (`config/archive.ron`, read by the window and the command line
//! alike); otherwise `archive` in the data folder.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::paths::Paths;
use crate::storage::{self, StorageError};

const CHOICE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Choice {
    version: u32,
    folder: Option<PathBuf>,
}

fn choice_file(paths: &Paths) -> PathBuf {
    paths.config.join("archive.ron")
}

/// The folder chosen in Settings, if any. A damaged choice file counts as no choice: the
/// default archive is safer than refusing to start.
pub fn chosen(paths: &Paths) -> Option<PathBuf> {
    let text = std::fs::read_to_string(choice_file(paths)).ok()?;
    ron::from_str::<Choice>(&text).ok()?.folder
}

/// Remembers the folder chosen in Settings; `None` returns to the default.
pub fn choose(paths: &Paths, folder: Option<&Path>) -> Result<(), StorageError> {
    let choice = Choice {
        version: CHOICE_VERSION,
        folder: folder.map(Path::to_path_buf),
    };
    let file = choice_file(paths);
    if let Some(dir) = file.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let text =
        ron::ser::to_string_pretty(&choice, ron::ser::PrettyConfig::new()).unwrap_or_default();
    storage::write_atomic(&file, text.as_bytes())
}

/// The archive folder in effect: `flag`, else `PRESSDESK_ARCHIVE`, else the chosen one,
/// else the default.
pub fn resolve(paths: &Paths, flag: Option<&Path>) -> PathBuf {
    match flag {
        Some(folder) => folder.to_path_buf(),
        None => paths.archive_dir(chosen(paths).as_deref()),
    }
}
