#!/usr/bin/env bash
# `kinerja import --format ekinerja` end to end, on the fixtures of
# make_ekinerja_fixtures.py (see there for what they hold):
#  1. the exports (xlsx + csv) give the same penilaian and pegawai rows as the
#     same data in native CSV, once with the city's unit.csv loaded first
#     (codes kept, rows identical) and once alone (codes derived; compared by
#     unit name); the missing appraisals are those the native data leaves out;
#  2. importing the exports again changes nothing (full .dump compared);
#  3. --dry-run and a broken file leave the database as it was (exit 2), a
#     missing file is exit 3, --kind with --format ekinerja exit 1.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
/usr/bin/python3 "$here/make_ekinerja_fixtures.py" fx
k() { "$bin" --db "$@"; }
exports="fx/laporan_2024_q1.xlsx fx/laporan_2024_04.csv"

# 1. equivalence with the native kinds
k native.db import fx/native/unit.csv fx/native/pegawai.csv fx/native/penilaian.csv 2> out.native \
  || fail "native import: $(cat out.native)"
k mixed.db --quiet import fx/native/unit.csv
k mixed.db import --format ekinerja $exports 2> out.mixed || fail "ekinerja import: $(cat out.mixed)"
grep -q 'laporan_2024_q1.xlsx: penilaian, 33 rows: 27 new, 0 replaced, 0 unchanged, 6 skipped' \
  out.mixed || fail "xlsx counts: $(cat out.mixed)"
grep -q 'roster from the exports: 0 new units; employees: 10 new' out.mixed \
  || fail "the city's units were not matched by name: $(cat out.mixed)"
for t in "penilaian ORDER BY nip, periode" "pegawai ORDER BY nip" "unit ORDER BY kode_unit"; do
  sqlite3 native.db "SELECT * FROM $t" > a.txt
  sqlite3 mixed.db "SELECT * FROM $t" > b.txt
  [ -s a.txt ] || fail "native.db has no ${t%% *}"
  diff -u a.txt b.txt > diff.txt || fail "${t%% *} differs from the native import: $(cat diff.txt)"
done
sqlite3 -csv mixed.db "SELECT nip, periode, kode_unit FROM penilaian_kosong ORDER BY nip, periode" \
  > kosong.txt
tail -n +2 fx/native/kosong.csv | diff -u - kosong.txt || fail "penilaian_kosong differs"

k alone.db import --format ekinerja $exports 2> out.alone || fail "ekinerja alone: $(cat out.alone)"
grep -q 'roster from the exports: 9 new units; employees: 10 new' out.alone \
  || fail "units not created: $(cat out.alone)"
by_name="SELECT p.nip, p.periode, p.rating_hasil_kerja, p.rating_perilaku, p.predikat,
  p.predikat_input, upper(u.nama_unit), upper(coalesce(o.nama_unit, '')), p.nip_penilai,
  p.tanggal_dinilai FROM penilaian p JOIN unit u USING (kode_unit)
  LEFT JOIN unit o ON o.kode_unit = u.kode_induk ORDER BY p.nip, p.periode"
sqlite3 native.db "$by_name" > a.txt
sqlite3 alone.db "$by_name" > b.txt
diff -u a.txt b.txt > diff.txt || fail "derived units give other penilaian rows: $(cat diff.txt)"
sqlite3 alone.db "SELECT kode_unit FROM unit" | grep -vqE '^[A-Z0-9_]{1,23}-[0-9A-F]{8}$' \
  && fail "a derived code breaks the rule: $(sqlite3 alone.db 'SELECT kode_unit FROM unit')"

# 2. the same exports again: nothing changes, not even the import log
sqlite3 alone.db .dump > dump1
k alone.db import --format ekinerja $exports 2> out.again || fail "second import failed"
grep -E ': [0-9]+ rows?: ' out.again | grep -vE ': [0-9]+ rows?: 0 new, 0 replaced' \
  && fail "second import changed rows: $(cat out.again)"
sqlite3 alone.db .dump > dump2
cmp -s dump1 dump2 || fail "importing the same exports twice changed the database"

# 3. dry run, broken files, usage
k alone.db import --format ekinerja --dry-run fx/laporan_2024_02_ulang.csv 2> out.dry \
  || fail "dry run failed: $(cat out.dry)"
grep -q '11 rows: 1 new, 1 replaced, 8 unchanged, 1 skipped' out.dry || fail "dry run counts"
sqlite3 alone.db .dump > dump3
cmp -s dump1 dump3 || fail "--dry-run changed the database"
for f in fx/broken/*; do
  set +e; k alone.db import --format ekinerja fx/laporan_2024_02_ulang.csv "$f" 2> out.bad; st=$?; set -e
  [ "$st" = 2 ] || fail "$f: exit $st, expected 2: $(cat out.bad)"
  grep -q "^$f" out.bad || fail "$f: the error does not name the file: $(cat out.bad)"
  sqlite3 alone.db .dump > dump4
  cmp -s dump1 dump4 || fail "$f: a failed import changed the database"
done
set +e
k alone.db import --format ekinerja fx/nonexistent.xlsx 2> out.io; st=$?
[ "$st" = 3 ] || fail "missing file: exit $st, expected 3: $(cat out.io)"
k alone.db import --format ekinerja --kind penilaian fx/laporan_2024_04.csv 2> out.use; st=$?
[ "$st" = 1 ] || fail "--kind with --format ekinerja: exit $st, expected 1"
k alone.db import --format ekinerja --sheet Rekap fx/laporan_2024_q1.xlsx 2> out.sheet; st=$?
set -e
[ "$st" = 2 ] && grep -q "Laporan Penilaian SKP" out.sheet || fail "--sheet Rekap: $(cat out.sheet)"
for d in native.db mixed.db alone.db; do
  [ "$(sqlite3 $d 'PRAGMA integrity_check')" = ok ] || fail "$d: integrity_check: $(sqlite3 $d 'PRAGMA integrity_check' | head -3)"
done
echo "ekinerja import: ok"
