//! Opening, saving and exporting files, off the interface thread.
//!
//! Every function here is `async` and is run through `Task::perform`, so a slow disk or a
//! dialog never freezes the window. When the system has no file dialog (Linux without an
//! xdg portal or zenity, where rfd silently returns `None`), files go into a default
//! folder and the caller shows the full path with "Open folder".

use std::path::{Path, PathBuf};

use crate::archive::Archive;
use crate::archive::store::{self, Fingerprint};
use crate::document::Document;
use crate::export;
use crate::release::Release;
use crate::storage::{self, RELEASE_EXTENSION, StorageError};

/// Why a file operation failed, in words for the user. Clone-able so messages can carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError(pub String);

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<storage::StorageError> for FileError {
    fn from(error: storage::StorageError) -> Self {
        FileError(error.to_string())
    }
}

/// The export formats the editor offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Docx,
    Html,
    Text,
    /// An email draft with the release in the body and the DOCX attached.
    Eml,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Docx, Format::Html, Format::Text, Format::Eml];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Text => "txt",
            Format::Eml => "eml",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Docx => "DOCX",
            Format::Html => "HTML",
            Format::Text => "TXT",
            Format::Eml => "Email",
        }
    }

    /// The format a chosen file name asks for; the dialog's default when it has none.
    fn from_path(path: &Path, default: Format) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("docx") => Format::Docx,
            Some("html" | "htm") => Format::Html,
            Some("txt") => Format::Text,
            Some("eml") => Format::Eml,
            _ => default,
        }
    }
}

/// Where a save or export goes.
#[derive(Debug, Clone)]
pub enum Target {
    /// Ask with the system's save dialog, proposing this name (and folder, if known).
    Dialog {
        name: String,
        folder: Option<PathBuf>,
    },
    /// No dialog on this system: a new file with this name in the folder.
    Folder { folder: PathBuf, name: String },
    /// Exactly this file (Save of a release that has a file already).
    File(PathBuf),
}

/// A finished save or export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub path: PathBuf,
    /// True when it went into the default folder because there is no dialog: the user
    /// did not choose the place, so the window must tell them where it is.
    pub into_default_folder: bool,
    /// The size written, for exports (an email draft's size is worth telling); 0 otherwise.
    pub bytes: u64,
    /// Something the export had to leave out, in words for the user: a letterhead logo
    /// that could not be read goes out as the name alone.
    pub warning: Option<String>,
}

/// Whether a native file dialog can appear. Checked once at start: on Linux rfd needs an
/// xdg desktop portal with a file chooser on the session bus, or zenity on PATH.
pub fn native_dialogs_available() -> bool {
    if std::env::var_os("PRESSDESK_NO_DIALOGS").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    on_path("zenity") || portal_file_chooser()
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// A portal is reachable when there is a session bus, the portal service is installed, and
/// one of its backends implements the file chooser.
fn portal_file_chooser() -> bool {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        return false;
    }
    let data_dirs = std::env::var("XDG_DATA_DIRS")
        .unwrap_or_else(|_| "/usr/local/share:/usr/share".to_string());
    data_dirs.split(':').filter(|d| !d.is_empty()).any(|dir| {
        let dir = Path::new(dir);
        let service = dir.join("dbus-1/services/org.freedesktop.portal.Desktop.service");
        service.is_file() && backend_with_file_chooser(&dir.join("xdg-desktop-portal/portals"))
    })
}

fn backend_with_file_chooser(portals: &Path) -> bool {
    std::fs::read_dir(portals).is_ok_and(|entries| {
        entries.filter_map(Result::ok).any(|entry| {
            std::fs::read_to_string(entry.path())
                .is_ok_and(|text| text.contains("org.freedesktop.impl.portal.FileChooser"))
        })
    })
}

/// Where files go without a dialog: the folder set in Settings, else Documents/Pressdesk.
/// Under `PRESSDESK_HOME` (tests, portable installs) it is `$PRESSDESK_HOME/Documents/Pressdesk`.
pub fn default_folder(chosen: Option<&Path>) -> PathBuf {
    if let Some(folder) = chosen.filter(|f| !f.as_os_str().is_empty()) {
        return folder.to_path_buf();
    }
    if let Some(home) = std::env::var_os("PRESSDESK_HOME").filter(|h| !h.is_empty()) {
        return PathBuf::from(home).join("Documents").join("Pressdesk");
    }
    let documents = directories::UserDirs::new().and_then(|dirs| {
        dirs.document_dir()
            .map(Path::to_path_buf)
            .or_else(|| Some(dirs.home_dir().join("Documents")))
    });
    documents
        .unwrap_or_else(std::env::temp_dir)
        .join("Pressdesk")
}

/// `name` in `folder`, or `name-2`, `name-3`… if taken: a default-folder save never
/// overwrites another release.
pub fn unused_path(folder: &Path, name: &str) -> PathBuf {
    let candidate = folder.join(name);
    if !candidate.exists() {
        return candidate;
    }
    let stem = Path::new(name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("release");
    let extension = Path::new(name).extension().and_then(|e| e.to_str());
    (2..)
        .map(|n| match extension {
            Some(ext) => folder.join(format!("{stem}-{n}.{ext}")),
            None => folder.join(format!("{stem}-{n}")),
        })
        .find(|p| !p.exists())
        .unwrap_or(candidate)
}

/// Asks which release to open. `None` when the user cancels.
pub async fn pick_release(folder: Option<PathBuf>) -> Option<PathBuf> {
    // Releases first; texts handed to the press office open in "Check a text".
    let mut dialog = rfd::AsyncFileDialog::new()
        .add_filter("Pressdesk", &[RELEASE_EXTENSION])
        .add_filter(
            "Word, text, HTML, email",
            &crate::gui::screen::text_check::EXTENSIONS,
        );
    if let Some(folder) = folder.filter(|f| f.is_dir()) {
        if !portal_file_chooser() {
            // zenity opens in the folder named by a trailing-slash file name.
            dialog = dialog.set_file_name(format!("{}/", folder.display()));
        }
        dialog = dialog.set_directory(folder);
    }
    dialog.pick_file().await.map(|h| h.path().to_path_buf())
}

/// Asks for a letterhead logo. `None` when the user cancels.
pub async fn pick_logo() -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .add_filter("PNG, JPEG, SVG", &["png", "jpg", "jpeg", "svg"])
        .pick_file()
        .await
        .map(|h| h.path().to_path_buf())
}

/// A release read for the editor.
#[derive(Debug, Clone)]
pub struct Opened {
    pub path: PathBuf,
    pub release: Box<Release>,
    /// What the file held, so saving can tell whether someone changed it meanwhile.
    pub fingerprint: Option<Fingerprint>,
    /// Written by a newer Pressdesk (that file format): shown read-only.
    pub newer: Option<u32>,
}

pub async fn load(path: PathBuf) -> Result<Opened, FileError> {
    match store::load_file(&path) {
        Ok(loaded) => Ok(Opened {
            path,
            release: Box::new(loaded.release),
            fingerprint: Some(loaded.fingerprint),
            newer: None,
        }),
        Err(StorageError::Newer { found, .. }) => {
            let release = std::fs::read_to_string(&path)
                .ok()
                .and_then(|text| storage::parse_newer_leniently(&text));
            match release {
                Some(release) => Ok(Opened {
                    path,
                    release: Box::new(release),
                    fingerprint: None,
                    newer: Some(found),
                }),
                None => Err(store::load_file(&path)
                    .err()
                    .map(FileError::from)
                    .unwrap_or(FileError(format!(
                        "{}: written by a newer Pressdesk",
                        path.display()
                    )))),
            }
        }
        Err(error) => Err(error.into()),
    }
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveFailure {
    /// The file changed on disk since it was opened; nothing was overwritten.
    Changed,
    Failed(FileError),
}

/// A finished save: where, and what the file now holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub written: Written,
    pub fingerprint: Fingerprint,
}

/// How a save treats the file that is there.
#[derive(Debug, Clone)]
pub enum Expect {
    /// The release's own file: save only if it still holds this (`None` = no file yet).
    Unchanged(Option<Fingerprint>),
    /// A place the user just chose in a dialog, which asked about replacing.
    Replace,
}

/// Saves the release; `Ok(None)` when the user cancelled the dialog. Releases in the
/// archive folder are saved under the archive's lock.
pub async fn save(
    release: Release,
    target: Target,
    expect: Expect,
    archive: Archive,
) -> Result<Option<Saved>, SaveFailure> {
    let Some(written) = resolve(target, &[("Pressdesk", RELEASE_EXTENSION)]).await else {
        return Ok(None);
    };
    let path = with_extension(&written.path, RELEASE_EXTENSION);
    create_parent(&path).map_err(SaveFailure::Failed)?;
    let expected = match expect {
        Expect::Unchanged(expected) => expected,
        Expect::Replace => {
            store::Fingerprint::of_file(&path).map_err(|e| SaveFailure::Failed(e.into()))?
        }
    };
    let in_archive = path.parent() == Some(archive.root());
    let result = if in_archive {
        archive.save(&path, &release, expected)
    } else {
        store::save_file(&path, &release, expected)
    };
    match result {
        Ok(fingerprint) => Ok(Some(Saved {
            written: Written { path, ..written },
            fingerprint,
        })),
        Err(StorageError::Changed { .. }) => Err(SaveFailure::Changed),
        Err(error) => Err(SaveFailure::Failed(error.into())),
    }
}

/// Exports the document; the format follows the extension chosen in the dialog. `logo` is
/// the profile's letterhead logo, read now so a new version of the file is used; `photos`
/// the release's photos folder, whose pictures are read and scaled here, off the window's
/// thread.
pub async fn export(
    mut document: Document,
    format: Format,
    target: Target,
    logo: Option<PathBuf>,
    photos: PathBuf,
    ui: crate::language::Language,
) -> Result<Option<Written>, FileError> {
    let mut filters = vec![(format.label(), format.extension())];
    filters.extend(
        Format::ALL
            .iter()
            .filter(|f| **f != format)
            .map(|f| (f.label(), f.extension())),
    );
    let Some(written) = resolve(target, &filters).await else {
        return Ok(None);
    };
    let format = Format::from_path(&written.path, format);
    let path = with_extension(&written.path, format.extension());
    let mut warnings: Vec<String> = Vec::new();
    if format != Format::Text {
        warnings.extend(
            crate::letterhead::attach_logo(&mut document, logo.as_deref()).map(|e| e.to_string()),
        );
        for (file, error) in crate::photos::attach(&mut document, &photos) {
            let name = photo_name(&document, &file);
            warnings.push(format!("{name}: {}", error.in_language(ui)));
        }
    }
    let warning = (!warnings.is_empty()).then(|| warnings.join("; "));
    let bytes = match format {
        Format::Docx => export::to_docx(&document).map_err(|e| FileError(e.to_string()))?,
        Format::Html => export::to_html(&document).into_bytes(),
        Format::Text => export::to_text(&document).into_bytes(),
        Format::Eml => {
            let docx = export::to_docx(&document).map_err(|e| FileError(e.to_string()))?;
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("release");
            export::to_eml(&document, &docx, &format!("{stem}.docx"))
                .map_err(|e| FileError(e.to_string()))?
        }
    };
    create_parent(&path)?;
    storage::write_atomic(&path, &bytes)?;
    Ok(Some(Written {
        path,
        bytes: bytes.len() as u64,
        warning,
        ..written
    }))
}

/// The name the user knows a photo by (the one it was added with), from its stored name.
fn photo_name(document: &Document, file: &str) -> String {
    document
        .blocks
        .iter()
        .find_map(|b| match b {
            crate::document::Block::Photo(p) if p.file == file && !p.original_name.is_empty() => {
                Some(p.original_name.clone())
            }
            _ => None,
        })
        .unwrap_or_else(|| file.to_string())
}

async fn resolve(target: Target, filters: &[(&str, &str)]) -> Option<Written> {
    match target {
        Target::File(path) => Some(Written {
            path,
            into_default_folder: false,
            bytes: 0,
            warning: None,
        }),
        Target::Folder { folder, name } => Some(Written {
            path: unused_path(&folder, &name),
            into_default_folder: true,
            bytes: 0,
            warning: None,
        }),
        Target::Dialog { name, folder } => {
            if let Some(folder) = &folder {
                // The dialog opens there only if it exists (Documents/Pressdesk may not yet).
                let _ = std::fs::create_dir_all(folder);
            }
            // rfd's zenity fallback ignores the starting folder but accepts a full path as
            // the proposed name.
            let name = match &folder {
                Some(folder) if !portal_file_chooser() => folder.join(&name).display().to_string(),
                _ => name,
            };
            let mut dialog = rfd::AsyncFileDialog::new().set_file_name(&name);
            for (label, extension) in filters {
                dialog = dialog.add_filter(*label, &[*extension]);
            }
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            let handle = dialog.save_file().await?;
            Some(Written {
                path: handle.path().to_path_buf(),
                into_default_folder: false,
                bytes: 0,
                warning: None,
            })
        }
    }
}

/// Adds the extension when the user typed a name without one.
fn with_extension(path: &Path, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path.to_path_buf()
    } else {
        path.with_extension(extension)
    }
}

fn create_parent(path: &Path) -> Result<(), FileError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| FileError(format!("{}: {e}", parent.display())))?;
    }
    Ok(())
}

/// Shows the folder in the system's file manager.
pub async fn open_folder(folder: PathBuf) -> Result<(), FileError> {
    let program = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(&folder)
        .spawn()
        .map(|_| ())
        .map_err(|e| FileError(format!("{program} {}: {e}", folder.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_folder_saves_never_overwrite() {
        let dir = std::env::temp_dir().join(format!("pressdesk-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let first = unused_path(&dir, "a.pressdesk");
        assert_eq!(first, dir.join("a.pressdesk"));
        std::fs::write(&first, "x").unwrap();
        assert_eq!(unused_path(&dir, "a.pressdesk"), dir.join("a-2.pressdesk"));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn export_format_follows_the_chosen_extension() {
        assert_eq!(
            Format::from_path(Path::new("x.HTML"), Format::Docx),
            Format::Html
        );
        assert_eq!(
            Format::from_path(Path::new("x"), Format::Text),
            Format::Text
        );
        assert_eq!(
            with_extension(Path::new("/t/x"), "docx"),
            PathBuf::from("/t/x.docx")
        );
    }

    #[test]
    fn chosen_export_folder_wins() {
        assert_eq!(
            default_folder(Some(Path::new("/srv/out"))),
            PathBuf::from("/srv/out")
        );
    }
}

#[cfg(test)]
mod write_tests {
    use super::*;
    use iced::futures::executor::block_on;

    #[test]
    fn without_a_dialog_saves_and_exports_land_in_the_folder() {
        let folder = std::env::temp_dir().join(format!("pressdesk-write-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        let release =
            storage::load_release(Path::new("tests/fixtures/releases/delegation-visit-ru.ron"))
                .unwrap();
        let target = Target::Folder {
            folder: folder.clone(),
            name: "visit.pressdesk".into(),
        };
        let archive = Archive::new(folder.join("archive"));
        let saved = block_on(save(release.clone(), target, Expect::Replace, archive))
            .unwrap()
            .unwrap();
        assert!(saved.written.into_default_folder);
        assert_eq!(storage::load_release(&saved.written.path).unwrap(), release);

        let profile = crate::profile::Profile::default();
        let document =
            crate::compose::compose(&release, crate::language::Language::Ru, &profile).unwrap();
        for format in Format::ALL {
            let target = Target::Folder {
                folder: folder.clone(),
                name: format!("visit.{}", format.extension()),
            };
            let photos = folder.join("photos");
            let ui = crate::language::Language::Ru;
            let written = block_on(export(document.clone(), format, target, None, photos, ui))
                .unwrap()
                .unwrap();
            let bytes = std::fs::read(&written.path).unwrap();
            match format {
                Format::Docx => assert!(bytes.starts_with(b"PK")),
                Format::Html => assert!(String::from_utf8_lossy(&bytes).contains("<html")),
                Format::Text => assert!(String::from_utf8_lossy(&bytes).contains("Туркестан")),
                Format::Eml => assert!(String::from_utf8_lossy(&bytes).contains("X-Unsent: 1")),
            }
        }
        let _ = std::fs::remove_dir_all(folder);
    }
}
