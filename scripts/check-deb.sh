#!/usr/bin/env bash
# Builds the .deb, installs it as a user would (apt), checks what the desktop sees — menu
# entry, icon, file type, the window and its WM_CLASS, a release opened the way a
# double-click opens it — and removes it again, checking nothing is left in /usr.
#
#   scripts/check-deb.sh            (on Debian or Ubuntu; .ci/run calls it. Installing
#                                    takes root: as another user it uses sudo)
#
# Needs: cargo-deb (installed at a pinned version if missing), dpkg-dev, Xvfb, xdotool,
# xprop (x11-utils), xdg-utils with libfile-mimeinfo-perl (so xdg-mime reads the
# shared-mime-info database as desktops do), desktop-file-utils; ImageMagick's
# `import` for a screenshot if present. Leaves target/check-deb/ (sizes, screenshot).
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=kz.pressdesk.Pressdesk
MIME=application/x-pressdesk+ron
CARGO_DEB_VERSION=3.8.0
TARGET_DIR=${CARGO_TARGET_DIR:-target}
OUT=$TARGET_DIR/check-deb
SUDO=
if [[ $(id -u) != 0 ]]; then
    SUDO=sudo
fi
rm -rf "$OUT"
mkdir -p "$OUT"

if ! cargo deb --version 2>/dev/null | grep -q " $CARGO_DEB_VERSION\$"; then
    echo "-- installing cargo-deb $CARGO_DEB_VERSION"
    cargo install cargo-deb --locked --version "$CARGO_DEB_VERSION" --quiet
fi

echo "-- packaging/linux/build-deb.sh"
packaging/linux/build-deb.sh
DEB=$(ls -t "$TARGET_DIR"/debian/pressdesk_*.deb | head -n1)
dpkg-deb --info "$DEB" >"$OUT/info.txt"
dpkg-deb --contents "$DEB" >"$OUT/contents.txt"
BIN_SIZE=$(dpkg-deb --fsys-tarfile "$DEB" | tar -xO ./usr/bin/pressdesk | wc -c)
WINDOW_SIZE=$(dpkg-deb --fsys-tarfile "$DEB" | tar -xO ./usr/bin/pressdesk-window | wc -c)
DEB_SIZE=$(stat -c %s "$DEB")
printf 'deb %s bytes\ncommand line (stripped) %s bytes\nwindow (stripped) %s bytes\n' \
    "$DEB_SIZE" "$BIN_SIZE" "$WINDOW_SIZE" | tee "$OUT/sizes.txt"

# A previous run that stopped half-way may have left it installed.
if dpkg -s pressdesk >/dev/null 2>&1; then
    $SUDO apt-get remove -y -qq pressdesk >/dev/null
fi

echo "-- apt install $DEB"
$SUDO apt-get install -y -qq --no-install-recommends "$(realpath "$DEB")" >"$OUT/install.log"
test -x /usr/bin/pressdesk
test -f "/usr/share/applications/$APP_ID.desktop"
test -f "/usr/share/metainfo/$APP_ID.metainfo.xml"
test -f "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
test -f "/usr/share/icons/hicolor/48x48/apps/$APP_ID.png"
desktop-file-validate "/usr/share/applications/$APP_ID.desktop"
/usr/bin/pressdesk --version
test -x /usr/bin/pressdesk-window
# The command line needs no library at all (it is linked statically; see build-deb.sh).
# (A static program has no INTERP header naming the dynamic loader.)
if readelf --program-headers /usr/bin/pressdesk | grep -q INTERP; then
    echo "FAIL: /usr/bin/pressdesk is not linked statically"
    exit 1
fi

# The file type: dpkg's triggers ran update-mime-database and update-desktop-database.
grep -q "^$MIME:\*\.pressdesk\$" /usr/share/mime/globs
grep -q "^$MIME=.*$APP_ID.desktop" /usr/share/applications/mimeinfo.cache
WORK=$(mktemp -d)
SAMPLE=$WORK/visit.pressdesk
cp tests/fixtures/releases/delegation-visit-ru.ron "$SAMPLE"
filetype=$(XDG_CURRENT_DESKTOP=X-Generic xdg-mime query filetype "$SAMPLE")
default=$(XDG_CURRENT_DESKTOP=X-Generic xdg-mime query default "$MIME")
echo "xdg-mime: $SAMPLE is $filetype, opened by $default"
[[ $filetype == "$MIME" ]]
[[ $default == "$APP_ID.desktop" ]]

echo "-- the menu entry's command under Xvfb, opening a release"
# What a double-click runs: the desktop entry's Exec line with %f replaced by the file.
EXEC=$(sed -n 's/^Exec=//p' "/usr/share/applications/$APP_ID.desktop")
read -r -a COMMAND <<<"${EXEC//%f/$SAMPLE}"
DISPLAY_NUM=:${CHECK_DEB_DISPLAY:-93}
Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB=$!
APP=
cleanup() {
    [[ -n $APP ]] && kill "$APP" 2>/dev/null
    kill "$XVFB" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 50); do
    xdpyinfo -display "$DISPLAY_NUM" >/dev/null 2>&1 && break
    sleep 0.2
done
# Opens the release as the desktop would, with the renderer settings given (NAME=value ...),
# and checks the window maps, names the release and stays up; SHOT names its screenshot.
window_check() {
    local shot=$1
    shift
    (
        cd "$WORK"
        # The user's own folders stay untouched.
        # exec: $! below is then the program itself, which `kill` must reach.
        exec env DISPLAY=$DISPLAY_NUM XDG_RUNTIME_DIR=$WORK PRESSDESK_HOME=$WORK/home "$@" \
            "${COMMAND[@]}"
    ) >"$OUT/$shot.log" 2>&1 &
    APP=$!
    WIN=$(DISPLAY=$DISPLAY_NUM timeout 60 xdotool search --sync --onlyvisible --class "$APP_ID" | head -n1 || true)
    if [[ -z $WIN ]]; then
        echo "the window did not map within 60 s; the program said:" >&2
        cat "$OUT/$shot.log" >&2
        exit 1
    fi
    WM_CLASS=$(DISPLAY=$DISPLAY_NUM xprop -id "$WIN" WM_CLASS)
    echo "window $WIN mapped: $WM_CLASS"
    [[ $WM_CLASS == "WM_CLASS(STRING) = \"$APP_ID\", \"$APP_ID\"" ]]
    # Give the release time to load, then look: the title names the opened release.
    sleep "${SETTLE:-4}"
    TITLE=$(DISPLAY=$DISPLAY_NUM xdotool getwindowname "$WIN")
    echo "title: $TITLE"
    [[ $TITLE == *"Pressdesk"* && $TITLE != Pressdesk ]]
    kill -0 "$APP"
    if command -v import >/dev/null; then
        DISPLAY=$DISPLAY_NUM import -window root "$OUT/$shot.png"
        echo "screenshot: $OUT/$shot.png"
    fi
    kill "$APP"
    wait "$APP" 2>/dev/null || true
    APP=
}
# Xvfb has no GPU: wgpu draws through Mesa's software OpenGL.
window_check window WGPU_BACKEND=gl
echo "-- the same in software (tiny-skia), which reads X11 through src/lazy-xlib"
window_check window-software ICED_BACKEND=tiny-skia

echo "-- apt remove"
FILES=$(dpkg -L pressdesk | while read -r f; do if [[ -f $f ]]; then echo "$f"; fi; done)
$SUDO apt-get remove -y -qq pressdesk >"$OUT/remove.log"
left=0
while read -r file; do
    if [[ -e $file ]]; then
        echo "left behind: $file" >&2
        left=1
    fi
done <<<"$FILES"
[[ $left == 0 ]]
if grep -q "$MIME" /usr/share/mime/globs || grep -qs "$APP_ID" /usr/share/applications/mimeinfo.cache; then
    echo "the file type is still registered after removal" >&2
    exit 1
fi
echo "deb check passed: installed, window mapped as $APP_ID, opened a release, removed cleanly"
