#!/usr/bin/python3
"""Writes a valid e-Kinerja "Laporan Penilaian SKP" export for the import
benchmark (tests/bench/ekinerja_bench.sh).

Usage: make_ekinerja_bench.py OUT.xlsx|OUT.csv [ROWS]   (ROWS defaults to 100000)

A year of monthly appraisals of a city: 30 OPD with 5 sub-units each,
8,400 employees (one in seven PPPK), twelve months, so ROWS = 100,000 fills
a little under twelve months. Shaped like the real export (title rows, the
snake_case header in row 5, every value text in the shared string table, as
BKN's files hold them) and like real data: about 1 row in 200 is an acting
official's extra row (PLT), 1 in 300 employees moves unit in a month
(mutasi: two rows for that month), 3 % are not rated yet ('-'). Every row is
valid, so the whole file loads. Written part by part with zipfile and
streamed; the .csv variant is the same sheet saved with ';'.
"""
import itertools
import random
import sys

from xlsx_parts import write_text_xlsx
HEADER = ["no", "nip", "nama", "golru", "jenis_pegawai", "skp_unor", "skp_unor_induk",
          "skp_jabatan", "skp_jenis_jabatan", "tahun_skp", "periode_awal_skp",
          "periode_akhir_skp", "hasil_kerja", "perilaku_kerja", "hasil_akhir",
          "pegawai_atasan_nip", "pegawai_atasan_nama", "waktu_dinilai", "status_penilaian",
          "is_skp_plt_plh_pjb"]
TITLE = ["LAPORAN PENILAIAN SKP TAHUN 2024", "Instansi: Pemerintah Kota Padangsidimpuan",
         "Diunduh pada: 15-01-2025 08:00:00", ""]
R = ["DIATAS EKSPEKTASI", "SESUAI EKSPEKTASI", "DIBAWAH EKSPEKTASI"]
MATRIX = [["SANGAT BAIK", "BAIK", "Kurang/misconduct"], ["BAIK", "BAIK", "KURANG"],
          ["Cukup/Butuh Perbaikan", "BUTUH PERBAIKAN", "SANGAT KURANG"]]
GOL_PNS = ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"]
GOL_PPPK = ["V", "VII", "IX", "X", "XI"]
JJ = ["Fungsional", "Pelaksana", "Pengawas", "Administrator"]
FIRST = ["Ahmad", "Budi", "Citra", "Dewi", "Erwin", "Fitri", "Gunawan", "Hana", "Irfan", "Juli",
         "Khairul", "Lestari", "Maulana", "Nurhayati", "Okta", "Putri", "Rahmat", "Siti"]
LAST = ["Harahap", "Siregar", "Nasution", "Lubis", "Hasibuan", "Pohan", "Daulay", "Rangkuti",
        "Batubara", "Ritonga", "Pulungan", "Tanjung"]
KIND = ["Dinas", "Badan", "Kecamatan", "Kantor"]
SUB = ["Sekretariat", "Bidang Pelayanan", "Bidang Program", "Sub Bagian Umum dan Kepegawaian",
       "UPT Wilayah"]
EMPLOYEES = 8400
MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def city(rng):
    opd = ["%s %s %d" % (KIND[i % 4], ["Pendidikan", "Kesehatan", "Sosial", "Perhubungan",
                                        "Pertanian", "Perdagangan"][i % 6], i + 1)
           for i in range(30)]
    emps = []
    for i in range(EMPLOYEES):
        pppk = i % 7 == 0
        born = "%04d%02d%02d" % (rng.randint(1965, 1998), rng.randint(1, 12), rng.randint(1, 28))
        if pppk:
            nip = "%s%04d%02d%d%03d" % (born, rng.randint(2019, 2024), rng.randint(10, 99),
                                         rng.randint(1, 2), i % 1000)
        else:
            nip = "%s%04d%02d%d%03d" % (born, rng.randint(1990, 2022), rng.randint(1, 12),
                                         rng.randint(1, 2), i % 1000)
        o = i % 30
        emps.append({"nip": nip, "nama": "%s %s" % (rng.choice(FIRST), rng.choice(LAST)),
                     "gol": rng.choice(GOL_PPPK if pppk else GOL_PNS),
                     "jenis": "PPPK" if pppk else "PNS", "opd": opd[o],
                     "unor": "%s %s" % (SUB[i // 30 % 5], opd[o]) if i >= 30 else opd[o],
                     "jab": "Jabatan %d" % (i % 40), "jj": JJ[i % 4]})
    for i, e in enumerate(emps):  # the head of the OPD; heads are rated by the Wali Kota
        e["atasan"] = emps[i % 30] if i >= 30 else {"nip": "", "nama": "Wali Kota"}
    return emps


def rows(n, rng):
    emps = city(rng)
    k = 0
    while True:
        for m in range(1, 13):
            for i, e in enumerate(emps):
                spans = [(1, MONTH_DAYS[m - 1], e["unor"], 0)]
                if i % 300 == 17 and m == 6:  # mutasi mid-June
                    spans = [(1, 14, e["unor"], 0), (15, 30, e["opd"], 0)]
                if i % 200 == 5:  # also acting head of another unit
                    spans.append((1, MONTH_DAYS[m - 1], emps[(i + 1) % 30]["opd"], 1))
                for d1, d2, unor, plt in spans:
                    h, p = rng.randrange(3), rng.randrange(3)
                    rated = rng.random() > 0.03
                    yield [str(k + 1), e["nip"], e["nama"], e["gol"], e["jenis"], unor, e["opd"],
                           e["jab"], e["jj"], "2024", "2024-%02d-%02d" % (m, d1),
                           "2024-%02d-%02d" % (m, d2), R[h] if rated else "-",
                           R[p] if rated else "-", MATRIX[h][p] if rated else "-",
                           e["atasan"]["nip"], e["atasan"]["nama"],
                           "2024-%02d-%02d %02d:%02d:00" % (m % 12 + 1, rng.randint(1, 9),
                                                            rng.randint(7, 16), rng.randint(0, 59))
                           if rated else "", "Sudah Dinilai" if rated else "Belum Dinilai",
                           str(plt)]
                    k += 1
                    if k == n:
                        return




def write_xlsx(path, n, rng):
    title = [(r, [t]) for r, t in enumerate(TITLE[:3], start=1)]
    data = ((i + 6, vals) for i, vals in enumerate(rows(n, rng)))
    return write_text_xlsx(path, "Laporan Penilaian SKP",
                           itertools.chain(title, [(5, HEADER)], data))


def write_csv(path, n, rng):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for t in TITLE:
            f.write(t + "\r\n")
        f.write(";".join(HEADER) + "\r\n")
        for vals in rows(n, rng):
            f.write(";".join(vals) + "\r\n")


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    rng = random.Random(7)
    if path.endswith(".csv"):
        write_csv(path, n, rng)
        print("%s: %d data rows" % (path, n), file=sys.stderr)
    else:
        k = write_xlsx(path, n, rng)
        print("%s: %d data rows, %d shared strings" % (path, n, k), file=sys.stderr)


if __name__ == "__main__":
    main()
