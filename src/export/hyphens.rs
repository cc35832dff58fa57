//! Names with a hyphen — «Кёнсан-Пукто», «Усть-Каменогорск», «Нур-Султан», "COVID-19" —
//! must not break at the hyphen at a line end, where a reader sees two words. Compound
//! common words («торгово-экономических») may: Russian typesetting breaks them there.
//! So a hyphenated word is kept whole when it starts with a capital or holds a digit; the
//! HTML wraps it in a no-wrap span (mail clients lack U+2011 in some fonts), the DOCX
//! writes the no-break hyphen character U+2011, which Word and LibreOffice draw as a hyphen
//! (Word's own `<w:noBreakHyphen/>` element is lost by readers such as docx-rs, which would
//! then see «КёнсанПукто» when Pressdesk checks its own file).

use std::ops::Range;

/// `char::is_alphanumeric`, with letters answered by [`crate::language::is_letter`]'s range
/// test: this is asked of every character of every run of a DOCX.
fn is_alphanumeric(c: char) -> bool {
    c.is_ascii_digit() || crate::language::is_letter(c) || (!c.is_ascii() && c.is_numeric())
}

/// Byte ranges of the hyphenated names in `text`.
pub(super) fn hyphenated_names(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut has_hyphen = false;
    let mut last_was_hyphen = false;
    let finish = |start: usize, end: usize, has_hyphen: bool, out: &mut Vec<Range<usize>>| {
        let token = &text[start..end];
        let name_like = token.chars().next().is_some_and(char::is_uppercase)
            || token.chars().any(|c| c.is_ascii_digit());
        if has_hyphen && name_like {
            out.push(start..end);
        }
    };
    for (i, c) in text.char_indices() {
        if is_alphanumeric(c) {
            if start.is_none() {
                start = Some(i);
                has_hyphen = false;
            }
            last_was_hyphen = false;
        } else if c == '-' && start.is_some() && !last_was_hyphen {
            // A hyphen continues the word only if a letter or digit follows.
            let next = text[i + 1..].chars().next();
            if next.is_some_and(is_alphanumeric) {
                has_hyphen = true;
                last_was_hyphen = true;
                continue;
            }
            if let Some(s) = start.take() {
                finish(s, i, has_hyphen, &mut out);
            }
        } else if let Some(s) = start.take() {
            finish(s, i, has_hyphen, &mut out);
        }
    }
    if let Some(s) = start {
        finish(s, text.len(), has_hyphen, &mut out);
    }
    out
}

/// HTML text (already escaped) with each hyphenated name in a no-wrap span.
pub(super) fn html_with_unbroken_names(escaped: &str) -> String {
    let names = hyphenated_names(escaped);
    if names.is_empty() {
        return escaped.to_string();
    }
    let mut out = String::with_capacity(escaped.len() + names.len() * 40);
    let mut copied = 0;
    for name in names {
        out.push_str(&escaped[copied..name.start]);
        out.push_str(r#"<span style="white-space:nowrap">"#);
        out.push_str(&escaped[name.clone()]);
        out.push_str("</span>");
        copied = name.end;
    }
    out.push_str(&escaped[copied..]);
    out
}

/// `word/document.xml` with the hyphens of names as U+2011 inside the `<w:t>` texts.
pub(super) fn docx_with_unbroken_names(document: Vec<u8>) -> Vec<u8> {
    let Ok(xml) = std::str::from_utf8(&document) else {
        return document;
    };
    const OPEN: &str = r#"<w:t xml:space="preserve">"#;
    let mut out = String::with_capacity(xml.len() + 256);
    let mut rest = xml;
    while let Some(at) = rest.find(OPEN) {
        let text_start = at + OPEN.len();
        let Some(len) = rest[text_start..].find("</w:t>") else {
            break;
        };
        out.push_str(&rest[..text_start]);
        let text = &rest[text_start..text_start + len];
        if !text.contains('-') {
            out.push_str(text);
            rest = &rest[text_start + len..];
            continue;
        }
        let mut copied = 0;
        for name in hyphenated_names(text) {
            out.push_str(&text[copied..name.start]);
            out.push_str(&text[name.clone()].replace('-', "\u{2011}"));
            copied = name.end;
        }
        out.push_str(&text[copied..]);
        rest = &rest[text_start + len..];
    }
    out.push_str(rest);
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        hyphenated_names(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn the_quick_test_is_unicodes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn names_with_a_hyphen_and_not_compound_words() {
        assert_eq!(
            names("провинции Кёнсан-Пукто и Усть-Каменогорска, торгово-экономических, COVID-19"),
            ["Кёнсан-Пукто", "Усть-Каменогорска", "COVID-19"]
        );
        assert!(names("Китай — партнёр; 2024-й год; слово -").len() == 1);
    }

    #[test]
    fn html_and_docx_keep_names_whole() {
        assert_eq!(
            html_with_unbroken_names("из Кёнсан-Пукто"),
            r#"из <span style="white-space:nowrap">Кёнсан-Пукто</span>"#
        );
        let xml =
            r#"<w:r><w:t xml:space="preserve">из Кёнсан-Пукто, торгово-экономических</w:t></w:r>"#;
        let out = String::from_utf8(docx_with_unbroken_names(xml.as_bytes().to_vec())).unwrap();
        assert_eq!(
            out,
            "<w:r><w:t xml:space=\"preserve\">из Кёнсан\u{2011}Пукто, торгово-экономических</w:t></w:r>"
        );
    }
}
