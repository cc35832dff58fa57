//! Settings opened over the current screen and left again: the profile and preferences
//! applied, the archive folder moved, and what was open waiting untouched.

use super::*;

impl App {
    pub(super) fn open_settings(&mut self) -> Task<Message> {
        let mut settings = Box::new(settings::State::new(&self.ctx));
        let check = settings.logo_to_check().map_or_else(Task::none, check_logo);
        let previous = std::mem::replace(
            &mut self.screen,
            Screen::Home(home::State::new(self.ctx.profile.default_language)),
        );
        let back = match previous {
            Screen::Editor(editor) => Back::Editor(editor),
            Screen::Settings { back, .. } => back,
            // A checked text is read again when it is opened again, a pasted one pasted
            // again; Settings returns home.
            Screen::Home(_) | Screen::TextCheck(_) | Screen::Typeset(_) => Back::Home,
        };
        self.screen = Screen::Settings { settings, back };
        check
    }

    pub(super) fn leave_settings(&mut self) {
        let current = std::mem::replace(
            &mut self.screen,
            Screen::Home(home::State::new(self.ctx.profile.default_language)),
        );
        if let Screen::Settings {
            back: Back::Editor(mut editor),
            ..
        } = current
        {
            editor.recompose(&self.ctx);
            self.screen = Screen::Editor(editor);
        }
    }

    /// Settings changed: the window follows at once. Another English for spelling is read
    /// in the background (the task returned), and the texts are marked again when it is.
    pub(super) fn apply_settings(&mut self, profile: Profile, prefs: Prefs) -> Task<Message> {
        if prefs.ui_language != self.ctx.i18n.language() {
            self.ctx.i18n.set_language(prefs.ui_language);
        }
        if prefs.theme != self.ctx.prefs.theme {
            self.theme = prefs.theme.theme();
        }
        let english = profile.checks.english;
        let english_changed = english != self.ctx.profile.checks.english;
        self.ctx.profile = profile;
        self.ctx.prefs = prefs;
        if let Screen::Settings {
            back: Back::Editor(editor),
            ..
        } = &mut self.screen
        {
            editor.recompose(&self.ctx);
        }
        if english_changed {
            crate::spelling::set_english(english);
            return load_dictionaries();
        }
        Task::none()
    }

    /// Another archive folder chosen in Settings: remember it and read that archive.
    pub(super) fn move_archive(&mut self, choice: Option<Option<PathBuf>>) -> Task<Message> {
        let Some(choice) = choice.filter(|c| *c != self.ctx.archive_choice) else {
            return Task::none();
        };
        let Some(paths) = self.ctx.paths.clone() else {
            return Task::none();
        };
        if let Err(error) = crate::archive::location::choose(&paths, choice.as_deref()) {
            self.notice = Some(Notice::error(error.to_string()));
            return Task::none();
        }
        self.ctx.archive_choice = choice;
        self.ctx.archive = Archive::new(crate::archive::location::resolve(&paths, None));
        self.archive.load(&self.ctx).map(Message::Archive)
    }

    pub(super) fn save_settings(&self) -> Task<Message> {
        let Some(paths) = self.ctx.paths.clone() else {
            return Task::none();
        };
        let profile = self.ctx.profile.clone();
        let prefs = self.ctx.prefs.clone();
        Task::perform(
            async move {
                std::fs::create_dir_all(&paths.config)
                    .map_err(|e| FileError(format!("{}: {e}", paths.config.display())))?;
                storage::save_profile(&paths.profile_file(), &profile)?;
                prefs::save(&prefs::file(&paths.config), &prefs)?;
                Ok(())
            },
            Message::SettingsSaved,
        )
    }
}
