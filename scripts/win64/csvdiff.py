#!/usr/bin/python3
"""Compares two folders of kinerja export CSVs cell by cell and says how they
differ: text cells must match exactly; number cells that differ are counted
with their largest relative difference. Used by check.sh when the Windows
export is not byte-identical to the Linux one.

Usage: csvdiff.py LINUX_DIR WINDOWS_DIR   (exit 1 if text differs or a number
differs by more than 1e-9 relative)
"""
import csv
import os
import sys


def num(s):
    try:
        return float(s)
    except ValueError:
        return None


def main(a_dir, b_dir):
    bad = 0
    cells = ndiff = 0
    worst = (0.0, "")
    files = sorted(set(os.listdir(a_dir)) | set(os.listdir(b_dir)))
    for f in files:
        pa, pb = os.path.join(a_dir, f), os.path.join(b_dir, f)
        if not (os.path.exists(pa) and os.path.exists(pb)):
            print(f"  {f}: only on one side")
            bad += 1
            continue
        with open(pa, newline="", encoding="utf-8") as fa, open(pb, newline="", encoding="utf-8") as fb:
            ra, rb = list(csv.reader(fa)), list(csv.reader(fb))
        if len(ra) != len(rb):
            print(f"  {f}: {len(ra)} rows vs {len(rb)}")
            bad += 1
            continue
        for i, (x, y) in enumerate(zip(ra, rb)):
            if len(x) != len(y):
                print(f"  {f}:{i + 1}: {len(x)} columns vs {len(y)}")
                bad += 1
                continue
            for j, (u, v) in enumerate(zip(x, y)):
                cells += 1
                if u == v:
                    continue
                p, q = num(u), num(v)
                if p is None or q is None:
                    print(f"  {f}:{i + 1}: column {ra[0][j]}: text differs: {u!r} vs {v!r}")
                    bad += 1
                    continue
                ndiff += 1
                rel = abs(p - q) / max(abs(p), abs(q), 1e-300)
                if rel > worst[0]:
                    worst = (rel, f"{f}:{i + 1} {ra[0][j]}: {u} vs {v}")
                if rel > 1e-9:
                    bad += 1
    print(f"  {len(files)} files, {cells} cells: {ndiff} numbers differ in their last digits, "
          f"largest relative difference {worst[0]:.3g} ({worst[1]}); {bad} real differences")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
