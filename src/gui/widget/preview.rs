//! The live preview: the composed [`Document`] drawn like the exported page (serif body,
//! bold lead, quotes with their attribution, the statistics table, the signature), with
//! word and character counts. It reads only the Document, as every exporter does.

use iced::widget::text::Span;
use iced::widget::{Column, column, container, rich_text, row, rule, span, text};
use iced::{Alignment, Element, Fill, Font, Length};

use crate::document::{Block, Document, Inline, PhotoBlock, QuoteBlock, Table};
use crate::gui::font;
use crate::gui::i18n::I18n;
pub use crate::gui::photos::Thumbnails;
use crate::gui::theme::{self, space};
use crate::letterhead::Letterhead;

/// Page text sizes: a little larger than the interface, as a printed page reads.
const BODY: f32 = 15.0;
const HEADLINE: f32 = 22.0;
const SUBHEADLINE: f32 = 17.0;
const SMALL: f32 = 13.0;

/// The page is no wider than a printed column, so lines stay readable on wide windows.
const PAGE_WIDTH: f32 = 680.0;

pub fn view<'a, M: 'a>(
    document: Option<&'a Document>,
    thumbnails: &Thumbnails,
    i18n: &I18n,
) -> Element<'a, M> {
    let Some(document) = document else {
        return text(i18n.tr("preview-empty")).style(theme::muted).into();
    };
    let counts = format!(
        "{} · {}",
        i18n.count("word-count", document.word_count()),
        i18n.count("char-count", document.char_count())
    );
    let mut page = Column::new().spacing(space::M);
    if let Some(band) = document.letterhead.as_ref().and_then(letterhead_view) {
        page = page.push(band);
    }
    for block in &document.blocks {
        page = page.push(block_view(block, thumbnails));
    }
    if document.blocks.is_empty() {
        page = page.push(text(i18n.tr("preview-empty")).style(theme::muted));
    }
    column![
        container(
            row![
                text(i18n.tr("preview-title"))
                    .size(SMALL)
                    .style(theme::muted),
                iced::widget::space().width(Fill),
                text(counts).size(SMALL).style(theme::muted),
            ]
            .align_y(Alignment::Center)
        )
        .max_width(PAGE_WIDTH),
        container(page)
            .padding([space::XL + 8.0, space::XL + 12.0])
            .max_width(PAGE_WIDTH)
            .width(Fill)
            .style(theme::page),
    ]
    .spacing(space::S)
    .into()
}

/// The letterhead's name centred over a rule, as the DOCX and email put it. The logo is
/// read only when exporting, so the preview shows the name alone.
fn letterhead_view<'a, M: 'a>(letterhead: &'a Letterhead) -> Option<Element<'a, M>> {
    let name = letterhead.organisation.trim();
    (!name.is_empty()).then(|| {
        column![
            container(text(name).size(SMALL).font(font::PAGE_BOLD)).center_x(Fill),
            rule::horizontal(1),
        ]
        .spacing(space::XS)
        .into()
    })
}

fn block_view<'a, M: 'a>(block: &'a Block, thumbnails: &Thumbnails) -> Element<'a, M> {
    match block {
        Block::Notice(t) => text(t.as_str())
            .size(SMALL)
            .font(font::PAGE_BOLD)
            .style(theme::danger_text)
            .into(),
        Block::Headline(t) => text(t.as_str())
            .size(HEADLINE)
            .font(font::PAGE_BOLD)
            .line_height(1.25)
            .into(),
        Block::Subheadline(t) => text(t.as_str())
            .size(SUBHEADLINE)
            .font(font::PAGE_ITALIC)
            .into(),
        Block::Dateline(t) => text(t.as_str())
            .size(SMALL)
            .font(font::PAGE)
            .style(theme::muted)
            .into(),
        Block::Lead(inlines) => runs(inlines, font::PAGE_BOLD),
        Block::Paragraph(inlines) => runs(inlines, font::PAGE),
        Block::Quote(quote) => quote_view(quote),
        Block::Table(table) => table_view(table),
        Block::SectionHeading(t) => text(t.as_str()).size(BODY).font(font::PAGE_BOLD).into(),
        Block::Signature(t) => container(text(t.as_str()).size(BODY).font(font::PAGE_BOLD))
            .padding([space::S, 0.0])
            .into(),
        Block::Contacts(lines) => column(lines.iter().map(|line| {
            text(line.as_str())
                .size(SMALL)
                .font(font::PAGE)
                .style(theme::muted)
                .into()
        }))
        .into(),
        Block::EndMark(t) => container(text(t.as_str()).size(BODY).font(font::PAGE))
            .center_x(Fill)
            .into(),
        Block::Photo(photo) => photo_view(photo, thumbnails),
    }
}

/// A photo at the page's width with its caption under it, as the exports set it. Until
/// its thumbnail is made (in the background), or when its file is missing, a grey box of
/// the photo's shape holds its place, so the text does not jump when it arrives.
fn photo_view<'a, M: 'a>(photo: &'a PhotoBlock, thumbnails: &Thumbnails) -> Element<'a, M> {
    let picture: Element<'a, M> = match thumbnails.get(&photo.file) {
        Some(handle) => iced::widget::image(handle.clone()).width(Fill).into(),
        None => {
            let (w, h) = (photo.width.max(1) as f32, photo.height.max(1) as f32);
            let shape = if photo.width == 0 || photo.height == 0 {
                0.66
            } else {
                h / w
            };
            container(text(photo.alt.as_str()).size(SMALL).style(theme::muted))
                .center(Fill)
                .height(((PAGE_WIDTH - 2.0 * (space::XL + 12.0)) * shape.min(1.2)).max(60.0))
                .style(theme::placeholder)
                .into()
        }
    };
    let caption = photo.caption_line();
    let mut view = column![picture].spacing(space::XS);
    if !caption.trim().is_empty() {
        view = view.push(
            text(caption)
                .size(SMALL)
                .font(Font {
                    style: iced::font::Style::Italic,
                    ..font::PAGE
                })
                .style(theme::muted),
        );
    }
    view.into()
}

/// A paragraph of inline runs in the page face; `base` is the face of plain text.
fn runs<'a, M: 'a>(inlines: &'a [Inline], base: Font) -> Element<'a, M> {
    let spans: Vec<Span<'a, (), Font>> = inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(t) => span(t.as_str()).font(base),
            Inline::Emphasis(t) => span(t.as_str()).font(Font {
                style: iced::font::Style::Italic,
                ..base
            }),
            Inline::Strong(t) => span(t.as_str()).font(font::PAGE_BOLD),
            Inline::Link { text, .. } => span(text.as_str()).font(base).underline(true),
            Inline::LineBreak => span("\n").font(base),
        })
        .collect();
    rich_text(spans)
        .size(BODY)
        .line_height(1.45)
        .width(Fill)
        .into()
}

/// The quote as the page prints it, with a rule on the left so it stands out in the form
/// of the preview without changing its words.
fn quote_view<'a, M: 'a>(quote: &'a QuoteBlock) -> Element<'a, M> {
    let words = span(quote.quote.as_str()).font(font::PAGE);
    let attribution = span(quote.attribution.as_str()).font(font::PAGE_ITALIC);
    let spans: Vec<Span<'a, (), Font>> = if quote.attribution_first {
        vec![attribution, words]
    } else {
        vec![words, attribution]
    };
    row![
        rule::vertical(3).style(quote_rule),
        rich_text(spans).size(BODY).line_height(1.45).width(Fill),
    ]
    .spacing(space::M)
    .height(Length::Shrink)
    .into()
}

fn table_view<'a, M: 'a>(table: &'a Table) -> Element<'a, M> {
    let cell = |content: &'a str, bold: bool| {
        container(text(content).size(SMALL + 1.0).font(if bold {
            font::PAGE_BOLD
        } else {
            font::PAGE
        }))
        .padding([4, 8])
        .width(Fill)
    };
    let mut rows = Column::new();
    if !table.caption.is_empty() {
        rows = rows.push(
            text(table.caption.as_str())
                .size(SMALL + 1.0)
                .font(font::PAGE_BOLD),
        );
    }
    if !table.header.is_empty() {
        rows = rows.push(row(table.header.iter().map(|h| cell(h, true).into())));
        rows = rows.push(rule::horizontal(1));
    }
    for r in &table.rows {
        rows = rows.push(row(r.iter().map(|c| cell(c, false).into())));
        rows = rows.push(rule::horizontal(1));
    }
    rows.spacing(2).into()
}

fn quote_rule(theme: &iced::Theme) -> rule::Style {
    rule::Style {
        color: theme.palette().primary.scale_alpha(0.6),
        ..rule::default(theme)
    }
}
