//! The window driven as a person would, headless: iced_test's Simulator finds widgets by
//! their text or id, clicks and types, and the messages it collects go through the app's
//! real `update`. Then the release and the composed Document are checked.
#![cfg(feature = "gui")]

use std::borrow::Cow;

use iced::{Settings, Size};
use iced_test::Simulator;
use iced_test::selector;
use pressdesk::document::Block;
use pressdesk::gui::App;
use pressdesk::gui::app::Message;
use pressdesk::gui::context::Context;
use pressdesk::language::Language;

/// Tall enough that the whole form is on screen: the simulator clicks only visible widgets.
const SIZE: Size = Size::new(1400.0, 9000.0);

fn settings() -> Settings {
    Settings {
        fonts: pressdesk::gui::font::FILES
            .iter()
            .map(|b| Cow::Borrowed(*b))
            .collect(),
        default_font: pressdesk::gui::font::UI,
        ..Settings::default()
    }
}

fn app() -> App {
    let mut ctx = Context::new(None, false);
    ctx.profile =
        pressdesk::storage::load_profile(std::path::Path::new("tests/fixtures/profile.ron"))
            .expect("fixture profile");
    App::with_context(ctx)
}

/// Runs `interact` on the current view, then feeds the messages it produced to `update`.
fn act(app: &mut App, interact: impl FnOnce(&mut Simulator<'_, Message>)) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(settings(), SIZE, app.view());
        interact(&mut ui);
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "the interaction produced no message");
    for message in messages {
        let _ = app.update(message);
    }
}

fn click_text(app: &mut App, label: &str) {
    let label = label.to_string();
    act(app, |ui| {
        ui.click(label.as_str())
            .unwrap_or_else(|e| panic!("click {label}: {e:?}"));
    });
}

fn type_into(app: &mut App, id: &str, text: &str) {
    let id = id.to_string();
    act(app, |ui| {
        ui.click(selector::id(id.clone()))
            .unwrap_or_else(|e| panic!("click #{id}: {e:?}"));
        ui.typewrite(text);
    });
}

fn headline(app: &App) -> String {
    let document = app
        .editor()
        .and_then(|e| e.document())
        .expect("a composed document");
    document
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Headline(h) => Some(h.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

#[test]
fn delegation_visit_in_russian_then_kazakh() {
    let mut app = app();

    // Home: pick the template (Russian is the default release language).
    click_text(&mut app, "Визит делегации");
    let editor = app.editor().expect("the editor opens");
    assert_eq!(editor.release().template, "delegation-visit");
    assert_eq!(editor.language(), Language::Ru);
    {
        // A release just started is not on disk: the toolbar must not claim it is saved.
        let mut ui = Simulator::with_size(settings(), SIZE, app.view());
        assert!(ui.find("Ещё не сохранён").is_ok());
        assert!(ui.find("Сохранено").is_err());
    }

    // Facts and people in Russian: the drafted headline follows them.
    type_into(&mut app, "fact-origin_short", "из Китая");
    type_into(&mut app, "person-0-position", "Аким Туркестанской области");
    type_into(&mut app, "person-0-name", "Дархан Сатыбалды");
    let release = app.editor().unwrap().release();
    assert_eq!(release.fact("origin_short", Language::Ru), "из Китая");
    assert_eq!(release.people[0].name.get(Language::Ru), "Дархан Сатыбалды");
    assert!(
        headline(&app).contains("из\u{a0}Китая") || headline(&app).contains("из Китая"),
        "{}",
        headline(&app)
    );
    assert!(headline(&app).starts_with("Аким Туркестанской области"));

    // A quote by the host, typed into its multi-line field.
    click_text(&mut app, "Добавить цитату");
    type_into(
        &mut app,
        "area-quotetext(0)",
        "Рады приветствовать вас в Туркестане",
    );
    let version = app
        .editor()
        .unwrap()
        .release()
        .version(Language::Ru)
        .unwrap()
        .clone();
    assert_eq!(version.quotes.len(), 1);
    assert_eq!(version.quotes[0].speaker, "official");
    assert_eq!(
        version.quotes[0].text,
        "Рады приветствовать вас в Туркестане"
    );
    let document = app.editor().unwrap().document().unwrap().clone();
    let quote = document
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Quote(q) => Some(q.clone()),
            _ => None,
        })
        .expect("the quote is in the document");
    assert!(quote.quote.starts_with('«'), "{}", quote.quote);
    assert!(
        quote.attribution.contains("Сатыбалды"),
        "{}",
        quote.attribution
    );

    // A statistic with a decimal comma.
    click_text(&mut app, "Добавить цифру");
    type_into(&mut app, "stat-0-label", "товарооборот области с Китаем");
    act(&mut app, |ui| {
        ui.click(selector::id("stat-0-value")).unwrap();
        // The field starts at "0": clear it as a person would, then type.
        ui.tap_key(iced::keyboard::Key::Named(
            iced::keyboard::key::Named::Backspace,
        ));
        ui.typewrite("148,9");
    });
    let stat = &app.editor().unwrap().release().statistics[0];
    assert_eq!(stat.value.to_string(), "148.9");
    assert_eq!(
        stat.label.get(Language::Ru),
        "товарооборот области с Китаем"
    );

    // The Kazakh version is drafted from the shared facts; its own facts are typed in Kazakh.
    click_text(&mut app, "Добавить казахскую версию");
    assert_eq!(app.editor().unwrap().language(), Language::Kk);
    type_into(&mut app, "fact-origin_short", "Қытайдан");
    type_into(&mut app, "person-0-position", "Түркістан облысының әкімі");
    let release = app.editor().unwrap().release();
    assert_eq!(release.fact("origin_short", Language::Kk), "Қытайдан");
    assert_eq!(release.fact("origin_short", Language::Ru), "из Китая");
    assert_eq!(
        release.version(Language::Kk).unwrap().quotes.len(),
        1,
        "quotes keep their places"
    );
    let kk = headline(&app);
    assert!(
        kk.contains("Қытайдан") && kk.contains("Түркістан облысының әкімі"),
        "{kk}"
    );
    assert_eq!(
        app.editor().unwrap().document().unwrap().language,
        Language::Kk
    );

    // Back to Russian: the Russian text is as it was.
    click_text(&mut app, "Русский");
    assert_eq!(app.editor().unwrap().language(), Language::Ru);
    assert!(headline(&app).starts_with("Аким Туркестанской области"));
    assert!(app.editor().unwrap().is_dirty());
    assert!(app.title().starts_with("• "), "{}", app.title());
}

#[test]
fn undo_reverts_a_run_of_typing_in_one_step() {
    let mut app = app();
    click_text(&mut app, "Визит делегации");
    type_into(&mut app, "subheadline", "Своя строка");
    type_into(&mut app, "fact-origin_short", "из Китая");
    let _ = app.update(Message::Shortcut(pressdesk::gui::app::Shortcut::Undo));
    let release = app.editor().unwrap().release();
    assert_eq!(release.fact("origin_short", Language::Ru), "");
    assert_eq!(
        release.version(Language::Ru).unwrap().subheadline.text,
        "Своя строка"
    );
    let _ = app.update(Message::Shortcut(pressdesk::gui::app::Shortcut::Undo));
    let _ = app.update(Message::Shortcut(pressdesk::gui::app::Shortcut::Redo));
    assert_eq!(
        app.editor()
            .unwrap()
            .release()
            .version(Language::Ru)
            .unwrap()
            .subheadline
            .text,
        "Своя строка"
    );
}

#[test]
fn leaving_unsaved_work_asks_first() {
    let mut app = app();
    click_text(&mut app, "Визит делегации");
    type_into(&mut app, "headline", "Черновик");
    let _ = app.update(Message::Shortcut(pressdesk::gui::app::Shortcut::New));
    assert!(app.prompt().is_some(), "Ctrl+N with unsaved changes asks");
    click_text(&mut app, "Отмена");
    assert!(app.prompt().is_none());
    assert!(app.editor().is_some(), "Cancel keeps the release open");
    let _ = app.update(Message::CloseRequested(iced::window::Id::unique()));
    assert!(app.prompt().is_some(), "closing the window asks too");
    click_text(&mut app, "Не сохранять");
    assert!(app.prompt().is_none());
}

#[test]
fn interface_language_switches_without_restart() {
    let mut app = app();
    let _ = app.update(Message::Shortcut(pressdesk::gui::app::Shortcut::Settings));
    assert!(app.is_settings());
    let _ = app.update(Message::Settings(
        pressdesk::gui::screen::settings::Message::UiLanguage(Language::Kk),
    ));
    let mut ui = Simulator::with_size(settings(), SIZE, app.view());
    assert!(
        ui.find("Баптаулар").is_ok(),
        "the Kazakh title shows at once"
    );
}

/// The text of the composed document, blocks one per line, without no-break spaces.
fn composed_text(app: &App) -> String {
    let document = app
        .editor()
        .and_then(|e| e.document())
        .expect("a composed document");
    pressdesk::export::to_text(document).replace(['\u{a0}', '\u{202f}'], " ")
}

#[test]
fn a_memorandum_with_several_partners_is_made_in_the_window() {
    let mut app = app();
    click_text(&mut app, "Подписание меморандума");
    assert!(app.editor().unwrap().release().partners.is_empty());

    type_into(&mut app, "fact-our_party", "Акимат Туркестанской области");
    type_into(
        &mut app,
        "fact-partner_party",
        "хокимият Ташкентской области",
    );
    type_into(&mut app, "fact-partner_country", "Республика Узбекистан");
    type_into(
        &mut app,
        "fact-document",
        "меморандум о создании логистического хаба",
    );
    type_into(&mut app, "fact-date", "04.06.2026");
    type_into(&mut app, "fact-investment", "более 500 млн долларов США");
    type_into(
        &mut app,
        "fact-headline_partners",
        "партнёры из Узбекистана и Китая",
    );

    // Two more partners, each with its city and country, as rows of their own.
    click_text(&mut app, "Добавить партнёра");
    type_into(
        &mut app,
        "partner-0-organisation",
        "компания Silk Road Cargo Hub",
    );
    type_into(&mut app, "partner-0-region", "Ланьчжоу");
    type_into(&mut app, "partner-0-country", "КНР");
    click_text(&mut app, "Добавить партнёра");
    type_into(
        &mut app,
        "partner-1-organisation",
        "народное правительство провинции Ганьсу",
    );
    type_into(&mut app, "partner-1-country", "КНР");
    assert_eq!(app.editor().unwrap().release().partners.len(), 2);

    let text = composed_text(&app);
    assert!(
        text.starts_with(
            "Акимат Туркестанской области и партнёры из Узбекистана и Китая подписали меморандум"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Акимат Туркестанской области, хокимият Ташкентской области (Республика Узбекистан), \
             компания Silk Road Cargo Hub (Ланьчжоу, КНР) и народное правительство провинции \
             Ганьсу (КНР) 4 июня 2026 года подписали"
        ),
        "{text}"
    );
    assert!(
        text.contains("Объём инвестиций составит более 500 млн долларов США."),
        "{text}"
    );
}

#[test]
fn a_short_name_names_the_speaker_after_the_first_mention() {
    let mut app = app();
    click_text(&mut app, "Визит делегации");
    type_into(&mut app, "person-0-position", "Аким Туркестанской области");
    type_into(&mut app, "person-0-name", "Айгерим Нурлановна Сейткали");
    type_into(&mut app, "fact-context", "рост товарооборота");
    let text = composed_text(&app);
    assert!(
        text.contains("Айгерим Нурлановна Сейткали отметила рост товарооборота."),
        "{text}"
    );
    type_into(&mut app, "person-0-short", "Айгерим Сейткали");
    let text = composed_text(&app);
    assert!(
        text.contains("Айгерим Сейткали отметила рост товарооборота."),
        "{text}"
    );
    // The first mention keeps the full name.
    assert!(
        text.contains("Аким Туркестанской области Айгерим Нурлановна Сейткали"),
        "{text}"
    );
}
