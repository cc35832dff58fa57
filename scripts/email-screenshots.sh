#!/usr/bin/env bash
# The email HTML as mail clients draw it: headless Chromium at 600 px (desktop clients)
# and 375 px (phones), and 600 px with Chromium's forced dark mode (as Gmail and Outlook
# darken messages). Writes docs/screenshots/email-*.png.
#
#   scripts/email-screenshots.sh [RELEASE]   (default: the Russian delegation-visit sample)
set -euo pipefail

cd "$(dirname "$0")/.."
RELEASE=${1:-tests/fixtures/releases/delegation-visit-ru.ron}
OUT=docs/screenshots
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PRESSDESK_HOME=$WORK/home cargo run --quiet --release -- \
    --profile tests/fixtures/profile.ron export "$RELEASE" --format html --out "$WORK/release.html" --force
shoot() {
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "$@" >/dev/null 2>&1
}
shoot --window-size=600,1400 --screenshot="$OUT/email-600.png" "file://$WORK/release.html"
# A headless window is at least 500 px wide: the phone is an iframe of 375 px, whose
# document has 375 px as its viewport, and the picture is cropped to it.
printf '<!DOCTYPE html><body style="margin:0"><iframe src="release.html" style="width:375px;height:1400px;border:0"></iframe>' \
    >"$WORK/phone.html"
shoot --window-size=500,1400 --screenshot="$OUT/email-375.png" "file://$WORK/phone.html"
if command -v convert >/dev/null; then
    convert "$OUT/email-375.png" -crop 375x1400+0+0 +repage "$OUT/email-375.png"
fi
shoot --force-dark-mode --enable-features=WebContentsForceDark --window-size=600,900 \
    --screenshot="$OUT/email-600-dark.png" "file://$WORK/release.html"
echo "wrote $OUT/email-600.png, email-375.png, email-600-dark.png"
