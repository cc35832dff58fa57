//! Numbers for humans: the figures people write in releases, read into exact values and
//! written back per language.
//!
//! A *figure* is a number with what it counts: `148,9 млн долларов`, `$19,2 млн`,
//! `100 bln tenge`, `11 %`, `60,09 млн АҚШ доллары`, `24 млрд`. [`find_figures`] finds every
//! figure in a text, with its place in the text, so the pre-send checks can compare a
//! release's figures with its statistics (a total that is not the sum of its parts, a
//! figure that differs between language versions). [`Figure::to_text`] writes a figure the
//! way a language writes it.
//!
//! ```
//! use pressdesk::language::Language;
//! use pressdesk::language::figures::find_figures;
//! use pressdesk::language::units::{Scale, Unit};
//!
//! let figures = find_figures("Товарооборот составил 148,9 млн долларов, рост на 11 %.", Language::Ru);
//! assert_eq!(figures.len(), 2);
//! assert_eq!(figures[0].value.to_string(), "148.9");
//! assert_eq!(figures[0].scale, Scale::Million);
//! assert_eq!(figures[0].unit, Unit::UsDollar);
//! assert_eq!(figures[1].unit, Unit::Percent);
//! assert_eq!(figures[0].to_text(Language::En), "USD\u{a0}148.9\u{a0}million");
//! ```
//!
//! What is read as a number: ASCII digits, with thousands grouped by any kind of space
//! (`1 234 567`, also no-break and narrow no-break), a decimal comma or point (`148,9`,
//! `148.9`) and, in English or when both marks appear, thousands commas (`1,234.5`). A comma
//! before exactly three digits is a thousands separator in English and a decimal comma in
//! Russian and Kazakh, where `182,236 млрд` is how the figure is written. What is not read:
//! numbers glued to letters (`B2B`, `К52`), after `№`, in phone numbers and dates written
//! with separators (`335-11-22`, `28.11.2026`), times (`9:00`) and ordinals (`5-й`).

use std::ops::Range;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::language::Language;
use crate::language::qualifier::{Qualifier, allows, qualifier_after, qualifier_before};
use crate::language::units::{Quantity, Scale, Unit, format_quantity};

/// A figure found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// The number as written, before its scale, keeping the written precision:
    /// `148,9 млн` → 148.9, `88,90` → 88.90, `24 млрд` → 24.
    pub value: Decimal,
    /// Thousand, million, ... as written after the number (`One` when none).
    pub scale: Scale,
    /// What the figure counts: a currency, per cent, tonnes ... (`Unit::None` for a bare number).
    pub unit: Unit,
    /// Byte range of the whole figure in the text: currency sign, number, scale, unit.
    pub span: Range<usize>,
    /// Byte range of the number alone.
    pub number_span: Range<usize>,
    /// «более», "about", «астам» … written around the figure: how exact it claims to be.
    pub qualifier: Option<Qualifier>,
}

impl Figure {
    /// The value with its scale applied (`148,9 млн` → 148 900 000); `None` on overflow.
    pub fn amount(&self) -> Option<Decimal> {
        self.value.checked_mul(self.scale.multiplier())
    }

    /// Scale and unit together, as statistics store them.
    pub fn quantity(&self) -> Quantity {
        Quantity {
            scale: self.scale,
            unit: self.unit.clone(),
        }
    }

    /// The figure as `lang` writes it: `148,9 млн долларов США`, `148.9 million US dollars`,
    /// with no-break spaces inside (see [`crate::language::units::format_quantity`]).
    pub fn to_text(&self, lang: Language) -> String {
        format_quantity(self.value, &self.quantity(), lang)
    }

    /// True when the figure, as written — its precision and qualifier — can stand for
    /// `amount`: «149 млн» for 148 900 000 (rounded), «148,9 млн» for it exactly, «более
    /// 500 млн» for 520 000 000, «около 500» for 493,7; none of them for half as much.
    pub fn stands_for(&self, amount: Decimal) -> bool {
        let Some(in_scale) = amount.checked_div(self.scale.multiplier()) else {
            return false;
        };
        let rounded = in_scale.round_dp_with_strategy(
            self.value.scale(),
            rust_decimal::RoundingStrategy::MidpointAwayFromZero,
        );
        match self.qualifier {
            None => rounded == self.value,
            qualifier => allows(qualifier, self.value, in_scale),
        }
    }

    /// True when two figures can be the same quantity, each as precise as it is written.
    pub fn agrees_with(&self, other: &Figure) -> bool {
        other.amount().is_some_and(|a| self.stands_for(a))
            || self.amount().is_some_and(|a| other.stands_for(a))
    }

    /// True for a bare four-digit whole number between 1900 and 2100: most likely a year,
    /// which checks comparing amounts will want to skip.
    pub fn looks_like_year(&self) -> bool {
        self.unit == Unit::None
            && self.scale == Scale::One
            && self.value.scale() == 0
            && (Decimal::from(1900)..=Decimal::from(2100)).contains(&self.value)
    }
}

/// Every figure in `text`, in order. `lang` decides what a lone comma before three digits
/// means (see the module documentation); unit and scale words of all three languages are
/// recognised in any text, since releases quote each other.
pub fn find_figures(text: &str, lang: Language) -> Vec<Figure> {
    let mut figures = Vec::new();
    let mut pos = 0;
    while let Some(offset) = text[pos..].find(|c: char| c.is_ascii_digit()) {
        let digit = pos + offset;
        match read_figure(text, digit, lang) {
            Some(mut figure) => {
                pos = figure.span.end.max(digit + 1);
                figure.qualifier = qualifier_before(&text[..figure.span.start])
                    .or_else(|| qualifier_after(&text[figure.span.end..]));
                figures.push(figure);
            }
            None => pos = skip_number(text, digit),
        }
    }
    ranges_share_their_unit(text, &mut figures);
    figures
}

/// «10–15 %», «3–5 млн долларов», "USD 3-5 million": the first number of a range is
/// written bare and measures what the second does.
fn ranges_share_their_unit(text: &str, figures: &mut [Figure]) {
    for i in 1..figures.len() {
        let (before, after) = figures.split_at_mut(i);
        let (first, second) = (&mut before[i - 1], &after[0]);
        let between = text.get(first.span.end..second.span.start).unwrap_or("x");
        let bare = first.unit == Unit::None && first.scale == Scale::One;
        if bare && matches!(between, "-" | "–" | "—") && !first.looks_like_year() {
            first.unit = second.unit.clone();
            first.scale = second.scale;
        }
    }
}

/// Reads `text` as exactly one figure (spaces around it allowed): for statistics typed into
/// a form field. `None` when the text is not one figure.
pub fn parse_figure(text: &str, lang: Language) -> Option<Figure> {
    let figures = find_figures(text, lang);
    let [figure] = figures.as_slice() else {
        return None;
    };
    let outside = format!("{}{}", &text[..figure.span.start], &text[figure.span.end..]);
    outside.trim().is_empty().then(|| figure.clone())
}

/// Reads a bare number (`148,9`, `1 234,5`, `1,234.5` in English) into a decimal.
pub fn parse_number(text: &str, lang: Language) -> Option<Decimal> {
    let trimmed = text.trim();
    let (negative, digits) = match trimmed.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let (value, end) = read_number(digits, 0, lang)?;
    if end != digits.len() {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// Writes a value with its scale and unit as `lang` does.
pub fn format_figure(value: Decimal, scale: Scale, unit: Unit, lang: Language) -> String {
    format_quantity(value, &Quantity { scale, unit }, lang)
}

// ----- reading -----

/// The byte index after the number-like run starting at `start`, for skipping it whole.
fn skip_number(text: &str, start: usize) -> usize {
    let mut end = start;
    for (i, c) in text[start..].char_indices() {
        if c.is_ascii_digit() || c == '.' || c == ',' || c == '-' || c == ':' || c == '/' {
            end = start + i + c.len_utf8();
        } else {
            break;
        }
    }
    end.max(start + 1)
}

fn read_figure(text: &str, digit: usize, lang: Language) -> Option<Figure> {
    let before = text[..digit].chars().next_back();
    let code = code_before(text, digit);
    if code.is_none()
        && matches!(before, Some(c) if super::is_letter(c) || c.is_ascii_digit() || "№#_:/+".contains(c))
    {
        return None;
    }
    if before.is_some_and(is_space) && text[..digit].trim_end_matches(is_space).ends_with('№') {
        return None;
    }
    let (value, number_end) = read_number(text, digit, lang)?;
    let after_number = &text[number_end..];
    // Times, phone numbers, dates and ordinals are not quantities.
    let mut rest = after_number.chars();
    match (rest.next(), rest.next()) {
        (Some(':'), Some(c)) if c.is_ascii_digit() => return None,
        (Some('-' | '–' | '.' | '/'), Some(c))
            if c.is_ascii_digit() && !is_range_dash(after_number) =>
        {
            return None;
        }
        // «500-ден астам», «2024-ке», «60-тан»: a Kazakh case ending on the number.
        (Some('-'), Some(_)) if kazakh_ending_after(after_number) => {}
        // "a 20-hectare complex", "a 100-tonne plant": English puts the unit after a hyphen.
        (Some('-'), Some(c))
            if super::is_letter(c) && read_word(text, number_end + 1, UNITS, true).is_some() =>
        {
            let (unit, unit_end) = read_word(text, number_end + 1, UNITS, true)?;
            let (negative, start) = minus_before(text, digit);
            return Some(Figure {
                value: if negative { -value } else { value },
                scale: Scale::One,
                unit,
                span: start..unit_end,
                number_span: digit..number_end,
                qualifier: None,
            });
        }
        (Some('-'), Some(c)) if super::is_letter(c) => return None,
        _ => {}
    }

    let (negative, start) = minus_before(text, digit);
    let value = if negative { -value } else { value };
    let (prefix_unit, start) = match (code, currency_before(text, start)) {
        (Some((unit, code_start)), _) => (Some(unit), code_start),
        (None, Some((unit, sign_start))) => (Some(unit), sign_start),
        (None, None) => (None, start),
    };

    let mut end = number_end;
    let (scale, scale_end) = match read_word(text, end, SCALES, true) {
        Some((scale, word_end)) => (scale, word_end),
        None => (Scale::One, end),
    };
    if scale != Scale::One {
        end = scale_end;
    }
    let unit = match prefix_unit {
        Some(unit) => unit,
        None => match read_word(text, end, UNITS, true) {
            Some((unit, unit_end)) => {
                end = unit_end;
                unit
            }
            None => Unit::None,
        },
    };
    if unit == Unit::None && scale == Scale::One && starts_with_letter(after_number) {
        return None; // `5G`, `3D`, `12345Ф`: a code, not a number
    }
    Some(Figure {
        value,
        scale,
        unit,
        span: start..end,
        number_span: digit..number_end,
        qualifier: None,
    })
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

fn starts_with_letter(text: &str) -> bool {
    text.starts_with(super::is_letter)
}

/// True when `rest` starts with a dash and a number that makes a range of the number before
/// (`2024–2025`, `5-10 %`), not a chain such as a phone number (`335-11-22`).
fn is_range_dash(rest: &str) -> bool {
    let mut chars = rest.char_indices();
    let Some((_, dash)) = chars.next() else {
        return false;
    };
    if !matches!(dash, '-' | '–') {
        return false;
    }
    let digits_end = rest[dash.len_utf8()..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(rest.len(), |i| i + dash.len_utf8());
    !matches!(
        rest[digits_end..].chars().next(),
        Some('-' | '–' | '.' | ':' | '/')
    )
}

fn minus_before(text: &str, digit: usize) -> (bool, usize) {
    let mut before = text[..digit].char_indices().rev();
    match before.next() {
        Some((i, '-' | '−')) => {
            let free = before
                .next()
                .is_none_or(|(_, c)| c.is_whitespace() || c == '(');
            if free { (true, i) } else { (false, digit) }
        }
        _ => (false, digit),
    }
}

/// A currency code written before the amount, glued as wire copy does (`USD500`) or apart,
/// `EUR12`, `KZT5`. Only a code that stands as a word of its own (`xUSD5` is not one).
fn code_before(text: &str, digit: usize) -> Option<(Unit, usize)> {
    const CODES: [(&str, Unit); 5] = [
        ("USD", Unit::UsDollar),
        ("EUR", Unit::Euro),
        ("KZT", Unit::Tenge),
        ("CNY", Unit::Yuan),
        ("RUB", Unit::Rouble),
    ];
    // "USD500" as wire copy glues it, "USD 500" (or with a no-break space) as we write it.
    let glued = &text[..digit];
    let spaced = glued.strip_suffix(is_space).unwrap_or(glued);
    let head = if glued.ends_with(|c: char| c.is_ascii_uppercase()) {
        glued
    } else {
        spaced
    };
    CODES.iter().find_map(|(code, unit)| {
        let start = head.strip_suffix(code).map(str::len)?;
        let free = head[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        free.then(|| (unit.clone(), start))
    })
}

/// Whether `after` (the text right after a number) is a hyphen and a Kazakh case or
/// possessive ending: «-ден», «-ға», «-ке», «-тың», «-дағы», «-сы» («оның 420-сы»).
fn kazakh_ending_after(after: &str) -> bool {
    const ENDINGS: [&str; 37] = [
        "сы", "сі", "ы", "і", "дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке",
        "на", "не", "да", "де", "та", "те", "ны", "ні", "ды", "ді", "ты", "ті", "ның", "нің",
        "дың", "дің", "тың", "тің", "мен", "бен", "пен", "дағы", "дегі",
    ];
    let Some(rest) = after.strip_prefix('-') else {
        return false;
    };
    let word: String = rest.chars().take_while(|&c| super::is_letter(c)).collect();
    ENDINGS.contains(&word.as_str())
}

/// A currency sign written before the amount (`$19,2`, `₸ 500`, `US$5`).
fn currency_before(text: &str, start: usize) -> Option<(Unit, usize)> {
    let head = text[..start].trim_end_matches(is_space);
    if start - head.len() > 1 {
        return None;
    }
    let mut chars = head.char_indices().rev();
    let (i, sign) = chars.next()?;
    let unit = match sign {
        '$' => Unit::UsDollar,
        '₸' => Unit::Tenge,
        '€' => Unit::Euro,
        '¥' => Unit::Yuan,
        '₽' => Unit::Rouble,
        _ => return None,
    };
    let sign_start = if head[..i].ends_with("US") { i - 2 } else { i };
    Some((unit, sign_start))
}

/// Reads digits with their separators from `start`; returns the value and where it ends.
fn read_number(text: &str, start: usize, lang: Language) -> Option<(Decimal, usize)> {
    let bytes = text.as_bytes();
    let digits_from = |i: usize| bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let first = digits_from(start);
    if first == 0 {
        return None;
    }
    // Groups: (separator before the group, its digits).
    let mut groups: Vec<(char, &str)> = vec![(' ', &text[start..start + first])];
    let mut end = start + first;
    while let Some(separator) = text[end..].chars().next() {
        let after = end + separator.len_utf8();
        let count = if after <= text.len() {
            digits_from(after)
        } else {
            0
        };
        let accepted = match separator {
            // A space only groups thousands: exactly three digits follow.
            c if is_space(c) => count == 3,
            '.' | ',' => count > 0,
            _ => false,
        };
        if !accepted {
            break;
        }
        groups.push((
            if is_space(separator) { ' ' } else { separator },
            &text[after..after + count],
        ));
        end = after + count;
    }
    let normalized = interpret(&groups, lang)?;
    Decimal::from_str(&normalized)
        .ok()
        .map(|value| (value, end))
}

/// Decides which separator is the decimal mark and returns the number as `1234.5`.
fn interpret(groups: &[(char, &str)], lang: Language) -> Option<String> {
    let marks: Vec<char> = groups[1..]
        .iter()
        .map(|&(s, _)| s)
        .filter(|&s| s != ' ')
        .collect();
    let decimal_at = match marks.as_slice() {
        [] => None,
        [single] => {
            let (_, digits) = groups.iter().rev().find(|&&(s, _)| s == *single)?;
            let thousands = *single == ',' && lang == Language::En && digits.len() == 3;
            if thousands {
                None
            } else {
                groups.iter().rposition(|&(s, _)| s == *single)
            }
        }
        _ => {
            let last = *marks.last()?;
            let same = marks.iter().all(|&m| m == last);
            if same {
                None // `1.234.567`: all grouping
            } else {
                groups.iter().rposition(|&(s, _)| s == last)
            }
        }
    };
    let mut out = String::new();
    for (i, &(separator, digits)) in groups.iter().enumerate() {
        let is_decimal = Some(i) == decimal_at;
        if i > 0 && !is_decimal && separator != ' ' && digits.len() != 3 {
            return None; // `28.11.2026`: not a grouped number
        }
        if i > 0 && separator == ' ' && decimal_at.is_some_and(|d| i > d) {
            return None; // a space group after the decimal mark
        }
        if is_decimal {
            out.push('.');
        }
        out.push_str(digits);
    }
    Some(out)
}

// ----- scale and unit words -----

/// A word as it may follow a number; `*` at the end allows inflected endings.
struct Word<T: 'static> {
    forms: &'static [&'static str],
    meaning: T,
}

const SCALES: &[Word<Scale>] = &[
    Word {
        forms: &["тыс.", "тыс", "тысяч*", "мың*", "thousand*"],
        meaning: Scale::Thousand,
    },
    Word {
        forms: &["млн", "миллион*", "mln", "million*"],
        meaning: Scale::Million,
    },
    Word {
        forms: &["млрд", "миллиард*", "bln", "bn", "billion*"],
        meaning: Scale::Billion,
    },
    Word {
        forms: &["трлн", "триллион*", "trillion*", "tn"],
        meaning: Scale::Trillion,
    },
];

const UNITS: &[Word<Unit>] = &[
    Word {
        forms: &["%", "процент*", "пайыз*", "percent", "per cent", "pct"],
        meaning: Unit::Percent,
    },
    Word {
        forms: &[
            "долларов США",
            "доллара США",
            "доллар США",
            "долл. США",
            "АҚШ доллар*",
            "доллар*",
            "долл.",
            "$",
            "USD",
            "US dollar*",
            "dollar*",
        ],
        meaning: Unit::UsDollar,
    },
    Word {
        forms: &["тенге", "теңге*", "тг.", "тг", "₸", "KZT", "tenge"],
        meaning: Unit::Tenge,
    },
    Word {
        // «евро*» would take «Европа»: the Kazakh case forms of «евро» are listed.
        forms: &[
            "евро",
            "евроға",
            "евроны",
            "евроның",
            "евродан",
            "евромен",
            "еуро*",
            "€",
            "EUR",
            "euro",
            "euros",
        ],
        meaning: Unit::Euro,
    },
    Word {
        forms: &["юан*", "yuan", "CNY", "RMB", "¥"],
        meaning: Unit::Yuan,
    },
    Word {
        forms: &["рубл*", "руб.", "руб", "₽", "RUB", "rouble*", "ruble*"],
        meaning: Unit::Rouble,
    },
    Word {
        forms: &["тонн*", "т.", "т", "tonne*", "ton*", "t"],
        meaning: Unit::Tonne,
    },
    Word {
        forms: &["человек", "чел.", "адам*", "people", "person*"],
        meaning: Unit::Person,
    },
    Word {
        forms: &["гектар*", "га", "hectare*", "ha"],
        meaning: Unit::Hectare,
    },
];

/// Reads one of `words` at `index` (after at most one space, or none when `glued` allows
/// `5км`, `10%`); returns its meaning and where it ends.
fn read_word<T: Clone>(
    text: &str,
    index: usize,
    words: &[Word<T>],
    glued: bool,
) -> Option<(T, usize)> {
    let rest = &text[index..];
    let trimmed = rest.trim_start_matches(is_space);
    let skipped = rest.len() - trimmed.len();
    if (skipped == 0 && !glued) || rest[..skipped].chars().count() > 1 {
        return None;
    }
    let start = index + skipped;
    // Most forms differ from the text at their first letter: compared there first, with
    // the text's letter lowered once, and only a form that begins alike is read further.
    let first_small = super::small_letter(trimmed.chars().next()?);
    let mut best: Option<(T, usize)> = None;
    for word in words {
        for form in word.forms {
            if form.chars().next().map(super::small_letter) != Some(first_small) {
                continue;
            }
            if let Some(len) = match_form(trimmed, form)
                && best.as_ref().is_none_or(|(_, end)| start + len > *end)
            {
                best = Some((word.meaning.clone(), start + len));
            }
        }
    }
    best
}

/// The length of `form` at the start of `text`, matched without regard to case, if it is a
/// whole word there (a `*` form takes any letters after its stem).
fn match_form(text: &str, form: &str) -> Option<usize> {
    let (stem, any_ending) = match form.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (form, false),
    };
    let mut len = 0;
    let mut text_chars = text.chars();
    for expected in stem.chars() {
        let actual = text_chars.next()?;
        if !super::same_in_any_case(actual, expected) {
            return None;
        }
        len += actual.len_utf8();
    }
    let rest = &text[len..];
    if any_ending {
        len += rest
            .char_indices()
            .find(|&(_, c)| !super::is_letter(c))
            .map_or(rest.len(), |(i, _)| i);
        return Some(len);
    }
    let ends_word = !stem.ends_with(super::is_letter)
        || !rest.starts_with(|c: char| super::is_letter(c) || c.is_ascii_digit());
    ends_word.then_some(len)
}

#[cfg(test)]
mod tests;
