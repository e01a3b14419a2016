#!/usr/bin/env bash
# Issue 12: the monthly routine's wrapper (scripts/pemantauan-bulanan.sh)
# imports a month and keeps one workbook per month (pemantauan_YYYY-MM.xlsx);
# when the import fails it exits non-zero with a clear message, the database is
# unchanged and no workbook is written or touched.
# Usage: t_bulanan_wrapper.sh KINERJA SCRATCH_DIR
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
wrap="$here/../../scripts/pemantauan-bulanan.sh"
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
run() { bash "$wrap" --kinerja "$bin" --db k.db --format native --out-dir out "$@"; }

printf 'kode_unit,nama_unit\nDINA,Dinas A\n' > unit.csv
{
  echo "nip,nama,kode_unit,nip_atasan"
  echo "197001012000011001,Kepala,DINA,"
  for i in 1 2 3 4 5 6 7; do echo "19800101200501100$i,Staf $i,DINA,197001012000011001"; done
} > pegawai.csv
month() { # YYYY-MM -> penilaian.csv of that month (one employee never rated)
  echo "nip,periode,rating_hasil_kerja,rating_perilaku,nip_penilai,tanggal_dinilai"
  for i in 1 2 3 4 5 6; do
    echo "19800101200501100$i,$1,SESUAI,DI_ATAS,197001012000011001,$1-28"
  done
}
month 2025-05 > mei.csv
month 2025-06 > juni.csv
run unit.csv pegawai.csv mei.csv > out1.txt 2> err1.txt || fail "first month: $(cat err1.txt)"
[ -s out/pemantauan_2025-05.xlsx ] || fail "no pemantauan_2025-05.xlsx"
grep -q "dinilai 6 dari 8" out1.txt || fail "summary: $(cat out1.txt)"
run juni.csv > out2.txt 2> err2.txt || fail "second month: $(cat err2.txt)"
[ -s out/pemantauan_2025-06.xlsx ] || fail "no pemantauan_2025-06.xlsx"
[ -s out/pemantauan_2025-05.xlsx ] || fail "the May workbook is gone"
/usr/bin/python3 "$here/check_xlsx.py" out/pemantauan_2025-06.xlsx || fail "check_xlsx"
# the whole year's file again (idempotent) and an explicit month
cat mei.csv > tahun.csv; tail -n +2 juni.csv >> tahun.csv
"$bin" --db k.db --quiet export --periode 2025-05 --out ex_before
run --periode 2025-05 tahun.csv > /dev/null 2> err3.txt || fail "re-import: $(cat err3.txt)"
[ -s out/pemantauan_2025-05.xlsx ] || fail "no May workbook after --periode 2025-05"
"$bin" --db k.db --quiet export --periode 2025-05 --out ex_after
diff -r ex_before ex_after > /dev/null || fail "re-importing the year changed May's figures"

# a broken file: nothing changes
cp -r out before
dump() { sqlite3 k.db .dump | sha256sum; }
db0=$(dump)
{ month 2025-07; echo "198001012005011007,2025-07,LUAR_BIASA,SESUAI,197001012000011001,2025-07-28"; } > juli.csv
set +e; run juli.csv > out4.txt 2> err4.txt; rc=$?; set -e
[ "$rc" = 2 ] || fail "a bad import exited $rc, expected 2"
grep -q "IMPORT FAILED (exit 2): the database is unchanged and no workbook was written" err4.txt \
  || fail "no clear message: $(cat err4.txt)"
grep -q "juli.csv:8: column rating_hasil_kerja" err4.txt || fail "the bad cell is not named"
[ "$(dump)" = "$db0" ] || fail "the failed import changed the database"
[ ! -e out/pemantauan_2025-07.xlsx ] || fail "a workbook was written after a failed import"
diff -r before out > /dev/null || fail "existing workbooks changed"
set +e; bash "$wrap" --kinerja "$bin" --db k.db > /dev/null 2>&1; rc=$?; set -e
[ "$rc" = 1 ] || fail "no file: exit $rc, expected 1"
echo "bulanan wrapper: ok"
