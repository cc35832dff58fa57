#!/usr/bin/env bash
# Start-up time of the window: from process start to the window being mapped (viewable)
# on an X server, measured under Xvfb. Prints each run and the median in milliseconds.
#
#   scripts/startup-time.sh [BINARY] [RUNS]   (default: target/release/pressdesk, 7 runs)
#
# Polls with xdotool every 5 ms (xdotool's own --sync waits in half-second steps, too coarse).
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${1:-target/release/pressdesk}
RUNS=${2:-7}
if [[ ! -x $BIN ]]; then
    cargo build --release
fi

HOME_DIR=$(mktemp -d)
export PRESSDESK_HOME=$HOME_DIR
DISPLAY_NUM=:88
Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp &
XVFB=$!
APP=
cleanup() {
    [[ -n $APP ]] && kill "$APP" 2>/dev/null || true
    kill "$XVFB" 2>/dev/null || true
    rm -rf "$HOME_DIR"
}
trap cleanup EXIT
export DISPLAY=$DISPLAY_NUM
export WGPU_BACKEND=${WGPU_BACKEND:-gl}
sleep 0.5

times=()
for run in $(seq "$RUNS"); do
    start=$(date +%s%N)
    "$BIN" 2>/dev/null &
    APP=$!
    until xdotool search --onlyvisible --pid "$APP" >/dev/null 2>&1; do
        sleep 0.005
        if (( ($(date +%s%N) - start) > 20000000000 )); then
            echo "run $run: no window after 20 s" >&2
            exit 1
        fi
    done
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    times+=("$ms")
    echo "run $run: ${ms} ms"
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=
    sleep 0.3
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median: ${median} ms (process start → window mapped, $RUNS runs, $(basename "$BIN"))"
