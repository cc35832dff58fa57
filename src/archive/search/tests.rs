//! The search, as a person typing into the archive's search field meets it.

use super::analysis::{is_combining, is_letter_or_digit, push_lowercase};
use super::*;
use proptest::prelude::*;

/// An index of the given texts, documents numbered in order.
fn index(texts: &[&str]) -> SearchIndex {
    let mut index = SearchIndex::new();
    for (doc, text) in texts.iter().enumerate() {
        index.insert(doc as u32, &index_terms(text));
    }
    index
}

/// The documents a query finds, in order.
fn find(index: &SearchIndex, query: &str) -> Vec<u32> {
    index
        .search(&Query::parse(query))
        .expect("a query with words")
        .iter()
        .collect()
}

#[test]
fn russian_case_forms_find_each_other() {
    let idx = index(&[
        "Аким области встретился с делегацией из Китая.",
        "Состав делегации утверждён.",
        "Делегация прибыла в Туркестан.",
        "Заседание совета директоров.",
    ]);
    for query in [
        "делегация",
        "делегацией",
        "делегации",
        "Делегацию",
        "делегаций",
    ] {
        assert_eq!(find(&idx, query), [0, 1, 2], "{query}");
    }
    assert_eq!(find(&idx, "совет"), [3]);
    assert_eq!(find(&idx, "советом"), [3]);
}

#[test]
fn yo_and_ye_are_one_letter_both_ways() {
    let idx = index(&["Утверждён новый план.", "План утвержден советом.", "ЁЛКА"]);
    assert_eq!(find(&idx, "утвержден"), [0, 1]);
    assert_eq!(find(&idx, "утверждён"), [0, 1]);
    assert_eq!(find(&idx, "елка"), [2]);
    assert_eq!(find(&idx, "Ёлка"), [2]);
}

#[test]
fn kazakh_words_are_found_as_written_and_by_their_start() {
    let idx = index(&[
        "Түркістан облысының әкімі делегацияны қабылдады.",
        "Форум Түркістанда өтеді.",
        "Шымкент қаласында кездесу болды.",
    ]);
    assert_eq!(find(&idx, "Түркістан"), [0, 1]);
    assert_eq!(find(&idx, "Түркістанда"), [1]);
    assert_eq!(find(&idx, "облысының"), [0]);
    assert_eq!(find(&idx, "қабылдады"), [0]);
    assert_eq!(find(&idx, "қаласында"), [2]);
    // As the user types: every prefix finds the word.
    let word: Vec<char> = "қабылдады".chars().collect();
    for n in 1..=word.len() {
        let prefix: String = word[..n].iter().collect();
        assert!(find(&idx, &prefix).contains(&0), "{prefix}");
    }
    // Kazakh letters are letters: "әкімі" is not "кімі".
    assert_eq!(find(&idx, "кім"), Vec::<u32>::new());
}

#[test]
fn english_plural_and_singular_find_each_other() {
    let idx = index(&[
        "The companies signed agreements.",
        "One company signed an agreement.",
        "Investors met in Turkestan.",
    ]);
    assert_eq!(find(&idx, "company"), [0, 1]);
    assert_eq!(find(&idx, "companies"), [0, 1]);
    assert_eq!(find(&idx, "agreement"), [0, 1]);
    assert_eq!(find(&idx, "investor"), [2]);
    assert_eq!(find(&idx, "Turkestan"), [2]);
}

#[test]
fn a_word_is_found_while_it_is_typed() {
    let idx = index(&[
        "Аким встретился с делегацией.",
        "Дело рассмотрено.",
        "The closing ceremony.",
        "Сотрудничество в области промышленности.",
    ]);
    assert_eq!(find(&idx, "делег"), [0]);
    assert_eq!(find(&idx, "д"), [0, 1]);
    // Every prefix of a word finds its document, and the results only narrow.
    for (word, doc) in [
        ("делегацией", 0),
        ("closing", 2),
        ("сотрудничество", 3),
        ("промышленности", 3),
    ] {
        let chars: Vec<char> = word.chars().collect();
        let mut previous = usize::MAX;
        for n in 1..=chars.len() {
            let prefix: String = chars[..n].iter().collect();
            let found = find(&idx, &prefix);
            assert!(found.contains(&doc), "{prefix}");
            assert!(found.len() <= previous, "{prefix}");
            previous = found.len();
        }
    }
    // A stem the typed letters overshoot by a non-ending does not count.
    let idx = index(&["План утверждён.", "Планетарий открыт."]);
    assert_eq!(find(&idx, "планетар"), [1]);
}

#[test]
fn finished_words_are_not_widened() {
    let idx = index(&["Дело рассмотрено.", "Делегация прибыла."]);
    // The space says the word is finished: its stem "дел" still matches as a prefix,
    // like every word, but nothing beyond that.
    assert_eq!(find(&idx, "дело "), [0, 1]);
    assert_eq!(find(&idx, "делегация "), [1]);
}

#[test]
fn every_word_of_the_query_must_match() {
    let idx = index(&[
        "Делегация из Китая прибыла в Туркестан.",
        "Делегация из Турции.",
        "Инвесторы из Китая.",
    ]);
    assert_eq!(find(&idx, "делегация китай"), [0]);
    assert_eq!(find(&idx, "китай делегация"), [0]);
    assert_eq!(find(&idx, "делегация"), [0, 1]);
    assert_eq!(find(&idx, "делегация япония"), Vec::<u32>::new());
    assert_eq!(find(&idx, "  китая,   инвесторы!  "), [2]);
    for query in ["китай", "Китаю", "китаем", "китае"] {
        assert_eq!(find(&idx, query), [0, 2], "{query}");
    }
}

#[test]
fn remove_and_replace_update_results() {
    let mut idx = index(&["Делегация из Китая.", "Форум инвесторов.", "Делегация."]);
    assert_eq!(idx.len(), 3);
    idx.remove(0);
    assert_eq!(find(&idx, "делегация"), [2]);
    assert_eq!(find(&idx, "китай"), Vec::<u32>::new());
    assert_eq!(idx.len(), 2);
    idx.insert(1, &index_terms("Меморандум подписан."));
    assert_eq!(find(&idx, "форум"), Vec::<u32>::new());
    assert_eq!(find(&idx, "меморандум"), [1]);
    idx.insert(0, &index_terms("Китай и Казахстан."));
    assert_eq!(find(&idx, "китай"), [0]);
    assert_eq!(idx.len(), 3);
    idx.remove(7); // not there: nothing happens
    assert_eq!(idx.len(), 3);
}

#[test]
fn dead_terms_are_swept_and_their_ids_reused() {
    let mut idx = SearchIndex::new();
    for doc in 0..3000u32 {
        idx.insert(doc, &[format!("слово{doc}"), "общее".to_string()]);
    }
    for doc in 0..2990 {
        idx.remove(doc);
    }
    assert!(idx.terms.len() < 3000, "{} terms kept", idx.terms.len());
    assert_eq!(find(&idx, "общее").len(), 10);
    assert_eq!(find(&idx, "слово2995"), [2995]);
    assert_eq!(find(&idx, "слово5"), Vec::<u32>::new());
    let ids = idx.postings.len();
    idx.insert(5, &["новое".to_string()]);
    assert_eq!(idx.postings.len(), ids, "a freed id is reused");
    assert_eq!(find(&idx, "новое"), [5]);
    assert_eq!(find(&idx, "нов"), [5]);
}

#[test]
fn quotes_dashes_and_no_break_spaces_separate_words() {
    let idx = index(&[
        "АО\u{A0}«Казахтелеком»\u{202F}—\u{A0}партнёр форума",
        "“Silk\u{A0}Road”\u{2009}forum",
        "онлайн-конференция Нур-Султан",
    ]);
    assert_eq!(find(&idx, "казахтелеком"), [0]);
    assert_eq!(find(&idx, "«Казахтелеком»"), [0]);
    assert_eq!(find(&idx, "партнер"), [0]);
    assert_eq!(find(&idx, "ао"), [0]);
    assert_eq!(find(&idx, "road"), [1]);
    assert_eq!(find(&idx, "silk road"), [1]);
    assert_eq!(find(&idx, "конференция"), [2]);
    assert_eq!(find(&idx, "онлайн-конференция"), [2]);
    assert_eq!(find(&idx, "султан"), [2]);
}

#[test]
fn invisible_characters_do_not_split_words() {
    let idx = index(&[
        "деле\u{AD}гация",   // soft hyphen
        "вла\u{301}сти",     // stress mark
        "мои\u{306} город",  // decomposed й
        "Е\u{308}лка",       // decomposed Ё
        "\u{FEFF}Ақтөбе",    // byte order mark
        "Түркі\u{200D}стан", // zero-width joiner
    ]);
    assert_eq!(find(&idx, "делегация"), [0]);
    assert_eq!(find(&idx, "власти"), [1]);
    assert_eq!(find(&idx, "мой"), [2]);
    assert_eq!(find(&idx, "елка"), [3]);
    assert_eq!(find(&idx, "ақтөбе"), [4]);
    assert_eq!(find(&idx, "Түркістан"), [5]);
}

#[test]
fn mixed_scripts_are_folded() {
    // Latin "A" and "c" in Russian words, Latin "i" for the Kazakh "і".
    let idx = index(&["Aким области", "Туркестанcкая", "Түркiстан", "Kaspi Bank"]);
    assert_eq!(find(&idx, "аким"), [0]);
    assert_eq!(find(&idx, "туркестанская"), [1]);
    assert_eq!(find(&idx, "Түркістан"), [2]);
    assert_eq!(find(&idx, "kaspi"), [3]);
}

#[test]
fn figures_are_found_as_written() {
    let idx = index(&[
        "Объём торговли составил 148,9 млн долларов.",
        "Trade reached $148.9 million.",
        "Привлечено 1\u{202F}250\u{A0}000 тенге.",
        "Attracted 1,250,000 tenge.",
        "Форум пройдёт 28.11.2026 в Туркестане.",
        "В 2026\u{A0}году 148 участников.",
    ]);
    assert_eq!(find(&idx, "148,9"), [0, 1]);
    assert_eq!(find(&idx, "148.9"), [0, 1]);
    assert_eq!(find(&idx, "148"), [0, 1, 5]);
    assert_eq!(find(&idx, "148,"), [0, 1, 5]);
    assert_eq!(find(&idx, "1250000"), [2, 3]);
    assert_eq!(find(&idx, "1 250 000"), [2, 3]);
    assert_eq!(find(&idx, "1\u{202F}250\u{202F}000"), [2, 3]);
    assert_eq!(find(&idx, "1,250,000"), [3]);
    assert_eq!(find(&idx, "1 250"), [2, 3]);
    assert_eq!(find(&idx, "28.11.2026"), [4]);
    assert_eq!(find(&idx, "28.11"), [4]);
    assert_eq!(find(&idx, "2026"), [4, 5]);
    // A year followed by another number is not a thousands group.
    assert_eq!(index_terms("2026 100"), ["100", "2026"]);
}

#[test]
fn words_glued_to_digits_are_found_whole_and_by_parts() {
    let idx = index(&["Пандемия COVID-19 и COVID19", "В 2026г. открыто 5G"]);
    assert_eq!(find(&idx, "covid19"), [0]);
    assert_eq!(find(&idx, "covid"), [0]);
    assert_eq!(find(&idx, "19"), [0]);
    assert_eq!(find(&idx, "2026г"), [1]);
    assert_eq!(find(&idx, "2026"), [1]);
    assert_eq!(find(&idx, "5g"), [1]);
}

#[test]
fn empty_queries_are_no_filter() {
    let idx = index(&["Делегация"]);
    for text in ["", "   ", "«» — ,.!?", "\u{A0}\u{202F}", "\u{AD}\u{301}"] {
        let query = Query::parse(text);
        assert!(query.is_empty(), "{text:?}");
        assert_eq!(idx.search(&query), None);
    }
    assert!(!Query::parse("д").is_empty());
    // An empty index answers queries with an empty set.
    let empty = SearchIndex::new();
    assert!(empty.is_empty());
    assert_eq!(empty.search(&Query::parse("д")).map(|s| s.len()), Some(0));
}

#[test]
fn terms_are_sorted_unique_and_deterministic() {
    let text = "Делегация делегации ДЕЛЕГАЦИЕЙ, companies company 148,9 148.9";
    let terms = index_terms(text);
    assert_eq!(terms, index_terms(text));
    let mut sorted = terms.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(terms, sorted);
    assert_eq!(terms, ["148", "148,9", "9", "compani", "делегац"]);
}

#[test]
fn quick_letter_tests_agree_with_unicode() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        let mut quick = String::new();
        push_lowercase(&mut quick, c);
        let slow: String = c
            .to_lowercase()
            .filter(|l| !is_combining(*l))
            .map(|l| if l == 'ё' { 'е' } else { l })
            .collect();
        assert_eq!(quick, slow, "{c:?}");
    }
}

#[test]
fn doc_sets_answer_membership_and_count() {
    let mut idx = SearchIndex::new();
    idx.insert(3, &index_terms("слово"));
    idx.insert(130, &index_terms("слово"));
    idx.insert(64, &index_terms("другое"));
    let set = idx.search(&Query::parse("слово")).unwrap();
    assert_eq!(set.len(), 2);
    assert!(set.contains(3) && set.contains(130));
    assert!(!set.contains(64) && !set.contains(4) && !set.contains(u32::MAX));
    assert_eq!(set.iter().collect::<Vec<_>>(), [3, 130]);
}

#[test]
fn the_cache_form_round_trips() {
    let mut idx = index(&[
        "Делегация из Китая",
        "Түркістан облысы",
        "Companies 148,9",
        "",
    ]);
    idx.remove(1);
    let bytes = postcard::to_stdvec(&idx).unwrap();
    let back: SearchIndex = postcard::from_bytes(&bytes).unwrap();
    assert_eq!(back.len(), 3);
    for query in ["делег", "түркістан", "company", "148,9", "китай", "д"] {
        assert_eq!(
            back.search(&Query::parse(query)),
            idx.search(&Query::parse(query)),
            "{query}"
        );
    }
    // A damaged cache is refused, not misread: the same document twice in a posting.
    let mut bad = idx.clone();
    let id = bad.terms["делегац"] as usize;
    bad.postings[id] = vec![0, 0];
    let bytes = postcard::to_stdvec(&bad).unwrap();
    assert!(postcard::from_bytes::<SearchIndex>(&bytes).is_err());
}

#[test]
fn control_characters_and_huge_input_do_not_break_anything() {
    let text = "ab\u{0}cd\u{1b}делегация\u{7}форум\r\n\t\u{FFFE}\u{FFFF}\u{10FFFF}";
    assert_eq!(index_terms(text), ["ab", "cd", "делегац", "форум"]);
    let blob = "я".repeat(1_000_000) + " " + &"1,".repeat(100_000) + &"9".repeat(10_000);
    let terms = index_terms(&blob);
    assert!(terms.iter().all(|t| t.chars().count() <= MAX_TERM_CHARS));
    let idx = index(&[&blob]);
    assert_eq!(find(&idx, &"я".repeat(10)), [0]);
    assert_eq!(find(&idx, &"я".repeat(100)), [0]);
    assert!(!Query::parse(&blob).is_empty());
}

/// Texts of words each in one script, between separators the archive really has.
fn text_strategy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[а-яё]{1,12}",
        "[А-ЯЁ][а-яё]{0,10}",
        "[әғқңөұүһіа-я]{1,12}",
        "[a-z]{1,12}",
        "[A-Z][a-z]{0,10}",
        "[0-9]{1,6}",
    ];
    let sep = prop_oneof![
        Just(" "),
        Just("\u{A0}"),
        Just("\u{202F}"),
        Just(", "),
        Just("."),
        Just(","),
        Just(" «"),
        Just("» "),
        Just("-"),
        Just("\n"),
    ];
    prop::collection::vec((word, sep), 1..20).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(w, s)| w + s)
            .collect::<Vec<_>>()
            .concat()
    })
}

proptest! {
    #[test]
    fn any_text_and_query_is_handled(text in any::<String>(), query in any::<String>()) {
        let terms = index_terms(&text);
        prop_assert_eq!(&terms, &index_terms(&text));
        prop_assert!(terms.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(terms.iter().all(|t| !t.is_empty()));
        let mut idx = SearchIndex::new();
        idx.insert(0, &terms);
        let _ = idx.search(&Query::parse(&query));
        let _ = idx.search(&Query::parse(&text));
    }

    #[test]
    fn every_word_of_a_text_finds_it(text in text_strategy()) {
        let mut idx = SearchIndex::new();
        idx.insert(1, &index_terms(&text));
        idx.insert(0, &index_terms("посторонний текст"));
        // The whole text as a query, as if pasted.
        prop_assert!(idx.search(&Query::parse(&text)).unwrap().contains(1));
        for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            let found = idx.search(&Query::parse(word)).unwrap();
            prop_assert!(found.contains(1), "{:?} not found in {:?}", word, text);
            // Kazakh words and figures, kept whole, are found by any start.
            let kept_whole = word.chars().any(|c| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c))
                || word.bytes().all(|b| b.is_ascii_digit());
            if kept_whole {
                for (end, _) in word.char_indices().skip(1) {
                    let found = idx.search(&Query::parse(&word[..end])).unwrap();
                    prop_assert!(found.contains(1), "{:?} not found in {:?}", &word[..end], text);
                }
            }
        }
    }
}
