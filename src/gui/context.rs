//! What every screen reads: the organisation profile, templates, interface words and
//! preferences. The app owns it; screens get it by reference.

use std::path::PathBuf;

use super::i18n::I18n;
use super::prefs::Prefs;
use super::recent::Recent;
use crate::archive::{Archive, Drafts};
use crate::paths::Paths;
use crate::profile::Profile;
use crate::template::{Template, TemplateSet};

pub struct Context {
    pub i18n: I18n,
    pub profile: Profile,
    pub prefs: Prefs,
    pub templates: TemplateSet,
    pub recent: Recent,
    /// `None` when the system has no home folder: then nothing is remembered between runs.
    pub paths: Option<Paths>,
    /// Whether native file dialogs can appear (see `files::native_dialogs_available`).
    pub dialogs: bool,
    /// The archive folder in effect (see `archive::location`).
    pub archive: Archive,
    /// The folder chosen in Settings, if any (`archive` may differ: `PRESSDESK_ARCHIVE`).
    pub archive_choice: Option<PathBuf>,
    /// Where the open release is autosaved.
    pub drafts: Drafts,
}

impl Context {
    /// Defaults and built-in templates: enough to draw the first frame at once, before the
    /// saved settings are read in the background.
    pub fn new(paths: Option<Paths>, dialogs: bool) -> Self {
        Self {
            i18n: I18n::new(crate::language::Language::Ru),
            profile: Profile::default(),
            prefs: Prefs::default(),
            templates: TemplateSet::built_in(),
            recent: Recent::default(),
            archive: Archive::new(archive_root(paths.as_ref(), None)),
            archive_choice: None,
            drafts: Drafts::new(match &paths {
                Some(paths) => paths.drafts_dir(),
                None => std::env::temp_dir().join("pressdesk-drafts"),
            }),
            paths,
            dialogs,
        }
    }

    /// The search index's cache file for the archive in effect.
    pub fn index_file(&self) -> Option<PathBuf> {
        Some(self.paths.as_ref()?.index_file(self.archive.root()))
    }

    /// The template a release names; an empty stand-in when it is unknown (a user template
    /// that was deleted), so the release still opens with its texts.
    pub fn template(&self, id: &str) -> Template {
        self.templates.get(id).cloned().unwrap_or_else(|| Template {
            version: crate::template::TEMPLATE_VERSION,
            id: id.to_string(),
            name: crate::language::Localized::from_pairs([(crate::language::Language::Ru, id)]),
            description: Default::default(),
            people: Vec::new(),
            facts: Vec::new(),
            partners: false,
            drafts: Default::default(),
        })
    }

    /// Where saves and exports go when there is no file dialog.
    pub fn default_folder(&self) -> PathBuf {
        super::files::default_folder(self.prefs.export_folder.as_deref())
    }
}

/// The archive folder: the chosen one (or `PRESSDESK_ARCHIVE`, or the default); without a
/// home folder at all, a folder in the system's temporary space, said so in Settings.
pub fn archive_root(paths: Option<&Paths>, chosen: Option<&std::path::Path>) -> PathBuf {
    match paths {
        Some(paths) => paths.archive_dir(chosen),
        None => std::env::temp_dir().join("pressdesk-archive"),
    }
}
