//! Any bytes at all, handed to what reads the user's files — the release loader (and the
//! archive's quick reading of a release's line), the readers of texts to check and import
//! (DOCX, OpenDocument, HTML, email, plain text, Markdown) and the import that makes a
//! release of what they read — give a value or an error, never a panic. Inputs are real files of each kind (exported from a sample release) with
//! random damage: bytes overwritten, inserted, deleted, the file cut short, plus pure noise.
//! The exporters' own property tests are in tests/export_props.rs.
//!
//! 256 inputs per reader by default; a longer run: `FUZZ_CASES=1000000 cargo test --release
//! --test fuzz_inputs` (figures in BENCHMARKS.md).

use std::path::Path;

use pressdesk::archive::import::release_of;
use pressdesk::archive::listing::quick_summary;
use pressdesk::checks::any_text::{document_of, paragraphs_of};
use pressdesk::checks::odt;
use pressdesk::compose::compose;
use pressdesk::export::{to_docx, to_eml, to_html, to_text};
use pressdesk::language::Language;
use pressdesk::profile::Profile;
use pressdesk::storage;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// One damage to a file.
#[derive(Debug, Clone)]
enum Damage {
    Overwrite(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Truncate(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        4 => (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Damage::Overwrite(at, b)),
        2 => (any::<usize>(), prop::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(at, bytes)| Damage::Insert(at, bytes)),
        2 => (any::<usize>(), 1usize..64).prop_map(|(at, n)| Damage::Delete(at, n)),
        1 => any::<usize>().prop_map(Damage::Truncate),
    ]
}

fn damaged(seed: &[u8], damages: &[Damage]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for damage in damages {
        let len = bytes.len().max(1);
        match damage {
            Damage::Overwrite(at, b) => {
                if !bytes.is_empty() {
                    bytes[at % len] = *b;
                }
            }
            Damage::Insert(at, new) => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, new.iter().copied());
            }
            Damage::Delete(at, n) => {
                let at = at % len;
                let end = (at + n).min(bytes.len());
                if at < end {
                    bytes.drain(at..end);
                }
            }
            Damage::Truncate(at) => bytes.truncate(at % len),
        }
    }
    bytes
}

/// A damaged copy of the seed (one to eight damages), or noise.
fn input(seed: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        8 => prop::collection::vec(damage(), 1..8).prop_map(move |d| damaged(&seed, &d)),
        1 => prop::collection::vec(any::<u8>(), 0..2048),
    ]
}

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256)
}

/// Runs `read` on `cases()` damaged copies of `seed`; a panic fails the test with the input.
fn fuzz(name: &str, seed: Vec<u8>, read: impl Fn(&[u8])) {
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    let started = std::time::Instant::now();
    runner
        .run(&input(seed), |bytes| {
            read(&bytes);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    eprintln!(
        "fuzz {name}: {} inputs in {:.1} s, no panic",
        cases(),
        started.elapsed().as_secs_f64()
    );
}

/// A sample release and its exports: the seeds.
struct Seeds {
    release: Vec<u8>,
    docx: Vec<u8>,
    html: Vec<u8>,
    eml: Vec<u8>,
    text: Vec<u8>,
}

fn seeds() -> Seeds {
    let path = Path::new("tests/fixtures/releases/delegation-visit-kk.ron");
    let release_bytes = std::fs::read(path).unwrap();
    let release = storage::load_release(path).unwrap();
    let document = compose(&release, Language::Kk, &Profile::default()).unwrap();
    let docx = to_docx(&document).unwrap();
    Seeds {
        html: to_html(&document).into_bytes(),
        eml: to_eml(&document, &docx, "release.docx").unwrap(),
        text: to_text(&document).into_bytes(),
        docx,
        release: release_bytes,
    }
}

#[test]
fn a_damaged_release_file_is_an_error_not_a_panic() {
    fuzz("release loader", seeds().release, |bytes| {
        let text = String::from_utf8_lossy(bytes);
        let _ = storage::parse_release(Path::new("damaged.pressdesk"), &text);
        let _ = quick_summary(&text);
    });
}

#[test]
fn a_damaged_word_file_is_an_error_not_a_panic() {
    fuzz("DOCX reader", seeds().docx, |bytes| {
        let _ = paragraphs_of(Path::new("damaged.docx"), bytes);
    });
}

#[test]
fn a_damaged_page_email_or_text_is_read_or_refused_without_a_panic() {
    let seeds = seeds();
    fuzz("HTML reader", seeds.html, |bytes| {
        let _ = paragraphs_of(Path::new("damaged.html"), bytes);
    });
    fuzz("email reader", seeds.eml, |bytes| {
        let _ = paragraphs_of(Path::new("damaged.eml"), bytes);
    });
    fuzz("text reader", seeds.text, |bytes| {
        let _ = paragraphs_of(Path::new("damaged.txt"), bytes);
    });
}

/// An OpenDocument text of the sample release's paragraphs and a table of figures.
fn odt_seed(paragraphs: &[String]) -> Vec<u8> {
    use std::io::Write;
    let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;");
    let mut body = String::new();
    for p in paragraphs {
        body.push_str(&format!(
            "<text:p>{}<text:s text:c=\"2\"/></text:p>",
            escape(p)
        ));
    }
    body.push_str(
        "<table:table><table:table-row><table:table-cell><text:p>Экспорт</text:p>\
         </table:table-cell><table:table-cell><text:p>60,09 млн долларов</text:p>\
         </table:table-cell></table:table-row></table:table>",
    );
    let content = format!(
        "<?xml version=\"1.0\"?><office:document-content \
         xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">\
         <office:body><office:text>{body}</office:text></office:body></office:document-content>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("content.xml", options).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

/// Reads `bytes` as an import would and makes a release of them, then composes each of
/// its versions: nothing on the way may panic.
fn import(name: &str, bytes: &[u8]) {
    if let Ok(document) = document_of(Path::new(name), bytes) {
        let release = release_of(&document, None);
        for version in &release.versions {
            let _ = compose(&release, version.language, &Profile::default());
        }
    }
}

#[test]
fn a_damaged_file_of_any_kind_is_imported_or_refused_without_a_panic() {
    let seeds = seeds();
    let paragraphs = paragraphs_of(Path::new("r.txt"), &seeds.text).unwrap();
    let markdown = format!(
        "{}\n\n| Экспорт | 60,09 млн долларов |\n|---|---|\n| Импорт | 88,8 |\n",
        paragraphs.join("\n\n")
    );
    let odt = odt_seed(&paragraphs);
    fuzz("import of OpenDocument", odt.clone(), |bytes| {
        import("damaged.odt", bytes)
    });
    // Damage inside the zip is mostly caught by its checksums; the XML reader gets the
    // damaged text itself.
    let content = {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(odt)).unwrap();
        let mut xml = Vec::new();
        zip.by_name("content.xml")
            .unwrap()
            .read_to_end(&mut xml)
            .unwrap();
        xml
    };
    fuzz("OpenDocument's content.xml", content, |bytes| {
        if let Some(document) = odt::from_content(&String::from_utf8_lossy(bytes)) {
            let _ = release_of(&document, None);
        }
    });
    fuzz("import of Markdown", markdown.into_bytes(), |bytes| {
        import("damaged.md", bytes)
    });
    fuzz("import of Word", seeds.docx, |bytes| {
        import("damaged.docx", bytes)
    });
    fuzz("import of a page", seeds.html, |bytes| {
        import("damaged.html", bytes)
    });
    fuzz("import of an email", seeds.eml, |bytes| {
        import("damaged.eml", bytes)
    });
}
