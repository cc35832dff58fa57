//! `pressdesk FILE` — what a double-click on a .pressdesk file runs — opens that release in
//! the window. The path is made absolute first, and a file that is not there is refused in
//! one line before any window opens (so these tests need no display).

use std::path::{Path, PathBuf};
use std::process::Command;

use pressdesk::cli::file_to_open;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pressdesk-open-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_relative_file_is_resolved_against_the_working_folder() {
    let dir = temp_dir("relative");
    std::fs::write(dir.join("visit.pressdesk"), "(version: 1)").unwrap();
    let path = file_to_open(Path::new("visit.pressdesk"), &dir).unwrap();
    assert!(path.is_absolute());
    assert_eq!(path, dir.join("visit.pressdesk"));
    // An absolute path stays as it is.
    assert_eq!(file_to_open(&path, Path::new("/elsewhere")).unwrap(), path);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_file_or_a_folder_is_a_clear_error() {
    let dir = temp_dir("missing");
    // One line naming the file, in the language of the machine's profile or locale.
    let error = file_to_open(Path::new("nonexistent.pressdesk"), &dir).unwrap_err();
    let named = format!("{}: ", dir.join("nonexistent.pressdesk").display());
    assert!(
        error.starts_with(&named) && !error.contains('\n'),
        "{error}"
    );
    assert!(
        ["no such file", "нет такого файла", "мұндай файл жоқ"]
            .iter()
            .any(|said| error.contains(said)),
        "{error}"
    );
    let error = file_to_open(&dir, Path::new("/")).unwrap_err();
    assert!(
        ["is a folder", "это папка", "бұл қалта"]
            .iter()
            .any(|said| error.contains(said)),
        "{error}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The binary itself: exit code 2 and one line on stderr, no panic, no window.
#[test]
fn pressdesk_with_a_missing_file_says_so_and_exits() {
    let dir = temp_dir("binary");
    let out = Command::new(env!("CARGO_BIN_EXE_pressdesk"))
        .arg("nonexistent.pressdesk")
        .current_dir(&dir)
        .env("PRESSDESK_HOME", dir.join("home"))
        .env("LC_ALL", "en_GB.UTF-8")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert_eq!(
        stderr.trim_end(),
        format!(
            "pressdesk: {}: no such file (nor such a command: see pressdesk --help)",
            dir.join("nonexistent.pressdesk").display()
        )
    );
    assert!(!stderr.contains("panicked"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A subcommand's name is still the subcommand, and a file cannot be given with one.
#[test]
fn subcommands_still_win_over_the_file_argument() {
    let dir = temp_dir("subcommand");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_pressdesk"))
            .args(args)
            .current_dir(&dir)
            .env("PRESSDESK_HOME", dir.join("home"))
            .output()
            .unwrap()
    };
    let out = run(&["templates"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("delegation-visit"));
    let out = run(&["visit.pressdesk", "templates"]);
    assert!(
        !out.status.success(),
        "a file and a command together are refused"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `pressdesk` without a command hands over to the window's program, `pressdesk-window` (the
/// command line links no window code). Without a display that program says so in one line
/// instead of stopping with a panic, which also shows the hand-over happened.
#[cfg(all(feature = "gui", unix, not(target_os = "macos")))]
#[test]
fn pressdesk_without_a_command_starts_the_window_program() {
    let dir = temp_dir("window");
    let out = Command::new(env!("CARGO_BIN_EXE_pressdesk"))
        .current_dir(&dir)
        .env("PRESSDESK_HOME", dir.join("home"))
        .env("LC_ALL", "en_GB.UTF-8")
        .env_remove("PRESSDESK_OPEN")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert_eq!(
        stderr.trim_end(),
        "pressdesk: the window needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set; \
         the commands work without one: pressdesk --help"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Built without the window, `pressdesk` without a command shows what the commands are.
#[cfg(not(feature = "gui"))]
#[test]
fn without_the_window_pressdesk_shows_its_commands() {
    let dir = temp_dir("help");
    let out = Command::new(env!("CARGO_BIN_EXE_pressdesk"))
        .current_dir(&dir)
        .env("PRESSDESK_HOME", dir.join("home"))
        .env("LC_ALL", "en_GB.UTF-8")
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("export") && stdout.contains("check"),
        "{stdout}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A `pressdesk` copied somewhere without its window's program says where the window went
/// (one line, exit code 1) instead of showing the help as if nothing were wrong.
#[cfg(feature = "gui")]
#[test]
fn pressdesk_without_its_window_program_says_so() {
    let dir = temp_dir("alone");
    let exe = dir.join(format!("pressdesk{}", std::env::consts::EXE_SUFFIX));
    std::fs::copy(env!("CARGO_BIN_EXE_pressdesk"), &exe).unwrap();
    let out = Command::new(&exe)
        .current_dir(&dir)
        .env("PRESSDESK_HOME", dir.join("home"))
        .env("LC_ALL", "en_GB.UTF-8")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    let window = format!("pressdesk-window{}", std::env::consts::EXE_SUFFIX);
    assert_eq!(
        stderr.trim_end(),
        format!(
            "pressdesk: the window is the program {window}, and it is not beside pressdesk; \
             the commands work without it: pressdesk --help"
        )
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
