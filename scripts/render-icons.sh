#!/usr/bin/env bash
# Renders the app icon from its one source, packaging/linux/icons/kz.pressdesk.Pressdesk.svg,
# into everything the installers need. The outputs are committed, so packaging never needs
# these tools; run this again after changing the SVG.
#
#   Linux:   packaging/linux/icons/hicolor/NxN/apps/kz.pressdesk.Pressdesk.png (16…512)
#   Windows: packaging/windows/pressdesk.ico (16, 20, 24, 32, 40, 48, 64, 256)
#   macOS:   packaging/macos/pressdesk.icns (16, 32, 48, 128, 256, 512)
#   window:  packaging/pressdesk-64.rgba (64×64 RGBA for the window icon)
#
# Needs rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils) and
# ImageMagick's convert.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=kz.pressdesk.Pressdesk
SVG=packaging/linux/icons/$APP_ID.svg
HICOLOR=packaging/linux/icons/hicolor
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

render() { # size → $TMP/N.png
    rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$SVG" --output "$TMP/$1.png"
}

for size in 16 20 22 24 32 40 48 64 128 256 512; do
    render "$size"
done

# The sizes of the hicolor theme that desktops look up.
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$HICOLOR/${size}x${size}/apps"
    cp "$TMP/$size.png" "$HICOLOR/${size}x${size}/apps/$APP_ID.png"
done
mkdir -p "$HICOLOR/scalable/apps"
cp "$SVG" "$HICOLOR/scalable/apps/$APP_ID.svg"

# Windows: small sizes as bitmaps, 256 stored as PNG (-r) as Windows Vista and later expect.
icotool --create --output packaging/windows/pressdesk.ico \
    "$TMP/16.png" "$TMP/20.png" "$TMP/24.png" "$TMP/32.png" "$TMP/40.png" \
    "$TMP/48.png" "$TMP/64.png" --raw="$TMP/256.png"

# macOS: png2icns picks the icon type from each PNG's size.
png2icns packaging/macos/pressdesk.icns \
    "$TMP/16.png" "$TMP/32.png" "$TMP/48.png" "$TMP/128.png" "$TMP/256.png" "$TMP/512.png" \
    >/dev/null

# The window's own icon (title bar, taskbar, alt-tab), built into the program as raw RGBA
# so decoding it needs no image crate: src/gui/mod.rs includes it.
convert "$TMP/64.png" -depth 8 rgba:packaging/pressdesk-64.rgba

echo "icons written"
