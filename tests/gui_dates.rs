//! A date typed in a release file as 2025-10-31 (by hand, or by an older Pressdesk) shows in
//! the form as the form writes dates, and the release stays saved: it is the same date.
#![cfg(feature = "gui")]

mod gui_support;

use gui_support::{fixture_context, open_release, shows};

use std::path::Path;

use pressdesk::gui::App;
use pressdesk::release::FactValue;

#[test]
fn an_iso_date_in_the_file_shows_as_the_form_writes_it() {
    let release = pressdesk::storage::load_release(Path::new(
        "tests/fixtures/releases/delegation-visit-ru.ron",
    ))
    .unwrap();
    assert_eq!(
        release.facts.get("event_date"),
        Some(&FactValue::Shared("2025-10-31".into()))
    );
    let mut app = App::with_context(fixture_context());
    open_release(
        &mut app,
        release,
        std::env::temp_dir().join("visit.pressdesk"),
    );
    assert!(shows(&app, "31.10.2025"));
    assert!(!shows(&app, "2025-10-31"));
    assert!(
        !app.editor().unwrap().is_dirty(),
        "the same date: nothing to save"
    );
}

/// A date is one value for every version, so its hint is in the interface's language — in
/// the English window, "DD.MM.YYYY", not the Russian version's «ДД.ММ.ГГГГ» — while a text
/// fact's hint still tells how to write this version's language.
#[test]
fn a_dates_hint_speaks_the_interfaces_language() {
    let release = pressdesk::storage::load_release(Path::new(
        "tests/fixtures/releases/delegation-visit-ru.ron",
    ))
    .unwrap();
    let mut context = fixture_context();
    context.i18n.set_language(pressdesk::language::Language::En);
    let mut app = App::with_context(context);
    open_release(
        &mut app,
        release,
        std::env::temp_dir().join("visit-en-window.pressdesk"),
    );
    assert!(shows(
        &app,
        "DD.MM.YYYY: 28.11.2026; several days: 3–5.12.2026 · one value for all languages"
    ));
    assert!(!shows(
        &app,
        "ДД.ММ.ГГГГ: 28.11.2026; несколько дней: 3–5.12.2026 · one value for all languages"
    ));
    assert!(shows(
        &app,
        "Для заголовка; с предлогом, в родительном падеже: из Китая"
    ));
}
