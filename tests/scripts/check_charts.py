#!/usr/bin/python3
"""Checks the chart files `kinerja charts` wrote (used by t_charts_*.sh).

    check_charts.py PNG_DIR SVG_DIR PDF_DIR [STEM...]

Every directory must hold the same file stems (and at least the STEMs
given); every PNG is a valid PNG (signature, IHDR first, CRCs, IEND last);
every SVG parses as XML (xml.dom.minidom) with a width and height in pt;
every PDF starts with %PDF-, ends with %%EOF and has exactly one page whose
MediaBox is the SVG's size; every PNG is twice the SVG's size in pixels
(2x scale for embedding). No temporary file may be left in a directory.
Prints one line per problem and exits 1 when there is any.
"""
import os
import re
import struct
import sys
import xml.dom.minidom
import zlib

problems = []


def bad(msg):
    problems.append(msg)


def png_size(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        bad(f"{path}: no PNG signature")
        return None
    off, first, seen_end = 8, True, False
    size = None
    while off + 12 <= len(data):
        (n,) = struct.unpack(">I", data[off:off + 4])
        kind = data[off + 4:off + 8]
        if off + 12 + n > len(data):
            bad(f"{path}: chunk {kind!r} runs past the end (truncated)")
            return size
        body = data[off + 8:off + 8 + n]
        (crc,) = struct.unpack(">I", data[off + 8 + n:off + 12 + n])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            bad(f"{path}: bad CRC in chunk {kind!r}")
        if first:
            if kind != b"IHDR":
                bad(f"{path}: first chunk is {kind!r}, not IHDR")
            size = struct.unpack(">II", body[:8])
            first = False
        off += 12 + n
        if kind == b"IEND":
            seen_end = True
            break
    if not seen_end or off != len(data):
        bad(f"{path}: does not end with IEND")
    return size


def svg_size(path):
    try:
        doc = xml.dom.minidom.parse(path)
    except Exception as e:  # any parse error is the finding
        bad(f"{path}: not XML: {e}")
        return None
    root = doc.documentElement
    if root.tagName != "svg":
        bad(f"{path}: root element is {root.tagName}")
        return None
    w, h = root.getAttribute("width"), root.getAttribute("height")
    m = [re.fullmatch(r"([0-9.]+)(pt)?", v) for v in (w, h)]
    if not all(m):
        bad(f"{path}: width/height {w!r} {h!r}")
        return None
    return float(m[0].group(1)), float(m[1].group(1))


def pdf_size(path):
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-"):
        bad(f"{path}: does not start with %PDF-")
    if b"%%EOF" not in data[-32:]:
        bad(f"{path}: does not end with %%EOF")
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    if pages != 1:
        bad(f"{path}: {pages} pages, expected 1")
    m = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]", data)
    if not m:
        bad(f"{path}: no MediaBox")
        return None
    return float(m.group(1)), float(m.group(2))


def stems(d, ext):
    names = os.listdir(d)
    for n in names:
        if not n.endswith("." + ext):
            bad(f"{d}: unexpected file {n} (a temporary file left behind?)")
    return {n[: -len(ext) - 1] for n in names if n.endswith("." + ext)}


def main():
    png_dir, svg_dir, pdf_dir = sys.argv[1:4]
    want = set(sys.argv[4:])
    sp, ss, sd = stems(png_dir, "png"), stems(svg_dir, "svg"), stems(pdf_dir, "pdf")
    if not (sp == ss == sd):
        bad(f"the formats hold different charts: {sorted(sp ^ ss)} {sorted(ss ^ sd)}")
    missing = want - sp
    if missing:
        bad(f"missing charts: {sorted(missing)}")
    for s in sorted(sp & ss & sd):
        p = png_size(os.path.join(png_dir, s + ".png"))
        v = svg_size(os.path.join(svg_dir, s + ".svg"))
        d = pdf_size(os.path.join(pdf_dir, s + ".pdf"))
        if p and v and (p[0] != round(2 * v[0]) or p[1] != round(2 * v[1])):
            bad(f"{s}: PNG {p[0]}x{p[1]} px is not twice the SVG {v[0]}x{v[1]} pt")
        if v and d and (abs(v[0] - d[0]) > 0.01 or abs(v[1] - d[1]) > 0.01):
            bad(f"{s}: PDF page {d} differs from the SVG size {v}")
    for p in problems:
        print(p)
    print(f"{len(sp)} charts checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
