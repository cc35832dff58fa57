// The window is a GUI program on Windows: no console window opens beside it when it is
// started from the Start menu or by a double-click. A command typed in a terminal still
// prints, because `main` attaches to that terminal's console first (see `attach_console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use pressdesk::cli::{self, Cli};

fn main() -> ExitCode {
    // The window's own test of the graphics driver, run as a child process (see
    // gui::renderer): before anything else, so nothing but the test can fail here.
    #[cfg(feature = "gui")]
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == pressdesk::gui::renderer::PROBE_ARG)
    {
        return pressdesk::gui::renderer::run_probe();
    }
    attach_console();
    let cli = cli::parse();
    if cli.command.is_some() {
        if let Some(file) = &cli.file {
            eprintln!("pressdesk: {}", cli::file_before_command(file));
            return ExitCode::from(2);
        }
        return cli::run(cli);
    }
    open_window(cli)
}

/// A "windows"-subsystem program has no console of its own, so `println!` would go
/// nowhere. When started from a terminal (cmd, PowerShell, Windows Terminal) there is a
/// parent console: write to it. Started from Explorer there is none, and this does nothing.
/// Done before parsing, so `--help`, `--version` and argument errors print too.
#[cfg(windows)]
fn attach_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    if std::env::args_os().len() > 1 {
        // SAFETY: plain Win32 call with a constant argument; failure (no parent console,
        // or already attached) is reported by the return value and is harmless here.
        unsafe {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

#[cfg(not(windows))]
fn attach_console() {}

/// The installers' shortcuts carry the AppUserModelID kz.pressdesk.Pressdesk; the window's
/// process takes the same one, so Windows groups the window with its pinned shortcut and
/// shows the right icon and name in the taskbar.
#[cfg(all(windows, feature = "gui"))]
fn set_app_user_model_id() {
    use windows_sys::Win32::UI::Shell::SetCurrentProcessExplicitAppUserModelID;
    let id: Vec<u16> = pressdesk::gui::APP_ID
        .encode_utf16()
        .chain(std::iter::once(0))
        .collect();
    // SAFETY: `id` is a NUL-terminated UTF-16 string that outlives the call, which copies
    // it. A failure only loses the taskbar grouping.
    unsafe {
        SetCurrentProcessExplicitAppUserModelID(id.as_ptr());
    }
}

#[cfg(all(not(windows), feature = "gui"))]
fn set_app_user_model_id() {}

#[cfg(feature = "gui")]
fn open_window(cli: Cli) -> ExitCode {
    // `pressdesk FILE` (a double-click on a .pressdesk file runs this) opens that release;
    // without it, PRESSDESK_OPEN=FILE still does, for scripts.
    let open = match cli.file.as_deref() {
        Some(file) => {
            let cwd = std::env::current_dir().unwrap_or_default();
            match cli::file_to_open(file, &cwd) {
                Ok(path) => Some(path),
                Err(message) => {
                    eprintln!("pressdesk: {message}");
                    return ExitCode::from(2);
                }
            }
        }
        None => pressdesk::gui::open_from_env(),
    };
    // Portable mode whose folder cannot be written: say so and stop, rather than keep
    // the user's work somewhere they do not expect.
    if let Some(problem) = pressdesk::paths::portable_problem() {
        pressdesk::gui::show_startup_error(&problem);
        return ExitCode::FAILURE;
    }
    set_app_user_model_id();
    pressdesk::gui::choose_renderer();
    match pressdesk::gui::run_with(open) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("pressdesk: the window could not open: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Built without the window: say what the command line can do instead, in the user's
/// language as `--help` does.
#[cfg(not(feature = "gui"))]
fn open_window(_cli: Cli) -> ExitCode {
    use clap::CommandFactory;
    let ui = cli::language_before_parsing();
    let _ = cli::help::localized(Cli::command(), ui).print_help();
    ExitCode::SUCCESS
}
