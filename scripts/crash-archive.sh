#!/usr/bin/env bash
# Saves that survive being killed: the command line is killed with SIGKILL at random
# moments while it creates releases in an archive folder, saves them again (a language
# version added) and imports past releases (text files, some imported again), while
# another process keeps writing files into the same folder as a sync tool (Nextcloud,
# Syncthing) would. Afterwards every release that was ever complete must still be there
# and readable, `pressdesk archive-check` must find nothing damaged, `pressdesk list` must
# list exactly the release files in the folder, and importing the past releases once more
# must complete the imports that were cut short, each text one release, none twice.
#
#   scripts/crash-archive.sh [RUNS] [BINARY]
#     RUNS    default 1000 (CI runs 100)
#     BINARY  default target/debug/pressdesk (built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-1000}
BIN=${2:-target/debug/pressdesk}
[[ -x $BIN ]] || cargo build --locked
BIN=$(realpath "$BIN")

WORK=$(mktemp -d -t pressdesk-crash.XXXXXX)
SYNC=
cleanup() {
    [[ -n $SYNC ]] && kill "$SYNC" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
ARCHIVE=$WORK/archive
PAST=$WORK/past
mkdir -p "$ARCHIVE" "$PAST" "$WORK/home/config"
cp tests/fixtures/profile.ron "$WORK/home/config/profile.ron"
export PRESSDESK_HOME=$WORK/home PRESSDESK_ARCHIVE=$ARCHIVE

# The other writer: a release copied in under a new name every few milliseconds, written
# beside and renamed into place as sync tools do.
(
    k=0
    while true; do
        k=$((k + 1))
        cp tests/fixtures/releases/memorandum-kk.ron "$ARCHIVE/.sync-$k.tmp"
        mv "$ARCHIVE/.sync-$k.tmp" "$ARCHIVE/synced-$k.pressdesk"
        sleep 0.00$((RANDOM % 9 + 1))
    done
) &
SYNC=$!

templates=(delegation-visit memorandum forum-invitation working-trip blank)
languages=(ru kk en)
declare -A complete # release file → 1 once a run that wrote it finished
killed=0
for run in $(seq 1 "$RUNS"); do
    target=$ARCHIVE/r-$((RANDOM % (RUNS / 4 + 1))).pressdesk
    if ((RANDOM % 3 == 0)); then
        # A past release, written once and imported (again, perhaps).
        k=$((RANDOM % (RUNS / 8 + 1)))
        past=$PAST/p-$k.txt
        [[ -f $past ]] || printf 'Совещание № %s в акимате области\n\nТуркестан, 5 марта 2024 года. Аким области провёл совещание № %s.\n\nОбсуждены вопросы водоснабжения (№ %s).\n' "$k" "$k" "$k" >"$past"
        args=(import "$past")
        target=
    elif [[ -f $target ]]; then
        args=(add-version "$target" --lang "${languages[RANDOM % 3]}")
    else
        args=(new --template "${templates[RANDOM % 5]}" --lang "${languages[RANDOM % 3]}" --out "$target")
    fi
    "$BIN" "${args[@]}" >/dev/null 2>&1 &
    pid=$!
    # Kill it somewhere between its start and its end (a run takes about 12 ms).
    sleep "$(printf '0.%03d' $((RANDOM % 16)))"
    kill -KILL "$pid" 2>/dev/null || true
    status=0
    wait "$pid" 2>/dev/null || status=$?
    [[ $status -eq 137 ]] && killed=$((killed + 1))
    # Whatever is there now was renamed into place whole: it must never be lost.
    [[ -n $target && -f $target ]] && complete[$target]=1
done
kill "$SYNC" 2>/dev/null || true
wait "$SYNC" 2>/dev/null || true
SYNC=

failures=0
lost=0
for file in "${!complete[@]}"; do
    [[ -f $file ]] || { echo "LOST: $file"; lost=$((lost + 1)); }
done
# The imports once more, not killed: those cut short are completed, the rest skipped.
"$BIN" import "$PAST" >/dev/null 2>&1 || true
texts=$(find "$PAST" -name 'p-*.txt' | wc -l)
imported=$(grep -l 'original_name: "p-' "$ARCHIVE"/*.pressdesk 2>/dev/null | wc -l)
if [[ $imported -ne $texts ]]; then
    echo "FAIL: $texts past releases, $imported imported"
    failures=$((failures + 1))
fi
if ! "$BIN" archive-check >"$WORK/check.txt" 2>&1; then
    echo "FAIL: archive-check found damaged files:"
    head -20 "$WORK/check.txt"
    failures=$((failures + 1))
fi
files=$(find "$ARCHIVE" -maxdepth 1 -name '*.pressdesk' ! -name '.*' | wc -l)
listed=$("$BIN" list 2>/dev/null | wc -l)
if [[ $files -ne $listed ]]; then
    echo "FAIL: $files release files in the folder, $listed listed"
    failures=$((failures + 1))
fi
left=$(find "$ARCHIVE" -maxdepth 1 -name '.*.pressdesk.*' | wc -l)
echo "runs: $RUNS, killed mid-run: $killed, releases: $files (listed: $listed; imported: $imported of $texts texts), lost: $lost, temporary files left: $left"
[[ $lost -eq 0 && $failures -eq 0 ]] || exit 1
echo "no release damaged or lost"
