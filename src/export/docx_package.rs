//! The package parts docx-rs cannot write the way we need, rewritten after
//! `Docx::build()` and before packing (its `XMLDocx` exposes every part as bytes):
//!
//! - `docProps/core.xml`: docx-rs 0.4 has no public setter for title or creator, so Word's
//!   File → Info would show "unknown". We write the whole part ourselves.
//! - `word/styles.xml`: docx-rs has no `w:lang`, so Word and LibreOffice would check a
//!   Kazakh release with the English dictionary. We add the language to the document
//!   defaults, which every style inherits.
//! - `word/settings.xml`: docx-rs has no `w:autoHyphenation`; without it justified Russian
//!   and Kazakh lines gape around long words. We switch it on, so Word and LibreOffice
//!   hyphenate by the language above.
//! - `word/media/`: docx-rs names every picture `.png`; the photos' JPEGs are added after
//!   packing under `.jpeg` names instead.

use jiff::Timestamp;

use crate::language::Language;

/// The proofing language tag Word and LibreOffice expect.
pub(crate) fn lang_tag(language: Language) -> &'static str {
    match language {
        Language::Ru => "ru-RU",
        Language::Kk => "kk-KZ",
        Language::En => "en-US",
    }
}

/// A complete `docProps/core.xml`. `title` and `creator` must already be cleaned of
/// XML-illegal characters; they are escaped here.
pub(crate) fn core_xml(title: &str, creator: &str, language: Language, now: Timestamp) -> Vec<u8> {
    // W3CDTF without fractions: Word shows nothing for a date with fractional seconds.
    let when = now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut xml = String::with_capacity(1024 + title.len() + creator.len());
    xml.push_str(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<cp:coreProperties"#,
        r#" xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties""#,
        r#" xmlns:dc="http://purl.org/dc/elements/1.1/""#,
        r#" xmlns:dcterms="http://purl.org/dc/terms/""#,
        r#" xmlns:dcmitype="http://purl.org/dc/dcmitype/""#,
        r#" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
    ));
    push_element(&mut xml, "dc:title", title);
    push_element(&mut xml, "dc:creator", creator);
    push_element(&mut xml, "cp:lastModifiedBy", creator);
    push_element(&mut xml, "dc:language", lang_tag(language));
    xml.push_str("<cp:revision>1</cp:revision>");
    xml.push_str(r#"<dcterms:created xsi:type="dcterms:W3CDTF">"#);
    xml.push_str(&when);
    xml.push_str(r#"</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">"#);
    xml.push_str(&when);
    xml.push_str("</dcterms:modified></cp:coreProperties>");
    xml.into_bytes()
}

fn push_element(xml: &mut String, name: &str, text: &str) {
    xml.push('<');
    xml.push_str(name);
    xml.push('>');
    for c in text.chars() {
        match c {
            '&' => xml.push_str("&amp;"),
            '<' => xml.push_str("&lt;"),
            '>' => xml.push_str("&gt;"),
            _ => xml.push(c),
        }
    }
    xml.push_str("</");
    xml.push_str(name);
    xml.push('>');
}

/// `styles.xml` with `<w:lang>` appended to the run defaults (`w:docDefaults/w:rPrDefault/
/// w:rPr`). `w:lang` is the last child in the schema's order among those docx-rs writes
/// there, so appending keeps the part valid for Word. If docx-rs ever changes the shape of
/// that element, the part is returned unchanged (the DOCX tests then fail on the missing
/// language, not the user).
pub(crate) fn with_language(styles: Vec<u8>, language: Language) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(&styles) else {
        return styles;
    };
    let Some(defaults) = text.find("<w:rPrDefault>") else {
        return styles;
    };
    let Some(close) = text[defaults..].find("</w:rPr>").map(|i| i + defaults) else {
        return styles;
    };
    let tag = lang_tag(language);
    let lang = format!(r#"<w:lang w:val="{tag}" w:eastAsia="{tag}" w:bidi="ar-SA" />"#);
    let mut out = String::with_capacity(text.len() + lang.len());
    out.push_str(&text[..close]);
    out.push_str(&lang);
    out.push_str(&text[close..]);
    out.into_bytes()
}

/// `word/settings.xml` with automatic hyphenation on, placed after `w:defaultTabStop` as the
/// schema orders it (or first, when docx-rs writes none).
pub(crate) fn with_hyphenation(settings: Vec<u8>) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(&settings) else {
        return settings;
    };
    if text.contains("<w:autoHyphenation") {
        return settings;
    }
    let at = match text.find("<w:defaultTabStop") {
        Some(start) => text[start..].find("/>").map(|i| start + i + 2),
        None => text
            .find("<w:settings")
            .and_then(|start| text[start..].find('>').map(|i| start + i + 1)),
    };
    let Some(at) = at else {
        return settings;
    };
    let mut out = String::with_capacity(text.len() + 40);
    out.push_str(&text[..at]);
    out.push_str(r#"<w:autoHyphenation w:val="true" />"#);
    out.push_str(&text[at..]);
    out.into_bytes()
}

/// The id prefix of a photo's picture in the package; [`photos_as_jpeg`] finds them by it.
pub(crate) const PHOTO_ID_PREFIX: &str = "rIdImagePhoto";

/// docx-rs names every picture `word/media/<id>.png`, whatever it holds (its issue #701),
/// so a photo's JPEG would sit in a part named and typed as PNG, which a strict reader
/// may refuse. The photos are taken out of `parts` before packing, their relationships
/// pointed at `.jpeg` (a type the package declares), and returned to be added by
/// [`append_media`] once the package is written.
pub(crate) fn photos_as_jpeg(parts: &mut docx_rs::XMLDocx) -> Vec<(String, Vec<u8>)> {
    let (photos, others): (Vec<_>, Vec<_>) = std::mem::take(&mut parts.media)
        .into_iter()
        .partition(|(id, _)| id.starts_with(PHOTO_ID_PREFIX));
    parts.media = others;
    if photos.is_empty() {
        return photos;
    }
    let mut rels = String::from_utf8_lossy(&parts.document_rels).into_owned();
    for (id, _) in &photos {
        rels = rels.replace(
            &format!("\"media/{id}.png\""),
            &format!("\"media/{id}.jpeg\""),
        );
    }
    parts.document_rels = rels.into_bytes();
    photos
}

/// Adds the photos [`photos_as_jpeg`] took out to the packed `docx`, as
/// `word/media/<id>.jpeg`, stored as they are (a JPEG does not compress further).
pub(crate) fn append_media(
    docx: Vec<u8>,
    photos: Vec<(String, Vec<u8>)>,
) -> Result<Vec<u8>, zip::result::ZipError> {
    use std::io::Write;
    if photos.is_empty() {
        return Ok(docx);
    }
    let mut zip = zip::ZipWriter::new_append(std::io::Cursor::new(docx))?;
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (id, jpeg) in photos {
        zip.start_file(format!("word/media/{id}.jpeg"), options)?;
        zip.write_all(&jpeg)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenation_is_switched_on_once_in_schema_order() {
        let settings = br#"<w:settings xmlns:w="x"><w:defaultTabStop w:val="840" /><w:zoom w:percent="100" /></w:settings>"#.to_vec();
        let once = String::from_utf8(with_hyphenation(settings)).unwrap();
        assert!(
            once.contains(
                r#"<w:defaultTabStop w:val="840" /><w:autoHyphenation w:val="true" /><w:zoom"#
            ),
            "{once}"
        );
        let twice = String::from_utf8(with_hyphenation(once.clone().into_bytes())).unwrap();
        assert_eq!(once, twice);
    }

    #[test]
    fn core_escapes_and_dates() {
        let now = Timestamp::from_second(1_795_000_000).unwrap_or(Timestamp::UNIX_EPOCH);
        let xml = String::from_utf8(core_xml("A & <B>", "Пресс-служба", Language::Kk, now))
            .unwrap_or_default();
        assert!(xml.contains("<dc:title>A &amp; &lt;B&gt;</dc:title>"));
        assert!(xml.contains("<dc:creator>Пресс-служба</dc:creator>"));
        assert!(xml.contains("<dc:language>kk-KZ</dc:language>"));
        assert!(xml.contains(">2026-11-18T"), "{xml}");
    }

    #[test]
    fn language_goes_into_run_defaults() {
        let styles = br#"<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28" /></w:rPr></w:rPrDefault></w:docDefaults><w:style><w:rPr></w:rPr></w:style></w:styles>"#;
        let out =
            String::from_utf8(with_language(styles.to_vec(), Language::Ru)).unwrap_or_default();
        assert!(out.contains(
            r#"<w:sz w:val="28" /><w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA" /></w:rPr></w:rPrDefault>"#
        ));
        assert_eq!(out.matches("w:lang").count(), 1);
        // An unexpected shape is left alone.
        assert_eq!(with_language(b"<x/>".to_vec(), Language::En), b"<x/>");
    }
}
