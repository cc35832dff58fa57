//! The release editor: the form on the left, the live preview on the right.
//!
//! Every edit goes through [`State::update`]: it records an undo step, changes the
//! release, and composes the preview again, so the page always shows what export writes.

mod areas;
pub mod edit;
mod form;
mod list_item;
mod quotes;
mod statistics;
mod toolbar;

use std::collections::BTreeMap;
use std::path::PathBuf;

use iced::widget::{column, container, row, text_editor};
use iced::{Element, Fill, FillPortion, Task};

pub use areas::Area;
pub use edit::{Edit, Move};

use crate::compose::compose;
use crate::document::Document;
use crate::draft;
use crate::export::suggested_file_name;
use crate::gui::context::Context;
use crate::gui::files::{self, FileError, Format, Target, Written};
use crate::gui::notice::Notice;
use crate::gui::theme::space;
use crate::gui::undo::History;
use crate::gui::widget::preview;
use crate::language::Language;
use crate::release::Release;
use crate::storage::RELEASE_EXTENSION;
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
    Saved(Result<Option<Written>, FileError>),
    Exported(Result<Option<Written>, FileError>),
    /// Toolbar buttons that the app handles (new, open, home, settings).
    Up(Request),
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
    /// The release is on disk at this path (remember it as recent).
    Saved {
        written: Written,
        title: String,
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
            release,
            template,
            path,
            dirty: false,
            language,
            raw: BTreeMap::new(),
            history: History::default(),
            document: None,
            busy: false,
        };
        state.recompose(ctx);
        state
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
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Action {
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
            }
            Message::Area(area, action) => {
                let is_edit = action.is_edit();
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
                        self.dirty = true;
                        self.reload(ctx);
                    }
                    Err(error) => return Action::Notice(Notice::error(error.to_string())),
                }
            }
            Message::Undo => {
                if let Some(previous) = self.history.undo(&self.release) {
                    self.release = previous;
                    self.dirty = true;
                    self.reload(ctx);
                }
            }
            Message::Redo => {
                if let Some(next) = self.history.redo(&self.release) {
                    self.release = next;
                    self.dirty = true;
                    self.reload(ctx);
                }
            }
            Message::Save => return self.save(ctx, false),
            Message::SaveAs => return self.save(ctx, true),
            Message::Export(format) => return self.export(format, ctx),
            Message::Saved(result) => {
                self.busy = false;
                return match result {
                    Ok(Some(written)) => {
                        self.path = Some(written.path.clone());
                        self.dirty = false;
                        self.history.break_typing();
                        Action::Saved {
                            written,
                            title: self.release.title().to_string(),
                        }
                    }
                    Ok(None) => Action::SaveAbandoned(None),
                    Err(error) => Action::SaveAbandoned(Some(Notice::error(
                        ctx.i18n.tr_args("error-save", &[("error", error.0.into())]),
                    ))),
                };
            }
            Message::Exported(result) => {
                self.busy = false;
                return match result {
                    Ok(Some(written)) => {
                        let folder = written.path.parent().map(PathBuf::from);
                        Action::Notice(
                            Notice::info(ctx.i18n.tr_args(
                                "notice-exported",
                                &[("path", written.path.display().to_string().into())],
                            ))
                            .with_folder(folder),
                        )
                    }
                    Ok(None) => Action::None,
                    Err(error) => Action::Notice(Notice::error(
                        ctx.i18n
                            .tr_args("error-export", &[("error", error.0.into())]),
                    )),
                };
            }
            Message::Up(request) => return Action::Request(request),
        }
        Action::None
    }

    /// After an edit: the file differs from the release, and the preview follows.
    fn changed(&mut self, ctx: &Context) {
        self.dirty = true;
        self.recompose(ctx);
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
        self.recompose(ctx);
    }

    fn suggested_name(&self, extension: &str) -> String {
        let version = self.release.version(self.language);
        let date = version.and_then(|v| v.dateline.date);
        let headline = version.map(|v| v.headline.text.as_str()).unwrap_or("");
        suggested_file_name(date, headline, extension)
    }

    pub fn save(&mut self, ctx: &Context, choose_place: bool) -> Action {
        if self.busy {
            return Action::None;
        }
        self.release.modified = jiff::Timestamp::now();
        let target = match (&self.path, choose_place) {
            (Some(path), false) => Target::File(path.clone()),
            _ => self.target(ctx, RELEASE_EXTENSION),
        };
        self.busy = true;
        Action::Run(Task::perform(
            files::save(self.release.clone(), target),
            Message::Saved,
        ))
    }

    fn export(&mut self, format: Format, ctx: &Context) -> Action {
        if self.busy {
            return Action::None;
        }
        let Some(document) = self.document.clone() else {
            return Action::None;
        };
        let target = self.target(ctx, format.extension());
        self.busy = true;
        Action::Run(Task::perform(
            files::export(document, format, target),
            Message::Exported,
        ))
    }

    /// A dialog where there is one, the default folder where there is none.
    fn target(&self, ctx: &Context, extension: &str) -> Target {
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

    pub fn view<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let form = crate::gui::widget::scroll(
            container(form::view(self, ctx))
                .padding([space::L, space::XL])
                .width(Fill),
        )
        .id("editor-form")
        .height(Fill);
        let page = crate::gui::widget::scroll(
            container(preview::view(self.document.as_ref(), &ctx.i18n))
                .padding(space::XL)
                .width(Fill),
        )
        .height(Fill);
        column![
            toolbar::view(self, ctx),
            row![
                container(form).width(FillPortion(11)),
                container(page).width(FillPortion(9)),
            ]
            .height(Fill),
        ]
        .into()
    }
}
