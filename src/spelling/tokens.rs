//! The words of a text a spelling dictionary can judge: runs of letters, joined by a hyphen
//! or an apostrophe inside (кое-что, Усть-Каменогорск, don't). Left out: words beside a
//! digit (5-й, COVID-19, 2025-ші), abbreviations in capitals (АҚШ, ЖШС, USD), words in
//! another script than the language's (a company's Latin name in a Russian text), parts
//! of addresses and links.

use std::ops::Range;

use crate::language::Language;

pub fn words_to_check(text: &str, lang: Language) -> Vec<(Range<usize>, &str)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < chars.len() {
            let c = chars[end].1;
            let joins = matches!(c, '-' | '\'' | '’')
                && end + 1 < chars.len()
                && chars[end + 1].1.is_alphabetic()
                && end > start;
            if c.is_alphabetic() || joins {
                end += 1;
            } else {
                break;
            }
        }
        let from = chars[start].0;
        let to = chars.get(end).map_or(text.len(), |(b, _)| *b);
        let before = start.checked_sub(1).map(|k| chars[k].1);
        let after = chars.get(end).map(|(_, c)| *c);
        let word = &text[from..to];
        if worth_checking(word, before, after, lang) {
            out.push((from..to, word));
        }
        i = end.max(start + 1);
    }
    out
}

fn worth_checking(word: &str, before: Option<char>, after: Option<char>, lang: Language) -> bool {
    let beside_digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let in_link = |c: Option<char>| matches!(c, Some('@' | '/' | '.' | '_' | '#' | '\\'));
    if beside_digit(before) || beside_digit(after) || in_link(before) || after == Some('@') {
        return false;
    }
    if after == Some('-') || before == Some('-') {
        // «5-й» is caught above; a word hanging on a hyphen is a part of a number or code.
        return false;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 {
        return false;
    }
    if letters.iter().all(|c| c.is_uppercase()) {
        return false;
    }
    let latin = letters.iter().filter(|c| c.is_ascii_alphabetic()).count();
    match lang {
        Language::En => latin == letters.len(),
        Language::Ru | Language::Kk => latin == 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, lang: Language) -> Vec<&str> {
        words_to_check(text, lang)
            .into_iter()
            .map(|(_, w)| w)
            .collect()
    }

    #[test]
    fn numbers_codes_abbreviations_and_other_scripts_are_left_out() {
        assert_eq!(
            words(
                "5-й раз кое-что: АҚШ, Silk Road, COVID-19, press@akimat.kz",
                Language::Ru
            ),
            ["раз", "кое-что"]
        );
        assert_eq!(
            words("2025-ші жылы Усть-Каменогорск", Language::Kk),
            ["жылы", "Усть-Каменогорск"]
        );
        assert_eq!(
            words("don't stop at 5th", Language::En),
            ["don't", "stop", "at"]
        );
    }
}
