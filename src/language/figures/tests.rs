//! The figures of real releases, read and written back.
use super::*;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn one(text: &str, lang: Language) -> Figure {
    parse_figure(text, lang).unwrap_or_else(|| panic!("no single figure in {text:?}"))
}

#[test]
fn numbers_in_every_usual_spelling() {
    assert_eq!(parse_number("148,9", Language::Ru), Some(d("148.9")));
    assert_eq!(parse_number("148.9", Language::Ru), Some(d("148.9")));
    assert_eq!(parse_number("1 234,5", Language::Ru), Some(d("1234.5")));
    assert_eq!(
        parse_number("1\u{a0}234,5", Language::Kk),
        Some(d("1234.5"))
    );
    assert_eq!(
        parse_number("1\u{202f}234\u{202f}567", Language::Ru),
        Some(d("1234567"))
    );
    assert_eq!(parse_number("1,234.5", Language::En), Some(d("1234.5")));
    assert_eq!(parse_number("1,234", Language::En), Some(d("1234")));
    assert_eq!(parse_number("182,236", Language::Ru), Some(d("182.236")));
    assert_eq!(
        parse_number("88,90", Language::Ru).map(|v| v.to_string()),
        Some("88.90".into())
    );
    assert_eq!(parse_number("-3,5", Language::Ru), Some(d("-3.5")));
    assert_eq!(parse_number("28.11.2026", Language::Ru), None);
}

#[test]
fn figures_as_wire_copy_and_kazakh_write_them() {
    let f = one("USD500 million", Language::En);
    assert_eq!(
        (f.value, f.scale, f.unit),
        (d("500"), Scale::Million, Unit::UsDollar)
    );
    let f = one("$24 bn", Language::En);
    assert_eq!(
        (f.value, f.scale, f.unit),
        (d("24"), Scale::Billion, Unit::UsDollar)
    );
    let f = one("EUR12", Language::En);
    assert_eq!((f.value, f.unit), (d("12"), Unit::Euro));
    let figures = find_figures("500-ден астам делегат", Language::Kk);
    assert_eq!(figures.len(), 1, "{figures:?}");
    assert_eq!(figures[0].value, d("500"));
    let figures = find_figures("2024-ке дейін", Language::Kk);
    assert!(figures[0].looks_like_year());
    let f = one("20-hectare", Language::En);
    assert_eq!((f.value, f.unit), (d("20"), Unit::Hectare));
    // A code inside a word, or a hyphenated word, is not a figure.
    assert!(find_figures("xUSD500", Language::En).is_empty());
    assert!(find_figures("Covid-19 вакцинасы", Language::Kk).len() <= 1);
    assert!(find_figures("5-шi", Language::Kk).is_empty());
}

#[test]
fn qualifiers_and_kazakh_case_forms_are_read_with_the_figure() {
    let figures = find_figures(
        "более 500 млн долларов, about USD 60 million, 500-ден астам, 12 евроға, \
         Европа 5",
        Language::Ru,
    );
    let read: Vec<_> = figures
        .iter()
        .map(|f| (f.value, f.unit.clone(), f.qualifier))
        .collect();
    assert_eq!(
        read,
        [
            (d("500"), Unit::UsDollar, Some(Qualifier::MoreThan)),
            (d("60"), Unit::UsDollar, Some(Qualifier::About)),
            (d("500"), Unit::None, Some(Qualifier::MoreThan)),
            (d("12"), Unit::Euro, None),
            (d("5"), Unit::None, None),
        ]
    );
    // "more than 500" is 520 and not 250; "about 500" is 493,7.
    let more = &figures[0];
    assert!(more.stands_for(d("520000000")));
    assert!(!more.stands_for(d("250000000")));
    let about = find_figures("около 500", Language::Ru).remove(0);
    assert!(about.stands_for(d("493.7")));
    assert!(!one("149 млн", Language::Ru).stands_for(d("250000000")));
    assert!(one("149 млн", Language::Ru).stands_for(d("148900000")));
}

#[test]
fn figures_with_scale_and_unit() {
    let f = one("$19,2 млн", Language::Ru);
    assert_eq!(
        (f.value, f.scale, f.unit),
        (d("19.2"), Scale::Million, Unit::UsDollar)
    );
    let f = one("19,2 млн долларов США", Language::Ru);
    assert_eq!(
        (f.value, f.scale, f.unit),
        (d("19.2"), Scale::Million, Unit::UsDollar)
    );
    let f = one("100 bln tenge", Language::En);
    assert_eq!(
        (f.value, f.scale, f.unit),
        (d("100"), Scale::Billion, Unit::Tenge)
    );
    let f = one("11 %", Language::Ru);
    assert_eq!((f.value, f.unit), (d("11"), Unit::Percent));
    let f = one("11 пайыз", Language::Kk);
    assert_eq!(f.unit, Unit::Percent);
    let f = one("60,09 млн АҚШ доллары", Language::Kk);
    assert_eq!(
        (f.value, f.scale, f.unit),
        (d("60.09"), Scale::Million, Unit::UsDollar)
    );
    let f = one("400 billion yuan", Language::En);
    assert_eq!((f.scale, f.unit), (Scale::Billion, Unit::Yuan));
    let f = one("148,9 миллиона долларов", Language::Ru);
    assert_eq!(
        (f.value, f.scale, f.unit),
        (d("148.9"), Scale::Million, Unit::UsDollar)
    );
    let f = one("24 млрд", Language::Ru);
    assert_eq!((f.scale, &f.unit), (Scale::Billion, &Unit::None));
    assert_eq!(f.amount(), Some(d("24000000000")));
}

#[test]
fn spans_point_into_the_text() {
    let text = "Экспорт — 60,09 млн, импорт — 88,9 млн долларов.";
    let figures = find_figures(text, Language::Ru);
    let spans: Vec<&str> = figures.iter().map(|f| &text[f.span.clone()]).collect();
    assert_eq!(spans, ["60,09 млн", "88,9 млн долларов"]);
    assert_eq!(&text[figures[0].number_span.clone()], "60,09");
}

#[test]
fn codes_phones_dates_and_times_are_not_figures() {
    let text = "№ 15, B2B, К52, тел. 335-11-22, 28.11.2026, в 9:00, 5-й, 5G";
    assert_eq!(find_figures(text, Language::Ru), vec![]);
}

#[test]
fn ranges_give_two_figures_and_years_are_recognisable() {
    let figures = find_figures("в 2024–2025 годах", Language::Ru);
    assert_eq!(figures.len(), 2);
    assert!(figures.iter().all(Figure::looks_like_year));
    // The first number of a range measures what the second does.
    let figures = find_figures("рост на 10–15 % и 3–5 млн долларов", Language::Ru);
    let read: Vec<_> = figures
        .iter()
        .map(|f| (f.value, f.scale, f.unit.clone()))
        .collect();
    assert_eq!(
        read,
        [
            (d("10"), Scale::One, Unit::Percent),
            (d("15"), Scale::One, Unit::Percent),
            (d("3"), Scale::Million, Unit::UsDollar),
            (d("5"), Scale::Million, Unit::UsDollar),
        ]
    );
}

#[test]
fn figures_print_back_per_language() {
    let f = one("148.9 million US dollars", Language::En);
    assert_eq!(f.to_text(Language::Ru), "148,9\u{a0}млн\u{a0}долларов США");
    assert_eq!(f.to_text(Language::Kk), "148,9\u{a0}млн\u{a0}АҚШ доллары");
    assert_eq!(
        format_figure(d("24"), Scale::Billion, Unit::UsDollar, Language::En),
        "USD\u{a0}24\u{a0}billion"
    );
}

#[test]
fn nothing_panics_on_odd_text() {
    for text in [
        "",
        "1",
        "1,",
        ",1",
        "1 ",
        "$",
        "$ ",
        "1 0",
        "١٢٣",
        "9".repeat(60).as_str(),
        "1.2.3.4",
        "1,2,3",
        "−",
        "-1-",
        "₸₸5",
    ] {
        let _ = find_figures(text, Language::Ru);
        let _ = find_figures(text, Language::En);
        let _ = parse_number(text, Language::Kk);
    }
}

/// Every spelling of every scale and unit is read after a number in small letters,
/// capitals or with a capital first: comparing the first letters before reading a form
/// further never turns one away.
#[test]
fn every_form_is_read_in_any_letter_case() {
    fn each<T: Clone>(words: &[Word<T>]) {
        for form in words.iter().flat_map(|word| word.forms) {
            let stem = form.trim_end_matches('*');
            let mut capitalised = stem.chars();
            let capitalised: String = capitalised
                .next()
                .map(|c| c.to_uppercase().chain(capitalised).collect())
                .unwrap_or_default();
            for spelt in [stem.to_lowercase(), stem.to_uppercase(), capitalised] {
                let text = format!("5 {spelt}");
                assert_eq!(
                    read_word(&text, 1, words, true).map(|(_, end)| end),
                    Some(text.len()),
                    "{text}"
                );
            }
        }
    }
    each(SCALES);
    each(UNITS);
}
