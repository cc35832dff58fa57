//! What several checks read from the same text, read once per run of the checks: a
//! text's figures and its sentences, and what each figure measures. Three of the checks an export runs read every text's
//! figures and sentences, and reading them was a fifth of the checks' time.

use std::cell::{OnceCell, RefCell};
use std::ops::Range;
use std::rc::Rc;

use super::same_quantity::Measured;
use super::text::{sentences, words};
use crate::language::Language;
use crate::language::figures::{Figure, find_figures};

/// The readings of the texts of one release, kept by where each text is. Every text asked
/// about lives as long as that release (`'a`), so while the readings exist no other text
/// can be in its place: the same place and length is the same text. (`'a` cannot be
/// shortened, or a text made for the moment could be asked about and its place reused.)
#[derive(Default)]
pub(crate) struct Readings<'a> {
    figures: Memo<(usize, usize, Language), Figure>,
    sentences: Memo<(usize, usize), Range<usize>>,
    words: Memo<(usize, usize), (Range<usize>, &'a str)>,
    /// Each version's figures with what they measure, for the two checks of one quantity.
    pub(super) measured: OnceCell<Vec<Vec<Measured>>>,
    texts: std::marker::PhantomData<std::cell::Cell<&'a str>>,
}

impl<'a> Readings<'a> {
    /// [`find_figures`] of `text`.
    pub fn figures(&self, text: &'a str, lang: Language) -> Rc<[Figure]> {
        self.figures
            .get((text.as_ptr() as usize, text.len(), lang), || {
                find_figures(text, lang)
            })
    }

    /// [`words`] of `text`.
    pub fn words(&self, text: &'a str) -> Rc<[(Range<usize>, &'a str)]> {
        self.words
            .get((text.as_ptr() as usize, text.len()), || words(text))
    }

    /// [`sentences`] of `text`.
    pub fn sentences(&self, text: &'a str) -> Rc<[Range<usize>]> {
        self.sentences
            .get((text.as_ptr() as usize, text.len()), || sentences(text))
    }
}

/// A few dozen texts: a list is quicker to search than a map is to set up.
struct Memo<K, V>(RefCell<Vec<(K, Rc<[V]>)>>);

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo(RefCell::new(Vec::new()))
    }
}

impl<K: PartialEq, V> Memo<K, V> {
    fn get(&self, key: K, read: impl FnOnce() -> Vec<V>) -> Rc<[V]> {
        if let Some((_, found)) = self.0.borrow().iter().find(|(k, _)| *k == key) {
            return Rc::clone(found);
        }
        let found: Rc<[V]> = read().into();
        self.0.borrow_mut().push((key, Rc::clone(&found)));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_read_once_and_another_text_alike_gets_its_own_reading() {
        let release = String::from("Экспорт — 60,09 млн. Импорт — 88,9 млн. Экспорт — 60,09 млн.");
        let third = release.rfind("Экспорт").unwrap();
        let (first, second) = (release[..third].trim_end(), &release[third..]);
        let readings = Readings::default();
        let figures = readings.figures(first, Language::Ru);
        assert_eq!(figures.len(), 2);
        assert!(Rc::ptr_eq(&figures, &readings.figures(first, Language::Ru)));
        // The same words elsewhere are another text: read on their own, not mistaken for it.
        let again = readings.figures(second, Language::Ru);
        assert!(!Rc::ptr_eq(&figures, &again));
        assert_eq!(again.len(), 1);
        assert_eq!(readings.sentences(first).len(), 2);
        assert_eq!(readings.sentences(second).len(), 1);
    }
}
