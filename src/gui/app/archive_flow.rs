//! What the archive list asks of the application: open a release, start a new one from it
//! (in its genre or another), export it again, recover a draft; and files dropped onto the
//! window, which go to the editor (photos) or the archive (past releases to import).

use super::*;

impl App {
    pub(super) fn archive_action(&mut self, action: archive::Action) -> Task<Message> {
        match action {
            archive::Action::None => Task::none(),
            archive::Action::Run(task) => task.map(Message::Archive),
            archive::Action::RunAndTell(task, notice) => {
                self.notice = Some(notice);
                task.map(Message::Archive)
            }
            archive::Action::Notice(notice) => {
                self.notice = Some(notice);
                Task::none()
            }
            archive::Action::Open(path) => load(path),
            archive::Action::Basis(path, genre) => {
                Task::perform(files::load(path), move |loaded| {
                    Message::BasisLoaded(loaded, genre.clone())
                })
            }
            archive::Action::Export(path) => {
                Task::perform(files::load(path), Message::ExportAgainLoaded)
            }
            archive::Action::Recover(draft) => {
                self.screen = Screen::Editor(Box::new(editor::State::recovered(*draft, &self.ctx)));
                self.notice = Some(Notice::info(self.ctx.i18n.tr("notice-recovered")));
                Task::none()
            }
        }
    }

    /// Exports a release from the archive as DOCX without opening it — unless the checks
    /// find errors: then it opens in the editor, which asks "export anyway?" beside the
    /// list of errors, as an export from the editor would.
    pub(super) fn export_again(&mut self, opened: Opened) -> Task<Message> {
        let today = crate::clock::today();
        let findings = crate::checks::check(
            &opened.release,
            &self.ctx.profile,
            today,
            self.ctx.prefs.ui_language,
        );
        let errors = findings
            .iter()
            .filter(|f| f.severity == crate::checks::Severity::Error)
            .count();
        if errors > 0 {
            self.remember(&opened.path, opened.release.title());
            let mut editor = Box::new(editor::State::opened(opened, &self.ctx));
            let action = editor.update(editor::Message::Export(Format::Docx), &self.ctx);
            self.screen = Screen::Editor(editor);
            return self.editor_action(action);
        }
        let profile = self.ctx.profile.clone();
        let folder = self.ctx.default_folder();
        let dialogs = self.ctx.dialogs;
        let ui = self.ctx.prefs.ui_language;
        Task::perform(
            async move {
                let photos = crate::photos::folder_for(&opened.path);
                let release = opened.release;
                let lang = release
                    .versions
                    .first()
                    .map(|v| v.language)
                    .unwrap_or(profile.default_language);
                let document = crate::compose::compose(&release, lang, &profile)
                    .map_err(|e| FileError(e.to_string()))?;
                let date = release.version(lang).and_then(|v| v.dateline.date);
                let name = crate::export::suggested_file_name(date, &document.title, "docx");
                let target = if dialogs {
                    files::Target::Dialog {
                        name,
                        folder: Some(folder),
                    }
                } else {
                    files::Target::Folder { folder, name }
                };
                let logo = profile.letterhead.logo.clone();
                files::export(document, Format::Docx, target, logo, photos, ui).await
            },
            Message::ExportedAgain,
        )
    }

    /// A file or folder dropped onto the window: a photo goes to the release being edited,
    /// past releases (files or folders) to the archive's import on the home screen.
    pub(super) fn dropped(&mut self, path: PathBuf) -> Task<Message> {
        match &mut self.screen {
            Screen::Editor(_) if editor::photos::is_picture(&path) => {
                self.update(Message::Editor(editor::Message::PhotosDropped(vec![path])))
            }
            Screen::Home(_) if archive::import::is_importable(&path) => {
                self.update(Message::Archive(archive::Message::ImportPaths(vec![path])))
            }
            _ => Task::none(),
        }
    }
}

/// Files and folders dropped onto the window, one message each.
pub(super) fn file_drops() -> Subscription<Message> {
    iced::event::listen_with(|event, _, _| match event {
        iced::Event::Window(window::Event::FileDropped(path)) => Some(Message::Dropped(path)),
        _ => None,
    })
}
