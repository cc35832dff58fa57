//! Photos end to end, as a press secretary adds them from the command line: three photos
//! of an event (a wide JPEG, a portrait PNG, a WebP) with captions and a credit, then a
//! DOCX, an HTML page and an email draft read back with independent readers (zip,
//! scraper, mail-parser, LibreOffice where installed).

mod cli_support;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Output};

use mail_parser::{MessageParser, MimeHeaders};

/// A release of the sample visit, with the sample profile, in a folder of its own.
struct Sandbox(cli_support::Sandbox);

impl Sandbox {
    fn new(name: &str) -> Sandbox {
        let sandbox = cli_support::Sandbox::new("photos", name);
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        std::fs::copy(
            fixtures.join("releases/delegation-visit-ru.ron"),
            sandbox.dir.join("visit.pressdesk"),
        )
        .unwrap();
        std::fs::copy(
            fixtures.join("profile.ron"),
            sandbox.dir.join("profile.ron"),
        )
        .unwrap();
        Sandbox(sandbox)
    }

    fn run(&self, args: &[&str]) -> Output {
        let with: Vec<&str> = ["--profile", "profile.ron"]
            .iter()
            .chain(args)
            .copied()
            .collect();
        self.0.run(&with)
    }

    /// Runs and insists on success; returns what it printed.
    fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }
}

impl std::ops::Deref for Sandbox {
    type Target = cli_support::Sandbox;

    fn deref(&self) -> &cli_support::Sandbox {
        &self.0
    }
}

/// A photo-like picture: smooth light, some texture (so JPEG sizes are realistic), and a
/// dark bar along its top edge to tell which way is up.
fn picture(width: u32, height: u32, seed: u32) -> image::RgbImage {
    image::RgbImage::from_fn(width, height, |x, y| {
        let noise = (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729) ^ seed)
            .wrapping_mul(2_654_435_761)
            >> 27;
        if y < height / 10 {
            image::Rgb([20, 20, 30])
        } else {
            image::Rgb([
                (x * 200 / width) as u8 + noise as u8,
                (y * 180 / height) as u8 + 40,
                (seed * 37 % 200) as u8 + noise as u8,
            ])
        }
    })
}

fn encoded(picture: &image::RgbImage, format: image::ImageFormat) -> Vec<u8> {
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(picture.clone())
        .write_to(&mut std::io::Cursor::new(&mut out), format)
        .unwrap();
    out
}

/// Three photos added with captions and a credit; returns the originals' bytes.
fn three_photos(sandbox: &Sandbox) -> [Vec<u8>; 3] {
    let wide = encoded(&picture(3000, 2000, 1), image::ImageFormat::Jpeg);
    let portrait = encoded(&picture(900, 1400, 2), image::ImageFormat::Png);
    let webp = encoded(&picture(1600, 1000, 3), image::ImageFormat::WebP);
    std::fs::write(sandbox.dir.join("IMG_2041.jpg"), &wide).unwrap();
    std::fs::write(sandbox.dir.join("portrait.png"), &portrait).unwrap();
    std::fs::write(sandbox.dir.join("hall.webp"), &webp).unwrap();
    sandbox.ok(&[
        "photo",
        "add",
        "visit.pressdesk",
        "IMG_2041.jpg",
        "--caption",
        "Аким области и делегация провинции Цзянсу",
        "--credit",
        "пресс-служба акима области",
    ]);
    sandbox.ok(&[
        "photo",
        "add",
        "visit.pressdesk",
        "portrait.png",
        "--caption",
        "Подписание меморандума",
        "--alt",
        "Двое подписывают документ за столом",
    ]);
    sandbox.ok(&[
        "photo",
        "add",
        "visit.pressdesk",
        "hall.webp",
        "--caption",
        "Участники встречи в зале заседаний",
    ]);
    [wide, portrait, webp]
}

fn zip_entry(docx: &[u8], name: &str) -> Option<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut file = archive.by_name(name).ok()?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).unwrap();
    Some(bytes)
}

#[test]
fn photos_added_from_the_command_line_are_listed_in_order_with_the_first_as_main() {
    let sandbox = Sandbox::new("list");
    three_photos(&sandbox);
    let listed = sandbox.ok(&["photo", "list", "visit.pressdesk"]);
    let lines: Vec<&str> = listed.lines().collect();
    assert!(
        lines[0].starts_with("1. IMG_2041.jpg (3000×2000), главная"),
        "{listed}"
    );
    assert!(listed.contains("2. portrait.png (900×1400)"), "{listed}");
    assert!(listed.contains("3. hall.webp (1600×1000)"), "{listed}");
    assert!(listed.contains("ru: Подписание меморандума"), "{listed}");
    assert!(
        listed.contains("Фото: пресс-служба акима области"),
        "{listed}"
    );
    // Stored once each, by content, beside the release.
    assert_eq!(
        std::fs::read_dir(sandbox.dir.join("photos"))
            .unwrap()
            .count(),
        3
    );

    // The same picture added again sets its caption in another language, not a copy.
    sandbox.ok(&[
        "photo",
        "add",
        "visit.pressdesk",
        "IMG_2041.jpg",
        "--caption",
        "Облыс әкімі мен Цзянсу провинциясының делегациясы",
        "--lang",
        "kk",
    ]);
    let release = pressdesk::storage::load_release(&sandbox.dir.join("visit.pressdesk")).unwrap();
    assert_eq!(release.photos.len(), 3);
    assert_eq!(
        release.photos[0]
            .caption
            .get(pressdesk::language::Language::Kk),
        "Облыс әкімі мен Цзянсу провинциясының делегациясы"
    );

    // Removing the main photo makes the next one main.
    let after = sandbox.ok(&["photo", "remove", "visit.pressdesk", "1"]);
    assert!(
        after.starts_with("1. portrait.png (900×1400), главная"),
        "{after}"
    );
    let missing = sandbox.run(&["photo", "remove", "visit.pressdesk", "7"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("фотографии 7 нет"));
}

#[test]
fn the_docx_shows_three_photos_at_text_width_with_their_captions() {
    let sandbox = Sandbox::new("docx");
    three_photos(&sandbox);
    sandbox.ok(&[
        "export",
        "visit.pressdesk",
        "--format",
        "docx",
        "--out",
        "visit.docx",
    ]);
    let docx = std::fs::read(sandbox.dir.join("visit.docx")).unwrap();
    let xml = String::from_utf8(zip_entry(&docx, "word/document.xml").unwrap()).unwrap();
    let archive = zip::ZipArchive::new(std::io::Cursor::new(docx.as_slice())).unwrap();
    let media: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| n.starts_with("word/media/") && !n.ends_with('/'))
        .map(|n| n.into_owned())
        .collect();
    // Named as what they are: docx-rs would call every picture .png.
    assert_eq!(
        media,
        [
            "word/media/rIdImagePhoto1.jpeg",
            "word/media/rIdImagePhoto2.jpeg",
            "word/media/rIdImagePhoto3.jpeg"
        ]
    );
    let rels =
        String::from_utf8(zip_entry(&docx, "word/_rels/document.xml.rels").unwrap()).unwrap();
    assert!(
        rels.contains("Target=\"media/rIdImagePhoto3.jpeg\""),
        "{rels}"
    );
    // Each picture is a print copy: at most 1800 px wide, a JPEG, far smaller than the
    // 3000 px original.
    for name in &media {
        let bytes = zip_entry(&docx, name).unwrap();
        let (width, _) = image::ImageReader::new(std::io::Cursor::new(&bytes))
            .with_guessed_format()
            .unwrap()
            .into_dimensions()
            .unwrap();
        assert!(width <= 1800, "{name} is {width} px wide");
    }
    assert_eq!(xml.matches("<w:drawing>").count(), 3);
    // Captions in order, after their pictures, in the caption style; the credit after the
    // first.
    // (Typeset: a no-break space after «и», so the search skips it.)
    let first = xml.find("делегация провинции Цзянсу").unwrap();
    let second = xml.find("Подписание меморандума").unwrap();
    let third = xml.find("Участники встречи").unwrap();
    assert!(first < second && second < third);
    assert!(xml.contains("Фото: пресс-служба акима области"));
    assert!(xml.matches("w:val=\"Caption\"").count() >= 3);
    // The main photo stands right after the lead, before the body's first paragraph; the
    // others after the body.
    let lead = xml.find("w:val=\"Lead\"").unwrap();
    let body = xml.find("w:val=\"Body\"").unwrap();
    let pictures: Vec<usize> = xml.match_indices("<w:drawing>").map(|(i, _)| i).collect();
    assert!(lead < pictures[0] && pictures[0] < body);
    assert!(pictures[1] > body);

    // LibreOffice opens it and finds the three pictures in the PDF it makes.
    if Command::new("soffice").arg("--version").output().is_ok()
        && Command::new("pdfimages").arg("-v").output().is_ok()
    {
        let converted = Command::new("soffice")
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&sandbox.dir)
            .arg(sandbox.dir.join("visit.docx"))
            .env("HOME", &sandbox.dir)
            .output()
            .unwrap();
        assert!(converted.status.success());
        let list = Command::new("pdfimages")
            .arg("-list")
            .arg(sandbox.dir.join("visit.pdf"))
            .output()
            .unwrap();
        let list = String::from_utf8_lossy(&list.stdout);
        // Two header lines, then one line a picture (the fixture profile has no logo).
        assert_eq!(list.lines().skip(2).count(), 3, "{list}");
    }
}

#[test]
fn the_html_page_fits_a_600_px_message_with_light_photos_and_alt_text() {
    let sandbox = Sandbox::new("html");
    three_photos(&sandbox);
    sandbox.ok(&[
        "export",
        "visit.pressdesk",
        "--format",
        "html",
        "--out",
        "visit.html",
    ]);
    let html = std::fs::read_to_string(sandbox.dir.join("visit.html")).unwrap();
    let page = scraper::Html::parse_document(&html);
    let images: Vec<_> = page
        .select(&scraper::Selector::parse("img[src^='data:image/jpeg']").unwrap())
        .collect();
    assert_eq!(images.len(), 3);
    let alts: Vec<&str> = images.iter().map(|i| i.attr("alt").unwrap()).collect();
    // The alt text where one was written, else the caption.
    assert_eq!(
        alts,
        [
            "Аким области и делегация провинции Цзянсу",
            "Двое подписывают документ за столом",
            "Участники встречи в зале заседаний",
        ]
    );
    for image in images {
        let width: u32 = image.attr("width").unwrap().parse().unwrap();
        let height: u32 = image.attr("height").unwrap().parse().unwrap();
        assert!(width <= 552, "shown {width} px wide in a 600 px message");
        // The portrait one too stands no taller than the column is wide.
        assert!(height <= 552, "shown {height} px tall");
        let data = image.attr("src").unwrap().split_once(',').unwrap().1;
        let bytes = base64_decode(data);
        assert!(bytes.len() <= 200 * 1024, "{} bytes", bytes.len());
        let copy = image::load_from_memory(&bytes).unwrap();
        assert!(copy.width() <= 600);
        // The right way up: the dark bar is still along the top.
        let top = *copy.to_rgb8().get_pixel(copy.width() / 2, 2);
        assert!(top.0[0] < 60, "{top:?}");
    }
}

#[test]
fn the_email_draft_shows_photos_inline_and_attaches_the_originals() {
    let sandbox = Sandbox::new("eml");
    let originals = three_photos(&sandbox);
    let output = sandbox.run(&[
        "export",
        "visit.pressdesk",
        "--format",
        "eml",
        "--out",
        "visit.eml",
    ]);
    assert!(output.status.success());
    let eml = std::fs::read(sandbox.dir.join("visit.eml")).unwrap();
    // Its size is said, as a mail server will count it.
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains(&format!("письмо весит {} КБ", eml.len().div_ceil(1024))),
        "{said}"
    );
    let message = MessageParser::default().parse(&eml).unwrap();
    let html = message.body_html(0).unwrap();
    for n in 1..=3 {
        assert!(
            html.contains(&format!("cid:photo-{n}@pressdesk")),
            "photo {n}"
        );
    }
    let inline: Vec<_> = message
        .parts
        .iter()
        .filter(|p| p.content_id().is_some_and(|id| id.starts_with("photo-")))
        .collect();
    assert_eq!(inline.len(), 3);
    for part in &inline {
        assert!(part.contents().len() <= 200 * 1024);
    }
    let attached: Vec<(String, Vec<u8>)> = message
        .attachments()
        .filter(|a| a.content_id().is_none())
        .map(|a| {
            (
                a.attachment_name().unwrap_or_default().to_string(),
                a.contents().to_vec(),
            )
        })
        .collect();
    let names: Vec<&str> = attached.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names[0].ends_with(".docx"));
    assert_eq!(&names[1..], ["IMG_2041.jpg", "portrait.png", "hall.webp"]);
    for (i, original) in originals.iter().enumerate() {
        assert_eq!(
            &attached[i + 1].1,
            original,
            "{} byte for byte",
            names[i + 1]
        );
    }
}

/// The release and its photos folder moved together (another disk, a synced folder) keep
/// every photo found: the release names files, not paths.
#[test]
fn a_moved_folder_keeps_its_photos() {
    let sandbox = Sandbox::new("moved");
    three_photos(&sandbox);
    let moved = sandbox.dir.join("synced").join("press");
    std::fs::create_dir_all(&moved).unwrap();
    std::fs::rename(
        sandbox.dir.join("visit.pressdesk"),
        moved.join("visit.pressdesk"),
    )
    .unwrap();
    std::fs::rename(sandbox.dir.join("photos"), moved.join("photos")).unwrap();
    let output = sandbox.run(&[
        "export",
        "synced/press/visit.pressdesk",
        "--format",
        "docx",
        "--out",
        "moved.docx",
    ]);
    assert!(output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).is_empty(),
        "no photo left out: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let docx = std::fs::read(sandbox.dir.join("moved.docx")).unwrap();
    let xml = String::from_utf8(zip_entry(&docx, "word/document.xml").unwrap()).unwrap();
    assert_eq!(xml.matches("<w:drawing>").count(), 3);
}

#[test]
fn a_missing_photo_is_named_and_the_release_still_exports() {
    let sandbox = Sandbox::new("missing");
    three_photos(&sandbox);
    let release = pressdesk::storage::load_release(&sandbox.dir.join("visit.pressdesk")).unwrap();
    std::fs::remove_file(sandbox.dir.join("photos").join(&release.photos[1].file)).unwrap();
    let listed = sandbox.ok(&["photo", "list", "visit.pressdesk"]);
    assert!(
        listed.contains("2. portrait.png (900×1400) — файла нет в папке photos"),
        "{listed}"
    );
    let output = sandbox.run(&[
        "export",
        "visit.pressdesk",
        "--format",
        "docx",
        "--out",
        "v.docx",
    ]);
    assert!(output.status.success());
    let warning = String::from_utf8_lossy(&output.stderr);
    assert!(
        warning.contains("фотография portrait.png пропущена"),
        "{warning}"
    );
    let docx = std::fs::read(sandbox.dir.join("v.docx")).unwrap();
    let xml = String::from_utf8(zip_entry(&docx, "word/document.xml").unwrap()).unwrap();
    assert_eq!(xml.matches("<w:drawing>").count(), 2);
    assert!(!xml.contains("Подписание меморандума"));
}

#[test]
fn a_heic_or_a_damaged_photo_is_refused_with_what_to_do_and_the_release_is_untouched() {
    let sandbox = Sandbox::new("refused");
    let before = std::fs::read(sandbox.dir.join("visit.pressdesk")).unwrap();
    let mut heic = vec![0, 0, 0, 0x18];
    heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    heic.resize(4096, 0);
    std::fs::write(sandbox.dir.join("IMG_5000.HEIC"), heic).unwrap();
    let output = sandbox.run(&[
        "photo",
        "add",
        "visit.pressdesk",
        "IMG_5000.HEIC",
        "--caption",
        "Встреча",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("IMG_5000.HEIC"), "{said}");
    assert!(said.contains("сохраните её как JPEG"), "{said}");

    let whole = encoded(&picture(800, 600, 9), image::ImageFormat::Jpeg);
    std::fs::write(sandbox.dir.join("cut.jpg"), &whole[..whole.len() / 3]).unwrap();
    let output = sandbox.run(&[
        "photo",
        "add",
        "visit.pressdesk",
        "cut.jpg",
        "--caption",
        "x",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("повреждён"));

    assert_eq!(
        std::fs::read(sandbox.dir.join("visit.pressdesk")).unwrap(),
        before
    );
    assert!(!sandbox.dir.join("photos").exists());
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .unwrap()
}

/// The checks, from the release alone: a caption missing everywhere or in one version, no
/// alt text (a hint), too few pixels for print (a hint), an email over 20 MB.
#[test]
fn the_checks_ask_for_captions_in_every_version_and_warn_of_a_heavy_email() {
    use pressdesk::checks::{FieldRef, Severity};
    use pressdesk::language::Language;
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let profile = pressdesk::storage::load_profile(&fixtures.join("profile.ron")).unwrap();
    let mut release =
        pressdesk::storage::load_release(&fixtures.join("releases/delegation-visit-ru.ron"))
            .unwrap();
    let kk = pressdesk::storage::load_release(&fixtures.join("releases/delegation-visit-kk.ron"))
        .unwrap();
    release.versions.extend(kk.versions);
    let today = jiff::civil::date(2025, 9, 18);
    let photo_findings = |release: &pressdesk::release::Release| {
        pressdesk::checks::check(release, &profile, today, Language::Ru)
            .into_iter()
            .filter(|f| f.code.starts_with("photos/"))
            .collect::<Vec<_>>()
    };
    assert!(
        photo_findings(&release).is_empty(),
        "no photos, nothing to say"
    );

    let mut photo = pressdesk::release::Photo {
        file: "a.jpg".into(),
        width: 4000,
        height: 3000,
        bytes: 5_000_000,
        ..Default::default()
    };
    photo.caption.set(Language::Ru, "Аким области и делегация");
    photo.alt.set(Language::Ru, "Двое пожимают руки");
    release.photos.push(photo.clone());
    let found = photo_findings(&release);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, "photos/caption-missing");
    assert_eq!(found[0].language, Some(Language::Kk));
    assert_eq!(found[0].field, FieldRef::PhotoCaption(0));
    assert!(
        found[0].message.contains("в казахской версии"),
        "{}",
        found[0].message
    );

    // Captioned in both, alt text in Russian only; a second photo small and uncaptioned.
    release.photos[0]
        .caption
        .set(Language::Kk, "Облыс әкімі мен делегация");
    let mut small = photo.clone();
    small.file = "b.jpg".into();
    small.caption = Default::default();
    (small.width, small.height) = (800, 600);
    release.photos.push(small);
    let found = photo_findings(&release);
    let codes: Vec<(&str, Option<Language>)> = found.iter().map(|f| (f.code, f.language)).collect();
    assert_eq!(
        codes,
        [
            ("photos/no-caption", Some(Language::Ru)),
            ("photos/no-caption", Some(Language::Kk)),
            ("photos/no-alt", Some(Language::Kk)),
            ("photos/small-for-print", None),
        ],
        "{found:#?}"
    );
    assert!(found.iter().all(|f| f.severity != Severity::Error));

    // Five 5 MB originals make a message of about 40 MB once their copies and base64
    // are counted; two do not pass 20 MB.
    release.photos.truncate(1);
    for n in 0..4 {
        let mut more = release.photos[0].clone();
        more.file = format!("{n}.jpg");
        release.photos.push(more);
    }
    let heavy: Vec<_> = photo_findings(&release)
        .into_iter()
        .filter(|f| f.code == "photos/email-too-large")
        .collect();
    assert_eq!(heavy.len(), 1);
    assert_eq!(heavy[0].severity, Severity::Warning);
    release.photos.truncate(2);
    assert!(
        photo_findings(&release)
            .iter()
            .all(|f| f.code != "photos/email-too-large")
    );
}
