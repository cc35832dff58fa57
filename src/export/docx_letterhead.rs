//! The DOCX page furniture: the letterhead in the first page's header and the page number
//! in every footer.
//!
//! The letterhead stands on the first page only, as on printed letter paper; the pages
//! after it keep their full height for the text. Page numbers are a `PAGE` field, so Word
//! and LibreOffice number the pages themselves whatever the font or paper does.

use docx_rs::{BreakType, Docx, Footer, Header, PageNum, Paragraph, Pic, Run};

use crate::letterhead::{Letterhead, Picture};

use super::clean::clean_line;
use super::docx_styles::id;

/// Height of the logo on the page: 1.5 cm, in EMU (360 000 per cm).
const LOGO_HEIGHT_EMU: u64 = 540_000;
/// The logo's relationship id: one picture per document, so a fixed name keeps the file
/// the same from one export to the next (docx-rs would number it from a global counter).
const LOGO_ID: &str = "rIdImageLogo";

/// Adds the letterhead (if any) and the page-number footers to `docx`.
pub(crate) fn with_page_furniture(docx: Docx, letterhead: Option<&Letterhead>) -> Docx {
    let footer = || Footer::new().add_paragraph(page_number());
    let docx = docx.footer(footer());
    match letterhead.filter(|l| !l.is_empty()) {
        // The first page has its own header, so it needs its own footer too, or the
        // number would be missing there.
        //
        // The empty default header (pages after the first) must come before the first-page
        // one: docx-rs 0.4.22 files header relationships by slot (default, first, even) but
        // writes header parts in the order they were added, so a lone first-page header
        // would lose the logo's relationship and Word would show a broken picture.
        Some(letterhead) => docx
            .header(Header::new().add_paragraph(Paragraph::new().style(id::PAGE_NUMBER)))
            .first_header(Header::new().add_paragraph(letterhead_paragraph(letterhead)))
            .first_footer(footer()),
        None => docx,
    }
}

/// Logo above the organisation's name, centred, one paragraph so the rule under it (part
/// of the style) is drawn once.
fn letterhead_paragraph(letterhead: &Letterhead) -> Paragraph {
    let mut paragraph = Paragraph::new().style(id::LETTERHEAD);
    let name = clean_line(&letterhead.organisation);
    let name = name.trim();
    if let Some(logo) = &letterhead.logo {
        paragraph = paragraph.add_run(Run::new().add_image(logo_picture(&logo.print)));
        if !name.is_empty() {
            paragraph = paragraph.add_run(Run::new().add_break(BreakType::TextWrapping));
        }
    }
    if !name.is_empty() {
        paragraph = paragraph.add_run(Run::new().add_text(name));
    }
    paragraph
}

fn logo_picture(picture: &Picture) -> Pic {
    let height = LOGO_HEIGHT_EMU;
    let width = height * u64::from(picture.width) / u64::from(picture.height.max(1));
    Pic::new_with_dimensions(picture.png.to_vec(), picture.width, picture.height)
        .id(LOGO_ID)
        .size(width as u32, height as u32)
}

fn page_number() -> Paragraph {
    Paragraph::new()
        .style(id::PAGE_NUMBER)
        .add_page_num(PageNum::new())
}
