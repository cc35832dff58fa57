//! OpenDocument text (.odt, LibreOffice's own format): its paragraphs, headings, list
//! items and tables, read from `content.xml` inside the zip.

use std::io::Read;

use super::any_text::{MAX_UNPACKED_BYTES, TextDocument};

const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

/// The text of an .odt file; `None` when the bytes are not one (or a damaged one, or one
/// that would unpack to more than [`MAX_UNPACKED_BYTES`]).
pub fn read(bytes: &[u8]) -> Option<TextDocument> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut content = String::new();
    archive
        .by_name("content.xml")
        .ok()?
        .take(MAX_UNPACKED_BYTES)
        .read_to_string(&mut content)
        .ok()?;
    from_content(&content)
}

/// The text of an .odt file's `content.xml`; `None` when it is not one.
pub fn from_content(content: &str) -> Option<TextDocument> {
    let xml = roxmltree::Document::parse_with_options(
        content,
        roxmltree::ParsingOptions {
            allow_dtd: false,
            ..Default::default()
        },
    )
    .ok()?;
    let mut document = TextDocument::default();
    let body = xml
        .descendants()
        .find(|n| n.has_tag_name((OFFICE, "text")))?;
    read_blocks(body, &mut document);
    Some(document)
}

/// Paragraphs and headings in order, list items as paragraphs, tables as rows of cells.
fn read_blocks(parent: roxmltree::Node, document: &mut TextDocument) {
    for node in parent.children().filter(roxmltree::Node::is_element) {
        if node.has_tag_name((TEXT, "p")) || node.has_tag_name((TEXT, "h")) {
            document.paragraphs.push(inline_text(node));
        } else if node.has_tag_name((TABLE, "table")) {
            document.tables.push(table_rows(node));
        } else if node.tag_name().name() != "tracked-changes" {
            // Lists, sections and the like hold paragraphs of their own.
            read_blocks(node, document);
        }
    }
}

fn table_rows(table: roxmltree::Node) -> Vec<Vec<String>> {
    table
        .descendants()
        .filter(|n| n.has_tag_name((TABLE, "table-row")))
        .map(|row| {
            row.children()
                .filter(|c| c.has_tag_name((TABLE, "table-cell")))
                .map(|cell| {
                    let parts: Vec<String> = cell
                        .descendants()
                        .filter(|n| n.has_tag_name((TEXT, "p")))
                        .map(inline_text)
                        .collect();
                    parts.join(" ").trim().to_string()
                })
                .collect()
        })
        .collect()
}

/// A paragraph's text: spans as their text, `<text:s text:c="3"/>` as that many spaces, a
/// tab as a tab, a line break as a new line; notes and annotations left out.
fn inline_text(paragraph: roxmltree::Node) -> String {
    let mut out = String::new();
    for node in paragraph.children() {
        if node.is_text() {
            out.push_str(node.text().unwrap_or(""));
            continue;
        }
        match node.tag_name().name() {
            "s" => {
                let count: usize = node
                    .attribute((TEXT, "c"))
                    .and_then(|c| c.parse().ok())
                    .unwrap_or(1);
                out.extend(std::iter::repeat_n(' ', count.min(64)));
            }
            "tab" => out.push('\t'),
            "line-break" => out.push('\n'),
            "note" | "annotation" | "bookmark" | "bookmark-start" | "bookmark-end" => {}
            _ => out.push_str(&inline_text(node)),
        }
    }
    out
}
