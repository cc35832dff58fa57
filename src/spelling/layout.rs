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

/// More places than this are not tried all together (2^12 words at most).
const MAX_PLACES: usize = 12;

/// The words `word` may have been, with Kazakh letters put back, that `is_word` accepts,
/// the likeliest first: a word whose vowels agree in row (Kazakh vowel harmony: «көрмесіне»,
/// not «кормесіне», which a loanword reading lets through) before one whose vowels clash;
/// then the one with more letters put back, since a Russian layout loses every Kazakh
/// letter of the word, not some («білдірді» before «билдірді»).
pub fn kazakh_letters_restored(word: &str, is_word: impl Fn(&str) -> bool) -> Vec<String> {
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
    let mut found: Vec<(usize, String)> = Vec::new();
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
                found.push((changes, candidate));
            }
        }
        // Next combination (an odometer over the choices).
        let mut k = 0;
        loop {
            if k == places.len() {
                found.sort_by_key(|(changes, word)| (vowel_clashes(word), *changes));
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
