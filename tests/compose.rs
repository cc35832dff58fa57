//! What the composer makes of a release: the order of blocks, quotes with the language's
//! attribution, figures written as sentences and as a table, embargo and signature.

use std::path::Path;
use std::str::FromStr;

use pressdesk::document::{Block, QuoteBlock};
use pressdesk::language::units::{Quantity, Scale, Unit};
use pressdesk::release::{AttributionStyle, Change, Quote, Statistic, StatisticPart};
use pressdesk::{Document, Language, Localized, Profile, Release, compose};
use rust_decimal::Decimal;

fn fixture(name: &str) -> Release {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/releases")
        .join(name);
    pressdesk::storage::load_release(&path).unwrap()
}

fn profile() -> Profile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/profile.ron");
    pressdesk::storage::load_profile(&path).unwrap()
}

fn quotes(doc: &Document) -> Vec<&QuoteBlock> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Quote(q) => Some(q),
            _ => None,
        })
        .collect()
}

fn plain(doc: &Document) -> String {
    doc.blocks
        .iter()
        .map(Block::plain_text)
        .collect::<Vec<_>>()
        .join("\n")
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn quote(speaker: &str, text: &str, verb: &str, after: usize) -> Quote {
    Quote {
        speaker: speaker.into(),
        speaker_as: String::new(),
        text: text.into(),
        verb: verb.into(),
        after_paragraph: after,
        attribution: AttributionStyle::After,
    }
}

#[test]
fn blocks_come_in_the_order_of_a_release() {
    let doc = compose(
        &fixture("delegation-visit-ru.ron"),
        Language::Ru,
        &profile(),
    )
    .unwrap();
    let kinds: Vec<&str> = doc
        .blocks
        .iter()
        .map(|b| match b {
            Block::Notice(_) => "notice",
            Block::Headline(_) => "headline",
            Block::Subheadline(_) => "subheadline",
            Block::Dateline(_) => "dateline",
            Block::Lead(_) => "lead",
            Block::Paragraph(_) => "paragraph",
            Block::Quote(_) => "quote",
            Block::Table(_) => "table",
            Block::SectionHeading(_) => "section",
            Block::Signature(_) => "signature",
            Block::Contacts(_) => "contacts",
            Block::EndMark(_) => "end",
            Block::Photo(_) => "photo",
        })
        .collect();
    assert_eq!(kinds[0], "headline");
    let pos = |kind: &str| kinds.iter().position(|k| *k == kind).unwrap();
    assert!(pos("dateline") < pos("lead"));
    assert!(pos("lead") < pos("quote"));
    assert!(pos("quote") < pos("signature"));
    assert_eq!(kinds.last(), Some(&"contacts"));
    assert_eq!(doc.author, "Акимат Туркестанской области");
    assert!(!doc.title.is_empty() && !doc.title.contains('\n'));
}

#[test]
fn russian_quote_takes_comma_nbsp_em_dash_attribution() {
    let mut release = fixture("delegation-visit-ru.ron");
    let version = release.version_mut(Language::Ru).unwrap();
    version.quotes = vec![quote(
        "official",
        "Добро пожаловать в Туркестан.",
        "отметил",
        0,
    )];
    let doc = compose(&release, Language::Ru, &profile()).unwrap();
    let q = quotes(&doc)[0];
    assert_eq!(q.quote, "«Добро пожаловать в\u{a0}Туркестан»,");
    assert_eq!(q.attribution, "\u{a0}— отметил Дархан Сатыбалды.");
    assert_eq!(
        q.full_text(),
        "«Добро пожаловать в\u{a0}Туркестан»,\u{a0}— отметил Дархан Сатыбалды."
    );
}

#[test]
fn question_keeps_its_mark_and_speaker_can_be_named_by_role() {
    let mut release = fixture("delegation-visit-ru.ron");
    let version = release.version_mut(Language::Ru).unwrap();
    let mut asked = quote(
        "official",
        "Почему бы не начать уже в этом году?",
        "добавил",
        0,
    );
    asked.speaker_as = "глава области".into();
    version.quotes = vec![asked];
    let q = compose(&release, Language::Ru, &profile()).unwrap();
    let q = quotes(&q)[0].full_text();
    assert!(q.starts_with("«Почему"), "{q}");
    assert!(q.ends_with("году?»\u{a0}— добавил глава области."), "{q}");
}

#[test]
fn english_and_kazakh_attributions_follow_their_languages() {
    let release = fixture("delegation-visit-en.ron");
    let doc = compose(&release, Language::En, &profile()).unwrap();
    let q = quotes(&doc)[0];
    assert!(
        q.quote.starts_with('“') && q.quote.ends_with(",”"),
        "{}",
        q.quote
    );
    assert!(
        q.attribution.starts_with(" said ") || q.attribution.starts_with(" added "),
        "{}",
        q.attribution
    );

    let release = fixture("delegation-visit-kk.ron");
    let doc = compose(&release, Language::Kk, &profile()).unwrap();
    let q = quotes(&doc)[0];
    assert!(
        q.quote.starts_with('«') && q.quote.ends_with("»,"),
        "{}",
        q.quote
    );
    assert!(
        q.attribution.starts_with("\u{a0}— деді"),
        "{}",
        q.attribution
    );
}

#[test]
fn attribution_before_the_quote_ends_the_sentence_after_the_marks() {
    let mut release = fixture("delegation-visit-ru.ron");
    let version = release.version_mut(Language::Ru).unwrap();
    let mut q = quote("official", "Мы готовы к работе.", "отметил", 0);
    q.attribution = AttributionStyle::Before;
    version.quotes = vec![q];
    let doc = compose(&release, Language::Ru, &profile()).unwrap();
    assert_eq!(
        quotes(&doc)[0].full_text(),
        "Дархан Сатыбалды отметил: «Мы\u{a0}готовы к\u{a0}работе»."
    );
}

#[test]
fn quotes_stand_after_the_paragraph_they_name_and_empty_ones_are_left_out() {
    let mut release = fixture("delegation-visit-ru.ron");
    let version = release.version_mut(Language::Ru).unwrap();
    assert!(version.paragraphs.len() >= 2);
    let first = version.paragraphs[0].text.clone();
    version.quotes = vec![
        quote("official", "Вторая цитата", "добавил", 1),
        quote("official", "", "отметил", 0),
        quote("official", "Слишком далеко", "сказал", 99),
    ];
    let doc = compose(&release, Language::Ru, &profile()).unwrap();
    assert_eq!(quotes(&doc).len(), 2, "the empty quote is not printed");
    let index_of = |needle: &str| {
        doc.blocks
            .iter()
            .position(|b| b.plain_text().contains(needle))
            .unwrap()
    };
    let first_words: String = first
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    let first_paragraph = index_of(first_words.split(' ').next().unwrap());
    assert_eq!(index_of("Вторая цитата"), first_paragraph + 1);
    let last_paragraph_text = release
        .version(Language::Ru)
        .unwrap()
        .paragraphs
        .last()
        .unwrap();
    let last_word = last_paragraph_text.text.split_whitespace().next().unwrap();
    assert!(index_of("Слишком далеко") > index_of(last_word));
}

fn turnover() -> Statistic {
    Statistic {
        label: Localized::from_pairs([
            (Language::Ru, "товарооборот области с Китаем"),
            (Language::Kk, "облыстың Қытаймен тауар айналымы"),
            (Language::En, "the region’s trade with China"),
        ]),
        label_gender: None,
        value: d("148.9"),
        quantity: Quantity {
            scale: Scale::Million,
            unit: Unit::UsDollar,
        },
        period: Localized::from_pairs([
            (Language::Ru, "за 2024 год"),
            (Language::Kk, "2024 жылы"),
            (Language::En, "in 2024"),
        ]),
        parts: vec![
            StatisticPart {
                label: Localized::from_pairs([
                    (Language::Ru, "экспорт"),
                    (Language::Kk, "экспорт"),
                    (Language::En, "exports"),
                ]),
                value: d("60.09"),
            },
            StatisticPart {
                label: Localized::from_pairs([
                    (Language::Ru, "импорт"),
                    (Language::Kk, "импорт"),
                    (Language::En, "imports"),
                ]),
                value: d("88.9"),
            },
        ],
        change: Some(Change {
            percent: d("11"),
            compared_with: Localized::from_pairs([
                (Language::Ru, "по сравнению с 2023 годом"),
                (Language::Kk, "2023 жылмен салыстырғанда"),
                (Language::En, "on 2023"),
            ]),
            previous_value: None,
        }),
        in_table: true,
        qualifier: None,
        placement: Default::default(),
    }
}

#[test]
fn figures_read_as_sentences_in_each_language_with_typed_precision() {
    let mut release = fixture("delegation-visit-ru.ron");
    release.statistics = vec![turnover()];
    let ru = plain(&compose(&release, Language::Ru, &profile()).unwrap());
    assert!(
        ru.contains("Товарооборот области"),
        "label capitalised: {ru}"
    );
    assert!(
        ru.contains("148,9\u{a0}млн\u{a0}долларов США (экспорт"),
        "{ru}"
    );
    assert!(ru.contains("импорт\u{a0}— 88,9\u{a0}млн"), "{ru}");
    assert!(ru.contains("60,09\u{a0}млн"), "two decimals kept: {ru}");
    assert!(ru.contains("рост"), "{ru}");

    let en = {
        let mut release = fixture("delegation-visit-en.ron");
        release.statistics = vec![turnover()];
        plain(&compose(&release, Language::En, &profile()).unwrap())
    };
    assert!(
        en.contains("In 2024, the region’s trade with China totalled USD\u{a0}148.9\u{a0}million"),
        "{en}"
    );
    assert!(en.contains("up 11%"), "{en}");

    let kk = {
        let mut release = fixture("delegation-visit-kk.ron");
        release.statistics = vec![turnover()];
        plain(&compose(&release, Language::Kk, &profile()).unwrap())
    };
    assert!(
        kk.contains("148,9\u{a0}млн\u{a0}АҚШ долларын құрап"),
        "{kk}"
    );
    assert!(kk.contains("пайызға өсті"), "{kk}");
}

#[test]
fn falling_figure_says_so() {
    let mut release = fixture("delegation-visit-ru.ron");
    let mut stat = turnover();
    stat.change.as_mut().unwrap().percent = d("-4.5");
    release.statistics = vec![stat];
    let ru = plain(&compose(&release, Language::Ru, &profile()).unwrap());
    assert!(ru.contains("снижение\u{a0}— 4,5\u{a0}%"), "{ru}");
    assert!(!ru.contains("рост\u{a0}—"), "{ru}");
}

#[test]
fn table_lists_marked_figures_with_their_parts() {
    let mut release = fixture("delegation-visit-ru.ron");
    release.statistics = vec![turnover()];
    let doc = compose(&release, Language::Ru, &profile()).unwrap();
    let table = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .expect("a table");
    assert_eq!(table.header, ["Показатель", "Значение", "Изменение"]);
    assert_eq!(table.rows.len(), 3, "the figure and its two parts");
    assert_eq!(table.rows[0][2], "+11\u{a0}%");
    let (label, period) = table.rows[0][0]
        .split_once('\n')
        .expect("period under the label");
    assert!(
        label.starts_with("Товарооборот"),
        "a row starts with a capital"
    );
    assert_eq!(
        period.replace('\u{a0}', " "),
        release.statistics[0].period.get(Language::Ru)
    );
    assert!(table.rows[1][0].contains("экспорт"));
    assert!(
        !table.rows[1][0].contains('\n'),
        "a part has its total's period"
    );
    // The number stays with its scale; the currency may wrap in a narrow cell.
    assert!(
        table.rows[1][1].contains("\u{a0}млн "),
        "{:?}",
        table.rows[1][1]
    );
    assert_eq!(table.numeric, [false, true, true]);

    // No figure has a change: no empty «Изменение» column.
    release.statistics[0].change = None;
    let doc = compose(&release, Language::Ru, &profile()).unwrap();
    let Some(Block::Table(table)) = doc.blocks.iter().find(|b| matches!(b, Block::Table(_))) else {
        panic!("a table");
    };
    assert_eq!(table.header, ["Показатель", "Значение"]);
    assert!(table.rows.iter().all(|r| r.len() == 2));
    assert_eq!(table.numeric, [false, true]);

    let mut no_table = profile();
    no_table.statistics_table = false;
    let doc = compose(&release, Language::Ru, &no_table).unwrap();
    assert!(!doc.blocks.iter().any(|b| matches!(b, Block::Table(_))));
}

#[test]
fn embargo_leads_the_document_in_every_language() {
    for (file, lang, words) in [
        ("delegation-visit-ru.ron", Language::Ru, "ЭМБАРГО ДО"),
        ("delegation-visit-kk.ron", Language::Kk, "ДЕЙІН ЭМБАРГО"),
        ("delegation-visit-en.ron", Language::En, "EMBARGOED UNTIL"),
    ] {
        let mut release = fixture(file);
        release.embargo = Some("2026-12-01T10:00:00+05:00[Asia/Almaty]".parse().unwrap());
        let doc = compose(&release, lang, &profile()).unwrap();
        match &doc.blocks[0] {
            Block::Notice(text) => {
                assert!(text.contains(words), "{text}");
                assert!(
                    text.contains("10:00") && text.contains("UTC+05:00"),
                    "{text}"
                );
            }
            other => panic!("first block is {other:?}"),
        }
    }
}

#[test]
fn own_signature_wins_over_the_profile_and_missing_version_is_an_error() {
    let mut release = fixture("delegation-visit-ru.ron");
    release.version_mut(Language::Ru).unwrap().signature = "Отдел внутренней политики".into();
    let doc = compose(&release, Language::Ru, &profile()).unwrap();
    assert!(
        doc.blocks
            .contains(&Block::Signature("Отдел внутренней политики".into()))
    );

    let error = compose(&release, Language::Kk, &profile()).unwrap_err();
    assert_eq!(error.to_string(), "the release has no kk version");
}

#[test]
fn line_breaks_typed_in_a_paragraph_survive_as_breaks() {
    let mut release = fixture("blank-ru.ron");
    let version = release.version_mut(Language::Ru).unwrap();
    version.paragraphs = vec![pressdesk::release::DraftText::typed(
        "Первая строка\nвторая строка",
    )];
    let doc = compose(&release, Language::Ru, &profile()).unwrap();
    let has_break = doc.blocks.iter().any(|b| match b {
        Block::Paragraph(runs) => runs.contains(&pressdesk::Inline::LineBreak),
        _ => false,
    });
    assert!(has_break);
}

#[test]
fn word_count_counts_words_not_punctuation() {
    let mut release = fixture("blank-ru.ron");
    let version = release.version_mut(Language::Ru).unwrap();
    version.headline = pressdesk::release::DraftText::typed("Три слова здесь");
    version.lead = pressdesk::release::DraftText::typed("Ещё два — и всё.");
    version.paragraphs.clear();
    version.quotes.clear();
    version.background = Default::default();
    version.dateline = Default::default();
    version.signature = " ".into();
    let bare = Profile {
        signature: Localized::new(),
        ..Profile::default()
    };
    release.statistics.clear();
    let doc = compose(&release, Language::Ru, &bare).unwrap();
    assert_eq!(doc.word_count(), 7, "{:?}", doc.blocks);
}
