//! The one intermediate form between a release and everything that shows or exports it.
//!
//! Typography has already been applied to every string here. The preview and each
//! exporter read only a [`Document`], so what the user sees is what the file says.

use crate::language::Language;
use crate::letterhead::Letterhead;

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub language: Language,
    /// The headline as plain text: HTML `<title>`, DOCX title property, email subject.
    pub title: String,
    /// The organisation that issues the release: DOCX creator.
    pub author: String,
    /// Font family and size (points) for the DOCX body, from the profile.
    pub font: FontSpec,
    /// The organisation's name (and, in an export, logo) above the release; `None` when the
    /// profile has it switched off or there is nothing to show.
    pub letterhead: Option<Letterhead>,
    pub blocks: Vec<Block>,
}

/// How the DOCX body is set: font, size, and whether its paragraphs are justified.
#[derive(Debug, Clone, PartialEq)]
pub struct FontSpec {
    pub family: String,
    pub size_pt: f32,
    /// Justified (with automatic hyphenation) or flush left.
    pub justified: bool,
}

impl Default for FontSpec {
    fn default() -> Self {
        Self {
            family: "Times New Roman".to_string(),
            size_pt: 14.0,
            justified: true,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// «ЭМБАРГО ДО …»: stands above everything else.
    Notice(String),
    Headline(String),
    Subheadline(String),
    /// Place and date: «Туркестан, 28 ноября 2026 г.»
    Dateline(String),
    Lead(Vec<Inline>),
    Paragraph(Vec<Inline>),
    Quote(QuoteBlock),
    Table(Table),
    /// A section title inside the release, such as «Справка».
    SectionHeading(String),
    Signature(String),
    /// Contact lines of the press service, one per line.
    Contacts(Vec<String>),
    /// The end mark («###») some newsrooms expect.
    EndMark(String),
    /// A photo with its caption: the main one after the lead, the others after the text.
    Photo(PhotoBlock),
}

/// A photo where the release shows it. Its picture is read from the photos folder only
/// for an export ([`crate::photos::attach`]); the preview finds its thumbnail by `file`.
#[derive(Debug, Clone, PartialEq)]
pub struct PhotoBlock {
    /// The stored file's name in the photos folder.
    pub file: String,
    /// The name it had when added: the email draft attaches the original under it.
    pub original_name: String,
    /// Typeset, in the document's language; empty when the version has none.
    pub caption: String,
    /// «Фото: пресс-служба акима области»; empty without a credit.
    pub credit: String,
    /// The photo described, for readers who cannot see it.
    pub alt: String,
    /// Its size in pixels as shown, as recorded when it was added (0 when unknown).
    pub width: u32,
    pub height: u32,
    /// The picture's copies, once an export has read them; `None` in the preview and when
    /// the file is missing or damaged (the export then leaves the photo out).
    pub picture: Option<std::sync::Arc<crate::photos::Prepared>>,
}

impl PhotoBlock {
    /// What stands in the picture's place for a reader who cannot see it: the alt text,
    /// or the caption where the user wrote none (a caption describes the photo too).
    pub fn alt_or_caption(&self) -> &str {
        if self.alt.trim().is_empty() {
            &self.caption
        } else {
            &self.alt
        }
    }

    /// The caption and the credit as one line, as the plain text and the preview give them.
    pub fn caption_line(&self) -> String {
        match (self.caption.trim(), self.credit.trim()) {
            ("", credit) => credit.to_string(),
            (caption, "") => caption.to_string(),
            (caption, credit) => {
                let stop = if caption.ends_with(['.', '!', '?', '…']) {
                    ""
                } else {
                    "."
                };
                format!("{caption}{stop} {credit}")
            }
        }
    }
}

/// A quotation, already in the language's quotation marks and with its attribution
/// punctuated. The two strings concatenate to the whole paragraph with nothing added:
/// `quote` = `«Слова»,` and `attribution` = `\u{a0}— отметил Дархан Сатыбалды.` (the
/// attribution carries its own leading no-break space); with `attribution_first`,
/// `attribution` = `Дархан Сатыбалды отметил: ` comes first.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteBlock {
    /// The attribution's position: before («X отметил:») or after the quote.
    pub attribution_first: bool,
    /// The quoted words with their marks and trailing punctuation («…»,).
    pub quote: String,
    /// The attribution as printed, with its dash and final period.
    pub attribution: String,
}

impl QuoteBlock {
    /// The whole paragraph as one line of text.
    pub fn full_text(&self) -> String {
        if self.attribution_first {
            format!("{}{}", self.attribution, self.quote)
        } else {
            format!("{}{}", self.quote, self.attribution)
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Which columns hold figures (set on the right, in every export). Empty: guessed from
    /// the cells, for tables that did not come from the statistics.
    pub numeric: Vec<bool>,
}

impl Table {
    /// The number of columns: the longest row, or the header if it is longer.
    pub fn columns(&self) -> usize {
        self.rows
            .iter()
            .map(Vec::len)
            .chain(std::iter::once(self.header.len()))
            .max()
            .unwrap_or(0)
    }

    /// Whether column `i` holds figures: as the composer said, or, when it did not, when
    /// every filled body cell in the column starts with a number.
    pub fn is_numeric(&self, i: usize) -> bool {
        if !self.numeric.is_empty() {
            return self.numeric.get(i).copied().unwrap_or(false);
        }
        let mut filled = self
            .rows
            .iter()
            .filter_map(|r| r.get(i))
            .map(|c| c.trim())
            .filter(|c| !c.is_empty());
        filled.next().is_some_and(looks_numeric) && filled.all(looks_numeric)
    }
}

/// A cell that starts with a number: `148,9`, `+14 %`, `−3`.
fn looks_numeric(cell: &str) -> bool {
    let mut chars = cell.trim_start().chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('+' | '-' | '−' | '–' | '±') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Emphasis(String),
    Strong(String),
    Link { text: String, url: String },
    LineBreak,
}

impl Inline {
    pub fn text(&self) -> &str {
        match self {
            Inline::Text(t) | Inline::Emphasis(t) | Inline::Strong(t) => t,
            Inline::Link { text, .. } => text,
            Inline::LineBreak => "\n",
        }
    }
}

/// Splits typed text into runs, turning line breaks typed inside a paragraph into
/// [`Inline::LineBreak`] so every exporter keeps them.
pub fn inlines_from_text(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push(Inline::LineBreak);
        }
        let line = line.trim_end_matches('\r');
        if !line.is_empty() {
            out.push(Inline::Text(line.to_string()));
        }
    }
    out
}

/// Plain text of a run list.
pub fn inlines_text(inlines: &[Inline]) -> String {
    inlines.iter().map(Inline::text).collect()
}

impl Block {
    /// The block's words as plain text, for counts and plain-text export.
    pub fn plain_text(&self) -> String {
        match self {
            Block::Notice(t)
            | Block::Headline(t)
            | Block::Subheadline(t)
            | Block::Dateline(t)
            | Block::SectionHeading(t)
            | Block::Signature(t)
            | Block::EndMark(t) => t.clone(),
            Block::Lead(inlines) | Block::Paragraph(inlines) => inlines_text(inlines),
            Block::Quote(q) => q.full_text(),
            Block::Contacts(lines) => lines.join("\n"),
            Block::Photo(photo) => photo.caption_line(),
            Block::Table(table) => {
                let mut lines = Vec::new();
                if !table.caption.is_empty() {
                    lines.push(table.caption.clone());
                }
                if !table.header.is_empty() {
                    lines.push(table.header.join("\t"));
                }
                for row in &table.rows {
                    lines.push(row.join("\t"));
                }
                lines.join("\n")
            }
        }
    }
}

impl Document {
    /// Words in the text a reader gets (headline to signature), as the preview counts them.
    pub fn word_count(&self) -> usize {
        self.blocks
            .iter()
            .map(|b| {
                b.plain_text()
                    .split(|c: char| c.is_whitespace())
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count()
            })
            .sum()
    }

    /// Characters, spaces included, as editors count them for length limits.
    pub fn char_count(&self) -> usize {
        self.blocks
            .iter()
            .map(|b| b.plain_text().chars().count())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]], numeric: Vec<bool>) -> Table {
        Table {
            caption: String::new(),
            header: Vec::new(),
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect(),
            numeric,
        }
    }

    #[test]
    fn columns_of_figures_are_guessed_when_not_given() {
        let t = table(
            &[
                &["Туризм", "1\u{202F}250", "+18\u{A0}%"],
                &["Экспорт", "−3,5", ""],
            ],
            Vec::new(),
        );
        assert_eq!(t.columns(), 3);
        assert!(!t.is_numeric(0));
        assert!(t.is_numeric(1));
        assert!(
            t.is_numeric(2),
            "an empty cell does not make a column words"
        );
        assert!(!table(&[&["—"]], Vec::new()).is_numeric(0));
    }

    #[test]
    fn the_composer_says_which_columns_are_figures() {
        // A period starts with a year but is words: it wraps and sits on the left.
        let t = table(
            &[&["Экспорт", "2025 жылғы қаңтар — тамызда", "5 млн"]],
            vec![false, false, true],
        );
        assert!(!t.is_numeric(1));
        assert!(t.is_numeric(2));
    }
}
