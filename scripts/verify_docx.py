#!/usr/bin/env python3
"""Reads an exported DOCX back as a stranger would, for scripts/verify-exports.sh.

    verify_docx.py words EXPECTED.txt ACTUAL.txt
        Every word of EXPECTED (the release's plain-text export) must be in ACTUAL (text
        that another reader pulled out of the DOCX), at least as often. Exit 1 otherwise.

    verify_docx.py structure FILE.docx RELEASE.ron PROFILE.ron LANG EXPECTED.txt
        python-docx reads the paragraphs, their style names and the table cells, and
        checks them against the release file itself (not against anything the exporter
        made): the headline paragraph has the Headline style and the headline's words,
        each quote sits in a Quote paragraph, each paragraph of the body in a Body one,
        the statistics table holds every figure shown in it, the embargo notice and end
        mark are where the profile and release ask. And every word of EXPECTED again.

Words are compared as a multiset, not in order: LibreOffice, pandoc and python-docx lay
out a table cell by cell or row by row as they please, and a wrapped cell splits its
words across lines. The order of the blocks is checked here, by style, instead.
"""

import re
import sys
import unicodedata
from collections import Counter

# Characters that change nothing a reader sees: soft hyphen, zero-width space and joiners,
# word joiner, BOM.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def fold(text):
    """NFKC (ligatures, no-break and narrow spaces), invisible marks dropped, lower case."""
    return unicodedata.normalize("NFKC", text).translate(INVISIBLE).lower()


def words(text):
    return re.findall(r"\w+", fold(text))


def squash(text):
    """Letters and digits only: equal for «2 200» and «2200», «148,9» and «148.9»."""
    return "".join(c for c in fold(text) if c.isalnum())


def pdf_words(text):
    """Words of text extracted from a laid-out page. A hyphen at a line end is either a
    real one («торгово-\\nэкономических») or a break inside a word; count both readings."""
    extra = []
    for first, second in re.findall(r"(\w+)-\s*\n\s*(\w+)", fold(text)):
        extra.append(first + second)
    return Counter(words(text)) + Counter(extra)


def check_words(expected_path, actual_path):
    with open(expected_path, encoding="utf-8") as f:
        expected = Counter(words(f.read()))
    with open(actual_path, encoding="utf-8", errors="replace") as f:
        actual = pdf_words(f.read())
    missing = {w: n - actual[w] for w, n in expected.items() if actual[w] < n}
    if missing:
        shown = ", ".join(
            f"«{w}»" + (f" ×{n}" if n > 1 else "") for w, n in sorted(missing.items())[:12]
        )
        more = f" and {len(missing) - 12} more" if len(missing) > 12 else ""
        print(f"{len(missing)} of {len(expected)} distinct words missing: {shown}{more}")
        return 1
    print(f"{sum(expected.values())} words present")
    return 0


# --- a small RON reader: enough for Pressdesk's release and profile files -------------


class Ron:
    """Structs `(a: x)` and maps `{k: v}` become dicts, lists lists, `Some(x)` and other
    one-field wrappers their content, `None` None, other bare identifiers strings."""

    TOKEN = re.compile(
        r"""\s+|//[^\n]*|/\*.*?\*/
        |(?P<str>"(?:[^"\\]|\\.)*")
        |(?P<num>[-+]?\d[\d_]*(?:\.\d+)?(?:[eE][-+]?\d+)?)
        |(?P<ident>[A-Za-z_][A-Za-z0-9_]*)
        |(?P<punct>[()\[\]{}:,])""",
        re.S | re.X,
    )

    def __init__(self, text):
        self.tokens = []
        pos = 0
        while pos < len(text):
            m = self.TOKEN.match(text, pos)
            if not m:
                raise ValueError(f"RON: cannot read at {text[pos:pos + 30]!r}")
            pos = m.end()
            for kind in ("str", "num", "ident", "punct"):
                if m.group(kind) is not None:
                    self.tokens.append((kind, m.group(kind)))
        self.i = 0

    def peek(self, ahead=0):
        i = self.i + ahead
        return self.tokens[i] if i < len(self.tokens) else (None, None)

    def take(self, value=None):
        token = self.peek()
        if value is not None and token[1] != value:
            raise ValueError(f"RON: expected {value!r}, found {token[1]!r}")
        self.i += 1
        return token

    @staticmethod
    def string(raw):
        def escape(m):
            s = m.group(1)
            if s.startswith("u{"):
                return chr(int(s[2:-1], 16))
            if s.startswith("u"):
                return chr(int(s[1:], 16))
            return {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(s, s)

        return re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)", escape, raw[1:-1])

    def value(self):
        kind, text = self.take()
        if kind == "str":
            return self.string(text)
        if kind == "num":
            return text
        if kind == "ident":
            if self.peek()[1] == "(":
                inner = self.value()
                return inner[0] if isinstance(inner, list) and len(inner) == 1 else inner
            return {"None": None, "true": True, "false": False}.get(text, text)
        if text == "[":
            return self.sequence("]")
        if text == "{":
            return self.mapping("}")
        if text == "(":
            # A struct if it opens with `name:`, else a tuple.
            if self.peek()[0] == "ident" and self.peek(1)[1] == ":":
                return self.mapping(")")
            return self.sequence(")")
        raise ValueError(f"RON: unexpected {text!r}")

    def sequence(self, close):
        items = []
        while self.peek()[1] != close:
            items.append(self.value())
            if self.peek()[1] == ",":
                self.take()
        self.take(close)
        return items

    def mapping(self, close):
        items = {}
        while self.peek()[1] != close:
            key = self.value()
            self.take(":")
            items[key] = self.value()
            if self.peek()[1] == ",":
                self.take()
        self.take(close)
        return items


def read_ron(path):
    with open(path, encoding="utf-8") as f:
        return Ron(f.read()).value()


# --- the DOCX as python-docx sees it ---------------------------------------------------


def text_of(field):
    """A release text field: `(text: "...", drafted_from: ...)` or a plain string."""
    if isinstance(field, dict):
        return field.get("text") or ""
    return field or ""


def check_structure(docx_path, release_path, profile_path, lang, expected_path):
    import docx  # python-docx; imported here so `words` works without it

    release = read_ron(release_path)
    profile = read_ron(profile_path)
    version = next((v for v in release["versions"] if v["language"] == lang), None)
    if version is None:
        return [f"the release has no {lang} version"]

    document = docx.Document(docx_path)
    paragraphs = [(p.style.name if p.style is not None else "", p.text) for p in document.paragraphs]
    shown = [(style, text) for style, text in paragraphs if text.strip()]
    problems = []

    def with_style(name):
        return [text for style, text in shown if style == name]

    # Embargo notice first, when the release has one.
    notices = with_style("Notice")
    if release.get("embargo"):
        if not shown or shown[0][0] != "Notice":
            problems.append("the embargo is set but the first paragraph is not in the Notice style")
    elif notices:
        problems.append(f"a Notice paragraph without an embargo: «{notices[0]}»")

    # The headline: one paragraph in the Headline style, the first after the notice.
    headline = text_of(version.get("headline"))
    headlines = with_style("Headline")
    if headline.strip():
        if len(headlines) != 1:
            problems.append(f"{len(headlines)} paragraphs in the Headline style, expected 1")
        elif squash(headlines[0]) != squash(headline):
            problems.append(f"the Headline paragraph «{headlines[0]}» is not the headline «{headline}»")
        first = next((s for s, _ in shown if s != "Notice"), None)
        if first != "Headline":
            problems.append(f"the first paragraph after the notice is in the {first!r} style, not Headline")
    else:
        problems.append("the release has no headline to check")

    lead = text_of(version.get("lead"))
    if lead.strip() and squash(lead) not in map(squash, with_style("Lead")):
        problems.append(f"no paragraph in the Lead style holds the lead «{lead[:60]}…»")

    body = set(map(squash, with_style("Body")))
    for paragraph in version.get("paragraphs") or []:
        text = text_of(paragraph)
        if text.strip() and squash(text) not in body:
            problems.append(f"no paragraph in the Body style holds «{text[:60]}…»")

    # Quotes: each in a Quote paragraph; its verb there or in the Attribution before it.
    quotes = [q for q in version.get("quotes") or [] if (q.get("text") or "").strip()]
    quote_paras = [
        (text, shown[i - 1][1] if i > 0 and shown[i - 1][0] == "Attribution" else "")
        for i, (style, text) in enumerate(shown)
        if style == "Quote"
    ]
    if len(quote_paras) != len(quotes):
        problems.append(f"{len(quote_paras)} paragraphs in the Quote style for {len(quotes)} quotes")
    for quote in quotes:
        holder = next(
            ((t, a) for t, a in quote_paras if squash(quote["text"]) in squash(t)), None
        )
        if holder is None:
            problems.append(f"no paragraph in the Quote style holds «{quote['text'][:60]}…»")
        elif (quote.get("verb") or "").strip() and squash(quote["verb"]) not in squash(
            holder[0] + holder[1]
        ):
            problems.append(f"the quote «{quote['text'][:40]}…» lacks its verb «{quote['verb']}»")

    # The statistics table holds every figure of every statistic marked for it.
    in_table = [s for s in release.get("statistics") or [] if s.get("in_table")]
    tables = document.tables
    if in_table and profile.get("statistics_table", True):
        if len(tables) != 1:
            problems.append(f"{len(tables)} tables for {len(in_table)} statistics marked for the table")
        if len(with_style("TableCaption")) != 1:
            problems.append("no single paragraph in the TableCaption style")
        cells = [cell for table in tables for row in table.rows for cell in row.cells]
        squashed = [squash(cell.text) for cell in cells]
        figures = []
        for stat in in_table:
            figures.append(stat["value"])
            figures.extend(part["value"] for part in stat.get("parts") or [])
            if stat.get("change"):
                figures.append(stat["change"]["percent"])
        for figure in figures:
            if not any(squash(figure) in cell for cell in squashed):
                problems.append(f"the table lacks the figure {figure}")
        rows = sum(len(table.rows) for table in tables)
        wanted = len(figures) - sum(1 for s in in_table if s.get("change"))
        if rows < wanted:
            problems.append(f"the table has {rows} rows for {wanted} figures")
        styles = {p.style.name for cell in cells for p in cell.paragraphs if p.text.strip()}
        if styles - {"TableText"}:
            problems.append(f"table cells in styles {sorted(styles)}, expected TableText")
    elif tables:
        problems.append(f"{len(tables)} tables but no statistic is marked for one")

    signature = (profile.get("signature") or {}).get(lang, "")
    if signature.strip() and squash(signature) not in map(squash, with_style("Signature")):
        problems.append(f"no paragraph in the Signature style holds «{signature}»")

    # The letterhead: the first page's own header holds the organisation's name in the
    # Letterhead style, and the logo's picture when the profile names one; the footers
    # number the pages with Word's PAGE field.
    names = profile.get("organisation") or {}
    organisation = names.get(lang) or next((n for n in names.values() if n.strip()), "")
    letterhead = profile.get("letterhead") or {}
    section = document.sections[0]
    if letterhead.get("enabled", True) and (organisation.strip() or letterhead.get("logo")):
        if not section.different_first_page_header_footer:
            problems.append("the letterhead is on but the first page has no header of its own")
        else:
            header = section.first_page_header
            marked = [p for p in header.paragraphs if p.style is not None and p.style.name == "Letterhead"]
            if organisation.strip() and squash(organisation) not in [squash(p.text) for p in marked]:
                problems.append(f"the first-page header has no Letterhead paragraph with «{organisation}»")
            if letterhead.get("logo") and not header._element.xpath(".//pic:pic"):
                problems.append("the profile names a logo but the letterhead has no picture")
    fields = "".join(t.text or "" for t in section.footer._element.xpath(".//w:instrText"))
    if "PAGE" not in fields:
        problems.append("the footer has no page number (PAGE field)")

    if profile.get("end_mark"):
        if not shown or shown[-1][0] != "EndMark":
            problems.append("the profile asks for an end mark but the last paragraph is not in the EndMark style")
    elif with_style("EndMark"):
        problems.append("an EndMark paragraph the profile did not ask for")

    # Every word of the plain-text export, from paragraphs and table cells.
    seen = [text for _, text in paragraphs]
    seen += [cell.text for table in tables for row in table.rows for cell in row.cells]
    with open(expected_path, encoding="utf-8") as f:
        expected = Counter(words(f.read()))
    actual = Counter(words("\n".join(seen)))
    missing = sorted(w for w, n in expected.items() if actual[w] < n)
    if missing:
        problems.append(f"{len(missing)} words missing: " + ", ".join(f"«{w}»" for w in missing[:12]))

    if not problems:
        styles = Counter(style for style, _ in shown)
        print(
            f"{len(shown)} paragraphs ({', '.join(f'{s} {n}' for s, n in sorted(styles.items()))}), "
            f"{len(quotes)} quotes, {len(tables)} table(s), "
            f"{sum(expected.values())} words present"
        )
    return problems


def main(argv):
    if len(argv) == 4 and argv[1] == "words":
        return check_words(argv[2], argv[3])
    if len(argv) == 7 and argv[1] == "structure":
        problems = check_structure(*argv[2:])
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
