//! What an import makes of a past release's parts: quotes with their speakers in Russian,
//! Kazakh and English, the people they name, tables of figures as statistics — from Word,
//! OpenDocument (LibreOffice's own), a page and Markdown — and the page composed from the
//! imported release reads as the original did.

use std::path::Path;

use jiff::civil::date;
use pressdesk::archive::import::release_of;
use pressdesk::checks::any_text::{TextDocument, document_of};
use pressdesk::compose::compose;
use pressdesk::document::Block;
use pressdesk::language::Language;
use pressdesk::language::gender::Gender;
use pressdesk::language::units::{Scale, Unit};
use pressdesk::profile::Profile;
use pressdesk::release::Release;
use rust_decimal::Decimal;

fn plain(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every paragraph of the page composed from the release in `lang`, spaces folded.
fn page(release: &Release, lang: Language) -> Vec<String> {
    let page = compose(release, lang, &Profile::default()).unwrap();
    page.blocks.iter().map(|b| plain(&b.plain_text())).collect()
}

fn text(paragraphs: &[&str]) -> TextDocument {
    TextDocument {
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
        tables: Vec::new(),
    }
}

const RU_QUOTE: &str = "«Мы рады гостям и готовы к совместным проектам», — отметила заместитель акима области Айгерим Нурланова.";
const KK_QUOTE: &str = "«Біз қонақтарға қуаныштымыз», — деді облыс әкімі Дархан Сатыбалды.";
const EN_QUOTE: &str =
    "“We are ready to open new routes for our exporters,” said Akim Darkhan Satybaldy.";

#[test]
fn quotes_in_each_language_name_their_speakers_as_people_and_read_the_same() {
    let release = release_of(
        &text(&[
            "Аким области встретился с делегацией",
            "Туркестан, 5 марта 2024 года. Аким области провёл встречу.",
            "Стороны обсудили торговлю.",
            RU_QUOTE,
        ]),
        None,
    );
    let quote = &release.versions[0].quotes[0];
    let person = release
        .person(&quote.speaker)
        .expect("the speaker is a person");
    assert_eq!(person.name.get(Language::Ru), "Айгерим Нурланова");
    assert_eq!(
        person.position.get(Language::Ru),
        "заместитель акима области"
    );
    assert_eq!(person.gender, Some(Gender::Feminine), "«отметила» says so");
    assert!(page(&release, Language::Ru).contains(&plain(RU_QUOTE)));

    let kazakh = release_of(
        &text(&[
            "Облыс әкімі делегацияны қабылдады",
            "Түркістан облысының әкімі Қытай делегациясымен кездесті.",
            KK_QUOTE,
        ]),
        None,
    );
    let quote = &kazakh.versions[0].quotes[0];
    let person = kazakh.person(&quote.speaker).unwrap();
    assert_eq!(person.name.get(Language::Kk), "Дархан Сатыбалды");
    assert_eq!(person.position.get(Language::Kk), "облыс әкімі");
    assert_eq!(person.gender, None, "a Kazakh verb says nothing of it");
    assert!(page(&kazakh, Language::Kk).contains(&plain(KK_QUOTE)));

    let english = release_of(
        &text(&[
            "Turkestan Region Akim meets delegation from China",
            "Turkestan, March 5, 2024. The akim of the region met a delegation.",
            EN_QUOTE,
            "\"Thank you,\" the guest said.",
        ]),
        None,
    );
    let version = &english.versions[0];
    assert_eq!(
        version.quotes.len(),
        1,
        "the speaker before the verb stays a paragraph"
    );
    assert_eq!(version.quotes[0].verb, "said");
    assert_eq!(
        version.quotes[0].text,
        "We are ready to open new routes for our exporters"
    );
    let person = english.person(&version.quotes[0].speaker).unwrap();
    assert_eq!(person.name.get(Language::En), "Darkhan Satybaldy");
    assert_eq!(person.position.get(Language::En), "Akim");
    let shown = page(&english, Language::En);
    assert!(shown.contains(&plain(EN_QUOTE)), "{shown:#?}");
    assert!(
        shown
            .iter()
            .any(|p| p.contains("Thank you,") && p.ends_with("the guest said."))
    );

    // Nothing to ask about a speaker the text named.
    let findings = pressdesk::checks::check(
        &release,
        &Profile::default(),
        date(2024, 3, 6),
        Language::Ru,
    );
    let about_quotes: Vec<_> = findings
        .iter()
        .filter(|f| f.code.starts_with("quotes/"))
        .collect();
    assert!(about_quotes.is_empty(), "{about_quotes:#?}");
}

#[test]
fn one_speaker_in_two_versions_is_one_person_and_a_name_after_a_city_is_not_the_city() {
    let release = release_of(
        &text(&[
            "Облыс әкімі делегацияны қабылдады",
            "Түркістан облысының әкімі Қытай делегациясымен кездесті.",
            "Тараптар сауда және логистика салаларындағы ынтымақтастықты талқылады.",
            KK_QUOTE,
            "Аким области принял делегацию",
            "Аким Туркестанской области встретился с делегацией Китая.",
            "Стороны обсудили сотрудничество в торговле и логистике.",
            "«Мы рады гостям», — отметил аким области Дархан Сатыбалды.",
            "«Добро пожаловать!» — сказал заместитель директора бюро города Мяньян Ху Хунцзюань.",
        ]),
        None,
    );
    assert_eq!(release.versions.len(), 2);
    let speakers: Vec<(&str, &str)> = release
        .versions
        .iter()
        .flat_map(|v| {
            v.quotes
                .iter()
                .map(|q| (q.speaker_as.as_str(), q.speaker.as_str()))
        })
        .collect();
    assert_eq!(speakers.len(), 3);
    let id_of = |words: &str| speakers.iter().find(|(s, _)| *s == words).unwrap().1;
    assert_eq!(
        id_of("облыс әкімі Дархан Сатыбалды"),
        id_of("аким области Дархан Сатыбалды"),
        "one person in both versions"
    );
    let akim = release
        .person(id_of("облыс әкімі Дархан Сатыбалды"))
        .unwrap();
    assert_eq!(akim.position.get(Language::Kk), "облыс әкімі");
    assert_eq!(akim.position.get(Language::Ru), "аким области");
    let guest = release
        .person(id_of(
            "заместитель директора бюро города Мяньян Ху Хунцзюань",
        ))
        .unwrap();
    assert_eq!(guest.name.get(Language::Ru), "Ху Хунцзюань");
    assert_eq!(
        guest.position.get(Language::Ru),
        "заместитель директора бюро города Мяньян"
    );
}

/// A Word file with a table of figures and a table that is not one.
fn word_file_with_tables() -> Vec<u8> {
    use docx_rs::{Docx, Paragraph, Run, Table, TableCell, TableRow};
    let paragraph = |t: &str| Paragraph::new().add_run(Run::new().add_text(t));
    let row = |cells: &[&str]| {
        TableRow::new(
            cells
                .iter()
                .map(|c| TableCell::new().add_paragraph(paragraph(c)))
                .collect(),
        )
    };
    let mut buffer = std::io::Cursor::new(Vec::new());
    Docx::new()
        .add_paragraph(paragraph("Товарооборот с Китаем вырос"))
        .add_paragraph(paragraph(
            "Туркестан, 20 января 2025 года. В 2024 году товарооборот области с Китаем вырос.",
        ))
        .add_table(Table::new(vec![
            row(&["Показатель", "2024 год"]),
            row(&["Товарооборот", "148,9 млн долларов"]),
            row(&["Экспорт", "60,09", "млн долларов"]),
            row(&["Импорт", "более 88,8 млн долларов"]),
        ]))
        .add_paragraph(paragraph("Стороны договорились продолжить работу."))
        .add_table(Table::new(vec![
            row(&["10:00", "Открытие форума"]),
            row(&["12:00", "Пленарное заседание"]),
        ]))
        .build()
        .pack(&mut buffer)
        .unwrap();
    buffer.into_inner()
}

fn assert_figures_of_the_table(release: &Release) {
    let figures: Vec<(String, Decimal, Scale, Unit)> = release
        .statistics
        .iter()
        .map(|s| {
            (
                s.label.get(Language::Ru).to_string(),
                s.value,
                s.quantity.scale,
                s.quantity.unit.clone(),
            )
        })
        .collect();
    assert_eq!(
        figures,
        [
            (
                "Товарооборот".into(),
                Decimal::new(1489, 1),
                Scale::Million,
                Unit::UsDollar
            ),
            (
                "Экспорт".into(),
                Decimal::new(6009, 2),
                Scale::Million,
                Unit::UsDollar
            ),
            (
                "Импорт".into(),
                Decimal::new(888, 1),
                Scale::Million,
                Unit::UsDollar
            ),
        ]
    );
    assert!(release.statistics[2].qualifier.is_some(), "«более» is kept");
    let paragraphs: Vec<&str> = release.versions[0]
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert!(
        paragraphs.contains(&"10:00 — Открытие форума"),
        "{paragraphs:?}"
    );
    let page = compose(release, Language::Ru, &Profile::default()).unwrap();
    let table = page
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .expect("the figures are listed in a table");
    let listed = plain(&Block::Table(table.clone()).plain_text());
    for word in ["Товарооборот", "148,9", "60,09", "Импорт"] {
        assert!(listed.contains(word), "{word}: {listed}");
    }
}

#[test]
fn a_table_of_figures_in_a_word_file_becomes_the_release_s_statistics() {
    let bytes = word_file_with_tables();
    let document = document_of(Path::new("past.docx"), &bytes).unwrap();
    assert_eq!(document.tables.len(), 2);
    let release = release_of(&document, None);
    assert_figures_of_the_table(&release);
    // Dated by its lead, which keeps saying it; no dateline line repeats it.
    let day = |r: &Release| r.created.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    assert_eq!(day(&release), date(2025, 1, 20));
    let shown = page(&release, Language::Ru).join("\n");
    assert_eq!(shown.matches("20 января 2025").count(), 1, "{shown}");

    // A dateline on a line of its own is the dateline.
    let release = release_of(
        &text(&[
            "Аким области встретился с делегацией",
            "Туркестан, 18 сентября 2025 г.",
            "Аким Туркестанской области встретился с делегацией из Китая.",
        ]),
        None,
    );
    let version = &release.versions[0];
    assert_eq!(version.dateline.place.text, "Туркестан");
    assert_eq!(version.dateline.date, Some(date(2025, 9, 18)));
    assert_eq!(
        version.lead.text,
        "Аким Туркестанской области встретился с делегацией из Китая."
    );
    assert!(page(&release, Language::Ru).contains(&"Туркестан, 18 сентября 2025 г.".to_string()));
}

#[test]
fn a_page_and_markdown_give_their_tables_too() {
    let html = "<html><body><h1>Товарооборот с Китаем вырос</h1>\
        <p>Туркестан, 20 января 2025 года. В 2024 году товарооборот вырос.</p>\
        <table><tr><th>Показатель</th><th>2024 год</th></tr>\
        <tr><td>Товарооборот</td><td>148,9 млн долларов</td></tr>\
        <tr><td>Экспорт</td><td>60,09</td><td>млн долларов</td></tr>\
        <tr><td>Импорт</td><td>более 88,8 млн долларов</td></tr></table>\
        <p>Стороны договорились продолжить работу.</p>\
        <table><tr><td>10:00</td><td>Открытие форума</td></tr></table></body></html>";
    let document = document_of(Path::new("past.html"), html.as_bytes()).unwrap();
    assert!(
        !document.paragraphs.iter().any(|p| p.contains("148,9")),
        "cells are not paragraphs"
    );
    assert_figures_of_the_table(&release_of(&document, None));

    let markdown = "# Товарооборот с Китаем вырос\n\n\
        Туркестан, 20 января 2025 года. В 2024 году товарооборот вырос.\n\n\
        | Показатель | 2024 год |\n|---|---|\n\
        | Товарооборот | 148,9 млн долларов |\n\
        | Экспорт | 60,09 | млн долларов |\n\
        | Импорт | более 88,8 млн долларов |\n\n\
        Стороны договорились продолжить работу.\n\n\
        | 10:00 | Открытие форума |\n";
    let document = document_of(Path::new("past.md"), markdown.as_bytes()).unwrap();
    assert_eq!(document.paragraphs.len(), 3, "{:?}", document.paragraphs);
    assert_figures_of_the_table(&release_of(&document, None));
}

/// An OpenDocument text as LibreOffice writes one: spans, runs of spaces, a list, a note,
/// a table.
fn hand_made_odt() -> Vec<u8> {
    use std::io::Write;
    let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
<office:body><office:text>
<text:sequence-decls/>
<text:h text:outline-level="1">Облыс әкімі <text:span>делегацияны</text:span> қабылдады</text:h>
<text:p>Түркістан, 2025 жылғы 20 қаңтарда.<text:s text:c="2"/>Облыс әкімі Қытай делегациясымен кездесті.<text:note><text:note-body><text:p>Ескерту</text:p></text:note-body></text:note></text:p>
<text:list><text:list-item><text:p>Сауда мәселелері талқыланды.</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Тауар айналымы</text:p></table:table-cell><table:table-cell><text:p>148,9 млн доллар</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default();
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.text")
        .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn an_opendocument_text_is_read_as_libreoffice_wrote_it() {
    let document = document_of(Path::new("мұрағат.odt"), &hand_made_odt()).unwrap();
    assert_eq!(
        document.paragraphs,
        [
            "Облыс әкімі делегацияны қабылдады",
            "Түркістан, 2025 жылғы 20 қаңтарда.  Облыс әкімі Қытай делегациясымен кездесті.",
            "Сауда мәселелері талқыланды.",
        ]
    );
    let release = release_of(&document, None);
    assert_eq!(release.versions[0].language, Language::Kk);
    assert_eq!(
        release
            .created
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .date(),
        date(2025, 1, 20)
    );
    assert_eq!(release.statistics.len(), 1);
    assert_eq!(
        release.statistics[0].label.get(Language::Kk),
        "Тауар айналымы"
    );

    assert!(document_of(Path::new("broken.odt"), b"PK\x03\x04 nothing").is_err());
}

/// The Word file of the table test saved by LibreOffice as .odt reads as the Word file did.
#[test]
fn libreoffice_s_own_odt_of_a_word_file_imports_alike() {
    let Some(soffice) = ["soffice", "libreoffice"].into_iter().find(|name| {
        std::process::Command::new(name)
            .arg("--version")
            .output()
            .is_ok()
    }) else {
        assert!(std::env::var_os("CI").is_none(), "CI installs LibreOffice");
        eprintln!("note: LibreOffice not found; skipped");
        return;
    };
    let dir = std::env::temp_dir().join(format!("pressdesk-odt-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let docx = dir.join("past.docx");
    std::fs::write(&docx, word_file_with_tables()).unwrap();
    let output = std::process::Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("lo").display()
        ))
        .args(["--headless", "--convert-to", "odt", "--outdir"])
        .arg(&dir)
        .arg(&docx)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let odt = std::fs::read(dir.join("past.odt")).unwrap();
    let from_odt = document_of(Path::new("past.odt"), &odt).unwrap();
    let from_word = document_of(&docx, &std::fs::read(&docx).unwrap()).unwrap();
    assert_eq!(from_odt, from_word);
    assert_figures_of_the_table(&release_of(&from_odt, None));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every sample release, sent as Word and as a page and imported back, gives the same text
/// as the original: headline, dateline, lead, quotes and their attributions, figures in
/// their table, background, signature and contacts.
#[test]
fn a_sample_release_sent_and_imported_back_reads_as_it_was_sent() {
    let profile: Profile =
        pressdesk::storage::load_profile(Path::new("tests/fixtures/profile.ron")).unwrap();
    let mut differ = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir("tests/fixtures/releases")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for path in names {
        let release = pressdesk::storage::load_release(&path).unwrap();
        let lang = release.versions[0].language;
        let sent = compose(&release, lang, &profile).unwrap();
        let original = pressdesk::export::to_text(&sent);
        let files = [
            ("sent.docx", pressdesk::export::to_docx(&sent).unwrap()),
            ("sent.html", pressdesk::export::to_html(&sent).into_bytes()),
        ];
        for (name, bytes) in files {
            let imported = release_of(&document_of(Path::new(name), &bytes).unwrap(), None);
            let back = pressdesk::export::to_text(&compose(&imported, lang, &profile).unwrap());
            // The same words and marks; where a no-break space stands may differ: the page
            // binds a figure it writes itself more tightly («2,1 млн человек», "USD 24")
            // than the typography binds the same words typed.
            let same = |text: &str| text.replace('\u{a0}', " ");
            if same(&back) != same(&original) {
                differ.push(format!(
                    "{} as {name}:\n--- sent\n{original}\n--- imported\n{back}",
                    path.display()
                ));
            }
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n\n"));
}
