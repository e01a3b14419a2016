#!/usr/bin/env bash
# `kinerja template` (data.md "The data-entry template"):
#  1. without a database and with one (its units in a _unit sheet feeding
#     the unit dropdowns), in Indonesian and English: template_check.py finds
#     every sheet's header equal to doc/input-format.md's columns, a note on
#     every header cell, the validations and the text/date column formats;
#  2. the template filled by a script with a few rows per kind loads with
#     `kinerja import FILE.xlsx` without errors or warnings about columns;
#  3. usage errors exit 1; an unwritable target exits 3 and leaves nothing.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
doc="$here/../../doc/input-format.md"
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" --db none.db template --out kosong.xlsx 2> out.t || fail "template: $(cat out.t)"
[ -e none.db ] && fail "template created a database"
/usr/bin/python3 "$here/template_check.py" kosong.xlsx "$doc" isi.xlsx > /dev/null \
  || fail "template without a database"
"$bin" --db isi.db import isi.xlsx 2> out.i || fail "the filled template does not load: $(cat out.i)"
grep -q "warning" out.i && fail "warnings loading the filled template: $(cat out.i)"
[ "$(sqlite3 isi.db "SELECT (SELECT count(*) FROM unit) || ' ' || (SELECT count(*) FROM pegawai)
  || ' ' || (SELECT count(*) FROM penilaian) || ' ' || (SELECT count(*) FROM capaian) || ' ' ||
  (SELECT count(*) FROM perilaku) || ' ' || (SELECT count(*) FROM skm) || ' ' ||
  (SELECT count(*) FROM umpan_balik) || ' ' || (SELECT count(*) FROM kinerja_organisasi)")" \
  = "2 2 2 1 2 2 1 1" ] || fail "the filled template loaded other counts"

# with a database: its units in _unit, in English too
printf 'kode_unit,nama_unit,kode_induk\nDINKES,Dinas Kesehatan,\nPKM,Puskesmas Sadabuan,DINKES\nDISDIK,Dinas Pendidikan,\n' > unit.csv
"$bin" --db kota.db --quiet import unit.csv
"$bin" --db kota.db template --lang en --out en.xlsx 2> out.e || fail "template en: $(cat out.e)"
grep -q "3 units from kota.db" out.e || fail "units not read: $(cat out.e)"
/usr/bin/python3 "$here/template_check.py" en.xlsx "$doc" isi_en.xlsx 3 > /dev/null \
  || fail "template with a database"
/usr/bin/python3 -c 'import sys, zipfile; z = zipfile.ZipFile("en.xlsx")
sys.exit(0 if any(b"Required" in z.read(n) for n in z.namelist() if "comments" in n) else 1)' \
  || fail "English notes"

set +e
"$bin" template 2> out.u; s1=$?
"$bin" template --lang fr --out x.xlsx 2> out.u2; s2=$?
"$bin" --db none.db template --out nodir/x.xlsx 2> out.w; s3=$?
set -e
[ "$s1" = 1 ] && [ "$s2" = 1 ] || fail "usage errors: $s1 $s2"
[ "$s3" = 3 ] || fail "unwritable target: exit $s3: $(cat out.w)"
[ -e nodir ] && fail "a directory was created"
echo "template: ok"
