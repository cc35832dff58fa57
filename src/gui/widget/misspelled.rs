//! Misspelled words drawn in the danger colour inside a text area, as the user types.
//!
//! iced's text editor asks its highlighter about each line from the first one that changed,
//! so a keystroke costs one line's check; the [`Speller`] behind it remembers what every
//! text held, so the checks panel asking about the same paragraph costs nothing more.

use std::ops::Range;
use std::sync::Arc;

use iced::{Font, Theme};
use iced_core::text::highlighter::{Format, Highlighter};

use crate::language::Language;
use crate::spelling::Speller;

/// What a text area's marks depend on.
#[derive(Clone)]
pub struct Marks {
    pub speller: Arc<Speller>,
    pub lang: Language,
    /// Changes whenever the area's text was replaced wholesale (an undo, another language,
    /// a redraft) or a dictionary finished loading: every line is marked afresh.
    pub revision: u64,
}

impl PartialEq for Marks {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.speller, &other.speller)
            && self.lang == other.lang
            && self.revision == other.revision
    }
}

pub struct Misspelled {
    marks: Marks,
    /// The next line to mark.
    line: usize,
}

impl Highlighter for Misspelled {
    type Settings = Marks;
    type Highlight = ();
    type Iterator<'a> = std::vec::IntoIter<(Range<usize>, ())>;

    fn new(marks: &Marks) -> Self {
        Self {
            marks: marks.clone(),
            line: 0,
        }
    }

    fn update(&mut self, marks: &Marks) {
        self.marks = marks.clone();
        self.line = 0;
    }

    fn change_line(&mut self, line: usize) {
        self.line = self.line.min(line);
    }

    fn highlight_line(&mut self, line: &str) -> Self::Iterator<'_> {
        self.line += 1;
        self.marks
            .speller
            .misspelled(line, self.marks.lang)
            .into_iter()
            .map(|range| (range, ()))
            .collect::<Vec<_>>()
            .into_iter()
    }

    fn current_line(&self) -> usize {
        self.line
    }
}

/// A misspelled word is drawn in the theme's danger colour.
pub fn format(_: &(), theme: &Theme) -> Format<Font> {
    Format {
        color: Some(theme.palette().danger),
        font: None,
    }
}
