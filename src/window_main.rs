//! `pressdesk-window`: the window (`pressdesk` without a command starts it). It runs the
//! command line's commands too, so `cargo run --release -- export …` works; installed, the
//! commands go to `pressdesk`, which starts quicker.

// The window is a GUI program on Windows: no console window opens beside it when it is
// started from the Start menu or by a double-click. A command typed in a terminal still
// prints, because `main` attaches to that terminal's console first (see `attach_console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use pressdesk::Language;
use pressdesk::cli::{self, Cli};

fn main() -> ExitCode {
    // The window's own test of the graphics driver, run as a child process (see
    // gui::renderer): before anything else, so nothing but the test can fail here.
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == pressdesk::gui::renderer::PROBE_ARG)
    {
        return pressdesk::gui::renderer::run_probe();
    }
    attach_console();
    match cli::run_command(cli::parse()) {
        Ok(code) => code,
        Err(cli) => open_window(*cli),
    }
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
#[cfg(windows)]
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

#[cfg(not(windows))]
fn set_app_user_model_id() {}

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
    if let Some(message) = no_display() {
        eprintln!("pressdesk: {message}");
        return ExitCode::FAILURE;
    }
    set_app_user_model_id();
    pressdesk::gui::choose_renderer();
    match pressdesk::gui::run_with(open) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let ui = cli::language_before_parsing();
            let message = match ui {
                Language::Ru => format!("окно не открылось: {error}"),
                Language::Kk => format!("терезе ашылмады: {error}"),
                Language::En => format!("the window could not open: {error}"),
            };
            eprintln!("pressdesk: {message}");
            ExitCode::FAILURE
        }
    }
}

/// On Linux and the BSDs a window needs an X11 or Wayland display; without one (an SSH
/// session, a console) winit would stop with a panic. Said in one line instead, pointing
/// at what works without a display.
#[cfg(all(unix, not(target_os = "macos")))]
fn no_display() -> Option<String> {
    let set = |name| std::env::var_os(name).is_some_and(|value| !value.is_empty());
    if set("DISPLAY") || set("WAYLAND_DISPLAY") || set("WAYLAND_SOCKET") {
        return None;
    }
    Some(match cli::language_before_parsing() {
        Language::Ru => "окну нужен дисплей, а DISPLAY и WAYLAND_DISPLAY не заданы; команды работают и без него: pressdesk --help",
        Language::Kk => "терезеге дисплей керек, ал DISPLAY пен WAYLAND_DISPLAY берілмеген; командалар онсыз да істейді: pressdesk --help",
        Language::En => "the window needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set; the commands work without one: pressdesk --help",
    }.to_owned())
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn no_display() -> Option<String> {
    None
}
