//! `pressdesk check` end to end: the issue's turnover case exits 1 and names the three
//! numbers, JSON lists the finding, a clean release exits 0, an unreadable file exits 2.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::str::FromStr;

use pressdesk::language::units::{Scale, Unit};
use pressdesk::release::Release;
use pressdesk::storage;
use rust_decimal::Decimal;

const BIN: &str = env!("CARGO_BIN_EXE_pressdesk");

/// A fresh folder per test, with PRESSDESK_HOME inside so no user profile leaks in.
struct Sandbox {
    dir: PathBuf,
}

impl Sandbox {
    fn new(name: &str) -> Sandbox {
        let dir =
            std::env::temp_dir().join(format!("pressdesk-check-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Sandbox { dir }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .current_dir(&self.dir)
            .env("PRESSDESK_HOME", self.dir.join("home"))
            .output()
            .expect("the binary runs")
    }

    fn write(&self, name: &str, release: &Release) -> String {
        let path = self.dir.join(name);
        storage::save_release(&path, release).unwrap();
        path.display().to_string()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn sample() -> Release {
    storage::load_release(Path::new("tests/fixtures/releases/delegation-visit-ru.ron")).unwrap()
}

/// «Товарооборот 148,9 млн долларов, экспорт 60,09, импорт 88,9».
fn issue_case() -> Release {
    let mut release = sample();
    let stat = &mut release.statistics[1];
    stat.value = Decimal::from_str("148.9").unwrap();
    stat.quantity.scale = Scale::Million;
    stat.quantity.unit = Unit::UsDollar;
    stat.parts[0].value = Decimal::from_str("60.09").unwrap();
    stat.parts[1].value = Decimal::from_str("88.9").unwrap();
    release
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).replace('\u{a0}', " ")
}

#[test]
fn the_turnover_that_does_not_add_up_exits_1_naming_the_numbers() {
    let sandbox = Sandbox::new("turnover");
    let file = sandbox.write("turnover.pressdesk", &issue_case());
    let output = sandbox.run(&["check", &file, "--lang", "ru"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let out = text(&output.stdout);
    let line = out
        .lines()
        .find(|l| l.contains("Части не сходятся"))
        .unwrap_or_else(|| panic!("no sums finding in:\n{out}"));
    // Every word in the language asked for: no English severity, no internal code.
    assert!(line.starts_with("ошибка"), "{line}");
    assert!(!line.contains("sums/"), "{line}");
    assert!(line.contains("60,09 + импорт 88,9 = 148,99"), "{line}");
    assert!(line.contains("148,9 млн долларов США"), "{line}");

    let output = sandbox.run(&["check", &file, "--lang", "en", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let finding = json
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "sums/parts-total")
        .expect("the sums finding in JSON");
    assert_eq!(finding["severity"], "error");
    assert_eq!(
        finding["field"], "statistic[2]",
        "numbered as the message says: цифра 2"
    );
    assert_eq!(finding["language"], serde_json::Value::Null);
    assert_eq!(finding["fix"], serde_json::Value::Null);
    let message = finding["message"].as_str().unwrap().replace('\u{a0}', " ");
    assert!(
        message.contains("60.09 + imports 88.9 = 148.99"),
        "{message}"
    );
}

#[test]
fn a_clean_release_exits_0_and_fixes_are_described_in_json() {
    let sandbox = Sandbox::new("clean");
    let file = sandbox.write("clean.pressdesk", &sample());
    let output = sandbox.run(&["check", &file]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));

    let mut mixed = sample();
    mixed.versions[0].paragraphs[4].edit("Китай инвестирует в Кaзахстан.");
    let file = sandbox.write("mixed.pressdesk", &mixed);
    let output = sandbox.run(&["check", &file, "--format", "json", "--lang", "en"]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "mixed alphabets are an error: the word cannot be found"
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let finding = &json.as_array().unwrap()[0];
    assert_eq!(finding["code"], "alphabets/mixed");
    assert_eq!(
        finding["field"], "paragraph[5]",
        "numbered as the text shows it"
    );
    assert_eq!(finding["language"], "ru");
    assert!(
        finding["fix"]["description"]
            .as_str()
            .unwrap()
            .contains("Казахстан")
    );
}

/// Spelling suggestions (words tied for a place among them) came out in another order
/// from one run to the next; a script comparing two reports saw changes that were not.
#[test]
fn the_same_file_gets_the_same_report_every_run() {
    let sandbox = Sandbox::new("same-report");
    // A Kazakh quote with a word the dictionary lacks («жылыжай»): many suggestions tie.
    let file = "tests/golden/04-delegation-visit-turkestan-gyeongbuk/release.pressdesk";
    let file = std::fs::canonicalize(file).unwrap().display().to_string();
    let reports: Vec<String> = (0..4)
        .map(|_| text(&sandbox.run(&["check", &file, "--format", "json"]).stdout))
        .collect();
    assert!(reports[0].contains("жылыжай"), "{}", reports[0]);
    for report in &reports[1..] {
        assert_eq!(report, &reports[0]);
    }
}

#[test]
fn a_file_that_cannot_be_read_exits_2_with_one_line() {
    let sandbox = Sandbox::new("missing");
    let output = sandbox.run(&["check", "no-such-file.pressdesk"]);
    assert_eq!(output.status.code(), Some(2));
    let err = text(&output.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("no-such-file.pressdesk"), "{err}");
    assert!(output.stdout.is_empty());

    std::fs::write(sandbox.dir.join("broken.pressdesk"), "(version: 1, id: ").unwrap();
    let output = sandbox.run(&["check", "broken.pressdesk"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stderr).trim().lines().count(), 1);
}

#[test]
fn check_fix_applies_the_certain_fixes_and_reports_what_is_left() {
    let sandbox = Sandbox::new("fix");
    let mut mixed = sample();
    mixed.versions[0].paragraphs[4].edit("Китай инвестирует в Кaзахстан.");
    let file = sandbox.write("mixed.pressdesk", &mixed);
    let before = sandbox.run(&["check", &file]);
    assert_eq!(before.status.code(), Some(1), "a mixed word is an error");

    let fixed = sandbox.run(&["check", &file, "--fix"]);
    assert_eq!(
        fixed.status.code(),
        Some(0),
        "nothing is left: {}",
        text(&fixed.stdout)
    );
    let said = text(&fixed.stderr);
    assert!(said.contains("исправлено: 1"), "{said}");
    assert!(said.contains("Казахстан"), "{said}");
    let saved = pressdesk::storage::load_release(std::path::Path::new(&file)).unwrap();
    assert_eq!(
        saved.versions[0].paragraphs[4].text,
        "Китай инвестирует в Казахстан."
    );
}

/// A Word file written by someone else, checked without making it a release.
fn word_file(path: &std::path::Path, paragraphs: &[&str]) {
    let mut docx = docx_rs::Docx::new();
    for text in paragraphs {
        docx = docx
            .add_paragraph(docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text(*text)));
    }
    let file = std::fs::File::create(path).unwrap();
    docx.build().pack(file).unwrap();
}

#[test]
fn a_word_file_or_a_plain_text_is_checked_as_it_is() {
    let sandbox = Sandbox::new("any-text");
    let docx = sandbox.dir.join("from-the-ministry.docx");
    word_file(
        &docx,
        &[
            "Аким области провёл встречу с инвесторами",
            // 5 December 2026 is a Saturday, and «Кaзахстан» has a Latin «a».
            "В понедельник, 5 декабря 2026 года, в Кaзахстане открылся завод.",
            "Облыс әкімі инвесторлармен кездесті.",
        ],
    );
    let output = sandbox.run(&["check", docx.to_str().unwrap(), "--lang", "ru"]);
    let out = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(out.contains("понедельник"), "the weekday: {out}");
    assert!(out.contains("К[a]захстане"), "the mixed word: {out}");
    assert!(
        !out.contains("заголов"),
        "a text is not asked for a headline: {out}"
    );

    let clean = sandbox.dir.join("clean.txt");
    std::fs::write(
        &clean,
        "Аким области встретился с делегацией.\n\nОблыс әкімі делегацияны қабылдады.\n\nThe akim met a delegation.\n",
    )
    .unwrap();
    let output = sandbox.run(&["check", clean.to_str().unwrap(), "--lang", "ru"]);
    let out = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert!(out.starts_with("Ошибок: 0, предупреждений: 0"), "{out}");
}

#[test]
fn a_word_file_whose_parts_do_not_add_up_exits_1_naming_the_three_numbers() {
    let sandbox = Sandbox::new("prose-sum");
    let docx = sandbox.dir.join("from-a-colleague.docx");
    word_file(
        &docx,
        &[
            "Аким области встретился с делегацией провинции Сычуань",
            "По итогам 2025 года товарооборот составил 148,9 млн долларов (экспорт — 60,09 млн, импорт — 88,9 млн).",
        ],
    );
    let output = sandbox.run(&["check", docx.to_str().unwrap(), "--lang", "ru"]);
    let out = text(&output.stdout).replace(['\u{a0}', '\u{202f}'], " ");
    assert_eq!(output.status.code(), Some(1), "{out}");
    for number in ["60,09 млн", "88,9 млн", "148,9 млн"] {
        assert!(out.contains(number), "{number} missing: {out}");
    }
}

#[test]
fn fix_on_a_word_file_or_a_text_writes_a_corrected_copy_and_keeps_the_original() {
    let sandbox = Sandbox::new("corrected-copy");
    let paragraphs = [
        "Аким области встретился с делегацией",
        // A Latin «a» in «Кaзахстане», and a woman with a masculine verb.
        "В Кaзахстане открылся завод. По итогам встречи Айгерим Нурланова отметил его значение.",
    ];
    let docx = sandbox.dir.join("from-the-ministry.docx");
    word_file(&docx, &paragraphs);
    let txt = sandbox.dir.join("from-a-colleague.txt");
    std::fs::write(&txt, paragraphs.join("\n\n")).unwrap();
    for (original, copy) in [
        (&docx, sandbox.dir.join("from-the-ministry.corrected.docx")),
        (&txt, sandbox.dir.join("from-a-colleague.corrected.txt")),
    ] {
        let before = std::fs::read(original).unwrap();
        let output = sandbox.run(&["check", original.to_str().unwrap(), "--fix", "--lang", "ru"]);
        let (out, err) = (text(&output.stdout), text(&output.stderr));
        assert_eq!(output.status.code(), Some(0), "{out}\n{err}");
        assert!(err.contains("исправлено: 2"), "{err}");
        assert_eq!(
            std::fs::read(original).unwrap(),
            before,
            "the original is kept"
        );
        let fixed = pressdesk::checks::any_text::read_paragraphs(&copy).unwrap();
        assert_eq!(fixed.len(), 2);
        assert!(fixed[1].contains("В Казахстане"), "{fixed:?}");
        assert!(fixed[1].contains("Айгерим Нурланова отметила"), "{fixed:?}");
        assert_eq!(fixed[0], paragraphs[0]);
    }
}

#[test]
fn a_web_page_or_an_email_is_checked_like_any_text() {
    let sandbox = Sandbox::new("html-eml");
    let html = sandbox.dir.join("page.html");
    std::fs::write(
        &html,
        "<!doctype html><html><head><title>Пресс-релиз</title></head><body>\
         <h1>Аким встретился с делегацией</h1>\
         <div><p>Товарооборот составил 148,9&nbsp;млн долларов (экспорт — 60,09 млн, \
         импорт — 88,9 млн).</p></div></body></html>",
    )
    .unwrap();
    let output = sandbox.run(&["check", html.to_str().unwrap(), "--lang", "ru"]);
    let out = text(&output.stdout).replace(['\u{a0}', '\u{202f}'], " ");
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(out.contains("60,09 млн + 88,9 млн"), "{out}");

    let eml = sandbox.dir.join("letter.eml");
    let message = mail_builder::MessageBuilder::new()
        .from(("Пресс-служба", "press@example.kz"))
        .to("editor@example.kz")
        .subject("Аким встретился с делегацией")
        .text_body(
            "В понедельник, 5 декабря 2026 года, открылся завод.\n\nЗавод даст 300 рабочих мест.",
        )
        .write_to_string()
        .unwrap();
    std::fs::write(&eml, message).unwrap();
    let output = sandbox.run(&["check", eml.to_str().unwrap(), "--lang", "ru"]);
    let out = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(1),
        "5 December 2026 is a Saturday: {out}"
    );
    assert!(out.contains("понедельник"), "{out}");
}

/// Spelling: a speaker's name is never a misspelling in their own release, in its Kazakh
/// forms either; Kazakh typed on a Russian layout is reported with the right word first;
/// a word the office adds to `dictionary.txt` in its archive folder is no longer reported.
#[test]
fn spelling_knows_the_release_names_and_the_office_words() {
    let sandbox = Sandbox::new("spelling");
    let mut release =
        storage::load_release(Path::new("tests/fixtures/releases/delegation-visit-kk.ron"))
            .unwrap();
    let kk = release
        .versions
        .iter_mut()
        .find(|v| v.language == pressdesk::language::Language::Kk)
        .unwrap();
    kk.paragraphs[0].text =
        "Сатыбалдыға агрохаб туралы айтылды. Біз Казакстан үшін жұмыс істейміз.".into();
    let file = sandbox.write("release.pressdesk", &release);
    let spelled = || spelling_findings(&sandbox, &file);
    let found = spelled();
    let words: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
    assert!(
        !words.iter().any(|w| w.starts_with("Сатыбалды")),
        "the speaker's name: {found:?}"
    );
    let layout = found
        .iter()
        .find(|(w, _)| w == "Казакстан")
        .expect("Казакстан");
    assert_eq!(layout.1.first().map(String::as_str), Some("Қазақстан"));
    assert!(words.contains(&"агрохаб"), "{found:?}");

    let archive = sandbox.dir.join("home/data/archive");
    std::fs::create_dir_all(&archive).unwrap();
    std::fs::write(archive.join("dictionary.txt"), "агрохаб\n").unwrap();
    let found = spelled();
    assert!(
        !found.iter().any(|(w, _)| w == "агрохаб"),
        "the office's word: {found:?}"
    );

    // Kazakh switched off in the profile (Settings → Checks), Kazakh spelling reports
    // nothing; spelling switched off as a whole, nothing either.
    let config = sandbox.dir.join("home/config");
    std::fs::create_dir_all(&config).unwrap();
    let switched_off = |disabled: &str| {
        let profile = std::fs::read_to_string("tests/fixtures/profile.ron")
            .unwrap()
            .replacen('(', &format!("(\n    checks: (disabled: [{disabled}]),"), 1);
        std::fs::write(config.join("profile.ron"), profile).unwrap();
    };
    switched_off("\"spelling/kk\"");
    assert!(spelled().is_empty(), "Kazakh spelling switched off");
    switched_off("\"spelling/ru\", \"spelling/en\"");
    assert!(!spelled().is_empty(), "Kazakh spelling left on");
    switched_off("\"spelling\"");
    assert!(spelled().is_empty(), "spelling switched off");
}

/// English is spelled British unless Settings chooses American: each flags the other's
/// spellings, with its own as the suggestion.
#[test]
fn english_spelling_is_british_unless_american_is_chosen() {
    let sandbox = Sandbox::new("english");
    let text = sandbox.dir.join("note.txt");
    std::fs::write(
        &text,
        "The colour of the flag was chosen by the centre. The color was chosen by the center.\n",
    )
    .unwrap();
    let flagged = || -> Vec<String> {
        spelling_findings(&sandbox, text.to_str().unwrap())
            .into_iter()
            .map(|(word, suggestions)| {
                let first = suggestions.first().map(String::as_str).unwrap_or("");
                format!("{word} → {first}")
            })
            .collect()
    };
    assert_eq!(flagged(), ["color → colour", "center → centre"]);

    let config = sandbox.dir.join("home/config");
    std::fs::create_dir_all(&config).unwrap();
    let profile = std::fs::read_to_string("tests/fixtures/profile.ron")
        .unwrap()
        .replacen('(', "(\n    checks: (english: us),", 1);
    std::fs::write(config.join("profile.ron"), profile).unwrap();
    assert_eq!(flagged(), ["colour → color", "centre → center"]);
}

/// The spelling findings `pressdesk check FILE --format json` reports: each word (as its
/// message quotes it) with its suggestions.
fn spelling_findings(sandbox: &Sandbox, file: &str) -> Vec<(String, Vec<String>)> {
    let output = sandbox.run(&["check", file, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "spelling")
        .map(|f| {
            let message = f["message"].as_str().unwrap();
            let word = message
                .split('«')
                .nth(1)
                .unwrap()
                .split('»')
                .next()
                .unwrap();
            let suggestions = f["suggestions"]
                .as_array()
                .map(|s| s.iter().map(|w| w.as_str().unwrap().to_string()).collect())
                .unwrap_or_default();
            (word.to_string(), suggestions)
        })
        .collect()
}
