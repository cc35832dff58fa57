//! A frame of the editor drawn headless at the smallest supported window size (1024×640),
//! with the Kazakh letters and signs the embedded font must cover. The PNG lands in
//! Cargo's test temp folder for a person to look at.
#![cfg(feature = "gui")]

use std::borrow::Cow;

use iced::{Settings, Size, Theme};
use iced_test::{Simulator, selector};
use pressdesk::gui::App;
use pressdesk::gui::app::Message;
use pressdesk::gui::context::Context;

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

fn act(app: &mut App, interact: impl FnOnce(&mut Simulator<'_, Message>)) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(settings(), Size::new(1400.0, 9000.0), app.view());
        interact(&mut ui);
        ui.into_messages().collect()
    };
    for message in messages {
        let _ = app.update(message);
    }
}

#[test]
fn the_editor_renders_headless() {
    // Snapshots need a renderer that works without a GPU.
    // SAFETY: this file holds one test, so no other thread reads the environment now.
    unsafe { std::env::set_var("ICED_TEST_BACKEND", "tiny-skia") };
    let mut app = App::with_context(Context::new(None, false));
    act(&mut app, |ui| {
        ui.click("Визит делегации").expect("the template card");
    });
    act(&mut app, |ui| {
        ui.click(selector::id("fact-origin_short"))
            .expect("the first fact");
        ui.typewrite("из Китая — ә ғ қ ң ө ұ ү һ і № ₸");
    });
    assert!(app.editor().is_some());
    let mut ui = Simulator::with_size(settings(), Size::new(1024.0, 640.0), app.view());
    let snapshot = ui.snapshot(&Theme::Light).expect("a frame is drawn");
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("editor-1024x640.png");
    let _ = std::fs::remove_file(out.with_file_name("editor-1024x640-tiny-skia.png"));
    assert!(snapshot.matches_image(&out).expect("written"));
}
