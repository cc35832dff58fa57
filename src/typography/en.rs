//! English: the rule order and the word lists. Curly quotes, the dash style chosen in the
//! profile, a decimal point and thousands commas; no-break spaces only where a number or a
//! name must not be split.

use super::engine::Rule;
use super::nbsp::AddressWords;
use super::{dashes, nbsp, number_format, number_nbsp, punctuation, quotes, spaces};

pub(crate) const RULES: &[Rule] = &[
    spaces::LINE_BREAKS,
    spaces::ODD_SPACES,
    nbsp::RESET.with_example("The\u{a0}akim\u{a0}met\u{a0}the\u{a0}delegation"),
    spaces::TRIM_START,
    spaces::TRIM_END,
    spaces::LINE_START,
    spaces::LINE_END,
    spaces::BLANK_LINES,
    spaces::REPEATED.with_example("The akim  met   the delegation"),
    punctuation::SIGNS.with_example("(c) Akimat press office"),
    spaces::INSIDE_BRACKET.with_example("( in 2025 )"),
    spaces::BEFORE_BRACKET.with_example("Turkestan region(Kazakhstan)"),
    spaces::BEFORE_PUNCTUATION.with_example("So , the meeting went well !"),
    punctuation::ELLIPSIS.with_example("We waited..."),
    punctuation::DOUBLED.with_example("So,, we begin!!"),
    punctuation::APOSTROPHE.with_example("don't, the region's"),
    punctuation::MATH_SIGNS,
    punctuation::TIMES.with_example("a 30 x 40 metre site"),
    punctuation::FRACTION.with_example("1/2 of the budget"),
    spaces::AFTER_COMMA.with_example("Turkestan,Shymkent"),
    spaces::AFTER_COLON.with_example("Results:up 11%"),
    spaces::AFTER_SEMICOLON.with_example("exports rose;imports fell"),
    spaces::AFTER_SENTENCE_MARK.with_example("Welcome!We are glad"),
    spaces::AFTER_ELLIPSIS.with_example("We waited…Finally"),
    dashes::SPACED.with_example("Turkestan - the spiritual capital"),
    dashes::NUMBER_RANGE_RULE.with_example("in 2024-2025, 9:00-18:00"),
    dashes::WORD_RANGE_RULE.with_example("January-March"),
    quotes::QUOTES.with_example("He said: \"The \"Nur\" project is ready\""),
    number_format::DECIMAL_POINT,
    number_format::PERCENT.with_example("up 11 %"),
    number_nbsp::SUPERSCRIPT.with_example("1,200 m2"),
    number_nbsp::NUMBER_SCALE_RULE.with_example("148.9 million, 24 billion"),
    number_nbsp::SCALE_UNIT.with_example("148.9 million dollars"),
    number_nbsp::NUMBER_UNIT_RULE.with_example("25 km, 500 tenge"),
    number_format::GROUPING.with_example("24000 tenge"),
    number_nbsp::NUMBER_SIGN.with_example("§ 5, ¶ 3"),
    nbsp::ORGANISATION.with_example("JSC Samruk"),
    nbsp::INITIALS_RULE.with_example("D. A. Satybaldy"),
    nbsp::REFERENCE_RULE.with_example("No. 5, p. 12"),
    number_nbsp::DAY_MONTH_RULE.with_example("28 November, November 28"),
    nbsp::SHORT_WORDS
        .off_by_default()
        .with_example("Apply it to all of the pages"),
    nbsp::SHORT_LAST_WORD
        .off_by_default()
        .with_example("We did it. And so on."),
    number_nbsp::SHORT_LAST_NUMBER
        .off_by_default()
        .with_example("See chapter 5."),
    number_nbsp::AFTER_NUMBER.with_example("5 projects"),
];

pub(crate) const YEAR_WORDS: &[&str] = &[];

pub(crate) const MONTHS: &[&str] = &crate::language::dates::MONTHS_EN;

pub(crate) const WEEKDAYS: &[&str] = &crate::language::weekdays::WEEKDAYS_EN;

pub(crate) const SHORT_WORDS: &[&str] = &[];

pub(crate) const SCALE_WORDS: &[&str] = &[
    "thousand", "million", "billion", "trillion", "mln", "bln", "bn",
];

pub(crate) const UNITS: &[&str] = &[
    "km", "m", "cm", "mm", "kg", "t", "ha", "MW", "kW", "GW", "kWh", "MWh", "°C", "m²", "m³",
    "km²", "m2", "m3", "km2", "dpi", "lpi", "ppi", "tenge", "dollar*", "euro*", "yuan", "rouble*",
    "ruble*", "a.m.", "p.m.", "percent", "per cent",
];

pub(crate) const REFERENCES: &[&str] = &[
    "No", "Nos", "p", "pp", "Fig", "fig", "Figs", "Art", "art", "Sec", "sec", "Ch", "ch", "Vol",
    "vol", "Para", "para",
];

pub(crate) const ORGANISATION_FORMS: &[&str] = &["JSC", "NJSC"];

pub(crate) const ADDRESS: AddressWords = AddressWords {
    before_name: &[],
    after_name: &[],
};
