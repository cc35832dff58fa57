#!/usr/bin/env python3
"""Draws what scripts/archive-scale.sh printed as an SVG: time and memory against the
archive's size, both axes logarithmic.

    scripts/archive-scale.sh 1000 10000 50000 | tee scale.txt
    scripts/plot-archive-scale.py scale.txt > docs/benchmarks/archive-scale.svg
"""
import math
import re
import sys


def read(path):
    sizes, series = [], {}
    for line in open(path, encoding="utf-8"):
        if m := re.match(r"archive: .* \((\d+) files", line):
            sizes.append(int(m.group(1)))
        elif "window, no cache" in line:
            ready, whole = re.findall(r"(\d+) ms", line)[:2]
            series.setdefault("list usable, no index cache (ms)", []).append(int(ready))
            series.setdefault("every word searchable, no cache (ms)", []).append(int(whole))
            series.setdefault("memory, no cache (MB resident)", []).append(
                int(re.search(r"(\d+) MB resident", line).group(1)))
        elif "window, cache" in line:
            series.setdefault("list usable, index cache (ms)", []).append(
                int(re.search(r"(\d+) ms", line).group(1)))
            series.setdefault("memory, index cache (MB resident)", []).append(
                int(re.search(r"(\d+) MB resident", line).group(1)))
    return sizes, series


COLOURS = ["#1f3864", "#c0504d", "#4f8a3c", "#8064a2", "#e68a00"]


def panel(x0, title, sizes, lines, bounds):
    w, h, pad = 420, 300, 50
    ys = [v for _, values in lines for v in values]
    lo, hi = math.log10(min(ys) / 1.5), math.log10(max(ys) * 1.5)
    sx = lambda n: x0 + pad + (math.log10(n) - math.log10(sizes[0])) / (
        math.log10(sizes[-1]) - math.log10(sizes[0])) * (w - 2 * pad)
    sy = lambda v: 40 + h - pad - (math.log10(v) - lo) / (hi - lo) * (h - 2 * pad)
    out = [f'<text x="{x0 + w / 2}" y="24" text-anchor="middle" font-weight="bold">{title}</text>',
           f'<line x1="{x0 + pad}" y1="{40 + h - pad}" x2="{x0 + w - pad}" y2="{40 + h - pad}" stroke="#888"/>',
           f'<line x1="{x0 + pad}" y1="{40 + pad}" x2="{x0 + pad}" y2="{40 + h - pad}" stroke="#888"/>']
    for n in sizes:
        out.append(f'<text x="{sx(n)}" y="{40 + h - pad + 16}" text-anchor="middle">{n:,}</text>')
    for label, value in bounds:
        if lo < math.log10(value) < hi:
            out.append(f'<line x1="{x0 + pad}" y1="{sy(value)}" x2="{x0 + w - pad}" y2="{sy(value)}" '
                       f'stroke="#999" stroke-dasharray="4 3"/>'
                       f'<text x="{x0 + w - pad}" y="{sy(value) - 4}" text-anchor="end" fill="#777">{label}</text>')
    for i, (label, values) in enumerate(lines):
        c = COLOURS[i % len(COLOURS)]
        points = " ".join(f"{sx(n)},{sy(v)}" for n, v in zip(sizes, values))
        out.append(f'<polyline points="{points}" fill="none" stroke="{c}" stroke-width="2"/>')
        for n, v in zip(sizes, values):
            dy = -5 if i % 2 == 0 else 14  # the second series' figures below its line
            out.append(f'<circle cx="{sx(n)}" cy="{sy(v)}" r="3" fill="{c}"/>'
                       f'<text x="{sx(n) + 5}" y="{sy(v) + dy}" fill="{c}">{v:,}</text>')
        out.append(f'<text x="{x0 + pad}" y="{40 + h + 4 + 16 * i}" fill="{c}">— {label}</text>')
    return out


def main():
    sizes, series = read(sys.argv[1])
    times = [(k, v) for k, v in series.items() if k.endswith("(ms)")]
    memory = [(k, v) for k, v in series.items() if "MB" in k]
    body = panel(0, "Time after start, by releases in the archive", sizes, times,
                 [("1 s bound (no cache)", 1000), ("300 ms bound (cache)", 300)])
    body += panel(440, "Window's memory, by releases", sizes, memory, [("150 MB bound", 150)])
    print('<svg xmlns="http://www.w3.org/2000/svg" width="880" height="440" '
          'font-family="sans-serif" font-size="11"><rect width="880" height="440" fill="white"/>')
    print("\n".join(body))
    print("</svg>")


main()
