//! No-break spaces that keep a number with what it counts or what names it: № 5, 148 млн,
//! 25 км, 2026 г., 28 ноября.

use std::borrow::Cow;

use super::engine::{Context, Rule};
use super::scan::{
    Edit, LETTER, NBSP, NNBSP, Pattern, PerLanguage, Search, char_at, char_before, is_letter,
    rewrite,
};
use super::words;
use crate::language::Language;

static NUMBER_SIGN_GAP: Pattern = Pattern::new(
    || r"([№§¶]+)([ \u{00A0}\u{2009}\u{202F}]?)(?:[0-9IVXLC]|п/п)".to_string(),
    &["№", "§", "¶"],
);

pub(crate) const NUMBER_SIGN: Rule = Rule::new(
    "nbsp/number-sign",
    "№, § and ¶ stay with their number, after a narrow no-break space",
    "приказ №15, § 3",
    number_sign,
);

fn number_sign<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    rewrite(text, &NUMBER_SIGN_GAP, |caps| {
        let sign = caps.get(1)?;
        let gap = caps.get(2)?;
        let space = if ctx.lang == Language::En || sign.as_str().starts_with('¶') {
            NBSP
        } else {
            NNBSP
        };
        Some(Edit::new(gap.range(), space.to_string()))
    })
}

// ----- scale words and units -----
//
// These rules start from the numbers in the text: a scan for digits is far cheaper than a
// pattern that begins with a digit, which the regex engine would have to try at every
// character.

/// Calls `edit` with the start and end of every run of ASCII digits; applies the edits it
/// returns, in order, dropping any that would overlap an earlier one.
fn at_each_number<'t>(
    text: &'t str,
    mut edit: impl FnMut(usize, usize) -> Option<Edit>,
) -> Cow<'t, str> {
    let bytes = text.as_bytes();
    let mut edits: Vec<Edit> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if let Some(change) = edit(start, i)
            && edits
                .last()
                .is_none_or(|last| last.range.end <= change.range.start)
        {
            edits.push(change);
        }
    }
    super::scan::apply_edits(text, edits)
}

/// The end of the gap after a number: one ordinary or no-break space, or none.
fn skip_gap(text: &str, index: usize) -> usize {
    match char_at(text, index) {
        Some(c @ (' ' | NBSP)) => index + c.len_utf8(),
        _ => index,
    }
}

pub(crate) const NUMBER_SCALE_RULE: Rule = Rule::new(
    "nbsp/number-scale",
    "A number stays with тыс., млн, млрд after it",
    "148,9 млн, 24 млрд, 5тыс.",
    number_scale,
);

fn number_scale<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    glue_after_number(text, words::scale_words(ctx.lang), true)
}

/// After a number, the gap before a word of `list` becomes a no-break space, unless the
/// number is part of a code (`B2 м`).
fn glue_after_number<'t>(text: &'t str, list: &[&str], capitalised: bool) -> Cow<'t, str> {
    at_each_number(text, |_, end| {
        let gap_end = skip_gap(text, end);
        words::word_at(text, gap_end, list, capitalised)?;
        if number_is_glued(text, end - 1) || &text[end..gap_end] == "\u{a0}" {
            return None;
        }
        Some(Edit::new(end..gap_end, NBSP.to_string()))
    })
}

/// True when the digit at `index` ends a code glued to letters (`B2 м`, `К52 м`). The
/// number is followed back over its digits and the marks between digits (`1,5`, `1 500`).
fn number_is_glued(text: &str, index: usize) -> bool {
    let mut start = index;
    let mut before = text[..index].char_indices().rev().peekable();
    while let Some((i, c)) = before.next() {
        let joins_digits = matches!(c, ',' | '.' | NNBSP | NBSP | ' ' | '\u{2009}')
            && before.peek().is_some_and(|&(_, d)| d.is_ascii_digit());
        if c.is_ascii_digit() || joins_digits {
            start = i;
        } else {
            break;
        }
    }
    matches!(char_before(text, start), Some(c) if is_letter(c))
}

pub(crate) const SCALE_UNIT: Rule = Rule::new(
    "nbsp/scale-unit",
    "млн, млрд stay with the currency or unit after them: 148,9\u{a0}млн\u{a0}долларов",
    "148,9 млн долларов, 24 млрд тенге",
    scale_unit,
);

fn scale_unit<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    at_each_number(text, |_, end| {
        let gap_end = skip_gap(text, end);
        let scale_end = words::word_at(text, gap_end, words::scale_words(ctx.lang), false)?;
        if !text[scale_end..].starts_with(' ') || number_is_glued(text, end - 1) {
            return None;
        }
        let unit_start = scale_end + 1;
        let is_sign = text[unit_start..].starts_with(['$', '€', '₸', '₽', '¥', '£', '%']);
        if !is_sign && words::word_at(text, unit_start, words::units(ctx.lang), false).is_none() {
            return None;
        }
        Some(Edit::new(scale_end..unit_start, NBSP.to_string()))
    })
}

pub(crate) const NUMBER_UNIT_RULE: Rule = Rule::new(
    "nbsp/number-unit",
    "A number stays with its unit or currency: 25\u{a0}км, 1200\u{a0}га, 500\u{a0}тенге",
    "25 км, 1200 га, 500 тенге, 300dpi",
    number_unit,
);

fn number_unit<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    glue_after_number(text, words::units(ctx.lang), false)
}

pub(crate) const SUPERSCRIPT: Rule = Rule::new(
    "symbols/square-cubic",
    "м2 and м3 after a number become м² and м³",
    "площадью 1200 м2, 40 м3",
    superscript,
);

fn superscript<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    const LENGTHS: [&str; 10] = ["мм", "см", "дм", "км", "м", "mm", "cm", "dm", "km", "m"];
    at_each_number(text, |_, end| {
        let unit_start = skip_gap(text, end);
        let unit = LENGTHS
            .iter()
            .find(|unit| text[unit_start..].starts_with(**unit))?;
        let power = unit_start + unit.len();
        let sign = match text[power..].chars().next()? {
            '2' => "²",
            '3' => "³",
            _ => return None,
        };
        let free_after =
            !matches!(char_at(text, power + 1), Some(c) if is_letter(c) || c.is_ascii_digit());
        if !free_after || number_is_glued(text, end - 1) {
            return None;
        }
        Some(Edit::new(power..power + 1, sign))
    })
}

// ----- years, centuries, dates -----

static DOUBLED_ABBREVIATION: Pattern = Pattern::new(
    || r"([0-9]{4}|[IVXLC]+)([ \u{00A0}]?)(г|в)\.[ \u{00A0}]?(г|в)\.".to_string(),
    &["г.", "в."],
);

static CENTURY_ABBREVIATION: PerLanguage = PerLanguage::new(|lang| {
    let list = match lang {
        Language::Ru => r"вв\.|в\.|вв|в".to_string(),
        Language::Kk => format!(r"ғғ\.|ғ\.|ғасыр{LETTER}*"),
        Language::En => "$^".to_string(),
    };
    format!(r"([IVXLC]+)([ \u{{00A0}}]?)({list})")
});

pub(crate) const YEAR: Rule = Rule::new(
    "nbsp/year",
    "A year stays with г., a century with в.; «г. г.» becomes «гг.»",
    "в 2026 г., 2012-2015 г.г., XX в.",
    year,
);

fn year<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    // Quick tests first: most texts have no doubled abbreviation and no Roman numeral.
    let doubled = ["г. г.", "г.г.", "г.\u{a0}г.", "в. в.", "в.в.", "в.\u{a0}в."];
    let has_doubled = ctx.lang == Language::Ru && super::scan::contains_any(text, &doubled);
    let has_roman = text.contains(['I', 'V', 'X', 'L', 'C']);
    // `2012-2015 г. г.` → `2012-2015 гг.`: only a space and a period go.
    let text = if !has_doubled {
        Cow::Borrowed(text)
    } else {
        rewrite(text, &DOUBLED_ABBREVIATION, |caps| {
            let number = caps.get(1)?;
            let first = caps.get(3)?.as_str();
            let second = caps.get(4)?.as_str();
            let whole = caps.get(0)?;
            if first != second
                || ctx.lang != Language::Ru
                || starts_inside_word(text, number.start())
            {
                return None;
            }
            if matches!(char_at(text, whole.end()), Some(c) if is_letter(c)) {
                return None;
            }
            Some(Edit::new(
                number.end()..whole.end(),
                format!("{NBSP}{first}{second}."),
            ))
        })
    };
    let text = super::scan::chain(text, |t| glue_year_abbreviation(t, ctx.lang));
    if !has_roman {
        return text;
    }
    super::scan::chain(text, |t| {
        glue_abbreviation(t, CENTURY_ABBREVIATION.get(ctx.lang))
    })
}

fn starts_inside_word(text: &str, start: usize) -> bool {
    matches!(char_before(text, start), Some(c) if is_letter(c) || c.is_ascii_digit())
}

/// A four-digit year, its gap and `г.` (Kazakh `ж.`, `жылы`): the gap becomes a no-break
/// space. Found from the numbers, which is quicker than a pattern starting with digits.
fn glue_year_abbreviation(text: &str, lang: Language) -> Cow<'_, str> {
    let list: &[&str] = match lang {
        Language::Ru => &["гг.", "г.", "гг", "г"],
        Language::Kk => &["жж.", "ж.", "жыл*"],
        Language::En => return Cow::Borrowed(text),
    };
    at_each_number(text, |start, end| {
        if end - start != 4 || starts_inside_word(text, start) {
            return None;
        }
        let gap_end = skip_gap(text, end);
        let word_end = words::word_at(text, gap_end, list, false)?;
        let word = &text[gap_end..word_end];
        let short_without_period = word.chars().count() <= 2 && !word.ends_with('.');
        if short_without_period && char_at(text, word_end).is_some_and(char::is_whitespace) {
            return None; // `2024 г Москва`: more likely a stray letter than the abbreviation
        }
        (&text[end..gap_end] != "\u{a0}").then(|| Edit::new(end..gap_end, NBSP.to_string()))
    })
}

/// (number)(gap)(abbreviation): the gap becomes a no-break space. An abbreviation without its
/// period (`XX в`) only counts before punctuation or the end: otherwise it is the
/// preposition «в».
fn glue_abbreviation<'t>(text: &'t str, re: &impl Search) -> Cow<'t, str> {
    rewrite(text, re, |caps| {
        let number = caps.get(1)?;
        let gap = caps.get(2)?;
        let word = caps.get(3)?;
        if starts_inside_word(text, number.start()) {
            return None;
        }
        let after = char_at(text, word.end());
        if matches!(after, Some(c) if is_letter(c) || c.is_ascii_digit()) {
            return None;
        }
        let short_without_period =
            word.as_str().chars().count() <= 2 && !word.as_str().ends_with('.');
        if short_without_period && matches!(after, Some(c) if c.is_whitespace()) {
            return None;
        }
        Some(Edit::new(gap.range(), NBSP.to_string()))
    })
}

static MONTH_THEN_DAY: PerLanguage = PerLanguage::new(|lang| {
    if lang != Language::En {
        return "$^".to_string();
    }
    let months = words::word_pattern_capitalised(words::months(lang));
    format!(r"({months}){LETTER}*( )([0-9]{{1,2}})")
});

pub(crate) const DAY_MONTH_RULE: Rule = Rule::new(
    "nbsp/day-month",
    "A day stays with its month: 28\u{a0}ноября",
    "28 ноября 2026 года",
    day_month,
);

fn day_month<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    let months = words::months(ctx.lang);
    let text = at_each_number(text, |start, end| {
        let before = char_before(text, start);
        let glued = matches!(before, Some(c) if c.is_ascii_digit() || c == '-' || is_letter(c) || c == '.' || c == ',');
        if end - start > 2 || glued || !text[end..].starts_with(' ') {
            return None;
        }
        words::prefix_at(text, end + 1, months)?;
        Some(Edit::new(end..end + 1, NBSP.to_string()))
    });
    if ctx.lang != Language::En {
        // Only English writes the month first (November 28); the never-matching pattern the
        // other languages have is not even compiled.
        return text;
    }
    super::scan::chain(text, |t| {
        rewrite(t, MONTH_THEN_DAY.get(ctx.lang), |caps| {
            let month = caps.get(1)?;
            let gap = caps.get(2)?;
            let day = caps.get(3)?;
            let free = !matches!(char_before(t, month.start()), Some(c) if is_letter(c))
                && !matches!(char_at(t, day.end()), Some(c) if c.is_ascii_digit());
            free.then(|| Edit::new(gap.range(), NBSP.to_string()))
        })
    })
}

// ----- a short number at the end of a sentence, any number (off) -----

pub(crate) const SHORT_LAST_NUMBER: Rule = Rule::new(
    "nbsp/short-last-number",
    "A number of one or two digits ending a sentence does not stand alone on a line",
    "Это глава 5.",
    short_last_number,
);

fn short_last_number<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    at_each_number(text, |start, end| {
        let (before, two_before) = super::scan::two_chars_before(text, start);
        if end - start > 2 || before != Some(' ') || !two_before.is_some_and(is_letter) {
            return None;
        }
        let mut rest = text[end..].chars().peekable();
        if rest.peek().is_some_and(|c| "-+−%'\"»)”“".contains(*c)) {
            rest.next();
        }
        let ends = match rest.next() {
            None | Some('\n') => true,
            Some(c) if ".!?…".contains(c) => match rest.next() {
                None | Some('\n') => true,
                Some(' ') => rest.next().is_some_and(char::is_uppercase),
                _ => false,
            },
            _ => false,
        };
        ends.then(|| Edit::new(start - 1..start, NBSP.to_string()))
    })
}

#[cfg(test)]
static NUMBER_SPACE_WORD: Pattern = Pattern::new(|| format!(r"([0-9]{{1,5}}) {LETTER}"), &[]);

pub(crate) const AFTER_NUMBER: Rule = Rule::new(
    "nbsp/after-number",
    "Any number stays with the word after it: «2019\u{a0}году», «143\u{a0}предприятия»",
    "в 2019 году, 143 предприятия, 15 лет",
    after_number,
);

/// A number — whole, decimal («6,7»), the end of a range («2024–2025») — and the word after
/// it are not split across lines (Мильчин: a figure stays with what it counts). A code
/// glued to letters (`B2 класс`) is not a number.
///
/// Read without a pattern: nearly every text has a number before a word, and compiling
/// one for «up to five digits, a space, a letter» was the dearest of an export (0.6 ms).
/// A test compares it with that pattern on random texts.
fn after_number<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    let mut edits = Vec::new();
    for (space, _) in text.match_indices(' ') {
        let letter_after = text[space + 1..]
            .chars()
            .next()
            .is_some_and(crate::language::is_our_letter);
        // The last five digits at most, as the pattern `([0-9]{1,5}) ` took them.
        let digits = text[..space]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count()
            .min(5);
        if !letter_after || digits == 0 {
            continue;
        }
        let start = space - digits;
        if starts_a_number(text, start) && !number_is_glued(text, space - 1) {
            edits.push(Edit::new(space..space + 1, NBSP.to_string()));
        }
    }
    super::scan::apply_edits(text, edits)
}

/// [`after_number`] as a pattern, which it must equal.
#[cfg(test)]
fn after_number_by_pattern<'t>(text: &'t str) -> Cow<'t, str> {
    rewrite(text, &NUMBER_SPACE_WORD, |caps| {
        let number = caps.get(1)?;
        if !starts_a_number(text, number.start()) || number_is_glued(text, number.end() - 1) {
            return None;
        }
        Some(Edit::new(number.end()..number.end() + 1, NBSP.to_string()))
    })
}

/// True when the digits at `start` end a number a word may count: one standing alone (after
/// a space, a bracket or a quote), the end of a range («2024–2025»), the decimal part of
/// «6,7», or the last group of «4 860 000». Not the end of a date («07.03.93»), a time
/// («18:00»), a reference («рис.3») or a name («Вавилон-5»).
fn starts_a_number(text: &str, start: usize) -> bool {
    let free = |c: Option<char>| {
        matches!(
            c,
            None | Some(' ' | '\n' | '\t' | NBSP | '(' | '«' | '„' | '"' | '“')
        )
    };
    let mut before = text[..start].chars().rev().peekable();
    let Some(mark) = before.next() else {
        return true;
    };
    match mark {
        // «рис.\u{a0}3», «гл.\u{a0}8»: after an abbreviation the number names an item.
        NBSP if before.peek() == Some(&'.') => false,
        c if free(Some(c)) => true,
        '–' | '—' | '-' => before.peek().is_some_and(char::is_ascii_digit),
        ',' | '.' | NNBSP | '\u{2009}' => {
            // Back over the digits before the mark to what stands before the number.
            let mut digits = 0;
            while before.peek().is_some_and(char::is_ascii_digit) {
                before.next();
                digits += 1;
            }
            let thousands = matches!(mark, NNBSP | '\u{2009}');
            let rest = before.next();
            digits > 0
                && (free(rest)
                    || (thousands && matches!(rest, Some(NNBSP | '\u{2009}')))
                    || matches!(rest, Some('–' | '—')))
        }
        _ => false,
    }
}

/// This module's patterns, for the test of their `needs`.
#[cfg(test)]
pub(super) fn patterns() -> Vec<&'static Pattern> {
    vec![&NUMBER_SIGN_GAP, &DOUBLED_ABBREVIATION, &NUMBER_SPACE_WORD]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The number-then-word rule read by hand does what its pattern did.
        #[test]
        fn after_number_reads_as_its_pattern_did(
            text in r#"([0-9]{1,7} (лет|Әкім|élan|ўрок|x|Z|—|\()|2024–2025 годы|6,7 млн|4 860 000 тенге|07\.03\.93 г|18:00 часов|рис\. 3 ниже|B2 класс|Вавилон-5 фильм|\(15 лет|«20 слов| |\u{a0}|\n|,|\.|-){0,8}"#
        ) {
            let settings = crate::typography::TypographySettings::default();
            let ctx = Context::new(Language::Ru, &settings);
            prop_assert_eq!(after_number(&text, &ctx), after_number_by_pattern(&text));
        }
    }
    use crate::typography::engine::test_support::{apply_alone, visible_spaces};

    fn run(rule: Rule, lang: Language, text: &str) -> String {
        visible_spaces(&apply_alone(rule, lang, text))
    }

    #[test]
    fn units_and_scales() {
        assert_eq!(
            run(NUMBER_SCALE_RULE, Language::Ru, "22млн $, 22млнк, 5 тыс."),
            "22~млн $, 22млнк, 5~тыс."
        );
        assert_eq!(
            run(NUMBER_UNIT_RULE, Language::Ru, "2м, 10руб., 10руб, 25 км"),
            "2~м, 10~руб., 10руб, 25~км"
        );
        assert_eq!(
            run(SCALE_UNIT, Language::Ru, "148,9 млн долларов"),
            "148,9 млн~долларов"
        );
    }

    #[test]
    fn years_and_centuries() {
        assert_eq!(
            run(YEAR, Language::Ru, "2012-2015 г. г., 1983г., XX-XXIвв."),
            "2012-2015~гг., 1983~г., XX-XXI~вв."
        );
        assert_eq!(run(YEAR, Language::Ru, "XX в Москве"), "XX в Москве");
        assert_eq!(run(YEAR, Language::Kk, "2026 жылы"), "2026~жылы");
    }

    #[test]
    fn day_month() {
        assert_eq!(
            run(DAY_MONTH_RULE, Language::Ru, "1–22 сентября, 53-22 марта"),
            "1–22~сентября, 53-22 марта"
        );
        assert_eq!(
            run(DAY_MONTH_RULE, Language::En, "28 November, November 28"),
            "28~November, November~28"
        );
    }
}
