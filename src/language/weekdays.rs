//! The days of the week as the three languages write them: one table for the typography
//! (a range of days takes an en dash) and the checks (a weekday that does not fit its
//! date), as [`super::dates`] is for months.

use std::sync::LazyLock;

use jiff::civil::Weekday;

use crate::language::Language;

/// The days from Monday, as a message names them.
pub const WEEKDAYS_RU: [&str; 7] = [
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
];
pub const WEEKDAYS_KK: [&str; 7] = [
    "дүйсенбі",
    "сейсенбі",
    "сәрсенбі",
    "бейсенбі",
    "жұма",
    "сенбі",
    "жексенбі",
];
pub const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// What every case form of a Russian weekday begins with: «пятниц» is пятница, пятницу,
/// пятницы; «суббот», «воскресень» likewise. Wednesday's forms are spelt out, since «сред»
/// also begins «среди» and «средний». Kazakh and English forms begin with the name itself
/// («сенбіде», "Mondays").
pub const WEEKDAY_PREFIXES_RU: [&str; 10] = [
    "понедельник",
    "вторник",
    "среда",
    "среду",
    "среды",
    "среде",
    "четверг",
    "пятниц",
    "суббот",
    "воскресень",
];

/// The day of each of [`WEEKDAY_PREFIXES_RU`], from Monday = 0.
const WEEKDAY_OF_PREFIX_RU: [usize; 10] = [0, 1, 2, 2, 2, 2, 3, 4, 5, 6];

const DAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// The day's name in `lang`, as a message gives it.
pub fn name(day: Weekday, lang: Language) -> &'static str {
    let i = day.to_monday_zero_offset() as usize;
    match lang {
        Language::Ru => WEEKDAYS_RU[i],
        Language::Kk => WEEKDAYS_KK[i],
        Language::En => WEEKDAYS_EN[i],
    }
}

/// The weekday a word names, in any of the three languages, letter case and case form:
/// «пятницу», «Сенбіде», "MONDAY". Only a whole word: «средний», «жұмыс» name none.
pub fn of_word(word: &str) -> Option<Weekday> {
    static INITIALS: LazyLock<super::Initials> =
        LazyLock::new(|| super::Initials::of(&[&WEEKDAY_PREFIXES_RU, &WEEKDAYS_KK, &WEEKDAYS_EN]));
    if !INITIALS.may_begin(word) {
        return None;
    }
    let word = super::in_small_letters(word);
    let begins = |prefix: &str| {
        after_name(&word, prefix).is_some_and(|rest| rest.chars().all(super::is_letter))
    };
    let index = WEEKDAY_PREFIXES_RU
        .iter()
        .position(|p| begins(p))
        .map(|i| WEEKDAY_OF_PREFIX_RU[i])
        .or_else(|| WEEKDAYS_KK.iter().position(|n| begins(n)))
        .or_else(|| WEEKDAYS_EN.iter().position(|n| begins(n)))?;
    Some(DAYS[index])
}

/// What follows `name` at the start of `word`, which is in small letters. The names are in
/// small letters too, but for English's capitals: the bytes are compared, ASCII letters in
/// any case. A word is tried against every name, and comparing letter by letter with
/// each letter lowered was 2 % of an export's work.
fn after_name<'w>(word: &'w str, name: &str) -> Option<&'w str> {
    let head = word.as_bytes().get(..name.len())?;
    if head.eq_ignore_ascii_case(name.as_bytes()) {
        word.get(name.len()..)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte comparison cuts a name from every word as the letter-by-letter one does:
    /// every name against the names themselves, their case forms, their beginnings and
    /// words around them, all in small letters as `of_word` gives them.
    #[test]
    fn names_are_cut_from_words_as_letter_by_letter() {
        let names: Vec<&str> = (WEEKDAY_PREFIXES_RU.iter())
            .chain(&WEEKDAYS_RU)
            .chain(&WEEKDAYS_KK)
            .chain(&WEEKDAYS_EN)
            .copied()
            .collect();
        let mut words = Vec::new();
        for name in &names {
            let small = super::super::in_small_letters(name).into_owned();
            for ending in ["", "а", "у", "ы", "е", "де", "да", "s", "ю", "-"] {
                words.push(format!("{small}{ending}"));
            }
            let letters: Vec<char> = small.chars().collect();
            for n in 0..letters.len() {
                words.push(letters[..n].iter().collect());
            }
        }
        words.extend(["среди", "средний", "жұмыс", "сенім", "mon", "sundae"].map(String::from));
        for word in &words {
            for name in &names {
                assert_eq!(
                    after_name(word, name),
                    super::super::strip_prefix_any_case(word, name),
                    "{word} {name}"
                );
            }
        }
    }

    #[test]
    fn every_case_form_names_its_day_in_each_language() {
        for (word, day) in [
            ("понедельника", Weekday::Monday),
            ("Вторник", Weekday::Tuesday),
            ("среду", Weekday::Wednesday),
            ("пятницы", Weekday::Friday),
            ("воскресенье", Weekday::Sunday),
            ("сенбіде", Weekday::Saturday),
            ("Жұмада", Weekday::Friday),
            ("сейсенбі", Weekday::Tuesday),
            ("SUNDAY", Weekday::Sunday),
            ("Mondays", Weekday::Monday),
        ] {
            assert_eq!(of_word(word), Some(day), "{word}");
        }
    }

    #[test]
    fn words_that_only_begin_like_a_day_name_none() {
        for word in ["среди", "средний", "жұмыс", "четвертый", "sun", "пятни"]
        {
            assert_eq!(of_word(word), None, "{word}");
        }
    }

    #[test]
    fn names_for_messages_follow_the_language() {
        assert_eq!(name(Weekday::Wednesday, Language::Ru), "среда");
        assert_eq!(name(Weekday::Saturday, Language::Kk), "сенбі");
        assert_eq!(name(Weekday::Sunday, Language::En), "Sunday");
    }
}
