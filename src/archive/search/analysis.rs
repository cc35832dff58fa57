//! Analysis: text to the words and figures a person would search it by (see the module
//! above for the rules).

use std::cell::RefCell;
use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use super::MAX_TERM_CHARS;

/// What analysis produces, in text order.
pub(super) trait Sink {
    /// A word or figure as a user would type it: a query word, and an index term.
    fn word(&mut self, piece: Piece);
    /// Another form the text is found by (a figure's groups, a glued word's parts): indexed
    /// only, a query asks for the whole.
    fn extra(&mut self, term: String);
}

pub(super) struct Piece {
    pub(super) term: String,
    pub(super) raw: String,
    pub(super) stemmed: bool,
    /// Nothing follows it in the text: in a query, the word may be unfinished.
    pub(super) at_end: bool,
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

pub(super) fn analyse(text: &str, sink: &mut impl Sink) {
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
pub(super) fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric() || ('А'..='я').contains(&c) || (!c.is_ascii() && c.is_alphanumeric())
}

pub(super) fn push_lowercase(buf: &mut String, c: char) {
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

pub(super) fn is_combining(c: char) -> bool {
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
    ///
    /// Remembered per thread: the same few thousand words make up most of every release,
    /// and stemming them again was the largest part of reading an archive.
    fn term(&self, word: &str) -> (String, bool) {
        /// Enough for an office's working vocabulary in three languages; a few megabytes.
        const REMEMBERED: usize = 1 << 16;
        /// Word → its term and whether a stemmer made it.
        type Stems = HashMap<Box<str>, (Box<str>, bool)>;
        thread_local! {
            static STEMS: RefCell<Stems> = RefCell::new(HashMap::new());
        }
        STEMS.with_borrow_mut(|stems| {
            if let Some((term, stemmed)) = stems.get(word) {
                return (term.to_string(), *stemmed);
            }
            let (term, stemmed) = self.stem(word);
            if stems.len() >= REMEMBERED {
                stems.clear();
            }
            stems.insert(word.into(), (term.as_str().into(), stemmed));
            (term, stemmed)
        })
    }

    fn stem(&self, word: &str) -> (String, bool) {
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
