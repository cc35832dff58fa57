//! The search index's cost on a synthetic archive: an ignored test, run by hand.

use super::*;

/// Timing on a synthetic archive of 10,000 releases of ~1200 words (400 per language).
/// Run: `cargo test --release --no-default-features --lib archive::search::measure::measure
/// -- --ignored --nocapture`.
#[test]
#[ignore]
fn measure() {
    use std::time::Instant;
    let texts: Vec<String> = (0..10_000u64).map(synthetic_release).collect();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let started = Instant::now();
    let terms: Vec<Vec<String>> = texts.iter().map(|t| index_terms(t)).collect();
    let analysis = started.elapsed();
    let started = Instant::now();
    let mut idx = SearchIndex::new();
    for (doc, terms) in terms.iter().enumerate() {
        idx.insert(doc as u32, terms);
    }
    let insert = started.elapsed();
    let postings: usize = terms.iter().map(Vec::len).sum();
    println!(
        "{} documents, {:.0} words each, {} distinct terms, {:.0} terms per document",
        texts.len(),
        words as f64 / texts.len() as f64,
        idx.terms.len(),
        postings as f64 / texts.len() as f64
    );
    println!("analysis (index_terms) {analysis:.2?}, inserting {insert:.2?}");
    println!("index heap ≈ {:.1} MB", idx.heap_bytes() as f64 / 1e6);
    drop(terms);

    let started = Instant::now();
    let bytes = postcard::to_stdvec(&idx).unwrap();
    let written = started.elapsed();
    let started = Instant::now();
    let back: SearchIndex = postcard::from_bytes(&bytes).unwrap();
    println!(
        "cache form {:.1} MB, written in {written:.2?}, read in {:.2?}, heap after reading ≈ {:.1} MB",
        bytes.len() as f64 / 1e6,
        started.elapsed(),
        back.heap_bytes() as f64 / 1e6
    );
    drop(back);

    let started = Instant::now();
    idx.insert(5000, &index_terms(&synthetic_release(123_456)));
    idx.remove(4000);
    println!(
        "replacing and removing one document {:.2?}",
        started.elapsed()
    );

    for query in [
        "д",
        "п",
        "a",
        "1",
        "т",
        "дел",
        "сот",
        "com",
        "түр",
        "қаз",
        "делегация",
        "делегацией",
        "Түркістанда",
        "companies",
        "148,9",
        "делегация Түркістан",
        "сотрудничество investment",
        "д п",
        "делегация китай инвест",
    ] {
        let mut times = Vec::new();
        let mut found = 0;
        for _ in 0..21 {
            let started = Instant::now();
            let set = idx.search(&Query::parse(query)).unwrap();
            times.push(started.elapsed());
            found = set.len();
        }
        times.sort();
        println!(
            "{query:>28}: {found:>5} found, median {:>9.2?}, max {:>9.2?}",
            times[10], times[20]
        );
    }
}

/// A release of about 400 Russian, 400 Kazakh and 400 English words, with figures and
/// made-up names so the vocabulary has a long tail like a real archive's.
fn synthetic_release(seed: u64) -> String {
    const RU_STEMS: &[&str] = &[
        "делегаци",
        "встреч",
        "сотрудничеств",
        "област",
        "город",
        "аким",
        "инвестици",
        "проект",
        "форум",
        "соглашени",
        "меморандум",
        "предприяти",
        "развити",
        "экономик",
        "торговл",
        "отношени",
        "стран",
        "регион",
        "президент",
        "правительств",
        "министр",
        "программ",
        "строительств",
        "завод",
        "производств",
        "сельск",
        "хозяйств",
        "туризм",
        "культур",
        "образовани",
        "здравоохранени",
        "школ",
        "больниц",
        "дорог",
        "транспорт",
        "энергетик",
        "газ",
        "вод",
        "электричеств",
        "технологи",
        "цифров",
        "бизнес",
        "предпринимател",
        "компани",
        "партнер",
        "визит",
        "переговор",
        "встретил",
        "обсудил",
        "подписал",
        "отметил",
        "подчеркнул",
        "заявил",
        "сообщил",
        "пригласил",
        "открыт",
        "запуск",
        "выставк",
        "конференци",
        "заседани",
        "совет",
        "комисси",
        "решени",
        "вопрос",
        "задач",
        "цел",
        "результат",
        "показател",
        "рост",
        "объем",
        "прирост",
        "доход",
        "бюджет",
        "средств",
        "финансировани",
        "кредит",
        "банк",
        "рын",
        "экспорт",
        "импорт",
        "продукци",
        "товар",
        "услуг",
        "качеств",
        "стандарт",
        "специалист",
        "работник",
        "молодеж",
        "студент",
        "университет",
        "наук",
        "исследовани",
        "иннова",
        "стратеги",
        "план",
        "этап",
        "период",
        "год",
        "месяц",
        "недел",
        "ден",
        "врем",
        "мест",
        "центр",
        "столиц",
        "провинци",
        "народ",
        "дружб",
        "добрососедств",
        "партнерств",
        "шелков",
        "пут",
        "духовн",
        "тюркск",
        "мир",
        "Туркестан",
        "Китай",
        "Казахстан",
        "Сычуан",
        "Мяньян",
        "Шымкент",
        "Астан",
    ];
    const RU_ENDINGS: &[&str] = &[
        "",
        "а",
        "ы",
        "е",
        "у",
        "ой",
        "ом",
        "ами",
        "ах",
        "ия",
        "ии",
        "ией",
        "ий",
        "ого",
        "ому",
        "ых",
        "ыми",
        "ение",
        "ения",
        "ением",
        "ать",
        "ает",
        "ают",
        "ал",
        "ала",
        "или",
        "ости",
        "ость",
        "ую",
        "ая",
    ];
    const KK_STEMS: &[&str] = &[
        "Түркістан",
        "облыс",
        "әкім",
        "делегация",
        "кездесу",
        "ынтымақтастық",
        "қала",
        "аудан",
        "инвестиция",
        "жоба",
        "форум",
        "келісім",
        "кәсіпорын",
        "даму",
        "экономика",
        "сауда",
        "қарым",
        "қатынас",
        "ел",
        "өңір",
        "Президент",
        "үкімет",
        "министр",
        "бағдарлама",
        "құрылыс",
        "зауыт",
        "өндіріс",
        "ауыл",
        "шаруашылық",
        "туризм",
        "мәдениет",
        "білім",
        "денсаулық",
        "мектеп",
        "аурухана",
        "жол",
        "көлік",
        "энергетика",
        "су",
        "технология",
        "цифрлық",
        "бизнес",
        "кәсіпкер",
        "серіктес",
        "сапар",
        "келіссөз",
        "кездесті",
        "талқылады",
        "қол",
        "қойды",
        "атап",
        "өтті",
        "шақырды",
        "ашылу",
        "көрме",
        "конференция",
        "отырыс",
        "кеңес",
        "шешім",
        "мәселе",
        "міндет",
        "нәтиже",
        "көрсеткіш",
        "өсім",
        "көлем",
        "табыс",
        "бюджет",
        "қаражат",
        "банк",
        "нарық",
        "экспорт",
        "өнім",
        "тауар",
        "қызмет",
        "сапа",
        "маман",
        "жастар",
        "студент",
        "университет",
        "ғылым",
        "зерттеу",
        "стратегия",
        "жоспар",
        "кезең",
        "жыл",
        "ай",
        "апта",
        "күн",
        "уақыт",
        "орын",
        "орталық",
        "астана",
        "провинция",
        "халық",
        "достық",
        "Жібек",
        "жолы",
        "рухани",
        "түркі",
        "әлем",
        "Қытай",
        "Қазақстан",
        "Шымкент",
        "Алматы",
    ];
    const KK_SUFFIXES: &[&str] = &[
        "", "", "да", "дағы", "ға", "ның", "мен", "тар", "тер", "лар", "дар", "ды", "ін", "ы",
        "қа", "дан", "ында", "ының", "сы", "нің", "лері",
    ];
    const EN_WORDS: &[&str] = &[
        "delegation",
        "meeting",
        "cooperation",
        "region",
        "city",
        "governor",
        "investment",
        "project",
        "forum",
        "agreement",
        "memorandum",
        "enterprise",
        "development",
        "economy",
        "trade",
        "relation",
        "country",
        "president",
        "government",
        "minister",
        "programme",
        "construction",
        "plant",
        "production",
        "agriculture",
        "tourism",
        "culture",
        "education",
        "health",
        "school",
        "hospital",
        "road",
        "transport",
        "energy",
        "gas",
        "water",
        "technology",
        "digital",
        "business",
        "entrepreneur",
        "company",
        "partner",
        "visit",
        "negotiation",
        "met",
        "discuss",
        "sign",
        "note",
        "stress",
        "state",
        "report",
        "invite",
        "open",
        "launch",
        "exhibition",
        "conference",
        "session",
        "council",
        "commission",
        "decision",
        "issue",
        "task",
        "goal",
        "result",
        "indicator",
        "growth",
        "volume",
        "income",
        "budget",
        "fund",
        "credit",
        "bank",
        "market",
        "export",
        "import",
        "product",
        "good",
        "service",
        "quality",
        "standard",
        "specialist",
        "youth",
        "student",
        "university",
        "science",
        "research",
        "strategy",
        "plan",
        "stage",
        "year",
        "month",
        "week",
        "day",
        "time",
        "place",
        "centre",
        "capital",
        "province",
        "people",
        "friendship",
        "silk",
        "way",
        "spiritual",
        "Turkic",
        "world",
        "China",
        "Kazakhstan",
        "Turkestan",
        "Sichuan",
        "Mianyang",
    ];
    const EN_SUFFIXES: &[&str] = &["", "", "", "s", "ed", "ing", "es", "al", "ly"];
    const SYLLABLES: &[&str] = &[
        "ка", "ра", "ман", "бек", "жан", "нур", "сул", "тан", "ас", "ан", "ер", "ол", "ай", "гуль",
        "дар", "хан", "ли", "ми", "ян", "чэн", "тай", "ба", "ур", "са", "ке", "мир", "зат", "бол",
        "лат", "ден",
    ];
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut out = String::new();
    let name = |next: &mut dyn FnMut(usize) -> usize, out: &mut String| {
        for _ in 0..2 + next(3) {
            out.push_str(SYLLABLES[next(SYLLABLES.len())]);
        }
    };
    for language in 0..3 {
        for i in 0..400 {
            match next(40) {
                0 => name(&mut next, &mut out),
                1 => out.push_str(&next(3000).to_string()),
                2 => out.push_str(&format!("{},{}", next(1000), next(10))),
                _ => match language {
                    0 => {
                        out.push_str(RU_STEMS[next(RU_STEMS.len())]);
                        out.push_str(RU_ENDINGS[next(RU_ENDINGS.len())]);
                    }
                    1 => {
                        out.push_str(KK_STEMS[next(KK_STEMS.len())]);
                        out.push_str(KK_SUFFIXES[next(KK_SUFFIXES.len())]);
                    }
                    _ => {
                        out.push_str(EN_WORDS[next(EN_WORDS.len())]);
                        out.push_str(EN_SUFFIXES[next(EN_SUFFIXES.len())]);
                    }
                },
            }
            out.push_str(if i % 12 == 11 { ". " } else { " " });
        }
        out.push('\n');
    }
    out
}
