//! `pressdesk` without a command opens the window, which is a program of its own:
//! `pressdesk-window`, installed beside `pressdesk`.
//!
//! Why two programs: the window links iced, wgpu and the GPU drivers' loaders. A program
//! that carries them pays for them at every start (their relocations and pages are ~0.7 ms
//! of each `pressdesk export`, a tenth of the command), and on Linux it cannot be linked
//! statically, which saves the command another millisecond (BENCHMARKS.md, session 13). So
//! the commands live in a program without the window, and the window's program runs the
//! same commands too (`cargo run --release -- export …` works as it always did).

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::language::Language;

/// The window's program: `pressdesk-window` (`.exe` on Windows).
pub const WINDOW_PROGRAM: &str = "pressdesk-window";

/// Where the window's program is: beside this one.
pub fn window_program() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let program = exe.with_file_name(format!("{WINDOW_PROGRAM}{}", std::env::consts::EXE_SUFFIX));
    program.is_file().then_some(program)
}

/// Starts the window's program with `args` (this program's own, without its name). On Unix
/// the window's program takes this process's place, so whoever started `pressdesk` (a
/// desktop entry, a terminal, a test that waits for it) sees the window's exit code; on
/// Windows it is started and this program ends. `None` when there is no window's program
/// beside this one (a build without the window): the caller says what to do instead.
pub fn open(args: Vec<OsString>, ui: Language) -> Option<ExitCode> {
    let program = window_program()?;
    let mut command = std::process::Command::new(&program);
    command.args(args);
    #[cfg(unix)]
    let error = {
        use std::os::unix::process::CommandExt;
        command.exec()
    };
    #[cfg(not(unix))]
    let error = match command.spawn() {
        Ok(_) => return Some(ExitCode::SUCCESS),
        Err(error) => error,
    };
    let name = program.display();
    eprintln!(
        "pressdesk: {}",
        say!(ui,
            ru: "{name}: окно не запустилось: {error}",
            kk: "{name}: терезе ашылмады: {error}",
            en: "{name}: the window could not start: {error}",
        )
    );
    Some(ExitCode::FAILURE)
}
