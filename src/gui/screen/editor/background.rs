//! Work the editor starts in the background after any message — the suggestions for
//! misspelled words the checks panel lists, the thumbnails of photos opened, added or
//! brought back by undo — carried by the message's own action, or, when that action can
//! carry no task (a notice, a request to the app), kept and run with the next message's.
//! Dropping it would lose it for good: the words are marked as asked and the photos as
//! being read.

use iced::Task;

use super::{Action, Panel, State};
use crate::gui::context::Context;

impl State {
    pub(super) fn with_background(&mut self, action: Action, ctx: &Context) -> Action {
        let mut tasks = std::mem::take(&mut self.deferred);
        if self.panel == Panel::Checks
            && let Some(task) = self.spelling.ask(&self.findings)
        {
            tasks.push(task);
        }
        if let Some(task) = self.thumbnail_tasks(ctx) {
            tasks.push(task);
        }
        if tasks.is_empty() {
            return action;
        }
        let task = Task::batch(tasks);
        match action {
            Action::None => Action::Run(task),
            Action::Run(then) => Action::Run(Task::batch([then, task])),
            Action::Saved {
                written,
                title,
                then,
            } => Action::Saved {
                written,
                title,
                then: Task::batch([then, task]),
            },
            other => {
                self.deferred.push(task);
                other
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{FieldRef, Finding, Severity};
    use crate::gui::notice::Notice;
    use crate::language::Language;

    /// The suggestions for a word the checks list are asked for while the message's action
    /// is a notice: they wait for the next message instead of being lost.
    #[test]
    fn work_started_under_a_notice_runs_with_the_next_message() {
        let ctx = Context::new(None, false);
        let release = crate::storage::load_release(std::path::Path::new(
            "tests/fixtures/releases/delegation-visit-ru.ron",
        ))
        .unwrap();
        let mut state = State::new(release, None, &ctx);
        state.panel = Panel::Checks;
        state.findings.push(Finding {
            code: crate::checks::spelling::CODE,
            severity: Severity::Hint,
            field: FieldRef::Lead,
            language: Some(Language::Ru),
            message: String::new(),
            fix: None,
            word: Some("делигацией".into()),
            suggestions: Vec::new(),
        });
        let action = state.with_background(Action::Notice(Notice::info("Скопировано")), &ctx);
        assert!(matches!(action, Action::Notice(_)));
        assert_eq!(state.deferred.len(), 1, "kept");
        let action = state.with_background(Action::None, &ctx);
        assert!(
            matches!(action, Action::Run(_)),
            "run with the next message"
        );
        assert!(state.deferred.is_empty());
    }
}
