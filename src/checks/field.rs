//! Where a finding points in a release, and the one kind of fix that is ever certain:
//! replacing exact words in one field.

use std::fmt;

use crate::language::Language;
use crate::release::{DraftText, Release};

/// A place in a release the editor can focus. Text fields of a language version are paired
/// with [`super::Finding::language`]; facts, people and figures are shared.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldRef {
    Headline,
    Subheadline,
    Lead,
    /// Body paragraph, from 0.
    Paragraph(usize),
    QuoteText(usize),
    QuoteSpeaker(usize),
    QuoteVerb(usize),
    Background,
    DatelinePlace,
    DatelineDate,
    /// A template fact, by its id.
    Fact(String),
    PersonName(usize),
    PersonPosition(usize),
    /// The statistic's own value.
    Statistic(usize),
    StatisticPart {
        statistic: usize,
        part: usize,
    },
    StatisticChange(usize),
    Embargo,
    /// A photo, from 0: the picture itself.
    Photo(usize),
    /// A photo's caption in the finding's language.
    PhotoCaption(usize),
    /// A photo's alt text in the finding's language.
    PhotoAlt(usize),
}

impl FieldRef {
    /// A stable, machine-readable name: `headline`, `paragraph[2]`, `quote[1].text`,
    /// `fact.event_date`, `statistic[2].part[1]`. Used in JSON output. Numbers count from
    /// 1, as the text and the messages do («абзац 2» is `paragraph[2]`).
    pub fn code(&self) -> String {
        let n = |i: &usize| i + 1;
        match self {
            FieldRef::Headline => "headline".into(),
            FieldRef::Subheadline => "subheadline".into(),
            FieldRef::Lead => "lead".into(),
            FieldRef::Paragraph(i) => format!("paragraph[{}]", n(i)),
            FieldRef::QuoteText(i) => format!("quote[{}].text", n(i)),
            FieldRef::QuoteSpeaker(i) => format!("quote[{}].speaker", n(i)),
            FieldRef::QuoteVerb(i) => format!("quote[{}].verb", n(i)),
            FieldRef::Background => "background".into(),
            FieldRef::DatelinePlace => "dateline.place".into(),
            FieldRef::DatelineDate => "dateline.date".into(),
            FieldRef::Fact(id) => format!("fact.{id}"),
            FieldRef::PersonName(i) => format!("person[{}].name", n(i)),
            FieldRef::PersonPosition(i) => format!("person[{}].position", n(i)),
            FieldRef::Statistic(i) => format!("statistic[{}]", n(i)),
            FieldRef::StatisticPart { statistic, part } => {
                format!("statistic[{}].part[{}]", n(statistic), n(part))
            }
            FieldRef::StatisticChange(i) => format!("statistic[{}].change", n(i)),
            FieldRef::Embargo => "embargo".into(),
            FieldRef::Photo(i) => format!("photo[{}]", n(i)),
            FieldRef::PhotoCaption(i) => format!("photo[{}].caption", n(i)),
            FieldRef::PhotoAlt(i) => format!("photo[{}].alt", n(i)),
        }
    }

    /// The field as a person reads it, in `ui`: «абзац 2», «цитата 1: текст».
    /// Numbers count from 1 here, as people count.
    pub fn describe(&self, ui: Language) -> String {
        use Language::*;
        let n = |i: &usize| i + 1;
        match (self, ui) {
            (FieldRef::Headline, Ru) => "заголовок".into(),
            (FieldRef::Headline, Kk) => "тақырып".into(),
            (FieldRef::Headline, En) => "headline".into(),
            (FieldRef::Subheadline, Ru) => "подзаголовок".into(),
            (FieldRef::Subheadline, Kk) => "тақырыпша".into(),
            (FieldRef::Subheadline, En) => "subheadline".into(),
            (FieldRef::Lead, Ru) => "лид".into(),
            (FieldRef::Lead, Kk) => "лид".into(),
            (FieldRef::Lead, En) => "lead".into(),
            (FieldRef::Paragraph(i), Ru) => format!("абзац {}", n(i)),
            (FieldRef::Paragraph(i), Kk) => format!("{}-абзац", n(i)),
            (FieldRef::Paragraph(i), En) => format!("paragraph {}", n(i)),
            (FieldRef::QuoteText(i), Ru) => format!("цитата {}", n(i)),
            (FieldRef::QuoteText(i), Kk) => format!("{}-дәйексөз", n(i)),
            (FieldRef::QuoteText(i), En) => format!("quote {}", n(i)),
            (FieldRef::QuoteSpeaker(i), Ru) => format!("цитата {}: автор", n(i)),
            (FieldRef::QuoteSpeaker(i), Kk) => format!("{}-дәйексөз: авторы", n(i)),
            (FieldRef::QuoteSpeaker(i), En) => format!("quote {}: speaker", n(i)),
            (FieldRef::QuoteVerb(i), Ru) => format!("цитата {}: глагол", n(i)),
            (FieldRef::QuoteVerb(i), Kk) => format!("{}-дәйексөз: етістік", n(i)),
            (FieldRef::QuoteVerb(i), En) => format!("quote {}: verb", n(i)),
            (FieldRef::Background, Ru) => "справка".into(),
            (FieldRef::Background, Kk) => "анықтама".into(),
            (FieldRef::Background, En) => "background".into(),
            (FieldRef::DatelinePlace, Ru) => "место в датлайне".into(),
            (FieldRef::DatelinePlace, Kk) => "датлайндағы орын".into(),
            (FieldRef::DatelinePlace, En) => "dateline place".into(),
            (FieldRef::DatelineDate, Ru) => "дата в датлайне".into(),
            (FieldRef::DatelineDate, Kk) => "датлайндағы күн".into(),
            (FieldRef::DatelineDate, En) => "dateline date".into(),
            (FieldRef::Fact(id), Ru) => format!("факт «{id}»"),
            (FieldRef::Fact(id), Kk) => format!("«{id}» дерегі"),
            (FieldRef::Fact(id), En) => format!("fact “{id}”"),
            (FieldRef::PersonName(i), Ru) => format!("человек {}: имя", n(i)),
            (FieldRef::PersonName(i), Kk) => format!("{}-адам: аты-жөні", n(i)),
            (FieldRef::PersonName(i), En) => format!("person {}: name", n(i)),
            (FieldRef::PersonPosition(i), Ru) => format!("человек {}: должность", n(i)),
            (FieldRef::PersonPosition(i), Kk) => format!("{}-адам: лауазымы", n(i)),
            (FieldRef::PersonPosition(i), En) => format!("person {}: position", n(i)),
            (FieldRef::Statistic(i), Ru) => format!("цифра {}", n(i)),
            (FieldRef::Statistic(i), Kk) => format!("{}-көрсеткіш", n(i)),
            (FieldRef::Statistic(i), En) => format!("figure {}", n(i)),
            (FieldRef::StatisticPart { statistic, part }, Ru) => {
                format!("цифра {}, часть {}", n(statistic), n(part))
            }
            (FieldRef::StatisticPart { statistic, part }, Kk) => {
                format!("{}-көрсеткіш, {}-бөлік", n(statistic), n(part))
            }
            (FieldRef::StatisticPart { statistic, part }, En) => {
                format!("figure {}, part {}", n(statistic), n(part))
            }
            (FieldRef::StatisticChange(i), Ru) => format!("цифра {}: изменение", n(i)),
            (FieldRef::StatisticChange(i), Kk) => format!("{}-көрсеткіш: өзгеріс", n(i)),
            (FieldRef::StatisticChange(i), En) => format!("figure {}: change", n(i)),
            (FieldRef::Embargo, Ru) => "эмбарго".into(),
            (FieldRef::Embargo, Kk) => "эмбарго".into(),
            (FieldRef::Embargo, En) => "embargo".into(),
            (FieldRef::Photo(i), Ru) => format!("фото {}", n(i)),
            (FieldRef::Photo(i), Kk) => format!("{}-сурет", n(i)),
            (FieldRef::Photo(i), En) => format!("photo {}", n(i)),
            (FieldRef::PhotoCaption(i), Ru) => format!("фото {}: подпись", n(i)),
            (FieldRef::PhotoCaption(i), Kk) => format!("{}-сурет: қолтаңба", n(i)),
            (FieldRef::PhotoCaption(i), En) => format!("photo {}: caption", n(i)),
            (FieldRef::PhotoAlt(i), Ru) => format!("фото {}: описание", n(i)),
            (FieldRef::PhotoAlt(i), Kk) => format!("{}-сурет: сипаттама", n(i)),
            (FieldRef::PhotoAlt(i), En) => format!("photo {}: alt text", n(i)),
        }
    }

    /// The text of a version's text field, if the field is one and exists.
    pub fn text<'r>(&self, release: &'r Release, lang: Language) -> Option<&'r str> {
        let version = release.version(lang)?;
        Some(match self {
            FieldRef::Headline => &version.headline.text,
            FieldRef::Subheadline => &version.subheadline.text,
            FieldRef::Lead => &version.lead.text,
            FieldRef::Paragraph(i) => &version.paragraphs.get(*i)?.text,
            FieldRef::QuoteText(i) => &version.quotes.get(*i)?.text,
            FieldRef::QuoteVerb(i) => &version.quotes.get(*i)?.verb,
            FieldRef::Background => &version.background.text,
            FieldRef::DatelinePlace => &version.dateline.place.text,
            _ => return None,
        })
    }

    /// Sets a version's text field as a user's edit: drafted text stops following the
    /// facts, so the fix is not undone by the next redraft. False when the field is not a
    /// text field or does not exist.
    fn set_text(&self, release: &mut Release, lang: Language, new: String) -> bool {
        let Some(version) = release.version_mut(lang) else {
            return false;
        };
        let draft: &mut DraftText = match self {
            FieldRef::Headline => &mut version.headline,
            FieldRef::Subheadline => &mut version.subheadline,
            FieldRef::Lead => &mut version.lead,
            FieldRef::Background => &mut version.background,
            FieldRef::DatelinePlace => &mut version.dateline.place,
            FieldRef::Paragraph(i) => match version.paragraphs.get_mut(*i) {
                Some(p) => p,
                None => return false,
            },
            FieldRef::QuoteText(i) => match version.quotes.get_mut(*i) {
                Some(q) => {
                    q.text = new;
                    return true;
                }
                None => return false,
            },
            FieldRef::QuoteVerb(i) => match version.quotes.get_mut(*i) {
                Some(q) => {
                    q.verb = new;
                    return true;
                }
                None => return false,
            },
            _ => return false,
        };
        draft.edit(new);
        true
    }
}

impl fmt::Display for FieldRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

/// A certain correction: these exact words, in this field of this version, become those.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub field: FieldRef,
    pub language: Language,
    /// (as written, corrected); each is replaced wherever it occurs in the field.
    pub replacements: Vec<(String, String)>,
    /// What the fix does, in the UI language, for a button or the JSON output.
    pub description: String,
}

impl Fix {
    /// Applies the fix as a user edit. True when the field changed; false when the words are
    /// no longer there (the user edited meanwhile), so applying twice is harmless.
    pub fn apply(&self, release: &mut Release) -> bool {
        let Some(before) = self.field.text(release, self.language).map(str::to_owned) else {
            return false;
        };
        let after = self.replaced(&before);
        if after == before {
            return false;
        }
        self.field.set_text(release, self.language, after)
    }

    /// `text` with the replacements made.
    pub fn replaced(&self, text: &str) -> String {
        let mut after = text.to_string();
        for (from, to) in &self.replacements {
            after = replace_whole(&after, from, to);
        }
        after
    }
}

/// `from` replaced by `to` wherever it stands whole: a `from` that begins or ends with a
/// letter is left alone inside a longer word («облс» corrected, «облсы» not touched).
fn replace_whole(text: &str, from: &str, to: &str) -> String {
    if from.is_empty() {
        return text.to_string();
    }
    let letter_first = from.chars().next().is_some_and(crate::language::is_letter);
    let letter_last = from
        .chars()
        .next_back()
        .is_some_and(crate::language::is_letter);
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, _) in text.match_indices(from) {
        let before = text[..at].chars().next_back();
        let after = text[at + from.len()..].chars().next();
        let inside_a_word = (letter_first && before.is_some_and(crate::language::is_letter))
            || (letter_last && after.is_some_and(crate::language::is_letter));
        if !inside_a_word {
            out.push_str(&text[copied..at]);
            out.push_str(to);
            copied = at + from.len();
        }
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod replace_tests {
    use super::replace_whole;

    #[test]
    fn a_word_is_replaced_where_it_stands_whole_and_not_inside_another() {
        assert_eq!(
            replace_whole("Казак ауылы, Казакстан, казак.", "Казак", "Қазақ"),
            "Қазақ ауылы, Казакстан, казак."
        );
        assert_eq!(
            replace_whole("5 %, 7 %", " %", "\u{a0}%"),
            "5\u{a0}%, 7\u{a0}%"
        );
    }
}
