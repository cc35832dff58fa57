//! Sample releases for the export tests and the export bench, written for these tests: a
//! delegation from a Chinese province received at a regional akimat, in Russian and in
//! Kazakh. Typography is applied by hand, as the composer would: no-break spaces after short
//! words and before the dash, a narrow no-break space in thousands.
//!
//! Also the independent readers the tests check exports with: the zip crate + quick-xml for
//! DOCX. Each test crate uses a part of this module.
#![allow(dead_code)]

use std::io::Read;

use pressdesk::document::{Block, Document, FontSpec, Inline, QuoteBlock, Table};
use pressdesk::language::Language;

fn t(s: &str) -> Inline {
    Inline::Text(s.to_string())
}

/// The Russian release: every kind of block and inline run.
pub fn delegation_visit_ru() -> Document {
    Document {
        language: Language::Ru,
        title: "Аким Туркестанской области встретился с\u{a0}делегацией провинции Цзянсу".into(),
        author: "Пресс-служба акимата Туркестанской области".into(),
        font: FontSpec::default(),
        letterhead: None,
        blocks: vec![
            Block::Notice("ЭМБАРГО ДО 28\u{a0}НОЯБРЯ 2026\u{a0}Г., 12:00 ПО\u{a0}АСТАНЕ".into()),
            Block::Headline(
                "Аким Туркестанской области встретился с\u{a0}делегацией провинции Цзянсу".into(),
            ),
            Block::Subheadline(
                "Стороны обсудили тепличные проекты, туризм и\u{a0}поставки через сухой порт"
                    .into(),
            ),
            Block::Dateline("Туркестан, 28\u{a0}ноября 2026\u{a0}г.".into()),
            Block::Lead(vec![
                t("28\u{a0}ноября аким Туркестанской области "),
                Inline::Strong("Ерлан Жаксыбеков".into()),
                t(" принял делегацию китайской провинции Цзянсу во\u{a0}главе с\u{a0}вице-губернатором Ли Минъюем. Гости приехали по\u{a0}приглашению акимата после осенней выставки в\u{a0}Шымкенте."),
            ]),
            Block::Paragraph(vec![t(
                "Аким рассказал гостям, чем регион может быть интересен инвесторам. За\u{a0}десять месяцев 2026\u{a0}года в\u{a0}экономику области вложено 412,6\u{a0}млрд тенге, на\u{a0}14,2\u{a0}% больше, чем годом ранее. Больше всего средств пришло в\u{a0}переработку хлопка, строительство и\u{a0}гостиничное дело.",
            )]),
            Block::Paragraph(vec![
                t("Отдельно говорили о\u{a0}проекте "),
                Inline::Emphasis("«Жасыл алқап»".into()),
                t("\u{a0}— тепличном комплексе на\u{a0}50\u{a0}га под\u{a0}Кентау, который рассчитан на\u{a0}1\u{202f}200 рабочих мест. Подробности\u{a0}— на\u{a0}сайте "),
                Inline::Link {
                    text: "akimat.example.kz".into(),
                    url: "https://akimat.example.kz/news?id=42&lang=ru".into(),
                },
                t("."),
                Inline::LineBreak,
                t("Презентацию проекта пресс-служба направит по\u{a0}запросу."),
            ]),
            Block::Quote(QuoteBlock {
                attribution_first: false,
                quote: "«Нам важно, чтобы компании из\u{a0}Цзянсу не\u{a0}только продавали нам технику, но\u{a0}и\u{a0}ставили заводы здесь, рядом с\u{a0}сырьём. Земля, электричество и\u{a0}обученные люди у\u{a0}области есть»,".into(),
                attribution: "\u{a0}— отметил Ерлан Жаксыбеков.".into(),
            }),
            Block::Quote(QuoteBlock {
                attribution_first: true,
                quote: "«Весной мы пришлём группу агрономов. Сначала обменяемся опытом, потом перейдём к\u{a0}совместным предприятиям»."
                    .into(),
                attribution: "Ли Минъюй ответил: ".into(),
            }),
            Block::Table(Table {
                numeric: Vec::new(),
                caption: "Торговля Туркестанской области с\u{a0}провинцией Цзянсу".into(),
                header: vec![
                    "Показатель".into(),
                    "2025".into(),
                    "2026, январь–октябрь".into(),
                    "Изменение".into(),
                ],
                rows: vec![
                    vec!["Товарооборот, млн долл.".into(), "186,4".into(), "203,9".into(), "+9,4\u{a0}%".into()],
                    vec!["Экспорт, млн долл.".into(), "71,2".into(), "88,5".into(), "+24,3\u{a0}%".into()],
                    vec!["Импорт, млн долл.".into(), "115,2".into(), "115,4".into(), "+0,2\u{a0}%".into()],
                    vec!["Совместные предприятия".into(), "17".into(), "23".into(), "+6".into()],
                ],
            }),
            Block::Paragraph(vec![t(
                "По\u{a0}итогам встречи стороны подписали меморандум о\u{a0}сотрудничестве и\u{a0}договорились провести в\u{a0}2027\u{a0}году деловой форум в\u{a0}Нанкине.",
            )]),
            Block::SectionHeading("Справка".into()),
            Block::Paragraph(vec![t(
                "Провинция Цзянсу лежит на\u{a0}востоке Китая, в\u{a0}ней живёт более 85\u{a0}млн человек. Туркестанская область ведёт с\u{a0}ней дела с\u{a0}2019\u{a0}года.",
            )]),
            Block::Signature("Пресс-служба акимата Туркестанской области".into()),
            Block::Contacts(vec![
                "Тел.: +7\u{a0}725\u{a0}000-00-00".into(),
                "E-mail: press@akimat.example.kz".into(),
            ]),
            Block::EndMark("###".into()),
        ],
    }
}

/// The Kazakh version of the same release.
pub fn delegation_visit_kk() -> Document {
    Document {
        language: Language::Kk,
        title: "Облыс әкімі Цзянсу провинциясының делегациясын қабылдады".into(),
        author: "Түркістан облысы әкімдігінің баспасөз қызметі".into(),
        font: FontSpec::default(),
        letterhead: None,
        blocks: vec![
            Block::Headline("Облыс әкімі Цзянсу провинциясының делегациясын қабылдады".into()),
            Block::Dateline("Түркістан, 2026\u{a0}ж. 28\u{a0}қараша".into()),
            Block::Lead(vec![t(
                "Түркістан облысының әкімі Ерлан Жақсыбеков Қытайдың Цзянсу провинциясынан келген делегацияны қабылдады. Делегацияны вице-губернатор Ли Минъюй бастап келді.",
            )]),
            Block::Paragraph(vec![t(
                "Кездесуде тараптар жылыжай кешенін салу, туризм және құрғақ порт арқылы жүк тасымалдау мәселелерін талқылады. Биылғы он айда облыс экономикасына 412,6\u{a0}млрд теңге инвестиция тартылған.",
            )]),
            Block::Quote(QuoteBlock {
                attribution_first: false,
                quote: "«Цзянсу компаниялары бізге тек техника сатып қана қоймай, зауыттарын осында, шикізаттың қасында салғанын қалаймыз»,".into(),
                attribution: "\u{a0}— деді Ерлан Жақсыбеков.".into(),
            }),
            Block::Table(Table {
                numeric: Vec::new(),
                caption: "Цзянсу провинциясымен сауда".into(),
                header: vec!["Көрсеткіш".into(), "2025".into(), "2026".into()],
                rows: vec![
                    vec!["Тауар айналымы, млн доллар".into(), "186,4".into(), "203,9".into()],
                    vec!["Бірлескен кәсіпорындар".into(), "17".into(), "23".into()],
                ],
            }),
            Block::Signature("Түркістан облысы әкімдігінің баспасөз қызметі".into()),
            Block::Contacts(vec!["Тел.: +7\u{a0}725\u{a0}000-00-00".into()]),
        ],
    }
}

/// The Russian release grown to at least `words` words by repeating its body paragraphs
/// before the signature: the size the benches measure.
pub fn release_of_words(words: usize) -> Document {
    let mut doc = delegation_visit_ru();
    let body: Vec<Block> = doc
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Paragraph(_) | Block::Quote(_)))
        .cloned()
        .collect();
    let signature_at = doc
        .blocks
        .iter()
        .position(|b| matches!(b, Block::SectionHeading(_)))
        .unwrap_or(doc.blocks.len());
    let mut extra = Vec::new();
    let mut next = 0;
    while doc.word_count() + extra_words(&extra) < words {
        extra.push(body[next % body.len()].clone());
        next += 1;
    }
    doc.blocks.splice(signature_at..signature_at, extra);
    doc
}

fn extra_words(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| {
            b.plain_text()
                .split(char::is_whitespace)
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        })
        .sum()
}

/// The words of a document in reading order, as a reader would list them.
pub fn words(doc: &Document) -> Vec<String> {
    doc.blocks
        .iter()
        .flat_map(|b| {
            b.plain_text()
                .split(char::is_whitespace)
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Asserts that every word appears in `haystack`, in order.
pub fn assert_words_in_order(haystack: &str, words: &[String]) {
    let mut from = 0;
    for word in words {
        match haystack[from..].find(word.as_str()) {
            Some(at) => from += at + word.len(),
            None => panic!(
                "word {word:?} missing (or out of order) after byte {from}; text there: {:?}",
                haystack[from..].chars().take(120).collect::<String>()
            ),
        }
    }
}

/// One part of a ZIP package, as text.
pub fn zip_part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("DOCX is a ZIP");
    let mut file = archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} missing"));
    let mut text = String::new();
    file.read_to_string(&mut text).expect("part is UTF-8");
    text
}

/// A paragraph of word/document.xml as an independent reader sees it.
#[derive(Debug, Default, Clone)]
pub struct DocxParagraph {
    pub style: Option<String>,
    /// Text with `w:br` as `\n` and `w:tab` as `\t`.
    pub text: String,
    pub in_table: bool,
}

/// Panics unless every character of `xml` is allowed by XML 1.0.
pub fn assert_xml_chars_legal(xml: &str) {
    for (at, c) in xml.char_indices() {
        let n = c as u32;
        let legal = matches!(c, '\t' | '\n' | '\r')
            || (0x20..=0xD7FF).contains(&n)
            || (0xE000..=0xFFFD).contains(&n)
            || (0x10000..=0x10FFFF).contains(&n);
        assert!(legal, "illegal XML character U+{n:04X} at byte {at}");
    }
}

/// Reads word/document.xml with quick-xml: fails on malformed XML, illegal characters or an
/// unknown entity; returns the paragraphs.
pub fn docx_paragraphs(document_xml: &str) -> Vec<DocxParagraph> {
    use quick_xml::Reader;
    use quick_xml::events::Event;

    assert_xml_chars_legal(document_xml);
    let mut reader = Reader::from_str(document_xml);
    reader.config_mut().check_end_names = true;
    let mut out = Vec::new();
    let mut current: Option<DocxParagraph> = None;
    let mut in_text = false;
    let mut in_run = false;
    let mut table_depth = 0usize;
    loop {
        let event = reader.read_event().expect("well-formed document.xml");
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "w:tbl" => {
                table_depth += 1;
            }
            Event::Start(e) if e.name().as_ref() == "w:p" => {
                current = Some(DocxParagraph {
                    in_table: table_depth > 0,
                    ..Default::default()
                });
            }
            Event::Start(e) if e.name().as_ref() == "w:r" => in_run = true,
            Event::Start(e) if e.name().as_ref() == "w:t" => in_text = true,
            Event::Empty(e) => {
                let name = e.name();
                let p = current.as_mut();
                match (name.as_ref(), p) {
                    ("w:pStyle", Some(p)) => {
                        let value = e
                            .try_get_attribute("w:val")
                            .ok()
                            .flatten()
                            .and_then(|a| {
                                a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok()
                            })
                            .map(|v| v.into_owned());
                        p.style = value;
                    }
                    ("w:br", Some(p)) if in_run => p.text.push('\n'),
                    ("w:tab", Some(p)) if in_run => p.text.push('\t'),
                    _ => {}
                }
            }
            Event::Text(e) if in_text => {
                if let Some(p) = current.as_mut() {
                    // Names keep their hyphen unbroken (U+2011); a reader sees a hyphen.
                    p.text.push_str(&e.xml10_content().replace('\u{2011}', "-"));
                }
            }
            Event::GeneralRef(r) if in_text => {
                let c = match r.resolve_char_ref().expect("valid char ref") {
                    Some(c) => c,
                    None => match r.as_ref() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => panic!("unknown entity {other:?}"),
                    },
                };
                if let Some(p) = current.as_mut() {
                    p.text.push(c);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_text = false,
                "w:r" => in_run = false,
                "w:tbl" => table_depth = table_depth.saturating_sub(1),
                "w:p" => out.extend(current.take()),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// All paragraph text of a DOCX, one paragraph per line.
pub fn docx_text(bytes: &[u8]) -> String {
    docx_paragraphs(&zip_part(bytes, "word/document.xml"))
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}
