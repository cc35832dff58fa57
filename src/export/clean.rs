//! The characters every exporter drops, line-ending normalisation, and link safety.

use std::borrow::Cow;

use crate::document::QuoteBlock;

/// Characters no export keeps.
///
/// - C0 controls other than tab and line feed, and U+FFFE/U+FFFF: illegal in XML 1.0, so
///   Word and LibreOffice refuse a DOCX that contains them.
/// - DEL and C1 controls (U+007F–U+009F) and the other Unicode noncharacters: legal XML but
///   HTML5 parse errors (the Nu validator rejects them), and never meant as text.
///
/// Carriage returns are not dropped here: [`clean`] turns them into line feeds.
pub(crate) fn is_dropped(c: char) -> bool {
    let n = c as u32;
    (n < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (0x7F..=0x9F).contains(&n)
        || (0xFDD0..=0xFDEF).contains(&n)
        || (n & 0xFFFE) == 0xFFFE
}

/// User text made safe for every format: dropped characters removed, `\r\n` and a lone `\r`
/// turned into `\n` (text pasted from Windows or old Mac files keeps its line breaks).
/// Borrows when there is nothing to change, which is the usual case.
pub(crate) fn clean(text: &str) -> Cow<'_, str> {
    if !needs_cleaning(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else if !is_dropped(c) {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Whether `text` holds a carriage return or a character [`is_dropped`] drops, read from its
/// bytes: every text of every export is asked, and decoding each character to ask was a
/// fiftieth of an export's work. In UTF-8 no byte inside a character starts one, so a
/// dropped character shows as a control byte, `C2` then `80`–`9F` (the C1 controls), or a
/// first byte from `EF` up (U+FDD0 and above, rare in a release: such a text is read again
/// character by character).
fn needs_cleaning(text: &str) -> bool {
    let bytes = text.as_bytes();
    let rare = |b: u8| (b < 0x20 && b != b'\t' && b != b'\n') | (b == 0x7F) | (b >= 0xEF);
    // Folded without stopping early, so that each chunk is read many bytes at a time.
    if bytes
        .chunks(64)
        .any(|chunk| chunk.iter().fold(false, |seen, &b| seen | rare(b)))
    {
        return text.chars().any(|c| c == '\r' || is_dropped(c));
    }
    // `C2` also starts the no-break space and «», which are everywhere.
    memchr::memchr_iter(0xC2, bytes).any(|i| matches!(bytes.get(i + 1), Some(0x80..=0x9F)))
}

/// [`clean`], with line breaks and tabs turned into spaces: for one-line places such as
/// the HTML `<title>` and DOCX core properties.
pub(crate) fn clean_line(text: &str) -> String {
    clean(text)
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect()
}

/// The link target to write, or `None` when the link should stay plain text.
///
/// Only http(s), mailto and tel are linked: a `javascript:` or `file:` URL typed into a
/// release must not become clickable in a journalist's mail client. Characters a URL may
/// not contain (spaces, quotes, non-ASCII letters, a stray `%`) are percent-encoded so the
/// target is valid for the HTML validator and for Word's relationship parts.
pub(crate) fn safe_url(url: &str) -> Option<String> {
    let url = clean(url);
    let url = url.trim();
    let (scheme, _) = url.split_once(':')?;
    let scheme = scheme.to_ascii_lowercase();
    if !matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel") {
        return None;
    }
    let rest = &url[scheme.len() + 1..];
    if rest.trim_start_matches('/').is_empty() {
        return None;
    }
    let mut out = String::with_capacity(url.len() + 8);
    out.push_str(&scheme);
    out.push(':');
    let bytes = rest.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let keep = b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b);
        let escape_ok = b == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
        if keep || escape_ok {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Some(out)
}

/// What goes between the two parts of a quote paragraph, `first` then `second`.
///
/// The composer's contract is that the parts concatenate as they are (the attribution
/// carries its own leading no-break space or trailing space), so usually this is "". Text
/// from elsewhere may lack the space: then a dash is tied with a no-break space (`» — отметил`
/// must not start a line with the dash) and anything else gets a plain space.
pub(crate) fn quote_joint(first: &str, second: &str) -> &'static str {
    if first.is_empty()
        || second.is_empty()
        || first.ends_with(char::is_whitespace)
        || second.starts_with(char::is_whitespace)
    {
        ""
    } else if second.starts_with(['—', '–']) {
        "\u{A0}"
    } else {
        " "
    }
}

/// A quote paragraph as one line of text, in reading order, cleaned.
pub(crate) fn quote_text(q: &QuoteBlock) -> String {
    let quote = clean(&q.quote);
    let attribution = clean(&q.attribution);
    if attribution.trim().is_empty() {
        return quote.into_owned();
    }
    if quote.trim().is_empty() {
        return attribution.into_owned();
    }
    let (first, second) = if q.attribution_first {
        (attribution, quote)
    } else {
        (quote, attribution)
    };
    let joint = quote_joint(&first, &second);
    format!("{first}{joint}{second}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_drops_controls_and_normalises_line_ends() {
        assert_eq!(clean("a\u{0}b\u{1F}c\u{FFFE}d\u{85}e"), "abcde");
        assert_eq!(clean("a\r\nb\rc\td"), "a\nb\nc\td");
        assert!(matches!(clean("обычный текст"), Cow::Borrowed(_)));
        // Emoji, RTL marks and no-break spaces are text, not noise.
        assert_eq!(
            clean("😀\u{200F}\u{A0}\u{202F}"),
            "😀\u{200F}\u{A0}\u{202F}"
        );
        assert_eq!(clean("\u{1FFFF}x\u{10FFFE}"), "x");
    }

    /// Every character from each range a dropped one may come from, its neighbours, and
    /// ordinary letters: read from the bytes as from the characters.
    #[test]
    fn bytes_tell_what_needs_cleaning_as_characters_do() {
        let by_characters = |text: &str| text.chars().any(|c| c == '\r' || is_dropped(c));
        let ranges = [
            0..0x100,
            0x400..0x4FF,
            0x2000..0x2100,
            0xFD00..0xFE00,
            0xFF00..0x1_0000,
            0x1_FF00..0x2_0100,
            0xE_FFF0..0xF_0010,
            0x10_FF00..0x11_0000,
        ];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            for text in [c.to_string(), format!("аб{c}в"), format!("ә{c}")] {
                assert_eq!(
                    needs_cleaning(&text),
                    by_characters(&text),
                    "{:X}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn urls_are_filtered_and_encoded() {
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("file:///etc/passwd"), None);
        assert_eq!(safe_url("no scheme"), None);
        assert_eq!(safe_url("https://"), None);
        assert_eq!(
            safe_url(" HTTPS://example.kz/a b?x=1&y=\"2\" ").as_deref(),
            Some("https://example.kz/a%20b?x=1&y=%222%22")
        );
        assert_eq!(
            safe_url("https://akimat.kz/новости/%D0%B0%zz").as_deref(),
            Some("https://akimat.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D0%B0%25zz")
        );
        assert_eq!(
            safe_url("mailto:press@akimat.kz").as_deref(),
            Some("mailto:press@akimat.kz")
        );
    }

    #[test]
    fn quote_parts_join_once() {
        let q = |first: bool, quote: &str, attribution: &str| {
            quote_text(&QuoteBlock {
                attribution_first: first,
                quote: quote.into(),
                attribution: attribution.into(),
            })
        };
        // The composer's form: nothing added.
        assert_eq!(
            q(false, "«Да»,", "\u{A0}— сказал он."),
            "«Да»,\u{A0}— сказал он."
        );
        assert_eq!(q(true, "«Да».", "Он сказал: "), "Он сказал: «Да».");
        // Hand-made parts without the space.
        assert_eq!(q(false, "«Да»,", "— сказал он."), "«Да»,\u{A0}— сказал он.");
        assert_eq!(q(true, "«Да».", "Он сказал:"), "Он сказал: «Да».");
        assert_eq!(q(false, "«Да»", ""), "«Да»");
    }
}
