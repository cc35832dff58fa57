//! The letterhead in each format, read back with independent readers: the DOCX's first-page
//! header (name, logo picture, rule) and page-number footers (zip + XML, and LibreOffice
//! where installed), the HTML band with its embedded logo, the email's logo as a related
//! part found by Content-ID, and the command line going on without a broken logo.

mod export_sample;

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use export_sample::*;
use image::{DynamicImage, ImageFormat, Rgba, RgbaImage};
use mail_parser::{MessageParser, MimeHeaders, PartType};
use pressdesk::document::Document;
use pressdesk::export::{to_docx, to_eml, to_html};
use pressdesk::letterhead::{Letterhead, Logo, logo_from_bytes};

const NAME: &str = "Акимат Туркестанской области";

/// A 300×150 two-colour PNG: enough detail that scaling shows, made here, not copied.
fn logo_png() -> Vec<u8> {
    let image = RgbaImage::from_fn(300, 150, |x, _| {
        if x < 150 {
            Rgba([0x1d, 0x4e, 0x89, 255])
        } else {
            Rgba([0xe8, 0xb0, 0x20, 255])
        }
    });
    let mut out = Cursor::new(Vec::new());
    DynamicImage::ImageRgba8(image)
        .write_to(&mut out, ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

fn logo() -> Logo {
    logo_from_bytes(&logo_png(), Path::new("logo.png")).expect("a good logo")
}

fn with_letterhead(mut doc: Document, logo: Option<Logo>) -> Document {
    doc.letterhead = Some(Letterhead {
        organisation: NAME.to_string(),
        logo,
    });
    doc
}

fn zip_names(bytes: &[u8]) -> Vec<String> {
    let archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    archive
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .collect()
}

/// A folder of the test's own, removed when the test ends — also when it fails.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("pressdesk-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// An outside checker that is missing: skipped here, but CI must provide it.
fn skip_without(what: &str) {
    assert!(std::env::var_os("CI").is_none(), "CI must provide {what}");
    eprintln!("note: {what} not found; skipped");
}

#[test]
fn the_docx_first_page_header_carries_the_name_and_logo() {
    let docx = to_docx(&with_letterhead(delegation_visit_ru(), Some(logo()))).unwrap();
    let names = zip_names(&docx);
    let document = zip_part(&docx, "word/document.xml");
    // The first page has its own header: the letterhead is not repeated on page two.
    assert!(document.contains("<w:titlePg"), "no first-page header");
    assert!(document.contains(r#"w:type="first""#));

    let headers: Vec<String> = names
        .iter()
        .filter(|n| n.starts_with("word/header") && n.ends_with(".xml"))
        .map(|n| zip_part(&docx, n))
        .collect();
    let letterhead = headers
        .iter()
        .find(|h| h.contains(NAME))
        .expect("a header with the organisation's name");
    assert!(letterhead.contains(r#"w:pStyle w:val="Letterhead""#));
    assert!(letterhead.contains("<pic:pic"), "the logo is in the header");

    // The picture itself: a PNG in the package at print resolution.
    let media: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("word/media/") && !n.ends_with('/'))
        .collect();
    assert_eq!(media.len(), 1, "{names:?}");
    let mut archive = zip::ZipArchive::new(Cursor::new(&docx)).unwrap();
    let mut png = Vec::new();
    std::io::Read::read_to_end(&mut archive.by_name(media[0]).unwrap(), &mut png).unwrap();
    let picture = image::load_from_memory(&png).unwrap();
    assert_eq!((picture.width(), picture.height()), (300, 150));
    // …and the header's relationships point at it.
    let rels: Vec<String> = names
        .iter()
        .filter(|n| n.starts_with("word/_rels/header"))
        .map(|n| zip_part(&docx, n))
        .collect();
    assert!(rels.iter().any(|r| r.contains("relationships/image")));
}

#[test]
fn every_page_has_a_page_number_with_or_without_letterhead() {
    for doc in [
        delegation_visit_ru(),
        with_letterhead(delegation_visit_ru(), None),
    ] {
        let docx = to_docx(&doc).unwrap();
        let footers: Vec<String> = zip_names(&docx)
            .iter()
            .filter(|n| n.starts_with("word/footer") && n.ends_with(".xml"))
            .map(|n| zip_part(&docx, n))
            .collect();
        assert!(!footers.is_empty());
        // Each footer in use numbers its page with Word's PAGE field.
        assert!(footers.iter().all(|f| f.contains(">PAGE<")), "{footers:?}");
        let document = zip_part(&docx, "word/document.xml");
        let footer_refs = document.matches("<w:footerReference").count();
        assert_eq!(footer_refs, footers.len());
    }
}

#[test]
fn without_a_letterhead_there_is_no_header() {
    let docx = to_docx(&delegation_visit_ru()).unwrap();
    assert!(
        !zip_names(&docx)
            .iter()
            .any(|n| n.starts_with("word/header"))
    );
    assert!(!zip_part(&docx, "word/document.xml").contains("<w:titlePg"));
}

#[test]
fn the_html_band_shows_the_name_and_the_embedded_logo() {
    let html = to_html(&with_letterhead(delegation_visit_kk(), Some(logo())));
    let page = scraper::Html::parse_document(&html);
    let image = scraper::Selector::parse("img").unwrap();
    let images: Vec<_> = page.select(&image).collect();
    assert_eq!(images.len(), 1);
    let img = images[0].value();
    let src = img.attr("src").unwrap();
    assert!(src.starts_with("data:image/png;base64,"), "{}", &src[..40]);
    // 48 CSS pixels high, the email picture (96 px) drawn at half size.
    assert_eq!(img.attr("height"), Some("48"));
    assert_eq!(img.attr("width"), Some("96"));
    assert_eq!(img.attr("alt"), Some(""));
    // The band comes before the headline.
    let name_at = html.find(NAME).expect("the name is in the band");
    let headline_at = html.find("<h1").unwrap();
    assert!(name_at < headline_at);
    // Still well inside Gmail's 102 KB clipping limit.
    assert!(html.len() < 100 * 1024, "{} bytes", html.len());
}

#[test]
fn the_email_carries_the_logo_as_a_related_part() {
    let doc = with_letterhead(delegation_visit_ru(), Some(logo()));
    let docx = to_docx(&doc).unwrap();
    let eml = to_eml(&doc, &docx, "release.docx").unwrap();
    let message = MessageParser::default().parse(&eml).unwrap();

    let html = message.body_html(0).unwrap();
    let cid_url = html
        .split("src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("an <img src>");
    let cid = cid_url.strip_prefix("cid:").expect("a cid: URL");

    // Find the picture part by its Content-ID, as a mail client does.
    let picture = message
        .parts
        .iter()
        .find(|p| p.content_id().map(|id| id.trim_matches(['<', '>'])) == Some(cid))
        .expect("a part with the logo's Content-ID");
    assert_eq!(
        picture.content_type().map(|c| (c.ctype(), c.subtype())),
        Some(("image", Some("png")))
    );
    assert!(picture.contents().starts_with(b"\x89PNG"));
    // It sits in multipart/related with the HTML, not beside the attachment.
    let related = message
        .parts
        .iter()
        .find(|p| {
            p.content_type()
                .is_some_and(|c| c.ctype() == "multipart" && c.subtype() == Some("related"))
        })
        .expect("multipart/related");
    let PartType::Multipart(children) = &related.body else {
        panic!("related is not multipart");
    };
    assert!(
        children
            .iter()
            .any(|&i| std::ptr::eq(&message.parts[i as usize], picture))
    );
    // The DOCX is still the one attachment a reader sees as a file.
    let files: Vec<_> = message
        .attachments()
        .filter(|a| a.attachment_name().is_some())
        .collect();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].contents(), docx.as_slice());
}

/// Where LibreOffice is installed (CI installs it), a long release prints the letterhead on
/// page one only and numbers page two.
#[test]
fn libreoffice_prints_the_letterhead_once_and_numbers_the_pages() {
    let Some(soffice) = ["soffice", "libreoffice"]
        .into_iter()
        .find(|name| Command::new(name).arg("--version").output().is_ok())
    else {
        skip_without("LibreOffice");
        return;
    };
    let scratch = Scratch::new("letterhead");
    let dir = &scratch.0;
    let docx_path = dir.join("long.docx");
    let doc = with_letterhead(release_of_words(1600), Some(logo()));
    std::fs::write(&docx_path, to_docx(&doc).unwrap()).unwrap();
    let output = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("lo").display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(&docx_path)
        .output()
        .unwrap();
    assert!(output.status.success());
    let page = |n: u32| pdf_page_text(&dir.join("long.pdf"), n);
    let first = page(1);
    let second = page(2);
    assert!(first.contains(NAME), "page 1 has the letterhead");
    assert!(!second.contains(NAME), "page 2 has no letterhead");
    let last_line = |text: &str| {
        text.lines()
            .map(str::trim)
            .rfind(|l| !l.is_empty())
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(last_line(&first), "1");
    assert_eq!(last_line(&second), "2");
}

fn pdf_page_text(pdf: &PathBuf, page: u32) -> String {
    let output = Command::new("pdftotext")
        .args(["-layout", "-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// `pressdesk export` with a logo that is not a picture: a warning naming the file, and the
/// DOCX is written with the name alone.
#[test]
fn the_command_line_exports_without_a_broken_logo() {
    let scratch = Scratch::new("letterhead-cli");
    let dir = &scratch.0;
    let home = dir.join("home");
    std::fs::create_dir_all(home.join("config")).unwrap();
    let bad_logo = dir.join("logo.png");
    std::fs::write(&bad_logo, "not a picture at all").unwrap();
    let profile = format!(
        "(version: 1, organisation: {{ru: {NAME:?}}}, letterhead: (enabled: true, logo: Some({:?})))",
        bad_logo.display().to_string()
    );
    std::fs::write(home.join("config/profile.ron"), profile).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_pressdesk"))
            .args(args)
            .current_dir(dir)
            .env("PRESSDESK_HOME", &home)
            .output()
            .unwrap()
    };
    let created = run(&[
        "new",
        "--template",
        "blank",
        "--lang",
        "ru",
        "--out",
        "r.pressdesk",
    ]);
    assert!(created.status.success(), "{created:?}");
    let exported = run(&[
        "export",
        "r.pressdesk",
        "--format",
        "docx",
        "--out",
        "r.docx",
        // A new blank release has no text yet, which the export would refuse.
        "--force",
    ]);
    let stderr = String::from_utf8_lossy(&exported.stderr);
    assert!(exported.status.success(), "{stderr}");
    assert!(
        stderr.contains("logo.png") && stderr.contains("not a PNG, JPEG or SVG"),
        "{stderr}"
    );
    let docx = std::fs::read(dir.join("r.docx")).unwrap();
    let names = zip_names(&docx);
    assert!(!names.iter().any(|n| n.starts_with("word/media/")));
    assert!(
        names
            .iter()
            .filter(|n| n.starts_with("word/header"))
            .any(|n| zip_part(&docx, n).contains(NAME)),
        "the letterhead header, without the logo"
    );
}

/// The page with its letterhead band and embedded logo passes the W3C Nu validator, where
/// CI provides it (`PRESSDESK_VNU_JAR`).
#[test]
fn the_html_with_a_letterhead_validates() {
    let Some(jar) = std::env::var_os("PRESSDESK_VNU_JAR") else {
        skip_without("the Nu validator (PRESSDESK_VNU_JAR)");
        return;
    };
    let scratch = Scratch::new("letterhead-vnu");
    let dir = &scratch.0;
    let page = dir.join("letterhead.html");
    std::fs::write(
        &page,
        to_html(&with_letterhead(delegation_visit_kk(), Some(logo()))),
    )
    .unwrap();
    let output = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .arg("--errors-only")
        .arg(&page)
        .output()
        .expect("java runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
