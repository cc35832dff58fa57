//! The inverted index: terms to the documents holding them, searched by prefix.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Bound;

use super::{Query, QueryWord, RUSSIAN_ENDING_LETTERS};

/// Inverted index: term → sorted ids of the documents that contain it.
///
/// Document ids are expected to be dense (positions in a list): result sets are bitsets as
/// wide as the largest id ever inserted.
#[derive(Default, Clone)]
pub struct SearchIndex {
    /// Term → its id, an index into `postings`. Kept sorted for prefix ranges.
    pub(super) terms: BTreeMap<Box<str>, u32>,
    /// Term id → sorted document ids. Empty for a term whose documents are all gone until
    /// the next purge, and for a purged id waiting in `free`.
    pub(super) postings: Vec<Vec<u32>>,
    pub(super) free: Vec<u32>,
    /// Terms still in `terms` with no documents. Removing them one by one would need the
    /// term's text per id; they are swept out together once there are many.
    pub(super) emptied: usize,
    /// Document → its term ids, to take it out of the postings again; `None` for an id
    /// with no document. Ids are dense, so a vector rather than a map.
    pub(super) docs: Vec<Option<Box<[u32]>>>,
    /// How many of `docs` are documents.
    pub(super) documents: usize,
    /// One past the largest document id ever inserted: the width of result bitsets.
    pub(super) width: u64,
}

impl fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIndex")
            .field("documents", &self.documents)
            .field("terms", &(self.terms.len() - self.emptied))
            .finish()
    }
}

impl SearchIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets (or replaces) the terms of document `doc`. Terms need not be sorted or unique.
    pub fn insert(&mut self, doc: u32, terms: &[String]) {
        self.remove(doc);
        let mut ids: Vec<u32> = terms.iter().map(|term| self.term_id(term)).collect();
        ids.sort_unstable();
        ids.dedup();
        for &id in &ids {
            let postings = &mut self.postings[id as usize];
            if postings.is_empty() {
                self.emptied -= 1;
            }
            match postings.last() {
                Some(&last) if last >= doc => {
                    if let Err(at) = postings.binary_search(&doc) {
                        postings.insert(at, doc);
                    }
                }
                _ => postings.push(doc),
            }
        }
        let at = doc as usize;
        if self.docs.len() <= at {
            self.docs.resize(at + 1, None);
        }
        self.docs[at] = Some(ids.into_boxed_slice());
        self.documents += 1;
        self.width = self.width.max(u64::from(doc) + 1);
    }

    pub fn remove(&mut self, doc: u32) {
        let Some(ids) = self.docs.get_mut(doc as usize).and_then(Option::take) else {
            return;
        };
        self.documents -= 1;
        for &id in ids.iter() {
            let postings = &mut self.postings[id as usize];
            if let Ok(at) = postings.binary_search(&doc) {
                postings.remove(at);
                if postings.is_empty() {
                    self.emptied += 1;
                }
            }
        }
        // Sweeping is a pass over every term: done only when a good share of them is dead,
        // so removing documents one after another stays linear overall.
        if self.emptied > 1024 && self.emptied * 4 > self.terms.len() {
            self.purge();
        }
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.documents
    }

    pub fn is_empty(&self) -> bool {
        self.documents == 0
    }

    /// Documents matching every word of the query; `None` for an empty query, meaning no
    /// filter.
    ///
    /// A word matches terms that start with its own term. The last word, when the user may
    /// still be typing it, matches more, because a stemmer given half a word can keep more
    /// than it keeps of the whole word: "организаци" stems to itself while "организациях"
    /// stems to "организац", and "closi" stays while "closing" becomes "close". So it
    /// also matches terms that start with it unstemmed, and stems it extends by a few
    /// letters that can start an ending, so a release does not drop out of the list and come
    /// back while its word is typed out.
    pub fn search(&self, query: &Query) -> Option<DocSet> {
        if query.is_empty() {
            return None;
        }
        let words = self.width.div_ceil(64) as usize;
        let mut found: Option<Vec<u64>> = None;
        let mut bits = vec![0u64; words];
        for word in &query.words {
            bits.fill(0);
            self.add_word(word, &mut bits);
            let acc = found.get_or_insert_with(|| vec![u64::MAX; words]);
            let mut any = false;
            for (a, b) in acc.iter_mut().zip(&bits) {
                *a &= b;
                any |= *a != 0;
            }
            if !any {
                break;
            }
        }
        Some(DocSet::new(found.unwrap_or_default()))
    }

    fn add_word(&self, word: &QueryWord, bits: &mut [u64]) {
        self.add_prefixed(&word.term, bits);
        // Snowball takes the "ая" of "Китая", "урожая", "случая" for an adjective ending and
        // leaves "кит", while the other forms of these -ай nouns keep "кита".
        if word.stemmed
            && !word.raw.is_ascii()
            && let Some(shorter) = word.term.strip_suffix('а')
            && shorter.chars().count() >= 3
        {
            self.add_exact(shorter, bits);
        }
        if !(word.prefix && word.stemmed) {
            return;
        }
        // The English stemmer rewrites as well as cuts ("any" → "ani"), so the typed letters
        // may not start with their own stem.
        if !word.raw.starts_with(&word.term) {
            self.add_prefixed(&word.raw, bits);
        }
        // Stems of four letters or more that the typed word overshoots by up to four letters:
        // shorter stems are mostly other words ("дел" of "дело" under "делег").
        let cyrillic = !word.raw.is_ascii();
        let ends: Vec<usize> = word.raw.char_indices().map(|(i, _)| i).skip(4).collect();
        for &end in ends.iter().rev().take(4) {
            let (stem, rest) = word.raw.split_at(end);
            if cyrillic {
                if rest.chars().all(|c| RUSSIAN_ENDING_LETTERS.contains(c)) {
                    self.add_exact(stem, bits);
                }
            } else {
                self.add_exact(stem, bits);
                // The English stemmer restores a silent e: "closi(ng)" is "close".
                self.add_exact(&format!("{stem}e"), bits);
            }
        }
    }

    fn add_prefixed(&self, prefix: &str, bits: &mut [u64]) {
        let range = self
            .terms
            .range::<str, _>((Bound::Included(prefix), Bound::Unbounded));
        for (term, &id) in range {
            if !term.starts_with(prefix) {
                break;
            }
            set_bits(bits, &self.postings[id as usize]);
        }
    }

    fn add_exact(&self, term: &str, bits: &mut [u64]) {
        if let Some(&id) = self.terms.get(term) {
            set_bits(bits, &self.postings[id as usize]);
        }
    }

    fn term_id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.terms.get(term) {
            return id;
        }
        let id = match self.free.pop() {
            Some(id) => id,
            None => {
                self.postings.push(Vec::new());
                u32::try_from(self.postings.len() - 1).expect("fewer than 2^32 terms")
            }
        };
        self.terms.insert(term.into(), id);
        self.emptied += 1;
        id
    }

    fn purge(&mut self) {
        let postings = &mut self.postings;
        let free = &mut self.free;
        self.terms.retain(|_, &mut id| {
            let docs = &mut postings[id as usize];
            if docs.is_empty() {
                *docs = Vec::new();
                free.push(id);
                false
            } else {
                true
            }
        });
        self.emptied = 0;
    }

    /// Approximate heap use in bytes, for measurements.
    #[cfg(test)]
    pub(super) fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        // A BTreeMap node holds up to 11 entries; assume two thirds full, plus the key's own
        // allocation rounded to the allocator's 16 bytes.
        let terms: usize = self
            .terms
            .keys()
            .map(|k| (size_of::<(Box<str>, u32)>() * 3 / 2) + k.len().div_ceil(16) * 16)
            .sum();
        let postings: usize = self
            .postings
            .iter()
            .map(|p| size_of::<Vec<u32>>() + p.capacity() * 4)
            .sum();
        let docs: usize = self
            .docs
            .iter()
            .flatten()
            .map(|d| d.len() * 4)
            .sum::<usize>()
            + self.docs.capacity() * size_of::<Option<Box<[u32]>>>();
        terms + postings + docs + self.free.capacity() * 4
    }
}

fn set_bits(bits: &mut [u64], docs: &[u32]) {
    for &doc in docs {
        bits[(doc / 64) as usize] |= 1 << (doc % 64);
    }
}

/// A set of document ids.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocSet {
    bits: Vec<u64>,
    len: usize,
}

impl DocSet {
    fn new(bits: Vec<u64>) -> Self {
        let len = bits.iter().map(|w| w.count_ones() as usize).sum();
        DocSet { bits, len }
    }

    pub fn contains(&self, doc: u32) -> bool {
        self.bits
            .get((doc / 64) as usize)
            .is_some_and(|w| w >> (doc % 64) & 1 == 1)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The ids in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.bits.iter().enumerate().flat_map(|(i, &word)| {
            let mut word = word;
            std::iter::from_fn(move || {
                if word == 0 {
                    return None;
                }
                let bit = word.trailing_zeros();
                word &= word - 1;
                Some(i as u32 * 64 + bit)
            })
        })
    }
}
