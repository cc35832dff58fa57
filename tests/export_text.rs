//! Plain-text export and suggested file names, through the public API.

mod export_sample;

use export_sample::*;
use pressdesk::document::{Block, Inline};
use pressdesk::export::{suggested_file_name, to_text};

#[test]
fn blocks_are_separated_by_blank_lines() {
    let doc = delegation_visit_ru();
    let text = to_text(&doc);
    // Words in order, once the address shown after the link's words is set aside.
    let without_address = text.replace(" (https://akimat.example.kz/news?id=42&lang=ru)", "");
    assert_words_in_order(&without_address, &words(&doc));
    let paragraphs: Vec<&str> = text.trim_end().split("\n\n").collect();
    assert!(paragraphs[0].starts_with("ЭМБАРГО"));
    assert!(paragraphs[1].starts_with("Аким Туркестанской области встретился"));
    assert!(text.ends_with("###\n") && !text.ends_with("\n\n"));
    // Contact lines stay together under the signature.
    assert!(text.contains("Пресс-служба акимата Туркестанской области\n\nТел.: +7\u{a0}725\u{a0}000-00-00\nE-mail: press@akimat.example.kz\n"));
    // The quote reads as one line, attribution after a no-break space.
    assert!(text.contains("есть»,\u{a0}— отметил Ерлан Жаксыбеков."));
    assert!(text.contains("Ли Минъюй ответил: «Весной"));
    // A link shows its address; a typed line break stays a line break.
    assert!(text.contains(
        "akimat.example.kz (https://akimat.example.kz/news?id=42&lang=ru).\nПрезентацию"
    ));
    // No-break spaces are kept as characters.
    assert!(text.contains("1\u{202f}200 рабочих") && text.contains("с\u{a0}делегацией"));
}

#[test]
fn table_columns_line_up() {
    let text = to_text(&delegation_visit_ru());
    let lines: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Торговля"))
        .skip(1)
        .take(5)
        .collect();
    assert!(lines[0].starts_with("Показатель"));
    // Numbers are right-aligned: every row's last column ends at the same character.
    let widths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    assert!(widths.windows(2).all(|w| w[0] == w[1]), "{lines:#?}");
    let col = |l: &str| l.chars().position(|c| c == ',' || c.is_ascii_digit());
    assert!(col(lines[1]).is_some());
}

#[test]
fn control_characters_and_empty_blocks_vanish() {
    let mut doc = delegation_visit_kk();
    doc.blocks = vec![
        Block::Headline("Әкім\u{0}\u{7}".into()),
        Block::Paragraph(vec![]),
        Block::Subheadline("  ".into()),
        Block::Paragraph(vec![
            Inline::Text("a\r\nb".into()),
            Inline::LineBreak,
            Inline::Text("c".into()),
        ]),
    ];
    assert_eq!(to_text(&doc), "Әкім\n\na\nb\nc\n");
    doc.blocks.clear();
    assert_eq!(to_text(&doc), "\n");
}

#[test]
fn file_names() {
    let date = jiff::civil::date(2026, 11, 28);
    assert_eq!(
        suggested_file_name(Some(date), "Аким встретился с\u{a0}делегацией", "docx"),
        "2026-11-28_akim-vstretilsya-s-delegaciey.docx"
    );
    assert_eq!(
        suggested_file_name(Some(date), &delegation_visit_kk().title, "html"),
        "2026-11-28_oblys-akimi-czyansu-provinciyasynyn-delegaciyasyn-kabyldady.html"
    );
    assert_eq!(suggested_file_name(None, "  ", ".txt"), "press-release.txt");
    assert_eq!(suggested_file_name(None, "aux", "docx"), "aux-release.docx");
    let long = suggested_file_name(Some(date), &"очень длинный заголовок ".repeat(20), "docx");
    assert!(
        long.len() <= "2026-11-28_".len() + 60 + ".docx".len(),
        "{long}"
    );
}
