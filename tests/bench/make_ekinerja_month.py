#!/usr/bin/python3
"""Writes one month of the demo as the e-Kinerja export a BKPSDM downloads
every month ("Laporan Penilaian SKP", Bulanan), for the monthly benchmark
(tests/bench/bulanan_bench.sh): the monthly routine imports this file, not
the contract CSVs.

Usage: make_ekinerja_month.py CSV_DIR YYYY-MM OUT.xlsx

CSV_DIR is what `kinerja demo --csv-dir` wrote. Shaped like the real export
(ekinerja_bench's make_ekinerja_bench.py has the same layout): title rows
with 'Periode : Bulanan M Tahun YYYY', the snake_case header in row 5, every
value text in the shared string table, each row carrying its SKP's yearly
dates. One row per appraisal of the month, and one not-rated row ('-') per
employee on the month's roster (data.md: mulai, selesai) without one. Units
are named, never coded, as in the real export: the unit's nama_unit and its
top-level unit's (the OPD's).
"""
import calendar
import csv
import sys

from xlsx_parts import write_text_xlsx

HEADER = ["no", "nip", "nama", "golru", "jenis_pegawai", "skp_unor", "skp_unor_induk",
          "skp_jabatan", "skp_jenis_jabatan", "tahun_skp", "periode_awal_skp",
          "periode_akhir_skp", "hasil_kerja", "perilaku_kerja", "hasil_akhir",
          "pegawai_atasan_nip", "waktu_dinilai", "is_skp_plt_plh_pjb"]
RATING = {"DI_ATAS": "DIATAS EKSPEKTASI", "SESUAI": "SESUAI EKSPEKTASI",
          "DI_BAWAH": "DIBAWAH EKSPEKTASI"}


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    src, month, out = sys.argv[1:]
    year, m = int(month[:4]), int(month[5:7])
    first = "%04d-%02d-01" % (year, m)
    last = "%04d-%02d-%02d" % (year, m, calendar.monthrange(year, m)[1])
    units = {u["kode_unit"]: u for u in read(src + "/unit.csv")}

    def opd(kode):
        while units[kode]["kode_induk"]:
            kode = units[kode]["kode_induk"]
        return units[kode]["nama_unit"]
    staff = read(src + "/pegawai.csv")
    rated = {r["nip"]: r for r in read(src + "/penilaian.csv") if r["periode"] == month}
    rows = []
    for e in staff:
        r = rated.get(e["nip"])
        on_roster = (e["mulai"] or "0000") <= last and (e["selesai"] or "9999") >= first
        if not r and not on_roster:
            continue
        kode = r["kode_unit"] if r else e["kode_unit"]
        start = max(e["mulai"] or "", "%04d-01-01" % year)
        end = min(e["selesai"] or "9999", "%04d-12-31" % year)
        rows.append([e["nip"], e["nama"], e["golongan"], e["jenis_pegawai"],
                     units[kode]["nama_unit"], opd(kode), e["jabatan"], e["jenis_jabatan"],
                     str(year), start, end,
                     RATING[r["rating_hasil_kerja"]] if r else "-",
                     RATING[r["rating_perilaku"]] if r else "-",
                     r["predikat"].replace("_", " ") if r else "-",
                     (r["nip_penilai"] if r else e["nip_atasan"]) or "",
                     r["tanggal_dinilai"] if r else "", "0"])
    title = ["LAPORAN PENILAIAN SKP TAHUN %d" % year,
             "Instansi : Pemerintah Kota Padangsidimpuan",
             "Periode : Bulanan %d Tahun %d" % (m, year),
             "Data ditarik pada : 05-%02d-%04d 08:00:00" % (m % 12 + 1, year + (m == 12))]
    table = [HEADER] + [[str(k + 1)] + v for k, v in enumerate(rows)]
    write_text_xlsx(out, "Laporan Penilaian SKP",
                    [(i, [t]) for i, t in enumerate(title, start=1)] +
                    [(i + 5, vals) for i, vals in enumerate(table)])
    print("%s: %d rows (%d rated, %d not rated)" % (out, len(rows), len(rated),
                                                   len(rows) - len(rated)), file=sys.stderr)


if __name__ == "__main__":
    main()
