//! Property tests: arbitrary Unicode (control characters, RTL marks, emoji, markup-looking
//! text, 100 k characters) exports to well-formed XML and parseable HTML with the text intact,
//! minus the characters the exporters are documented to drop.

mod export_sample;

use export_sample::*;
use pressdesk::document::{Block, Document, Inline, QuoteBlock};
use pressdesk::export::{to_docx, to_html, to_text};
use proptest::prelude::*;
use scraper::{ElementRef, Html, Node, Selector};

/// What the exporters promise to keep of `s`, computed independently of them: C0 controls
/// except tab/LF, DEL, C1 controls and Unicode noncharacters dropped; CR LF and CR become LF.
fn expected(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    s.chars()
        .filter(|&c| {
            let n = c as u32;
            let control = (n < 0x20 && c != '\t' && c != '\n') || (0x7F..=0x9F).contains(&n);
            let nonchar = (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE;
            !control && !nonchar
        })
        .collect()
}

/// Pieces that have broken exporters elsewhere, mixed with arbitrary characters.
fn tricky_text(max_pieces: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => any::<char>().prop_map(String::from),
        1 => prop::sample::select(vec![
            "<script>alert(1)</script>", "]]>", "&", "&amp;", "&#0;", "<!--", "-->", "\"'",
            "\u{200F}", "\u{202E}", "\u{200B}", "😀", "👩‍👩‍👧", "\r\n", "\r", "\n", "\t", "\0",
            "\u{1}", "\u{B}", "\u{C}", "\u{1F}", "\u{7F}", "\u{85}", "\u{FFFE}", "\u{FFFF}",
            "\u{FDD0}", "\u{1FFFE}", "\u{A0}", "\u{202F}", "«", "»", " — ", "Әкім", "Ёлка",
        ])
        .prop_map(str::to_string),
        2 => "[a-zA-Zа-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІ ]{1,12}",
    ];
    prop::collection::vec(piece, 0..max_pieces).prop_map(|v| v.concat())
}

fn document(headline: &str, paragraph: &str, quote: &str, attribution: &str) -> Document {
    Document {
        title: format!("[T]{headline}"),
        blocks: vec![
            Block::Headline(format!("[H]{headline}")),
            Block::Paragraph(vec![
                Inline::Text(format!("[P]{paragraph}")),
                Inline::Strong(paragraph.to_string()),
            ]),
            Block::Quote(QuoteBlock {
                attribution_first: false,
                quote: format!("[Q]{quote}"),
                attribution: format!("[A]{attribution}"),
            }),
        ],
        ..delegation_visit_ru()
    }
}

/// What the DOCX reader in export_sample gives for `text`: a no-break hyphen (U+2011, which
/// names get) reads as the hyphen a reader sees.
fn as_docx_reads(text: String) -> String {
    text.replace('\u{2011}', "-")
}

fn check_docx(h: &str, p: &str, q: &str, a: &str) {
    let expected = |s: &str| as_docx_reads(expected(s));
    let doc = document(h, p, q, a);
    let bytes = to_docx(&doc).expect("DOCX export");
    // docx_paragraphs fails on malformed XML and on any XML-illegal character.
    let paragraphs = docx_paragraphs(&zip_part(&bytes, "word/document.xml"));
    let text_of = |style: &str| {
        paragraphs
            .iter()
            .find(|x| x.style.as_deref() == Some(style))
            .map(|x| x.text.clone())
            .unwrap_or_else(|| panic!("no {style} paragraph"))
    };
    assert_eq!(text_of("Headline"), expected(&format!("[H]{h}")));
    assert_eq!(text_of("Body"), expected(&format!("[P]{p}")) + &expected(p));
    let quote = expected(&format!("[Q]{q}"));
    let joint = if quote.ends_with(char::is_whitespace) {
        ""
    } else {
        " "
    };
    assert_eq!(
        text_of("Quote"),
        format!("{quote}{joint}{}", expected(&format!("[A]{a}")))
    );
    let core = zip_part(&bytes, "docProps/core.xml");
    docx_paragraphs(&core);
}

fn text_with_breaks(element: ElementRef) -> String {
    let mut out = String::new();
    for node in element.descendants() {
        match node.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if e.name() == "br" => out.push('\n'),
            _ => {}
        }
    }
    out
}

fn check_html_text(h: &str, p: &str, q: &str, a: &str) {
    let doc = document(h, p, q, a);
    let page = Html::parse_document(&to_html(&doc));
    let select = |css: &str| Selector::parse(css).expect("selector");
    assert_eq!(page.select(&select("script, img, style, link")).count(), 0);
    let title: String = page
        .select(&select("title"))
        .flat_map(|t| t.text())
        .collect();
    let one_line: String = expected(&format!("[T]{h}"))
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect();
    assert_eq!(title, one_line.trim());
    let h1 = page.select(&select("h1")).next().expect("h1");
    assert_eq!(text_with_breaks(h1), expected(&format!("[H]{h}")));
    let body = page
        .select(&select("p"))
        .find(|e| text_with_breaks(*e).starts_with("[P]"))
        .expect("paragraph");
    let paragraph = expected(&format!("[P]{p}")) + &expected(p);
    assert_eq!(text_with_breaks(body), paragraph);
    let quote = page
        .select(&select("blockquote > p"))
        .next()
        .expect("quote");
    let q_text = expected(&format!("[Q]{q}"));
    let joint = if q_text.ends_with(char::is_whitespace) {
        ""
    } else {
        " "
    };
    assert_eq!(
        text_with_breaks(quote),
        format!("{q_text}{joint}{}", expected(&format!("[A]{a}")))
    );
    let text = to_text(&doc);
    assert!(text.contains(&paragraph));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn docx_is_well_formed_with_text_intact(
        h in tricky_text(40), p in tricky_text(80), q in tricky_text(40), a in tricky_text(20)
    ) {
        check_docx(&h, &p, &q, &a);
    }

    #[test]
    fn html_parses_with_text_intact(
        h in tricky_text(40), p in tricky_text(80), q in tricky_text(40), a in tricky_text(20)
    ) {
        check_html_text(&h, &p, &q, &a);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3))]

    /// 100 000 characters in one paragraph.
    #[test]
    fn huge_text_survives(s in prop::collection::vec(any::<char>(), 100_000).prop_map(String::from_iter)) {
        check_docx("заголовок", &s, "цитата", "— сказал он.");
        check_html_text("заголовок", &s, "цитата", "— сказал он.");
    }
}

#[test]
fn markup_in_text_is_never_markup() {
    // A deterministic companion to the property tests, for the classic payloads.
    for payload in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<style>*{}</style>",
    ] {
        let doc = document(payload, payload, payload, payload);
        let page = Html::parse_document(&to_html(&doc));
        let selector = Selector::parse("script, img, style").expect("selector");
        assert_eq!(page.select(&selector).count(), 0, "{payload}");
    }
}

#[test]
fn a_name_with_a_hyphen_survives_the_round_trip() {
    check_docx(
        "\"xI¥u<!--N2 ҚнҚІІҺEҚfйѨ-TQіXV RәG ҒөdHіg",
        // A no-break hyphen typed by the user, beside one the exporter puts in a name.
        "Кёнсан-Пукто и a\u{2011}b",
        "цитата",
        "— сказал он.",
    );
}
