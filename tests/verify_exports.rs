//! Every template × language exported to DOCX and read back by LibreOffice (PDF, then
//! pdftotext), python-docx (paragraph styles, quotes, the statistics table) and pandoc:
//! `scripts/verify-exports.sh` run against this build's binary.
//!
//! Without the readers the test says "skipped" — except under CI (`CI` set), where a
//! missing reader is a failure; `.ci/run` installs them.

use std::path::Path;
use std::process::Command;

/// Whether `program args…` runs and succeeds.
fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|output| output.status.success())
}

fn missing_readers() -> Vec<&'static str> {
    let mut missing = Vec::new();
    if !runs("soffice", &["--version"]) && !runs("libreoffice", &["--version"]) {
        missing.push("soffice (libreoffice-writer-nogui)");
    }
    if !runs("pdftotext", &["-v"]) {
        missing.push("pdftotext (poppler-utils)");
    }
    if !runs("pandoc", &["--version"]) {
        missing.push("pandoc");
    }
    if python_with_docx().is_none() {
        missing.push("python3 with docx (python3-docx)");
    }
    missing
}

/// The Python that has python-docx: the one on the PATH, or Debian's own, which is where
/// `apt-get install python3-docx` puts it when a version manager (pyenv) shadows it.
fn python_with_docx() -> Option<&'static str> {
    ["python3", "/usr/bin/python3"]
        .into_iter()
        .find(|python| runs(python, &["-c", "import docx"]))
}

#[test]
fn every_docx_reads_back_in_libreoffice_python_docx_and_pandoc() {
    let missing = missing_readers();
    if !missing.is_empty() {
        let list = missing.join(", ");
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but these readers are missing: {list}"
        );
        eprintln!("skipped: {list} not found (CI installs them)");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = Command::new("bash")
        .arg(root.join("scripts/verify-exports.sh"))
        .env("PRESSDESK_BIN", env!("CARGO_BIN_EXE_pressdesk"))
        .env("PRESSDESK_PYTHON", python_with_docx().unwrap_or("python3"))
        .current_dir(root)
        .output()
        .expect("bash runs the script");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    // The per-file summary lines, shown with `cargo test -- --nocapture`.
    println!("{stdout}");
    assert!(
        output.status.success(),
        "scripts/verify-exports.sh failed:\n{stderr}\n{stdout}"
    );
    assert!(
        stdout.contains("DOCX files passed"),
        "no summary from the script:\n{stdout}"
    );
}
