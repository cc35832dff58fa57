//! What a figure measures (scale and unit) and how each language writes a figure.
//!
//! Statistics keep their value as an exact decimal and their unit as data, so checks can
//! compare figures and each language version writes them in its own way:
//! `148,9 млн долларов США`, `148,9 млн АҚШ доллары`, `148.9 million US dollars`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::language::{Language, Localized};

pub use super::qualifier::Qualifier;

/// Non-breaking space: between a number and what it counts.
pub const NBSP: char = '\u{00A0}';
/// Narrow non-breaking space: groups thousands in Russian and Kazakh numbers.
pub const NNBSP: char = '\u{202F}';

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quantity {
    #[serde(default)]
    pub scale: Scale,
    #[serde(default)]
    pub unit: Unit,
}

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Scale {
    #[default]
    One,
    Thousand,
    Million,
    Billion,
    Trillion,
}

impl Scale {
    pub const ALL: [Scale; 5] = [
        Scale::One,
        Scale::Thousand,
        Scale::Million,
        Scale::Billion,
        Scale::Trillion,
    ];

    /// How many ones the scale stands for.
    pub fn multiplier(self) -> Decimal {
        match self {
            Scale::One => Decimal::ONE,
            Scale::Thousand => Decimal::from(1_000),
            Scale::Million => Decimal::from(1_000_000),
            Scale::Billion => Decimal::from(1_000_000_000i64),
            Scale::Trillion => Decimal::from(1_000_000_000_000i64),
        }
    }

    /// The word the language writes after the number; empty for `One`.
    /// Russian «тыс.» keeps its period, «млн» and «млрд» have none.
    pub fn word(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Scale::One, _) => "",
            (Scale::Thousand, Language::Ru) => "тыс.",
            (Scale::Thousand, Language::Kk) => "мың",
            (Scale::Thousand, Language::En) => "thousand",
            (Scale::Million, Language::En) => "million",
            (Scale::Million, _) => "млн",
            (Scale::Billion, Language::En) => "billion",
            (Scale::Billion, _) => "млрд",
            (Scale::Trillion, Language::En) => "trillion",
            (Scale::Trillion, _) => "трлн",
        }
    }
}

/// The unit or currency of a figure.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    /// A bare count («5 проектов» is better written in the label).
    #[default]
    None,
    UsDollar,
    Tenge,
    Euro,
    Yuan,
    Rouble,
    Percent,
    Tonne,
    Person,
    Hectare,
    /// Anything else, written out per language exactly as it should follow the number.
    Custom(Localized),
}

impl Unit {
    /// The built-in units, in the order a picker lists them.
    pub const BUILT_IN: [Unit; 10] = [
        Unit::None,
        Unit::UsDollar,
        Unit::Tenge,
        Unit::Euro,
        Unit::Yuan,
        Unit::Rouble,
        Unit::Percent,
        Unit::Tonne,
        Unit::Person,
        Unit::Hectare,
    ];

    /// True for money: parts of a money figure must share its currency.
    pub fn is_currency(&self) -> bool {
        matches!(
            self,
            Unit::UsDollar | Unit::Tenge | Unit::Euro | Unit::Yuan | Unit::Rouble
        )
    }

    /// The unit's name as it follows `value` (with `scale`) in `lang`.
    pub fn name_after(&self, value: Decimal, scale: Scale, lang: Language) -> String {
        // After «млн», «тыс.» Russian always takes the genitive plural: «млн долларов».
        let form = if scale == Scale::One {
            plural_form(value, lang)
        } else {
            PluralForm::Many
        };
        let forms: [&str; 3] = match (self, lang) {
            (Unit::None, _) => ["", "", ""],
            (Unit::Custom(text), lang) => return text.get_or_any(lang).to_string(),
            (Unit::Percent, _) => ["%", "%", "%"],
            (Unit::UsDollar, Language::Ru) => ["доллар США", "доллара США", "долларов США"],
            (Unit::UsDollar, Language::Kk) => ["АҚШ доллары"; 3],
            (Unit::UsDollar, Language::En) => ["US dollar", "US dollars", "US dollars"],
            (Unit::Tenge, Language::Kk) => ["теңге"; 3],
            (Unit::Tenge, Language::En) => ["tenge"; 3],
            (Unit::Tenge, _) => ["тенге", "тенге", "тенге"],
            (Unit::Euro, Language::Ru) => ["евро"; 3],
            (Unit::Euro, Language::Kk) => ["еуро"; 3],
            (Unit::Euro, Language::En) => ["euro", "euros", "euros"],
            (Unit::Yuan, Language::Ru) => ["юань", "юаня", "юаней"],
            (Unit::Yuan, _) => ["юань", "юань", "юань"],
            (Unit::Rouble, Language::Ru) => ["рубль", "рубля", "рублей"],
            (Unit::Rouble, Language::Kk) => ["рубль"; 3],
            (Unit::Rouble, Language::En) => ["rouble", "roubles", "roubles"],
            (Unit::Tonne, Language::Ru) => ["тонна", "тонны", "тонн"],
            (Unit::Tonne, Language::Kk) => ["тонна"; 3],
            (Unit::Tonne, Language::En) => ["tonne", "tonnes", "tonnes"],
            (Unit::Person, Language::Ru) => ["человек", "человека", "человек"],
            (Unit::Person, Language::Kk) => ["адам"; 3],
            (Unit::Person, Language::En) => ["person", "people", "people"],
            (Unit::Hectare, Language::Ru) => ["гектар", "гектара", "гектаров"],
            (Unit::Hectare, Language::Kk) => ["гектар"; 3],
            (Unit::Hectare, Language::En) => ["hectare", "hectares", "hectares"],
        };
        let word = match form {
            PluralForm::One => forms[0],
            PluralForm::Few => forms[1],
            PluralForm::Many => forms[2],
        };
        // Yuan in English does not change: "400 billion yuan".
        if lang == Language::En && *self == Unit::Yuan {
            return "yuan".to_string();
        }
        word.to_string()
    }

    /// A short name for pickers.
    pub fn label(&self, lang: Language) -> String {
        match self {
            Unit::None => match lang {
                Language::Ru => "без единиц".into(),
                Language::Kk => "бірліксіз".into(),
                Language::En => "no unit".into(),
            },
            other => other.name_after(Decimal::from(5), Scale::One, lang),
        }
    }
}

/// A Kazakh figure as the object of the verb that states it: «5 млн АҚШ долларын
/// (құрады)», «шамамен 380 млн АҚШ долларын (құрады)», and with a qualifier that puts the
/// figure in its own case, «500 млн АҚШ долларынан астам (болды)», «300-ге дейін».
pub fn kazakh_object(value: Decimal, quantity: &Quantity, qualifier: Option<Qualifier>) -> String {
    use super::harmony::{Case, attach, ending};
    let lang = Language::Kk;
    match qualifier {
        None | Some(Qualifier::About) => {
            let plain = format_quantity(value, quantity, lang);
            let object = if quantity.unit == Unit::Percent {
                format!("{plain}-{}", ending("пайыз", Case::Accusative))
            } else {
                attach(&plain, Case::Accusative)
            };
            if qualifier.is_some() {
                format!("шамамен{NBSP}{object}")
            } else {
                object
            }
        }
        Some(q) => format_qualified(value, quantity, Some(q), lang),
    }
}

/// A figure with its qualifier as `lang` writes it. Russian puts the word before and the
/// unit in the genitive («более 3 тонн», «около 21 доллара»); Kazakh puts the ending on the
/// figure's last word and the word after («500 млн доллардан астам», «шамамен 3 тонна»,
/// «2024 жылға дейін»); English puts it before ("more than 500 million US dollars").
pub fn format_qualified(
    value: Decimal,
    quantity: &Quantity,
    qualifier: Option<Qualifier>,
    lang: Language,
) -> String {
    let Some(qualifier) = qualifier else {
        return format_quantity(value, quantity, lang);
    };
    match lang {
        Language::En => format!(
            "{}{NBSP}{}",
            qualifier.label(lang),
            format_quantity(value, quantity, lang)
        ),
        Language::Ru => {
            let genitive = genitive_quantity(value, quantity);
            format!("{}{NBSP}{genitive}", qualifier.label(lang))
        }
        Language::Kk => {
            use super::harmony::{Case, attach};
            let plain = format_quantity(value, quantity, lang);
            let case = match qualifier {
                Qualifier::About => return format!("шамамен{NBSP}{plain}"),
                Qualifier::MoreThan | Qualifier::LessThan => Case::Ablative,
                Qualifier::UpTo => Case::Dative,
            };
            let with_ending = if quantity.unit == Unit::Percent {
                // «%» is read «пайыз»: «11 %-дан астам».
                let ending = super::harmony::ending("пайыз", case);
                format!("{plain}-{ending}")
            } else if quantity.unit == Unit::None && quantity.scale != Scale::One {
                // An abbreviated scale word takes its ending after a hyphen, by the word
                // as read: «500 млн-нан».
                let spoken = match quantity.scale {
                    Scale::Thousand => "мың",
                    Scale::Million => "миллион",
                    Scale::Billion | Scale::Trillion => "миллиард",
                    Scale::One => "",
                };
                format!("{plain}-{}", super::harmony::ending(spoken, case))
            } else {
                attach(&plain, case)
            };
            format!("{with_ending} {}", qualifier.label(lang))
        }
    }
}

/// A Russian figure after a preposition that governs the genitive (около, более, менее,
/// до): the unit in the genitive singular after 1 and fractions, plural otherwise.
fn genitive_quantity(value: Decimal, quantity: &Quantity) -> String {
    let lang = Language::Ru;
    let nominative = format_quantity(value, quantity, lang);
    if quantity.scale != Scale::One {
        // «млн долларов» is already genitive plural.
        return nominative;
    }
    let singular_genitive = !value.fract().is_zero() || plural_form(value, lang) == PluralForm::One;
    // The few form is the genitive singular, the many form the genitive plural.
    let form_value = if singular_genitive {
        Decimal::new(15, 1)
    } else {
        Decimal::from(5)
    };
    let unit = quantity.unit.name_after(form_value, Scale::One, lang);
    let mut out = format_number(value, lang);
    if !unit.is_empty() {
        out.push(NBSP);
        out.push_str(&unit);
    }
    out
}

/// The grammatical number a noun takes after a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralForm {
    One,
    Few,
    Many,
}

/// Russian: 1 доллар, 2 доллара, 5 долларов, 1,5 доллара. Kazakh nouns after numerals
/// stay singular (the table repeats the form). English: 1 dollar, everything else plural.
/// The categories are CLDR's, from [`super::plural`], the one rule source for the window's
/// words, drafted text and figures.
pub fn plural_form(value: Decimal, lang: Language) -> PluralForm {
    use intl_pluralrules::PluralCategory;
    let written = value.abs().normalize().to_string();
    match (lang, super::plural::category(lang, &written)) {
        (_, PluralCategory::ONE) => PluralForm::One,
        // A fraction is CLDR's `other` and takes the genitive singular: «1,5 доллара».
        (Language::Ru, PluralCategory::FEW | PluralCategory::OTHER) => PluralForm::Few,
        _ => PluralForm::Many,
    }
}

/// Writes a decimal as `lang` does, keeping every decimal place that was typed:
/// ru/kk `1 234 567,09` (narrow no-break spaces, only from five digits on), en `1,234,567.09`.
pub fn format_number(value: Decimal, lang: Language) -> String {
    let text = value.to_string();
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let (group_sep, decimal_sep, group_from) = match lang {
        Language::En => (',', '.', 4),
        Language::Ru | Language::Kk => (NNBSP, ',', 5),
    };
    let mut grouped = String::new();
    if whole.len() >= group_from {
        for (i, ch) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(group_sep);
            }
            grouped.push(ch);
        }
    } else {
        grouped.push_str(whole);
    }
    let sign = if sign.is_empty() { "" } else { "−" };
    match fraction {
        Some(fraction) => format!("{sign}{grouped}{decimal_sep}{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Why a typed figure cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    /// Both «,» and «.»: 1,234.5 or 1.234,5 — which one is the decimal mark is unclear.
    AmbiguousSeparators,
    NotANumber,
}

/// A decimal as people in Kazakhstan type it: `148,9`, `148.9`, `1 234,5`, `−5`, with
/// spaces or no-break spaces between thousands. Keeps every typed decimal place (60,09
/// stays 60.09).
pub fn parse_decimal(text: &str) -> Result<Decimal, NumberError> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{a0}')
        .map(|c| if c == '−' || c == '–' { '-' } else { c })
        .collect();
    if compact.is_empty() {
        return Err(NumberError::Empty);
    }
    if compact.contains(',') && compact.contains('.') {
        return Err(NumberError::AmbiguousSeparators);
    }
    compact
        .replace(',', ".")
        .parse::<Decimal>()
        .map_err(|_| NumberError::NotANumber)
}

/// Serde: a decimal in a release file written as people write it — `"148.9"`, `"148,9"`,
/// `"1 234,5"` or a bare number — with an error that shows a good value.
pub fn typed_decimal<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    d.deserialize_any(TypedDecimal)
}

/// [`typed_decimal`] for an optional value: `None` or `Some("…")`.
pub fn typed_decimal_option<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Decimal>, D::Error> {
    #[derive(Deserialize)]
    struct Wrapped(#[serde(deserialize_with = "typed_decimal")] Decimal);
    Option::<Wrapped>::deserialize(d).map(|v| v.map(|Wrapped(value)| value))
}

struct TypedDecimal;

impl serde::de::Visitor<'_> for TypedDecimal {
    type Value = Decimal;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a number such as \"148.9\" or \"148,9\"")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Decimal, E> {
        parse_decimal(text).map_err(|error| {
            let why = match error {
                NumberError::Empty => "is empty",
                NumberError::AmbiguousSeparators => "has both a comma and a point",
                NumberError::NotANumber => "is not a number",
            };
            E::custom(format!(
                "«{text}» {why}; write it like \"148.9\" or \"148,9\""
            ))
        })
    }

    fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(n))
    }

    fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(n))
    }

    fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Decimal, E> {
        // The shortest text that reads back as `n`: 148.9, not 148.900000000000005.
        self.visit_str(&n.to_string())
    }
}

/// The words for a count from one to nine in `lang`, in the forms running text uses
/// («три», «трёх», «үш», "three"), so a count spelled in one version is found in another
/// written in digits. Empty for other numbers.
pub fn small_number_words(n: u32, lang: Language) -> &'static [&'static str] {
    const RU: [&[&str]; 9] = [
        &["один", "одна", "одно", "одного", "одной", "одному", "одним"],
        &["два", "две", "двух", "двум", "двумя"],
        &["три", "трёх", "трех", "трём", "трем", "тремя"],
        &[
            "четыре",
            "четырёх",
            "четырех",
            "четырём",
            "четырем",
            "четырьмя",
        ],
        &["пять", "пяти", "пятью"],
        &["шесть", "шести", "шестью"],
        &["семь", "семи", "семью"],
        &["восемь", "восьми", "восемью"],
        &["девять", "девяти", "девятью"],
    ];
    const KK: [&[&str]; 9] = [
        &["бір"],
        &["екі"],
        &["үш"],
        &["төрт"],
        &["бес"],
        &["алты"],
        &["жеті"],
        &["сегіз"],
        &["тоғыз"],
    ];
    const EN: [&[&str]; 9] = [
        &["one"],
        &["two"],
        &["three"],
        &["four"],
        &["five"],
        &["six"],
        &["seven"],
        &["eight"],
        &["nine"],
    ];
    let Some(i) = (n as usize).checked_sub(1).filter(|i| *i < 9) else {
        return &[];
    };
    match lang {
        Language::Ru => RU[i],
        Language::Kk => KK[i],
        Language::En => EN[i],
    }
}

/// A count from one to nine in words, as English news copy writes it ("three memoranda");
/// `None` for anything else and in Russian and Kazakh, which write such counts in digits.
pub fn small_number_in_words(count: &str, lang: Language) -> Option<&'static str> {
    const WORDS: [&str; 9] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    if lang != Language::En {
        return None;
    }
    let n: usize = count.trim().parse().ok()?;
    WORDS.get(n.checked_sub(1)?).copied()
}

/// A figure with its scale and unit, joined by no-break spaces so it never splits across
/// lines: `148,9 млн долларов США`, `11 %`, `USD 148.9 million`, `11%` in English.
/// English puts the code of a currency with one before the number, as news copy does
/// ("USD 500 million", "EUR 12 million"); tenge, yuan and roubles follow it.
pub fn format_quantity(value: Decimal, quantity: &Quantity, lang: Language) -> String {
    let code = match (lang, &quantity.unit) {
        (Language::En, Unit::UsDollar) => Some("USD"),
        (Language::En, Unit::Euro) => Some("EUR"),
        _ => None,
    };
    let mut out = format_number(value, lang);
    if let Some(code) = code {
        out = format!("{code}{NBSP}{out}");
        let scale = quantity.scale.word(lang);
        if !scale.is_empty() {
            out.push(NBSP);
            out.push_str(scale);
        }
        return out;
    }
    let scale = quantity.scale.word(lang);
    if !scale.is_empty() {
        out.push(NBSP);
        out.push_str(scale);
    }
    let unit = quantity.unit.name_after(value, quantity.scale, lang);
    if !unit.is_empty() {
        if quantity.unit == Unit::Percent && lang == Language::En {
            // English writes the percent sign straight after the number.
        } else {
            out.push(NBSP);
        }
        out.push_str(&unit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(scale: Scale, unit: Unit) -> Quantity {
        Quantity { scale, unit }
    }

    #[test]
    fn qualified_figures_read_naturally_in_each_language() {
        let usd = q(Scale::Million, Unit::UsDollar);
        let more = Some(Qualifier::MoreThan);
        let plain = |s: String| s.replace([NBSP, NNBSP], " ");
        let v = Decimal::from(500);
        assert_eq!(
            plain(format_qualified(v, &usd, more, Language::Ru)),
            "более 500 млн долларов США"
        );
        assert_eq!(
            plain(format_qualified(v, &usd, more, Language::En)),
            "more than USD 500 million"
        );
        assert_eq!(
            plain(format_qualified(v, &usd, more, Language::Kk)),
            "500 млн АҚШ долларынан астам"
        );
        let about = Some(Qualifier::About);
        assert_eq!(
            plain(format_qualified(v, &usd, about, Language::Kk)),
            "шамамен 500 млн АҚШ доллары"
        );
        let tonnes = q(Scale::One, Unit::Tonne);
        assert_eq!(
            plain(format_qualified(
                Decimal::from(3),
                &tonnes,
                about,
                Language::Ru
            )),
            "около 3 тонн"
        );
        assert_eq!(
            plain(format_qualified(
                Decimal::from(21),
                &tonnes,
                about,
                Language::Ru
            )),
            "около 21 тонны"
        );
        assert_eq!(
            plain(format_qualified(
                Decimal::new(15, 1),
                &tonnes,
                about,
                Language::Ru
            )),
            "около 1,5 тонны"
        );
        let people = q(Scale::One, Unit::Person);
        assert_eq!(
            plain(format_qualified(v, &people, more, Language::Kk)),
            "500 адамнан астам"
        );
        assert_eq!(
            plain(format_qualified(
                v,
                &people,
                Some(Qualifier::UpTo),
                Language::Kk
            )),
            "500 адамға дейін"
        );
        let percent = q(Scale::One, Unit::Percent);
        assert_eq!(
            plain(format_qualified(
                Decimal::from(11),
                &percent,
                more,
                Language::Kk
            )),
            "11 %-дан астам"
        );
        assert_eq!(
            plain(format_qualified(v, &usd, None, Language::Ru)),
            "500 млн долларов США"
        );
    }
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn russian_numbers_keep_typed_precision_and_group_from_five_digits() {
        assert_eq!(format_number(d("60.09"), Language::Ru), "60,09");
        assert_eq!(format_number(d("88.90"), Language::Ru), "88,90");
        assert_eq!(format_number(d("1234"), Language::Ru), "1234");
        assert_eq!(format_number(d("24000"), Language::Ru), "24\u{202F}000");
        assert_eq!(
            format_number(d("1234567.5"), Language::Kk),
            "1\u{202F}234\u{202F}567,5"
        );
        assert_eq!(format_number(d("-3.5"), Language::Ru), "−3,5");
    }

    #[test]
    fn english_numbers_use_point_and_comma_groups() {
        assert_eq!(format_number(d("1234.5"), Language::En), "1,234.5");
        assert_eq!(format_number(d("148.9"), Language::En), "148.9");
    }

    #[test]
    fn russian_plural_agrees_with_the_number() {
        let usd = Unit::UsDollar;
        let one = |v: &str| usd.name_after(d(v), Scale::One, Language::Ru);
        assert_eq!(one("1"), "доллар США");
        assert_eq!(one("21"), "доллар США");
        assert_eq!(one("11"), "долларов США");
        assert_eq!(one("3"), "доллара США");
        assert_eq!(one("13"), "долларов США");
        assert_eq!(one("1.5"), "доллара США");
        assert_eq!(
            usd.name_after(d("1"), Scale::Million, Language::Ru),
            "долларов США"
        );
    }

    #[test]
    fn quantities_read_naturally_in_each_language() {
        let q = Quantity {
            scale: Scale::Million,
            unit: Unit::UsDollar,
        };
        assert_eq!(
            format_quantity(d("148.9"), &q, Language::Ru),
            "148,9\u{a0}млн\u{a0}долларов США"
        );
        assert_eq!(
            format_quantity(d("148.9"), &q, Language::Kk),
            "148,9\u{a0}млн\u{a0}АҚШ доллары"
        );
        assert_eq!(
            format_quantity(d("148.9"), &q, Language::En),
            "USD\u{a0}148.9\u{a0}million"
        );
        let pct = Quantity {
            scale: Scale::One,
            unit: Unit::Percent,
        };
        assert_eq!(format_quantity(d("11"), &pct, Language::Ru), "11\u{a0}%");
        assert_eq!(format_quantity(d("11"), &pct, Language::En), "11%");
        let yuan = Quantity {
            scale: Scale::Billion,
            unit: Unit::Yuan,
        };
        assert_eq!(
            format_quantity(d("400"), &yuan, Language::En),
            "400\u{a0}billion\u{a0}yuan"
        );
    }
}
