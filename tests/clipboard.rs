//! "Copy for email" on a real X11 clipboard: a private Xvfb server, the app's clipboard
//! code puts the release there, and xclip — another program, as a mail client would be —
//! reads back the HTML and the plain text. Skipped without Xvfb and xclip, except in CI
//! (`.ci/run` installs both).
#![cfg(all(feature = "gui", target_os = "linux"))]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Xvfb(Child);

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn installed(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

fn xclip(target: &str) -> String {
    let output = Command::new("xclip")
        .args(["-selection", "clipboard", "-o", "-t", target])
        .output()
        .expect("xclip runs");
    assert!(output.status.success(), "xclip -t {target}: {output:?}");
    String::from_utf8(output.stdout).expect("UTF-8 on the clipboard")
}

#[test]
fn another_program_pastes_the_html_and_the_text() {
    if !installed("Xvfb") || !installed("xclip") {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install xvfb and xclip"
        );
        eprintln!("note: Xvfb or xclip not found; skipped");
        return;
    }
    // A display number nobody else uses: from the process id, above the usual :0–:99.
    let display = 200 + std::process::id() % 500;
    let server = Command::new("Xvfb")
        .arg(format!(":{display}"))
        .args(["-screen", "0", "640x480x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts");
    let _server = Xvfb(server);
    let socket = format!("/tmp/.X11-unix/X{display}");
    let started = Instant::now();
    while !Path::new(&socket).exists() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "Xvfb never came up"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // SAFETY: this test binary has this one test, so no other thread reads the
    // environment while it changes.
    unsafe { std::env::set_var("DISPLAY", format!(":{display}")) };

    let html = "<table><tr><td><h1>Аким встретился с делегацией</h1>\
                <p>«Рады видеть вас», — отметил аким.</p></td></tr></table>";
    let text = "Аким встретился с делегацией\n\n«Рады видеть вас», — отметил аким.\n";
    // The socket appears before Xvfb accepts clients; on a loaded machine the first
    // connection can time out, so the copy is tried again for a while.
    let started = Instant::now();
    loop {
        match pressdesk::gui::clipboard::copy_html(html, text) {
            Ok(()) => break,
            Err(error) if started.elapsed() < Duration::from_secs(20) => {
                eprintln!("clipboard not ready yet: {error:?}");
                std::thread::sleep(Duration::from_millis(250));
            }
            Err(error) => panic!("the clipboard takes it: {error:?}"),
        }
    }

    // The copy stays pasteable after the call returns: the owner lives on.
    std::thread::sleep(Duration::from_millis(200));
    let targets = xclip("TARGETS");
    assert!(targets.lines().any(|t| t == "text/html"), "{targets}");
    assert_eq!(xclip("text/html"), html);
    assert_eq!(xclip("UTF8_STRING"), text);
    // A second copy replaces the first.
    pressdesk::gui::clipboard::copy_html("<p>второй</p>", "второй").unwrap();
    assert_eq!(xclip("UTF8_STRING"), "второй");
    pressdesk::gui::clipboard::release();
}
