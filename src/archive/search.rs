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

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Bound;

use rust_stemmers::{Algorithm, Stemmer};
use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Deserialize, Serialize, Serializer};

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

/// Inverted index: term → sorted ids of the documents that contain it.
///
/// Document ids are expected to be dense (positions in a list): result sets are bitsets as
/// wide as the largest id ever inserted.
#[derive(Default, Clone)]
pub struct SearchIndex {
    /// Term → its id, an index into `postings`. Kept sorted for prefix ranges.
    terms: BTreeMap<Box<str>, u32>,
    /// Term id → sorted document ids. Empty for a term whose documents are all gone until
    /// the next purge, and for a purged id waiting in `free`.
    postings: Vec<Vec<u32>>,
    free: Vec<u32>,
    /// Terms still in `terms` with no documents. Removing them one by one would need the
    /// term's text per id; they are swept out together once there are many.
    emptied: usize,
    /// Document → its term ids, to take it out of the postings again.
    docs: HashMap<u32, Box<[u32]>>,
    /// One past the largest document id ever inserted: the width of result bitsets.
    width: u64,
}

impl fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchIndex")
            .field("documents", &self.docs.len())
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
        self.docs.insert(doc, ids.into_boxed_slice());
        self.width = self.width.max(u64::from(doc) + 1);
    }

    pub fn remove(&mut self, doc: u32) {
        let Some(ids) = self.docs.remove(&doc) else {
            return;
        };
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
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
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
    fn heap_bytes(&self) -> usize {
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
            .values()
            .map(|d| 16 + 8 + d.len() * 4)
            .sum::<usize>()
            + self.docs.capacity() * 8 / 7;
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

// ----- The cache form -----
//
// Term → postings as gaps between ids (small numbers, one byte each in postcard), plus the
// documents that have no terms at all. Term ids and per-document lists are rebuilt on load.

impl Serialize for SearchIndex {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Terms<'a>(&'a SearchIndex);
        impl Serialize for Terms<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let index = self.0;
                let live = || {
                    index
                        .terms
                        .iter()
                        .map(|(term, &id)| (term, &index.postings[id as usize]))
                        .filter(|(_, docs)| !docs.is_empty())
                };
                let mut seq = serializer.serialize_seq(Some(live().count()))?;
                for (term, docs) in live() {
                    seq.serialize_element(&(term, Gaps(docs)))?;
                }
                seq.end()
            }
        }
        struct Gaps<'a>(&'a [u32]);
        impl Serialize for Gaps<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
                let mut previous = 0;
                for &doc in self.0 {
                    seq.serialize_element(&(doc - previous))?;
                    previous = doc;
                }
                seq.end()
            }
        }
        let mut bare: Vec<u32> = self
            .docs
            .iter()
            .filter(|(_, ids)| ids.is_empty())
            .map(|(&doc, _)| doc)
            .collect();
        bare.sort_unstable();
        let mut state = serializer.serialize_struct("SearchIndex", 2)?;
        state.serialize_field("terms", &Terms(self))?;
        state.serialize_field("bare", &bare)?;
        state.end()
    }
}

#[derive(Deserialize)]
struct StoredIndex {
    terms: Vec<(Box<str>, Vec<u32>)>,
    bare: Vec<u32>,
}

impl<'de> Deserialize<'de> for SearchIndex {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let stored = StoredIndex::deserialize(deserializer)?;
        SearchIndex::from_stored(stored).map_err(serde::de::Error::custom)
    }
}

impl SearchIndex {
    /// Rebuilds an index from its cache form, refusing a damaged one rather than answering
    /// searches wrongly.
    fn from_stored(stored: StoredIndex) -> Result<Self, &'static str> {
        let mut index = SearchIndex::new();
        let mut docs: HashMap<u32, Vec<u32>> = HashMap::new();
        for (term, mut gaps) in stored.terms {
            let id = u32::try_from(index.postings.len()).map_err(|_| "too many terms")?;
            let mut doc = 0u32;
            for (i, gap) in gaps.iter_mut().enumerate() {
                if i > 0 && *gap == 0 {
                    return Err("search index: postings out of order");
                }
                doc = doc
                    .checked_add(*gap)
                    .ok_or("search index: document id overflow")?;
                *gap = doc;
                docs.entry(doc).or_default().push(id);
            }
            if gaps.is_empty() {
                continue;
            }
            index.width = index.width.max(u64::from(doc) + 1);
            if index.terms.insert(term, id).is_some() {
                return Err("search index: a term twice");
            }
            gaps.shrink_to_fit();
            index.postings.push(gaps);
        }
        for doc in stored.bare {
            if docs.insert(doc, Vec::new()).is_some() {
                return Err("search index: a document both with and without terms");
            }
            index.width = index.width.max(u64::from(doc) + 1);
        }
        // Ids were handed out in order, so each document's list is sorted, as `insert` keeps it.
        index.docs = docs
            .into_iter()
            .map(|(doc, ids)| (doc, ids.into_boxed_slice()))
            .collect();
        Ok(index)
    }
}

// ----- Analysis -----

/// What analysis produces, in text order.
trait Sink {
    /// A word or figure as a user would type it: a query word, and an index term.
    fn word(&mut self, piece: Piece);
    /// Another form the text is found by (a figure's groups, a glued word's parts): indexed
    /// only, a query asks for the whole.
    fn extra(&mut self, term: String);
}

struct Piece {
    term: String,
    raw: String,
    stemmed: bool,
    /// Nothing follows it in the text: in a query, the word may be unfinished.
    at_end: bool,
}

/// How a run of letters and digits is joined to the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    None,
    /// One comma or full stop: a decimal mark, a thousands separator or a date's dots.
    Mark,
    /// One space of any width: perhaps a thousands separator.
    Space,
}

struct Run<'a> {
    text: &'a str,
    link: Link,
    at_end: bool,
}

fn analyse(text: &str, sink: &mut impl Sink) {
    let stemmers = Stemmers::new();
    let mut chain: Option<Figure> = None;
    for_each_run(text, |run| {
        if run.text.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(figure) = &mut chain
                && figure.extend(&run, sink)
            {
                return;
            }
            if let Some(figure) = chain.take() {
                figure.finish(sink);
            }
            chain = Some(Figure::start(&run, sink));
        } else {
            if let Some(figure) = chain.take() {
                figure.finish(sink);
            }
            word_run(&run, &stemmers, sink);
        }
    });
    if let Some(figure) = chain {
        figure.finish(sink);
    }
}

/// Calls `f` with every maximal run of letters and digits, lowercased, ё as е, combining
/// marks dropped (a decomposed й composed), cut at [`MAX_TERM_CHARS`].
fn for_each_run(text: &str, mut f: impl FnMut(Run)) {
    let mut buf = String::new();
    let mut in_run = false;
    let mut run_chars = 0;
    let mut link = Link::None;
    let mut gap = 0usize;
    let mut gap_char = ' ';
    for c in text.chars() {
        if is_invisible(c) {
            if in_run && c == '\u{306}' && buf.ends_with('и') {
                buf.pop();
                buf.push('й');
            }
            continue;
        }
        if is_letter_or_digit(c) {
            if !in_run {
                in_run = true;
                link = match (gap, gap_char) {
                    (1, ',' | '.') => Link::Mark,
                    (1, c) if is_space(c) => Link::Space,
                    _ => Link::None,
                };
            }
            if run_chars < MAX_TERM_CHARS {
                run_chars += 1;
                push_lowercase(&mut buf, c);
            }
        } else {
            if in_run {
                f(Run {
                    text: &buf,
                    link,
                    at_end: false,
                });
                buf.clear();
                in_run = false;
                run_chars = 0;
                gap = 0;
            }
            gap += 1;
            gap_char = c;
        }
    }
    if in_run {
        f(Run {
            text: &buf,
            link,
            at_end: true,
        });
    }
}

/// Unicode's tables are slow next to a range test; Russian and English letters are nearly
/// all the text there is.
fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric() || ('А'..='я').contains(&c) || (!c.is_ascii() && c.is_alphanumeric())
}

fn push_lowercase(buf: &mut String, c: char) {
    match c {
        'a'..='z' | '0'..='9' | 'а'..='я' => buf.push(c),
        // Both alphabets have their capitals 32 code points before the small letters.
        'A'..='Z' | 'А'..='Я' => buf.extend(char::from_u32(c as u32 + 32)),
        'ё' | 'Ё' => buf.push('е'),
        _ => {
            for l in c.to_lowercase() {
                match l {
                    'ё' => buf.push('е'),
                    l if is_combining(l) => {}
                    l => buf.push(l),
                }
            }
        }
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}')
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{483}'..='\u{489}')
}

/// Inside a word without being a letter: soft hyphen, zero-width (non-)joiner, word joiner,
/// byte order mark, combining marks.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    ) || is_combining(c)
}

/// Digit groups joined by single marks or spaces: one figure.
struct Figure {
    /// Groups with marks as commas and spaces left out: "148,9", "1250000", "28,11,2026".
    whole: String,
    whole_chars: usize,
    groups: usize,
    /// Some group was joined by a mark: no thousands spaces after that.
    marked: bool,
    /// The first group has 1–3 digits and every later one 3: the groups may be thousands.
    thousands: bool,
    at_end: bool,
}

impl Figure {
    fn start(run: &Run, sink: &mut impl Sink) -> Self {
        sink.extra(run.text.to_string());
        Figure {
            whole: run.text.to_string(),
            whole_chars: run.text.len(),
            groups: 1,
            marked: false,
            thousands: run.text.len() <= 3,
            at_end: run.at_end,
        }
    }

    /// Takes `run` into the figure if it continues it.
    fn extend(&mut self, run: &Run, sink: &mut impl Sink) -> bool {
        let mark = match run.link {
            Link::Mark => true,
            Link::Space if !self.marked && self.thousands && run.text.len() == 3 => false,
            _ => return false,
        };
        sink.extra(run.text.to_string());
        let added = run.text.len() + usize::from(mark);
        if self.whole_chars + added <= MAX_TERM_CHARS {
            if mark {
                self.whole.push(',');
            }
            self.whole.push_str(run.text);
            self.whole_chars += added;
        }
        self.marked |= mark;
        self.thousands &= run.text.len() == 3;
        self.groups += 1;
        self.at_end = run.at_end;
        true
    }

    fn finish(self, sink: &mut impl Sink) {
        if self.groups > 1 && self.marked && self.thousands {
            sink.extra(self.whole.replace(',', ""));
        }
        sink.word(Piece {
            term: self.whole.clone(),
            raw: self.whole,
            stemmed: false,
            at_end: self.at_end,
        });
    }
}

/// A run with letters: one word, or letters glued to digits.
fn word_run(run: &Run, stemmers: &Stemmers, sink: &mut impl Sink) {
    let whole = fold_scripts(run.text);
    let mut parts = 0;
    let mut start = 0;
    let bytes = whole.as_bytes();
    for end in 1..=bytes.len() {
        let boundary = end == bytes.len()
            || (whole.is_char_boundary(end)
                && bytes[end].is_ascii_digit() != bytes[end - 1].is_ascii_digit());
        if boundary {
            if start == 0 && end == bytes.len() {
                break;
            }
            let part = &whole[start..end];
            let term = if part.as_bytes()[0].is_ascii_digit() {
                part.to_string()
            } else {
                stemmers.term(part).0
            };
            sink.extra(term);
            parts += 1;
            start = end;
        }
    }
    if parts == 0 {
        let (term, stemmed) = stemmers.term(&whole);
        sink.word(Piece {
            term,
            raw: whole,
            stemmed,
            at_end: run.at_end,
        });
    } else {
        sink.word(Piece {
            term: whole.clone(),
            raw: whole,
            stemmed: false,
            at_end: run.at_end,
        });
    }
}

struct Stemmers {
    russian: Stemmer,
    english: Stemmer,
}

impl Stemmers {
    fn new() -> Self {
        Stemmers {
            russian: Stemmer::create(Algorithm::Russian),
            english: Stemmer::create(Algorithm::English),
        }
    }

    /// The index term of a word of letters, and whether a stemmer made it.
    fn term(&self, word: &str) -> (String, bool) {
        let stemmer = if word.chars().all(|c| ('а'..='я').contains(&c)) {
            &self.russian
        } else if word.bytes().all(|b| b.is_ascii_lowercase()) {
            &self.english
        } else {
            return (word.to_string(), false);
        };
        let stem = stemmer.stem(word);
        if stem.is_empty() {
            (word.to_string(), false)
        } else {
            (stem.into_owned(), true)
        }
    }
}

/// Latin letters that look like Cyrillic ones, as (Latin, Cyrillic) pairs; "i" stands in for
/// the Kazakh "і" on keyboards without it.
const LOOKALIKES: [(char, char); 13] = [
    ('a', 'а'),
    ('b', 'в'),
    ('c', 'с'),
    ('e', 'е'),
    ('h', 'н'),
    ('i', 'і'),
    ('k', 'к'),
    ('m', 'м'),
    ('o', 'о'),
    ('p', 'р'),
    ('t', 'т'),
    ('x', 'х'),
    ('y', 'у'),
];

/// A word mixing Cyrillic and Latin letters, written in the script most of its letters are
/// in, so that "Aкимат" with a Latin A finds "акимат".
fn fold_scripts(word: &str) -> String {
    let cyrillic = word
        .chars()
        .filter(|c| ('\u{400}'..='\u{4FF}').contains(c))
        .count();
    let latin = word.bytes().filter(u8::is_ascii_lowercase).count();
    if cyrillic == 0 || latin == 0 {
        return word.to_string();
    }
    word.chars()
        .map(|c| {
            let pair = if cyrillic >= latin {
                LOOKALIKES.iter().find(|(l, _)| *l == c).map(|(_, k)| *k)
            } else {
                LOOKALIKES.iter().find(|(_, k)| *k == c).map(|(l, _)| *l)
            };
            pair.unwrap_or(c)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// An index of the given texts, documents numbered in order.
    fn index(texts: &[&str]) -> SearchIndex {
        let mut index = SearchIndex::new();
        for (doc, text) in texts.iter().enumerate() {
            index.insert(doc as u32, &index_terms(text));
        }
        index
    }

    /// The documents a query finds, in order.
    fn find(index: &SearchIndex, query: &str) -> Vec<u32> {
        index
            .search(&Query::parse(query))
            .expect("a query with words")
            .iter()
            .collect()
    }

    #[test]
    fn russian_case_forms_find_each_other() {
        let idx = index(&[
            "Аким области встретился с делегацией из Китая.",
            "Состав делегации утверждён.",
            "Делегация прибыла в Туркестан.",
            "Заседание совета директоров.",
        ]);
        for query in [
            "делегация",
            "делегацией",
            "делегации",
            "Делегацию",
            "делегаций",
        ] {
            assert_eq!(find(&idx, query), [0, 1, 2], "{query}");
        }
        assert_eq!(find(&idx, "совет"), [3]);
        assert_eq!(find(&idx, "советом"), [3]);
    }

    #[test]
    fn yo_and_ye_are_one_letter_both_ways() {
        let idx = index(&["Утверждён новый план.", "План утвержден советом.", "ЁЛКА"]);
        assert_eq!(find(&idx, "утвержден"), [0, 1]);
        assert_eq!(find(&idx, "утверждён"), [0, 1]);
        assert_eq!(find(&idx, "елка"), [2]);
        assert_eq!(find(&idx, "Ёлка"), [2]);
    }

    #[test]
    fn kazakh_words_are_found_as_written_and_by_their_start() {
        let idx = index(&[
            "Түркістан облысының әкімі делегацияны қабылдады.",
            "Форум Түркістанда өтеді.",
            "Шымкент қаласында кездесу болды.",
        ]);
        assert_eq!(find(&idx, "Түркістан"), [0, 1]);
        assert_eq!(find(&idx, "Түркістанда"), [1]);
        assert_eq!(find(&idx, "облысының"), [0]);
        assert_eq!(find(&idx, "қабылдады"), [0]);
        assert_eq!(find(&idx, "қаласында"), [2]);
        // As the user types: every prefix finds the word.
        let word: Vec<char> = "қабылдады".chars().collect();
        for n in 1..=word.len() {
            let prefix: String = word[..n].iter().collect();
            assert!(find(&idx, &prefix).contains(&0), "{prefix}");
        }
        // Kazakh letters are letters: "әкімі" is not "кімі".
        assert_eq!(find(&idx, "кім"), Vec::<u32>::new());
    }

    #[test]
    fn english_plural_and_singular_find_each_other() {
        let idx = index(&[
            "The companies signed agreements.",
            "One company signed an agreement.",
            "Investors met in Turkestan.",
        ]);
        assert_eq!(find(&idx, "company"), [0, 1]);
        assert_eq!(find(&idx, "companies"), [0, 1]);
        assert_eq!(find(&idx, "agreement"), [0, 1]);
        assert_eq!(find(&idx, "investor"), [2]);
        assert_eq!(find(&idx, "Turkestan"), [2]);
    }

    #[test]
    fn a_word_is_found_while_it_is_typed() {
        let idx = index(&[
            "Аким встретился с делегацией.",
            "Дело рассмотрено.",
            "The closing ceremony.",
            "Сотрудничество в области промышленности.",
        ]);
        assert_eq!(find(&idx, "делег"), [0]);
        assert_eq!(find(&idx, "д"), [0, 1]);
        // Every prefix of a word finds its document, and the results only narrow.
        for (word, doc) in [
            ("делегацией", 0),
            ("closing", 2),
            ("сотрудничество", 3),
            ("промышленности", 3),
        ] {
            let chars: Vec<char> = word.chars().collect();
            let mut previous = usize::MAX;
            for n in 1..=chars.len() {
                let prefix: String = chars[..n].iter().collect();
                let found = find(&idx, &prefix);
                assert!(found.contains(&doc), "{prefix}");
                assert!(found.len() <= previous, "{prefix}");
                previous = found.len();
            }
        }
        // A stem the typed letters overshoot by a non-ending does not count.
        let idx = index(&["План утверждён.", "Планетарий открыт."]);
        assert_eq!(find(&idx, "планетар"), [1]);
    }

    #[test]
    fn finished_words_are_not_widened() {
        let idx = index(&["Дело рассмотрено.", "Делегация прибыла."]);
        // The space says the word is finished: its stem "дел" still matches as a prefix,
        // like every word, but nothing beyond that.
        assert_eq!(find(&idx, "дело "), [0, 1]);
        assert_eq!(find(&idx, "делегация "), [1]);
    }

    #[test]
    fn every_word_of_the_query_must_match() {
        let idx = index(&[
            "Делегация из Китая прибыла в Туркестан.",
            "Делегация из Турции.",
            "Инвесторы из Китая.",
        ]);
        assert_eq!(find(&idx, "делегация китай"), [0]);
        assert_eq!(find(&idx, "китай делегация"), [0]);
        assert_eq!(find(&idx, "делегация"), [0, 1]);
        assert_eq!(find(&idx, "делегация япония"), Vec::<u32>::new());
        assert_eq!(find(&idx, "  китая,   инвесторы!  "), [2]);
        for query in ["китай", "Китаю", "китаем", "китае"] {
            assert_eq!(find(&idx, query), [0, 2], "{query}");
        }
    }

    #[test]
    fn remove_and_replace_update_results() {
        let mut idx = index(&["Делегация из Китая.", "Форум инвесторов.", "Делегация."]);
        assert_eq!(idx.len(), 3);
        idx.remove(0);
        assert_eq!(find(&idx, "делегация"), [2]);
        assert_eq!(find(&idx, "китай"), Vec::<u32>::new());
        assert_eq!(idx.len(), 2);
        idx.insert(1, &index_terms("Меморандум подписан."));
        assert_eq!(find(&idx, "форум"), Vec::<u32>::new());
        assert_eq!(find(&idx, "меморандум"), [1]);
        idx.insert(0, &index_terms("Китай и Казахстан."));
        assert_eq!(find(&idx, "китай"), [0]);
        assert_eq!(idx.len(), 3);
        idx.remove(7); // not there: nothing happens
        assert_eq!(idx.len(), 3);
    }

    #[test]
    fn dead_terms_are_swept_and_their_ids_reused() {
        let mut idx = SearchIndex::new();
        for doc in 0..3000u32 {
            idx.insert(doc, &[format!("слово{doc}"), "общее".to_string()]);
        }
        for doc in 0..2990 {
            idx.remove(doc);
        }
        assert!(idx.terms.len() < 3000, "{} terms kept", idx.terms.len());
        assert_eq!(find(&idx, "общее").len(), 10);
        assert_eq!(find(&idx, "слово2995"), [2995]);
        assert_eq!(find(&idx, "слово5"), Vec::<u32>::new());
        let ids = idx.postings.len();
        idx.insert(5, &["новое".to_string()]);
        assert_eq!(idx.postings.len(), ids, "a freed id is reused");
        assert_eq!(find(&idx, "новое"), [5]);
        assert_eq!(find(&idx, "нов"), [5]);
    }

    #[test]
    fn quotes_dashes_and_no_break_spaces_separate_words() {
        let idx = index(&[
            "АО\u{A0}«Казахтелеком»\u{202F}—\u{A0}партнёр форума",
            "“Silk\u{A0}Road”\u{2009}forum",
            "онлайн-конференция Нур-Султан",
        ]);
        assert_eq!(find(&idx, "казахтелеком"), [0]);
        assert_eq!(find(&idx, "«Казахтелеком»"), [0]);
        assert_eq!(find(&idx, "партнер"), [0]);
        assert_eq!(find(&idx, "ао"), [0]);
        assert_eq!(find(&idx, "road"), [1]);
        assert_eq!(find(&idx, "silk road"), [1]);
        assert_eq!(find(&idx, "конференция"), [2]);
        assert_eq!(find(&idx, "онлайн-конференция"), [2]);
        assert_eq!(find(&idx, "султан"), [2]);
    }

    #[test]
    fn invisible_characters_do_not_split_words() {
        let idx = index(&[
            "деле\u{AD}гация",   // soft hyphen
            "вла\u{301}сти",     // stress mark
            "мои\u{306} город",  // decomposed й
            "Е\u{308}лка",       // decomposed Ё
            "\u{FEFF}Ақтөбе",    // byte order mark
            "Түркі\u{200D}стан", // zero-width joiner
        ]);
        assert_eq!(find(&idx, "делегация"), [0]);
        assert_eq!(find(&idx, "власти"), [1]);
        assert_eq!(find(&idx, "мой"), [2]);
        assert_eq!(find(&idx, "елка"), [3]);
        assert_eq!(find(&idx, "ақтөбе"), [4]);
        assert_eq!(find(&idx, "Түркістан"), [5]);
    }

    #[test]
    fn mixed_scripts_are_folded() {
        // Latin "A" and "c" in Russian words, Latin "i" for the Kazakh "і".
        let idx = index(&["Aким области", "Туркестанcкая", "Түркiстан", "Kaspi Bank"]);
        assert_eq!(find(&idx, "аким"), [0]);
        assert_eq!(find(&idx, "туркестанская"), [1]);
        assert_eq!(find(&idx, "Түркістан"), [2]);
        assert_eq!(find(&idx, "kaspi"), [3]);
    }

    #[test]
    fn figures_are_found_as_written() {
        let idx = index(&[
            "Объём торговли составил 148,9 млн долларов.",
            "Trade reached $148.9 million.",
            "Привлечено 1\u{202F}250\u{A0}000 тенге.",
            "Attracted 1,250,000 tenge.",
            "Форум пройдёт 28.11.2026 в Туркестане.",
            "В 2026\u{A0}году 148 участников.",
        ]);
        assert_eq!(find(&idx, "148,9"), [0, 1]);
        assert_eq!(find(&idx, "148.9"), [0, 1]);
        assert_eq!(find(&idx, "148"), [0, 1, 5]);
        assert_eq!(find(&idx, "148,"), [0, 1, 5]);
        assert_eq!(find(&idx, "1250000"), [2, 3]);
        assert_eq!(find(&idx, "1 250 000"), [2, 3]);
        assert_eq!(find(&idx, "1\u{202F}250\u{202F}000"), [2, 3]);
        assert_eq!(find(&idx, "1,250,000"), [3]);
        assert_eq!(find(&idx, "1 250"), [2, 3]);
        assert_eq!(find(&idx, "28.11.2026"), [4]);
        assert_eq!(find(&idx, "28.11"), [4]);
        assert_eq!(find(&idx, "2026"), [4, 5]);
        // A year followed by another number is not a thousands group.
        assert_eq!(index_terms("2026 100"), ["100", "2026"]);
    }

    #[test]
    fn words_glued_to_digits_are_found_whole_and_by_parts() {
        let idx = index(&["Пандемия COVID-19 и COVID19", "В 2026г. открыто 5G"]);
        assert_eq!(find(&idx, "covid19"), [0]);
        assert_eq!(find(&idx, "covid"), [0]);
        assert_eq!(find(&idx, "19"), [0]);
        assert_eq!(find(&idx, "2026г"), [1]);
        assert_eq!(find(&idx, "2026"), [1]);
        assert_eq!(find(&idx, "5g"), [1]);
    }

    #[test]
    fn empty_queries_are_no_filter() {
        let idx = index(&["Делегация"]);
        for text in ["", "   ", "«» — ,.!?", "\u{A0}\u{202F}", "\u{AD}\u{301}"] {
            let query = Query::parse(text);
            assert!(query.is_empty(), "{text:?}");
            assert_eq!(idx.search(&query), None);
        }
        assert!(!Query::parse("д").is_empty());
        // An empty index answers queries with an empty set.
        let empty = SearchIndex::new();
        assert!(empty.is_empty());
        assert_eq!(empty.search(&Query::parse("д")).map(|s| s.len()), Some(0));
    }

    #[test]
    fn terms_are_sorted_unique_and_deterministic() {
        let text = "Делегация делегации ДЕЛЕГАЦИЕЙ, companies company 148,9 148.9";
        let terms = index_terms(text);
        assert_eq!(terms, index_terms(text));
        let mut sorted = terms.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(terms, sorted);
        assert_eq!(terms, ["148", "148,9", "9", "compani", "делегац"]);
    }

    #[test]
    fn quick_letter_tests_agree_with_unicode() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
            let mut quick = String::new();
            push_lowercase(&mut quick, c);
            let slow: String = c
                .to_lowercase()
                .filter(|l| !is_combining(*l))
                .map(|l| if l == 'ё' { 'е' } else { l })
                .collect();
            assert_eq!(quick, slow, "{c:?}");
        }
    }

    #[test]
    fn doc_sets_answer_membership_and_count() {
        let mut idx = SearchIndex::new();
        idx.insert(3, &index_terms("слово"));
        idx.insert(130, &index_terms("слово"));
        idx.insert(64, &index_terms("другое"));
        let set = idx.search(&Query::parse("слово")).unwrap();
        assert_eq!(set.len(), 2);
        assert!(set.contains(3) && set.contains(130));
        assert!(!set.contains(64) && !set.contains(4) && !set.contains(u32::MAX));
        assert_eq!(set.iter().collect::<Vec<_>>(), [3, 130]);
    }

    #[test]
    fn the_cache_form_round_trips() {
        let mut idx = index(&[
            "Делегация из Китая",
            "Түркістан облысы",
            "Companies 148,9",
            "",
        ]);
        idx.remove(1);
        let bytes = postcard::to_stdvec(&idx).unwrap();
        let back: SearchIndex = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back.len(), 3);
        for query in ["делег", "түркістан", "company", "148,9", "китай", "д"] {
            assert_eq!(
                back.search(&Query::parse(query)),
                idx.search(&Query::parse(query)),
                "{query}"
            );
        }
        // A damaged cache is refused, not misread: the same document twice in a posting.
        let mut bad = idx.clone();
        let id = bad.terms["делегац"] as usize;
        bad.postings[id] = vec![0, 0];
        let bytes = postcard::to_stdvec(&bad).unwrap();
        assert!(postcard::from_bytes::<SearchIndex>(&bytes).is_err());
    }

    #[test]
    fn control_characters_and_huge_input_do_not_break_anything() {
        let text = "ab\u{0}cd\u{1b}делегация\u{7}форум\r\n\t\u{FFFE}\u{FFFF}\u{10FFFF}";
        assert_eq!(index_terms(text), ["ab", "cd", "делегац", "форум"]);
        let blob = "я".repeat(1_000_000) + " " + &"1,".repeat(100_000) + &"9".repeat(10_000);
        let terms = index_terms(&blob);
        assert!(terms.iter().all(|t| t.chars().count() <= MAX_TERM_CHARS));
        let idx = index(&[&blob]);
        assert_eq!(find(&idx, &"я".repeat(10)), [0]);
        assert_eq!(find(&idx, &"я".repeat(100)), [0]);
        assert!(!Query::parse(&blob).is_empty());
    }

    /// Texts of words each in one script, between separators the archive really has.
    fn text_strategy() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            "[а-яё]{1,12}",
            "[А-ЯЁ][а-яё]{0,10}",
            "[әғқңөұүһіа-я]{1,12}",
            "[a-z]{1,12}",
            "[A-Z][a-z]{0,10}",
            "[0-9]{1,6}",
        ];
        let sep = prop_oneof![
            Just(" "),
            Just("\u{A0}"),
            Just("\u{202F}"),
            Just(", "),
            Just("."),
            Just(","),
            Just(" «"),
            Just("» "),
            Just("-"),
            Just("\n"),
        ];
        prop::collection::vec((word, sep), 1..20).prop_map(|pairs| {
            pairs
                .into_iter()
                .map(|(w, s)| w + s)
                .collect::<Vec<_>>()
                .concat()
        })
    }

    proptest! {
        #[test]
        fn any_text_and_query_is_handled(text in any::<String>(), query in any::<String>()) {
            let terms = index_terms(&text);
            prop_assert_eq!(&terms, &index_terms(&text));
            prop_assert!(terms.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(terms.iter().all(|t| !t.is_empty()));
            let mut idx = SearchIndex::new();
            idx.insert(0, &terms);
            let _ = idx.search(&Query::parse(&query));
            let _ = idx.search(&Query::parse(&text));
        }

        #[test]
        fn every_word_of_a_text_finds_it(text in text_strategy()) {
            let mut idx = SearchIndex::new();
            idx.insert(1, &index_terms(&text));
            idx.insert(0, &index_terms("посторонний текст"));
            // The whole text as a query, as if pasted.
            prop_assert!(idx.search(&Query::parse(&text)).unwrap().contains(1));
            for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                let found = idx.search(&Query::parse(word)).unwrap();
                prop_assert!(found.contains(1), "{:?} not found in {:?}", word, text);
                // Kazakh words and figures, kept whole, are found by any start.
                let kept_whole = word.chars().any(|c| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c))
                    || word.bytes().all(|b| b.is_ascii_digit());
                if kept_whole {
                    for (end, _) in word.char_indices().skip(1) {
                        let found = idx.search(&Query::parse(&word[..end])).unwrap();
                        prop_assert!(found.contains(1), "{:?} not found in {:?}", &word[..end], text);
                    }
                }
            }
        }
    }

    /// Timing on a synthetic archive of 10,000 releases of ~1200 words (400 per language).
    /// Run: `cargo test --release --no-default-features --lib archive::search::tests::measure
    /// -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn measure() {
        use std::time::Instant;
        let texts: Vec<String> = (0..10_000u64).map(synthetic_release).collect();
        let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
        let started = Instant::now();
        let terms: Vec<Vec<String>> = texts.iter().map(|t| index_terms(t)).collect();
        let analysis = started.elapsed();
        let started = Instant::now();
        let mut idx = SearchIndex::new();
        for (doc, terms) in terms.iter().enumerate() {
            idx.insert(doc as u32, terms);
        }
        let insert = started.elapsed();
        let postings: usize = terms.iter().map(Vec::len).sum();
        println!(
            "{} documents, {:.0} words each, {} distinct terms, {:.0} terms per document",
            texts.len(),
            words as f64 / texts.len() as f64,
            idx.terms.len(),
            postings as f64 / texts.len() as f64
        );
        println!("analysis (index_terms) {analysis:.2?}, inserting {insert:.2?}");
        println!("index heap ≈ {:.1} MB", idx.heap_bytes() as f64 / 1e6);
        drop(terms);

        let started = Instant::now();
        let bytes = postcard::to_stdvec(&idx).unwrap();
        let written = started.elapsed();
        let started = Instant::now();
        let back: SearchIndex = postcard::from_bytes(&bytes).unwrap();
        println!(
            "cache form {:.1} MB, written in {written:.2?}, read in {:.2?}, heap after reading ≈ {:.1} MB",
            bytes.len() as f64 / 1e6,
            started.elapsed(),
            back.heap_bytes() as f64 / 1e6
        );
        drop(back);

        let started = Instant::now();
        idx.insert(5000, &index_terms(&synthetic_release(123_456)));
        idx.remove(4000);
        println!(
            "replacing and removing one document {:.2?}",
            started.elapsed()
        );

        for query in [
            "д",
            "п",
            "a",
            "1",
            "т",
            "дел",
            "сот",
            "com",
            "түр",
            "қаз",
            "делегация",
            "делегацией",
            "Түркістанда",
            "companies",
            "148,9",
            "делегация Түркістан",
            "сотрудничество investment",
            "д п",
            "делегация китай инвест",
        ] {
            let mut times = Vec::new();
            let mut found = 0;
            for _ in 0..21 {
                let started = Instant::now();
                let set = idx.search(&Query::parse(query)).unwrap();
                times.push(started.elapsed());
                found = set.len();
            }
            times.sort();
            println!(
                "{query:>28}: {found:>5} found, median {:>9.2?}, max {:>9.2?}",
                times[10], times[20]
            );
        }
    }

    /// A release of about 400 Russian, 400 Kazakh and 400 English words, with figures and
    /// made-up names so the vocabulary has a long tail like a real archive's.
    fn synthetic_release(seed: u64) -> String {
        const RU_STEMS: &[&str] = &[
            "делегаци",
            "встреч",
            "сотрудничеств",
            "област",
            "город",
            "аким",
            "инвестици",
            "проект",
            "форум",
            "соглашени",
            "меморандум",
            "предприяти",
            "развити",
            "экономик",
            "торговл",
            "отношени",
            "стран",
            "регион",
            "президент",
            "правительств",
            "министр",
            "программ",
            "строительств",
            "завод",
            "производств",
            "сельск",
            "хозяйств",
            "туризм",
            "культур",
            "образовани",
            "здравоохранени",
            "школ",
            "больниц",
            "дорог",
            "транспорт",
            "энергетик",
            "газ",
            "вод",
            "электричеств",
            "технологи",
            "цифров",
            "бизнес",
            "предпринимател",
            "компани",
            "партнер",
            "визит",
            "переговор",
            "встретил",
            "обсудил",
            "подписал",
            "отметил",
            "подчеркнул",
            "заявил",
            "сообщил",
            "пригласил",
            "открыт",
            "запуск",
            "выставк",
            "конференци",
            "заседани",
            "совет",
            "комисси",
            "решени",
            "вопрос",
            "задач",
            "цел",
            "результат",
            "показател",
            "рост",
            "объем",
            "прирост",
            "доход",
            "бюджет",
            "средств",
            "финансировани",
            "кредит",
            "банк",
            "рын",
            "экспорт",
            "импорт",
            "продукци",
            "товар",
            "услуг",
            "качеств",
            "стандарт",
            "специалист",
            "работник",
            "молодеж",
            "студент",
            "университет",
            "наук",
            "исследовани",
            "иннова",
            "стратеги",
            "план",
            "этап",
            "период",
            "год",
            "месяц",
            "недел",
            "ден",
            "врем",
            "мест",
            "центр",
            "столиц",
            "провинци",
            "народ",
            "дружб",
            "добрососедств",
            "партнерств",
            "шелков",
            "пут",
            "духовн",
            "тюркск",
            "мир",
            "Туркестан",
            "Китай",
            "Казахстан",
            "Сычуан",
            "Мяньян",
            "Шымкент",
            "Астан",
        ];
        const RU_ENDINGS: &[&str] = &[
            "",
            "а",
            "ы",
            "е",
            "у",
            "ой",
            "ом",
            "ами",
            "ах",
            "ия",
            "ии",
            "ией",
            "ий",
            "ого",
            "ому",
            "ых",
            "ыми",
            "ение",
            "ения",
            "ением",
            "ать",
            "ает",
            "ают",
            "ал",
            "ала",
            "или",
            "ости",
            "ость",
            "ую",
            "ая",
        ];
        const KK_STEMS: &[&str] = &[
            "Түркістан",
            "облыс",
            "әкім",
            "делегация",
            "кездесу",
            "ынтымақтастық",
            "қала",
            "аудан",
            "инвестиция",
            "жоба",
            "форум",
            "келісім",
            "кәсіпорын",
            "даму",
            "экономика",
            "сауда",
            "қарым",
            "қатынас",
            "ел",
            "өңір",
            "Президент",
            "үкімет",
            "министр",
            "бағдарлама",
            "құрылыс",
            "зауыт",
            "өндіріс",
            "ауыл",
            "шаруашылық",
            "туризм",
            "мәдениет",
            "білім",
            "денсаулық",
            "мектеп",
            "аурухана",
            "жол",
            "көлік",
            "энергетика",
            "су",
            "технология",
            "цифрлық",
            "бизнес",
            "кәсіпкер",
            "серіктес",
            "сапар",
            "келіссөз",
            "кездесті",
            "талқылады",
            "қол",
            "қойды",
            "атап",
            "өтті",
            "шақырды",
            "ашылу",
            "көрме",
            "конференция",
            "отырыс",
            "кеңес",
            "шешім",
            "мәселе",
            "міндет",
            "нәтиже",
            "көрсеткіш",
            "өсім",
            "көлем",
            "табыс",
            "бюджет",
            "қаражат",
            "банк",
            "нарық",
            "экспорт",
            "өнім",
            "тауар",
            "қызмет",
            "сапа",
            "маман",
            "жастар",
            "студент",
            "университет",
            "ғылым",
            "зерттеу",
            "стратегия",
            "жоспар",
            "кезең",
            "жыл",
            "ай",
            "апта",
            "күн",
            "уақыт",
            "орын",
            "орталық",
            "астана",
            "провинция",
            "халық",
            "достық",
            "Жібек",
            "жолы",
            "рухани",
            "түркі",
            "әлем",
            "Қытай",
            "Қазақстан",
            "Шымкент",
            "Алматы",
        ];
        const KK_SUFFIXES: &[&str] = &[
            "", "", "да", "дағы", "ға", "ның", "мен", "тар", "тер", "лар", "дар", "ды", "ін", "ы",
            "қа", "дан", "ында", "ының", "сы", "нің", "лері",
        ];
        const EN_WORDS: &[&str] = &[
            "delegation",
            "meeting",
            "cooperation",
            "region",
            "city",
            "governor",
            "investment",
            "project",
            "forum",
            "agreement",
            "memorandum",
            "enterprise",
            "development",
            "economy",
            "trade",
            "relation",
            "country",
            "president",
            "government",
            "minister",
            "programme",
            "construction",
            "plant",
            "production",
            "agriculture",
            "tourism",
            "culture",
            "education",
            "health",
            "school",
            "hospital",
            "road",
            "transport",
            "energy",
            "gas",
            "water",
            "technology",
            "digital",
            "business",
            "entrepreneur",
            "company",
            "partner",
            "visit",
            "negotiation",
            "met",
            "discuss",
            "sign",
            "note",
            "stress",
            "state",
            "report",
            "invite",
            "open",
            "launch",
            "exhibition",
            "conference",
            "session",
            "council",
            "commission",
            "decision",
            "issue",
            "task",
            "goal",
            "result",
            "indicator",
            "growth",
            "volume",
            "income",
            "budget",
            "fund",
            "credit",
            "bank",
            "market",
            "export",
            "import",
            "product",
            "good",
            "service",
            "quality",
            "standard",
            "specialist",
            "youth",
            "student",
            "university",
            "science",
            "research",
            "strategy",
            "plan",
            "stage",
            "year",
            "month",
            "week",
            "day",
            "time",
            "place",
            "centre",
            "capital",
            "province",
            "people",
            "friendship",
            "silk",
            "way",
            "spiritual",
            "Turkic",
            "world",
            "China",
            "Kazakhstan",
            "Turkestan",
            "Sichuan",
            "Mianyang",
        ];
        const EN_SUFFIXES: &[&str] = &["", "", "", "s", "ed", "ing", "es", "al", "ly"];
        const SYLLABLES: &[&str] = &[
            "ка", "ра", "ман", "бек", "жан", "нур", "сул", "тан", "ас", "ан", "ер", "ол", "ай",
            "гуль", "дар", "хан", "ли", "ми", "ян", "чэн", "тай", "ба", "ур", "са", "ке", "мир",
            "зат", "бол", "лат", "ден",
        ];
        let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut out = String::new();
        let name = |next: &mut dyn FnMut(usize) -> usize, out: &mut String| {
            for _ in 0..2 + next(3) {
                out.push_str(SYLLABLES[next(SYLLABLES.len())]);
            }
        };
        for language in 0..3 {
            for i in 0..400 {
                match next(40) {
                    0 => name(&mut next, &mut out),
                    1 => out.push_str(&next(3000).to_string()),
                    2 => out.push_str(&format!("{},{}", next(1000), next(10))),
                    _ => match language {
                        0 => {
                            out.push_str(RU_STEMS[next(RU_STEMS.len())]);
                            out.push_str(RU_ENDINGS[next(RU_ENDINGS.len())]);
                        }
                        1 => {
                            out.push_str(KK_STEMS[next(KK_STEMS.len())]);
                            out.push_str(KK_SUFFIXES[next(KK_SUFFIXES.len())]);
                        }
                        _ => {
                            out.push_str(EN_WORDS[next(EN_WORDS.len())]);
                            out.push_str(EN_SUFFIXES[next(EN_SUFFIXES.len())]);
                        }
                    },
                }
                out.push_str(if i % 12 == 11 { ". " } else { " " });
            }
            out.push('\n');
        }
        out
    }
}
