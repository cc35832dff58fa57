//! What keeps a release safe while it is open: the autosave clock, the read-only lock of
//! approved, sent and newer-format releases, the conflict with a change made on disk by
//! someone else, and the release's history of earlier versions.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use iced::widget::{Column, button, column, container, row, text};
use iced::{Alignment, Element, Fill};
use jiff::Timestamp;

use super::{Message, State};
use crate::gui::context::Context;
use crate::gui::font;
use crate::gui::icon::{Icon, icon};
use crate::gui::theme::{self, size, space};
use crate::gui::widget::labeled_button;
use crate::release::Status;

/// A pause this long after typing writes the draft…
const QUIET: Duration = Duration::from_millis(500);
/// …and while typing goes on, a draft at least this often. With the window's half-second
/// tick, at most two seconds of typing are ever only in memory.
const AT_LEAST_EVERY: Duration = Duration::from_millis(1500);

#[derive(Debug, Default)]
pub struct Autosave {
    /// Edits not in the draft yet, and when the last one happened.
    pending_since: Option<Instant>,
    last_edit: Option<Instant>,
    last_write: Option<Instant>,
    writing: bool,
    pub failed: Option<String>,
}

impl Autosave {
    pub fn edited(&mut self, now: Instant) {
        self.pending_since.get_or_insert(now);
        self.last_edit = Some(now);
    }

    /// Whether the draft should be written now.
    pub fn due(&self, now: Instant) -> bool {
        let Some(pending_since) = self.pending_since else {
            return false;
        };
        if self.writing {
            return false;
        }
        let quiet = self
            .last_edit
            .is_some_and(|edit| now.duration_since(edit) >= QUIET);
        let overdue =
            now.duration_since(self.last_write.unwrap_or(pending_since)) >= AT_LEAST_EVERY;
        quiet || overdue
    }

    pub fn has_pending(&self) -> bool {
        self.pending_since.is_some()
    }

    pub fn started(&mut self, now: Instant) {
        self.writing = true;
        self.pending_since = None;
        self.last_write = Some(now);
    }

    pub fn finished(&mut self, result: Result<(), String>) {
        self.writing = false;
        if result.is_err() && self.pending_since.is_none() {
            // The draft did not reach the disk (full, read-only): keep the edits pending so
            // the next tick tries again instead of waiting for another keystroke.
            self.pending_since = Some(Instant::now());
        }
        self.failed = result.err();
    }

    /// Saved or discarded: nothing is waiting for a draft.
    pub fn clear(&mut self) {
        self.pending_since = None;
        self.failed = None;
    }
}

/// Why the release cannot be edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lock {
    /// Approved or sent: what was approved is what goes out, until reopened.
    Status(Status),
    /// Written by a newer Pressdesk in this file format: saving would drop what this
    /// version does not know.
    Newer(u32),
}

/// The file on disk is not what was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// Noticed while editing (the archive is watched).
    Noticed,
    /// A save was refused because of it.
    SaveRefused,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Take their version; my unsaved changes go.
    Reload,
    /// Keep my text as a new release beside theirs.
    KeepMineAsCopy,
    Dismiss,
}

/// An earlier version in the history panel.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub path: PathBuf,
    pub kept: Timestamp,
    pub headline: String,
    pub status: Option<Status>,
}

pub fn lock_banner<'a>(lock: Lock, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let (explanation, action) = match lock {
        Lock::Status(status) => (
            i18n.tr_args(
                "editor-locked",
                &[(
                    "status",
                    i18n.tr(&format!("status-{}", status.code())).into(),
                )],
            ),
            Some(labeled_button(
                Icon::Unlock,
                i18n.tr("action-reopen"),
                Some(Message::Reopen),
            )),
        ),
        Lock::Newer(found) => (
            i18n.tr_args("editor-newer-file", &[("format", found.to_string().into())]),
            None,
        ),
    };
    let mut line = row![
        icon(Icon::Lock).style(theme::accent_text),
        text(explanation).size(size::BODY).width(Fill),
    ]
    .spacing(space::S)
    .align_y(Alignment::Center);
    if let Some(action) = action {
        line = line.push(action.style(button::primary));
    }
    banner(line.into(), false)
}

pub fn conflict_banner<'a>(conflict: Conflict, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let explanation = match conflict {
        Conflict::Noticed => i18n.tr("editor-changed-on-disk"),
        Conflict::SaveRefused => i18n.tr("editor-save-refused"),
    };
    let choose = |choice| Message::Conflict(choice);
    let line = row![
        icon(Icon::Warning).style(theme::danger_text),
        text(explanation).size(size::BODY).width(Fill),
        button(text(i18n.tr("action-reload-theirs")).size(size::BODY))
            .padding([6, 12])
            .style(button::secondary)
            .on_press(choose(ConflictChoice::Reload)),
        button(text(i18n.tr("action-keep-mine-copy")).size(size::BODY))
            .padding([6, 12])
            .style(button::primary)
            .on_press(choose(ConflictChoice::KeepMineAsCopy)),
        button(text(i18n.tr("action-dismiss")).size(size::BODY))
            .padding([6, 12])
            .style(theme::quiet)
            .on_press(choose(ConflictChoice::Dismiss)),
    ]
    .spacing(space::S)
    .align_y(Alignment::Center);
    banner(line.into(), true)
}

fn banner<'a>(content: Element<'a, Message>, is_error: bool) -> Element<'a, Message> {
    container(
        container(content)
            .padding([space::S, space::M])
            .width(Fill)
            .style(move |theme| theme::notice(theme, is_error)),
    )
    .padding([space::S, space::XL])
    .into()
}

/// The history panel: earlier versions, newest first, each restorable.
pub fn history_panel<'a>(
    state: &'a State,
    versions: &'a [Version],
    ctx: &'a Context,
) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let can_keep = state.path().is_some() && !state.is_dirty();
    let mut list = Column::new().spacing(space::S).push(
        row![
            icon(Icon::History).style(theme::accent_text),
            text(i18n.tr("history-title"))
                .size(size::HEADING)
                .font(font::UI_SEMIBOLD)
                .width(Fill),
            labeled_button(
                Icon::Save,
                i18n.tr("action-keep-version"),
                can_keep.then_some(Message::KeepVersion),
            ),
            labeled_button(
                Icon::Close,
                i18n.tr("action-close"),
                Some(Message::HideHistory)
            ),
        ]
        .spacing(space::S)
        .align_y(Alignment::Center),
    );
    if versions.is_empty() {
        list = list.push(
            text(i18n.tr("history-empty"))
                .size(size::SMALL)
                .style(theme::muted),
        );
    }
    for version in versions {
        let when = version
            .kept
            .to_zoned_datetime(jiff::tz::TimeZone::system())
            .strftime("%d.%m.%Y %H:%M:%S")
            .to_string();
        let status = version
            .status
            .map(|s| i18n.tr(&format!("status-{}", s.code())))
            .unwrap_or_default();
        list = list.push(
            row![
                column![
                    text(format!("{when} · {status}"))
                        .size(size::SMALL)
                        .style(theme::muted),
                    text(version.headline.as_str()).size(size::BODY),
                ]
                .spacing(2)
                .width(Fill),
                labeled_button(
                    Icon::Restore,
                    i18n.tr("action-restore"),
                    state
                        .lock
                        .is_none()
                        .then(|| Message::RestoreVersion(version.path.clone())),
                ),
            ]
            .spacing(space::S)
            .align_y(Alignment::Center),
        );
    }
    container(list)
        .padding(space::L)
        .width(Fill)
        .style(theme::card)
        .into()
}
