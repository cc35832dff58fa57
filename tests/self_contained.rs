//! A user's clone has nothing beside it: no file of the repository may read or link a
//! folder outside it. CI also runs the tests from a clone in an empty folder (`.ci/run`);
//! this test names the offending line at once, on any machine.

use std::path::{Path, PathBuf};

/// Paths that only exist on the developers' machines, never in a user's clone. Built from
/// parts so this file does not name them itself.
fn outside_paths() -> Vec<String> {
    vec![
        ["..", "shared"].join("/"),
        ["..", "shared"].join("\\"),
        ["", "work", ""].join("/"),
    ]
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // Build output and git's own data are not the repository's files.
        if name == "target" || name == ".git" || name == "node_modules" {
            continue;
        }
        if path.is_dir() {
            walk(&path, files);
        } else {
            files.push(path);
        }
    }
}

#[test]
fn no_file_of_the_repository_points_outside_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(root, &mut files);
    assert!(
        files.iter().any(|f| f.ends_with("Cargo.toml")),
        "walked the wrong folder: {}",
        root.display()
    );
    let needles = outside_paths();
    let mut found = Vec::new();
    for file in &files {
        // Binary files (fonts, pictures) cannot link anything; skip what is not UTF-8.
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        for (number, line) in text.lines().enumerate() {
            if needles.iter().any(|needle| line.contains(needle.as_str())) {
                let shown = file.strip_prefix(root).unwrap_or(file);
                found.push(format!(
                    "{}:{}: {}",
                    shown.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "files refer to folders outside the repository, which a user's clone lacks:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_typography_cases_travel_with_their_licence() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/typograf");
    for name in ["ru.json", "en-US.json", "LICENSE-typograf.md", "README.md"] {
        assert!(
            dir.join(name).is_file(),
            "{name} missing from {}",
            dir.display()
        );
    }
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    assert!(
        readme.contains("ad681a5"),
        "the README names the upstream commit"
    );
}
