#!/usr/bin/env bash
# `kinerja demo --employees 300` end to end: the eight CSV files are written
# and loaded into a fresh database through the importer; every file's rows
# arrive (counts via sqlite3); the merged school, the Wali Kota pseudo-NIP
# and the deliberate predikat mistakes survive the import; a second run
# changes nothing; bad options exit 1 and an unwritable --csv-dir exits 3,
# both before any database is created.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
q() { sqlite3 demo.db "$1"; }

"$bin" --db demo.db demo --employees 300 --csv-dir csv 2> log1 || fail "demo failed: $(cat log1)"
grep -q '^demo: seed 7, 2023-2025, 34 OPD, 179 units, 300 employees -> csv/$' log1 \
  || fail "summary line missing: $(head -3 log1)"
[ "$(ls csv | wc -l)" = 8 ] || fail "expected 8 files in csv/: $(ls csv)"
for kind in unit pegawai kinerja_organisasi penilaian capaian perilaku skm umpan_balik; do
  file_rows=$(( $(wc -l < "csv/$kind.csv") - 1 ))
  db_rows=$(q "SELECT count(*) FROM $kind")
  [ "$file_rows" -gt 0 ] || fail "$kind.csv is empty"
  [ "$file_rows" = "$db_rows" ] || fail "$kind: $file_rows rows in the file, $db_rows in the database"
done
[ "$(q 'SELECT count(*) FROM pegawai')" = 300 ] || fail "roster is not 300"
[ "$(q 'PRAGMA integrity_check')" = ok ] || fail "integrity_check: $(q 'PRAGMA integrity_check' | head -3)"
[ "$(q 'SELECT count(*) FROM import_file')" = 8 ] || fail "import log does not list 8 files"
[ "$(q "SELECT menjadi || '/' || berlaku_sampai FROM unit WHERE kode_unit = 'SDN.200142'")" = "SDN.200141/2023" ] \
  || fail "merged school lost its successor"
# The Sekda is rated by the Wali Kota, who is outside the roster.
[ "$(q "SELECT count(*) FROM pegawai WHERE nip_atasan NOT IN (SELECT nip FROM pegawai)")" = 1 ] \
  || fail "expected exactly one supervisor outside the roster"
# Supplied predikat: mostly the matrix result, some blank, none of another kind.
[ "$(q 'SELECT count(*) FROM penilaian WHERE predikat_input IS NULL')" -gt 0 ] || fail "no blank predikat"
[ "$(q 'SELECT count(*) FROM penilaian WHERE predikat_input = predikat')" -gt 5000 ] || fail "predikat not supplied"
# Every OPD-year but one has an organisation predikat.
[ "$(q 'SELECT count(*) FROM kinerja_organisasi')" = 101 ] || fail "organisation predikat count"

# Same command again: nothing changes.
sqlite3 demo.db "SELECT count(*) FROM penilaian; SELECT sum(skor) FROM perilaku;" > before
"$bin" --db demo.db --quiet demo --employees 300 --csv-dir csv 2> log2 || fail "second run failed: $(cat log2)"
[ ! -s log2 ] || fail "--quiet run wrote to stderr: $(head -3 log2)"
sqlite3 demo.db "SELECT count(*) FROM penilaian; SELECT sum(skor) FROM perilaku;" > after
cmp -s before after || fail "second run changed the database"

# Usage errors exit 1, an unwritable directory exits 3; no database is made.
expect() {
  local want=$1; shift
  set +e; "$bin" --db none.db "$@" > out 2> err; local got=$?; set -e
  [ "$got" = "$want" ] || fail "'$*' exited $got, expected $want: $(cat err)"
  [ ! -e none.db ] || fail "'$*' created a database"
}
expect 1 demo --employees 10
expect 1 demo --employees lots
expect 1 demo --seed -1
expect 1 demo --from 2030 --to 2024
expect 1 demo --from 2021
expect 1 demo --bogus
expect 1 demo stray-argument
expect 1 demo --csv-dir
grep -q "needs a value" err || fail "missing value not explained: $(cat err)"
touch plain
expect 3 demo --employees 200 --csv-dir plain/sub
grep -q "plain" err || fail "I/O error does not name the path: $(cat err)"
"$bin" demo --help | grep -q -- '--employees N' || fail "demo --help lacks the options"
echo "ok"
