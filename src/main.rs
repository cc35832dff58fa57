//! `pressdesk`: the command line. Its commands (`export`, `check`, `new`, …) run here;
//! without a command, or with a release file, it starts the window's program,
//! `pressdesk-window` (see `pressdesk::cli::window` for why the window is a program of its
//! own). This program links no window code, so every command starts as quickly as it can.

use std::process::ExitCode;

use pressdesk::cli::{self, Cli};

fn main() -> ExitCode {
    match cli::run_command(cli::parse()) {
        Ok(code) => code,
        Err(cli) => open_window(*cli),
    }
}

/// `pressdesk` or `pressdesk FILE`: a missing file is refused here in one line, as the
/// window's program would, then the window's program takes over.
fn open_window(cli: Cli) -> ExitCode {
    if let Some(file) = &cli.file {
        let cwd = std::env::current_dir().unwrap_or_default();
        if let Err(message) = cli::file_to_open(file, &cwd) {
            eprintln!("pressdesk: {message}");
            return ExitCode::from(2);
        }
    }
    start_window()
}

#[cfg(feature = "gui")]
fn start_window() -> ExitCode {
    match cli::window::open(std::env::args_os().skip(1).collect()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("pressdesk: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Built without the window (`--no-default-features`): say what the command line can do
/// instead, in the user's language as `--help` does. (Not even a window's program left
/// beside it by another build is started.)
#[cfg(not(feature = "gui"))]
fn start_window() -> ExitCode {
    use clap::CommandFactory;
    let ui = cli::language_before_parsing();
    let _ = cli::help::localized(Cli::command(), ui).print_help();
    ExitCode::SUCCESS
}
