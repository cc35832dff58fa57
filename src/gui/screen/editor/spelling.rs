//! Spelling in the editor: misspelled words marked in the text areas as the user types,
//! listed among the checks with what they may have meant, and offered under the area on a
//! right-click or Ctrl+. — one click puts the word in (undone by Ctrl+Z), another adds it
//! to the office's dictionary.
//!
//! Nothing here makes the window wait: the dictionaries load on a thread of their own
//! (until then the texts carry no marks), and suggestions, which take milliseconds a word,
//! are made off the window's thread and shown when they come.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use iced::widget::text_editor::Content;
use iced::widget::{Row, button, column, container, row, text};
use iced::{Alignment, Element, Fill, Task};

use super::areas::{self, Area};
use super::{Action, Message, State, form};
use crate::checks::{self, Finding};
use crate::gui::context::Context;
use crate::gui::font;
use crate::gui::icon::Icon;
use crate::gui::notice::Notice;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::labeled_button;
use crate::gui::widget::misspelled::Marks;
use crate::language::Language;
use crate::release::Release;
use crate::spelling::{KnownWords, Speller, Suggested, USER_DICTIONARY};

pub struct Spelling {
    speller: Arc<Speller>,
    /// The office's dictionary, read when the release was opened and added to since.
    office: KnownWords,
    /// Changes whenever the text areas are built afresh or a dictionary has loaded, so
    /// every area is marked afresh.
    revision: u64,
    /// What each misspelled word may have meant, once made.
    suggested: HashMap<(Language, String), Suggested>,
    /// Words whose suggestions are being made now.
    asked: HashSet<(Language, String)>,
    /// The suggestions shown under a text area.
    menu: Option<Menu>,
}

/// The word under the pointer (or the text cursor) and what it may have meant.
#[derive(Debug, Clone, PartialEq)]
pub struct Menu {
    pub area: Area,
    pub lang: Language,
    /// The line of the area and the word's bytes in it.
    pub line: usize,
    pub range: Range<usize>,
    pub word: String,
    pub suggested: Suggested,
    /// Its suggestions are still being made.
    pub pending: bool,
}

impl State {
    /// The editor's spelling messages: dictionaries loaded, suggestions made, a word asked
    /// about (right-click, Ctrl+.), replaced, added to the office's dictionary.
    pub(super) fn spell(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::SpellingReady => {
                self.spelling.dictionaries_loaded(&self.release, ctx);
                self.recompose(ctx);
            }
            Message::Suggested(made) => {
                self.spelling.suggestions_made(made);
                self.recompose(ctx);
            }
            Message::SpellAt(area, at) => {
                // The right-click first puts the text cursor where it was, as a click
                // would, so the word under the pointer is the one asked about.
                let Some(content) = self.areas.get_mut(area) else {
                    return Action::None;
                };
                let inside = at - iced::Vector::new(form::AREA_PADDING, form::AREA_PADDING);
                content.perform(iced::widget::text_editor::Action::Click(inside));
                self.last_area = Some(area);
                if let Some(task) = self.spelling.open_menu(area, content, self.language) {
                    return Action::Run(task);
                }
            }
            Message::SpellHere => {
                let Some(area) = self.last_area else {
                    return Action::None;
                };
                if let Some(task) = self
                    .areas
                    .get(area)
                    .and_then(|content| self.spelling.open_menu(area, content, self.language))
                {
                    return Action::Run(task);
                }
            }
            Message::UseSuggestion(right) => {
                let Some(menu) = self.spelling.menu().cloned() else {
                    return Action::None;
                };
                let Some(text) = self.areas.get(menu.area).map(Content::text) else {
                    return Action::None;
                };
                if let Some(corrected) = replace_in(&text, &menu, &right) {
                    self.history.record(&self.release, None);
                    areas::store(&mut self.release, menu.lang, menu.area, corrected);
                    self.mark_dirty();
                    self.reload(ctx);
                }
                self.spelling.close_menu();
            }
            Message::ReplaceWord(index, right) => {
                let Some(finding) = self.findings.get(index) else {
                    return Action::None;
                };
                let (Some(word), Some(language)) = (finding.word.clone(), finding.language) else {
                    return Action::None;
                };
                let fix = checks::Fix {
                    field: finding.field.clone(),
                    language,
                    replacements: vec![(word, right)],
                    description: String::new(),
                };
                let before = self.release.clone();
                if fix.apply(&mut self.release) {
                    self.history.record(&before, None);
                    self.mark_dirty();
                    self.reload(ctx);
                }
            }
            Message::AddToDictionary(word) => {
                return Action::Run(add_to_dictionary(word, ctx));
            }
            Message::AddedToDictionary(Ok(word)) => {
                self.spelling.learned(&word, &self.release, ctx);
                self.recompose(ctx);
                return Action::Notice(Notice::info(
                    ctx.i18n
                        .tr_args("notice-word-added", &[("word", word.into())]),
                ));
            }
            Message::AddedToDictionary(Err(error)) => {
                return Action::Notice(Notice::error(error));
            }
            Message::CloseSpelling => self.spelling.close_menu(),
            _ => {}
        }
        Action::None
    }
}

/// The office's dictionary file in the archive folder.
pub fn office_file(ctx: &Context) -> PathBuf {
    ctx.archive.root().join(USER_DICTIONARY)
}

impl Spelling {
    pub fn new(release: &Release, ctx: &Context) -> Self {
        let mut office = KnownWords::default();
        office.add_file(&office_file(ctx));
        Self {
            speller: Arc::new(speller(release, &office, ctx)),
            office,
            revision: 0,
            suggested: HashMap::new(),
            asked: HashSet::new(),
            menu: None,
        }
    }

    /// What the text areas of `lang` are marked by.
    pub fn marks(&self, lang: Language) -> Marks {
        Marks {
            speller: self.speller.clone(),
            lang,
            revision: self.revision,
        }
    }

    /// The areas were built afresh (or a dictionary loaded): mark them afresh.
    pub fn remark(&mut self) {
        self.revision = self.revision.wrapping_add(1);
        self.menu = None;
    }

    /// A dictionary has loaded (at start, or another English chosen): everything is
    /// checked afresh, nothing remembered from before is kept.
    pub fn dictionaries_loaded(&mut self, release: &Release, ctx: &Context) {
        self.speller = Arc::new(speller(release, &self.office, ctx));
        self.suggested.clear();
        self.asked.clear();
        self.remark();
    }

    /// After the release or the settings changed: a new name in the facts, an office word
    /// or a language switched off gives a new speller (and every area new marks); typing
    /// in a text keeps the one there is.
    pub fn follow(&mut self, release: &Release, ctx: &Context) {
        let next = speller(release, &self.office, ctx);
        let same_languages = Language::ALL
            .iter()
            .all(|l| next.checks(*l) == self.speller.checks(*l));
        if next.known() != self.speller.known() || !same_languages {
            self.speller = Arc::new(next);
            self.suggested.clear();
            self.remark();
        }
    }

    /// The spelling findings of `release`, with the suggestions made so far.
    pub fn findings(&self, release: &Release, ctx: &Context) -> Vec<Finding> {
        checks::spelling::check_with_speller(
            release,
            &self.speller,
            |lang, word| self.suggested.get(&(lang, word.to_string())),
            ctx.i18n.language(),
        )
    }

    /// Starts making the suggestions `findings` still lack, off the window's thread.
    pub fn ask(&mut self, findings: &[Finding]) -> Option<Task<Message>> {
        let words = findings
            .iter()
            .filter(|f| f.code == checks::spelling::CODE)
            .filter_map(|f| Some((f.language?, f.word.clone()?)));
        self.ask_words(words)
    }

    /// Starts making the suggestions of `words` that are neither made nor being made.
    fn ask_words(
        &mut self,
        words: impl IntoIterator<Item = (Language, String)>,
    ) -> Option<Task<Message>> {
        let words: Vec<(Language, String)> = words
            .into_iter()
            .filter(|key| !self.suggested.contains_key(key) && !self.asked.contains(key))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        if words.is_empty() {
            return None;
        }
        self.asked.extend(words.iter().cloned());
        let speller = self.speller.clone();
        let (send, receive) = iced::futures::channel::oneshot::channel();
        std::thread::spawn(move || {
            let made: Vec<_> = words
                .into_iter()
                .map(|(lang, word)| {
                    let suggested = crate::spelling::suggest(&word, lang, speller.known());
                    ((lang, word), suggested)
                })
                .collect();
            let _ = send.send(made);
        });
        Some(Task::perform(
            async move { receive.await.unwrap_or_default() },
            Message::Suggested,
        ))
    }

    /// Suggestions made off the window's thread have come.
    pub fn suggestions_made(&mut self, made: Vec<((Language, String), Suggested)>) {
        for (key, suggested) in made {
            self.asked.remove(&key);
            if let Some(menu) = self.menu.as_mut().filter(|m| m.pending)
                && (menu.lang, &menu.word) == (key.0, &key.1)
            {
                menu.suggested = suggested.clone();
                menu.pending = false;
            }
            self.suggested.insert(key, suggested);
        }
    }

    pub fn menu(&self) -> Option<&Menu> {
        self.menu.as_ref()
    }

    pub fn close_menu(&mut self) {
        self.menu = None;
    }

    /// Opens the suggestions for the misspelled word at the text cursor of `area`; closes
    /// them when the word there is spelled right. Suggestions not made yet are made off the
    /// window's thread (the task returned) and shown when they come.
    pub fn open_menu(
        &mut self,
        area: Area,
        content: &Content,
        lang: Language,
    ) -> Option<Task<Message>> {
        let position = content.cursor().position;
        let line = content
            .line(position.line)
            .map(|l| l.text.to_string())
            .unwrap_or_default();
        let found = self
            .speller
            .misspelled(&line, lang)
            .into_iter()
            .find(|range| range.start <= position.column && position.column <= range.end);
        self.menu = found.map(|range| {
            let word = line[range.clone()].to_string();
            let made = self.suggested.get(&(lang, word.clone())).cloned();
            Menu {
                area,
                lang,
                line: position.line,
                range,
                pending: made.is_none(),
                suggested: made.unwrap_or_default(),
                word,
            }
        });
        let word = self.menu.as_ref().filter(|m| m.pending)?.word.clone();
        self.ask_words([(lang, word)])
    }

    /// The office's dictionary has `word` now: it is known from here on.
    pub fn learned(&mut self, word: &str, release: &Release, ctx: &Context) {
        self.office.add(word);
        self.menu = None;
        self.follow(release, ctx);
    }
}

/// The speller of `release`: its names and the office's words, in the languages whose
/// spelling Settings leaves on.
fn speller(release: &Release, office: &KnownWords, ctx: &Context) -> Speller {
    let mut known = checks::spelling::release_names(release);
    known.extend(office);
    Speller::new(known, checks::spelling::languages(&ctx.profile.checks))
}

/// `text` with the word of `menu` replaced by `with`, when the word is still where it was.
pub fn replace_in(text: &str, menu: &Menu, with: &str) -> Option<String> {
    let mut lines: Vec<&str> = text.split('\n').collect();
    let line = lines.get(menu.line)?;
    if line.get(menu.range.clone())? != menu.word {
        return None;
    }
    let replaced = format!(
        "{}{with}{}",
        &line[..menu.range.start],
        &line[menu.range.end..]
    );
    lines[menu.line] = &replaced;
    Some(lines.join("\n"))
}

/// Writes `word` into the office's dictionary off the window's thread.
pub fn add_to_dictionary(word: String, ctx: &Context) -> Task<Message> {
    let file = office_file(ctx);
    let ui = ctx.i18n.language();
    Task::perform(
        async move {
            KnownWords::append_to_file(&file, &word)
                .map(|()| word)
                .map_err(|e| e.in_language(ui))
        },
        Message::AddedToDictionary,
    )
}

/// The suggestions under a text area: the word, what it may have meant (a click puts it
/// in), "Add to dictionary" and a close button.
pub fn menu_view<'a>(menu: &'a Menu, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let mut choices = Row::new()
        .spacing(space::XS)
        .align_y(Alignment::Center)
        .push(
            text(format!("«{}»", menu.word))
                .size(size::BODY)
                .font(font::UI_SEMIBOLD),
        );
    if menu.pending || menu.suggested.words.is_empty() {
        let note = if menu.pending {
            "spelling-suggesting"
        } else {
            "spelling-no-suggestions"
        };
        choices = choices.push(text(i18n.tr(note)).size(size::SMALL).style(theme::muted));
    }
    for word in &menu.suggested.words {
        choices = choices.push(
            button(text(word.as_str()).size(size::BODY))
                .padding([4, 8])
                .style(button::secondary)
                .on_press(Message::UseSuggestion(word.clone())),
        );
    }
    let actions = row![
        labeled_button(
            Icon::Add,
            i18n.tr("spelling-add-to-dictionary"),
            Some(Message::AddToDictionary(menu.word.clone())),
        ),
        labeled_button(
            Icon::Close,
            i18n.tr("action-close"),
            Some(Message::CloseSpelling)
        ),
    ]
    .spacing(space::XS);
    container(
        column![choices.wrap(), actions]
            .spacing(space::XS)
            .width(Fill),
    )
    .padding(space::S)
    .style(theme::card)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_replaced_on_its_line_only_while_it_is_still_there() {
        let menu = Menu {
            area: Area::Lead,
            lang: Language::Kk,
            line: 1,
            range: 0.."Казакстан".len(),
            word: "Казакстан".into(),
            suggested: Suggested::default(),
            pending: false,
        };
        let text = "Казакстан\nКазакстан делегациясы";
        assert_eq!(
            replace_in(text, &menu, "Қазақстан").as_deref(),
            Some("Казакстан\nҚазақстан делегациясы"),
            "the word of the menu's line, not the first of the text"
        );
        assert_eq!(replace_in("Қазақстан\nОблыс", &menu, "Қазақстан"), None);
    }
}
