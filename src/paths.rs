//! Where Pressdesk keeps its files, in one place.
//!
//! In order: `PRESSDESK_HOME` puts everything (settings, templates, archive, cache) under
//! one folder — tests use it to stay out of the user's home. Then *portable mode*: a file
//! named `portable` beside the executable keeps everything in a `PressdeskData` folder
//! beside it, for offices where staff cannot install software (a folder on a USB stick or
//! a network share). Otherwise the system's usual folders (`directories::ProjectDirs`).

use std::path::{Path, PathBuf};

/// The marker file beside the executable that turns portable mode on.
pub const PORTABLE_MARKER: &str = "portable";

/// The folder beside the executable that holds everything in portable mode.
pub const PORTABLE_DATA: &str = "PressdeskData";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub config: PathBuf,
    pub data: PathBuf,
    pub cache: PathBuf,
}

impl Paths {
    /// The folders for this user, or `None` when the system has no home folder at all.
    pub fn discover() -> Option<Paths> {
        let home = std::env::var_os("PRESSDESK_HOME").filter(|h| !h.is_empty());
        Paths::discover_with(home.map(PathBuf::from), exe_dir().as_deref())
    }

    /// [`Paths::discover`] with the override and the executable's folder given: the
    /// override wins, then portable mode, then the system's folders.
    pub fn discover_with(home: Option<PathBuf>, exe_dir: Option<&Path>) -> Option<Paths> {
        if let Some(home) = home {
            return Some(Paths::under(&home));
        }
        if let Some(root) = exe_dir.and_then(portable_root) {
            return Some(Paths::under(&root));
        }
        let dirs = directories::ProjectDirs::from("kz", "Pressdesk", "Pressdesk")?;
        Some(Paths {
            config: dirs.config_dir().to_path_buf(),
            data: dirs.data_dir().to_path_buf(),
            cache: dirs.cache_dir().to_path_buf(),
        })
    }

    /// Everything under one folder: `config/`, `data/` (archive, drafts), `cache/`.
    pub fn under(root: &Path) -> Paths {
        Paths {
            config: root.join("config"),
            data: root.join("data"),
            cache: root.join("cache"),
        }
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

/// The folder of the running executable, if the system tells.
pub fn exe_dir() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    exe.parent().map(Path::to_path_buf)
}

/// Portable mode's data folder when `exe_dir` holds the `portable` marker file.
pub fn portable_root(exe_dir: &Path) -> Option<PathBuf> {
    exe_dir
        .join(PORTABLE_MARKER)
        .is_file()
        .then(|| exe_dir.join(PORTABLE_DATA))
}

/// Why portable mode cannot work here, in a sentence for the user, or `None` when it is
/// off (or overridden by `PRESSDESK_HOME`) or its folder can be written. Pressdesk never
/// falls back to the user's folders on its own: settings and releases would then be
/// somewhere the user does not expect.
pub fn portable_problem() -> Option<String> {
    if std::env::var_os("PRESSDESK_HOME").is_some_and(|h| !h.is_empty()) {
        return None;
    }
    let root = portable_root(&exe_dir()?)?;
    check_writable(&root).err()
}

/// Creates `root` if needed and proves a file can be written in it.
pub fn check_writable(root: &Path) -> Result<(), String> {
    let probe = root.join(format!(".write-test-{}", std::process::id()));
    let outcome = std::fs::create_dir_all(root).and_then(|()| std::fs::write(&probe, b"ok"));
    let _ = std::fs::remove_file(&probe);
    outcome.map_err(|error| {
        format!(
            "portable mode (a file named `{PORTABLE_MARKER}` beside the program) keeps settings \
             and releases in {}, but that folder cannot be written: {error}. Copy the program's \
             folder to a place you can write to, or delete the `{PORTABLE_MARKER}` file to keep \
             them in your user profile.",
            root.display()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "pressdesk-paths-{name}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn portable_marker_keeps_everything_beside_the_executable() {
        let exe = temp_dir("portable");
        std::fs::write(exe.join(PORTABLE_MARKER), b"").unwrap();
        let paths = Paths::discover_with(None, Some(&exe)).unwrap();
        let root = exe.join(PORTABLE_DATA);
        assert_eq!(paths, Paths::under(&root));
        assert_eq!(
            paths.profile_file(),
            root.join("config").join("profile.ron")
        );
        assert_eq!(paths.drafts_dir(), root.join("data").join("drafts"));
        assert!(
            paths
                .index_file(Path::new("/a"))
                .starts_with(root.join("cache"))
        );
        assert!(check_writable(&root).is_ok());
        assert!(root.is_dir(), "the data folder is made on first use");
        std::fs::remove_dir_all(&exe).unwrap();
    }

    #[test]
    fn without_the_marker_the_system_folders_are_used() {
        let exe = temp_dir("installed");
        let paths = Paths::discover_with(None, Some(&exe));
        if let Some(paths) = paths {
            assert!(!paths.config.starts_with(&exe));
        }
        // A folder named `portable` is not the marker.
        std::fs::create_dir(exe.join(PORTABLE_MARKER)).unwrap();
        assert_eq!(portable_root(&exe), None);
        std::fs::remove_dir_all(&exe).unwrap();
    }

    #[test]
    fn pressdesk_home_wins_over_portable_mode() {
        let exe = temp_dir("home-wins");
        std::fs::write(exe.join(PORTABLE_MARKER), b"").unwrap();
        let home = exe.join("elsewhere");
        let paths = Paths::discover_with(Some(home.clone()), Some(&exe)).unwrap();
        assert_eq!(paths, Paths::under(&home));
        std::fs::remove_dir_all(&exe).unwrap();
    }

    #[test]
    fn a_portable_folder_that_cannot_be_made_is_explained() {
        let exe = temp_dir("blocked");
        // A file where the folder should go: even an administrator cannot write there.
        std::fs::write(exe.join("stick"), b"").unwrap();
        let root = exe.join("stick").join(PORTABLE_DATA);
        let message = check_writable(&root).unwrap_err();
        assert!(message.contains("cannot be written"), "{message}");
        assert!(message.contains(&root.display().to_string()), "{message}");
        assert!(message.contains("delete the `portable` file"), "{message}");
        std::fs::remove_dir_all(&exe).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_portable_folder_is_reported_not_bypassed() {
        use std::os::unix::fs::PermissionsExt;
        let exe = temp_dir("read-only");
        std::fs::write(exe.join(PORTABLE_MARKER), b"").unwrap();
        std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o555)).unwrap();
        let root = portable_root(&exe).unwrap();
        // Still the portable folder: no quiet fallback to the user's folders.
        assert_eq!(
            Paths::discover_with(None, Some(&exe)),
            Some(Paths::under(&root))
        );
        let outcome = check_writable(&root);
        std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::remove_dir_all(&exe).unwrap();
        // Root ignores permission bits; there the folder is writable and nothing is wrong.
        if let Err(message) = outcome {
            assert!(message.contains("cannot be written"), "{message}");
            assert!(message.contains(PORTABLE_DATA), "{message}");
        }
    }
}
