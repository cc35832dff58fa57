//! How exact a figure is, as a sentence says it: «более 500 млн», "about USD 60 million",
//! «500-ден астам», «шамамен 3 тонна» — the words of the three languages, reading them
//! around a figure in running text, and what amounts a qualified figure can stand for.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::language::Language;

/// How exact a figure is, as the sentence says it: «более 500 млн долларов», "over 500
/// million US dollars", «500 млн доллардан астам».
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// около / about / шамамен
    About,
    /// более / more than / астам
    MoreThan,
    /// менее / less than / кем
    LessThan,
    /// до / up to / дейін
    UpTo,
}

impl Qualifier {
    pub const ALL: [Qualifier; 4] = [
        Qualifier::About,
        Qualifier::MoreThan,
        Qualifier::LessThan,
        Qualifier::UpTo,
    ];

    /// The word as a picker shows it in `lang`.
    pub fn label(self, lang: Language) -> &'static str {
        match (self, lang) {
            (Qualifier::About, Language::Ru) => "около",
            (Qualifier::MoreThan, Language::Ru) => "более",
            (Qualifier::LessThan, Language::Ru) => "менее",
            (Qualifier::UpTo, Language::Ru) => "до",
            (Qualifier::About, Language::Kk) => "шамамен",
            (Qualifier::MoreThan, Language::Kk) => "астам",
            (Qualifier::LessThan, Language::Kk) => "кем",
            (Qualifier::UpTo, Language::Kk) => "дейін",
            (Qualifier::About, Language::En) => "about",
            (Qualifier::MoreThan, Language::En) => "more than",
            (Qualifier::LessThan, Language::En) => "less than",
            (Qualifier::UpTo, Language::En) => "up to",
        }
    }
}

impl Qualifier {
    /// The qualifier a typed figure opens or closes with, in any of the three languages,
    /// and the figure without it: «более 500 млн долларов» → (more than, «500 млн
    /// долларов»), "about USD 60 million" → (about, "USD 60 million").
    pub fn split_from(text: &str) -> (Option<Qualifier>, &str) {
        const LEADING: [(&str, Qualifier); 16] = [
            ("более ", Qualifier::MoreThan),
            ("свыше ", Qualifier::MoreThan),
            ("больше ", Qualifier::MoreThan),
            ("more than ", Qualifier::MoreThan),
            ("over ", Qualifier::MoreThan),
            ("около ", Qualifier::About),
            ("порядка ", Qualifier::About),
            ("примерно ", Qualifier::About),
            ("about ", Qualifier::About),
            ("around ", Qualifier::About),
            ("шамамен ", Qualifier::About),
            ("менее ", Qualifier::LessThan),
            ("less than ", Qualifier::LessThan),
            ("до ", Qualifier::UpTo),
            ("up to ", Qualifier::UpTo),
            ("жуық ", Qualifier::About),
        ];
        const TRAILING: [(&str, Qualifier); 3] = [
            (" астам", Qualifier::MoreThan),
            (" кем", Qualifier::LessThan),
            (" дейін", Qualifier::UpTo),
        ];
        let trimmed = text.trim();
        let lower = trimmed.to_lowercase();
        for (word, qualifier) in LEADING {
            if lower.starts_with(word) {
                // The words are lower-case already, so byte lengths agree.
                return (Some(qualifier), trimmed[word.len()..].trim_start());
            }
        }
        for (word, qualifier) in TRAILING {
            if lower.ends_with(word) {
                return (
                    Some(qualifier),
                    trimmed[..trimmed.len() - word.len()].trim_end(),
                );
            }
        }
        (None, trimmed)
    }
}

/// Words that put a figure's qualifier before it in running text, lower case. Longer
/// phrases first, so "more than" wins over a bare word.
const BEFORE: [(&str, Qualifier); 21] = [
    ("more than", Qualifier::MoreThan),
    ("less than", Qualifier::LessThan),
    ("up to", Qualifier::UpTo),
    ("более", Qualifier::MoreThan),
    ("свыше", Qualifier::MoreThan),
    ("больше", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("около", Qualifier::About),
    ("порядка", Qualifier::About),
    ("примерно", Qualifier::About),
    ("почти", Qualifier::About),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("approximately", Qualifier::About),
    ("nearly", Qualifier::About),
    ("almost", Qualifier::About),
    ("шамамен", Qualifier::About),
    ("менее", Qualifier::LessThan),
    ("меньше", Qualifier::LessThan),
    ("до", Qualifier::UpTo),
    ("under", Qualifier::LessThan),
];

/// Kazakh puts the word after the figure (and its case ending): «500-ден астам»,
/// «3 тоннаға жуық», «2 млн-нан кем».
const AFTER: [(&str, Qualifier); 6] = [
    ("астам", Qualifier::MoreThan),
    ("артық", Qualifier::MoreThan),
    ("кем", Qualifier::LessThan),
    ("дейін", Qualifier::UpTo),
    ("жуық", Qualifier::About),
    ("шамасында", Qualifier::About),
];

/// The qualifier in the words right before a figure: `before` is the text up to the
/// figure's first character («… составил более »).
pub fn qualifier_before(before: &str) -> Option<Qualifier> {
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
    // The longest word is 14 letters; lower-casing the whole text before every figure
    // would make reading a long text quadratic.
    let tail_start = trimmed.char_indices().rev().nth(15).map_or(0, |(i, _)| i);
    let head = super::in_small_letters(&trimmed[tail_start..]);
    BEFORE.iter().find_map(|&(word, qualifier)| {
        let start = head.strip_suffix(word)?.len();
        let free = head[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        free.then_some(qualifier)
    })
}

/// The qualifier in the word right after a figure: `after` is the text from the figure's
/// end, which may still hold a case ending on the number («-ден астам»).
pub fn qualifier_after(after: &str) -> Option<Qualifier> {
    let rest = after
        .strip_prefix('-')
        .map(|r| r.trim_start_matches(super::is_letter))
        .unwrap_or(after);
    let word: String = rest
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{a0}')
        .chars()
        .take_while(|&c| super::is_letter(c))
        .collect::<String>()
        .to_lowercase();
    AFTER
        .iter()
        .find_map(|&(w, qualifier)| (w == word).then_some(qualifier))
}

/// How far off a qualified figure may be from what it stands for. «Около 500» is read as
/// within a tenth; «более 500» as 500 to half as much again (nobody writes «более 500» for
/// 900); «до 500» and «менее 500» as down to two thirds of it.
pub fn allows(qualifier: Option<Qualifier>, written: Decimal, amount: Decimal) -> bool {
    let tenth = written.abs() / Decimal::TEN;
    let half = written.abs() / Decimal::TWO;
    match qualifier {
        None => written == amount,
        Some(Qualifier::About) => (amount - written).abs() <= tenth,
        Some(Qualifier::MoreThan) => amount >= written && amount <= written + half,
        Some(Qualifier::LessThan | Qualifier::UpTo) => {
            amount <= written && amount * Decimal::from(3) >= written * Decimal::TWO
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: i64, places: u32) -> Decimal {
        Decimal::new(n, places)
    }

    #[test]
    fn qualifiers_are_read_around_a_figure() {
        assert_eq!(
            qualifier_before("составил более "),
            Some(Qualifier::MoreThan)
        );
        assert_eq!(
            qualifier_before("reached more than "),
            Some(Qualifier::MoreThan)
        );
        assert_eq!(qualifier_before("около\u{a0}"), Some(Qualifier::About));
        assert_eq!(qualifier_before("шамамен "), Some(Qualifier::About));
        // A word that only ends like one is not it: «продолжение», "cover".
        assert_eq!(qualifier_before("продо "), None);
        assert_eq!(qualifier_before("cover "), None);
        assert_eq!(
            qualifier_after("-ден астам делегат"),
            Some(Qualifier::MoreThan)
        );
        assert_eq!(qualifier_after(" жуық"), Some(Qualifier::About));
        assert_eq!(qualifier_after(" долларын құрады"), None);
    }

    #[test]
    fn a_qualified_figure_stands_for_amounts_near_it_on_its_side() {
        let more = Some(Qualifier::MoreThan);
        let about = Some(Qualifier::About);
        assert!(allows(more, d(500, 0), d(520, 0)));
        assert!(!allows(more, d(500, 0), d(250, 0)));
        assert!(!allows(more, d(500, 0), d(480, 0)));
        assert!(allows(about, d(500, 0), d(4937, 1)));
        assert!(!allows(about, d(500, 0), d(250, 0)));
        assert!(allows(Some(Qualifier::UpTo), d(500, 0), d(450, 0)));
        assert!(!allows(Some(Qualifier::UpTo), d(500, 0), d(520, 0)));
        assert!(!allows(None, d(500, 0), d(250, 0)));
    }
}
