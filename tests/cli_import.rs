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
