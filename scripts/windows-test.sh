#!/usr/bin/env bash
# The Windows build, run under Wine as a press secretary's PC would run it: the command line
# on a release and an archive in a folder whose path has Cyrillic and Kazakh letters and
# spaces (C:\users\Әлия Серікқызы\Documents\Баспасөз), and the DOCX and HTML it writes
# compared with the Linux build's (apart from timestamps).
#
#   scripts/windows-test.sh [EXE] [LINUX_BINARY]
#     EXE           default target/x86_64-pc-windows-gnu/release/pressdesk-window.exe
#     LINUX_BINARY  default target/debug/pressdesk (built if missing)
#
# With SETUP=dist/pressdesk-<version>-windows-x64-setup.exe (packaging/windows/build.sh)
# it also installs that silently, runs the installed program, and uninstalls it; with
# PORTABLE=dist/pressdesk-<version>-windows-x64.zip it unpacks and runs the portable one.
#
# Needs wine64 (Debian's wine, wine64), gcc-mingw-w64-x86-64 and python3. The Wine prefix
# lives in target/wine; Debian 12's Wine 8 lacks bcryptprimitives.dll (ProcessPrng, which
# Rust's standard library imports), so a stand-in built from scripts/windows/ goes into
# the prefix — test harness only, never shipped.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
EXE=$(realpath "${1:-target/x86_64-pc-windows-gnu/release/pressdesk-window.exe}")
LINUX=${2:-target/debug/pressdesk}
[[ -x $LINUX ]] || cargo build --locked
LINUX=$(realpath "$LINUX")

export WINEPREFIX=$ROOT/target/wine
export WINEARCH=win64
export WINEDEBUG=-all
# No Mono or Gecko install prompts: Pressdesk needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
if [[ ! -f $WINEPREFIX/system.reg ]]; then
    echo "== a Wine prefix in target/wine"
    wineboot --init >/dev/null 2>&1
    wineserver --wait
fi
SYSTEM32=$WINEPREFIX/drive_c/windows/system32
if [[ ! -f $SYSTEM32/bcryptprimitives.dll ]] ||
    [[ scripts/windows/bcryptprimitives.c -nt $SYSTEM32/bcryptprimitives.dll ]]; then
    x86_64-w64-mingw32-gcc -shared -O2 -o "$SYSTEM32/bcryptprimitives.dll" \
        scripts/windows/bcryptprimitives.c scripts/windows/bcryptprimitives.def
fi

# The user's folder, as Windows names it and as Linux sees it.
USER_DIR='C:\users\Әлия Серікқызы'
USER_UNIX="$WINEPREFIX/drive_c/users/Әлия Серікқызы"
WORK='C:\users\Әлия Серікқызы\Documents\Баспасөз'
WORK_UNIX="$USER_UNIX/Documents/Баспасөз"
rm -rf "$USER_UNIX"
mkdir -p "$WORK_UNIX" "$USER_UNIX/Pressdesk/config"
cp tests/fixtures/profile.ron "$USER_UNIX/Pressdesk/config/profile.ron"
cp tests/fixtures/releases/delegation-visit-kk.ron "$WORK_UNIX/Делегация сапары.pressdesk"
RELEASE="$WORK\\Делегация сапары.pressdesk"

failures=0
# Runs pressdesk.exe with Windows paths; the output is kept in $OUT_TEXT.
win() {
    local expect=$1
    shift
    local status=0
    OUT_TEXT=$(PRESSDESK_HOME="$USER_DIR\\Pressdesk" wine "$EXE" "$@" 2>&1) || status=$?
    if [[ $status -ne $expect ]]; then
        echo "FAIL: pressdesk $* exited $status, expected $expect"
        echo "$OUT_TEXT" | head -20
        failures=$((failures + 1))
    else
        echo "ok: pressdesk $*"
    fi
}
has() {
    if ! grep -qF -- "$1" <<<"$OUT_TEXT"; then
        echo "FAIL: the output lacks «$1»:"
        echo "$OUT_TEXT" | head -20
        failures=$((failures + 1))
    fi
}

echo "== the command line under Wine, in $WORK"
win 0 --version
has "pressdesk"
win 0 templates
has "delegation-visit"
win 0 new --template memorandum --lang kk --out "$WORK\\Меморандум.pressdesk"
[[ -f "$WORK_UNIX/Меморандум.pressdesk" ]] || { echo "FAIL: new wrote nothing"; failures=$((failures + 1)); }
for format in docx html eml txt; do
    win 0 export "$RELEASE" --format "$format" --out "$WORK\\Сапар.$format"
    [[ -s "$WORK_UNIX/Сапар.$format" ]] || { echo "FAIL: no Сапар.$format"; failures=$((failures + 1)); }
done
win 0 check "$RELEASE"
ARCHIVE="$WORK\\Мұрағат"
mkdir -p "$WORK_UNIX/Мұрағат"
cp "$WORK_UNIX/Делегация сапары.pressdesk" "$WORK_UNIX/Мұрағат/"
win 0 list --archive "$ARCHIVE"
has "Түркістан"
win 0 archive-check --archive "$ARCHIVE"

echo "== the same exports from the Linux build"
LINUX_OUT=$(mktemp -d)
trap 'rm -rf "$LINUX_OUT"' EXIT
mkdir -p "$LINUX_OUT/home/config"
cp tests/fixtures/profile.ron "$LINUX_OUT/home/config/profile.ron"
for format in docx html; do
    PRESSDESK_HOME="$LINUX_OUT/home" "$LINUX" export "$WORK_UNIX/Делегация сапары.pressdesk" \
        --format "$format" --out "$LINUX_OUT/Сапар.$format" >/dev/null
done
python3 - "$WORK_UNIX" "$LINUX_OUT" <<'EOF' || failures=$((failures + 1))
"""The Windows and the Linux exports are the same document: every part of the DOCX but its
timestamps, and the HTML, byte for byte."""
import re
import sys
import zipfile

windows, linux = sys.argv[1], sys.argv[2]
def parts(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}
w, l = parts(f"{windows}/Сапар.docx"), parts(f"{linux}/Сапар.docx")
if sorted(w) != sorted(l):
    sys.exit(f"FAIL: DOCX parts differ: {sorted(set(w) ^ set(l))}")
stamp = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*<")
for name in w:
    a, b = w[name], l[name]
    if name == "docProps/core.xml":
        a, b = stamp.sub(b"", a), stamp.sub(b"", b)
    if a != b:
        sys.exit(f"FAIL: DOCX part {name} differs between Windows and Linux")
if open(f"{windows}/Сапар.html", "rb").read() != open(f"{linux}/Сапар.html", "rb").read():
    sys.exit("FAIL: the HTML differs between Windows and Linux")
print(f"ok: DOCX ({len(w)} parts) and HTML the same as the Linux build's")
EOF

echo "== the window under Wine, default settings"
# Under Xvfb (started here when there is no display): the window must open and stay open;
# without a usable GPU (Wine has none) it draws in software and says so. A screenshot of
# the editor, scrolled, is kept in target/windows-test/editor.png to look at.
SHOTS=$ROOT/target/windows-test
mkdir -p "$SHOTS"
XVFB=
if [[ -z ${DISPLAY:-} ]]; then
    export DISPLAY=:93
    Xvfb "$DISPLAY" -screen 0 1280x860x24 -nolisten tcp &
    XVFB=$!
    sleep 1
fi
PRESSDESK_HOME="$USER_DIR\\Pressdesk" wine "$EXE" "$RELEASE" >"$SHOTS/window.log" 2>&1 &
APP=$!
window=
for _ in $(seq 1 60); do
    window=$(xdotool search --name "Pressdesk" 2>/dev/null | head -1) && [[ -n $window ]] && break
    sleep 1
done
if [[ -z $window ]] || ! kill -0 "$APP" 2>/dev/null; then
    echo "FAIL: the window did not open"
    cat "$SHOTS/window.log"
    failures=$((failures + 1))
else
    sleep 3
    # Scroll the page and the form, where a software renderer shows stale pixels first.
    xdotool mousemove 900 500
    for _ in $(seq 1 8); do xdotool click 5; sleep 0.1; done
    xdotool mousemove 300 500
    for _ in $(seq 1 8); do xdotool click 5; sleep 0.1; done
    sleep 2
    import -window root "$SHOTS/editor.png"
    if kill -0 "$APP" 2>/dev/null; then
        echo "ok: the window opened and stayed open; screenshot: target/windows-test/editor.png"
    else
        echo "FAIL: the window closed by itself"
        cat "$SHOTS/window.log"
        failures=$((failures + 1))
    fi
    grep -h "drawing in software" "$SHOTS/window.log" || true
fi
kill "$APP" 2>/dev/null || true
wineserver -k 2>/dev/null || true

if [[ -n ${SETUP:-} ]]; then
    echo "== the installer, silently: install, run, uninstall"
    # Per user: %LOCALAPPDATA%\Programs\Pressdesk, no administrator.
    WINE_USER=$(id -un)
    PROGRAMS="$WINEPREFIX/drive_c/users/$WINE_USER/AppData/Local/Programs"
    INSTALLED="$PROGRAMS/Pressdesk"
    rm -rf "$INSTALLED"
    wine "$(realpath "$SETUP")" /S
    wineserver --wait
    for file in pressdesk.exe uninstall.exe dictionaries/LICENSE-kk_KZ.txt; do
        [[ -f "$INSTALLED/$file" ]] || { echo "FAIL: not installed: $file"; failures=$((failures + 1)); }
    done
    reg() { wine reg query "$1" 2>/dev/null | tr -d '\r'; }
    reg 'HKCU\Software\Classes\.pressdesk' | grep -q "Pressdesk.Release" ||
        { echo "FAIL: .pressdesk is not associated"; failures=$((failures + 1)); }
    reg 'HKCU\Software\Classes\Pressdesk.Release\shell\open\command' | grep -q 'pressdesk.exe" "%1"' ||
        { echo "FAIL: no open command for .pressdesk"; failures=$((failures + 1)); }
    SHORTCUT="$WINEPREFIX/drive_c/users/$WINE_USER/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Pressdesk.lnk"
    [[ -f "$SHORTCUT" ]] || { echo "FAIL: no Start-menu shortcut"; failures=$((failures + 1)); }
    reg 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\kz.pressdesk.Pressdesk' | grep -q "DisplayName" ||
        { echo "FAIL: not listed under installed apps"; failures=$((failures + 1)); }
    INSTALLED_EXE='C:\users\'"$WINE_USER"'\AppData\Local\Programs\Pressdesk\pressdesk.exe'
    OUT_TEXT=$(wine "$INSTALLED_EXE" --version 2>&1) || true
    has "pressdesk"
    # The installed program exports a DOCX that opens: a zip whose document parses, with
    # the release's Kazakh headline in it.
    PRESSDESK_HOME="$USER_DIR\\Pressdesk" wine "$INSTALLED_EXE" export "$RELEASE" \
        --format docx --out "$WORK\\Орнатылған.docx" >/dev/null 2>&1 || true
    python3 - "$WORK_UNIX/Орнатылған.docx" <<'EOF_DOCX' || failures=$((failures + 1))
import sys, zipfile, xml.dom.minidom
try:
    with zipfile.ZipFile(sys.argv[1]) as z:
        document = z.read("word/document.xml").decode("utf-8")
    xml.dom.minidom.parseString(document)
except Exception as error:
    sys.exit(f"FAIL: the installed program's DOCX: {error}")
if "Түркістан" not in document:
    sys.exit("FAIL: the installed program's DOCX lacks the Kazakh headline")
print("ok: the installed program exported a valid DOCX into the Cyrillic folder")
EOF_DOCX
    # With a release as its argument (what a double-click does), the window opens.
    PRESSDESK_HOME="$USER_DIR\\Pressdesk" wine "$INSTALLED_EXE" "$RELEASE" >/dev/null 2>&1 &
    OPENED=$!
    window=
    for _ in $(seq 1 60); do
        window=$(xdotool search --name "Pressdesk" 2>/dev/null | head -1) && [[ -n $window ]] && break
        sleep 1
    done
    if [[ -z $window ]]; then
        echo "FAIL: the installed program did not open the release"
        failures=$((failures + 1))
    else
        echo "ok: the installed program opened the release"
    fi
    kill "$OPENED" 2>/dev/null || true
    wineserver -k 2>/dev/null || true
    # The user's own files (the release, its exports) must survive the uninstaller.
    wine 'C:\users\'"$WINE_USER"'\AppData\Local\Programs\Pressdesk\uninstall.exe' /S
    wineserver --wait
    if [[ -e "$INSTALLED" ]]; then
        echo "FAIL: left after uninstalling: $(find "$INSTALLED" | head -5)"
        failures=$((failures + 1))
    fi
    if [[ -e "$SHORTCUT" ]]; then
        echo "FAIL: the Start-menu shortcut is left after uninstalling"
        failures=$((failures + 1))
    fi
    if reg 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\kz.pressdesk.Pressdesk' | grep -q "DisplayName"; then
        echo "FAIL: Pressdesk is still listed under installed apps"
        failures=$((failures + 1))
    fi
    if reg 'HKCU\Software\Classes\.pressdesk' | grep -q "Pressdesk"; then
        echo "FAIL: the file association is left after uninstalling"
        failures=$((failures + 1))
    fi
    [[ -f "$WORK_UNIX/Делегация сапары.pressdesk" ]] ||
        { echo "FAIL: the uninstaller removed the user's release"; failures=$((failures + 1)); }
    echo "ok: installed, run and uninstalled; the user's files are kept"
fi
if [[ -n ${PORTABLE:-} ]]; then
    echo "== the portable zip: unpacked into a folder, it keeps everything beside itself"
    rm -rf "$WORK_UNIX/Портативті"
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' \
        "$PORTABLE" "$WORK_UNIX/Портативті"
    PORTABLE_EXE="$WORK\\Портативті\\Pressdesk\\pressdesk.exe"
    if OUT_TEXT=$(wine "$PORTABLE_EXE" list 2>&1) &&
        [[ -d "$WORK_UNIX/Портативті/Pressdesk/PressdeskData" ]]; then
        echo "ok: the portable program keeps its data in PressdeskData beside it"
    else
        echo "FAIL: portable mode: $OUT_TEXT"
        failures=$((failures + 1))
    fi
fi
[[ -n $XVFB ]] && kill "$XVFB" 2>/dev/null || true

if [[ $failures -gt 0 ]]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "all Windows checks passed"
