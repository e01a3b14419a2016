#!/usr/bin/env bash
# `kinerja import --format skm-form` (data.md "Survey-form exports") on the
# fixtures of make_skm_form.py:
#  1. the form export as .xlsx and as .csv (question texts in the sample
#     questionnaire's order, sarana before pengaduan; labels with stray spaces
#     and mixed case; a timestamp column; a Saran column; the unit by name or
#     singkatan) gives the same NRR per unsur, per unit and quarter, and the
#     same IKM as the same answers in the native skm kind, and the values the
#     fixture's answers give when computed here in Python;
#  2. importing the export again changes nothing; free text is not stored;
#  3. a 1-5 scale and an unknown label are errors naming the cell (exit 2,
#     nothing changed); --unit and --periode set the unit and the period.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
/usr/bin/python3 "$here/make_skm_form.py" fx
"$bin" --db base.db --quiet import fx/unit.csv
for d in xlsx csv native; do cp base.db $d.db; done
"$bin" --db xlsx.db import --format skm-form fx/form.xlsx 2> out.xlsx || fail "xlsx: $(cat out.xlsx)"
"$bin" --db csv.db import --format skm-form fx/form.csv 2> out.csv || fail "csv: $(cat out.csv)"
"$bin" --db native.db import fx/skm.csv 2> out.native || fail "native: $(cat out.native)"
grep -q "fx/form.xlsx: skm, 49 rows: 49 new" out.xlsx || fail "xlsx counts: $(cat out.xlsx)"

# 1. NRR per unsur (mean of the answers given) and IKM = 25 * mean NRR (weights 1/9)
nrr="SELECT kode_unit, periode, count(*),
  printf('%.6f', avg(u1)), printf('%.6f', avg(u2)), printf('%.6f', avg(u3)),
  printf('%.6f', avg(u4)), printf('%.6f', avg(u5)), printf('%.6f', avg(u6)),
  printf('%.6f', avg(u7)), printf('%.6f', avg(u8)), printf('%.6f', avg(u9)),
  printf('%.4f', 25.0 * (avg(u1) + avg(u2) + avg(u3) + avg(u4) + avg(u5) + avg(u6) + avg(u7)
                         + avg(u8) + avg(u9)) / 9)
  FROM skm GROUP BY 1, 2 ORDER BY 1, 2"
sqlite3 -csv native.db "$nrr" > native.txt
sqlite3 -csv xlsx.db "$nrr" > xlsx.txt
sqlite3 -csv csv.db "$nrr" > csv.txt
[ "$(wc -l < native.txt)" = 2 ] || fail "expected two quarters: $(cat native.txt)"
diff -u native.txt xlsx.txt || fail "xlsx form differs from the native kind"
diff -u native.txt csv.txt || fail "csv form differs from the native kind"
/usr/bin/python3 - <<'EOF' || fail "NRR/IKM differ from the answers computed in Python"
import csv
rows = list(csv.DictReader(open("fx/skm.csv")))
got = {(r[0], r[1]): r for r in csv.reader(open("xlsx.txt"))}
for q in ("2025-Q1", "2025-Q2"):
    months = {"2025-Q1": ("01", "02", "03"), "2025-Q2": ("04", "05", "06")}[q]
    sel = [r for r in rows if r["tanggal"][5:7] in months]
    nrr = []
    for u in range(1, 10):
        v = [int(r[f"u{u}"]) for r in sel if r[f"u{u}"]]
        nrr.append(sum(v) / len(v))
    ikm = 25 * sum(nrr) / 9
    g = got[("PKM_SADABUAN", q)]
    assert int(g[2]) == len(sel), (q, g[2], len(sel))
    for u in range(9):
        assert abs(float(g[3 + u]) - nrr[u]) < 1e-6, (q, u + 1, g[3 + u], nrr[u])
    assert abs(float(g[12]) - ikm) < 1e-4, (q, g[12], ikm)
EOF
# the profile is kept, free text is not
[ "$(sqlite3 xlsx.db "SELECT count(*) FROM skm WHERE jenis_kelamin IN ('L', 'P') AND usia > 0
  AND pendidikan <> '' AND pekerjaan <> ''")" = 49 ] || fail "profile not kept"
sqlite3 xlsx.db .dump | grep -qi "antrean\|harapan" && fail "free text (Saran) was stored"

# 2. again: nothing changes
sqlite3 xlsx.db .dump > d1
"$bin" --db xlsx.db import --format skm-form fx/form.xlsx 2> out.again || fail "again"
grep -q "49 rows: 0 new, 0 replaced, 49 unchanged" out.again || fail "again: $(cat out.again)"
sqlite3 xlsx.db .dump > d2
cmp -s d1 d2 || fail "importing the form twice changed the database"

# 3. errors naming the cell; nothing changes
set +e
"$bin" --db xlsx.db import --format skm-form fx/lima.csv 2> out.lima; s1=$?
"$bin" --db xlsx.db import --format skm-form fx/label.csv 2> out.label; s2=$?
set -e
[ "$s1" = 2 ] && grep -q "fx/lima.csv:3: column U3 .*answer outside 1-4 .*'5' for U3 waktu" out.lima \
  || fail "1-5 scale: exit $s1: $(cat out.lima)"
[ "$s2" = 2 ] && grep -q "fx/label.csv:4: column 1. Bagaimana .*unknown answer 'Sangat tidak sesuai' for U1 persyaratan; accepted: tidak sesuai" out.label \
  || fail "unknown label: exit $s2: $(cat out.label)"
sqlite3 xlsx.db .dump > d3
cmp -s d1 d3 || fail "a failed import changed the database"
# --unit and --periode
cp base.db opt.db
"$bin" --db opt.db import --format skm-form --unit DINKES --periode 2025-S1 fx/form.csv \
  2> out.opt || fail "--unit/--periode: $(cat out.opt)"
[ "$(sqlite3 opt.db "SELECT kode_unit || ' ' || periode || ' ' || count(*) FROM skm GROUP BY kode_unit, periode")" \
  = "DINKES 2025-S1 49" ] || fail "--unit/--periode not applied"

# 4. kinerja.ini [skm_form]: period by month, M/D/Y text dates, digit columns named by header text
cat > form.ini <<'INI'
[skm_form]
periode = bulan
tanggal = mdy
Persyaratan pelayanan = U1
Prosedur = U2
Waktu = prosedur
INI
cat > digit.csv <<'CSV'
Timestamp,Unit,Persyaratan pelayanan,Prosedur,Kecepatan,Biaya,Produk,Kompetensi,Perilaku,Sarana,Pengaduan
03/20/2025 10:00:00,PKM_SADABUAN,4,3,Cepat,Gratis,Sesuai,Kompeten,Sopan dan ramah,Baik,Tidak ada
04/02/2025 11:00:00,PKM_SADABUAN,3,3,Sangat cepat,Murah,U5,Kompeten,Sopan dan ramah,Baik,Tidak ada
CSV
sed -i 's/,U5,/,Sesuai,/' digit.csv
cp base.db ini.db
set +e
"$bin" --db ini.db --config form.ini import --format skm-form digit.csv 2> out.ini; s4=$?
set -e
# 'Waktu = prosedur' maps a header that does not exist: harmless; Produk is decided by its header
[ "$s4" = 0 ] || fail "[skm_form]: exit $s4: $(cat out.ini)"
[ "$(sqlite3 ini.db "SELECT group_concat(periode || ':' || tanggal || ':' || u1 || u2, ' ')
  FROM (SELECT * FROM skm ORDER BY tanggal)")" = "2025-03:2025-03-20:43 2025-04:2025-04-02:33" ] \
  || fail "[skm_form] periode/tanggal/mapping: $(sqlite3 ini.db 'SELECT * FROM skm')"
printf '[skm_form]\nperiode = minggu\n' > bad.ini
set +e
"$bin" --db ini.db --config bad.ini import --format skm-form digit.csv 2> out.bad; s5=$?
set -e
[ "$s5" = 2 ] && grep -q "bad.ini:2: periode: 'minggu' is not bulan, triwulan, semester or tahun" \
  out.bad || fail "bad [skm_form] periode: exit $s5: $(cat out.bad)"
echo "skm form: ok"
