use std::process::ExitCode;

use clap::Parser;
use pressdesk::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.command.is_some() {
        return cli::run(cli);
    }
    open_window(cli)
}

#[cfg(feature = "gui")]
fn open_window(_cli: Cli) -> ExitCode {
    match pressdesk::gui::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("pressdesk: the window could not open: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Built without the window: say what the command line can do instead.
#[cfg(not(feature = "gui"))]
fn open_window(_cli: Cli) -> ExitCode {
    use clap::CommandFactory;
    let _ = Cli::command().print_help();
    ExitCode::SUCCESS
}
