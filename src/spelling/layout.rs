//! Kazakh typed on a Russian keyboard layout, which lacks ә ғ қ ң ө ұ ү һ і: the writer
//! types а г к н о у у х и instead («Казакстан» for «Қазақстан»). The word is put right
//! by trying the Kazakh letter at each such place, fewest changes first.

/// The Russian-layout letter and the Kazakh letters it stands for.
const STAND_INS: &[(char, &[char])] = &[
    ('а', &['ә']),
    ('г', &['ғ']),
    ('к', &['қ']),
    ('н', &['ң']),
    ('о', &['ө']),
    ('у', &['ү', 'ұ']),
    ('х', &['һ']),
    ('и', &['і']),
];

use std::cmp::Reverse;

/// How a candidate ranks; smaller first (see [`kazakh_letters_restored`]).
type Rank = (
    usize,
    Reverse<bool>,
    usize,
    Reverse<usize>,
    usize,
    Reverse<usize>,
);

/// More places than this are not tried all together (2^12 words at most).
const MAX_PLACES: usize = 12;

/// The words `word` may have been, with Kazakh letters put back, that `is_word` accepts,
/// the likeliest first:
/// 1. one without a ң put back where endings stand, unless it is a genitive's
///    (-ның, -нің, -дың, -тың…) or the polite «your» (-ңыз): a Russian layout loses the
///    genitive's ң in almost every Kazakh sentence, while the other endings with ң («you
///    are», «your»: -ың, -ің, -ңда) are all but absent from a press release
///    («ауданындағы», not «ауданыңдағы»; «әкімінің», not «әкіміңін»);
/// 2. a word a dictionary has as it is (`known_length` says `true` for every part)
///    before one only read through its endings: «қазіргі», whose vowels mix, before
///    «кәзіргі», read as a stem «кәзір» nobody writes;
/// 3. a word whose vowels agree in row (Kazakh vowel harmony: «көрмесіне», not
///    «кормесіне», which a loanword reading lets through) before one whose vowels clash;
/// 4. the one a dictionary vouches for more of (`known_length` of each part: the whole
///    word, else its longest known stem): «өңірдегі» (stem «өңір») before «өнірдегі»
///    (stem «өні»);
/// 5. a paired word whose parts agree in row before one whose parts do not
///    («күш-жігер», «бар-жоқ», not «құш-жігер», «бәр-жоқ»);
/// 6. the one with more letters put back, since a Russian layout loses every Kazakh
///    letter of the word, not some («білдірді» before «билдірді»).
pub fn kazakh_letters_restored(
    word: &str,
    is_word: impl Fn(&str) -> bool,
    known_length: impl Fn(&str) -> (bool, usize),
) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let places: Vec<(usize, &[char])> = chars
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let lower = c.to_lowercase().next().unwrap_or(*c);
            STAND_INS
                .iter()
                .find(|(from, _)| *from == lower)
                .map(|(_, to)| (i, *to))
        })
        .take(MAX_PLACES)
        .collect();
    let mut found: Vec<(Rank, String)> = Vec::new();
    // Each place keeps its letter (0) or takes one of its Kazakh letters (1..).
    let mut choice = vec![0usize; places.len()];
    loop {
        let changes = choice.iter().filter(|c| **c > 0).count();
        if changes > 0 {
            let mut candidate = chars.clone();
            for ((i, to), pick) in places.iter().zip(&choice) {
                if *pick > 0 {
                    let kazakh = to[*pick - 1];
                    candidate[*i] = if chars[*i].is_uppercase() {
                        kazakh.to_uppercase().next().unwrap_or(kazakh)
                    } else {
                        kazakh
                    };
                }
            }
            let candidate: String = candidate.into_iter().collect();
            if is_word(&candidate) {
                let odd = odd_endings(&candidate, &chars, &known_length);
                let parts: Vec<(bool, usize)> = candidate.split('-').map(&known_length).collect();
                let whole = parts.iter().all(|(whole, _)| *whole);
                let vouched: usize = parts.iter().map(|(_, length)| length).sum();
                found.push((
                    (
                        odd,
                        Reverse(whole),
                        vowel_clashes(&candidate),
                        Reverse(vouched),
                        parts_disagree(&candidate),
                        Reverse(changes),
                    ),
                    candidate,
                ));
            }
        }
        // Next combination (an odometer over the choices).
        let mut k = 0;
        loop {
            if k == places.len() {
                found.sort_by_key(|(rank, _)| *rank);
                return found.into_iter().map(|(_, w)| w).collect();
            }
            choice[k] += 1;
            if choice[k] <= places[k].1.len() {
                break;
            }
            choice[k] = 0;
            k += 1;
        }
    }
}

/// Where ң stands in a stem, it is in the word's first syllables («теңге», «өңір»,
/// «кеңес», «деңгей»): from the fourth letter on, a ң is taken for an ending's.
const STEM_LETTERS: usize = 3;

/// How many ң of `candidate` were put back (where `typed` had н) in its endings, other
/// than a genitive's at the end of what is a word without it, or the polite «your»
/// (-ңыз, -ңіз). Each part of a hyphenated word is judged apart.
fn odd_endings(
    candidate: &str,
    typed: &[char],
    known_length: &impl Fn(&str) -> (bool, usize),
) -> usize {
    let mut odd = 0;
    let mut offset = 0;
    for part in candidate.split('-') {
        let letters: Vec<char> = part.chars().collect();
        for (i, c) in letters.iter().enumerate().skip(STEM_LETTERS) {
            let put_back = typed
                .get(offset + i)
                .is_some_and(|t| t.to_lowercase().eq(['н']));
            if !put_back || !c.to_lowercase().eq(['ң']) {
                continue;
            }
            let genitive = i + 1 == letters.len()
                && i >= 2
                && matches!(letters[i - 1], 'ы' | 'і')
                && matches!(letters[i - 2], 'н' | 'д' | 'т')
                && {
                    // «сауда-ның», «мемлекет-тің»: what stands before the ending is a word
                    // (or a known stem's form), not «еке» of «екенің».
                    let (whole, stem) = known_length(&letters[..i - 2].iter().collect::<String>());
                    whole || stem >= 3
                };
            let polite = matches!(
                (letters.get(i + 1), letters.get(i + 2)),
                (Some('ы' | 'і'), Some('з'))
            );
            if !(genitive || polite) {
                odd += 1;
            }
        }
        offset += letters.len() + 1;
    }
    odd
}

/// How many neighbouring parts of a hyphenated word stand in different rows: the two
/// halves of a Kazakh paired word share their vowels' row. The particle -ақ is written the
/// same after every word, so it agrees with any.
fn parts_disagree(word: &str) -> usize {
    let rows: Vec<Option<bool>> = word
        .split('-')
        .map(|part| {
            let lower = part.to_lowercase();
            if lower == "ақ" {
                return None;
            }
            let front = lower.chars().filter(|c| "әөүіе".contains(*c)).count();
            let back = lower.chars().filter(|c| "аоұы".contains(*c)).count();
            (front != back).then_some(front > back)
        })
        .collect();
    rows.windows(2)
        .filter(|pair| matches!(pair, [Some(a), Some(b)] if a != b))
        .count()
}

/// How many vowels of `word` stand in the other row than most of its part's vowels
/// (each part of a hyphenated word counted apart). у, и and the vowels of loanwords
/// (э, ю, я, ё) belong to either row.
fn vowel_clashes(word: &str) -> usize {
    word.split('-')
        .map(|part| {
            let lower = part.to_lowercase();
            let front = lower.chars().filter(|c| "әөүіе".contains(*c)).count();
            let back = lower.chars().filter(|c| "аоұы".contains(*c)).count();
            front.min(back)
        })
        .sum()
}
