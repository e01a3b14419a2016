#!/usr/bin/env bash
# e-Kinerja exports as a BKPSDM really has them (issue 10), on the fixtures of
# make_ekinerja_2025.py (see there for the people and files):
#  1. an annual export with a March appointment, a mutasi, a promotion, an
#     acting row and an acting-only NIP, the April report whose rows carry
#     whole-year SKP dates, and a Laporan SKP with the other column names all
#     load together, under each skp_ganda policy, into exactly the results
#     the fixture script computed from the rules (predikat, unit, weighted IKP);
#  2. nothing is counted twice: one result per NIP and period, only the
#     periods 2025 and 2025-04, no result for acting rows, every SKP kept;
#  3. the import summary and `kinerja check` list the partial-year and
#     several-SKP employees; the metadata lines are in the import log;
#  4. importing everything again changes nothing;
#  5. the Laporan SKP alone loads units, employees and spans, no results.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
/usr/bin/python3 "$here/make_ekinerja_2025.py" fx
files="fx/laporan_tahunan_2025.xlsx fx/laporan_bulanan_2025_04.xlsx fx/laporan_skp_2025.xlsx"
A=197301152000031001 B=199803152025032001 C=199203142019032005 D=198505052010011004
E=198001012005012003 F=197011111995031002 G=199512122020122006

for policy in terakhir bulan terendah; do
  db=$policy.db
  "$bin" --db $db --config fx/$policy.ini import --format ekinerja $files 2> out.$policy \
    || fail "$policy: import failed: $(cat out.$policy)"
  # 1. the results of the policy
  sqlite3 -csv $db "SELECT p.nip, p.periode, p.predikat, u.nama_unit,
      CASE WHEN i.ikp IS NULL THEN '' ELSE printf('%.6f', i.ikp) END
    FROM penilaian p JOIN unit u USING (kode_unit)
    LEFT JOIN penilaian_ikp i ON i.nip = p.nip AND i.periode = p.periode
    ORDER BY p.nip, p.periode" | tr -d '"' > got.csv
  tail -n +2 fx/expected_$policy.csv | diff -u - got.csv > diff.txt \
    || fail "$policy: results differ from the rules: $(cat diff.txt)"
  # 2. nothing twice, nothing from acting rows, nothing annual from the April report
  [ "$(sqlite3 $db "SELECT group_concat(DISTINCT periode) FROM (SELECT periode FROM penilaian
      UNION ALL SELECT periode FROM penilaian_kosong ORDER BY 1)")" = "2025,2025-04" ] \
    || fail "$policy: periods other than 2025 and 2025-04"
  [ "$(sqlite3 $db "SELECT count(*) FROM penilaian WHERE nip = $F")" = 0 ] \
    || fail "$policy: the acting-only NIP has a result"
  [ "$(sqlite3 $db "SELECT count(*) FROM pegawai WHERE nip = $F")" = 0 ] \
    || fail "$policy: the acting-only NIP is on the roster"
  [ "$(sqlite3 $db "SELECT count(*) FROM penilaian")" = 10 ] || fail "$policy: penilaian count"
  [ "$(sqlite3 $db "SELECT group_concat(periode) FROM penilaian_kosong WHERE nip = $G")" \
    = "2025,2025-04" ] || fail "$policy: Tidak membuat SKP / '-' not recorded as missing"
  # every SKP kept: 2025 A B C C D D E G, April A B C C D E G; acting E (twice) and F
  [ "$(sqlite3 $db "SELECT count(*) FROM skp")" = 15 ] || fail "$policy: skp rows"
  [ "$(sqlite3 $db "SELECT count(*) FROM skp_plt")" = 3 ] || fail "$policy: skp_plt rows"
  [ "$(sqlite3 $db "SELECT count(*) FROM skp WHERE dipakai = 1")" = 10 ] \
    || fail "$policy: one chosen SKP per result"
  [ "$(sqlite3 $db "SELECT predikat FROM skp_plt WHERE nip = $E AND periode = '2025'")" \
    = SANGAT_BAIK ] || fail "$policy: the Laporan SKP erased an acting row's result"
  # 3. the summary lists them
  grep -q "employees with several SKPs for one period (mutasi, promosi): 3; skp_ganda = $policy" \
    out.$policy || fail "$policy: summary lacks the several-SKP count: $(cat out.$policy)"
  for n in "$C Siti Lubis, periode 2025:" "$C Siti Lubis, periode 2025-04:" \
           "$D Maulana Ritonga, periode 2025:" "$B Dewi Rangkuti, A.Md.Kep, 2025: SKPs cover 10 of 12 months"; do
    grep -qF "$n" out.$policy || fail "$policy: summary lacks '$n': $(cat out.$policy)"
  done
  grep -q "employees whose SKPs cover part of a year (appointment, mutasi, leave): 1" out.$policy \
    || fail "$policy: partial-year count"
  grep -q "NIP $F has only acting (PLT/PLH/PJ) rows for periode 2025" out.$policy \
    || fail "$policy: no warning for the acting-only NIP"
done

# 1b. the weighted IKP reaches the analysis (pegawai_tahun.ikp, periodic mean = April)
"$bin" --db bulan.db export --year 2025 --out exp > /dev/null 2>&1 || fail "export failed"
/usr/bin/python3 - "$C" <<'EOF' || fail "pegawai_tahun.ikp of C does not use the weighted IKP"
import csv, sys
rows = {r["nip"]: r for r in csv.DictReader(open("exp/pegawai_tahun.csv"))}
want = (14 * 100 + 16 * 150) / 30  # April: 14 days BAIK, 16 days SANGAT_BAIK
got = float(rows[sys.argv[1]]["ikp"])
sys.exit(0 if abs(got - want) < 1e-4 else f"ikp {got}, expected {want}")
EOF

# 3b. kinerja check and the exported findings list them
"$bin" --db terakhir.db check --year 2025 > check.txt 2>&1 || fail "check failed"
grep -q "pegawai dengan beberapa SKP dalam satu periode (mutasi/promosi): 3" check.txt \
  || fail "check lacks the several-SKP finding: $(cat check.txt)"
grep -q "pegawai dengan SKP kurang dari 12 bulan dalam tahun ini: 1" check.txt \
  || fail "check lacks the partial-year finding: $(cat check.txt)"
"$bin" --db terakhir.db export --year 2025 --out exp2 > /dev/null 2>&1 || fail "export failed"
grep -q "SKP_SEBAGIAN_TAHUN.*$B.*10/12 bulan: 2025-03-01..2025-12-31" exp2/konsistensi.csv \
  || fail "konsistensi.csv lacks B: $(cat exp2/konsistensi.csv)"
[ "$(grep -c "SKP_GANDA" exp2/konsistensi.csv)" = 3 ] || fail "konsistensi.csv SKP_GANDA rows"
sqlite3 terakhir.db "SELECT keterangan FROM import_file WHERE nama_file =
  'laporan_bulanan_2025_04.xlsx'" | grep -q "^Periode : Bulanan 4 Tahun 2025$" \
  || fail "the metadata lines are not in the import log"

# 4. again: nothing changes
sqlite3 terakhir.db .dump > dump1
"$bin" --db terakhir.db --config fx/terakhir.ini import --format ekinerja $files 2> out.again \
  || fail "second import failed"
sqlite3 terakhir.db .dump > dump2
cmp -s dump1 dump2 || fail "importing the same exports twice changed the database"

# 5. the Laporan SKP alone: spans and roster, never results or missing appraisals
"$bin" --db skp.db import --format ekinerja fx/laporan_skp_2025.xlsx 2> out.skp \
  || fail "Laporan SKP: $(cat out.skp)"
grep -q "Laporan SKP (no hasil_akhir): 10 SKP spans recorded, no results" out.skp \
  || fail "Laporan SKP summary: $(cat out.skp)"
[ "$(sqlite3 skp.db "SELECT ((SELECT count(*) FROM penilaian) + (SELECT count(*) FROM
  penilaian_kosong)) || ' ' || (SELECT count(*) FROM skp) || ' ' || (SELECT count(*) FROM skp_plt)
  || ' ' || (SELECT count(*) FROM pegawai)")" = "0 8 2 6" ] || fail "Laporan SKP content"
echo "ekinerja 2025: ok"
