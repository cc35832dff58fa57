//! How the window is drawn: by the GPU (wgpu) or in software (tiny-skia).
//!
//! iced falls back to software by itself when the GPU renderer cannot be *created*, but
//! not when it is created and then fails: on a Windows PC without a working Direct3D
//! driver (virtual machines, remote desktops, Wine) wgpu starts, then the driver stops the
//! program — a validation error at the first shader, or an abort inside the driver while
//! the device is made (Wine's vkd3d). So on Windows, before the window opens, the program
//! runs itself as a probe (`pressdesk-window --probe-renderer`) that makes a device and the
//! window's own drawing engine with all its pipelines; if the probe fails, crashes or
//! hangs, the window is drawn in software, and the log and Settings say why. The user can
//! also choose either in Settings (applied at the next start); `ICED_BACKEND` in the
//! environment wins over both.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The user's choice in Settings → Appearance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RendererChoice {
    /// The GPU when it works, software when it does not.
    #[default]
    Automatic,
    Gpu,
    Software,
}

/// How this run of the window is drawn, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drawing {
    /// By the GPU (iced may still fall back when it cannot be created).
    Gpu,
    /// In software because the user chose it (in Settings or with `ICED_BACKEND`).
    SoftwareChosen,
    /// In software because the GPU renderer failed the probe: the reason.
    SoftwareFallback(String),
}

static DRAWING: OnceLock<Drawing> = OnceLock::new();

/// How the window is drawn in this run (for Settings).
pub fn drawing() -> Drawing {
    DRAWING.get().cloned().unwrap_or(Drawing::Gpu)
}

/// Chooses the renderer before the window opens. Call once, before any thread starts
/// (it sets `ICED_BACKEND` for iced to read).
pub fn choose(choice: RendererChoice) -> Drawing {
    let drawing = match (std::env::var("ICED_BACKEND").ok().as_deref(), choice) {
        (Some("tiny-skia"), _) => Drawing::SoftwareChosen,
        (Some(_), _) | (None, RendererChoice::Gpu) => Drawing::Gpu,
        (None, RendererChoice::Software) => {
            use_software();
            Drawing::SoftwareChosen
        }
        (None, RendererChoice::Automatic) => match probe_if_needed() {
            Ok(()) => Drawing::Gpu,
            Err(reason) => {
                eprintln!(
                    "pressdesk: the GPU renderer could not start ({reason}); drawing in software"
                );
                use_software();
                Drawing::SoftwareFallback(reason)
            }
        },
    };
    let _ = DRAWING.set(drawing.clone());
    drawing
}

fn use_software() {
    // SAFETY: called from `main` before the window, the runtime or any other thread
    // starts, so nothing reads the environment concurrently.
    unsafe {
        std::env::set_var("ICED_BACKEND", "tiny-skia");
    }
}

/// The argument that makes the program the probe (see [`run_probe`]).
pub const PROBE_ARG: &str = "--probe-renderer";

/// How long a probe may take before its driver is taken for hung.
const PROBE_PATIENCE: std::time::Duration = std::time::Duration::from_secs(15);

/// Only Windows needs the probe: elsewhere a GPU renderer that cannot work fails while
/// being created, and iced falls back by itself.
#[cfg(windows)]
fn probe_if_needed() -> Result<(), String> {
    probe_in_child()
}

/// Runs the probe in a process of its own, so a driver that aborts stops the probe and not
/// the program.
#[cfg_attr(not(windows), allow(dead_code))]
fn probe_in_child() -> Result<(), String> {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut child = Command::new(exe)
        .arg(PROBE_ARG)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("the test could not start: {e}"))?;
    let started = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() < PROBE_PATIENCE => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "the graphics driver did not answer in {} s",
                    PROBE_PATIENCE.as_secs()
                ));
            }
            Err(e) => return Err(e.to_string()),
        }
    };
    let mut said = String::new();
    if let Some(mut out) = child.stdout.take() {
        let _ = out.read_to_string(&mut said);
    }
    match status.code() {
        Some(0) => Ok(()),
        Some(1) if !said.trim().is_empty() => Err(first_line(&said)),
        Some(code) => Err(format!(
            "the graphics driver stopped its test (exit code {code})"
        )),
        None => Err("the graphics driver stopped its test".to_string()),
    }
}

/// `pressdesk-window --probe-renderer`: exit 0 when the GPU renderer works; 1 with the reason on
/// standard output when it reports an error. A driver that aborts ends it otherwise.
pub fn run_probe() -> std::process::ExitCode {
    match probe() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(reason) => {
            println!("{reason}");
            std::process::ExitCode::from(1)
        }
    }
}

#[cfg(not(windows))]
fn probe_if_needed() -> Result<(), String> {
    Ok(())
}

/// Whether wgpu can compile a shader and build a render pipeline on the adapter it would
/// choose: the step that fails on a PC without a usable GPU driver.
pub fn probe() -> Result<(), String> {
    use iced::futures::executor::block_on;
    use iced::wgpu;

    // The adapter iced's compositor will ask for: every backend, high performance (with
    // the default, low-power choice the probe once tested Wine's GL adapter while the
    // window got its Direct3D one).
    let instance = wgpu::Instance::new(&wgpu::InstanceDescriptor {
        backends: wgpu::Backends::from_env().unwrap_or(wgpu::Backends::all()),
        ..Default::default()
    });
    let options = wgpu::RequestAdapterOptions {
        power_preference: wgpu::PowerPreference::from_env()
            .unwrap_or(wgpu::PowerPreference::HighPerformance),
        ..Default::default()
    };
    let adapter = block_on(instance.request_adapter(&options))
        .map_err(|e| format!("no graphics adapter: {e}"))?;
    let (device, queue) = block_on(adapter.request_device(&wgpu::DeviceDescriptor::default()))
        .map_err(|e| format!("no graphics device: {e}"))?;
    device.push_error_scope(wgpu::ErrorFilter::Validation);
    // The window's own engine, with every pipeline it draws with (quads, text, triangles,
    // images): a trivial shader passed under Wine while iced's quad shader then stopped
    // the window (FXC's "Not implemented"). A driver that panics here stops only the probe.
    let scope = device.clone();
    let _engine = iced_wgpu::Engine::new(
        &adapter,
        device,
        queue,
        wgpu::TextureFormat::Bgra8UnormSrgb,
        None,
        iced_wgpu::graphics::Shell::headless(),
    );
    let device = scope;
    match block_on(device.pop_error_scope()) {
        Some(error) => Err(first_line(&error.to_string())),
        None => Ok(()),
    }
}

fn first_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("unknown error")
        .chars()
        .take(200)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_probe_answers_without_crashing_where_there_is_no_gpu() {
        // On a CI machine without a GPU either answer is right; what matters is that it
        // answers rather than stopping the program.
        let _ = probe();
    }

    #[test]
    fn a_reason_is_one_short_line() {
        assert_eq!(
            first_line("\n  Validation Error\n\nCaused by: …"),
            "Validation Error"
        );
    }
}
