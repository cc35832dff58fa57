//! What the window tests share: the simulator's settings (our fonts), and driving the app
//! as the runtime would — every task an interaction starts runs to the end and its
//! messages go back through `update`.
#![allow(dead_code)] // each test file uses its own part

use std::borrow::Cow;

use iced::{Settings, Size, Task};
use iced_test::{Simulator, selector};
use pressdesk::gui::App;
use pressdesk::gui::app::Message;
use pressdesk::gui::drive;

/// Tall enough that the whole editor form is on screen: the simulator clicks only
/// visible widgets.
pub const SIZE: Size = Size::new(1400.0, 20000.0);

pub fn settings() -> Settings {
    Settings {
        fonts: pressdesk::gui::font::FILES
            .iter()
            .map(|b| Cow::Borrowed(*b))
            .collect(),
        default_font: pressdesk::gui::font::UI,
        ..Settings::default()
    }
}

/// Runs the task and everything that follows from its messages.
pub fn settle(app: &mut App, task: Task<Message>) {
    for message in drive::messages(task) {
        let next = app.update(message);
        settle(app, next);
    }
}

pub fn send(app: &mut App, message: Message) {
    let task = app.update(message);
    settle(app, task);
}

pub fn act(app: &mut App, interact: impl FnOnce(&mut Simulator<'_, Message>)) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(settings(), SIZE, app.view());
        interact(&mut ui);
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "the interaction produced no message");
    for message in messages {
        send(app, message);
    }
}

pub fn click_text(app: &mut App, label: &str) {
    act(app, |ui| {
        ui.click(label)
            .unwrap_or_else(|e| panic!("click {label}: {e:?}"));
    });
}

pub fn type_into(app: &mut App, id: &str, text: &str) {
    act(app, |ui| {
        ui.click(selector::id(id.to_string()))
            .unwrap_or_else(|e| panic!("click #{id}: {e:?}"));
        ui.typewrite(text);
    });
}

pub fn shows(app: &App, text: &str) -> bool {
    let mut ui = Simulator::with_size(settings(), SIZE, app.view());
    ui.find(text).is_ok()
}

/// A context with the fixtures' organisation profile and nothing read from disk.
pub fn fixture_context() -> pressdesk::gui::context::Context {
    let mut ctx = pressdesk::gui::context::Context::new(None, false);
    ctx.profile =
        pressdesk::storage::load_profile(std::path::Path::new("tests/fixtures/profile.ron"))
            .unwrap();
    ctx
}

/// Opens `release` in the editor as if it had been read from `path`.
pub fn open_release(app: &mut App, release: pressdesk::release::Release, path: std::path::PathBuf) {
    let opened = pressdesk::gui::files::Opened {
        path,
        release: Box::new(release),
        fingerprint: None,
        newer: None,
    };
    send(app, Message::Loaded(Ok(opened)));
}
