//! Past releases brought into the archive from the files an office already has (.docx,
//! .odt, .txt, .md, .html, .eml): the headline, the date, the language or languages, the
//! paragraphs, direct quotes and the people they name ([`quotes`]), tables of figures as
//! statistics ([`tables`]). The original file is kept beside the archive (`originals/`,
//! named by its text), which is also how a text imported twice is known and skipped.
//!
//! What an import cannot know it leaves out rather than guesses: no facts, no template's
//! drafts. The release is a «blank» one marked sent, searchable like any other and ready
//! to start a new release from.

pub mod quotes;
pub mod tables;

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use jiff::civil::Date;
use sha2::{Digest, Sha256};

use super::store::Archive;
use crate::checks::any_text::{TextDocument, TextFileError, document_of};
use crate::compose::{background_heading, table_heading};
use crate::language::{self, Language, dates};
use crate::release::{Dateline, DraftText, Imported, LanguageVersion, Release, Status};
use crate::storage::{self, StorageError};
use quotes::{link_speakers, quote_in};

/// The folder beside the releases where imported files are kept as they were.
pub const ORIGINALS: &str = "originals";

/// The kinds of file an import reads, by extension.
pub const EXTENSIONS: [&str; 7] = ["docx", "odt", "txt", "md", "html", "htm", "eml"];

/// What became of one file.
#[derive(Debug)]
pub enum Outcome {
    /// Imported as the release at this path, with this headline.
    Imported { path: PathBuf, headline: String },
    /// The same text was imported before (from the file named).
    Duplicate { earlier: String },
}

/// Why a file could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Unreadable(TextFileError),
    #[error("there is no text in it")]
    Empty,
    #[error("{0}")]
    NotSaved(StorageError),
}

impl ImportError {
    pub fn in_language(&self, ui: Language) -> String {
        match self {
            ImportError::Unreadable(error) => error.in_language(ui),
            ImportError::Empty => say!(ui,
                ru: "в файле нет текста",
                kk: "файлда мәтін жоқ",
                en: "there is no text in it",
            ),
            ImportError::NotSaved(error) => error.in_language(ui),
        }
    }
}

/// The files under `paths` an import would read: files as given, folders searched
/// through (hidden ones skipped), in name order.
pub fn files_under(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(path)
                .map(|entries| entries.flatten().map(|e| e.path()).collect())
                .unwrap_or_default();
            inside.retain(|p| {
                !p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'))
            });
            inside.sort();
            found.extend(
                files_under(&inside)
                    .into_iter()
                    .filter(|p| is_importable(p)),
            );
        } else {
            found.push(path.clone());
        }
    }
    found
}

/// Whether an import reads files with this one's extension.
pub fn is_importable(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Imports the file at `path` into `archive`.
pub fn import_file(archive: &Archive, path: &Path) -> Result<Outcome, ImportError> {
    let bytes = std::fs::read(path)
        .map_err(|e| ImportError::Unreadable(TextFileError::Unreadable(path.to_path_buf(), e)))?;
    let document = plain(&document_of(path, &bytes).map_err(ImportError::Unreadable)?);
    if document.paragraphs.is_empty() {
        return Err(ImportError::Empty);
    }
    let hash = text_hash(&document.paragraphs);
    let originals = archive.root().join(ORIGINALS);
    let id = id_of_text(&hash);
    let duplicate = || Outcome::Duplicate {
        earlier: original_named(&originals, &hash).unwrap_or_else(|| format!("{id}")),
    };
    if archive.holds(id) {
        return Ok(duplicate());
    }
    let file_date = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| Timestamp::try_from(t).ok());
    let original_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_else(|| "txt".into());
    let stored = format!("{hash}.{extension}");
    let mut release = release_of(&document, file_date);
    release.id = id;
    release.imported = Some(Imported {
        file: stored,
        original_name,
        text: hash.clone(),
    });
    let headline = release
        .versions
        .first()
        .map(|v| v.headline.text.clone())
        .unwrap_or_default();
    // The original first: a release that names a file not there would be worse than an
    // original without its release, which the next import of it completes (the release's
    // id comes from the text, so "already imported" means the release is there).
    std::fs::create_dir_all(&originals).map_err(|e| {
        ImportError::NotSaved(StorageError::Io {
            path: originals.clone(),
            source: std::sync::Arc::new(e),
        })
    })?;
    let kept = release.imported.as_ref().map_or("", |i| i.file.as_str());
    storage::write_atomic(&originals.join(kept), &bytes).map_err(ImportError::NotSaved)?;
    match archive.save_new(&release) {
        Ok((path, _)) => Ok(Outcome::Imported { path, headline }),
        // Another import of the same text (a second window, a colleague) was quicker.
        Err(_) if archive.holds(id) => Ok(duplicate()),
        Err(error) => Err(ImportError::NotSaved(error)),
    }
}

/// The id of the release imported from a text: made from the text's identity, so the same
/// text is one release however often it is imported, and an import cut short is completed
/// by the next one instead of being taken for done.
fn id_of_text(hash: &str) -> uuid::Uuid {
    let mut bytes = [0u8; 16];
    for (i, byte) in bytes.iter_mut().enumerate() {
        *byte = hash
            .get(i * 2..i * 2 + 2)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .unwrap_or(0);
    }
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

/// The text as one typed in the window: no-break spaces and hyphens as plain ones, since
/// the typography sets them again at export.
fn plain(document: &TextDocument) -> TextDocument {
    let plain = |text: &String| {
        text.replace(['\u{a0}', '\u{202f}', '\u{2007}'], " ")
            .replace('\u{2011}', "-")
    };
    TextDocument {
        paragraphs: document.paragraphs.iter().map(plain).collect(),
        tables: (document.tables.iter())
            .map(|table| {
                table
                    .iter()
                    .map(|row| row.iter().map(plain).collect())
                    .collect()
            })
            .collect(),
    }
}

/// The text's identity: the first 32 hex digits of the SHA-256 of its paragraphs, spaces
/// folded, so the same release saved as .docx and as .txt is one text.
fn text_hash(paragraphs: &[String]) -> String {
    let mut hasher = Sha256::new();
    for paragraph in paragraphs {
        let folded: Vec<&str> = paragraph.split_whitespace().collect();
        hasher.update(folded.join(" ").as_bytes());
        hasher.update(b"\n");
    }
    hasher.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The original already kept for this text, by its file name.
fn original_named(originals: &Path, hash: &str) -> Option<String> {
    std::fs::read_dir(originals)
        .ok()?
        .flatten()
        .find_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.split('.')
                .next()
                .is_some_and(|stem| stem == hash)
                .then_some(name)
        })
}

/// A text as a release: headline, lead and body per language, quotes and their speakers,
/// tables' figures. A text with a second language in a block of its own (a Kazakh release
/// followed by its Russian version) becomes two linked versions; a few words of another
/// language inside one text stay where they are. Dated from the text, else `file_date`.
/// Any text at all gives a release (tests/fuzz_inputs.rs).
pub fn release_of(document: &TextDocument, file_date: Option<Timestamp>) -> Release {
    let document = plain(document);
    let paragraphs = &document.paragraphs;
    let date = paragraphs.iter().take(4).find_map(|p| date_in_text(p));
    let blocks = language_blocks(paragraphs);
    let main = blocks.first().map_or(Language::Ru, |(lang, _)| *lang);
    let from_tables = tables::read_tables(&document.tables, main);
    let mut versions: Vec<LanguageVersion> = blocks
        .into_iter()
        .map(|(lang, texts)| version_from(lang, &texts, !from_tables.statistics.is_empty()))
        .collect();
    if let Some(original) = versions.first_mut() {
        // A table that is not one of figures keeps its rows, after the text.
        (original.paragraphs).extend(from_tables.paragraphs.into_iter().map(DraftText::typed));
    }
    let stamp = date
        // Noon, so the day is the same on every continent's calendar.
        .and_then(|d| d.at(12, 0, 0, 0).in_tz("UTC").ok())
        .map(|z| z.timestamp())
        .or(file_date)
        .unwrap_or_else(Timestamp::now);
    let mut release = Release {
        id: uuid::Uuid::new_v4(),
        status: Status::Sent,
        created: stamp,
        modified: stamp,
        statistics: from_tables.statistics,
        ..Release::of_texts(versions)
    };
    link_speakers(&mut release);
    release
}

/// The paragraphs in runs of one language. A run becomes a version of its own only when it
/// is long (three paragraphs or more) and its language has no other run; otherwise its
/// paragraphs join the text's main language.
fn language_blocks(paragraphs: &[String]) -> Vec<(Language, Vec<String>)> {
    let mut runs: Vec<(Language, Vec<String>)> = Vec::new();
    for (paragraph, lang) in paragraphs.iter().zip(language::of_paragraphs(paragraphs)) {
        match runs.last_mut() {
            Some((last, texts)) if *last == lang => texts.push(paragraph.clone()),
            _ => runs.push((lang, vec![paragraph.clone()])),
        }
    }
    // The longest run's language; of equals, the first (the original comes first).
    let mut main = (Language::Ru, 0);
    for (lang, texts) in &runs {
        if texts.len() > main.1 {
            main = (*lang, texts.len());
        }
    }
    let main = main.0;
    let separate: Vec<Language> = [Language::Ru, Language::Kk, Language::En]
        .into_iter()
        .filter(|&lang| {
            let own: Vec<&(Language, Vec<String>)> =
                runs.iter().filter(|(l, _)| *l == lang).collect();
            own.len() == 1 && own[0].1.len() >= 3
        })
        .collect();
    let mut blocks: Vec<(Language, Vec<String>)> = Vec::new();
    for (lang, texts) in runs {
        let lang = if lang == main || separate.contains(&lang) {
            lang
        } else {
            main
        };
        match blocks.iter_mut().find(|(l, _)| *l == lang) {
            Some((_, all)) => all.extend(texts),
            None => blocks.push((lang, texts)),
        }
    }
    // The main language first, as the original is.
    blocks.sort_by_key(|(lang, _)| *lang != main);
    blocks
}

/// One version: the first paragraph is the headline when it reads as one (short, no full
/// stop at its end); a short line with a date after it the dateline («Туркестан, 18
/// сентября 2025 г.»); the next the lead, the rest the body, up to a «Справка» heading,
/// after which is the background. A date stated in the lead
/// («Туркестан, 20 января 2025 года. …») stays there: a dateline line added above it would
/// say it twice. (The release is dated by either.)
fn version_from(lang: Language, texts: &[String], with_figures: bool) -> LanguageVersion {
    let mut version = LanguageVersion::empty(lang);
    let (texts, signature, contacts) = sign_off(texts);
    version.signature = signature;
    version.contacts = contacts;
    let mut rest = texts.iter().peekable();
    let first = texts.first().map(String::as_str).unwrap_or("");
    if first.chars().count() <= 200 && !first.trim_end().ends_with('.') {
        version.headline = DraftText::typed(first);
        rest.next();
    }
    if let Some(line) = rest.peek()
        && let Some(dateline) = dateline_in(line)
    {
        version.dateline = dateline;
        rest.next();
    }
    if let Some(lead) = rest.next() {
        version.lead = DraftText::typed(lead.as_str());
    }
    let heading = |paragraph: &str, words: &str| {
        paragraph.trim().trim_end_matches(':').to_lowercase() == words.to_lowercase()
    };
    while let Some(paragraph) = rest.next() {
        // «Справка» and what follows it: the background, set under its heading again.
        if heading(paragraph, background_heading(lang)) {
            let background: Vec<&str> = rest.by_ref().map(String::as_str).collect();
            version.background = DraftText::typed(background.join("\n\n"));
            break;
        }
        // The statistics table's own heading, when its figures became statistics: the
        // page sets it above the table again.
        if with_figures && heading(paragraph, table_heading(lang)) {
            continue;
        }
        match quote_in(paragraph, lang, version.paragraphs.len()) {
            Some(quote) => version.quotes.push(quote),
            None => version
                .paragraphs
                .push(DraftText::typed(paragraph.as_str())),
        }
    }
    version
}

/// The press service's sign-off at a text's end, apart from the text: its contact lines
/// (a phone, an address, a site) and the signature just above them («Пресс-служба
/// акимата…», «…баспасөз қызметі», "Press service of …"), so the page sets them as the
/// signature and contacts again. Nothing is taken for one that does not read as one.
fn sign_off(texts: &[String]) -> (&[String], String, String) {
    let is_contact = |p: &str| {
        let lower = p.to_lowercase();
        // A label, then no more letters of a word: «Тел.:», "Phone:", not «Телевидение».
        let labelled = [
            "тел",
            "телефон",
            "tel",
            "phone",
            "факс",
            "fax",
            "e-mail",
            "e\u{2011}mail",
            "email",
            "эл. почта",
            "сайт",
            "web",
            "мекенжай",
            "адрес",
            "address",
        ]
        .iter()
        .any(|label| {
            lower
                .strip_prefix(label)
                .is_some_and(|rest| !rest.starts_with(char::is_alphabetic))
        });
        p.chars().count() <= 120 && (labelled || (p.contains('@') && !p.contains(' ')))
    };
    let mut end = texts.len();
    while end > 1 && is_contact(&texts[end - 1]) {
        end -= 1;
    }
    let contacts = texts[end..].join("\n");
    let is_signature = |p: &str| {
        let lower = p.to_lowercase();
        p.chars().count() <= 160
            && !p.trim_end().ends_with(['.', '!', '?'])
            && (lower.starts_with("пресс-служб")
                || lower.starts_with("пресс\u{2011}служб")
                || lower.starts_with("пресс-центр")
                || lower.starts_with("press service")
                || lower.starts_with("press office")
                || lower.contains("баспасөз қызметі"))
    };
    let signature = match texts[..end].last() {
        Some(last) if end > 2 && is_signature(last) => {
            end -= 1;
            last.clone()
        }
        _ => String::new(),
    };
    (&texts[..end], signature, contacts)
}

/// A paragraph that is a dateline alone: a place and a date, «Туркестан, 18 сентября 2025
/// г.», «Түркістан, 2025 жылғы 18 қыркүйек», "Turkestan, September 18, 2025".
fn dateline_in(line: &str) -> Option<Dateline> {
    let line = line.trim();
    if line.chars().count() > 60 || line.trim_end_matches('.').contains(". ") {
        return None;
    }
    let date = date_in_text(line)?;
    let place = line
        .split_once(',')
        .map(|(place, _)| place.trim())
        .filter(|place| {
            !place.chars().any(|c| c.is_ascii_digit()) && place.split_whitespace().count() <= 3
        })
        .unwrap_or("");
    Some(Dateline {
        place: DraftText::typed(place),
        date: Some(date),
        ..Dateline::default()
    })
}

/// The first date written in `text`: «5 декабря 2026 года», «2026 жылғы 5 желтоқсанда»,
/// "December 5, 2026", "5 December 2026", «05.12.2026».
pub fn date_in_text(text: &str) -> Option<Date> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| -> Option<i32> {
        let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() || digits.len() > 4 {
            return None;
        }
        digits.parse().ok()
    };
    for (i, word) in words.iter().enumerate() {
        // «05.12.2026» (a year alone, «2026», is no date).
        if word.contains('.')
            && let Some(date) = dates::parse_typed(word.trim_end_matches(['.', ')', ':']))
        {
            return Some(date);
        }
        let Some(month) = dates::month_of_word(word) else {
            continue;
        };
        let near = |from: usize, to: usize| words.get(from..to.min(words.len())).unwrap_or(&[]);
        let day = i
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .and_then(|w| number(w))
            .or_else(|| words.get(i + 1).and_then(|w| number(w)))
            .filter(|d| (1..=31).contains(d))?;
        let year = near(i.saturating_sub(4), i)
            .iter()
            .chain(near(i + 1, i + 4))
            .filter_map(|w| number(w))
            .find(|y| (1991..=2100).contains(y))?;
        if let Ok(date) = Date::new(year as i16, month, day as i8) {
            return Some(date);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_as_each_language_writes_them() {
        let d = |y, m, day| Some(Date::new(y, m, day).unwrap());
        assert_eq!(
            date_in_text("Туркестан, 5 декабря 2026 года."),
            d(2026, 12, 5)
        );
        assert_eq!(
            date_in_text("Түркістан, 2026 жылғы 5 желтоқсанда облыс әкімі"),
            d(2026, 12, 5)
        );
        assert_eq!(
            date_in_text("Turkistan, December 5, 2026 —"),
            d(2026, 12, 5)
        );
        assert_eq!(
            date_in_text("On 18 September 2025 the akim"),
            d(2025, 9, 18)
        );
        assert_eq!(date_in_text("Дата: 05.12.2026"), d(2026, 12, 5));
        assert_eq!(date_in_text("Рост составил 12 процентов за 2025 год"), None);
        assert_eq!(date_in_text("в мае прошлого года"), None);
    }

    #[test]
    fn a_second_language_in_a_block_of_its_own_becomes_a_version() {
        let texts: Vec<String> = [
            "Облыс әкімі делегацияны қабылдады",
            "Түркістан облысының әкімі Қытай делегациясымен кездесті.",
            "Тараптар сауда және логистика салаларындағы ынтымақтастықты талқылады.",
            "Аким области принял делегацию",
            "Аким Туркестанской области встретился с делегацией Китая.",
            "Стороны обсудили сотрудничество в торговле и логистике.",
        ]
        .map(String::from)
        .to_vec();
        let blocks = language_blocks(&texts);
        let langs: Vec<Language> = blocks.iter().map(|(l, _)| *l).collect();
        assert_eq!(langs, [Language::Kk, Language::Ru]);

        // A Russian sentence inside a Kazakh text stays in it.
        let mixed: Vec<String> = [
            "Облыс әкімі делегацияны қабылдады",
            "Түркістан облысының әкімі Қытай делегациясымен кездесті.",
            "«Мы рады гостям», — сказал гость.",
            "Тараптар ынтымақтастықты талқылады.",
        ]
        .map(String::from)
        .to_vec();
        let blocks = language_blocks(&mixed);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].0, Language::Kk);
        assert_eq!(blocks[0].1.len(), 4);
    }

    /// A quote paragraph becomes a quote of the release, and the page gives it back as the
    /// original had it (spaces as typeset aside).
    #[test]
    fn a_quote_with_its_attribution_is_imported_as_a_quote_and_reads_the_same() {
        let texts: Vec<String> = [
            "Аким области встретился с делегацией",
            "Туркестан, 5 марта 2024 года. Аким области провёл встречу.",
            "Стороны обсудили торговлю.",
            "«Мы рады гостям и готовы к совместным проектам», — отметила заместитель акима области Айгерим Нурланова.",
            "«Это не цитата» и дальше обычный текст.",
        ]
        .map(String::from)
        .to_vec();
        let version = version_from(Language::Ru, &texts, false);
        assert_eq!(version.paragraphs.len(), 2);
        assert_eq!(version.quotes.len(), 1);
        let quote = &version.quotes[0];
        assert_eq!(quote.verb, "отметила");
        assert_eq!(
            quote.speaker_as,
            "заместитель акима области Айгерим Нурланова"
        );
        assert_eq!(quote.after_paragraph, 1);

        let release = Release::of_texts(vec![version]);
        let profile = crate::profile::Profile::default();
        let page = crate::compose::compose(&release, Language::Ru, &profile).unwrap();
        let plain = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let shown: Vec<String> = page.blocks.iter().map(|b| plain(&b.plain_text())).collect();
        assert!(shown.contains(&plain(&texts[3])), "{shown:#?}");

        let kazakh = "«Біз қонақтарға қуаныштымыз», — деді облыс әкімі Дархан Сатыбалды.";
        let quote = quote_in(kazakh, Language::Kk, 0).expect("a Kazakh quote");
        assert_eq!(quote.verb, "деді");
        assert_eq!(quote.speaker_as, "облыс әкімі Дархан Сатыбалды");
        let mut version = LanguageVersion::empty(Language::Kk);
        version.lead = DraftText::typed("Облыс әкімі делегацияны қабылдады.");
        version.quotes.push(quote);
        let release = Release::of_texts(vec![version]);
        let page = crate::compose::compose(&release, Language::Kk, &profile).unwrap();
        let shown: Vec<String> = page.blocks.iter().map(|b| plain(&b.plain_text())).collect();
        assert!(shown.contains(&plain(kazakh)), "{shown:#?}");
    }

    #[test]
    fn the_headline_is_the_first_short_line_and_the_lead_the_next() {
        let texts: Vec<String> = [
            "Аким области встретился с делегацией из Китая",
            "Туркестан, 5 декабря 2026 года. Аким области провёл встречу.",
            "Стороны обсудили торговлю.",
        ]
        .map(String::from)
        .to_vec();
        let version = version_from(Language::Ru, &texts, false);
        assert_eq!(version.headline.text, texts[0]);
        assert_eq!(version.lead.text, texts[1]);
        assert_eq!(version.paragraphs.len(), 1);
        // A first paragraph that is a sentence is the lead, not a headline.
        let version = version_from(Language::Ru, &texts[1..], false);
        assert_eq!(version.headline.text, "");
        assert_eq!(version.lead.text, texts[1]);
    }

    /// The press service's sign-off at the end is the signature and contacts; a sentence
    /// that only begins like a label («Телевидение…») stays in the text.
    #[test]
    fn the_sign_off_is_told_from_a_last_sentence() {
        let texts: Vec<String> = [
            "Аким области встретился с делегацией",
            "Аким Туркестанской области провёл встречу.",
            "Телевидение покажет форум в прямом эфире",
            "Пресс-служба акимата Туркестанской области",
            "Тел.: +7 725 000 00 00",
            "press@turkistan.example",
        ]
        .map(String::from)
        .to_vec();
        let version = version_from(Language::Ru, &texts, false);
        assert_eq!(version.signature, texts[3]);
        assert_eq!(
            version.contacts,
            "Тел.: +7 725 000 00 00\npress@turkistan.example"
        );
        assert_eq!(version.paragraphs.len(), 1);
        assert_eq!(version.paragraphs[0].text, texts[2]);

        let without: Vec<String> = texts[..3].to_vec();
        let version = version_from(Language::Ru, &without, false);
        assert_eq!(version.signature, "");
        assert_eq!(version.contacts, "");
        assert_eq!(
            version.paragraphs[0].text, texts[2],
            "«Телевидение…» is no phone"
        );
    }
}
