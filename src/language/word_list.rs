//! Lists of words and phrases to find in a text: «вырос…», «в прошлом году», "last year".
//!
//! The checks used to compile such lists into case-insensitive regular expressions with
//! Unicode word boundaries. Each took 0.5–1.5 ms to compile — most of what a
//! command-line export spends before its first check — and none needs more than this:
//! whole words, in any letter case, a form either exact or a stem any ending may follow.

use std::ops::Range;

/// One form of a word: `рост` exactly, or `вырос*`: «вырос», «выросло», «выросший».
#[derive(Debug, Clone)]
enum Form {
    Exact(String),
    Stem(String),
}

impl Form {
    fn parse(written: &str) -> Form {
        match written.strip_suffix('*') {
            Some(stem) => Form::Stem(stem.to_lowercase()),
            None => Form::Exact(written.to_lowercase()),
        }
    }

    /// `word` is lower-cased already.
    fn fits(&self, word: &str) -> bool {
        match self {
            Form::Exact(form) => word == form,
            Form::Stem(stem) => word
                .strip_prefix(stem.as_str())
                .is_some_and(|ending| ending.chars().all(super::is_letter)),
        }
    }
}

/// Words and phrases matched whole, in any letter case. A phrase's words may be parted by
/// any spaces or line breaks. Where two entries start at one word the first listed wins.
#[derive(Debug, Clone)]
pub struct WordList {
    entries: Vec<Vec<Form>>,
}

impl WordList {
    /// `entries`: a word or a phrase each (`"в прошлом году"`); a word ending in `*` is a
    /// stem (`"увелич*"`).
    pub fn new(entries: &[&str]) -> WordList {
        let entries = entries
            .iter()
            .map(|entry| entry.split_whitespace().map(Form::parse).collect())
            .filter(|forms: &Vec<Form>| !forms.is_empty())
            .collect();
        WordList { entries }
    }

    /// Every match, left to right, not overlapping.
    pub fn find_all(&self, text: &str) -> Vec<Range<usize>> {
        let words = word_spans(text);
        let lower: Vec<String> = words
            .iter()
            .map(|w| text[w.clone()].to_lowercase())
            .collect();
        let mut found = Vec::new();
        let mut at = 0;
        while at < words.len() {
            match self.longest_at(text, &words, &lower, at) {
                Some(count) => {
                    found.push(words[at].start..words[at + count - 1].end);
                    at += count;
                }
                None => at += 1,
            }
        }
        found
    }

    /// The first match, if any.
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        self.find_all(text).into_iter().next()
    }

    /// How many words the first entry that matches at word `at` takes.
    fn longest_at(
        &self,
        text: &str,
        words: &[Range<usize>],
        lower: &[String],
        at: usize,
    ) -> Option<usize> {
        self.entries.iter().find_map(|forms| {
            let fits = forms.iter().enumerate().all(|(i, form)| {
                let Some(word) = lower.get(at + i) else {
                    return false;
                };
                let spaced = i == 0
                    || text[words[at + i - 1].end..words[at + i].start]
                        .chars()
                        .all(char::is_whitespace);
                spaced && form.fits(word)
            });
            fits.then_some(forms.len())
        })
    }
}

/// Runs of word characters (letters, digits, `_` and combining marks, as a regular
/// expression's `\b` sees words), with their byte ranges.
fn word_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inside = c.is_alphanumeric() || c == '_' || ('\u{0300}'..='\u{036F}').contains(&c);
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push(s..text.len());
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'t>(list: &WordList, text: &'t str) -> Vec<&'t str> {
        list.find_all(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn stems_take_any_ending_and_exact_forms_none() {
        let list = WordList::new(&["рост", "роста", "вырос*", "өсті"]);
        assert_eq!(
            found(
                &list,
                "Рост цен, выросло число, ВЫРОС спрос; ростом нет. Экспорт өсті."
            ),
            ["Рост", "выросло", "ВЫРОС", "өсті"]
        );
        // A word that only begins like a form is not it.
        assert!(list.find("ростовщик и перерост").is_none());
    }

    #[test]
    fn whole_words_only_where_a_digit_or_underscore_joins_letters() {
        let list = WordList::new(&["todo", "tbd"]);
        assert_eq!(found(&list, "TODO: дописать. (tbd)"), ["TODO", "tbd"]);
        assert!(list.find("TODO2 и my_todo и autodone").is_none());
    }

    #[test]
    fn phrases_allow_any_spaces_between_their_words() {
        let list = WordList::new(&["в прошлом году", "last year", "былтыр*"]);
        let text = "Как и в\u{a0}прошлом\nгоду; last  year; былтырғы деңгей. В прошлом, году";
        assert_eq!(
            found(&list, text),
            ["в\u{a0}прошлом\nгоду", "last  year", "былтырғы"]
        );
    }

    #[test]
    fn kazakh_and_russian_capitals_fold_to_the_lists_forms() {
        let list = WordList::new(&["ұлғай*", "сенбі"]);
        assert_eq!(found(&list, "ҰЛҒАЙДЫ, Сенбі"), ["ҰЛҒАЙДЫ", "Сенбі"]);
        assert!(list.find("сенбіде").is_none());
    }
}
