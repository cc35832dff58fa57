//! What the window reads before it shows anything useful: settings, recent files, user
//! templates, the archive folder in effect and (on a thread of its own) the archive's
//! catalog; and, once a text to check is open, the spelling dictionaries.

use super::*;

/// Everything read from disk at start, in the background.
#[derive(Debug, Clone)]
pub struct Startup {
    pub profile: Profile,
    pub prefs: Prefs,
    pub recent: Recent,
    pub templates: TemplateSet,
    /// Problems worth telling: a damaged settings file, skipped user templates.
    pub problems: Vec<String>,
    /// A release to open at once (`PRESSDESK_OPEN`).
    pub open: Option<PathBuf>,
    /// The archive folder in effect, and the one chosen in Settings.
    pub archive: PathBuf,
    pub archive_choice: Option<PathBuf>,
    /// Autosaved drafts a previous session left: offered for recovery.
    pub drafts: Vec<Draft>,
    /// The archive's catalog, being read since the start.
    pub catalog: Option<archive::Early>,
}

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
            catalog: None,
        };
    };
    // The archive's list first, on a thread of its own: the window starts meanwhile (with
    // a GPU driver that takes longest), and the list is there when the window is.
    let archive = crate::archive::location::resolve(&paths, None);
    let catalog = archive::read_early(
        crate::archive::Archive::new(&archive),
        Some(paths.index_file(&archive)),
    );
    // Settings first: they say which language the problems below are told in.
    let prefs_file = prefs::file(&paths.config);
    let prefs = match prefs::load(&prefs_file) {
        Ok(prefs) => prefs,
        Err(error) => {
            let aside = prefs_file.with_extension("ron.damaged");
            let _ = std::fs::rename(&prefs_file, &aside);
            problems.push(format!(
                "{} → {}",
                error.in_language(Prefs::default().ui_language),
                aside.display()
            ));
            Prefs::default()
        }
    };
    let ui = prefs.ui_language;
    let profile_file = paths.profile_file();
    let profile = if profile_file.exists() {
        match storage::load_profile(&profile_file) {
            Ok(profile) => profile,
            Err(error) => {
                let aside = profile_file.with_extension("ron.damaged");
                let _ = std::fs::rename(&profile_file, &aside);
                problems.push(format!("{} → {}", error.in_language(ui), aside.display()));
                Profile::default()
            }
        }
    } else {
        Profile::default()
    };
    let templates = TemplateSet::load(Some(&paths.templates_dir()));
    problems.extend(templates.problems.iter().map(|p| p.in_language(ui)));
    let archive_choice = crate::archive::location::chosen(&paths);
    let (drafts, unreadable) = crate::archive::Drafts::new(paths.drafts_dir()).list();
    problems.extend(unreadable.iter().map(|d| d.error.in_language(ui)));
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
        catalog: Some(catalog),
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
