//! DOCX export read back with an independent parser (zip + quick-xml).

mod export_sample;

use export_sample::*;
use pressdesk::document::{Block, Document, Inline, QuoteBlock};
use pressdesk::export::{to_docx, to_docx_at};

fn export(doc: &Document) -> Vec<u8> {
    to_docx(doc).expect("DOCX export")
}

#[test]
fn every_word_is_present_in_order() {
    for doc in [delegation_visit_ru(), delegation_visit_kk()] {
        let bytes = export(&doc);
        assert_words_in_order(&docx_text(&bytes), &words(&doc));
    }
}

#[test]
fn paragraphs_carry_their_styles() {
    let doc = delegation_visit_ru();
    let paragraphs = docx_paragraphs(&zip_part(&export(&doc), "word/document.xml"));
    let style_of = |needle: &str| {
        paragraphs
            .iter()
            .find(|p| p.text.contains(needle))
            .unwrap_or_else(|| panic!("no paragraph with {needle:?}"))
            .style
            .clone()
            .unwrap_or_default()
    };
    assert_eq!(style_of("ЭМБАРГО"), "Notice");
    assert_eq!(style_of("встретился с\u{a0}делегацией"), "Headline");
    assert_eq!(style_of("Стороны обсудили"), "Subheadline");
    assert_eq!(style_of("Туркестан, 28"), "Dateline");
    assert_eq!(style_of("принял делегацию"), "Lead");
    assert_eq!(style_of("Аким рассказал"), "Body");
    assert_eq!(style_of("Нам важно"), "Quote");
    assert_eq!(style_of("Ли Минъюй ответил:"), "Attribution");
    assert_eq!(style_of("Весной мы пришлём"), "Quote");
    assert_eq!(style_of("Торговля Туркестанской"), "TableCaption");
    assert_eq!(style_of("Справка"), "SectionHeading");
    assert_eq!(style_of("Пресс-служба акимата"), "Signature");
    assert_eq!(style_of("E-mail"), "Contacts");
    assert_eq!(style_of("###"), "EndMark");
    // The attribution after a quote stays in the quote paragraph, tied by a no-break space.
    assert!(
        paragraphs
            .iter()
            .any(|p| p.text.ends_with("есть»,\u{a0}— отметил Ерлан Жаксыбеков."))
    );

    let styles = zip_part(&export(&doc), "word/styles.xml");
    for id in [
        "Notice",
        "Headline",
        "Subheadline",
        "Dateline",
        "Lead",
        "Body",
        "Quote",
        "Attribution",
        "AttributionChar",
        "SectionHeading",
        "TableCaption",
        "TableText",
        "Signature",
        "Contacts",
        "EndMark",
        "Hyperlink",
    ] {
        assert!(
            styles.contains(&format!(r#"w:styleId="{id}""#)),
            "style {id} not defined"
        );
    }
    assert!(styles.contains(r#"<w:style w:type="character" w:styleId="AttributionChar">"#));
    let document = zip_part(&export(&doc), "word/document.xml");
    assert!(document.contains(r#"<w:rStyle w:val="AttributionChar" />"#));
}

#[test]
fn table_has_grid_widths_and_borders() {
    let document = zip_part(&export(&delegation_visit_ru()), "word/document.xml");
    let grid_start = document.find("<w:tblGrid>").expect("w:tblGrid");
    let grid_end = document[grid_start..]
        .find("</w:tblGrid>")
        .expect("grid closed")
        + grid_start;
    let grid = &document[grid_start..grid_end];
    let widths: Vec<u32> = grid
        .split(r#"<w:gridCol w:w=""#)
        .skip(1)
        .map(|s| {
            s.split('"')
                .next()
                .unwrap_or("")
                .parse()
                .expect("numeric width")
        })
        .collect();
    assert_eq!(widths.len(), 4, "{grid}");
    assert!(widths.iter().all(|w| *w >= 500), "{widths:?}");
    // The table fills the text column: 11906 − 1701 − 850 twips.
    assert_eq!(widths.iter().sum::<u32>(), 9355);
    assert!(document.contains(r#"<w:tblW w:w="9355" w:type="dxa" />"#));
    assert!(document.contains(r#"<w:tblLayout w:type="fixed" />"#));
    assert!(document.contains("<w:tblBorders>"));
    assert!(document.contains(r#"<w:insideV w:val="single""#));

    let paragraphs = docx_paragraphs(&document);
    let cells: Vec<&str> = paragraphs
        .iter()
        .filter(|p| p.in_table)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(cells.len(), 20);
    assert_eq!(
        cells[..4],
        ["Показатель", "2025", "2026, январь–октябрь", "Изменение"]
    );
    assert_eq!(cells[19], "+6");
}

#[test]
fn page_is_a4_with_official_margins_and_font() {
    let bytes = export(&delegation_visit_ru());
    let document = zip_part(&bytes, "word/document.xml");
    assert!(
        document.contains(r#"<w:pgSz w:w="11906" w:h="16838""#),
        "page size"
    );
    assert!(document.contains(r#"w:left="1701""#) && document.contains(r#"w:right="850""#));
    let styles = zip_part(&bytes, "word/styles.xml");
    assert!(styles.contains(r#"w:ascii="Times New Roman""#));
    assert!(styles.contains(r#"<w:sz w:val="28" />"#), "14 pt body");
    assert!(styles.contains(r#"w:line="276""#), "1.15 line spacing");
    assert!(styles.contains(r#"<w:lang w:val="ru-RU""#));
    let kk = zip_part(&export(&delegation_visit_kk()), "word/styles.xml");
    assert!(kk.contains(r#"<w:lang w:val="kk-KZ""#));
    // styles.xml is still well-formed after the language was added.
    docx_paragraphs(&styles);
    // Justified Russian and Kazakh lines are hyphenated by that language, not stretched.
    let settings = zip_part(&bytes, "word/settings.xml");
    assert!(
        settings.contains(r#"<w:autoHyphenation w:val="true" />"#),
        "{settings}"
    );
    docx_paragraphs(&settings);
}

#[test]
fn profile_font_is_used() {
    let mut doc = delegation_visit_kk();
    doc.font.family = "Arial".into();
    doc.font.size_pt = 12.0;
    let styles = zip_part(&export(&doc), "word/styles.xml");
    assert!(styles.contains(r#"w:ascii="Arial""#));
    assert!(styles.contains(r#"<w:sz w:val="24" />"#));
}

/// The alignment a paragraph style gives, read from styles.xml.
fn style_alignment(styles: &str, id: &str) -> String {
    let start = styles
        .find(&format!(r#"w:styleId="{id}""#))
        .unwrap_or_else(|| panic!("style {id}"));
    let style = &styles[start..start + styles[start..].find("</w:style>").unwrap()];
    let jc = style.find("<w:jc w:val=\"").expect("an alignment") + 13;
    style[jc..jc + style[jc..].find('"').unwrap()].to_string()
}

#[test]
fn body_is_justified_unless_the_profile_sets_it_flush_left() {
    let doc = delegation_visit_kk();
    assert!(doc.font.justified, "justified by default");
    let styles = zip_part(&export(&doc), "word/styles.xml");
    for id in ["Lead", "Body", "Quote"] {
        assert_eq!(style_alignment(&styles, id), "both", "{id}");
    }

    let profile = pressdesk::profile::Profile {
        docx_justified: false,
        ..Default::default()
    };
    let mut flush_left = delegation_visit_kk();
    flush_left.font = profile.font();
    let styles = zip_part(&export(&flush_left), "word/styles.xml");
    for id in ["Lead", "Body", "Quote"] {
        assert_eq!(style_alignment(&styles, id), "left", "{id}");
    }
    assert_eq!(
        style_alignment(&styles, "Headline"),
        "center",
        "headings keep theirs"
    );
}

#[test]
fn core_properties_are_set() {
    let doc = delegation_visit_ru();
    let now = jiff::Timestamp::from_second(1_795_860_000).expect("time");
    let core = zip_part(&to_docx_at(&doc, now).expect("export"), "docProps/core.xml");
    docx_paragraphs(&core); // well-formed
    assert!(
        core.contains(&format!("<dc:title>{}</dc:title>", doc.title)),
        "{core}"
    );
    assert!(core.contains("<dc:creator>Пресс-служба акимата Туркестанской области</dc:creator>"));
    assert!(
        core.contains(r#"<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-28T"#),
        "{core}"
    );
    assert!(core.contains(r#"<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-28T"#));
    assert!(!core.contains("1970"));
    // to_docx stamps the current time.
    let core = zip_part(&export(&doc), "docProps/core.xml");
    assert!(!core.contains("1970-01-01"));
}

#[test]
fn control_characters_are_stripped_and_line_breaks_kept() {
    let doc = Document {
        title: "Заголовок\u{1}с\u{B}мусором & <тегами>".into(),
        author: "Автор\u{0}".into(),
        blocks: vec![
            Block::Headline("Заго\u{0}ловок\u{8}\u{1F}".into()),
            Block::Paragraph(vec![
                Inline::Text("первая строка\nвторая\tпосле табуляции\r\nтретья".into()),
                Inline::LineBreak,
                Inline::Strong("жирный\u{C}текст ]]> & <script>".into()),
                Inline::Link {
                    text: "ссылка".into(),
                    url: "javascript:alert(1)".into(),
                },
            ]),
            Block::Quote(QuoteBlock {
                attribution_first: false,
                quote: "«Цитата\u{FFFE}\u{FFFF}»,".into(),
                attribution: "— сказал он.".into(),
            }),
        ],
        ..delegation_visit_ru()
    };
    let bytes = export(&doc);
    let document = zip_part(&bytes, "word/document.xml");
    let paragraphs = docx_paragraphs(&document);
    let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Заголовок",
            "первая строка\nвторая\tпосле табуляции\nтретья\nжирныйтекст ]]> & <script>ссылка",
            "«Цитата»,\u{a0}— сказал он."
        ]
    );
    assert!(document.contains("<w:br w:type=\"textWrapping\" />") || document.contains("<w:br />"));
    assert!(!document.contains("javascript"));
    let core = zip_part(&bytes, "docProps/core.xml");
    assert_xml_chars_legal(&core);
    assert!(
        core.contains("<dc:title>Заголовоксмусором &amp; &lt;тегами&gt;</dc:title>"),
        "{core}"
    );
}

#[test]
fn links_keep_their_target() {
    let bytes = export(&delegation_visit_ru());
    let rels = zip_part(&bytes, "word/_rels/document.xml.rels");
    docx_paragraphs(&rels); // well-formed
    assert!(
        rels.contains(r#"Target="https://akimat.example.kz/news?id=42&amp;lang=ru""#),
        "{rels}"
    );
    assert!(rels.contains(r#"TargetMode="External""#));
    let document = zip_part(&bytes, "word/document.xml");
    assert!(document.contains("<w:hyperlink"));
}

#[test]
fn empty_and_odd_documents_still_export() {
    let mut doc = delegation_visit_ru();
    doc.blocks = vec![
        Block::Headline(String::new()),
        Block::Paragraph(vec![]),
        Block::Table(pressdesk::document::Table {
            caption: String::new(),
            header: vec![],
            numeric: Vec::new(),
            rows: vec![
                vec!["одна ячейка".into()],
                vec![],
                vec!["a".into(), "b".into(), "c".into()],
            ],
        }),
    ];
    doc.font.size_pt = f32::NAN;
    doc.font.family = "\u{1}".into();
    let bytes = export(&doc);
    let paragraphs = docx_paragraphs(&zip_part(&bytes, "word/document.xml"));
    assert_eq!(paragraphs.iter().filter(|p| p.in_table).count(), 9);
    doc.blocks.clear();
    export(&doc);
}

/// A name with a hyphen does not break at a line end; a compound common word may.
#[test]
fn hyphenated_names_do_not_break() {
    let mut doc = delegation_visit_ru();
    doc.blocks.push(Block::Paragraph(vec![Inline::Text(
        "Делегация провинции Кёнсан-Пукто обсудила торгово-экономические связи.".into(),
    )]));
    let document = zip_part(&export(&doc), "word/document.xml");
    assert!(
        document.contains("Кёнсан\u{2011}Пукто"),
        "a name keeps its hyphen unbroken"
    );
    assert!(
        document.contains("торгово-экономические"),
        "a compound word may break"
    );
}
