//! The release editor: the form on the left, the live preview on the right.
//!
//! Every edit goes through [`State::update`]: it records an undo step, changes the
//! release, and composes the preview again, so the page always shows what export writes.

mod areas;
mod background;
mod checks;
pub mod edit;
mod form;
mod list_item;
mod outgoing;
pub mod photos;
mod presentation;
mod quotes;
pub mod safety;
mod spelling;
mod statistics;
mod toolbar;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use iced::widget::{column, container, row, text_editor};
use iced::{Element, Fill, FillPortion, Task};

pub use areas::Area;
pub use edit::{Edit, Move};
pub use safety::{Conflict, ConflictChoice, Lock};

use crate::archive::store::{self, Fingerprint};
use crate::archive::workflow;
use crate::checks::{self as pre_send, Finding};
use crate::compose::compose;
use crate::document::Document;
use crate::draft;
use crate::gui::context::Context;
use crate::gui::files::{FileError, Format, Opened, SaveFailure, Saved, Written};
use crate::gui::notice::Notice;
use crate::gui::theme::space;
use crate::gui::undo::History;
use crate::gui::widget::preview;
use crate::language::Language;
use crate::release::Release;
use crate::template::Template;

pub struct State {
    release: Release,
    template: Template,
    path: Option<PathBuf>,
    dirty: bool,
    language: Language,
    areas: areas::Areas,
    /// What was typed into number and date fields, which may not parse yet.
    raw: BTreeMap<String, String>,
    history: History<Release>,
    document: Option<Document>,
    /// A save or export is running: its buttons wait.
    busy: bool,
    /// What the file held when it was opened or last saved.
    fingerprint: Option<Fingerprint>,
    lock: Option<Lock>,
    conflict: Option<Conflict>,
    autosave: safety::Autosave,
    /// What the right-hand side shows besides the page.
    panel: Panel,
    /// Earlier versions, while the history panel is open.
    versions: Vec<safety::Version>,
    /// What the pre-send checks say about the release now.
    findings: Vec<Finding>,
    /// What waits for "… anyway?" while the checks find errors: an export or a copy.
    pending_export: Option<Outgoing>,
    spelling: spelling::Spelling,
    /// The text area last typed or clicked in: where Ctrl+. looks for a misspelled word.
    last_area: Option<Area>,
    /// The photos' thumbnails, and the files that could not be read.
    pictures: photos::Pictures,
    /// Background work started while a message's action could carry no task.
    deferred: Vec<Task<Message>>,
}

/// The right-hand side of the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Page,
    History,
    Checks,
}

/// Something that sends the release out, held while the user answers "… anyway?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outgoing {
    Export(Format),
    Copy,
}

#[derive(Debug, Clone)]
pub enum Message {
    Edit(Edit),
    Area(Area, text_editor::Action),
    Language(Language),
    AddVersion(Language),
    Undo,
    Redo,
    Save,
    SaveAs,
    Export(Format),
    /// Put the release on the clipboard as HTML and text, to paste into an email.
    CopyForEmail,
    /// The copy is done; a warning when the letterhead logo had to be left out.
    Copied(Result<Option<String>, String>),
    Saved(Result<Option<Saved>, SaveFailure>),
    Exported(Result<Option<Written>, FileError>),
    Reopen,
    Reopened(Result<(Box<Release>, Fingerprint), String>),
    /// The window's poll looked at the file: what it holds now (`None`: gone).
    DiskChecked(Option<Fingerprint>),
    Conflict(ConflictChoice),
    Reloaded(Result<Opened, FileError>),
    Autosaved(Result<(), String>),
    ShowHistory,
    HideHistory,
    HistoryListed(Vec<safety::Version>),
    KeepVersion,
    VersionKept(Result<(), String>),
    RestoreVersion(PathBuf),
    VersionLoaded(Result<Box<Release>, String>),
    ShowChecks,
    HideChecks,
    /// Go to the field of the finding with this index (switching language if needed).
    GoToFinding(usize),
    ApplyFix(usize),
    ExportAnyway,
    CancelExport,
    /// The dictionaries have loaded: mark the texts.
    SpellingReady,
    /// Suggestions made off the window's thread.
    Suggested(Vec<((Language, String), crate::spelling::Suggested)>),
    /// A right-click in a text area, where (relative to the area).
    SpellAt(Area, iced::Point),
    /// Ctrl+.: the suggestions for the misspelled word at the text cursor.
    SpellHere,
    /// Put this suggestion in place of the word under the area.
    UseSuggestion(String),
    /// Put this suggestion in place of the word of the finding with this index.
    ReplaceWord(usize, String),
    AddToDictionary(String),
    AddedToDictionary(Result<String, String>),
    CloseSpelling,
    /// Toolbar buttons that the app handles (new, open, home, settings).
    Up(Request),
    /// Photos: from a dialog, dropped onto the window, pasted; copied in; a thumbnail made.
    AddPhotos,
    PhotosDropped(Vec<PathBuf>),
    PastePhoto,
    PhotosAdded(photos::Added),
    /// Why some could not be added, for the notice.
    PhotosRefused(String),
    Thumbnail(crate::gui::photos::Made),
}

impl Message {
    /// Messages that would change the release or its file: a locked release ignores them.
    fn changes_release(&self) -> bool {
        match self {
            Message::Edit(_)
            | Message::AddVersion(_)
            | Message::Undo
            | Message::Redo
            | Message::Save
            | Message::SaveAs
            | Message::RestoreVersion(_)
            | Message::ApplyFix(_)
            | Message::UseSuggestion(_)
            | Message::ReplaceWord(..)
            | Message::AddPhotos
            | Message::PhotosDropped(_)
            | Message::PastePhoto
            | Message::PhotosAdded(_) => true,
            Message::Area(_, action) => action.is_edit(),
            _ => false,
        }
    }
}

/// What the toolbar asks of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    Home,
    New,
    Open,
    Settings,
}

pub enum Action {
    None,
    Run(Task<Message>),
    /// The release is on disk at this path (remember it as recent); `then` finishes the
    /// editor's own follow-up (forgetting the autosaved draft).
    Saved {
        written: Written,
        title: String,
        then: Task<Message>,
    },
    /// The user cancelled a save dialog or the save failed: whatever waited for it stops.
    SaveAbandoned(Option<Notice>),
    Notice(Notice),
    Request(Request),
}

impl State {
    pub fn new(release: Release, path: Option<PathBuf>, ctx: &Context) -> Self {
        let template = ctx.template(&release.template);
        let language = release
            .versions
            .first()
            .map(|v| v.language)
            .unwrap_or(Language::Ru);
        let mut state = Self {
            areas: areas::Areas::build(&release, language),
            spelling: spelling::Spelling::new(&release, ctx),
            last_area: None,
            pictures: Default::default(),
            deferred: Vec::new(),
            release,
            template,
            path,
            dirty: false,
            language,
            raw: BTreeMap::new(),
            history: History::default(),
            document: None,
            busy: false,
            fingerprint: None,
            lock: None,
            conflict: None,
            autosave: safety::Autosave::default(),
            panel: Panel::Page,
            versions: Vec::new(),
            findings: Vec::new(),
            pending_export: None,
        };
        state.lock_if_approved();
        state.recompose(ctx);
        state
    }

    /// A release opened from a file. Texts still marked drafted are drafted again from the
    /// facts, so a file whose facts were changed outside the app (or written with empty
    /// drafts) opens with its text; if that changed anything, the release is unsaved. An
    /// approved or sent release is left exactly as it was signed off, and a newer file's
    /// as it was written.
    pub fn opened(opened: Opened, ctx: &Context) -> Self {
        let mut release = *opened.release;
        let template = ctx.template(&release.template);
        // A file from a newer Pressdesk is shown as it is, read-only.
        let redrafted = if workflow::is_locked(release.status) || opened.newer.is_some() {
            0
        } else {
            // Dates typed as 2025-10-31 show as the form writes them (31.10.2026); the same
            // date either way, so this alone leaves the release saved.
            crate::draft::normalise_dates(&mut release, &template);
            crate::draft::redraft(&mut release, &template, &ctx.profile)
        };
        let mut state = Self::new(release, Some(opened.path), ctx);
        state.fingerprint = opened.fingerprint;
        if let Some(found) = opened.newer {
            state.lock = Some(Lock::Newer(found));
        }
        if redrafted > 0 {
            state.dirty = true;
        }
        state
    }

    /// A release brought back from its autosaved draft: unsaved, so the user decides.
    pub fn recovered(draft: crate::archive::Draft, ctx: &Context) -> Self {
        let mut state = Self::new(draft.release, draft.target, ctx);
        state.fingerprint = draft.base;
        state.lock = None;
        state.dirty = true;
        state
    }

    /// A release that exists only in memory (started from another): closing asks first.
    pub fn mark_unsaved(&mut self) {
        self.mark_dirty();
    }

    fn lock_if_approved(&mut self) {
        if self.path.is_some() && workflow::is_locked(self.release.status) {
            self.lock = Some(Lock::Status(self.release.status));
        }
    }

    pub fn lock(&self) -> Option<Lock> {
        self.lock
    }

    pub fn conflict(&self) -> Option<Conflict> {
        self.conflict
    }

    pub fn fingerprint(&self) -> Option<Fingerprint> {
        self.fingerprint
    }

    /// Whether edits wait for a draft to be written (the window then ticks faster).
    pub fn autosave_pending(&self) -> bool {
        self.autosave.has_pending()
    }

    /// Writes the autosaved draft when it is due.
    pub fn autosave(&mut self, ctx: &Context, now: Instant) -> Option<Task<Message>> {
        if !self.dirty || !self.autosave.due(now) {
            return None;
        }
        self.autosave.started(now);
        let drafts = ctx.drafts.clone();
        let release = self.release.clone();
        let target = self.path.clone();
        let base = self.fingerprint;
        Some(Task::perform(
            async move {
                drafts
                    .write(&release, target.as_deref(), base)
                    .map_err(|e| e.to_string())
            },
            Message::Autosaved,
        ))
    }

    /// The draft is no longer needed (saved, or the changes discarded).
    pub fn forget_draft(&mut self, ctx: &Context) -> Task<Message> {
        self.autosave.clear();
        let drafts = ctx.drafts.clone();
        let id = self.release.id;
        Task::perform(async move { drafts.remove(id) }, |()| {
            Message::Autosaved(Ok(()))
        })
    }

    /// Asks the disk whether the open file changed (the window's poll).
    pub fn check_disk(&self) -> Option<Task<Message>> {
        let path = self.path.clone()?;
        self.fingerprint?;
        if self.busy || self.conflict.is_some() {
            return None;
        }
        Some(Task::perform(
            async move { Fingerprint::of_file(&path).ok().flatten() },
            Message::DiskChecked,
        ))
    }

    pub fn release(&self) -> &Release {
        &self.release
    }

    pub fn document(&self) -> Option<&Document> {
        self.document.as_ref()
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// For the window title.
    pub fn title(&self) -> String {
        let headline = self
            .release
            .version(self.language)
            .map(|v| v.headline.text.trim())
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| self.release.title());
        headline.chars().take(80).collect()
    }

    /// Settings changed (profile, typography): compose the preview again.
    pub fn recompose(&mut self, ctx: &Context) {
        self.document = compose(&self.release, self.language, &ctx.profile).ok();
        let today = crate::clock::today();
        self.findings = pre_send::check_with(
            &self.release,
            Some(&self.template),
            &ctx.profile,
            today,
            ctx.i18n.language(),
        );
        self.spelling.follow(&self.release, ctx);
        self.findings
            .extend(self.spelling.findings(&self.release, ctx));
    }

    /// The pre-send checks' findings for the release as it is now.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    pub fn panel(&self) -> Panel {
        self.panel
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Action {
        let action = self.handle(message, ctx);
        self.with_background(action, ctx)
    }

    fn handle(&mut self, message: Message, ctx: &Context) -> Action {
        if self.lock.is_some() && message.changes_release() {
            return Action::None;
        }
        match message {
            Message::Edit(edit) => {
                let typing = edit.typing_in(self.language);
                self.history.record(&self.release, typing.as_deref());
                let scope = edit::Scope {
                    template: &self.template,
                    profile: &ctx.profile,
                    lang: self.language,
                };
                edit::apply(&mut self.release, edit, &scope, &mut self.raw);
                self.changed(ctx);
                self.areas = areas::Areas::build(&self.release, self.language);
                self.spelling.remark();
            }
            Message::Area(area, action) => {
                self.last_area = Some(area);
                let is_edit = action.is_edit();
                if is_edit {
                    self.spelling.close_menu();
                }
                if is_edit {
                    self.history
                        .record(&self.release, Some(&area.typing_key(self.language)));
                }
                let Some(content) = self.areas.get_mut(area) else {
                    return Action::None;
                };
                content.perform(action);
                if is_edit {
                    let text = content.text();
                    areas::store(&mut self.release, self.language, area, text);
                    self.changed(ctx);
                }
            }
            Message::Language(language) => {
                if self.release.version(language).is_some() {
                    self.language = language;
                    self.history.break_typing();
                    self.reload(ctx);
                }
            }
            Message::AddVersion(language) => {
                self.history.record(&self.release, None);
                match draft::add_version(&mut self.release, &self.template, language, &ctx.profile)
                {
                    Ok(()) => {
                        self.language = language;
                        self.mark_dirty();
                        self.reload(ctx);
                    }
                    Err(error) => return Action::Notice(Notice::error(error.to_string())),
                }
            }
            Message::Undo => {
                if let Some(previous) = self.history.undo(&self.release) {
                    self.release = previous;
                    self.mark_dirty();
                    self.reload(ctx);
                }
            }
            Message::Redo => {
                if let Some(next) = self.history.redo(&self.release) {
                    self.release = next;
                    self.mark_dirty();
                    self.reload(ctx);
                }
            }
            Message::Save => return self.save(ctx, false),
            Message::SaveAs => return self.save(ctx, true),
            Message::Export(format) => return self.export(format, ctx, false),
            Message::Saved(result) => {
                self.busy = false;
                return match result {
                    Ok(Some(Saved {
                        written,
                        fingerprint,
                    })) => {
                        let photos_were = self.photos_folder(ctx);
                        self.path = Some(written.path.clone());
                        self.fingerprint = Some(fingerprint);
                        self.dirty = false;
                        self.conflict = None;
                        self.history.break_typing();
                        self.lock_if_approved();
                        let forget = self.forget_draft(ctx);
                        let carry = self.carry_photos(photos_were, ctx);
                        Action::Saved {
                            written,
                            title: self.release.title().to_string(),
                            then: Task::batch([forget, carry]),
                        }
                    }
                    Ok(None) => Action::SaveAbandoned(None),
                    Err(SaveFailure::Changed) => {
                        self.conflict = Some(Conflict::SaveRefused);
                        Action::SaveAbandoned(None)
                    }
                    Err(SaveFailure::Failed(error)) => Action::SaveAbandoned(Some(Notice::error(
                        ctx.i18n.tr_args("error-save", &[("error", error.0.into())]),
                    ))),
                };
            }
            Message::Reopen => return self.reopen(ctx),
            Message::Reopened(Ok((release, fingerprint))) => {
                self.busy = false;
                self.release = *release;
                self.fingerprint = Some(fingerprint);
                self.lock = None;
                self.dirty = false;
                self.reload(ctx);
                return Action::Notice(Notice::info(ctx.i18n.tr("notice-reopened")));
            }
            Message::Reopened(Err(error)) => {
                self.busy = false;
                return Action::Notice(Notice::error(error));
            }
            Message::DiskChecked(now) => {
                if self.fingerprint.is_some() && now != self.fingerprint && self.conflict.is_none()
                {
                    self.conflict = Some(Conflict::Noticed);
                }
            }
            Message::Conflict(choice) => return self.resolve(choice, ctx),
            Message::Reloaded(Ok(opened)) => {
                let language = self.language;
                *self = State::opened(opened, ctx);
                if self.release.version(language).is_some() {
                    self.language = language;
                    self.reload(ctx);
                }
                return Action::Run(self.forget_draft(ctx));
            }
            Message::Reloaded(Err(error)) => {
                return Action::Notice(Notice::error(
                    ctx.i18n.tr_args("error-open", &[("error", error.0.into())]),
                ));
            }
            Message::Autosaved(result) => self.autosave.finished(result),
            Message::ShowHistory => {
                self.panel = Panel::History;
                self.versions.clear();
                return Action::Run(self.list_history(ctx));
            }
            Message::HideHistory | Message::HideChecks => self.panel = Panel::Page,
            Message::HistoryListed(versions) => {
                if self.panel == Panel::History {
                    self.versions = versions;
                }
            }
            Message::ShowChecks => {
                self.panel = Panel::Checks;
                self.pending_export = None;
            }
            Message::GoToFinding(index) => {
                let Some(finding) = self.findings.get(index).cloned() else {
                    return Action::None;
                };
                if let Some(lang) = finding.language
                    && lang != self.language
                    && self.release.version(lang).is_some()
                {
                    self.language = lang;
                    self.history.break_typing();
                    self.reload(ctx);
                }
                return match checks::widget_id(&finding.field) {
                    Some(id) => Action::Run(iced::widget::operation::focus(id)),
                    None => Action::None,
                };
            }
            Message::ApplyFix(index) => {
                let Some(fix) = self.findings.get(index).and_then(|f| f.fix.clone()) else {
                    return Action::None;
                };
                let before = self.release.clone();
                if fix.apply(&mut self.release) {
                    // Recorded like any edit, so Ctrl+Z takes the fix back.
                    self.history.record(&before, None);
                    self.mark_dirty();
                    self.reload(ctx);
                }
            }
            Message::ExportAnyway => match self.pending_export.take() {
                Some(Outgoing::Export(format)) => return self.export(format, ctx, true),
                Some(Outgoing::Copy) => return self.copy_for_email(ctx, true),
                None => {}
            },
            Message::CancelExport => self.pending_export = None,
            Message::KeepVersion => {
                let (Some(path), false) = (self.path.clone(), self.dirty) else {
                    return Action::None;
                };
                let archive = ctx.archive.clone();
                let id = self.release.id;
                return Action::Run(Task::perform(
                    async move {
                        archive
                            .keep_version(&path, id)
                            .map(|_| ())
                            .map_err(|e| e.to_string())
                    },
                    Message::VersionKept,
                ));
            }
            Message::VersionKept(Ok(())) => return Action::Run(self.list_history(ctx)),
            Message::VersionKept(Err(error)) | Message::VersionLoaded(Err(error)) => {
                return Action::Notice(Notice::error(error));
            }
            Message::RestoreVersion(version) => {
                // What is on disk now goes into the history first, so restoring can be
                // undone even after saving.
                let archive = ctx.archive.clone();
                let current = self.path.clone();
                let id = self.release.id;
                return Action::Run(Task::perform(
                    async move {
                        if let Some(current) = current.filter(|p| p.exists()) {
                            archive
                                .keep_version(&current, id)
                                .map_err(|e| e.to_string())?;
                        }
                        store::load_file(&version)
                            .map(|loaded| Box::new(loaded.release))
                            .map_err(|e| e.to_string())
                    },
                    Message::VersionLoaded,
                ));
            }
            Message::VersionLoaded(Ok(old)) => {
                self.history.record(&self.release, None);
                let id = self.release.id;
                self.release = *old;
                self.release.id = id;
                self.release.status = crate::release::Status::Draft;
                self.mark_dirty();
                self.reload(ctx);
                return Action::Run(self.list_history(ctx));
            }
            Message::CopyForEmail => return self.copy_for_email(ctx, false),
            Message::Copied(result) => {
                return Action::Notice(match result {
                    Ok(warning) => crate::gui::notice::exported(
                        &ctx.i18n,
                        ctx.i18n.tr("notice-copied"),
                        warning,
                        None,
                    ),
                    Err(error) => Notice::error(
                        ctx.i18n
                            .tr_args("error-clipboard", &[("error", error.into())]),
                    ),
                });
            }
            Message::Exported(result) => return self.exported(result, ctx),
            message @ (Message::AddPhotos
            | Message::PhotosDropped(_)
            | Message::PastePhoto
            | Message::PhotosAdded(_)
            | Message::PhotosRefused(_)
            | Message::Thumbnail(_)) => return self.photos_message(message, ctx),
            message @ (Message::SpellingReady
            | Message::Suggested(_)
            | Message::SpellAt(..)
            | Message::SpellHere
            | Message::UseSuggestion(_)
            | Message::ReplaceWord(..)
            | Message::AddToDictionary(_)
            | Message::AddedToDictionary(_)
            | Message::CloseSpelling) => return self.spell(message, ctx),
            Message::Up(request) => return Action::Request(request),
        }
        Action::None
    }

    /// The suggestions shown under a text area, if any.
    pub fn spelling_menu(&self) -> Option<&spelling::Menu> {
        self.spelling.menu()
    }

    /// After an edit: the file differs from the release, and the preview follows.
    fn changed(&mut self, ctx: &Context) {
        self.mark_dirty();
        self.recompose(ctx);
    }

    fn mark_dirty(&mut self) {
        self.dirty = true;
        self.autosave.edited(Instant::now());
    }

    /// After the release was replaced wholesale (undo, another tab): every field shows
    /// the release again.
    fn reload(&mut self, ctx: &Context) {
        if self.release.version(self.language).is_none() {
            self.language = self
                .release
                .versions
                .first()
                .map(|v| v.language)
                .unwrap_or(Language::Ru);
        }
        self.raw.clear();
        self.areas = areas::Areas::build(&self.release, self.language);
        self.spelling.remark();
        self.recompose(ctx);
    }

    pub fn view<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let page = crate::gui::widget::scroll(
            // The page keeps its paper width and sits in the middle when it has the whole
            // window (a read-only release has no form beside it).
            container(
                container(preview::view(
                    self.document.as_ref(),
                    &self.pictures.thumbnails,
                    &ctx.i18n,
                ))
                .max_width(760),
            )
            .padding(space::XL)
            .center_x(Fill),
        )
        .height(Fill);
        let side: Element<'a, Message> = match self.panel {
            Panel::History => crate::gui::widget::scroll(
                container(safety::history_panel(self, &self.versions, ctx)).padding(space::XL),
            )
            .height(Fill)
            .into(),
            Panel::Checks => {
                crate::gui::widget::scroll(container(checks::panel(self, ctx)).padding(space::XL))
                    .height(Fill)
                    .into()
            }
            Panel::Page => page.into(),
        };
        let mut screen = column![toolbar::view(self, ctx)];
        if let Some(outgoing) = self.pending_export {
            screen = screen.push(checks::export_question(self, outgoing, ctx));
        }
        if let Some(conflict) = self.conflict {
            screen = screen.push(safety::conflict_banner(conflict, ctx));
        }
        if let Some(lock) = self.lock {
            // Read-only: the page as it will go out, nothing to type into.
            screen = screen.push(safety::lock_banner(lock, ctx));
            return screen.push(container(side).height(Fill)).into();
        }
        let form = crate::gui::widget::scroll(
            container(form::view(self, ctx))
                .padding([space::L, space::XL])
                .width(Fill),
        )
        .id("editor-form")
        .height(Fill);
        screen
            .push(
                row![
                    container(form).width(FillPortion(11)),
                    container(side).width(FillPortion(9)),
                ]
                .height(Fill),
            )
            .into()
    }
}
