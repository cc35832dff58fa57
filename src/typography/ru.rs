//! Russian: the rule order, the word lists, and the rules only Russian has (hyphenated
//! particles, the comma before «а» and «но»).

use std::borrow::Cow;

use super::engine::{Context, Rule};
use super::nbsp::AddressWords;
use super::scan::{
    Edit, Pattern, chain, char_at, char_before, contains_any, is_letter, opens_word, rewrite,
};
use super::{dashes, nbsp, number_format, number_nbsp, ordinals, punctuation, quotes, spaces};

/// The rules in the order they run. Spaces and marks are cleaned first, so later rules see
/// one space between words; quotes before dashes, since attribution dashes look for «»;
/// dashes before no-break spaces, since a dash takes the place of a space.
pub(crate) const RULES: &[Rule] = &[
    spaces::LINE_BREAKS,
    spaces::ODD_SPACES,
    nbsp::RESET,
    spaces::TRIM_START,
    spaces::TRIM_END,
    spaces::LINE_START,
    spaces::LINE_END,
    spaces::BLANK_LINES,
    spaces::REPEATED,
    punctuation::SIGNS,
    spaces::INSIDE_BRACKET,
    spaces::BEFORE_BRACKET,
    spaces::BEFORE_PUNCTUATION,
    punctuation::ELLIPSIS,
    punctuation::DOUBLED,
    punctuation::QUESTION_EXCLAMATION,
    punctuation::ELLIPSIS_AFTER_MARK,
    punctuation::APOSTROPHE,
    punctuation::MATH_SIGNS,
    punctuation::TIMES,
    punctuation::FRACTION,
    spaces::AFTER_COMMA,
    spaces::AFTER_COLON,
    spaces::AFTER_SEMICOLON,
    spaces::AFTER_SENTENCE_MARK,
    spaces::AFTER_ELLIPSIS,
    spaces::GLUED_YEAR,
    COMMA_BEFORE_CONJUNCTION,
    HYPHEN_PARTICLES,
    KAK_TO,
    HYPHEN_DE,
    ordinals::ORDINAL_ENDINGS,
    dashes::SPACED,
    dashes::DIRECT_SPEECH,
    dashes::NUMBER_RANGE_RULE,
    dashes::WORD_RANGE_RULE,
    dashes::SURNAME,
    quotes::QUOTES,
    number_format::DECIMAL_COMMA,
    number_format::PERCENT,
    number_format::ROUBLE_SIGN,
    number_format::SCALE_PERIOD,
    number_nbsp::SUPERSCRIPT,
    number_nbsp::NUMBER_SCALE_RULE,
    number_nbsp::SCALE_UNIT,
    number_nbsp::NUMBER_UNIT_RULE,
    number_format::GROUPING,
    number_format::CURRENCY,
    number_nbsp::NUMBER_SIGN,
    nbsp::ADDRESS,
    nbsp::ORGANISATION,
    nbsp::INITIALS_RULE,
    nbsp::ABBREVIATIONS,
    nbsp::REFERENCE_RULE,
    number_nbsp::YEAR,
    number_nbsp::DAY_MONTH_RULE,
    nbsp::SHORT_WORDS,
    nbsp::PARTICLES,
    nbsp::SHORT_LAST_WORD,
    number_nbsp::SHORT_LAST_NUMBER,
    number_nbsp::AFTER_NUMBER,
];

// ----- word lists -----

pub(crate) const YEAR_WORDS: &[&str] = &[
    "г.",
    "гг.",
    "г",
    "гг",
    "год",
    "года",
    "годы",
    "годах",
    "годов",
    "годам",
    "лет",
    "в.",
    "вв.",
    "век",
    "века",
    "веков",
    "веках",
];

/// Month prefixes: short enough to cover every case form and the usual abbreviations.
pub(crate) const MONTHS: &[&str] = crate::language::dates::MONTH_PREFIXES_RU;

pub(crate) const WEEKDAYS: &[&str] = &crate::language::weekdays::WEEKDAY_PREFIXES_RU;

/// Russian keeps every one- and two-letter word with the next; no longer ones are needed.
pub(crate) const SHORT_WORDS: &[&str] = &[];

pub(crate) const PARTICLES: &[&str] = &["ли", "ль", "же", "ж", "бы", "б"];

pub(crate) const SCALE_WORDS: &[&str] = &[
    "тыс.",
    "тыс",
    "млн",
    "млрд",
    "трлн",
    "тысяч*",
    "миллион*",
    "миллиард*",
    "триллион*",
];

pub(crate) const UNITS: &[&str] = &[
    "м",
    "мм",
    "см",
    "дм",
    "км",
    "м²",
    "м³",
    "км²",
    "м2",
    "м3",
    "км2",
    "га",
    "т",
    "тонн*",
    "кг",
    "ц",
    "л",
    "мл",
    "кВт",
    "МВт",
    "ГВт",
    "кВт·ч",
    "МВт·ч",
    "°C",
    "°С",
    "руб.",
    "коп.",
    "долл.",
    "тенге",
    "евро",
    "доллар*",
    "рубл*",
    "юан*",
    "шт.",
    "чел.",
    "ед.",
    "мин",
    "ч",
    "dpi",
    "lpi",
    "ppi",
    "m",
    "mm",
    "cm",
    "dm",
    "km",
];

pub(crate) const REFERENCES: &[&str] = &[
    "стр", "гл", "рис", "илл", "ил", "ст", "п", "пп", "с", "c", "ч", "т", "табл", "разд", "прил",
    "см", "им",
];

pub(crate) const ADDRESS: AddressWords = AddressWords {
    before_name: &[
        "ул.",
        "пр.",
        "пр-т",
        "просп.",
        "пер.",
        "пл.",
        "бул.",
        "б-р",
        "наб.",
        "ш.",
        "туп.",
        "мкр.",
        "мкрн",
        "мкр-н",
        "мк-н",
        "д.",
        "дом",
        "кв.",
        "корп.",
        "кор.",
        "стр.",
        "оф.",
        "комн.",
        "ком.",
        "эт.",
        "под.",
        "п-д",
        "пос.",
        "с.",
        "ст.",
        "уч.",
        "вл.",
        "влад.",
        "литер",
        "кр.",
    ],
    after_name: &["обл.", "р-н", "р-на", "р-не", "этаж*"],
};

// ----- Russian-only rules -----

/// After a hyphenated particle the word must end: a space, a mark or the end of the text.
fn particle_ends(text: &str, end: usize) -> bool {
    match char_at(text, end) {
        None => true,
        Some(c) => c.is_whitespace() || ",.?:!;)»…".contains(c),
    }
}

static KOE: Pattern = Pattern::new(
    || r"([Кк]о[ей])\s([а-яё]{3,})".to_string(),
    &["кое", "кой", "Кое", "Кой"],
);
static INDEFINITE: Pattern = Pattern::new(
    || {
        r"([Оо]ткуда|[Кк]уда|[Гг]де|[Кк]огда|[Зз]ачем|[Пп]очему|[Кк]ак|[Кк]ако[ейм]|[Кк]акая|[Кк]аки[емх]|[Кк]акими|[Кк]акую|[Чч]то|[Чч]его|[Чч]е[йм]|[Чч]ьим?|[Кк]то|[Кк]ого|[Кк]ому|[Кк]ем)( | -|- )(то|либо|нибудь)".to_string()
    },
    &[" то", "-то", " либо", "-либо", " нибудь", "-нибудь"],
);
// The letter before `ка` and the mark after it are part of the pattern, so a ` ка` that is
// not the particle (`но как-то`) does not match.
static KA: Pattern = Pattern::new(
    || r"[а-яё]( )(ка(?:сь)?)(?:[\s,.?:!;)»…]|$)".to_string(),
    &[" ка"],
);
static TAKI: Pattern = Pattern::new(
    || {
        r"([Вв]ерно|[Дд]овольно|[Оо]пять|[Пп]рямо|[Тт]ак|[Вв]с[её]|[Дд]ействительно|[Нн]еужели)\s(таки)".to_string()
    },
    &["таки"],
);
static IZ_ZA_POD: Pattern = Pattern::new(|| r"([Ии]з)( )(за|под)".to_string(), &["з за", "з под"]);

pub(crate) const HYPHEN_PARTICLES: Rule = Rule::new(
    "hyphen/particles",
    "Hyphens in кое-, -то, -либо, -нибудь, -ка, -таки, из-за, из-под typed as spaces",
    "кое какие, кто нибудь, всё таки, из за погоды",
    hyphen_particles,
);

/// A word may start here: at the start, after a space or an opening bracket or quote.
fn starts_word(text: &str, index: usize) -> bool {
    let before = char_before(text, index);
    matches!(before, None | Some(' ' | '\n' | '\u{a0}')) || opens_word(before)
}

/// One pattern per particle, each tried only when its particle is in the text at all (a
/// quick substring test): most texts have none of them.
fn hyphen_particles<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    let mut text = Cow::Borrowed(text);
    if super::scan::worth_looking(koe_may_change(&text)) {
        text = chain(text, koe);
    }
    if super::scan::worth_looking(indefinite_may_change(&text)) {
        text = chain(text, indefinite);
    }
    // « ка» or « кась» as a word: a space before, the word's end after.
    let ka_particle = super::scan::find_all(&text, " ка").any(|at| {
        let rest = &text[at + " ка".len()..];
        let rest = rest.strip_prefix("сь").unwrap_or(rest);
        rest.chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || ",.?:!;)»…".contains(c))
    });
    if super::scan::worth_looking(ka_particle) {
        text = chain(text, |t| {
            rewrite(t, &KA, |caps| Some(Edit::new(caps.get(1)?.range(), "-")))
        });
    }
    // «таки» as a word after a space: «также», «таких», «статистики» are not it.
    let taki_word = super::scan::find_all(&text, "таки").any(|at| {
        char_before(&text, at).is_some_and(char::is_whitespace)
            && !char_at(&text, at + "таки".len()).is_some_and(is_letter)
    });
    if super::scan::worth_looking(taki_word) {
        text = chain(text, |t| {
            rewrite(t, &TAKI, |caps| {
                let word = caps.get(1)?;
                let taki = caps.get(2)?;
                let starts = !matches!(char_before(t, word.start()), Some(c) if is_letter(c));
                (starts && particle_ends(t, taki.end()))
                    .then(|| Edit::new(word.end()..taki.start(), "-"))
            })
        });
    }
    if contains_any(&text, &["з за", "з под"]) {
        text = chain(text, |t| {
            rewrite(t, &IZ_ZA_POD, |caps| {
                let iz = caps.get(1)?;
                let gap = caps.get(2)?;
                let second = caps.get(3)?;
                (starts_word(t, iz.start()) && particle_ends(t, second.end()))
                    .then(|| Edit::new(gap.range(), "-"))
            })
        });
    }
    text
}

/// «кое», «кой» starting a word, a space after: where every change of [`koe`] is. «такой»
/// and «какое» hold the letters too, but do not start with them.
fn koe_may_change(text: &str) -> bool {
    ["кое", "кой", "Кое", "Кой"].iter().any(|koe| {
        super::scan::find_all(text, koe).any(|at| {
            starts_word(text, at) && char_at(text, at + koe.len()).is_some_and(char::is_whitespace)
        })
    })
}

fn koe<'t>(t: &'t str) -> Cow<'t, str> {
    rewrite(t, &KOE, |caps| {
        let koe = caps.get(1)?;
        let word = caps.get(2)?;
        (starts_word(t, koe.start()) && particle_ends(t, word.end()))
            .then(|| Edit::new(koe.end()..word.start(), "-"))
    })
}

/// The words [`INDEFINITE`] joins to «то», «либо», «нибудь», in small letters.
const QUESTION_WORDS: &[&str] = &[
    "откуда",
    "куда",
    "где",
    "когда",
    "зачем",
    "почему",
    "как",
    "какое",
    "какой",
    "каком",
    "какая",
    "какие",
    "каким",
    "каких",
    "какими",
    "какую",
    "что",
    "чего",
    "чей",
    "чем",
    "чьи",
    "чьим",
    "кто",
    "кого",
    "кому",
    "кем",
];

/// A question word, then « », « -» or «- », then «то», «либо» or «нибудь»: where every
/// change of [`indefinite`] is. «в то же время» has the particle but no question word.
fn indefinite_may_change(text: &str) -> bool {
    let at_particles = ["то", "либо", "нибудь"]
        .iter()
        .flat_map(|particle| super::scan::find_all(text, particle));
    at_particles.into_iter().any(|at| {
        let before = &text[..at];
        [" ", " -", "- "].iter().any(|gap| {
            let Some(word_end) = before.strip_suffix(gap) else {
                return false;
            };
            let word_start = word_end
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_letter(c))
                .last()
                .map_or(word_end.len(), |(i, _)| i);
            let word = crate::language::in_small_letters(&word_end[word_start..]);
            QUESTION_WORDS.contains(&word.as_ref())
        })
    })
}

fn indefinite<'t>(t: &'t str) -> Cow<'t, str> {
    rewrite(t, &INDEFINITE, |caps| {
        let word = caps.get(1)?;
        let gap = caps.get(2)?;
        let particle = caps.get(3)?;
        if matches!(char_before(t, word.start()), Some(c) if is_letter(c) || c.is_ascii_digit()) {
            return None;
        }
        // `как то` is ambiguous and has its own rule; `что то, что` is «то, что».
        let is_kak_to = word.as_str().to_lowercase() == "как"
            && gap.as_str() == " "
            && particle.as_str() == "то";
        let then_comma = particle.as_str() == "то" && char_at(t, particle.end()) == Some(',');
        if is_kak_to || then_comma || !particle_ends(t, particle.end()) {
            return None;
        }
        Some(Edit::new(gap.range(), "-"))
    })
}

static KAK_THEN_TO: Pattern = Pattern::new(|| r"([Кк]ак)( )то".to_string(), &["ак то"]);

pub(crate) const KAK_TO: Rule = Rule::new(
    "hyphen/kak-to",
    "«как то» becomes «как-то», except before a colon or comma (как то: …, как то, что …)",
    "Как то раз мы встретились",
    kak_to,
);

fn kak_to<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    rewrite(text, &KAK_THEN_TO, |caps| {
        let kak = caps.get(1)?;
        let gap = caps.get(2)?;
        let end = caps.get(0)?.end();
        if matches!(char_before(text, kak.start()), Some(c) if is_letter(c) || c.is_ascii_digit()) {
            return None;
        }
        let ends = match char_at(text, end) {
            None => true,
            Some(c) => c.is_whitespace() || ".?!".contains(c),
        };
        ends.then(|| Edit::new(gap.range(), "-"))
    })
}

static DE: Pattern = Pattern::new(|| r"( )де".to_string(), &[" де"]);

fn is_small_russian_letter(c: char) -> bool {
    matches!(c, 'а'..='я' | 'ё')
}

pub(crate) const HYPHEN_DE: Rule = Rule::new(
    "hyphen/de",
    "The old particle «-де» (увижу-де) is hyphenated (off by default: «де» is also in names)",
    "А коль увижу де, что",
    hyphen_de,
)
.off_by_default();

fn hyphen_de<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    rewrite(text, &DE, |caps| {
        let gap = caps.get(1)?;
        let end = caps.get(0)?.end();
        if !char_before(text, gap.start()).is_some_and(is_small_russian_letter) {
            return None;
        }
        let mut rest = text[end..].chars();
        let ends = match rest.next() {
            None => true,
            Some(c) if ",.?:!".contains(c) => true,
            Some(' ' | '\u{a0}') => !rest.next().is_some_and(char::is_uppercase),
            _ => false,
        };
        ends.then(|| Edit::new(gap.range(), "-"))
    })
}

#[cfg(test)]
static BEFORE_CONJUNCTION: Pattern =
    Pattern::new(|| r"[ \t\n\u{00A0}](?:а|но)[ \u{00A0}\n]".to_string(), &[]);

/// The next «а» or «но» standing as a word at or after `from`: a space, tab, line break or
/// no-break space, the word, then a space, no-break space or line break. Read by hand:
/// nearly every Russian text has one, and the pattern for it cost 0.36 ms to compile.
fn next_conjunction(text: &str, from: usize) -> Option<std::ops::Range<usize>> {
    text.get(from..)?.char_indices().find_map(|(i, c)| {
        if !matches!(c, ' ' | '\t' | '\n' | '\u{a0}') {
            return None;
        }
        let start = from + i;
        let rest = &text[start + c.len_utf8()..];
        let word = ["а", "но"].into_iter().find(|w| rest.starts_with(w))?;
        let after = rest[word.len()..].chars().next()?;
        matches!(after, ' ' | '\u{a0}' | '\n')
            .then(|| start..start + c.len_utf8() + word.len() + after.len_utf8())
    })
}

pub(crate) const COMMA_BEFORE_CONJUNCTION: Rule = Rule::new(
    "punctuation/comma-before-a-no",
    "A comma before the conjunctions «а» and «но» joining two clauses",
    "Я пошёл домой а он остался",
    comma_before_conjunction,
);

/// `домой а он` → `домой, а он`. Not after another mark or an opening bracket, not after
/// «ну» (`ну а он?`), and only when «а»/«но» is a word of its own.
fn comma_before_conjunction<'t>(text: &'t str, _: &Context) -> Cow<'t, str> {
    super::scan::rewrite_found(text, next_conjunction, |conjunction| {
        comma_before(text, conjunction)
    })
}

/// [`comma_before_conjunction`] with the pattern it had, which it must equal.
#[cfg(test)]
fn comma_before_conjunction_by_pattern(text: &str) -> Cow<'_, str> {
    rewrite(text, &BEFORE_CONJUNCTION, |caps| {
        comma_before(text, caps.get(0)?.range())
    })
}

/// The comma before the conjunction at `conjunction` (its spaces included), if it takes one.
fn comma_before(text: &str, conjunction: std::ops::Range<usize>) -> Option<Edit> {
    // The spaces before the conjunction, and the character before them.
    let space_end = conjunction.start + char_at(text, conjunction.start)?.len_utf8();
    let gap_start = text[..space_end]
        .trim_end_matches(char::is_whitespace)
        .len();
    let gap = &text[gap_start..space_end];
    let last = char_before(text, gap_start)?;
    if last.is_whitespace() || "[(!?,:;-‒–—…>".contains(last) {
        return None;
    }
    // `ул.~а`: an abbreviation bound to the letter after it, not the end of a clause.
    if last == '.' && gap.chars().all(|c| c == '\u{a0}') {
        return None;
    }
    // A quote mark counts as closing only after a word (`«в» а`, not `слово « а`).
    let last_start = gap_start - last.len_utf8();
    if "»\"“”«„".contains(last)
        && matches!(
            char_before(text, last_start),
            None | Some(' ' | '\n' | '\u{a0}')
        )
    {
        return None;
    }
    let word_start = text[..gap_start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_letter(c))
        .last()
        .map_or(gap_start, |(i, _)| i);
    if text[word_start..gap_start].to_lowercase() == "ну" {
        return None;
    }
    Some(Edit::new(gap_start..gap_start, ","))
}

/// This module's patterns, for the test of their `needs`.
#[cfg(test)]
pub(super) fn patterns() -> Vec<&'static Pattern> {
    vec![
        &KOE,
        &INDEFINITE,
        &KA,
        &TAKI,
        &IZ_ZA_POD,
        &KAK_THEN_TO,
        &DE,
        &BEFORE_CONJUNCTION,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn particles_join_their_words_and_lookalikes_stay() {
        assert_eq!(koe("кое какие, такой случай"), "кое-какие, такой случай");
        assert_eq!(
            indefinite("кто то сказал, где нибудь, в то же время"),
            "кто-то сказал, где-нибудь, в то же время"
        );
        assert!(!indefinite_may_change("в то же время, это то, что нужно"));
        assert!(!koe_may_change("такой и какое"));
    }

    proptest! {
        /// The comma before «а» and «но», read by hand, does what its pattern did.
        #[test]
        fn the_comma_before_a_conjunction_reads_as_its_pattern_did(
            text in r#"(домой|он|ну|ул\.|«в»|слово|Аким| |  |\u{a0}|\n|\t|а|но|Но|А|ан|нона|,|\.|!|\(|—|»|«){0,12}"#
        ) {
            let settings = crate::typography::TypographySettings::default();
            let ctx = Context::new(crate::language::Language::Ru, &settings);
            prop_assert_eq!(
                comma_before_conjunction(&text, &ctx),
                comma_before_conjunction_by_pattern(&text)
            );
        }

        /// A text the quick looks turn away has nothing these rules would change.
        #[test]
        fn the_quick_looks_miss_no_particle(
            text in "(Где нибудь|кто то|что- либо|Какой -то|чьим либо|кое как|Кое где|кой какие|такой то|в то же|КОЕ чем|кто|то| |\\u{a0}|\\t|-|слово|,|\\.|«|\\(|1){0,8}"
        ) {
            if !koe_may_change(&text) {
                prop_assert_eq!(koe(&text), text.as_str());
            }
            if !indefinite_may_change(&text) {
                prop_assert_eq!(indefinite(&text), text.as_str());
            }
        }
    }
}
