//! `pressdesk import`: a folder of an office's past releases — Word files, a page, an
//! email, plain text, in Russian, Kazakh and English, one damaged, one the same text twice
//! — brought into the archive, and found there by any word form.

mod cli_support;

use std::path::{Path, PathBuf};

use cli_support::Sandbox;
use pressdesk::language::Language;
use pressdesk::release::Status;

/// Every sample release exported as the office would have kept it: Word files mostly, and
/// one each of a page, an email and plain text.
fn past_releases(sandbox: &Sandbox) -> usize {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    std::fs::copy(
        fixtures.join("profile.ron"),
        sandbox.dir.join("profile.ron"),
    )
    .unwrap();
    let past = sandbox.dir.join("past").join("2025");
    std::fs::create_dir_all(&past).unwrap();
    let mut count = 0;
    let mut names: Vec<PathBuf> = std::fs::read_dir(fixtures.join("releases"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    for (i, release) in names.iter().enumerate() {
        let format = match i {
            1 => "html",
            2 => "eml",
            3 => "txt",
            _ => "docx",
        };
        let stem = release.file_stem().unwrap().to_string_lossy().into_owned();
        let out = past.join(format!("{stem}.{format}"));
        let output = sandbox.run(&[
            "--profile",
            "profile.ron",
            "export",
            release.to_str().unwrap(),
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
            "--force",
        ]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        count += 1;
    }
    count
}

#[test]
fn a_folder_of_past_releases_is_imported_and_found_by_any_word_form() {
    let sandbox = Sandbox::new("cli-import", "folder");
    let exported = past_releases(&sandbox);
    let past = sandbox.dir.join("past");
    // One damaged Word file, one copy of a release under another name.
    std::fs::write(
        past.join("повреждённый.docx"),
        b"PK\x03\x04 not really a zip",
    )
    .unwrap();
    let first_docx = std::fs::read_dir(past.join("2025"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx"))
        .min()
        .unwrap();
    std::fs::copy(&first_docx, past.join("копия.docx")).unwrap();

    let output = sandbox.run(&["import", "past", "--archive", "archive"]);
    let printed = String::from_utf8_lossy(&output.stdout).into_owned();
    let said = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        output.status.code(),
        Some(1),
        "a damaged file: exit 1\n{said}"
    );
    assert!(said.contains("повреждённый.docx"), "{said}");
    assert_eq!(
        printed.lines().filter(|l| l.contains(" → ")).count(),
        exported,
        "{printed}"
    );
    assert!(printed.contains("копия.docx: уже в архиве"), "{printed}");
    assert!(
        said.contains(&format!(
            "перенесено: {exported}, пропущено как уже перенесённые: 1, не прочитано: 1"
        )),
        "{said}"
    );

    // Every release is in the archive, its original kept beside it.
    let archive = pressdesk::archive::Archive::new(sandbox.dir.join("archive"));
    let files = archive.scan().unwrap();
    assert_eq!(files.len(), exported);
    let originals = std::fs::read_dir(sandbox.dir.join("archive/originals"))
        .unwrap()
        .count();
    assert_eq!(originals, exported);
    let releases: Vec<_> = files
        .iter()
        .map(|(path, _)| pressdesk::storage::load_release(path).unwrap())
        .collect();
    assert!(releases.iter().all(|r| r.status == Status::Sent));
    // The Russian delegation visit: its headline, date and language read from the text.
    let visit = releases
        .iter()
        .find(|r| {
            r.imported
                .as_ref()
                .is_some_and(|i| i.original_name == "delegation-visit-ru.docx")
        })
        .expect("the Russian visit imported");
    let version = visit.version(Language::Ru).expect("a Russian version");
    assert!(
        version.headline.text.contains("встретился с делегацией"),
        "{}",
        version.headline.text
    );
    assert_eq!(
        version.dateline.date,
        Some(jiff::civil::date(2025, 9, 18)),
        "the date from the text"
    );
    assert!(version.paragraphs.len() >= 3);
    let kazakh = releases
        .iter()
        .filter(|r| r.versions.iter().any(|v| v.language == Language::Kk))
        .count();
    assert!(kazakh >= 4, "the Kazakh releases are Kazakh versions");

    // Found by another form of a word in the text («делегацией» → «делегация»).
    let found = sandbox.run(&["list", "--archive", "archive", "--search", "делегация"]);
    let listed = String::from_utf8_lossy(&found.stdout);
    assert!(listed.contains("встретился с делегацией"), "{listed}");

    // Imported again: everything is skipped, nothing doubled.
    let again = sandbox.run(&["import", "past/2025", "--archive", "archive"]);
    assert!(again.status.success());
    assert_eq!(archive.scan().unwrap().len(), exported);
}

/// No room on the disk during an import or a save: the command says so, exits 1, and
/// nothing already in the archive is lost or left half written. A file size limit (`ulimit
/// -f`) stands in for a full disk: a write past it fails as it would on a full one.
#[cfg(unix)]
#[test]
fn no_room_on_the_disk_loses_nothing_and_says_so() {
    let sandbox = Sandbox::new("cli-import", "no-room");
    past_releases(&sandbox);
    let output = sandbox.run(&["import", "past", "--archive", "archive"]);
    assert!(output.status.success());
    let archive_dir = sandbox.dir.join("archive");
    let snapshot = || -> Vec<(PathBuf, Vec<u8>)> {
        let mut files: Vec<(PathBuf, Vec<u8>)> = walk(&archive_dir)
            .into_iter()
            .filter(|p| !p.starts_with(archive_dir.join(".history")))
            .map(|p| {
                let bytes = std::fs::read(&p).unwrap();
                (p, bytes)
            })
            .collect();
        files.sort();
        files
    };
    let before = snapshot();

    let limited = |args: &[&str]| {
        std::process::Command::new("bash")
            .arg("-c")
            .arg("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"")
            .arg(cli_support::BIN)
            .args(args)
            .current_dir(&sandbox.dir)
            .env("PRESSDESK_HOME", sandbox.dir.join("home"))
            .env_remove("PRESSDESK_ARCHIVE")
            .output()
            .unwrap()
    };
    let long: String = (1..=60)
        .map(|n| format!("Абзац {n}: стороны обсудили поставки хлопка и зерна.\n\n"))
        .collect();
    std::fs::write(
        sandbox.dir.join("новый.txt"),
        format!("Аким области провёл совещание\n\n{long}"),
    )
    .unwrap();
    let import = limited(&["import", "новый.txt", "--archive", "archive"]);
    let said = String::from_utf8_lossy(&import.stderr);
    assert_eq!(import.status.code(), Some(1), "{said}");
    assert!(said.contains("нет места"), "{said}");

    let blank = std::fs::read_dir(&archive_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            std::fs::read_to_string(p)
                .is_ok_and(|t| t.contains("blank-ru.") && !t.contains("language: kk"))
        })
        .expect("the imported blank Russian release");
    let save = limited(&["add-version", blank.to_str().unwrap(), "--lang", "kk"]);
    let said = String::from_utf8_lossy(&save.stderr);
    assert_ne!(
        save.status.code(),
        Some(0),
        "{said} {}",
        String::from_utf8_lossy(&save.stdout)
    );
    assert!(said.contains("нет места"), "{said}");

    assert_eq!(snapshot(), before, "every file as it was, nothing added");
}

/// Every file under `dir`, hidden ones included.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// The measure: a folder of a hundred past Word releases, one damaged, gives 99
/// releases, the damaged one named, and every one found by a word in another form.
#[test]
fn a_hundred_past_word_files_one_damaged_give_ninety_nine_releases() {
    use pressdesk::compose::compose;
    use pressdesk::export::to_docx;
    use pressdesk::profile::Profile;
    use pressdesk::release::DraftText;

    let sandbox = Sandbox::new("cli-import", "hundred");
    let folder = sandbox.dir.join("2019-2025");
    std::fs::create_dir_all(&folder).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/releases");
    let samples: Vec<pressdesk::release::Release> =
        ["delegation-visit", "memorandum", "working-trip"]
            .iter()
            .flat_map(|t| ["ru", "kk"].map(|l| format!("{t}-{l}.ron")))
            .map(|name| pressdesk::storage::load_release(&fixtures.join(name)).unwrap())
            .collect();
    for n in 0..99 {
        let mut release = samples[n % samples.len()].clone();
        let version = &mut release.versions[0];
        version.headline = DraftText::typed(format!("{} (№ {})", version.headline.text, n + 1));
        // Every text its own: a sentence naming the meeting's number and district.
        version.paragraphs.push(DraftText::typed(format!(
            "Встреча № {} прошла в районе {}, участники обсудили водоснабжение.",
            n + 1,
            ["Сайрам", "Казыгурт", "Толеби", "Ордабасы"][n % 4]
        )));
        let lang = version.language;
        let document = compose(&release, lang, &Profile::default()).unwrap();
        let name = format!("{:03}-{}.docx", n + 1, lang.code());
        std::fs::write(folder.join(name), to_docx(&document).unwrap()).unwrap();
    }
    std::fs::write(folder.join("100-повреждён.docx"), b"PK\x03\x04 cut off").unwrap();

    let output = sandbox.run(&["import", "2019-2025", "--archive", "archive"]);
    let said = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(said.contains("100-повреждён.docx"), "{said}");
    assert!(said.contains("перенесено: 99,"), "{said}");

    // «водоснабжения» in every text, searched as «водоснабжение»; a district in a form
    // of its own.
    let found = sandbox.run(&["list", "--archive", "archive", "--search", "водоснабжением"]);
    assert_eq!(String::from_utf8_lossy(&found.stdout).lines().count(), 99);
    let found = sandbox.run(&["list", "--archive", "archive", "--search", "Толеби"]);
    let listed = String::from_utf8_lossy(&found.stdout);
    assert_eq!(listed.lines().count(), 25, "{listed}");
}
