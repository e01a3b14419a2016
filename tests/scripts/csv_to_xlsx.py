#!/usr/bin/python3
"""Writes CSV files of the native kinds into one .xlsx workbook the way an
analyst keeps them in Excel: one sheet per file (named after it), numbers as
number cells, dates as date cells, NIPs, codes and periods as text.

Usage: csv_to_xlsx.py OUT.xlsx FILE.csv...

Used by tests/scripts/t_import_xlsx.sh (data.md "The native kinds in Excel").
A 'Petunjuk' sheet and a '_catatan' sheet are added first; both must be
skipped silently by the importer.
"""
import csv
import datetime
import os
import re
import sys

import openpyxl

TEXT = re.compile(r"^(nip.*|kode_.*|periode|id_responden|golongan|indikator|nama.*|jabatan)$")
NUMBER = re.compile(r"^(tahun|target|realisasi|bobot|skor|capaian|u[1-9]|usia|berlaku_sampai)$")


def cell(col, v):
    if v == "":
        return None
    if TEXT.match(col):
        return v
    if col.startswith("tanggal"):
        fmt = "%Y-%m-%d %H:%M:%S" if " " in v else "%Y-%m-%d"
        d = datetime.datetime.strptime(v, fmt)
        return d if " " in v else d.date()
    if NUMBER.match(col):
        f = float(v)
        return int(f) if f.is_integer() and "." not in v else f
    return v


def main():
    out, files = sys.argv[1], sys.argv[2:]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Petunjuk"
    ws.append(["Data kinerja, satu sheet per jenis data."])
    wb.create_sheet("_catatan").append(["nip", "periode", "catatan"])
    for path in files:
        name = os.path.splitext(os.path.basename(path))[0]
        ws = wb.create_sheet(name[:31])
        with open(path, newline="", encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
        header = rows[0]
        ws.append(header)
        for r in rows[1:]:
            ws.append([cell(c, v) for c, v in zip(header, r)])
        for row in ws.iter_rows(min_row=2):
            for c in row:
                if isinstance(c.value, datetime.datetime):
                    c.number_format = "yyyy-mm-dd hh:mm:ss"
                elif isinstance(c.value, datetime.date):
                    c.number_format = "yyyy-mm-dd"
    wb.save(out)


if __name__ == "__main__":
    main()
