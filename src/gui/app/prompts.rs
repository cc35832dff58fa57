//! What the window shows over the screens: the notice bar and the questions that guard
//! unsaved work.

use iced::widget::{button, center, column, container, opaque, row, text};
use iced::{Alignment, Element, Fill};

use super::{Answer, Message, Pending};
use crate::gui::i18n::I18n;
use crate::gui::icon::Icon;
use crate::gui::notice::Notice;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::labeled_button;

pub(super) fn notice_bar<'a>(notice: &'a Notice, i18n: &I18n) -> Element<'a, Message> {
    let mut line = row![text(notice.text.as_str()).size(size::BODY).width(Fill)]
        .spacing(space::S)
        .align_y(Alignment::Center);
    if let Some(folder) = &notice.folder {
        line = line.push(labeled_button(
            Icon::Folder,
            i18n.tr("action-open-folder"),
            Some(Message::OpenFolder(folder.clone())),
        ));
    }
    line = line.push(labeled_button(
        Icon::Close,
        i18n.tr("action-dismiss"),
        Some(Message::DismissNotice),
    ));
    container(
        container(line)
            .padding([space::S, space::M])
            .width(Fill)
            .style(move |theme| theme::notice(theme, notice.is_error)),
    )
    .padding([space::S, space::M])
    .into()
}

/// Save / Discard / Cancel before unsaved changes would be lost.
pub(super) fn prompt<'a>(pending: &Pending, i18n: &I18n) -> Element<'a, Message> {
    let question = match pending {
        Pending::Quit => i18n.tr("prompt-unsaved-quit"),
        _ => i18n.tr("prompt-unsaved"),
    };
    let card = container(
        column![
            text(i18n.tr("prompt-title"))
                .size(size::TITLE)
                .font(crate::gui::font::UI_SEMIBOLD),
            text(question).size(size::BODY),
            row![
                iced::widget::space().width(Fill),
                button(text(i18n.tr("action-cancel")).size(size::BODY))
                    .padding([6, 14])
                    .style(button::secondary)
                    .on_press(Message::Answer(Answer::Cancel)),
                button(text(i18n.tr("action-discard")).size(size::BODY))
                    .padding([6, 14])
                    .style(button::danger)
                    .on_press(Message::Answer(Answer::Discard)),
                button(text(i18n.tr("action-save")).size(size::BODY))
                    .padding([6, 14])
                    .style(button::primary)
                    .on_press(Message::Answer(Answer::Save)),
            ]
            .spacing(space::S),
        ]
        .spacing(space::M),
    )
    .padding(space::XL)
    .max_width(460)
    .style(theme::card);
    opaque(center(card).style(theme::backdrop))
}
