//! What the command-line tests share: a fresh folder per test with a home of its own
//! (PRESSDESK_HOME inside it, PRESSDESK_ARCHIVE cleared), so the user's settings, templates
//! and archive never leak in, and the program run from inside it.
#![allow(dead_code)] // each test file uses its own part

use std::path::PathBuf;
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_pressdesk");

pub struct Sandbox {
    pub dir: PathBuf,
}

impl Sandbox {
    /// An empty folder named after the test file (`prefix`) and the test (`name`).
    pub fn new(prefix: &str, name: &str) -> Sandbox {
        let dir =
            std::env::temp_dir().join(format!("pressdesk-{prefix}-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Sandbox { dir }
    }

    /// A file in the folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// Runs the program in the folder with `args`.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .current_dir(&self.dir)
            .env("PRESSDESK_HOME", self.dir.join("home"))
            .env_remove("PRESSDESK_ARCHIVE")
            .output()
            .expect("the binary runs")
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// What a run printed, as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What a run printed on its error stream, as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
