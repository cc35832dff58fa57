//! "Paste and typeset": a text from anywhere — a colleague's draft, a page, a quote from a
//! TV caption — pasted in and set by the engine the exports use (no-break spaces after
//! numbers and short words, dashes, quotes in two levels), then copied out as HTML and
//! plain text together, so a paste into Word or a mail keeps the no-break spaces. The same
//! as `pressdesk typeset`. Nothing is saved: the text lives only on this screen.

use iced::widget::{checkbox, column, container, pick_list, row, text, text_editor};
use iced::{Alignment, Element, Fill, Task};

use crate::gui::context::Context;
use crate::gui::font;
use crate::gui::icon::Icon;
use crate::gui::notice::Notice;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{Choice, labeled_button, scroll, two_panes};
use crate::language::Language;
use crate::typography::typeset_paragraphs;

pub struct State {
    input: text_editor::Content,
    /// `None`: each paragraph in the language it is written in.
    language: Option<Language>,
    show_marks: bool,
    output: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Back,
    Edit(text_editor::Action),
    Language(Choice<Option<Language>>),
    ShowMarks(bool),
    Paste,
    Pasted(Option<String>),
    Copy,
}

pub enum Action {
    None,
    Home,
    Run(Task<Message>),
    Notice(Notice),
}

impl State {
    pub fn new() -> Self {
        Self {
            input: text_editor::Content::new(),
            language: None,
            show_marks: false,
            output: String::new(),
        }
    }

    /// The typeset text, as "Copy" puts it on the clipboard.
    pub fn output(&self) -> &str {
        &self.output
    }

    fn retypeset(&mut self, ctx: &Context) {
        self.output =
            typeset_paragraphs(&self.input.text(), self.language, &ctx.profile.typography);
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::Back => Action::Home,
            Message::Edit(action) => {
                let edits = action.is_edit();
                self.input.perform(action);
                if edits {
                    self.retypeset(ctx);
                }
                Action::None
            }
            Message::Language(choice) => {
                self.language = choice.value;
                self.retypeset(ctx);
                Action::None
            }
            Message::ShowMarks(show) => {
                self.show_marks = show;
                Action::None
            }
            Message::Paste => Action::Run(iced::clipboard::read().map(Message::Pasted)),
            Message::Pasted(Some(pasted)) => {
                self.input = text_editor::Content::with_text(&pasted);
                self.retypeset(ctx);
                Action::None
            }
            Message::Pasted(None) => {
                Action::Notice(Notice::error(ctx.i18n.tr("typeset-clipboard-empty")))
            }
            Message::Copy => {
                let html = crate::export::paragraphs_html(&self.output);
                match crate::gui::clipboard::copy_html(&html, &self.output) {
                    Ok(()) => Action::Notice(Notice::info(ctx.i18n.tr("typeset-copied"))),
                    Err(error) => Action::Notice(Notice::error(error.0)),
                }
            }
        }
    }

    pub fn view<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let languages: Vec<Choice<Option<Language>>> =
            std::iter::once(Choice::new(None, i18n.tr("typeset-language-auto")))
                .chain(
                    Language::ALL
                        .iter()
                        .map(|l| Choice::new(Some(*l), l.native_name())),
                )
                .collect();
        let selected = languages.iter().find(|c| c.value == self.language).cloned();
        let has_output = !self.output.trim().is_empty();
        let header = row![
            labeled_button(Icon::Back, i18n.tr("action-back"), Some(Message::Back)),
            text(i18n.tr("typeset-title"))
                .size(size::TITLE)
                .font(font::UI_SEMIBOLD)
                .width(Fill),
            pick_list(languages, selected, Message::Language).text_size(size::BODY),
            labeled_button(Icon::Open, i18n.tr("typeset-paste"), Some(Message::Paste)),
            labeled_button(
                Icon::Copy,
                i18n.tr("typeset-copy"),
                has_output.then_some(Message::Copy)
            ),
        ]
        .spacing(space::M)
        .align_y(Alignment::Center);
        let input = text_editor(&self.input)
            .id("typeset-input")
            .placeholder(i18n.tr("typeset-placeholder"))
            .on_action(Message::Edit)
            .height(Fill)
            .padding(space::M)
            .size(size::BODY)
            .style(theme::editor);
        let shown = if self.show_marks {
            with_visible_marks(&self.output)
        } else {
            self.output.clone()
        };
        let result = column![
            row![
                text(i18n.tr("typeset-result"))
                    .size(size::HEADING)
                    .font(font::UI_SEMIBOLD)
                    .width(Fill),
                checkbox(self.show_marks)
                    .label(i18n.tr("typeset-show-marks"))
                    .on_toggle(Message::ShowMarks)
                    .text_size(size::SMALL),
            ]
            .align_y(Alignment::Center),
            scroll(text(shown).size(size::BODY)).height(Fill),
        ]
        .spacing(space::S)
        .padding(space::M);
        two_panes(
            header,
            container(input).width(Fill).height(Fill),
            container(result)
                .width(Fill)
                .height(Fill)
                .style(theme::card),
        )
    }
}

impl Default for State {
    fn default() -> Self {
        Self::new()
    }
}

/// The text with its no-break spaces made visible, for looking at only: «°» for a
/// no-break space, «·» for a narrow one (thousands).
fn with_visible_marks(text: &str) -> String {
    text.replace('\u{a0}', "°").replace('\u{202f}', "·")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_shown_only_on_request() {
        assert_eq!(
            with_visible_marks("в\u{a0}2019 году, 3\u{202f}200"),
            "в°2019 году, 3·200"
        );
    }
}
