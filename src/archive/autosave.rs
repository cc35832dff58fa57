//! Autosaved drafts: the open release written to a local drafts folder shortly after each
//! edit, so a crash or a killed process loses at most the last moments of typing.
//!
//! A draft is removed when its release is saved or its changes are discarded; drafts found
//! at start belong to a session that ended without either, and the window offers them back.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::store::Fingerprint;
use crate::release::Release;
use crate::storage::{self, StorageError};

pub const DRAFT_VERSION: u32 = 1;
const EXTENSION: &str = "draft";

/// A release as it was being edited, and where it was meant to be saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub version: u32,
    /// The file the release was opened from or will be saved to; `None` for a new one.
    pub target: Option<PathBuf>,
    pub autosaved: Timestamp,
    /// What the target file held when it was opened: recovering and saving must still
    /// notice that someone changed it meanwhile.
    #[serde(default)]
    pub base: Option<Fingerprint>,
    pub release: Release,
}

/// A draft file that could not be read back, with the reason.
#[derive(Debug, Clone)]
pub struct UnreadableDraft {
    pub path: PathBuf,
    pub error: StorageError,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drafts {
    dir: PathBuf,
}

impl Drafts {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Drafts { dir: dir.into() }
    }

    fn path(&self, id: Uuid) -> PathBuf {
        self.dir.join(format!("{id}.{EXTENSION}"))
    }

    /// Writes (atomically) the draft of `release`, replacing the previous one.
    pub fn write(
        &self,
        release: &Release,
        target: Option<&Path>,
        base: Option<Fingerprint>,
    ) -> Result<(), StorageError> {
        std::fs::create_dir_all(&self.dir).map_err(|e| StorageError::Io {
            path: self.dir.clone(),
            source: std::sync::Arc::new(e),
        })?;
        let draft = Draft {
            version: DRAFT_VERSION,
            target: target.map(Path::to_path_buf),
            autosaved: Timestamp::now(),
            base,
            release: release.clone(),
        };
        let config = ron::ser::PrettyConfig::new().indentor("  ".to_string());
        let text = ron::ser::to_string_pretty(&draft, config).unwrap_or_default();
        storage::write_atomic(&self.path(release.id), text.as_bytes())
    }

    /// Forgets the draft of a release that was saved or whose changes were discarded.
    pub fn remove(&self, id: Uuid) {
        // Already gone is fine: the goal is that it is not offered again.
        let _ = std::fs::remove_file(self.path(id));
    }

    /// Every draft left in the folder, newest first, and those that cannot be read.
    pub fn list(&self) -> (Vec<Draft>, Vec<UnreadableDraft>) {
        let mut drafts = Vec::new();
        let mut unreadable = Vec::new();
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return (drafts, unreadable);
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some(EXTENSION) {
                continue;
            }
            match read_draft(&path) {
                Ok(draft) => drafts.push(draft),
                Err(error) => unreadable.push(UnreadableDraft { path, error }),
            }
        }
        drafts.sort_by_key(|d| std::cmp::Reverse(d.autosaved));
        (drafts, unreadable)
    }
}

fn read_draft(path: &Path) -> Result<Draft, StorageError> {
    let text = std::fs::read_to_string(path).map_err(|e| StorageError::Io {
        path: path.to_path_buf(),
        source: std::sync::Arc::new(e),
    })?;
    let mut draft: Draft = ron::from_str(&text).map_err(|e| crate::storage::malformed(path, e))?;
    // A draft left by an earlier version is recovered in today's shape, as a file is.
    crate::migration::to_current(&mut draft.release);
    Ok(draft)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Release {
        storage::load_release(Path::new("tests/fixtures/releases/delegation-visit-ru.ron")).unwrap()
    }

    #[test]
    fn a_draft_comes_back_with_its_target_until_removed() {
        let dir = std::env::temp_dir().join(format!("pressdesk-drafts-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let drafts = Drafts::new(&dir);
        let mut release = sample();
        release.versions[0].lead.edit("Текст, набранный до сбоя");
        let target = Path::new("/archive/x.pressdesk");
        drafts.write(&release, Some(target), None).unwrap();

        let (found, unreadable) = drafts.list();
        assert!(unreadable.is_empty());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].release, release);
        assert_eq!(found[0].target.as_deref(), Some(target));

        drafts.remove(release.id);
        assert!(drafts.list().0.is_empty());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_broken_draft_is_reported_not_fatal() {
        let dir = std::env::temp_dir().join(format!("pressdesk-drafts-bad-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("x.draft"), "(version: 1, target: ").unwrap();
        let drafts = Drafts::new(&dir);
        drafts.write(&sample(), None, None).unwrap();
        let (found, unreadable) = drafts.list();
        assert_eq!(found.len(), 1);
        assert_eq!(unreadable.len(), 1);
        let _ = std::fs::remove_dir_all(dir);
    }
}
