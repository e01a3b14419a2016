#!/usr/bin/env bash
# Monthly-routine benchmark (issue 12, "done when" 4; not part of ./test.sh):
# on the default demo, times the import of one month into a database holding
# everything before it, two ways:
#   - December 2025 in the contract CSVs: its monthly penilaian and capaian
#     rows and its feedback events;
#   - December 2025 as the e-Kinerja export the monthly routine imports
#     (make_ekinerja_month.py: the month's appraisals and not-rated rows as
#     "Laporan Penilaian SKP", .xlsx, --format ekinerja);
# against the workbooks of the 12 consecutive months January .. December
# 2025, made
#   a) by one command, report bulanan --periode 2025-01..2025-12 (each year's
#      data loaded once, the workbooks written by --jobs processes; with the
#      default jobs and with --jobs 1), and
#   b) by 12 separate runs of report bulanan --periode 2025-MM (what a
#      monthly cron job does once a month),
# and export --periode for the same months. Prints wall-clock and CPU
# seconds (user + system, children included) of each. The import and the
# range are timed in KJ_BENCH_ROUNDS interleaved rounds (default 5). Run it
# on an idle machine: the wall-clock figures of a loaded one mean little.
#
# Usage: tests/bench/bulanan_bench.sh [KINERJA [BASELINE]]   (default: build/kinerja)
# With BASELINE (another build's kinerja, e.g. of an earlier commit), each
# round also times its 12-month range, on the same database, for an A/B
# comparison under the same conditions.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
bin=$(readlink -f "${1:-build/kinerja}")
base=${2:+$(readlink -f "$2")}
work=$(mktemp -d "${TMPDIR:-/tmp}/kj-bulanan-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
"$bin" --quiet --db gen.db demo --csv-dir csv
mkdir -p before month
for f in csv/*.csv; do
  b=$(basename "$f")
  case $b in
    penilaian.csv|capaian.csv)
      head -1 "$f" > "month/$b"; head -1 "$f" > "before/$b"
      tail -n +2 "$f" | awk -F, '$2 == "2025-12"' >> "month/$b"
      tail -n +2 "$f" | awk -F, '$2 != "2025-12"' >> "before/$b" ;;
    umpan_balik.csv)
      head -1 "$f" > "month/$b"; head -1 "$f" > "before/$b"
      tail -n +2 "$f" | awk -F, 'substr($1, 1, 7) == "2025-12"' >> "month/$b"
      tail -n +2 "$f" | awk -F, 'substr($1, 1, 7) != "2025-12"' >> "before/$b" ;;
    *) cp "$f" "before/$b" ;;
  esac
done
"$bin" --quiet --db base.db import before/*.csv
/usr/bin/python3 "$root/tests/bench/make_ekinerja_month.py" csv 2025-12 month.xlsx 2> ek.txt
ek_rows=$(sed -n 's/.*: \([0-9]*\) rows.*/\1/p' ek.txt)
rows=0
for f in month/*.csv; do rows=$((rows + $(wc -l < "$f") - 1)); done
rounds=${KJ_BENCH_ROUNDS:-5}
t() { /usr/bin/time -f "%e %U %S" -o tm "$@" > /dev/null 2>&1; read -r e u s < tm; }
# (GNU time reports the children a command waited for, so the workbook
# processes of a range count in its CPU seconds.)
# Interleaved rounds: the import of December into a copy of the database
# before it (the CSVs, then the e-Kinerja export into another copy), then
# the 12 months in one command with the default jobs and with --jobs 1;
# wall-clock times on a shared machine drift, and interleaving keeps the
# comparison fair.
: > rounds.txt
for r in $(seq "$rounds"); do
  cp base.db k.db
  t "$bin" --quiet --db k.db import month/penilaian.csv month/capaian.csv month/umpan_balik.csv
  echo "import $e $(echo "$u + $s" | bc)" >> rounds.txt
  cp base.db e.db
  t "$bin" --quiet --db e.db import --format ekinerja month.xlsx
  echo "ekinerja $e $(echo "$u + $s" | bc)" >> rounds.txt
  rm -rf tahun
  t "$bin" --quiet --db k.db report bulanan --periode 2025-01..2025-12 --out tahun
  echo "range $e $(echo "$u + $s" | bc)" >> rounds.txt
  rm -rf tahun1
  t "$bin" --quiet --db k.db report bulanan --jobs 1 --periode 2025-01..2025-12 --out tahun1
  echo "range1 $e $(echo "$u + $s" | bc)" >> rounds.txt
  if [ -n "$base" ]; then
    rm -rf tahunb
    t "$base" --quiet --db k.db report bulanan --periode 2025-01..2025-12 --out tahunb
    echo "rangeb $e $(echo "$u + $s" | bc)" >> rounds.txt
  fi
done
summ() { # what, label
  awk -v w="$1" -v l="$2" '$1 == w {n++; sw += $2; sc += $3; if (n == 1 || $2 < lo) lo = $2; if ($2 > hi) hi = $2}
    END {printf "%s: %.3f s wall (%.2f-%.2f), %.3f s CPU, mean of %d\n", l, sw / n, lo, hi, sc / n, n}' rounds.txt
}
summ import "import of December 2025 ($rows rows)"
summ ekinerja "import of December 2025 as the e-Kinerja export ($ek_rows rows, .xlsx)"
summ range "report bulanan --periode 2025-01..2025-12 (default jobs, $(nproc) cores)"
summ range1 "report bulanan --periode 2025-01..2025-12 --jobs 1"
[ -z "$base" ] || summ rangeb "the same with the baseline $base (default jobs)"
tw=0 tc=0
for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
  t "$bin" --quiet --db k.db report bulanan --periode "2025-$m" --out "b$m.xlsx"
  tw=$(echo "$tw + $e" | bc); tc=$(echo "$tc + $u + $s" | bc)
done
echo "report bulanan, 12 separate runs (2025-01 .. 2025-12): $tw s wall, $tc s CPU" \
  "($(echo "scale=3; $tw / 12" | bc) s wall a month)"
for m in 01 06 12; do
  cmp -s "b$m.xlsx" "tahun/pemantauan_2025-$m.xlsx" || echo "WARNING: 2025-$m differs between the range and a single run"
done
tw=0 tc=0
for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
  t "$bin" --quiet --db k.db export --periode "2025-$m" --out "e$m"
  tw=$(echo "$tw + $e" | bc); tc=$(echo "$tc + $u + $s" | bc)
done
echo "export --periode, 12 months: $tw s wall, $tc s CPU"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
verdict() { # what, label
  awk -v w="$1" -v l="$2" '$1 == w {iw[++i] = $2; ic[i] = $3} $1 == "range" {rw[++j] = $2; rc[j] = $3}
    END {for (k = 1; k <= i; k++) {sw += iw[k]; sc += ic[k]; tw += rw[k]; tc += rc[k]; won += rw[k] < iw[k]}
         printf "done-when 4, the 12 months in one command < %s: wall %.3f s vs %.3f s: %s " \
                "(shorter in %d of %d rounds); CPU %.3f s vs %.3f s: %s\n", l, tw / j, sw / i,
                tw < sw ? "met" : "not met", won, i, tc / j, sc / i, tc < sc ? "met" : "not met"}' rounds.txt
}
verdict import "import of one month (CSV)"
verdict ekinerja "import of one month (e-Kinerja export)"
