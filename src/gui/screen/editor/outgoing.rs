//! What takes the release to disk and out of the window: saving (into the archive, to its
//! file, or as a copy elsewhere), reopening a signed-off release, answering a change made
//! by someone else, the list of earlier versions, export and "Copy for email".

use std::path::PathBuf;

use iced::Task;

use super::{Action, ConflictChoice, Lock, Message, Outgoing, State, checks, safety};
use crate::archive::store;
use crate::archive::workflow;
use crate::export::suggested_file_name;
use crate::gui::context::Context;
use crate::gui::files::{self, Expect, FileError, Format, Target, Written};
use crate::gui::notice::Notice;
use crate::storage::RELEASE_EXTENSION;

impl State {
    pub(super) fn suggested_name(&self, extension: &str) -> String {
        let version = self.release.version(self.language);
        let date = version.and_then(|v| v.dateline.date);
        let headline = version.map(|v| v.headline.text.as_str()).unwrap_or("");
        suggested_file_name(date, headline, extension)
    }

    /// Saves into the archive (a new release gets its file there, named by its id), or
    /// to the file it was opened from; `choose_place` asks where to save a copy as a file.
    pub fn save(&mut self, ctx: &Context, choose_place: bool) -> Action {
        if self.busy || self.lock.is_some() {
            return Action::None;
        }
        self.release.modified = jiff::Timestamp::now();
        // Dates typed any way people write them are stored in the one form fields show.
        crate::draft::normalise_dates(&mut self.release, &self.template);
        let (target, expect) = match (&self.path, choose_place) {
            (_, true) => (self.target(ctx, RELEASE_EXTENSION), Expect::Replace),
            (Some(path), false) => (
                Target::File(path.clone()),
                Expect::Unchanged(self.fingerprint),
            ),
            (None, false) => (
                Target::File(ctx.archive.path_of(self.release.id)),
                Expect::Unchanged(None),
            ),
        };
        if choose_place {
            // A copy saved elsewhere is a release of its own: it must not share the id
            // (and so the archive file) of the one it was copied from.
            if self.path.is_some() {
                self.release.id = uuid::Uuid::new_v4();
            }
        }
        self.busy = true;
        Action::Run(Task::perform(
            files::save(self.release.clone(), target, expect, ctx.archive.clone()),
            Message::Saved,
        ))
    }

    pub(super) fn reopen(&mut self, ctx: &Context) -> Action {
        let (Some(path), Some(fingerprint)) = (self.path.clone(), self.fingerprint) else {
            return Action::None;
        };
        if !matches!(self.lock, Some(Lock::Status(_))) || self.busy {
            return Action::None;
        }
        self.busy = true;
        let archive = ctx.archive.clone();
        let release = self.release.clone();
        Action::Run(Task::perform(
            async move {
                workflow::reopen(&archive, &path, &release, fingerprint)
                    .map(|(release, fingerprint)| (Box::new(release), fingerprint))
                    .map_err(|e| e.to_string())
            },
            Message::Reopened,
        ))
    }

    pub(super) fn resolve(&mut self, choice: ConflictChoice, ctx: &Context) -> Action {
        match choice {
            ConflictChoice::Dismiss => {
                self.conflict = None;
                Action::None
            }
            ConflictChoice::Reload => {
                let Some(path) = self.path.clone() else {
                    return Action::None;
                };
                self.conflict = None;
                Action::Run(Task::perform(files::load(path), Message::Reloaded))
            }
            ConflictChoice::KeepMineAsCopy => {
                // My text becomes a new release in the archive; theirs stays untouched.
                self.conflict = None;
                self.release.id = uuid::Uuid::new_v4();
                self.release.status = crate::release::Status::Draft;
                self.path = None;
                self.fingerprint = None;
                self.mark_dirty();
                self.save(ctx, false)
            }
        }
    }

    pub(super) fn list_history(&self, ctx: &Context) -> Task<Message> {
        let archive = ctx.archive.clone();
        let id = self.release.id;
        Task::perform(
            async move {
                archive
                    .history(id)
                    .into_iter()
                    .map(|version| {
                        let release = store::load_file(&version.path).ok();
                        safety::Version {
                            headline: release
                                .as_ref()
                                .map(|l| l.release.title().to_string())
                                .unwrap_or_default(),
                            status: release.map(|l| l.release.status),
                            path: version.path,
                            kept: version.kept,
                        }
                    })
                    .collect()
            },
            Message::HistoryListed,
        )
    }

    /// Puts the release on the clipboard for an email; like an export, it goes out to
    /// journalists, so while the checks find errors it asks first unless `anyway`.
    pub(super) fn copy_for_email(&mut self, ctx: &Context, anyway: bool) -> Action {
        if !anyway && checks::counts(&self.findings).0 > 0 {
            self.pending_export = Some(Outgoing::Copy);
            return Action::None;
        }
        let Some(document) = self.document.clone() else {
            return Action::None;
        };
        let logo = ctx.profile.letterhead.logo.clone();
        Action::Run(Task::perform(
            copy_for_email(document, logo),
            Message::Copied,
        ))
    }

    /// Exports the page; while the checks find errors, asks first unless `anyway`.
    pub(super) fn export(&mut self, format: Format, ctx: &Context, anyway: bool) -> Action {
        if self.busy {
            return Action::None;
        }
        if !anyway && checks::counts(&self.findings).0 > 0 {
            self.pending_export = Some(Outgoing::Export(format));
            return Action::None;
        }
        let Some(document) = self.document.clone() else {
            return Action::None;
        };
        let target = self.target(ctx, format.extension());
        self.busy = true;
        Action::Run(Task::perform(
            files::export(
                document,
                format,
                target,
                ctx.profile.letterhead.logo.clone(),
                self.photos_folder(ctx),
                ctx.i18n.language(),
            ),
            Message::Exported,
        ))
    }

    /// Where this release's photos are kept: beside its file, or in the archive folder
    /// (where it will be saved) while it has none.
    pub(super) fn photos_folder(&self, ctx: &Context) -> PathBuf {
        match &self.path {
            Some(path) => crate::photos::folder_for(path),
            None => ctx.archive.root().join(crate::photos::store::FOLDER),
        }
    }

    /// A dialog where there is one, the default folder where there is none.
    pub(super) fn target(&self, ctx: &Context, extension: &str) -> Target {
        let name = self.suggested_name(extension);
        if ctx.dialogs {
            Target::Dialog {
                name,
                folder: Some(
                    self.path
                        .as_ref()
                        .and_then(|p| p.parent())
                        .map(PathBuf::from)
                        .unwrap_or_else(|| ctx.default_folder()),
                ),
            }
        } else {
            Target::Folder {
                folder: ctx.default_folder(),
                name,
            }
        }
    }

    /// An export finished: where it went (and, for an email draft, how large it is), or why
    /// it failed.
    pub(super) fn exported(
        &mut self,
        result: Result<Option<Written>, FileError>,
        ctx: &Context,
    ) -> Action {
        self.busy = false;
        match result {
            Ok(Some(written)) => {
                let folder = written.path.parent().map(PathBuf::from);
                let mut text = ctx.i18n.tr_args(
                    "notice-exported",
                    &[("path", written.path.display().to_string().into())],
                );
                let is_eml = written.path.extension().is_some_and(|e| e == "eml");
                // The size a mail server will see, base64 included.
                let size = written.bytes;
                if is_eml {
                    let kb = size.div_ceil(1024).to_string();
                    let id = if size as usize > crate::export::LARGE_MESSAGE_BYTES {
                        "notice-eml-large"
                    } else {
                        "notice-eml-size"
                    };
                    text = format!("{text} {}", ctx.i18n.tr_args(id, &[("kb", kb.into())]));
                }
                Action::Notice(crate::gui::notice::exported(
                    &ctx.i18n,
                    text,
                    written.warning,
                    folder,
                ))
            }
            Ok(None) => Action::None,
            Err(error) => Action::Notice(Notice::error(
                ctx.i18n
                    .tr_args("error-export", &[("error", error.0.into())]),
            )),
        }
    }
}

/// Puts the release on the clipboard: the HTML fragment (with the letterhead logo when it
/// loads) and the plain text. `Ok(Some(…))` says what was left out.
async fn copy_for_email(
    mut document: crate::document::Document,
    logo: Option<PathBuf>,
) -> Result<Option<String>, String> {
    let warning = crate::letterhead::attach_logo(&mut document, logo.as_deref());
    let html = crate::export::to_html_fragment(&document);
    let text = crate::export::to_text(&document);
    crate::gui::clipboard::copy_html(&html, &text).map_err(|e| e.0)?;
    Ok(warning.map(|e| e.to_string()))
}
