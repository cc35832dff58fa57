//! The pre-send checks in the window: a wrong sum appears while the user types, the panel
//! lists it with the numbers, a certain fix is one click (and undoable), and exporting asks
//! first while errors remain.
#![cfg(feature = "gui")]

mod gui_support;

use gui_support::{act, fixture_context, open_release, settle, shows};
use iced_test::selector;

use std::path::Path;

use iced::keyboard::key::Named;
use pressdesk::checks::{FieldRef, Severity};
use pressdesk::gui::App;
use pressdesk::gui::app::Message;
use pressdesk::gui::context::Context;
use pressdesk::gui::files::Format;
use pressdesk::gui::screen::editor;
use pressdesk::release::{DraftText, Release};
use pressdesk::storage;

fn sample() -> Release {
    storage::load_release(Path::new("tests/fixtures/releases/delegation-visit-ru.ron")).unwrap()
}

/// The editor on `release`, as if opened from a file outside any archive.
fn editing(release: Release) -> App {
    let mut app = App::with_context(fixture_context());
    let path = std::env::temp_dir().join("pressdesk-gui-checks.pressdesk");
    open_release(&mut app, release, path);
    app
}

fn errors(app: &App) -> Vec<String> {
    app.editor()
        .unwrap()
        .findings()
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.message.clone())
        .collect()
}

#[test]
fn a_wrong_sum_is_named_while_the_user_types_and_export_asks_first() {
    let mut app = editing(sample());
    assert!(errors(&app).is_empty(), "{:?}", errors(&app));

    // Import was 88,81; the user retypes it as 88,9 (export 60,09, turnover 148,9).
    act(&mut app, |ui| {
        ui.click(selector::id("stat-1-part-1-value")).unwrap();
        for _ in 0..8 {
            ui.tap_key(Named::Backspace);
        }
        ui.typewrite("88,9");
    });
    let errors = errors(&app);
    assert_eq!(errors.len(), 1, "{errors:?}");
    for number in ["60,09", "88,9", "148,99", "148,9"] {
        assert!(errors[0].contains(number), "{} lacks {number}", errors[0]);
    }

    // The figure's field says it at once, before any panel is open.
    assert_eq!(app.editor().unwrap().panel(), editor::Panel::Page);
    assert!(
        shows(&app, &errors[0]),
        "the marker under the turnover's value"
    );

    // The toolbar counts it; the panel lists it.
    let count = app.editor().unwrap().findings().len();
    let label = if count == 1 {
        "1 замечание".to_string()
    } else {
        format!("{count} замечания")
    };
    act(&mut app, |ui| {
        ui.click(label.as_str()).unwrap();
    });
    assert_eq!(app.editor().unwrap().panel(), editor::Panel::Checks);
    assert!(shows(&app, &errors[0]));

    // Export asks while the error remains; Cancel exports nothing.
    let _ = app.update(Message::Editor(editor::Message::Export(Format::Docx)));
    assert!(shows(
        &app,
        "Проверка нашла 1 ошибку. Экспортировать всё равно?"
    ));
    act(&mut app, |ui| {
        ui.click("Отмена").unwrap();
    });
    assert!(!shows(
        &app,
        "Проверка нашла 1 ошибку. Экспортировать всё равно?"
    ));

    // Copy for email sends the release out too: it asks the same way, and nothing is
    // copied until the answer; "Копировать" then copies (here there is no display, so
    // the clipboard's refusal is what proves the copy was tried).
    let notice_before = app.notice().cloned();
    act(&mut app, |ui| {
        ui.click("Копировать для письма").unwrap();
    });
    assert!(shows(
        &app,
        "Проверка нашла 1 ошибку. Копировать всё равно?"
    ));
    assert_eq!(app.notice().cloned(), notice_before, "nothing copied yet");
    act(&mut app, |ui| {
        ui.click("Копировать").unwrap();
    });
    assert!(!shows(
        &app,
        "Проверка нашла 1 ошибку. Копировать всё равно?"
    ));
    let notice = app.notice().expect("the copy reports back");
    assert!(
        notice.text.starts_with("Скопировано") || notice.text.starts_with("Не удалось скопировать"),
        "{}",
        notice.text
    );
}

#[test]
fn a_latin_letter_in_a_russian_word_is_fixed_in_one_click_and_undone_with_ctrl_z() {
    let mut release = sample();
    // «Aким» with a Latin A, as it happens when a layout switch comes a letter late.
    release.versions[0].headline =
        DraftText::typed("Aким Туркестанской области встретился с делегацией из Китая");
    let mut app = editing(release);
    let finding = app
        .editor()
        .unwrap()
        .findings()
        .iter()
        .find(|f| f.code == "alphabets/mixed")
        .cloned()
        .expect("the mixed word is found");
    assert_eq!(finding.field, FieldRef::Headline);
    assert!(finding.fix.is_some());

    act(&mut app, |ui| {
        ui.click("Проверено")
            .or_else(|_| ui.click("1 замечание"))
            .unwrap();
    });
    act(&mut app, |ui| {
        ui.click("Исправить").unwrap();
    });
    let headline = app.editor().unwrap().release().versions[0]
        .headline
        .text
        .clone();
    assert!(headline.starts_with("Аким"), "{headline}");
    assert!(!headline.contains('A'));
    assert!(
        app.editor()
            .unwrap()
            .findings()
            .iter()
            .all(|f| f.code != "alphabets/mixed")
    );

    let _ = app.update(Message::Editor(editor::Message::Undo));
    let headline = &app.editor().unwrap().release().versions[0].headline.text;
    assert!(
        headline.starts_with('A'),
        "undo brings the typed text back: {headline}"
    );
}

/// A Word file handed to the press office opens in "Check a text": its paragraphs, the
/// findings beside them, and a corrected copy one click away.
#[test]
fn a_word_file_opens_in_check_a_text_and_a_corrected_copy_is_saved() {
    let folder = std::env::temp_dir().join(format!("pressdesk-gui-text-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("from-the-ministry.docx");
    let mut docx = docx_rs::Docx::new();
    for paragraph in [
        "Аким области встретился с делегацией",
        "Товарооборот составил 148,9 млн долларов (экспорт — 60,09 млн, импорт — 88,9 млн).",
        "Завод построят в Кaзахстане.",
    ] {
        docx = docx.add_paragraph(
            docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text(paragraph)),
        );
    }
    docx.build()
        .pack(std::fs::File::create(&path).unwrap())
        .unwrap();

    let mut app = App::with_context(Context::new(None, false));
    let task = app.update(Message::Picked(Some(path.clone())));
    settle(&mut app, task);
    let checked = app.text_check().expect("the text opens in Check a text");
    let codes: Vec<&str> = checked.findings().iter().map(|f| f.code).collect();
    assert!(codes.contains(&"sums/in-text"), "{codes:?}");
    assert!(codes.contains(&"alphabets/mixed"), "{codes:?}");
    assert!(shows(&app, "Проверка текста: from-the-ministry.docx"));
    assert!(
        shows(&app, "Завод построят в Кaзахстане."),
        "the paragraphs, read-only"
    );

    act(&mut app, |ui| {
        ui.click("Сохранить исправленную копию").unwrap();
    });
    let copy = folder.join("from-the-ministry.corrected.docx");
    let fixed = pressdesk::checks::any_text::read_paragraphs(&copy).expect("the copy is written");
    assert_eq!(fixed[2], "Завод построят в Казахстане.");
    assert!(
        app.notice()
            .is_some_and(|n| n.text.contains("from-the-ministry.corrected.docx"))
    );

    act(&mut app, |ui| {
        ui.click("Назад").unwrap();
    });
    assert!(app.text_check().is_none());
    let _ = std::fs::remove_dir_all(&folder);
}

/// "Paste and typeset" from the home screen: a pasted Russian sentence comes out with its
/// numbers bound to their words and its quotes nested, as the exports set them, and the
/// language can be forced.
#[test]
fn a_pasted_text_is_typeset_as_the_exports_set_it() {
    let mut app = App::with_context(Context::new(None, false));
    act(&mut app, |ui| {
        ui.click("Вставить и оформить").unwrap();
    });
    assert!(app.typeset().is_some(), "the screen opens from home");

    gui_support::type_into(
        &mut app,
        "typeset-input",
        "В 2019 году рост составил 6,7 процента. \"Мы подписали \"меморандум\"\"",
    );
    let output = app.typeset().unwrap().output().to_string();
    assert!(output.contains("2019\u{a0}году"), "{output:?}");
    assert!(output.contains("6,7\u{a0}процента"), "{output:?}");
    assert!(
        output.contains("«Мы\u{a0}подписали „меморандум“»"),
        "{output:?}"
    );
    assert!(
        shows(&app, "Оформлено"),
        "the result is shown beside the text"
    );

    // Forced to English, the same text takes English quotes.
    let english =
        pressdesk::gui::widget::Choice::new(Some(pressdesk::language::Language::En), "English");
    gui_support::send(
        &mut app,
        Message::Typeset(pressdesk::gui::screen::typeset::Message::Language(english)),
    );
    let output = app.typeset().unwrap().output().to_string();
    assert!(output.contains("“Мы подписали ‘меморандум’”"), "{output:?}");

    act(&mut app, |ui| {
        ui.click("Назад").unwrap();
    });
    assert!(app.typeset().is_none());
}
