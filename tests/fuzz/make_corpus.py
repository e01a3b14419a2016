#!/usr/bin/python3
"""Seed corpus for fuzz_xlsx from the test fixtures.

Usage: make_corpus.py FIXTURE_DIR OUT_DIR

For every fixture (see tests/scripts/make_xlsx_fixtures.py) it writes
- the file itself (raw mode: the harness reads it as an .xlsx),
- the same archive re-packed uncompressed, so mutations land in the XML,
- a parts-mode seed: worksheet NUL shared strings NUL styles [NUL workbook],
  the layout fuzz_xlsx.c packs into a zip itself.
Seeds larger than MAX bytes, and archives that inflate to more than
MAX_INFLATED (the 4 MB string, the 16385-column row, the 5000-row sheet), are
skipped: they slow every execution down and the unit tests cover them.
"""
import io
import os
import sys
import zipfile

MAX = 32768
MAX_INFLATED = 200 * 1024


def parts_seed(z):
    names = z.namelist()

    def pick(pred):
        for n in names:
            if pred(n.lower()):
                return z.read(n)
        return b""

    sheet = pick(lambda n: "sheet" in n and n.endswith(".xml") and "workbook" not in n
                 and "/_rels/" not in n)
    sst = pick(lambda n: "strings" in n)
    styles = pick(lambda n: n.endswith("styles.xml"))
    wb = pick(lambda n: n.endswith("workbook.xml"))
    seed = sheet + b"\0" + sst + b"\0" + styles
    if b"date1904" in wb:
        seed += b"\0" + wb
    return seed


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(src)):
        with open(os.path.join(src, name), "rb") as f:
            data = f.read()
        seeds = {"raw": data}
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if sum(i.file_size for i in z.infolist()) > MAX_INFLATED:
                    continue
                stored = io.BytesIO()
                with zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as w:
                    for info in z.infolist():
                        w.writestr(info.filename, z.read(info.filename))
                seeds["stored"] = stored.getvalue()
                seeds["parts"] = parts_seed(z)
        except (zipfile.BadZipFile, KeyError):
            pass
        for kind, blob in seeds.items():
            if 0 < len(blob) <= MAX:
                with open(os.path.join(out, "%s.%s" % (name, kind)), "wb") as f:
                    f.write(blob)


if __name__ == "__main__":
    main()
