#!/usr/bin/env bash
# Per-OPD file names never leave --out (issue 6, done-when 2; cli.md "Output
# files"). Unit codes are 1-32 characters of [A-Za-z0-9._-] (data.md), so
# codes with a '/' ("../x", "a/b") are refused at import — nothing is
# loaded, exit 2 — and the file-name function's handling of them is tested
# directly in test_reports_rapor.c. Codes the import accepts that look like
# paths ("..", ".x", "...") become plain names inside --out, for --all and
# for --unit with --out naming a directory; nothing appears anywhere else.
# Usage: t_rapor_paths.sh KINERJA SCRATCH_DIR
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch/in" "$scratch/work"; cd "$scratch/work"
fail() { echo "FAIL: $*" >&2; exit 1; }
export KINERJA_DB=city.db

/usr/bin/python3 - <<'EOF'
import csv
units = [("..", "Dinas Titik Dua"), (".x", "Dinas Titik X"), ("...", "Dinas Tiga Titik"),
         ("A", "Dinas A")]
def write(name, header, rows):
    with open(f"../in/{name}", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
write("unit.csv", ["kode_unit", "nama_unit", "kode_induk"], [(k, n, "") for k, n in units])
rows_p, rows_n = [], []
seq = 0
for kode, _ in units:
    for e in range(6):
        seq += 1
        nip = f"19800101200501{1 + e % 2}{seq:03d}"
        rows_p.append([nip, f"Pegawai Uji {seq}", kode])
        for m in range(1, 7):
            top = (seq + m) % 3 == 0
            rows_n.append([nip, f"2025-{m:02d}", "DI_ATAS" if top else "SESUAI",
                           "DI_ATAS" if top else "SESUAI", kode])
write("pegawai.csv", ["nip", "nama", "kode_unit"], rows_p)
write("penilaian.csv", ["nip", "periode", "rating_hasil_kerja", "rating_perilaku", "kode_unit"],
      rows_n)
write("bad_slash.csv", ["kode_unit", "nama_unit", "kode_induk"], [("../x", "Jalan Keluar", "")])
write("bad_sub.csv", ["kode_unit", "nama_unit", "kode_induk"], [("a/b", "Dinas A/B", "")])
EOF
"$bin" --quiet init || fail "init"
"$bin" --quiet import ../in/unit.csv ../in/pegawai.csv ../in/penilaian.csv 2> import.log ||
  fail "import: $(tail -3 import.log)"

# codes with '/' are refused at import, naming the file, line and column
for bad in bad_slash bad_sub; do
  set +e; "$bin" import "../in/$bad.csv" > /dev/null 2> err.log; rc=$?; set -e
  [ "$rc" -eq 2 ] || fail "import $bad.csv: exit $rc, expected 2"
  grep -q "$bad.csv:2: column kode_unit" err.log || fail "import $bad.csv: $(cat err.log)"
done

ls -A .. | sort > before.txt
"$bin" --quiet report opd --all --out out || fail "report opd --all"
ls -A .. | sort > after.txt
cmp -s before.txt after.txt || fail "files appeared next to the work directory: $(diff before.txt after.txt)"
ls -A out | sort > names.txt
printf '%s\n' rapor__..._2025.xlsx rapor_.x_2025.xlsx rapor_A_2025.xlsx rapor__.._2025.xlsx |
  sort > want.txt
cmp -s names.txt want.txt || fail "--all wrote $(tr '\n' ' ' < names.txt)"
for f in out/*; do
  [ -f "$f" ] && [ ! -L "$f" ] || fail "$f is not a plain file"
  /usr/bin/python3 "$here/check_xlsx.py" "$f" > check.log || fail "check_xlsx $f: $(head -3 check.log)"
done

# --unit with --out naming an existing directory: inside it, nowhere else
mkdir -p dir
"$bin" --quiet report opd --unit .. --out dir || fail "report opd --unit .."
"$bin" --quiet report opd --unit .x --out dir || fail "report opd --unit .x"
[ "$(ls -A dir | sort | tr '\n' ' ')" = "rapor_.x_2025.xlsx rapor__.._2025.xlsx " ] ||
  fail "--unit into a directory wrote $(ls -A dir)"
ls -A .. | sort > after.txt
cmp -s before.txt after.txt || fail "files appeared outside --out"
# the same OPD, the same bytes
cmp -s dir/rapor__.._2025.xlsx out/rapor__.._2025.xlsx || fail "--unit .. differs from --all"
echo "ok"
