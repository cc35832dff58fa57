//! Every command speaks the profile's language: a Kazakh or Russian press secretary meets
//! no English word in what Pressdesk prints — apart from names, numbers, file names, the
//! command's own words (`pressdesk`, `--force`, template ids, format names) and the
//! release's own text.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_pressdesk");

struct Sandbox {
    dir: PathBuf,
}

impl Sandbox {
    fn new(name: &str) -> Sandbox {
        let dir =
            std::env::temp_dir().join(format!("pressdesk-lang-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("archive")).unwrap();
        Sandbox { dir }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .current_dir(&self.dir)
            .env("PRESSDESK_HOME", self.dir.join("home"))
            .env("PRESSDESK_ARCHIVE", self.dir.join("archive"))
            .output()
            .expect("the binary runs")
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// What the release itself says, which messages quote in «…», is the user's text.
fn without_quoted(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '«' => depth += 1,
            '»' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Latin words of three letters or more left once the allowed ones are taken out.
fn english_words(text: &str, allowed: &[&str]) -> Vec<String> {
    let text = without_quoted(text);
    let mut found = Vec::new();
    for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')) {
        let word = word.trim_matches('-');
        if word.chars().filter(|c| c.is_ascii_alphabetic()).count() < 3 {
            continue;
        }
        if word.chars().any(|c| c.is_ascii_digit()) || allowed.contains(&word) {
            continue;
        }
        if !found.contains(&word.to_string()) {
            found.push(word.to_string());
        }
    }
    found
}

#[test]
fn every_command_speaks_kazakh_and_russian() {
    for lang in ["kk", "ru"] {
        let sandbox = Sandbox::new(lang);
        let profile = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/profile.ron"),
        )
        .unwrap()
        .replace("default_language: ru", &format!("default_language: {lang}"));
        std::fs::write(sandbox.dir.join("profile.ron"), profile).unwrap();
        let p = ["--profile", "profile.ron"];
        let with = |args: &[&str]| -> Vec<String> {
            p.iter().chain(args).map(|s| s.to_string()).collect()
        };
        let runs: Vec<Vec<String>> = vec![
            with(&[
                "new",
                "--template",
                "memorandum",
                "--lang",
                lang,
                "--out",
                "m.pressdesk",
            ]),
            with(&["new", "--template", "memorandum", "--out", "m.pressdesk"]),
            with(&["redraft", "m.pressdesk"]),
            with(&["add-version", "m.pressdesk", "--lang", "en"]),
            with(&["add-version", "m.pressdesk", "--lang", "en"]),
            with(&[
                "export",
                "m.pressdesk",
                "--format",
                "docx",
                "--out",
                "m.docx",
            ]),
            with(&[
                "export",
                "m.pressdesk",
                "--format",
                "docx",
                "--out",
                "m.docx",
                "--force",
            ]),
            with(&[
                "export",
                "m.pressdesk",
                "--format",
                "txt",
                "--lang",
                "ru",
                "--out",
                "m.txt",
            ]),
            with(&["check", "m.pressdesk"]),
            with(&["redraft", "no-such.pressdesk"]),
            with(&["export", "no-such.pressdesk", "--format", "docx"]),
            with(&["new", "--template", "no-such-genre"]),
            with(&["list"]),
            with(&["archive-check"]),
            with(&["check", "handed.txt"]),
            with(&["check", "handed.txt", "--fix"]),
            with(&[
                "photo",
                "add",
                "m.pressdesk",
                "handed.txt",
                "--caption",
                "x",
            ]),
            with(&["photo", "list", "m.pressdesk"]),
            with(&["photo", "remove", "m.pressdesk", "4"]),
            with(&[
                "import",
                "handed.txt",
                "no-such.docx",
                "--archive",
                "imported",
            ]),
            with(&[
                "new",
                "--template",
                "working-trip",
                "--from",
                "m.pressdesk",
                "--out",
                "w.pressdesk",
            ]),
        ];
        // A text handed over, in three languages, with a finding of every check that reads
        // any text: sums in a bracket, one quantity twice, a count and its noun, a count and
        // its list, a woman's name with a masculine verb, Latin letters in a Cyrillic word,
        // shares over 100 %.
        std::fs::write(
            sandbox.dir.join("handed.txt"),
            "Товарооборот составил 148,9 млн долларов (экспорт — 60,09 млн, импорт — 88,9 млн).\n\n\
             Подписаны 3 меморандумов: о торговле и о логистике.\n\n\
             По итогам встречи Айгерим Нурланова отметил рост в Кaзахстане.\n\n\
             Тауар айналымы 148,9 млн АҚШ долларын құрады (экспорт — 60 %, импорт — 50 %).\n\n\
             Тараптар 3 меморандумдар жасап, қол қойды.\n\n\
             The investment of USD500 million will create jobs.\n\n\
             The partners confirmed USD 250 million of investment and signed 3 memorandum.\n",
        )
        .unwrap();
        // A press office's own genres that cannot be used: RON that does not parse, a
        // pattern naming a fact the genre lacks, a template without a closing brace, and a
        // folder where a file should be. Every command that reads templates names them.
        let own = sandbox.dir.join("home/config/templates");
        std::fs::create_dir_all(own.join("папка.ron")).unwrap();
        std::fs::write(
            own.join("сломанный.ron"),
            "(\n    version: 1,\n    id: \"x\",\n    name: {ru: \"Сломанный\"},\n    description: {ru: \"А\" kk: \"Ә\"},\n)\n",
        )
        .unwrap();
        for (file, headline) in [
            ("неизвестный.ron", "Визит в {city_nmae}"),
            ("скобка.ron", "Визит в {city_name"),
        ] {
            std::fs::write(
                own.join(file),
                format!(
                    "(version: 1, id: \"{file}\", name: {{ru: \"Х\"}}, description: {{ru: \"Х\"}}, \
                     facts: [(id: \"city_name\", label: {{ru: \"Город\"}})], \
                     drafts: {{ru: (headline: \"{headline}\")}})"
                ),
            )
            .unwrap();
        }
        let allowed = [
            "config",
            "city_name",
            "city_nmae",
            "pressdesk",
            "Pressdesk",
            "force",
            "out",
            "archive-check",
            "templates",
            "docx",
            "html",
            "txt",
            "eml",
            "UTF-8",
            "memorandum",
            "delegation-visit",
            "working-trip",
            "forum-invitation",
            "blank",
            "no-such",
            "no-such-genre",
            "archive",
            "profile",
            "ron",
            "home",
            // The user's own file names: handed.txt and its handed.corrected.txt.
            "handed",
            "corrected",
            "imported",
            // Names of picture formats, as they are written in every language.
            "JPEG",
            "PNG",
            "WebP",
            "photos",
        ];
        for args in &runs {
            let output = sandbox.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
            let printed = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            )
            .replace(&sandbox.dir.display().to_string(), "");
            assert!(
                !printed.trim().is_empty() || args.contains(&"list".to_string()),
                "{args:?} printed nothing"
            );
            let english = english_words(&printed, &allowed);
            assert!(
                english.is_empty(),
                "{lang} {args:?} prints English words {english:?}:\n{printed}"
            );
        }
    }
}

/// A profile that cannot be read cannot say the user's language: the message follows the
/// system's locale instead of falling back to English.
#[test]
fn an_unreadable_profile_is_reported_in_the_systems_language() {
    let sandbox = Sandbox::new("broken-profile");
    std::fs::write(
        sandbox.dir.join("broken.ron"),
        "(version: 1, default_language: ",
    )
    .unwrap();
    for (locale, expected) in [
        ("kk_KZ.UTF-8", "файл оқылмайды"),
        ("ru_RU.UTF-8", "файл не читается"),
    ] {
        let output = Command::new(BIN)
            .args(["--profile", "broken.ron", "templates"])
            .current_dir(&sandbox.dir)
            .env("PRESSDESK_HOME", sandbox.dir.join("home"))
            .env("LC_ALL", locale)
            .output()
            .unwrap();
        let printed =
            String::from_utf8_lossy(&output.stderr).replace(&sandbox.dir.display().to_string(), "");
        assert!(!output.status.success(), "{printed}");
        assert!(printed.contains(expected), "{locale}: {printed}");
        let english = english_words(&printed, &["pressdesk", "broken", "ron"]);
        assert!(english.is_empty(), "{locale}: {english:?} in {printed}");
    }
}

/// `--help` of every command, and mistakes in the options, speak the user's language: only
/// the command's own names (commands, options, formats) stay as typed.
#[test]
fn help_and_option_errors_speak_kazakh_and_russian() {
    let sandbox = Sandbox::new("help");
    let commands = [
        "templates",
        "new",
        "export",
        "add-version",
        "redraft",
        "list",
        "check",
        "typeset",
        "archive-check",
        "photo",
        "import",
    ];
    let own_words = [
        "pressdesk",
        "templates",
        "new",
        "export",
        "add-version",
        "redraft",
        "list",
        "check",
        "typeset",
        "archive-check",
        "photo",
        "import",
        "add",
        "remove",
        "caption",
        "credit",
        "alt",
        "main",
        "photos",
        "JPEG",
        "PNG",
        "WebP",
        "jpg",
        "profile",
        "archive",
        "help",
        "version",
        "template",
        "lang",
        "out",
        "force",
        "from",
        "format",
        "status",
        "search",
        "year",
        "tag",
        "fix",
        "docx",
        "odt",
        "html",
        "txt",
        "eml",
        "text",
        "json",
        "draft",
        "ready",
        "approved",
        "sent",
        "DOCX",
        "HTML",
        "PRESSDESK_ARCHIVE",
        "bogus",
        "yaml",
        "md",
        "no-such-command",
        // the examples' own file names and values
        "delegation-visit",
        "visit",
        "visit-kk",
        "echo",
        "mnt",
        "press",
    ];
    for (locale, lang) in [("kk_KZ.UTF-8", "kk"), ("ru_RU.UTF-8", "ru")] {
        let mut runs: Vec<Vec<&str>> = vec![vec!["--help"], vec!["export", "--bogus"]];
        runs.push(vec!["check", "x.pressdesk", "--format", "yaml"]);
        runs.push(vec!["no-such-command"]);
        for command in commands {
            runs.push(vec![command, "--help"]);
        }
        for action in ["add", "list", "remove"] {
            runs.push(vec!["photo", action, "--help"]);
        }
        for args in runs {
            let output = Command::new(BIN)
                .args(&args)
                .current_dir(&sandbox.dir)
                .env("PRESSDESK_HOME", sandbox.dir.join("home"))
                .env("LC_ALL", locale)
                .output()
                .unwrap();
            let printed = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            )
            .replace(&sandbox.dir.display().to_string(), "");
            assert!(
                !printed.trim().is_empty(),
                "{lang} {args:?} printed nothing"
            );
            let english = english_words(&printed, &own_words);
            assert!(
                english.is_empty(),
                "{lang} {args:?}: {english:?} in\n{printed}"
            );
        }
    }
}
