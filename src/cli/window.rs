//! `pressdesk` without a command opens the window, which is a program of its own:
//! `pressdesk-window`, installed beside `pressdesk`.
//!
//! Why two programs: the window links iced, wgpu and the GPU drivers' loaders. A program
//! that carries them pays for them at every start (their relocations and pages are ~0.7 ms
//! of each `pressdesk export`, a tenth of the command), and on Linux it cannot be linked
//! statically, which saves the command another 0.6 ms (BENCHMARKS.md, session 13). So
//! the commands live in a program without the window, and the window's program runs the
//! same commands too (`cargo run --release -- export …` works as it always did).

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

/// The window's program: `pressdesk-window` (`.exe` on Windows).
pub const WINDOW_PROGRAM: &str = "pressdesk-window";

/// Where the window's program should be: beside this one, the links followed (a
/// `/usr/local/bin/pressdesk` linking into a macOS bundle, say).
pub fn window_program() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let exe = std::fs::canonicalize(&exe).unwrap_or(exe);
    Some(exe.with_file_name(format!("{WINDOW_PROGRAM}{}", std::env::consts::EXE_SUFFIX)))
}

/// Starts the window's program with `args` (this program's own, without its name). On Unix
/// the window's program takes this process's place, so whoever started `pressdesk` (a
/// desktop entry, a terminal, a test that waits for it) sees the window's exit code; on
/// Windows it is started and this program ends. The error, in the user's language, when
/// it is not there or cannot start.
pub fn open(args: Vec<OsString>) -> Result<ExitCode, String> {
    let Some(program) = window_program().filter(|program| program.is_file()) else {
        let ui = super::language_before_parsing();
        let name = format!("{WINDOW_PROGRAM}{}", std::env::consts::EXE_SUFFIX);
        return Err(say!(ui,
            ru: "окно — программа {name}, а рядом с pressdesk её нет; команды работают и без неё: pressdesk --help",
            kk: "терезе — {name} бағдарламасы, ал ол pressdesk жанында жоқ; командалар онсыз да істейді: pressdesk --help",
            en: "the window is the program {name}, and it is not beside pressdesk; the commands work without it: pressdesk --help",
        ));
    };
    let mut command = std::process::Command::new(&program);
    command.args(args);
    #[cfg(unix)]
    let error = {
        use std::os::unix::process::CommandExt;
        command.exec()
    };
    #[cfg(not(unix))]
    let error = match command.spawn() {
        Ok(_) => return Ok(ExitCode::SUCCESS),
        Err(error) => error,
    };
    let ui = super::language_before_parsing();
    let name = program.display();
    Err(say!(ui,
        ru: "{name}: окно не запустилось: {error}",
        kk: "{name}: терезе ашылмады: {error}",
        en: "{name}: the window could not start: {error}",
    ))
}
