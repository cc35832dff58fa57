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

#[derive(Debug, Clone, Default, PartialEq, Eq)]
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

    /// Adds the words of the office's dictionary file; a missing file adds nothing. A file
    /// saved in another encoding still gives its Latin and correctly encoded words.
    pub fn add_file(&mut self, path: &Path) {
        if let Ok(bytes) = std::fs::read(path) {
            for line in String::from_utf8_lossy(&bytes).lines() {
                self.add(line);
            }
        }
    }

    /// Adds `word` to the office's dictionary file at `path` (made if missing), one word a
    /// line, written whole or not at all. A word already there is not added twice; a file
    /// that is not UTF-8 text is left as it is, with an error.
    pub fn append_to_file(path: &Path, word: &str) -> Result<(), crate::storage::StorageError> {
        let word = word.trim();
        let mut text = match std::fs::read(path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
                crate::storage::StorageError::io(
                    path,
                    std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"),
                )
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(crate::storage::StorageError::io(path, e)),
        };
        if text
            .lines()
            .any(|line| line.trim().eq_ignore_ascii_case(word))
        {
            return Ok(());
        }
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(word);
        text.push('\n');
        crate::storage::write_atomic(path, text.as_bytes())
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
    fn a_word_added_to_the_office_dictionary_is_known_once_read_back_and_is_not_doubled() {
        let folder = std::env::temp_dir().join(format!("pressdesk-words-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let file = folder.join(USER_DICTIONARY);
        std::fs::write(&file, "Тұрар").unwrap();
        KnownWords::append_to_file(&file, "Жетісай").unwrap();
        KnownWords::append_to_file(&file, "Жетісай").unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "Тұрар\nЖетісай\n");
        let mut known = KnownWords::default();
        known.add_file(&file);
        assert!(known.knows("Жетісайда", Language::Kk));

        std::fs::write(&file, b"\xff\xfe broken").unwrap();
        assert!(KnownWords::append_to_file(&file, "Жетісай").is_err());
        assert_eq!(
            std::fs::read(&file).unwrap(),
            b"\xff\xfe broken",
            "left as it was"
        );
        std::fs::remove_dir_all(&folder).unwrap();
    }

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
