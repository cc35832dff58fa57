//! An email draft (.eml): the release in the body as plain text and HTML, the DOCX
//! attached, `X-Unsent: 1` so Outlook opens it as a draft to address and send.
//! Thunderbird and Apple Mail open the same file as a message to forward or edit.

use mail_builder::MessageBuilder;
use mail_builder::headers::raw::Raw;

use super::{ExportError, clean, to_html, to_text};
use crate::document::{Block, Document};

/// Mail systems refuse or strip messages above about this size (base64 counted).
pub const LARGE_MESSAGE_BYTES: usize = 10 * 1024 * 1024;

const DOCX_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The draft's bytes. `docx` is the exported DOCX and `docx_name` its file name (the
/// transliterated one the DOCX export suggests, so every mail client shows it intact).
pub fn to_eml(document: &Document, docx: &[u8], docx_name: &str) -> Result<Vec<u8>, ExportError> {
    MessageBuilder::new()
        .subject(subject(document))
        .header("X-Unsent", Raw::new("1"))
        .text_body(to_text(document))
        .html_body(to_html(document))
        .attachment(DOCX_TYPE, one_line(docx_name), docx.to_vec())
        .write_to_vec()
        .map_err(|e| ExportError::Eml(e.to_string()))
}

/// The subject: the headline, after the embargo notice when there is one, so nobody
/// forwards an embargoed release by mistake.
pub fn subject(document: &Document) -> String {
    let notice = document.blocks.iter().find_map(|b| match b {
        Block::Notice(text) => Some(text.as_str()),
        _ => None,
    });
    let subject = match notice {
        Some(notice) => format!("{notice}: {}", document.title),
        None => document.title.clone(),
    };
    one_line(&subject)
}

/// A header value on one line: line breaks and other control characters become spaces,
/// so text typed into a headline can never start a header of its own.
fn one_line(text: &str) -> String {
    clean::clean_line(text)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
