//! Kazakh: the rule order and the word lists. Kazakh shares its dash, space and number rules
//! with Russian; its quotes nest « “ ” » and its short words and particles are its own.

use super::engine::Rule;
use super::nbsp::AddressWords;
use super::{dashes, nbsp, number_format, number_nbsp, punctuation, quotes, spaces};

/// The same order as Russian, without the rules that only Russian words need.
pub(crate) const RULES: &[Rule] = &[
    spaces::LINE_BREAKS,
    spaces::ODD_SPACES,
    nbsp::RESET.with_example("Әкім\u{a0}делегацияны\u{a0}қабылдады"),
    spaces::TRIM_START,
    spaces::TRIM_END,
    spaces::LINE_START,
    spaces::LINE_END,
    spaces::BLANK_LINES,
    spaces::REPEATED.with_example("Әкім  делегацияны   қабылдады"),
    punctuation::SIGNS.with_example("(c) Әкімдіктің баспасөз қызметі"),
    spaces::INSIDE_BRACKET.with_example("( 2025 жылы )"),
    spaces::BEFORE_BRACKET.with_example("Түркістан облысы(Қазақстан)"),
    spaces::BEFORE_PUNCTUATION.with_example("Сонымен , кездесу өтті !"),
    punctuation::ELLIPSIS.with_example("Біз күттік..."),
    punctuation::DOUBLED.with_example("Сонымен,, бастаймыз!!"),
    punctuation::QUESTION_EXCLAMATION.with_example("Шынымен бе!?"),
    punctuation::ELLIPSIS_AFTER_MARK.with_example("Шынымен бе?…"),
    punctuation::APOSTROPHE,
    punctuation::MATH_SIGNS,
    punctuation::TIMES.with_example("алаңы 30 x 40 метр"),
    punctuation::FRACTION,
    spaces::AFTER_COMMA.with_example("Түркістан,Шымкент"),
    spaces::AFTER_COLON.with_example("Қорытынды:өсім 11 %"),
    spaces::AFTER_SEMICOLON.with_example("экспорт өсті;импорт азайды"),
    spaces::AFTER_SENTENCE_MARK.with_example("Қош келдіңіздер!Біз қуаныштымыз"),
    spaces::AFTER_ELLIPSIS.with_example("Біз күттік…Ақыры"),
    spaces::GLUED_YEAR.with_example("2025жылы"),
    dashes::SPACED.with_example("Түркістан - түркі әлемінің рухани астанасы"),
    dashes::DIRECT_SPEECH.with_example("«Қош келдіңіздер», – деді әкім."),
    dashes::NUMBER_RANGE_RULE.with_example("2024-2025 жылдары, 9:00-18:00"),
    dashes::WORD_RANGE_RULE.with_example("қаңтар-наурыз айларында"),
    quotes::QUOTES.with_example("Ол: \"Жоба \"Нұр\" дайын\" деді"),
    number_format::DECIMAL_COMMA.with_example("148.9 млн доллар, 1.1% өсім"),
    number_format::PERCENT.with_example("11% өсті"),
    number_format::SCALE_PERIOD.with_example("3 млн. теңге"),
    number_nbsp::SUPERSCRIPT.with_example("1200 м2"),
    number_nbsp::NUMBER_SCALE_RULE.with_example("148,9 млн, 24 млрд"),
    number_nbsp::SCALE_UNIT.with_example("60,09 млн доллар"),
    number_nbsp::NUMBER_UNIT_RULE.with_example("25 км, 500 теңге"),
    number_format::GROUPING.with_example("24000 теңге"),
    number_format::CURRENCY.with_example("₸500, $19,2 млн"),
    number_nbsp::NUMBER_SIGN.with_example("№15 бұйрық"),
    nbsp::ADDRESS.with_example("Түркістан қ., Абай көшесі"),
    nbsp::ORGANISATION.with_example("ЖШС \"Жарық\""),
    nbsp::INITIALS_RULE.with_example("Д.А. Сатыбалды"),
    nbsp::ABBREVIATIONS.with_example("т.б., т.с.с."),
    nbsp::REFERENCE_RULE.with_example("12 б., т. 2"),
    number_nbsp::YEAR.with_example("2026 ж., 2026 жылы"),
    number_nbsp::DAY_MONTH_RULE.with_example("28 қараша"),
    nbsp::SHORT_WORDS.with_example("Астана мен Алматы"),
    nbsp::PARTICLES.with_example("Келесің бе?"),
    nbsp::SHORT_LAST_WORD.with_example("Біз де бар. Ол да."),
    number_nbsp::SHORT_LAST_NUMBER.with_example("Бұл 5"),
    number_nbsp::AFTER_NUMBER.with_example("5 жоба"),
];

pub(crate) const YEAR_WORDS: &[&str] = &[
    "ж.",
    "жж.",
    "жыл",
    "жылы",
    "жылғы",
    "жылдар",
    "жылдары",
    "жылдарда",
    "жылдардағы",
    "ғ.",
    "ғасыр",
    "ғасырда",
    "ғасырлар",
    "ғасырларда",
];

pub(crate) const MONTHS: &[&str] = &crate::language::dates::MONTHS_KK;

pub(crate) const WEEKDAYS: &[&str] = &crate::language::weekdays::WEEKDAYS_KK;

/// Conjunctions longer than two letters that keep to the next word (мен, бен, пен = «и»);
/// the two-letter да, де, та, те, не, ал are kept by length.
pub(crate) const SHORT_WORDS: &[&str] = &["мен", "бен", "пен", "және"];

/// Question and emphatic particles keep to the word before them: Келесің бе?
pub(crate) const PARTICLES: &[&str] = &["ма", "ме", "ба", "бе", "па", "пе", "ғой", "қой", "ше"];

pub(crate) const SCALE_WORDS: &[&str] = &[
    "мың",
    "млн",
    "млрд",
    "трлн",
    "миллион*",
    "миллиард*",
    "триллион*",
];

pub(crate) const UNITS: &[&str] = &[
    "м",
    "мм",
    "см",
    "км",
    "м²",
    "м³",
    "км²",
    "м2",
    "м3",
    "км2",
    "га",
    "т",
    "тонна*",
    "кг",
    "л",
    "кВт",
    "МВт",
    "ГВт",
    "кВт·сағ",
    "°C",
    "°С",
    "теңге",
    "тенге",
    "АҚШ доллар*",
    "доллар*",
    "еуро",
    "евро",
    "рубль*",
    "юань*",
    "пайыз*",
    "dpi",
];

pub(crate) const REFERENCES: &[&str] = &["б", "бб", "т", "сур"];

pub(crate) const ADDRESS: AddressWords = AddressWords {
    before_name: &[],
    after_name: &[
        "қ.",
        "қаласы",
        "к-сі",
        "көшесі",
        "даңғылы",
        "даңғ.",
        "обл.",
        "облысы",
        "ауд.",
        "ш/а",
        "ауылы",
        "а.",
    ],
};
