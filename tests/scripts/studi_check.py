#!/usr/bin/python3
"""studi_check.py — the study workbook against the export and against an
independent computation of its tests.

Usage: studi_check.py STUDY.xlsx EXPORT_ROOT [--min-group N]

EXPORT_ROOT/<year>/ holds `kinerja export --year <year>` of every year of the
study (same database and parameters). Checked (Indonesian, not anonymised):
  - every appendix sheet "Lampiran <table>" holds exactly the rows of
    <table>.csv of each year, stacked by year (a leading tahun column where
    the CSV has none), cell by cell;
  - "Uji Antar OPD": the one-way ANOVA of IKP across OPD (F, df1, df2, eta
    squared) recomputed here in plain Python from pegawai_tahun.csv (OPD with
    at least N IKP values), and the chi-square of the OPD x predikat table
    (statistic, df, Cramer's V) from opd_predikat.csv (OPD with counts shown,
    empty predikat columns dropped); p-values with scipy when it is installed
    (development machines), else skipped;
  - "Seri Unit": the demo's merged school SDN.200142 has no line of its own,
    its staff count under SDN.200141 in every year (n and mean from
    pegawai_tahun.csv), and the line names it under "Digabung dari";
  - "Seri OPD" and "Ringkasan": means equal opd_ukuran (no OPD merges in the
    demo, so the successor series are the year's own figures);
  - "Tahun ke Tahun" and "Kepatuhan Kurva" equal tahun_ke_tahun and kurva.
Exit 0 when everything agrees, 1 with every difference listed.
"""
import csv
import math
import os
import sys
import warnings

import openpyxl

warnings.filterwarnings("ignore")
DASH = "\u2013"
MERGED, SUCCESSOR = "SDN.200142", "SDN.200141"
failures = []


def fail(msg):
    failures.append(msg)


def load(root, year, name):
    with open(os.path.join(root, str(year), name + ".csv"), newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        head = next(r)
        return head, list(r)


def dicts(root, year, name):
    head, rows = load(root, year, name)
    return [dict(zip(head, r)) for r in rows]


def num(v):
    if v is None or v == "" or v == DASH:
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def close(a, b, rel=1e-12):
    x, y = num(a), num(b)
    if x is None or y is None:
        return x is None and y is None
    return math.isclose(x, y, rel_tol=rel, abs_tol=1e-300)


def rows(ws):
    return [[c.value for c in r] for r in ws.iter_rows()]


def table(rs, first, nth=0):
    heads = [i for i, r in enumerate(rs) if r and r[0] == first]
    if len(heads) <= nth:
        fail(f"no table with header {first!r}")
        return []
    h = heads[nth]
    head = rs[h]
    out = []
    for r in rs[h + 1:]:
        if not r or r[0] is None or all(v is None for v in r[1:len(head)]):
            break
        out.append({head[j]: r[j] for j in range(len(head)) if head[j] is not None})
    return out


def check_appendix(wb, root, years):
    names = sorted(f[:-4] for f in os.listdir(os.path.join(root, str(years[0]))) if f.endswith(".csv"))
    for name in names:
        sheet = "Lampiran " + name
        if sheet not in wb.sheetnames:
            fail(f"no appendix sheet for {name}")
            continue
        rs = rows(wb[sheet])
        h = next((i for i, r in enumerate(rs) if r and r[0] == "tahun"), None)
        if h is None:
            fail(f"{sheet}: no header row")
            continue
        head = [v for v in rs[h] if v is not None]
        want = []
        for y in years:
            ch, cr = load(root, y, name)
            add = "tahun" not in ch
            cols = (["tahun"] if add else []) + ch
            if cols != head:
                fail(f"{sheet}: columns {head} differ from {name}.csv {cols}")
                break
            want += [([str(y)] if add else []) + r for r in cr]
        got = [r[:len(head)] for r in rs[h + 1:h + 1 + len(want)]]
        if len(got) != len(want) or any(v is not None for v in (rs[h + 1 + len(want)] if h + 1 + len(want) < len(rs) else [None])[1:]):
            fail(f"{sheet}: {len(got)} rows, export {len(want)}")
        bad = 0
        for i, (g, w) in enumerate(zip(got, want)):
            for j, (a, b) in enumerate(zip(g, w)):
                if b == "":
                    ok = a is None
                elif isinstance(a, (int, float)) and not isinstance(a, bool):
                    ok = close(a, b, 1e-13)
                else:
                    ok = str(a) == b
                if not ok:
                    bad += 1
                    if bad <= 5:
                        fail(f"{sheet} row {i + 1} {head[j]}: workbook {a!r}, export {b!r}")
        if bad > 5:
            fail(f"{sheet}: {bad} cells differ in all")


def anova(groups):
    allv = [v for g in groups for v in g]
    n, k = len(allv), len(groups)
    m = sum(allv) / n
    ssb = sum(len(g) * (sum(g) / len(g) - m) ** 2 for g in groups)
    ssw = sum((v - sum(g) / len(g)) ** 2 for g in groups for v in g)
    df1, df2 = k - 1, n - k
    return (ssb / df1) / (ssw / df2), df1, df2, ssb / (ssb + ssw)


def chisq(tab):
    cols = [j for j in range(len(tab[0])) if sum(r[j] for r in tab) > 0]
    tab = [[r[j] for j in cols] for r in tab]
    n = sum(map(sum, tab))
    rt = [sum(r) for r in tab]
    ct = [sum(r[j] for r in tab) for j in range(len(cols))]
    stat = sum((tab[i][j] - rt[i] * ct[j] / n) ** 2 / (rt[i] * ct[j] / n)
               for i in range(len(tab)) for j in range(len(cols)))
    df = (len(tab) - 1) * (len(cols) - 1)
    return stat, df, math.sqrt(stat / (n * (min(len(tab), len(cols)) - 1)))


def check_tests(wb, root, years, min_group):
    try:
        from scipy import stats
    except ImportError:
        stats = None
    rs = rows(wb["Uji Antar OPD"])
    an = {r["Tahun"]: r for r in table(rs, "Tahun", 0)}
    cs = {r["Tahun"]: r for r in table(rs, "Tahun", 1)}
    for y in years:
        by = {}
        for r in dicts(root, y, "pegawai_tahun"):
            if r["ikp"] != "":
                by.setdefault(r["kode_opd"], []).append(float(r["ikp"]))
        groups = [g for _, g in sorted(by.items()) if len(g) >= min_group]
        f, df1, df2, eta2 = anova(groups)
        got = an.get(y)
        if not got:
            fail(f"ANOVA: no row for {y}")
            continue
        for what, a, b in (("F", got["F"], f), ("df1", got["df1"], df1), ("df2", got["df2"], df2),
                           ("eta2", got["eta\u00b2"], eta2), ("OPD", got["OPD dalam uji"], len(groups))):
            if not close(a, b, 1e-9):
                fail(f"ANOVA {y} {what}: workbook {a}, recomputed {b}")
        if stats:
            p = stats.f_oneway(*groups).pvalue
            if not close(got["p"], p, 1e-6):
                fail(f"ANOVA {y} p: workbook {got['p']}, scipy {p}")
        counts = {}
        for r in dicts(root, y, "opd_predikat"):
            if r["kode_opd"] != "KOTA" and r["n"] != "":
                counts.setdefault(r["kode_opd"], {})[r["predikat"]] = int(r["n"])
        order = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"]
        tab = [[c.get(p, 0) for p in order] for _, c in sorted(counts.items())
               if sum(c.values()) >= min_group]
        stat, df, v = chisq(tab)
        got = cs.get(y)
        for what, a, b in (("chi2", got["Chi-kuadrat"], stat), ("df", got["df"], df),
                           ("V", got["V Cram\u00e9r"], v), ("OPD", got["OPD dalam uji"], len(tab))):
            if not close(a, b, 1e-9):
                fail(f"chi-square {y} {what}: workbook {a}, recomputed {b}")
        if stats:
            import numpy
            t = numpy.array(tab)
            t = t[:, t.sum(0) > 0]
            p = stats.chi2_contingency(t, correction=False)[1]
            if not close(got["p"], p, 1e-6):
                fail(f"chi-square {y} p: workbook {got['p']}, scipy {p}")
    return stats is not None


def check_series(wb, root, years, min_group):
    units = {r["Kode"]: r for r in table(rows(wb["Seri Unit"]), "Kode")}
    if MERGED in units:
        fail(f"Seri Unit: the merged unit {MERGED} has a line of its own")
    line = units.get(SUCCESSOR)
    if not line:
        fail(f"Seri Unit: no line for {SUCCESSOR}")
        return
    if line["Digabung dari"] != MERGED:
        fail(f"Seri Unit {SUCCESSOR}: Digabung dari = {line['Digabung dari']!r}")
    merged_staff = 0
    for y in years:
        vals = [float(r["ikp"]) for r in dicts(root, y, "pegawai_tahun")
                if r["kode_unit"] in (MERGED, SUCCESSOR) and r["ikp"] != ""]
        merged_staff += sum(1 for r in dicts(root, y, "pegawai_tahun") if r["kode_unit"] == MERGED)
        n = sum(1 for r in dicts(root, y, "pegawai_tahun") if r["kode_unit"] in (MERGED, SUCCESSOR))
        if line[f"Pegawai {y}"] != n:
            fail(f"Seri Unit {SUCCESSOR} {y}: n {line[f'Pegawai {y}']}, export {n}")
        want = sum(vals) / len(vals) if len(vals) >= min_group else None
        if not close(line[f"IKP {y}"], want, 1e-9):
            fail(f"Seri Unit {SUCCESSOR} {y}: IKP {line[f'IKP {y}']}, export {want}")
    if merged_staff == 0:
        fail(f"the export has no staff of {MERGED} in any year: the check proves nothing")
    opd = {r["Kode"]: r for r in table(rows(wb["Seri OPD"]), "Kode")}
    rs = rows(wb["Ringkasan"])
    ikp_row = next(r for r in rs if r[0] == "IKP rata-rata")
    for t, y in enumerate(years):
        uk = {(r["kode_opd"], r["ukuran"]): r for r in dicts(root, y, "opd_ukuran")}
        for kode, r in opd.items():
            if not close(r[f"IKP {y}"], uk[(kode, "ikp")]["mean"], 1e-9):
                fail(f"Seri OPD {kode} {y}: {r[f'IKP {y}']}, opd_ukuran {uk[(kode, 'ikp')]['mean']}")
        if not close(ikp_row[1 + t], uk[("KOTA", "ikp")]["mean"], 1e-9):
            fail(f"Ringkasan IKP {y}: {ikp_row[1 + t]}, opd_ukuran KOTA {uk[('KOTA', 'ikp')]['mean']}")


def check_yearly(wb, root, years):
    labels = {"meningkat": "MENINGKAT", "menurun": "MENURUN", "tidak berubah": "TIDAK_BERUBAH",
              "data tidak cukup": "TIDAK_CUKUP_DATA", "patuh": "PATUH", "tidak patuh": "TIDAK_PATUH",
              "kurva tidak dapat dipenuhi": "TIDAK_DAPAT_DIPENUHI",
              "predikat organisasi belum ada": "BELUM_ADA_PREDIKAT_ORGANISASI"}
    yy = table(rows(wb["Tahun ke Tahun"]), "Tahun")
    want = {}
    for y in years:
        for r in dicts(root, y, "tahun_ke_tahun"):
            if r["ukuran"] in ("ikp", "capaian") and not (r["n_sebelum"] == "0" and r["n"] == "0"):
                want[(y, r["kode_opd"], r["ukuran"])] = r
    if len(yy) != len(want):
        fail(f"Tahun ke Tahun: {len(yy)} rows, export {len(want)}")
    for r in yy:
        e = want.get((r["Tahun"], r["Kode"], r["Nama kolom"]))
        if not e:
            fail(f"Tahun ke Tahun row {r['Tahun']} {r['Kode']} {r['Nama kolom']} not in the export")
            continue
        for col, ec in (("Rata-rata", "mean"), ("Selisih", "selisih"), ("p", "p")):
            if not close(r[col], e[ec], 1e-9):
                fail(f"Tahun ke Tahun {r['Tahun']} {r['Kode']} {col}: {r[col]}, export {e[ec]}")
        if labels.get(str(r["Perubahan"]).lower()) != e["label"]:
            fail(f"Tahun ke Tahun {r['Tahun']} {r['Kode']} label {r['Perubahan']}, export {e['label']}")
    kv = {r["Kode"]: r for r in table(rows(wb["Kepatuhan Kurva"]), "Kode")}
    for y in years:
        for e in dicts(root, y, "kurva"):
            if e["kode_opd"] == "KOTA" or e["n"] == "0":
                continue
            got = kv.get(e["kode_opd"], {}).get(f"Status {y}")
            if labels.get(str(got).lower()) != e["status"]:
                fail(f"Kepatuhan Kurva {e['kode_opd']} {y}: {got}, export {e['status']}")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path, root = argv[0], argv[1]
    min_group = int(argv[3]) if len(argv) > 3 and argv[2] == "--min-group" else 5
    years = sorted(int(d) for d in os.listdir(root) if d.isdigit())
    wb = openpyxl.load_workbook(path, data_only=True)
    check_appendix(wb, root, years)
    with_scipy = check_tests(wb, root, years, min_group)
    check_series(wb, root, years, min_group)
    check_yearly(wb, root, years)
    for f in failures[:60]:
        print("FAIL", f)
    if len(failures) > 60:
        print(f"... and {len(failures) - 60} more")
    print(f"studi_check: years {years}, p-values {'with' if with_scipy else 'without'} scipy, "
          f"{len(failures)} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
