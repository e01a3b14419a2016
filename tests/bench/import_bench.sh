#!/usr/bin/env bash
# Import benchmark (not part of ./test.sh): generates a dataset with the demo
# generator, then times `kinerja import` of its CSV files into a fresh
# database and reports rows/s and peak RSS.
#
# Usage: tests/bench/import_bench.sh [EMPLOYEES] [FROM] [TO]
#   defaults: 50000 employees, one year (2025)
#   e.g. tests/bench/import_bench.sh 4800 2023 2025   (the demo dataset)
# Uses build-rel/kinerja (built here in Release mode if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
employees=${1:-50000} from=${2:-2025} to=${3:-2025}
if [ ! -x build-rel/kinerja ]; then
  cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build-rel -j "$(nproc)" --target kinerja >/dev/null
fi
bin=$PWD/build-rel/kinerja
work=$(mktemp -d "${TMPDIR:-/tmp}/kj-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "generating $employees employees, $from-$to ..." >&2
"$bin" --quiet --db "$work/gen.db" demo --seed 7 --employees "$employees" --from "$from" --to "$to" \
  --csv-dir "$work/csv"
rows=0
for f in "$work"/csv/*.csv; do rows=$((rows + $(wc -l < "$f") - 1)); done
bytes=$(du -cb "$work"/csv/*.csv | tail -1 | cut -f1)
echo "input: $rows data rows, $((bytes / 1048576)) MiB in $(ls "$work"/csv/*.csv | wc -l) files" >&2
for run in 1 2 3; do
  rm -f "$work/bench.db"
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" --quiet --db "$work/bench.db" import "$work"/csv/*.csv
  read -r secs rss < "$work/time"
  awk -v r="$rows" -v s="$secs" -v m="$rss" -v n="$run" \
    'BEGIN { printf "run %d: %.2f s, %.0f rows/s, peak RSS %.0f MiB\n", n, s, r / s, m / 1024 }'
done
echo "database: $(( $(stat -c %s "$work/bench.db") / 1048576 )) MiB" >&2
