//! The window. The only part of Pressdesk that knows about iced and rfd.

use iced::widget::{column, container, scrollable, text};
use iced::{Element, Length};

use crate::language::Language;
use crate::template::TemplateSet;

pub fn run() -> iced::Result {
    iced::application(Home::new, Home::update, Home::view)
        .title("Pressdesk")
        .window_size((1024.0, 700.0))
        .run()
}

struct Home {
    templates: TemplateSet,
}

#[derive(Debug, Clone)]
enum Message {}

impl Home {
    fn new() -> Self {
        Self {
            templates: TemplateSet::built_in(),
        }
    }

    fn update(&mut self, message: Message) {
        match message {}
    }

    fn view(&self) -> Element<'_, Message> {
        let lang = Language::Ru;
        let cards = self.templates.templates.iter().map(|t| {
            column![
                text(t.name.get_or_any(lang).to_string()).size(18),
                text(t.description.get_or_any(lang).to_string()).size(14),
            ]
            .spacing(4)
            .into()
        });
        container(scrollable(
            column![text("Pressdesk").size(28), column(cards).spacing(16)].spacing(24),
        ))
        .padding(24)
        .width(Length::Fill)
        .into()
    }
}
