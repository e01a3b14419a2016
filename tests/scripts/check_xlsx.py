#!/usr/bin/python3
"""check_xlsx.py — read a kinerja workbook back and check it.

Usage: /usr/bin/python3 check_xlsx.py FILE.xlsx [--expect EXPECT.json]
                                      [--allow-formulas] [--dump]

Always checks the rules every kinerja workbook obeys (reports.md, "Common to
every workbook"; cli.md): every XML part is well-formed; numbers in the sheet
XML use a '.' decimal (the numeric locale stayed "C"); no cell holds NaN or
infinity; no formula cells (unless --allow-formulas); sheet names are valid
for Excel; every sheet prints A4 landscape, fit to one page wide, with the
"Halaman &P dari &N" / "Page &P of &N" footer; a sheet with a table or an
autofilter freezes the rows above its data and repeats its header row; the
document has a creator and a creation date.

--expect adds the checks of a JSON file (all keys optional):
  {"properties": {"title": ..., "creator": ..., "created": "2025-01-31T00:00:00"},
   "sheets": ["Name", ...],                      # exact order
   "sheet": {"Name": {
       "merged": ["A1:K1", ...],                 # exact set
       "freeze": "A5", "print_title_rows": "$4:$4",
       "footer": "Halaman &P dari &N",
       "autofilter": "A4:C8",                    # or null
       "tables": ["A4:K9", ...],                 # refs of native tables
       "conditional_formats": ["C5:C9", ...],    # ranges that have rules
       "charts": 1, "images": 1,
       "cells": {"B6": {"type": "s", "value": "=SUM(A1:A2)",
                        "number_format": "0.0", "bold": true, "wrap": false}}}}}
A cell's "value" may be null (blank); "value_len" checks the length of a
string. --dump prints what was read as JSON. Exit status: 0 when every check
passes, 1 otherwise (each failure is printed), 2 on usage errors.
"""
import argparse
import json
import math
import posixpath
import re
import sys
import warnings
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
}
FOOTER = re.compile(r"^(Halaman &P dari &N|Page &P of &N)$")
BAD_SHEET_CHARS = set('[]:*?/\\')


class Checker:
    def __init__(self):
        self.failures = []

    def fail(self, where, msg):
        self.failures.append(f"{where}: {msg}")

    def equal(self, where, what, got, want):
        if got != want:
            self.fail(where, f"{what} is {got!r}, expected {want!r}")


def rels_of(z, part):
    """Relationship id -> target path of a part."""
    d, base = posixpath.split(part)
    name = posixpath.join(d, "_rels", base + ".rels")
    if name not in z.namelist():
        return {}
    out = {}
    for rel in ET.fromstring(z.read(name)).findall("pr:Relationship", NS):
        out[rel.get("Id")] = (rel.get("Type").rsplit("/", 1)[-1],
                              posixpath.normpath(posixpath.join(d, rel.get("Target"))))
    return out


def sheet_parts(z):
    """Sheet name -> its worksheet part, in workbook order."""
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = rels_of(z, "xl/workbook.xml")
    out = {}
    for s in wb.find("m:sheets", NS):
        rid = s.get(f"{{{NS['r']}}}id")
        out[s.get("name")] = rels[rid][1]
    return out


def drawing_counts(z, part):
    """(charts, images) anchored on a worksheet part."""
    charts = images = 0
    for kind, target in rels_of(z, part).values():
        if kind != "drawing":
            continue
        for k, _ in rels_of(z, target).values():
            charts += k == "chart"
            images += k == "image"
    return charts, images


def check_package(z, ck):
    for name in z.namelist():
        if name.endswith(".xml") or name.endswith(".rels"):
            try:
                ET.fromstring(z.read(name))
            except ET.ParseError as e:
                ck.fail(name, f"not well-formed XML: {e}")
    for name, part in sheet_parts(z).items():
        root = ET.fromstring(z.read(part))
        for c in root.iter(f"{{{NS['m']}}}c"):
            v = c.find("m:v", NS)
            if c.get("t") in (None, "n") and v is not None:
                try:
                    x = float(v.text)
                except (TypeError, ValueError):
                    ck.fail(name, f"cell {c.get('r')}: number {v.text!r} is not C-locale")
                    continue
                if not math.isfinite(x):
                    ck.fail(name, f"cell {c.get('r')}: non-finite number {v.text!r}")


def check_common(wb, z, ck, allow_formulas):
    props = wb.properties
    if not props.creator:
        ck.fail("properties", "no creator (author)")
    if props.created is None:
        ck.fail("properties", "no creation date")
    parts = sheet_parts(z)
    for ws in wb.worksheets:
        w = f"sheet {ws.title!r}"
        if not 1 <= len(ws.title.encode("utf-16-le")) // 2 <= 31:
            ck.fail(w, "name length outside 1..31")
        if set(ws.title) & BAD_SHEET_CHARS or ws.title[0] == "'" or ws.title[-1] == "'":
            ck.fail(w, "name has characters Excel forbids")
        ps = ws.page_setup
        ck.equal(w, "orientation", ps.orientation, "landscape")
        ck.equal(w, "paper size", str(ps.paperSize), "9")
        ck.equal(w, "fit to page", bool(ws.sheet_properties.pageSetUpPr
                                        and ws.sheet_properties.pageSetUpPr.fitToPage), True)
        # fitToWidth="1" is the schema default, so writers may leave it out
        ck.equal(w, "fit to width", str(ps.fitToWidth or 1), "1")
        ck.equal(w, "fit to height", str(ps.fitToHeight), "0")
        footer = ws.oddFooter.center.text or ""
        if not FOOTER.match(footer):
            ck.fail(w, f"footer {footer!r} is not the page-number footer")
        if ws.tables or ws.auto_filter.ref:
            if not ws.freeze_panes:
                ck.fail(w, "has a table but no frozen header")
            if not ws.print_title_rows:
                ck.fail(w, "has a table but no repeated header rows")
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f" and not allow_formulas:
                    ck.fail(w, f"cell {c.coordinate} holds a formula {c.value!r}")
                if isinstance(c.value, float) and not math.isfinite(c.value):
                    ck.fail(w, f"cell {c.coordinate} is {c.value!r}")
                if isinstance(c.value, str) and c.value.strip().lower() in ("nan", "inf", "-inf"):
                    ck.fail(w, f"cell {c.coordinate} shows {c.value!r}")
        if ws.title not in parts:
            ck.fail(w, "no worksheet part")


def cf_ranges(ws):
    out = set()
    for rng in ws.conditional_formatting:
        out.add(str(rng.sqref))
    return out


def read_sheet(ws, z, part):
    charts, images = drawing_counts(z, part)
    return {
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "freeze": ws.freeze_panes,
        "print_title_rows": ws.print_title_rows,
        "autofilter": ws.auto_filter.ref,
        "tables": sorted(t.ref for t in ws.tables.values()),
        "conditional_formats": sorted(cf_ranges(ws)),
        "charts": charts,
        "images": images,
    }


def check_cell(ws, addr, want, ck, where):
    c = ws[addr]
    w = f"{where} cell {addr}"
    if "type" in want:
        ck.equal(w, "type", c.data_type, want["type"])
    if "value" in want:
        ck.equal(w, "value", c.value, want["value"])
    if "value_len" in want:
        ck.equal(w, "text length", len(c.value) if isinstance(c.value, str) else None,
                 want["value_len"])
    if "number_format" in want:
        ck.equal(w, "number format", c.number_format, want["number_format"])
    if "bold" in want:
        ck.equal(w, "bold", bool(c.font and c.font.b), want["bold"])
    if "wrap" in want:
        ck.equal(w, "wrap", bool(c.alignment and c.alignment.wrap_text), want["wrap"])


def check_expect(wb, z, exp, ck):
    props = exp.get("properties", {})
    for key, want in props.items():
        got = getattr(wb.properties, key)
        if key == "created" and got is not None:
            got = got.isoformat()
        ck.equal("properties", key, got, want)
    if "sheets" in exp:
        ck.equal("workbook", "sheet names", wb.sheetnames, exp["sheets"])
    parts = sheet_parts(z)
    for name, spec in exp.get("sheet", {}).items():
        where = f"sheet {name!r}"
        if name not in wb.sheetnames:
            ck.fail(where, "missing")
            continue
        ws = wb[name]
        got = read_sheet(ws, z, parts[name])
        for key in ("merged", "tables", "conditional_formats"):
            if key in spec:
                ck.equal(where, key, got[key], sorted(spec[key]))
        if "footer" in spec:
            ck.equal(where, "footer", ws.oddFooter.center.text, spec["footer"])
        for key in ("freeze", "print_title_rows", "autofilter", "charts", "images"):
            if key in spec:
                ck.equal(where, key, got[key], spec[key])
        for addr, want in spec.get("cells", {}).items():
            check_cell(ws, addr, want, ck, where)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--expect")
    ap.add_argument("--allow-formulas", action="store_true")
    ap.add_argument("--dump", action="store_true")
    args = ap.parse_args(argv)
    ck = Checker()
    # openpyxl drops Excel 2010 extensions (solid data bars) with a warning;
    # they are not what this checker reads.
    warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
    try:
        z = zipfile.ZipFile(args.file)
        wb = openpyxl.load_workbook(args.file)
    except Exception as e:  # noqa: BLE001 - any failure to open is the finding
        print(f"{args.file}: cannot open: {e}", file=sys.stderr)
        return 1
    check_package(z, ck)
    check_common(wb, z, ck, args.allow_formulas)
    if args.expect:
        with open(args.expect, encoding="utf-8") as f:
            check_expect(wb, z, json.load(f), ck)
    if args.dump:
        parts = sheet_parts(z)
        json.dump({ws.title: read_sheet(ws, z, parts[ws.title]) for ws in wb.worksheets},
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
    for f in ck.failures:
        print(f"{args.file}: {f}", file=sys.stderr)
    return 1 if ck.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
