#!/usr/bin/env bash
# The window's memory with ten 12-megapixel photos in the open release, against the same
# release without them (issue 21: it should grow by under 100 MB). Opens each under Xvfb,
# waits for the thumbnails, and reads the process's resident and peak memory.
#
#   scripts/photo-memory.sh [BINARY]   (default: target/release/pressdesk)
#
# Needs Xvfb, xdotool and ImageMagick's `convert` (to make the photos).
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${1:-target/release/pressdesk}
[[ -x $BIN ]] || cargo build --release

WORK=$(mktemp -d)
export PRESSDESK_HOME=$WORK/home
DISPLAY_NUM=:87
Xvfb "$DISPLAY_NUM" -screen 0 1400x1000x24 -nolisten tcp &
XVFB=$!
APP=
cleanup() {
    [[ -n $APP ]] && kill "$APP" 2>/dev/null || true
    kill "$XVFB" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
export DISPLAY=$DISPLAY_NUM
export WGPU_BACKEND=${WGPU_BACKEND:-gl}

cp tests/fixtures/releases/delegation-visit-ru.ron "$WORK/plain.pressdesk"
cp tests/fixtures/releases/delegation-visit-ru.ron "$WORK/photos.pressdesk"
for n in $(seq 0 9); do
    # 4000×3000 with grain, as a camera's photo; a different tint each.
    convert -size 4000x3000 "gradient:rgb($((n * 25)),80,160)-rgb(240,$((200 - n * 15)),60)" \
        -attenuate 0.4 +noise Gaussian -quality 90 "$WORK/IMG_$n.jpg"
    "$BIN" photo add "$WORK/photos.pressdesk" "$WORK/IMG_$n.jpg" --caption "Снимок $n" >/dev/null
done
echo "photos: $(du -sh "$WORK/photos" | cut -f1) in $WORK/photos"

measure() {
    "$BIN" "$1" 2>/dev/null &
    APP=$!
    # The window opens, the page is laid out and the thumbnails made.
    sleep 20
    local rss hwm
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$APP/status")
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$APP/status")
    kill "$APP"
    wait "$APP" 2>/dev/null || true
    APP=
    echo "$((rss / 1024)) $((hwm / 1024))"
}

read -r plain_rss plain_peak < <(measure "$WORK/plain.pressdesk")
read -r photos_rss photos_peak < <(measure "$WORK/photos.pressdesk")
echo "without photos: ${plain_rss} MB resident, ${plain_peak} MB peak"
echo "ten photos:     ${photos_rss} MB resident, ${photos_peak} MB peak"
echo "growth:         $((photos_rss - plain_rss)) MB resident, $((photos_peak - plain_peak)) MB peak"
