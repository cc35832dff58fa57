#!/usr/bin/env bash
# Every template × language exported to DOCX and read back by three readers that share no
# code with the exporter or with each other:
#   libreoffice  soffice converts the DOCX to PDF, pdftotext reads the PDF (Kazakh letters
#                need a Times New Roman substitute that has them: fonts-liberation2);
#   python-docx  scripts/verify_docx.py reads paragraphs, style names and table cells and
#                checks them against the release file (headline, lead, body, quotes,
#                figures of the statistics table, notice, signature, end mark);
#   pandoc       docx → plain text.
# Each must hold every word of the release's plain-text export (`--format txt`).
#
# The releases are the filled samples in tests/fixtures/releases/<template>-<lang>.ron,
# with an embargo added (so the Notice style is read too), exported with the sample
# profile plus the end mark. A template without a sample is drafted with `pressdesk new`.
#
#   scripts/verify-exports.sh [--pictures]
#
#   --pictures   also render page 1 of the delegation-visit PDFs (ru, kk, en) to
#                docs/screenshots/docx-delegation-visit-<lang>.png
#   --keep       leave the temporary folder (releases, DOCX, PDF, extracted texts) in place
#
# PRESSDESK_BIN names the binary to test (default: `cargo build --release`, then that).
# Everything is written to a temporary folder, PRESSDESK_HOME included: the user's
# settings and archive are never read or written. Exit 1 if any reader finds a fault.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
PICTURES=0
KEEP=0
for arg in "$@"; do
    case $arg in
        --pictures) PICTURES=1 ;;
        --keep) KEEP=1 ;;
        -h | --help)
            sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "verify-exports: unknown argument $arg (try --help)" >&2
            exit 2
            ;;
    esac
done

missing=()
SOFFICE=$(command -v soffice || command -v libreoffice || true)
[ -n "$SOFFICE" ] || missing+=("soffice (apt-get install libreoffice-writer-nogui)")
command -v pdftotext >/dev/null || missing+=("pdftotext (apt-get install poppler-utils)")
command -v pandoc >/dev/null || missing+=("pandoc (apt-get install pandoc)")
# The Python with python-docx: PRESSDESK_PYTHON, else the one on the PATH, else Debian's
# own (where apt-get install python3-docx puts it when pyenv shadows it).
PYTHON=${PRESSDESK_PYTHON:-}
if [ -z "$PYTHON" ]; then
    for candidate in python3 /usr/bin/python3; do
        if "$candidate" -c 'import docx' 2>/dev/null; then PYTHON=$candidate; break; fi
    done
fi
"${PYTHON:-python3}" -c 'import docx' 2>/dev/null || missing+=("python3 with docx (apt-get install python3-docx)")
if [ "$PICTURES" = 1 ]; then
    command -v pdftoppm >/dev/null || missing+=("pdftoppm (apt-get install poppler-utils)")
fi
if [ ${#missing[@]} -gt 0 ]; then
    printf 'verify-exports: missing %s\n' "${missing[@]}" >&2
    exit 3
fi

if [ -z "${PRESSDESK_BIN:-}" ]; then
    cargo build --quiet --release --bin pressdesk
    PRESSDESK_BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/pressdesk
fi
BIN=$PRESSDESK_BIN

START=$(date +%s)
WORK=$(mktemp -d -t pressdesk-verify.XXXXXX)
if [ "$KEEP" = 1 ]; then
    echo "verify-exports: keeping the files in $WORK"
else
    trap 'rm -rf "$WORK"' EXIT
fi
export PRESSDESK_HOME=$WORK/home
export PRESSDESK_ARCHIVE=$WORK/archive

# The sample profile (signature, contacts) with the end mark switched on and a letterhead
# logo — an SVG drawn here, so the SVG conversion and the header picture are read too.
PROFILE=$WORK/profile.ron
LOGO=$WORK/logo.svg
cat >"$LOGO" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="100" height="60" viewBox="0 0 100 60">
<rect width="100" height="60" rx="8" fill="#1d4e89"/><circle cx="50" cy="30" r="18" fill="#f2c230"/>
</svg>
SVG
sed -e 's/end_mark: false/end_mark: true/' \
    -e "s|^)\$|    letterhead: (enabled: true, logo: Some(\"$LOGO\")),\n)|" \
    tests/fixtures/profile.ron >"$PROFILE"
grep -q 'end_mark: true' "$PROFILE"
grep -q 'letterhead: (enabled: true' "$PROFILE"
EMBARGO='Some("2025-09-19T10:00:00+05:00[Asia\/Almaty]")'

TEMPLATES=$("$BIN" --profile "$PROFILE" templates | awk '{print $1}')
LANGS="ru kk en"
[ -n "$TEMPLATES" ] || { echo "verify-exports: \`pressdesk templates\` listed nothing" >&2; exit 1; }

FAILURES=0
fail() { # template lang reader message
    echo "FAIL $1 $2 [$3]: $4" >&2
    FAILURES=$((FAILURES + 1))
}

# 1. Export every template × language as DOCX and as plain text.
declare -A ORIGIN
NAMES=()
for template in $TEMPLATES; do
    for lang in $LANGS; do
        name=$template-$lang
        release=$WORK/$name.ron
        sample=tests/fixtures/releases/$name.ron
        if [ -f "$sample" ]; then
            sed "s/^    embargo: None,/    embargo: $EMBARGO,/" "$sample" >"$release"
            ORIGIN[$name]=sample
        else
            "$BIN" --profile "$PROFILE" new --template "$template" --lang "$lang" \
                --out "$release" >/dev/null
            ORIGIN[$name]=drafted
        fi
        for format in docx txt; do
            # --force: new releases still show their placeholders, which the export
            # would otherwise refuse; this script checks what the files hold.
            if ! out=$("$BIN" --profile "$PROFILE" export "$release" --lang "$lang" \
                --format "$format" --out "$WORK/$name.$format" --force 2>&1); then
                fail "$template" "$lang" "pressdesk export $format" "$out"
            fi
        done
        NAMES+=("$name")
    done
done

# 2. LibreOffice converts them all at once (one start-up), into its own profile folder.
mkdir -p "$WORK/pdf"
docx_files=()
for name in "${NAMES[@]}"; do
    [ -f "$WORK/$name.docx" ] && docx_files+=("$WORK/$name.docx")
done
if ! lo_out=$("$SOFFICE" "-env:UserInstallation=file://$WORK/lo-profile" --headless \
    --convert-to pdf --outdir "$WORK/pdf" "${docx_files[@]}" 2>&1); then
    echo "verify-exports: LibreOffice failed: $lo_out" >&2
fi

# 3. Each file through each reader.
CHECK="$PYTHON $ROOT/scripts/verify_docx.py"
PASSED=0
for name in "${NAMES[@]}"; do
    template=${name%-*}
    lang=${name##*-}
    [ -f "$WORK/$name.docx" ] && [ -f "$WORK/$name.txt" ] || continue
    ok=1

    pdf=$WORK/pdf/$name.pdf
    if [ ! -s "$pdf" ]; then
        fail "$template" "$lang" libreoffice "no PDF made of $name.docx"
        ok=0
    # -layout keeps each line as set: without it pdftotext joins a hyphen at a line end
    # into one word, and a real compound («good-neighbourliness») no longer reads as two.
    elif ! pdftotext -layout -enc UTF-8 "$pdf" "$WORK/$name.pdf.txt" 2>"$WORK/err"; then
        fail "$template" "$lang" libreoffice "pdftotext: $(cat "$WORK/err")"
        ok=0
    elif ! lo=$($CHECK words "$WORK/$name.txt" "$WORK/$name.pdf.txt"); then
        fail "$template" "$lang" libreoffice "the PDF text: $lo"
        ok=0
    fi

    if ! py=$($CHECK structure "$WORK/$name.docx" "$WORK/$name.ron" "$PROFILE" "$lang" \
        "$WORK/$name.txt" 2>&1); then
        while IFS= read -r line; do fail "$template" "$lang" python-docx "$line"; done <<<"$py"
        ok=0
    fi

    if ! pandoc -f docx -t plain --wrap=none "$WORK/$name.docx" -o "$WORK/$name.pandoc.txt" \
        2>"$WORK/err"; then
        fail "$template" "$lang" pandoc "$(cat "$WORK/err")"
        ok=0
    elif ! pd=$($CHECK words "$WORK/$name.txt" "$WORK/$name.pandoc.txt"); then
        fail "$template" "$lang" pandoc "the plain text: $pd"
        ok=0
    fi

    if [ $ok = 1 ]; then
        PASSED=$((PASSED + 1))
        printf 'ok  %-17s %s (%s)  libreoffice: %s | python-docx: %s | pandoc: %s\n' \
            "$template" "$lang" "${ORIGIN[$name]}" "$lo" "$py" "$pd"
    fi
done

if [ "$PICTURES" = 1 ]; then
    for lang in $LANGS; do
        pdf=$WORK/pdf/delegation-visit-$lang.pdf
        out=docs/screenshots/docx-delegation-visit-$lang
        if [ -s "$pdf" ]; then
            pdftoppm -f 1 -l 1 -r 60 -png -singlefile "$pdf" "$out"
            echo "wrote $out.png"
        else
            fail delegation-visit "$lang" pictures "no PDF to render"
        fi
    done
fi

TOTAL=${#NAMES[@]}
echo "verify-exports: $PASSED of $TOTAL DOCX files passed libreoffice, python-docx and pandoc in $(($(date +%s) - START)) s"
if [ "$FAILURES" -gt 0 ] || [ "$PASSED" -ne "$TOTAL" ]; then
    echo "verify-exports: $FAILURES fault(s) found (see FAIL lines above)" >&2
    exit 1
fi
