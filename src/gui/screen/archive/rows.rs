//! The rows of the archive list: a release with its actions (and, when asked, the genres
//! to start a new release from it in), and a damaged file with its reason.

use iced::widget::{Column, Row, button, column, container, row, text};
use iced::{Alignment, Element, Fill};

use super::Message;
use crate::archive::Entry;
use crate::archive::catalog::EntryState;
use crate::gui::context::Context;
use crate::gui::font;
use crate::gui::icon::{Icon, icon};
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{icon_button, labeled_button};
use crate::language::Language;

pub(super) fn release_row<'a>(
    ctx: &'a Context,
    entry: &'a Entry,
    choosing_genre: bool,
) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let ui = i18n.language();
    let Some(summary) = entry.summary() else {
        return iced::widget::space().into();
    };
    let headline = match summary.headline(ui) {
        "" => i18n.tr("untitled"),
        headline => headline.to_string(),
    };
    let template = ctx
        .templates
        .get(&summary.template)
        .map(|t| t.name.get_or_any(ui).to_string())
        .unwrap_or_else(|| summary.template.clone());
    let languages: Vec<&str> = summary.languages().map(Language::code).collect();
    let mut meta = row![
        text(format!(
            "{template} · {}",
            languages.join(" ").to_uppercase()
        ))
        .size(size::SMALL)
        .style(theme::muted),
    ]
    .spacing(space::S)
    .align_y(Alignment::Center);
    if entry.conflict_copy_of().is_some() {
        meta = meta.push(badge(i18n.tr("archive-conflict-copy"), true));
    }
    if entry.is_newer() {
        meta = meta.push(badge(i18n.tr("archive-newer-file"), true));
    }
    let status = i18n.tr(&format!("status-{}", summary.status.code()));
    let locked = crate::archive::workflow::is_locked(summary.status);
    let opener = button(
        row![
            text(summary.date.strftime("%d.%m.%Y").to_string())
                .size(size::SMALL)
                .style(theme::muted)
                .width(84),
            column![
                text(headline).size(size::BODY).font(font::UI_SEMIBOLD),
                meta
            ]
            .spacing(2)
            .width(Fill),
            badge_with_icon(status, locked),
        ]
        .spacing(space::M)
        .align_y(Alignment::Center),
    )
    .padding([6, 8])
    .width(Fill)
    .style(theme::quiet)
    .on_press(Message::Open(entry.path.clone()));
    let path = &entry.path;
    let actions = row![
        opener,
        icon_button(
            Icon::Copy,
            i18n.tr("action-use-as-basis"),
            Some(Message::Basis(path.clone()))
        ),
        icon_button(
            Icon::Export,
            i18n.tr("action-export-again"),
            Some(Message::Export(path.clone()))
        ),
        icon_button(
            Icon::Folder,
            i18n.tr("action-show-in-folder"),
            Some(Message::Reveal(path.clone()))
        ),
        icon_button(
            Icon::Remove,
            i18n.tr("action-delete"),
            Some(Message::Delete(path.clone()))
        ),
    ]
    .spacing(2)
    .align_y(Alignment::Center);
    if !choosing_genre {
        return actions.into();
    }
    column![actions, genre_chooser(ctx, path, &summary.template)]
        .spacing(space::XS)
        .into()
}

/// "New release from this one as:" and a button per genre, the release's own first: people
/// keep their ids in every genre, so a visit's akim and guest become a memorandum's signers.
fn genre_chooser<'a>(ctx: &'a Context, path: &std::path::Path, own: &str) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let ui = i18n.language();
    let mut ids = ctx.templates.ids();
    // Carrying into the free form would keep nothing (its texts are the user's own and
    // stay behind), so it is offered only for a free-form release itself.
    ids.retain(|id| *id == own || *id != "blank");
    ids.sort_by_key(|id| *id != own);
    let mut choices = Row::new().spacing(space::XS).align_y(Alignment::Center);
    choices = choices.push(
        text(i18n.tr("archive-basis-as"))
            .size(size::SMALL)
            .style(theme::muted),
    );
    for id in ids {
        let Some(template) = ctx.templates.get(id) else {
            continue;
        };
        let style: fn(&iced::Theme, button::Status) -> button::Style = if id == own {
            button::primary
        } else {
            theme::quiet
        };
        choices = choices.push(
            button(text(template.name.get_or_any(ui).to_string()).size(size::SMALL))
                .padding([4, 10])
                .style(style)
                .on_press(Message::BasisAs(path.to_path_buf(), id.to_string())),
        );
    }
    choices = choices.push(
        button(text(i18n.tr("action-cancel")).size(size::SMALL))
            .padding([4, 10])
            .style(theme::quiet)
            .on_press(Message::Basis(path.to_path_buf())),
    );
    container(choices.wrap())
        .padding([6, 12])
        .width(Fill)
        .style(theme::card)
        .into()
}

pub(super) fn damaged_list<'a>(ctx: &'a Context, damaged: &[&'a Entry]) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let mut list = Column::new().spacing(space::S).push(
        text(i18n.tr("archive-damaged-explained"))
            .size(size::SMALL)
            .style(theme::muted),
    );
    for entry in damaged {
        let EntryState::Damaged { reason } = &entry.state else {
            continue;
        };
        let name = entry
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        list = list.push(
            row![
                icon(Icon::Damaged).style(theme::danger_text),
                column![
                    text(name).size(size::BODY).font(font::UI_SEMIBOLD),
                    text(reason.as_str()).size(size::SMALL).style(theme::muted),
                ]
                .spacing(2)
                .width(Fill),
                icon_button(
                    Icon::Folder,
                    i18n.tr("action-show-in-folder"),
                    Some(Message::Reveal(entry.path.clone()))
                ),
                labeled_button(
                    Icon::Archive,
                    i18n.tr("action-quarantine"),
                    Some(Message::Quarantine(entry.path.clone())),
                ),
            ]
            .spacing(space::S)
            .align_y(Alignment::Center),
        );
    }
    container(list)
        .padding(space::M)
        .width(Fill)
        .style(theme::card)
        .into()
}

fn badge<'a>(label: String, warn: bool) -> Element<'a, Message> {
    container(text(label).size(size::SMALL))
        .padding([1, 6])
        .style(move |theme| theme::badge(theme, warn))
        .into()
}

fn badge_with_icon<'a>(label: String, locked: bool) -> Element<'a, Message> {
    let mut content = Row::new().spacing(4).align_y(Alignment::Center);
    if locked {
        content = content.push(icon(Icon::Lock).size(12));
    }
    content = content.push(text(label).size(size::SMALL));
    container(content)
        .padding([2, 8])
        .style(|theme| theme::badge(theme, false))
        .into()
}
