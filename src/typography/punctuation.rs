//! Punctuation marks typed with the keyboard's substitutes: dots, doubled marks, apostrophes,
//! signs written with two characters.

use std::borrow::Cow;

use super::engine::{Context, Rule};
use super::scan::{Pattern, char_at, char_before, is_letter, replace_matches};
use crate::language::Language;

static DOT_RUN: Pattern = Pattern::new(|| r"\.{3,}".to_string(), &["..."]);

pub(crate) const ELLIPSIS: Rule = Rule::new(
    "punctuation/ellipsis",
    "Three dots become an ellipsis",
    "Мы ждали...",
    ellipsis,
);

/// Three dots are an ellipsis; in Russian and Kazakh four dots are too (an ellipsis never
/// takes a full stop after it), in English the fourth dot is the full stop and stays.
/// Five or more dots are left alone: someone drew a line.
fn ellipsis<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    replace_matches(text, &DOT_RUN, |caps| {
        match (caps.get(0)?.len(), ctx.lang) {
            (3, _) => Some("…".to_string()),
            (4, Language::En) => Some("….".to_string()),
            (4, _) => Some("…".to_string()),
            _ => None,
        }
    })
}

static MARK_RUN: Pattern = Pattern::new(
    || r",{2,}|;{2,}|:{2,}|\.{2,}|\?{2,}|!{2,}".to_string(),
    &[",,", ";;", "::", "..", "??", "!!"],
);

pub(crate) const DOUBLED: Rule = Rule::new(
    "punctuation/doubled",
    "Marks typed twice by accident become one (,, ;; :: .. ?? !!); !!! stays, !!!! becomes !!!",
    "Итак,, мы начинаем!!",
    doubled,
);

fn doubled<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    replace_matches(text, &MARK_RUN, |caps| {
        let run = caps.get(0)?;
        let mark = run.as_str().chars().next()?;
        let count = run.as_str().len();
        match mark {
            ',' | ';' | ':' => Some(mark.to_string()),
            // `?..` and `!..` are marks of their own; three dots are the ellipsis rule's.
            '.' if count == 2 => {
                let before = char_before(text, run.start());
                (!matches!(before, Some('!' | '?' | '…'))).then(|| ".".to_string())
            }
            '?' if count == 2 => Some("?".to_string()),
            '!' if count == 2 => Some("!".to_string()),
            '!' if count >= 4 => Some("!!!".to_string()),
            _ => None,
        }
    })
}

static MARK_CLUSTER: Pattern = Pattern::new(|| r"[!?]{2,}".to_string(), &["!!", "!?", "?!", "??"]);

pub(crate) const QUESTION_EXCLAMATION: Rule = Rule::new(
    "punctuation/question-exclamation",
    "!? becomes ?! (the question comes first)",
    "Неужели!?",
    question_exclamation,
);

/// Only the pair on its own: `?!?` and `!!!?` are someone's deliberate emphasis. Runs after
/// the doubled-marks rule, which may leave a pair of a longer run.
fn question_exclamation<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    replace_matches(text, &MARK_CLUSTER, |caps| {
        (caps.get(0)?.as_str() == "!?").then(|| "?!".to_string())
    })
}

static ELLIPSIS_WITH_MARK: Pattern = Pattern::new(
    || r"([!?])(?:\.\.\.|…)|(\.\.\.|…),".to_string(),
    &["!.", "!…", "?.", "?…", ".,", "…,"],
);

pub(crate) const ELLIPSIS_AFTER_MARK: Rule = Rule::new(
    "punctuation/ellipsis-after-mark",
    "?… and !… become ?.. and !..; no comma after an ellipsis",
    "Неужели?… Мы ждали…, но",
    ellipsis_after_mark,
);

fn ellipsis_after_mark<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    replace_matches(text, &ELLIPSIS_WITH_MARK, |caps| {
        if let Some(mark) = caps.get(1) {
            let m = caps.get(0)?;
            if char_at(text, m.end()) == Some('.') {
                return None; // a longer run of dots: not ours to judge
            }
            return Some(format!("{}..", mark.as_str()));
        }
        let ellipsis = caps.get(2)?;
        if char_before(text, ellipsis.start()) == Some('.') {
            return None;
        }
        Some("…".to_string())
    })
}

static APOSTROPHE_MARK: Pattern = Pattern::new(|| "'".to_string(), &["'"]);

pub(crate) const APOSTROPHE: Rule = Rule::new(
    "punctuation/apostrophe",
    "A typewriter apostrophe inside a word becomes ’",
    "Жанна д'Арк",
    apostrophe,
);

fn apostrophe<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    super::scan::rewrite(text, &APOSTROPHE_MARK, |caps| {
        let quote = caps.get(0)?;
        let between_letters = char_before(text, quote.start()).is_some_and(is_letter)
            && char_at(text, quote.end()).is_some_and(is_letter);
        between_letters.then(|| super::scan::Edit::new(quote.range(), "’"))
    })
}

// The needs name each letter's cases: «(КНР)» and «(2025)» do not compile the pattern.
static COPYRIGHT_SIGNS: Pattern = Pattern::new(
    || r"(?i)\((c|с|r|tm)\)".to_string(),
    &["(c", "(C", "(с", "(С", "(ᲃ", "(r", "(R", "(t", "(T"],
);

pub(crate) const SIGNS: Rule = Rule::new(
    "symbols/copyright",
    "(c), (r) and (tm) become ©, ® and ™",
    "(c) Пресс-служба акимата",
    signs,
);

fn signs<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    replace_matches(text, &COPYRIGHT_SIGNS, |caps| {
        let inner = caps.get(1)?.as_str().to_lowercase();
        Some(
            match inner.as_str() {
                "r" => "®",
                "tm" => "™",
                _ => "©",
            }
            .to_string(),
        )
    })
}

static MATH_PAIRS: Pattern = Pattern::new(
    || r"<=>|!=|<=|>=|~=|\+-|<<|>>".to_string(),
    &["<", ">", "=", "+-"],
);

pub(crate) const MATH_SIGNS: Rule = Rule::new(
    "number/math-signs",
    "!=, <=, >=, +- and similar pairs become ≠, ≤, ≥, ±",
    "допуск +-5 %, t <= 30",
    math_signs,
);

/// `<<` and `>>` become ≪ and ≫ only between numbers: elsewhere they are more likely a
/// substitute for «» typed on a keyboard without them.
fn math_signs<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    replace_matches(text, &MATH_PAIRS, |caps| {
        let m = caps.get(0)?;
        let before = char_before(text, m.start());
        let sign = match m.as_str() {
            "<=>" => "⇔",
            "!=" => "≠",
            "<=" => "≤",
            ">=" if before != Some('=') => "≥",
            "~=" => "≅",
            "+-" if before != Some('+') => "±",
            "<<" | ">>" if between_numbers(text, m.start(), m.end()) => {
                if m.as_str() == "<<" {
                    "≪"
                } else {
                    "≫"
                }
            }
            _ => return None,
        };
        Some(sign.to_string())
    })
}

/// True when a number ends just before `start` and one starts just after `end`, allowing one
/// space on each side.
fn between_numbers(text: &str, start: usize, end: usize) -> bool {
    let left = text[..start].trim_end_matches([' ', '\u{00A0}']);
    let right = text[end..].trim_start_matches([' ', '\u{00A0}']);
    // Counted in characters: a no-break space is two bytes.
    let spaces_left = text[left.len()..start].chars().count();
    let spaces_right = text[end..text.len() - right.len()].chars().count();
    spaces_left <= 1
        && spaces_right <= 1
        && left.ends_with(|c: char| c.is_ascii_digit())
        && right.starts_with(|c: char| c.is_ascii_digit())
}

static TIMES_SIGN: Pattern = Pattern::new(
    || r"([0-9])[ \u{00A0}]?[xх][ \u{00A0}]?([0-9])".to_string(),
    &["x", "х"],
);

pub(crate) const TIMES: Rule = Rule::new(
    "number/times",
    "x between numbers becomes the multiplication sign ×",
    "площадка 30 x 40 метров",
    times,
);

fn times<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    // Every match has an «x» or «х» between numbers; in a Russian or Kazakh text most «х»
    // are letters of words, so this looks before compiling the pattern.
    let x_between_numbers = text
        .match_indices(['x', 'х'])
        .any(|(at, x)| between_numbers(text, at, at + x.len()));
    if !super::scan::worth_looking(x_between_numbers) {
        return Cow::Borrowed(text);
    }
    super::scan::rewrite(text, &TIMES_SIGN, |caps| {
        let left = caps.get(1)?;
        let right = caps.get(2)?;
        // In a code such as `A3x4` the x is a letter: the first number must stand alone.
        let glued_letter = matches!(char_before(text, left.start()), Some(c) if is_letter(c));
        if glued_letter {
            return None;
        }
        Some(super::scan::Edit::new(left.end()..right.start(), "×"))
    })
}

static SIMPLE_FRACTION: Pattern = Pattern::new(|| r"([13])/([24])".to_string(), &["/"]);

pub(crate) const FRACTION: Rule = Rule::new(
    "number/fraction",
    "1/2, 1/4 and 3/4 become ½, ¼ and ¾ (off by default: 1/2 is also a house number)",
    "1/2 финала",
    fraction,
)
.off_by_default();

fn fraction<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    replace_matches(text, &SIMPLE_FRACTION, |caps| {
        let m = caps.get(0)?;
        let free = |c: Option<char>| !matches!(c, Some(c) if c.is_ascii_digit() || c == '/');
        if !free(char_before(text, m.start())) || !free(char_at(text, m.end())) {
            return None;
        }
        match m.as_str() {
            "1/2" => Some("½".to_string()),
            "1/4" => Some("¼".to_string()),
            "3/4" => Some("¾".to_string()),
            _ => None,
        }
    })
}

/// This module's patterns, for the test of their `needs`.
#[cfg(test)]
pub(super) fn patterns() -> Vec<&'static Pattern> {
    vec![
        &DOT_RUN,
        &MARK_RUN,
        &MARK_CLUSTER,
        &ELLIPSIS_WITH_MARK,
        &APOSTROPHE_MARK,
        &COPYRIGHT_SIGNS,
        &MATH_PAIRS,
        &TIMES_SIGN,
        &SIMPLE_FRACTION,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typography::engine::test_support::apply_alone;

    fn run(rule: Rule, lang: Language, text: &str) -> String {
        apply_alone(rule, lang, text)
    }

    #[test]
    fn ellipsis_counts_dots_per_language() {
        assert_eq!(
            run(ELLIPSIS, Language::Ru, "а.... б..... в.."),
            "а… б..... в.."
        );
        assert_eq!(run(ELLIPSIS, Language::En, "a...."), "a….");
    }

    #[test]
    fn doubled_marks_keep_deliberate_runs() {
        assert_eq!(
            run(DOUBLED, Language::Ru, "а,, б?? в!!! г!!!! д?.."),
            "а, б? в!!! г!!! д?.."
        );
    }

    #[test]
    fn math_signs_leave_keyboard_guillemets() {
        assert_eq!(
            run(MATH_SIGNS, Language::Ru, "<<Нур>> 2 << 3"),
            "<<Нур>> 2 ≪ 3"
        );
        // One space on each side, a no-break one too (two bytes, one space).
        assert_eq!(
            run(MATH_SIGNS, Language::Ru, "2\u{a0}<<\u{a0}3, 2  >>  3"),
            "2\u{a0}≪\u{a0}3, 2  >>  3"
        );
    }

    #[test]
    fn times_needs_numbers_on_both_sides() {
        assert_eq!(
            run(TIMES, Language::Ru, "3х4, 3 x 6, A3x4"),
            "3×4, 3×6, A3x4"
        );
        // Letters «х» in words before the number do not hide it; a no-break space counts.
        assert_eq!(
            run(
                TIMES,
                Language::Ru,
                "их зал — 30\u{a0}х\u{a0}40 метров, а не 20 х"
            ),
            "их зал — 30×40 метров, а не 20 х"
        );
    }
}
