//! Golden releases (issue 15): releases written by hand from their facts, in Russian,
//! Kazakh and English, that the drafting is to reproduce word for word. Each folder of
//! `tests/golden/` holds the facts as a release file (`release.pressdesk`, every drafted
//! text left empty) and the text a careful press secretary would send (`ru.txt`, `kk.txt`,
//! `en.txt`). The test drafts each release, composes it as plain text and compares.
//!
//! It prints `golden releases: N matched, M differ` and a diff for each text that differs.
//! It fails when a release file does not load or compose, and when any release differs:
//! every golden release is drafted word for word.

use std::path::{Path, PathBuf};

use pressdesk::compose::compose;
use pressdesk::draft::redraft;
use pressdesk::export::to_text;
use pressdesk::language::Language;
use pressdesk::profile::Profile;
use pressdesk::storage::load_release;
use pressdesk::template::TemplateSet;

fn folders() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.join("release.pressdesk").is_file())
        .collect();
    folders.sort();
    folders
}

/// No-break spaces are typography, not words: the expected texts are typed with plain
/// spaces. Trailing space and the final line end do not count.
fn normalise(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// The first lines where the two texts part, for the report.
fn diff(expected: &str, drafted: &str) -> String {
    let (e, d): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), drafted.lines().collect());
    let mut out = String::new();
    for i in 0..e.len().max(d.len()) {
        let (a, b) = (
            e.get(i).copied().unwrap_or(""),
            d.get(i).copied().unwrap_or(""),
        );
        if a != b {
            out.push_str(&format!(
                "    line {}:\n      expected: {a}\n      drafted:  {b}\n",
                i + 1
            ));
            if out.lines().count() >= 9 {
                break;
            }
        }
    }
    out
}

#[test]
fn golden_releases_are_drafted_as_written() {
    let templates = TemplateSet::built_in();
    let profile = Profile::default();
    let folders = folders();
    assert!(
        folders.len() >= 18,
        "only {} golden releases",
        folders.len()
    );
    let (mut matched, mut differ) = (0, 0);
    let (mut texts, mut texts_matched) = (0, 0);
    let mut report = String::new();
    for folder in &folders {
        let name = folder.file_name().unwrap().to_string_lossy().to_string();
        let mut release = load_release(&folder.join("release.pressdesk"))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let template = templates
            .get(&release.template)
            .unwrap_or_else(|| panic!("{name}: no template {}", release.template));
        redraft(&mut release, template, &profile);
        let mut all_match = true;
        for lang in Language::ALL {
            let expected_path = folder.join(format!("{lang}.txt"));
            let expected = std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
            let doc =
                compose(&release, lang, &profile).unwrap_or_else(|e| panic!("{name} {lang}: {e}"));
            let (expected, drafted) = (normalise(&expected), normalise(&to_text(&doc)));
            texts += 1;
            if expected == drafted {
                texts_matched += 1;
            } else {
                all_match = false;
                report.push_str(&format!("  {name} {lang}:\n{}", diff(&expected, &drafted)));
            }
        }
        if all_match {
            matched += 1;
        } else {
            differ += 1;
        }
    }
    eprintln!("{report}");
    eprintln!("golden releases: {matched} matched, {differ} differ");
    eprintln!("  ({texts_matched} of {texts} language texts match)");
    assert_eq!(differ, 0, "golden releases: {differ} differ (see above)");
}
