//! The start screen: a new release from a template (cards) in a chosen language, or a
//! recent release to reopen.

use std::path::PathBuf;

use iced::widget::{Column, Row, button, column, container, row, text};
use iced::{Alignment, Element, Fill};

use crate::gui::context::Context;
use crate::gui::font;
use crate::gui::icon::{Icon, icon};
use crate::gui::recent::RecentFile;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{icon_button, labeled_button, with_tooltip};
use crate::language::Language;

#[derive(Debug, Clone)]
pub struct State {
    language: Language,
}

#[derive(Debug, Clone)]
pub enum Message {
    Language(Language),
    New(String),
    Open,
    OpenRecent(PathBuf),
    Settings,
    Typeset,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    New {
        template: String,
        language: Language,
    },
    Open,
    OpenPath(PathBuf),
    Settings,
    Typeset,
}

impl State {
    pub fn new(language: Language) -> Self {
        Self { language }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Language(language) => {
                self.language = language;
                Action::None
            }
            Message::New(template) => Action::New {
                template,
                language: self.language,
            },
            Message::Open => Action::Open,
            Message::OpenRecent(path) => Action::OpenPath(path),
            Message::Settings => Action::Settings,
            Message::Typeset => Action::Typeset,
        }
    }

    pub fn view<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let header = row![
            column![
                text("Pressdesk")
                    .size(size::DISPLAY)
                    .font(font::UI_SEMIBOLD),
                text(i18n.tr("home-tagline"))
                    .size(size::BODY)
                    .style(theme::muted),
            ]
            .spacing(space::XS),
            iced::widget::space().width(Fill),
            with_tooltip(
                labeled_button(Icon::Quote, i18n.tr("typeset-open"), Some(Message::Typeset)),
                i18n.tr("typeset-open-hint"),
            ),
            with_tooltip(
                labeled_button(Icon::Open, i18n.tr("action-open"), Some(Message::Open)),
                format!("{} (Ctrl+O)", i18n.tr("action-open")),
            ),
            icon_button(
                Icon::Settings,
                i18n.tr("action-settings"),
                Some(Message::Settings)
            ),
        ]
        .spacing(space::S)
        .align_y(Alignment::Center);

        let outside_archive: Vec<&RecentFile> = ctx
            .recent
            .files
            .iter()
            .filter(|f| f.path.parent() != Some(ctx.archive.root()))
            .collect();
        let mut body = column![header, self.new_release(ctx)].spacing(space::XL);
        // The archive below lists its own releases; files opened from elsewhere (a USB
        // stick, a colleague's mail) stay reachable here.
        if !outside_archive.is_empty() {
            body = body.push(recent(ctx, &outside_archive));
        }
        body.into()
    }

    fn new_release<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let ui = i18n.language();
        let mut languages = Row::new()
            .spacing(space::XS)
            .align_y(Alignment::Center)
            .push(
                text(i18n.tr("home-language"))
                    .size(size::BODY)
                    .style(theme::muted),
            );
        for language in Language::ALL {
            languages = languages.push(
                button(text(language.native_name()).size(size::BODY))
                    .padding([4, 12])
                    .style(theme::tab(language == self.language))
                    .on_press(Message::Language(language)),
            );
        }
        let cards = ctx.templates.templates.iter().map(|template| {
            button(
                column![
                    text(template.name.get_or_any(ui).to_string())
                        .size(size::HEADING)
                        .font(font::UI_SEMIBOLD),
                    text(template.description.get_or_any(ui).to_string())
                        .size(size::SMALL + 1.0)
                        .style(theme::muted),
                ]
                .spacing(space::XS),
            )
            .padding(space::M)
            .width(Fill)
            .height(172)
            .style(theme::card_button)
            .on_press(Message::New(template.id.clone()))
            .into()
        });
        // The five genres side by side above the archive; a sixth (a user's own template)
        // starts a second row.
        let mut grid = Column::new().spacing(space::M);
        let cards: Vec<Element<'a, Message>> = cards.collect();
        let mut cards = cards.into_iter().peekable();
        while cards.peek().is_some() {
            let mut line = Row::new().spacing(space::M);
            for _ in 0..5 {
                line = match cards.next() {
                    Some(card) => line.push(card),
                    None => line.push(iced::widget::space().width(Fill)),
                };
            }
            grid = grid.push(line);
        }
        column![
            text(i18n.tr("home-new-release"))
                .size(size::TITLE)
                .font(font::UI_SEMIBOLD),
            languages,
            grid,
        ]
        .spacing(space::M)
        .into()
    }
}

fn recent<'a>(ctx: &'a Context, files: &[&'a RecentFile]) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let mut list = Column::new().spacing(space::XS);
    for file in files.iter().take(5) {
        let title = if file.title.trim().is_empty() {
            i18n.tr("untitled")
        } else {
            file.title.clone()
        };
        let name = file
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        list = list.push(
            button(
                row![
                    icon(Icon::File).style(theme::accent_text),
                    column![
                        text(title).size(size::BODY),
                        text(name).size(size::SMALL).style(theme::muted),
                    ]
                    .spacing(2),
                ]
                .spacing(space::S)
                .align_y(Alignment::Center),
            )
            .padding([6, 8])
            .width(Fill)
            .style(theme::quiet)
            .on_press(Message::OpenRecent(file.path.clone())),
        );
    }
    column![
        row![
            text(i18n.tr("home-recent-outside"))
                .size(size::HEADING)
                .font(font::UI_SEMIBOLD),
        ]
        .align_y(Alignment::Center),
        container(list)
            .padding(space::S)
            .width(Fill)
            .style(theme::card),
    ]
    .spacing(space::M)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_release_uses_the_chosen_language() {
        let mut home = State::new(Language::Ru);
        assert_eq!(home.update(Message::Language(Language::Kk)), Action::None);
        assert_eq!(
            home.update(Message::New("delegation-visit".into())),
            Action::New {
                template: "delegation-visit".into(),
                language: Language::Kk
            }
        );
        assert_eq!(
            home.update(Message::OpenRecent("/a.pressdesk".into())),
            Action::OpenPath("/a.pressdesk".into())
        );
    }
}
