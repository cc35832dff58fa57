//! Past releases brought into the archive from the window: "Import…" asks for a folder (or
//! files are dropped onto the archive), the files are read on a thread of their own with a
//! progress bar and Cancel, and the archive list takes them in as they arrive. The same
//! import as `pressdesk import` ([`crate::archive::import`]).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iced::futures::channel::mpsc;
use iced::widget::{button, column, progress_bar, row, text};
use iced::{Alignment, Element, Fill, Task};

use super::{Action, Message, State};
use crate::archive::Archive;
use crate::archive::import::{self, Outcome};
use crate::gui::context::Context;
use crate::gui::notice::Notice;
use crate::gui::theme::{self, size, space};
use crate::language::Language;

/// An import under way.
#[derive(Debug)]
pub struct Importing {
    done: usize,
    total: usize,
    imported: usize,
    skipped: usize,
    failed: Vec<String>,
    cancel: Arc<AtomicBool>,
}

/// What the import thread says as it goes.
#[derive(Debug, Clone)]
pub enum Progress {
    Started(usize),
    /// One file done: imported (`Ok(true)`), skipped as imported before (`Ok(false)`), or
    /// not read, with the file's name and why.
    File(Result<bool, String>),
    Finished {
        cancelled: bool,
    },
}

/// Files and folders that are worth offering to the import when dropped.
pub fn is_importable(path: &std::path::Path) -> bool {
    path.is_dir() || import::is_importable(path)
}

/// Asks for a folder of past releases.
pub async fn choose() -> Vec<PathBuf> {
    rfd::AsyncFileDialog::new()
        .pick_folder()
        .await
        .map(|h| vec![h.path().to_path_buf()])
        .unwrap_or_default()
}

impl State {
    /// Starts importing `paths` (nothing while another import runs).
    pub(super) fn start_import(&mut self, paths: Vec<PathBuf>, ctx: &Context) -> Action {
        if paths.is_empty() || self.importing.is_some() {
            return Action::None;
        }
        let cancel = Arc::new(AtomicBool::new(false));
        self.importing = Some(Importing {
            done: 0,
            total: 0,
            imported: 0,
            skipped: 0,
            failed: Vec::new(),
            cancel: cancel.clone(),
        });
        let (sender, receiver) = mpsc::unbounded();
        let archive = ctx.archive.clone();
        let ui = ctx.i18n.language();
        std::thread::spawn(move || run(&archive, &paths, ui, &cancel, &sender));
        Action::Run(Task::run(receiver, Message::ImportProgress))
    }

    /// A step of the import: counted; at the end, the list looks at the folder again and
    /// a notice says what came in.
    pub(super) fn import_progress(&mut self, progress: Progress, ctx: &Context) -> Action {
        let Some(importing) = &mut self.importing else {
            return Action::None;
        };
        match progress {
            Progress::Started(total) => importing.total = total,
            Progress::File(result) => {
                importing.done += 1;
                match result {
                    Ok(true) => importing.imported += 1,
                    Ok(false) => importing.skipped += 1,
                    Err(why) => importing.failed.push(why),
                }
            }
            Progress::Finished { cancelled } => {
                let Some(done) = self.importing.take() else {
                    return Action::None;
                };
                let i18n = &ctx.i18n;
                let mut said = i18n.tr_args(
                    "import-done",
                    &[
                        ("imported", done.imported.into()),
                        ("skipped", done.skipped.into()),
                        ("failed", done.failed.len().into()),
                    ],
                );
                if cancelled {
                    said = format!("{} {said}", i18n.tr("import-cancelled"));
                }
                let notice = if done.failed.is_empty() {
                    Notice::info(said)
                } else {
                    Notice::error(format!("{said} {}", done.failed.join("; ")))
                };
                return Action::RunAndTell(self.refresh(ctx), notice);
            }
        }
        Action::None
    }

    pub(super) fn cancel_import(&mut self) {
        if let Some(importing) = &self.importing {
            importing.cancel.store(true, Ordering::Relaxed);
        }
    }

    /// The progress line above the list while an import runs.
    pub(super) fn import_view<'a>(&'a self, ctx: &'a Context) -> Option<Element<'a, Message>> {
        let importing = self.importing.as_ref()?;
        let i18n = &ctx.i18n;
        let label = i18n.tr_args(
            "import-progress",
            &[
                ("done", importing.done.into()),
                ("total", importing.total.into()),
            ],
        );
        Some(
            column![
                row![
                    text(label).size(size::SMALL),
                    iced::widget::space().width(Fill),
                    button(text(i18n.tr("import-cancel")).size(size::SMALL))
                        .style(theme::quiet)
                        .on_press(Message::CancelImport),
                ]
                .align_y(Alignment::Center),
                progress_bar(0.0..=importing.total.max(1) as f32, importing.done as f32).girth(6),
            ]
            .spacing(space::XS)
            .into(),
        )
    }
}

/// The import itself, on its own thread: each file in turn until done or cancelled.
fn run(
    archive: &Archive,
    paths: &[PathBuf],
    ui: Language,
    cancel: &AtomicBool,
    sender: &mpsc::UnboundedSender<Progress>,
) {
    let files = import::files_under(paths);
    let _ = sender.unbounded_send(Progress::Started(files.len()));
    for file in &files {
        if cancel.load(Ordering::Relaxed) {
            let _ = sender.unbounded_send(Progress::Finished { cancelled: true });
            return;
        }
        let result = match import::import_file(archive, file) {
            Ok(Outcome::Imported { .. }) => Ok(true),
            Ok(Outcome::Duplicate { .. }) => Ok(false),
            Err(error) => {
                let name = file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                Err(format!("{name}: {}", error.in_language(ui)))
            }
        };
        let _ = sender.unbounded_send(Progress::File(result));
    }
    let _ = sender.unbounded_send(Progress::Finished { cancelled: false });
}
