#!/usr/bin/python3
"""Writes an e-Kinerja-shaped .xlsx for the reader benchmark.

Usage: make_bench_xlsx.py OUT.xlsx [ROWS]   (ROWS defaults to 100000)

Shaped like BKN's "Laporan Penilaian SKP" export (data.md): three title rows,
the header in row 4, then one row per employee and month with 20 columns,
nearly all text in the shared string table (NIPs included, as the export
stores them as text). 8,400 employees over twelve months, so names, units
and NIPs repeat the way they do in a real year. Written part by part with
zipfile and streamed, so the generator itself needs little memory.
"""
import random
import sys
import zipfile

from xlsx_parts import NS, REL, col, esc, write_parts

HEADER = ["no", "nip", "nama", "golru", "jenis_pegawai", "skp_unor", "skp_unor_induk",
          "skp_jabatan", "skp_jenis_jabatan", "tahun_skp", "periode_awal_skp",
          "periode_akhir_skp", "hasil_kerja", "perilaku_kerja", "hasil_akhir",
          "pegawai_atasan_nip", "pegawai_atasan_nama", "waktu_dinilai", "status_penilaian",
          "is_skp_plt_plh_pjb"]
RATINGS = ["DIATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DIBAWAH_EKSPEKTASI"]
FINAL = ["SANGAT BAIK", "BAIK", "BUTUH PERBAIKAN", "KURANG", "SANGAT KURANG", "-"]
GOLRU = ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"]
FIRST = ["Ahmad", "Budi", "Citra", "Dewi", "Erwin", "Fitri", "Gunawan", "Hana", "Irfan", "Juli",
         "Khairul", "Lestari", "Maulana", "Nurhayati", "Okta", "Putri", "Rahmat", "Siti"]
LAST = ["Harahap", "Siregar", "Nasution", "Lubis", "Hasibuan", "Pohan", "Daulay", "Rangkuti",
        "Batubara", "Ritonga", "Pulungan", "Tanjung"]
OPD = ["Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum", "Sekretariat Daerah",
       "BKPSDM", "Bappeda", "Dinas Sosial", "Kecamatan Padangsidimpuan Utara",
       "Kecamatan Padangsidimpuan Selatan", "RSUD Kota Padangsidimpuan"]
EMPLOYEES = 8400


class Strings:
    def __init__(self):
        self.index, self.items = {}, []

    def __call__(self, s):
        k = self.index.get(s)
        if k is None:
            k = self.index[s] = len(self.items)
            self.items.append(s)
        return k




def employees(rng):
    out = []
    for i in range(EMPLOYEES):
        born = "%04d%02d%02d" % (rng.randint(1965, 1998), rng.randint(1, 12), rng.randint(1, 28))
        nip = "%s%04d%02d%d%03d" % (born, rng.randint(1990, 2022), rng.randint(1, 12),
                                     rng.randint(1, 2), i % 1000)
        opd = OPD[i % len(OPD)]
        out.append({"nip": nip, "nama": "%s %s" % (rng.choice(FIRST), rng.choice(LAST)),
                    "golru": rng.choice(GOLRU), "jenis": "PNS" if i % 7 else "PPPK",
                    "opd": opd, "unor": "%s - Bidang %d" % (opd, i % 6 + 1),
                    "jabatan": "Jabatan Fungsional %d" % (i % 40),
                    "jj": ["Struktural", "Fungsional", "Pelaksana"][i % 3]})
    for i, e in enumerate(out):
        e["atasan"] = out[(i // 12) * 12]
    return out


def main():
    path = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    rng = random.Random(7)
    emps = employees(rng)
    sst = Strings()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            f.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<worksheet xmlns="%s" xmlns:r="%s"><sheetData>' % (NS, REL)).encode())
            title = ["Laporan Penilaian SKP Tahun 2024", "Instansi Pemerintah Kota Padangsidimpuan",
                     "Diunduh 2025-01-15 08:00:00"]
            for r, t in enumerate(title, start=1):
                f.write(('<row r="%d"><c r="A%d" t="s"><v>%d</v></c></row>' % (r, r, sst(t))).encode())
            cells = "".join('<c r="%s4" t="s"><v>%d</v></c>' % (col(c), sst(h))
                            for c, h in enumerate(HEADER))
            f.write(('<row r="4">%s</row>' % cells).encode())
            buf = []
            for i in range(rows):
                r = i + 5
                e = emps[i % EMPLOYEES]
                month = i // EMPLOYEES % 12 + 1
                vals = [i + 1, e["nip"], e["nama"], e["golru"], e["jenis"], e["unor"], e["opd"],
                        e["jabatan"], e["jj"], 2024, "2024-%02d-01" % month,
                        "2024-%02d-28" % month, rng.choice(RATINGS), rng.choice(RATINGS),
                        rng.choice(FINAL), e["atasan"]["nip"], e["atasan"]["nama"],
                        "2024-%02d-28 %02d:%02d:00" % (month, rng.randint(7, 16), rng.randint(0, 59)),
                        "Sudah Dinilai", 0 if i % 50 else 1]
                cs = []
                for c, v in enumerate(vals):
                    ref = "%s%d" % (col(c), r)
                    if isinstance(v, int):
                        cs.append('<c r="%s"><v>%d</v></c>' % (ref, v))
                    else:
                        cs.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sst(v)))
                buf.append('<row r="%d">%s</row>' % (r, "".join(cs)))
                if len(buf) == 1000:
                    f.write("".join(buf).encode())
                    buf = []
            f.write(("".join(buf) + "</sheetData></worksheet>").encode())
        write_parts(z, "Laporan", sst.items)
    print("%s: %d data rows, %d shared strings" % (path, rows, len(sst.items)), file=sys.stderr)


if __name__ == "__main__":
    main()
