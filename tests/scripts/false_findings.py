#!/usr/bin/python3
"""false_findings.py — counts the flags of each family (analytics.md §15) in
the export tables of one `kinerja export` directory.

Usage: false_findings.py EXPORT_DIR [ALPHA]
Prints one line per family: "family count", in a fixed order. A family whose
table is absent counts as missing (printed as -1) so the caller can fail.
"""
import csv
import os
import sys

FAMILIES = [
    # family, file, column, flagged values (None: a q-value column below alpha)
    ("kekuatan_kelemahan", "kekuatan_kelemahan.csv", "label", {"KEKUATAN", "KELEMAHAN"}),
    ("tren", "tren.csv", "label", {"NAIK", "TURUN"}),
    ("tahun_ke_tahun", "tahun_ke_tahun.csv", "label", {"MENINGKAT", "MENURUN"}),
    ("penilai", "penilai.csv", "label", {"LONGGAR", "KETAT"}),
    ("skm_ikp", "skm_ikp.csv", "flag", {"PENILAIAN_TINGGI_KEPUASAN_RENDAH"}),
    ("skm_ikp_asosiasi", "asosiasi.csv", "status", {"NYATA"}),
    ("kurva_chi2", "kurva.csv", "chi2_q", None),
    ("kesetaraan", "kesetaraan.csv", "label", {"TIDAK_SETARA"}),
]


def count(d, fname, col, values, alpha):
    path = os.path.join(d, fname)
    if not os.path.exists(path):
        return -1
    n = 0
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if col not in row:
                return -1
            v = row[col]
            if fname == "asosiasi.csv" and row.get("ukuran") != "skm_ikm_ikp":
                continue
            if values is None:
                n += v != "" and float(v) < alpha
            else:
                n += v in values
    return n


def main():
    d = sys.argv[1]
    alpha = float(sys.argv[2]) if len(sys.argv) > 2 else 0.05
    for fam, fname, col, values in FAMILIES:
        print(fam, count(d, fname, col, values, alpha))


if __name__ == "__main__":
    main()
