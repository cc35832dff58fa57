//! Rules about spaces and line breaks themselves: what kinds there are, where they go away.

use std::borrow::Cow;

use super::engine::{Context, Rule};
use super::scan::{
    Edit, LETTER, NBSP, NNBSP, Pattern, Search, char_at, char_before, contains_any, is_letter,
    next_mark, replace_matches, rewrite, rewrite_found,
};

pub(crate) const LINE_BREAKS: Rule = Rule::new(
    "space/line-breaks",
    "Windows and old Mac line breaks become ordinary line breaks",
    "строка\r\nстрока",
    line_breaks,
);

fn line_breaks<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

pub(crate) const ODD_SPACES: Rule = Rule::new(
    "space/odd-spaces",
    "Tabs and wide or invisible spaces pasted from elsewhere become ordinary spaces",
    "пресс\u{200B}релиз\tакимата",
    odd_spaces,
);

/// Tabs, the typesetter's fixed-width spaces and the ideographic space are word spaces
/// typed or pasted by accident; zero-width spaces and byte-order marks are debris from web
/// pages. No-break, narrow no-break and thin spaces are kept: they are deliberate.
fn odd_spaces<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    let is_odd = |c: char| {
        matches!(
            c,
            '\t' | '\u{2000}'..='\u{2008}' | '\u{200A}' | '\u{205F}' | '\u{3000}' | '\u{1680}'
        ) || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
    };
    // Every odd space is a tab or starts with one of these bytes in UTF-8: a quick test.
    if !text
        .bytes()
        .any(|b| matches!(b, b'\t' | 0xE1 | 0xE2 | 0xE3 | 0xEF))
        || !text.chars().any(is_odd)
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{200B}' | '\u{FEFF}' | '\u{2060}' => {}
            c if is_odd(c) => out.push(' '),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

pub(crate) const TRIM_START: Rule = Rule::new(
    "space/trim-start",
    "Spaces and empty lines before the text are removed",
    "  \n  Текст",
    trim_start,
);

fn trim_start<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    Cow::Borrowed(text.trim_start())
}

pub(crate) const TRIM_END: Rule = Rule::new(
    "space/trim-end",
    "Spaces and empty lines after the text are removed",
    "Текст.  \n ",
    trim_end,
);

fn trim_end<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    Cow::Borrowed(text.trim_end())
}

static LINE_START_SPACES: Pattern =
    Pattern::new(|| r"(?m)^[ \t\u{00A0}\u{202F}\u{2009}]+".to_string(), &[]);

pub(crate) const LINE_START: Rule = Rule::new(
    "space/line-start",
    "Spaces at the start of a line are removed (indents are the template's job)",
    "Первая строка\n   вторая строка",
    line_start,
);

fn line_start<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    let indented = text.starts_with([' ', '\t', NBSP, NNBSP, '\u{2009}'])
        || contains_any(
            text,
            &["\n ", "\n\t", "\n\u{a0}", "\n\u{202f}", "\n\u{2009}"],
        );
    if !indented {
        return Cow::Borrowed(text);
    }
    replace_matches(text, &LINE_START_SPACES, |_| Some(String::new()))
}

static LINE_END_SPACES: Pattern = Pattern::new(
    || r"[ \t\u{00A0}\u{202F}\u{2009}]+\n".to_string(),
    &[" \n", "\t\n", "\u{a0}\n", "\u{2009}\n", "\u{202f}\n"],
);

pub(crate) const LINE_END: Rule = Rule::new(
    "space/line-end",
    "Spaces at the end of a line are removed",
    "Первая строка   \nвторая строка",
    line_end,
);

fn line_end<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    if !contains_any(
        text,
        &[" \n", "\t\n", "\u{a0}\n", "\u{202f}\n", "\u{2009}\n"],
    ) {
        return Cow::Borrowed(text);
    }
    replace_matches(text, &LINE_END_SPACES, |_| Some("\n".to_string()))
}

static MANY_LINE_BREAKS: Pattern = Pattern::new(|| r"\n{3,}".to_string(), &["\n\n\n"]);

pub(crate) const BLANK_LINES: Rule = Rule::new(
    "space/blank-lines",
    "More than one empty line in a row becomes one",
    "Абзац.\n\n\n\nАбзац.",
    blank_lines,
);

fn blank_lines<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    replace_matches(text, &MANY_LINE_BREAKS, |_| Some("\n\n".to_string()))
}

static SPACE_RUN: Pattern = Pattern::new(|| r"[ \t\u{00A0}\u{202F}\u{2009}]{2,}".to_string(), &[]);

pub(crate) const REPEATED: Rule = Rule::new(
    "space/repeated",
    "Several spaces between words become one",
    "Аким  области   встретился",
    repeated,
);

/// A run of spaces inside a line becomes one space; if the run held a no-break space, that
/// one is kept, since someone meant the words to stay together. Runs at the start or end of
/// a line belong to the line rules.
fn repeated<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    if !has_space_run(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    replace_matches(text, &SPACE_RUN, |caps| {
        let run = caps.get(0)?;
        let inside_line = matches!(char_before(text, run.start()), Some(c) if c != '\n')
            && matches!(char_at(text, run.end()), Some(c) if c != '\n');
        if !inside_line {
            return None;
        }
        let kept = run
            .as_str()
            .chars()
            .find(|&c| c == NBSP || c == NNBSP)
            .unwrap_or(' ');
        Some(kept.to_string())
    })
}

/// True when two spaces of any kind stand side by side; read byte by byte, as this rule
/// looks at every text.
fn has_space_run(bytes: &[u8]) -> bool {
    let mut previous_was_space = false;
    let mut i = 0;
    while i < bytes.len() {
        // Space, tab, no-break (C2 A0), narrow no-break (E2 80 AF), thin (E2 80 89).
        let width = match bytes[i] {
            b' ' | b'\t' => 1,
            0xC2 if bytes.get(i + 1) == Some(&0xA0) => 2,
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xAF | 0x89)) =>
            {
                3
            }
            _ => 0,
        };
        if width > 0 && previous_was_space {
            return true;
        }
        previous_was_space = width > 0;
        i += width.max(1);
    }
    false
}

static BEFORE_MARK: Pattern = Pattern::new(
    || r"[ \u{00A0}]*[ \u{00A0}]([,;:!?]|\.+|…)".to_string(),
    &[
        " ,",
        " ;",
        " :",
        " !",
        " ?",
        " .",
        " …",
        "\u{a0},",
        "\u{a0};",
        "\u{a0}:",
        "\u{a0}!",
        "\u{a0}?",
        "\u{a0}.",
        "\u{a0}…",
    ],
);

pub(crate) const BEFORE_PUNCTUATION: Rule = Rule::new(
    "space/before-punctuation",
    "No space before a comma, full stop, colon, semicolon, question or exclamation mark",
    "Итак , встреча прошла успешно !",
    before_punctuation,
);

/// Removes the space before `, ; : ! ? . …`, and between `!` and `?` marks (`! ! !`).
/// Kept where the mark starts something rather than ends it: `.Net`, `.45` (a dot followed by a letter or digit), a mark after another
/// mark, a mark at the very start of a line and a mark closing a bracket like `( ! )`.
fn before_punctuation<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    rewrite(text, &BEFORE_MARK, |caps| {
        let spaces = caps.get(0)?;
        let mark = caps.get(1)?;
        let before = char_before(text, spaces.start());
        let after = char_at(text, mark.end());
        let between_marks = matches!(before, Some('!' | '?')) && matches!(mark.as_str(), "!" | "?");
        let after_abbreviation = before == Some('.') && matches!(mark.as_str(), "," | ";" | ":");
        match before {
            None | Some('\n') => return None,
            Some(c) if "!?:;,.…".contains(c) && !between_marks && !after_abbreviation => {
                return None;
            }
            _ => {}
        }
        let is_dot = mark.as_str().starts_with(['.', '…']);
        if is_dot && !matches!(after, None | Some(' ' | '\n' | '\u{00A0}')) {
            return None;
        }
        if !is_dot && after == Some(')') {
            return None;
        }
        Some(Edit::new(spaces.start()..mark.start(), ""))
    })
}

// ----- spaces after punctuation -----

/// Any quote mark, straight or curly, double or single (the inner marks), of the three
/// languages.
fn is_quote_mark(c: char) -> bool {
    "«‹»›„“‟”\"‚‘’".contains(c)
}

/// True when the quote at `index` opens a quotation (something other than a space or a
/// closing mark follows it): `сказал:"Да"` needs a space after the colon, `«Да,» сказал`
/// needs none before the closing quote.
fn quote_opens(text: &str, index: usize) -> bool {
    let mut rest = text[index..].chars();
    rest.next();
    rest.next()
        .is_some_and(|c| !c.is_whitespace() && !is_quote_mark(c) && !",.;:!?)]…".contains(c))
}

pub(crate) const AFTER_COMMA: Rule = Rule::new(
    "space/after-comma",
    "A space after a comma (not inside a number such as 148,9)",
    "Туркестан,Шымкент",
    after_comma,
);

fn after_comma<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    rewrite_found(
        text,
        |t, from| next_mark(t, from, &[',']),
        |comma| {
            let next = char_at(text, comma.end)?;
            let previous = char_before(text, comma.start)?;
            if next.is_whitespace() || (previous.is_ascii_digit() && next.is_ascii_digit()) {
                return None; // 148,9 or 1,234
            }
            if "),:.?/\\-–—".contains(next)
                || (is_quote_mark(next) && !quote_opens(text, comma.end))
            {
                return None;
            }
            Some(Edit::new(comma.end..comma.end, " "))
        },
    )
}

pub(crate) const AFTER_COLON: Rule = Rule::new(
    "space/after-colon",
    "A space after a colon (not in times such as 12:00 or in web addresses)",
    "Итоги:рост на 11 %",
    after_colon,
);

fn after_colon<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    rewrite_found(
        text,
        |t, from| next_mark(t, from, &[':']),
        |colon| {
            let next = char_at(text, colon.end)?;
            let previous = char_before(text, colon.start)?;
            let after_amount = previous.is_numeric() || "$€₸₽¥£".contains(previous);
            if next.is_whitespace() || after_amount || "),:.?/\\-–—".contains(next) {
                return None;
            }
            if is_quote_mark(next) && !quote_opens(text, colon.end) {
                return None;
            }
            Some(Edit::new(colon.end..colon.end, " "))
        },
    )
}

static SEMICOLON: Pattern = Pattern::new(|| ";".to_string(), &[";"]);

pub(crate) const AFTER_SEMICOLON: Rule = Rule::new(
    "space/after-semicolon",
    "A space after a semicolon",
    "экспорт вырос;импорт снизился",
    after_semicolon,
);

fn after_semicolon<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    space_after_mark(text, &SEMICOLON)
}

static SENTENCE_MARK: Pattern = Pattern::new(|| r"[!?]".to_string(), &["!", "?"]);

pub(crate) const AFTER_SENTENCE_MARK: Rule = Rule::new(
    "space/after-sentence-mark",
    "A space after a question or exclamation mark that ends a sentence",
    "Добро пожаловать!Мы рады",
    after_sentence_mark,
);

fn after_sentence_mark<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    space_after_mark(text, &SENTENCE_MARK)
}

/// Inserts a space after each one-character mark `re` finds, unless what follows is a
/// space, more punctuation, a bracket, a dash (the dash rules set its spaces) or a closing
/// quote.
fn space_after_mark<'t>(text: &'t str, re: &impl Search) -> Cow<'t, str> {
    rewrite(text, re, |caps| {
        let mark = caps.get(0)?;
        let next = char_at(text, mark.end())?;
        if next.is_whitespace() || ").…!;?[]-–—".contains(next) {
            return None;
        }
        if is_quote_mark(next) && !quote_opens(text, mark.end()) {
            return None;
        }
        Some(Edit::new(mark.end()..mark.end(), " "))
    })
}

static ELLIPSIS_GLUED: Pattern =
    Pattern::new(|| format!(r"(\.\.\.|…|[?!]\.\.)({LETTER})"), &["..", "…"]);

pub(crate) const AFTER_ELLIPSIS: Rule = Rule::new(
    "space/after-ellipsis",
    "A space after an ellipsis that ends a sentence",
    "Мы ждали…Наконец",
    after_ellipsis,
);

/// `ждали…Наконец` → `ждали… Наконец`: an ellipsis after a lowercase letter followed by a
/// capital ends a sentence; `!..` and `?..` always end one. `…и` inside a word is left.
fn after_ellipsis<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    rewrite(text, &ELLIPSIS_GLUED, |caps| {
        let mark = caps.get(1)?;
        let next = caps.get(2)?.as_str().chars().next()?;
        let ends_sentence = if mark.as_str().starts_with(['?', '!']) {
            true
        } else {
            let before = char_before(text, mark.start());
            matches!(before, Some(c) if c.is_lowercase()) && next.is_uppercase()
        };
        ends_sentence.then(|| Edit::new(mark.end()..mark.end(), " "))
    })
}

// ----- brackets -----

static INSIDE_BRACKETS: Pattern = Pattern::new(
    || r"([(\[])[ \u{00A0}]+|[ \u{00A0}]+([)\]])".to_string(),
    &[
        "( ", "(\u{a0}", "[ ", "[\u{a0}", " )", "\u{a0})", " ]", "\u{a0}]",
    ],
);

pub(crate) const INSIDE_BRACKET: Rule = Rule::new(
    "space/inside-brackets",
    "No spaces just inside brackets",
    "( в 2025 году )",
    inside_brackets,
);

fn inside_brackets<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    let padded = [
        "( ", "(\u{a0}", "[ ", "[\u{a0}", " )", "\u{a0})", " ]", "\u{a0}]",
    ];
    if !contains_any(text, &padded) {
        return Cow::Borrowed(text);
    }
    replace_matches(text, &INSIDE_BRACKETS, |caps| {
        let bracket = caps.get(1).or_else(|| caps.get(2))?;
        Some(bracket.as_str().to_string())
    })
}

static BRACKET_GLUED: Pattern = Pattern::new(|| format!(r"[{LETTER}.!?,;…)]\("), &["("]);

pub(crate) const BEFORE_BRACKET: Rule = Rule::new(
    "space/before-bracket",
    "A space before an opening bracket that follows a word",
    "Туркестанская область(Казахстан)",
    before_bracket,
);

fn before_bracket<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    let glued = text.match_indices('(').any(|(at, _)| {
        char_before(text, at).is_some_and(|c| is_letter(c) || ".!?,;…)".contains(c))
    });
    if !super::scan::worth_looking(glued) {
        return Cow::Borrowed(text);
    }
    rewrite(text, &BRACKET_GLUED, |caps| {
        let m = caps.get(0)?;
        let bracket = m.end() - 1;
        Some(Edit::new(bracket..bracket, " "))
    })
}

// ----- a year glued to its word -----

/// A glued word the year rule separates, e.g. `2002году`; every language lists its own.
pub(crate) fn glued_year_words(lang: crate::language::Language) -> &'static [&'static str] {
    use crate::language::Language;
    match lang {
        Language::Ru => &["год", "года", "году", "годом", "годе"],
        Language::Kk => &["жыл", "жылы", "жылғы", "жылдың", "жылға", "жылда", "жылдан"],
        Language::En => &[],
    }
}

/// The pattern [`glued_year`] reads by hand (see [`super::words::next_alternative`]).
#[cfg(test)]
static YEAR_GLUED: super::scan::PerLanguage = super::scan::PerLanguage::new(|lang| {
    let words = glued_year_words(lang);
    if words.is_empty() {
        return "$^".to_string(); // matches nothing
    }
    format!(r"({})", super::scan::alternation(words))
});

pub(crate) const GLUED_YEAR: Rule = Rule::new(
    "space/glued-year",
    "A space between a year and the word «год» typed together",
    "в 2025году",
    glued_year,
);

fn glued_year<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    let words = glued_year_words(ctx.lang);
    separate_glued_years(text, |t, from| next_word_after_digit(t, from, words))
}

/// The next word of `words` at or after `from` that follows a digit: the only ones the rule
/// changes. «год» is in every other Russian sentence, and finding each occurrence only to
/// turn it down was most of the rule's time. No word of a list starts inside another
/// («год», «жыл»), so skipping the others finds the same words as the pattern did.
fn next_word_after_digit(
    text: &str,
    from: usize,
    words: &[&str],
) -> Option<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    (from.max(1)..text.len())
        .filter(|&at| bytes[at - 1].is_ascii_digit() && text.is_char_boundary(at))
        .find_map(|at| super::words::alternative_at(text, at, words).map(|end| at..end))
}

/// [`glued_year`] as its pattern, which it must equal.
#[cfg(test)]
fn glued_year_by_pattern<'t>(text: &'t str, lang: crate::language::Language) -> Cow<'t, str> {
    let re = YEAR_GLUED.get(lang);
    separate_glued_years(text, |t, from| re.find_at(t, from).map(|m| m.range()))
}

/// `find` gives the next word of the list, which the rule separates from a year before it.
fn separate_glued_years<'t>(
    text: &'t str,
    find: impl Fn(&str, usize) -> Option<std::ops::Range<usize>>,
) -> Cow<'t, str> {
    super::scan::rewrite_found(text, find, |word| {
        let digits = text[..word.start]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        if !(3..=4).contains(&digits) {
            return None;
        }
        let year_start = word.start - digits;
        let before_ok = matches!(
            char_before(text, year_start),
            None | Some(' ' | '\n' | NBSP)
        );
        let after_ok = !matches!(char_at(text, word.end), Some(c) if is_letter(c));
        (before_ok && after_ok).then(|| Edit::new(word.start..word.start, " "))
    })
}

/// This module's patterns, for the test of their `needs`.
#[cfg(test)]
pub(super) fn patterns() -> Vec<&'static Pattern> {
    vec![
        &LINE_START_SPACES,
        &LINE_END_SPACES,
        &MANY_LINE_BREAKS,
        &SPACE_RUN,
        &BEFORE_MARK,
        &SEMICOLON,
        &SENTENCE_MARK,
        &ELLIPSIS_GLUED,
        &INSIDE_BRACKETS,
        &BRACKET_GLUED,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;
    use crate::typography::engine::test_support::apply_alone;
    use proptest::prelude::*;

    proptest! {
        /// Years glued to their word are found by hand where their pattern found them.
        #[test]
        fn glued_years_read_as_their_pattern_did(
            text in "(2025|25|12025|году|года|годом|год|годе|погода|жыл|жылы|жылғы|жылдан|ы|а| |\u{a0}|\n|-|,){0,10}"
        ) {
            let settings = crate::typography::TypographySettings::default();
            for lang in Language::ALL {
                let ctx = Context::new(lang, &settings);
                prop_assert_eq!(glued_year(&text, &ctx), glued_year_by_pattern(&text, lang));
            }
        }
    }

    fn run(rule: Rule, text: &str) -> String {
        apply_alone(rule, Language::Ru, text)
    }

    #[test]
    fn repeated_spaces_collapse_inside_lines_only() {
        assert_eq!(run(REPEATED, "a   b\u{00A0} c"), "a b\u{00A0}c");
        assert_eq!(run(REPEATED, "  a  \n  b"), "  a  \n  b");
    }

    #[test]
    fn space_before_punctuation_goes_but_not_before_a_leading_dot() {
        assert_eq!(run(BEFORE_PUNCTUATION, "слово , слово ."), "слово, слово.");
        assert_eq!(run(BEFORE_PUNCTUATION, "нужен .Net"), "нужен .Net");
    }

    #[test]
    fn comma_space_skips_decimals() {
        assert_eq!(run(AFTER_COMMA, "148,9 и а,б"), "148,9 и а, б");
    }

    #[test]
    fn odd_spaces_become_plain_and_invisible_ones_go() {
        assert_eq!(run(ODD_SPACES, "a\tb\u{200B}c\u{2003}d"), "a bc d");
    }
}
