#!/usr/bin/python3
"""Checks a workbook written by `kinerja template` (data.md "The data-entry
template") in its XML, then fills it with a few rows per kind.

Usage: template_check.py TEMPLATE.xlsx INPUT_FORMAT_MD FILLED.xlsx [UNITS]

- every kind sheet's header row equals the columns of that kind in
  doc/input-format.md ("| column | req | meaning |" tables);
- every header cell has a note (xl/commentsN.xml) naming the column and
  saying required or not;
- data validation: a list on every enumeration column, whole 1-4 on u1..u9,
  decimal 1-5 on skor, textLength 18 on NIP columns, date on date columns,
  each with an input message; NIP/kode_unit/periode columns have the text
  number format '@'; with UNITS (a count) a _unit sheet headed kode, nama
  with that many units and a list validation pointing at it;
- a Petunjuk sheet;
then writes FILLED.xlsx: the template with rows typed as text/dates the way
a person would, for `kinerja import`.
"""
import datetime
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
ENUMS = {"jenis_unit", "jenis_pegawai", "jenis_jabatan", "jenis_kelamin", "rating_hasil_kerja",
         "rating_perilaku", "predikat", "jenis_rhk", "aspek", "arah", "nilai", "sumber", "jenis"}


def fail(msg):
    sys.exit(f"FAIL: {msg}")


def doc_columns(md):
    """kind -> columns, from the Kinds tables of doc/input-format.md."""
    kinds, kind = {}, None
    for line in open(md, encoding="utf-8"):
        m = re.match(r"### `(\w+)`", line)
        if m:
            kind = m.group(1)
            kinds[kind] = []
            continue
        if line.startswith("## "):
            kind = None
        if kind and line.startswith("| ") and not line.startswith("| column") and \
                not line.startswith("|---"):
            cell = line.split("|")[1].strip()
            for part in re.split(r",| or ", cell):
                part = part.strip()
                if part == "u1 … u9":
                    kinds[kind] += [f"u{i}" for i in range(1, 10)]
                elif part:
                    kinds[kind].append(part)
    return kinds


def main():
    tpl, md, filled = sys.argv[1:4]
    units = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    want = doc_columns(md)
    z = zipfile.ZipFile(tpl)
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    sheets = {s.get("name"): "xl/" + target[s.get(f"{{{NS['r']}}}id")]
              for s in wb.find("m:sheets", NS)}
    if "Petunjuk" not in sheets:
        fail("no Petunjuk sheet")
    book = openpyxl.load_workbook(tpl)
    styles = ET.fromstring(z.read("xl/styles.xml"))
    numfmt = {f.get("numFmtId"): f.get("formatCode") for f in styles.iter(f"{{{NS['m']}}}numFmt")}
    xfs = [x.get("numFmtId") for x in styles.find("m:cellXfs", NS)]
    for kind, cols in want.items():
        if kind not in sheets:
            fail(f"no sheet {kind}")
        header = [c.value for c in book[kind][1] if c.value is not None]
        if header != cols:
            fail(f"{kind}: header {header}, input-format.md says {cols}")
        part = sheets[kind]
        x = ET.fromstring(z.read(part))
        # notes: the sheet's comments part
        srels = ET.fromstring(z.read(part.replace("worksheets/", "worksheets/_rels/") + ".rels"))
        cpart = [r.get("Target") for r in srels if r.get("Type").endswith("/comments")]
        if not cpart:
            fail(f"{kind}: no notes")
        com = ET.fromstring(z.read("xl/" + cpart[0].replace("../", "")))
        notes = {c.get("ref"): "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))
                 for c in com.iter(f"{{{NS['m']}}}comment")}
        for i, col in enumerate(cols):
            ref = openpyxl.utils.get_column_letter(i + 1) + "1"
            n = notes.get(ref, "")
            if not n.startswith(col) or not ("Wajib" in n or "Tidak wajib" in n or
                                              "Required" in n or "Optional" in n):
                fail(f"{kind}!{ref}: note missing or incomplete: {n!r}")
        dv = {}
        for v in x.iter(f"{{{NS['m']}}}dataValidation"):
            col = re.match(r"[A-Z]+", v.get("sqref")).group(0)
            dv[col] = v
        colfmt = {}
        for c in x.iter(f"{{{NS['m']}}}col"):
            for k in range(int(c.get("min")), int(c.get("max")) + 1):
                s = c.get("style")
                colfmt[k] = numfmt.get(xfs[int(s)]) if s else None
        for i, col in enumerate(cols):
            letter = openpyxl.utils.get_column_letter(i + 1)
            v = dv.get(letter)
            def need(kind_, lo=None, hi=None):
                if v is None or v.get("type") != kind_:
                    fail(f"{kind}.{col}: expected a {kind_} validation, found "
                         f"{None if v is None else v.get('type')}")
                if not v.get("prompt"):
                    fail(f"{kind}.{col}: validation without an input message")
                if lo is not None:
                    f1, f2 = v.find("m:formula1", NS).text, v.find("m:formula2", NS).text
                    if float(f1) != lo or float(f2) != hi:
                        fail(f"{kind}.{col}: range {f1}..{f2}, expected {lo}..{hi}")
            if col in ENUMS:
                need("list")
            elif re.fullmatch(r"u[1-9]", col):
                need("whole", 1, 4)
            elif col == "skor":
                need("decimal", 1, 5)
            elif col.startswith("nip"):
                need("textLength", 18, 18)
            elif col.startswith("tanggal"):
                need("date")
            elif col in ("kode_unit", "kode_induk", "menjadi") and units:
                need("list")
                if "_unit!" not in v.find("m:formula1", NS).text:
                    fail(f"{kind}.{col}: the unit list does not come from _unit")
            if (col.startswith("nip") or col == "kode_unit" or col == "periode") and \
                    colfmt.get(i + 1) != "@":
                fail(f"{kind}.{col}: not formatted as text ({colfmt.get(i + 1)})")
            if col.startswith("tanggal") and "yy" not in (colfmt.get(i + 1) or ""):
                fail(f"{kind}.{col}: not formatted as a date")
    if units:
        if "_unit" not in sheets:
            fail("no _unit sheet")
        rows = list(book["_unit"].values)
        if list(rows[0]) != ["kode", "nama"] or len(rows) - 1 != units:
            fail(f"_unit: header {rows[0]}, {len(rows) - 1} units, expected {units}")
    fill(book, filled)
    print("template xml: ok")


def fill(book, path):
    A, B = "198609262015051001", "199203142019032005"
    rows = {
        "unit": [["DINKES", "Dinas Kesehatan", "Dinkes", "DINAS", None, None, None],
                 ["DINKES.PKM", "Puskesmas Sadabuan", None, "PUSKESMAS", "DINKES", None, None]],
        "pegawai": [[A, "Budi Nasution", "DINKES.PKM", "PNS", "III/b", "Perawat", "FUNGSIONAL",
                     B],
                    [B, "Siti Lubis", "DINKES", "PNS", "III/c", "Kepala Seksi", "PENGAWAS"]],
        "kinerja_organisasi": [["DINKES", 2025, "BAIK", 91.5]],
        "penilaian": [[A, "2025-01", "SESUAI", "DI_ATAS", None, None, B,
                       datetime.date(2025, 2, 3)],
                      [B, "2025-01", "SESUAI", "SESUAI"]],
        "capaian": [[A, "2025-01", "Jumlah pasien yang dilayani", 120, 118, "RHK-1", "UTAMA",
                     "KUANTITAS", "NAIK", "orang", 1]],
        "perilaku": [[A, "2025-S1", "AKUNTABEL", 4.2, "ATASAN"],
                     [A, "2025-S1", "KOLABORATIF", 3.9, "REKAN"]],
        "skm": [["DINKES.PKM", "2025-TW1", None, 3, 3, 4, 4, 3, 3, 4, 3, 3, "R001"],
                ["DINKES.PKM", None, datetime.date(2025, 3, 12), 4, 3, 3, 4, 4, 3, 4, 2, 3,
                 "R002"]],
        "umpan_balik": [[datetime.date(2025, 2, 10), B, A, "APRESIASI"]],
    }
    for kind, rs in rows.items():
        ws = book[kind]
        for r in rs:
            ws.append(r)
    book.save(path)


if __name__ == "__main__":
    main()
