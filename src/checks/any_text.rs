//! Checking a text a press secretary is handed — a colleague's Word file, a ministry's
//! plain text — without retyping it into a release: its paragraphs become a release of
//! the blank genre, each in the version of its own language, and every check that needs
//! no facts runs on it.

use std::path::Path;

use jiff::civil::Date;

use super::{Finding, check_with};
use crate::language::Language;
use crate::profile::Profile;
use crate::release::{DraftText, LanguageVersion, Release};

pub use crate::language::of_paragraphs as languages_of;
pub use crate::language::of_text as language_of;

/// Why a text handed over could not be read, or its corrected copy not written.
#[derive(Debug)]
pub enum TextFileError {
    Unreadable(std::path::PathBuf, std::io::Error),
    NotWord(std::path::PathBuf),
    NotOpenDocument(std::path::PathBuf),
    NotEmail(std::path::PathBuf),
    NotUtf8(std::path::PathBuf),
    NotWritten(crate::storage::StorageError),
}

impl TextFileError {
    /// One line in `ui`, naming the file.
    pub fn in_language(&self, ui: Language) -> String {
        match self {
            TextFileError::Unreadable(path, source) => crate::storage::StorageError::Io {
                path: path.clone(),
                source: std::sync::Arc::new(std::io::Error::new(source.kind(), source.to_string())),
            }
            .in_language(ui),
            TextFileError::NotWord(path) => {
                let path = path.display();
                say!(ui,
                    ru: "{path}: это не файл Word (.docx) или он повреждён",
                    kk: "{path}: бұл Word (.docx) файлы емес немесе ол бүлінген",
                    en: "{path}: not a Word file (.docx), or a damaged one",
                )
            }
            TextFileError::NotOpenDocument(path) => {
                let path = path.display();
                say!(ui,
                    ru: "{path}: это не документ OpenDocument (.odt) или он повреждён",
                    kk: "{path}: бұл OpenDocument (.odt) құжаты емес немесе ол бүлінген",
                    en: "{path}: not an OpenDocument text (.odt), or a damaged one",
                )
            }
            TextFileError::NotEmail(path) => {
                let path = path.display();
                say!(ui,
                    ru: "{path}: это не письмо (.eml) или в нём нет текста",
                    kk: "{path}: бұл хат (.eml) емес немесе онда мәтін жоқ",
                    en: "{path}: not an email message (.eml), or one without a text",
                )
            }
            TextFileError::NotUtf8(path) => {
                let path = path.display();
                say!(ui,
                    ru: "{path}: текст не в кодировке UTF-8; сохраните его как UTF-8",
                    kk: "{path}: мәтін UTF-8 кодтауында емес; оны UTF-8 ретінде сақтаңыз",
                    en: "{path}: the text is not UTF-8; save it as UTF-8",
                )
            }
            TextFileError::NotWritten(error) => error.in_language(ui),
        }
    }
}

impl std::fmt::Display for TextFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_language(Language::En))
    }
}

/// A file's extension in lower case («DOCX» is a Word file too).
pub(super) fn extension_of(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .unwrap_or_default()
}

/// The paragraphs of a `.txt`, `.md`, `.docx`, `.html` or `.eml` file. Plain text is split at
/// blank lines (a paragraph may run over several lines); Word paragraphs are taken as they
/// are; a page or an email as [`html_paragraphs`] and [`email_paragraphs`] read them.
pub fn read_paragraphs(path: &Path) -> Result<Vec<String>, TextFileError> {
    let bytes =
        std::fs::read(path).map_err(|e| TextFileError::Unreadable(path.to_path_buf(), e))?;
    paragraphs_of(path, &bytes)
}

/// The paragraphs of `bytes`, read as the kind of file `path`'s extension names (the path
/// is named in errors): what the checks read. A page's table cells are paragraphs here;
/// a Word or OpenDocument file's tables are left out. Any bytes at all give paragraphs or
/// an error, never a panic (tests/fuzz_inputs.rs).
pub fn paragraphs_of(path: &Path, bytes: &[u8]) -> Result<Vec<String>, TextFileError> {
    let paragraphs = match extension_of(path).as_str() {
        "html" | "htm" => html_paragraphs(&String::from_utf8_lossy(bytes)),
        _ => document_of(path, bytes)?.paragraphs,
    };
    Ok(tidy(paragraphs))
}

/// A text file's paragraphs and, apart from them, its tables (rows of cells' texts), for
/// an import to read figures from. Kinds as [`paragraphs_of`], plus Markdown's pipe tables.
pub fn document_of(path: &Path, bytes: &[u8]) -> Result<TextDocument, TextFileError> {
    let document = match extension_of(path).as_str() {
        "html" | "htm" => html_document(&String::from_utf8_lossy(bytes)),
        "eml" => TextDocument {
            paragraphs: email_paragraphs(bytes)
                .ok_or_else(|| TextFileError::NotEmail(path.to_path_buf()))?,
            tables: Vec::new(),
        },
        "docx" => {
            let docx =
                read_word(bytes).ok_or_else(|| TextFileError::NotWord(path.to_path_buf()))?;
            word_document(&docx)
        }
        "odt" => super::odt::read(bytes)
            .ok_or_else(|| TextFileError::NotOpenDocument(path.to_path_buf()))?,
        _ => {
            let text = std::str::from_utf8(bytes)
                .map_err(|_| TextFileError::NotUtf8(path.to_path_buf()))?;
            plain_document(text)
        }
    };
    Ok(TextDocument {
        paragraphs: tidy(document.paragraphs),
        tables: document.tables,
    })
}

/// A text as paragraphs and tables.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextDocument {
    pub paragraphs: Vec<String>,
    /// Each table as rows of cells' texts.
    pub tables: Vec<Vec<Vec<String>>>,
}

fn tidy(paragraphs: Vec<String>) -> Vec<String> {
    paragraphs
        .into_iter()
        .map(|p: String| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

fn word_document(docx: &docx_rs::Docx) -> TextDocument {
    let mut document = TextDocument::default();
    for child in &docx.document.children {
        match child {
            docx_rs::DocumentChild::Paragraph(p) => document.paragraphs.push(paragraph_text(p)),
            docx_rs::DocumentChild::Table(table) => document.tables.push(word_table(table)),
            _ => {}
        }
    }
    document
}

fn word_table(table: &docx_rs::Table) -> Vec<Vec<String>> {
    table
        .rows
        .iter()
        .map(|docx_rs::TableChild::TableRow(row)| {
            row.cells
                .iter()
                .map(|docx_rs::TableRowChild::TableCell(cell)| {
                    let parts: Vec<String> = cell
                        .children
                        .iter()
                        .filter_map(|content| match content {
                            docx_rs::TableCellContent::Paragraph(p) => Some(paragraph_text(p)),
                            _ => None,
                        })
                        .collect();
                    parts.join(" ").trim().to_string()
                })
                .collect()
        })
        .collect()
}

/// How much a Word or OpenDocument file may unpack to: a "zip bomb" is refused rather
/// than read.
pub(super) const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// A Word file read by docx-rs, or `None` when it is damaged. docx-rs stops the program on
/// a part whose checksum is wrong (an `unwrap` in its reader, found by
/// tests/fuzz_inputs.rs), so every part is unpacked and checked here first, and a panic
/// left in it is caught as a last guard.
fn read_word(bytes: &[u8]) -> Option<docx_rs::Docx> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).ok()?;
        let limit = MAX_UNPACKED_BYTES.saturating_sub(unpacked) + 1;
        let read = std::io::copy(
            &mut std::io::Read::take(&mut part, limit),
            &mut std::io::sink(),
        )
        .ok()?;
        unpacked += read;
        if unpacked > MAX_UNPACKED_BYTES {
            return None;
        }
    }
    std::panic::catch_unwind(|| docx_rs::read_docx(bytes).ok())
        .ok()
        .flatten()
}

/// The elements a page's paragraphs are in; one holding another (a `<blockquote>` around
/// `<p>`s) gives way to the inner ones.
const HTML_BLOCKS: &str =
    "h1, h2, h3, h4, h5, h6, p, li, td, th, blockquote, pre, figcaption, dd, dt";

/// The paragraphs of an HTML page or an email's HTML body, in reading order, with spaces
/// as a browser collapses them. A page with no such elements gives its body's lines.
pub fn html_paragraphs(html: &str) -> Vec<String> {
    page_paragraphs(&scraper::Html::parse_document(html), false)
}

/// A table of data, not of layout: no table or block of text inside it. Email-safe pages
/// lay their text out in tables; those are read as text.
fn is_data_table(table: scraper::ElementRef) -> bool {
    !table.descendants().skip(1).any(|node| {
        node.value().as_element().is_some_and(|e| {
            matches!(
                e.name(),
                "table"
                    | "p"
                    | "h1"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "div"
                    | "li"
                    | "blockquote"
            )
        })
    })
}

/// A page's paragraphs, from its title (`<h1>`) on when it has one: what stands above the
/// title is a letterhead or a site's menu, not the text. With `outside_tables`, only those
/// not in a table of data. A line break inside a paragraph (contacts, an address) is kept.
fn page_paragraphs(document: &scraper::Html, outside_tables: bool) -> Vec<String> {
    let Ok(blocks) = scraper::Selector::parse(HTML_BLOCKS) else {
        return Vec::new();
    };
    let in_table = |element: &scraper::ElementRef| {
        element
            .ancestors()
            .filter_map(scraper::ElementRef::wrap)
            .any(|a| a.value().name() == "table" && is_data_table(a))
    };
    let found: Vec<(bool, String)> = document
        .select(&blocks)
        // A block holding others (a quote's paragraphs, a cell's) gives way to them.
        .filter(|element| element.select(&blocks).next().is_none())
        .filter(|element| !(outside_tables && in_table(element)))
        .map(|element| (element.value().name() == "h1", block_text(element)))
        .filter(|(_, text)| !text.is_empty())
        .collect();
    let title = found.iter().position(|(h1, _)| *h1).unwrap_or(0);
    let paragraphs: Vec<String> = found.into_iter().skip(title).map(|(_, t)| t).collect();
    if !paragraphs.is_empty() || outside_tables {
        return paragraphs;
    }
    let collapse = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let root = document.root_element();
    let text: String = root.text().collect::<Vec<_>>().join("\n");
    text.lines()
        .map(collapse)
        .filter(|line| !line.is_empty())
        .collect()
}

/// A block's text with spaces as a browser collapses them and its `<br>`s as line ends.
fn block_text(element: scraper::ElementRef) -> String {
    let mut raw = String::new();
    for node in element.descendants() {
        match node.value() {
            scraper::Node::Text(text) => raw.push_str(text),
            scraper::Node::Element(e) if e.name() == "br" => raw.push('\n'),
            _ => {}
        }
    }
    let lines: Vec<String> = raw
        .split('\n')
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    lines.join("\n")
}

/// The paragraphs of an email: its subject (the headline, as press offices send them),
/// then its HTML body, or its plain text split at blank lines. `None` when the bytes are not
/// a message with a body.
pub fn email_paragraphs(bytes: &[u8]) -> Option<Vec<String>> {
    let message = mail_parser::MessageParser::default().parse(bytes)?;
    let mut paragraphs: Vec<String> = message
        .subject()
        .map(|s| s.trim().to_string())
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if let Some(html) = message.body_html(0) {
        let body = html_paragraphs(&html);
        // A body that opens with the subject as its title says it once.
        if body.first() == paragraphs.first() {
            paragraphs.clear();
        }
        paragraphs.extend(body);
    } else if let Some(text) = message.body_text(0) {
        paragraphs.extend(plain_paragraphs(&text));
    } else {
        return None;
    }
    Some(paragraphs)
}

/// A page's paragraphs outside its tables, and its tables.
fn html_document(html: &str) -> TextDocument {
    let page = scraper::Html::parse_document(html);
    let (Ok(tables), Ok(rows), Ok(cells)) = (
        scraper::Selector::parse("table"),
        scraper::Selector::parse("tr"),
        scraper::Selector::parse("td, th"),
    ) else {
        return TextDocument::default();
    };
    let tables: Vec<Vec<Vec<String>>> = page
        .select(&tables)
        .filter(|table| is_data_table(*table))
        .map(|table| {
            table
                .select(&rows)
                .map(|row| row.select(&cells).map(block_text).collect())
                .collect()
        })
        .collect();
    TextDocument {
        paragraphs: page_paragraphs(&page, !tables.is_empty()),
        tables,
    }
}

/// Plain text or Markdown: paragraphs at blank lines, and the lines of a pipe table
/// (`| Экспорт | 60,09 млн долларов |`) as a table; its `|---|` rule left out.
fn plain_document(text: &str) -> TextDocument {
    let mut document = TextDocument::default();
    let mut table: Vec<Vec<String>> = Vec::new();
    let mut prose = String::new();
    for line in text.replace("\r\n", "\n").lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('|') && trimmed.ends_with('|') && trimmed.len() > 1 {
            let cells: Vec<String> = trimmed[1..trimmed.len() - 1]
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            if !cells
                .iter()
                .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
            {
                table.push(cells);
            }
            continue;
        }
        if !table.is_empty() {
            document.tables.push(std::mem::take(&mut table));
        }
        prose.push_str(line);
        prose.push('\n');
    }
    if !table.is_empty() {
        document.tables.push(table);
    }
    document.paragraphs = plain_paragraphs(&prose);
    document
}

/// Plain text split at blank lines; a paragraph may run over several lines.
fn plain_paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|block| {
            block
                .lines()
                .map(|l| l.trim_start_matches('#').trim())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn paragraph_text(paragraph: &docx_rs::Paragraph) -> String {
    let mut out = String::new();
    for child in &paragraph.children {
        if let docx_rs::ParagraphChild::Run(run) = child {
            for part in &run.children {
                match part {
                    docx_rs::RunChild::Text(t) => out.push_str(&t.text),
                    docx_rs::RunChild::Tab(_) => out.push('\t'),
                    docx_rs::RunChild::Break(_) => out.push('\n'),
                    _ => {}
                }
            }
        }
    }
    out
}

/// The paragraphs as a release to check: one version per language found, paragraphs in
/// their order.
pub fn as_release(paragraphs: &[String]) -> Release {
    let mut versions: Vec<LanguageVersion> = Vec::new();
    for (paragraph, lang) in paragraphs.iter().zip(languages_of(paragraphs)) {
        let at = match versions.iter().position(|v| v.language == lang) {
            Some(at) => at,
            None => {
                versions.push(LanguageVersion::empty(lang));
                versions.len() - 1
            }
        };
        versions[at].paragraphs.push(DraftText::typed(paragraph));
    }
    Release::of_texts(versions)
}

/// Checks that need the facts of a release (a headline, a dateline, a signature, the
/// template's facts) say nothing about a text that is not one.
fn about_the_text(finding: &Finding) -> bool {
    !finding.code.starts_with("leftovers/") && finding.code != "length/release"
}

/// Every check that needs no facts, on the paragraphs of a text.
pub fn check_text(
    paragraphs: &[String],
    profile: &Profile,
    today: Date,
    ui: Language,
) -> Vec<Finding> {
    let release = as_release(paragraphs);
    check_with(&release, None, profile, today, ui)
        .into_iter()
        .filter(about_the_text)
        .collect()
}

/// The spelling findings of a text's paragraphs, each in its own language; `office` holds
/// the office's own words.
pub fn spelling(
    paragraphs: &[String],
    office: &crate::spelling::KnownWords,
    languages: &[Language],
    ui: Language,
) -> Vec<Finding> {
    super::spelling::check_release(&as_release(paragraphs), office, languages, ui)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_told_apart_by_their_letters() {
        assert_eq!(
            language_of("Аким области встретился с делегацией."),
            Language::Ru
        );
        assert_eq!(
            language_of("Облыс әкімі делегацияны қабылдады."),
            Language::Kk
        );
        assert_eq!(language_of("The akim met a delegation."), Language::En);
        assert_eq!(language_of("Компания Silk Road Cargo Hub."), Language::Ru);
    }
}
