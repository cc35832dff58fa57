//! Atomic writes: a file is written beside its target under a hidden temporary name,
//! flushed to disk and renamed over the target, so a crash or a full disk leaves the old
//! file or the new one, never half of either.
//!
//! `tempfile` makes the temporary file (a random name, removed again if the write fails);
//! the flushes are ours. (atomic-write-file, used before, did the same, but asked the
//! processor for its features and the kernel for random bytes on every write: a twentieth
//! of a millisecond of each `pressdesk export`.)

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::Path;

use super::{RELEASE_EXTENSION, StorageError, name_problem};

/// Writes `bytes` to `path` so that readers see the old or the new content, never a part.
/// A name Windows cannot hold is refused before anything is written. A file already at
/// `path` lends the new one its permissions.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    if let Some(problem) = name_problem(path) {
        return Err(StorageError::BadName {
            path: path.to_path_buf(),
            problem,
        });
    }
    let not_written = |error| StorageError::io(path, error);
    let name = path
        .file_name()
        .ok_or_else(|| not_written(io::Error::from(io::ErrorKind::IsADirectory)))?;
    let folder = folder_of(path);
    remove_stale_temporaries(folder);
    // `.visit.docx.Xa81Qz`: what `is_our_temporary` knows to clear up after a crash.
    let mut prefix = OsString::from(".");
    prefix.push(name);
    prefix.push(".");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).rand_bytes(6);
    #[cfg(unix)]
    builder.permissions(permissions_for(path));
    // Dropped on any failure below, the temporary file is removed.
    let mut file = builder.tempfile_in(folder).map_err(not_written)?;
    file.write_all(bytes).map_err(not_written)?;
    file.as_file().sync_all().map_err(not_written)?;
    file.persist(path).map_err(|e| not_written(e.error))?;
    sync_folder(folder);
    Ok(())
}

/// The folder `path` is in: `.` for a bare file name.
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    }
}

/// The permissions a new file at `path` is made with: those of the file it replaces, or
/// read and write for everyone the user's umask allows, as other programs make files (not
/// the owner-only permissions of a temporary file).
#[cfg(unix)]
fn permissions_for(path: &Path) -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map(|existing| existing.permissions())
        .unwrap_or_else(|| std::fs::Permissions::from_mode(0o666))
}

/// Flushes `folder`'s entries (a rename) to disk. Best effort: the file is in place by now,
/// and some file systems (network shares among them) refuse to flush a folder; saying the
/// write failed would be untrue. Windows has no such call.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = std::fs::File::open(folder) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// How old a temporary file must be before it is taken for left over: a write in progress
/// (ours, or a teammate's on a synced folder) takes well under a second.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// The extensions of the files Pressdesk writes.
const OUR_EXTENSIONS: &[&str] = &[
    RELEASE_EXTENSION,
    "docx",
    "html",
    "eml",
    "txt",
    "ron",
    "json",
    "bin",
    "draft",
];

/// Removes the temporary files an interrupted write left in `folder`: a write goes to
/// `.NAME.XXXXXX` beside its target and is renamed over it, so a killed process leaves that
/// hidden file behind. Only files of our naming (one of our extensions, a random six-letter
/// suffix) older than [`STALE_AFTER`] are removed; failures are ignored, since the write
/// that follows matters more.
pub fn remove_stale_temporaries(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !is_our_temporary(&name.to_string_lossy()) {
            continue;
        }
        let stale = entry
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age >= STALE_AFTER);
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// `.visit.docx.Xa81Qz`: a dot, one of our files' names, a dot and six random letters and
/// digits (all lower-case letters would be a word, such as a user's `.notes.txt.backup`).
fn is_our_temporary(name: &str) -> bool {
    let Some(rest) = name.strip_prefix('.') else {
        return false;
    };
    let Some((base, suffix)) = rest.rsplit_once('.') else {
        return false;
    };
    let random = suffix.len() == 6
        && suffix.chars().all(|c| c.is_ascii_alphanumeric())
        && !suffix.chars().all(|c| c.is_ascii_lowercase());
    random
        && base.rsplit_once('.').is_some_and(|(stem, extension)| {
            !stem.is_empty() && OUR_EXTENSIONS.contains(&extension)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn folder(name: &str) -> PathBuf {
        let folder = std::env::temp_dir().join(format!("pressdesk-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).unwrap();
        folder
    }

    fn names_in(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn only_our_own_old_temporary_files_are_removed() {
        assert!(is_our_temporary(".Сапар.docx.Xa81Qz"));
        assert!(is_our_temporary(".b5e1.pressdesk.a1b2c3"));
        assert!(
            !is_our_temporary(".notes.txt.backup"),
            "a word, not random letters"
        );
        assert!(!is_our_temporary(".bashrc"));
        assert!(!is_our_temporary(".photo.jpg.Xa81Qz"), "not a file of ours");
        assert!(!is_our_temporary("visit.docx.Xa81Qz"), "not hidden");

        let folder = folder("stale");
        let old = folder.join(".visit.docx.Q7rT2k");
        let fresh = folder.join(".visit.docx.Z9yX1w");
        let theirs = folder.join(".notes.txt.backup");
        for file in [&old, &fresh, &theirs] {
            std::fs::write(file, b"part").unwrap();
        }
        let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for file in [&old, &theirs] {
            std::fs::File::options()
                .write(true)
                .open(file)
                .unwrap()
                .set_modified(long_ago)
                .unwrap();
        }
        write_atomic(&folder.join("visit.docx"), b"whole").unwrap();
        assert!(!old.exists(), "a write left behind an hour ago is removed");
        assert!(fresh.exists(), "a write in progress is left alone");
        assert!(theirs.exists(), "the user's own file is left alone");
        std::fs::remove_dir_all(&folder).unwrap();
    }

    #[test]
    fn a_write_replaces_the_file_and_leaves_nothing_beside_it() {
        let folder = folder("replaced");
        let target = folder.join("visit.docx");
        std::fs::write(&target, b"old").unwrap();
        write_atomic(&target, b"new").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        assert_eq!(names_in(&folder), ["visit.docx"]);
        std::fs::remove_dir_all(&folder).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_readable_by_others_and_a_replaced_one_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let folder = folder("permissions");
        let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;

        let new = folder.join("new.docx");
        write_atomic(&new, b"x").unwrap();
        assert_ne!(
            mode(&new) & 0o044,
            0,
            "not owner-only like a temporary file"
        );

        let private = folder.join("private.docx");
        std::fs::write(&private, b"old").unwrap();
        std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&private, b"new").unwrap();
        assert_eq!(mode(&private), 0o600);
        std::fs::remove_dir_all(&folder).unwrap();
    }

    #[test]
    fn a_bare_file_name_is_written_in_the_current_folder() {
        assert_eq!(folder_of(Path::new("visit.docx")), Path::new("."));
        assert_eq!(folder_of(Path::new("out/visit.docx")), Path::new("out"));
    }
}
