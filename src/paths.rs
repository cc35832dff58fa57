//! Where Pressdesk keeps its files, in one place.
//!
//! `PRESSDESK_HOME` puts everything (settings, templates, archive, cache) under one folder:
//! tests use it to stay out of the user's home, and it serves portable installs.

use std::path::PathBuf;

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
}
