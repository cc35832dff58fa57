//! Spelling measured on press-release text of our own (tests/fixtures/spelling: Kazakh,
//! Russian, English, with the names a release's facts would hold). Two figures per
//! language:
//! - false alarms: words of the correct text reported as misspelled, per word checked;
//! - typos caught: words of the text given one seeded typo (a letter changed, dropped,
//!   doubled or two swapped; seeded by a fixed generator, so every run is the same) that
//!   are reported. For Kazakh also every word with a letter a Russian layout lacks, typed
//!   with the Russian stand-ins (қ→к, ә→а, ө→о, ү/ұ→у, і→и, ғ→г, ң→н, һ→х): reported, and
//!   put right by the first suggestion.
//!
//! The test prints the figures and fails below the floors: the bounds (false
//! alarms at most 2 % in Kazakh and 1 % in Russian and English, typos caught at least
//! 90 % and 95 %), and for the Kazakh right-word-first rate today's figure (a ratchet).

use std::path::Path;

use pressdesk::language::Language;
use pressdesk::spelling::{self, KnownWords};

struct Floors {
    max_false_alarms: f64,
    min_caught: f64,
}

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/spelling")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn names(lang: &str) -> KnownWords {
    let mut known = KnownWords::default();
    for line in fixture(&format!("{lang}-names.txt")).lines() {
        known.add(line);
    }
    known
}

/// A small deterministic generator (xorshift), so the seeded typos are the same each run.
struct Seed(u64);

impl Seed {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % below as u64) as usize
    }
}

fn alphabet(lang: Language) -> Vec<char> {
    match lang {
        Language::En => ('a'..='z').collect(),
        Language::Ru => "абвгдеёжзийклмнопрстуфхцчшщъыьэюя".chars().collect(),
        Language::Kk => "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
            .chars()
            .collect(),
    }
}

/// `word` with one typo: a letter changed, dropped, doubled, or two neighbours swapped.
fn typo(word: &str, lang: Language, seed: &mut Seed) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    let letters = alphabet(lang);
    let at = seed.next(chars.len());
    match seed.next(4) {
        0 => chars[at] = letters[seed.next(letters.len())],
        1 => {
            chars.remove(at);
        }
        2 => chars.insert(at, chars[at]),
        _ => {
            let next = (at + 1).min(chars.len() - 1);
            chars.swap(at, next);
        }
    }
    chars.into_iter().collect()
}

/// The Kazakh word typed on a Russian layout: every letter the layout lacks replaced.
fn on_russian_layout(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'қ' => 'к',
            'ә' => 'а',
            'ө' => 'о',
            'ү' | 'ұ' => 'у',
            'і' => 'и',
            'ғ' => 'г',
            'ң' => 'н',
            'һ' => 'х',
            c => c,
        })
        .collect()
}

fn measure(lang: Language, code: &str, floors: Floors) {
    let text = fixture(&format!("{code}.txt"));
    let known = names(code);
    let checked = spelling::words_to_check(&text, lang).len();
    let alarms = spelling::misspellings(&text, lang, &known);
    let false_rate = alarms.len() as f64 / checked as f64;

    // Seed typos into lower-case words of four letters or more (a capitalised word inside
    // a sentence is taken for a name and judged only by the layout rule).
    let mut words: Vec<&str> = spelling::words_to_check(&text, lang)
        .into_iter()
        .map(|(_, w)| w)
        .filter(|w| w.chars().count() >= 4 && w.chars().all(|c| c.is_lowercase() || c == '-'))
        .collect();
    words.sort_unstable();
    words.dedup();
    let mut seed = Seed(0x5eed_1234_abcd_9876);
    let (mut seeded, mut caught) = (0, 0);
    for _ in 0..400 {
        let word = words[seed.next(words.len())];
        let wrong = typo(word, lang, &mut seed);
        // A typo that makes another real word — one the plain dictionary has, not one our
        // Kazakh endings would read — cannot be caught by any dictionary.
        if wrong == word || spelling::dictionary_knows(&wrong, lang) {
            continue;
        }
        seeded += 1;
        if !spelling::is_correct(&wrong, lang, &known) {
            caught += 1;
        }
    }
    let caught_rate = caught as f64 / seeded as f64;
    eprintln!(
        "spelling {code}: false alarms {} of {checked} words ({:.2} %); typos caught {caught} of {seeded} ({:.1} %)",
        alarms.len(),
        false_rate * 100.0,
        caught_rate * 100.0
    );
    for alarm in alarms.iter().take(40) {
        eprintln!(
            "  false alarm: {} {:?}",
            alarm.word,
            alarm.suggestions.first()
        );
    }

    if lang == Language::Kk {
        // Every other word with a Kazakh letter (about 430 of the corpus's 870): each
        // typed word's suggestions try every combination of its letters, which is slow
        // in a test build.
        let kazakh: Vec<&&str> = words
            .iter()
            .filter(|w| on_russian_layout(w) != **w)
            .step_by(2)
            .collect();
        let (mut flagged, mut right_first) = (0, 0);
        for word in &kazakh {
            let typed = on_russian_layout(word);
            if spelling::is_correct(&typed, lang, &known) {
                if std::env::var_os("SHOW_MISSED").is_some() {
                    eprintln!("  missed on a Russian layout: {typed} ({word})");
                }
            } else {
                flagged += 1;
                let suggestions = spelling::suggestions(&typed, lang, &known);
                if suggestions.first().map(String::as_str) == Some(**word) {
                    right_first += 1;
                } else if std::env::var_os("SHOW_MISSED").is_some() {
                    eprintln!("  not first: {typed} ({word}): {suggestions:?}");
                }
            }
        }
        eprintln!(
            "spelling kk on a Russian layout: {flagged} of {} caught ({:.1} %), the right word first for {right_first} ({:.1} %)",
            kazakh.len(),
            flagged as f64 * 100.0 / kazakh.len() as f64,
            right_first as f64 * 100.0 / kazakh.len() as f64,
        );
        assert!(
            flagged as f64 / kazakh.len() as f64 >= floors.min_caught,
            "Russian-layout Kazakh caught too rarely"
        );
        // The issue asks for the right word first for at least 90 % of Russian-layout
        // typos; 90.6 % today (395 of 436).
        assert!(
            right_first as f64 / kazakh.len() as f64 >= 0.90,
            "the right word first too rarely"
        );
    }
    assert!(
        false_rate <= floors.max_false_alarms,
        "{code}: false alarms {:.2} % above {:.2} %",
        false_rate * 100.0,
        floors.max_false_alarms * 100.0
    );
    assert!(
        caught_rate >= floors.min_caught,
        "{code}: typos caught {:.1} % below {:.1} %",
        caught_rate * 100.0,
        floors.min_caught * 100.0
    );
}

#[test]
fn kazakh() {
    measure(
        Language::Kk,
        "kk",
        Floors {
            max_false_alarms: 0.02,
            min_caught: 0.90,
        },
    );
}

#[test]
fn russian() {
    measure(
        Language::Ru,
        "ru",
        Floors {
            max_false_alarms: 0.01,
            min_caught: 0.95,
        },
    );
}

#[test]
fn english() {
    measure(
        Language::En,
        "en",
        Floors {
            max_false_alarms: 0.01,
            min_caught: 0.95,
        },
    );
}
