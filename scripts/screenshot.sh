#!/usr/bin/env bash
# Screenshots of the window for docs/screenshots/: home, editor (a sample release) and
# settings, taken from the real binary under Xvfb.
#
#   scripts/screenshot.sh [BINARY]     (default: target/release/pressdesk, built if missing)
#
# Needs Xvfb, xdotool and ImageMagick (`import`). Settings and recent files go to a
# temporary PRESSDESK_HOME, so the user's own settings are never touched.
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${1:-target/release/pressdesk}
if [[ ! -x $BIN ]]; then
    cargo build --release
fi
OUT=docs/screenshots
mkdir -p "$OUT"
SAMPLE=tests/fixtures/releases/delegation-visit-ru.ron
WIDTH=${WIDTH:-1200}
HEIGHT=${HEIGHT:-780}

HOME_DIR=$(mktemp -d)
mkdir -p "$HOME_DIR/config"
cp tests/fixtures/profile.ron "$HOME_DIR/config/profile.ron"
export PRESSDESK_HOME=$HOME_DIR
# A sample file the app may write to without touching the fixture.
cp "$SAMPLE" "$HOME_DIR/delegation-visit-ru.pressdesk"

DISPLAY_NUM=:87
Xvfb "$DISPLAY_NUM" -screen 0 "${WIDTH}x${HEIGHT}x24" -nolisten tcp &
XVFB=$!
APP=
cleanup() {
    [[ -n $APP ]] && kill "$APP" 2>/dev/null || true
    kill "$XVFB" 2>/dev/null || true
    rm -rf "$HOME_DIR"
}
trap cleanup EXIT
export DISPLAY=$DISPLAY_NUM
sleep 0.5

# Software rendering: Xvfb has no GPU.
export WGPU_BACKEND=${WGPU_BACKEND:-gl}

start() {
    "$BIN" &
    APP=$!
    WIN=$(xdotool search --sync --onlyvisible --pid "$APP" | head -n1)
    xdotool windowsize "$WIN" "$WIDTH" "$HEIGHT" windowmove "$WIN" 0 0
    # Park the pointer in a corner so no hover highlight shows.
    xdotool mousemove "$((WIDTH - 1))" "$((HEIGHT - 1))"
    sleep "${SETTLE:-2}"
}

stop() {
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=
}

shot() {
    import -window root "$OUT/$1.png"
    echo "wrote $OUT/$1.png"
}

# Home: the archive holds every sample release (a file named by its id), and one is
# marked approved so the status badge with its lock shows.
ARCHIVE=$HOME_DIR/data/archive
mkdir -p "$ARCHIVE"
for file in tests/fixtures/releases/*.ron; do
    id=$(grep -m1 -o '"5e55[0-9a-f-]*"' "$file" | tr -d '"')
    cp "$file" "$ARCHIVE/$id.pressdesk"
done
sed -i '0,/status: draft/s//status: approved/' "$ARCHIVE"/5e550000-0000-4000-8000-000000000101.pressdesk
start
shot home
# The search field is the first text field on the screen: type into it (no window
# manager under Xvfb, so focus the window for the keystrokes first).
xdotool windowfocus --sync "$WIN"
xdotool mousemove "${SEARCH_X:-400}" "${SEARCH_Y:-365}" click 1
xdotool type --delay 60 "делегации"
xdotool mousemove "$((WIDTH - 1))" "$((HEIGHT - 1))"
sleep 1
shot archive
stop

# Editor on the sample release, then Settings (Ctrl+,).
PRESSDESK_OPEN="$HOME_DIR/delegation-visit-ru.pressdesk" start
shot editor
xdotool windowfocus --sync "$WIN" key ctrl+comma
sleep 1
shot settings
stop

# The dark theme, as chosen in Settings.
printf '(version: 1, ui_language: ru, theme: dark)\n' > "$HOME_DIR/config/window.ron"
PRESSDESK_OPEN="$HOME_DIR/delegation-visit-ru.pressdesk" start
shot editor-dark
stop
