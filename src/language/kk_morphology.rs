//! Reading a Kazakh word back to its stem: «делегацияны» → «делегация», «кездесуде» →
//! «кездесу», «әкімдігінің» → «әкімдік», «серіктестермен» → «серіктес». The free Kazakh
//! spelling dictionary knows stems but few of their forms; a word is spelled right when
//! its endings, taken off one by one, each fit what is left — the row of its vowels (ға
//! after a back vowel, ге after a front one) and its last sound (-да after a vowel, -та
//! after a voiceless consonant, -нан after м н ң) — and a stem remains that the
//! dictionary knows. An ending that does not fit («Шымкентда», «Қазақстанта») leaves no
//! stem, so the word is not taken as right.

use super::harmony::{Final, final_sound, is_front};

/// The endings of one grammatical slot, each written in the back and the front row, and
/// what the stem's last sound must be for that form.
struct Ending {
    back: &'static str,
    front: &'static str,
    after: After,
}

/// Which last sounds of the stem a form follows.
#[derive(Clone, Copy, PartialEq)]
enum After {
    Vowel,
    Consonant,
    /// м н ң
    Nasal,
    Voiceless,
    /// Voiced consonants and the sonorants other than м н ң.
    Voiced,
    /// A vowel, or a sonorant (р й у л) as the plural -лар takes.
    VowelOrSonorant,
    /// л з ж and м н ң, as the plural -дар takes.
    LiquidOrNasal,
    /// Whatever the sound.
    Any,
}

const fn e(back: &'static str, front: &'static str, after: After) -> Ending {
    Ending { back, front, after }
}

/// Inflectional and the commonest derivational endings a release uses, longest first
/// within their slot. Each is tried at the end of the word; what is left is tried again.
const ENDINGS: &[Ending] = &[
    // Cases after a possessive (облысына, қаласында, провинциясынан, облысын).
    e("ның", "нің", After::Vowel),
    e("на", "не", After::Vowel),
    e("нда", "нде", After::Vowel),
    e("нан", "нен", After::Vowel),
    e("н", "н", After::Vowel),
    // Genitive.
    e("дың", "дің", After::Voiced),
    e("тың", "тің", After::Voiceless),
    e("ның", "нің", After::Nasal),
    // Dative.
    e("ға", "ге", After::Vowel),
    e("ға", "ге", After::Voiced),
    e("ға", "ге", After::Nasal),
    e("қа", "ке", After::Voiceless),
    // Locative.
    e("да", "де", After::Vowel),
    e("да", "де", After::Voiced),
    e("да", "де", After::Nasal),
    e("та", "те", After::Voiceless),
    // Ablative.
    e("дан", "ден", After::Vowel),
    e("дан", "ден", After::Voiced),
    e("тан", "тен", After::Voiceless),
    e("нан", "нен", After::Nasal),
    // Accusative.
    e("ны", "ні", After::Vowel),
    e("ды", "ді", After::Voiced),
    e("ды", "ді", After::Nasal),
    e("ты", "ті", After::Voiceless),
    // Instrumental (-мен after vowels and sonorants, -бен after voiced, -пен voiceless).
    e("мен", "мен", After::Vowel),
    e("мен", "мен", After::VowelOrSonorant),
    e("мен", "мен", After::Nasal),
    e("бен", "бен", After::Voiced),
    e("пен", "пен", After::Voiceless),
    // Attributive locative (облыстағы, қаладағы) and the -ғы/-гі of time (былтырғы).
    e("дағы", "дегі", After::Vowel),
    e("дағы", "дегі", After::Voiced),
    e("дағы", "дегі", After::Nasal),
    e("тағы", "тегі", After::Voiceless),
    e("ндағы", "ндегі", After::Vowel),
    e("ғы", "гі", After::Vowel),
    e("ғы", "гі", After::Voiced),
    e("қы", "кі", After::Voiceless),
    // Plural.
    e("лар", "лер", After::VowelOrSonorant),
    e("дар", "дер", After::LiquidOrNasal),
    e("тар", "тер", After::Voiceless),
    // Possessive: 3rd person, 1st and 2nd (polite) plural, 1st and 2nd singular.
    e("сы", "сі", After::Vowel),
    e("ы", "і", After::Consonant),
    e("ымыз", "іміз", After::Consonant),
    e("мыз", "міз", After::Vowel),
    e("ыңыз", "іңіз", After::Consonant),
    e("ңыз", "ңіз", After::Vowel),
    e("ым", "ім", After::Consonant),
    e("м", "м", After::Vowel),
    e("ың", "ің", After::Consonant),
    e("ң", "ң", After::Vowel),
    // Predicative and person endings (біргеміз, дайынбыз).
    e("мыз", "міз", After::Any),
    e("быз", "біз", After::Voiced),
    e("пыз", "піз", After::Voiceless),
    // Verbs: present continuous (жоспарлануда), past (өтті, болды), participles
    // (қабылданған, өткен), converbs (келіп, айтып), habitual (өтетін), future (болар),
    // intention (салмақ), verbal noun (кездесу), passive and reflexive (талқылан-, қойыл-).
    e("уда", "уде", After::Any),
    e("ды", "ді", After::Any),
    e("ты", "ті", After::Voiceless),
    e("ған", "ген", After::Any),
    e("қан", "кен", After::Voiceless),
    e("ып", "іп", After::Consonant),
    e("п", "п", After::Vowel),
    e("атын", "етін", After::Consonant),
    e("йтын", "йтін", After::Vowel),
    e("ар", "ер", After::Consonant),
    e("р", "р", After::Vowel),
    e("мақ", "мек", After::Any),
    e("бақ", "бек", After::Voiced),
    e("пақ", "пек", After::Voiceless),
    e("у", "у", After::Any),
    e("ын", "ін", After::Consonant),
    e("ыл", "іл", After::Consonant),
    e("н", "н", After::Vowel),
    e("л", "л", After::Vowel),
    e("ла", "ле", After::Any),
    e("да", "де", After::Any),
    // Derivation: abstract and adjective nouns (әкімдік, халықаралық), agent (кәсіпкер),
    // -шы/-ші (қатысушы), -сыз/-сіз (тұрақсыз), -дай/-дей (осындай).
    e("лық", "лік", After::VowelOrSonorant),
    e("дық", "дік", After::LiquidOrNasal),
    e("тық", "тік", After::Voiceless),
    e("шы", "ші", After::Any),
    e("сыз", "сіз", After::Any),
    e("дай", "дей", After::Any),
    e("лы", "лі", After::VowelOrSonorant),
    e("ды", "ді", After::LiquidOrNasal),
    e("ты", "ті", After::Voiceless),
];

/// How many endings may be taken off one word (әкім-дік-і-нің is three).
const MAX_DEPTH: usize = 4;

/// Every stem `word` can be read back to by taking endings off, each fitting what is left,
/// shortest last; `word` itself is not included. Lower case.
pub fn stems(word: &str) -> Vec<String> {
    let lower = word.to_lowercase();
    let mut found = Vec::new();
    strip(&lower, 0, &mut found);
    found.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    found.dedup();
    found
}

fn strip(word: &str, depth: usize, found: &mut Vec<String>) {
    if depth == MAX_DEPTH {
        return;
    }
    for ending in ENDINGS {
        for (form, front) in [(ending.back, false), (ending.front, true)] {
            let Some(stem) = word.strip_suffix(form) else {
                continue;
            };
            // A stem of one letter is no stem; two may be (ел, ас, іс).
            if stem.chars().count() < 2 {
                continue;
            }
            for stem in with_voiced_final_undone(stem, form) {
                if fits(&stem, form, front, ending) && !found.contains(&stem) {
                    found.push(stem.clone());
                    strip(&stem, depth + 1, found);
                }
            }
        }
    }
}

/// A stem's last к қ п becomes г ғ б before an ending that starts with a vowel
/// (әкімдік → әкімдігі, кітап → кітабы): read back both ways.
fn with_voiced_final_undone(stem: &str, ending: &str) -> Vec<String> {
    let starts_with_vowel = ending.chars().next().is_some_and(is_vowel);
    let mut stems = vec![stem.to_string()];
    if starts_with_vowel {
        let mut chars: Vec<char> = stem.chars().collect();
        if let Some(last) = chars.last_mut() {
            let voiceless = match *last {
                'г' => Some('к'),
                'ғ' => Some('қ'),
                'б' => Some('п'),
                _ => None,
            };
            if let Some(voiceless) = voiceless {
                *last = voiceless;
                stems.push(chars.into_iter().collect());
            }
        }
    }
    stems
}

fn is_vowel(c: char) -> bool {
    "аәеиоөұүуыіэюяё".contains(c)
}

/// Whether the form of an ending fits the stem: its row agrees with the stem's vowels
/// (for endings with two rows), and it follows the stem's last sound.
fn fits(stem: &str, form: &str, front: bool, ending: &Ending) -> bool {
    let has_rows = ending.back != ending.front;
    if has_rows && is_front(stem) != front {
        return false;
    }
    if !stem.chars().any(is_vowel) {
        return false;
    }
    let last = stem.chars().last().unwrap_or('а');
    let sound = final_sound(stem);
    let _ = form;
    match ending.after {
        After::Any => true,
        After::Vowel => sound == Final::Vowel || (last == 'у' || last == 'и'),
        After::Consonant => sound != Final::Vowel && last != 'у' && last != 'и',
        After::Nasal => sound == Final::Nasal,
        After::Voiceless => sound == Final::Voiceless,
        After::Voiced => sound == Final::Voiced,
        After::VowelOrSonorant => sound == Final::Vowel || "рйул".contains(last),
        After::LiquidOrNasal => "лзж".contains(last) || sound == Final::Nasal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reads_back(word: &str, stem: &str) -> bool {
        stems(word).iter().any(|s| s == stem)
    }

    #[test]
    fn endings_that_fit_are_taken_off() {
        assert!(reads_back("делегацияны", "делегация"));
        assert!(reads_back("кездесуде", "кездесу"));
        assert!(reads_back("әкімдігінің", "әкімдік"));
        assert!(reads_back("серіктестермен", "серіктес"));
        assert!(reads_back("Шымкентте", "шымкент"));
        assert!(reads_back("облысына", "облыс"));
        assert!(reads_back("жобаларға", "жоба"));
        assert!(reads_back("Сатыбалдыға", "сатыбалды"));
    }

    #[test]
    fn endings_that_do_not_fit_leave_no_stem() {
        // A back ending after a front stem, -да after a voiceless consonant.
        assert!(!reads_back("Шымкентда", "шымкент"));
        assert!(!reads_back("Шымкентта", "шымкент"));
        assert!(!reads_back("жобалерге", "жоба"));
        assert!(!reads_back("делегацияні", "делегация"));
    }
}
