//! An email draft (.eml): the release in the body as plain text and HTML, the DOCX
//! attached, `X-Unsent: 1` so Outlook opens it as a draft to address and send.
//! Thunderbird and Apple Mail open the same file as a message to forward or edit.

use mail_builder::MessageBuilder;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::{BodyPart, MimePart};

use super::html::{LOGO_CID, LogoSource, photo_cid, render};
use super::{ExportError, clean, to_text};
use crate::document::{Block, Document, PhotoBlock};

/// Mail systems refuse or strip messages above about this size (base64 counted).
pub const LARGE_MESSAGE_BYTES: usize = 20 * 1024 * 1024;

const DOCX_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The draft's bytes. `docx` is the exported DOCX and `docx_name` its file name (the
/// transliterated one the DOCX export suggests, so every mail client shows it intact).
pub fn to_eml(document: &Document, docx: &[u8], docx_name: &str) -> Result<Vec<u8>, ExportError> {
    let logo = document
        .letterhead
        .as_ref()
        .and_then(|l| l.logo.as_ref())
        .map(|logo| logo.email.png.to_vec());
    let photos: Vec<&PhotoBlock> = document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Photo(p) if p.picture.is_some() => Some(p),
            _ => None,
        })
        .collect();
    let text = MimePart::new("text/plain", BodyPart::Text(to_text(document).into()));
    // The body, built by hand because mail-builder's shortcut would put the pictures beside
    // the attachments (multipart/mixed), where Apple Mail and Outlook list them as more
    // files. With pictures: related(alternative(text, html), logo, photos…) — each belongs
    // to the HTML and is found by its Content-ID, which mail clients show, unlike `data:`
    // URLs.
    let body = if logo.is_none() && photos.is_empty() {
        let html = render(document, LogoSource::Embedded);
        MimePart::new(
            "multipart/alternative",
            vec![
                text,
                MimePart::new("text/html", BodyPart::Text(html.into())),
            ],
        )
    } else {
        let html = render(document, LogoSource::ContentIds);
        let alternative = MimePart::new(
            "multipart/alternative",
            vec![
                text,
                MimePart::new("text/html", BodyPart::Text(html.into())),
            ],
        );
        let mut related = vec![alternative];
        if let Some(png) = logo {
            related.push(MimePart::new("image/png", png).inline().cid(LOGO_CID));
        }
        for (i, photo) in photos.iter().enumerate() {
            if let Some(picture) = &photo.picture {
                related.push(
                    MimePart::new("image/jpeg", picture.email.jpeg.to_vec())
                        .inline()
                        .cid(photo_cid(i + 1)),
                );
            }
        }
        MimePart::new("multipart/related", related)
    };
    let mut parts = vec![
        body,
        MimePart::new(DOCX_TYPE, docx.to_vec()).attachment(one_line(docx_name)),
    ];
    // The originals, for the editors who print or crop them: the copies in the body are
    // for reading the message.
    for (i, photo) in photos.iter().enumerate() {
        if let Some(picture) = &photo.picture {
            parts.push(
                MimePart::new(picture.original_mime, picture.original.to_vec())
                    .attachment(attachment_name(photo, i + 1, picture.original_mime)),
            );
        }
    }
    MessageBuilder::new()
        .subject(subject(document))
        .header("X-Unsent", Raw::new("1"))
        .body(MimePart::new("multipart/mixed", parts))
        .write_to_vec()
        .map_err(|e| ExportError::Eml(e.to_string()))
}

/// The name an original photo is attached under: the name it was added with, else
/// «photo-2.jpg».
fn attachment_name(photo: &PhotoBlock, n: usize, mime: &str) -> String {
    let name = one_line(&photo.original_name);
    if name.is_empty() {
        let extension = mime
            .rsplit('/')
            .next()
            .unwrap_or("jpg")
            .replace("jpeg", "jpg");
        format!("photo-{n}.{extension}")
    } else {
        name
    }
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
