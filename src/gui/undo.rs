//! Undo and redo for the whole form: iced's text widgets keep no history, so the editor
//! keeps snapshots of the release instead.
//!
//! A snapshot is taken before each edit. Consecutive typing in one field shares a
//! snapshot (one undo step removes the whole run of typing, as in word processors); any
//! other edit, an undo or a redo starts a new step.

/// How many steps are kept; a release is a few kilobytes, so this is cheap.
const LIMIT: usize = 200;

#[derive(Debug, Clone)]
pub struct History<T> {
    undo: Vec<T>,
    redo: Vec<T>,
    /// The field the last recorded edit typed into, if it was typing.
    typing_in: Option<String>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            typing_in: None,
        }
    }
}

impl<T: Clone> History<T> {
    /// Call before applying an edit, with the state as it is now. `typing_in` names the
    /// field for typing (which coalesces with typing just before it in the same field),
    /// `None` for edits that always make their own step.
    pub fn record(&mut self, before: &T, typing_in: Option<&str>) {
        let continues_typing = typing_in.is_some() && typing_in == self.typing_in.as_deref();
        self.typing_in = typing_in.map(str::to_string);
        if continues_typing {
            return;
        }
        self.undo.push(before.clone());
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// The state to go back to, given the current one; `None` when there is nothing to undo.
    pub fn undo(&mut self, current: &T) -> Option<T> {
        let previous = self.undo.pop()?;
        self.redo.push(current.clone());
        self.typing_in = None;
        Some(previous)
    }

    pub fn redo(&mut self, current: &T) -> Option<T> {
        let next = self.redo.pop()?;
        self.undo.push(current.clone());
        self.typing_in = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Ends a run of typing, so the next keystroke starts a new step (e.g. after a save).
    pub fn break_typing(&mut self) {
        self.typing_in = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn type_into(history: &mut History<String>, state: &mut String, field: &str, ch: char) {
        history.record(state, Some(field));
        state.push(ch);
    }

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut history = History::default();
        let mut state = String::new();
        for ch in "abc".chars() {
            type_into(&mut history, &mut state, "headline", ch);
        }
        assert_eq!(history.undo(&state).as_deref(), Some(""));
        assert!(!history.can_undo());
    }

    #[test]
    fn another_field_or_a_structural_edit_starts_a_new_step() {
        let mut history = History::default();
        let mut state = String::new();
        type_into(&mut history, &mut state, "headline", 'a');
        type_into(&mut history, &mut state, "lead", 'b');
        history.record(&state, None);
        state.push('!');
        history.record(&state, None);
        state.push('?');
        let state1 = history.undo(&state).unwrap();
        assert_eq!(state1, "ab!");
        let state2 = history.undo(&state1).unwrap();
        assert_eq!(state2, "ab");
        let state3 = history.undo(&state2).unwrap();
        assert_eq!(state3, "a");
    }

    #[test]
    fn redo_returns_what_undo_took_and_a_new_edit_clears_it() {
        let mut history = History::default();
        let mut state = String::from("x");
        history.record(&state, None);
        state.push('y');
        let undone = history.undo(&state).unwrap();
        assert_eq!(undone, "x");
        assert!(history.can_redo());
        let redone = history.redo(&undone).unwrap();
        assert_eq!(redone, "xy");
        let back = history.undo(&redone).unwrap();
        history.record(&back, Some("lead"));
        assert!(!history.can_redo());
    }

    #[test]
    fn typing_after_undo_starts_a_new_step() {
        let mut history = History::default();
        let mut state = String::new();
        type_into(&mut history, &mut state, "headline", 'a');
        type_into(&mut history, &mut state, "headline", 'b');
        state = history.undo(&state).unwrap();
        type_into(&mut history, &mut state, "headline", 'c');
        type_into(&mut history, &mut state, "headline", 'd');
        assert_eq!(state, "cd");
        assert_eq!(history.undo(&state).as_deref(), Some(""));
    }

    #[test]
    fn keeps_a_bounded_number_of_steps() {
        let mut history = History::default();
        let mut state = 0u32;
        for _ in 0..(LIMIT + 50) {
            history.record(&state, None);
            state += 1;
        }
        let mut steps = 0;
        while let Some(previous) = history.undo(&state) {
            state = previous;
            steps += 1;
        }
        assert_eq!(steps, LIMIT);
    }
}
