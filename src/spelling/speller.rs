//! Spelling for texts being edited. The window asks about every text field after each
//! keystroke (to mark the words in the field and to list them among the checks); only the
//! field that changed is new, so what each text held is remembered and the rest is free.
//! Nothing here waits for a dictionary: until one has loaded, its language has no marks.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Mutex;

use super::{KnownWords, is_ready, misspelled};
use crate::language::Language;

/// How many texts are remembered per language before the memory starts afresh: a long
/// session's typing leaves one text per keystroke behind.
const REMEMBERED: usize = 2_000;

pub struct Speller {
    known: KnownWords,
    /// The languages whose spelling is switched on.
    languages: Vec<Language>,
    /// The misspelled words of each text asked about, per language (by `Language::ALL`).
    checked: Mutex<[HashMap<String, Vec<Range<usize>>>; 3]>,
}

impl Speller {
    pub fn new(known: KnownWords, languages: impl IntoIterator<Item = Language>) -> Self {
        Self {
            known,
            languages: languages.into_iter().collect(),
            checked: Mutex::default(),
        }
    }

    /// The release's names and the office's words this speller knows.
    pub fn known(&self) -> &KnownWords {
        &self.known
    }

    /// Whether spelling is switched on for `lang`.
    pub fn checks(&self, lang: Language) -> bool {
        self.languages.contains(&lang)
    }

    /// Where the misspelled words of `text` are; none while `lang`'s dictionary is still
    /// loading or its spelling is off.
    pub fn misspelled(&self, text: &str, lang: Language) -> Vec<Range<usize>> {
        if !self.checks(lang) || !is_ready(lang) || !text.chars().any(char::is_alphabetic) {
            return Vec::new();
        }
        let slot = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        let mut checked = self.checked.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = checked[slot].get(text) {
            return found.clone();
        }
        let found = misspelled(text, lang, &self.known);
        if checked[slot].len() >= REMEMBERED {
            checked[slot].clear();
        }
        checked[slot].insert(text.to_owned(), found.clone());
        found
    }

    /// How many texts of `lang` are remembered (for tests of what a keystroke re-checks).
    pub fn remembered(&self, lang: Language) -> usize {
        let slot = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        self.checked.lock().unwrap_or_else(|e| e.into_inner())[slot].len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_already_checked_is_not_checked_again_and_an_off_language_marks_nothing() {
        super::super::load_all();
        let speller = Speller::new(KnownWords::default(), [Language::Kk]);
        let text = "Казакстан делегациясы кездесуде болды.";
        let marks = speller.misspelled(text, Language::Kk);
        assert_eq!(
            marks.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(),
            ["Казакстан"]
        );
        assert_eq!(speller.misspelled(text, Language::Kk), marks);
        assert_eq!(speller.remembered(Language::Kk), 1);
        speller.misspelled("Делегация кездесуде болды.", Language::Kk);
        assert_eq!(speller.remembered(Language::Kk), 2);
        assert!(
            speller
                .misspelled("Делегацыя прибыла.", Language::Ru)
                .is_empty(),
            "Russian is switched off for this speller"
        );
    }
}
