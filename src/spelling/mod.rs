//! Spelling in Russian, Kazakh and English, offline: the hunspell dictionaries bundled in
//! `assets/dictionaries` read by spellbook, with what they lack added here —
//! - Kazakh word forms: a word the dictionary does not know is right when its endings,
//!   taken off as Kazakh grammar allows, leave a stem it knows
//!   ([`crate::language::kk_morphology`]);
//! - Kazakh typed on a Russian keyboard layout («Казакстан»): the word with к→қ, о→ө,
//!   у→ү/ұ, и→і, г→ғ, н→ң, а→ә, х→һ put back is the first suggestion;
//! - the release's own names and the office's dictionary ([`KnownWords`]), in their
//!   inflected forms («Сатыбалдыға», «Мяньяна»).
//!
//! Dictionaries load once, on first use or ahead of it on a background thread
//! ([`preload`]); a dictionary that cannot be read means no spelling findings for that
//! language, never a crash.

mod known;
mod layout;
mod tokens;

mod speller;

use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use foldhash::fast::FixedState;

/// A hunspell dictionary hashed with a fixed seed. With spellbook's default, a random seed
/// per process, words tied for a place among the suggestions came out in another order
/// from one run to the next, and `pressdesk check` printed different suggestions for the
/// same file.
type Dictionary = spellbook::Dictionary<FixedState>;

/// Any constant does; this one is kept so that suggestions stay the same across versions.
const DICTIONARY_SEED: u64 = 0x5072_6573_7364_6573; // "Presdes"

use crate::language::Language;
use crate::language::kk_morphology;

pub use known::{KnownWords, USER_DICTIONARY};
pub use speller::Speller;
pub use tokens::words_to_check;

/// A word the dictionary and the known words do not have, with what it may have meant,
/// the likeliest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misspelling {
    pub range: Range<usize>,
    pub word: String,
    pub suggestions: Vec<String>,
}

static RU: OnceLock<Option<Dictionary>> = OnceLock::new();
static KK: OnceLock<Option<Dictionary>> = OnceLock::new();
static EN_GB: OnceLock<Option<Dictionary>> = OnceLock::new();
static EN_US: OnceLock<Option<Dictionary>> = OnceLock::new();

/// Which English the English dictionary spells: British (the default, as Kazakhstan's
/// official English is written) or American.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum English {
    #[default]
    Gb,
    Us,
}

/// The English chosen in Settings. A preference of the whole process, as the interface
/// language is: the window sets it when the profile loads or changes, the command line
/// once at start.
static AMERICAN: AtomicBool = AtomicBool::new(false);

pub fn set_english(english: English) {
    AMERICAN.store(english == English::Us, Ordering::Relaxed);
}

fn english() -> English {
    if AMERICAN.load(Ordering::Relaxed) {
        English::Us
    } else {
        English::Gb
    }
}

/// The cell and the files of `lang`'s dictionary (for English, the chosen English's).
fn source(
    lang: Language,
) -> (
    &'static OnceLock<Option<Dictionary>>,
    &'static str,
    &'static str,
) {
    match lang {
        Language::Ru => (
            &RU,
            include_str!("../../assets/dictionaries/ru_RU.aff"),
            include_str!("../../assets/dictionaries/ru_RU.dic"),
        ),
        Language::Kk => (
            &KK,
            include_str!("../../assets/dictionaries/kk_KZ.aff"),
            include_str!("../../assets/dictionaries/kk_KZ.dic"),
        ),
        Language::En => match english() {
            English::Gb => (
                &EN_GB,
                include_str!("../../assets/dictionaries/en_GB.aff"),
                include_str!("../../assets/dictionaries/en_GB.dic"),
            ),
            English::Us => (
                &EN_US,
                include_str!("../../assets/dictionaries/en_US.aff"),
                include_str!("../../assets/dictionaries/en_US.dic"),
            ),
        },
    }
}

/// The dictionary of `lang`, read on first use. `None` if it could not be parsed.
fn dictionary(lang: Language) -> Option<&'static Dictionary> {
    let (cell, aff, dic) = source(lang);
    cell.get_or_init(|| {
        // The Kazakh and British files start with a byte-order mark.
        let strip = |s: &'static str| s.strip_prefix('\u{feff}').unwrap_or(s);
        let hasher = FixedState::with_seed(DICTIONARY_SEED);
        Dictionary::new_with_hasher(strip(aff), strip(dic), hasher).ok()
    })
    .as_ref()
}

/// Whether `lang` can be checked without waiting for a dictionary to load: its own is
/// read (and, for Kazakh, the Russian one its loanwords are read through).
pub fn is_ready(lang: Language) -> bool {
    let loaded = |lang| source(lang).0.get().is_some();
    loaded(lang) && (lang != Language::Kk || loaded(Language::Ru))
}

/// Reads every dictionary the checks use now (the chosen English), on the calling thread.
pub fn load_all() {
    for lang in Language::ALL {
        dictionary(lang);
    }
}

/// Reads every dictionary on a background thread, so the first check does not wait.
pub fn preload() {
    std::thread::spawn(load_all);
}

static EXTRA_RU: OnceLock<KnownWords> = OnceLock::new();
static EXTRA_KK: OnceLock<KnownWords> = OnceLock::new();
static EXTRA_EN: OnceLock<KnownWords> = OnceLock::new();

/// Our own list of the words of Kazakhstan's public life a dictionary lacks (аким,
/// маслихат, akimat, its regions and towns): `assets/dictionaries/extra-*.txt`.
fn extra_words(lang: Language) -> &'static KnownWords {
    let (cell, text) = match lang {
        Language::Ru => (
            &EXTRA_RU,
            include_str!("../../assets/dictionaries/extra-ru.txt"),
        ),
        Language::Kk => (
            &EXTRA_KK,
            include_str!("../../assets/dictionaries/extra-kk.txt"),
        ),
        Language::En => (
            &EXTRA_EN,
            include_str!("../../assets/dictionaries/extra-en.txt"),
        ),
    };
    cell.get_or_init(|| {
        let mut known = KnownWords::default();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            known.add(line);
        }
        known
    })
}

/// Whether the plain dictionary of `lang` has `word`, without the Kazakh endings, the
/// known names and our own list: for measuring, where a typo that makes a real word
/// cannot count as missed.
pub fn dictionary_knows(word: &str, lang: Language) -> bool {
    dictionary(lang).is_some_and(|d| d.check(word))
}

/// Whether `word` is spelled right in `lang`.
pub fn is_correct(word: &str, lang: Language, known: &KnownWords) -> bool {
    if known.knows(word, lang) || extra_words(lang).knows(word, lang) {
        return true;
    }
    let Some(dictionary) = dictionary(lang) else {
        return true;
    };
    if dictionary.check(word) {
        return true;
    }
    // A hyphenated word is right when each part is (Усть-Каменогорск, торгово-экономический);
    // a Russian compound's first part is an adjective's stem in -о («казахстанско-»,
    // «транспортно-»), right when the adjective is.
    if word.contains('-') {
        let parts: Vec<&str> = word.split('-').collect();
        let last = parts.len() - 1;
        if parts.iter().enumerate().all(|(i, part)| {
            !part.is_empty()
                && (is_correct(part, lang, known)
                    || (i < last && lang == Language::Ru && adjective_stem(part, known)))
        }) {
            return true;
        }
    }
    lang == Language::Kk
        && (is_loanword(word)
            || kk_morphology::stems(word)
                .iter()
                .any(|stem| dictionary.check(stem) || known.knows(stem, lang) || is_loanword(stem)))
}

/// Kazakh writes a word borrowed through Russian as Russian does (компания, энергетика,
/// логистика, кластер): a stem the Russian dictionary has is a Kazakh stem too. Short
/// stems are left out, where a Russian word may be a Kazakh one typed on a Russian layout
/// («кол» for «қол»).
fn is_loanword(stem: &str) -> bool {
    stem.chars().count() >= 5 && dictionary(Language::Ru).is_some_and(|russian| russian.check(stem))
}

/// How much of `word` (one part of a hyphenated word) a dictionary vouches for: all of
/// it when the dictionary or a list of known words has it as it is (`true`), else its
/// longest stem that one of them has («өңір» of «өңірдегі»: 4), else 0. A reading
/// through a long stem is likelier than one through a short one («өні» of «өнірдегі»).
fn known_length(word: &str, lang: Language, known: &KnownWords) -> (bool, usize) {
    let vouched = |w: &str| {
        dictionary(lang).is_some_and(|d| d.check(w))
            || extra_words(lang).knows(w, lang)
            || known.knows(w, lang)
    };
    if vouched(word) {
        return (true, word.chars().count());
    }
    let stem = kk_morphology::stems(word)
        .iter()
        .filter(|stem| vouched(stem) || is_loanword(stem))
        .map(|stem| stem.chars().count())
        .max()
        .unwrap_or(0);
    (false, stem)
}

/// «казахстанско» as the first part of «казахстанско-турецкий»: the adjective
/// «казахстанский» (or «-ый», «-ой») is a word.
fn adjective_stem(part: &str, known: &KnownWords) -> bool {
    part.strip_suffix('о').is_some_and(|stem| {
        ["ий", "ый", "ой"]
            .iter()
            .any(|ending| is_correct(&format!("{stem}{ending}"), Language::Ru, known))
    })
}

/// What `word` may have meant, the likeliest first: for Kazakh, the word with the letters
/// a Russian layout lacks put back; then the dictionary's own suggestions.
pub fn suggestions(word: &str, lang: Language, known: &KnownWords) -> Vec<String> {
    let mut out = Vec::new();
    if lang == Language::Kk {
        out.extend(layout::kazakh_letters_restored(
            word,
            |w| is_correct(w, lang, known),
            |part| known_length(part, lang, known),
        ));
    }
    if let Some(dictionary) = dictionary(lang) {
        let mut more = Vec::new();
        dictionary.suggest(word, &mut more);
        for s in more {
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out.truncate(5);
    out
}

/// What a misspelled word may have meant: the likeliest words first, and the one certain
/// correction when there is one ([`layout_correction`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Suggested {
    pub words: Vec<String>,
    pub certain: Option<String>,
}

pub fn suggest(word: &str, lang: Language, known: &KnownWords) -> Suggested {
    Suggested {
        words: suggestions(word, lang, known),
        certain: layout_correction(word, lang, known),
    }
}

/// The word with its Kazakh letters put back, when `word` is Kazakh typed on a Russian
/// layout and exactly one such word is right: a correction certain enough to apply.
pub fn layout_correction(word: &str, lang: Language, known: &KnownWords) -> Option<String> {
    if lang != Language::Kk {
        return None;
    }
    let restored =
        layout::kazakh_letters_restored(word, |w| is_correct(w, lang, known), |_| (false, 0));
    match restored.as_slice() {
        [only] => Some(only.clone()),
        _ => None,
    }
}

/// The misspelled words of `text` in `lang`, with suggestions.
pub fn misspellings(text: &str, lang: Language, known: &KnownWords) -> Vec<Misspelling> {
    misspelled(text, lang, known)
        .into_iter()
        .map(|range| {
            let word = &text[range.clone()];
            Misspelling {
                suggestions: suggestions(word, lang, known),
                word: word.to_string(),
                range,
            }
        })
        .collect()
}

/// Where the misspelled words of `text` in `lang` are, without suggestions (which take far
/// longer to make): for marking them as the user types.
///
/// A capitalised word inside a sentence that no dictionary knows is most likely a name
/// the release does not list (a guest's surname, a foreign town): it is reported only when
/// it is Kazakh typed on a Russian layout («Казакстан»), where the right word is certain.
/// At a sentence's start a capital tells nothing, and the word is judged as any other.
pub fn misspelled(text: &str, lang: Language, known: &KnownWords) -> Vec<Range<usize>> {
    words_to_check(text, lang)
        .into_iter()
        .filter(|(_, word)| !is_correct(word, lang, known))
        .filter(|(range, word)| {
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            !capitalised
                || starts_sentence(text, range.start)
                || layout_correction(word, lang, known).is_some()
        })
        .map(|(range, _)| range)
        .collect()
}

/// Whether the word at `start` opens a sentence: nothing before it but quotes, dashes and
/// spaces, back to the text's start or a sentence's end.
fn starts_sentence(text: &str, start: usize) -> bool {
    text[..start]
        .chars()
        .rev()
        .find(|c| !(c.is_whitespace() || "«»„“\"'—–-(".contains(*c)))
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '…'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_typed_on_a_russian_layout_is_flagged_with_the_right_word_first() {
        let known = KnownWords::default();
        assert!(!is_correct("Казакстан", Language::Kk, &known));
        assert_eq!(
            suggestions("Казакстан", Language::Kk, &known)
                .first()
                .map(String::as_str),
            Some("Қазақстан")
        );
    }

    #[test]
    fn kazakh_word_forms_are_right() {
        let known = KnownWords::default();
        for word in [
            "кездесуде",
            "делегацияны",
            "әкімдігінің",
            "серіктестермен",
            "облысына",
            "өңірлік",
            "юаньнан",
        ] {
            assert!(is_correct(word, Language::Kk, &known), "{word}");
        }
        assert!(!is_correct("Шымкентда", Language::Kk, &known));
    }

    /// The short forms of titles and bodies every press office in Kazakhstan writes, in
    /// their case forms, and the Kazakh name of Tolebi district: none is a misspelling,
    /// and «Төлеби» was even offered a certain "fix" to «Төлебі».
    #[test]
    fn words_of_official_kazakhstan_are_known() {
        let known = KnownWords::default();
        for word in [
            "замакима",
            "замглавы",
            "облакимата",
            "райакимате",
            "горакимат",
            "облмаслихата",
            "облуправления",
            "госпрограммы",
            "госзакупа",
            "соцобъекты",
            "нацкомпании",
            "инвестпроектов",
        ] {
            assert!(is_correct(word, Language::Ru, &known), "{word}");
        }
        assert!(is_correct("Төлеби", Language::Kk, &known));
        assert!(
            misspellings("Төлеби ауданында жаңа мектеп ашылды.", Language::Kk, &known).is_empty()
        );
    }

    #[test]
    fn an_unknown_name_inside_a_sentence_is_not_a_misspelling() {
        let known = KnownWords::default();
        let found = |text: &str, lang| -> Vec<String> {
            misspellings(text, lang, &known)
                .into_iter()
                .map(|m| m.word)
                .collect()
        };
        assert!(found("Аким встретился с Ху Хунцзюань из Мяньяна.", Language::Ru).is_empty());
        assert_eq!(found("Делегацыя прибыла.", Language::Ru), ["Делегацыя"]);
        assert_eq!(
            found("Біз Казакстан үшін еңбек етеміз.", Language::Kk),
            ["Казакстан"]
        );
    }
}
