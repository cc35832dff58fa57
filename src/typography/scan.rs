//! The tools every rule is built from: character classes and one rewriting loop.
//!
//! Rules use the `regex` crate, which matches in linear time but has no look-around. The
//! rewriting loop gives look-around back without losing linearity: a rule's pattern may
//! match more than it changes (the context around the change), the rule decides from the
//! captures and the characters around the match whether to edit, and the search resumes
//! right after the part it changed, so the trailing context can start the next match.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use regex::{Captures, Regex};

use crate::language::Language;

pub(crate) const NBSP: char = crate::language::units::NBSP;
pub(crate) const NNBSP: char = crate::language::units::NNBSP;
pub(crate) const THIN_SPACE: char = '\u{2009}';
pub(crate) const EM_DASH: char = '—';
pub(crate) const EN_DASH: char = '–';

/// A letter in a pattern (see [`crate::language::LETTER_PATTERN`]).
pub(crate) const LETTER: &str = crate::language::LETTER_PATTERN;
/// A capital letter in a pattern (see [`LETTER`]).
pub(crate) const UPPER: &str = crate::language::CAPITAL_PATTERN;
/// A small letter in a pattern (see [`LETTER`]).
pub(crate) const LOWER: &str = crate::language::SMALL_PATTERN;

/// What the user may type for a dash: hyphen, double hyphen, figure dash, en and em dash.
/// (Regex alternation; the double hyphen comes first so it wins over the single one.)
pub(crate) const DASHES: &str = "--|-|‒|–|—";

/// One change: replace `range` of the original text with `with`.
pub(crate) struct Edit {
    pub range: Range<usize>,
    pub with: String,
}

impl Edit {
    pub fn new(range: Range<usize>, with: impl Into<String>) -> Self {
        Edit {
            range,
            with: with.into(),
        }
    }
}

/// Applies `edit` to every match of `re` in `text`, left to right.
///
/// `edit` sees the captures (positions are in `text`) and returns the change to make, or
/// `None` to leave this match alone. The next search starts where the change ended (or at
/// the end of a match left alone), so a rule can look at characters after its change
/// without swallowing them. Edits that would overlap an earlier one are dropped, which
/// keeps the loop safe whatever a rule returns. Returns the text unchanged (borrowed) when
/// nothing was edited.
pub(crate) fn rewrite<'t>(
    text: &'t str,
    pattern: &impl Search,
    mut edit: impl FnMut(&Captures<'t>) -> Option<Edit>,
) -> Cow<'t, str> {
    let Some(re) = pattern.in_text(text) else {
        return Cow::Borrowed(text);
    };
    rewrite_each(
        text,
        |pos| {
            let caps = re.captures_at(text, pos)?;
            Some((caps.get(0).map_or(pos..pos, |m| m.range()), caps))
        },
        |caps| edit(caps),
    )
}

/// [`rewrite`] with a hand-made search: `find(text, from)` gives the next match's range at
/// or after `from`, as a pattern's leftmost match would. For rules read without a pattern.
pub(crate) fn rewrite_found<'t>(
    text: &'t str,
    find: impl Fn(&str, usize) -> Option<Range<usize>>,
    mut edit: impl FnMut(Range<usize>) -> Option<Edit>,
) -> Cow<'t, str> {
    rewrite_each(
        text,
        |pos| find(text, pos).map(|range| (range.clone(), range)),
        |range| edit(range.clone()),
    )
}

/// The next of `marks` in `text` at or after `from` (a character boundary): what a pattern
/// of one character class, such as `[.!?…]`, finds, without compiling one (each such
/// compile took 40–90 µs of an export).
pub(crate) fn next_mark(text: &str, from: usize, marks: &[char]) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    if let [mark] = marks
        && mark.is_ascii()
    {
        let start = from + memchr::memchr(*mark as u8, &bytes[from..])?;
        return Some(start..start + 1);
    }
    // Bytes, not characters: a mark's first byte is never inside another character (UTF-8
    // continuation bytes are 0x80–0xBF), so the search decodes only where a mark may begin.
    let mut firsts = [0u8; 8];
    assert!(marks.len() <= firsts.len(), "a set of up to eight marks");
    for (first, mark) in firsts.iter_mut().zip(marks) {
        *first = mark.encode_utf8(&mut [0; 4]).as_bytes()[0];
    }
    let firsts = &firsts[..marks.len()];
    let mut at = from;
    loop {
        let start = at + bytes[at..].iter().position(|byte| firsts.contains(byte))?;
        let found = text[start..].chars().next()?;
        if marks.contains(&found) {
            return Some(start..start + found.len_utf8());
        }
        at = start + found.len_utf8();
    }
}

/// The loop of [`rewrite`]: `next(pos)` finds the next match at or after `pos` (its whole
/// range and what the edit reads), `edit` decides.
fn rewrite_each<'t, M>(
    text: &'t str,
    mut next: impl FnMut(usize) -> Option<(Range<usize>, M)>,
    mut edit: impl FnMut(&M) -> Option<Edit>,
) -> Cow<'t, str> {
    let mut out: Option<String> = None;
    let mut copied = 0; // `text[..copied]` is already in `out`
    let mut pos = 0;
    while pos <= text.len() {
        let Some((whole, found)) = next(pos) else {
            break;
        };
        // Always move forward by at least one character, even after an empty match.
        let step = next_boundary(text, whole.start);
        pos = match edit(&found) {
            Some(change) if is_valid(text, &change.range, copied) => {
                let buffer = out.get_or_insert_with(|| String::with_capacity(text.len() + 32));
                buffer.push_str(&text[copied..change.range.start]);
                buffer.push_str(&change.with);
                copied = change.range.end;
                change.range.end.max(step)
            }
            _ => whole.end.max(step),
        };
    }
    match out {
        None => Cow::Borrowed(text),
        Some(mut buffer) => {
            buffer.push_str(&text[copied..]);
            Cow::Owned(buffer)
        }
    }
}

/// Applies edits sorted by position and not overlapping (as the rules produce them).
pub(crate) fn apply_edits(text: &str, edits: Vec<Edit>) -> Cow<'_, str> {
    if edits.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + edits.len() * 2);
    let mut copied = 0;
    for edit in edits {
        if !is_valid(text, &edit.range, copied) {
            continue;
        }
        out.push_str(&text[copied..edit.range.start]);
        out.push_str(&edit.with);
        copied = edit.range.end;
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// The usual case of [`rewrite`]: replace the whole match with what `with` returns.
pub(crate) fn replace_matches<'t>(
    text: &'t str,
    re: &impl Search,
    mut with: impl FnMut(&Captures<'t>) -> Option<String>,
) -> Cow<'t, str> {
    rewrite(text, re, |caps| {
        let whole = caps.get(0)?.range();
        with(caps).map(|replacement| Edit::new(whole, replacement))
    })
}

fn is_valid(text: &str, range: &Range<usize>, copied: usize) -> bool {
    range.start >= copied
        && range.start <= range.end
        && range.end <= text.len()
        && text.is_char_boundary(range.start)
        && text.is_char_boundary(range.end)
}

/// The byte index just after the character that starts at `index` (or `index + 1` past the end).
fn next_boundary(text: &str, index: usize) -> usize {
    match text.get(index..).and_then(|rest| rest.chars().next()) {
        Some(c) => index + c.len_utf8(),
        None => index + 1,
    }
}

/// The character just before byte `index`, if any.
pub(crate) fn char_before(text: &str, index: usize) -> Option<char> {
    text.get(..index)?.chars().next_back()
}

/// The character starting at byte `index`, if any.
pub(crate) fn char_at(text: &str, index: usize) -> Option<char> {
    text.get(index..)?.chars().next()
}

/// The two characters just before byte `index`, nearest first.
pub(crate) fn two_chars_before(text: &str, index: usize) -> (Option<char>, Option<char>) {
    let mut before = text.get(..index).unwrap_or("").chars().rev();
    (before.next(), before.next())
}

/// True when `text` contains any of `needles`: a quick test that lets a rule whose
/// pattern cannot be searched for by a literal skip texts it has nothing to do in.
pub(crate) fn contains_any(text: &str, needles: &[&str]) -> bool {
    needles.iter().any(|needle| text.contains(needle))
}

/// Where `needle` begins in `text`, each time, as `str::match_indices` finds them (one
/// match's end is where the next search starts), with memchr's vector search: the rules'
/// quick looks scan a long paragraph for words such as «то» several times each, and
/// `str`'s scalar search was a tenth of typesetting one.
pub(crate) fn find_all<'t>(text: &'t str, needle: &'t str) -> impl Iterator<Item = usize> + 't {
    memchr::memmem::find_iter(text.as_bytes(), needle.as_bytes())
}

/// A letter of any script (Cyrillic, Kazakh, Latin, ...), answered quickly for ours.
pub(crate) use crate::language::is_letter;

/// A space that stays on the line: ordinary, no-break, narrow no-break, thin, tab.
pub(crate) fn is_inline_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | NBSP | NNBSP | THIN_SPACE)
}

/// True when `c` (the character before a word) lets the word start there: start of text,
/// any space or line break, an opening bracket or quote, or the end of a tag (`<p>`). Not
/// an apostrophe: `I'm` is one word.
pub(crate) fn opens_word(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || "([{«„“\"‚‘>‹".contains(c),
    }
}

/// Joins words into a regex alternation, longest first so that the longer wins.
#[cfg(test)]
pub(crate) fn alternation(words: &[&str]) -> String {
    let mut sorted: Vec<&str> = words.to_vec();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    sorted
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// Whether a rule goes on to its pattern, given `found`: what its quick look for the
/// characters every change stands on found. The quick looks keep most patterns from being
/// compiled at all; a test makes every look say yes and checks that typesetting gives the
/// same text (`typography::tests`).
pub(crate) fn worth_looking(found: bool) -> bool {
    found || looks_ignored()
}

#[cfg(test)]
thread_local! {
    /// Set by tests: every quick look says yes.
    pub(crate) static IGNORE_LOOKS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(test)]
fn looks_ignored() -> bool {
    IGNORE_LOOKS.with(std::cell::Cell::get)
}

#[cfg(not(test))]
fn looks_ignored() -> bool {
    false
}

/// What a rule searches with: a compiled regex, or a [`Pattern`] that compiles for texts
/// that can hold a match.
pub(crate) trait Search {
    /// The regex to search `text` with, or `None` when `text` cannot hold a match.
    fn in_text(&self, text: &str) -> Option<&Regex>;
}

impl Search for Regex {
    fn in_text(&self, _: &str) -> Option<&Regex> {
        Some(self)
    }
}

/// A rule's pattern, compiled on its first use, and only for a text that holds one of its
/// `needs`: strings that every match contains. Most texts have none of most rules' marks
/// («№», «(c)», «гг.», a rouble sign), and compiling the patterns was most of a short
/// command's time. Empty `needs`: any text may hold a match. Tests check each pattern's
/// `needs` against the pattern itself (see `needs_are_sound`).
pub(crate) struct Pattern {
    build: fn() -> String,
    needs: &'static [&'static str],
    regex: OnceLock<Regex>,
}

impl Pattern {
    pub const fn new(build: fn() -> String, needs: &'static [&'static str]) -> Self {
        Pattern {
            build,
            needs,
            regex: OnceLock::new(),
        }
    }

    /// Whether `text` has one of the strings every match contains.
    pub fn may_match(&self, text: &str) -> bool {
        worth_looking(self.needs.is_empty() || self.needs.iter().any(|need| text.contains(need)))
    }

    /// The compiled pattern (for tests that compare it with its `needs`).
    #[cfg(test)]
    pub fn source_and_needs(&self) -> (String, &'static [&'static str]) {
        ((self.build)(), self.needs)
    }
}

impl Search for Pattern {
    fn in_text(&self, text: &str) -> Option<&Regex> {
        self.may_match(text)
            .then(|| self.regex.get_or_init(|| compile(&(self.build)())))
    }
}

/// Compiles a pattern that is part of the program; a typo in one is a bug caught by tests.
pub(crate) fn compile(pattern: &str) -> Regex {
    match Regex::new(pattern) {
        Ok(re) => re,
        Err(error) => panic!("typography pattern does not compile: {error}\n{pattern}"),
    }
}

/// A regex per language, compiled on first use: for rules whose word lists differ by language.
pub(crate) struct PerLanguage {
    build: fn(Language) -> String,
    ru: OnceLock<Regex>,
    kk: OnceLock<Regex>,
    en: OnceLock<Regex>,
}

impl PerLanguage {
    pub const fn new(build: fn(Language) -> String) -> Self {
        PerLanguage {
            build,
            ru: OnceLock::new(),
            kk: OnceLock::new(),
            en: OnceLock::new(),
        }
    }

    pub fn get(&self, lang: Language) -> &Regex {
        let cell = match lang {
            Language::Ru => &self.ru,
            Language::Kk => &self.kk,
            Language::En => &self.en,
        };
        cell.get_or_init(|| compile(&(self.build)(lang)))
    }
}

/// Turns an owned result of one step into the input of the next, avoiding copies when a
/// step changed nothing.
pub(crate) fn chain<'t>(
    text: Cow<'t, str>,
    step: impl FnOnce(&str) -> Cow<'_, str>,
) -> Cow<'t, str> {
    match text {
        Cow::Borrowed(borrowed) => step(borrowed),
        Cow::Owned(owned) => {
            // A borrowed result is a slice of the input: the whole of it (nothing changed)
            // or a part (a rule that only trims).
            let changed = match step(&owned) {
                Cow::Borrowed(part) if part.len() == owned.len() => None,
                Cow::Borrowed(part) => Some(part.to_string()),
                Cow::Owned(changed) => Some(changed),
            };
            Cow::Owned(changed.unwrap_or(owned))
        }
    }
}

/// Whether every match of `pattern` contains one of `needs`: each match begins with one
/// of the pattern's prefix literals or ends with one of its suffix literals, and each of
/// those holds a need; or a part every match has (a group, a repeated part, all branches
/// of an alternation, a run of a sequence) does.
#[cfg(test)]
pub(crate) fn needs_are_sound(pattern: &str, needs: &[&str]) -> bool {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    use regex_syntax::hir::{Hir, HirKind};

    fn holds(hir: &Hir, needs: &[&str]) -> bool {
        let has_need = |literal: &[u8]| {
            needs.iter().any(|need| {
                literal
                    .windows(need.len())
                    .any(|part| part == need.as_bytes())
            })
        };
        let by_literals = [ExtractKind::Prefix, ExtractKind::Suffix]
            .into_iter()
            .any(|kind| {
                let seq = Extractor::new().kind(kind).extract(hir);
                seq.literals().is_some_and(|literals| {
                    !literals.is_empty() && literals.iter().all(|l| has_need(l.as_bytes()))
                })
            });
        by_literals
            || match hir.kind() {
                HirKind::Capture(group) => holds(&group.sub, needs),
                HirKind::Repetition(repeat) => repeat.min > 0 && holds(&repeat.sub, needs),
                HirKind::Alternation(branches) => branches.iter().all(|b| holds(b, needs)),
                HirKind::Concat(parts) => (0..parts.len()).any(|from| {
                    (from + 1..=parts.len())
                        .filter(|&to| to - from < parts.len())
                        .any(|to| holds(&Hir::concat(parts[from..to].to_vec()), needs))
                }),
                _ => false,
            }
    }
    needs.is_empty() || holds(&regex_syntax::Parser::new().parse(pattern).unwrap(), needs)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// [`next_mark`] finds what each one-character pattern it stands in for found.
        #[test]
        fn marks_are_found_where_their_patterns_found_them(
            text in "(а|b|\\.|!|\\?|…|%|‰|‱|,|:| |\u{a0}|1|ё){0,16}",
            from in 0usize..40,
        ) {
            for (pattern, marks) in [
                ("[.!?…]", &['.', '!', '?', '…'][..]),
                ("[%‰‱]", &['%', '‰', '‱']),
                (",", &[',']),
                (":", &[':']),
            ] {
                let from = (0..=from.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap();
                let by_pattern = compile(pattern).find_at(&text, from).map(|m| m.range());
                proptest::prop_assert_eq!(next_mark(&text, from, marks), by_pattern);
            }
        }
    }

    #[test]
    fn needs_are_checked_against_the_pattern() {
        assert!(needs_are_sound(r"([0-9])[ ]?[xх][ ]?([0-9])", &["x", "х"]));
        assert!(needs_are_sound(r"(?i)\((c|с|r|tm)\)", &["("]));
        assert!(needs_are_sound(r"([A-Z][a-z]+) -([a-z]{2,})", &[" -"]));
        // «х» (Cyrillic) is missing, a need inside an optional part proves nothing.
        assert!(!needs_are_sound(r"([0-9])[ ]?[xх][ ]?([0-9])", &["x"]));
        assert!(!needs_are_sound(r"a(?:bc)?d", &["bc"]));
        assert!(!needs_are_sound(r"(?m)^ +", &["  "]));
    }

    #[test]
    fn rewrite_resumes_after_the_change_so_context_can_be_shared() {
        // Each "a " becomes "a~", the space after one word is the context before the next.
        let re = compile(r"a ");
        let result = rewrite("a a a b", &re, |caps| {
            let m = caps.get(0)?;
            Some(Edit::new(m.end() - 1..m.end(), "~"))
        });
        assert_eq!(result, "a~a~a~b");
    }

    #[test]
    fn rewrite_ignores_edits_that_go_backwards() {
        let re = compile(r"b");
        let result = rewrite("abc", &re, |_| Some(Edit::new(0..0, "x")));
        assert_eq!(result, "xabc");
        let result = rewrite("abcb", &re, |_| Some(Edit::new(0..1, "x")));
        assert_eq!(result, "xbcb");
    }

    #[test]
    fn rewrite_survives_empty_matches_and_multibyte_text() {
        let re = compile(r"\b");
        let result = rewrite("ёж 🦔", &re, |caps| {
            let m = caps.get(0)?;
            Some(Edit::new(m.range(), "|"))
        });
        assert_eq!(result, "|ёж| 🦔");
    }

    #[test]
    fn chain_keeps_a_trimmed_slice() {
        let text = chain(Cow::Owned(" a ".to_string()), |t| Cow::Borrowed(t.trim()));
        assert_eq!(text, "a");
    }

    #[test]
    fn chain_keeps_borrowed_text_when_nothing_changes() {
        let text = chain(Cow::Borrowed("abc"), |t| Cow::Borrowed(t));
        assert!(matches!(text, Cow::Borrowed(_)));
    }
}
