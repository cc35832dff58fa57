//! The application's own tests: settings read at start, shortcuts.

use super::*;
use crate::gui::theme;
use iced::futures::executor::block_on;
use iced::keyboard::{Key, key::Named};

fn temp_paths(name: &str) -> Paths {
    let home = std::env::temp_dir().join(format!("pressdesk-app-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    Paths {
        config: home.join("config"),
        data: home.join("data"),
        cache: home.join("cache"),
    }
}

#[test]
fn a_damaged_settings_file_is_reported_set_aside_and_replaced_by_defaults() {
    let paths = temp_paths("damaged");
    std::fs::create_dir_all(&paths.config).unwrap();
    std::fs::write(paths.profile_file(), "(version: 1, organisation: {ru: ").unwrap();
    let startup = block_on(load_startup(Some(paths.clone()), None));
    assert_eq!(startup.profile, Profile::default());
    assert_eq!(startup.problems.len(), 1, "{:?}", startup.problems);
    assert!(!paths.profile_file().exists());
    assert!(paths.profile_file().with_extension("ron.damaged").exists());

    let mut app = App::with_context(Context::new(Some(paths.clone()), false));
    let _ = app.update(Message::Started(Box::new(startup)));
    assert!(app.notice().is_some_and(|n| n.is_error));
    let _ = std::fs::remove_dir_all(paths.config.parent().unwrap());
}

#[test]
fn saved_interface_language_and_theme_apply_at_start() {
    let paths = temp_paths("prefs");
    let prefs = Prefs {
        ui_language: crate::language::Language::Kk,
        theme: theme::ThemeChoice::Dark,
        ..Prefs::default()
    };
    prefs::save(&prefs::file(&paths.config), &prefs).unwrap();
    let startup = block_on(load_startup(Some(paths.clone()), None));
    let mut app = App::with_context(Context::new(Some(paths.clone()), false));
    let _ = app.update(Message::Started(Box::new(startup)));
    assert_eq!(app.context().i18n.language(), crate::language::Language::Kk);
    assert!(app.theme().extended_palette().is_dark);
    assert!(app.notice().is_none());
    let _ = std::fs::remove_dir_all(paths.config.parent().unwrap());
}

#[test]
fn shortcuts_follow_latin_positions_and_tab_moves_focus() {
    use iced::keyboard::{Location, Modifiers, key::Code, key::Physical};
    let press = |key: Key, code: Code, modifiers: Modifiers| keyboard::Event::KeyPressed {
        key: key.clone(),
        modified_key: key,
        physical_key: Physical::Code(code),
        location: Location::Standard,
        modifiers,
        text: None,
        repeat: false,
    };
    // Ctrl+S typed on a Russian layout («ы» sits on the S key).
    let save = shortcut(press(
        Key::Character("ы".into()),
        Code::KeyS,
        Modifiers::CTRL,
    ));
    assert!(matches!(save, Some(Message::Shortcut(Shortcut::Save))));
    let save_as = shortcut(press(
        Key::Character("S".into()),
        Code::KeyS,
        Modifiers::CTRL | Modifiers::SHIFT,
    ));
    assert!(matches!(save_as, Some(Message::Shortcut(Shortcut::SaveAs))));
    // Ctrl+. (spelling suggestions) on a Russian layout, where the key types «ю».
    let spelling = shortcut(press(
        Key::Character("ю".into()),
        Code::Period,
        Modifiers::CTRL,
    ));
    assert!(matches!(
        spelling,
        Some(Message::Shortcut(Shortcut::Spelling))
    ));
    let settings = shortcut(press(
        Key::Character("б".into()),
        Code::Comma,
        Modifiers::CTRL,
    ));
    assert!(matches!(
        settings,
        Some(Message::Shortcut(Shortcut::Settings))
    ));
    let tab = shortcut(press(Key::Named(Named::Tab), Code::Tab, Modifiers::SHIFT));
    assert!(matches!(tab, Some(Message::Focus { forward: false })));
    assert!(
        shortcut(press(
            Key::Character("s".into()),
            Code::KeyS,
            Modifiers::empty()
        ))
        .is_none()
    );
}
