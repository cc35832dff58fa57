//! A short message under the toolbar: what was saved where, or what went wrong.

use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
    /// A folder the message is about; the bar offers "Open folder" for it.
    pub folder: Option<PathBuf>,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_error: false,
            folder: None,
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            is_error: true,
            folder: None,
        }
    }

    pub fn with_folder(mut self, folder: Option<PathBuf>) -> Self {
        self.folder = folder;
        self
    }
}

/// The notice after an export: where the file went, and — shown as a problem, so it is not
/// missed — what had to be left out of it.
pub fn exported(
    i18n: &crate::gui::i18n::I18n,
    text: String,
    warning: Option<String>,
    folder: Option<PathBuf>,
) -> Notice {
    match warning {
        Some(warning) => Notice::error(format!(
            "{text} {}",
            i18n.tr_args("notice-logo-skipped", &[("error", warning.into())])
        )),
        None => Notice::info(text),
    }
    .with_folder(folder)
}
