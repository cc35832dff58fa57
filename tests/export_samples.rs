//! Writes the sample releases in every format to `$PRESSDESK_EXPORT_SAMPLES` (a folder), for
//! looking at them: LibreOffice, a browser, python-docx. Does nothing when the variable is
//! unset.

mod export_sample;

use export_sample::*;
use pressdesk::document::{Block, Inline};
use pressdesk::export::{suggested_file_name, to_docx, to_html, to_text};

#[test]
fn write_samples_for_inspection() {
    let Some(dir) = std::env::var_os("PRESSDESK_EXPORT_SAMPLES") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("sample folder");
    let date = jiff::civil::date(2026, 11, 28);
    // A release full of what breaks exporters, to open in LibreOffice and a browser.
    let mut hostile = delegation_visit_kk();
    hostile.title = "Hostile <script>alert(1)</script> & ]]>".into();
    hostile.blocks.insert(
        1,
        Block::Paragraph(vec![
            Inline::Text("<script>alert(1)</script> ]]> & \u{1}\u{B}\u{FFFF}\u{85} עברית\u{200F} 😀\r\nновая строка\tтаб".into()),
            Inline::Link { text: "javascript".into(), url: "javascript:alert(1)".into() },
        ]),
    );
    for doc in [
        delegation_visit_ru(),
        delegation_visit_kk(),
        release_of_words(600),
        hostile,
    ] {
        let write = |ext: &str, bytes: &[u8]| {
            let mut name = suggested_file_name(Some(date), &doc.title, ext);
            if doc.word_count() >= 600 {
                name = format!("long_{name}");
            }
            std::fs::write(dir.join(&name), bytes).expect("write sample");
            eprintln!("wrote {}", dir.join(name).display());
        };
        write("docx", &to_docx(&doc).expect("docx"));
        write("html", to_html(&doc).as_bytes());
        write("txt", to_text(&doc).as_bytes());
    }
}
