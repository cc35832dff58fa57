//! The command line end to end, as a press secretary or a script would use it: start a
//! release from every template in every language, export it, and read the files back.
//! Where LibreOffice and the Nu HTML validator are installed (CI installs both), every
//! exported DOCX must convert to PDF with its words and every HTML page must validate.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

const BIN: &str = env!("CARGO_BIN_EXE_pressdesk");
const TEMPLATES: [&str; 5] = [
    "delegation-visit",
    "working-trip",
    "memorandum",
    "forum-invitation",
    "blank",
];
const LANGS: [&str; 3] = ["ru", "kk", "en"];

/// A fresh folder per test, and PRESSDESK_HOME pointed into it so the user's settings and
/// templates never leak into the test.
struct Sandbox {
    dir: PathBuf,
}

impl Sandbox {
    fn new(name: &str) -> Sandbox {
        let dir = std::env::temp_dir().join(format!("pressdesk-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Sandbox { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .current_dir(&self.dir)
            .env("PRESSDESK_HOME", self.dir.join("home"))
            .output()
            .expect("the binary runs")
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn profile_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/profile.ron")
}

#[test]
fn templates_lists_every_genre() {
    let sandbox = Sandbox::new("templates");
    let output = sandbox.run(&["templates"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let listed = stdout(&output);
    for id in TEMPLATES {
        assert!(listed.contains(id), "{id} missing from:\n{listed}");
    }
}

/// `new` then `export` for every template and language, in all three formats.
#[test]
fn every_template_and_language_exports_to_every_format() {
    let sandbox = Sandbox::new("matrix");
    let profile = profile_fixture();
    let profile = profile.to_str().unwrap();
    let mut docx_files = Vec::new();
    let mut html_files = Vec::new();
    for template in TEMPLATES {
        for lang in LANGS {
            let release = format!("{template}-{lang}.pressdesk");
            let output = sandbox.run(&[
                "--profile",
                profile,
                "new",
                "--template",
                template,
                "--lang",
                lang,
                "--out",
                &release,
            ]);
            assert!(
                output.status.success(),
                "new {template} {lang}: {}",
                stderr(&output)
            );
            let saved = std::fs::read_to_string(sandbox.path(&release)).unwrap();
            assert!(saved.contains(&format!("template: \"{template}\"")));

            // A new release still shows its placeholders (the blank one has no text at
            // all): the export refuses, with exit code 3, and writes nothing.
            let refused = format!("{template}-{lang}-refused.docx");
            let output = sandbox.run(&[
                "--profile",
                profile,
                "export",
                &release,
                "--format",
                "docx",
                "--out",
                &refused,
            ]);
            assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
            assert!(
                stderr(&output).contains("Не заполнено") || stderr(&output).contains("Пусто"),
                "{}",
                stderr(&output)
            );
            assert!(!sandbox.path(&refused).exists());

            for format in ["docx", "html", "txt", "eml"] {
                let out = format!("{template}-{lang}.{format}");
                let output = sandbox.run(&[
                    "--profile",
                    profile,
                    "export",
                    &release,
                    "--format",
                    format,
                    "--out",
                    &out,
                    "--force",
                ]);
                assert!(
                    output.status.success(),
                    "export {template} {lang} {format}: {}",
                    stderr(&output)
                );
                assert!(
                    stderr(&output).contains("--force"),
                    "--force says what went out: {}",
                    stderr(&output)
                );
                let bytes = std::fs::read(sandbox.path(&out)).unwrap();
                assert!(!bytes.is_empty());
                match format {
                    "docx" => {
                        assert_eq!(&bytes[..2], b"PK", "a DOCX is a ZIP package");
                        docx_files.push(sandbox.path(&out));
                    }
                    "html" => {
                        let html = String::from_utf8(bytes).unwrap();
                        assert!(html.contains(&format!("lang=\"{lang}\"")));
                        html_files.push(sandbox.path(&out));
                    }
                    "eml" => {
                        // An Outlook draft with the DOCX attached (tests/export_eml.rs
                        // reads the parts back with a MIME parser).
                        let eml = String::from_utf8_lossy(&bytes);
                        assert!(eml.contains("X-Unsent: 1"));
                        assert!(eml.contains("wordprocessingml.document"));
                    }
                    _ => {
                        let text = String::from_utf8(bytes).unwrap();
                        // The profile's signature closes every release.
                        let signature = match lang {
                            "ru" => "Пресс-служба",
                            "kk" => "баспасөз қызметі",
                            _ => "Press service",
                        };
                        assert!(
                            text.contains(signature),
                            "{lang} text lacks the signature:\n{text}"
                        );
                    }
                }
            }
        }
    }
    check_with_libreoffice(&sandbox, &docx_files);
    check_with_nu_validator(&html_files);
}

/// Whether an external checker must be present: in CI it must, elsewhere it may be absent.
fn required_in_ci(tool: &str) -> bool {
    if std::env::var_os("CI").is_some() {
        true
    } else {
        eprintln!("note: {tool} not found; skipped (CI installs it)");
        false
    }
}

fn check_with_libreoffice(sandbox: &Sandbox, docx_files: &[PathBuf]) {
    let soffice = ["soffice", "libreoffice"]
        .into_iter()
        .find(|name| Command::new(name).arg("--version").output().is_ok());
    let Some(soffice) = soffice else {
        assert!(
            !required_in_ci("LibreOffice"),
            "CI must install LibreOffice"
        );
        return;
    };
    let pdf_dir = sandbox.path("pdf");
    let profile_dir = sandbox.path("lo-profile");
    let output = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile_dir.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&pdf_dir)
        .args(docx_files)
        .output()
        .expect("LibreOffice runs");
    assert!(output.status.success(), "LibreOffice: {}", stderr(&output));
    for docx in docx_files {
        let pdf = pdf_dir.join(docx.with_extension("pdf").file_name().unwrap());
        assert!(
            pdf.exists(),
            "LibreOffice made no PDF of {}",
            docx.display()
        );
        let Ok(text) = Command::new("pdftotext").arg(&pdf).arg("-").output() else {
            assert!(
                !required_in_ci("pdftotext"),
                "CI must install poppler-utils"
            );
            continue;
        };
        let pdf_text = normalise(&String::from_utf8_lossy(&text.stdout));
        let txt = std::fs::read_to_string(docx.with_extension("txt")).unwrap();
        for word in txt
            .split_whitespace()
            .map(normalise)
            .filter(|w| w.chars().count() > 3)
        {
            assert!(
                pdf_text.contains(&word),
                "{}: the PDF lacks «{word}»",
                docx.display()
            );
        }
    }
}

/// Folds the spaces and hyphenation that PDF text extraction changes.
fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn check_with_nu_validator(html_files: &[PathBuf]) {
    let Some(jar) = std::env::var_os("PRESSDESK_VNU_JAR") else {
        assert!(
            !required_in_ci("the Nu validator (PRESSDESK_VNU_JAR)"),
            "CI must set PRESSDESK_VNU_JAR"
        );
        return;
    };
    let output = Command::new("java")
        .arg("-jar")
        .arg(jar)
        .arg("--errors-only")
        .args(html_files)
        .output()
        .expect("java runs");
    assert!(
        output.status.success(),
        "the Nu validator found errors:\n{}",
        stderr(&output)
    );
}

#[test]
fn clear_errors_and_nothing_written_on_bad_input() {
    let sandbox = Sandbox::new("errors");

    let output = sandbox.run(&["new", "--template", "no-such-genre"]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("нет шаблона «no-such-genre»"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("delegation-visit"),
        "names the real ones"
    );

    let output = sandbox.run(&["new", "--template", "blank", "--lang", "de"]);
    assert!(!output.status.success());
    let said = stderr(&output);
    assert!(
        said.contains("«de»") && said.contains("ru, kk, en") || said.contains("unknown language"),
        "names the value and the languages there are: {said}"
    );

    let output = sandbox.run(&["export", "missing.pressdesk", "--format", "docx"]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("missing.pressdesk: нет такого файла"),
        "{}",
        stderr(&output)
    );

    std::fs::write(
        sandbox.path("broken.pressdesk"),
        "(\n  version: 1,\n  id: oops\n",
    )
    .unwrap();
    let output = sandbox.run(&[
        "export",
        "broken.pressdesk",
        "--format",
        "html",
        "--out",
        "x.html",
    ]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(
        message.contains("broken.pressdesk:3:"),
        "line and column: {message}"
    );
    assert!(!sandbox.path("x.html").exists(), "nothing written");

    std::fs::write(sandbox.path("future.pressdesk"), "(version: 99, id: \"x\")").unwrap();
    let output = sandbox.run(&["export", "future.pressdesk", "--format", "txt"]);
    assert!(
        stderr(&output).contains("более новой версией Pressdesk"),
        "{}",
        stderr(&output)
    );

    let output = sandbox.run(&["new", "--template", "blank", "--out", "r.pressdesk"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = sandbox.run(&["export", "r.pressdesk", "--format", "html", "--lang", "en"]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("нет версии en"),
        "{}",
        stderr(&output)
    );

    let output = sandbox.run(&["new", "--template", "blank", "--out", "r.pressdesk"]);
    assert!(
        !output.status.success(),
        "an existing file is not overwritten without --force"
    );
    assert!(stderr(&output).contains("уже есть"));

    let output = sandbox.run(&[
        "export",
        "r.pressdesk",
        "--format",
        "docx",
        "--out",
        "no/such/folder/r.docx",
        "--force",
    ]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("no/such/folder/r.docx"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn export_names_the_file_from_date_and_headline_by_default() {
    let sandbox = Sandbox::new("naming");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/releases/delegation-visit-ru.ron");
    std::fs::copy(&fixture, sandbox.path("visit.pressdesk")).unwrap();
    let output = sandbox.run(&["export", "visit.pressdesk", "--format", "docx"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = stdout(&output).trim().to_string();
    assert!(written.ends_with(".docx"), "{written}");
    let name = Path::new(&written).file_name().unwrap().to_str().unwrap();
    assert!(name.is_ascii(), "transliterated: {name}");
    assert!(
        name.chars().next().unwrap().is_ascii_digit(),
        "starts with the date: {name}"
    );
    assert!(sandbox.path(name).exists());
}

/// A command does not load the window's X11 libraries: loading libX11 and the five it needs
/// took ~1 ms of every `pressdesk export` while softbuffer's tiny-xlib did it before `main`
/// (src/lazy-xlib loads them when a window draws). glibc's loader lists every library it
/// loads under LD_DEBUG=libs.
#[cfg(all(target_os = "linux", target_env = "gnu", feature = "gui"))]
#[test]
fn a_command_loads_no_window_library() {
    let output = Command::new(BIN)
        .args(["--version"])
        .env("LD_DEBUG", "libs")
        .output()
        .unwrap();
    assert!(output.status.success());
    let loaded = stderr(&output);
    assert!(
        loaded.contains("libc.so"),
        "LD_DEBUG said nothing: {loaded}"
    );
    assert!(
        !loaded.contains("libX11") && !loaded.contains("libxcb"),
        "{loaded}"
    );
}

#[test]
fn help_explains_commands_with_examples() {
    let sandbox = Sandbox::new("help");
    for command in ["new", "export", "templates"] {
        let output = sandbox.run(&[command, "--help"]);
        assert!(output.status.success());
        let help = stdout(&output);
        assert!(
            [
                "Example: pressdesk",
                "Пример: pressdesk",
                "Мысалы: pressdesk"
            ]
            .iter()
            .any(|label| help.contains(label)),
            "{command} --help: {help}"
        );
    }
}

#[test]
fn export_refuses_a_release_whose_parts_do_not_add_up() {
    use pressdesk::storage::{load_release, save_release};
    let sandbox = Sandbox::new("export-refused");
    let file = sandbox.path("visit.pressdesk");
    let mut release = load_release(&fixtures().join("releases/delegation-visit-ru.ron")).unwrap();
    // 60,09 + 88,9 is 148,99, not the 148,9 the figure says.
    let turnover = release
        .statistics
        .iter_mut()
        .find(|s| s.parts.len() == 2)
        .expect("a figure with two parts");
    turnover.value = "148.9".parse().unwrap();
    turnover.parts[0].value = "60.09".parse().unwrap();
    turnover.parts[1].value = "88.9".parse().unwrap();
    save_release(&file, &release).unwrap();
    let file_arg = file.to_str().unwrap();

    let out = sandbox.run(&["export", file_arg, "--format", "docx", "--out", "v.docx"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Части не сходятся"),
        "{}",
        stderr(&out)
    );
    assert!(!sandbox.path("v.docx").exists(), "nothing is written");

    let forced = sandbox.run(&[
        "export", file_arg, "--format", "docx", "--out", "v.docx", "--force",
    ]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(sandbox.path("v.docx").exists());
    assert!(
        stderr(&forced).contains("Части не сходятся"),
        "{}",
        stderr(&forced)
    );
}

#[test]
fn typeset_binds_a_number_to_its_word_and_repairs_quotes_from_stdin_or_a_file() {
    use std::io::Write;
    let sandbox = Sandbox::new("typeset");
    let mut child = std::process::Command::new(BIN)
        .args(["typeset", "--lang", "ru"])
        .current_dir(&sandbox.dir)
        .env("PRESSDESK_HOME", sandbox.dir.join("home"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            "В 2019 году рост составил 6,7 процента.\n\n«\"Мы подписали «меморандум»\"»".as_bytes(),
        )
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let out = stdout(&output);
    assert!(out.contains("2019\u{a0}году"), "{out:?}");
    assert!(out.contains("6,7\u{a0}процента"), "{out:?}");
    // The pasted quote, wrapped twice: two proper levels, not three.
    assert!(out.contains("«Мы\u{a0}подписали „меморандум“»"), "{out:?}");

    // A file, HTML out; a quote pasted with straight marks inside «» gets two levels.
    std::fs::write(
        sandbox.path("pasted.txt"),
        "\"Мы подписали «меморандум»\", - сказал аким.\n\n- Когда начнутся работы?",
    )
    .unwrap();
    let output = sandbox.run(&["typeset", "pasted.txt", "--lang", "ru", "--format", "html"]);
    let out = stdout(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        out.contains("<p>«Мы&nbsp;подписали „меморандум“»,&nbsp;— сказал"),
        "{out}"
    );
    assert!(out.contains("<p>—&nbsp;Когда"), "{out}");
}

/// The window's test of the graphics driver (run by the window's program as a child process
/// before it opens, on Windows): it answers — works (0) or the reason on one line (1) — and never
/// leaves a crash for the window to meet.
#[cfg(feature = "gui")]
#[test]
fn the_renderer_probe_answers_yes_or_why_not() {
    let output = Command::new(env!("CARGO_BIN_EXE_pressdesk-window"))
        .arg("--probe-renderer")
        .output()
        .expect("the binary runs");
    let said = String::from_utf8_lossy(&output.stdout);
    match output.status.code() {
        Some(0) => assert!(said.trim().is_empty(), "{said}"),
        Some(1) => assert_eq!(said.trim().lines().count(), 1, "{said}"),
        other => panic!("the probe ended with {other:?}: {said}"),
    }
}

/// `export` reads only its release's template, yet checks against the user's own version
/// of it (whose placeholder «[Откуда гости]» is then an unfilled fact, not a note), and a
/// user's template file that cannot be read is named once.
#[test]
fn export_checks_against_the_users_template_and_names_a_broken_one_once() {
    let sandbox = Sandbox::new("user-template");
    let templates = sandbox.path("home/config/templates");
    std::fs::create_dir_all(&templates).unwrap();
    let built_in = pressdesk::template::BUILT_IN
        .iter()
        .find(|(name, _)| *name == "delegation-visit.ron")
        .unwrap()
        .1;
    let ours = built_in.replace("ru: \"Откуда делегация — кратко\"", "ru: \"Откуда гости\"");
    assert_ne!(ours, built_in);
    std::fs::write(templates.join("our-visit.ron"), ours).unwrap();
    std::fs::write(templates.join("broken.ron"), "(version: 1, id: \"broken\"").unwrap();
    let release = std::fs::read_to_string("tests/fixtures/releases/delegation-visit-ru.ron")
        .unwrap()
        .replace(
            "встретился с делегацией из Китая",
            "встретился с делегацией [Откуда гости]",
        );
    std::fs::write(sandbox.path("visit.pressdesk"), release).unwrap();

    let profile = profile_fixture();
    let output = sandbox.run(&[
        "--profile",
        profile.to_str().unwrap(),
        "export",
        "visit.pressdesk",
        "--format",
        "docx",
        "--out",
        "visit.docx",
    ]);
    let said = stderr(&output);
    assert_eq!(output.status.code(), Some(3), "{said}");
    assert!(said.contains("[Откуда гости]"), "{said}");
    assert_eq!(said.matches("broken.ron").count(), 1, "{said}");
    assert!(!sandbox.path("visit.docx").exists());
}
