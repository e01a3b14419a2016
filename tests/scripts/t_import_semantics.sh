#!/usr/bin/env bash
# Import semantics on a small demo city (data.md "Import semantics"):
#  1. importing the same files twice changes nothing (full .dump compared);
#  2. a bad row in the last of several files leaves the database exactly as it
#     was, even when earlier files in the same import changed rows;
#  3. --dry-run validates everything and changes nothing;
#  4. a changed file replaces rows and the counts say so.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" --quiet --db city.db demo --seed 11 --employees 300 --from 2024 --to 2025 --csv-dir csv
sqlite3 city.db .dump > dump1

# 1. same files again: every file reports 0 new and 0 replaced; the dump is identical
"$bin" --db city.db import csv/*.csv 2> out2 || fail "second import failed: $(cat out2)"
grep -E ': [0-9]+ rows?: ' out2 | grep -vE ': [0-9]+ rows?: 0 new, 0 replaced, [0-9]+ unchanged' \
  && fail "second import changed rows"
grep -q 'skm: these bytes were imported before' out2 || fail "skm file was not skipped by SHA-256"
sqlite3 city.db .dump > dump2
cmp -s dump1 dump2 || fail "database changed by importing the same files twice"

# 2. a changed first file plus a bad row in the last file: nothing changes
mkdir bad; cp csv/*.csv bad/
sed -i '2s/DI_ATAS/SESUAI/; 2s/,SESUAI,SESUAI,/,DI_BAWAH,DI_BAWAH,/' bad/penilaian.csv
echo "2025-13-01,$(sed -n 2p bad/umpan_balik.csv | cut -d, -f2-)" >> bad/umpan_balik.csv
set +e; "$bin" --db city.db import bad/*.csv 2> out3; status=$?; set -e
[ "$status" = 2 ] || fail "bad last file: status $status, expected 2"
grep -q "umpan_balik.csv:$(wc -l < bad/umpan_balik.csv): column tanggal:" out3 || fail "error not located: $(cat out3)"
sqlite3 city.db .dump > dump3
cmp -s dump1 dump3 || fail "a failed import changed the database"

# 3. dry run of valid changed files: reports, changes nothing
cp csv/umpan_balik.csv bad/umpan_balik.csv
"$bin" --db city.db import --dry-run bad/*.csv 2> out4 || fail "dry run failed: $(cat out4)"
grep -q 'dry run, nothing changed' out4 || fail "dry run not announced"
sqlite3 city.db .dump > dump4
cmp -s dump1 dump4 || fail "--dry-run changed the database"

# 4. the same changed file for real: exactly one penilaian row replaced
"$bin" --db city.db import bad/penilaian.csv 2> out5 || fail "replace import failed"
grep -qE 'penilaian, [0-9]+ rows: 0 new, 1 replaced, [0-9]+ unchanged, 0 skipped' out5 \
  || fail "expected exactly one replaced row: $(cat out5)"
[ "$(sqlite3 city.db 'PRAGMA integrity_check')" = ok ] \
  || fail "integrity_check after the imports: $(sqlite3 city.db 'PRAGMA integrity_check' | head -3)"
"$bin" --db city.db check > check.out || fail "kinerja check failed"
grep -q '^basis data: utuh (PRAGMA integrity_check ok)$' check.out \
  || fail "kinerja check does not report the integrity check"
echo "import semantics: ok"
