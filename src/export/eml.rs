//! An email draft (.eml): the release in the body as plain text and HTML, the DOCX
//! attached, `X-Unsent: 1` so Outlook opens it as a draft to address and send.
//! Thunderbird and Apple Mail open the same file as a message to forward or edit.

use mail_builder::MessageBuilder;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::{BodyPart, MimePart};

use super::html::{LogoSource, render};
use super::{ExportError, clean, to_text};
use crate::document::{Block, Document};

/// Mail systems refuse or strip messages above about this size (base64 counted).
pub const LARGE_MESSAGE_BYTES: usize = 10 * 1024 * 1024;

const DOCX_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The draft's bytes. `docx` is the exported DOCX and `docx_name` its file name (the
/// transliterated one the DOCX export suggests, so every mail client shows it intact).
pub fn to_eml(document: &Document, docx: &[u8], docx_name: &str) -> Result<Vec<u8>, ExportError> {
    let logo = document
        .letterhead
        .as_ref()
        .and_then(|l| l.logo.as_ref())
        .map(|logo| logo.email.png.to_vec());
    let text = MimePart::new("text/plain", BodyPart::Text(to_text(document).into()));
    // The body, built by hand because mail-builder's shortcut would put a logo beside the
    // attachment (multipart/mixed), where Apple Mail and Outlook list it as one more file.
    // With a logo: related(alternative(text, html), logo) — the picture belongs to the
    // HTML and is found by its Content-ID, which mail clients show, unlike `data:` URLs.
    let body = match logo {
        Some(png) => {
            let html = render(document, LogoSource::ContentId(LOGO_CID));
            let alternative = MimePart::new(
                "multipart/alternative",
                vec![
                    text,
                    MimePart::new("text/html", BodyPart::Text(html.into())),
                ],
            );
            let picture = MimePart::new("image/png", png).inline().cid(LOGO_CID);
            MimePart::new("multipart/related", vec![alternative, picture])
        }
        None => {
            let html = render(document, LogoSource::Embedded);
            MimePart::new(
                "multipart/alternative",
                vec![
                    text,
                    MimePart::new("text/html", BodyPart::Text(html.into())),
                ],
            )
        }
    };
    let attachment = MimePart::new(DOCX_TYPE, docx.to_vec()).attachment(one_line(docx_name));
    MessageBuilder::new()
        .subject(subject(document))
        .header("X-Unsent", Raw::new("1"))
        .body(MimePart::new("multipart/mixed", vec![body, attachment]))
        .write_to_vec()
        .map_err(|e| ExportError::Eml(e.to_string()))
}

/// The Content-ID of the letterhead logo inside an email draft.
const LOGO_CID: &str = "letterhead-logo@pressdesk";

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
