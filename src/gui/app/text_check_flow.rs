//! "Check a text": a handed file read off the window's thread, shown, and left again.

use super::*;

impl App {
    /// The paragraphs of a text to check arrived: show them with their findings.
    pub(super) fn text_read(
        &mut self,
        read: Result<(PathBuf, Vec<String>), String>,
    ) -> Task<Message> {
        match read {
            Ok((path, paragraphs)) => {
                let state = text_check::State::new(path, paragraphs, &self.ctx);
                self.screen = Screen::TextCheck(Box::new(state));
            }
            Err(error) => self.notice = Some(Notice::error(error)),
        }
        Task::none()
    }

    pub(super) fn text_check_message(&mut self, message: text_check::Message) -> Task<Message> {
        let Screen::TextCheck(state) = &mut self.screen else {
            return Task::none();
        };
        match state.update(message, &self.ctx) {
            text_check::Action::None => Task::none(),
            text_check::Action::Home => {
                let language = self.ctx.profile.default_language;
                self.screen = Screen::Home(home::State::new(language));
                Task::none()
            }
            text_check::Action::Run(task) => task.map(Message::TextCheck),
            text_check::Action::Notice(notice) => {
                self.notice = Some(notice);
                Task::none()
            }
        }
    }
}
