//! Full-text search over the archive, every language version of every release, as the user
//! types.
//!
//! Texts and queries go through the same analysis, so a word typed as it is written always
//! finds itself:
//!
//! - A word is a run of letters and digits; anything else separates words, so quotes « »,
//!   hyphens, apostrophes and no-break spaces split them ("Нур-Султан" is two words, and a
//!   query "Нур-Султан" asks for both). Soft hyphens, zero-width joiners and combining
//!   accents (stress marks) do not split a word, and a decomposed "й" is put back together.
//! - Lowercase; ё = е.
//! - A word that mixes Cyrillic and Latin letters (a homoglyph typo, a Kazakh "і" typed as a
//!   Latin "i") is folded to the script most of its letters are in.
//! - Russian words (а–я) go through the Russian Snowball stemmer, English words (a–z)
//!   through the English one. Other words, Kazakh ones with ә ғ қ ң ө ұ ү һ і among them,
//!   are kept whole: the Russian stemmer would cut them at Russian endings, and prefix
//!   matching already finds Kazakh suffixed forms ("Түркістан" finds "Түркістанда").
//! - Figures are found as written in any of the styles the archive uses: "148,9" and
//!   "148.9" are the one term "148,9"; "1 250 000" (with any space, no-break or narrow) is
//!   "1250000", and "1,250,000" is both itself and "1250000". The separate groups ("148",
//!   "9", "250") are indexed as well, so a date "28.11.2026" is found by "2026". A word
//!   glued to digits ("COVID19", "2026г") is indexed whole and by its parts.
//!
//! A document matches a query word when it has a term starting with the word's term, and a
//! query matches when every word does. Every word is a prefix, finished or not, which
//! favours finding over precision: "план" also finds "планетарий". The last word, while the
//! user is still typing it, also matches a few stems its stemmed form overshoots (see
//! [`SearchIndex::search`]).

mod analysis;
mod index;
#[cfg(test)]
mod measure;
mod stored;
#[cfg(test)]
mod tests;

use analysis::{Piece, Sink, analyse};
pub use index::{DocSet, SearchIndex};

/// Longer words are cut: a pasted blob without spaces must not become a megabyte-long term,
/// and texts and queries are cut alike, so matching is unaffected below this length.
const MAX_TERM_CHARS: usize = 64;

/// Every letter of the endings the Russian stemmer removes (Snowball's lists). What a word
/// being typed has beyond a stem in the index must look like the start of an ending for that
/// stem to count: "планетар" does not find "план", as "етар" cannot be an ending.
const RUSSIAN_ENDING_LETTERS: &str = "авгеийлмностухшщыьюя";

/// Normalised, stemmed, deduplicated and sorted index terms of a text. The same text always
/// gives the same terms (they are stored in the cache); a change to the analysis must bump
/// the cache's version.
pub fn index_terms(text: &str) -> Vec<String> {
    struct Terms(Vec<String>);
    impl Sink for Terms {
        fn word(&mut self, piece: Piece) {
            self.0.push(piece.term);
        }
        fn extra(&mut self, term: String) {
            self.0.push(term);
        }
    }
    let mut terms = Terms(Vec::new());
    analyse(text, &mut terms);
    let mut terms = terms.0;
    terms.sort_unstable();
    terms.dedup();
    terms
}

/// A query as typed: its words, the last one being typed still unless the query ends with
/// a space or punctuation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    words: Vec<QueryWord>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct QueryWord {
    /// The word's index term (stemmed when it is Russian or English).
    term: String,
    /// The word normalised but not stemmed.
    raw: String,
    stemmed: bool,
    /// The user may not have finished typing it.
    prefix: bool,
}

impl Query {
    pub fn parse(text: &str) -> Query {
        struct Words(Vec<QueryWord>);
        impl Sink for Words {
            fn word(&mut self, piece: Piece) {
                self.0.push(QueryWord {
                    term: piece.term,
                    raw: piece.raw,
                    stemmed: piece.stemmed,
                    prefix: piece.at_end,
                });
            }
            fn extra(&mut self, _: String) {}
        }
        let mut words = Words(Vec::new());
        analyse(text, &mut words);
        Query { words: words.0 }
    }

    /// Nothing to search for: the query was empty, spaces or punctuation.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}
