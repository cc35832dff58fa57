//! Plain UTF-8 text for messengers and email bodies.
//!
//! Blocks are separated by one blank line; contact lines stay together. No-break spaces
//! (U+00A0, U+202F) are kept: they are real characters that every messenger and mail
//! client shows as spaces, and they keep «5 млн» and «— отметил» from breaking apart at a
//! line end. Emphasis has no markers: `*` or `_` would show up literally in email.

use crate::document::{Block, Document, Inline, Table};

use super::clean::{clean, quote_text};

/// The release as plain text, ending with one line feed.
pub fn to_text(doc: &Document) -> String {
    let mut parts: Vec<String> = Vec::with_capacity(doc.blocks.len());
    for block in &doc.blocks {
        let part = match block {
            Block::Notice(t)
            | Block::Headline(t)
            | Block::Subheadline(t)
            | Block::Dateline(t)
            | Block::SectionHeading(t)
            | Block::Signature(t)
            | Block::EndMark(t) => clean(t).into_owned(),
            Block::Lead(runs) | Block::Paragraph(runs) => runs_text(runs),
            Block::Quote(q) => quote_text(q),
            Block::Table(table) => table_text(table),
            Block::Contacts(lines) => lines
                .iter()
                .map(|l| clean(l).into_owned())
                .collect::<Vec<_>>()
                .join("\n"),
            // Where a photo stands, «[Фото]» and its caption: a messenger post or a plain
            // email says which picture goes where.
            Block::Photo(photo) => {
                let label = match doc.language {
                    crate::language::Language::Ru | crate::language::Language::Kk => "Фото",
                    crate::language::Language::En => "Photo",
                };
                let line = clean(&photo.caption_line()).into_owned();
                if line.trim().is_empty() {
                    format!("[{label}]")
                } else {
                    format!("[{label}] {}", line.trim())
                }
            }
        };
        let part = part.trim_matches('\n');
        if !part.trim().is_empty() {
            parts.push(part.to_string());
        }
    }
    let mut out = parts.join("\n\n");
    out.push('\n');
    out
}

/// Runs as text; a link shows its address after the words unless the words are the address.
fn runs_text(runs: &[Inline]) -> String {
    let mut out = String::new();
    for run in runs {
        match run {
            Inline::Link { text, url } => {
                let text = clean(text);
                let url = clean(url);
                out.push_str(&text);
                if !url.trim().is_empty() && text.trim() != url.trim() {
                    if !text.trim().is_empty() {
                        out.push_str(" (");
                        out.push_str(url.trim());
                        out.push(')');
                    } else {
                        out.push_str(url.trim());
                    }
                }
            }
            other => out.push_str(&clean(other.text())),
        }
    }
    out
}

/// The table as lines with columns padded to a common width. Alignment holds in monospaced
/// views (plain-text mail, code blocks); in proportional fonts the two-space gap still
/// separates the columns.
fn table_text(table: &Table) -> String {
    // A cell's second line (a figure's period under its label) follows a comma here:
    // «Товарооборот, 2024 год», "Trade turnover, 2024".
    let one_line = |s: &str| -> String {
        clean(s)
            .split('\n')
            .map(|line| line.replace('\t', " ").trim().to_string())
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(table.rows.len() + 1);
    if table.header.iter().any(|h| !h.trim().is_empty()) {
        rows.push(table.header.iter().map(|h| one_line(h)).collect());
    }
    for row in &table.rows {
        rows.push(row.iter().map(|c| one_line(c)).collect());
    }
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0usize; columns];
    for row in &rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let mut lines = Vec::with_capacity(rows.len() + 1);
    let caption = one_line(&table.caption);
    if !caption.is_empty() {
        lines.push(caption);
    }
    for row in &rows {
        let mut line = String::new();
        for (i, width) in widths.iter().enumerate() {
            let cell = row.get(i).map(String::as_str).unwrap_or("");
            let pad = width.saturating_sub(cell.chars().count());
            if i > 0 {
                line.push_str("  ");
            }
            // Numbers line up on the right, words on the left.
            if table.is_numeric(i) {
                line.extend(std::iter::repeat_n(' ', pad));
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        lines.push(line.trim_end().to_string());
    }
    lines.join("\n")
}
