//! DOCX export through docx-rs: A4, named styles, the statistics table with an explicit
//! grid, and the core properties docx-rs cannot set (see `docx_package`).
//!
//! docx-rs writes text verbatim, so every string passes through [`clean`] first (an
//! XML-illegal character makes Word and LibreOffice refuse the whole file), and line
//! breaks and tabs become `w:br` and `w:tab` (docx-rs would drop or escape them).

use std::io::Cursor;

use docx_rs::{
    BreakType, DocumentChild, Docx, Hyperlink, HyperlinkType, LineSpacing, PageMargin, Paragraph,
    Pic, Run, RunFonts, Shading, Table as DocxTable, TableBorder, TableBorderPosition, TableCell,
    TableLayoutType, TableRow, WidthType,
};
use jiff::Timestamp;

use crate::document::{Block, Document, Inline, PhotoBlock, QuoteBlock, Table};

use super::ExportError;
use super::clean::{clean, clean_line, quote_joint, safe_url};
use super::docx_letterhead::with_page_furniture;
use super::docx_package::{core_xml, with_hyphenation, with_language};
use super::docx_styles::{id, styles};

/// A4 in twips.
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
/// Margins of Russian and Kazakh official papers (ГОСТ Р 7.0.97): left 3 cm for the
/// binding, right 1.5 cm, top and bottom 2 cm.
const MARGIN_LEFT: i32 = 1701;
const MARGIN_RIGHT: i32 = 850;
const MARGIN_TOP: i32 = 1134;
const MARGIN_BOTTOM: i32 = 1134;
/// Width of the text column, which the statistics table fills.
const TEXT_WIDTH: usize = (PAGE_WIDTH as i32 - MARGIN_LEFT - MARGIN_RIGHT) as usize;

/// The release as a .docx file, with created/modified set to now.
pub fn to_docx(doc: &Document) -> Result<Vec<u8>, ExportError> {
    to_docx_at(doc, Timestamp::now())
}

/// [`to_docx`] with a fixed creation time, for reproducible files and tests.
pub fn to_docx_at(doc: &Document, now: Timestamp) -> Result<Vec<u8>, ExportError> {
    let base = half_points(doc.font.size_pt);
    let family = font_family(&doc.font.family);
    let fonts = RunFonts::new()
        .ascii(&family)
        .hi_ansi(&family)
        .cs(&family)
        .east_asia(&family);
    let mut docx = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(PageMargin {
            top: MARGIN_TOP,
            left: MARGIN_LEFT,
            bottom: MARGIN_BOTTOM,
            right: MARGIN_RIGHT,
            header: 709,
            footer: 709,
            gutter: 0,
        })
        .default_fonts(fonts)
        .default_size(base);
    // docx-rs's `add_style` and `add_paragraph` take the whole `Docx` (kilobytes) and give it
    // back, for every style and paragraph: a fifth of making the file went on copying it
    // into fresh stack pages. Its lists are public; filling them moves nothing. (In docx-rs
    // 0.4.22 those builders only push, and flag numbering, which is kept below.)
    // docx-rs starts with no styles, so ours are moved in whole: a style is 4 KB there, and
    // extending the empty list copied all of them into a second 86 KB one.
    let ours = styles(base, doc.font.justified);
    if docx.styles.styles.is_empty() {
        docx.styles.styles = ours;
    } else {
        docx.styles.styles.extend(ours);
    }
    let mut body = Body::default();
    for block in &doc.blocks {
        add_block(&mut body, block, base);
    }
    for item in body.items {
        let (child, numbered) = match item {
            Item::Paragraph(p) => {
                let numbered = p.has_numbering;
                (DocumentChild::Paragraph(p), numbered)
            }
            Item::Table(t) => {
                let numbered = t.has_numbering;
                (DocumentChild::Table(t), numbered)
            }
        };
        docx.document.has_numbering |= numbered;
        docx.document_rels.has_numberings |= numbered;
        docx.document.children.push(child);
    }
    docx = with_page_furniture(docx, doc.letterhead.as_ref());

    let mut parts = docx.build();
    parts.doc_props.core = core_xml(
        clean_line(&doc.title).trim(),
        clean_line(&doc.author).trim(),
        doc.language,
        now,
    );
    parts.styles = with_language(parts.styles, doc.language);
    parts.settings = with_hyphenation(parts.settings);
    let photos = super::docx_package::photos_as_jpeg(&mut parts);
    let mut out = Cursor::new(Vec::with_capacity(64 * 1024));
    parts
        .pack(&mut out)
        .map_err(|e| ExportError::Docx(e.to_string()))?;
    super::docx_package::append_media(out.into_inner(), photos)
        .map_err(|e| ExportError::Docx(e.to_string()))
}

/// Body size in half-points; a size that makes no sense falls back to 14 pt.
fn half_points(size_pt: f32) -> usize {
    if size_pt.is_finite() && size_pt >= 1.0 {
        // Word's largest size is 1638 pt.
        (size_pt.min(1638.0) * 2.0).round() as usize
    } else {
        28
    }
}

fn font_family(family: &str) -> String {
    let family = clean_line(family);
    let family = family.trim();
    if family.is_empty() {
        "Times New Roman".to_string()
    } else {
        family.to_string()
    }
}

/// The document body being built, and whether the last thing added was a table: Word
/// has no space after a table, so the next paragraph gets some before it instead.
#[derive(Default)]
struct Body {
    items: Vec<Item>,
    after_table: bool,
    /// Photos added so far, which number their pictures' ids.
    photos: usize,
}

enum Item {
    // Boxed: docx-rs paragraphs and tables are kilobytes on the stack.
    Paragraph(Box<Paragraph>),
    Table(Box<DocxTable>),
}

impl Body {
    fn paragraph(&mut self, mut p: Paragraph) {
        if self.after_table {
            p = p.line_spacing(LineSpacing::new().before(240));
            self.after_table = false;
        }
        self.items.push(Item::Paragraph(Box::new(p)));
    }

    fn table(&mut self, t: DocxTable) {
        self.items.push(Item::Table(Box::new(t)));
        self.after_table = true;
    }

    /// A paragraph of one text in one style; blank text adds nothing.
    fn text(&mut self, style: &str, text: &str) {
        if !is_blank(text) {
            self.paragraph(
                Paragraph::new()
                    .style(style)
                    .add_run(text_run(Run::new(), text)),
            );
        }
    }
}

fn add_block(body: &mut Body, block: &Block, base: usize) {
    match block {
        Block::Notice(t) => body.text(id::NOTICE, t),
        Block::Headline(t) => body.text(id::HEADLINE, t),
        Block::Subheadline(t) => body.text(id::SUBHEADLINE, t),
        Block::Dateline(t) => body.text(id::DATELINE, t),
        Block::SectionHeading(t) => body.text(id::SECTION_HEADING, t),
        Block::Signature(t) => body.text(id::SIGNATURE, t),
        Block::EndMark(t) => body.text(id::END_MARK, t),
        Block::Contacts(lines) => lines.iter().for_each(|l| body.text(id::CONTACTS, l)),
        Block::Lead(runs) => add_runs_paragraph(body, id::LEAD, runs),
        Block::Paragraph(runs) => add_runs_paragraph(body, id::BODY, runs),
        Block::Quote(q) => add_quote(body, q),
        Block::Table(t) => add_table(body, t, base),
        Block::Photo(photo) => add_photo(body, photo),
    }
}

/// The tallest a photo stands on the page: 12 cm, in EMU (360 000 per cm), so a portrait
/// photo leaves room for its caption and some text.
const PHOTO_MAX_HEIGHT_EMU: u64 = 4_320_000;

/// A photo at the text column's width (narrower if it is tall), its caption under it.
/// A photo whose picture could not be read is left out, caption and all.
fn add_photo(body: &mut Body, photo: &PhotoBlock) {
    let Some(picture) = &photo.picture else {
        return;
    };
    let copy = &picture.print;
    let (w, h) = (u64::from(copy.width.max(1)), u64::from(copy.height.max(1)));
    let mut width = TEXT_WIDTH as u64 * 635;
    let mut height = width * h / w;
    if height > PHOTO_MAX_HEIGHT_EMU {
        height = PHOTO_MAX_HEIGHT_EMU;
        width = height * w / h;
    }
    body.photos += 1;
    let pic = Pic::new_with_dimensions(copy.jpeg.to_vec(), copy.width, copy.height)
        // A fixed id per photo, so the same release exports to the same file (docx-rs
        // would number it from a global counter).
        .id(format!(
            "{}{}",
            super::docx_package::PHOTO_ID_PREFIX,
            body.photos
        ))
        .size(width as u32, height as u32);
    body.paragraph(
        Paragraph::new()
            .style(id::PHOTO)
            .add_run(Run::new().add_image(pic)),
    );
    body.text(id::CAPTION, &photo.caption_line());
}

/// Blank blocks are skipped, as in the HTML: an empty styled paragraph is a stray gap.
fn is_blank(text: &str) -> bool {
    clean(text).trim().is_empty()
}

/// Adds `text` to `run`, turning `\n` into line breaks and `\t` into tabs.
fn text_run(mut run: Run, text: &str) -> Run {
    let text = clean(text);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                run = run.add_tab();
            }
            if !piece.is_empty() {
                run = run.add_text(&*super::hyphens::docx_with_unbroken_names(piece));
            }
        }
    }
    run
}

fn add_runs_paragraph(body: &mut Body, style: &str, runs: &[Inline]) {
    let has_text = runs
        .iter()
        .any(|r| !matches!(r, Inline::LineBreak) && !is_blank(r.text()));
    if !has_text {
        return;
    }
    let mut p = Paragraph::new().style(style);
    for inline in runs {
        p = match inline {
            Inline::Text(t) => p.add_run(text_run(Run::new(), t)),
            Inline::Emphasis(t) => p.add_run(text_run(Run::new().italic(), t)),
            Inline::Strong(t) => p.add_run(text_run(Run::new().bold(), t)),
            Inline::LineBreak => p.add_run(Run::new().add_break(BreakType::TextWrapping)),
            Inline::Link { text, url } => match safe_url(url) {
                Some(url) => {
                    let shown = if is_blank(text) { url.as_str() } else { text };
                    p.add_hyperlink(
                        Hyperlink::new(&url, HyperlinkType::External)
                            .add_run(text_run(Run::new().style(id::HYPERLINK), shown)),
                    )
                }
                None => p.add_run(text_run(Run::new(), text)),
            },
        };
    }
    body.paragraph(p);
}

/// A quote with its attribution after it is one paragraph, the attribution run in the
/// Attribution character style. An attribution standing first gets its own paragraph
/// (style Attribution, kept with the quote that follows).
fn add_quote(body: &mut Body, q: &QuoteBlock) {
    let quote = clean(&q.quote);
    let attribution = clean(&q.attribution);
    match (quote.trim().is_empty(), attribution.trim().is_empty()) {
        (true, true) => {}
        (false, true) => body.text(id::QUOTE, &quote),
        (true, false) => body.text(id::ATTRIBUTION, &attribution),
        (false, false) if q.attribution_first => {
            body.text(id::ATTRIBUTION, attribution.trim_end());
            body.text(id::QUOTE, &quote);
        }
        (false, false) => {
            let joint = quote_joint(&quote, &attribution);
            body.paragraph(
                Paragraph::new()
                    .style(id::QUOTE)
                    .add_run(text_run(Run::new(), &format!("{quote}{joint}")))
                    .add_run(text_run(
                        Run::new().style(id::ATTRIBUTION_CHAR),
                        &attribution,
                    )),
            );
        }
    }
}

/// The statistics table: caption paragraph, then a fixed-layout table as wide as the text
/// column, with `w:tblGrid` and cell widths (LibreOffice collapses columns without them).
/// Rows don't split and each row keeps with the next, so a short table is never torn
/// across a page break.
fn add_table(body: &mut Body, table: &Table, base: usize) {
    body.text(id::TABLE_CAPTION, &clean_line(&table.caption));
    // A cell may hold two lines (a figure's label, its period under it).
    let cell_text = |s: &String| clean(s).trim().to_string();
    let header: Vec<String> = table.header.iter().map(cell_text).collect();
    let has_header = header.iter().any(|h| !h.is_empty());
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| r.iter().map(cell_text).collect())
        .collect();
    let columns = rows
        .iter()
        .map(Vec::len)
        .chain(std::iter::once(if has_header { header.len() } else { 0 }))
        .max()
        .unwrap_or(0);
    if columns == 0 {
        return;
    }
    let grid = grid_widths(columns, has_header.then_some(&header), &rows, base);
    let last_row = rows.len().saturating_sub(1);
    let numeric: Vec<bool> = (0..columns).map(|i| table.is_numeric(i)).collect();
    let make_row = |cells: &[String], is_header: bool, keep_next: bool| -> TableRow {
        let cells = (0..columns)
            .map(|i| {
                let text = cells.get(i).map(String::as_str).unwrap_or("");
                let run = if is_header {
                    Run::new().bold()
                } else {
                    Run::new()
                };
                let align = if numeric[i] {
                    docx_rs::AlignmentType::Right
                } else {
                    docx_rs::AlignmentType::Left
                };
                let paragraph = Paragraph::new()
                    .style(id::TABLE_TEXT)
                    .align(align)
                    .keep_next(keep_next)
                    .add_run(text_run(run, text));
                let cell = TableCell::new()
                    .width(grid[i], WidthType::Dxa)
                    .add_paragraph(paragraph);
                if is_header {
                    cell.shading(Shading::new().fill("F2F2F2"))
                } else {
                    cell
                }
            })
            .collect();
        TableRow::new(cells).cant_split()
    };
    let mut table_rows = Vec::with_capacity(rows.len() + 1);
    if has_header {
        table_rows.push(make_row(&header, true, !rows.is_empty()));
    }
    table_rows.extend(
        rows.iter()
            .enumerate()
            .map(|(i, r)| make_row(r, false, i < last_row)),
    );
    let mut t = DocxTable::new(table_rows)
        .set_grid(grid)
        .width(TEXT_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed);
    for position in [
        TableBorderPosition::Top,
        TableBorderPosition::Left,
        TableBorderPosition::Bottom,
        TableBorderPosition::Right,
        TableBorderPosition::InsideH,
        TableBorderPosition::InsideV,
    ] {
        t = t.set_border(TableBorder::new(position).size(4).color("808080"));
    }
    body.table(t);
}

/// Column widths in twips summing to the text width.
///
/// Each column first gets room for its longest word (a word cannot wrap, and a header such
/// as «Изменение» broken into «Измене/ние» looks like an error); the rest of the width goes
/// to the columns whose text would still wrap, in proportion to how much wider they want to
/// be. `base` is the body size in half-points; table text is 2 pt smaller.
fn grid_widths(
    columns: usize,
    header: Option<&Vec<String>>,
    rows: &[Vec<String>],
    base: usize,
) -> Vec<usize> {
    // A generous average glyph width (0.65 em, bold Cyrillic in a wide font) plus the
    // default cell margins of 0.19 cm on each side.
    let size_twips = base.saturating_sub(4).max(16) * 10;
    let char_width = size_twips * 65 / 100;
    let padding = 2 * 108 + 40;
    let column_cells = |i: usize| header.into_iter().chain(rows).filter_map(move |r| r.get(i));
    let longest =
        |i: usize, measure: fn(&String) -> usize| column_cells(i).map(measure).max().unwrap_or(0);
    // A "word" runs to the next space a line may break at: typography ties figures to
    // their units with no-break spaces («1,2 трлн теңге» is one unbreakable piece), and a
    // column narrower than that makes Word and LibreOffice split a word instead.
    let word_len = |c: &String| {
        c.split(|ch: char| ch.is_whitespace() && !matches!(ch, '\u{a0}' | '\u{202f}' | '\u{2007}'))
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
    };
    // A cell of two lines (label, period) wants the width of its longer line.
    let cell_len = |c: &String| c.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    let min: Vec<usize> = (0..columns)
        .map(|i| longest(i, word_len).max(2) * char_width + padding)
        .collect();
    let want: Vec<usize> = (0..columns)
        .map(|i| (longest(i, cell_len).max(2) * char_width + padding).saturating_sub(min[i]))
        .collect();
    let min_total: usize = min.iter().sum();
    let mut widths: Vec<usize> = if min_total >= TEXT_WIDTH {
        // Even the words don't fit: share the width in proportion to them.
        min.iter().map(|m| TEXT_WIDTH * m / min_total).collect()
    } else {
        let spare = TEXT_WIDTH - min_total;
        let want_total: usize = want.iter().sum();
        (0..columns)
            .map(|i| match want_total {
                0 => min[i] + spare / columns,
                _ => min[i] + spare * want[i] / want_total,
            })
            .collect()
    };
    let used: usize = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += TEXT_WIDTH.saturating_sub(used);
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_fills_the_text_column() {
        let rows = vec![
            vec!["Сельское хозяйство".to_string(), "1 250".to_string()],
            vec!["x".to_string()],
        ];
        let grid = grid_widths(3, None, &rows, 28);
        assert_eq!(grid.len(), 3);
        assert_eq!(grid.iter().sum::<usize>(), TEXT_WIDTH);
        assert!(grid[0] > grid[1]);
        // «Изменение» (9 letters at 12 pt) gets at least 9 × 156 twips plus margins.
        let header = vec!["Показатель".to_string(), "Изменение".to_string()];
        let grid = grid_widths(2, Some(&header), &[], 28);
        assert!(grid[1] >= 9 * 156 + 216, "{grid:?}");
        // Many long columns still add up to the text width.
        let wide = vec![vec![
            "Длинноесловобезпробелов".to_string();
            12
        ]];
        let grid = grid_widths(12, None, &wide, 28);
        assert_eq!(grid.iter().sum::<usize>(), TEXT_WIDTH);
    }

    #[test]
    fn a_figure_tied_to_its_unit_is_one_word() {
        // «1,2 трлн теңге» with no-break spaces cannot wrap, so its column gets room for
        // all 14 characters, not just for «теңге».
        let header = vec!["Көрсеткіш".to_string(), "Мәні".to_string()];
        let rows = vec![vec![
            "Облыстың негізгі капиталына салынған инвестициялар".to_string(),
            "1,2\u{a0}трлн\u{a0}теңге".to_string(),
        ]];
        let grid = grid_widths(2, Some(&header), &rows, 28);
        assert!(grid[1] >= 14 * 156 + 216, "{grid:?}");
    }

    #[test]
    fn odd_font_sizes() {
        assert_eq!(half_points(14.0), 28);
        assert_eq!(half_points(10.5), 21);
        assert_eq!(half_points(f32::NAN), 28);
        assert_eq!(half_points(-3.0), 28);
        assert_eq!(half_points(f32::INFINITY), 28);
        assert_eq!(half_points(1e9), 3276);
    }
}
