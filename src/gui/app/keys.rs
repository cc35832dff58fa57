//! Keys the whole window answers to, whatever the keyboard layout.

use iced::keyboard::key::{Code, Named, Physical};
use iced::keyboard::{self, Key};

use super::{Message, Shortcut};

/// Keys the whole window answers to. Letters are matched by their Latin position so the
/// shortcuts work with the Russian and Kazakh layouts too.
pub(super) fn shortcut(event: keyboard::Event) -> Option<Message> {
    let keyboard::Event::KeyPressed {
        key,
        physical_key,
        modifiers,
        ..
    } = event
    else {
        return None;
    };
    if key == Key::Named(Named::Tab) && !modifiers.command() && !modifiers.alt() {
        return Some(Message::Focus {
            forward: !modifiers.shift(),
        });
    }
    if !modifiers.command() {
        return None;
    }
    // iced reads letters and digits by their position, not punctuation: Ctrl+, and Ctrl+.
    // on a Russian or Kazakh layout (where the keys type «б» and «ю») are read here.
    let letter = key
        .to_latin(physical_key)
        .or(match physical_key {
            Physical::Code(Code::Comma) => Some(','),
            Physical::Code(Code::Period) => Some('.'),
            _ => None,
        })?
        .to_ascii_lowercase();
    let shortcut = match (letter, modifiers.shift()) {
        ('n', false) => Shortcut::New,
        ('o', false) => Shortcut::Open,
        ('s', false) => Shortcut::Save,
        ('s', true) => Shortcut::SaveAs,
        ('e', _) => Shortcut::Export,
        ('z', false) => Shortcut::Undo,
        ('z', true) | ('y', false) => Shortcut::Redo,
        (',', _) => Shortcut::Settings,
        ('.', false) => Shortcut::Spelling,
        _ => return None,
    };
    Some(Message::Shortcut(shortcut))
}
