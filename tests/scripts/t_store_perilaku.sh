#!/usr/bin/env bash
# BerAKHLAK scores are stored wide (perilaku_skor, doc/store.md) behind the
# long view perilaku. Checks:
#  1. any row order of perilaku.csv loads the same content, with per-value
#     counts; a file with part of the values, then the whole file, counts the
#     rest as new and the part as unchanged; a changed score is replaced;
#  2. a duplicate key is found even when its group comes back later;
#  3. INSERT INTO the view works and an unknown nilai is refused;
#  4. a schema-version-1 database (long perilaku table) is migrated with its
#     content, and passes PRAGMA integrity_check.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
long="SELECT nip, periode, tahun, nilai, sumber, printf('%.17g', skor) FROM perilaku ORDER BY 1, 2, 4, 5"

"$bin" --quiet --db ref.db demo --seed 5 --employees 200 --from 2025 --to 2025 --csv-dir csv
sqlite3 ref.db "$long" > ref.txt
n=$(($(wc -l < csv/perilaku.csv) - 1))
[ "$(wc -l < ref.txt)" = "$n" ] || fail "view has $(wc -l < ref.txt) rows, file $n"
[ "$(sqlite3 ref.db 'PRAGMA integrity_check(perilaku_skor)')" = ok ] || fail "integrity_check of the demo database"

# 1. shuffled rows: same content, every value counted as new
base=(csv/unit.csv csv/pegawai.csv)
{ head -1 csv/perilaku.csv; tail -n +2 csv/perilaku.csv | shuf --random-source=<(yes); } > shuf.csv
"$bin" --db s.db import "${base[@]}" shuf.csv 2> out1 || fail "shuffled import: $(cat out1)"
grep -q "shuf.csv: perilaku, $n rows: $n new, 0 replaced, 0 unchanged" out1 || fail "counts: $(cat out1)"
sqlite3 s.db "$long" | cmp -s - ref.txt || fail "shuffled file loaded other content"

# part of the values first (ATASAN only, and only 4 of the 7 values), then all
{ head -1 csv/perilaku.csv; grep -E ',(AKUNTABEL|KOMPETEN|LOYAL|ADAPTIF),ATASAN,' csv/perilaku.csv; } > part.csv
p=$(($(wc -l < part.csv) - 1))
"$bin" --db p.db import "${base[@]}" part.csv 2> out2 || fail "part import: $(cat out2)"
"$bin" --db p.db import csv/perilaku.csv 2> out3 || fail "full import: $(cat out3)"
grep -q "perilaku, $n rows: $((n - p)) new, 0 replaced, $p unchanged" out3 || fail "counts: $(cat out3)"
sqlite3 p.db "$long" | cmp -s - ref.txt || fail "merged content differs"
# one changed score, one new source for an existing row
line=$(sed -n 2p csv/perilaku.csv)
nip=${line%%,*}
awk -F, -v OFS=, 'NR == 2 { $5 = ($5 == "1.00" ? "1.50" : "1.00") } { print }' csv/perilaku.csv > chg.csv
echo "$nip,$(echo "$line" | cut -d, -f2,3),BAWAHAN,3.25" >> chg.csv
"$bin" --db p.db import chg.csv 2> out4 || fail "changed import: $(cat out4)"
grep -q "perilaku, $((n + 1)) rows: 1 new, 1 replaced, $((n - 1)) unchanged" out4 || fail "counts: $(cat out4)"
[ "$(sqlite3 p.db "SELECT count(*) FROM perilaku WHERE sumber = 'BAWAHAN'")" = 1 ] || fail "BAWAHAN row"

# 2. a duplicate whose group is interrupted by another group
{ cat csv/perilaku.csv; sed -n 2p csv/perilaku.csv; } > dup.csv
set +e; "$bin" --db d.db import "${base[@]}" dup.csv 2> out5; st=$?; set -e
[ "$st" = 2 ] || fail "duplicate: status $st"
grep -q "dup.csv:$((n + 2)): duplicate key .*(first on line 2)" out5 || fail "duplicate: $(cat out5)"
[ "$(sqlite3 d.db 'SELECT count(*) FROM perilaku_skor')" = 0 ] || fail "rows left after a failed import"

# 3. the view takes INSERTs
sqlite3 d.db "INSERT INTO unit (kode_unit, nama_unit) VALUES ('U', 'Unit');
  INSERT INTO pegawai (nip, nama, kode_unit) VALUES (199001012015011001, 'X', 'U');
  INSERT INTO perilaku (nip, periode, tahun, nilai, sumber, skor)
  VALUES (199001012015011001, '2025-S1', 2025, 'LOYAL', 'DIRI', 4.5),
         (199001012015011001, '2025-S1', 2025, 'ADAPTIF', 'DIRI', 3.5);"
[ "$(sqlite3 d.db 'SELECT loyal, adaptif, kompeten IS NULL FROM perilaku_skor')" = "4.5|3.5|1" ] \
  || fail "insert through the view"
sqlite3 d.db "INSERT INTO perilaku VALUES (199001012015011001, '2025-S1', 2025, 'RAMAH', 'DIRI', 4)" \
  2> out6 && fail "unknown nilai accepted"
grep -q "unknown nilai" out6 || fail "unknown nilai: $(cat out6)"

# 4. migration from schema version 1 (the released schema, tests/data/schema_v1.sql)
sqlite3 v1.db < "$(dirname "$(readlink -f "$0")")/../data/schema_v1.sql"
sqlite3 v1.db "
ATTACH 'ref.db' AS r;
INSERT INTO unit (kode_unit, nama_unit, singkatan, jenis_unit, kode_induk, menjadi, berlaku_sampai)
  SELECT kode_unit, nama_unit, singkatan, jenis_unit, kode_induk, menjadi, berlaku_sampai FROM r.unit;
INSERT INTO pegawai (nip, nama, kode_unit, jenis_pegawai, golongan, jabatan, jenis_jabatan,
  nip_atasan, jenis_kelamin) SELECT nip, nama, kode_unit, jenis_pegawai, golongan, jabatan,
  jenis_jabatan, nip_atasan, jenis_kelamin FROM r.pegawai;
INSERT INTO perilaku (nip, periode, tahun, nilai, sumber, skor)
  SELECT nip, periode, tahun, nilai, sumber, skor FROM r.perilaku;
DETACH r;
PRAGMA user_version = 1;"
"$bin" --db v1.db init > /dev/null 2> out7 || fail "init on a version-1 database: $(cat out7)"
[ "$(sqlite3 v1.db 'PRAGMA user_version')" = "$(sqlite3 d.db 'PRAGMA user_version')" ] || fail "not migrated"
sqlite3 v1.db "$long" | cmp -s - ref.txt || fail "migrated content differs"
[ "$(sqlite3 v1.db 'PRAGMA integrity_check')" = ok ] || fail "integrity_check after migration"
echo "store perilaku: ok"
