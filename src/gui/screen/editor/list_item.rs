//! The header of one item in a reorderable list (a paragraph, a quote, a figure): its
//! title, then move up, move down and remove. One place, so the three lists behave alike.

use iced::widget::row;
use iced::{Alignment, Element, Fill};

use super::Message;
use super::edit::{Edit, Move};
use crate::gui::i18n::I18n;
use crate::gui::icon::Icon;
use crate::gui::theme::space;
use crate::gui::widget::icon_button;

/// What the buttons of item `index` of `count` send.
pub struct ItemActions {
    pub index: usize,
    pub count: usize,
    pub move_to: fn(usize, Move) -> Edit,
    pub remove: fn(usize) -> Edit,
    /// The remove button's tooltip key: "quote-remove", "stat-remove", ...
    pub remove_label: &'static str,
}

pub fn header<'a>(
    title: impl Into<Element<'a, Message>>,
    actions: ItemActions,
    i18n: &I18n,
) -> Element<'a, Message> {
    let ItemActions {
        index: i,
        count,
        move_to,
        remove,
        remove_label,
    } = actions;
    row![
        title.into(),
        iced::widget::space().width(Fill),
        icon_button(
            Icon::Up,
            i18n.tr("move-up"),
            (i > 0).then_some(Message::Edit(move_to(i, Move::Up)))
        ),
        icon_button(
            Icon::Down,
            i18n.tr("move-down"),
            (i + 1 < count).then_some(Message::Edit(move_to(i, Move::Down)))
        ),
        icon_button(
            Icon::Remove,
            i18n.tr(remove_label),
            Some(Message::Edit(remove(i)))
        ),
    ]
    .spacing(space::XS)
    .align_y(Alignment::Center)
    .into()
}
