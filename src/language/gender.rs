//! Grammatical gender of a person, for the Russian past tense: «отметил» / «отметила».
//!
//! The user can always set it; when they have not, it is suggested from the name by the
//! endings that are certain in Russian and Kazakh naming: patronymics (-овна/-евна/-ична,
//! -ович/-евич), Kazakh patronymic words (-қызы/-кызы, -ұлы/-улы), surnames (-ова/-ева/-ина,
//! -ская; -ов/-ев/-ин, -ский) and honorifics (госпожа, Ms, Mrs, ханым; господин, Mr, мырза).
//! A name that gives no sign, or signs both ways, gives no suggestion: the user is asked.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Masculine,
    Feminine,
}

impl Gender {
    pub const ALL: [Gender; 2] = [Gender::Masculine, Gender::Feminine];

    /// The form for this gender from a `masculine|feminine` pair.
    pub fn pick<'a>(self, masculine: &'a str, feminine: &'a str) -> &'a str {
        match self {
            Gender::Masculine => masculine,
            Gender::Feminine => feminine,
        }
    }
}

/// What a Russian past-tense verb agrees with when its subject is a thing, not a person:
/// «товарооборот составил», «стоимость составила», «число составило», «инвестиции
/// составили». Chosen by the user for a figure's label; no guess is made from the label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Agreement {
    Masculine,
    Feminine,
    Neuter,
    Plural,
}

impl Agreement {
    pub const ALL: [Agreement; 4] = [
        Agreement::Masculine,
        Agreement::Feminine,
        Agreement::Neuter,
        Agreement::Plural,
    ];

    /// The form from the four a Russian past-tense verb has: «составил|составила|составило|
    /// составили».
    pub fn pick(self, forms: [&str; 4]) -> &str {
        forms[self as usize]
    }

    /// How a picker names it, with the verb that shows it.
    pub fn label(self) -> &'static str {
        self.pick(["составил", "составила", "составило", "составили"])
    }
}

/// Whole words: honorifics, and Kazakh patronymics written apart («Серік қызы»).
const FEMININE_WORDS: &[&str] = &[
    "госпожа",
    "г-жа",
    "ms",
    "mrs",
    "miss",
    "madam",
    "ханым",
    "ханымы",
    "қызы",
    "кызы",
    "kyzy",
];
const MASCULINE_WORDS: &[&str] = &[
    "господин",
    "г-н",
    "mr",
    "мырза",
    "мырзасы",
    "ұлы",
    "улы",
    "uly",
];

/// Endings of a whole word that mark a woman's patronymic or surname. Longest first.
const FEMININE_ENDINGS: &[&str] = &[
    "қызы",
    "кызы",
    "kyzy",
    "qyzy",
    "овна",
    "евна",
    "ёвна",
    "ична",
    "инична",
    "ская",
    "цкая",
    "ова",
    "ева",
    "ёва",
    "ина",
    "ына",
    "ovna",
    "evna",
    "ova",
    "eva",
    "ina",
    "skaya",
];
const MASCULINE_ENDINGS: &[&str] = &[
    "ұлы", "улы", "uly", "ovich", "evich", "ович", "евич", "ьич", "ский", "цкий", "ов", "ев", "ёв",
    "ин", "ын", "ov", "ev", "sky", "skiy",
];

/// Given names that end like a surname of the other gender, or are common enough to
/// decide a two-word name on their own.
const FEMININE_GIVEN: &[&str] = &["айгерим", "гульнара", "динара", "жанар", "сауле", "мадина"];
const MASCULINE_GIVEN: &[&str] = &[
    "дархан",
    "ерлан",
    "нурлан",
    "асхат",
    "бауыржан",
    "марат",
    "ильин",
    "алибек",
];

/// The gender the name suggests, or `None` when it does not say.
pub fn suggest(name: &str) -> Option<Gender> {
    let mut feminine = false;
    let mut masculine = false;
    for word in name
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .map(|w| w.trim_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
    {
        if FEMININE_WORDS.contains(&word.as_str()) || FEMININE_GIVEN.contains(&word.as_str()) {
            feminine = true;
            continue;
        }
        if MASCULINE_WORDS.contains(&word.as_str()) || MASCULINE_GIVEN.contains(&word.as_str()) {
            masculine = true;
            continue;
        }
        // A word only a little longer than its ending is a given name or a particle, not a
        // surname: «Ина», «Ев».
        let long_enough = |ending: &str| word.chars().count() >= ending.chars().count() + 2;
        if FEMININE_ENDINGS
            .iter()
            .any(|e| word.ends_with(e) && long_enough(e))
        {
            feminine = true;
        } else if MASCULINE_ENDINGS
            .iter()
            .any(|e| word.ends_with(e) && long_enough(e))
        {
            masculine = true;
        }
    }
    match (masculine, feminine) {
        (true, false) => Some(Gender::Masculine),
        (false, true) => Some(Gender::Feminine),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patronymics_and_kazakh_patronymic_words_decide() {
        assert_eq!(
            suggest("Айгерим Нурлановна Сейткали"),
            Some(Gender::Feminine)
        );
        assert_eq!(
            suggest("Сейткали Айгерим Нурлановна"),
            Some(Gender::Feminine)
        );
        assert_eq!(suggest("Әлия Серікқызы"), Some(Gender::Feminine));
        assert_eq!(suggest("Әлия Серік қызы"), Some(Gender::Feminine));
        assert_eq!(suggest("Ерлан Қасымұлы"), Some(Gender::Masculine));
        assert_eq!(suggest("Иван Петрович Сидоров"), Some(Gender::Masculine));
    }

    #[test]
    fn surnames_decide_when_there_is_no_patronymic() {
        assert_eq!(suggest("Анна Ковалева"), Some(Gender::Feminine));
        assert_eq!(suggest("Жанна Абенова"), Some(Gender::Feminine));
        assert_eq!(suggest("Ольга Вишневская"), Some(Gender::Feminine));
        assert_eq!(suggest("Асет Абенов"), Some(Gender::Masculine));
        assert_eq!(suggest("Zhanna Abenova"), Some(Gender::Feminine));
        assert_eq!(suggest("Dauren Abenov"), Some(Gender::Masculine));
    }

    #[test]
    fn honorifics_decide() {
        assert_eq!(suggest("госпожа Ху Хунцзюань"), Some(Gender::Feminine));
        assert_eq!(suggest("Ms Hu Hongjuan"), Some(Gender::Feminine));
        assert_eq!(suggest("Mr. Li Wei"), Some(Gender::Masculine));
    }

    #[test]
    fn names_without_a_sign_are_left_to_the_user() {
        assert_eq!(suggest("Ху Хунцзюань"), None);
        assert_eq!(suggest(""), None);
        assert_eq!(suggest("Ли Вэй"), None);
        // Signs both ways: ask rather than guess.
        assert_eq!(suggest("Абенов Ковалева"), None);
    }

    #[test]
    fn common_given_names_decide_a_name_with_a_kazakh_surname() {
        assert_eq!(suggest("Дархан Сатыбалды"), Some(Gender::Masculine));
        assert_eq!(suggest("Айгерим Сейткали"), Some(Gender::Feminine));
    }

    #[test]
    fn pick_gives_the_form_of_the_gender() {
        assert_eq!(Gender::Feminine.pick("отметил", "отметила"), "отметила");
        assert_eq!(Gender::Masculine.pick("отметил", "отметила"), "отметил");
    }
}
