//! Small building blocks every screen uses, so fields, sections and buttons look and
//! behave the same everywhere.

pub mod misspelled;
pub mod preview;
pub mod right_click;

use std::fmt;

use iced::widget::{button, column, container, row, text, text_input, tooltip};
use iced::{Alignment, Element, Fill};

use super::font;
use super::icon::{Icon, icon};
use super::theme::{self, size, space};

/// A pick-list option: a value with the words shown for it.
#[derive(Debug, Clone)]
pub struct Choice<T> {
    pub value: T,
    pub label: String,
}

impl<T> Choice<T> {
    pub fn new(value: T, label: impl Into<String>) -> Self {
        Self {
            value,
            label: label.into(),
        }
    }
}

impl<T: PartialEq> PartialEq for Choice<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T> fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

/// A labelled form field: label (with a mark when required), the control, then the hint
/// or the error that says what to type.
pub fn field<'a, M: 'a>(
    label: String,
    required: bool,
    control: impl Into<Element<'a, M>>,
    hint: Option<String>,
    error: Option<String>,
) -> Element<'a, M> {
    let mut heading =
        row![text(label).size(size::SMALL + 1.0).font(font::UI_SEMIBOLD)].spacing(space::XS);
    if required {
        heading = heading.push(text("*").size(size::SMALL + 1.0).style(theme::danger_text));
    }
    let mut body = column![heading, control.into()].spacing(space::XS);
    if let Some(error) = error {
        body = body.push(text(error).size(size::SMALL).style(theme::danger_text));
    } else if let Some(hint) = hint.filter(|h| !h.trim().is_empty()) {
        body = body.push(text(hint).size(size::SMALL).style(theme::muted));
    }
    body.width(Fill).into()
}

/// A group of fields under a heading, on a card.
pub fn section<'a, M: 'a>(
    title: String,
    section_icon: Icon,
    body: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    container(
        column![
            row![
                icon(section_icon).style(theme::accent_text),
                text(title).size(size::HEADING).font(font::UI_SEMIBOLD),
            ]
            .spacing(space::S)
            .align_y(Alignment::Center),
            body.into(),
        ]
        .spacing(space::M),
    )
    .padding(space::L)
    .width(Fill)
    .style(theme::card)
    .into()
}

/// A single-line text field in the house style.
pub fn input<'a, M: Clone + 'a>(placeholder: &str, value: &str) -> text_input::TextInput<'a, M> {
    text_input(placeholder, value)
        .padding([6, 8])
        .size(size::BODY)
        .style(theme::input)
}

/// A button showing only an icon, explained by a tooltip (with its shortcut, if any).
pub fn icon_button<'a, M: Clone + 'a>(
    button_icon: Icon,
    explanation: String,
    on_press: Option<M>,
) -> Element<'a, M> {
    with_tooltip(
        button(icon(button_icon))
            .padding([6, 8])
            .style(theme::quiet)
            .on_press_maybe(on_press),
        explanation,
    )
}

/// An icon with a word beside it.
pub fn labeled_button<'a, M: Clone + 'a>(
    button_icon: Icon,
    label: String,
    on_press: Option<M>,
) -> button::Button<'a, M> {
    button(
        row![icon(button_icon), text(label).size(size::BODY)]
            .spacing(space::S)
            .align_y(Alignment::Center),
    )
    .padding([6, 10])
    .style(theme::quiet)
    .on_press_maybe(on_press)
}

pub fn with_tooltip<'a, M: 'a>(
    content: impl Into<Element<'a, M>>,
    explanation: String,
) -> Element<'a, M> {
    tooltip(
        content,
        container(text(explanation).size(size::SMALL))
            .padding([4, 8])
            .style(theme::tooltip),
        tooltip::Position::Bottom,
    )
    .gap(4)
    .into()
}

/// A vertical scroll area with a slim scrollbar, so it does not read as a divider.
pub fn scroll<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> iced::widget::Scrollable<'a, M> {
    iced::widget::scrollable(content).direction(iced::widget::scrollable::Direction::Vertical(
        iced::widget::scrollable::Scrollbar::new()
            .width(6)
            .scroller_width(6)
            .margin(2),
    ))
}

/// A screen of two panes side by side under a header row (Check a text, Paste and
/// typeset): the panes share the width and fill the height.
pub fn two_panes<'a, M: 'a>(
    header: impl Into<Element<'a, M>>,
    left: impl Into<Element<'a, M>>,
    right: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    column![
        header.into(),
        row![left.into(), right.into()].spacing(space::L)
    ]
    .spacing(space::L)
    .padding(space::XL)
    .into()
}
