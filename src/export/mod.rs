//! Exporters: HTML (email-safe), DOCX, plain text, and suggested file names.
//!
//! Every exporter reads only a [`Document`](crate::document::Document), so what the preview
//! shows is what each file says. All of them pass user text through [`clean`] first: one rule
//! for which characters survive keeps the three formats in agreement.

mod clean;
mod docx;
mod docx_letterhead;
mod docx_package;
mod docx_styles;
mod eml;
mod filename;
mod html;
mod hyphens;
mod text;

pub use docx::{to_docx, to_docx_at};
pub use eml::{LARGE_MESSAGE_BYTES, subject as email_subject, to_eml};
pub use filename::{is_reserved_on_windows, suggested_file_name};
pub use html::{paragraphs_html, to_html, to_html_fragment};
pub use text::to_text;

/// Why an export failed. Clone-able so a GUI message can carry it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// docx-rs or its ZIP writer refused to write the package.
    #[error("could not write the DOCX file: {0}")]
    Docx(String),
    #[error("could not write the email draft: {0}")]
    Eml(String),
}
