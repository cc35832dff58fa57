//! Kazakh case endings by vowel harmony and the final sound: Алматыға, Ақтөбеге,
//! Шымкентке, Қазақстанда, 500-ден, 60-тан, 10-нан.
//!
//! An ending has a back-vowel form and a front-vowel form (-ға/-ге), chosen by the word's
//! last vowel, and its first consonant follows the word's last sound: after a vowel or a
//! voiced consonant one form, after a voiceless consonant another, after м н ң (for some
//! cases) a third. A number takes the ending of its last word as spoken («500» — «бес жүз»,
//! so «500-ден»), joined with a hyphen.

use std::fmt;

/// The cases drafting attaches to names and numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Барыс септік: -ға/-ге/-қа/-ке (Алматыға, Шымкентке).
    Dative,
    /// Жатыс септік: -да/-де/-та/-те (Түркістанда, Шымкентте).
    Locative,
    /// Шығыс септік: -дан/-ден/-тан/-тен/-нан/-нен (Қытайдан, 500-ден).
    Ablative,
    /// Табыс септік: -ны/-ні/-ды/-ді/-ты/-ті (делегацияны, Қазақстанды).
    Accusative,
    /// Ілік септік: -ның/-нің/-дың/-дің/-тың/-тің (Алматының, Шымкенттің).
    Genitive,
    /// Көмектес септік: -мен/-бен/-пен (Қытаймен, Шымкентпен).
    Instrumental,
}

impl Case {
    /// The case named as templates write it: `dat`, `loc`, `abl`, `acc`, `gen`, `ins`.
    pub fn from_code(code: &str) -> Option<Case> {
        Some(match code {
            "dat" => Case::Dative,
            "loc" => Case::Locative,
            "abl" => Case::Ablative,
            "acc" => Case::Accusative,
            "gen" => Case::Genitive,
            "ins" => Case::Instrumental,
            _ => return None,
        })
    }
}

impl fmt::Display for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = match self {
            Case::Dative => "dat",
            Case::Locative => "loc",
            Case::Ablative => "abl",
            Case::Accusative => "acc",
            Case::Genitive => "gen",
            Case::Instrumental => "ins",
        };
        f.write_str(code)
    }
}

/// What the ending's first sound depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Final {
    Vowel,
    /// м н ң
    Nasal,
    /// л р й у ж з and the voiced stops
    Voiced,
    Voiceless,
}

const BACK_VOWELS: &str = "аоұыяёюэ";
const FRONT_VOWELS: &str = "әөүіеи";
/// у and и are written for sounds of either row; they decide only when nothing else does.
const EITHER_ROW: &str = "уи";
const VOICELESS: &str = "кқпстфхһцчшщ";
const NASALS: &str = "мнң";

/// Whether the word's last decided vowel is a front one (ә ө ү і е).
pub(crate) fn is_front(word: &str) -> bool {
    let lower = word.to_lowercase();
    let mut undecided = None;
    for c in lower.chars().rev() {
        if BACK_VOWELS.contains(c) {
            return false;
        }
        if FRONT_VOWELS.contains(c) && c != 'и' {
            return true;
        }
        if EITHER_ROW.contains(c) && undecided.is_none() {
            undecided = Some(c == 'и');
        }
    }
    undecided.unwrap_or(false)
}

pub(crate) fn final_sound(word: &str) -> Final {
    // A soft or hard sign is no sound: «юань» ends in н and takes -нан, -ға.
    let last = word
        .to_lowercase()
        .chars()
        .rev()
        .find(|&c| super::is_letter(c) && !matches!(c, 'ь' | 'ъ'))
        .unwrap_or('а');
    if NASALS.contains(last) {
        Final::Nasal
    } else if VOICELESS.contains(last) {
        Final::Voiceless
    } else if BACK_VOWELS.contains(last) || FRONT_VOWELS.contains(last) || last == 'у' {
        // A final у is a semivowel that takes the vowel endings in dative and locative
        // (Атырауға, Атырауда) and the voiced ones elsewhere; и is a vowel (Алматыны).
        if last == 'у' {
            Final::Voiced
        } else {
            Final::Vowel
        }
    } else {
        Final::Voiced
    }
}

/// Head words that carry the third-person possessive (Түркістан облысы, Мяньян қаласы,
/// Сычуань провинциясы): they take the endings with a linking н (облысына, қаласында,
/// провинциясынан, облысын). A word cannot show this by its letters alone (Алматы ends
/// the same way), so the common heads of place names are listed.
const POSSESSIVE_HEADS: &[&str] = &[
    "облысы",
    "қаласы",
    "ауданы",
    "ауылы",
    "кенті",
    "провинциясы",
    "өңірі",
    "аймағы",
    "елі",
    "республикасы",
    "штаты",
    "округі",
    "әкімдігі",
    "министрлігі",
    "басқармасы",
    // «АҚШ доллары» (the US's dollar): «АҚШ долларынан».
    "доллары",
];

fn possessive_ending(word: &str, case: Case) -> Option<&'static str> {
    let last_word = word.rsplit(char::is_whitespace).next()?.to_lowercase();
    if !POSSESSIVE_HEADS.contains(&last_word.as_str()) {
        return None;
    }
    let front = is_front(&last_word);
    let pair = |back: &'static str, front_form: &'static str| if front { front_form } else { back };
    Some(match case {
        Case::Dative => pair("на", "не"),
        Case::Locative => pair("нда", "нде"),
        Case::Ablative => pair("нан", "нен"),
        Case::Accusative => "н",
        Case::Genitive => pair("ның", "нің"),
        Case::Instrumental => "мен",
    })
}

/// The ending of `case` for `word`, without a hyphen: `ға`, `ден`, `тың`.
pub fn ending(word: &str, case: Case) -> &'static str {
    if let Some(ending) = possessive_ending(word, case) {
        return ending;
    }
    let front = is_front(word);
    let last = word
        .to_lowercase()
        .chars()
        .rev()
        .find(|&c| super::is_letter(c));
    let fin = final_sound(word);
    let pair = |back: &'static str, front_form: &'static str| if front { front_form } else { back };
    match case {
        Case::Dative => match fin {
            // After к/г the ending is -ке, after қ/ғ -қа, whatever the vowel.
            Final::Voiceless if last == Some('к') => "ке",
            Final::Voiceless if last == Some('қ') => "қа",
            Final::Voiceless => pair("қа", "ке"),
            _ => pair("ға", "ге"),
        },
        Case::Locative => match fin {
            Final::Voiceless => pair("та", "те"),
            _ => pair("да", "де"),
        },
        Case::Ablative => match fin {
            Final::Voiceless => pair("тан", "тен"),
            Final::Nasal => pair("нан", "нен"),
            _ => pair("дан", "ден"),
        },
        Case::Accusative => match fin {
            Final::Vowel => pair("ны", "ні"),
            Final::Voiceless => pair("ты", "ті"),
            _ => pair("ды", "ді"),
        },
        Case::Genitive => match fin {
            Final::Vowel | Final::Nasal => pair("ның", "нің"),
            Final::Voiceless => pair("тың", "тің"),
            Final::Voiced => pair("дың", "дің"),
        },
        // -мен after vowels and the sonorants, -бен after ж з and voiced stops, -пен after
        // voiceless consonants.
        Case::Instrumental => match fin {
            Final::Voiceless => "пен",
            Final::Vowel => "мен",
            Final::Nasal | Final::Voiced => {
                if matches!(last, Some('м' | 'н' | 'ң' | 'л' | 'р' | 'й' | 'у')) {
                    "мен"
                } else {
                    "бен"
                }
            }
        },
    }
}

/// `word` in `case`: «Алматы» → «Алматыға». A word that ends in a digit is a number and
/// gets its ending after a hyphen, by the number as spoken: «500» → «500-ден».
pub fn attach(word: &str, case: Case) -> String {
    let trimmed = word.trim_end();
    if trimmed.is_empty() {
        return String::new();
    }
    if trimmed.ends_with(|c: char| c.is_ascii_digit()) {
        let spoken = spoken_last_word(trimmed);
        return format!("{trimmed}-{}", ending(spoken, case));
    }
    format!("{trimmed}{}", ending(trimmed, case))
}

const ONES: [&str; 10] = [
    "нөл",
    "бір",
    "екі",
    "үш",
    "төрт",
    "бес",
    "алты",
    "жеті",
    "сегіз",
    "тоғыз",
];
const TENS: [&str; 10] = [
    "",
    "он",
    "жиырма",
    "отыз",
    "қырық",
    "елу",
    "алпыс",
    "жетпіс",
    "сексен",
    "тоқсан",
];

/// The last word of a number as a Kazakh speaker reads it: «2024» — «екі мың жиырма
/// төрт» — «төрт»; «1,5» — «бір бүтін оннан бес» — «бес». The digits after the last
/// separator decide, as their last non-zero place does.
fn spoken_last_word(number: &str) -> &'static str {
    let digits: String = number
        .rsplit(|c: char| {
            !c.is_ascii_digit() && !c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}'
        })
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect();
    let value: u128 = digits.parse().unwrap_or(0);
    if value == 0 {
        return ONES[0];
    }
    if !value.is_multiple_of(10) {
        return ONES[(value % 10) as usize];
    }
    if !value.is_multiple_of(100) {
        return TENS[((value % 100) / 10) as usize];
    }
    if !value.is_multiple_of(1_000) {
        return "жүз";
    }
    if !value.is_multiple_of(1_000_000) {
        return "мың";
    }
    if !value.is_multiple_of(1_000_000_000) {
        return "миллион";
    }
    "миллиард"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dative_follows_the_vowel_and_the_last_sound() {
        assert_eq!(attach("Алматы", Case::Dative), "Алматыға");
        assert_eq!(attach("Ақтөбе", Case::Dative), "Ақтөбеге");
        assert_eq!(attach("Шымкент", Case::Dative), "Шымкентке");
        assert_eq!(attach("Түркістан", Case::Dative), "Түркістанға");
        assert_eq!(attach("Қытай", Case::Dative), "Қытайға");
        assert_eq!(attach("Атырау", Case::Dative), "Атырауға");
        assert_eq!(attach("Ақтөбе облысы", Case::Dative), "Ақтөбе облысына");
        assert_eq!(attach("форум", Case::Dative), "форумға");
        assert_eq!(attach("евро", Case::Dative), "евроға");
        assert_eq!(attach("доллар", Case::Dative), "долларға");
    }

    #[test]
    fn locative_ablative_accusative_genitive() {
        assert_eq!(attach("Түркістан", Case::Locative), "Түркістанда");
        assert_eq!(attach("Шымкент", Case::Locative), "Шымкентте");
        assert_eq!(attach("Қытай", Case::Ablative), "Қытайдан");
        assert_eq!(attach("Түркия", Case::Ablative), "Түркиядан");
        assert_eq!(attach("Қазақстан", Case::Ablative), "Қазақстаннан");
        assert_eq!(attach("Шымкент", Case::Ablative), "Шымкенттен");
        assert_eq!(attach("доллар", Case::Ablative), "доллардан");
        assert_eq!(attach("делегация", Case::Accusative), "делегацияны");
        assert_eq!(attach("Қазақстан", Case::Accusative), "Қазақстанды");
        assert_eq!(attach("Алматы", Case::Genitive), "Алматының");
        assert_eq!(attach("Шымкент", Case::Genitive), "Шымкенттің");
        assert_eq!(attach("Өзбекстан", Case::Genitive), "Өзбекстанның");
    }

    #[test]
    fn instrumental_after_vowels_sonorants_voiced_and_voiceless() {
        assert_eq!(attach("Қытай", Case::Instrumental), "Қытаймен");
        assert_eq!(attach("Шымкент", Case::Instrumental), "Шымкентпен");
        assert_eq!(attach("Корея", Case::Instrumental), "Кореямен");
        assert_eq!(attach("Бейжің", Case::Instrumental), "Бейжіңмен");
    }

    #[test]
    fn numbers_take_the_ending_of_their_last_spoken_word() {
        assert_eq!(attach("500", Case::Ablative), "500-ден");
        assert_eq!(attach("60", Case::Ablative), "60-тан");
        assert_eq!(attach("10", Case::Ablative), "10-нан");
        assert_eq!(attach("2024", Case::Dative), "2024-ке");
        assert_eq!(attach("2025", Case::Locative), "2025-те");
        assert_eq!(attach("148,9", Case::Dative), "148,9-ға");
        assert_eq!(attach("1 000 000", Case::Ablative), "1 000 000-нан");
        assert_eq!(attach("3", Case::Locative), "3-те");
        assert_eq!(attach("2", Case::Accusative), "2-ні");
        assert_eq!(attach("6", Case::Genitive), "6-ның");
    }

    #[test]
    fn possessive_place_names_take_the_linking_n() {
        assert_eq!(
            attach("Түркістан облысы", Case::Dative),
            "Түркістан облысына"
        );
        assert_eq!(attach("Мяньян қаласы", Case::Locative), "Мяньян қаласында");
        assert_eq!(
            attach("Сычуань провинциясы", Case::Ablative),
            "Сычуань провинциясынан"
        );
        assert_eq!(attach("Жетісу өңірі", Case::Dative), "Жетісу өңіріне");
        assert_eq!(
            attach("Түркістан облысы", Case::Accusative),
            "Түркістан облысын"
        );
    }

    #[test]
    fn empty_words_stay_empty() {
        assert_eq!(attach("", Case::Dative), "");
        assert_eq!(attach("  ", Case::Ablative), "");
    }
}
