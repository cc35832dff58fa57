//! Named styles of the DOCX, so an editor who opens the file can restyle every headline or
//! quote at once instead of fixing direct formatting paragraph by paragraph.
//!
//! Every paragraph the exporter writes names its style explicitly; docx-rs cannot mark a
//! style as the default one (`w:default`), so nothing relies on an implicit Normal.

use docx_rs::{
    AlignmentType, BorderType, LineSpacing, LineSpacingType, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, SpecialIndentType, Style, StyleType,
};

/// Style ids; the style names are the same words, so python-docx and Word show them as is.
pub(crate) mod id {
    pub const NOTICE: &str = "Notice";
    pub const HEADLINE: &str = "Headline";
    pub const SUBHEADLINE: &str = "Subheadline";
    pub const DATELINE: &str = "Dateline";
    pub const LEAD: &str = "Lead";
    pub const BODY: &str = "Body";
    pub const QUOTE: &str = "Quote";
    /// Paragraph style: an attribution standing before its quote («Аким отметил:»).
    pub const ATTRIBUTION: &str = "Attribution";
    /// Character style: the attribution run inside the quote paragraph («— отметил …»).
    pub const ATTRIBUTION_CHAR: &str = "AttributionChar";
    pub const SECTION_HEADING: &str = "SectionHeading";
    pub const TABLE_CAPTION: &str = "TableCaption";
    pub const TABLE_TEXT: &str = "TableText";
    pub const SIGNATURE: &str = "Signature";
    pub const CONTACTS: &str = "Contacts";
    pub const END_MARK: &str = "EndMark";
    pub const HYPERLINK: &str = "Hyperlink";
    /// The organisation's logo and name in the first page's header.
    pub const LETTERHEAD: &str = "Letterhead";
    pub const PAGE_NUMBER: &str = "PageNumber";
    /// The paragraph that holds a photo.
    pub const PHOTO: &str = "Photo";
    /// A photo's caption and credit under it; Word's own name for such a style.
    pub const CAPTION: &str = "Caption";
}

/// 1.25 cm, the paragraph indent of Russian official correspondence.
const FIRST_LINE: i32 = 709;
/// 1.15 line spacing in 240ths of a line.
const LINE_115: i32 = 276;
const LINE_SINGLE: i32 = 240;

/// Spacing in twips (1/20 pt).
fn spacing(before: u32, after: u32, line: i32) -> LineSpacing {
    LineSpacing::new()
        .before(before)
        .after(after)
        .line(line)
        .line_rule(LineSpacingType::Auto)
}

fn paragraph(id: &str) -> Style {
    Style::new(id, StyleType::Paragraph).name(id)
}

fn keep_with_next(mut style: Style) -> Style {
    style.paragraph_property = style.paragraph_property.keep_next(true);
    style
}

/// All styles for a body size of `base` half-points (28 = 14 pt).
#[expect(
    clippy::vec_init_then_push,
    reason = "pushed one by one to keep the stack small, see below"
)]
pub(crate) fn styles(base: usize, justified: bool) -> Vec<Style> {
    // Text paragraphs: justified, or flush left when the profile asks (see `FontSpec`).
    let text_align = if justified {
        AlignmentType::Both
    } else {
        AlignmentType::Left
    };
    let small = base.saturating_sub(4).max(16);
    let notice_border = |position| {
        ParagraphBorder::new(position)
            .val(BorderType::Single)
            .size(12)
            .space(4)
            .color("C00000")
    };
    let mut notice = paragraph(id::NOTICE)
        .bold()
        .color("C00000")
        .size(base)
        .align(AlignmentType::Left)
        .line_spacing(spacing(0, 240, LINE_SINGLE));
    // docx-rs's default border set is a full box; start empty and add what we want.
    let box_borders = [
        ParagraphBorderPosition::Top,
        ParagraphBorderPosition::Left,
        ParagraphBorderPosition::Bottom,
        ParagraphBorderPosition::Right,
    ]
    .into_iter()
    .fold(ParagraphBorders::with_empty(), |b, position| {
        b.set(notice_border(position))
    });
    notice.paragraph_property = notice.paragraph_property.set_borders(box_borders);

    let mut quote = paragraph(id::QUOTE)
        .size(base)
        .align(text_align)
        .indent(Some(FIRST_LINE), None, None, None)
        .line_spacing(spacing(60, 120, LINE_115));
    // A grey rule on the left only, like the HTML blockquote.
    quote.paragraph_property = quote.paragraph_property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Left)
                .val(BorderType::Single)
                .size(12)
                .space(8)
                .color("A6A6A6"),
        ),
    );

    // Pushed one by one: as the items of one `vec![…]` every style (4 KB each) was alive on
    // the stack at once, with its builders' copies: 50 fresh stack pages of every export.
    let mut all = Vec::with_capacity(20);
    all.push(notice);
    all.push(keep_with_next(
        paragraph(id::HEADLINE)
            .bold()
            .size(base + 6)
            .align(AlignmentType::Center)
            .outline_lvl(0)
            .line_spacing(spacing(0, 240, LINE_SINGLE)),
    ));
    all.push(keep_with_next(
        paragraph(id::SUBHEADLINE)
            .italic()
            .size(base)
            .align(AlignmentType::Center)
            .line_spacing(spacing(0, 240, LINE_SINGLE)),
    ));
    all.push(keep_with_next(
        paragraph(id::DATELINE)
            .italic()
            .size(base)
            .align(AlignmentType::Left)
            .line_spacing(spacing(0, 120, LINE_115)),
    ));
    all.push(
        paragraph(id::LEAD)
            .bold()
            .size(base)
            .align(text_align)
            .indent(
                None,
                Some(SpecialIndentType::FirstLine(FIRST_LINE)),
                None,
                None,
            )
            .line_spacing(spacing(0, 120, LINE_115)),
    );
    all.push(
        paragraph(id::BODY)
            .size(base)
            .align(text_align)
            .indent(
                None,
                Some(SpecialIndentType::FirstLine(FIRST_LINE)),
                None,
                None,
            )
            .line_spacing(spacing(0, 120, LINE_115)),
    );
    all.push(quote);
    all.push(
        keep_with_next(
            paragraph(id::ATTRIBUTION)
                .italic()
                .size(base)
                .align(AlignmentType::Left)
                .indent(Some(FIRST_LINE), None, None, None)
                .line_spacing(spacing(60, 0, LINE_115)),
        )
        .link(id::ATTRIBUTION_CHAR),
    );
    all.push(
        Style::new(id::ATTRIBUTION_CHAR, StyleType::Character)
            .name("Attribution Char")
            .italic()
            .link(id::ATTRIBUTION),
    );
    all.push(keep_with_next(
        paragraph(id::SECTION_HEADING)
            .bold()
            .size(base)
            .align(AlignmentType::Left)
            .outline_lvl(1)
            .line_spacing(spacing(240, 120, LINE_115)),
    ));
    all.push(keep_with_next(
        paragraph(id::TABLE_CAPTION)
            .bold()
            .size(base)
            .align(AlignmentType::Left)
            .line_spacing(spacing(120, 60, LINE_115)),
    ));
    all.push(
        paragraph(id::TABLE_TEXT)
            .size(small)
            .align(AlignmentType::Left)
            .line_spacing(spacing(0, 0, LINE_SINGLE)),
    );
    all.push(keep_with_next(
        paragraph(id::SIGNATURE)
            .bold()
            .size(base)
            .align(AlignmentType::Left)
            .line_spacing(spacing(360, 60, LINE_115)),
    ));
    all.push(
        paragraph(id::CONTACTS)
            .size(small)
            .align(AlignmentType::Left)
            .line_spacing(spacing(0, 0, LINE_SINGLE)),
    );
    // A photo is never left at a page's foot without its caption.
    all.push(keep_with_next(
        paragraph(id::PHOTO)
            .align(AlignmentType::Center)
            .line_spacing(spacing(240, 80, LINE_SINGLE)),
    ));
    all.push(
        paragraph(id::CAPTION)
            .italic()
            .size(small)
            .align(AlignmentType::Left)
            .line_spacing(spacing(0, 240, LINE_SINGLE)),
    );
    all.push(
        paragraph(id::END_MARK)
            .size(base)
            .align(AlignmentType::Center)
            .line_spacing(spacing(240, 0, LINE_115)),
    );
    all.push(letterhead(base));
    all.push(
        paragraph(id::PAGE_NUMBER)
            .size(small)
            .align(AlignmentType::Center)
            .line_spacing(spacing(0, 0, LINE_SINGLE)),
    );
    all.push(
        Style::new(id::HYPERLINK, StyleType::Character)
            .name(id::HYPERLINK)
            .color("0563C1")
            .underline("single"),
    );
    all
}

/// Centred, bold, a thin grey rule under it, as on printed letter paper.
fn letterhead(base: usize) -> Style {
    let mut style = paragraph(id::LETTERHEAD)
        .bold()
        .size(base.saturating_sub(2).max(16))
        .color("1F3864")
        .align(AlignmentType::Center)
        .line_spacing(spacing(0, 120, LINE_SINGLE));
    let rule = ParagraphBorder::new(ParagraphBorderPosition::Bottom)
        .val(BorderType::Single)
        .size(6)
        .space(4)
        .color("8496B0");
    style.paragraph_property = style
        .paragraph_property
        .set_borders(ParagraphBorders::with_empty().set(rule));
    style
}
