//! Windows resources for pressdesk.exe: the icon Explorer and the taskbar show, the version
//! information of File → Properties → Details, and the application manifest (per-monitor
//! DPI awareness v2, Common Controls 6, UTF-8 as the active code page).
//!
//! Only when the *target* is Windows: a build script runs on the host, so `cfg!(windows)`
//! would be wrong when cross-compiling; CARGO_CFG_TARGET_OS tells the target.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=packaging/windows/pressdesk.ico");
    println!("cargo:rerun-if-changed=packaging/windows/pressdesk.exe.manifest");
    println!("cargo:rerun-if-env-changed=PRESSDESK_REQUIRE_WINDOWS_RESOURCES");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("packaging/windows/pressdesk.ico")
        .set_manifest_file("packaging/windows/pressdesk.exe.manifest")
        .set("ProductName", "Pressdesk")
        .set("FileDescription", "Pressdesk")
        .set("CompanyName", "The Pressdesk developers")
        .set("LegalCopyright", "© 2026 The Pressdesk developers")
        .set("OriginalFilename", "pressdesk.exe")
        .set("InternalName", "pressdesk");
    if let Err(error) = resource.compile() {
        // Without a resource compiler (rc.exe, windres or llvm-rc) the program still works
        // but has no icon and no manifest. A check or a cross-build may go on with a
        // warning; the release workflow sets PRESSDESK_REQUIRE_WINDOWS_RESOURCES and fails.
        if std::env::var_os("PRESSDESK_REQUIRE_WINDOWS_RESOURCES").is_some() {
            panic!("Windows resources could not be embedded: {error}");
        }
        println!("cargo:warning=Windows resources not embedded: {error}");
    }
}
