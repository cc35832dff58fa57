//! Photos of a release: the event's pictures with a caption per language, a credit and alt
//! text (the [`Photo`](crate::release::Photo) entries of a release), kept as files in a
//! `photos` folder beside the release file ([`store`]), decoded the right way up and made
//! into the smaller copies each export needs ([`picture`]).
//!
//! A photo that is missing or damaged is reported and left out; the release still opens
//! and exports.

pub mod picture;
mod prepare;
pub mod store;

pub use picture::Format;
pub use prepare::{
    Copy, EMAIL_MAX_BYTES, EMAIL_WIDTH_PX, PRINT_MAX_BYTES, PRINT_WIDTH_PX, Prepared, attach,
    prepare,
};
pub use store::{folder_for, read};

use crate::language::Language;

/// Why a photo could not be added or read. The file it concerns is named by the caller.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PhotoError {
    #[error("not a JPEG, PNG or WebP photo")]
    NotAPhoto,
    #[error("a HEIC photo, which Pressdesk cannot read; save it as JPEG first")]
    Heic,
    #[error("damaged or incomplete: {0}")]
    Damaged(String),
    #[error("{width}×{height} pixels is more than a photo needs")]
    TooManyPixels { width: u32, height: u32 },
    #[error("{megabytes} MB is more than a photo file may be (100 MB)")]
    TooLarge { megabytes: u64 },
    #[error("the file {file} is not in the photos folder")]
    Missing { file: String },
    #[error("{}", crate::storage::describe_io_in(.0, Language::En))]
    Io(std::sync::Arc<std::io::Error>),
    #[error("{0}")]
    Storage(crate::storage::StorageError),
}

/// Photo files larger than this are refused before reading: a camera's JPEG is 5–25 MB;
/// a mistaken pick (a video) must not fill memory.
pub const MAX_FILE_BYTES: u64 = 100 * 1024 * 1024;

impl PhotoError {
    pub(crate) fn io(error: std::io::Error) -> Self {
        PhotoError::Io(std::sync::Arc::new(error))
    }

    /// The reason in one line in the reader's language.
    pub fn in_language(&self, ui: Language) -> String {
        match self {
            PhotoError::NotAPhoto => say!(ui,
                ru: "это не фотография в формате JPEG, PNG или WebP",
                kk: "бұл JPEG, PNG не WebP пішіміндегі фотосурет емес",
                en: "not a JPEG, PNG or WebP photo",
            ),
            PhotoError::Heic => say!(ui,
                ru: "фотография в формате HEIC (так снимает iPhone), Pressdesk его не читает; сохраните её как JPEG (на iPhone: Настройки → Камера → Форматы → «Наиболее совместимый») и добавьте снова",
                kk: "HEIC пішіміндегі фотосурет (iPhone осылай түсіреді), Pressdesk оны оқымайды; оны JPEG ретінде сақтап (iPhone-да: Параметрлер → Камера → Пішімдер → «Ең үйлесімді»), қайта қосыңыз",
                en: "a HEIC photo (as iPhones take them), which Pressdesk cannot read; save it as JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible) and add it again",
            ),
            PhotoError::Damaged(reason) => say!(ui,
                ru: "файл повреждён или не докачан ({reason})",
                kk: "файл бүлінген не толық жүктелмеген ({reason})",
                en: "the file is damaged or incomplete ({reason})",
            ),
            PhotoError::TooManyPixels { width, height } => say!(ui,
                ru: "{width}×{height} точек — больше, чем Pressdesk открывает (до 120 мегапикселей)",
                kk: "{width}×{height} нүкте — Pressdesk ашатыннан көп (120 мегапиксельге дейін)",
                en: "{width}×{height} pixels is more than Pressdesk opens (up to 120 megapixels)",
            ),
            PhotoError::TooLarge { megabytes } => say!(ui,
                ru: "{megabytes} МБ — фотография может занимать не больше 100 МБ",
                kk: "{megabytes} МБ — фотосурет 100 МБ-тан аспауы керек",
                en: "{megabytes} MB; a photo file may be at most 100 MB",
            ),
            PhotoError::Missing { file } => say!(ui,
                ru: "файла {file} нет в папке photos рядом с релизом; добавьте фотографию заново",
                kk: "{file} файлы релиз жанындағы photos қалтасында жоқ; фотосуретті қайта қосыңыз",
                en: "the file {file} is not in the photos folder beside the release; add the photo again",
            ),
            PhotoError::Io(error) => crate::storage::describe_io_in(error, ui),
            PhotoError::Storage(error) => error.in_language(ui),
        }
    }
}
