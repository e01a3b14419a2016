#!/usr/bin/python3
"""apresiasi_check.py — an independent re-implementation of analytics.md
§10a (high performers without appreciation) on the demo CSV files, compared
with the apresiasi_kurang.csv that `kinerja export` wrote.

Usage: apresiasi_check.py CSV_DIR EXPORT_DIR YEAR
Exit 0 when both lists hold the same NIPs (and the list is not empty).
"""
import csv
import datetime as dt
import sys


def end_of(per):
    y = int(per[:4])
    m = int(per[6]) * 3 if per[5] == "Q" else int(per[6]) * 6 if per[5] == "S" else int(per[5:7])
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


def kind(per):
    return per[5] if per[5] in "QS" else "M"


def main():
    d, exp, year = sys.argv[1], sys.argv[2], int(sys.argv[3])
    recs, ap = {}, {}
    for r in csv.DictReader(open(f"{d}/penilaian.csv", encoding="utf-8")):
        if len(r["periode"]) > 4:  # periodic only; SANGAT_BAIK = both ratings DI_ATAS
            sb = r["rating_hasil_kerja"] == "DI_ATAS" and r["rating_perilaku"] == "DI_ATAS"
            recs.setdefault(r["nip"], []).append((r["periode"], sb))
    for r in csv.DictReader(open(f"{d}/umpan_balik.csv", encoding="utf-8")):
        if r["jenis"] == "APRESIASI":
            ap.setdefault(r["nip_penerima"], []).append(dt.date.fromisoformat(r["tanggal"][:10]))
    want = set()
    for nip, rs in recs.items():
        rs.sort()
        for k in "MQS":  # monthly first
            last3 = [x for x in rs if kind(x[0]) == k and end_of(x[0]) <= dt.date(year, 12, 31)][-3:]
            if len(last3) < 3 or not all(s for _, s in last3) or end_of(last3[-1][0]).year != year:
                continue
            e = end_of(last3[-1][0])
            m0, y0 = e.month - 5, e.year
            if m0 < 1:
                m0, y0 = m0 + 12, y0 - 1
            if not any(dt.date(y0, m0, 1) <= t <= e for t in ap.get(nip, [])):
                want.add(nip)
            break
    got = {r["nip"] for r in csv.DictReader(open(f"{exp}/apresiasi_kurang.csv", encoding="utf-8"))}
    print(f"apresiasi_kurang {year}: {len(want)} expected, {len(got)} exported")
    if want != got or not want:
        print("missing", sorted(want - got)[:5], "extra", sorted(got - want)[:5])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
