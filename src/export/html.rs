//! The email-safe HTML page: `assets/html/release.html` rendered with minijinja.
//!
//! The template does the markup; this file turns the Document into plain template values
//! (cleaned strings, lines, runs) so the template never sees a control character or an
//! unsafe link. Auto-escaping is on for the template (its name ends in `.html`), so user
//! text cannot become markup even if the template forgets a filter.
//!
//! Font: Arial/Helvetica, not Georgia or Times. Arial has every Kazakh letter (ә ғ қ ң ө ұ
//! ү һ і) on every system a journalist reads mail on; a serif without them makes the mail
//! client patch single letters from a fallback font, which looks broken. Sans-serif also
//! reads better at screen sizes.

use std::sync::OnceLock;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use minijinja::{Environment, Value, context};

use crate::document::{Block, Document, Inline, Table};
use crate::language::Language;
use crate::letterhead::Letterhead;

use super::clean::{clean, clean_line, quote_joint, safe_url};

const TEMPLATE_NAME: &str = "release.html";
const TEMPLATE: &str = include_str!("../../assets/html/release.html");

/// The page for `doc`: a complete HTML5 document, UTF-8, inline styles, no scripts and no
/// external resources. Links the user typed stay links when they are http(s), mailto or tel.
/// A letterhead logo is embedded as a `data:` URL, so the file stands alone.
pub fn to_html(doc: &Document) -> String {
    render(doc, LogoSource::Embedded)
}

/// A typeset text (paragraphs between blank lines) as HTML paragraphs, for a clipboard or a
/// script: markup characters escaped, a no-break space as `&nbsp;` (a narrow one as
/// `&#8239;`) so it survives the paste, a line break as `<br>`.
pub fn paragraphs_html(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|paragraph| {
            let body = paragraph
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('\u{a0}', "&nbsp;")
                .replace('\u{202f}', "&#8239;")
                .replace('\n', "<br>\n");
            format!("<p>{body}</p>\n")
        })
        .collect()
}

/// The release alone, without the page around it: what "Copy for email" puts on the
/// clipboard as HTML, to paste into a message being written. Same inline styles as
/// [`to_html`], so Gmail, Outlook and Thunderbird keep the headline, quotes and table.
pub fn to_html_fragment(doc: &Document) -> String {
    render_with(doc, LogoSource::Embedded, true)
}

/// Where the `<img>`s of the letterhead logo and the photos find their pictures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LogoSource {
    /// In the page itself, as `data:` URLs (HTML files and the clipboard).
    Embedded,
    /// Parts of the same email with the Content-IDs [`LOGO_CID`] and [`photo_cid`]
    /// (`cid:` URLs): Gmail and Outlook show those, while many clients drop `data:`
    /// pictures in mail.
    ContentIds,
}

/// The Content-ID of the letterhead logo inside an email draft.
pub(crate) const LOGO_CID: &str = "letterhead-logo@pressdesk";

/// The Content-ID of the `n`-th photo (from 1) shown in an email draft.
pub(crate) fn photo_cid(n: usize) -> String {
    format!("photo-{n}@pressdesk")
}

pub(crate) fn render(doc: &Document, logo: LogoSource) -> String {
    render_with(doc, logo, false)
}

fn render_with(doc: &Document, logo: LogoSource, fragment: bool) -> String {
    let ctx = context! {
        fragment,
        lang => doc.language.code(),
        title => page_title(doc),
        letterhead => doc.letterhead.as_ref().and_then(|l| letterhead_value(l, logo)),
        blocks => {
            let mut photos = 0;
            doc.blocks
                .iter()
                .filter_map(|b| block_value(b, logo, &mut photos))
                .collect::<Vec<_>>()
        },
    };
    let rendered = environment().and_then(|env| {
        env.get_template(TEMPLATE_NAME)
            .and_then(|template| template.render(ctx))
            .ok()
    });
    // The template is fixed and covered by tests, so this branch is for a broken build, not
    // for user input; still, an export must not panic or return nothing.
    rendered.unwrap_or_else(|| fallback_page(doc))
}

/// The template environment, parsed once per process.
fn environment() -> Option<&'static Environment<'static>> {
    static ENV: OnceLock<Option<Environment<'static>>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        let syntax = minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
            .ok()?;
        env.set_syntax(syntax);
        env.add_template(TEMPLATE_NAME, TEMPLATE).ok()?;
        Some(env)
    })
    .as_ref()
}

/// `<title>` must not be blank (the validator rejects it): the document title, else the
/// first headline, else the genre's name in the release language.
fn page_title(doc: &Document) -> String {
    let title = clean_line(&doc.title);
    if !title.trim().is_empty() {
        return title.trim().to_string();
    }
    let headline = doc.blocks.iter().find_map(|b| match b {
        Block::Headline(h) if !clean_line(h).trim().is_empty() => Some(clean_line(h)),
        _ => None,
    });
    headline.map(|h| h.trim().to_string()).unwrap_or_else(|| {
        match doc.language {
            Language::Ru => "Пресс-релиз",
            Language::Kk => "Баспасөз релизі",
            Language::En => "Press release",
        }
        .to_string()
    })
}

/// The letterhead band: the name, and the logo at 48 CSS pixels high (its picture has
/// twice the pixels, for sharp high-density screens).
fn letterhead_value(letterhead: &Letterhead, source: LogoSource) -> Option<Value> {
    if letterhead.is_empty() {
        return None;
    }
    let logo = letterhead.logo.as_ref().map(|logo| {
        let picture = &logo.email;
        let height = picture.height.div_ceil(2).max(1);
        let width = (u64::from(picture.width) * u64::from(height)
            / u64::from(picture.height.max(1)))
        .max(1);
        let src = match source {
            LogoSource::Embedded => {
                format!("data:image/png;base64,{}", BASE64.encode(&picture.png))
            }
            LogoSource::ContentIds => format!("cid:{LOGO_CID}"),
        };
        context! { src, width, height }
    });
    Some(context! {
        name => clean_line(&letterhead.organisation).trim(),
        logo,
    })
}

/// One block as a template value, or `None` for a block with nothing to show: an empty
/// `<p>` or `<h1>` is noise in the mail and a validator warning.
/// `photos` counts the photos shown so far, which an email's Content-IDs number.
fn block_value(block: &Block, pictures: LogoSource, photos: &mut usize) -> Option<Value> {
    let text_block = |kind: &str, text: &str| {
        let ls = lines(text);
        (!ls.iter().all(|l| l.trim().is_empty())).then(|| context! { kind, lines => ls })
    };
    match block {
        Block::Notice(t) => text_block("notice", t),
        Block::Headline(t) => text_block("headline", t),
        Block::Subheadline(t) => text_block("subheadline", t),
        Block::Dateline(t) => text_block("dateline", t),
        Block::SectionHeading(t) => text_block("section", t),
        Block::Signature(t) => text_block("signature", t),
        Block::EndMark(t) => text_block("endmark", t),
        Block::Contacts(cs) => text_block("contacts", &cs.join("\n")),
        Block::Lead(rs) => runs_block("lead", rs),
        Block::Paragraph(rs) => runs_block("paragraph", rs),
        Block::Quote(q) => {
            let quote = clean(&q.quote);
            let attribution = clean(&q.attribution);
            if quote.trim().is_empty() && attribution.trim().is_empty() {
                return None;
            }
            // An attribution standing first gets its own line, so its trailing space goes.
            let (attribution, joint) = if q.attribution_first {
                (attribution.trim_end(), "")
            } else {
                (attribution.as_ref(), quote_joint(&quote, &attribution))
            };
            Some(context! {
                kind => "quote",
                attribution_first => q.attribution_first,
                quote => lines(&quote),
                attribution => lines(attribution),
                joint,
            })
        }
        Block::Table(t) => table_value(t),
        Block::Photo(photo) => {
            // In the preview's document, or with its file missing: nothing to show.
            let copy = &photo.picture.as_ref()?.email;
            *photos += 1;
            let src = match pictures {
                LogoSource::Embedded => {
                    format!("data:image/jpeg;base64,{}", BASE64.encode(&copy.jpeg))
                }
                LogoSource::ContentIds => format!("cid:{}", photo_cid(*photos)),
            };
            // The text column is 552 CSS pixels (600 less the padding); a narrower copy
            // is shown at its own size, never blown up.
            // A tall photo is narrowed to stand at most as tall as the column is wide, so
            // one portrait does not fill a phone's screen three times over.
            let (w, h) = (u64::from(copy.width.max(1)), u64::from(copy.height.max(1)));
            let mut width = w.min(u64::from(PHOTO_COLUMN_PX));
            let mut height = (h * width / w).max(1);
            if height > u64::from(PHOTO_COLUMN_PX) {
                height = u64::from(PHOTO_COLUMN_PX);
                width = (w * height / h).max(1);
            }
            Some(context! {
                kind => "photo",
                src,
                width,
                height,
                // One plain line: the caption's no-break spaces mean nothing to a screen reader.
                alt => clean_line(photo.alt_or_caption()).split_whitespace().collect::<Vec<_>>().join(" "),
                caption => clean_line(&photo.caption_line()).trim(),
            })
        }
    }
}

/// The width of the release's text column in the email page, in CSS pixels.
const PHOTO_COLUMN_PX: u32 = 552;

/// Text split at line breaks; the template joins the lines with `<br>`.
fn lines(text: &str) -> Vec<String> {
    clean(text).split('\n').map(str::to_string).collect()
}

fn runs_block(kind: &str, runs: &[Inline]) -> Option<Value> {
    let values = run_values(runs);
    let has_text = runs
        .iter()
        .any(|r| !matches!(r, Inline::LineBreak) && !clean(r.text()).trim().is_empty());
    has_text.then(|| context! { kind, runs => values })
}

/// Runs as `{kind, text, url}`; a `\n` inside a run becomes its own `br` run.
fn run_values(runs: &[Inline]) -> Vec<Value> {
    let mut out = Vec::with_capacity(runs.len());
    for run in runs {
        let (kind, url) = match run {
            Inline::LineBreak => {
                out.push(context! { kind => "br" });
                continue;
            }
            Inline::Text(_) => ("text", None),
            Inline::Emphasis(_) => ("em", None),
            Inline::Strong(_) => ("strong", None),
            // A link whose target is unsafe or empty is shown as its words only.
            Inline::Link { url, .. } => match safe_url(url) {
                Some(u) => ("link", Some(u)),
                None => ("text", None),
            },
        };
        let text = clean(run.text());
        // A link with no words shows its address, so it stays clickable.
        let text = match (&url, text.trim().is_empty()) {
            (Some(u), true) => std::borrow::Cow::Owned(u.clone()),
            _ => text,
        };
        for (i, piece) in text.split('\n').enumerate() {
            if i > 0 {
                out.push(context! { kind => "br" });
            }
            if !piece.is_empty() {
                // Escaped here, so names with a hyphen can be wrapped to stay on one line.
                let html = super::hyphens::html_with_unbroken_names(&escape(piece));
                let text = Value::from_safe_string(html);
                out.push(context! { kind, text, url => url.clone() });
            }
        }
    }
    out
}

/// The statistics table, padded to a rectangle (a short row would make the validator
/// complain and shift cells in some clients). `None` when there is nothing to show.
fn table_value(table: &Table) -> Option<Value> {
    // A cell may hold two lines (a figure's label, its period under it).
    let cell = |s: &String| clean(s).trim().to_string();
    let header: Vec<String> = table.header.iter().map(cell).collect();
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| r.iter().map(cell).collect())
        .collect();
    let caption = clean_line(&table.caption).trim().to_string();
    let has_header = header.iter().any(|h| !h.is_empty());
    let columns = rows
        .iter()
        .map(Vec::len)
        .chain(std::iter::once(if has_header { header.len() } else { 0 }))
        .max()
        .unwrap_or(0);
    if columns == 0 {
        // Only a caption (or nothing): show the caption as a paragraph.
        return (!caption.is_empty())
            .then(|| context! { kind => "paragraph", runs => vec![context! { kind => "text", text => caption }] });
    }
    let numeric: Vec<bool> = (0..columns).map(|i| table.is_numeric(i)).collect();
    let row_value = |row: &[String]| -> Vec<Value> {
        (0..columns)
            .map(|i| {
                let text = row.get(i).cloned().unwrap_or_default();
                let lines: Vec<String> = text.split('\n').map(|l| l.trim().to_string()).collect();
                context! { lines, num => numeric[i] }
            })
            .collect()
    };
    Some(context! {
        kind => "table",
        caption,
        header => if has_header { row_value(&header) } else { Vec::new() },
        rows => rows.iter().map(|r| row_value(r)).collect::<Vec<_>>(),
    })
}

/// A bare but valid page, used only if the template failed to load.
fn fallback_page(doc: &Document) -> String {
    let mut body = String::new();
    for block in &doc.blocks {
        let text = clean(&block.plain_text()).into_owned();
        if !text.trim().is_empty() {
            body.push_str("<p>");
            body.push_str(&escape(&text).replace('\n', "<br>"));
            body.push_str("</p>\n");
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;\">\n{}</body>\n</html>\n",
        doc.language.code(),
        escape(&page_title(doc)),
        body
    )
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::FontSpec;

    #[test]
    fn template_loads_and_fallback_is_not_used() {
        assert!(environment().is_some());
        let doc = Document {
            language: Language::Kk,
            title: String::new(),
            author: String::new(),
            font: FontSpec::default(),
            letterhead: None,
            blocks: vec![Block::Headline("Әкім <b>".into())],
        };
        let html = to_html(&doc);
        assert!(html.contains("<title>Әкім &lt;b&gt;</title>"), "{html}");
        assert!(html.contains("max-width:600px"));
        assert!(!html.contains("<p>Әкім"), "fallback page used");
    }

    #[test]
    fn fallback_page_escapes() {
        let doc = Document {
            language: Language::Ru,
            title: "<x>".into(),
            author: String::new(),
            font: FontSpec::default(),
            letterhead: None,
            blocks: vec![Block::Paragraph(vec![Inline::Text("a<b>&\nc".into())])],
        };
        let page = fallback_page(&doc);
        assert!(page.contains("<title>&lt;x&gt;</title>"));
        assert!(page.contains("<p>a&lt;b&gt;&amp;<br>c</p>"));
    }
}
