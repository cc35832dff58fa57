//! Where Pressdesk keeps its files, in one place.
//!
//! `PRESSDESK_HOME` puts everything (settings, templates, archive, cache) under one folder:
//! tests use it to stay out of the user's home, and it serves portable installs.

use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub config: PathBuf,
    pub data: PathBuf,
    pub cache: PathBuf,
}

impl Paths {
    /// The folders for this user, or `None` when the system has no home folder at all.
    pub fn discover() -> Option<Paths> {
        if let Some(home) = std::env::var_os("PRESSDESK_HOME").filter(|h| !h.is_empty()) {
            let home = PathBuf::from(home);
            return Some(Paths {
                config: home.join("config"),
                data: home.join("data"),
                cache: home.join("cache"),
            });
        }
        let dirs = directories::ProjectDirs::from("kz", "Pressdesk", "Pressdesk")?;
        Some(Paths {
            config: dirs.config_dir().to_path_buf(),
            data: dirs.data_dir().to_path_buf(),
            cache: dirs.cache_dir().to_path_buf(),
        })
    }

    /// The organisation profile and settings.
    pub fn profile_file(&self) -> PathBuf {
        self.config.join("profile.ron")
    }

    /// The user's own templates, which override built-ins by id.
    pub fn templates_dir(&self) -> PathBuf {
        self.config.join("templates")
    }

    /// The archive: `PRESSDESK_ARCHIVE` if set, else the folder chosen in Settings, else
    /// `archive` in the data folder.
    pub fn archive_dir(&self, chosen: Option<&Path>) -> PathBuf {
        if let Some(dir) = std::env::var_os("PRESSDESK_ARCHIVE").filter(|d| !d.is_empty()) {
            return PathBuf::from(dir);
        }
        match chosen {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => self.data.join("archive"),
        }
    }

    /// Autosaved drafts of open releases. Local to this computer even when the archive is
    /// a shared folder: a half-typed release is nobody else's business.
    pub fn drafts_dir(&self) -> PathBuf {
        self.data.join("drafts")
    }

    /// The search index of an archive: in the cache folder, one file per archive folder.
    pub fn index_file(&self, archive: &Path) -> PathBuf {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        archive.hash(&mut hasher);
        self.cache
            .join(format!("archive-index-{:016x}.bin", hasher.finish()))
    }
}
