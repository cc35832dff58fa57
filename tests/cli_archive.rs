//! `pressdesk list` and `pressdesk archive-check` over an archive folder, as a script or a
//! person at a terminal would use them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pressdesk::archive::Archive;
use pressdesk::release::{DraftText, Release, Status};
use pressdesk::storage;

const BIN: &str = env!("CARGO_BIN_EXE_pressdesk");

struct Sandbox {
    dir: PathBuf,
}

impl Sandbox {
    fn new(name: &str) -> Sandbox {
        let dir = std::env::temp_dir().join(format!(
            "pressdesk-cli-archive-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Sandbox { dir }
    }

    fn archive(&self) -> Archive {
        Archive::new(self.dir.join("press-office"))
    }

    /// Runs with a home of its own; `PRESSDESK_ARCHIVE` is cleared so only flags count.
    fn run(&self, args: &[&str], archive_env: Option<&Path>) -> Output {
        let mut command = Command::new(BIN);
        command
            .args(args)
            .env("PRESSDESK_HOME", self.dir.join("home"))
            .env_remove("PRESSDESK_ARCHIVE");
        if let Some(archive) = archive_env {
            command.env("PRESSDESK_ARCHIVE", archive);
        }
        command.output().expect("the binary runs")
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn fixture(name: &str) -> Release {
    storage::load_release(&Path::new("tests/fixtures/releases").join(name)).unwrap()
}

fn lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

fn office(name: &str) -> Sandbox {
    let sandbox = Sandbox::new(name);
    let archive = sandbox.archive();
    let mut visit = fixture("delegation-visit-ru.ron");
    visit.status = Status::Approved;
    visit.versions[0].headline = DraftText::typed("Аким принял делегацию из Мяньяна");
    archive.save_new(&visit).unwrap();
    archive.save_new(&fixture("memorandum-kk.ron")).unwrap();
    archive
        .save_new(&fixture("forum-invitation-en.ron"))
        .unwrap();
    sandbox
}

#[test]
fn list_filters_by_status_language_and_words() {
    let sandbox = office("list");
    let dir = sandbox.archive().root().to_path_buf();
    let flag = dir.to_str().unwrap();

    let all = sandbox.run(&["list", "--archive", flag], None);
    assert!(all.status.success(), "{all:?}");
    assert_eq!(lines(&all).len(), 3);

    let found = sandbox.run(&["list", "--archive", flag, "--search", "делегацией"], None);
    let found = lines(&found);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("Аким принял делегацию из Мяньяна"));
    assert!(
        found[0].contains("утверждён"),
        "the status in the profile's language: {found:?}"
    );

    let approved = sandbox.run(&["list", "--archive", flag, "--status", "approved"], None);
    assert_eq!(lines(&approved).len(), 1);
    let kazakh = sandbox.run(&["list", "--archive", flag, "--lang", "kk"], None);
    assert_eq!(lines(&kazakh).len(), 1);
    assert!(lines(&kazakh)[0].contains("  kk  "));

    // PRESSDESK_ARCHIVE points the command at the same folder without a flag.
    let by_env = sandbox.run(&["list", "--status", "approved"], Some(&dir));
    assert_eq!(lines(&by_env), lines(&approved));
}

#[test]
fn archive_check_names_damaged_files_and_fails() {
    let sandbox = office("check");
    let dir = sandbox.archive().root().to_path_buf();
    let flag = dir.to_str().unwrap();
    let healthy = sandbox.run(&["archive-check", "--archive", flag], None);
    assert!(healthy.status.success());
    assert!(String::from_utf8_lossy(&healthy.stdout).contains("релизов 3, повреждённых нет"));

    std::fs::copy(
        "tests/fixtures/archive/truncated.pressdesk",
        dir.join("cut.pressdesk"),
    )
    .unwrap();
    let damaged = sandbox.run(&["archive-check", "--archive", flag], None);
    assert_eq!(damaged.status.code(), Some(1));
    let report = String::from_utf8_lossy(&damaged.stderr);
    assert!(report.contains("cut.pressdesk"), "{report}");
    assert!(report.contains("повреждено файлов 1 из 4"), "{report}");
    // The list still shows the readable releases, and says there is damage.
    let list = sandbox.run(&["list", "--archive", flag], None);
    assert!(list.status.success());
    assert_eq!(lines(&list).len(), 3);
    assert!(String::from_utf8_lossy(&list.stderr).contains("повреждённых файлов: 1"));
}

#[test]
fn a_missing_archive_folder_is_an_empty_archive_not_an_error() {
    let sandbox = Sandbox::new("missing");
    let nowhere = sandbox.dir.join("not-created-yet");
    let output = sandbox.run(&["list", "--archive", nowhere.to_str().unwrap()], None);
    assert!(output.status.success());
    assert!(lines(&output).is_empty());
    assert!(!nowhere.exists(), "listing does not create folders");
}
