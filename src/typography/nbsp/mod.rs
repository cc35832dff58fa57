//! No-break spaces between words that must not be split across lines: short words and the
//! word after them, initials and surname, abbreviations, addresses, organisation forms.

use std::borrow::Cow;
use std::ops::Range;

use super::engine::{Context, Rule};
#[cfg(test)]
use super::scan::PerLanguage;
use super::scan::{
    Edit, NBSP, Pattern, UPPER, char_at, char_before, is_inline_space, is_letter, next_mark,
    opens_word, rewrite, rewrite_found,
};
use super::words;
#[cfg(test)]
use super::words::word_pattern;
use crate::language::Language;

mod names;
pub(crate) use names::{ABBREVIATIONS, INITIALS_RULE, ORGANISATION, REFERENCE_RULE};

// ----- no-break spaces already in the text -----

pub(crate) const RESET: Rule = Rule::new(
    "nbsp/reset",
    "No-break spaces already in the text become ordinary ones, so only the rules below place \
     them (off by default: for text pasted with a no-break space between every word)",
    "Делегация\u{a0}прибыла\u{a0}в\u{a0}Туркестан\u{a0}утром",
    reset,
)
.off_by_default();

/// Text copied from a PDF, a justified Word page or some web sites can carry a no-break
/// space between every pair of words, and then a paragraph never wraps. This rule runs
/// before every rule that places no-break spaces, so they are placed afresh; narrow no-break
/// spaces (digit groups) are left alone. Off by default: a no-break space a user typed on
/// purpose is kept unless the profile asks otherwise.
fn reset<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    if !text.contains(NBSP) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace(NBSP, " "))
}

// ----- short words -----

pub(crate) const SHORT_WORDS: Rule = Rule::new(
    "nbsp/short-words",
    "Words of one or two letters (в, и, на, по, ...) stay on the line with the next word",
    "Делегация прибыла в Туркестан и на следующий день",
    short_words,
);

/// A hand-written scan rather than a pattern: this rule looks at every word, and reading
/// the text once is several times faster than a regex match per word end.
/// `и в Москве` gives `и~в~Москве`.
fn short_words<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    let longer = words::short_words(ctx.lang);
    let mut spaces_to_bind = Vec::new();
    let (mut before, mut two_before): (Option<char>, Option<char>) = (None, None);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_letter(c) || before.is_some_and(is_letter) {
            (two_before, before) = (before, Some(c));
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut count = 1;
        let mut last = c;
        while let Some(&(i, next)) = chars.peek() {
            if !is_letter(next) {
                break;
            }
            end = i + next.len_utf8();
            count += 1;
            last = next;
            chars.next();
        }
        let word = &text[start..end];
        let is_short = count <= 2 || longer.contains(&word);
        // `25 мм доски`, `5 га земли`: a unit after a number is not a preposition.
        let unit_after_number = before.is_some_and(is_inline_space)
            && two_before.is_some_and(|d| d.is_ascii_digit())
            && words::units(ctx.lang).contains(&word);
        if is_short && opens_word(before) && !unit_after_number && text[end..].starts_with(' ') {
            spaces_to_bind.push(end);
        }
        (two_before, before) = (if count > 1 { None } else { before }, Some(last));
        if count > 1 {
            two_before = Some(last); // only "a letter" matters for what follows
        }
    }
    if spaces_to_bind.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + spaces_to_bind.len());
    let mut copied = 0;
    for space in spaces_to_bind {
        out.push_str(&text[copied..space]);
        out.push(NBSP);
        copied = space + 1;
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// The pattern [`particles`] reads by hand (see [`words::next_alternative_after`]).
#[cfg(test)]
static PARTICLE: PerLanguage = PerLanguage::new(|lang| {
    let list = word_pattern(words::particles(lang));
    if list.is_empty() {
        return "$^".to_string();
    }
    format!(r"[ \u{{00A0}}]({list})")
});

pub(crate) const PARTICLES: Rule = Rule::new(
    "nbsp/particles",
    "Particles (ли, же, бы) stay on the line with the word before them",
    "Может ли быть? Я бы пошёл",
    particles,
);

/// A particle belongs to the word before it: the space before it becomes no-break, and a
/// no-break space after it (left by the short-words rule, which sees `бы` as a short word)
/// becomes an ordinary one again.
fn particles<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    let list = words::particles(ctx.lang);
    bind_particles(text, |t, from| {
        words::next_alternative_after(t, from, &[' ', NBSP], list)
    })
}

/// [`particles`] as its pattern, which it must equal.
#[cfg(test)]
fn particles_by_pattern<'t>(text: &'t str, lang: Language) -> Cow<'t, str> {
    let re = PARTICLE.get(lang);
    bind_particles(text, |t, from| re.find_at(t, from).map(|m| m.range()))
}

/// `find` gives a space and the particle after it.
fn bind_particles<'t>(
    text: &'t str,
    find: impl Fn(&str, usize) -> Option<Range<usize>>,
) -> Cow<'t, str> {
    rewrite_found(text, find, |whole| {
        let space = char_at(text, whole.start)?;
        let particle = whole.start + space.len_utf8()..whole.end;
        if !char_before(text, whole.start).is_some_and(is_letter) {
            return None;
        }
        let gap = whole.start..particle.start;
        match char_at(text, particle.end) {
            Some(' ' | NBSP) => {
                let after = particle.end..particle.end + char_len(text, particle.end);
                let with = format!("{NBSP}{} ", &text[particle]);
                Some(Edit::new(gap.start..after.end, with))
            }
            None => Some(Edit::new(gap, NBSP.to_string())),
            Some(c) if ",;:?!\"‘“»)….".contains(c) => Some(Edit::new(gap, NBSP.to_string())),
            _ => None,
        }
    })
}

fn char_len(text: &str, index: usize) -> usize {
    char_at(text, index).map_or(0, char::len_utf8)
}

/// What ends a sentence; read by hand (`scan::next_mark`), as the pattern `[.!?…]` was.
const SENTENCE_END: [char; 4] = ['.', '!', '?', '…'];

pub(crate) const SHORT_LAST_WORD: Rule = Rule::new(
    "nbsp/short-last-word",
    "A word of up to three letters ending a sentence does not stand alone on a line",
    "Мы были там. И вот так.",
    short_last_word,
);

/// Found from the mark that ends the sentence: the word before it has one to three
/// letters and follows a space after a small letter or a digit.
fn short_last_word<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    rewrite_found(
        text,
        |t, from| next_mark(t, from, &SENTENCE_END),
        |mark| {
            let letters: Vec<(usize, char)> = text[..mark.start]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_letter(c))
                .take(4)
                .collect();
            let word_start = letters.last()?.0;
            if letters.len() > 3 || !sentence_ends_at(text, mark.end) {
                return None;
            }
            let (space, before) = super::scan::two_chars_before(text, word_start);
            let follows_word = before.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
            (space == Some(' ') && follows_word)
                .then(|| Edit::new(word_start - 1..word_start, NBSP.to_string()))
        },
    )
}

/// True when the text ends at `index` or continues with a space and a capital letter.
pub(crate) fn sentence_ends_at(text: &str, index: usize) -> bool {
    let mut rest = text[index..].chars();
    match rest.next() {
        None | Some('\n') => true,
        Some(' ') => matches!(rest.next(), Some(c) if c.is_uppercase()),
        _ => false,
    }
}

// ----- addresses -----

/// Address words and abbreviations per language: those written before the name or number
/// (`ул. Абая`, `д. 5`), and those written after the name (`Туркестанской обл.`, `Абай
/// көшесі`).
pub(crate) struct AddressWords {
    pub before_name: &'static [&'static str],
    pub after_name: &'static [&'static str],
}

/// The patterns [`address`] reads by hand: whole address words written before the name
/// (`дом`, `литер`; abbreviations are found from their period), and the words written
/// after it with the space before them.
#[cfg(test)]
static ADDRESS_BEFORE: PerLanguage = PerLanguage::new(|lang| {
    let whole_words = whole_words_before_name(lang);
    if whole_words.is_empty() {
        return "$^".to_string();
    }
    format!("({})", word_pattern(&whole_words))
});

#[cfg(test)]
static ADDRESS_AFTER: PerLanguage = PerLanguage::new(|lang| {
    let words = words::address_words(lang);
    if words.after_name.is_empty() {
        return "$^".to_string();
    }
    format!(" ({})", word_pattern(words.after_name))
});

/// The address words written before a name that are whole words, not abbreviations.
fn whole_words_before_name(lang: Language) -> Vec<&'static str> {
    words::address_words(lang)
        .before_name
        .iter()
        .copied()
        .filter(|w| !w.ends_with('.'))
        .collect()
}

static CITY: Pattern = Pattern::new(|| format!(r"г\.[ ]?({UPPER})"), &["г."]);

pub(crate) const ADDRESS: Rule = Rule::new(
    "nbsp/address",
    "Address abbreviations stay with the name or number: г.\u{a0}Туркестан, ул.\u{a0}Абая, д.\u{a0}5",
    "г.Туркестан, ул. Тауке хана, д. 5, Туркестанская обл.",
    address,
);

fn address<'t>(text: &'t str, ctx: &Context) -> Cow<'t, str> {
    let whole_words = whole_words_before_name(ctx.lang);
    let after_name = words::address_words(ctx.lang).after_name;
    address_with(
        text,
        ctx.lang,
        |t, from| words::next_alternative(t, from, &whole_words),
        |t, from| words::next_alternative_after(t, from, &[' '], after_name),
    )
}

/// [`address`] as its patterns, which it must equal.
#[cfg(test)]
fn address_by_pattern<'t>(text: &'t str, lang: Language) -> Cow<'t, str> {
    let (before, after) = (ADDRESS_BEFORE.get(lang), ADDRESS_AFTER.get(lang));
    address_with(
        text,
        lang,
        |t, from| before.find_at(t, from).map(|m| m.range()),
        |t, from| after.find_at(t, from).map(|m| m.range()),
    )
}

/// `whole_word_before` finds an address word written before a name (`дом`), `word_after`
/// a space and an address word written after one (` көшесі`).
fn address_with<'t>(
    text: &'t str,
    lang: Language,
    whole_word_before: impl Fn(&str, usize) -> Option<Range<usize>>,
    word_after: impl Fn(&str, usize) -> Option<Range<usize>>,
) -> Cow<'t, str> {
    let before_name = words::address_words(lang).before_name;
    let period = |t: &str, from: usize| t[from..].find('.').map(|at| from + at..from + at + 1);
    let text = bind_before_name(text, period, before_name);
    let text = super::scan::chain(text, |t| {
        bind_before_name(t, &whole_word_before, before_name)
    });
    let text = super::scan::chain(text, |t| {
        rewrite_found(t, &word_after, |found| {
            let space = found.start;
            let word = space + 1..found.end;
            if !char_before(t, space).is_some_and(|c| is_letter(c) || c.is_ascii_digit()) {
                return None;
            }
            let whole_word = t[word.clone()].ends_with('.')
                || !matches!(char_at(t, word.end), Some(c) if is_letter(c));
            if !whole_word {
                return None;
            }
            Some(Edit::new(space..word.start, NBSP.to_string()))
        })
    });
    if lang == Language::En {
        return text;
    }
    super::scan::chain(text, |t| {
        rewrite(t, &CITY, |caps| {
            let whole = caps.get(0)?;
            let name = caps.get(1)?;
            // `2024 г. Москва` is a year, not a city.
            let (before, two_before) = super::scan::two_chars_before(t, whole.start());
            let is_year = matches!(before, Some(c) if is_inline_space(c))
                && matches!(two_before, Some(c) if c.is_ascii_digit());
            let glued = matches!(before, Some(c) if is_letter(c) || c.is_ascii_digit());
            if is_year || glued {
                return None;
            }
            Some(Edit::new(
                whole.start() + "г.".len()..name.start(),
                NBSP.to_string(),
            ))
        })
    })
}

/// Binds an address word written before the name (`ул. Абая`, `д. 5`, `дом 2`) to what
/// follows it. `find` finds either the words themselves or the periods that may end one.
fn bind_before_name<'t>(
    text: &'t str,
    find: impl Fn(&str, usize) -> Option<Range<usize>>,
    before_name: &[&str],
) -> Cow<'t, str> {
    rewrite_found(text, find, |found| {
        let word = if &text[found.clone()] == "." {
            let start = text[..found.start]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_letter(c))
                .last()
                .map_or(found.start, |(i, _)| i);
            let word = &text[start..found.end];
            if !before_name.contains(&word) {
                return None;
            }
            start..found.end
        } else {
            found
        };
        let word_text = &text[word.clone()];
        if matches!(char_before(text, word.start), Some(c) if is_letter(c) || c.is_ascii_digit()) {
            return None;
        }
        let next_start = text.len() - text[word.end..].trim_start_matches([' ', NBSP]).len();
        let next_char = char_at(text, next_start)?;
        let next = next_start..next_start + next_char.len_utf8();
        if !(next_char.is_ascii_digit() || is_letter(next_char) || "«„“\"-".contains(next_char))
        {
            return None;
        }
        let ends_with_dot = word_text.ends_with('.');
        // Whole words (`дом`, `литер`) only keep to a number or a capital letter; `-` only
        // counts before a number (`эт. -1`).
        if !(ends_with_dot || next_char.is_ascii_digit() || next_char.is_uppercase()) {
            return None;
        }
        if next_char == '-' && !matches!(char_at(text, next.end), Some(c) if c.is_ascii_digit()) {
            return None;
        }
        Some(Edit::new(word.end..next.start, NBSP.to_string()))
    })
}

/// The patterns of names and abbreviations (nbsp/names.rs), for the same test.
#[cfg(test)]
pub(super) fn names_patterns() -> Vec<&'static Pattern> {
    names::patterns()
}

/// This module's patterns, for the test of their `needs`.
#[cfg(test)]
pub(super) fn patterns() -> Vec<&'static Pattern> {
    vec![&CITY]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typography::engine::test_support::apply_alone;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Particles found by hand are bound as their pattern bound them.
        #[test]
        fn particles_read_as_their_pattern_did(
            text in "(Я|мог|ли|ль|же|ж|бы|б|ма|ме|бе|ғой|ше|лицо|жена| |\u{a0}|,|\\?|\\.|-|»|5){0,12}"
        ) {
            let settings = crate::typography::TypographySettings::default();
            for lang in Language::ALL {
                let ctx = Context::new(lang, &settings);
                prop_assert_eq!(particles(&text, &ctx), particles_by_pattern(&text, lang));
            }
        }

        /// Address words found by hand are bound as their patterns bound them.
        #[test]
        fn addresses_read_as_their_patterns_did(
            text in "(ул|д|дом|домой|литер|пр-т|мкрн|кв|г|Абая|Абай|көшесі|көше|қ|қаласы|обл|облысы|ауылы|а|\\.| |\u{a0}|  |, |5|-1|«|Туркестан){0,10}"
        ) {
            let settings = crate::typography::TypographySettings::default();
            for lang in Language::ALL {
                let ctx = Context::new(lang, &settings);
                prop_assert_eq!(address(&text, &ctx), address_by_pattern(&text, lang));
            }
        }
    }

    fn run(rule: Rule, lang: Language, text: &str) -> String {
        // Expectations write no-break spaces as `~`, in the input too; narrow ones stay.
        apply_alone(rule, lang, &text.replace('~', "\u{a0}")).replace(NBSP, "~")
    }

    #[test]
    fn reset_turns_every_no_break_space_into_a_plain_one() {
        assert_eq!(
            run(RESET, Language::Ru, "Флойд~Мэйуэзер~одержал 49-ю~победу"),
            "Флойд Мэйуэзер одержал 49-ю победу"
        );
        assert_eq!(run(RESET, Language::Ru, "1\u{202f}500"), "1\u{202f}500");
    }

    #[test]
    fn reset_lets_the_rules_place_no_break_spaces_afresh() {
        let settings = crate::typography::TypographySettings {
            enabled: vec!["nbsp/reset".into()],
            ..Default::default()
        };
        let pasted =
            "Делегация~прибыла~в~Туркестан~утром, а~в~Шымкент~вечером".replace('~', "\u{a0}");
        assert_eq!(
            crate::typography::typeset(&pasted, Language::Ru, &settings).replace(NBSP, "~"),
            "Делегация прибыла в~Туркестан утром, а~в~Шымкент вечером"
        );
        // Off by default: a no-break space typed on purpose stays.
        assert_eq!(
            crate::typography::typeset(
                "Флойд\u{a0}Мэйуэзер",
                Language::Ru,
                &crate::typography::TypographySettings::default()
            ),
            "Флойд\u{a0}Мэйуэзер"
        );
    }

    #[test]
    fn short_words_chain() {
        assert_eq!(run(SHORT_WORDS, Language::Ru, "И в Москве"), "И~в~Москве");
        assert_eq!(
            run(SHORT_WORDS, Language::Kk, "Астана мен Алматы"),
            "Астана мен~Алматы"
        );
    }

    #[test]
    fn particles_keep_to_the_word_before() {
        assert_eq!(
            run(PARTICLES, Language::Ru, "Я~бы~в~лётчики б~пошёл"),
            "Я~бы в~лётчики~б пошёл"
        );
    }

    #[test]
    fn addresses() {
        assert_eq!(
            run(
                ADDRESS,
                Language::Ru,
                "г.Москва, ул. Тверская, д.  12, 2024 г. Москва"
            ),
            "г.~Москва, ул.~Тверская, д.~12, 2024 г. Москва"
        );
    }
}
