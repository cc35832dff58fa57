//! The email HTML as a phone (375 px) and a desktop mail client (600 px) draw it: every
//! sample release of every template and language, and releases whose statistics have the
//! longest labels, periods and figures a press office writes, rendered by headless Chromium.
//! Nothing may be wider than the screen — neither the page nor the statistics table, which
//! must wrap rather than scroll sideways in its box.
//!
//! Chromium draws each release in an iframe of the tested width (a headless window cannot
//! be narrower than 500 px; an iframe's document has the iframe's width as its viewport,
//! which is what `width=device-width` and the layout see). One Chromium start measures all.
//! Without Chromium the test says so and passes, except in CI (`CI` set), where it fails.

use std::path::{Path, PathBuf};
use std::process::Command;

use pressdesk::compose::compose;
use pressdesk::export::to_html;
use pressdesk::language::{Language, Localized};
use pressdesk::release::Release;
use pressdesk::storage::{load_profile, load_release};
use rust_decimal::Decimal;

const WIDTHS: [u32; 2] = [375, 600];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PRESSDESK_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            let ok = Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success());
            ok.then(|| PathBuf::from(name))
        })
}

/// Every sample release, by file name.
fn samples() -> Vec<(String, Release)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures().join("releases"))
        .expect("sample releases")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, load_release(path).expect("sample release loads"))
        })
        .collect()
}

/// The delegation visit with statistics as long as real ones get: a period phrase of five
/// words, a label of seven, a figure in the hundreds of thousands of millions with its
/// currency, a part, a fall.
fn long_statistics(mut release: Release) -> Release {
    let long = |ru: &str, kk: &str, en: &str| {
        Localized::from_pairs([(Language::Ru, ru), (Language::Kk, kk), (Language::En, en)])
    };
    for s in &mut release.statistics {
        s.label = long(
            "объём внешнеторгового оборота Туркестанской области с провинцией Сычуань",
            "Түркістан облысының Сычуань провинциясымен сыртқы сауда айналымының көлемі",
            "the value of Turkestan region’s foreign trade turnover with Sichuan province",
        );
        s.period = long(
            "за январь — сентябрь 2025 года включительно",
            "2025 жылдың қаңтар — қыркүйек айларындағы кезеңде",
            "in the nine months from January to September 2025",
        );
        s.value = Decimal::new(12_345_678, 1);
        s.in_table = true;
        if let Some(change) = &mut s.change {
            change.percent = Decimal::new(-1234, 1);
        }
    }
    release
}

/// One page holding every release at every width, each in an iframe, and a script that
/// writes what it measured into `<pre id="out">` for `--dump-dom` to print.
fn harness(pages: &[(String, String)]) -> String {
    let mut out = String::from("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>");
    for (name, html) in pages {
        for width in WIDTHS {
            out.push_str(&format!(
                "<iframe data-name=\"{name}\" style=\"width:{width}px;height:3000px;border:0\" srcdoc=\"{}\"></iframe>",
                escape_attribute(html)
            ));
        }
    }
    out.push_str(
        r#"<pre id="out"></pre><script>
window.addEventListener("load", function () {
  var lines = [];
  document.querySelectorAll("iframe").forEach(function (frame) {
    var doc = frame.contentDocument;
    var tables = [];
    doc.querySelectorAll("table").forEach(function (table) {
      tables.push(table.scrollWidth + "/" + table.parentElement.clientWidth);
    });
    lines.push([frame.dataset.name, frame.contentWindow.innerWidth,
      doc.documentElement.scrollWidth, tables.join(",")].join(" "));
  });
  document.getElementById("out").textContent = lines.join("\n");
});
</script></body></html>"#,
    );
    out
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[test]
fn email_fits_phones_and_desktop_clients_for_every_sample() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "Chromium is needed for the email layout test (apt-get install chromium)"
        );
        eprintln!("email layout not checked: Chromium is not installed");
        return;
    };
    let profile = load_profile(&fixtures().join("profile.ron")).expect("profile");
    let mut releases = samples();
    let long: Vec<(String, Release)> = releases
        .iter()
        .filter(|(name, _)| name.starts_with("delegation-visit"))
        .map(|(name, r)| {
            (
                format!("{name}-long-statistics"),
                long_statistics(r.clone()),
            )
        })
        .collect();
    releases.extend(long);
    let mut pages = Vec::new();
    for (name, release) in &releases {
        for version in &release.versions {
            let doc = compose(release, version.language, &profile).expect("composes");
            pages.push((format!("{name}/{}", version.language.code()), to_html(&doc)));
        }
    }
    assert!(
        pages.len() >= 18,
        "every template in three languages, and the long ones"
    );

    let dir = std::env::temp_dir().join(format!("pressdesk-email-layout-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp folder");
    let file = dir.join("harness.html");
    std::fs::write(&file, harness(&pages)).expect("write harness");
    let output = Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--window-size=1200,3000",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("Chromium runs");
    // PRESSDESK_KEEP_HARNESS=FILE keeps the page, to look at it in a browser.
    if let Some(keep) = std::env::var_os("PRESSDESK_KEEP_HARNESS") {
        std::fs::copy(&file, keep).expect("keep the harness page");
    }
    let _ = std::fs::remove_dir_all(&dir);
    let dom = String::from_utf8_lossy(&output.stdout);
    let measured = dom
        .split_once("<pre id=\"out\">")
        .and_then(|(_, rest)| rest.split_once("</pre>"))
        .map(|(lines, _)| lines.to_string())
        .unwrap_or_else(|| {
            panic!(
                "Chromium printed no measurements:\n{}",
                String::from_utf8_lossy(&output.stderr)
            )
        });

    let mut problems = Vec::new();
    let mut count = 0;
    for line in measured.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        let [name, viewport, page, tables @ ..] = fields.as_slice() else {
            panic!("unexpected measurement line {line:?}");
        };
        count += 1;
        let viewport: u32 = viewport.parse().expect("viewport width");
        assert!(WIDTHS.contains(&viewport), "{name}: drawn at {viewport} px");
        let page: u32 = page.parse().expect("page width");
        if page > viewport {
            problems.push(format!(
                "{name} at {viewport} px: the page is {page} px wide"
            ));
        }
        for table in tables
            .iter()
            .flat_map(|t| t.split(','))
            .filter(|t| !t.is_empty())
        {
            let (wide, room) = table.split_once('/').expect("table/room");
            let (wide, room): (u32, u32) = (wide.parse().unwrap(), room.parse().unwrap());
            if wide > room {
                problems.push(format!(
                    "{name} at {viewport} px: a table is {wide} px wide in {room} px"
                ));
            }
        }
    }
    assert_eq!(count, pages.len() * WIDTHS.len(), "every page measured");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
