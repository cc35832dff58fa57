//! The installer files agree with each other and with the program: one app id, one file
//! type (extension and MIME), one version; the icons are the sizes their folders say.
//! With `desktop-file-validate` and `appstreamcli` on the PATH the Linux files are also
//! checked by the freedesktop tools (required in CI, where .ci/run installs them).

use std::path::{Path, PathBuf};
use std::process::Command;

use pressdesk::storage::RELEASE_EXTENSION;

const APP_ID: &str = "kz.pressdesk.Pressdesk";
const MIME: &str = "application/x-pressdesk+ron";
const VERSION: &str = env!("CARGO_PKG_VERSION");
const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A text file with `\n` line ends, also where Git checked it out with `\r\n` (Windows).
fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .replace("\r\n", "\n")
}

fn desktop_key<'a>(desktop: &'a str, key: &str) -> &'a str {
    desktop
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
        .unwrap_or_else(|| panic!("the desktop file has no {key}"))
}

/// Runs a validator if it is installed; in CI it must be.
fn validate(tool: &str, args: &[&str]) {
    match Command::new(tool).args(args).output() {
        Ok(out) => assert!(
            out.status.success(),
            "{tool} {args:?} failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("skipped: {tool} is not installed");
        }
        Err(e) => panic!("{tool} is required in CI: {e}"),
    }
}

#[cfg(feature = "gui")]
#[test]
fn the_window_carries_the_app_id() {
    assert_eq!(pressdesk::gui::APP_ID, APP_ID);
}

#[test]
fn desktop_entry_names_the_app_id_icon_and_file_type() {
    let path = format!("packaging/linux/{APP_ID}.desktop");
    let desktop = read(&path);
    assert_eq!(desktop_key(&desktop, "Icon"), APP_ID);
    assert_eq!(desktop_key(&desktop, "StartupWMClass"), APP_ID);
    assert_eq!(desktop_key(&desktop, "Exec"), "pressdesk %f");
    assert_eq!(desktop_key(&desktop, "MimeType"), format!("{MIME};"));
    validate(
        "desktop-file-validate",
        &[root().join(&path).to_str().unwrap()],
    );
}

#[test]
fn mime_type_matches_the_files_the_program_saves() {
    let xml = read(&format!("packaging/linux/{APP_ID}.xml"));
    assert!(xml.contains(&format!(r#"<mime-type type="{MIME}">"#)));
    assert!(xml.contains(&format!(r#"<glob pattern="*.{RELEASE_EXTENSION}"/>"#)));
    assert!(xml.contains(&format!(r#"<icon name="{APP_ID}"/>"#)));
}

#[test]
fn metainfo_has_the_id_version_screenshots_and_file_type() {
    let path = format!("packaging/linux/{APP_ID}.metainfo.xml");
    let xml = read(&path);
    assert!(xml.contains(&format!("<id>{APP_ID}</id>")));
    assert!(xml.contains(&format!(
        r#"<launchable type="desktop-id">{APP_ID}.desktop</launchable>"#
    )));
    assert!(xml.contains(&format!("<mediatype>{MIME}</mediatype>")));
    assert!(
        xml.contains(&format!(r#"<release version="{VERSION}""#)),
        "release notes for {VERSION} are missing"
    );
    // Every screenshot is a file in docs/screenshots/, addressed in the repository.
    let raw = REPOSITORY.replace("https://github.com/", "https://raw.githubusercontent.com/");
    let prefix = format!("{raw}/main/");
    let mut shots = 0;
    for piece in xml.split("<image type=\"source\"").skip(1) {
        let url = &piece[piece.find('>').unwrap() + 1..piece.find("</image>").unwrap()];
        let file = url
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("{url} is not in {prefix}"));
        assert!(root().join(file).is_file(), "{file} does not exist");
        shots += 1;
    }
    assert!(shots >= 2, "software centres want screenshots");
    validate(
        "appstreamcli",
        &["validate", "--no-net", root().join(&path).to_str().unwrap()],
    );
}

#[test]
fn macos_info_plist_declares_the_bundle_and_document_type() {
    let plist = read("packaging/macos/Info.plist");
    let value = |key: &str| -> String {
        let at = plist.find(&format!("<key>{key}</key>")).expect(key);
        let rest = &plist[at..];
        let start = rest.find("<string>").unwrap() + "<string>".len();
        rest[start..start + rest[start..].find("</string>").unwrap()].to_owned()
    };
    assert_eq!(value("CFBundleIdentifier"), APP_ID);
    assert_eq!(value("CFBundleShortVersionString"), VERSION);
    assert_eq!(value("LSMinimumSystemVersion"), "11.0");
    assert!(plist.contains("<key>NSHighResolutionCapable</key>\n  <true/>"));
    for key in ["CFBundleDocumentTypes", "UTExportedTypeDeclarations"] {
        assert!(plist.contains(&format!("<key>{key}</key>")), "{key}");
    }
    assert!(plist.contains(&format!("<string>{RELEASE_EXTENSION}</string>")));
    assert!(plist.contains(&format!("<string>{MIME}</string>")));
}

#[test]
fn installer_configs_use_the_same_id_and_file_type() {
    let cargo = read("Cargo.toml");
    assert!(cargo.contains(&format!(r#"identifier = "{APP_ID}""#)));
    assert!(cargo.contains(&format!(
        r#"extensions = ["{RELEASE_EXTENSION}"], mimeType = "{MIME}""#
    )));
    // Every file the .deb ships is in the repository (the binary is built by cargo deb).
    let deb = &cargo[cargo.find("[package.metadata.deb]").unwrap()..];
    let assets = &deb[deb.find("assets = [").unwrap()..deb.find("\n]\n").unwrap()];
    for line in assets.lines().filter(|l| l.trim_start().starts_with("[\"")) {
        let source = line.split('"').nth(1).unwrap();
        if source.starts_with("target/") {
            continue;
        }
        let found = if source.contains('*') {
            // `dir/*/…` names a folder; `dir/NAME-*` files whose names start so.
            let before = &source[..source.find('*').unwrap()];
            match before.rsplit_once('/') {
                Some((dir, "")) => root().join(dir).is_dir(),
                Some((dir, start)) => std::fs::read_dir(root().join(dir)).is_ok_and(|entries| {
                    entries
                        .flatten()
                        .any(|e| e.file_name().to_string_lossy().starts_with(start))
                }),
                None => false,
            }
        } else {
            root().join(source).is_file()
        };
        assert!(found, "deb asset {source} is missing");
    }
    let wxs = read("packaging/windows/file-association.wxs");
    assert!(wxs.contains(r#"<Component Id="PressdeskFileAssociation""#));
    assert!(cargo.contains(r#"componentRefs = ["PressdeskFileAssociation"]"#));
    assert!(wxs.contains(&format!(r#"Key="Software\Classes\.{RELEASE_EXTENSION}""#)));
    assert!(wxs.contains(MIME));
    let manifest = read("packaging/windows/pressdesk.exe.manifest");
    for needle in [
        "PerMonitorV2",
        "Microsoft.Windows.Common-Controls",
        "<activeCodePage xmlns=\"http://schemas.microsoft.com/SMI/2019/WindowsSettings\">UTF-8",
    ] {
        assert!(manifest.contains(needle), "manifest lacks {needle}");
    }
}

/// The NSIS installer built on Linux (packaging/windows/build.sh) registers the same file
/// type and ProgID as the other installers, per user, and carries the dictionaries'
/// licences; what it does under Wine is run by scripts/windows-test.sh in CI.
#[test]
fn the_windows_installer_script_agrees_with_the_other_packages() {
    let nsi = read("packaging/windows/pressdesk.nsi");
    let wxs = read("packaging/windows/file-association.wxs");
    for needle in [
        "Target amd64-unicode",
        "RequestExecutionLevel user",
        r#"InstallDir "$LOCALAPPDATA\Programs\${APP}""#,
        &format!(r#"!define APP_ID "{APP_ID}""#),
        &format!(r#""Software\Classes\.{RELEASE_EXTENSION}" "Content Type" "{MIME}""#),
        r#"File "${STAGE}\dictionaries\*.txt""#,
    ] {
        assert!(nsi.contains(needle), "pressdesk.nsi lacks {needle}");
    }
    let prog_id = nsi
        .lines()
        .find_map(|l| l.strip_prefix("!define PROG_ID "))
        .unwrap()
        .trim_matches('"');
    assert!(wxs.contains(prog_id), "the MSI's ProgID is {prog_id} too");
    let build = read("packaging/windows/build.sh");
    assert!(build.contains("cp assets/dictionaries/LICENSE-*.txt"));
    assert!(build.contains("windows-x64-setup.exe") && build.contains("windows-x64.zip"));
    assert!(build.contains(
        r#"z.writestr(
        "Pressdesk/portable","#
    ));
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{}", path.display());
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

#[test]
fn icons_are_the_sizes_their_folders_say() {
    let hicolor = root().join("packaging/linux/icons/hicolor");
    let mut sizes = Vec::new();
    for entry in std::fs::read_dir(&hicolor).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_str().unwrap().to_owned();
        if name == "scalable" {
            assert!(dir.join(format!("apps/{APP_ID}.svg")).is_file());
            continue;
        }
        let size: u32 = name.split('x').next().unwrap().parse().unwrap();
        let png = dir.join(format!("apps/{APP_ID}.png"));
        assert_eq!(png_size(&png), (size, size), "{}", png.display());
        sizes.push(size);
    }
    sizes.sort_unstable();
    assert_eq!(sizes, [16, 22, 24, 32, 48, 64, 128, 256, 512]);

    let ico = std::fs::read(root().join("packaging/windows/pressdesk.ico")).unwrap();
    assert_eq!(&ico[..4], &[0, 0, 1, 0], "ICO header");
    assert!(
        u16::from_le_bytes([ico[4], ico[5]]) >= 6,
        "ICO holds several sizes"
    );
    let icns = std::fs::read(root().join("packaging/macos/pressdesk.icns")).unwrap();
    assert_eq!(&icns[..4], b"icns");
    assert_eq!(
        u32::from_be_bytes(icns[4..8].try_into().unwrap()) as usize,
        icns.len()
    );
    let rgba = std::fs::read(root().join("packaging/pressdesk-64.rgba")).unwrap();
    assert_eq!(rgba.len(), 64 * 64 * 4);
}
