//! Reading and writing release and profile files: versioned RON, atomic writes.
//!
//! Every write goes through [`write_atomic`]: the file is written beside its target,
//! flushed to disk and renamed over it, so a crash or a full disk leaves the old file or the
//! new one, never half of either.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::profile::{PROFILE_VERSION, Profile};
use crate::release::{CURRENT_VERSION, Release};

mod atomic;
pub use atomic::{remove_stale_temporaries, write_atomic};

/// The extension of release files (RON inside).
pub const RELEASE_EXTENSION: &str = "pressdesk";

/// Larger files are not releases; refusing them keeps a mistaken pick from eating memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone, thiserror::Error)]
pub enum StorageError {
    #[error("{}: {}", path.display(), describe_io(source))]
    Io {
        path: PathBuf,
        #[source]
        source: Arc<io::Error>,
    },
    #[error("{}:{line}:{column}: not a valid file: {message}", path.display())]
    Malformed {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
        /// The parser's own account, for saying it in the user's language.
        detail: Option<Box<ron::Error>>,
    },
    #[error(
        "{}: written by a newer Pressdesk (file format {found}, this one reads up to {supported})",
        path.display()
    )]
    Newer {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{}: {size} bytes is too large for a release file", path.display())]
    TooLarge { path: PathBuf, size: u64 },
    #[error(
        "{}: changed on disk since it was opened (by someone else or another program); \
         nothing was overwritten",
        path.display()
    )]
    Changed { path: PathBuf },
    /// A file name Windows cannot hold, refused on every system: a release or an export
    /// written on Linux may be opened from a shared folder on a Windows PC.
    #[error("{}: {}", path.display(), problem.describe(crate::language::Language::En))]
    BadName { path: PathBuf, problem: NameProblem },
}

/// Why Windows could not hold a file under a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    /// CON, PRN, AUX, NUL, COM1…, LPT1… name devices, whatever the extension.
    Reserved,
    /// Windows drops a final dot or space, so the file would not be found again.
    TrailingDotOrSpace,
    /// Longer than the 259 characters Windows programs (Explorer, Word) can open.
    TooLong,
}

impl NameProblem {
    pub fn describe(self, ui: crate::language::Language) -> String {
        match self {
            NameProblem::Reserved => say!(ui,
                ru: "такое имя зарезервировано в Windows (CON, NUL, COM1…); выберите другое",
                kk: "бұл атау Windows-та резервтелген (CON, NUL, COM1…); басқасын таңдаңыз",
                en: "Windows reserves this name (CON, NUL, COM1…); choose another",
            ),
            NameProblem::TrailingDotOrSpace => say!(ui,
                ru: "имя кончается точкой или пробелом, Windows такой файл не откроет; уберите их",
                kk: "атау нүктемен не бос орынмен аяқталады, Windows мұндай файлды ашпайды; оларды алып тастаңыз",
                en: "the name ends in a dot or a space, which Windows cannot open; remove it",
            ),
            NameProblem::TooLong => say!(ui,
                ru: "путь длиннее 259 знаков, Windows и Word его не откроют; выберите папку ближе к диску или имя короче",
                kk: "жол 259 таңбадан ұзын, Windows пен Word оны ашпайды; дискіге жақынырақ қалта немесе қысқарақ атау таңдаңыз",
                en: "the path is longer than 259 characters, which Windows and Word cannot open; choose a folder nearer the drive or a shorter name",
            ),
        }
    }
}

/// Why a file at `path` could not be opened on Windows, or `None`. The length of the path
/// matters only on Windows, where the whole path is known to be what the user sees.
pub fn name_problem(path: &Path) -> Option<NameProblem> {
    let name = path.file_name()?.to_string_lossy();
    if crate::export::is_reserved_on_windows(&name) {
        return Some(NameProblem::Reserved);
    }
    if name.ends_with('.') || name.ends_with(' ') {
        return Some(NameProblem::TrailingDotOrSpace);
    }
    if cfg!(windows) {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        if absolute
            .as_os_str()
            .to_string_lossy()
            .encode_utf16()
            .count()
            > 259
        {
            return Some(NameProblem::TooLong);
        }
    }
    None
}

impl StorageError {
    /// The error in one line in the reader's language, naming the file (and for a
    /// malformed file the line and column, with the parser's own words after them).
    pub fn in_language(&self, ui: crate::language::Language) -> String {
        match self {
            StorageError::Io { path, source } => {
                let path = path.display();
                let why = describe_io_in(source, ui);
                format!("{path}: {why}")
            }
            StorageError::Malformed {
                path,
                line,
                column,
                message,
                detail,
            } => {
                let path = path.display();
                let message = match detail {
                    Some(detail) if ui != crate::language::Language::En => describe_ron(detail, ui),
                    _ => message.clone(),
                };
                say!(ui,
                    ru: "{path}:{line}:{column}: файл не читается: {message}",
                    kk: "{path}:{line}:{column}: файл оқылмайды: {message}",
                    en: "{path}:{line}:{column}: not a valid file: {message}",
                )
            }
            StorageError::Newer {
                path,
                found,
                supported,
            } => {
                let path = path.display();
                say!(ui,
                    ru: "{path}: записан более новой версией Pressdesk (формат {found}, эта читает до {supported})",
                    kk: "{path}: Pressdesk-тің жаңарақ нұсқасында жазылған ({found} пішімі, бұл нұсқа {supported} дейін оқиды)",
                    en: "{path}: written by a newer Pressdesk (file format {found}, this one reads up to {supported})",
                )
            }
            StorageError::TooLarge { path, size } => {
                let path = path.display();
                say!(ui,
                    ru: "{path}: {size} байт — слишком большой для файла релиза",
                    kk: "{path}: {size} байт — релиз файлы үшін тым үлкен",
                    en: "{path}: {size} bytes is too large for a release file",
                )
            }
            StorageError::BadName { path, problem } => {
                format!("{}: {}", path.display(), problem.describe(ui))
            }
            StorageError::Changed { path } => {
                let path = path.display();
                say!(ui,
                    ru: "{path}: файл изменён на диске после открытия (кем-то или другой программой); ничего не перезаписано",
                    kk: "{path}: файл ашылғаннан кейін дискіде өзгерген (басқа біреу немесе бағдарлама); ештеңе қайта жазылмады",
                    en: "{path}: changed on disk since it was opened (by someone else or another program); nothing was overwritten",
                )
            }
        }
    }

    pub(crate) fn io(path: &Path, source: io::Error) -> Self {
        StorageError::Io {
            path: path.to_path_buf(),
            source: Arc::new(source),
        }
    }
}

/// [`describe_io`] in the reader's language.
pub(crate) fn describe_io_in(error: &io::Error, ui: crate::language::Language) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => say!(ui,
            ru: "нет такого файла или папки",
            kk: "мұндай файл не қалта жоқ",
            en: "no such file or folder",
        ),
        // Windows: the file is open in another program (Word keeps a DOCX it shows locked).
        _ if matches!(error.raw_os_error(), Some(32 | 33)) && cfg!(windows) => say!(ui,
            ru: "файл открыт в другой программе (например, в Word); закройте его и повторите, ничего не изменено",
            kk: "файл басқа бағдарламада ашық (мысалы, Word-та); оны жабып, қайталаңыз, ештеңе өзгертілмеді",
            en: "the file is open in another program (Word, say); close it and try again; nothing was changed",
        ),
        io::ErrorKind::PermissionDenied => say!(ui,
            ru: "нет доступа (только для чтения, открыт в другой программе, например в Word, или чужой файл); ничего не изменено",
            kk: "рұқсат жоқ (тек оқуға арналған, басқа бағдарламада, мысалы Word-та ашық, не басқаның файлы); ештеңе өзгертілмеді",
            en: "permission denied (read-only, open in another program such as Word, or not yours); nothing was changed",
        ),
        io::ErrorKind::StorageFull => say!(ui,
            ru: "диск заполнен; ничего не изменено",
            kk: "диск толы; ештеңе өзгертілмеді",
            en: "the disk is full; nothing was changed",
        ),
        // A quota, or a limit on file size set for the account: no room, as far as the
        // user can tell.
        io::ErrorKind::QuotaExceeded | io::ErrorKind::FileTooLarge => say!(ui,
            ru: "нет места: превышена квота или предел размера файла; ничего не изменено",
            kk: "орын жоқ: квота не файл өлшемінің шегі асты; ештеңе өзгертілмеді",
            en: "no room: a quota or file size limit was reached; nothing was changed",
        ),
        io::ErrorKind::ReadOnlyFilesystem => say!(ui,
            ru: "диск только для чтения; ничего не изменено",
            kk: "диск тек оқуға арналған; ештеңе өзгертілмеді",
            en: "the disk is read-only; nothing was changed",
        ),
        io::ErrorKind::IsADirectory => say!(ui,
            ru: "это папка, а не файл",
            kk: "бұл файл емес, қалта",
            en: "this is a folder, not a file",
        ),
        io::ErrorKind::InvalidData => say!(ui,
            ru: "файл не в кодировке UTF-8",
            kk: "файл UTF-8 кодтауында емес",
            en: "the file is not UTF-8 text",
        ),
        _ => error.to_string(),
    }
}

/// Plain words for the I/O failures people meet: full disk, read-only folder, no such file.
fn describe_io(error: &io::Error) -> String {
    describe_io_in(error, crate::language::Language::En)
}

fn read_text(path: &Path) -> Result<String, StorageError> {
    let meta = std::fs::metadata(path).map_err(|e| StorageError::io(path, e))?;
    if meta.is_dir() {
        return Err(StorageError::io(
            path,
            io::Error::from(io::ErrorKind::IsADirectory),
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(StorageError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
        });
    }
    std::fs::read_to_string(path).map_err(|e| StorageError::io(path, e))
}

pub(crate) fn malformed(path: &Path, error: ron::error::SpannedError) -> StorageError {
    StorageError::Malformed {
        path: path.to_path_buf(),
        line: error.span.start.line,
        column: error.span.start.col,
        message: error.code.to_string(),
        detail: Some(Box::new(error.code)),
    }
}

/// What the parser found wrong, in Russian or Kazakh: the cases a hand-edited file runs
/// into, and a plain «ошибка записи» for the rest (the line and column point at it).
pub(crate) fn describe_ron(error: &ron::Error, ui: crate::language::Language) -> String {
    use ron::Error as E;
    match error {
        E::Eof => say!(ui,
            ru: "файл обрывается: не хватает закрывающей скобки или кавычки",
            kk: "файл толық емес: жабатын жақша немесе тырнақша жетіспейді",
            en: "the file ends too early",
        ),
        E::ExpectedComma => say!(ui,
            ru: "здесь нужна запятая",
            kk: "мұнда үтір керек",
            en: "a comma is needed here",
        ),
        E::ExpectedStringEnd | E::ExpectedString => say!(ui,
            ru: "текст должен быть в прямых кавычках: \"…\"",
            kk: "мәтін тік тырнақшада болуы керек: \"…\"",
            en: "text goes between straight quotes: \"…\"",
        ),
        E::ExpectedArrayEnd | E::ExpectedMapEnd | E::ExpectedStructLikeEnd => say!(ui,
            ru: "здесь нужна закрывающая скобка или запятая",
            kk: "мұнда жабатын жақша немесе үтір керек",
            en: "a closing bracket or a comma is needed here",
        ),
        E::MissingStructField { field, .. } => say!(ui,
            ru: "нет обязательного поля «{field}»",
            kk: "міндетті «{field}» өрісі жоқ",
            en: "the field «{field}» is missing",
        ),
        E::InvalidValueForType { found, expected } if expected.contains("148") => say!(ui,
            ru: "«{found}» — не число; пишите, например, \"148,9\" или \"1 234,5\"",
            kk: "«{found}» — сан емес; мысалы, \"148,9\" немесе \"1 234,5\" деп жазыңыз",
            en: "«{found}» is not a number; write, e.g., \"148,9\" or \"1 234,5\"",
        ),
        E::InvalidValueForType { found, .. } => say!(ui,
            ru: "значение «{found}» здесь не подходит",
            kk: "«{found}» мәні бұл жерге сәйкес келмейді",
            en: "the value «{found}» does not fit here",
        ),
        E::NoSuchEnumVariant {
            found, expected, ..
        } => {
            let expected = expected.join(", ");
            say!(ui,
                ru: "«{found}» — нет такого значения; возможны: {expected}",
                kk: "«{found}» — мұндай мән жоқ; болуы мүмкін: {expected}",
                en: "«{found}» is not one of: {expected}",
            )
        }
        _ => say!(ui,
            ru: "ошибка в записи",
            kk: "жазуда қате бар",
            en: "not valid here",
        ),
    }
}

/// Only the `version` field, read before the whole file so a newer format is recognised
/// as newer instead of reported as broken.
#[derive(Deserialize)]
struct VersionProbe {
    /// 0 when the file has none: every format ever written starts at 1.
    #[serde(default)]
    version: u32,
}

fn probe_version(path: &Path, text: &str) -> Result<u32, StorageError> {
    if let Some(version) = leading_version(text) {
        return Ok(version);
    }
    match ron::from_str::<VersionProbe>(text) {
        Ok(VersionProbe { version: 0 }) => Err(StorageError::Malformed {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            message: "the file has no `version`".into(),
            detail: Some(Box::new(ron::Error::MissingStructField {
                field: "version",
                outer: None,
            })),
        }),
        Ok(VersionProbe { version }) => Ok(version),
        Err(error) => Err(malformed(path, error)),
    }
}

/// The version of a file that starts as this program writes them, `(` then `version: 3,`,
/// read from its first line instead of a whole parse: opening an archive parses every file,
/// and probing with RON parsed each one twice. A file that starts otherwise (a comment, a
/// struct name, hand-edited order) is probed by RON.
fn leading_version(text: &str) -> Option<u32> {
    let rest = text.trim_start().strip_prefix('(')?.trim_start();
    let rest = rest.strip_prefix("version:")?.trim_start();
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    let after = rest[digits..].trim_start();
    if !(after.starts_with(',') || after.starts_with(')')) {
        return None;
    }
    rest[..digits].parse().ok().filter(|&version| version > 0)
}

/// Parses a release file's text, migrating older versions to the current one.
pub fn parse_release(path: &Path, text: &str) -> Result<Release, StorageError> {
    let version = probe_version(path, text)?;
    if version > CURRENT_VERSION {
        return Err(StorageError::Newer {
            path: path.to_path_buf(),
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    // Every version so far reads into today's shape; what changed is converted after.
    let mut release: Release = ron::from_str(text).map_err(|e| malformed(path, e))?;
    crate::migration::to_current(&mut release);
    Ok(release)
}

/// A file from a newer Pressdesk read as far as this version understands it, for showing
/// it read-only; `None` when its shape changed too much to read at all.
pub fn parse_newer_leniently(text: &str) -> Option<Release> {
    ron::from_str(text).ok()
}

pub fn load_release(path: &Path) -> Result<Release, StorageError> {
    let text = read_text(path)?;
    parse_release(path, &text)
}

/// The release as it is stored: pretty RON, one field a line, so sync tools and people can
/// diff it.
pub fn release_to_ron(release: &Release) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .indentor("  ".to_string());
    // Serialising plain data with string keys cannot fail.
    ron::ser::to_string_pretty(release, config).unwrap_or_default()
}

pub fn save_release(path: &Path, release: &Release) -> Result<(), StorageError> {
    let mut text = release_to_ron(release);
    text.push('\n');
    write_atomic(path, text.as_bytes())
}

pub fn load_profile(path: &Path) -> Result<Profile, StorageError> {
    let text = read_text(path)?;
    let version = probe_version(path, &text)?;
    if version > PROFILE_VERSION {
        return Err(StorageError::Newer {
            path: path.to_path_buf(),
            found: version,
            supported: PROFILE_VERSION,
        });
    }
    ron::from_str(&text).map_err(|e| malformed(path, e))
}

pub fn save_profile(path: &Path, profile: &Profile) -> Result<(), StorageError> {
    let config = ron::ser::PrettyConfig::new().indentor("  ".to_string());
    let text = ron::ser::to_string_pretty(profile, config).unwrap_or_default();
    write_atomic(path, text.as_bytes())
}

#[cfg(test)]
mod name_tests {
    use super::*;

    #[test]
    fn names_windows_cannot_hold_are_refused_before_anything_is_written() {
        let folder = std::env::temp_dir().join(format!("pressdesk-names-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        for (name, problem) in [
            ("CON.docx", NameProblem::Reserved),
            ("nul", NameProblem::Reserved),
            ("com1.pressdesk", NameProblem::Reserved),
            ("Визит.", NameProblem::TrailingDotOrSpace),
            ("Визит.docx ", NameProblem::TrailingDotOrSpace),
        ] {
            let path = folder.join(name);
            match write_atomic(&path, b"text") {
                Err(StorageError::BadName { problem: found, .. }) => assert_eq!(found, problem),
                other => panic!("{name}: {other:?}"),
            }
            assert!(!path.exists(), "{name} was written");
        }
        let error = write_atomic(&folder.join("CON.docx"), b"text").unwrap_err();
        assert!(
            error
                .in_language(crate::language::Language::Kk)
                .contains("Windows-та резервтелген"),
            "{error}"
        );
        for fine in ["Console.docx", "Сапар.docx", "com10.txt", "a.b.c"] {
            write_atomic(&folder.join(fine), b"text").unwrap();
        }
        std::fs::remove_dir_all(&folder).unwrap();
    }
}

#[cfg(test)]
mod version_probe_tests {
    use super::*;

    #[test]
    fn the_first_line_gives_the_version_only_when_it_reads_as_ron_would() {
        let path = Path::new("release.pressdesk");
        for text in [
            "(\n  version: 3,\n  id: \"x\",\n)",
            "(version: 12)",
            "(  version :7, id: \"x\")",
            "// notes\n(\n  version: 2,\n)",
        ] {
            let ron_says = ron::from_str::<VersionProbe>(text).unwrap().version;
            assert_eq!(probe_version(path, text).unwrap(), ron_says, "{text}");
        }
        // Shapes the quick reading does not take are left to RON, which reads them or says
        // what is wrong.
        assert_eq!(leading_version("(version: 3x)"), None);
        assert_eq!(leading_version("(version: 0,)"), None);
        assert_eq!(leading_version("(id: \"x\", version: 3)"), None);
        assert_eq!(probe_version(path, "(id: \"x\", version: 3)").unwrap(), 3);
        assert!(matches!(
            probe_version(path, "(\n  version: 0,\n)"),
            Err(StorageError::Malformed { .. })
        ));
    }
}
