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
    /// Where it stands in a word: derivation, then verb forms, plural, possessive, case,
    /// person. Read from the end, each ending taken off must stand before the last one.
    slot: Slot,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    Derivation,
    /// Verb-forming, causative, passive and reciprocal suffixes (талқыла-н-, өт-кіз-):
    /// a verb stem, so a verb form must follow (талқыланды), never the word's end.
    Voice,
    Verb,
    Plural,
    Possessive,
    Case,
    /// A case ending that follows a possessive (облысы-на, облысы-н): the ending before it
    /// must be one.
    CaseAfterPossessive,
    Person,
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

const fn e(back: &'static str, front: &'static str, after: After, slot: Slot) -> Ending {
    Ending {
        back,
        front,
        after,
        slot,
    }
}

/// Inflectional and the commonest derivational endings a release uses, longest first
/// within their slot. Each is tried at the end of the word; what is left is tried again.
const ENDINGS: &[Ending] = &[
    // Cases after a possessive (облысына, қаласында, провинциясынан, облысын).
    e("ның", "нің", After::Vowel, Slot::CaseAfterPossessive),
    e("на", "не", After::Vowel, Slot::CaseAfterPossessive),
    e("нда", "нде", After::Vowel, Slot::CaseAfterPossessive),
    e("нан", "нен", After::Vowel, Slot::CaseAfterPossessive),
    e("н", "н", After::Vowel, Slot::CaseAfterPossessive),
    // Genitive.
    e("ның", "нің", After::Vowel, Slot::Case),
    e("дың", "дің", After::Voiced, Slot::Case),
    e("тың", "тің", After::Voiceless, Slot::Case),
    e("ның", "нің", After::Nasal, Slot::Case),
    // Dative.
    e("ға", "ге", After::Vowel, Slot::Case),
    e("ға", "ге", After::Voiced, Slot::Case),
    e("ға", "ге", After::Nasal, Slot::Case),
    e("қа", "ке", After::Voiceless, Slot::Case),
    // Locative.
    e("да", "де", After::Vowel, Slot::Case),
    e("да", "де", After::Voiced, Slot::Case),
    e("да", "де", After::Nasal, Slot::Case),
    e("та", "те", After::Voiceless, Slot::Case),
    // Ablative.
    e("дан", "ден", After::Vowel, Slot::Case),
    e("дан", "ден", After::Voiced, Slot::Case),
    e("тан", "тен", After::Voiceless, Slot::Case),
    e("нан", "нен", After::Nasal, Slot::Case),
    // Accusative.
    e("ны", "ні", After::Vowel, Slot::Case),
    e("ды", "ді", After::Voiced, Slot::Case),
    e("ды", "ді", After::Nasal, Slot::Case),
    e("ты", "ті", After::Voiceless, Slot::Case),
    // Instrumental (-мен after vowels and sonorants, -бен after voiced, -пен voiceless).
    e("мен", "мен", After::Vowel, Slot::Case),
    e("мен", "мен", After::VowelOrSonorant, Slot::Case),
    e("мен", "мен", After::Nasal, Slot::Case),
    e("бен", "бен", After::Voiced, Slot::Case),
    e("пен", "пен", After::Voiceless, Slot::Case),
    // Attributive locative (облыстағы, қаладағы) and the -ғы/-гі of time (былтырғы).
    e("дағы", "дегі", After::Vowel, Slot::Case),
    e("дағы", "дегі", After::Voiced, Slot::Case),
    e("дағы", "дегі", After::Nasal, Slot::Case),
    e("тағы", "тегі", After::Voiceless, Slot::Case),
    e("ндағы", "ндегі", After::Vowel, Slot::Case),
    e("ғы", "гі", After::Vowel, Slot::Case),
    e("ғы", "гі", After::Voiced, Slot::Case),
    e("қы", "кі", After::Voiceless, Slot::Case),
    // Plural.
    e("лар", "лер", After::VowelOrSonorant, Slot::Plural),
    e("дар", "дер", After::LiquidOrNasal, Slot::Plural),
    e("тар", "тер", After::Voiceless, Slot::Plural),
    // Possessive: 3rd person, 1st and 2nd (polite) plural, 1st and 2nd singular.
    e("сы", "сі", After::Vowel, Slot::Possessive),
    e("ы", "і", After::Consonant, Slot::Possessive),
    e("ымыз", "іміз", After::Consonant, Slot::Possessive),
    e("мыз", "міз", After::Vowel, Slot::Possessive),
    e("ыңыз", "іңіз", After::Consonant, Slot::Possessive),
    e("ңыз", "ңіз", After::Vowel, Slot::Possessive),
    e("ым", "ім", After::Consonant, Slot::Possessive),
    e("м", "м", After::Vowel, Slot::Possessive),
    e("ың", "ің", After::Consonant, Slot::Possessive),
    e("ң", "ң", After::Vowel, Slot::Possessive),
    // Predicative and person endings (біргеміз, дайынбыз).
    e("мыз", "міз", After::Any, Slot::Person),
    e("быз", "біз", After::Voiced, Slot::Person),
    e("быз", "біз", After::Nasal, Slot::Person),
    // «according to» (мәліметінше, пікірінше).
    e("нша", "нше", After::Vowel, Slot::Case),
    e("ынша", "інше", After::Consonant, Slot::Case),
    e("пыз", "піз", After::Voiceless, Slot::Case),
    // Verbs: present continuous (жоспарлануда), past (өтті, болды), participles
    // (қабылданған, өткен), converbs (келіп, айтып), habitual (өтетін), future (болар),
    // intention (салмақ), verbal noun (кездесу), passive and reflexive (талқылан-, қойыл-).
    e("уда", "уде", After::Any, Slot::Verb),
    e("ды", "ді", After::Any, Slot::Verb),
    // The past with its person (іздедік, келдім, айттық).
    e("дық", "дік", After::Any, Slot::Verb),
    e("тық", "тік", After::Voiceless, Slot::Verb),
    e("дым", "дім", After::Any, Slot::Verb),
    e("тым", "тім", After::Voiceless, Slot::Verb),
    // The converb before an auxiliary (орната бастаймыз, іздей береді).
    e("а", "е", After::Consonant, Slot::Verb),
    e("й", "й", After::Vowel, Slot::Verb),
    e("ты", "ті", After::Voiceless, Slot::Verb),
    e("ған", "ген", After::Any, Slot::Verb),
    e("қан", "кен", After::Voiceless, Slot::Verb),
    e("ып", "іп", After::Consonant, Slot::Verb),
    e("п", "п", After::Vowel, Slot::Verb),
    e("атын", "етін", After::Consonant, Slot::Verb),
    e("йтын", "йтін", After::Vowel, Slot::Verb),
    e("ар", "ер", After::Consonant, Slot::Verb),
    // Present-future (жақындастырады, өтеді) and the causative (жақындастыр-, өткіз-).
    e("ады", "еді", After::Consonant, Slot::Verb),
    e("йды", "йді", After::Vowel, Slot::Verb),
    e("тыр", "тір", After::Any, Slot::Voice),
    e("дыр", "дір", After::Any, Slot::Voice),
    e("ғыз", "гіз", After::Any, Slot::Voice),
    e("қыз", "кіз", After::Voiceless, Slot::Voice),
    // Reciprocal and the -лас/-лес of neighbourhood (шекаралас, танысу).
    e("лас", "лес", After::Any, Slot::Voice),
    e("ыс", "іс", After::Consonant, Slot::Voice),
    e("с", "с", After::Vowel, Slot::Voice),
    e("р", "р", After::Vowel, Slot::Verb),
    e("мақ", "мек", After::Any, Slot::Verb),
    e("бақ", "бек", After::Voiced, Slot::Verb),
    e("пақ", "пек", After::Voiceless, Slot::Verb),
    e("у", "у", After::Any, Slot::Verb),
    // The negative (байқалмады, бармай, өтпеді): a verb stem again, a verb form after it.
    e("ма", "ме", After::VowelOrSonorant, Slot::Voice),
    e("ба", "бе", After::Voiced, Slot::Voice),
    e("ба", "бе", After::Nasal, Slot::Voice),
    e("па", "пе", After::Voiceless, Slot::Voice),
    e("ын", "ін", After::Consonant, Slot::Voice),
    e("ыл", "іл", After::Consonant, Slot::Voice),
    e("н", "н", After::Vowel, Slot::Voice),
    e("л", "л", After::Vowel, Slot::Voice),
    e("ла", "ле", After::Any, Slot::Voice),
    e("да", "де", After::Any, Slot::Voice),
    // Derivation: abstract and adjective nouns (әкімдік, халықаралық), agent (кәсіпкер),
    // -шы/-ші (қатысушы), -сыз/-сіз (тұрақсыз), -дай/-дей (осындай).
    e("лық", "лік", After::VowelOrSonorant, Slot::Derivation),
    e("дық", "дік", After::LiquidOrNasal, Slot::Derivation),
    e("тық", "тік", After::Voiceless, Slot::Derivation),
    e("шы", "ші", After::Any, Slot::Derivation),
    e("сыз", "сіз", After::Any, Slot::Derivation),
    e("дай", "дей", After::Any, Slot::Derivation),
    e("лы", "лі", After::VowelOrSonorant, Slot::Derivation),
    e("ды", "ді", After::LiquidOrNasal, Slot::Derivation),
    e("ты", "ті", After::Voiceless, Slot::Derivation),
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
    strip_before(word, depth, None, found);
}

/// Takes off the endings that may stand before `outer`, the ending last taken off.
fn strip_before(word: &str, depth: usize, outer: Option<Slot>, found: &mut Vec<String>) {
    if depth == MAX_DEPTH {
        return;
    }
    for ending in ENDINGS
        .iter()
        .filter(|e| may_stand_before(e.slot, outer))
        // A verb stem is not a word's last part: a voice suffix needs a verb form after it.
        .filter(|e| {
            e.slot != Slot::Voice || outer.is_some_and(|o| o == Slot::Verb || o == Slot::Voice)
        })
    {
        for (form, front) in [(ending.back, false), (ending.front, true)] {
            let Some(stem) = word.strip_suffix(form) else {
                continue;
            };
            // A stem of one letter is no stem; two may be (ел, ас, іс).
            if stem.chars().count() < 2 {
                continue;
            }
            for stem in with_voiced_final_undone(stem, form) {
                if fits(&stem, form, front, ending) {
                    // A case after a possessive needs the possessive before it: the stem
                    // it leaves is no word yet.
                    if ending.slot != Slot::CaseAfterPossessive && !found.contains(&stem) {
                        found.push(stem.clone());
                    }
                    strip_before(&stem, depth + 1, Some(ending.slot), found);
                }
            }
        }
    }
}

/// Whether an ending of `slot` may stand before one of `outer` in a word.
fn may_stand_before(slot: Slot, outer: Option<Slot>) -> bool {
    match outer {
        None => true,
        Some(Slot::CaseAfterPossessive) => slot == Slot::Possessive,
        // Derivational suffixes stack (жақын-да-с-тыр-), voice ones too.
        Some(Slot::Derivation) => slot == Slot::Derivation,
        Some(Slot::Voice) => slot <= Slot::Voice,
        Some(outer) => slot < outer,
    }
}

/// A stem's last к қ п becomes г ғ б before an ending that starts with a vowel
/// (әкімдік → әкімдігі, кітап → кітабы): read back both ways. And a few stems drop
/// their last vowel before one (орын → орны, кәсіпорын → кәсіпорны, ерін → ерні): a
/// stem that ends in р or й and н is read back with ы or і put back too.
fn with_voiced_final_undone(stem: &str, ending: &str) -> Vec<String> {
    let starts_with_vowel = ending.chars().next().is_some_and(is_vowel);
    let mut stems = vec![stem.to_string()];
    if starts_with_vowel {
        let chars: Vec<char> = stem.chars().collect();
        if let [.., before, 'н'] = chars.as_slice()
            && matches!(before, 'р' | 'й')
        {
            let restored = if ending.chars().next().is_some_and(|c| "іеә".contains(c)) {
                'і'
            } else {
                'ы'
            };
            let mut fuller = chars.clone();
            fuller.insert(chars.len() - 1, restored);
            stems.push(fuller.into_iter().collect());
        }
    }
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
    // A loanword whose only vowels are у and и (пункт, институт) takes either row:
    // «өткізу пункті» and «пункты» are both written.
    let row_is_open = stem
        .chars()
        .filter(|c| is_vowel(*c))
        .all(|c| c == 'у' || c == 'и');
    if has_rows && !row_is_open && is_front(stem) != front {
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
        // у is a consonant to an ending that starts with a vowel (кездесу-і, қолдау-ы,
        // жау-ып), while -ға, -да, -мен follow it as they follow a vowel.
        After::Consonant => sound != Final::Vowel && last != 'и',
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
        assert!(reads_back("кәсіпорнын", "кәсіпорын"));
        assert!(reads_back("қолдауының", "қолдау"));
        assert!(reads_back("байқалмады", "байқа"));
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
