//! Portable mode through the real program: a copy of `pressdesk` with a `portable` file
//! beside it keeps its archive (and settings, drafts, cache) in `PressdeskData` beside it;
//! `PRESSDESK_HOME` still wins. (src/paths.rs tests the rules, a read-only folder included.)

use std::path::{Path, PathBuf};
use std::process::Command;

fn portable_copy(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("pressdesk-portable-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let exe = dir.join(format!("pressdesk{}", std::env::consts::EXE_SUFFIX));
    // A hard link is instant; a copy where the temp folder is on another disk.
    if std::fs::hard_link(env!("CARGO_BIN_EXE_pressdesk"), &exe).is_err() {
        std::fs::copy(env!("CARGO_BIN_EXE_pressdesk"), &exe).unwrap();
    }
    std::fs::write(dir.join("portable"), b"").unwrap();
    dir
}

/// `pressdesk archive-check` prints the archive folder it looked at first.
fn archive_folder(dir: &Path, home: Option<&Path>) -> String {
    let mut command = Command::new(dir.join(format!("pressdesk{}", std::env::consts::EXE_SUFFIX)));
    command
        .arg("archive-check")
        .env_remove("PRESSDESK_HOME")
        .env_remove("PRESSDESK_ARCHIVE");
    if let Some(home) = home {
        command.env("PRESSDESK_HOME", home);
    }
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout.split(": ").next().unwrap().to_owned()
}

#[test]
fn the_archive_lives_beside_a_portable_program() {
    let dir = portable_copy("beside");
    let expected = dir.join("PressdeskData").join("data").join("archive");
    assert_eq!(archive_folder(&dir, None), expected.display().to_string());
    // The index cache went there too, not into the user's cache folder.
    let cache = dir.join("PressdeskData").join("cache");
    assert!(
        std::fs::read_dir(&cache).is_ok_and(|mut d| d.next().is_some()),
        "no cache in {}",
        cache.display()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn pressdesk_home_wins_over_the_portable_file() {
    let dir = portable_copy("home");
    let home = dir.join("home");
    let expected = home.join("data").join("archive");
    assert_eq!(
        archive_folder(&dir, Some(&home)),
        expected.display().to_string()
    );
    assert!(!dir.join("PressdeskData").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}
