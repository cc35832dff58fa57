//! The archive on the home screen: every release in the archive folder, searched as you
//! type and filtered, with its trash, its damaged files and the drafts to recover.
//!
//! The state outlives the home screen (the app keeps it while the editor is open), so a
//! search is still there on return. All reading happens in tasks; the catalog arrives whole
//! through a [`Handoff`] and is then refreshed from file stamps every few seconds, which
//! also notices what colleagues changed in a shared folder.

use std::path::{Path, PathBuf};

use iced::futures::channel::oneshot;
use iced::widget::{Column, button, column, container, row, text};
use iced::{Alignment, Element, Fill, Task};
use uuid::Uuid;

use crate::archive::catalog::{Changes, Filter, read_changes};
use crate::archive::store::Trashed;
use crate::archive::{Archive, Catalog, Draft};
use crate::gui::context::Context;
use crate::gui::font;
use crate::gui::handoff::Handoff;
use crate::gui::icon::{Icon, icon};
use crate::gui::notice::Notice;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{Choice, labeled_button, with_tooltip};
use crate::language::Language;
use crate::release::Status;

/// Rows drawn at first; "Show more" adds as many. Drawing 10,000 rows would make every
/// keystroke slow for nobody's benefit: a search narrows the list instead.
const PAGE: usize = 100;

mod filters;
pub mod import;
mod rows;
use rows::{damaged_list, release_row};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Releases,
    Trash,
    Damaged,
}

#[derive(Default)]
pub struct State {
    catalog: Option<Catalog>,
    problem: Option<String>,
    filter: Filter,
    results: Vec<u32>,
    shown: usize,
    view: View,
    trashed: Vec<Trashed>,
    refreshing: bool,
    /// Files that changed since the list was first read, by anyone.
    updated: usize,
    /// Autosaved drafts of a session that ended without saving: offered back.
    recoverable: Vec<Draft>,
    /// The release whose row shows the genres to start a new release from it in.
    basis_for: Option<PathBuf>,
    /// Past releases being imported.
    importing: Option<import::Importing>,
    /// The list came from a quick reading; the whole catalog is being read behind it.
    indexing: bool,
    /// Counts [`State::load`]s, so a whole reading of an archive the user has since left
    /// (another folder chosen) is not taken for the new one's.
    loads: u64,
}

#[derive(Debug, Clone)]
pub enum Message {
    Opened(Handoff<Catalog>, Option<String>),
    /// The whole catalog, read after the quick listing of the `load` it counts.
    Indexed(u64, Handoff<Catalog>),
    Poll,
    Refreshed(Result<Changes, String>),
    Search(String),
    Status(Choice<Option<Status>>),
    Template(Choice<Option<String>>),
    Language(Choice<Option<Language>>),
    Year(Choice<Option<i16>>),
    Tag(Choice<Option<String>>),
    ToggleOrder,
    ClearFilters,
    ShowMore,
    Show(View),
    TrashListed(Vec<(PathBuf, Option<jiff::Timestamp>)>),
    Open(PathBuf),
    /// Shows (or hides) the genres to start a new release from this one in.
    Basis(PathBuf),
    /// A new release of this genre (template id) from the release.
    BasisAs(PathBuf, String),
    Export(PathBuf),
    Reveal(PathBuf),
    Delete(PathBuf),
    Restore(PathBuf),
    Quarantine(PathBuf),
    Moved(Result<(Move, PathBuf), String>),
    Revealed(Result<(), String>),
    Recover(Uuid),
    DiscardDraft(Uuid),
    /// "Import…": a folder of past releases from a dialog; or files and folders dropped.
    Import,
    ImportPaths(Vec<PathBuf>),
    ImportProgress(import::Progress),
    CancelImport,
}

pub enum Action {
    None,
    Run(Task<Message>),
    RunAndTell(Task<Message>, Notice),
    Open(PathBuf),
    /// Start a new release of the genre (template id) from the release at the path.
    Basis(PathBuf, String),
    Export(PathBuf),
    Recover(Box<Draft>),
    Notice(Notice),
}

impl State {
    pub fn new() -> Self {
        Self {
            shown: PAGE,
            ..Self::default()
        }
    }

    pub fn catalog(&self) -> Option<&Catalog> {
        self.catalog.as_ref()
    }

    /// Paths of the releases listed now, in order (for tests and the status line).
    pub fn listed(&self) -> Vec<&Path> {
        let Some(catalog) = &self.catalog else {
            return Vec::new();
        };
        self.results
            .iter()
            .filter_map(|slot| catalog.entry(*slot))
            .map(|e| e.path.as_path())
            .collect()
    }

    pub fn recoverable(&self) -> &[Draft] {
        &self.recoverable
    }

    pub fn set_recoverable(&mut self, drafts: Vec<Draft>) {
        self.recoverable = drafts;
    }

    /// Reads the catalog in the background: from the index cache and the changed files
    /// read for their line only, so the list is there at once; when that left the index
    /// without some files' words, [`Message::Opened`] starts reading them in full.
    pub fn load(&mut self, ctx: &Context) -> Task<Message> {
        self.load_from(None, ctx)
    }

    /// As [`State::load`], taking the catalog [`read_early`] began reading when there is one.
    pub fn load_from(&mut self, early: Option<Early>, ctx: &Context) -> Task<Message> {
        self.catalog = None;
        self.results.clear();
        self.updated = 0;
        self.refreshing = true;
        self.indexing = false;
        self.loads += 1;
        let early = early.unwrap_or_else(|| read_early(ctx.archive.clone(), ctx.index_file()));
        let Some(mut reading) = early.take() else {
            return Task::none();
        };
        // Already read (with a GPU the window takes longer to start than the list): taken
        // now, not a frame later.
        if let Ok(Some((catalog, error))) = reading.try_recv() {
            return match self.update(Message::Opened(catalog, error), ctx) {
                Action::Run(task) => task,
                _ => Task::none(),
            };
        }
        Task::perform(reading, |read| match read {
            Ok((catalog, error)) => Message::Opened(catalog, error),
            // The reading thread stopped without a word: an empty list, and why.
            Err(_) => Message::Opened(
                Handoff::new(Catalog::default()),
                Some("the archive could not be read".into()),
            ),
        })
    }

    /// Reads every file the quick listing did not index, off the interface's thread, and
    /// caches the whole catalog. Polls wait until it arrives (`refreshing` stays set).
    fn read_in_full(&mut self, ctx: &Context) -> Task<Message> {
        self.indexing = true;
        let load = self.loads;
        let archive = ctx.archive.clone();
        let cache = ctx.index_file();
        Task::perform(
            async move {
                let (catalog, _) =
                    Catalog::open(&archive, cache.as_deref().unwrap_or(Path::new("")));
                if let Some(cache) = &cache {
                    let _ = catalog.write_cache(cache, archive.root());
                }
                Handoff::new(catalog)
            },
            move |catalog| Message::Indexed(load, catalog),
        )
    }

    /// Look at the folder again (after a save, or when the poll says so).
    pub fn refresh(&mut self, ctx: &Context) -> Task<Message> {
        let Some(catalog) = &self.catalog else {
            return Task::none();
        };
        if self.refreshing {
            return Task::none();
        }
        self.refreshing = true;
        let known = catalog.stamps();
        let archive = ctx.archive.clone();
        Task::perform(
            async move { read_changes(&archive, &known).map_err(|e| e.to_string()) },
            Message::Refreshed,
        )
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::Opened(catalog, problem) => {
                self.catalog = catalog.take();
                self.problem = problem;
                self.run_filter();
                trace("ready", self.catalog.as_ref().map_or(0, Catalog::len));
                if self.catalog.as_ref().is_some_and(|c| !c.is_complete()) {
                    return Action::Run(self.read_in_full(ctx));
                }
                self.refreshing = false;
            }
            Message::Indexed(load, _) if load != self.loads => {}
            Message::Indexed(_, catalog) => {
                self.refreshing = false;
                self.indexing = false;
                if let Some(catalog) = catalog.take() {
                    trace("indexed", catalog.len());
                    self.catalog = Some(catalog);
                    self.run_filter();
                }
            }
            Message::Poll => return Action::Run(self.refresh(ctx)),
            Message::Refreshed(result) => {
                self.refreshing = false;
                match result {
                    Ok(changes) if !changes.is_empty() => {
                        self.updated += changes.updated.len() + changes.removed.len();
                        if let Some(catalog) = &mut self.catalog {
                            catalog.apply(changes);
                        }
                        self.problem = None;
                        // The cache is written at the next start, after the few files
                        // changed since this one are read again: cheaper than rewriting it
                        // on every change.
                        self.run_filter();
                    }
                    Ok(_) => self.problem = None,
                    Err(problem) => self.problem = Some(problem),
                }
            }
            Message::Search(text) => {
                self.filter.text = text;
                self.run_filter();
            }
            Message::Status(choice) => self.set(|f| f.status = choice.value),
            Message::Template(choice) => self.set(|f| f.template = choice.value),
            Message::Language(choice) => self.set(|f| f.language = choice.value),
            Message::Year(choice) => self.set(|f| f.year = choice.value),
            Message::Tag(choice) => self.set(|f| f.tag = choice.value),
            Message::ToggleOrder => self.set(|f| f.oldest_first = !f.oldest_first),
            Message::ClearFilters => self.set(|f| *f = Filter::default()),
            Message::ShowMore => self.shown += PAGE,
            Message::Show(view) => {
                self.view = view;
                if view == View::Trash {
                    return Action::Run(self.list_trash(ctx));
                }
            }
            Message::TrashListed(items) => {
                self.trashed = items
                    .into_iter()
                    .map(|(path, deleted)| Trashed { path, deleted })
                    .collect();
            }
            Message::Open(path) => return Action::Open(path),
            Message::Basis(path) => {
                self.basis_for = match self.basis_for.take() {
                    Some(open) if open == path => None,
                    _ => Some(path),
                };
            }
            Message::BasisAs(path, template) => {
                self.basis_for = None;
                return Action::Basis(path, template);
            }
            Message::Export(path) => return Action::Export(path),
            Message::Import => {
                return Action::Run(Task::perform(import::choose(), Message::ImportPaths));
            }
            Message::ImportPaths(paths) => return self.start_import(paths, ctx),
            Message::ImportProgress(progress) => return self.import_progress(progress, ctx),
            Message::CancelImport => self.cancel_import(),
            Message::Reveal(path) => {
                return Action::Run(Task::perform(reveal(path), Message::Revealed));
            }
            Message::Revealed(Ok(())) => {}
            Message::Revealed(Err(problem)) | Message::Moved(Err(problem)) => {
                return Action::Notice(Notice::error(problem));
            }
            Message::Delete(path) => return self.move_file(ctx, path, Move::Trash),
            Message::Restore(path) => return self.move_file(ctx, path, Move::Restore),
            Message::Quarantine(path) => return self.move_file(ctx, path, Move::Quarantine),
            Message::Moved(Ok((how, to))) => {
                let notice = Notice::info(ctx.i18n.tr_args(
                    how.message_id(),
                    &[("path", to.display().to_string().into())],
                ))
                .with_folder(to.parent().map(Path::to_path_buf));
                let tasks = Task::batch([self.list_trash(ctx), self.refresh(ctx)]);
                return Action::RunAndTell(tasks, notice);
            }
            Message::Recover(id) => {
                if let Some(index) = self.recoverable.iter().position(|d| d.release.id == id) {
                    return Action::Recover(Box::new(self.recoverable.remove(index)));
                }
            }
            Message::DiscardDraft(id) => {
                self.recoverable.retain(|d| d.release.id != id);
                let drafts = ctx.drafts.clone();
                return Action::Run(Task::perform(async move { drafts.remove(id) }, |()| {
                    Message::Poll
                }));
            }
        }
        Action::None
    }

    fn set(&mut self, change: impl FnOnce(&mut Filter)) {
        change(&mut self.filter);
        self.run_filter();
    }

    fn run_filter(&mut self) {
        self.shown = PAGE;
        self.results = match &self.catalog {
            Some(catalog) => catalog.find(&self.filter),
            None => Vec::new(),
        };
    }

    fn list_trash(&self, ctx: &Context) -> Task<Message> {
        let archive = ctx.archive.clone();
        Task::perform(
            async move {
                archive
                    .trashed()
                    .into_iter()
                    .map(|t| (t.path, t.deleted))
                    .collect()
            },
            Message::TrashListed,
        )
    }

    fn move_file(&self, ctx: &Context, path: PathBuf, how: Move) -> Action {
        let archive = ctx.archive.clone();
        Action::Run(Task::perform(
            async move {
                let result = match how {
                    Move::Trash => archive.trash(&path),
                    Move::Restore => archive.restore(&path),
                    Move::Quarantine => archive.quarantine(&path),
                };
                result.map(|to| (how, to)).map_err(|e| e.to_string())
            },
            Message::Moved,
        ))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Trash,
    Restore,
    Quarantine,
}

impl Move {
    fn message_id(self) -> &'static str {
        match self {
            Move::Trash => "archive-moved-trash",
            Move::Restore => "archive-restored",
            Move::Quarantine => "archive-quarantined",
        }
    }
}

/// A catalog being read on a thread of its own, for [`State::load_from`].
pub type Early = Handoff<oneshot::Receiver<(Handoff<Catalog>, Option<String>)>>;

/// Starts reading the catalog of `archive` at once, quickly (see
/// [`Catalog::open_quickly`]), and writes the cache when it is complete.
pub fn read_early(archive: Archive, cache: Option<PathBuf>) -> Early {
    let (send, receive) = oneshot::channel();
    std::thread::spawn(move || {
        let (catalog, error) =
            Catalog::open_quickly(&archive, cache.as_deref().unwrap_or(Path::new("")));
        // A complete catalog is cached now; a quick one after its whole reading.
        // Without a cache the next start is slower, nothing worse.
        if let Some(cache) = &cache {
            let _ = catalog.write_cache(cache, archive.root());
        }
        let _ = send.send((Handoff::new(catalog), error.map(|e| e.to_string())));
    });
    Handoff::new(receive)
}

/// With `PRESSDESK_TRACE_STARTUP` set, says when the list became usable ("ready") and
/// when every word became searchable ("indexed"): the measures of the archive's start-up
/// in BENCHMARKS.md.
fn trace(what: &str, releases: usize) {
    if std::env::var_os("PRESSDESK_TRACE_STARTUP").is_none() {
        return;
    }
    if let Some(started) = crate::gui::STARTED.get() {
        eprintln!(
            "pressdesk: archive {what}: {releases} releases, {} ms after start",
            started.elapsed().as_millis()
        );
    }
}

/// Shows a file in the system's file manager, selected where the system can.
async fn reveal(path: PathBuf) -> Result<(), String> {
    let mut command = if cfg!(target_os = "windows") {
        let mut c = std::process::Command::new("explorer");
        c.arg(format!("/select,{}", path.display()));
        c
    } else if cfg!(target_os = "macos") {
        let mut c = std::process::Command::new("open");
        c.arg("-R").arg(&path);
        c
    } else {
        // xdg-open cannot select a file; it opens the folder that holds it.
        let mut c = std::process::Command::new("xdg-open");
        c.arg(path.parent().unwrap_or(Path::new(".")));
        c
    };
    command
        .spawn()
        .map(|_| ())
        .map_err(|e| format!("{}: {e}", path.display()))
}

impl State {
    pub fn view<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let Some(catalog) = &self.catalog else {
            return column![
                self.heading(ctx, 0),
                text(i18n.tr("archive-loading"))
                    .size(size::BODY)
                    .style(theme::muted),
            ]
            .spacing(space::M)
            .into();
        };
        let damaged = catalog.damaged();
        let mut body = column![self.heading(ctx, damaged.len())].spacing(space::M);
        if !self.recoverable.is_empty() {
            body = body.push(self.recovery(ctx));
        }
        if let Some(progress) = self.import_view(ctx) {
            body = body.push(progress);
        }
        if let Some(problem) = &self.problem {
            body = body.push(
                text(problem.as_str())
                    .size(size::SMALL)
                    .style(theme::danger_text),
            );
        }
        body = body.push(match self.view {
            View::Releases => self.releases(ctx, catalog),
            View::Trash => self.trash(ctx),
            View::Damaged => damaged_list(ctx, &damaged),
        });
        body.into()
    }

    fn heading<'a>(&'a self, ctx: &'a Context, damaged: usize) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let tab = |label: String, view: View| {
            button(text(label).size(size::BODY))
                .padding([4, 12])
                .style(theme::tab(self.view == view))
                .on_press(Message::Show(view))
        };
        let count = self.catalog.as_ref().map_or(0, Catalog::len);
        let mut tabs = row![
            tab(i18n.count("release-count", count), View::Releases),
            tab(i18n.tr("archive-trash"), View::Trash),
        ]
        .spacing(space::XS)
        .align_y(Alignment::Center);
        if damaged > 0 {
            tabs = tabs.push(tab(
                i18n.count("archive-damaged-count", damaged),
                View::Damaged,
            ));
        }
        let mut line = row![
            text(i18n.tr("archive-title"))
                .size(size::TITLE)
                .font(font::UI_SEMIBOLD),
            tabs,
            iced::widget::space().width(Fill),
        ]
        .spacing(space::L)
        .align_y(Alignment::Center);
        if self.updated > 0 {
            line = line.push(
                text(i18n.count("archive-updated", self.updated))
                    .size(size::SMALL)
                    .style(theme::muted),
            );
        }
        line = line.push(with_tooltip(
            labeled_button(
                Icon::Open,
                i18n.tr("import-button"),
                self.importing.is_none().then_some(Message::Import),
            )
            .style(theme::quiet),
            i18n.tr("import-hint"),
        ));
        line = line.push(with_tooltip(
            text(ctx.archive.root().display().to_string())
                .size(size::SMALL)
                .style(theme::muted),
            i18n.tr("archive-folder-hint"),
        ));
        line.into()
    }

    fn recovery<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let mut list = Column::new().spacing(space::S).push(
            row![
                icon(Icon::Recover).style(theme::accent_text),
                text(i18n.tr("archive-recover-title"))
                    .size(size::HEADING)
                    .font(font::UI_SEMIBOLD),
            ]
            .spacing(space::S)
            .align_y(Alignment::Center),
        );
        for draft in &self.recoverable {
            let title = match draft.release.title() {
                "" => i18n.tr("untitled"),
                title => title.to_string(),
            };
            let when = draft
                .autosaved
                .to_zoned_datetime(jiff::tz::TimeZone::system())
                .strftime("%d.%m.%Y %H:%M:%S")
                .to_string();
            let id = draft.release.id;
            list = list.push(
                row![
                    column![
                        text(title).size(size::BODY).font(font::UI_SEMIBOLD),
                        text(i18n.tr_args("archive-recover-when", &[("time", when.into())]))
                            .size(size::SMALL)
                            .style(theme::muted),
                    ]
                    .spacing(2)
                    .width(Fill),
                    button(text(i18n.tr("action-discard")).size(size::BODY))
                        .padding([6, 12])
                        .style(button::secondary)
                        .on_press(Message::DiscardDraft(id)),
                    button(text(i18n.tr("action-recover")).size(size::BODY))
                        .padding([6, 12])
                        .style(button::primary)
                        .on_press(Message::Recover(id)),
                ]
                .spacing(space::S)
                .align_y(Alignment::Center),
            );
        }
        container(list)
            .padding(space::M)
            .width(Fill)
            .style(|theme| theme::notice(theme, false))
            .into()
    }

    fn releases<'a>(&'a self, ctx: &'a Context, catalog: &'a Catalog) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let mut list = Column::new().spacing(2);
        for slot in self.results.iter().take(self.shown) {
            if let Some(entry) = catalog.entry(*slot) {
                let choosing = self.basis_for.as_deref() == Some(entry.path.as_path());
                list = list.push(release_row(ctx, entry, choosing));
            }
        }
        if self.results.is_empty() {
            let empty = if catalog.is_empty() {
                i18n.tr("archive-empty")
            } else {
                i18n.tr("archive-nothing-found")
            };
            list = list.push(
                container(text(empty).size(size::BODY).style(theme::muted)).padding(space::M),
            );
        }
        if self.results.len() > self.shown {
            list = list.push(
                button(
                    text(i18n.count("archive-show-more", self.results.len() - self.shown))
                        .size(size::BODY),
                )
                .padding([6, 12])
                .style(theme::quiet)
                .on_press(Message::ShowMore),
            );
        }
        column![
            self.filters(ctx, catalog),
            container(list)
                .padding(space::S)
                .width(Fill)
                .style(theme::card),
        ]
        .spacing(space::M)
        .into()
    }

    fn trash<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let mut list = Column::new().spacing(2);
        for item in &self.trashed {
            let name = item
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let when = item
                .deleted
                .map(|t| {
                    t.to_zoned_datetime(jiff::tz::TimeZone::system())
                        .strftime("%d.%m.%Y %H:%M")
                        .to_string()
                })
                .unwrap_or_default();
            list = list.push(
                row![
                    icon(Icon::File).style(theme::muted),
                    text(name).size(size::BODY).width(Fill),
                    text(when).size(size::SMALL).style(theme::muted),
                    labeled_button(
                        Icon::Restore,
                        i18n.tr("action-restore"),
                        Some(Message::Restore(item.path.clone())),
                    ),
                ]
                .spacing(space::S)
                .padding([4, 8])
                .align_y(Alignment::Center),
            );
        }
        if self.trashed.is_empty() {
            list = list.push(
                container(
                    text(i18n.tr("archive-trash-empty"))
                        .size(size::BODY)
                        .style(theme::muted),
                )
                .padding(space::M),
            );
        }
        container(list)
            .padding(space::S)
            .width(Fill)
            .style(theme::card)
            .into()
    }
}
