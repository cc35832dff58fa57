//! Running a `Task` to the end on the calling thread, for tests: a click's file work
//! (reading the archive, saving, autosaving) happens for real and its messages come back.

use iced::Task;
use iced::futures::executor::block_on;
use iced::futures::{StreamExt, future};
use iced_runtime::Action;

/// The messages `task` produces once all its futures have finished. Window and widget
/// operations (focus, exit) have no window to act on here and are dropped.
pub fn messages<T: Send + 'static>(task: Task<T>) -> Vec<T> {
    let Some(stream) = iced_runtime::task::into_stream(task) else {
        return Vec::new();
    };
    block_on(
        stream
            .filter_map(|action| {
                future::ready(match action {
                    Action::Output(message) => Some(message),
                    _ => None,
                })
            })
            .collect(),
    )
}
