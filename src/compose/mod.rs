//! Release + profile → [`Document`]: the one place that decides what a release looks like.
//!
//! Every user string passes through [`typography::typeset`] here, so the preview and all
//! exports agree, while the form keeps the text as typed.

use crate::document::{Block, Document, PhotoBlock, QuoteBlock, Table, inlines_from_text};
use crate::language::dates;
use crate::language::figures::{Figure, find_figures};
use crate::language::harmony::{self, Case};
use crate::language::units::{
    NBSP, Qualifier, Quantity, Unit, format_number, format_qualified, format_quantity,
    kazakh_object,
};
use crate::language::{Language, capitalise};
use crate::profile::Profile;
use crate::release::{
    AttributionStyle, Credit, DatelineStyle, LanguageVersion, Placement, Quote, Release, Statistic,
};
use crate::typography;

mod figures;
mod shared;
pub use figures::table_heading;
pub use shared::SharedTypesetting;

use figures::already_stated;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComposeError {
    #[error("the release has no {0} version")]
    NoVersion(Language),
}

/// Composes the `lang` version of `release` for showing or exporting.
pub fn compose(
    release: &Release,
    lang: Language,
    profile: &Profile,
) -> Result<Document, ComposeError> {
    compose_with(release, lang, profile, Typesetting::Here)
}

fn compose_with(
    release: &Release,
    lang: Language,
    profile: &Profile,
    typesetting: Typesetting,
) -> Result<Document, ComposeError> {
    let version = release.version(lang).ok_or(ComposeError::NoVersion(lang))?;
    let composer = Composer {
        release,
        version,
        lang,
        profile,
        typesetting,
        stated: std::cell::OnceCell::new(),
    };
    Ok(composer.document())
}

/// Where a composer's texts get typeset.
enum Typesetting<'a> {
    /// On this thread, as each is met.
    Here,
    /// Not at all: each text is written down and returned as it is (see
    /// [`SharedTypesetting::plan`]).
    Noted(&'a std::cell::RefCell<Vec<String>>),
    /// Taken from texts typeset ahead, on any thread (see [`SharedTypesetting`]).
    Shared(&'a SharedTypesetting),
}

/// The anchor of the lead, for figures placed right after it.
pub const LEAD_ANCHOR: &str = "lead";

struct Composer<'a> {
    release: &'a Release,
    version: &'a LanguageVersion,
    lang: Language,
    profile: &'a Profile,
    typesetting: Typesetting<'a>,
    /// [`Composer::stated_figures`], read once: every anchor and every statistic asks.
    stated: std::cell::OnceCell<Vec<Figure>>,
}

impl Composer<'_> {
    fn set(&self, text: &str) -> String {
        let text = text.trim();
        match self.typesetting {
            Typesetting::Here => typography::typeset(text, self.lang, &self.profile.typography),
            Typesetting::Noted(texts) => {
                texts.borrow_mut().push(text.to_string());
                text.to_string()
            }
            Typesetting::Shared(shared) => shared.typeset(text),
        }
    }

    fn document(&self) -> Document {
        let mut blocks = Vec::new();
        let v = self.version;
        if let Some(embargo) = &self.release.embargo {
            blocks.push(Block::Notice(dates::embargo_notice(
                embargo,
                self.lang,
                self.profile.kazakh_date,
            )));
        }
        push_text(&mut blocks, self.set(&v.headline.text), Block::Headline);
        push_text(
            &mut blocks,
            self.set(&v.subheadline.text),
            Block::Subheadline,
        );
        push_text(&mut blocks, self.set(&v.byline), Block::Dateline);
        let in_lead = v.dateline.style == DatelineStyle::InLead;
        if !in_lead {
            push_text(&mut blocks, self.dateline(), Block::Dateline);
        }
        let mut lead = v.lead.text.trim().to_string();
        if !lead.is_empty() && v.credit != Credit::Signature {
            lead = self.credited(&lead);
        }
        if in_lead {
            lead = self.agency_dateline(&lead);
        }
        let lead = self.set(&lead);
        if !lead.is_empty() {
            blocks.push(Block::Lead(inlines_from_text(&lead)));
        }
        self.push_photos(&mut blocks, true);
        self.push_body(&mut blocks);
        self.push_statistics(&mut blocks);
        self.push_photos(&mut blocks, false);
        self.push_background(&mut blocks);
        if v.credit != Credit::LeadOnly {
            push_text(&mut blocks, self.set(self.signature()), Block::Signature);
        }
        let contacts = first_filled(&v.contacts, self.profile.contacts.get(self.lang));
        let contact_lines: Vec<String> = contacts
            .lines()
            .map(|line| self.set(line))
            .filter(|line| !line.is_empty())
            .collect();
        if !contact_lines.is_empty() {
            blocks.push(Block::Contacts(contact_lines));
        }
        if self.profile.end_mark {
            blocks.push(Block::EndMark("###".to_string()));
        }
        Document {
            language: self.lang,
            title: plain_title(&self.set(&v.headline.text)),
            author: self
                .profile
                .organisation
                .get_or_any(self.lang)
                .trim()
                .to_string(),
            font: self.profile.font(),
            letterhead: self.profile.letterhead(self.lang),
            blocks,
        }
    }

    fn dateline(&self) -> String {
        let place = self.set(&self.version.dateline.place.text);
        let date = self
            .version
            .dateline
            .date
            .map(|d| dates::on_dateline(d, self.lang, self.profile.kazakh_date));
        match (place.is_empty(), date) {
            (false, Some(date)) => format!("{place}, {date}"),
            (true, Some(date)) => date,
            (_, None) => place,
        }
    }

    fn signature(&self) -> &str {
        first_filled(
            &self.version.signature,
            self.profile.signature.get(self.lang),
        )
    }

    /// The lead crediting the press service, in the words the user gave for it or else the
    /// signature's: «…, сообщает пресс-служба акимата области.», «…, деп хабарлайды облыс
    /// әкімдігінің баспасөз қызметі.», "…, the press service of … reports.". Without
    /// either the lead stays as it is: there is no one to credit.
    fn credited(&self, lead: &str) -> String {
        let source = first_filled(&self.version.credit_words, self.signature())
            .trim()
            .trim_end_matches('.');
        if source.is_empty() {
            return lead.to_string();
        }
        let source = lowercase_common_head(source, self.lang);
        let body = lead.strip_suffix('.').unwrap_or(lead);
        match self.lang {
            Language::Ru => format!("{body}, сообщает {source}."),
            Language::Kk => format!("{body}, деп хабарлайды {source}."),
            Language::En => format!("{body}, {source} reports."),
        }
    }

    /// The lead opened by the dateline, as agencies write it: «АСТАНА, 5 декабря
    /// (Kazinform) — …». The place is in capitals; the agency, when named, follows in
    /// brackets as typed.
    fn agency_dateline(&self, lead: &str) -> String {
        let dateline = &self.version.dateline;
        let place = dateline.place.text.trim().to_uppercase();
        let date = dateline
            .date
            .map(|d| dates::day_and_month(d, self.lang))
            .unwrap_or_default();
        let mut opening = match (place.is_empty(), date.is_empty()) {
            (false, false) => format!("{place}, {date}"),
            (false, true) => place,
            (true, false) => date,
            (true, true) => String::new(),
        };
        let agency = dateline.agency.trim();
        if !agency.is_empty() {
            opening = if opening.is_empty() {
                agency.to_string()
            } else {
                format!("{opening} ({agency})")
            };
        }
        if opening.is_empty() {
            return lead.to_string();
        }
        format!("{opening} — {lead}")
    }

    /// Paragraphs with the quotes and figures placed between them. What follows a
    /// paragraph comes in this order: the quotes placed after it, then its figures (a
    /// figure backs up what was just said and quoted). The lead is an anchor too: figures
    /// placed after it open the body.
    fn push_body(&self, blocks: &mut Vec<Block>) {
        let paragraphs = &self.version.paragraphs;
        let last = paragraphs.len();
        let push_quotes = |blocks: &mut Vec<Block>, position: usize| {
            for quote in &self.version.quotes {
                if quote.after_paragraph.min(last) == position && !quote.text.trim().is_empty() {
                    if quote.attribution == AttributionStyle::Reported {
                        let text = self.set(&self.reported(quote));
                        blocks.push(Block::Paragraph(inlines_from_text(&text)));
                    } else {
                        blocks.push(Block::Quote(self.quote(quote)));
                    }
                }
            }
        };
        push_quotes(blocks, 0);
        let after_lead = self.figures_in_text(|p| *p == Placement::After(LEAD_ANCHOR.into()));
        self.push_figures(blocks, &after_lead);
        for (index, paragraph) in paragraphs.iter().enumerate() {
            let text = self.set(&paragraph.text);
            if !text.is_empty() {
                blocks.push(Block::Paragraph(inlines_from_text(&text)));
            }
            push_quotes(blocks, index + 1);
            if let Some(anchor) = paragraph.anchor() {
                let placed = self.figures_in_text(|p| *p == Placement::After(anchor.to_string()));
                self.push_figures(blocks, &placed);
            }
        }
    }

    /// The figures whose sentence goes where `placed` says, leaving out those without a
    /// label and those the text or a quote already states.
    fn figures_in_text(&self, placed: impl Fn(&Placement) -> bool) -> Vec<&Statistic> {
        let stated = self.stated_figures();
        self.release
            .statistics
            .iter()
            .filter(|s| placed(&s.placement))
            .filter(|s| !s.label.get_or_any(self.lang).trim().is_empty())
            .filter(|s| !already_stated(s, stated))
            .collect()
    }

    /// Figures the version's own words give: lead, paragraphs and quotes, as typed.
    fn stated_figures(&self) -> &[Figure] {
        self.stated.get_or_init(|| {
            let v = self.version;
            std::iter::once(v.lead.text.as_str())
                .chain(v.paragraphs.iter().map(|p| p.text.as_str()))
                .chain(v.quotes.iter().map(|q| q.text.as_str()))
                .flat_map(|text| find_figures(text, self.lang))
                .filter(|f| !f.looks_like_year())
                .collect()
        })
    }

    /// Is there a paragraph with this anchor in the version?
    fn has_anchor(&self, anchor: &str) -> bool {
        anchor == LEAD_ANCHOR
            || self
                .version
                .paragraphs
                .iter()
                .any(|p| p.anchor() == Some(anchor))
    }

    fn push_figures(&self, blocks: &mut Vec<Block>, figures: &[&Statistic]) {
        let sentences: Vec<String> = figures.iter().map(|s| self.statistic_sentence(s)).collect();
        if !sentences.is_empty() {
            let text = self.set(&sentences.join(" "));
            blocks.push(Block::Paragraph(inlines_from_text(&text)));
        }
    }

    fn speaker(&self, quote: &Quote) -> String {
        if !quote.speaker_as.trim().is_empty() {
            return quote.speaker_as.trim().to_string();
        }
        self.release
            .person(&quote.speaker)
            .map(|p| {
                // Attributions name the person as later sentences do: by the short name.
                let short = p.short_name.get(self.lang).trim();
                if !short.is_empty() {
                    return short.to_string();
                }
                let own = p.name.get(self.lang).trim();
                if own.is_empty() && self.lang == Language::Kk {
                    p.name.get(Language::Ru).trim().to_string()
                } else {
                    own.to_string()
                }
            })
            .unwrap_or_default()
    }

    /// Reported speech: the words as typed, introduced by the speaker.
    /// - ru: with a verb «Как отметила Айгерим Сейткали, …»; without one «По словам Марата
    ///   Сапарова, …», the speaker as typed for the quote (in the genitive), or, when only
    ///   the person is known, «Как отметил …» agreeing with their gender.
    /// - kk: a clause the user ended in the accusative (-ын/-ін, «екенін») takes the verb
    ///   after it: «Марат Сапаров облыста … екенін атап өтті.»; any other clause is
    ///   introduced by the genitive: «Дархан Сатыбалдының айтуынша, …».
    /// - en: "Darkhan Satybaldy noted that …".
    fn reported(&self, quote: &Quote) -> String {
        let words = strip_quote_marks(strip_speech_dash(quote.text.trim()));
        let (body, ending) = split_final_punctuation(words);
        let ending = if ending.is_empty() { "." } else { ending };
        let speaker = self.speaker(quote);
        let verb = quote.verb.trim();
        match self.lang {
            Language::Ru if !verb.is_empty() => {
                format!("Как {}, {body}{ending}", join_words(&[verb, &speaker]))
            }
            Language::Ru if !quote.speaker_as.trim().is_empty() => {
                format!("По словам {speaker}, {body}{ending}")
            }
            Language::Ru => {
                let gender = self
                    .release
                    .person(&quote.speaker)
                    .and_then(|p| p.gender())
                    .unwrap_or(crate::language::gender::Gender::Masculine);
                let verb = gender.pick("отметил", "отметила");
                format!("Как {verb} {speaker}, {body}{ending}")
            }
            Language::Kk if !verb.is_empty() && ends_as_object_clause(body) => {
                format!("{} {body} {verb}{ending}", capitalise(&speaker))
            }
            Language::Kk => {
                let whose = harmony::attach(&speaker, Case::Genitive);
                format!("{} айтуынша, {body}{ending}", capitalise(&whose))
            }
            Language::En => format!("{} that {body}{ending}", join_words(&[&speaker, verb])),
        }
    }

    /// «Слова», — отметил Дархан Сатыбалды. / “Words,” said Darkhan Satybaldy.
    fn quote(&self, quote: &Quote) -> QuoteBlock {
        let (open, close) = match self.lang {
            Language::En => ('“', '”'),
            Language::Ru | Language::Kk => ('«', '»'),
        };
        let words = strip_quote_marks(strip_speech_dash(quote.text.trim()));
        let (body, ending) = split_final_punctuation(words);
        let speaker = self.speaker(quote);
        let verb = quote.verb.trim();
        let said = join_words(&[verb, &speaker]);
        match quote.attribution {
            // Reported speech is drafted by `reported`; as a quote block it reads as after.
            AttributionStyle::After | AttributionStyle::Reported => {
                // A statement's period becomes the comma before the attribution; ? ! … stay.
                let (inside, after) = match (ending, self.lang) {
                    ("." | "", Language::En) => (",", ""),
                    ("." | "", _) => ("", ","),
                    (other, _) => (other, ""),
                };
                let quoted = self.set(&format!("{open}{body}{inside}{close}{after}"));
                let attribution = match self.lang {
                    Language::En => format!(" {}.", self.set(&said)),
                    _ => format!("{NBSP}— {}.", self.set(&said)),
                };
                QuoteBlock {
                    attribution_first: false,
                    quote: quoted,
                    attribution,
                }
            }
            AttributionStyle::Before => {
                let ending = if ending.is_empty() { "." } else { ending };
                let quoted = match self.lang {
                    Language::En => self.set(&format!("{open}{body}{ending}{close}")),
                    _ if ending == "." => self.set(&format!("{open}{body}{close}.")),
                    _ => self.set(&format!("{open}{body}{ending}{close}")),
                };
                let who_said = join_words(&[&speaker, verb]);
                QuoteBlock {
                    attribution_first: true,
                    quote: quoted,
                    attribution: format!("{}: ", self.set(&who_said)),
                }
            }
        }
    }

    /// The main photo (`main`) after the lead, or the others (`!main`) after the text and
    /// its figures, before the background: the background is about the partner, the
    /// photos about the event.
    fn push_photos(&self, blocks: &mut Vec<Block>, main: bool) {
        for photo in self.release.photos.iter().filter(|p| p.main == main) {
            let credit = photo.credit.trim();
            let credit = if credit.is_empty() {
                String::new()
            } else {
                let label = match self.lang {
                    Language::Ru | Language::Kk => "Фото",
                    Language::En => "Photo",
                };
                self.set(&format!("{label}: {credit}"))
            };
            blocks.push(Block::Photo(PhotoBlock {
                file: photo.file.clone(),
                original_name: photo.original_name.clone(),
                caption: self.set(photo.caption.get(self.lang)),
                credit,
                alt: clean_alt(photo.alt.get(self.lang)),
                width: photo.width,
                height: photo.height,
                picture: None,
            }));
        }
    }

    fn push_background(&self, blocks: &mut Vec<Block>) {
        let text = self.version.background.text.trim();
        if text.is_empty() {
            return;
        }
        blocks.push(Block::SectionHeading(
            background_heading(self.lang).to_string(),
        ));
        for paragraph in split_paragraphs(text) {
            blocks.push(Block::Paragraph(inlines_from_text(&self.set(&paragraph))));
        }
    }
}

/// The heading the background stands under: «Справка», «Анықтама», "Background".
pub fn background_heading(lang: Language) -> &'static str {
    match lang {
        Language::Ru => "Справка",
        Language::Kk => "Анықтама",
        Language::En => "Background",
    }
}

fn push_text(blocks: &mut Vec<Block>, text: String, make: fn(String) -> Block) {
    if !text.trim().is_empty() {
        blocks.push(make(text));
    }
}

/// «Пресс-служба акимата» → «пресс-служба акимата» inside a sentence. Only a common noun
/// at the head is lowered: «Түркістан облысы әкімдігінің…» and other names keep their
/// capital.
fn lowercase_common_head(source: &str, lang: Language) -> String {
    const COMMON_HEADS: &[&str] = &[
        "пресс-служба",
        "пресс-центр",
        "служба",
        "управление",
        "отдел",
        "департамент",
        "аппарат",
        "министерство",
        "баспасөз",
        "press",
        "the",
    ];
    let first = source
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let mut out = if COMMON_HEADS.contains(&first.as_str()) {
        let mut chars = source.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        source.to_string()
    };
    if lang == Language::En && first != "the" && COMMON_HEADS.contains(&first.as_str()) {
        out = format!("the {out}");
    }
    out
}

/// Whether a Kazakh clause ends as the object of a verb of saying: «…жатқанын»,
/// «…екенін», «…болатынын». A finite clause («…өсіп келеді») does not.
fn ends_as_object_clause(clause: &str) -> bool {
    let last = clause
        .split_whitespace()
        .last()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    last.chars().count() > 3 && (last.ends_with("ын") || last.ends_with("ін"))
}

fn first_filled<'a>(own: &'a str, fallback: &'a str) -> &'a str {
    if own.trim().is_empty() { fallback } else { own }
}

/// Words joined by single spaces, skipping empty ones.
fn join_words(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| w.trim())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The title as one line: line breaks typed into a headline become spaces.
fn plain_title(headline: &str) -> String {
    headline.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Quotation marks the user typed around the whole quote; the composer adds its own.
/// Words pasted from a TV caption or a messenger often open with the dialogue dash
/// («- Өткен жылы…», «— Мы рады…»). Inside quotation marks it has no place: the quote
/// marks are the direct speech.
fn strip_speech_dash(text: &str) -> &str {
    for dash in ["-", "–", "—", "‒", "―"] {
        if let Some(rest) = text.strip_prefix(dash)
            && rest.starts_with(|c: char| c.is_whitespace())
        {
            return rest.trim_start();
        }
    }
    text
}

fn strip_quote_marks(text: &str) -> &str {
    const PAIRS: [(char, char); 5] = [('«', '»'), ('"', '"'), ('“', '”'), ('„', '“'), ('\'', '\'')];
    for (open, close) in PAIRS {
        if let Some(inner) = text.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
            // Only when the marks enclose the whole quote, not «a» and «b».
            if !inner.contains(open) && !inner.contains(close) {
                return inner.trim();
            }
        }
    }
    text
}

/// Splits the sentence-final mark off the quote: ("Слова", "."), ("Правда", "?!").
fn split_final_punctuation(text: &str) -> (&str, &str) {
    let body = text.trim_end_matches(['.', '!', '?', '…']);
    // "..." typed as three periods stays an ellipsis, not a statement's period.
    let ending = &text[body.len()..];
    (body.trim_end(), ending)
}

/// Background text: paragraphs separated by blank lines (single line breaks stay breaks).
fn split_paragraphs(text: &str) -> Vec<String> {
    let normalised = text.replace("\r\n", "\n");
    normalised
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// Alt text on one line, without the typography's no-break spaces (a screen reader reads
/// it; a mail client shows it in the picture's place).
fn clean_alt(alt: &str) -> String {
    alt.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn final_punctuation_is_split_off() {
        assert_eq!(
            split_final_punctuation("Добро пожаловать."),
            ("Добро пожаловать", ".")
        );
        assert_eq!(split_final_punctuation("Правда?!"), ("Правда", "?!"));
        assert_eq!(split_final_punctuation("Итак..."), ("Итак", "..."));
        assert_eq!(split_final_punctuation("Без точки"), ("Без точки", ""));
    }

    #[test]
    fn a_pasted_dialogue_dash_is_dropped_but_a_hyphenated_word_is_kept() {
        assert_eq!(strip_speech_dash("- Өткен жылы"), "Өткен жылы");
        assert_eq!(strip_speech_dash("—\u{a0}Мы рады"), "Мы рады");
        assert_eq!(strip_speech_dash("– We are glad"), "We are glad");
        assert_eq!(strip_speech_dash("-5 градусов"), "-5 градусов");
        assert_eq!(strip_speech_dash("Кое-что"), "Кое-что");
    }

    #[test]
    fn only_enclosing_quote_marks_are_removed() {
        assert_eq!(strip_quote_marks("«Слова»"), "Слова");
        assert_eq!(strip_quote_marks("\"Words\""), "Words");
        assert_eq!(strip_quote_marks("«Один» и «два»"), "«Один» и «два»");
    }
}
