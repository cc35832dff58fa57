//! Words the dictionaries do not have but a release does: the names of its people,
//! organisations and places, and the office's own dictionary (a text file beside the
//! archive, one word a line, so a team on a shared folder shares it). A known word is
//! known in its inflected forms too: the name followed by a case ending
//! («Сатыбалдыға», «Мяньяна», "Mianyang's").

use std::collections::HashSet;
use std::path::Path;

use crate::language::Language;
use crate::language::kk_morphology;

/// The file name of the office's dictionary in the archive folder.
pub const USER_DICTIONARY: &str = "dictionary.txt";

#[derive(Debug, Clone, Default)]
pub struct KnownWords {
    words: HashSet<String>,
}

/// Russian case endings a foreign or Kazakh name takes in a Russian text.
const RUSSIAN_ENDINGS: &[&str] = &[
    "а", "у", "ом", "е", "ы", "ой", "ою", "ю", "ем", "я", "и", "ей", "ым", "ых", "ими", "ами",
    "ов", "ам", "ах",
];

impl KnownWords {
    /// Adds every word of `text` (a name of several words adds each).
    pub fn add(&mut self, text: &str) {
        for word in text.split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
        {
            let word = word.trim_matches(|c| c == '-' || c == '\'' || c == '’');
            if word.chars().count() >= 2 {
                self.words.insert(word.to_lowercase());
            }
        }
    }

    /// Adds the words of the office's dictionary file; a missing file adds nothing.
    pub fn add_file(&mut self, path: &Path) {
        if let Ok(text) = std::fs::read_to_string(path) {
            for line in text.lines() {
                self.add(line);
            }
        }
    }

    /// Adds every word `other` knows.
    pub fn extend(&mut self, other: &KnownWords) {
        self.words.extend(other.words.iter().cloned());
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether `word` is a known word or one of its forms in `lang`.
    pub fn knows(&self, word: &str, lang: Language) -> bool {
        if self.words.is_empty() {
            return false;
        }
        let lower = word.to_lowercase();
        if self.words.contains(&lower) {
            return true;
        }
        match lang {
            Language::Ru => RUSSIAN_ENDINGS.iter().any(|ending| {
                lower.strip_suffix(ending).is_some_and(|stem| {
                    self.words.contains(stem)
                        // Мяньян → Мяньяна; Сатыбалды → Сатыбалдыя is no form, but
                        // Ахмета → Ахмет and Айгуль → Айгули are.
                        || ["ь", "й", "а", "я", "е", "о"]
                            .iter()
                            .any(|base| self.words.contains(&format!("{stem}{base}")))
                })
            }),
            Language::Kk => kk_morphology::stems(&lower)
                .iter()
                .any(|stem| self.words.contains(stem)),
            Language::En => ["'s", "’s", "s"].iter().any(|ending| {
                lower
                    .strip_suffix(ending)
                    .is_some_and(|s| self.words.contains(s))
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_known_in_their_forms() {
        let mut known = KnownWords::default();
        known.add("Дархан Сатыбалды");
        known.add("Мяньян");
        known.add("Ху Хунцзюань");
        assert!(known.knows("Сатыбалдыға", Language::Kk));
        assert!(known.knows("Сатыбалдының", Language::Kk));
        assert!(known.knows("Мяньяна", Language::Ru));
        assert!(known.knows("Мяньяном", Language::Ru));
        assert!(
            !known.knows("Мяньянга", Language::Kk),
            "a back ending after a back stem is -ға"
        );
    }
}
