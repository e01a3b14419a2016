#!/usr/bin/python3
"""Writes e-Kinerja "Laporan Penilaian SKP" fixtures, and the same data in
the native CSV kinds, into OUTDIR.

Usage: make_ekinerja_fixtures.py OUTDIR

Run by ctest (fixture "ekinerja", see tests/CMakeLists.txt) before
test_ingest_ekinerja, and by tests/scripts/t_ekinerja_import.sh; nothing it
writes is committed. Everything is deterministic (fixed zip times and
document dates), so the files have the same bytes on every run.

The city: three OPD with six sub-units, ten employees (E1..E10, one PPPK).

laporan_2024_q1.xlsx — written by openpyxl the way the export looks: sheet
  "Laporan Penilaian SKP"; rows 1-3 title, "Instansi: ...", timestamp; row 4
  empty; row 5 the snake_case header (20 columns, A..T: no, nip, nama, golru,
  jenis_pegawai, skp_unor, skp_unor_induk, skp_jabatan, skp_jenis_jabatan,
  tahun_skp, periode_awal_skp, periode_akhir_skp, hasil_kerja,
  perilaku_kerja, hasil_akhir, pegawai_atasan_nip, pegawai_atasan_nama,
  waktu_dinilai, status_penilaian, is_skp_plt_plh_pjb); rows 6-38 data:
  January to March, 33 rows:
    30 = ten employees x three months,
    +1 E4's mutasi in March: Puskesmas Sadabuan 1-14 March and Bidang
       Pelayanan Kesehatan 15-31 March, the later span written first,
    +2 E7 acting head of the SD (PLT) in February and March,
  of which 3 are not rated: E9 February and March ('-' everywhere),
  E10 March (hasil_akhir and ratings empty). Loads 27 appraisals:
  33 - 2 acting - 1 superseded - 3 not rated.
  E3's NIP is a number cell with all 18 digits in every month (patched into
  the XML: openpyxl writes integers with %.16g), E4's in January only; all
  other NIPs are text. Dates are date cells in January and February, ISO
  text in March; waktu_dinilai is a datetime cell in January, text after.
  E8 February's hasil_akhir (BAIK) disagrees with its ratings (DI_ATAS
  twice: SANGAT_BAIK). The Kecamatan is written in upper case, as e-Kinerja
  does for some units; unit.csv spells it in Title Case.
laporan_2024_04.csv — April as the same layout saved by Excel in the
  Indonesian locale: ';', CRLF, a UTF-8 BOM, title lines without
  delimiters, dates DD/MM/YYYY, one quoted jabatan holding a ';'.
  10 rows, E10 not rated: 9 appraisals.
laporan_2024_02_ulang.csv — February downloaded again later: E9 now rated
  (1 new), E3's rating changed (1 replaced), 8 unchanged, E7's PLT row
  (1 skipped).
native/unit.csv, pegawai.csv, penilaian.csv — what the two exports mean, in
  the data contract's kinds, computed here from the same rows by the rules
  of data.md (acting rows dropped, latest periode_akhir_skp per NIP and
  period, not-rated rows left out, roster from each employee's latest row);
  native/kosong.csv lists the missing appraisals (nip, periode, kode_unit).
broken/ — one problem each (the tests state the expected message):
  bukan_zip.xlsx (text), tanpa_sheet.xlsx (a zip with no worksheet),
  terpotong.xlsx (worksheet XML cut off mid-row), tanpa_header.xlsx (no row
  has a nip column: it is called "Nomor Induk"), sst_rusak.xlsx (C6 names shared string 99),
  kolom_kurang.xlsx (no periode_akhir_skp), nip_hilang.xlsx (E3's NIP as
  openpyxl writes it: 1.98609262015051e+17, in B6), nilai_salah.xlsx (row 6:
  a span of 1 December 2023 to 15 February 2024, across a year; row 7: rating LUAR BIASA; row 8:
  golru V/z; row 9: tahun_skp 2023; row 10: is_skp_plt_plh_pjb 'mungkin'),
  lama.xls (an OLE2 header: the old Excel format).
"""
import csv
import datetime
import io
import os
import re
import sys
import zipfile

import openpyxl

FIXED = (2024, 4, 5, 10, 15, 0)  # zip entry times
D = datetime.date

# native code, name in unit.csv, parent, jenis_unit, name in the export
UNITS = [
    ("DINKES", "Dinas Kesehatan", "", "DINAS", "Dinas Kesehatan"),
    ("DINKES.PKM_SADABUAN", "Puskesmas Sadabuan", "DINKES", "PUSKESMAS", "Puskesmas Sadabuan"),
    ("DINKES.YANKES", "Bidang Pelayanan Kesehatan", "DINKES", "LAINNYA",
     "Bidang Pelayanan Kesehatan"),
    ("DINKES.UMUM", "Sub Bagian Umum dan Kepegawaian", "DINKES", "LAINNYA",
     "Sub Bagian Umum dan Kepegawaian"),
    ("DISDIK", "Dinas Pendidikan", "", "DINAS", "Dinas Pendidikan"),
    ("DISDIK.SDN200101", "SD Negeri 200101 Padangsidimpuan", "DISDIK", "SEKOLAH",
     "SD Negeri 200101 Padangsidimpuan"),
    ("DISDIK.UMUM", "Sub Bagian Umum dan Kepegawaian", "DISDIK", "LAINNYA",
     "Sub Bagian Umum dan Kepegawaian"),
    ("KEC_PSP_UTARA", "Kecamatan Padangsidimpuan Utara", "", "KECAMATAN",
     "KECAMATAN PADANGSIDIMPUAN UTARA"),
    ("KEC_PSP_UTARA.WEK1", "Kelurahan Wek I", "KEC_PSP_UTARA", "KELURAHAN", "Kelurahan Wek I"),
]
UNIT = {u[0]: u for u in UNITS}
SEKDA = "196805101990031003"  # the evaluator of the heads of OPD: not in the export

# E1..E10: nip, nama, golru, jenis_pegawai, unit, jabatan, jenis jabatan, atasan
EMP = [
    ("197301152000031001", "dr. Ahmad Harahap", "IV/b", "PNS", "DINKES",
     "Kepala Dinas Kesehatan", "JPT", SEKDA),
    ("197805202003122002", "Rina Siregar, S.KM", "IV/a", "PNS", "DINKES.UMUM",
     "Kepala Sub Bagian Umum dan Kepegawaian", "Pengawas", "197301152000031001"),
    ("198609262015051001", "Budi Nasution", "III/b", "PNS", "DINKES.PKM_SADABUAN",
     "Perawat Ahli Pertama", "Fungsional", "197805202003122002"),
    ("199203142019032005", "Siti Lubis", "III/a", "PNS", "DINKES.PKM_SADABUAN",
     "Bidan Ahli Pertama", "Fungsional", "197805202003122002"),
    ("199005102023212001", "Fitri Pulungan", "IX", "PPPK", "DINKES.YANKES",
     "Pranata Komputer Ahli Pertama", "Fungsional", "197805202003122002"),
    ("197011111995031002", "Drs. Hasan Pohan", "IV/c", "PNS", "DISDIK",
     "Kepala Dinas Pendidikan", "JPT", SEKDA),
    ("198001012005012003", "Nurhayati Daulay", "III/d", "PNS", "DISDIK.UMUM",
     "Kepala Sub Bagian Umum dan Kepegawaian", "Pengawas", "197011111995031002"),
    ("198505052010011004", "Maulana Ritonga", "III/c", "PNS", "DISDIK.SDN200101",
     "Guru Ahli Muda", "Fungsional", "198001012005012003"),
    ("199512122020122006", "Putri Hasibuan", "II/c", "PNS", "KEC_PSP_UTARA.WEK1",
     "Pengadministrasi Umum", "Pelaksana", "197602022001121001"),
    ("197602022001121001", "Irfan Tanjung, S.STP", "IV/a", "PNS", "KEC_PSP_UTARA",
     "Camat Padangsidimpuan Utara", "Administrator", SEKDA),
]
NAME = {e[0]: e[1] for e in EMP}

RATING = {"A": "DIATAS EKSPEKTASI", "S": "SESUAI EKSPEKTASI", "B": "DIBAWAH EKSPEKTASI"}
# PermenPAN-RB 6/2022 (analytics.md 1.1): (hasil kerja, perilaku) -> predikat
MATRIX = {("A", "A"): "SANGAT_BAIK", ("A", "S"): "BAIK", ("S", "A"): "BAIK",
          ("S", "S"): "BAIK", ("A", "B"): "KURANG", ("S", "B"): "KURANG",
          ("B", "A"): "BUTUH_PERBAIKAN", ("B", "S"): "BUTUH_PERBAIKAN",
          ("B", "B"): "SANGAT_KURANG"}
SPELL = {"SANGAT_BAIK": ["SANGAT BAIK", "Sangat Baik"], "BAIK": ["BAIK", "Baik"],
         "BUTUH_PERBAIKAN": ["Cukup/Butuh Perbaikan", "BUTUH PERBAIKAN"],
         "KURANG": ["Kurang/misconduct", "KURANG"], "SANGAT_KURANG": ["SANGAT KURANG"]}
COMBOS = [("A", "A"), ("A", "S"), ("S", "S"), ("S", "A"), ("S", "S"), ("B", "S"), ("S", "B"),
          ("A", "S"), ("S", "S"), ("B", "B")]

HEADER = ["no", "nip", "nama", "golru", "jenis_pegawai", "skp_unor", "skp_unor_induk",
          "skp_jabatan", "skp_jenis_jabatan", "tahun_skp", "periode_awal_skp",
          "periode_akhir_skp", "hasil_kerja", "perilaku_kerja", "hasil_akhir",
          "pegawai_atasan_nip", "pegawai_atasan_nama", "waktu_dinilai", "status_penilaian",
          "is_skp_plt_plh_pjb"]
TITLE = ["LAPORAN PENILAIAN SKP TAHUN 2024", "Instansi: Pemerintah Kota Padangsidimpuan",
         "Diunduh pada: 05-04-2024 10:15:00"]


def month_end(y, m):
    return (D(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1))


def row(i, m, awal=None, akhir=None, unit=None, combo=None, final=None, plt=0, jabatan=None):
    """One export row of employee i (0-based) for month m of 2024."""
    nip, nama, golru, jenis, u, jab, jj, atasan = EMP[i]
    h, p = combo or COMBOS[(i + m) % len(COMBOS)]
    pred = MATRIX[(h, p)]
    spell = SPELL[pred][(i + m) % len(SPELL[pred])]
    return {"nip": nip, "nama": nama, "golru": golru, "jenis": jenis, "unit": unit or u,
            "jabatan": jabatan or jab, "jj": jj, "awal": awal or D(2024, m, 1),
            "akhir": akhir or month_end(2024, m), "hasil": RATING[h], "perilaku": RATING[p],
            "final": spell if final is None else final, "atasan": atasan,
            "waktu": datetime.datetime(2024, m % 12 + 1, 5, 9, i, 0), "plt": plt, "m": m}


def not_rated(r, empty=False):
    r["hasil"] = r["perilaku"] = r["final"] = "" if empty else "-"
    r["waktu"] = None
    return r


def q1_rows():
    rows = []
    for m in (1, 2, 3):
        for i in range(len(EMP)):
            if i == 3 and m == 3:  # E4's mutasi: the later span first
                rows.append(row(i, m, awal=D(2024, 3, 15), unit="DINKES.YANKES"))
                rows.append(row(i, m, akhir=D(2024, 3, 14)))
                continue
            r = row(i, m)
            if i == 7 and m == 2:  # hasil_akhir disagrees with the matrix
                r = row(i, m, combo=("A", "A"), final="BAIK")
            if i == 8 and m in (2, 3):
                not_rated(r)
            if i == 9 and m == 3:
                not_rated(r, empty=True)
            rows.append(r)
            if i == 6 and m in (2, 3):  # E7 acting head of the school
                rows.append(row(i, m, unit="DISDIK.SDN200101", plt=1,
                                jabatan="Plt. Kepala SD Negeri 200101"))
    rows[0]["hasil"] = "Diatas Ekspektasi"  # E1 January: mixed case
    return rows


def april_rows():
    rows = [row(i, 4) for i in range(len(EMP))]
    rows[3]["unit"] = "DINKES.YANKES"  # E4 after the mutasi
    not_rated(rows[9])
    rows[7]["jabatan"] = "Guru Ahli Muda; Wali Kelas VI"
    return rows


def february_again():
    rows = [r for r in q1_rows() if r["m"] == 2]
    for r in rows:
        if r["nip"] == EMP[8][0]:  # E9 rated since
            r.update(hasil=RATING["S"], perilaku=RATING["S"], final="BAIK",
                     waktu=datetime.datetime(2024, 3, 20, 14, 0, 0))
        if r["nip"] == EMP[2][0]:  # E3's rating corrected
            r.update(hasil=RATING["A"], perilaku=RATING["A"], final="SANGAT BAIK")
    return rows


def export_values(n, r):
    u = UNIT[r["unit"]]
    induk = UNIT[u[2]][4] if u[2] else u[4]
    return [n, r["nip"], r["nama"], r["golru"], r["jenis"], u[4], induk, r["jabatan"], r["jj"],
            2024, r["awal"], r["akhir"], r["hasil"], r["perilaku"], r["final"], r["atasan"],
            NAME.get(r["atasan"], "H. Sekretaris Daerah"), r["waktu"],
            "Belum Dinilai" if r["final"] in ("", "-") else "Sudah Dinilai", r["plt"]]


def fix_zip(path, patches=()):
    """Rewrites an openpyxl file with fixed entry times and document dates;
    patches: (member, regex, replacement) applied to member's text."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-04-05T10:15:00Z", data)
            for member, rx, rep in patches:
                if member == name:
                    data, n = re.subn(rx.encode(), rep.encode(), data)
                    assert n == 1, (member, rx)
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def new_book(header=HEADER):
    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2024, 4, 5, 10, 15)
    ws = wb.active
    ws.title = "Laporan Penilaian SKP"
    for t in TITLE:
        ws.append([t])
    ws.append([])
    ws.append(header)
    return wb, ws


def write_q1(path):
    wb, ws = new_book()
    patches = []
    for n, r in enumerate(q1_rows(), start=1):
        v = export_values(n, r)
        excel_row = ws.max_row + 1
        if r["nip"] == EMP[2][0] or (r["nip"] == EMP[3][0] and r["m"] == 1):
            v[1] = int(r["nip"])
            patches.append(("xl/worksheets/sheet1.xml",
                            r'(<c r="B%d" t="n">)<v>[^<]*</v>' % excel_row,
                            r"\g<1><v>%s</v>" % r["nip"]))
        if r["m"] == 3:
            v[10], v[11] = v[10].isoformat(), v[11].isoformat()
        if r["m"] > 1 and v[17] is not None:
            v[17] = v[17].strftime("%Y-%m-%d %H:%M:%S")
        ws.append(v)
    wb.save(path)
    fix_zip(path, patches)


def write_csv(path, rows):
    buf = io.StringIO()
    for t in TITLE[:2] + ["Diunduh pada: 06-05-2024 08:00:00", ""]:
        buf.write(t + "\r\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(HEADER)
    for n, r in enumerate(rows, start=1):
        v = export_values(n, r)
        v[10], v[11] = v[10].strftime("%d/%m/%Y"), v[11].strftime("%d/%m/%Y")
        v[17] = v[17].strftime("%d/%m/%Y %H:%M") if v[17] else ""
        w.writerow(v)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


def write_native(out, files):
    """The rules of data.md applied to the rows of all files together."""
    rows = [r for rs in files for r in rs if not r["plt"]]
    kept = {}
    for k, r in enumerate(rows):  # latest periode_akhir_skp; the later row on a tie
        key = (r["nip"], r["m"])
        if key not in kept or (r["akhir"], k) >= (kept[key][0]["akhir"], kept[key][1]):
            kept[key] = (r, k)
    latest = {}
    for k, r in enumerate(rows):
        if r["nip"] not in latest or (r["akhir"], k) >= (latest[r["nip"]][0]["akhir"],
                                                         latest[r["nip"]][1]):
            latest[r["nip"]] = (r, k)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "unit.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kode_unit", "nama_unit", "jenis_unit", "kode_induk"])
        for u in UNITS:
            w.writerow(u[:2] + (u[3], u[2]))
    with open(os.path.join(out, "pegawai.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["nip", "nama", "kode_unit", "jenis_pegawai", "golongan", "jabatan",
                    "jenis_jabatan", "nip_atasan"])
        for nip in sorted(latest):
            r = latest[nip][0]
            w.writerow([nip, r["nama"], r["unit"], r["jenis"], r["golru"], r["jabatan"],
                        r["jj"], r["atasan"]])
    with open(os.path.join(out, "penilaian.csv"), "w", newline="") as f, \
            open(os.path.join(out, "kosong.csv"), "w", newline="") as g:
        w, wk = csv.writer(f, lineterminator="\n"), csv.writer(g, lineterminator="\n")
        w.writerow(["nip", "periode", "rating_hasil_kerja", "rating_perilaku", "predikat",
                    "kode_unit", "nip_penilai", "tanggal_dinilai"])
        wk.writerow(["nip", "periode", "kode_unit"])
        for (nip, m), (r, _) in sorted(kept.items()):
            per = "2024-%02d" % m
            if r["final"] in ("", "-"):
                wk.writerow([nip, per, r["unit"]])
                continue
            w.writerow([nip, per, r["hasil"], r["perilaku"], r["final"], r["unit"], r["atasan"],
                        r["waktu"].strftime("%Y-%m-%d %H:%M:%S")])


# --- broken files -------------------------------------------------------------

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def rels(items):
    body = "".join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (i, REL, t, tg)
                   for i, t, tg in items)
    return ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships">%s</Relationships>' % body)


def raw_book(path, sheet_xml, sst_items=None, sheets=(("Laporan", "rId1"),)):
    wb_rels = [("rId1", "worksheet", "worksheets/sheet1.xml")]
    parts = [("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/'
              '2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
              '</Types>'),
             ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
             ("xl/workbook.xml", '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets>'
              '</workbook>' % (NS, NS_R, "".join('<sheet name="%s" sheetId="%d" r:id="%s"/>'
                                                  % (n, k + 1, r)
                                                  for k, (n, r) in enumerate(sheets))))]
    if sst_items is not None:
        wb_rels.append(("rId2", "sharedStrings", "sharedStrings.xml"))
        parts.append(("xl/sharedStrings.xml", '<sst xmlns="%s" count="%d" uniqueCount="%d">%s'
                      '</sst>' % (NS, len(sst_items), len(sst_items),
                                  "".join("<si><t>%s</t></si>" % s for s in sst_items))))
    parts.append(("xl/_rels/workbook.xml.rels", rels(wb_rels)))
    if sheet_xml is not None:
        parts.append(("xl/worksheets/sheet1.xml", sheet_xml))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def col(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def sst_sheet(rows, strings):
    """Rows of texts as shared strings (index into strings, added as needed)."""
    out = []
    for rn, values in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(values):
            if v not in strings:
                strings.append(v)
            cells.append('<c r="%s%d" t="s"><v>%d</v></c>' % (col(c), rn, strings.index(v)))
        out.append('<row r="%d">%s</row>' % (rn, "".join(cells)))
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="%s"><sheetData>%s'
            '</sheetData></worksheet>' % (NS, "".join(out)))


def text_rows(rows):
    """Export rows as the texts an export holds (header in row 5, as above)."""
    out = [[t] for t in TITLE] + [[""], HEADER]
    for n, r in enumerate(rows, start=1):
        v = export_values(n, r)
        out.append(["" if x is None else x.isoformat(sep=" ") if isinstance(x, datetime.datetime)
                    else x.isoformat() if isinstance(x, D) else str(x) for x in v])
    return out


def write_openpyxl(path, rows, edit=None, header=HEADER):
    wb, ws = new_book(header)
    for n, r in enumerate(rows, start=1):
        v = export_values(n, r)
        if edit:
            edit(n, v)
        ws.append(v)
    wb.save(path)
    fix_zip(path)


def write_broken(out):
    os.makedirs(out, exist_ok=True)
    jan = [r for r in q1_rows() if r["m"] == 1]
    with open(os.path.join(out, "bukan_zip.xlsx"), "w") as f:
        f.write("nip;hasil_akhir\nini bukan file Excel\n")
    raw_book(os.path.join(out, "tanpa_sheet.xlsx"), None)
    strings = []
    xml = sst_sheet(text_rows(jan[:4]), strings)
    cut = xml.index('<row r="7">') + 40
    raw_book(os.path.join(out, "terpotong.xlsx"), xml[:cut], strings)
    strings = []
    xml = sst_sheet(text_rows(jan[:2]), strings)
    xml, n = re.subn(r'<c r="C6" t="s"><v>\d+</v>', '<c r="C6" t="s"><v>99</v>', xml)
    assert n == 1
    raw_book(os.path.join(out, "sst_rusak.xlsx"), xml, strings)
    renamed = ["Nomor Induk" if h == "nip" else "Predikat" if h == "hasil_akhir" else h
               for h in HEADER]
    write_openpyxl(os.path.join(out, "tanpa_header.xlsx"), jan[:3], header=renamed)
    write_openpyxl(os.path.join(out, "kolom_kurang.xlsx"), jan[:3],
                   header=["tanggal_akhir" if h == "periode_akhir_skp" else h for h in HEADER])

    def lose_digits(n, v):
        if n == 1:
            v[1] = int(v[1])
    write_openpyxl(os.path.join(out, "nip_hilang.xlsx"), [r for r in jan if r["nip"] ==
                                                          EMP[2][0]], lose_digits)

    def spoil(n, v):
        if n == 1:
            v[10] = D(2023, 12, 1)
            v[11] = D(2024, 2, 15)
        elif n == 2:
            v[12] = "LUAR BIASA"
        elif n == 3:
            v[3] = "V/z"
        elif n == 4:
            v[9] = 2023
        elif n == 5:
            v[19] = "mungkin"
    write_openpyxl(os.path.join(out, "nilai_salah.xlsx"), jan[:6], spoil)
    with open(os.path.join(out, "lama.xls"), "wb") as f:
        f.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_q1(os.path.join(out, "laporan_2024_q1.xlsx"))
    write_csv(os.path.join(out, "laporan_2024_04.csv"), april_rows())
    write_csv(os.path.join(out, "laporan_2024_02_ulang.csv"), february_again())
    write_native(os.path.join(out, "native"), [q1_rows(), april_rows()])
    write_broken(os.path.join(out, "broken"))


if __name__ == "__main__":
    main()
