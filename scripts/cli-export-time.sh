#!/usr/bin/env bash
# Whole-process time of `pressdesk export --format docx` on a ~600-word release, against
# `pandoc -o x.docx` on the same text (issue 16: the CLI's start-up cost). Prints the
# median of RUNS runs of each, in milliseconds. Needs a release build and pandoc.
#
#   scripts/cli-export-time.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-31}
BIN=${BIN:-target/release/pressdesk}
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 1; }
command -v pandoc >/dev/null || { echo "pandoc is not installed" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The sample visit with its background written three times over: about 600 words.
python3 - "$WORK/release.pressdesk" <<'PY'
import re, sys
text = open("tests/fixtures/releases/delegation-visit-ru.ron", encoding="utf-8").read()
def longer(match):
    body = match.group(2)
    return f'{match.group(1)}{body} {body} {body}"'
text = re.sub(r'(background: \(\s*text: ")([^"]*)"', longer, text, count=1)
open(sys.argv[1], "w", encoding="utf-8").write(text)
PY
"$BIN" --profile tests/fixtures/profile.ron export "$WORK/release.pressdesk" --format txt \
    --out "$WORK/release.txt" --force 2>/dev/null >/dev/null
WORDS=$(wc -w <"$WORK/release.txt")

median_ms() { # command...
    local times=()
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

PRESSDESK=$(median_ms "$BIN" --profile tests/fixtures/profile.ron export "$WORK/release.pressdesk" \
    --format docx --out "$WORK/p.docx" --force)
VERSION=$(median_ms "$BIN" --version)
PANDOC=$(median_ms pandoc "$WORK/release.txt" -f markdown -o "$WORK/x.docx")
echo "words: $WORDS, runs: $RUNS (median)"
echo "pressdesk --version:        $VERSION ms"
echo "pressdesk export docx:      $PRESSDESK ms"
echo "pandoc -o x.docx:           $PANDOC ms"
awk -v p="$PRESSDESK" -v q="$PANDOC" 'BEGIN {printf "pandoc / pressdesk:         %.1f×\n", q / p}'
