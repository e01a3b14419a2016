#!/usr/bin/env bash
# Schema version 1 -> 2 (queries/migrate/002.sql): a database made by an
# older kinerja (tests/data/store/schema_v1.sql, filled with a demo city) is
# upgraded on its next open. Afterwards the version is 2, the WITHOUT ROWID
# tables declare their key columns first, the secondary index is back,
# PRAGMA integrity_check is ok (SQLite 3.40 misreported the version-1 layout
# as "NULL value in umpan_balik.tahun"), every row is kept (an ordered export
# of every table, columns by name, is byte-identical), and `kinerja check`
# and a re-import work on the upgraded database.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
# Every table, columns in name order, rows in that order: independent of the
# column order of the schema.
export_all() {
  local db=$1 t cols
  for t in $(sqlite3 "$db" "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"); do
    cols=$(sqlite3 "$db" "SELECT group_concat(name, ', ') FROM (SELECT name FROM pragma_table_info('$t') ORDER BY name)")
    echo "== $t ($cols)"
    sqlite3 "$db" "SELECT $cols FROM $t ORDER BY $cols"
  done
}

"$bin" --quiet --db new.db demo --employees 200 --from 2024 --to 2025 --csv-dir csv
sqlite3 old.db < "$here/../data/store/schema_v1.sql"
[ "$(sqlite3 old.db 'PRAGMA user_version')" = 1 ] || fail "fixture is not version 1"
for t in unit pegawai kinerja_organisasi penilaian penilaian_kosong capaian perilaku skm umpan_balik import_file; do
  cols=$(sqlite3 new.db "SELECT group_concat(name, ', ') FROM pragma_table_info('$t')")
  sqlite3 old.db "ATTACH 'new.db' AS n; INSERT INTO main.$t ($cols) SELECT $cols FROM n.$t;"
done
export_all old.db > before.txt
[ "$(grep -c . before.txt)" -gt 10000 ] || fail "the version-1 database is nearly empty"

"$bin" --db old.db init 2> init.err || fail "init (migration) failed: $(cat init.err)"
grep -q "schema version 2" init.err || fail "init does not report version 2: $(cat init.err)"
[ "$(sqlite3 old.db 'PRAGMA user_version')" = 2 ] || fail "user_version not 2 after the migration"
[ "$(sqlite3 old.db 'PRAGMA integrity_check')" = ok ] \
  || fail "integrity_check after the migration: $(sqlite3 old.db 'PRAGMA integrity_check' | head -3)"
[ "$(sqlite3 old.db 'PRAGMA foreign_key_check' | wc -l)" = 0 ] || fail "foreign keys broken"
export_all old.db > after.txt
cmp -s before.txt after.txt || { diff before.txt after.txt | head -5; fail "the migration changed rows"; }

# Key columns first, the schema of a migrated database equals a fresh one's.
for t in capaian perilaku umpan_balik; do
  a=$(sqlite3 old.db "SELECT group_concat(name || ':' || type || ':' || \"notnull\" || ':' || pk || ':' || coalesce(dflt_value, ''), ' ') FROM pragma_table_info('$t')")
  b=$(sqlite3 new.db "SELECT group_concat(name || ':' || type || ':' || \"notnull\" || ':' || pk || ':' || coalesce(dflt_value, ''), ' ') FROM pragma_table_info('$t')")
  [ "$a" = "$b" ] || fail "$t after migration: $a; fresh: $b"
done
[ "$(sqlite3 old.db "SELECT name FROM pragma_table_info('umpan_balik') WHERE cid = 4")" = tahun ] \
  || fail "umpan_balik.tahun is not after the key columns"
idx() { sqlite3 "$1" "SELECT type, name, tbl_name FROM sqlite_schema WHERE type IN ('index', 'view') AND sql IS NOT NULL ORDER BY name"; }
[ "$(idx old.db)" = "$(idx new.db)" ] || fail "indexes/views differ: $(idx old.db)"

# The upgraded database works: check, and a re-import that changes nothing.
"$bin" --db old.db check > check.out || fail "check on the migrated database failed"
grep -q '^basis data: utuh' check.out || fail "check lacks the integrity line"
"$bin" --db old.db import csv/*.csv 2> reimport.err || fail "re-import failed: $(cat reimport.err)"
grep -q "capaian, [0-9]* rows: 0 new, 0 replaced" reimport.err || fail "re-import changed capaian: $(cat reimport.err)"
# A second open does not migrate again.
"$bin" --db old.db init 2> /dev/null && [ "$(sqlite3 old.db 'PRAGMA user_version')" = 2 ] || fail "second open"
echo "store migrate: ok"
