//! Shared helpers: the text fields of a version, sentences, words.

use std::ops::Range;

use super::FieldRef;
use crate::release::LanguageVersion;

/// Every free-text field of a version that is published, in reading order, with its text.
pub fn text_fields(version: &LanguageVersion) -> Vec<(FieldRef, &str)> {
    let mut out = vec![
        (FieldRef::Headline, version.headline.text.as_str()),
        (FieldRef::Subheadline, version.subheadline.text.as_str()),
        (FieldRef::Lead, version.lead.text.as_str()),
    ];
    for (i, p) in version.paragraphs.iter().enumerate() {
        out.push((FieldRef::Paragraph(i), p.text.as_str()));
    }
    for (i, q) in version.quotes.iter().enumerate() {
        out.push((FieldRef::QuoteText(i), q.text.as_str()));
    }
    out.push((FieldRef::Background, version.background.text.as_str()));
    out.push((
        FieldRef::DatelinePlace,
        version.dateline.place.text.as_str(),
    ));
    out
}

/// Abbreviations that end in a point inside a sentence: «12 тыс. тонн», «5 млн. долларов».
const ABBREVIATIONS: [&str; 8] = ["тыс", "млн", "млрд", "трлн", "долл", "руб", "обл", "г"];

/// True when the point at `dot` ends an abbreviation and a lower-case word follows, so the
/// sentence goes on.
fn abbreviation_goes_on(text: &str, dot: usize) -> bool {
    let word_start = text[..dot]
        .char_indices()
        .rev()
        .find(|&(_, c)| !crate::language::is_letter(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = text[word_start..dot].to_lowercase();
    let next = text[dot + 1..].trim_start().chars().next();
    ABBREVIATIONS.contains(&word.as_str()) && next.is_some_and(char::is_lowercase)
}

/// Byte ranges of the sentences of `text`: split after `.`, `!`, `?`, `…` followed by a
/// space, and at line breaks. Rough, but checks only need «near each other».
///
/// Read by bytes: each mark that can end a sentence begins with a byte no other character
/// has (`…` is `E2 80 A6`, and no byte inside a character is ASCII or `E2`), and decoding
/// every character to find them was 2 % of an export's work.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let mark = bytes[i];
        let len = match mark {
            b'.' | b'!' | b'?' | b'\n' => 1,
            0xE2 if bytes[i + 1..].starts_with(&[0x80, 0xA6]) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = i + len;
        let next_is_space = text[end..].chars().next().is_some_and(char::is_whitespace);
        if mark == b'\n' || (next_is_space && !(mark == b'.' && abbreviation_goes_on(text, i))) {
            out.push(start..end);
            start = end;
        }
        i = end;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// Words (runs of letters) with their byte ranges: see [`crate::language::words`].
pub use crate::language::words;

/// Words as a reader counts them: runs separated by spaces that hold a letter or digit.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Lower case, with ё read as е: the forms a comparison should not tell apart.
pub fn fold(text: &str) -> String {
    text.to_lowercase().replace('ё', "е")
}

/// A short excerpt of `text` around `range`, for messages: at most ~30 characters each side.
pub fn excerpt(text: &str, range: Range<usize>) -> String {
    let start = floor_boundary(text, range.start.saturating_sub(30));
    let end = ceil_boundary(text, (range.end + 30).min(text.len()));
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(text[start..end].trim());
    if end < text.len() {
        out.push('…');
    }
    out.replace(['\u{a0}', '\u{202f}'], " ")
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_hyphens_and_digits() {
        let w: Vec<&str> = words("IT-парк, COVID-19 и B2B")
            .into_iter()
            .map(|w| w.1)
            .collect();
        assert_eq!(w, ["IT", "парк", "COVID", "и", "B", "B"]);
    }

    /// The sentences as read character by character, before they were read by bytes.
    fn sentences_by_characters(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let end = i + c.len_utf8();
            let next_is_space = chars.peek().is_some_and(|&(_, n)| n.is_whitespace());
            let stop = matches!(c, '.' | '!' | '?' | '…') && next_is_space;
            if c == '\n' || (stop && !(c == '.' && abbreviation_goes_on(text, i))) {
                out.push(start..end);
                start = end;
            }
        }
        if start < text.len() {
            out.push(start..text.len());
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 2000,
            failure_persistence: None,
            ..Default::default()
        })]
        /// Marks, the spaces after them (plain, no-break, thin), abbreviations, letters of
        /// both cases and characters whose bytes come near a mark's (`‰` and `—` begin with
        /// `E2` too).
        #[test]
        fn sentences_read_by_bytes_as_by_characters(
            text in "(\\.|!|\\?|…|\n| |\u{a0}|\u{2009}|тыс|г|млн|Экспорт|вырос|a|Z|5|‰|—|«|»){0,24}"
        ) {
            proptest::prop_assert_eq!(sentences(&text), sentences_by_characters(&text));
        }
    }

    #[test]
    fn sentences_split_after_stops() {
        let text = "Первое. Второе! Третье";
        let s: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(s, ["Первое.", " Второе!", " Третье"]);
        let text = "Собрано 12 тыс. тонн зерна. Экспорт вырос.";
        let s: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(s, ["Собрано 12 тыс. тонн зерна.", " Экспорт вырос."]);
    }
}
