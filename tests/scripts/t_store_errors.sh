#!/usr/bin/env bash
# Database errors map to the exit codes of cli.md: a newer schema, a file that
# is not a database, an SQLite database that is not kinerja's and a database
# locked by another process exit 4 with a clear message, and so does `kinerja
# check` on a damaged file (PRAGMA integrity_check); a missing database
# for a reading command exits 3; `kinerja init` creates and reports the schema.
set -uo pipefail
bin=$(readlink -f "$1") scratch=$2
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() { # status pattern command...
  local want=$1 pat=$2; shift 2
  "$@" > out.txt 2> err.txt; local got=$?
  [ "$got" = "$want" ] || fail "$*: exit $got, expected $want ($(cat err.txt))"
  grep -q -- "$pat" err.txt || fail "$*: message lacks '$pat': $(cat err.txt)"
}

expect 0 "schema version [0-9]" "$bin" --db new.db init
v=$(sed -n 's/.*schema version \([0-9]*\).*/\1/p' err.txt)
[ "$(sqlite3 new.db 'PRAGMA user_version')" = "$v" ] || fail "init did not set user_version $v"
# (upgrades from older schema versions: t_store_migrate.sh)

cp new.db newer.db; sqlite3 newer.db 'PRAGMA user_version = 99'
expect 4 "schema version 99 is newer than this kinerja" "$bin" --db newer.db summary

printf 'this is not a database, just text that is long enough to be read as a header....\n%.0s' {1..20} > text.db
expect 4 "text.db" "$bin" --db text.db summary

sqlite3 other.db 'CREATE TABLE t (x)'
expect 4 "not a kinerja database" "$bin" --db other.db summary

# A damaged file (two indexes share one b-tree): `check` runs PRAGMA
# integrity_check and exits 4 naming the finding.
"$bin" --quiet --db damaged.db demo --employees 200 --from 2025 --to 2025 --csv-dir demo-csv
sqlite3 damaged.db "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET rootpage =
  (SELECT rootpage FROM sqlite_schema WHERE name = 'skm_tahun') WHERE name = 'umpan_balik_tahun';"
expect 4 "damaged.db: the database is damaged: PRAGMA integrity_check reports '2nd reference to page" \
  "$bin" --db damaged.db check

expect 3 "no database here" "$bin" --db missing.db summary
[ ! -e missing.db ] || fail "a reading command created the database"

# another process holds the write lock longer than the busy timeout
printf 'kode_unit,nama_unit\nX,Unit X\n' > unit.csv
( sqlite3 new.db 'BEGIN EXCLUSIVE; SELECT 1;' '.shell sleep 6' 'COMMIT;' > /dev/null 2>&1 ) &
sleep 1
expect 4 "locked" "$bin" --db new.db import unit.csv
wait
expect 0 "1 new" "$bin" --db new.db import unit.csv
echo "store errors: ok"
