//! Quotation marks: straight or mixed quotes become the language's own, nested by level.
//!
//! Russian «ёлочки» with „лапки“ inside (and ‚одиночные‘ a level deeper), Kazakh « » with
//! “ ” inside (CLDR), English “ ” with ‘ ’ inside.
//!
//! Each run of quote characters is judged by what stands around it: after a space or an
//! opening bracket and before a word it opens; after a word and before a space or a mark it
//! closes; after a space and before the end of the text or line, or before a mark no
//! quotation starts with (`депрессию. ".`), it closes the quotation that is open (a stray
//! space typed before the closing quote); anywhere else (inside a word, between spaces) it
//! is left as typed. Then the runs are given levels from left to right. When the text has
//! as many openings as closings the levels go as deep as the language has; when it does
//! not, only two levels are used (one in English), so one missing quote cannot push the
//! rest of the text into the innermost style. A straight quote that could not be judged
//! resets the level, as the user's own quotes cannot be trusted past it. (This follows the
//! behaviour of the typograf library, whose test cases we check against.)

use std::borrow::Cow;

use super::engine::{Context, Rule};
use crate::language::Language;

pub(crate) const QUOTES: Rule = Rule::new(
    "punctuation/quotes",
    "Straight quotes become «ёлочки», with „лапки“ for quotes inside quotes",
    "Он сказал: \"Проект \"Нур\" готов\"",
    quotes,
);

struct Style {
    /// Opening marks by level, outermost first.
    open: &'static [char],
    /// Closing marks by level.
    close: &'static [char],
    /// How many levels to use when openings and closings do not pair up. Only levels whose
    /// marks are read back as quotes may be used then, or typesetting the result again
    /// would nest differently: English ‘ ’ are also apostrophes, so English uses one.
    unbalanced_levels: usize,
}

fn style(lang: Language) -> Style {
    match lang {
        Language::Ru => Style {
            open: &['«', '„', '‚'],
            close: &['»', '“', '‘'],
            unbalanced_levels: 2,
        },
        Language::Kk => Style {
            open: &['«', '“', '‘'],
            close: &['»', '”', '’'],
            unbalanced_levels: 2,
        },
        Language::En => Style {
            open: &['“', '‘'],
            close: &['”', '’'],
            unbalanced_levels: 1,
        },
    }
}

/// Every character a user may have typed or pasted as a double quote.
fn is_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '„' | '“' | '”' | '‟' | '‹' | '›')
}

/// Characters after which a quote opens (besides the start of the text).
fn opens_after(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | '[' | '{' | '>')
}

/// Characters before which a quote closes (besides the end of the text): a space, a mark,
/// a closing bracket, a dash (`«…»— сказал`).
fn closes_before(c: char) -> bool {
    c.is_whitespace() || "!?.:;#*,…)]}<-–—".contains(c)
}

/// Whether a quote standing at `rest` (the text just after it) cannot open a quotation: the
/// end of the text or of a line, or a mark no quotation starts with (`. "` then `,` `.` `;`
/// `)` and the like). A quotation may start with an ellipsis (`"…Некоторые оды"`), so `…`
/// and `...` are not such marks.
fn cannot_open_before(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None | Some('\n' | '\r') => true,
        Some('.') => chars.next() != Some('.'),
        Some(c) => ",:;!?)]}".contains(c),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Left as typed; still counts as an opening or closing if it is one of the language's marks.
    Keep,
    /// After a space and before a mark no quotation starts with (`депрессию. ".`): it closes
    /// the quotation that is open, if one is, and is left as typed otherwise.
    CloseIfOpen,
    /// The inner pair of a quotation wrapped twice (`«"…"»`): dropped.
    Drop,
}

fn quotes<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    let text_with_singles = if ctx.lang == Language::En {
        english_single_quotes(text)
    } else {
        Cow::Borrowed(text)
    };
    if !text_with_singles.contains(is_quote) {
        return text_with_singles;
    }
    let style = style(ctx.lang);
    let mut marks = judge(&text_with_singles);
    settle(&mut marks, &style);
    drop_double_wrapping(&mut marks);
    let result = set_levels(&text_with_singles, &marks, &style);
    if result == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(result)
    }
}

/// Each quote character's position and role.
fn judge(text: &str) -> Vec<(usize, char, Role)> {
    let mut marks = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut previous: Option<char> = None;
    while let Some((start, c)) = chars.next() {
        if !is_quote(c) {
            previous = Some(c);
            continue;
        }
        let mut run = vec![(start, c)];
        while let Some(&(index, next)) = chars.peek() {
            if !is_quote(next) {
                break;
            }
            run.push((index, next));
            chars.next();
        }
        let after = chars.peek().map(|&(_, c)| c);
        let closes =
            matches!(previous, Some(p) if !p.is_whitespace()) && after.is_none_or(closes_before);
        let opens =
            previous.is_none_or(opens_after) && matches!(after, Some(a) if !a.is_whitespace());
        let after_space = previous.is_none_or(char::is_whitespace);
        let rest = chars.peek().map_or("", |&(index, _)| &text[index..]);
        let role = if closes {
            Role::Close
        } else if after_space && cannot_open_before(rest) {
            Role::CloseIfOpen
        } else if opens {
            Role::Open
        } else {
            Role::Keep
        };
        marks.extend(run.iter().map(|&(index, c)| (index, c, role)));
        previous = run.last().map(|&(_, c)| c);
    }
    marks
}

/// Settles every [`Role::CloseIfOpen`] by the quotations open at that point, counted from the
/// left as [`set_levels`] counts them.
fn settle(marks: &mut [(usize, char, Role)], style: &Style) {
    let mut depth = 0usize;
    for (_, c, role) in marks.iter_mut() {
        if *role == Role::CloseIfOpen {
            *role = if depth > 0 { Role::Close } else { Role::Keep };
        }
        match *role {
            Role::Open => depth += 1,
            Role::Close => depth = depth.saturating_sub(1),
            Role::Keep if style.open.contains(c) => depth += 1,
            Role::Keep if style.close.contains(c) => depth = depth.saturating_sub(1),
            Role::Keep if *c == '"' => depth = 0,
            Role::Keep | Role::CloseIfOpen | Role::Drop => {}
        }
    }
}

/// A quotation wrapped twice — `«"Мы подписали «меморандум»"»`, as pasted from a caption
/// that quoted a quote — is one quotation: the inner pair of marks, each right beside the
/// outer one, is dropped, so the text nests two levels, not three.
fn drop_double_wrapping(marks: &mut [(usize, char, Role)]) {
    let mut open: Vec<usize> = Vec::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, &(_, _, role)) in marks.iter().enumerate() {
        match role {
            Role::Open => open.push(i),
            Role::Close => {
                if let Some(o) = open.pop() {
                    pairs.push((o, i));
                }
            }
            _ => {}
        }
    }
    let beside = |a: usize, b: usize| {
        let (index, c, _) = marks[a];
        index + c.len_utf8() == marks[b].0
    };
    // Exactly two marks where the quotation opens (longer runs of quotes are noise and keep
    // their levels); where it closes, the inner quotation may close right before them
    // («меморандум»"»).
    let alone_before = |i: usize| i == 0 || !beside(i - 1, i);
    let alone_after = |i: usize| i + 1 >= marks.len() || !beside(i, i + 1);
    let doubled: Vec<(usize, usize)> = pairs
        .iter()
        .filter(|&&(o, c)| {
            o + 1 < c
                && pairs.contains(&(o + 1, c - 1))
                && beside(o, o + 1)
                && beside(c - 1, c)
                && alone_before(o)
                && alone_after(o + 1)
                && alone_after(c)
        })
        .map(|&(o, c)| (o + 1, c - 1))
        .collect();
    for (o, c) in doubled {
        marks[o].2 = Role::Drop;
        marks[c].2 = Role::Drop;
    }
}

fn set_levels(text: &str, marks: &[(usize, char, Role)], style: &Style) -> String {
    // A quote left as typed still counts if it is one of the language's own marks: the
    // result of typesetting reads the same way when typeset again.
    let is_opening = |&(_, c, role): &(usize, char, Role)| {
        role == Role::Open || (role == Role::Keep && style.open.contains(&c))
    };
    let is_closing = |&(_, c, role): &(usize, char, Role)| {
        role == Role::Close || (role == Role::Keep && style.close.contains(&c))
    };
    let openings = marks.iter().filter(|m| is_opening(m)).count();
    let closings = marks.iter().filter(|m| is_closing(m)).count();
    let max_level = if openings == closings {
        style.open.len()
    } else {
        style.unbalanced_levels
    };

    let mut out = String::with_capacity(text.len() + 8);
    let mut copied = 0;
    let mut level = 0usize;
    for mark in marks {
        let (index, c, role) = *mark;
        if role == Role::Drop {
            out.push_str(&text[copied..index]);
            copied = index + c.len_utf8();
            continue;
        }
        let replacement = if role == Role::Keep {
            // A mark left as typed keeps its shape but still moves the level.
            if is_opening(mark) {
                level = (level + 1).min(max_level);
            } else if is_closing(mark) {
                level = level.saturating_sub(1);
            } else if c == '"' {
                level = 0;
            }
            c
        } else if is_opening(mark) {
            let glyph = style.open[level.min(max_level - 1)];
            level = (level + 1).min(max_level);
            glyph
        } else if is_closing(mark) {
            level = level.saturating_sub(1);
            style.close[level.min(max_level - 1)]
        } else {
            c
        };
        out.push_str(&text[copied..index]);
        out.push(replacement);
        copied = index + c.len_utf8();
    }
    out.push_str(&text[copied..]);
    out
}

/// English single quotes: `'word` opens (‘), `word'` closes (’, the same mark as the
/// apostrophe); an apostrophe inside a word is the apostrophe rule's.
fn english_single_quotes(text: &str) -> Cow<'_, str> {
    if !text.contains('\'') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut previous: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        if c == '\'' {
            // A double quote next to it counts as a boundary: it may be typed straight now
            // and curly after typesetting, and the single quote must be judged the same.
            let opens = previous.is_none_or(|p| opens_after(p) || is_quote(p))
                && matches!(next, Some(n) if n.is_alphanumeric());
            let closes = matches!(previous, Some(p) if p.is_alphanumeric() || ".,!?".contains(p))
                && next.is_none_or(|n| closes_before(n) || is_quote(n));
            out.push(if opens {
                '‘'
            } else if closes {
                '’'
            } else {
                c
            });
        } else {
            out.push(c);
        }
        previous = Some(c);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typography::TypographySettings;

    fn run(lang: Language, text: &str) -> String {
        let settings = TypographySettings::default();
        let ctx = Context::new(lang, &settings);
        quotes(text, &ctx).into_owned()
    }

    #[test]
    fn russian_quotes_nest() {
        assert_eq!(
            run(Language::Ru, "«Он сказал \"привет\"», — отметил"),
            "«Он сказал „привет“», — отметил"
        );
        assert_eq!(
            run(Language::Ru, "\"а \"б \"в\" г\" д\""),
            "«а „б ‚в‘ г“ д»"
        );
    }

    #[test]
    fn kazakh_quotes_use_english_style_inside() {
        assert_eq!(run(Language::Kk, "\"Ол \"Нұр\" деді\""), "«Ол “Нұр” деді»");
    }

    #[test]
    fn english_quotes_and_single_quotes() {
        assert_eq!(
            run(Language::En, "\"I read \"The Times\",\" she said 'yes'."),
            "“I read ‘The Times’,” she said ‘yes’."
        );
    }

    #[test]
    fn a_quote_after_a_space_closes_before_a_mark_or_the_end() {
        // A stray space before the closing quote, at the end or before a mark.
        assert_eq!(
            run(Language::Ru, "\"Мы рады сотрудничеству. \""),
            "«Мы рады сотрудничеству. »"
        );
        assert_eq!(run(Language::Ru, "(\"Мы рады. \")."), "(«Мы рады. »).");
        assert_eq!(run(Language::Ru, "\"Рады. \"\nДалее"), "«Рады. »\nДалее");
        // With no quotation open there is nothing to close: it stays as typed.
        assert_eq!(run(Language::Ru, "Знак \", и"), "Знак \", и");
        // A quotation may start with an ellipsis, inside another one too.
        assert_eq!(
            run(Language::Ru, "\"Он писал: \"…Оды\"\""),
            "«Он писал: „…Оды“»"
        );
    }

    #[test]
    fn quotes_that_cannot_be_judged_stay() {
        assert_eq!(run(Language::Ru, "\" слово"), "\" слово");
        assert_eq!(run(Language::Ru, "сло\"во"), "сло\"во");
    }

    #[test]
    fn a_quotation_wrapped_twice_nests_two_levels() {
        // As pasted from a TV caption that quoted a quote.
        assert_eq!(
            run(Language::Ru, "«\"Мы подписали «меморандум»\"»"),
            "«Мы подписали „меморандум“»"
        );
        assert_eq!(run(Language::Ru, "\"\"Мы подписали\"\""), "«Мы подписали»");
        // A quotation inside a quotation is not a double wrapping.
        assert_eq!(
            run(Language::Ru, "«Он сказал: \"Да\"»"),
            "«Он сказал: „Да“»"
        );
    }
}
