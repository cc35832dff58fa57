//! No-break spaces of names and abbreviations: initials and surname, `т.\u{a0}д.`,
//! `P.\u{a0}S.`, a legal form and its organisation's name, `стр.\u{a0}12`.

use std::borrow::Cow;
use std::ops::Range;

use super::super::engine::{Context, Rule};
use super::super::scan::{
    Edit, LETTER, NBSP, NNBSP, Pattern, PerLanguage, char_at, char_before, is_inline_space,
    is_letter, opens_word, rewrite, rewrite_found,
};
#[cfg(test)]
use super::super::scan::{LOWER, UPPER};
use super::super::words::{self, word_pattern};
use crate::language::{Language, is_our_capital, is_our_small};

/// The pattern [`initials`] reads by hand (see [`next_initials`]).
#[cfg(test)]
static INITIALS: Pattern = Pattern::new(
    || {
        let gap = r"[ \u{00A0}\u{202F}]?";
        format!(r"({UPPER})\.{gap}(?:({UPPER})\.{gap})?({UPPER}{LOWER}+)")
    },
    &[],
);

pub(crate) const INITIALS_RULE: Rule = Rule::new(
    "nbsp/initials",
    "Initials stay together and with the surname: Д.\u{a0}А.\u{a0}Сатыбалды",
    "Д.А. Сатыбалды, А. Иванов",
    initials,
);

/// Whether a full stop has a letter `before` it and, after one space at most, a letter
/// `after` it: `А. Иванов` (capitals), `т. е.` (small letters).
fn stop_between(text: &str, before: fn(char) -> bool, after: fn(char) -> bool) -> bool {
    text.match_indices('.').any(|(at, _)| {
        let rest = &text[at + 1..];
        let rest = rest
            .strip_prefix([' ', NBSP, '\u{202F}'])
            .filter(|r| r.starts_with(after))
            .unwrap_or(rest);
        char_before(text, at).is_some_and(before) && rest.starts_with(after)
    })
}

/// Read without a pattern (nearly every release names a person with initials; the
/// pattern's compile was 0.2-0.4 ms of an export). A test compares it with the pattern.
fn initials<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    let initial = stop_between(text, char::is_uppercase, char::is_uppercase);
    if !super::super::scan::worth_looking(initial) {
        return Cow::Borrowed(text);
    }
    rewrite_found(text, next_initials, |found| {
        initials_edit(text, &Initials::at(text, found.start)?)
    })
}

/// One or two initials and a surname, as `(UPPER)\.gap(?:(UPPER)\.gap)?(UPPER LOWER+)`
/// finds them: `Д.А. Сатыбалды`, `А. Иванов`.
struct Initials {
    whole: Range<usize>,
    first: Range<usize>,
    second: Option<Range<usize>>,
    surname: Range<usize>,
}

impl Initials {
    /// The initials and surname starting at `start`, if any.
    fn at(text: &str, start: usize) -> Option<Initials> {
        let after_first = initial_at(text, start)?;
        let second = initial_at(text, after_first)
            .and_then(|after| Some((after, capitalised_word_end(text, after)?)));
        let (second, surname) = match second {
            Some((after, end)) => (Some(char_range(text, after_first)?), after..end),
            None => (None, after_first..capitalised_word_end(text, after_first)?),
        };
        Some(Initials {
            whole: start..surname.end,
            first: char_range(text, start)?,
            second,
            surname,
        })
    }
}

/// The next [`Initials`] at or after `from`.
fn next_initials(text: &str, from: usize) -> Option<Range<usize>> {
    text[from..]
        .char_indices()
        .filter(|&(_, c)| is_our_capital(c))
        .find_map(|(offset, _)| Initials::at(text, from + offset))
        .map(|found| found.whole)
}

/// Where a capital, a full stop and a space or none, starting at `i`, end.
fn initial_at(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    let mut chars = rest.chars();
    let capital = chars.next().filter(|&c| is_our_capital(c))?;
    let after_stop = chars.as_str().strip_prefix('.')?;
    let gap = after_stop
        .chars()
        .next()
        .filter(|&c| matches!(c, ' ' | NBSP | NNBSP))
        .map_or(0, char::len_utf8);
    Some(i + capital.len_utf8() + 1 + gap)
}

/// Where a capital and one or more small letters, starting at `i`, end.
fn capitalised_word_end(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    let capital = rest.chars().next().filter(|&c| is_our_capital(c))?;
    let small = rest[capital.len_utf8()..]
        .char_indices()
        .find(|&(_, c)| !is_our_small(c))
        .map_or(rest.len() - capital.len_utf8(), |(at, _)| at);
    (small > 0).then_some(i + capital.len_utf8() + small)
}

/// The range of the character at `i`.
fn char_range(text: &str, i: usize) -> Option<Range<usize>> {
    let c = text.get(i..)?.chars().next()?;
    Some(i..i + c.len_utf8())
}

fn initials_edit(text: &str, found: &Initials) -> Option<Edit> {
    if !opens_word(char_before(text, found.first.start)) {
        return None;
    }
    let (first, surname) = (&text[found.first.clone()], &text[found.surname.clone()]);
    let with = match &found.second {
        Some(second) => format!("{first}.{NBSP}{}.{NBSP}{surname}", &text[second.clone()]),
        None => format!("{first}.{NBSP}{surname}"),
    };
    Some(Edit::new(found.whole.clone(), with))
}

/// [`initials`] as its pattern, which it must equal.
#[cfg(test)]
fn initials_by_pattern<'t>(text: &'t str) -> Cow<'t, str> {
    rewrite(text, &INITIALS, |caps| {
        let found = Initials {
            whole: caps.get(0)?.range(),
            first: caps.get(1)?.range(),
            second: caps.get(2).map(|m| m.range()),
            surname: caps.get(3)?.range(),
        };
        initials_edit(text, &found)
    })
}

/// The pattern [`cyrillic_abbreviations`] reads by hand (see [`AbbreviationPair`]).
#[cfg(test)]
static ABBREVIATION_PAIR: Pattern = Pattern::new(
    || {
        let letter = r"[а-яёәғқңөұүһі]";
        format!(r"({letter}{{1,3}})\.([ \u{{00A0}}\u{{202F}}]?)({letter}{{1,3}})\.")
    },
    &[],
);

pub(crate) const ABBREVIATIONS: Rule = Rule::new(
    "nbsp/abbreviations",
    "Abbreviations of two words stay together: т.\u{a0}д., т.\u{a0}е., т.\u{a0}б., P.\u{a0}S.",
    "и т.д., т. е.",
    abbreviations,
);

static POSTSCRIPT: Pattern = Pattern::new(
    || r"P\.[ \u{00A0}]?(?:(P)\.[ \u{00A0}]?)?S\.".to_string(),
    &["P."],
);

/// `т.д.`, `т. е.` → one no-break space inside; `P.S.` → `P.~S.`. `дд.мм` (a date template)
/// and web domains (`кто.рф.`) are not abbreviations.
fn abbreviations<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    const DOMAINS: [&str; 9] = ["рф", "ру", "рус", "орг", "укр", "бг", "срб", "қаз", "каз"];
    let text = super::super::scan::replace_matches(text, &POSTSCRIPT, |caps| {
        let whole = caps.get(0)?;
        if !opens_word(char_before(text, whole.start())) {
            return None;
        }
        Some(match caps.get(1) {
            Some(_) => format!("P.{NBSP}P.{NBSP}S."),
            None => format!("P.{NBSP}S."),
        })
    });
    super::super::scan::chain(text, |t| cyrillic_abbreviations(t, &DOMAINS))
}

/// Read without a pattern, as [`initials`] is; a test compares it with the pattern.
fn cyrillic_abbreviations<'t>(text: &'t str, domains: &[&str]) -> Cow<'t, str> {
    if !super::super::scan::worth_looking(stop_between(
        text,
        char::is_lowercase,
        char::is_lowercase,
    )) {
        return Cow::Borrowed(text);
    }
    rewrite_found(text, next_abbreviation_pair, |found| {
        pair_edit(text, &AbbreviationPair::in_match(text, found)?, domains)
    })
}

/// Two abbreviations of one to three small Cyrillic letters, each with its full stop and
/// a space or none between them, as `([а-я…]{1,3})\.([ ]?)([а-я…]{1,3})\.` finds them.
struct AbbreviationPair {
    first: Range<usize>,
    gap: Range<usize>,
    second: Range<usize>,
}

impl AbbreviationPair {
    /// The parts of a pair found by [`next_abbreviation_pair`].
    fn in_match(text: &str, found: Range<usize>) -> Option<AbbreviationPair> {
        let stop = found.start + text[found.clone()].find('.')?;
        let gap_end = stop + 1 + space_len(text, stop + 1);
        Some(AbbreviationPair {
            first: found.start..stop,
            gap: stop + 1..gap_end,
            second: gap_end..found.end - 1,
        })
    }
}

fn is_small_cyrillic(c: char) -> bool {
    is_our_small(c) && !c.is_ascii()
}

/// Found from each full stop: the one to three small letters before it (the leftmost
/// start, at `from` or later), a space or none, one to three small letters and a stop.
fn next_abbreviation_pair(text: &str, from: usize) -> Option<Range<usize>> {
    text[from..].match_indices('.').find_map(|(offset, _)| {
        let stop = from + offset;
        let start = text[from..stop]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_small_cyrillic(c))
            .take(3)
            .last()
            .map(|(at, _)| from + at)?;
        let second = stop + 1 + space_len(text, stop + 1);
        let letters = text[second..]
            .char_indices()
            .find(|&(_, c)| !is_small_cyrillic(c))
            .map_or(text.len() - second, |(at, _)| at);
        let end = second + letters;
        let count = text[second..end].chars().count();
        ((1..=3).contains(&count) && text[end..].starts_with('.')).then_some(start..end + 1)
    })
}

/// The length of the space, no-break or narrow space at `i`, or 0.
fn space_len(text: &str, i: usize) -> usize {
    text.get(i..)
        .and_then(|rest| rest.chars().next())
        .filter(|&c| matches!(c, ' ' | NBSP | NNBSP))
        .map_or(0, char::len_utf8)
}

fn pair_edit(text: &str, pair: &AbbreviationPair, domains: &[&str]) -> Option<Edit> {
    let (first, second) = (&text[pair.first.clone()], &text[pair.second.clone()]);
    let (before, two_before) = super::super::scan::two_chars_before(text, pair.first.start);
    // A pair continues a chain (`а.е.м.`) or starts a word.
    let continues_chain = before == Some('.')
        || (matches!(before, Some(c) if is_inline_space(c)) && two_before == Some('.'));
    if !continues_chain && !opens_word(before) {
        return None;
    }
    // `тыс. руб.` is a number's scale and unit, the figure rules' business.
    let is_scale = |part: &str| matches!(part, "тыс" | "млн" | "млрд" | "трлн");
    if is_scale(first)
        || is_scale(second)
        || (first == "дд" && second == "мм")
        || domains.contains(&second)
    {
        return None;
    }
    if matches!(char_at(text, pair.second.end), Some(c) if is_letter(c)) {
        return None;
    }
    Some(Edit::new(pair.gap.clone(), NBSP.to_string()))
}

/// [`cyrillic_abbreviations`] as its pattern, which it must equal.
#[cfg(test)]
fn cyrillic_abbreviations_by_pattern<'t>(text: &'t str, domains: &[&str]) -> Cow<'t, str> {
    rewrite(text, &ABBREVIATION_PAIR, |caps| {
        let pair = AbbreviationPair {
            first: caps.get(1)?.range(),
            gap: caps.get(2)?.range(),
            second: caps.get(3)?.range(),
        };
        pair_edit(text, &pair, domains)
    })
}

static ORGANISATION_FORM: PerLanguage =
    PerLanguage::new(|lang| format!(r"({}) ", word_pattern(words::organisation_forms(lang))));

pub(crate) const ORGANISATION: Rule = Rule::new(
    "nbsp/organisation-form",
    "A legal form stays with the organisation's name: ТОО\u{a0}«Жарық»",
    "ТОО \"Жарық\", АО \"Самрук\"",
    organisation,
);

fn organisation<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    // Read from the spaces after a capital letter: one pass, where a search per form read
    // each paragraph thirty times.
    let forms = words::organisation_forms(ctx.lang);
    let form_then_space = text.match_indices(' ').any(|(at, _)| {
        let before = &text[..at];
        before.ends_with(char::is_uppercase) && forms.iter().any(|form| before.ends_with(form))
    });
    if !super::super::scan::worth_looking(form_then_space) {
        return Cow::Borrowed(text);
    }
    rewrite(text, ORGANISATION_FORM.get(ctx.lang), |caps| {
        let form = caps.get(1)?;
        if matches!(char_before(text, form.start()), Some(c) if is_letter(c)) {
            return None;
        }
        Some(Edit::new(form.end()..form.end() + 1, NBSP.to_string()))
    })
}

static REFERENCE: PerLanguage = PerLanguage::new(|lang| {
    let list = if lang == Language::En {
        word_pattern(words::reference_abbreviations(lang))
    } else {
        words::word_pattern_capitalised(words::reference_abbreviations(lang))
    };
    format!(r"({list})\.[ \u{{00A0}}]*([0-9]+|{LETTER}+)")
});

pub(crate) const REFERENCE_RULE: Rule = Rule::new(
    "nbsp/reference",
    "стр., рис., п., ст. and the like stay with their number; см. and им. with their word",
    "см. рис. 3 на стр.12, школа им. Абая",
    reference,
);

/// Abbreviations that point somewhere (`стр. 12`, `No. 5`) keep to the number after them;
/// `см.` and `им.` keep to whatever word follows.
fn reference<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    // Every change is at a listed abbreviation standing as a word before a full stop; most
    // texts have none, and the pattern (a long alternation) is then not compiled.
    let abbreviations = words::reference_abbreviations(ctx.lang);
    let abbreviation_before_stop = text.match_indices('.').any(|(stop, _)| {
        let before = &text[..stop];
        abbreviations.iter().any(|abbreviation| {
            let start = before.len().saturating_sub(abbreviation.len());
            before.is_char_boundary(start)
                && same_in_small_letters(&before[start..], abbreviation)
                && !matches!(char_before(before, start), Some(c) if is_letter(c))
        })
    });
    if !super::super::scan::worth_looking(abbreviation_before_stop) {
        return Cow::Borrowed(text);
    }
    bind_references(text, ctx)
}

/// Whether `a` and `b` are the same in small letters (`Стр` and `стр`), without making
/// either string: this is asked at every full stop for every abbreviation.
fn same_in_small_letters(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

fn bind_references<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    rewrite(text, REFERENCE.get(ctx.lang), |caps| {
        let abbreviation = caps.get(1)?;
        let target = caps.get(2)?;
        let before = char_before(text, abbreviation.start());
        if !(opens_word(before) || before == Some(')')) {
            return None;
        }
        let takes_words = matches!(abbreviation.as_str().to_lowercase().as_str(), "см" | "им");
        let is_number = target.as_str().starts_with(|c: char| c.is_ascii_digit());
        if !is_number && !takes_words {
            return None;
        }
        let after = char_at(text, target.end());
        if matches!(after, Some(c) if !(c.is_whitespace() || ".,?!;:)»".contains(c))) {
            return None;
        }
        let dot = abbreviation.end()..abbreviation.end() + 1;
        Some(Edit::new(dot.end..target.start(), NBSP.to_string()))
    })
}

/// This module's patterns, for the test of their `needs`.
#[cfg(test)]
pub(in crate::typography) fn patterns() -> Vec<&'static Pattern> {
    vec![&INITIALS, &ABBREVIATION_PAIR, &POSTSCRIPT]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typography::TypographySettings;
    use crate::typography::engine::test_support::apply_alone;
    use proptest::prelude::*;

    /// Initials and abbreviations with their stops and spaces of every kind, surnames and
    /// words, in the three alphabets.
    const NAME_TEXTS: &str = "((А|Д|Ә|Q|Ё|а|т|е|ә|ё|x|тд|абв|абвг|тыс|дд|мм|рф)\\.( |\u{a0}|\u{202f})?|( |, |-|1|Иванов|Ли|Сатыбалды|Ұлан|Smith|ИВАНОВ|И|кто|а)){0,8}";

    proptest! {
        // Many cases: a pair needs two stopped chunks in a row, at a word's start.
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Initials read by hand do what their pattern did.
        #[test]
        fn initials_read_as_their_pattern_did(text in NAME_TEXTS) {
            let settings = TypographySettings::default();
            let ctx = Context::new(Language::Ru, &settings);
            prop_assert_eq!(initials(&text, &ctx), initials_by_pattern(&text));
        }

        /// Pairs of abbreviations read by hand do what their pattern did.
        #[test]
        fn abbreviation_pairs_read_as_their_pattern_did(text in NAME_TEXTS) {
            let domains = ["рф", "кто"];
            prop_assert_eq!(
                cyrillic_abbreviations(&text, &domains),
                cyrillic_abbreviations_by_pattern(&text, &domains)
            );
        }

        /// The look for an abbreviation before a full stop never keeps the pattern from a
        /// text it would change.
        #[test]
        fn the_quick_look_misses_no_reference(
            text in "((стр|Стр|СТР|ст|п|им|т|б|сур|No|NO|no|Fig|fig|p|up|стр\\))\\.?|\\.| |\u{a0}|12|Абая|\\(|\\)){0,10}"
        ) {
            let settings = TypographySettings::default();
            for lang in Language::ALL {
                let ctx = Context::new(lang, &settings);
                prop_assert_eq!(reference(&text, &ctx), bind_references(&text, &ctx));
            }
        }
    }

    /// The quick look of [`organisation`] reads only spaces after a capital letter.
    #[test]
    fn every_legal_form_ends_with_a_capital_letter() {
        for lang in Language::ALL {
            for form in words::organisation_forms(lang) {
                assert!(form.ends_with(char::is_uppercase), "{form}");
            }
        }
    }

    fn run(rule: Rule, lang: Language, text: &str) -> String {
        // Expectations write no-break spaces as `~`, in the input too; narrow ones stay.
        apply_alone(rule, lang, &text.replace('~', "\u{a0}")).replace(NBSP, "~")
    }

    #[test]
    fn initials_join_the_surname() {
        assert_eq!(
            run(INITIALS_RULE, Language::Ru, "А.С.Пушкин, Пушкин А.С."),
            "А.~С.~Пушкин, Пушкин А.С."
        );
        assert_eq!(
            run(INITIALS_RULE, Language::Kk, "Д. Сатыбалды"),
            "Д.~Сатыбалды"
        );
        // A surname of two letters, and initials with a narrow space.
        assert_eq!(
            run(INITIALS_RULE, Language::Ru, "В.\u{202f}Ли и Т. Ким"),
            "В.~Ли и Т.~Ким"
        );
    }

    #[test]
    fn abbreviations_chain_but_skip_domains() {
        assert_eq!(
            run(ABBREVIATIONS, Language::Ru, "а.е.м. и т. д."),
            "а.~е.~м. и т.~д."
        );
        assert_eq!(run(ABBREVIATIONS, Language::Ru, "кто.рф."), "кто.рф.");
    }
}
