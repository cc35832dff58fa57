//! Numbers written in words, up to a thousand, in the three languages: «двадцать пять»,
//! «двухсот», «жиырма бес», «жүз», "twenty-five", "one hundred and twenty". Checks read
//! them as the figures they are, so «три меморандума» and "3 memoranda" agree and «пять
//! проектов» counts as 5.
//!
//! A number is read as a run of number words from the largest order down (hundreds, tens,
//! units), in any case form of Russian (the word's stem decides its value: «двадцати»,
//! «двумястами»), each order at most once.

use std::ops::Range;

use super::Language;

/// Russian number words in their case forms. A form ending in `*` is a stem taking up to
/// three more letters («двадцат*»: двадцать, двадцати, двадцатью); the others are whole
/// words, since short stems begin ordinary words («сто» → «стол», «семь» → «семья»).
const RU: &[(&str, u32)] = &[
    ("девятьсот", 900),
    ("девятисот", 900),
    ("девятистам", 900),
    ("восемьсот", 800),
    ("восьмисот", 800),
    ("восьмистам", 800),
    ("семьсот", 700),
    ("семисот", 700),
    ("семистам", 700),
    ("шестьсот", 600),
    ("шестисот", 600),
    ("шестистам", 600),
    ("пятьсот", 500),
    ("пятисот", 500),
    ("пятистам", 500),
    ("четыреста", 400),
    ("четырехсот", 400),
    ("четырёхсот", 400),
    ("четыремстам", 400),
    ("триста", 300),
    ("трехсот", 300),
    ("трёхсот", 300),
    ("тремстам", 300),
    ("двести", 200),
    ("двухсот", 200),
    ("двумстам", 200),
    ("сто", 100),
    ("ста", 100),
    ("девяносто", 90),
    ("девяноста", 90),
    ("восемьдесят", 80),
    ("восьмидесяти", 80),
    ("семьдесят", 70),
    ("семидесяти", 70),
    ("шестьдесят", 60),
    ("шестидесяти", 60),
    ("пятьдесят", 50),
    ("пятидесяти", 50),
    ("сорок", 40),
    ("сорока", 40),
    ("тридцат*", 30),
    ("двадцат*", 20),
    ("девятнадцат*", 19),
    ("восемнадцат*", 18),
    ("семнадцат*", 17),
    ("шестнадцат*", 16),
    ("пятнадцат*", 15),
    ("четырнадцат*", 14),
    ("тринадцат*", 13),
    ("двенадцат*", 12),
    ("одиннадцат*", 11),
    ("десять", 10),
    ("десяти", 10),
    ("десятью", 10),
    ("девять", 9),
    ("девяти", 9),
    ("девятью", 9),
    ("восемь", 8),
    ("восьми", 8),
    ("восемью", 8),
    ("семь", 7),
    ("семи", 7),
    ("семью", 7),
    ("шесть", 6),
    ("шести", 6),
    ("шестью", 6),
    ("пять", 5),
    ("пяти", 5),
    ("пятью", 5),
    ("четыре", 4),
    ("четырех", 4),
    ("четырёх", 4),
    ("четырем", 4),
    ("четырём", 4),
    ("четырьмя", 4),
    ("три", 3),
    ("трех", 3),
    ("трёх", 3),
    ("трем", 3),
    ("трём", 3),
    ("тремя", 3),
    ("два", 2),
    ("две", 2),
    ("двух", 2),
    ("двум", 2),
    ("двумя", 2),
    ("один", 1),
    ("одна", 1),
    ("одно", 1),
    ("одного", 1),
    ("одной", 1),
    ("одному", 1),
    ("одним", 1),
    ("одну", 1),
    ("тысяча", 1000),
    ("тысячи", 1000),
    ("тысяч", 1000),
];

const KK: &[(&str, u32)] = &[
    ("мың", 1000),
    ("жүз", 100),
    ("тоқсан", 90),
    ("сексен", 80),
    ("жетпіс", 70),
    ("алпыс", 60),
    ("елу", 50),
    ("қырық", 40),
    ("отыз", 30),
    ("жиырма", 20),
    ("он", 10),
    ("тоғыз", 9),
    ("сегіз", 8),
    ("жеті", 7),
    ("алты", 6),
    ("бес", 5),
    ("төрт", 4),
    ("үш", 3),
    ("екі", 2),
    ("бір", 1),
];

const EN: &[(&str, u32)] = &[
    ("thousand", 1000),
    ("hundred", 100),
    ("ninety", 90),
    ("eighty", 80),
    ("seventy", 70),
    ("sixty", 60),
    ("fifty", 50),
    ("forty", 40),
    ("thirty", 30),
    ("twenty", 20),
    ("nineteen", 19),
    ("eighteen", 18),
    ("seventeen", 17),
    ("sixteen", 16),
    ("fifteen", 15),
    ("fourteen", 14),
    ("thirteen", 13),
    ("twelve", 12),
    ("eleven", 11),
    ("ten", 10),
    ("nine", 9),
    ("eight", 8),
    ("seven", 7),
    ("six", 6),
    ("five", 5),
    ("four", 4),
    ("three", 3),
    ("two", 2),
    ("one", 1),
];

/// The value of one number word, if it is one.
pub fn word_value(word: &str, lang: Language) -> Option<u32> {
    let word = super::in_small_letters(word);
    let table = match lang {
        Language::Ru => RU,
        Language::Kk => KK,
        Language::En => EN,
    };
    table.iter().find_map(|&(form, value)| {
        let fits = match form.strip_suffix('*') {
            Some(stem) => {
                word.starts_with(stem) && word.chars().count() <= stem.chars().count() + 3
            }
            None => word == form,
        };
        fits.then_some(value)
    })
}

/// Numbers written in words in `text`, with their byte ranges: «двадцать пять» → 25,
/// "one hundred and twenty" → 120, «үш жүз елу» → 350. A number is hundreds, then tens or
/// a teen, then units, each at most once, joined by spaces (and "and" or a hyphen in
/// English); «тысяча» and "thousand" alone or after a unit («две тысячи» is 2 000, past
/// what is read, and is left out).
pub fn spelled_numbers(text: &str, lang: Language) -> Vec<(u32, Range<usize>)> {
    let words = super::words(text);
    let values: Vec<Option<u32>> = words.iter().map(|(_, w)| word_value(w, lang)).collect();
    let joined = |a: usize, b: usize| {
        let between = text[words[a].0.end..words[b].0.start].trim();
        between.is_empty() || between == "-" || between.eq_ignore_ascii_case("and")
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(first) = values[i] else {
            i += 1;
            continue;
        };
        let mut j = i;
        let mut total = 0;
        // A unit before "hundred"/«жүз»/"thousand" multiplies it.
        let next_is =
            |k: usize, v: u32| k < words.len() && values[k] == Some(v) && joined(k - 1, k);
        if first < 10 && next_is(i + 1, 1000) {
            total = first * 1000;
            j = i + 2;
        } else if first < 10 && next_is(i + 1, 100) {
            total = first * 100;
            j = i + 2;
        } else if first == 100
            || ((200..1000).contains(&first) && first % 100 == 0)
            || first == 1000
        {
            total = first;
            j = i + 1;
        }
        // Skip an English "and" after the hundreds.
        let skip_and = |k: usize| {
            if lang == Language::En && k < words.len() && words[k].1.eq_ignore_ascii_case("and") {
                k + 1
            } else {
                k
            }
        };
        let mut k = if total > 0 { skip_and(j) } else { j };
        let continues = |k: usize| {
            k < words.len()
                && (k == i
                    || joined(k - 1, k)
                    || (k >= 1 && words[k - 1].1.eq_ignore_ascii_case("and")))
        };
        if continues(k)
            && let Some(v) = values[k]
            && (10..100).contains(&v)
            && total % 100 == 0
        {
            total += v;
            k += 1;
            if v >= 20
                && v % 10 == 0
                && continues(k)
                && let Some(u) = values[k]
                && u < 10
            {
                total += u;
                k += 1;
            }
        } else if continues(k)
            && let Some(u) = values[k]
            && u < 10
            && total % 100 == 0
        {
            total += u;
            k += 1;
        }
        if k == i {
            i += 1;
            continue;
        }
        if total <= 1000 && total > 0 {
            out.push((total, words[i].0.start..words[k - 1].0.end));
        }
        i = k;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, lang: Language) -> Vec<u32> {
        spelled_numbers(text, lang)
            .into_iter()
            .map(|(n, _)| n)
            .collect()
    }

    #[test]
    fn russian_numbers_in_any_case() {
        assert_eq!(read("двадцать пять компаний", Language::Ru), [25]);
        assert_eq!(read("около двухсот сорока участников", Language::Ru), [240]);
        assert_eq!(read("сто двадцать три", Language::Ru), [123]);
        assert_eq!(
            read("три меморандума и пять соглашений", Language::Ru),
            [3, 5]
        );
        assert_eq!(read("девятнадцать", Language::Ru), [19]);
        assert_eq!(read("с тремя регионами", Language::Ru), [3]);
        assert!(read("в пятницу семья Сорокиных", Language::Ru).is_empty());
    }

    #[test]
    fn kazakh_and_english_numbers() {
        assert_eq!(read("жиырма бес компания", Language::Kk), [25]);
        assert_eq!(read("үш жүз елу қатысушы", Language::Kk), [350]);
        assert!(
            read("екі мың", Language::Kk).is_empty(),
            "2 000 is past what is read"
        );
        assert_eq!(read("мың", Language::Kk), [1000]);
        assert_eq!(read("twenty-five companies", Language::En), [25]);
        assert_eq!(
            read("one hundred and twenty participants", Language::En),
            [120]
        );
        assert_eq!(read("three memoranda", Language::En), [3]);
        assert!(read("someone at the tenement", Language::En).is_empty());
    }
}
