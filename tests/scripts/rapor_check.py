#!/usr/bin/python3
"""rapor_check.py — every figure of Rapor OPD workbooks against the export.

Usage: rapor_check.py EXPORT_DIR FILE.xlsx [FILE.xlsx ...]

EXPORT_DIR holds the CSV tables of `kinerja export --year Y` for the same
database, year and parameters. Each workbook (Indonesian, not anonymised) is
read with openpyxl; its OPD code comes from its subtitle "... (KODE) ...".
Compared, sheet by sheet, with the export rows of that OPD (and KOTA):
Ringkasan (employees, IKP mean and CI, capaian, predikat shares, IKM),
Sub Unit (the OPD row), Profil BerAKHLAK (kekuatan_kelemahan), Tren
(tren_periode, tren, tahun_ke_tahun), Distribusi Predikat (kurva),
Indikator (capaian_indikator: the lowest means), Penilai (penilai),
Teladan and Perlu Pembinaan (teladan, pembinaan: the same people),
Kepuasan Masyarakat (skm, skm_opd, skm_ikp), Kualitas Data (kualitas_data).
Numbers must agree to 1e-9 (relative); labels map back to the canonical
words. Exit 0 when everything agrees, 1 with every difference listed.
"""
import csv
import math
import os
import re
import sys
import warnings

import openpyxl

warnings.filterwarnings("ignore")

LABELS = {
    "kekuatan": "KEKUATAN", "kelemahan": "KELEMAHAN", "setara": "SETARA",
    "data tidak cukup": "TIDAK_CUKUP_DATA", "naik": "NAIK", "turun": "TURUN",
    "stabil": "STABIL", "meningkat": "MENINGKAT", "menurun": "MENURUN",
    "tidak berubah": "TIDAK_BERUBAH", "patuh": "PATUH", "tidak patuh": "TIDAK_PATUH",
    "kurva tidak dapat dipenuhi": "TIDAK_DAPAT_DIPENUHI",
    "predikat organisasi belum ada": "BELUM_ADA_PREDIKAT_ORGANISASI",
    "longgar": "LONGGAR", "ketat": "KETAT", "wajar": "WAJAR",
}
PREDIKAT = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"]
PRED_LABEL = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"]
DASH = "\u2013"

failures = []


def fail(where, msg):
    failures.append(f"{where}: {msg}")


def load(d, name):
    with open(os.path.join(d, name + ".csv"), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def num(v):
    """A workbook cell or CSV field as a float; None for blank / dash / text."""
    if v is None or v == "" or v == DASH:
        return None
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(v)
    except ValueError:
        return None


def same(where, what, got, want, rel=1e-9):
    g, w = num(got), num(want)
    if g is None and w is None:
        return
    if g is None or w is None or not math.isclose(g, w, rel_tol=rel, abs_tol=1e-12):
        fail(where, f"{what}: workbook {got!r}, export {want!r}")


def same_text(where, what, got, want):
    if (got or "") != (want or ""):
        fail(where, f"{what}: workbook {got!r}, export {want!r}")


def rows(ws):
    return [[c.value for c in r] for r in ws.iter_rows()]


def table(ws, first, where, nth=0):
    """Rows (dicts keyed by header) of the nth table whose header row starts
    with `first`, up to the first empty row or note row."""
    rs = rows(ws)
    heads = [i for i, r in enumerate(rs) if r and r[0] == first]
    if len(heads) <= nth:
        fail(where, f"no table with header {first!r}")
        return []
    h = heads[nth]
    head = rs[h]
    out = []
    for r in rs[h + 1:]:
        # the table ends at an empty row or at its note (text in the first cell only)
        if not r or r[0] is None or all(v is None for v in r[1:len(head)]):
            break
        out.append({head[j]: r[j] for j in range(len(head)) if head[j] is not None})
    return out


def label(v):
    return LABELS.get(str(v).lower()) if v is not None else None


def opd_of(wb):
    sub = rows(wb["Ringkasan"])[1][0]
    m = re.search(r"\(([A-Za-z0-9._-]+)\)", sub)
    return m.group(1)


def check(wb, ex, path):
    K = opd_of(wb)
    w = f"{os.path.basename(path)}"
    Y = int(ex["pegawai_tahun"][0]["tahun"])
    by = lambda t, **kv: [r for r in ex[t] if all(r[k] == v for k, v in kv.items())]
    uk = {(r["kode_opd"], r["ukuran"]): r for r in ex["opd_ukuran"]}
    pr = {(r["kode_opd"], r["predikat"]): r for r in ex["opd_predikat"]}

    # Ringkasan
    rs = rows(wb["Ringkasan"])
    line = {r[0]: r for r in rs if r and isinstance(r[0], str)}
    n_opd = sum(1 for r in ex["pegawai_tahun"] if r["kode_opd"] == K)
    same(w, "Pegawai dinilai OPD", line["Pegawai dinilai"][1], n_opd)
    same(w, "Pegawai dinilai kota", line["Pegawai dinilai"][2], len(ex["pegawai_tahun"]))
    for lab, col in (("IKP rata-rata", "mean"), ("IKP: IK 95 % bawah", "ci_low"),
                     ("IKP: IK 95 % atas", "ci_high")):
        same(w, lab + " OPD", line[lab][1], uk[(K, "ikp")][col])
        same(w, lab + " kota", line[lab][2], uk[("KOTA", "ikp")][col])
    same(w, "capaian OPD", line["Capaian rata-rata (%)"][1], uk[(K, "capaian")]["mean"])
    same(w, "% SB OPD", line["% Sangat Baik"][1], pr[(K, "SANGAT_BAIK")]["share"])
    same(w, "% SB kota", line["% Sangat Baik"][2], pr[("KOTA", "SANGAT_BAIK")]["share"])
    below = [pr[(K, p)]["share"] for p in PREDIKAT[2:]]
    same(w, "% below Baik", line["% di bawah Baik"][1],
         sum(float(x) for x in below) if all(below) else None)
    skm_opd = {r["kode_opd"]: r for r in ex["skm_opd"]}
    same(w, "IKM OPD", line["IKM (kepuasan masyarakat)"][1],
         skm_opd[K]["ikm"] if K in skm_opd and skm_opd[K]["n_responden"] != "0" else None)
    start = next(i for i, r in enumerate(rs) if r[0] == "Predikat")
    for p, lab in enumerate(PRED_LABEL):
        r = rs[start + 1 + p]
        same_text(w, "predikat row", r[0], lab)
        same(w, f"share {lab} OPD", r[1], pr[(K, PREDIKAT[p])]["share"])
        same(w, f"share {lab} kota", r[2], pr[("KOTA", PREDIKAT[p])]["share"])

    # Sub Unit: the last row is the OPD
    sub = table(wb["Sub Unit"], "Kode", w + " Sub Unit")
    if sub:
        same_text(w, "Sub Unit last row", sub[-1]["Kode"], K)
        same(w, "Sub Unit OPD IKP", sub[-1]["IKP rata-rata"], uk[(K, "ikp")]["mean"])
        same(w, "Sub Unit sum of n", sum(r["Pegawai dinilai"] for r in sub[:-1]), n_opd)

    # Profil BerAKHLAK = kekuatan_kelemahan
    kk = {r["dimensi"]: r for r in by("kekuatan_kelemahan", kode_opd=K)}
    prof = table(wb["Profil BerAKHLAK"], "Dimensi", w + " Profil")
    if len(prof) != len(kk):
        fail(w, f"Profil has {len(prof)} dimensions, export {len(kk)}")
    for r in prof:
        e = kk.get(r["Nama kolom"])
        if not e:
            fail(w, f"Profil dimension {r['Nama kolom']} not in the export")
            continue
        for col, ec in (("n", "n"), ("Rata-rata OPD", "mean_opd"), ("Rata-rata OPD lain", "mean_lain"),
                        ("Cohen d", "d"), ("t (Welch)", "t"), ("df", "df"), ("p", "p"), ("q (BH)", "q")):
            same(w, f"Profil {e['dimensi']} {col}", r[col], e[ec])
        same_text(w, f"Profil {e['dimensi']} label", label(r["Label"]), e["label"])

    # Tren: period means, slopes, year over year
    tp = {(r["periode"]): r for r in ex["tren_periode"] if r["kode_opd"] == K and r["ukuran"] == "ikp"}
    for r in table(wb["Tren"], "Periode", w + " Tren"):
        e = tp.get(r["Periode"])
        if e:
            same(w, f"tren {r['Periode']} n", r["Pegawai OPD"], e["n"])
            same(w, f"tren {r['Periode']} mean", r["IKP rata-rata OPD"], e["mean"])
        elif r["Pegawai OPD"]:
            fail(w, f"period {r['Periode']} of the OPD not in tren_periode")
    tr = {(r["kode_opd"], r["ukuran"]): r for r in ex["tren"]}
    slopes = table(wb["Tren"], "Ukuran", w + " Tren slopes", 0)
    if len(slopes) != 18:
        fail(w, f"Tren slopes: {len(slopes)} rows, expected 18")
    for r in slopes:
        e = tr[(r["Kode"], r["Nama kolom"])]
        same(w, f"slope {r['Kode']} {r['Nama kolom']} k", r["Periode dipakai"], e["k"])
        for col, ec in (("Kemiringan per tahun", "slope_per_tahun"), ("SE", "se"),
                        ("IK 95 % bawah", "ci_low"), ("IK 95 % atas", "ci_high"), ("p", "p")):
            same(w, f"slope {r['Kode']} {r['Nama kolom']} {col}", r[col], e[ec])
        same_text(w, f"slope {r['Kode']} label", label(r["Tren"]), e["label"])
    yy = {(r["kode_opd"], r["ukuran"]): r for r in ex["tahun_ke_tahun"]}
    for r in table(wb["Tren"], "Ukuran", w + " Tren yoy", 1):
        e = yy[(r["Kode"], r["Nama kolom"])]
        for col, ec in ((f"Rata-rata {Y - 1}", "mean_sebelum"), (f"Rata-rata {Y}", "mean"),
                        ("Selisih", "selisih"), ("t (Welch)", "t"), ("df", "df"), ("p", "p")):
            same(w, f"yoy {r['Kode']} {r['Nama kolom']} {col}", r[col], e[ec])
        same_text(w, f"yoy {r['Kode']} label", label(r["Perubahan"]), e["label"])

    # Distribusi Predikat = kurva
    kv = by("kurva", kode_opd=K)[0]
    s = table(wb["Distribusi Predikat"], "Predikat organisasi", w + " kurva")[0]
    same(w, "kurva n", s["Pegawai dengan predikat tahunan"], kv["n"])
    same_text(w, "kurva status", label(s["Status"]), kv["status"])
    same(w, "kurva perubahan_min", s["Perubahan minimal"], kv["perubahan_min"])
    same(w, "kurva chi2", s["Chi-kuadrat vs kota"], kv["chi2"])
    same(w, "kurva chi2_p", s["p"], kv["chi2_p"])
    counts = table(wb["Distribusi Predikat"], "Predikat", w + " kurva counts")
    for p, r in enumerate(counts):
        same(w, f"kurva n_{PREDIKAT[p]}", r["Jumlah pegawai"], kv["n_" + PREDIKAT[p].lower()])
        same(w, f"kurva target_{PREDIKAT[p]}", r["Jumlah sesuai kurva"],
             kv["target_" + PREDIKAT[p].lower()])

    # Indikator: the lowest means of capaian_indikator, in order
    ci = [r for r in ex["capaian_indikator"] if r["kode_opd"] == K and r["mean"] != ""]
    ci.sort(key=lambda r: (float(r["mean"]), r["indikator"].encode()))
    got = table(wb["Indikator"], "No", w + " Indikator")
    if len(got) != min(25, len(ci)):
        fail(w, f"Indikator: {len(got)} rows, expected {min(25, len(ci))}")
    for r, e in zip(got, ci):
        same_text(w, "indikator", r["Indikator"], e["indikator"])
        for col, ec in (("Pegawai", "n_pegawai"), ("Catatan", "n_catatan"),
                        ("Capaian rata-rata (%)", "mean"), ("Median (%)", "median"),
                        ("% catatan di bawah 100", "share_di_bawah_100")):
            same(w, f"indikator {e['indikator']} {col}", r[col], e[ec])

    # Penilai
    pn = {r["nip_penilai"]: r for r in ex["penilai"] if r["kode_opd"] == K}
    got = table(wb["Penilai"], "Penilai", w + " Penilai")
    if {r["NIP"] for r in got} != set(pn):
        fail(w, "Penilai: not the export's evaluators of the OPD")
    for r in got:
        e = pn.get(r["NIP"])
        if not e:
            continue
        for col, ec in (("Pegawai dinilai", "n"), ("IKP rata-rata yang dinilai", "mean_ikp"),
                        ("IKP rata-rata lain di OPD", "mean_lain"), ("Selisih", "selisih"),
                        ("p", "p"), ("q (BH)", "q")):
            same(w, f"penilai {r['NIP']} {col}", r[col], e[ec])
        same_text(w, f"penilai {r['NIP']} label", label(r["Label"]), e["label"])

    # Teladan, Perlu Pembinaan
    tl = {r["nip"]: r for r in ex["teladan"] if r["kode_opd"] == K}
    got = table(wb["Teladan"], "Peringkat", w + " Teladan")
    if {r["NIP"] for r in got} != set(tl):
        fail(w, "Teladan: not the export's role models of the OPD")
    for r in got:
        if r["NIP"] in tl:
            same(w, f"teladan {r['NIP']} ikp", r["IKP"], tl[r["NIP"]]["ikp"])
            same(w, f"teladan {r['NIP']} peringkat", r["Peringkat"], tl[r["NIP"]]["peringkat"])
    pb = {r["nip"]: r for r in ex["pembinaan"] if r["kode_opd"] == K}
    got = table(wb["Perlu Pembinaan"], "Nama", w + " Pembinaan")
    if {r["NIP"] for r in got} != set(pb):
        fail(w, "Perlu Pembinaan: not the export's list of the OPD")
    for r in got:
        if r["NIP"] in pb:
            same(w, f"pembinaan {r['NIP']} ikp", r["IKP"], pb[r["NIP"]]["ikp"])
            same(w, f"pembinaan {r['NIP']} berturut", r["Periode rendah berturut-turut"],
                 pb[r["NIP"]]["berturut"])

    # Kepuasan Masyarakat
    sk = {r["kode_unit"]: r for r in ex["skm"]}
    for r in table(wb["Kepuasan Masyarakat"], "Kode", w + " SKM", 0):
        e = sk.get(r["Kode"]) or skm_opd.get(r["Kode"])
        if not e:
            fail(w, f"SKM row {r['Kode']} not in skm/skm_opd")
            continue
        same(w, f"skm {r['Kode']} n", r["Responden"], e["n_responden"])
        same(w, f"skm {r['Kode']} ikm", r["IKM"], e["ikm"])
        for u in range(1, 10):
            same(w, f"skm {r['Kode']} U{u}", r[f"U{u}"], e[f"nrr_u{u}"])
    si = {r["kode_unit"]: r for r in ex["skm_ikp"]}
    for r in table(wb["Kepuasan Masyarakat"], "Kode", w + " SKM-IKP", 1):
        e = si.get(r["Kode"])
        if not e:
            fail(w, f"skm_ikp row {r['Kode']} not in the export")
            continue
        same(w, f"skm_ikp {r['Kode']} ikp", r["IKP rata-rata pegawai"], e["ikp"])
        same(w, f"skm_ikp {r['Kode']} z_ikm", r["z IKM"], e["z_ikm"])

    # Kualitas Data
    kq = {r["periode"]: r for r in ex["kualitas_data"] if r["kode_opd"] == K}
    got = table(wb["Kualitas Data"], "Periode", w + " Kualitas")
    if {r["Periode"] for r in got} != set(kq):
        fail(w, "Kualitas Data: not the export's periods")
    for r in got:
        e = kq.get(r["Periode"])
        if e:
            for col, ec in (("Pegawai di roster", "roster"), ("Dengan hasil penilaian", "dinilai"),
                            ("Kelengkapan", "kelengkapan"), ("Tepat waktu", "tepat_waktu"),
                            ("Median keterlambatan (hari)", "median_lag_hari")):
                same(w, f"kualitas {r['Periode']} {col}", r[col], e[ec])
    return K


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    d = argv[0]
    names = ["pegawai_tahun", "opd_ukuran", "opd_predikat", "kekuatan_kelemahan", "tren",
             "tahun_ke_tahun", "tren_periode", "kurva", "capaian_indikator", "penilai",
             "teladan", "pembinaan", "skm", "skm_opd", "skm_ikp", "kualitas_data"]
    ex = {n: load(d, n) for n in names}
    done = []
    for path in argv[1:]:
        wb = openpyxl.load_workbook(path, read_only=False, data_only=True)
        done.append(check(wb, ex, path))
    for f in failures[:60]:
        print("FAIL", f)
    if len(failures) > 60:
        print(f"... and {len(failures) - 60} more")
    print(f"rapor_check: {len(argv) - 1} workbooks ({', '.join(done[:6])}{'...' if len(done) > 6 else ''}), "
          f"{len(failures)} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
