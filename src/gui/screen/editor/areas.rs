//! The multi-line fields of one language version. iced's `text_editor` keeps its text in a
//! `Content` of its own, so the editor holds one per field and rebuilds them from the
//! release whenever the release changes by other means (a fact redrafts the lead, an undo,
//! another language tab).

use std::collections::BTreeMap;

use iced::widget::text_editor::Content;

use crate::language::Language;
use crate::release::Release;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    Lead,
    Paragraph(usize),
    QuoteText(usize),
    Background,
    Contacts,
}

impl Area {
    /// The undo key of typing in this area.
    pub fn typing_key(self, lang: Language) -> String {
        format!("{lang}:area:{self:?}")
    }
}

#[derive(Default)]
pub struct Areas {
    contents: BTreeMap<Area, Content>,
}

impl Areas {
    pub fn build(release: &Release, lang: Language) -> Self {
        let mut contents = BTreeMap::new();
        if let Some(version) = release.version(lang) {
            contents.insert(Area::Lead, Content::with_text(&version.lead.text));
            for (i, p) in version.paragraphs.iter().enumerate() {
                contents.insert(Area::Paragraph(i), Content::with_text(&p.text));
            }
            for (i, q) in version.quotes.iter().enumerate() {
                contents.insert(Area::QuoteText(i), Content::with_text(&q.text));
            }
            contents.insert(
                Area::Background,
                Content::with_text(&version.background.text),
            );
            contents.insert(Area::Contacts, Content::with_text(&version.contacts));
        }
        Self { contents }
    }

    pub fn get(&self, area: Area) -> Option<&Content> {
        self.contents.get(&area)
    }

    pub fn get_mut(&mut self, area: Area) -> Option<&mut Content> {
        self.contents.get_mut(&area)
    }
}

/// Writes an area's text into the release as the user's own (drafted text stops
/// following the facts once edited by hand).
pub fn store(release: &mut Release, lang: Language, area: Area, text: String) {
    let Some(version) = release.version_mut(lang) else {
        return;
    };
    // Text pasted from Windows programs breaks its lines with CR LF (and old Mac text
    // with CR alone): the release keeps one kind of break.
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    match area {
        Area::Lead => version.lead.edit(text),
        Area::Paragraph(i) => {
            if let Some(p) = version.paragraphs.get_mut(i) {
                p.edit(text);
            }
        }
        Area::QuoteText(i) => {
            if let Some(q) = version.quotes.get_mut(i) {
                q.text = text;
            }
        }
        Area::Background => version.background.edit(text),
        Area::Contacts => version.contacts = text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_line_breaks_pasted_into_a_text_are_kept_as_plain_breaks() {
        let mut release = crate::storage::load_release(std::path::Path::new(
            "tests/fixtures/releases/blank-ru.ron",
        ))
        .unwrap();
        store(
            &mut release,
            Language::Ru,
            Area::Lead,
            "Первая\r\nвторая\rтретья".into(),
        );
        assert_eq!(
            release.version(Language::Ru).unwrap().lead.text,
            "Первая\nвторая\nтретья"
        );
    }
}
