#!/usr/bin/env bash
# A real schema-version-1 database (tests/data/schema_v1.sql: the schema as
# first released) with a row in every table is upgraded by this kinerja in one
# step through every migration: afterwards its tables, views, columns and
# indexes are exactly those of a new database, PRAGMA integrity_check is ok,
# and every row it held reads back unchanged (the perilaku scores through the
# long view). Written once for all migrations, so a new one is covered the day
# it is added. Then the same on a whole demo city.
set -uo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" --db new.db --quiet init || fail "init"
sqlite3 v1.db < "$here/data/schema_v1.sql" || fail "the version-1 schema"
sqlite3 v1.db <<'SQL' || fail "version-1 rows"
PRAGMA foreign_keys = ON;
INSERT INTO unit VALUES ('OPD', 'Dinas Contoh', 'DC', 'DINAS', NULL, NULL, NULL);
INSERT INTO pegawai VALUES (198001012005011001, 'Satu', 'OPD', 'PNS', 'III/b', 'Analis', 'FUNGSIONAL',
                            NULL, 'L');
INSERT INTO penilaian VALUES (198001012005011001, '2025-01', 2025, 'SESUAI', 'SESUAI', 'BAIK', NULL,
                              'OPD', NULL, '2025-02-03');
INSERT INTO penilaian_kosong VALUES (198001012005011001, '2025-02', 2025, 'OPD');
INSERT INTO capaian VALUES (198001012005011001, '2025-01', 2025, 'R1', 'Dokumen', 10, 9, 'UTAMA',
                            'KUANTITAS', 'NAIK', 'dokumen', 1);
INSERT INTO perilaku VALUES (198001012005011001, '2025-01', 2025, 'BERORIENTASI_PELAYANAN', 'ATASAN', 4.5);
INSERT INTO perilaku VALUES (198001012005011001, '2025-01', 2025, 'ADAPTIF', 'ATASAN', 3.0);
INSERT INTO skm (kode_unit, periode, tahun, id_responden, u1, u2, u3, u4, u5, u6, u7, u8, u9)
  VALUES ('OPD', '2025-Q1', 2025, 'R1', 4, 3, 4, 3, 4, 3, 4, 3, 4);
INSERT INTO umpan_balik VALUES ('2025-01-15', 2025, 198001012005011999, 198001012005011001, 'APRESIASI');
INSERT INTO kinerja_organisasi VALUES ('OPD', 2025, 'BAIK', 95.5);
INSERT INTO import_file VALUES ('ab', 'unit', 'unit.csv', 'native', 1, 1, 0, 0, 0, '2025-01-01 00:00:00');
PRAGMA user_version = 1;
SQL

content() { # the version-1 rows, read the same way from any schema version
  sqlite3 "$1" <<'SQL'
SELECT kode_unit, nama_unit, singkatan, jenis_unit FROM unit;
SELECT nip, nama, kode_unit, jenis_pegawai, golongan, jabatan, jenis_jabatan, jenis_kelamin FROM pegawai;
SELECT nip, periode, tahun, predikat, kode_unit, tanggal_dinilai FROM penilaian;
SELECT nip, periode, tahun, kode_unit FROM penilaian_kosong;
SELECT nip, periode, tahun, kode_rhk, indikator, target, realisasi, arah, satuan, bobot FROM capaian;
SELECT nip, periode, tahun, nilai, sumber, skor FROM perilaku ORDER BY nip, periode, nilai, sumber;
SELECT kode_unit, periode, tahun, u1, u5, u9 FROM skm;
SELECT tanggal, tahun, nip_pemberi, nip_penerima, jenis FROM umpan_balik;
SELECT kode_unit, tahun, predikat, capaian FROM kinerja_organisasi;
SELECT sha256, kind, nama_file, n_baris FROM import_file WHERE sha256 = 'ab';
SQL
}
content v1.db > before.txt || fail "reading the version-1 rows"

# Any command that writes opens the database and upgrades it.
printf 'kode_unit,nama_unit\nV2,Unit Baru\n' > unit.csv
"$bin" --db v1.db --quiet import unit.csv 2> err.txt || fail "import into a version-1 database: $(cat err.txt)"

[ "$(sqlite3 v1.db 'PRAGMA user_version')" = "$(sqlite3 new.db 'PRAGMA user_version')" ] \
  || fail "user_version $(sqlite3 v1.db 'PRAGMA user_version') after the upgrade"
[ "$(sqlite3 v1.db 'PRAGMA integrity_check')" = ok ] || fail "integrity_check: $(sqlite3 v1.db 'PRAGMA integrity_check')"
[ -z "$(sqlite3 v1.db 'PRAGMA foreign_key_check')" ] || fail "foreign keys: $(sqlite3 v1.db 'PRAGMA foreign_key_check')"

shape() { # every table, view and index with its columns (ALTER TABLE appends, so compare by name)
  sqlite3 "$1" "SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
  for t in $(sqlite3 "$1" "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name"); do
    sqlite3 "$1" "SELECT '$t', name, type, \"notnull\", coalesce(dflt_value, ''), pk FROM pragma_table_info('$t') ORDER BY name"
  done
  for i in $(sqlite3 "$1" "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"); do
    sqlite3 "$1" "SELECT '$i', seqno, name FROM pragma_index_info('$i')"
  done
}
shape new.db > shape_new.txt; shape v1.db > shape_v1.txt
diff shape_new.txt shape_v1.txt > shape.diff || fail "the upgraded schema differs from a new one: $(cat shape.diff)"

content v1.db | grep -v '^V2|' > after.txt
diff before.txt after.txt > content.diff || fail "rows changed by the upgrade: $(cat content.diff)"

# The same on a whole demo city (every row of every version-1 table, filled
# from a current database through the columns version 1 has): before the
# upgrade SQLite 3.40 reports "NULL value in umpan_balik.tahun" on this
# layout; after it integrity_check is ok, every row reads back the same, and
# `check` and a re-import that changes nothing work on the upgraded database.
"$bin" --quiet --db demo.db demo --employees 200 --from 2024 --to 2025 --csv-dir csv
sqlite3 old.db < "$here/data/schema_v1.sql"
tables="unit pegawai kinerja_organisasi penilaian penilaian_kosong capaian perilaku skm umpan_balik import_file"
for t in $tables; do
  cols=$(sqlite3 old.db "SELECT group_concat(name, ', ') FROM pragma_table_info('$t')")
  sqlite3 old.db "ATTACH 'demo.db' AS n; INSERT INTO main.$t ($cols) SELECT $cols FROM n.$t;" \
    || fail "filling version-1 $t"
done
sqlite3 old.db 'PRAGMA user_version = 1'
rows() { # every version-1 column of every version-1 table, columns and rows in name order
  local t cols
  for t in $tables; do
    cols=$(sqlite3 old1.db "SELECT group_concat(name, ', ') FROM (SELECT name FROM pragma_table_info('$t') ORDER BY name)")
    echo "== $t ($cols)"
    sqlite3 "$1" "SELECT $cols FROM $t ORDER BY $cols"
  done
}
cp old.db old1.db
rows old.db > rows_before.txt
[ "$(grep -c . rows_before.txt)" -gt 10000 ] || fail "the version-1 demo database is nearly empty"
"$bin" --db old.db init 2> init.err || fail "init (upgrade) failed: $(cat init.err)"
[ "$(sqlite3 old.db 'PRAGMA integrity_check')" = ok ] \
  || fail "integrity_check after the upgrade: $(sqlite3 old.db 'PRAGMA integrity_check' | head -3)"
rows old.db > rows_after.txt
cmp -s rows_before.txt rows_after.txt || { diff rows_before.txt rows_after.txt | head -5; fail "the upgrade changed rows"; }
"$bin" --db old.db check > check.out || fail "check on the upgraded database failed"
grep -q '^basis data: utuh' check.out || fail "check lacks the integrity line"
"$bin" --db old.db import csv/*.csv 2> reimport.err || fail "re-import failed: $(cat reimport.err)"
grep -q "capaian, [0-9]* rows: 0 new, 0 replaced" reimport.err || fail "re-import changed capaian: $(cat reimport.err)"
echo "store migration 1 -> $(sqlite3 v1.db 'PRAGMA user_version'): ok"
