//! Dashes: a hyphen typed between spaces, dialogue, and ranges of numbers, months or days.

use std::borrow::Cow;
use std::ops::Range;

use super::engine::{Context, Rule};
use super::scan::{
    DASHES, EM_DASH, EN_DASH, Edit, LETTER, LOWER, NBSP, Pattern, PerLanguage, UPPER, chain,
    char_at, char_before, is_inline_space, is_letter, rewrite, rewrite_found,
};
use super::{EnglishDash, words};
use crate::language::Language;

// The pattern the spaced-dash rule reads by hand (see `next_spaced_dash`).
#[cfg(test)]
static SPACED_DASH: Pattern = Pattern::new(
    || format!(r"({DASHES})([ \u{{00A0}}\n])"),
    &["- ", "-\u{a0}", "-\n", "‒", "–", "—"],
);

pub(crate) const SPACED: Rule = Rule::new(
    "dash/spaced",
    "A hyphen between spaces becomes a dash, kept on the line of the word before it",
    "Туркестан - духовная столица",
    spaced,
);

/// Russian and Kazakh: no-break space, em dash, the space that was there. English follows
/// the profile: closed em dash (Chicago), spaced em dash (AP) or spaced en dash (Oxford).
///
/// The dashes of this rule and of [`direct_speech`] are read without patterns: nearly
/// every release has a dash between spaces, and their four patterns were a millisecond of
/// an export's start. A test compares each search with its old pattern on random texts.
fn spaced<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    rewrite_found(text, next_spaced_dash, |found| {
        spaced_edit(text, found, ctx)
    })
}

/// The next dash with a space, a no-break space or a line's end after it, as the pattern
/// `(--|-|‒|–|—)([ \u{00A0}\n])` finds it.
fn next_spaced_dash(text: &str, from: usize) -> Option<Range<usize>> {
    text[from..].char_indices().find_map(|(offset, _)| {
        let i = from + offset;
        let dash_end = dash_at(text, i)?;
        let end = space_at(text, dash_end)
            .or_else(|| (text.as_bytes().get(dash_end) == Some(&b'\n')).then_some(dash_end + 1))?;
        Some(i..end)
    })
}

fn spaced_edit(text: &str, found: Range<usize>, ctx: &Context) -> Option<Edit> {
    let after = &text[found.clone()][dash_at(&text[found.clone()], 0)?..];
    let spaces_start = text[..found.start].trim_end_matches([' ', NBSP]).len();
    if spaces_start == found.start {
        return None; // no space before: a hyphen in a word, or a suffix
    }
    if spaces_start == 0 || char_before(text, spaces_start) == Some('\n') {
        return None; // a dash after nothing but spaces opens a line: direct speech
    }
    let whole = spaces_start..found.end;
    let replacement = match (ctx.lang, ctx.settings.english_dash) {
        (Language::En, EnglishDash::ClosedEm) if after == "\n" => format!("{EM_DASH}\n"),
        (Language::En, EnglishDash::ClosedEm) => EM_DASH.to_string(),
        (Language::En, EnglishDash::SpacedEn) => format!("{NBSP}{EN_DASH}{after}"),
        _ => format!("{NBSP}{EM_DASH}{after}"),
    };
    Some(Edit::new(whole, replacement))
}

/// [`spaced`] as its pattern, which it must equal.
#[cfg(test)]
fn spaced_by_pattern<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    rewrite(text, &SPACED_DASH, |caps| {
        spaced_edit(text, caps.get(0)?.range(), ctx)
    })
}

/// Where a dash as typed — `--`, `-`, `‒`, `–`, `—` — that starts at `i` ends.
fn dash_at(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    if rest.starts_with("--") {
        return Some(i + 2);
    }
    let c = rest.chars().next()?;
    matches!(c, '-' | '‒' | '–' | '—').then(|| i + c.len_utf8())
}

/// Where a space or a no-break space that starts at `i` ends.
fn space_at(text: &str, i: usize) -> Option<usize> {
    let c = text.get(i..)?.chars().next()?;
    matches!(c, ' ' | NBSP).then(|| i + c.len_utf8())
}

/// The patterns [`direct_speech`] reads by hand: a dash opening a line or a paragraph of
/// pasted HTML (`<p>- Ты придёшь?`), after a finished sentence, after a quote or a comma.
#[cfg(test)]
static LINE_START_DASH: Pattern = Pattern::new(
    || format!(r"(?m)(^|<p>|<li>)({DASHES})[ \u{{00A0}}]"),
    &["- ", "-\u{a0}", "‒", "–", "—"],
);
#[cfg(test)]
static DASH_AFTER_SENTENCE: Pattern = Pattern::new(
    || format!(r"([.…?!])[ \u{{00A0}}]({DASHES})[ \u{{00A0}}]"),
    &["- ", "-\u{a0}", "‒", "–", "—"],
);
#[cfg(test)]
static DASH_AFTER_QUOTE: Pattern = Pattern::new(
    || format!(r#"([,»"“”‘’«„])[ \u{{00A0}}]?({DASHES})[ \u{{00A0}}]"#),
    &["- ", "-\u{a0}", "‒", "–", "—"],
);

pub(crate) const DIRECT_SPEECH: Rule = Rule::new(
    "dash/direct-speech",
    "Dashes of dialogue and attribution: «…», — отметил; a line opening with a dash",
    "«Добро пожаловать», – отметил аким.\n- Спасибо!",
    direct_speech,
);

/// `», — сказал`: no-break space before the dash, keeping it with the quote.
/// A dash opening a line or following a finished sentence starts a speaker's words: it
/// stays with the word after it.
fn direct_speech<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    let text = rewrite_found(text, next_dash_after_quote, |found| {
        dash_after_quote_edit(text, found)
    });
    let text = chain(text, |t| {
        rewrite_found(t, next_line_start_dash, |found| line_start_edit(t, found))
    });
    chain(text, |t| {
        rewrite_found(t, next_dash_after_sentence, |found| {
            dash_after_sentence_edit(t, found)
        })
    })
}

/// [`direct_speech`] with its patterns, which it must equal.
#[cfg(test)]
fn direct_speech_by_patterns<'t>(text: &'t str) -> Cow<'t, str> {
    let whole = |caps: &regex::Captures| caps.get(0).map(|m| m.range());
    let text = rewrite(text, &DASH_AFTER_QUOTE, |caps| {
        dash_after_quote_edit(text, whole(caps)?)
    });
    let text = chain(text, |t| {
        rewrite(t, &LINE_START_DASH, |caps| line_start_edit(t, whole(caps)?))
    });
    chain(text, |t| {
        rewrite(t, &DASH_AFTER_SENTENCE, |caps| {
            dash_after_sentence_edit(t, whole(caps)?)
        })
    })
}

/// A quote mark or a comma, a space or none, a dash, a space:
/// `([,»"“”‘’«„])[ \u{00A0}]?(--|-|‒|–|—)[ \u{00A0}]`.
fn next_dash_after_quote(text: &str, from: usize) -> Option<Range<usize>> {
    text[from..].char_indices().find_map(|(offset, c)| {
        if !matches!(c, ',' | '»' | '"' | '“' | '”' | '‘' | '’' | '«' | '„') {
            return None;
        }
        let start = from + offset;
        let mark_end = start + c.len_utf8();
        let dash_start = space_at(text, mark_end).unwrap_or(mark_end);
        let end = space_at(text, dash_at(text, dash_start)?)?;
        Some(start..end)
    })
}

fn dash_after_quote_edit(text: &str, found: Range<usize>) -> Option<Edit> {
    let mark = text[found.start..].chars().next()?;
    // Any quote mark after a word closes the quotation, whichever way it was typed (the
    // quotes rule, which runs later, will turn it round).
    let after_word = !matches!(
        char_before(text, found.start),
        None | Some(' ' | '\n' | NBSP)
    );
    if matches!(mark, '«' | '„') && !after_word {
        return None;
    }
    Some(Edit::new(found, format!("{mark}{NBSP}{EM_DASH} ")))
}

/// A dash and a space at the start of a line, or after `<p>` or `<li>`:
/// `(?m)(^|<p>|<li>)(--|-|‒|–|—)[ \u{00A0}]`.
fn next_line_start_dash(text: &str, from: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    (from..text.len()).find_map(|i| {
        let line_start = i == 0 || bytes[i - 1] == b'\n';
        let dash_after = |opening: usize| space_at(text, dash_at(text, i + opening)?);
        let end = line_start
            .then(|| dash_after(0))
            .flatten()
            .or_else(|| {
                bytes[i..]
                    .starts_with(b"<p>")
                    .then(|| dash_after(3))
                    .flatten()
            })
            .or_else(|| {
                bytes[i..]
                    .starts_with(b"<li>")
                    .then(|| dash_after(4))
                    .flatten()
            })?;
        Some(i..end)
    })
}

fn line_start_edit(text: &str, found: Range<usize>) -> Option<Edit> {
    let opening = ["<p>", "<li>"]
        .into_iter()
        .find(|opening| text[found.start..].starts_with(opening))
        .unwrap_or("");
    Some(Edit::new(found, format!("{opening}{EM_DASH}{NBSP}")))
}

/// A sentence's last mark, one space, a dash, a space: `([.…?!])[ \u{00A0}](--|-|‒|–|—)[ \u{00A0}]`.
fn next_dash_after_sentence(text: &str, from: usize) -> Option<Range<usize>> {
    text[from..].char_indices().find_map(|(offset, c)| {
        if !matches!(c, '.' | '…' | '?' | '!') {
            return None;
        }
        let start = from + offset;
        let dash_start = space_at(text, start + c.len_utf8())?;
        let end = space_at(text, dash_at(text, dash_start)?)?;
        Some(start..end)
    })
}

fn dash_after_sentence_edit(text: &str, found: Range<usize>) -> Option<Edit> {
    let mark = text[found.start..].chars().next()?;
    if mark == '.' && follows_abbreviation(text, found.start) {
        return None; // `в 2024 г. — 150`: the period ends an abbreviation, not a sentence
    }
    Some(Edit::new(found, format!("{mark} {EM_DASH}{NBSP}")))
}

/// True when the word ending at `end` is an abbreviation that takes a period.
fn follows_abbreviation(text: &str, end: usize) -> bool {
    let word_start = text[..end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_letter(c))
        .last()
        .map_or(end, |(i, _)| i);
    let word = &text[word_start..end];
    !word.is_empty() && words::PERIOD_ABBREVIATIONS.contains(&word)
}

// ----- ranges -----

static NUMBER_RANGE: Pattern = Pattern::new(
    || {
        let time = r"[0-9]{1,2}:[0-5][0-9]";
        let arabic = r"[0-9]+(?:[.,][0-9]+)?";
        let roman = r"[IVXLCDM]+";
        let gap = r"([ \u{00A0}]?)";
        format!(
            r"(?P<t1>{time}){gap}(?:{DASHES}){gap}(?P<t2>{time})|(?P<r1>{roman}){gap}(?:{DASHES}){gap}(?P<r2>{roman})|(?P<a1>{arabic}){gap}(?:{DASHES}){gap}(?P<a2>{arabic})"
        )
    },
    &["-", "‒", "–", "—"],
);

/// Words after a spaced range that show it is one (years, centuries, months): `2024 - 2025
/// гг.`. Without them a spaced dash between numbers is read as a dash, as in
/// `в 2023 — 150`, and left alone.
static RANGE_CONTEXT: PerLanguage = PerLanguage::new(|lang| {
    let whole_words = words::word_pattern(words::year_words(lang));
    let months = words::word_pattern_capitalised(words::months(lang));
    format!(r"^[ \u{{00A0}}]?(?:(?:{whole_words})(?:[^{LETTER}]|$)|{months})")
});

pub(crate) const NUMBER_RANGE_RULE: Rule = Rule::new(
    "dash/number-range",
    "Ranges of numbers, years, times and centuries take an en dash: 2024–2025, 9:00–18:00",
    "в 2024-2025 годах, с 9:00-18:00, XIX-XX вв.",
    number_range,
);

/// Whether some dash has a number (digits or a Roman numeral) on each side, one space
/// allowed: every range the pattern finds has, and most dashes in a release stand between
/// words, so this is looked at before the pattern is compiled.
fn dash_between_numbers(text: &str) -> bool {
    const DASH: [char; 4] = ['-', '‒', '–', '—'];
    let number_edge = |c: char| c.is_ascii_digit() || "IVXLCDM".contains(c);
    text.match_indices(DASH).any(|(at, dash)| {
        let left = text[..at].trim_end_matches(DASH);
        let right = text[at + dash.len()..].trim_start_matches(DASH);
        let spaced_left = left.strip_suffix([' ', NBSP]).unwrap_or(left);
        let spaced_right = right.strip_prefix([' ', NBSP]).unwrap_or(right);
        (left.ends_with(number_edge) || spaced_left.ends_with(number_edge))
            && (right.starts_with(number_edge) || spaced_right.starts_with(number_edge))
    })
}

fn number_range<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    if !super::scan::worth_looking(dash_between_numbers(text)) {
        return Cow::Borrowed(text);
    }
    ranges(text, ctx)
}

fn ranges<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    rewrite(text, &NUMBER_RANGE, |caps| {
        let whole = caps.get(0)?;
        let spaced = caps
            .iter()
            .skip(1)
            .flatten()
            .any(|m| m.as_str().chars().all(|c| c == ' ' || c == NBSP) && !m.is_empty());
        let before = char_before(text, whole.start());
        let after = char_at(text, whole.end());
        let (first, second) = if let (Some(a), Some(b)) = (caps.name("t1"), caps.name("t2")) {
            if matches!(before, Some(c) if c.is_ascii_digit() || c == ':')
                || matches!(after, Some(c) if c.is_ascii_digit() || c == ':')
            {
                return None;
            }
            (a, b)
        } else if let (Some(a), Some(b)) = (caps.name("r1"), caps.name("r2")) {
            let free =
                |c: Option<char>| !matches!(c, Some(c) if is_letter(c) || c.is_ascii_digit());
            if !free(before) || !free(after) || !is_increasing_roman(a.as_str(), b.as_str()) {
                return None;
            }
            (a, b)
        } else {
            let (a, b) = (caps.name("a1")?, caps.name("a2")?);
            if !is_free_arabic_range(text, whole.start(), whole.end())
                || !is_increasing(a.as_str(), b.as_str())
            {
                return None;
            }
            if spaced && !RANGE_CONTEXT.get(ctx.lang).is_match(&text[whole.end()..]) {
                return None;
            }
            (a, b)
        };
        Some(Edit::new(
            whole.range(),
            format!("{}{EN_DASH}{}", first.as_str(), second.as_str()),
        ))
    })
}

/// A range stands on its own: not a piece of a code, a phone number or a date
/// (`8-701-555-12-34`, `2024-01-15`, `К52-2`, `1 000-999`).
fn is_free_arabic_range(text: &str, start: usize, end: usize) -> bool {
    let (before, two_before) = super::scan::two_chars_before(text, start);
    if let Some(c) = before {
        if is_letter(c) || c.is_ascii_digit() || "-–—−‒./:,+№#_".contains(c) {
            return false;
        }
        // `1 000-999`: the first number is the tail of a grouped one.
        if is_inline_space(c) && matches!(two_before, Some(d) if d.is_ascii_digit()) {
            return false;
        }
    }
    let mut rest = text[end..].chars();
    match rest.next() {
        None => true,
        Some(c) if c.is_ascii_digit() || c == ':' || c == '/' => false,
        Some('-' | '–' | '‒' | '.' | ',') => {
            !matches!(rest.next(), Some(c) if c.is_ascii_digit())
        }
        Some(c) => !is_letter(c),
    }
}

/// True when `a` < `b`, reading a shortened second year as the first's ending
/// (`1980-90`, `2024-25`).
fn is_increasing(a: &str, b: &str) -> bool {
    let parse = |s: &str| s.replace(',', ".").parse::<f64>().ok();
    let (Some(x), Some(y)) = (parse(a), parse(b)) else {
        return false;
    };
    let whole = |s: &str| !s.contains(['.', ',']);
    if whole(a) && whole(b) && b.len() < a.len() && !b.starts_with('0') {
        let tail = &a[a.len() - b.len()..];
        return tail.parse::<u64>().is_ok_and(|t| (t as f64) < y);
    }
    if whole(b) && b.starts_with('0') && b.len() > 1 {
        return false; // `2024-01`: a month, not a range
    }
    x < y
}

fn is_increasing_roman(a: &str, b: &str) -> bool {
    matches!((roman_value(a), roman_value(b)), (Some(x), Some(y)) if x < y)
}

/// The value of a well-formed Roman numeral up to 3999; `None` for anything else
/// (`CD` is 400, `DVD` is not a numeral).
fn roman_value(s: &str) -> Option<u32> {
    let digit = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let values: Vec<u32> = s.chars().map(digit).collect::<Option<_>>()?;
    let mut total = 0;
    for (i, &v) in values.iter().enumerate() {
        match values.get(i + 1) {
            Some(&next) if next > v => total -= v as i64,
            _ => total += v as i64,
        }
    }
    let value = u32::try_from(total).ok().filter(|&v| v > 0 && v < 4000)?;
    // Only the canonical spelling counts: IIII or VX are not numerals.
    (to_roman(value) == s).then_some(value)
}

fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, letters) in TABLE {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

pub(crate) const WORD_RANGE_RULE: Rule = Rule::new(
    "dash/word-range",
    "Ranges of months and weekdays take an en dash: январь–март, понедельник–пятница",
    "в январе-марте, с понедельника - по пятницу",
    word_range,
);

/// Looks at each dash and the words on either side (one space allowed each way): when both
/// are month or weekday names (in any case form), the dash and its spaces become an en dash.
fn word_range<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    if !text.contains(['-', '–', '—', '‒']) {
        return Cow::Borrowed(text);
    }
    let names: Vec<&str> = words::months(ctx.lang)
        .iter()
        .chain(words::weekdays(ctx.lang))
        .copied()
        .collect();
    let is_name = |word: &str| words::prefix_at(word, 0, &names).is_some();
    let mut edits: Vec<(usize, usize)> = Vec::new();
    // Dashes are `-` or start with the byte E2 in UTF-8: look at bytes, decode only there.
    let candidates = text
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'-' || b == 0xE2)
        .filter_map(|(i, _)| Some((i, char_at(text, i)?)));
    for (index, c) in candidates {
        if !matches!(c, '-' | '–' | '—' | '‒') || edits.last().is_some_and(|&(_, end)| index < end)
        {
            continue;
        }
        let mut dash_end = index + c.len_utf8();
        if c == '-' && text[dash_end..].starts_with('-') {
            dash_end += 1;
        }
        let left = text[..index]
            .strip_suffix([' ', NBSP])
            .unwrap_or(&text[..index]);
        let right = text[dash_end..]
            .strip_prefix([' ', NBSP])
            .unwrap_or(&text[dash_end..]);
        let left_word_start = left
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_letter(c))
            .last()
            .map(|(i, _)| i);
        let right_word_len = right
            .char_indices()
            .find(|&(_, c)| !is_letter(c))
            .map_or(right.len(), |(i, _)| i);
        let (Some(word_start), true) = (left_word_start, right_word_len > 0) else {
            continue;
        };
        if is_name(&left[word_start..]) && is_name(&right[..right_word_len]) {
            let right_start = text.len() - right.len();
            edits.push((left.len(), right_start));
        }
    }
    if edits.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (start, end) in edits {
        out.push_str(&text[copied..start]);
        out.push(EN_DASH);
        copied = end;
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

static GLUED_SUFFIX_DASH: Pattern = Pattern::new(
    || format!(r"({UPPER}{LOWER}+)[ \u{{00A0}}]-({LOWER}{{2,}})"),
    &[" -", "\u{a0}-"],
);

pub(crate) const SURNAME: Rule = Rule::new(
    "dash/pseudonym",
    "A name followed by “ -он” becomes a dash: Николай —он",
    "Николай -он",
    surname,
);

/// Bibliographic shortening of a pseudonym (`Николай —он`): a capitalised word, a space
/// and a hyphen glued to a lowercase ending.
fn surname<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    rewrite(text, &GLUED_SUFFIX_DASH, |caps| {
        let name = caps.get(1)?;
        let ending = caps.get(2)?;
        if matches!(char_before(text, name.start()), Some(c) if is_letter(c)) {
            return None;
        }
        Some(Edit::new(
            name.end()..ending.start(),
            format!("{NBSP}{EM_DASH}"),
        ))
    })
}

/// This module's patterns, for the test of their `needs`.
#[cfg(test)]
pub(super) fn patterns() -> Vec<&'static Pattern> {
    vec![
        &SPACED_DASH,
        &LINE_START_DASH,
        &DASH_AFTER_SENTENCE,
        &DASH_AFTER_QUOTE,
        &NUMBER_RANGE,
        &GLUED_SUFFIX_DASH,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typography::TypographySettings;
    use crate::typography::engine::test_support::apply_alone;
    use proptest::prelude::*;

    /// Texts of dashes as typed, spaces, line breaks, sentence marks, quotes, pasted HTML
    /// and words (an abbreviation among them), for the dash searches read by hand.
    const DASH_TEXTS: &str = "((\\.|…|\\?|!|,|»|«|\"|“|”|‘|’|„|<p>|<li>|<p|\n|г\\.|слово|Ә)?( |\u{a0})?(-|--|---|‒|–|—)?( |\u{a0}|\n)?(слово|Ә|x)?){0,8}";

    proptest! {
        /// The spaced dash read by hand does what its pattern did, in each language and
        /// each English dash style.
        #[test]
        fn the_spaced_dash_reads_as_its_pattern_did(text in DASH_TEXTS) {
            for english_dash in [EnglishDash::ClosedEm, EnglishDash::SpacedEm, EnglishDash::SpacedEn] {
                let settings = TypographySettings { english_dash, ..TypographySettings::default() };
                for lang in Language::ALL {
                    let ctx = Context::new(lang, &settings);
                    prop_assert_eq!(spaced(&text, &ctx), spaced_by_pattern(&text, &ctx));
                }
            }
        }

        /// The dashes of direct speech read by hand do what their patterns did.
        #[test]
        fn the_dashes_of_speech_read_as_their_patterns_did(text in DASH_TEXTS) {
            let settings = TypographySettings::default();
            let ctx = Context::new(Language::Ru, &settings);
            prop_assert_eq!(direct_speech(&text, &ctx), direct_speech_by_patterns(&text));
        }

        /// The look for a dash between numbers never keeps the pattern from a text it
        /// would change: texts of numbers, Roman numerals, dashes, spaces and words.
        #[test]
        fn the_quick_look_misses_no_range(
            text in "([0-9]{1,4}|[IVXLCDM]{1,3}|9:00|-|--|‒|–|—| |\u{a0}|г\\.|годы|а|\\.|,){0,12}"
        ) {
            let settings = TypographySettings::default();
            for lang in Language::ALL {
                let ctx = Context::new(lang, &settings);
                prop_assert_eq!(number_range(&text, &ctx), ranges(&text, &ctx));
            }
        }
    }

    fn run(rule: Rule, lang: Language, text: &str) -> String {
        apply_alone(rule, lang, text)
    }

    #[test]
    fn a_dash_after_a_quote_stays_with_it_and_a_speakers_dash_with_the_word_after() {
        let ru = |t| run(DIRECT_SPEECH, Language::Ru, t);
        assert_eq!(
            ru("«Добро пожаловать», - отметил аким."),
            "«Добро пожаловать»,\u{a0}— отметил аким."
        );
        assert_eq!(
            ru("«Спасибо»– сказал гость."),
            "«Спасибо»\u{a0}— сказал гость."
        );
        assert_eq!(
            ru("Итоги подведены. - Всё?"),
            "Итоги подведены. —\u{a0}Всё?"
        );
        assert_eq!(ru("в 2024 г. - 150"), "в 2024 г. - 150");
        assert_eq!(ru("Вопрос\n-- Ответ"), "Вопрос\n—\u{a0}Ответ");
        assert_eq!(ru("<li>- пункт"), "<li>—\u{a0}пункт");
    }

    #[test]
    fn spaced_hyphen_becomes_em_dash_after_no_break_space() {
        assert_eq!(
            run(SPACED, Language::Ru, "Правда - небольшая ложь"),
            "Правда\u{a0}— небольшая ложь"
        );
        // English follows the profile; the default is AP’s spaced em dash.
        assert_eq!(
            run(SPACED, Language::En, "serious - and"),
            "serious\u{a0}— and"
        );
    }

    #[test]
    fn ranges_need_increasing_ends() {
        let ru = |t| run(NUMBER_RANGE_RULE, Language::Ru, t);
        assert_eq!(ru("1-3, 2024-2025, 1980-90-е"), "1–3, 2024–2025, 1980–90-е");
        assert_eq!(
            ru("2052-2015, 8-701-555-12-34, 2024-01-15"),
            "2052-2015, 8-701-555-12-34, 2024-01-15"
        );
        assert_eq!(ru("XX - XXI"), "XX–XXI");
        assert_eq!(ru("в 2023 — 150"), "в 2023 — 150");
        assert_eq!(ru("2024 — 2025 гг."), "2024–2025 гг.");
    }

    #[test]
    fn roman_numerals_are_validated() {
        assert_eq!(roman_value("XXI"), Some(21));
        assert_eq!(roman_value("CD"), Some(400));
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(roman_value("DVD"), None);
    }
}
