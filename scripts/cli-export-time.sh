#!/usr/bin/env bash
# Whole-process time of `pressdesk export --format docx` on a ~600-word release, against
# `pandoc -o x.docx` on the same text (issue 16: the CLI's start-up cost). Prints the
# median of RUNS runs of each, in milliseconds. The commands take turns, in a new random
# order each round, so that a slower moment of a shared machine falls on all of them alike.
# Needs a release build and pandoc. BIN may name several builds, separated by spaces, to
# compare them in the same rounds (a change against the commit before it, say).
#
# The background is one long paragraph unless PARAGRAPHS=1 makes each copy a paragraph of
# its own, as a real release's background is written (the export then typesets them on
# both cores). Each copy then leaves out one word of its own: the export typesets a text
# once however often it occurs, and eight identical paragraphs flattered it by 0.4 ms
# (until session 15 they were identical).
#
# STEPS=1 times only the builds' exports, for comparing changes step by step: started with
# posix_spawn (about 0.5 ms less than subprocess per run) and reported with the median of
# the process's own CPU time (from wait4), which a busy host disturbs less than wall time.
#
#   scripts/cli-export-time.sh [RUNS]
#   BIN="/tmp/before/pressdesk target/release/pressdesk" scripts/cli-export-time.sh 100
#   PARAGRAPHS=1 scripts/cli-export-time.sh 100
#   STEPS=1 BIN="/tmp/a/pressdesk /tmp/b/pressdesk /tmp/c/pressdesk" scripts/cli-export-time.sh 600
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-31}
BIN=${BIN:-target/release/pressdesk}
for bin in $BIN; do
    [ -x "$bin" ] || { echo "$bin: build first: cargo build --release" >&2; exit 1; }
done
FIRST=${BIN%% *}
[ -n "${STEPS:-}" ] || command -v pandoc >/dev/null || { echo "pandoc is not installed" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The sample visit with its background written eight times over: about 600 words.
python3 - "$WORK/release.pressdesk" "${PARAGRAPHS:-}" <<'PY'
import re, sys
text = open("tests/fixtures/releases/delegation-visit-ru.ron", encoding="utf-8").read()
paragraphs = bool(sys.argv[2])
joint = "\\n\\n" if paragraphs else " "  # a blank line inside the RON string, or a space
def longer(match):
    words = match.group(2).split(" ")
    copies = [" ".join(words[:i] + words[i + 1:]) if paragraphs else match.group(2) for i in range(8)]
    return match.group(1) + joint.join(copies) + '"'
text = re.sub(r'(background: \(\s*text: ")([^"]*)"', longer, text, count=1)
open(sys.argv[1], "w", encoding="utf-8").write(text)
PY
"$FIRST" --profile tests/fixtures/profile.ron export "$WORK/release.pressdesk" --format txt \
    --out "$WORK/release.txt" --force 2>/dev/null >/dev/null
WORDS=$(wc -w <"$WORK/release.txt")

# Each build is timed from a fresh copy. How long a binary's file has sat in the page cache
# changes its start by up to 0.3 ms on this machine (a copy made an hour earlier started
# slower than one made now, same bytes), which would favour whichever build was made last.
COPIES=()
for bin in $BIN; do
    copy="$WORK/builds/${#COPIES[@]}/$(basename "$bin")"
    mkdir -p "$(dirname "$copy")"
    cp "$bin" "$copy"
    COPIES+=("$bin=$copy")
done

# Timed from Python (subprocess, no shell in between: a shell's fork took 3 ms of each run).
python3 - "$RUNS" "$WORDS" "$WORK" "${STEPS:-}" "${COPIES[@]}" <<'PY'
import os, random, statistics, subprocess, sys, time
runs, words, work, steps, binaries = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
if steps:
    quiet = os.open(os.devnull, os.O_WRONLY)
    wall, cpu = {}, {}
    for run in range(runs + 2):
        random.shuffle(binaries)
        for named in binaries:
            name, binary = named.split("=", 1)
            argv = [binary, "--profile", "tests/fixtures/profile.ron", "export",
                    f"{work}/release.pressdesk", "--format", "docx", "--out", f"{work}/p.docx", "--force"]
            start = time.perf_counter()
            pid = os.posix_spawn(binary, argv, os.environ, file_actions=[
                (os.POSIX_SPAWN_DUP2, quiet, 1), (os.POSIX_SPAWN_DUP2, quiet, 2)])
            _, _, usage = os.wait4(pid, 0)
            if run >= 2:
                wall.setdefault(name, []).append((time.perf_counter() - start) * 1000)
                cpu.setdefault(name, []).append((usage.ru_utime + usage.ru_stime) * 1000)
    print(f"words: {words}, rounds: {runs} (median), export docx only")
    for name in [named.split("=", 1)[0] for named in sys.argv[5:]]:  # in the order given
        print(f"{name:60s} wall {statistics.median(wall[name]):6.2f} ms   cpu {statistics.median(cpu[name]):6.2f} ms")
    sys.exit(0)
commands = {}
for named in binaries:
    name, binary = named.split("=", 1)  # the build as given, and the fresh copy timed
    commands[f"{name} export docx"] = [
        binary, "--profile", "tests/fixtures/profile.ron", "export", f"{work}/release.pressdesk",
        "--format", "docx", "--out", f"{work}/p.docx", "--force"]
    commands[f"{name} --version"] = [binary, "--version"]
commands["pandoc -o x.docx"] = ["pandoc", f"{work}/release.txt", "-f", "markdown", "-o", f"{work}/x.docx"]
times = {name: [] for name in commands}
for run in range(runs + 2):
    order = list(commands)
    random.shuffle(order)
    for name in order:
        start = time.perf_counter()
        subprocess.run(commands[name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        if run >= 2:  # the first two rounds bring the files into the page cache
            times[name].append((time.perf_counter() - start) * 1000)
median = {name: statistics.median(t) for name, t in times.items()}
pandoc = median["pandoc -o x.docx"]
print(f"words: {words}, rounds: {runs} (median)")
for name, value in median.items():
    ratio = f"   pandoc / this: {pandoc / value:.1f}x" if name.endswith("export docx") else ""
    print(f"{name:60s} {value:6.2f} ms{ratio}")
PY
