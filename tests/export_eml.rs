//! The email draft, read back with an independent MIME parser (mail-parser): subject,
//! text and HTML bodies in UTF-8, the DOCX attached byte for byte, `X-Unsent: 1`, and no
//! way for a headline to add headers of its own.

mod export_sample;

use export_sample::*;
use mail_parser::{MessageParser, MimeHeaders};
use pressdesk::document::Block;
use pressdesk::export::{to_docx, to_eml, to_html, to_text};

fn draft(doc: &pressdesk::document::Document) -> (Vec<u8>, Vec<u8>) {
    let docx = to_docx(doc).unwrap();
    let eml = to_eml(doc, &docx, "2026-11-28_akim-vstretilsya.docx").unwrap();
    (eml, docx)
}

#[test]
fn the_release_is_in_the_body_and_the_docx_is_attached() {
    let doc = delegation_visit_ru();
    let (eml, docx) = draft(&doc);
    let message = MessageParser::default()
        .parse(&eml)
        .expect("a parseable message");

    // The embargo leads the subject, then the headline, on one line.
    let subject = message.subject().unwrap();
    assert!(subject.starts_with("ЭМБАРГО ДО 28"), "{subject}");
    assert!(
        subject.ends_with("делегацией провинции Цзянсу"),
        "{subject}"
    );
    assert_eq!(message.header_raw("X-Unsent").map(str::trim), Some("1"));

    // multipart/mixed around multipart/alternative: text and HTML bodies, UTF-8.
    let text = message.body_text(0).unwrap();
    assert_eq!(
        text.replace("\r\n", "\n").trim_end(),
        to_text(&doc).trim_end()
    );
    let html = message.body_html(0).unwrap();
    assert!(html.contains("Цзянсу"));
    assert_eq!(
        html.replace("\r\n", "\n").trim_end(),
        to_html(&doc).trim_end()
    );

    let attachments: Vec<_> = message.attachments().collect();
    assert_eq!(attachments.len(), 1);
    let attachment = attachments[0];
    assert_eq!(
        attachment.attachment_name(),
        Some("2026-11-28_akim-vstretilsya.docx")
    );
    assert_eq!(
        attachment.content_type().map(|c| c.ctype()),
        Some("application")
    );
    assert_eq!(
        attachment.contents(),
        docx.as_slice(),
        "the DOCX arrives byte for byte"
    );
}

#[test]
fn a_headline_with_line_breaks_cannot_add_headers() {
    let mut doc = delegation_visit_kk();
    doc.title = "Жаңалық\r\nBcc: everyone@example.com\r\n\r\nInjected body".into();
    doc.blocks.retain(|b| !matches!(b, Block::Notice(_)));
    let (eml, _) = draft(&doc);
    let message = MessageParser::default().parse(&eml).unwrap();
    assert!(message.header_raw("Bcc").is_none());
    assert_eq!(
        message.subject(),
        Some("Жаңалық Bcc: everyone@example.com Injected body")
    );
    let raw = String::from_utf8_lossy(&eml);
    assert!(!raw.contains("\r\nBcc:"), "no header line starts with Bcc");
}

#[test]
fn a_typical_release_makes_a_small_message() {
    let doc = delegation_visit_ru();
    let (eml, docx) = draft(&doc);
    // Text + HTML + base64 of the DOCX: far from the 10 MB servers refuse.
    assert!(
        eml.len() < docx.len() * 2 + 64 * 1024,
        "{} bytes",
        eml.len()
    );
    assert!(eml.len() < pressdesk::export::LARGE_MESSAGE_BYTES);
}

/// A user who keeps a Cyrillic file name gets it back intact from an independent parser,
/// and the raw header stays 7-bit ASCII (RFC 2231 / RFC 2047 encoded) as mail servers need.
#[test]
fn a_cyrillic_attachment_name_survives_the_trip() {
    let doc = delegation_visit_kk();
    let docx = to_docx(&doc).unwrap();
    let name = "Әкім Қытай делегациясын қабылдады.docx";
    let eml = to_eml(&doc, &docx, name).unwrap();
    let message = MessageParser::default().parse(&eml).unwrap();
    let attachment = message.attachments().next().expect("the DOCX");
    assert_eq!(attachment.attachment_name(), Some(name));
    let raw = String::from_utf8_lossy(&eml);
    let headers_of_part = raw
        .split("\r\n\r\n")
        .find(|block| block.contains("filename"))
        .expect("the attachment's headers");
    assert!(headers_of_part.is_ascii(), "{headers_of_part}");
}
