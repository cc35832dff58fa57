//! Release files on disk: every version ever written still loads, saving round-trips,
//! broken and future files give clear errors, and writes are atomic.

use std::path::{Path, PathBuf};

use pressdesk::Release;
use pressdesk::storage::{self, StorageError};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/releases")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pressdesk-storage-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Golden files: every fixture is a file some version of Pressdesk wrote. They must load
/// forever (a loader that drops an old version fails here).
#[test]
fn every_fixture_of_every_version_loads() {
    let mut count = 0;
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let path = entry.unwrap().path();
        let release =
            storage::load_release(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(release.version >= 1);
        assert!(!release.versions.is_empty(), "{}", path.display());
        count += 1;
    }
    assert!(count >= 15);
}

#[test]
fn saving_and_loading_gives_back_the_same_release() {
    let dir = temp_dir("roundtrip");
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let original = storage::load_release(&entry.unwrap().path()).unwrap();
        let path = dir.join("copy.pressdesk");
        storage::save_release(&path, &original).unwrap();
        let again: Release = storage::load_release(&path).unwrap();
        assert_eq!(again, original);
    }
    // Only the file itself: no temporary files left beside it.
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("copy.pressdesk")]);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn malformed_file_names_line_and_column() {
    let dir = temp_dir("malformed");
    let path = dir.join("bad.pressdesk");
    std::fs::write(
        &path,
        "(\n  version: 1,\n  id: \"5e550000-0000-4000-8000-000000000101\",\n  template: blank\n)",
    )
    .unwrap();
    match storage::load_release(&path) {
        Err(StorageError::Malformed { line, .. }) => assert_eq!(line, 4),
        other => panic!("expected a malformed-file error, got {other:?}"),
    }
    std::fs::write(&path, "not a release at all").unwrap();
    let message = storage::load_release(&path).unwrap_err().to_string();
    assert!(
        message.starts_with(&format!("{}:1:", path.display())),
        "{message}"
    );
    std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
    let message = storage::load_release(&path).unwrap_err().to_string();
    assert!(message.contains("not UTF-8"), "{message}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn file_from_a_newer_pressdesk_is_recognised_as_newer() {
    let dir = temp_dir("newer");
    let path = dir.join("future.pressdesk");
    std::fs::write(&path, "(version: 7, id: \"x\", something_new: [1, 2])").unwrap();
    match storage::load_release(&path) {
        Err(StorageError::Newer {
            found, supported, ..
        }) => {
            assert_eq!(found, 7);
            assert_eq!(supported, pressdesk::release::CURRENT_VERSION);
        }
        other => panic!("expected Newer, got {other:?}"),
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[cfg(unix)]
#[test]
fn failed_save_keeps_the_old_file_whole() {
    use std::os::unix::fs::PermissionsExt;

    let dir = temp_dir("readonly");
    let fixture = fixtures().join("blank-ru.ron");
    let release = storage::load_release(&fixture).unwrap();
    let path = dir.join("r.pressdesk");
    storage::save_release(&path, &release).unwrap();
    let before = std::fs::read(&path).unwrap();

    // A folder that cannot be written: the save fails with a message naming the file.
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let mut changed = release.clone();
    changed.tags.push("новый".into());
    let result = storage::save_release(&path, &changed);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();

    // Root may write anyway; then the write must simply have succeeded whole.
    match result {
        Err(error) => {
            assert!(error.to_string().contains("r.pressdesk"), "{error}");
            assert_eq!(std::fs::read(&path).unwrap(), before, "old file untouched");
        }
        Ok(()) => assert_eq!(storage::load_release(&path).unwrap(), changed),
    }
    std::fs::remove_dir_all(dir).unwrap();
}

/// A release file's figure written with a decimal comma, spaces between thousands or as
/// a bare number: read as people mean it; a value that is no number is refused naming the
/// file, line and value and showing a good one.
#[test]
fn figures_in_a_file_may_be_written_as_people_write_them() {
    let sample = std::fs::read_to_string(fixtures().join("delegation-visit-ru.ron")).unwrap();
    let release = storage::parse_release(Path::new("sample"), &sample).unwrap();
    let first_value = release.statistics[0].value.to_string();
    let typed = sample.replacen(&format!("value: \"{first_value}\""), "value: \"12,4\"", 1);
    assert_ne!(typed, sample, "the sample has a figure to retype");
    let read = storage::parse_release(Path::new("typed.pressdesk"), &typed).unwrap();
    assert_eq!(read.statistics[0].value.to_string(), "12.4");

    let spaced = sample.replacen(
        &format!("value: \"{first_value}\""),
        "value: \"1 234,5\"",
        1,
    );
    let read = storage::parse_release(Path::new("spaced.pressdesk"), &spaced).unwrap();
    assert_eq!(read.statistics[0].value.to_string(), "1234.5");

    let bare = sample.replacen(&format!("value: \"{first_value}\""), "value: 12", 1);
    let read = storage::parse_release(Path::new("bare.pressdesk"), &bare).unwrap();
    assert_eq!(read.statistics[0].value.to_string(), "12");

    let wrong = sample.replacen(
        &format!("value: \"{first_value}\""),
        "value: \"12,4 млн\"",
        1,
    );
    let message = storage::parse_release(Path::new("wrong.pressdesk"), &wrong)
        .unwrap_err()
        .to_string();
    let line = wrong.lines().position(|l| l.contains("12,4 млн")).unwrap() + 1;
    assert!(
        message.starts_with(&format!("wrong.pressdesk:{line}:")),
        "{message}"
    );
    assert!(
        message.contains("«12,4 млн» is not a number") && message.contains("148,9"),
        "{message}"
    );
}
