#!/usr/bin/env bash
# `kinerja import FILE.xlsx`: the native kinds in one Excel workbook (data.md
# "The native kinds in Excel"):
#  1. the demo's CSV files written into one .xlsx by csv_to_xlsx.py (a sheet
#     per kind, numbers as numbers, dates as dates, NIPs as text; a Petunjuk
#     and a _catatan sheet) load into the same database content as the CSV
#     files; importing the workbook again changes nothing;
#  2. a NIP typed as a number is an error naming the cell (nothing changes,
#     exit 2); a periode that Excel turned into a date loads as its month with
#     one warning per column; a sheet that matches no kind is warned about;
#     a workbook where no sheet matches is an error.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. equivalence with the CSV files
"$bin" --db csv.db --quiet demo --employees 200 --from 2025 --to 2025 --csv-dir demo \
  > /dev/null 2>&1 || fail "demo failed"
/usr/bin/python3 "$here/csv_to_xlsx.py" demo.xlsx demo/*.csv
"$bin" --db xlsx.db import demo.xlsx 2> out.xlsx || fail "xlsx import: $(cat out.xlsx)"
grep -q "demo.xlsx:penilaian: penilaian, [0-9]* rows: [0-9]* new, 0 replaced" out.xlsx \
  || fail "summary: $(cat out.xlsx)"
grep -qi "petunjuk\|_catatan" out.xlsx && fail "Petunjuk/_catatan not skipped silently"
for t in unit pegawai kinerja_organisasi penilaian penilaian_kosong capaian perilaku \
         umpan_balik; do
  sqlite3 csv.db "SELECT * FROM $t ORDER BY 1, 2, 3, 4" > a.txt
  sqlite3 xlsx.db "SELECT * FROM $t ORDER BY 1, 2, 3, 4" > b.txt
  [ -s a.txt ] || [ "$t" = penilaian_kosong ] || fail "csv.db has no $t"
  cmp -s a.txt b.txt || fail "$t differs between the CSV files and the workbook"
done
q="SELECT kode_unit, periode, tahun, tanggal, id_responden, u1, u2, u3, u4, u5, u6, u7, u8, u9,
   jenis_layanan, jenis_kelamin, usia, pendidikan, pekerjaan FROM skm ORDER BY 1, 2, 5"
[ "$(sqlite3 csv.db "$q" | md5sum)" = "$(sqlite3 xlsx.db "$q" | md5sum)" ] || fail "skm differs"
sqlite3 xlsx.db .dump > dump1
"$bin" --db xlsx.db import demo.xlsx 2> out.again || fail "second import failed"
sqlite3 xlsx.db .dump > dump2
cmp -s dump1 dump2 || fail "importing the workbook twice changed the database"

# 2. what Excel does to NIPs and periods
/usr/bin/python3 - <<'EOF'
import datetime
import openpyxl

def book(path, penilaian):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "unit"
    ws.append(["kode_unit", "nama_unit"])
    ws.append(["DINKES", "Dinas Kesehatan"])
    ws = wb.create_sheet("pegawai")
    ws.append(["nip", "nama", "kode_unit"])
    ws.append(["198609262015051001", "Budi Nasution", "DINKES"])
    ws.append(["199203142019032005", "Siti Lubis", "DINKES"])
    ws = wb.create_sheet("penilaian")
    ws.append(["nip", "periode", "rating_hasil_kerja", "rating_perilaku"])
    for r in penilaian:
        ws.append(r)
    for row in ws.iter_rows(min_row=2):
        if isinstance(row[1].value, datetime.date):
            row[1].number_format = "yyyy-mm-dd"
    wb.create_sheet("Rekap").append(["jumlah", "rata-rata"])
    wb.save(path)

book("tanggal.xlsx", [["198609262015051001", datetime.date(2025, 1, 1), "SESUAI", "SESUAI"],
                      ["199203142019032005", datetime.date(2025, 2, 1), "DI_ATAS", "SESUAI"]])
book("nip_angka.xlsx", [[198609262015051001, "2025-01", "SESUAI", "SESUAI"]])
wb = openpyxl.Workbook()
wb.active.title = "Rekap"
wb.active.append(["jumlah", "rata-rata"])
wb.save("kosong.xlsx")
EOF
"$bin" --db t.db import tanggal.xlsx 2> out.t || fail "periode as date: $(cat out.t)"
[ "$(grep -c 'periode is a date cell' out.t)" = 1 ] || fail "one warning per column: $(cat out.t)"
grep -q "tanggal.xlsx:penilaian!B2: warning: column periode: periode is a date cell" out.t \
  || fail "the warning does not name the cell: $(cat out.t)"
grep -q "sheet 'Rekap' matches no input kind and is skipped" out.t \
  || fail "no warning for the sheet Rekap: $(cat out.t)"
[ "$(sqlite3 t.db "SELECT group_concat(periode) FROM (SELECT periode FROM penilaian ORDER BY 1)")" \
  = "2025-01,2025-02" ] || fail "periode dates not read as months"
sqlite3 t.db .dump > t1
set +e
"$bin" --db t.db import nip_angka.xlsx 2> out.n; st=$?
"$bin" --db t.db import kosong.xlsx 2> out.k; st2=$?
set -e
[ "$st" = 2 ] || fail "NIP as a number: exit $st: $(cat out.n)"
grep -q "nip_angka.xlsx:penilaian!A2: column nip: the NIP is a number cell" out.n \
  || fail "NIP as a number: $(cat out.n)"
sqlite3 t.db .dump > t2
cmp -s t1 t2 || fail "a failed import changed the database"
[ "$st2" = 2 ] && grep -q "kosong.xlsx: no sheet has the header row of an input kind" out.k \
  || fail "no matching sheet: exit $st2: $(cat out.k)"
echo "import xlsx: ok"
