#!/usr/bin/python3
"""Writes e-Kinerja exports of 2025 shaped like the real ones (issue 10), and
the results each skp_ganda policy must give, into OUTDIR.

Usage: make_ekinerja_2025.py OUTDIR

Run by tests/scripts/t_ekinerja_2025.sh; nothing it writes is committed.

The people (all NIPs valid, all text cells):
  A  a whole year at the Dinas Kesehatan (1 Jan - 31 Dec)
  B  a CPNS appointed on 1 March (TMT 2025-03): one SKP 1 Mar - 31 Dec
  C  a mutasi on 15 April: Puskesmas Sadabuan 1 Jan - 14 Apr (BAIK), Bidang
     Pelayanan Kesehatan 15 Apr - 31 Dec (SANGAT_BAIK)
  D  a promotion on 1 September: pelaksana 1 Jan - 31 Aug (SANGAT_BAIK),
     Kepala Sub Bagian 1 Sep - 31 Dec (BUTUH_PERBAIKAN)
  E  a whole year of their own, plus an acting row (Plt Kepala Dinas
     Pendidikan, 1 Jan - 30 Jun, is_skp_plt_plh_pjb = 1)
  F  only an acting row (Plh Camat, 1 Jul - 31 Dec): a NIP with acting rows only
  G  'Tidak membuat SKP'

laporan_tahunan_2025.xlsx — "Laporan Penilaian SKP" annual: five metadata
  lines (title, Instansi, 'Periode : Tahunan', Unor Induk, Data ditarik
  pada), an empty row, the header with a leading 'No' column in row 7; date
  cells; 10 rows.
laporan_bulanan_2025_04.xlsx — the monthly report of April: 'Periode :
  Bulanan 4 Tahun 2025'; every row carries its SKP's own dates (whole-year
  spans, C's two SKPs, D's first SKP) and must be read as 2025-04, never
  as the annual appraisal. C's April: Puskesmas (14 days) BAIK, Bidang
  (16 days) SANGAT_BAIK. G not rated ('-').
laporan_skp_2025.xlsx — "Laporan SKP": the other column names
  (periode_awal, periode_akhir, is_plt_plh), a 'No' column, skp_id, no
  hasil_akhir: units, employees and SKP spans only.
expected_<policy>.csv — nip, periode, predikat, unit name, ikp (empty unless
  the policy stores a weighted IKP), computed here from the rules of data.md
  (skp_ganda) and analytics.md 1.2 (IKP points), independently of the C code.
"""
import csv
import datetime
import os
import sys

import openpyxl

D = datetime.date
POINTS = {"SANGAT_BAIK": 150, "BAIK": 100, "BUTUH_PERBAIKAN": 75, "KURANG": 50,
          "SANGAT_KURANG": 25}
ORDER = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"]
RATING = {"A": "DIATAS EKSPEKTASI", "S": "SESUAI EKSPEKTASI", "B": "DIBAWAH EKSPEKTASI"}
MATRIX = {("A", "A"): "SANGAT_BAIK", ("A", "S"): "BAIK", ("S", "A"): "BAIK",
          ("S", "S"): "BAIK", ("A", "B"): "KURANG", ("S", "B"): "KURANG",
          ("B", "A"): "BUTUH_PERBAIKAN", ("B", "S"): "BUTUH_PERBAIKAN",
          ("B", "B"): "SANGAT_KURANG"}
LABEL = {"SANGAT_BAIK": "Sangat Baik", "BAIK": "Baik", "BUTUH_PERBAIKAN": "Butuh Perbaikan",
         "KURANG": "Kurang", "SANGAT_KURANG": "Sangat Kurang"}

DINKES, DISDIK, KEC = "Dinas Kesehatan", "Dinas Pendidikan", "Kecamatan Padangsidimpuan Utara"
PKM, YANKES = "Puskesmas Sadabuan", "Bidang Pelayanan Kesehatan"
UMUM = "Sub Bagian Umum dan Kepegawaian"

NIP = {
    "A": "197301152000031001", "B": "199803152025032001", "C": "199203142019032005",
    "D": "198505052010011004", "E": "198001012005012003", "F": "197011111995031002",
    "G": "199512122020122006",
}
NAMA = {"A": "dr. Ahmad Harahap", "B": "Dewi Rangkuti, A.Md.Kep", "C": "Siti Lubis",
        "D": "Maulana Ritonga", "E": "Nurhayati Daulay", "F": "Drs. Hasan Pohan",
        "G": "Putri Hasibuan"}

# (who, unit, induk, jabatan, jenis jabatan, awal, akhir, (hk, pk) or None, acting)
YEAR = [
    ("A", DINKES, DINKES, "Kepala Dinas Kesehatan", "JPT", D(2025, 1, 1), D(2025, 12, 31),
     ("A", "S"), 0),
    ("B", PKM, DINKES, "Perawat Ahli Pertama", "Fungsional", D(2025, 3, 1), D(2025, 12, 31),
     ("S", "S"), 0),
    ("C", PKM, DINKES, "Bidan Ahli Pertama", "Fungsional", D(2025, 1, 1), D(2025, 4, 14),
     ("A", "S"), 0),
    ("C", YANKES, DINKES, "Bidan Ahli Pertama", "Fungsional", D(2025, 4, 15), D(2025, 12, 31),
     ("A", "A"), 0),
    ("D", UMUM, DISDIK, "Pengadministrasi Umum", "Pelaksana", D(2025, 1, 1), D(2025, 8, 31),
     ("A", "A"), 0),
    ("D", UMUM, DISDIK, "Kepala Sub Bagian Umum dan Kepegawaian", "Pengawas", D(2025, 9, 1),
     D(2025, 12, 31), ("B", "S"), 0),
    ("E", UMUM, DISDIK, "Analis Kepegawaian Ahli Muda", "Fungsional", D(2025, 1, 1),
     D(2025, 12, 31), ("S", "S"), 0),
    ("E", DISDIK, DISDIK, "Plt. Kepala Dinas Pendidikan", "JPT", D(2025, 1, 1), D(2025, 6, 30),
     ("A", "A"), 1),
    ("F", KEC, KEC, "Plh. Camat Padangsidimpuan Utara", "Administrator", D(2025, 7, 1),
     D(2025, 12, 31), ("S", "S"), 1),
    ("G", KEC, KEC, "Pengadministrasi Umum", "Pelaksana", D(2025, 1, 1), D(2025, 12, 31),
     None, 0),
]

# April: the same SKPs as far as they exist in April, with April's ratings
APRIL = [
    ("A", DINKES, DINKES, "Kepala Dinas Kesehatan", "JPT", D(2025, 1, 1), D(2025, 12, 31),
     ("S", "S"), 0),
    ("B", PKM, DINKES, "Perawat Ahli Pertama", "Fungsional", D(2025, 3, 1), D(2025, 12, 31),
     ("S", "A"), 0),
    ("C", PKM, DINKES, "Bidan Ahli Pertama", "Fungsional", D(2025, 1, 1), D(2025, 4, 14),
     ("A", "S"), 0),
    ("C", YANKES, DINKES, "Bidan Ahli Pertama", "Fungsional", D(2025, 4, 15), D(2025, 12, 31),
     ("A", "A"), 0),
    ("D", UMUM, DISDIK, "Pengadministrasi Umum", "Pelaksana", D(2025, 1, 1), D(2025, 8, 31),
     ("A", "A"), 0),
    ("E", UMUM, DISDIK, "Analis Kepegawaian Ahli Muda", "Fungsional", D(2025, 1, 1),
     D(2025, 12, 31), ("S", "S"), 0),
    ("E", DISDIK, DISDIK, "Plt. Kepala Dinas Pendidikan", "JPT", D(2025, 1, 1), D(2025, 6, 30),
     ("S", "A"), 1),
    ("G", KEC, KEC, "Pengadministrasi Umum", "Pelaksana", D(2025, 1, 1), D(2025, 12, 31),
     None, 0),
]

PENILAIAN_HEADER = ["No", "nip", "nama", "golru", "jenis_pegawai", "skp_unor", "skp_unor_induk",
                    "skp_jabatan", "skp_jenis_jabatan", "tahun_skp", "periode_awal_skp",
                    "periode_akhir_skp", "hasil_kerja", "perilaku_kerja", "hasil_akhir",
                    "pegawai_atasan_nip", "waktu_dinilai", "is_skp_plt_plh_pjb", "skp_id",
                    "periode_id"]
SKP_HEADER = ["No", "nip", "nama", "golru", "jenis_pegawai", "skp_unor", "skp_unor_induk",
              "skp_jabatan", "skp_jenis_jabatan", "tahun_skp", "periode_awal", "periode_akhir",
              "is_plt_plh", "skp_id"]


def golru(who):
    return {"A": "IV/b", "B": "III/a", "C": "III/a", "D": "III/c", "E": "III/d", "F": "IV/c",
            "G": "II/c"}[who]


def penilaian_row(n, r, dinilai):
    who, unit, induk, jab, jj, a, b, rat, act = r
    if rat:
        hk, pk, ha = RATING[rat[0]], RATING[rat[1]], LABEL[MATRIX[rat]]
    else:
        hk, pk, ha = "-", "-", "Tidak membuat SKP" if dinilai.month == 1 else "-"
    return [n, NIP[who], NAMA[who], golru(who), "PNS", unit, induk, jab, jj, 2025, a, b, hk, pk,
            ha, "", dinilai if rat else "-", act, f"SKP-{who}-{a:%m%d}", 9000 + n]


def book(path, meta, header, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Laporan"
    for line in meta:
        ws.append([line])
    ws.append([])
    ws.append(header)
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=len(meta) + 3):
        for c in row:
            if isinstance(c.value, datetime.date):
                c.number_format = "yyyy-mm-dd"
    wb.save(path)


def overlap(a, b, lo, hi):
    a, b = max(a, lo), min(b, hi)
    return (b - a).days + 1 if b >= a else 0


def expected(rows, periode, lo, hi, policy):
    """The result per NIP for the period under the policy (data.md)."""
    out = []
    for who in sorted(set(r[0] for r in rows), key=lambda w: NIP[w]):
        own = [r for r in rows if r[0] == who and not r[8]]
        rated = [r for r in own if r[7]]
        if not rated:
            continue  # acting only (F) or not rated (G): no result
        def pred(r):
            return MATRIX[r[7]]
        def days(r):
            return overlap(r[5], r[6], lo, hi)
        ikp = ""
        if policy == "terakhir":
            pick = max(rated, key=lambda r: r[6])
        elif policy == "terendah":
            pick = max(rated, key=lambda r: (ORDER.index(pred(r)), r[6]))
        else:  # bulan
            pick = max(rated, key=lambda r: (days(r), r[6]))
            if len(rated) > 1:
                w = sum(days(r) for r in rated)
                ikp = "%.6f" % (sum(days(r) * POINTS[pred(r)] for r in rated) / w)
        out.append([NIP[who], periode, pred(pick), pick[1], ikp])
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    meta_year = ["LAPORAN PENILAIAN SKP TAHUN 2025",
                 "Instansi : Pemerintah Kota Padangsidimpuan",
                 "Periode : Tahunan",
                 "Unor Induk : Semua Unit Organisasi",
                 "Data ditarik pada : 15-01-2026 08:30"]
    book(os.path.join(out, "laporan_tahunan_2025.xlsx"), meta_year, PENILAIAN_HEADER,
         [penilaian_row(n, r, D(2026, 1, 10)) for n, r in enumerate(YEAR, start=1)])
    meta_apr = ["LAPORAN PENILAIAN SKP TAHUN 2025",
                "Instansi : Pemerintah Kota Padangsidimpuan",
                "Periode : Bulanan 4 Tahun 2025",
                "Unor Induk : Semua Unit Organisasi",
                "Data ditarik pada : 06-05-2025 09:12"]
    book(os.path.join(out, "laporan_bulanan_2025_04.xlsx"), meta_apr, PENILAIAN_HEADER,
         [penilaian_row(n, r, D(2025, 5, 3)) for n, r in enumerate(APRIL, start=1)])
    skp_rows = []
    for n, r in enumerate(YEAR, start=1):
        who, unit, induk, jab, jj, a, b, rat, act = r
        skp_rows.append([n, NIP[who], NAMA[who], golru(who), "PNS", unit, induk, jab, jj, 2025,
                         a, b, "true" if act else "false", f"SKP-{who}-{a:%m%d}"])
    book(os.path.join(out, "laporan_skp_2025.xlsx"),
         ["LAPORAN SKP TAHUN 2025", "Instansi : Pemerintah Kota Padangsidimpuan"], SKP_HEADER,
         skp_rows)
    for policy in ("terakhir", "bulan", "terendah"):
        rows = expected(YEAR, "2025", D(2025, 1, 1), D(2025, 12, 31), policy) + \
            expected(APRIL, "2025-04", D(2025, 4, 1), D(2025, 4, 30), policy)
        rows.sort()
        with open(os.path.join(out, f"expected_{policy}.csv"), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["nip", "periode", "predikat", "unit", "ikp"])
            w.writerows(rows)
        with open(os.path.join(out, f"{policy}.ini"), "w") as f:
            f.write(f"[impor]\nskp_ganda = {policy}\n")


if __name__ == "__main__":
    main()
