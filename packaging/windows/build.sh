#!/usr/bin/env bash
# The Windows release, built on Linux:
#   dist/pressdesk-<version>-windows-x64-setup.exe  the installer (NSIS, per user, no admin)
#   dist/pressdesk-<version>-windows-x64.zip        portable: unzip anywhere and run
#
#   packaging/windows/build.sh
#
# Needs the Rust target x86_64-pc-windows-gnu (rustup target add x86_64-pc-windows-gnu),
# Debian's gcc-mingw-w64-x86-64 (linker and windres, for the icon and manifest) and nsis
# (makensis). scripts/windows-test.sh runs what this makes under Wine.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
TARGET=x86_64-pc-windows-gnu
# The icon and the manifest must be inside the program: fail rather than ship without.
PRESSDESK_REQUIRE_WINDOWS_RESOURCES=1 cargo build --release --locked --target "$TARGET"

STAGE=target/windows-stage
rm -rf "$STAGE"
mkdir -p "$STAGE/dictionaries" dist
# One program, the window's (which runs the commands too), under the name people type. The
# quicker command-line program goes beside it once the installer's shortcuts and file type
# name the window's program and the Wine test runs both: a console `pressdesk.exe` would
# also make PowerShell wait for a command and see its exit code.
cp "target/$TARGET/release/pressdesk-window.exe" "$STAGE/pressdesk.exe"
# The symbol tables only help a debugger; without them the download is a third smaller.
x86_64-w64-mingw32-strip "$STAGE/pressdesk.exe"
cp packaging/windows/pressdesk.ico "$STAGE/"
# The spelling dictionaries are inside the program; their licences travel beside it.
cp assets/dictionaries/LICENSE-*.txt "$STAGE/dictionaries/"

SETUP=dist/pressdesk-$VERSION-windows-x64-setup.exe
makensis -V2 -DVERSION="$VERSION" -DSTAGE="$PWD/$STAGE" -DOUT="$PWD/$SETUP" \
    packaging/windows/pressdesk.nsi

# Portable: a folder with the program and the `portable` marker, which keeps settings
# and the archive in PressdeskData beside the program (src/paths.rs).
ZIP=dist/pressdesk-$VERSION-windows-x64.zip
python3 - "$STAGE" "$ZIP" <<'EOF'
import pathlib
import sys
import zipfile

stage, out = pathlib.Path(sys.argv[1]), sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.write(stage / "pressdesk.exe", "Pressdesk/pressdesk.exe")
    for licence in sorted((stage / "dictionaries").glob("*.txt")):
        z.write(licence, f"Pressdesk/dictionaries/{licence.name}")
    z.writestr(
        "Pressdesk/portable",
        "Pressdesk keeps its settings and archive in PressdeskData beside this file.\n",
    )
EOF
echo "$SETUP"
echo "$ZIP"
