//! How numbers themselves are written: digit groups, the decimal mark, per cent, the period
//! of «тыс.», the place of a currency sign.

use std::borrow::Cow;
use std::ops::Range;

use super::PercentSpace;
use super::engine::{Context, Rule};
use super::scan::{
    Edit, LETTER, NBSP, NNBSP, Pattern, PerLanguage, Search, char_at, char_before, is_inline_space,
    is_letter, next_mark, replace_matches, rewrite, rewrite_found, two_chars_before,
};
use super::words::{self, word_pattern};
use crate::language::Language;

// ----- digit groups -----

#[cfg(test)]
static GROUPED: PerLanguage = PerLanguage::new(|lang| {
    let separators = match lang {
        Language::En => r"[ \u{00A0}\u{202F}\u{2009},]",
        _ => r"[ \u{00A0}\u{202F}\u{2009}]",
    };
    format!(r"([0-9]{{1,3}})((?:{separators}[0-9]{{3}})+)")
});

static LONG_NUMBER: Pattern = Pattern::new(|| r"[0-9]{5,}".to_string(), &[]);

pub(crate) const GROUPING: Rule = Rule::new(
    "number/grouping",
    "Numbers of five digits and more are grouped in thousands with a narrow no-break space: 24\u{202f}000 (not years, not four-digit numbers)",
    "24000 тенге, 1 500 000 человек",
    grouping,
);

fn group_separator(lang: Language) -> char {
    match lang {
        Language::En => ',',
        _ => NNBSP,
    }
}

/// Groups typed with spaces keep their grouping but get the right separator; long runs of
/// digits are grouped from the right. Left alone: phone and account numbers (ten digits
/// and more, a leading zero, a `+`), codes glued to letters, numbers after `№`, parts of
/// `12345-678`, a six-digit postcode before a comma, digits after a decimal mark.
fn grouping<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    let separator = group_separator(ctx.lang);
    // A digit, a separator (a space; in English a comma too), three digits: where every
    // typed grouping is.
    let spaced_group = text.char_indices().any(|(at, c)| {
        (is_inline_space(c) || (c == ',' && ctx.lang == Language::En))
            && char_before(text, at).is_some_and(|d| d.is_ascii_digit())
            && text[at + c.len_utf8()..]
                .bytes()
                .take(3)
                .filter(u8::is_ascii_digit)
                .count()
                == 3
    });
    let text = if !super::scan::worth_looking(spaced_group) {
        Cow::Borrowed(text)
    } else {
        regroup(text, ctx, separator)
    };
    if !super::scan::worth_looking(has_digit_run(&text, 5)) {
        return text;
    }
    super::scan::chain(text, |t| {
        replace_matches(t, &LONG_NUMBER, |caps| {
            let digits = caps.get(0)?;
            if !is_plain_quantity(t, digits.start(), digits.end()) {
                return None;
            }
            Some(group_digits(digits.as_str(), separator))
        })
    })
}

/// Groups typed with spaces (or commas) get `separator` between them.
fn regroup<'t>(text: &'t str, ctx: &Context, separator: char) -> Cow<'t, str> {
    let find = |text: &str, from: usize| next_typed_grouping(text, from, ctx.lang);
    super::scan::rewrite_found(text, find, |whole| regroup_at(text, whole, separator))
}

/// [`regroup`] with the pattern it had, which it must equal.
#[cfg(test)]
fn regroup_by_pattern<'t>(text: &'t str, ctx: &Context, separator: char) -> Cow<'t, str> {
    rewrite(text, GROUPED.get(ctx.lang), |caps| {
        regroup_at(text, caps.get(0)?.range(), separator)
    })
}

/// The next typed grouping at or after `from`, as `([0-9]{1,3})((?:SEP[0-9]{3})+)` found it:
/// one to three digits, then groups of a separator (a space; in English a comma too) and
/// three digits, as many as follow. Read by hand: a release has digit groups more often
/// than not, and the pattern cost 0.45 ms to compile.
fn next_typed_grouping(text: &str, from: usize, lang: Language) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let is_separator = |c: char| {
        matches!(c, ' ' | NBSP | NNBSP | '\u{2009}') || (c == ',' && lang == Language::En)
    };
    let three_digits = |at: usize| {
        bytes
            .get(at..at + 3)
            .is_some_and(|digits| digits.iter().all(u8::is_ascii_digit))
    };
    // Where a group (a separator and three digits) starting at `at` ends.
    let group_at = |at: usize| {
        let c = text.get(at..)?.chars().next()?;
        let digits = at + c.len_utf8();
        (is_separator(c) && three_digits(digits)).then_some(digits + 3)
    };
    (from..bytes.len()).find_map(|start| {
        let run = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if run == 0 || run > 3 {
            return None;
        }
        let mut end = group_at(start + run)?;
        while let Some(next) = group_at(end) {
            end = next;
        }
        Some(start..end)
    })
}

/// The grouping `whole` (head digits, then groups) with `separator` between its groups.
fn regroup_at(text: &str, whole: Range<usize>, separator: char) -> Option<Edit> {
    let (before, two_before) = two_chars_before(text, whole.start);
    let decimal_before =
        matches!(before, Some('.' | ',')) && matches!(two_before, Some(c) if c.is_ascii_digit());
    let glued_before =
        decimal_before || matches!(before, Some(c) if c.is_ascii_digit() || is_letter(c));
    let tail_of_number = matches!(before, Some(c) if is_inline_space(c))
        && matches!(two_before, Some(c) if c.is_ascii_digit());
    if glued_before || tail_of_number || continues_as_number(text, whole.end) {
        return None;
    }
    let written = &text[whole.clone()];
    let head_length = written.bytes().take_while(u8::is_ascii_digit).count();
    let (head, groups) = written.split_at(head_length);
    // One number uses one kind of separator; `1 500 000 148` after grouping is a number
    // and another.
    let mut separators = groups.chars().filter(|c| !c.is_ascii_digit());
    let first = separators.next()?;
    if separators.any(|c| c != first) {
        return None;
    }
    let mut out = String::from(head);
    for c in groups.chars() {
        out.push(if c.is_ascii_digit() { c } else { separator });
    }
    (out != written).then(|| Edit::new(whole, out))
}

/// True when what follows `end` shows the digits go on: `1 0000`, `1 000-999`, `1 000 2`.
fn continues_as_number(text: &str, end: usize) -> bool {
    let mut rest = text[end..].chars();
    match rest.next() {
        Some(c) if c.is_ascii_digit() || c == '-' => true,
        Some(c) if is_inline_space(c) => {
            matches!(rest.next(), Some(d) if d.is_ascii_digit() || d == '-')
        }
        _ => false,
    }
}

fn is_plain_quantity(text: &str, start: usize, end: usize) -> bool {
    let digits = &text[start..end];
    if digits.len() >= 10 || digits.starts_with('0') {
        return false;
    }
    let (before, two_before) = two_chars_before(text, start);
    let after = char_at(text, end);
    let after_two = text[end..].chars().nth(1);
    let is_digit = |c: Option<char>| matches!(c, Some(c) if c.is_ascii_digit());
    match before {
        Some(c) if is_letter(c) || "+/_#№".contains(c) => return false,
        Some('.' | ',') if is_digit(two_before) => return false,
        Some('-' | '–') if is_digit(two_before) => return false,
        Some(c) if is_inline_space(c) && two_before == Some('№') => return false,
        // `1 500148`: the tail of a number grouped by hand, or a second number.
        Some(c) if is_inline_space(c) && is_digit(two_before) => return false,
        _ => {}
    }
    match after {
        Some(c) if is_letter(c) || c == '/' => false,
        Some('-' | '–') if is_digit(after_two) => false,
        // A six-digit postcode opens an address: `161200, г. Туркестан`.
        Some(',') if digits.len() == 6 && !is_digit(after_two) => false,
        _ => true,
    }
}

fn group_digits(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    let count = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (count - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

// ----- the decimal mark -----

/// What may follow a number for its decimal mark to be a decimal mark for sure (and not a
/// date like 28.11 or a version like 2.0): per cent, degrees, times, a scale word, a unit.
static MEASURE_AFTER: PerLanguage = PerLanguage::new(|lang| {
    let mut list: Vec<&str> = words::scale_words(lang).to_vec();
    list.extend(words::units(lang));
    format!(
        r"^[ \u{{00A0}}\u{{2009}}\u{{202F}}]*(?:[%‰°×xх$€₸₽¥£]|(?:{})(?:[^{LETTER}]|$))",
        word_pattern(&list)
    )
});

// The patterns start at the mark, so the engine can search for it as a literal; the
// digits before it are counted by hand.
static POINT_DECIMAL: Pattern = Pattern::new(|| r"\.[0-9]+".to_string(), &[]);
static COMMA_DECIMAL: Pattern = Pattern::new(|| r",[0-9]{1,2}".to_string(), &[]);

pub(crate) const DECIMAL_COMMA: Rule = Rule::new(
    "number/decimal-comma",
    "A decimal point in a figure becomes a decimal comma: 148,9 млн, 1,1 %",
    "148.9 млн долларов, рост на 1.1%",
    decimal_comma,
);

fn decimal_comma<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    if !super::scan::worth_looking(mark_before_digit(text, '.')) {
        return Cow::Borrowed(text);
    }
    change_decimal_mark(text, ctx.lang, &POINT_DECIMAL, ",")
}

/// Whether `mark` stands right before a digit somewhere (`148.9`).
fn mark_before_digit(text: &str, mark: char) -> bool {
    text.match_indices(mark)
        .any(|(at, _)| text[at + 1..].starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `text` has `length` digits in a row.
fn has_digit_run(text: &str, length: usize) -> bool {
    let mut run = 0;
    text.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run >= length
    })
}

pub(crate) const DECIMAL_POINT: Rule = Rule::new(
    "number/decimal-point",
    "A decimal comma in a figure becomes a decimal point: 148.9 million",
    "148,9 million dollars, up 1,5%",
    decimal_point,
);

fn decimal_point<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    if !super::scan::worth_looking(mark_before_digit(text, ',')) {
        return Cow::Borrowed(text);
    }
    change_decimal_mark(text, ctx.lang, &COMMA_DECIMAL, ".")
}

fn change_decimal_mark<'t>(
    text: &'t str,
    lang: Language,
    re: &impl Search,
    mark: &str,
) -> Cow<'t, str> {
    rewrite(text, re, |caps| {
        let fraction = caps.get(0)?;
        let digits_before = text[..fraction.start()]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        if digits_before == 0 {
            return None;
        }
        let whole = fraction.start() - digits_before..fraction.end();
        let before = char_before(text, whole.start);
        let starts_number = match before {
            None => true,
            Some(c) => c.is_whitespace() || "($€₸₽¥£−-–".contains(c),
        };
        let mut rest = text[whole.end..].chars();
        let chained = matches!(rest.next(), Some('.' | ','))
            && matches!(rest.next(), Some(c) if c.is_ascii_digit());
        let chained = chained || matches!(char_at(text, whole.end), Some(c) if c.is_ascii_digit());
        // A currency sign before the amount (`$148.9`) makes it money as surely as a unit after.
        let money_before = text[..whole.start]
            .trim_end_matches([' ', NBSP])
            .ends_with(['$', '€', '₸', '₽', '¥', '£']);
        let measured = money_before || MEASURE_AFTER.get(lang).is_match(&text[whole.end..]);
        if !starts_number || chained || !measured {
            return None;
        }
        Some(Edit::new(fraction.start()..fraction.start() + 1, mark))
    })
}

// ----- per cent -----

/// Per cent, per mille, per ten thousand; read by hand (`scan::next_mark`), as the pattern
/// `[%‰‱]` was.
const PERCENT_SIGNS: [char; 3] = ['%', '‰', '‱'];

pub(crate) const PERCENT: Rule = Rule::new(
    "number/percent",
    "Per cent after a number: a no-break space before % (ГОСТ 8.417), or none, as the profile says",
    "рост на 11%, доля 40 %",
    percent,
);

fn percent<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    let spaced = ctx.lang != Language::En && ctx.settings.percent == PercentSpace::Gost;
    rewrite_found(
        text,
        |t, from| next_mark(t, from, &PERCENT_SIGNS),
        |sign| {
            let number_end = text[..sign.start]
                .trim_end_matches([' ', NBSP, NNBSP, '\u{2009}'])
                .len();
            if !text[..number_end].ends_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            let gap = if spaced {
                NBSP.to_string()
            } else {
                String::new()
            };
            (text[number_end..sign.start] != gap).then(|| Edit::new(number_end..sign.start, gap))
        },
    )
}

// ----- тыс., млн, млрд -----

/// The pattern [`scale_period`] reads by hand (see [`next_scale_abbreviation`]).
#[cfg(test)]
static SCALE_ABBREVIATION: Pattern = Pattern::new(
    || r"([Тт]ыс|[Мм]лн|[Мм]лрд|[Тт]рлн)(\.?)".to_string(),
    &["ыс", "лн", "лрд"],
);

/// The abbreviations [`scale_period`] looks after, with a capital too (a sentence may
/// start with one).
const SCALE_ABBREVIATIONS: [&str; 8] = ["тыс", "Тыс", "млн", "Млн", "млрд", "Млрд", "трлн", "Трлн"];

/// The next abbreviation of [`SCALE_ABBREVIATIONS`] at or after `from` and a period right
/// after it, if there is one: the abbreviation's range and the period's (empty without one).
fn next_scale_abbreviation(text: &str, from: usize) -> Option<(Range<usize>, Range<usize>)> {
    // No entry starts another, so the leftmost one found is the only one there.
    let word = super::words::next_alternative(text, from, &SCALE_ABBREVIATIONS)?;
    let period_length = usize::from(text[word.end..].starts_with('.'));
    Some((word.clone(), word.end..word.end + period_length))
}

pub(crate) const SCALE_PERIOD: Rule = Rule::new(
    "number/scale-period",
    "«тыс.» takes a period, «млн», «млрд» and «трлн» do not (unless it ends the sentence)",
    "5 тыс рублей и 3 млн. тенге",
    scale_period,
);

fn scale_period<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    rewrite_found(
        text,
        |t, from| next_scale_abbreviation(t, from).map(|(word, period)| word.start..period.end),
        |found| {
            let period_length = usize::from(text[..found.end].ends_with('.'));
            scale_period_edit(text, found.start..found.end - period_length, found.end)
        },
    )
}

/// [`scale_period`] as its pattern, which it must equal.
#[cfg(test)]
fn scale_period_by_pattern(text: &str) -> Cow<'_, str> {
    rewrite(text, &SCALE_ABBREVIATION, |caps| {
        let (word, period) = (caps.get(1)?, caps.get(2)?);
        scale_period_edit(text, word.range(), period.end())
    })
}

/// `word` is an abbreviation, `end` the end of the period after it (or of the word).
fn scale_period_edit(text: &str, word: Range<usize>, end: usize) -> Option<Edit> {
    let dot = word.end..end;
    let free_before = !matches!(char_before(text, word.start), Some(c) if is_letter(c));
    let free_after = !matches!(char_at(text, dot.end), Some(c) if is_letter(c));
    if !free_before || !free_after {
        return None;
    }
    let is_thousand = text[word.clone()].to_lowercase() == "тыс";
    match (is_thousand, dot.is_empty()) {
        (true, true) if char_at(text, word.end) != Some('.') => {
            Some(Edit::new(word.end..word.end, "."))
        }
        (false, false) => {
            // The period goes when the sentence plainly goes on after it.
            let mut rest = text[dot.end..].chars();
            let continues = match rest.next() {
                Some(',' | ';' | ':' | ')') => true,
                Some(' ' | NBSP) => rest.next().is_some_and(|c| {
                    c.is_lowercase() || c.is_ascii_digit() || "$€₸₽¥£(«„“\"".contains(c)
                }),
                _ => false,
            };
            continues.then(|| Edit::new(dot, ""))
        }
        _ => None,
    }
}

// ----- currency signs -----

static SIGN_BEFORE_AMOUNT: Pattern = Pattern::new(
    || {
        r"([$€¥£₽₸])[ \u{00A0}]?([0-9]+(?:[.,][0-9]+)?(?:[ \u{00A0}\u{202F}\u{2009}][0-9]{3})*)(?:[ \u{00A0}]?(тыс\.|млн|млрд|трлн|мың))?".to_string()
    },
    &["$", "€", "¥", "£", "₽", "₸"],
);
static SIGN_AFTER_AMOUNT: Pattern = Pattern::new(
    || r"([0-9]+(?:[.,][0-9]+)?)[ \u{00A0}]?([$€¥£₽₸])".to_string(),
    &["$", "€", "¥", "£", "₽", "₸"],
);

pub(crate) const CURRENCY: Rule = Rule::new(
    "money/sign-after-amount",
    "A currency sign follows the amount, with a no-break space: 100\u{a0}₸, 19,2\u{a0}млн\u{a0}$",
    "$19,2 млн, ₸500, 100$",
    currency,
);

fn currency<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    let moved = replace_matches(text, &SIGN_BEFORE_AMOUNT, |caps| {
        let whole = caps.get(0)?;
        let (before, two_before) = two_chars_before(text, whole.start());
        // `20 $ 30 центов`: the sign belongs to the amount before it.
        let after_amount = matches!(before, Some(c) if c.is_ascii_digit() || is_letter(c) || "$€¥£₽₸".contains(c))
            || (matches!(before, Some(c) if is_inline_space(c))
                && matches!(two_before, Some(c) if c.is_ascii_digit()));
        let rest = text[whole.end()..].trim_start_matches([' ', NBSP]);
        let signed_after = rest.starts_with(['$', '€', '¥', '£', '₽', '₸']);
        if after_amount
            || signed_after
            || matches!(char_at(text, whole.end()), Some(c) if c.is_ascii_digit() || is_letter(c))
        {
            return None;
        }
        let sign = caps.get(1)?.as_str();
        let amount = caps.get(2)?.as_str();
        Some(match caps.get(3) {
            Some(scale) => format!("{amount}{NBSP}{}{NBSP}{sign}", scale.as_str()),
            None => format!("{amount}{NBSP}{sign}"),
        })
    });
    super::scan::chain(moved, |t| {
        rewrite(t, &SIGN_AFTER_AMOUNT, |caps| {
            let amount = caps.get(1)?;
            let sign = caps.get(2)?;
            let (before, two_before) = two_chars_before(t, amount.start());
            let inside_number = matches!(before, Some(c) if c.is_ascii_digit())
                || (matches!(before, Some('.' | ','))
                    && matches!(two_before, Some(c) if c.is_ascii_digit()));
            if inside_number {
                return None;
            }
            Some(Edit::new(amount.end()..sign.start(), NBSP.to_string()))
        })
    })
}

static ROUBLES: Pattern = Pattern::new(
    || r"([0-9]+)[ \u{00A0}]?(?:р|руб)\.".to_string(),
    &["р.", "руб."],
);

pub(crate) const ROUBLE_SIGN: Rule = Rule::new(
    "money/rouble-sign",
    "руб. and р. after an amount become the sign ₽ (off by default)",
    "Цена 100 руб., скидка 10 р.!",
    rouble_sign,
)
.off_by_default();

/// Only where the abbreviation's period is not needed as a full stop, or where it is and a
/// full stop can follow the sign: before `!?,:;`, at the end of the text, before a capital.
fn rouble_sign<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    replace_matches(text, &ROUBLES, |caps| {
        let whole = caps.get(0)?;
        let amount = caps.get(1)?.as_str();
        if matches!(char_before(text, whole.start()), Some(c) if c.is_ascii_digit() || is_letter(c))
        {
            return None;
        }
        let rest = &text[whole.end()..];
        if whole.start() == 0 && rest.is_empty() {
            return Some(format!("{amount}{NBSP}₽"));
        }
        if rest.starts_with(['!', '?', ',', ':', ';']) {
            return Some(format!("{amount}{NBSP}₽"));
        }
        let trimmed = rest.trim_start();
        let has_space = trimmed.len() < rest.len();
        if has_space && trimmed.starts_with(char::is_uppercase) {
            return Some(format!("{amount}{NBSP}₽."));
        }
        None
    })
}

/// This module's patterns, for the test of their `needs`.
#[cfg(test)]
pub(super) fn patterns() -> Vec<&'static Pattern> {
    vec![
        &LONG_NUMBER,
        &POINT_DECIMAL,
        &COMMA_DECIMAL,
        &SCALE_ABBREVIATION,
        &SIGN_BEFORE_AMOUNT,
        &SIGN_AFTER_AMOUNT,
        &ROUBLES,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// «тыс.», «млн» and the rest found by hand get or lose their period as the pattern
        /// had them.
        #[test]
        fn scale_abbreviations_read_as_the_pattern_did(
            text in "((тыс|Тыс|ТЫС|млн|Млн|млрд|трлн|Трлн|тысяч|мл)\\.?|5|,| |\u{a0}|рублей|тенге|А|\\)){0,10}"
        ) {
            let settings = crate::typography::TypographySettings::default();
            let ctx = Context::new(Language::Ru, &settings);
            prop_assert_eq!(super::scale_period(&text, &ctx), scale_period_by_pattern(&text));
        }

        /// Typed groupings found by hand are the ones the pattern found, in each language.
        #[test]
        fn groupings_read_as_the_pattern_did(
            text in r#"([0-9]{1,5}|000|1 500|12,345|4 860 000|\u{a0}|\u{202f}|\u{2009}| |,|\.|-|№|тонн|Z|й){0,12}"#
        ) {
            let settings = crate::typography::TypographySettings::default();
            for lang in Language::ALL {
                let ctx = Context::new(lang, &settings);
                let separator = group_separator(lang);
                prop_assert_eq!(
                    regroup(&text, &ctx, separator),
                    regroup_by_pattern(&text, &ctx, separator)
                );
            }
        }
    }

    use crate::typography::engine::test_support::{apply_alone, visible_spaces};

    fn run(rule: Rule, lang: Language, text: &str) -> String {
        visible_spaces(&apply_alone(rule, lang, text))
    }

    #[test]
    fn grouping_leaves_years_codes_and_phones() {
        let ru = |t| run(GROUPING, Language::Ru, t);
        assert_eq!(
            ru("24000 и 1 500 000, 2026, 1234"),
            "24^000 и 1^500^000, 2026, 1234"
        );
        assert_eq!(
            ru("87011234567, №12345, 161200, г. Туркестан"),
            "87011234567, №12345, 161200, г. Туркестан"
        );
        assert_eq!(ru("12345.6789 и 0.123456"), "12^345.6789 и 0.123456");
        assert_eq!(
            run(GROUPING, Language::En, "24000 and 1 500 000"),
            "24,000 and 1,500,000"
        );
    }

    #[test]
    fn decimal_mark_changes_only_before_a_measure() {
        assert_eq!(
            run(DECIMAL_COMMA, Language::Ru, "148.9 млн, 1.1%, 28.11 и 2.0"),
            "148,9 млн, 1,1%, 28.11 и 2.0"
        );
        assert_eq!(
            run(DECIMAL_POINT, Language::En, "148,9 million, 1,234 people"),
            "148.9 million, 1,234 people"
        );
    }

    #[test]
    fn scale_period() {
        assert_eq!(
            run(
                SCALE_PERIOD,
                Language::Ru,
                "5 тыс рублей, 3 млн. тенге, итого 7 млн. Далее"
            ),
            "5 тыс. рублей, 3 млн тенге, итого 7 млн. Далее"
        );
    }

    #[test]
    fn currency_sign_moves_after_the_amount() {
        assert_eq!(
            run(CURRENCY, Language::Ru, "$19,2 млн и ₸500"),
            "19,2~млн~$ и 500~₸"
        );
        assert_eq!(
            run(CURRENCY, Language::Ru, "20 $ 30 центов"),
            "20~$ 30 центов"
        );
    }
}
