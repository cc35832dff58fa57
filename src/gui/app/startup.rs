//! What the window reads before it shows anything useful: settings, recent files, user
//! templates, the archive folder in effect, and (on a thread of their own) the spelling
//! dictionaries.

use super::*;

/// Reads settings, recent files and user templates. A damaged settings file is moved aside
/// (kept for the user to inspect) and defaults are used; the problem is reported.
pub(super) async fn load_startup(paths: Option<Paths>, open: Option<PathBuf>) -> Startup {
    let mut problems = Vec::new();
    let Some(paths) = paths else {
        return Startup {
            profile: Profile::default(),
            prefs: Prefs::default(),
            recent: Recent::default(),
            templates: TemplateSet::built_in(),
            problems,
            open,
            archive: crate::gui::context::archive_root(None, None),
            archive_choice: None,
            drafts: Vec::new(),
        };
    };
    let profile_file = paths.profile_file();
    let profile = if profile_file.exists() {
        match storage::load_profile(&profile_file) {
            Ok(profile) => profile,
            Err(error) => {
                let aside = profile_file.with_extension("ron.damaged");
                let _ = std::fs::rename(&profile_file, &aside);
                problems.push(format!("{error} → {}", aside.display()));
                Profile::default()
            }
        }
    } else {
        Profile::default()
    };
    let prefs_file = prefs::file(&paths.config);
    let prefs = match prefs::load(&prefs_file) {
        Ok(prefs) => prefs,
        Err(error) => {
            let aside = prefs_file.with_extension("ron.damaged");
            let _ = std::fs::rename(&prefs_file, &aside);
            problems.push(format!("{error} → {}", aside.display()));
            Prefs::default()
        }
    };
    let templates = TemplateSet::load(Some(&paths.templates_dir()));
    problems.extend(templates.problems.iter().map(|p| p.to_string()));
    let archive = crate::archive::location::resolve(&paths, None);
    let archive_choice = crate::archive::location::chosen(&paths);
    let (drafts, unreadable) = crate::archive::Drafts::new(paths.drafts_dir()).list();
    problems.extend(unreadable.iter().map(|d| d.error.to_string()));
    Startup {
        profile,
        prefs,
        recent: recent::load(&recent::file(&paths.config)),
        templates,
        problems,
        open,
        archive,
        archive_choice,
        drafts,
    }
}

/// Reads the spelling dictionaries on a thread of their own (parsing them takes about a
/// tenth of a second): the window never waits, and the texts are marked when they come.
pub(super) fn load_dictionaries() -> Task<Message> {
    let (done, loaded) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        crate::spelling::load_all();
        let _ = done.send(());
    });
    Task::perform(loaded, |_| Message::SpellingReady)
}
