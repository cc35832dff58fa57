//! Names with a hyphen — «Кёнсан-Пукто», «Усть-Каменогорск», «Нур-Султан», "COVID-19" —
//! must not break at the hyphen at a line end, where a reader sees two words. Compound
//! common words («торгово-экономических») may: Russian typesetting breaks them there.
//! So a hyphenated word is kept whole when it starts with a capital or holds a digit; the
//! HTML wraps it in a no-wrap span (mail clients lack U+2011 in some fonts), the DOCX
//! writes the no-break hyphen character U+2011, which Word and LibreOffice draw as a hyphen
//! (Word's own `<w:noBreakHyphen/>` element is lost by readers such as docx-rs, which would
//! then see «КёнсанПукто» when Pressdesk checks its own file).

use std::borrow::Cow;
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

/// [`hyphenated_names`], reading only the stretches between ASCII spaces and line breaks
/// that hold a hyphen: every run of a DOCX is asked, and reading all of its characters was
/// 2 % of an export's work. A name never spans such a space, and one begins afresh after
/// it, so each stretch gives what the whole text gives there.
pub(super) fn names_around_hyphens(text: &str) -> Vec<Range<usize>> {
    let mut names = Vec::new();
    let mut read_to = 0;
    for hyphen in memchr::memchr_iter(b'-', text.as_bytes()) {
        if hyphen < read_to {
            continue;
        }
        let from = text[..hyphen]
            .rfind(|c: char| c.is_ascii_whitespace())
            .map_or(0, |space| space + 1);
        let to = text[hyphen..]
            .find(|c: char| c.is_ascii_whitespace())
            .map_or(text.len(), |space| hyphen + space);
        let found = hyphenated_names(&text[from..to]);
        names.extend(
            found
                .into_iter()
                .map(|name| name.start + from..name.end + from),
        );
        read_to = to;
    }
    names
}

/// HTML text (already escaped) with each hyphenated name in a no-wrap span.
pub(super) fn html_with_unbroken_names(escaped: &str) -> String {
    let names = names_around_hyphens(escaped);
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

/// `text` with the hyphens of its names as U+2011, for a DOCX run: made as each run is
/// added, since reading the finished `word/document.xml` again for them was a tenth of
/// making the file.
pub(super) fn docx_with_unbroken_names(text: &str) -> Cow<'_, str> {
    let names = names_around_hyphens(text);
    if names.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 2 * names.len());
    let mut copied = 0;
    for name in names {
        out.push_str(&text[copied..name.start]);
        out.push_str(&text[name.clone()].replace('-', "\u{2011}"));
        copied = name.end;
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 2000,
            failure_persistence: None,
            ..Default::default()
        })]
        /// Hyphens anywhere: doubled, at a word's ends, beside spaces of every kind, in
        /// names, compound words and codes.
        #[test]
        fn names_around_hyphens_are_the_names_of_the_whole_text(
            text in "(-|--| |\n|\u{a0}|\t|,|Кёнсан|Пукто|торгово|Усть|COVID|19|a|Б|ә|Ү|—|«){0,20}"
        ) {
            proptest::prop_assert_eq!(names_around_hyphens(&text), hyphenated_names(&text));
        }
    }

    #[test]
    fn html_and_docx_keep_names_whole() {
        assert_eq!(
            html_with_unbroken_names("из Кёнсан-Пукто"),
            r#"из <span style="white-space:nowrap">Кёнсан-Пукто</span>"#
        );
        assert_eq!(
            docx_with_unbroken_names("из Кёнсан-Пукто, торгово-экономических, COVID-19"),
            "из Кёнсан\u{2011}Пукто, торгово-экономических, COVID\u{2011}19"
        );
        assert!(matches!(
            docx_with_unbroken_names("торгово-экономических"),
            Cow::Borrowed(_)
        ));
    }
}
