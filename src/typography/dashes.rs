//! Dashes: a hyphen typed between spaces, dialogue, and ranges of numbers, months or days.

use std::borrow::Cow;

use super::engine::{Context, Rule};
use super::scan::{
    DASHES, EM_DASH, EN_DASH, Edit, LETTER, LOWER, NBSP, Pattern, PerLanguage, UPPER, char_at,
    char_before, is_inline_space, is_letter, replace_matches, rewrite,
};
use super::{EnglishDash, words};
use crate::language::Language;

// Found from the dash (a quick literal search); the spaces before it are checked by hand.
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
fn spaced<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    rewrite(text, &SPACED_DASH, |caps| {
        let dash = caps.get(1)?;
        let after = caps.get(2)?;
        let spaces_start = text[..dash.start()].trim_end_matches([' ', NBSP]).len();
        if spaces_start == dash.start() {
            return None; // no space before: a hyphen in a word, or a suffix
        }
        if spaces_start == 0 || char_before(text, spaces_start) == Some('\n') {
            return None; // a dash after nothing but spaces opens a line: direct speech
        }
        let whole = spaces_start..after.end();
        let after = after.as_str();
        let replacement = match (ctx.lang, ctx.settings.english_dash) {
            (Language::En, EnglishDash::ClosedEm) if after == "\n" => format!("{EM_DASH}\n"),
            (Language::En, EnglishDash::ClosedEm) => EM_DASH.to_string(),
            (Language::En, EnglishDash::SpacedEn) => format!("{NBSP}{EN_DASH}{after}"),
            _ => format!("{NBSP}{EM_DASH}{after}"),
        };
        Some(Edit::new(whole, replacement))
    })
}

/// A dash opening a line, or a paragraph of pasted HTML (`<p>- Ты придёшь?`).
static LINE_START_DASH: Pattern = Pattern::new(
    || format!(r"(?m)(^|<p>|<li>)({DASHES})[ \u{{00A0}}]"),
    &["- ", "-\u{a0}", "‒", "–", "—"],
);
static DASH_AFTER_SENTENCE: Pattern = Pattern::new(
    || format!(r"([.…?!])[ \u{{00A0}}]({DASHES})[ \u{{00A0}}]"),
    &["- ", "-\u{a0}", "‒", "–", "—"],
);
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
    let text = replace_matches(text, &DASH_AFTER_QUOTE, |caps| {
        let mark = caps.get(1)?;
        // Any quote mark after a word closes the quotation, whichever way it was typed (the
        // quotes rule, which runs later, will turn it round).
        let after_word = !matches!(
            char_before(text, mark.start()),
            None | Some(' ' | '\n' | NBSP)
        );
        if matches!(mark.as_str(), "«" | "„") && !after_word {
            return None;
        }
        Some(format!("{}{NBSP}{EM_DASH} ", mark.as_str()))
    });
    let text = super::scan::chain(text, |t| {
        replace_matches(t, &LINE_START_DASH, |caps| {
            let opening = caps.get(1).map_or("", |m| m.as_str());
            Some(format!("{opening}{EM_DASH}{NBSP}"))
        })
    });
    super::scan::chain(text, |t| {
        replace_matches(t, &DASH_AFTER_SENTENCE, |caps| {
            let mark = caps.get(1)?;
            if mark.as_str() == "." && follows_abbreviation(t, mark.start()) {
                return None; // `в 2024 г. — 150`: the period ends an abbreviation, not a sentence
            }
            Some(format!("{} {EM_DASH}{NBSP}", mark.as_str()))
        })
    })
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

    proptest! {
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
