//! The editor's command bar: files, undo, export, language versions. Every button's tooltip
//! names its shortcut.

use iced::widget::{Row, button, column, container, row, rule, text};
use iced::{Alignment, Element, Fill};

use super::{Message, Request, State};
use crate::gui::context::Context;
use crate::gui::files::Format;
use crate::gui::icon::Icon;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{icon_button, labeled_button, with_tooltip};
use crate::language::Language;

/// Below this width the bar drops the labels of "Save as…" and "Copy for email" and the
/// "Export:" caption (their tooltips stay), so the checks, the saved state and Settings
/// still fit at the smallest window (1024 px).
const FULL_WIDTH: f32 = 1320.0;

pub fn view<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let bar = iced::widget::responsive(move |size| commands(state, ctx, size.width < FULL_WIDTH));
    column![
        container(container(bar).height(32))
            .padding([space::S, space::M])
            .width(Fill)
            .style(theme::toolbar),
        container(tabs(state, ctx))
            .padding([space::S, space::XL])
            .width(Fill),
    ]
    .into()
}

fn commands<'a>(state: &'a State, ctx: &'a Context, compact: bool) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let tip = |id: &str, keys: &str| format!("{} ({keys})", i18n.tr(id));
    let idle = !state.busy;
    let editable = idle && state.lock.is_none();

    let files = row![
        icon_button(
            Icon::Back,
            i18n.tr("action-home"),
            Some(Message::Up(Request::Home))
        ),
        icon_button(
            Icon::New,
            tip("action-new", "Ctrl+N"),
            Some(Message::Up(Request::New))
        ),
        icon_button(
            Icon::Open,
            tip("action-open", "Ctrl+O"),
            Some(Message::Up(Request::Open))
        ),
        with_tooltip(
            labeled_button(
                Icon::Save,
                i18n.tr("action-save"),
                editable.then_some(Message::Save)
            ),
            tip("action-save", "Ctrl+S"),
        ),
        if compact {
            icon_button(
                Icon::Save,
                tip("action-save-as", "Ctrl+Shift+S"),
                editable.then_some(Message::SaveAs),
            )
        } else {
            with_tooltip(
                labeled_button(
                    Icon::Save,
                    i18n.tr("action-save-as"),
                    editable.then_some(Message::SaveAs),
                ),
                tip("action-save-as", "Ctrl+Shift+S"),
            )
        },
    ]
    .spacing(space::XS)
    .align_y(Alignment::Center);

    let history = row![
        icon_button(
            Icon::Undo,
            tip("action-undo", "Ctrl+Z"),
            (editable && state.history.can_undo()).then_some(Message::Undo)
        ),
        icon_button(
            Icon::Redo,
            tip("action-redo", "Ctrl+Shift+Z"),
            (editable && state.history.can_redo()).then_some(Message::Redo)
        ),
        icon_button(
            Icon::History,
            i18n.tr("action-history"),
            Some(if state.panel == super::Panel::History {
                Message::HideHistory
            } else {
                Message::ShowHistory
            })
        ),
    ]
    .spacing(space::XS);

    let mut export = Row::new().spacing(space::XS).align_y(Alignment::Center);
    if !compact {
        export = export.push(
            text(i18n.tr("action-export"))
                .size(size::SMALL)
                .style(theme::muted),
        );
    }
    for format in Format::ALL {
        let explanation = if format == Format::Docx {
            tip("action-export-docx", "Ctrl+E")
        } else {
            i18n.tr_args("action-export-as", &[("format", format.label().into())])
        };
        export = export.push(with_tooltip(
            labeled_button(
                Icon::Export,
                format.label().to_string(),
                idle.then_some(Message::Export(format)),
            ),
            explanation,
        ));
    }

    let copy = idle.then_some(Message::CopyForEmail);
    export = export.push(if compact {
        icon_button(
            Icon::Copy,
            format!(
                "{}: {}",
                i18n.tr("action-copy-email"),
                i18n.tr("action-copy-email-tip")
            ),
            copy,
        )
    } else {
        with_tooltip(
            labeled_button(Icon::Copy, i18n.tr("action-copy-email"), copy),
            i18n.tr("action-copy-email-tip"),
        )
    });

    let saved_state = if let Some(problem) = &state.autosave.failed {
        text(i18n.tr_args(
            "status-autosave-failed",
            &[("error", problem.clone().into())],
        ))
        .size(size::SMALL)
        .style(theme::danger_text)
    } else if state.dirty {
        text(i18n.tr("status-unsaved"))
            .size(size::SMALL)
            .style(theme::danger_text)
    } else if state.path().is_none() {
        // A release just started from a template is not on disk yet: "saved" would mislead.
        text(i18n.tr("status-new"))
            .size(size::SMALL)
            .style(theme::muted)
    } else {
        text(i18n.tr("status-saved"))
            .size(size::SMALL)
            .style(theme::muted)
    };

    let commands = row![
        files,
        rule::vertical(1),
        history,
        rule::vertical(1),
        export,
        iced::widget::space().width(Fill),
        super::checks::toolbar_button(state, ctx),
        saved_state,
        icon_button(
            Icon::Settings,
            i18n.tr("action-settings"),
            Some(Message::Up(Request::Settings))
        ),
    ]
    .spacing(space::S)
    .height(32)
    .align_y(Alignment::Center);
    commands.into()
}

/// One tab per language version; languages without one offer to add it.
fn tabs<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let mut tabs = Row::new()
        .spacing(space::XS)
        .align_y(Alignment::Center)
        .push(
            text(i18n.tr("editor-versions"))
                .size(size::SMALL)
                .style(theme::muted),
        );
    for language in Language::ALL {
        if state.release.version(language).is_some() {
            let active = language == state.language;
            tabs = tabs.push(
                button(text(language.native_name()).size(size::BODY))
                    .padding([4, 12])
                    .style(theme::tab(active))
                    .on_press(Message::Language(language)),
            );
        }
    }
    // A locked release gets no new language versions until it is reopened.
    for language in Language::ALL
        .iter()
        .copied()
        .filter(|_| state.lock.is_none())
    {
        if state.release.version(language).is_none() {
            let label = i18n.tr(&format!("editor-add-version-{}", language.code()));
            tabs = tabs.push(
                labeled_button(Icon::Add, label, Some(Message::AddVersion(language)))
                    .padding([4, 10]),
            );
        }
    }
    tabs.into()
}
