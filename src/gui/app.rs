//! The application: which screen is showing, the questions that guard unsaved work, and
//! the start-up, shortcut and window plumbing around the screens.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use iced::keyboard;
use iced::widget::{column, container, stack};
use iced::{Element, Fill, Subscription, Task, Theme, window};

use super::context::Context;
use super::files::{self, FileError, Format, Opened, Written};
use super::notice::Notice;
use super::prefs::{self, Prefs};
use super::recent::{self, Recent};
use super::screen::{archive, editor, home, settings, text_check, typeset};
use super::theme::space;
use crate::archive::{Archive, Draft, workflow};
use crate::draft;
use crate::paths::Paths;
use crate::profile::Profile;
use crate::storage;
use crate::template::TemplateSet;

mod archive_flow;
mod keys;
mod prompts;
mod settings_flow;
mod startup;
#[cfg(test)]
mod tests;
mod text_check_flow;
mod typeset_flow;

use archive_flow::file_drops;
use keys::shortcut;
use prompts::{notice_bar, prompt};
pub use startup::Startup;
use startup::{load_dictionaries, load_startup};

pub struct App {
    ctx: Context,
    screen: Screen,
    /// The archive list outlives the home screen, so a search is still there on return.
    archive: archive::State,
    last_poll: Option<Instant>,
    theme: Theme,
    /// Asked before unsaved changes would be lost: what to do once answered.
    prompt: Option<Pending>,
    /// What to do once the save started from the prompt has finished.
    after_save: Option<Pending>,
    notice: Option<Notice>,
    /// The spelling dictionaries were asked for (once a text to check is open).
    dictionaries: bool,
}

enum Screen {
    Home(home::State),
    Editor(Box<editor::State>),
    /// A text handed to the press office, checked read-only.
    TextCheck(Box<text_check::State>),
    /// "Paste and typeset": a pasted text set by the export engine.
    Typeset(Box<typeset::State>),
    Settings {
        settings: Box<settings::State>,
        back: Back,
    },
}

/// Where Settings returns to; an open release waits there untouched.
enum Back {
    Home,
    Editor(Box<editor::State>),
}

/// Something that replaces or closes the open release.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    Home,
    Open,
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Save,
    Discard,
    Cancel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    New,
    Open,
    Save,
    SaveAs,
    Export,
    Undo,
    Redo,
    Settings,
    /// Ctrl+.: the suggestions for the misspelled word at the text cursor.
    Spelling,
}

#[derive(Debug, Clone)]
pub enum Message {
    Home(home::Message),
    Archive(archive::Message),
    Editor(editor::Message),
    /// The clock: autosave when due, and look at the archive folder every few seconds.
    Tick(Instant),
    /// A release loaded to start a new one of the genre (template id) from.
    BasisLoaded(Result<Opened, FileError>, String),
    /// "Export DOCX again" from the archive: the release is read; export it, or ask first
    /// when the checks find errors.
    ExportAgainLoaded(Result<Opened, FileError>),
    ExportedAgain(Result<Option<Written>, FileError>),
    Settings(settings::Message),
    Started(Box<Startup>),
    Shortcut(Shortcut),
    Focus {
        forward: bool,
    },
    CloseRequested(window::Id),
    Answer(Answer),
    Picked(Option<PathBuf>),
    Loaded(Result<Opened, FileError>),
    TextCheck(text_check::Message),
    Typeset(typeset::Message),
    /// A text to check was read: its path and paragraphs.
    TextRead(Result<(PathBuf, Vec<String>), String>),
    SettingsSaved(Result<(), FileError>),
    Written(Result<(), FileError>),
    DismissNotice,
    OpenFolder(PathBuf),
    /// The spelling dictionaries have loaded (on a thread of their own).
    SpellingReady,
    /// A file or folder dropped onto the window: photos for the editor, past releases for
    /// the archive.
    Dropped(PathBuf),
    Quit,
}

impl App {
    /// The window's first state; the saved settings arrive with [`Message::Started`].
    pub fn boot(open: Option<PathBuf>) -> (Self, Task<Message>) {
        Self::boot_in(Paths::discover(), files::native_dialogs_available(), open)
    }

    /// Starts over the given folders, as a new start of the program would (tests use it to
    /// start "again" after a simulated crash).
    pub fn boot_in(
        paths: Option<Paths>,
        dialogs: bool,
        open: Option<PathBuf>,
    ) -> (Self, Task<Message>) {
        let ctx = Context::new(paths.clone(), dialogs);
        let app = Self::with_context(ctx);
        let task = Task::perform(load_startup(paths, open), |s| Message::Started(Box::new(s)));
        (app, task)
    }

    /// An app over a given context, for tests: nothing is read from disk.
    pub fn with_context(ctx: Context) -> Self {
        let theme = ctx.prefs.theme.theme();
        Self {
            screen: Screen::Home(home::State::new(ctx.profile.default_language)),
            archive: archive::State::new(),
            last_poll: None,
            ctx,
            theme,
            prompt: None,
            after_save: None,
            notice: None,
            dictionaries: false,
        }
    }

    pub fn context(&self) -> &Context {
        &self.ctx
    }

    /// The open release's editor, when the editor is showing.
    pub fn archive(&self) -> &archive::State {
        &self.archive
    }

    pub fn editor(&self) -> Option<&editor::State> {
        match &self.screen {
            Screen::Editor(editor) => Some(editor),
            _ => None,
        }
    }

    /// The text being checked, when "Check a text" is showing.
    pub fn text_check(&self) -> Option<&text_check::State> {
        match &self.screen {
            Screen::TextCheck(state) => Some(state),
            _ => None,
        }
    }

    /// The pasted text, when "Paste and typeset" is showing.
    pub fn typeset(&self) -> Option<&typeset::State> {
        match &self.screen {
            Screen::Typeset(state) => Some(state),
            _ => None,
        }
    }

    pub fn prompt(&self) -> Option<&Pending> {
        self.prompt.as_ref()
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn is_settings(&self) -> bool {
        matches!(self.screen, Screen::Settings { .. })
    }

    pub fn title(&self) -> String {
        match &self.screen {
            Screen::Editor(editor) => {
                let headline = editor.title();
                let name = if headline.is_empty() {
                    self.ctx.i18n.tr("untitled")
                } else {
                    headline
                };
                let marker = if editor.is_dirty() { "• " } else { "" };
                format!("{marker}{name} — Pressdesk")
            }
            Screen::Settings { .. } => {
                format!("{} — Pressdesk", self.ctx.i18n.tr("settings-title"))
            }
            Screen::TextCheck(state) => {
                let name = state
                    .path()
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                format!("{name} — Pressdesk")
            }
            Screen::Typeset(_) => format!("{} — Pressdesk", self.ctx.i18n.tr("typeset-title")),
            Screen::Home(_) => "Pressdesk".to_string(),
        }
    }

    pub fn theme(&self) -> Theme {
        self.theme.clone()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        // Quick ticks only while typed text waits for its draft; otherwise a calm poll.
        let period = if self.editor().is_some_and(editor::State::autosave_pending) {
            Duration::from_millis(500)
        } else {
            POLL
        };
        Subscription::batch([
            keyboard::listen().filter_map(shortcut),
            window::close_requests().map(Message::CloseRequested),
            file_drops(),
            super::ticker::every(period).map(Message::Tick),
        ])
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let task = self.handle(message);
        // The spelling dictionaries (some 30 MB, a tenth of a second to read) once a text
        // to check is open: the home screen and the archive do without them.
        if !self.dictionaries && matches!(self.screen, Screen::Editor(_) | Screen::TextCheck(_)) {
            self.dictionaries = true;
            return Task::batch([task, load_dictionaries()]);
        }
        task
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Home(message) => {
                let Screen::Home(home) = &mut self.screen else {
                    return Task::none();
                };
                match home.update(message) {
                    home::Action::None => Task::none(),
                    home::Action::New { template, language } => {
                        self.new_release(&template, language);
                        Task::none()
                    }
                    home::Action::Open => self.proceed(Pending::Open),
                    home::Action::OpenPath(path) => open_path(path, self.ctx.i18n.language()),
                    home::Action::Settings => self.open_settings(),
                    home::Action::Typeset => {
                        self.screen = Screen::Typeset(Box::default());
                        Task::none()
                    }
                }
            }
            Message::Archive(message) => {
                let action = self.archive.update(message, &self.ctx);
                self.archive_action(action)
            }
            Message::Editor(message) => {
                let Screen::Editor(editor) = &mut self.screen else {
                    return Task::none();
                };
                let action = editor.update(message, &self.ctx);
                self.editor_action(action)
            }
            Message::Tick(now) => self.tick(now),
            Message::Dropped(path) => self.dropped(path),
            Message::BasisLoaded(Ok(opened), genre) => {
                let now = crate::clock::now();
                let (today, stamp) = (now.date(), now.timestamp());
                let (ctx, earlier) = (&self.ctx, &opened.release);
                let carried = genre != earlier.template && ctx.templates.get(&genre).is_some();
                let notice = if carried {
                    "notice-basis-genre"
                } else {
                    "notice-basis"
                };
                let release = match ctx.templates.get(&genre) {
                    Some(template) if genre != earlier.template => workflow::carry_into(
                        earlier,
                        &ctx.templates,
                        template,
                        &ctx.profile,
                        today,
                        stamp,
                    ),
                    _ => {
                        workflow::use_as_basis(earlier, &ctx.templates, &ctx.profile, today, stamp)
                    }
                };
                let mut editor = editor::State::new(release, None, &self.ctx);
                editor.mark_unsaved();
                self.screen = Screen::Editor(Box::new(editor));
                self.notice = Some(Notice::info(self.ctx.i18n.tr(notice)));
                Task::none()
            }
            Message::BasisLoaded(Err(error), _) | Message::ExportedAgain(Err(error)) => {
                self.notice = Some(Notice::error(error.0));
                Task::none()
            }
            Message::ExportedAgain(Ok(Some(written))) => {
                let folder = written.path.parent().map(PathBuf::from);
                let text = self.ctx.i18n.tr_args(
                    "notice-exported",
                    &[("path", written.path.display().to_string().into())],
                );
                self.notice = Some(crate::gui::notice::exported(
                    &self.ctx.i18n,
                    text,
                    written.warning,
                    folder,
                ));
                Task::none()
            }
            Message::ExportedAgain(Ok(None)) => Task::none(),
            Message::ExportAgainLoaded(Err(error)) => {
                self.notice = Some(Notice::error(error.0));
                Task::none()
            }
            Message::ExportAgainLoaded(Ok(opened)) => self.export_again(opened),
            Message::Settings(message) => {
                let Screen::Settings { settings, .. } = &mut self.screen else {
                    return Task::none();
                };
                match settings.update(message) {
                    settings::Action::None => Task::none(),
                    settings::Action::Changed { profile, prefs } => {
                        self.apply_settings(*profile, *prefs)
                    }
                    settings::Action::Save => {
                        let folder = settings.archive_folder();
                        Task::batch([self.save_settings(), self.move_archive(folder)])
                    }
                    settings::Action::Back => {
                        let folder = settings.archive_folder();
                        let task = Task::batch([self.save_settings(), self.move_archive(folder)]);
                        self.leave_settings();
                        task
                    }
                    settings::Action::ChooseLogo => Task::perform(files::pick_logo(), |path| {
                        Message::Settings(settings::Message::LogoChosen(path))
                    }),
                    settings::Action::CheckLogo(path) => {
                        let (profile, prefs) = settings.current();
                        let dictionaries = self.apply_settings(profile, prefs);
                        Task::batch([dictionaries, check_logo(path)])
                    }
                }
            }
            Message::Started(startup) => self.started(*startup),
            Message::Shortcut(shortcut) => self.shortcut(shortcut),
            Message::Focus { forward } => {
                if forward {
                    iced::widget::operation::focus_next()
                } else {
                    iced::widget::operation::focus_previous()
                }
            }
            Message::CloseRequested(_) => self.guard(Pending::Quit),
            Message::Answer(answer) => self.answer(answer),
            Message::Picked(Some(path)) => open_path(path, self.ctx.i18n.language()),
            Message::Picked(None) => Task::none(),
            Message::Loaded(Ok(opened)) => {
                self.remember(&opened.path, opened.release.title());
                self.screen = Screen::Editor(Box::new(editor::State::opened(opened, &self.ctx)));
                self.notice = None;
                self.save_recent()
            }
            Message::TextRead(read) => self.text_read(read),
            Message::TextCheck(message) => self.text_check_message(message),
            Message::Typeset(message) => self.typeset_message(message),
            Message::Loaded(Err(error)) => {
                self.notice = Some(Notice::error(
                    self.ctx
                        .i18n
                        .tr_args("error-open", &[("error", error.0.into())]),
                ));
                Task::none()
            }
            Message::SettingsSaved(result) => {
                self.notice = Some(match result {
                    Ok(()) => Notice::info(self.ctx.i18n.tr("notice-settings-saved")),
                    Err(error) => Notice::error(
                        self.ctx
                            .i18n
                            .tr_args("error-settings-save", &[("error", error.0.into())]),
                    ),
                });
                Task::none()
            }
            Message::Written(_) => Task::none(),
            Message::DismissNotice => {
                self.notice = None;
                Task::none()
            }
            Message::OpenFolder(folder) => {
                Task::perform(files::open_folder(folder), Message::Written)
            }
            Message::SpellingReady => match &mut self.screen {
                Screen::Editor(editor)
                | Screen::Settings {
                    back: Back::Editor(editor),
                    ..
                } => {
                    let action = editor.update(editor::Message::SpellingReady, &self.ctx);
                    self.editor_action(action)
                }
                _ => Task::none(),
            },
            Message::Quit => iced::exit(),
        }
    }

    fn started(&mut self, startup: Startup) -> Task<Message> {
        self.ctx.i18n.set_language(startup.prefs.ui_language);
        self.theme = startup.prefs.theme.theme();
        self.ctx.profile = startup.profile;
        self.ctx.prefs = startup.prefs;
        self.ctx.recent = startup.recent;
        self.ctx.templates = startup.templates;
        self.ctx.archive = Archive::new(startup.archive);
        self.ctx.archive_choice = startup.archive_choice;
        self.archive.set_recoverable(startup.drafts);
        let load_archive = (self.archive)
            .load_from(startup.catalog, &self.ctx)
            .map(Message::Archive);
        if let Screen::Home(home) = &mut self.screen {
            *home = home::State::new(self.ctx.profile.default_language);
        }
        if !startup.problems.is_empty() {
            let heading = self.ctx.i18n.tr("notice-startup-problems");
            self.notice = Some(Notice::error(format!(
                "{heading}\n{}",
                startup.problems.join("\n")
            )));
        }
        crate::spelling::set_english(self.ctx.profile.checks.english);
        match startup.open {
            Some(path) => Task::batch([load_archive, open_path(path, self.ctx.i18n.language())]),
            None => load_archive,
        }
    }

    /// Autosave when due; every few seconds, look at the archive folder (home) or at the
    /// open file (editor) for changes made by someone else.
    fn tick(&mut self, now: Instant) -> Task<Message> {
        let mut tasks = Vec::new();
        if let Screen::Editor(editor) = &mut self.screen
            && let Some(task) = editor.autosave(&self.ctx, now)
        {
            tasks.push(task.map(Message::Editor));
        }
        let poll_due = self
            .last_poll
            .is_none_or(|last| now.duration_since(last) >= POLL);
        if poll_due {
            self.last_poll = Some(now);
            match &self.screen {
                Screen::Home(_) => {
                    tasks.push(self.archive.refresh(&self.ctx).map(Message::Archive))
                }
                Screen::Editor(editor) => {
                    if let Some(task) = editor.check_disk() {
                        tasks.push(task.map(Message::Editor));
                    }
                }
                Screen::Settings { .. } | Screen::TextCheck(_) | Screen::Typeset(_) => {}
            }
        }
        Task::batch(tasks)
    }

    fn new_release(&mut self, template_id: &str, language: crate::language::Language) {
        let template = self.ctx.template(template_id);
        let now = crate::clock::now();
        let release = draft::new_release(
            &template,
            language,
            &self.ctx.profile,
            now.date(),
            now.timestamp(),
        );
        self.screen = Screen::Editor(Box::new(editor::State::new(release, None, &self.ctx)));
        self.notice = None;
    }

    fn editor_action(&mut self, action: editor::Action) -> Task<Message> {
        match action {
            editor::Action::None => Task::none(),
            editor::Action::Run(task) => task.map(Message::Editor),
            editor::Action::Saved {
                written,
                title,
                then,
            } => {
                self.remember(&written.path, &title);
                let then = Task::batch([
                    then.map(Message::Editor),
                    self.archive.refresh(&self.ctx).map(Message::Archive),
                ]);
                let folder = written
                    .into_default_folder
                    .then(|| written.path.parent().map(PathBuf::from))
                    .flatten();
                let id = if written.into_default_folder {
                    "notice-saved-default"
                } else {
                    "notice-saved"
                };
                self.notice = Some(
                    Notice::info(
                        self.ctx
                            .i18n
                            .tr_args(id, &[("path", written.path.display().to_string().into())]),
                    )
                    .with_folder(folder),
                );
                let save_recent = Task::batch([self.save_recent(), then]);
                match self.after_save.take() {
                    Some(pending) => Task::batch([save_recent, self.proceed(pending)]),
                    None => save_recent,
                }
            }
            editor::Action::SaveAbandoned(notice) => {
                self.after_save = None;
                if notice.is_some() {
                    self.notice = notice;
                }
                Task::none()
            }
            editor::Action::Notice(notice) => {
                self.notice = Some(notice);
                Task::none()
            }
            editor::Action::Request(request) => match request {
                editor::Request::Home | editor::Request::New => self.guard(Pending::Home),
                editor::Request::Open => self.guard(Pending::Open),
                editor::Request::Settings => self.open_settings(),
            },
        }
    }

    /// Runs `pending` now, or first asks about unsaved changes.
    fn guard(&mut self, pending: Pending) -> Task<Message> {
        if self.has_unsaved_release() {
            self.prompt = Some(pending);
            return Task::none();
        }
        self.proceed(pending)
    }

    fn has_unsaved_release(&self) -> bool {
        match &self.screen {
            Screen::Editor(editor) => editor.is_dirty(),
            Screen::Settings {
                back: Back::Editor(editor),
                ..
            } => editor.is_dirty(),
            _ => false,
        }
    }

    fn answer(&mut self, answer: Answer) -> Task<Message> {
        let Some(pending) = self.prompt.take() else {
            return Task::none();
        };
        match answer {
            Answer::Cancel => Task::none(),
            Answer::Discard => {
                if pending == Pending::Quit {
                    // The window closes before any task would run: forget the draft now
                    // (one small local file), or the next start would offer it back.
                    if let Some(id) = self.open_release_id() {
                        self.ctx.drafts.remove(id);
                    }
                    return self.proceed(pending);
                }
                let forget = self.forget_draft();
                Task::batch([forget, self.proceed(pending)])
            }
            Answer::Save => {
                if self.is_settings() {
                    self.leave_settings();
                }
                let Screen::Editor(editor) = &mut self.screen else {
                    return self.proceed(pending);
                };
                self.after_save = Some(pending);
                let action = editor.save(&self.ctx, false);
                self.editor_action(action)
            }
        }
    }

    fn open_release_id(&self) -> Option<uuid::Uuid> {
        match &self.screen {
            Screen::Editor(editor)
            | Screen::Settings {
                back: Back::Editor(editor),
                ..
            } => Some(editor.release().id),
            _ => None,
        }
    }

    /// The open release's changes were discarded: its autosaved draft goes too.
    fn forget_draft(&mut self) -> Task<Message> {
        let editor = match &mut self.screen {
            Screen::Editor(editor) => editor,
            Screen::Settings {
                back: Back::Editor(editor),
                ..
            } => editor,
            _ => return Task::none(),
        };
        editor.forget_draft(&self.ctx).map(Message::Editor)
    }

    fn proceed(&mut self, pending: Pending) -> Task<Message> {
        match pending {
            Pending::Home => {
                self.screen = Screen::Home(home::State::new(self.ctx.profile.default_language));
                self.archive.refresh(&self.ctx).map(Message::Archive)
            }
            Pending::Open => {
                if self.ctx.dialogs {
                    let folder = self.ctx.default_folder();
                    Task::perform(files::pick_release(Some(folder)), Message::Picked)
                } else {
                    // No dialog: the home screen lists what can be opened.
                    let folder = self.ctx.default_folder();
                    self.screen = Screen::Home(home::State::new(self.ctx.profile.default_language));
                    self.notice = Some(
                        Notice::info(self.ctx.i18n.tr_args(
                            "notice-no-dialog-open",
                            &[("path", folder.display().to_string().into())],
                        ))
                        .with_folder(Some(folder)),
                    );
                    Task::none()
                }
            }
            Pending::Quit => {
                if self.is_settings() {
                    let task = self.save_settings();
                    return task.chain(Task::done(Message::Quit));
                }
                iced::exit()
            }
        }
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        if self.prompt.is_some() {
            return Task::none();
        }
        match (&mut self.screen, shortcut) {
            (Screen::Editor(_), Shortcut::New) => self.guard(Pending::Home),
            (_, Shortcut::Open) => self.guard(Pending::Open),
            (Screen::Home(_) | Screen::Editor(_), Shortcut::Settings) => self.open_settings(),
            (Screen::Settings { .. }, Shortcut::Save) => self.save_settings(),
            (Screen::Editor(editor), shortcut) => {
                let message = match shortcut {
                    Shortcut::Save => editor::Message::Save,
                    Shortcut::SaveAs => editor::Message::SaveAs,
                    Shortcut::Export => editor::Message::Export(Format::Docx),
                    Shortcut::Undo => editor::Message::Undo,
                    Shortcut::Redo => editor::Message::Redo,
                    Shortcut::Spelling => editor::Message::SpellHere,
                    _ => return Task::none(),
                };
                let action = editor.update(message, &self.ctx);
                self.editor_action(action)
            }
            _ => Task::none(),
        }
    }

    fn remember(&mut self, path: &std::path::Path, title: &str) {
        self.ctx.recent.touch(path, title);
    }

    fn save_recent(&self) -> Task<Message> {
        let Some(paths) = &self.ctx.paths else {
            return Task::none();
        };
        let file = recent::file(&paths.config);
        let recent = self.ctx.recent.clone();
        Task::perform(
            async move { recent::save(&file, &recent).map_err(FileError::from) },
            Message::Written,
        )
    }

    pub fn view(&self) -> Element<'_, Message> {
        let screen = match &self.screen {
            Screen::Home(home) => crate::gui::widget::scroll(
                column![
                    home.view(&self.ctx).map(Message::Home),
                    self.archive.view(&self.ctx).map(Message::Archive),
                ]
                .spacing(space::XL)
                .padding(space::XL)
                .max_width(1200),
            )
            .width(Fill)
            .height(Fill)
            .into(),
            Screen::Editor(editor) => editor.view(&self.ctx).map(Message::Editor),
            Screen::TextCheck(state) => state.view(&self.ctx).map(Message::TextCheck),
            Screen::Typeset(state) => state.view(&self.ctx).map(Message::Typeset),
            Screen::Settings { settings, .. } => settings.view(&self.ctx).map(Message::Settings),
        };
        let mut content = column![container(screen).height(Fill)];
        if let Some(notice) = &self.notice {
            content = content.push(notice_bar(notice, &self.ctx.i18n));
        }
        match &self.prompt {
            Some(pending) => stack![content, prompt(pending, &self.ctx.i18n)].into(),
            None => content.into(),
        }
    }
}

/// How often the archive folder and the open file are looked at for others' changes.
const POLL: Duration = Duration::from_secs(3);

fn load(path: PathBuf) -> Task<Message> {
    Task::perform(files::load(path), Message::Loaded)
}

/// A release opens in the editor; a Word file, text, page or email in "Check a text".
fn open_path(path: PathBuf, ui: crate::language::Language) -> Task<Message> {
    if text_check::is_text(&path) {
        Task::perform(text_check::read(path, ui), Message::TextRead)
    } else {
        load(path)
    }
}

/// Reads the letterhead logo off the interface thread and tells Settings what it found.
fn check_logo(path: PathBuf) -> Task<Message> {
    Task::perform(settings::check_logo(path.clone()), move |result| {
        Message::Settings(settings::Message::LogoChecked(path.clone(), result))
    })
}
