//! The archive folder: one file per release, named by its id, plus the trash, the history
//! of earlier versions and the quarantine for damaged files, each a hidden subfolder so a
//! synced folder carries them to the whole office.
//!
//! ```text
//! <archive>/<id>.pressdesk                    the releases
//! <archive>/.trash/<id>.pressdesk             deleted, restorable
//! <archive>/.history/<id>/<stamp>.pressdesk   earlier versions
//! <archive>/.quarantine/<name>                damaged files the user set aside
//! <archive>/.lock                             held while a save checks and writes
//! ```
//!
//! Saving never overwrites a file that changed since it was read: the caller passes the
//! [`Fingerprint`] of what it loaded and gets [`StorageError::Changed`] if the file on disk
//! is no longer that. The check and the write happen under an exclusive lock on `.lock`, so
//! two Pressdesk windows (or a window and the CLI) on one archive take turns.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use jiff::Timestamp;
use uuid::Uuid;

use crate::release::Release;
use crate::storage::{self, RELEASE_EXTENSION, StorageError};

const TRASH: &str = ".trash";
const HISTORY: &str = ".history";
const QUARANTINE: &str = ".quarantine";
const LOCK: &str = ".lock";

/// What a file held when it was read: saving compares it with the file on disk.
///
/// The content, not the modification time: sync tools keep or reset times as they like,
/// and two saves within one second share a time on some file systems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Fingerprint(u64);

impl Fingerprint {
    pub fn of(bytes: &[u8]) -> Self {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Fingerprint(hasher.finish())
    }

    /// The fingerprint of the file now; `None` when there is no file.
    pub fn of_file(path: &Path) -> Result<Option<Self>, StorageError> {
        match std::fs::read(path) {
            Ok(bytes) => Ok(Some(Fingerprint::of(&bytes))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(storage_io(path, e)),
        }
    }
}

/// Size and modification time: enough to notice that a file needs reading again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Stamp {
    pub len: u64,
    /// Nanoseconds since the Unix epoch; 0 when the system does not say.
    pub modified: u128,
}

impl Stamp {
    pub fn of(meta: &std::fs::Metadata) -> Self {
        let modified = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        Stamp {
            len: meta.len(),
            modified,
        }
    }
}

/// A release read from the archive with the fingerprint to save it back safely.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub release: Release,
    pub fingerprint: Fingerprint,
}

/// An earlier version kept in the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryVersion {
    pub path: PathBuf,
    pub kept: Timestamp,
}

/// A deleted release waiting in the trash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trashed {
    pub path: PathBuf,
    pub deleted: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Archive {
    root: PathBuf,
}

impl Archive {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Archive { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the release with this id lives.
    pub fn path_of(&self, id: Uuid) -> PathBuf {
        self.root.join(format!("{id}.{RELEASE_EXTENSION}"))
    }

    /// Whether the release with this id is in the archive or in its trash.
    pub fn holds(&self, id: Uuid) -> bool {
        let name = format!("{id}.{RELEASE_EXTENSION}");
        self.root.join(&name).exists() || self.root.join(TRASH).join(&name).exists()
    }

    /// Every release file directly in the archive folder with its stamp. The hidden
    /// subfolders (trash, history, quarantine) are not part of the list.
    pub fn scan(&self) -> Result<Vec<(PathBuf, Stamp)>, StorageError> {
        let entries = match std::fs::read_dir(&self.root) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(storage_io(&self.root, e)),
        };
        let mut files = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            if !is_release_file(&path) {
                continue;
            }
            // A file deleted between listing and stat is simply gone.
            match entry.metadata() {
                Ok(meta) if meta.is_file() => files.push((path, Stamp::of(&meta))),
                _ => {}
            }
        }
        files.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(files)
    }

    pub fn load(&self, path: &Path) -> Result<Loaded, StorageError> {
        load_file(path)
    }

    /// Saves `release` to `path`, but only if the file is still what the caller read
    /// (`expected`), or still absent when `expected` is `None`. Returns the new fingerprint.
    pub fn save(
        &self,
        path: &Path,
        release: &Release,
        expected: Option<Fingerprint>,
    ) -> Result<Fingerprint, StorageError> {
        let _lock = self.lock()?;
        save_file(path, release, expected)
    }

    /// Saves a new release under its id; refuses if a file with that id exists already.
    pub fn save_new(&self, release: &Release) -> Result<(PathBuf, Fingerprint), StorageError> {
        let path = self.path_of(release.id);
        let fingerprint = self.save(&path, release, None)?;
        Ok((path, fingerprint))
    }

    /// Moves a release file into the trash. The name is kept (with a number added if the
    /// trash holds one already) so restoring puts it back where it was.
    pub fn trash(&self, path: &Path) -> Result<PathBuf, StorageError> {
        let _lock = self.lock()?;
        move_into(path, &self.root.join(TRASH))
    }

    pub fn trashed(&self) -> Vec<Trashed> {
        let mut items: Vec<Trashed> = list_files(&self.root.join(TRASH))
            .into_iter()
            .map(|(path, meta)| Trashed {
                deleted: meta
                    .modified()
                    .ok()
                    .and_then(|t| Timestamp::try_from(t).ok()),
                path,
            })
            .collect();
        items.sort_by_key(|t| std::cmp::Reverse(t.deleted));
        items
    }

    /// Puts a trashed file back; if a release with its name came back meanwhile, the
    /// restored one gets a free name beside it rather than replacing it.
    pub fn restore(&self, trashed: &Path) -> Result<PathBuf, StorageError> {
        let _lock = self.lock()?;
        move_into(trashed, &self.root)
    }

    /// Sets a damaged file aside, out of the list. Only on the user's word.
    pub fn quarantine(&self, path: &Path) -> Result<PathBuf, StorageError> {
        let _lock = self.lock()?;
        move_into(path, &self.root.join(QUARANTINE))
    }

    /// Copies the file as it is now into the release's history.
    pub fn keep_version(&self, path: &Path, id: Uuid) -> Result<PathBuf, StorageError> {
        let bytes = read_bytes(path)?;
        let folder = self.root.join(HISTORY).join(id.to_string());
        std::fs::create_dir_all(&folder).map_err(|e| storage_io(&folder, e))?;
        // Sortable and safe on every file system (no colons).
        let stamp = Timestamp::now().strftime("%Y%m%dT%H%M%S%.3fZ").to_string();
        let target = free_name(&folder, &format!("{stamp}.{RELEASE_EXTENSION}"));
        storage::write_atomic(&target, &bytes)?;
        Ok(target)
    }

    /// Earlier versions of a release, newest first.
    pub fn history(&self, id: Uuid) -> Vec<HistoryVersion> {
        let folder = self.root.join(HISTORY).join(id.to_string());
        let mut versions: Vec<HistoryVersion> = list_files(&folder)
            .into_iter()
            .filter_map(|(path, meta)| {
                let kept = parse_history_stamp(&path)
                    .or_else(|| Timestamp::try_from(meta.modified().ok()?).ok())?;
                Some(HistoryVersion { path, kept })
            })
            .collect();
        versions.sort_by_key(|v| std::cmp::Reverse(v.kept));
        versions
    }

    /// Serialises the check-and-write of saves between windows and processes.
    fn lock(&self) -> Result<File, StorageError> {
        std::fs::create_dir_all(&self.root).map_err(|e| storage_io(&self.root, e))?;
        let path = self.root.join(LOCK);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| storage_io(&path, e))?;
        match file.lock() {
            Ok(()) => Ok(file),
            // Some network file systems have no locks at all: saving still checks the
            // fingerprint, which is what protects against overwriting.
            Err(e) if e.kind() == io::ErrorKind::Unsupported => Ok(file),
            Err(e) => Err(storage_io(&path, e)),
        }
    }
}

/// Reads a release file anywhere (in the archive or not) with its fingerprint.
pub fn load_file(path: &Path) -> Result<Loaded, StorageError> {
    let bytes = read_bytes(path)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| storage_io(path, io::Error::from(io::ErrorKind::InvalidData)))?;
    let release = storage::parse_release(path, &text)?;
    Ok(Loaded {
        fingerprint: Fingerprint::of(text.as_bytes()),
        release,
    })
}

/// Saves a release file anywhere if it is still what was read (`expected`; `None` = must
/// not exist). Files in the archive go through [`Archive::save`], which also takes the
/// archive's lock; a file elsewhere (opened from a USB stick) gets the check alone.
pub fn save_file(
    path: &Path,
    release: &Release,
    expected: Option<Fingerprint>,
) -> Result<Fingerprint, StorageError> {
    let mut text = storage::release_to_ron(release);
    text.push('\n');
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|e| storage_io(folder, e))?;
    }
    let current = Fingerprint::of_file(path)?;
    if current != expected {
        return Err(StorageError::Changed {
            path: path.to_path_buf(),
        });
    }
    storage::write_atomic(path, text.as_bytes())?;
    Ok(Fingerprint::of(text.as_bytes()))
}

/// A release file by extension, not a hidden or temporary one (atomic-write-file's
/// temporaries and editors' backups start with a dot).
pub fn is_release_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    !name.starts_with('.')
        && path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case(RELEASE_EXTENSION))
}

/// The release id a sync tool's conflict copy belongs to: `<id>.sync-conflict-….pressdesk`
/// (Syncthing), `<id> (conflicted copy …).pressdesk` (Nextcloud, Dropbox),
/// `<id>-PCNAME.pressdesk` (OneDrive). `None` for a file named exactly by an id, or not
/// by an id at all.
pub fn conflict_copy_of(path: &Path) -> Option<Uuid> {
    let stem = path.file_stem()?.to_str()?;
    if stem.len() <= 36 || Uuid::parse_str(stem).is_ok() {
        return None;
    }
    let id = stem.get(..36)?;
    Uuid::parse_str(id).ok()
}

fn parse_history_stamp(path: &Path) -> Option<Timestamp> {
    let stem = path.file_stem()?.to_str()?;
    let stem = stem.split('-').next()?;
    jiff::fmt::strtime::parse("%Y%m%dT%H%M%S%.fZ", stem)
        .ok()?
        .to_datetime()
        .ok()?
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp())
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, StorageError> {
    let meta = std::fs::metadata(path).map_err(|e| storage_io(path, e))?;
    if meta.len() > storage::MAX_FILE_BYTES {
        return Err(StorageError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
        });
    }
    std::fs::read(path).map_err(|e| storage_io(path, e))
}

fn list_files(folder: &Path) -> Vec<(PathBuf, std::fs::Metadata)> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| is_release_file(&e.path()) || folder.ends_with(QUARANTINE))
        .filter_map(|e| Some((e.path(), e.metadata().ok().filter(|m| m.is_file())?)))
        .collect()
}

/// Moves `path` into `folder` under its own name, or a free one beside it.
fn move_into(path: &Path, folder: &Path) -> Result<PathBuf, StorageError> {
    std::fs::create_dir_all(folder).map_err(|e| storage_io(folder, e))?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("release.pressdesk");
    let target = free_name(folder, name);
    std::fs::rename(path, &target).map_err(|e| storage_io(path, e))?;
    Ok(target)
}

/// `name` in `folder`, or `stem-2.ext`, `stem-3.ext` … if taken.
fn free_name(folder: &Path, name: &str) -> PathBuf {
    let candidate = folder.join(name);
    if !candidate.exists() {
        return candidate;
    }
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, ext)) => (stem, Some(ext)),
        None => (name, None),
    };
    (2..)
        .map(|n| match extension {
            Some(ext) => folder.join(format!("{stem}-{n}.{ext}")),
            None => folder.join(format!("{stem}-{n}")),
        })
        .find(|p| !p.exists())
        .unwrap_or(candidate)
}

fn storage_io(path: &Path, error: io::Error) -> StorageError {
    StorageError::Io {
        path: path.to_path_buf(),
        source: std::sync::Arc::new(error),
    }
}
