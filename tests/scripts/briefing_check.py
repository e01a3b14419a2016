#!/usr/bin/python3
"""briefing_check.py — reads a `kinerja report briefing` workbook (Indonesian)
back with openpyxl and checks every figure in it against the tables of
`kinerja export` for the same database, year and options.

Usage: briefing_check.py BRIEFING.xlsx EXPORT_DIR DATABASE [--anonymized]

Each sheet's tables are found by their header labels; every number in a
table row is compared with the export value of the same key (relative
tolerance 1e-12: the workbook stores 16 significant digits, the CSV 17),
every label with the export's canonical label, and the headline figures and
the figure next to each finding on the Ringkasan sheet with the export value
the sentence cites. The Metodologi sheet's input files are compared with the
import log in DATABASE (sqlite3). Exit status 0 when everything matches, 1
otherwise (each mismatch is printed, at most 40).
"""
import csv
import math
import os
import sqlite3
import sys
import warnings
from collections import defaultdict

import openpyxl

warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")

FAIL = []


def fail(msg):
    FAIL.append(msg)


def same(a, b, where):
    """a from the workbook, b from the export (str, int, float or None)."""
    if b is None or b == "":
        if a not in (None, "", "\u2013", "data tidak cukup"):
            fail(f"{where}: workbook has {a!r}, export has no value")
        return
    if isinstance(a, str) and a in ("\u2013", "data tidak cukup"):
        fail(f"{where}: workbook shows {a!r}, export has {b!r}")
        return
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        if str(a) != str(b):
            fail(f"{where}: workbook {a!r} != export {b!r}")
        return
    if not (x == y or abs(x - y) <= 1e-12 * max(abs(x), abs(y))):
        fail(f"{where}: workbook {x!r} != export {y!r}")


def load(d, name):
    with open(os.path.join(d, name + ".csv"), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def index(rows, *keys):
    return {tuple(r[k] for k in keys) if len(keys) > 1 else r[keys[0]]: r for r in rows}


# ---- labels the workbook shows for the export's canonical words --------------
TREN = {"NAIK": "Naik", "TURUN": "Turun", "STABIL": "Stabil", "TIDAK_CUKUP_DATA": "Data tidak cukup"}
YOY = {"MENINGKAT": "Meningkat", "MENURUN": "Menurun", "TIDAK_BERUBAH": "Tidak berubah",
       "TIDAK_CUKUP_DATA": "Data tidak cukup"}
KK = {"KEKUATAN": "Kekuatan", "KELEMAHAN": "Kelemahan", "SETARA": "Setara",
      "TIDAK_CUKUP_DATA": "Data tidak cukup"}
KURVA = {"PATUH": "Patuh", "TIDAK_PATUH": "Tidak patuh",
         "TIDAK_DAPAT_DIPENUHI": "Kurva tidak dapat dipenuhi",
         "BELUM_ADA_PREDIKAT_ORGANISASI": "Predikat organisasi belum ada"}
PENILAI = {"LONGGAR": "Longgar", "KETAT": "Ketat"}
PREDIKAT = {"SANGAT_BAIK": "Sangat Baik", "BAIK": "Baik", "BUTUH_PERBAIKAN": "Butuh Perbaikan",
            "KURANG": "Kurang", "SANGAT_KURANG": "Sangat Kurang"}
ORG = {"ISTIMEWA": "Istimewa", "BAIK": "Baik", "BUTUH_PERBAIKAN": "Butuh Perbaikan",
       "KURANG": "Kurang", "SANGAT_KURANG": "Sangat Kurang"}
DIMENSI = {"IKP": "ikp", "Capaian": "capaian", "Berorientasi Pelayanan": "berorientasi_pelayanan",
           "Akuntabel": "akuntabel", "Kompeten": "kompeten", "Harmonis": "harmonis",
           "Loyal": "loyal", "Adaptif": "adaptif", "Kolaboratif": "kolaboratif",
           "SKM U1 Persyaratan": "skm_u1", "SKM U2 Prosedur": "skm_u2",
           "SKM U3 Waktu pelayanan": "skm_u3", "SKM U4 Biaya/tarif": "skm_u4",
           "SKM U5 Produk": "skm_u5", "SKM U6 Kompetensi pelaksana": "skm_u6",
           "SKM U7 Perilaku pelaksana": "skm_u7", "SKM U8 Penanganan pengaduan": "skm_u8",
           "SKM U9 Sarana prasarana": "skm_u9"}
UNSUR = ["U1 Persyaratan", "U2 Prosedur", "U3 Waktu", "U4 Biaya", "U5 Produk", "U6 Kompetensi",
         "U7 Perilaku", "U8 Pengaduan", "U9 Sarana"]
BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def label(mapping, canon, where, got):
    want = mapping.get(canon, canon) if canon else None
    if (got or None) != want:
        fail(f"{where}: label {got!r}, expected {want!r} (export {canon!r})")


# ---- reading tables back -------------------------------------------------------

def find_tables(ws, first):
    """Every table whose header row has `first` in its first column: a list of
    (header dict label -> column, data rows as lists). A table ends at a row
    with nothing after its first cell (a note) or an empty first cell."""
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    out = []
    for i, r in enumerate(rows):
        if not r or r[0] != first:
            continue
        hdr = {v: j for j, v in enumerate(r) if v is not None}
        if len(hdr) < 2:
            continue
        body = []
        for rr in rows[i + 1:]:
            if rr[0] is None or all(v is None for v in rr[1:]):
                break
            body.append(rr)
        out.append((hdr, body))
    return out


def table(ws, first, must):
    """The table with header cell `first` in column A whose header has `must`."""
    for hdr, body in find_tables(ws, first):
        if must in hdr:
            return hdr, body
    fail(f"sheet {ws.title!r}: no table with headers {first!r} and {must!r}")
    return {}, []


def col(hdr, row, name):
    return row[hdr[name]] if name in hdr else None


# ---- sheets ----------------------------------------------------------------------

class Ctx:
    def __init__(self, exp, year):
        self.exp = exp
        self.year = year
        self.t = {}

    def __getitem__(self, name):
        if name not in self.t:
            self.t[name] = load(self.exp, name)
        return self.t[name]


def ukuran(c):
    return index(c["opd_ukuran"], "kode_opd", "ukuran")


def check_peringkat(wb, c):
    ws = wb["Peringkat OPD"]
    hdr, body = table(ws, "Peringkat", "IKP rata-rata")
    uk, pred = ukuran(c), index(c["opd_predikat"], "kode_opd", "predikat")
    skm = index(c["skm_opd"], "kode_opd")
    tren = index([r for r in c["tren"] if r["ukuran"] == "ikp"], "kode_opd")
    yoy = index([r for r in c["tahun_ke_tahun"] if r["ukuran"] == "ikp"], "kode_opd")
    prk = index(c["peringkat"], "kode_opd")
    n_emp = defaultdict(int)
    for r in c["pegawai_tahun"]:
        n_emp[r["kode_opd"]] += 1
        n_emp["KOTA"] += 1
    seen, means = set(), []
    for row in body:
        k = col(hdr, row, "Kode")
        w = f"Peringkat OPD {k}"
        seen.add(k)
        u = uk[(k, "ikp")]
        same(col(hdr, row, "Pegawai dinilai"), n_emp[k], w + " n")
        same(col(hdr, row, "IKP rata-rata"), u["mean"], w + " IKP")
        same(col(hdr, row, "IK 95 % bawah"), u["ci_low"], w + " ci_low")
        same(col(hdr, row, "IK 95 % atas"), u["ci_high"], w + " ci_high")
        same(col(hdr, row, "Capaian rata-rata (%)"), uk[(k, "capaian")]["mean"], w + " capaian")
        same(col(hdr, row, "% Sangat Baik"), pred[(k, "SANGAT_BAIK")]["share"], w + " %SB")
        below = [pred[(k, p)]["share"] for p in ("BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG")]
        same(col(hdr, row, "% di bawah Baik"),
             None if "" in below else sum(float(x) for x in below), w + " %below")
        s = skm.get(k)
        same(col(hdr, row, "IKM"), s["ikm"] if s else None, w + " IKM")
        same(col(hdr, row, "Mutu IKM"), s["mutu"] if s else None, w + " mutu")
        label(TREN, tren[k]["label"], w + " tren", col(hdr, row, "Tren IKP"))
        label(YOY, yoy[k]["label"], w + " yoy", col(hdr, row, "Dibanding tahun lalu"))
        rank = col(hdr, row, "Peringkat")
        if k != "KOTA":  # the rank with its 95 % interval and the shrunken mean (§2)
            p = prk[k]
            same(rank, p["peringkat"] or None, w + " rank")
            same(col(hdr, row, "Kisaran 95 %: terbaik"), p["peringkat_bawah"] or None, w + " best")
            same(col(hdr, row, "Kisaran 95 %: terburuk"), p["peringkat_atas"] or None, w + " worst")
            same(col(hdr, row, "IKP disusutkan"), p["mean_susut"] or None, w + " shrunken")
        if k != "KOTA" and u["mean"] != "":
            means.append((rank, float(u["mean"]), k))
    want = {r["kode_opd"] for r in c["kurva"]}
    if seen != want:
        fail(f"Peringkat OPD: OPD {sorted(seen ^ want)} missing or extra")
    ordered = sorted(means, key=lambda x: (-x[1], x[2]))
    # competition ranks: equal means share the best rank (1, 2, 2, 4), analytics.md §2
    want_rank = [1 + sum(1 for o in ordered if o[1] > m[1]) for m in ordered]
    if [m[0] for m in ordered] != want_rank:
        fail("Peringkat OPD: ranks do not follow mean IKP")


def check_kk(wb, c):
    ws = wb["Kekuatan & Kelemahan"]
    kk = index(c["kekuatan_kelemahan"], "kode_opd", "dimensi")
    grids = find_tables(ws, "Kode")
    grid = [g for g in grids if "IKP" in g[0] and "OPD" in g[0]]
    if not grid:
        fail("Kekuatan & Kelemahan: no d grid")
        return
    hdr, body = grid[0]
    n = 0
    for row in body:
        k = row[hdr["Kode"]]
        for lab, j in hdr.items():
            if lab not in DIMENSI:
                continue
            e = kk.get((k, DIMENSI[lab]))
            same(row[j], e["d"] if e else None, f"Kekuatan & Kelemahan d {k} {lab}")
            n += 1
    if n == 0:
        fail("Kekuatan & Kelemahan: empty d grid")
    hdr, body = table(ws, "Kode", "Cohen's d")
    sig = {key for key, r in kk.items() if r["label"] in ("KEKUATAN", "KELEMAHAN")}
    got = set()
    for row in body:
        key = (col(hdr, row, "Kode"), DIMENSI.get(col(hdr, row, "Dimensi")))
        got.add(key)
        e = kk.get(key)
        w = f"Kekuatan & Kelemahan finding {key}"
        if not e:
            fail(w + ": not in the export")
            continue
        label(KK, e["label"], w, col(hdr, row, "Temuan"))
        same(col(hdr, row, "n"), e["n"], w + " n")
        same(col(hdr, row, "Rata-rata OPD"), e["mean_opd"], w + " mean_opd")
        same(col(hdr, row, "Rata-rata OPD lain"), e["mean_lain"], w + " mean_lain")
        same(col(hdr, row, "Selisih"), float(e["mean_opd"]) - float(e["mean_lain"]), w + " selisih")
        same(col(hdr, row, "Cohen's d"), e["d"], w + " d")
        same(col(hdr, row, "p"), e["p"], w + " p")
        same(col(hdr, row, "q (BH)"), e["q"], w + " q")
    if got != sig:
        fail(f"Kekuatan & Kelemahan: findings differ from the export: {sorted(got ^ sig)}")


def check_tren(wb, c):
    ws = wb["Tren"]
    per = index([r for r in c["tren_periode"] if r["ukuran"] == "ikp"], "kode_opd", "periode")
    hdr, body = table(ws, "Kode", "Tahun")
    cells = 0
    for row in body:
        k, y = row[hdr["Kode"]], row[hdr["Tahun"]]
        for lab, j in hdr.items():
            if lab in BULAN:
                e = per.get((k, f"{int(y)}-{BULAN.index(lab) + 1:02d}"))
                same(row[j], e["mean"] if e else None, f"Tren {k} {y} {lab}")
                cells += row[j] is not None
    if cells == 0:
        fail("Tren: no period means")
    tren = index([r for r in c["tren"] if r["ukuran"] == "ikp"], "kode_opd")
    yoy = index([r for r in c["tahun_ke_tahun"] if r["ukuran"] == "ikp"], "kode_opd")
    hdr, body = table(ws, "Kode", "Perubahan per tahun (poin IKP)")
    for row in body:
        k = col(hdr, row, "Kode")
        t, y, w = tren[k], yoy[k], f"Tren slope {k}"
        same(col(hdr, row, "Periode (k)"), t["k"], w + " k")
        same(col(hdr, row, "Dari"), t["dari"], w + " dari")
        same(col(hdr, row, "Sampai"), t["sampai"], w + " sampai")
        same(col(hdr, row, "Perubahan per tahun (poin IKP)"), t["slope_per_tahun"], w + " slope")
        same(col(hdr, row, "IK 95 % bawah"), t["ci_low"], w + " ci_low")
        same(col(hdr, row, "IK 95 % atas"), t["ci_high"], w + " ci_high")
        same(col(hdr, row, "p"), t["p"], w + " p")
        label(TREN, t["label"], w, col(hdr, row, "Tren"))
        same(col(hdr, row, "IKP tahun lalu"), y["mean_sebelum"], w + " mean_sebelum")
        same(col(hdr, row, "IKP tahun ini"), y["mean"], w + " mean")
        same(col(hdr, row, "Selisih"), y["selisih"], w + " selisih")
        same(col(hdr, row, "p (tahun ke tahun)"), y["p"], w + " yoy p")
        label(YOY, y["label"], w + " yoy", col(hdr, row, "Dibanding tahun lalu"))
    # the chart's data: one column per series, the city first
    rows = [[x.value for x in r] for r in ws.iter_rows()]
    for i, r in enumerate(rows):
        if len(r) > 1 and r[1] == "Periode":
            names = [v for v in r[2:] if v]
            if not names:
                fail("Tren: chart data without series")
            for rr in rows[i + 1:]:
                if not rr[1]:
                    break
                if (("KOTA", rr[1])) in per:
                    same(rr[2], per[("KOTA", rr[1])]["mean"], f"Tren chart data KOTA {rr[1]}")
            break
    else:
        fail("Tren: no chart data table")


def check_distribusi(wb, c):
    ws = wb["Distribusi Predikat"]
    hdr, body = table(ws, "Kode", "Status")
    kurva = index(c["kurva"], "kode_opd")
    pred = index(c["opd_predikat"], "kode_opd", "predikat")
    for row in body:
        k = col(hdr, row, "Kode")
        e, w = kurva[k], f"Distribusi {k}"
        same(col(hdr, row, "Pegawai dengan predikat"), e["n"], w + " n")
        for p, name in PREDIKAT.items():
            same(col(hdr, row, f"{name} (orang)"), e["n_" + p.lower()], w + f" n {p}")
            same(col(hdr, row, f"% {name}"), pred[(k, p)]["share"], w + f" share {p}")
        org = col(hdr, row, "Predikat organisasi")
        label(ORG, e["predikat_organisasi"], w + " org", None if org == "belum ada" else org)
        if k != "KOTA":
            label(KURVA, e["status"], w + " status", col(hdr, row, "Status"))
        same(col(hdr, row, "Pegawai yang harus berubah (minimum)"), e["perubahan_min"], w + " min")
        same(col(hdr, row, "Chi-kuadrat vs kota"), e["chi2"], w + " chi2")
        same(col(hdr, row, "p"), e["chi2_p"], w + " chi2 p")
        if e["perubahan_min"] != "":
            want = " \u00b7 ".join(f"{s} {e['target_' + p.lower()]}" for s, p in
                                   zip(["SB", "B", "BP", "K", "SK"], PREDIKAT))
            same(col(hdr, row, "Sebaran patuh terdekat"), want, w + " target")
        rules = col(hdr, row, "Aturan kurva dan hasilnya")
        if e["aturan"]:
            fails = e["aturan"].count(": FAIL")
            if rules is None or rules.count("TIDAK terpenuhi") != fails:
                fail(f"{w}: rules {rules!r} do not show the {fails} failed rules of {e['aturan']!r}")


def check_skm(wb, c):
    ws = wb["Kepuasan Masyarakat"]
    hdr, body = table(ws, "Kode unit", "Unsur terlemah")
    skm = index(c["skm"], "kode_unit")
    kota = index(c["skm_opd"], "kode_opd").get("KOTA")
    flags = {r["kode_unit"] for r in c["skm_ikp"] if r["flag"]}
    seen = set()
    for row in body:
        k = col(hdr, row, "Kode unit")
        e = kota if k == "KOTA" else skm[k]
        w = f"SKM {k}"
        seen.add(k)
        same(col(hdr, row, "Responden"), e["n_responden"], w + " n")
        same(col(hdr, row, "IKM"), e["ikm"], w + " ikm")
        same(col(hdr, row, "IK 95 % bawah"), e["ci_low"], w + " ci_low")
        same(col(hdr, row, "IK 95 % atas"), e["ci_high"], w + " ci_high")
        mutu = col(hdr, row, "Mutu")
        if (mutu or "")[:1] != e["mutu"]:
            fail(f"{w}: grade {mutu!r}, export {e['mutu']!r}")
        for i, u in enumerate(UNSUR):
            same(col(hdr, row, u), e[f"nrr_u{i + 1}"], w + f" nrr u{i + 1}")
        lemah = col(hdr, row, "Unsur terlemah")
        if (lemah or "").split(" ")[0] != e["unsur_terlemah"]:
            fail(f"{w}: weakest {lemah!r}, export {e['unsur_terlemah']!r}")
        note = col(hdr, row, "Perlu perhatian") or ""
        if (k in flags) != ("kepuasan rendah" in note):
            fail(f"{w}: flag note {note!r} does not match skm_ikp")
    if seen != set(skm) | ({"KOTA"} if kota else set()):
        fail("Kepuasan Masyarakat: units differ from skm.csv")
    hdr, body = table(ws, "Kode unit", "Skor z IKP")
    pairs = index(c["skm_ikp"], "kode_unit")
    for row in body:
        k = col(hdr, row, "Kode unit")
        e, w = pairs[k], f"SKM-IKP {k}"
        same(col(hdr, row, "Pegawai dinilai"), e["n_pegawai"], w + " n")
        same(col(hdr, row, "IKP rata-rata"), e["ikp"], w + " ikp")
        same(col(hdr, row, "IKM"), e["ikm"], w + " ikm")
        same(col(hdr, row, "Skor z IKP"), e["z_ikp"], w + " z_ikp")
        same(col(hdr, row, "Skor z IKM"), e["z_ikm"], w + " z_ikm")
        if bool(col(hdr, row, "Tanda")) != bool(e["flag"]):
            fail(f"{w}: flag differs")
    if len(body) != len(pairs):
        fail("Kepuasan Masyarakat: IKM-IKP pairs differ from skm_ikp.csv")
    check_assoc(ws, c, {"IKM dan IKP rata-rata unit": "skm_ikm_ikp"})


def check_assoc(ws, c, names):
    hdr, body = table(ws, "Hubungan", "Metode")
    assoc = index(c["asosiasi"], "nama")
    for row in body:
        a = assoc[names[col(hdr, row, "Hubungan")]]
        w = f"{ws.title} association {a['nama']}"
        same(col(hdr, row, "n (pasangan / kelompok 1)"), a["n"], w + " n")
        if a["metode"] == "welch":
            same(col(hdr, row, "n kelompok 2"), a["n_lain"], w + " n_lain")
        for h, k in (("r", "r"), ("IK 95 % bawah", "ci_low"), ("IK 95 % atas", "ci_high"),
                     ("p", "p"), ("rho Spearman", "rho"), ("p (rho)", "rho_p")):
            same(col(hdr, row, h), a[k], f"{w} {k}")
        same(col(hdr, row, "Selisih (kelompok 1 \u2212 2)"), a["selisih"], w + " selisih")
    if len(body) != len(names):
        fail(f"{ws.title}: {len(body)} associations, expected {len(names)}")


def check_pimpinan(wb, c):
    ws = wb["Peran Pimpinan"]
    hdr, body = table(ws, "Kode", "Umpan balik per pegawai")
    ub, uk = index(c["umpan_balik"], "kode_opd"), ukuran(c)
    for row in body:
        k = col(hdr, row, "Kode")
        e, w = ub[k], f"Peran Pimpinan {k}"
        same(col(hdr, row, "Pegawai"), e["n_pegawai"], w + " n")
        same(col(hdr, row, "Umpan balik per pegawai"), e["kejadian_per_pegawai"], w + " per pegawai")
        same(col(hdr, row, "% pegawai menerima apresiasi"), e["share_apresiasi"], w + " share")
        same(col(hdr, row, "Apresiasi"), e["apresiasi"], w + " apresiasi")
        same(col(hdr, row, "Saran perbaikan"), e["perbaikan"], w + " perbaikan")
        same(col(hdr, row, "Dialog kinerja"), e["dialog"], w + " dialog")
        same(col(hdr, row, "IKP rata-rata"), uk[(k, "ikp")]["mean"], w + " ikp")
    if len(body) != len(ub):
        fail("Peran Pimpinan: OPD differ from umpan_balik.csv")
    check_assoc(ws, c, {
        "Pangsa apresiasi OPD dan IKP rata-rata OPD": "apresiasi_ikp",
        "Pangsa apresiasi OPD dan rata-rata perilaku (BerAKHLAK)": "apresiasi_perilaku",
        "Perubahan IKP dari tahun lalu: pegawai yang diapresiasi (kelompok 1) dan yang tidak":
            "apresiasi_delta_ikp"})


def list_rows(hdr, body, export, anonymized, what, keys):
    """Pairs the rows of a people list with their export rows: by NIP when
    people are named; anonymised, by sorting both on the figures named in
    keys ((header, export column) pairs), which must then match as a whole
    (a pseudonym must not give the NIP away)."""
    if len(body) != len(export):
        fail(f"{what}: {len(body)} rows, export {len(export)}")
        return []
    if not anonymized:
        by_nip = {r["nip"]: r for r in export}
        out = []
        for row in body:
            nip = str(col(hdr, row, "NIP"))
            if nip not in by_nip:
                fail(f"{what}: NIP {nip} not in the export")
                continue
            e = by_nip[nip]
            if col(hdr, row, "Nama") != e["nama"]:
                fail(f"{what}: name {col(hdr, row, 'Nama')!r} != {e['nama']!r}")
            out.append((row, e))
        return out
    for row in body:
        name = col(hdr, row, "Pegawai (disamarkan)") or ""
        if not name.startswith("Pegawai "):
            fail(f"{what}: pseudonym {name!r}")

    def norm(v):
        if v in (None, "", "\u2013"):
            return ""
        try:
            return f"{float(v):.9g}"
        except ValueError:
            return str(v)
    inv = {v: k for k, v in PREDIKAT.items()}
    rows = sorted(body, key=lambda r: [norm(inv.get(col(hdr, r, h), col(hdr, r, h)))
                                       for h, _ in keys])
    exp = sorted(export, key=lambda e: [norm(e[k]) for _, k in keys])
    return list(zip(rows, exp))


def check_lists(wb, c, anonymized):
    ws = wb["Teladan"]
    hdr, body = table(ws, "Kode", "Alasan")
    keys = [("Kode", "kode_opd"), ("Urutan di OPD", "peringkat")]
    for row, e in list_rows(hdr, body, c["teladan"], anonymized, "Teladan", keys):
        w = f"Teladan {e['nip']}"
        same(col(hdr, row, "Kode"), e["kode_opd"], w + " OPD")
        same(col(hdr, row, "Urutan di OPD"), e["peringkat"], w + " rank")
        same(col(hdr, row, "IKP"), e["ikp"], w + " ikp")
        same(col(hdr, row, "Capaian (%)"), e["capaian"], w + " capaian")
        same(col(hdr, row, "Penilaian periodik"), e["n_periode"], w + " n_periode")
        same(col(hdr, row, "% Sangat Baik"), e["share_sangat_baik"], w + " share SB")
        same(col(hdr, row, "Batas capaian 10 % teratas"), e["batas_capaian"], w + " batas")
    ws = wb["Perlu Pembinaan"]
    hdr, body = table(ws, "Kode", "Alasan")
    keys = [("Kode", "kode_opd"), ("IKP", "ikp"), ("Predikat tahunan", "predikat_tahunan"),
            ("Penilaian periodik", "n_periode"),
            ("Terpanjang berturut-turut di bawah Baik", "berturut"),
            ("Perubahan IKP per tahun", "slope_per_tahun")]
    for row, e in list_rows(hdr, body, c["pembinaan"], anonymized, "Perlu Pembinaan", keys):
        w = f"Pembinaan {e['nip']}"
        same(col(hdr, row, "Kode"), e["kode_opd"], w + " OPD")
        label(PREDIKAT, e["predikat_tahunan"], w + " annual", col(hdr, row, "Predikat tahunan"))
        same(col(hdr, row, "IKP"), e["ikp"], w + " ikp")
        same(col(hdr, row, "Penilaian periodik"), e["n_periode"], w + " n_periode")
        same(col(hdr, row, "Terpanjang berturut-turut di bawah Baik"), e["berturut"], w + " run")
        same(col(hdr, row, "Perubahan IKP per tahun"), e["slope_per_tahun"], w + " slope")
        same(col(hdr, row, "p"), e["slope_p"], w + " p")


def check_kualitas(wb, c, anonymized):
    ws = wb["Kualitas Data"]
    hdr, body = table(ws, "Kode", "Penilaian seharusnya")
    kt = index(c["kualitas_tahun"], "kode_opd")
    for row in body:
        k = col(hdr, row, "Kode")
        e, w = kt[k], f"Kualitas tahun {k}"
        same(col(hdr, row, "Penilaian seharusnya"), e["roster"], w + " roster")
        same(col(hdr, row, "Terisi"), e["dinilai"], w + " dinilai")
        same(col(hdr, row, "Kelengkapan"), e["kelengkapan"] if int(e["roster"]) else None,
             w + " kelengkapan")
        same(col(hdr, row, "Tercatat kosong (\"-\")"), e["kosong"], w + " kosong")
        same(col(hdr, row, "Bertanggal"), e["bertanggal"], w + " bertanggal")
        same(col(hdr, row, "Tepat waktu"), e["tepat_waktu"], w + " tepat")
        same(col(hdr, row, "Median keterlambatan (hari)"), e["median_lag_hari"], w + " lag")
    kd = index(c["kualitas_data"], "kode_opd", "periode")
    grids = [g for g in find_tables(ws, "Kode") if "Penilaian seharusnya" not in g[0]
             and "OPD" in g[0] and any(h.startswith(str(c.year)) for h in g[0] if h)]
    if len(grids) != 2:
        fail(f"Kualitas Data: {len(grids)} period grids, expected 2")
    for n, (hdr, body) in enumerate(grids[:2]):
        field = "tepat_waktu" if n else "kelengkapan"
        for row in body:
            k = row[hdr["Kode"]]
            for per, j in hdr.items():
                if per and per.startswith(str(c.year)):
                    e = kd.get((k, per))
                    same(row[j], e[field] if e else None, f"Kualitas {field} {k} {per}")
    hdr, body = table(ws, "Penilai (disamarkan)" if anonymized else "NIP penilai", "Penilaian")
    pen = [r for r in c["penilai"] if r["label"] in PENILAI]
    if len(body) != len(pen):
        fail(f"Kualitas Data: {len(body)} evaluators, export {len(pen)} lenient/strict")
    for row, e in zip(body, pen):  # both by NIP (a pseudonym keeps the row where the NIP was)
        w = f"Penilai {e['nip_penilai']}"
        if not anonymized and str(col(hdr, row, "NIP penilai")) != e["nip_penilai"]:
            fail(f"{w}: NIP {col(hdr, row, 'NIP penilai')!r}")
        same(col(hdr, row, "Kode"), e["kode_opd"], w + " OPD")
        same(col(hdr, row, "Pegawai yang dinilai"), e["n"], w + " n")
        same(col(hdr, row, "IKP rata-rata yang dinilai"), e["mean_ikp"], w + " mean")
        same(col(hdr, row, "IKP rata-rata pegawai lain di OPD"), e["mean_lain"], w + " lain")
        same(col(hdr, row, "Selisih (poin IKP)"), e["selisih"], w + " selisih")
        same(col(hdr, row, "p"), e["p"], w + " p")
        same(col(hdr, row, "q (BH)"), e["q"], w + " q")
        label(PENILAI, e["label"], w, col(hdr, row, "Penilaian"))
    hdr, body = table(ws, "Jenis temuan", "Jumlah")
    count = defaultdict(int)
    for r in c["konsistensi"]:
        count[r["jenis"]] += 1
    if sum(int(row[hdr["Jumlah"]]) for row in body) != len(c["konsistensi"]):
        fail("Kualitas Data: finding counts do not add up to konsistensi.csv")
    for hdr, body in find_tables(ws, "Jenis temuan"):
        if "Rincian" in hdr and len(body) != len(c["konsistensi"]):
            fail(f"Kualitas Data: {len(body)} findings listed, export {len(c['konsistensi'])}")


def ringkasan_rows(ws):
    rows = [[x.value for x in r] for r in ws.iter_rows()]
    out = {}
    for r in rows:
        if r and isinstance(r[0], str) and len(r) > 1 and isinstance(r[1], (int, float)):
            out.setdefault(r[0], r)
    return out


def check_ringkasan(wb, c):
    ws = wb["Ringkasan"]
    rows = ringkasan_rows(ws)
    uk, pred = ukuran(c), index(c["opd_predikat"], "kode_opd", "predikat")

    def fig(name, want):
        if name not in rows:
            fail(f"Ringkasan: no row {name!r}")
            return
        same(rows[name][1], want, f"Ringkasan {name}")

    fig("Pegawai dinilai", len(c["pegawai_tahun"]))
    fig("OPD", sum(1 for r in c["kurva"] if r["kode_opd"] != "KOTA"))
    kt = index(c["kualitas_tahun"], "kode_opd")["KOTA"]
    fig("Kelengkapan penilaian", kt["kelengkapan"])
    fig("Penilaian tepat waktu", kt["tepat_waktu"])
    fig("IKP rata-rata kota", uk[("KOTA", "ikp")]["mean"])
    for p, name in PREDIKAT.items():
        fig(f"Predikat {name}", pred[("KOTA", p)]["share"])
    kota = index(c["skm_opd"], "kode_opd").get("KOTA")
    if kota:
        fig("IKM kota (kepuasan warga)", kota["ikm"])
    fig("OPD yang sebaran predikatnya patuh kurva",
        sum(1 for r in c["kurva"] if r["status"] == "PATUH"))
    # findings: the figure next to each sentence is the value it cites
    kk = c["kekuatan_kelemahan"]
    means = [float(r["mean"]) for r in c["opd_ukuran"] if r["ukuran"] == "ikp"
             and r["kode_opd"] != "KOTA" and r["mean"] != ""]
    ikp_tren = [r for r in c["tren"] if r["ukuran"] == "ikp" and r["kode_opd"] != "KOTA"]
    cites = {
        "Kota": lambda: uk[("KOTA", "ikp")]["mean"],
        "Peringkat": lambda: max(means),
        "Kekuatan": lambda: strongest(kk, "KEKUATAN"),
        "Kelemahan": lambda: strongest(kk, "KELEMAHAN"),
        "Kurva distribusi": lambda: max(int(r["perubahan_min"]) for r in c["kurva"]
                                        if r["status"] == "TIDAK_PATUH"),
        "Tren": lambda: min(float(r["slope_per_tahun"]) for r in ikp_tren if r["label"] == "TURUN"),
        "Kepuasan warga": lambda: min(float(r["ikm"]) for r in c["skm_ikp"] if r["flag"]),
        "Penilai": lambda: max(float(r["selisih"]) for r in c["penilai"] if r["label"] == "LONGGAR"),
        "Pembinaan dan teladan": lambda: len(c["pembinaan"]),
    }
    found = 0
    rws = [[x.value for x in r] for r in ws.iter_rows()]
    start = next((i for i, r in enumerate(rws) if r[0] == "Topik"), None)
    if start is None:
        fail("Ringkasan: no findings table")
        return
    for r in rws[start + 1:]:
        if not r[0] or r[1] is None:
            break
        found += 1
        if r[0] in cites:
            same(r[1], cites[r[0]](), f"Ringkasan finding {r[0]}")
        else:
            fail(f"Ringkasan: unknown finding topic {r[0]!r}")
        if not isinstance(r[2], str) or len(r[2]) < 30:
            fail(f"Ringkasan: finding {r[0]!r} has no sentence")
    if not 5 <= found <= 8:
        fail(f"Ringkasan: {found} findings, expected 5 to 8")


def strongest(kk, lab):
    rows = [r for r in kk if r["label"] == lab]
    if not rows:
        return 0
    r = max(rows, key=lambda r: abs(float(r["d"])))
    return float(r["mean_opd"]) - float(r["mean_lain"])


def check_metodologi(wb, db):
    ws = wb["Metodologi"]
    hdr, body = table(ws, "Berkas", "SHA-256")
    con = sqlite3.connect(db)
    log = con.execute("SELECT nama_file, sha256, kind, format, n_baris, n_baru, n_ganti, n_sama, "
                      "n_lewat FROM import_file ORDER BY nama_file, kind, sha256").fetchall()
    con.close()
    got = [tuple(r[hdr[h]] for h in ("Berkas", "SHA-256", "Jenis", "Format", "Baris data", "Baru",
                                      "Diganti", "Sama", "Dilewati")) for r in body]
    if got != [tuple(x) for x in log]:
        fail(f"Metodologi: input files {got[:2]}... differ from the import log {log[:2]}...")
    hdr, body = table(ws, "Parameter", "Nilai")
    params = {r[0]: r[1] for r in body}
    for k in ("min_kelompok", "alpha", "efek_min", "skm_bobot", "kurva.BAIK"):
        if k not in params:
            fail(f"Metodologi: parameter {k} missing")


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, exp, db = argv[:3]
    anonymized = "--anonymized" in argv
    wb = openpyxl.load_workbook(path)
    year = int(load(exp, "kurva")[0]["tahun"])
    c = Ctx(exp, year)
    for f in (check_ringkasan, check_peringkat, check_kk, check_tren, check_distribusi, check_skm,
              check_pimpinan):
        f(wb, c)
    check_lists(wb, c, anonymized)
    check_kualitas(wb, c, anonymized)
    check_metodologi(wb, db)
    for m in FAIL[:40]:
        print(f"{path}: {m}", file=sys.stderr)
    if len(FAIL) > 40:
        print(f"... and {len(FAIL) - 40} more", file=sys.stderr)
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
