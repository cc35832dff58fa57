//! "Paste and typeset": the screen's actions carried out.

use super::*;

impl App {
    pub(super) fn typeset_message(&mut self, message: typeset::Message) -> Task<Message> {
        let Screen::Typeset(state) = &mut self.screen else {
            return Task::none();
        };
        match state.update(message, &self.ctx) {
            typeset::Action::None => Task::none(),
            typeset::Action::Home => {
                let language = self.ctx.profile.default_language;
                self.screen = Screen::Home(home::State::new(language));
                Task::none()
            }
            typeset::Action::Run(task) => task.map(Message::Typeset),
            typeset::Action::Notice(notice) => {
                self.notice = Some(notice);
                Task::none()
            }
        }
    }
}
