#!/usr/bin/env bash
# Checks HTML files with the W3C Nu validator; prints errors only, exits non-zero on any.
#
#   VNU_JAR=/path/to/vnu.jar scripts/validate-html.sh page.html [more.html ...]
#
# Get the jar with `npm install --prefix DIR vnu-jar` (it lands in
# DIR/node_modules/vnu-jar/build/dist/vnu.jar); Java 11 or newer runs it.
# The export test does the same when PRESSDESK_VNU_JAR is set:
#   PRESSDESK_VNU_JAR=$VNU_JAR cargo test --no-default-features --test export_html
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: VNU_JAR=/path/to/vnu.jar $0 FILE.html [FILE.html ...]" >&2
    exit 2
fi
jar="${VNU_JAR:-${PRESSDESK_VNU_JAR:-}}"
if [[ -z "$jar" || ! -f "$jar" ]]; then
    echo "error: set VNU_JAR to the path of vnu.jar (npm install vnu-jar)" >&2
    exit 2
fi
exec java -jar "$jar" --errors-only "$@"
