//! Settings → the letterhead: on or off, and the logo file (PNG, JPEG or SVG). The logo is
//! checked when chosen, so a file that will not work is named here rather than discovered
//! at the first export.

use std::path::{Path, PathBuf};

use iced::widget::{Column, button, checkbox, column, row, text};
use iced::{Alignment, Element, Fill};

use super::Message;
use crate::gui::context::Context;
use crate::gui::icon::Icon;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{field, input, section};
use crate::profile::Profile;

/// What is known of the logo file in the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogoStatus {
    Checking,
    Ready { width: u32, height: u32 },
    Unusable(String),
}

/// Reads the logo as an export would, off the interface thread; its size when it works.
pub async fn check(path: PathBuf) -> Result<(u32, u32), String> {
    crate::letterhead::load_logo(&path)
        .map(|logo| (logo.print.width, logo.print.height))
        .map_err(|e| e.to_string())
}

/// The logo path typed or chosen: only a full path counts (a relative one would depend on
/// where the program was started); blank means no logo.
pub fn typed_logo(typed: &str) -> Option<Option<PathBuf>> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Some(None);
    }
    let path = Path::new(typed);
    path.is_absolute().then(|| Some(path.to_path_buf()))
}

pub fn view<'a>(
    profile: &'a Profile,
    typed: &'a str,
    status: Option<&'a LogoStatus>,
    ctx: &'a Context,
) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let enabled = profile.letterhead.enabled;
    let path = input(&i18n.tr("settings-logo-placeholder"), typed)
        .id("settings-logo")
        .on_input_maybe(enabled.then_some(Message::LogoPath));
    let choose = button(text(i18n.tr("action-choose-logo")).size(size::BODY))
        .padding([6, 12])
        .style(button::secondary)
        .on_press_maybe((enabled && ctx.dialogs).then_some(Message::ChooseLogo));
    let remove = button(text(i18n.tr("action-remove-logo")).size(size::BODY))
        .padding([6, 12])
        .style(button::text)
        .on_press_maybe(
            (enabled && !typed.trim().is_empty()).then(|| Message::LogoPath(String::new())),
        );
    let logo_row = row![path, choose, remove]
        .spacing(space::S)
        .align_y(Alignment::Center)
        .width(Fill);
    let (hint, error) = match status {
        _ if typed_logo(typed).is_none() => (None, Some(i18n.tr("error-logo-relative"))),
        Some(LogoStatus::Checking) => (Some(i18n.tr("hint-logo-checking")), None),
        Some(LogoStatus::Ready { width, height }) => (
            Some(i18n.tr_args(
                "hint-logo-ready",
                &[
                    ("width", width.to_string().into()),
                    ("height", height.to_string().into()),
                ],
            )),
            None,
        ),
        Some(LogoStatus::Unusable(reason)) => (None, Some(reason.clone())),
        None => (Some(i18n.tr("hint-logo")), None),
    };
    let body: Column<'a, Message> = column![
        checkbox(enabled)
            .label(i18n.tr("settings-letterhead"))
            .on_toggle(Message::Letterhead)
            .text_size(size::BODY),
        field(i18n.tr("settings-logo"), false, logo_row, hint, error),
        text(i18n.tr("hint-letterhead"))
            .size(size::SMALL)
            .style(theme::muted),
    ]
    .spacing(space::M);
    section(i18n.tr("settings-letterhead-title"), Icon::File, body)
}
