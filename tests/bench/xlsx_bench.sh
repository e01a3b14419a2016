#!/usr/bin/env bash
# Benchmark of the xlsx reader: writes a 100,000-row e-Kinerja-shaped .xlsx,
# builds a tiny driver (-O2, same flags as a Release build) and reads every
# row under /usr/bin/time -v, printing rows/s and the peak RSS.
#
#   tests/bench/xlsx_bench.sh [WORKDIR] [ROWS]   (default build-bench, 100000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${1:-$root/build-bench}
rows=${2:-100000}
mkdir -p "$work"

${CC:-cc} -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DNDEBUG \
  -I"$root/src" -I"$root" $(pkg-config --cflags minizip expat) \
  -o "$work/xlsx_read_bench" "$here/xlsx_read_bench.c" "$root"/src/ingest/xlsx*.c \
  "$root/src/util/buf.c" "$root/src/util/xalloc.c" "$root/src/util/status.c" \
  $(pkg-config --libs minizip expat) -lz -lm

file="$work/ekinerja_$rows.xlsx"
[ -f "$file" ] || /usr/bin/python3 "$here/make_bench_xlsx.py" "$file" "$rows"
ls -l "$file" >&2
/usr/bin/time -v "$work/xlsx_read_bench" "$file" 2> "$work/time.txt"
grep -E "Maximum resident set size|Elapsed \(wall clock\)" "$work/time.txt"
