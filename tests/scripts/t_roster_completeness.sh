#!/usr/bin/env bash
# Issue 12, "done when" 0: completeness (analytics §9) divides by the roster of
# each period (data.md): on the demo (which writes mulai/selesai/status for its
# joiners and retirees) and on a small roster with never-rated employees, a
# joiner, a retiree and a unit change, every OPD and period of every year —
# the newest month included — equals an independent recomputation in Python
# (roster_check.py). Also: the new pegawai columns are validated (status
# without selesai, selesai before mulai, AKTIF with a past selesai: exit 2,
# database unchanged) and kept when a later file lacks them.
# Usage: t_roster_completeness.sh KINERJA SCRATCH_DIR
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }

# ---- the demo ---------------------------------------------------------------
"$bin" --db demo.db --quiet demo --csv-dir csv || fail "demo"
[ "$(sqlite3 demo.db "SELECT count(*) FROM pegawai WHERE status = 'PENSIUN' AND selesai IS NOT NULL")" -gt 0 ] \
  || fail "the demo writes no retirees"
[ "$(sqlite3 demo.db "SELECT count(*) FROM pegawai WHERE mulai IS NOT NULL")" -gt 0 ] \
  || fail "the demo writes no joiners"
for y in $(sqlite3 demo.db "SELECT DISTINCT tahun FROM penilaian ORDER BY 1"); do
  "$bin" --db demo.db --quiet export --year "$y" --out "ex$y" || fail "export $y"
  /usr/bin/python3 "$here/roster_check.py" demo.db "ex$y" "$y" || fail "demo $y differs"
done
# the newest month is not complete just because it is the newest
dec=$(awk -F, '$1 == 2025 && $2 == "KOTA" && $3 == "2025-12" { print $5 < $4 }' ex2025/kualitas_data.csv)
[ "$dec" = 1 ] || fail "December 2025 looks complete"

# ---- a roster with never-rated employees ------------------------------------
cat > unit.csv <<'CSV'
kode_unit,nama_unit,kode_induk
DINA,Dinas A,
DINA.1,Bidang A1,DINA
DINB,Dinas B,
CSV
# 1001 always rated; 1002 never rated; 1003 joins 15 March; 1004 retires end of
# February; 1005 moves from DINA to DINB with no record from May (unit of the
# latest record: DINA); 1006 is never rated and in DINB.
cat > pegawai.csv <<'CSV'
nip,nama,kode_unit,mulai,selesai,status
198001012005011001,Satu,DINA.1,,,
198001012005011002,Dua,DINA,,,AKTIF
198001012005011003,Tiga,DINB,2025-03-15,,
196501012005011004,Empat,DINA,,2025-02-28,PENSIUN
198001012005011005,Lima,DINB,,,
198001012005012006,Enam,DINB,,,
CSV
{
  echo "nip,periode,rating_hasil_kerja,rating_perilaku,kode_unit,tanggal_dinilai"
  for m in 01 02 03 04 05 06; do echo "198001012005011001,2025-$m,SESUAI,SESUAI,DINA.1,2025-$m-28"; done
  for m in 04 05; do echo "198001012005011003,2025-$m,SESUAI,SESUAI,DINB,2025-$m-28"; done
  for m in 01 02; do echo "196501012005011004,2025-$m,SESUAI,SESUAI,DINA,2025-$m-28"; done
  for m in 01 02 03 04; do echo "198001012005011005,2025-$m,SESUAI,SESUAI,DINA,2025-$m-28"; done
} > penilaian.csv
"$bin" --db small.db --quiet import unit.csv pegawai.csv penilaian.csv || fail "small import"
"$bin" --db small.db --quiet export --year 2025 --out exs || fail "small export"
/usr/bin/python3 "$here/roster_check.py" small.db exs 2025 || fail "small roster differs"
want() { # opd periode roster dinilai
  got=$(awk -F, -v o="$1" -v p="$2" '$2 == o && $3 == p { print $4 "/" $5 }' exs/kualitas_data.csv)
  [ "$got" = "$3/$4" ] || fail "$1 $2: roster/dinilai $got, expected $3/$4"
}
want DINA 2025-01 4 3   # 1001 1002 1004 1005 (1002 never rated stays in)
want DINA 2025-03 3 2   # 1004 retired, 1003 in DINB
want DINB 2025-03 2 0   # 1003 joined mid-March (not rated), 1006
want DINA 2025-06 3 1   # 1005 still counted in DINA (latest record), not rated
want KOTA 2025-06 5 1   # the newest month: 5 expected, 1 rated
[ "$(sqlite3 small.db "SELECT mulai || '|' || status FROM pegawai WHERE nip = 198001012005011003")" = "2025-03-15|AKTIF" ] \
  || fail "mulai/status not stored"

# a later roster file without the columns keeps the dates
printf 'nip,nama,kode_unit\n198001012005011003,Tiga Baru,DINB\n' > pegawai2.csv
"$bin" --db small.db --quiet import pegawai2.csv || fail "import without the columns"
[ "$(sqlite3 small.db "SELECT mulai || '|' || nama FROM pegawai WHERE nip = 198001012005011003")" = "2025-03-15|Tiga Baru" ] \
  || fail "a file without mulai erased it"

# ---- validation: exit 2, nothing changed -------------------------------------
before=$(sqlite3 small.db "SELECT group_concat(nip || mulai || selesai || status) FROM pegawai")
bad() { # pattern csv-line
  printf 'nip,nama,kode_unit,mulai,selesai,status\n%s\n' "$2" > bad.csv
  set +e; "$bin" --db small.db import bad.csv 2> err.txt; rc=$?; set -e
  [ "$rc" = 2 ] || fail "bad row '$2': exit $rc, expected 2"
  grep -q "bad.csv:2: column selesai: .*$1" err.txt || fail "bad row '$2': message: $(cat err.txt)"
}
bad "requires selesai" "198001012005011002,Dua,DINA,,,PENSIUN"
bad "lies before mulai" "198001012005011002,Dua,DINA,2025-03-01,2025-02-01,PINDAH"
bad "with status AKTIF lies before the newest data" "198001012005011002,Dua,DINA,,2025-01-31,AKTIF"
[ "$(sqlite3 small.db "SELECT group_concat(nip || mulai || selesai || status) FROM pegawai")" = "$before" ] \
  || fail "a rejected import changed the database"
printf 'nip,nama,kode_unit,status\n198001012005011002,Dua,DINA,Bekerja\n' > bad2.csv
set +e; "$bin" --db small.db import bad2.csv 2> err.txt; rc=$?; set -e
[ "$rc" = 2 ] && grep -q "column status" err.txt || fail "unknown status accepted: $(cat err.txt)"
# AKTIF with a selesai after the newest data (a known future retirement) is fine
printf 'nip,nama,kode_unit,selesai\n198001012005011002,Dua,DINA,2026-05-31\n' > ok.csv
"$bin" --db small.db --quiet import ok.csv || fail "a future selesai with AKTIF was rejected"

# (the upgrade of older databases to the pegawai columns: t_store_migrate.sh)
echo "roster completeness: ok"
