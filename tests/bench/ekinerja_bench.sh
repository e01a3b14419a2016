#!/usr/bin/env bash
# Benchmark of `kinerja import --format ekinerja` (not part of ./test.sh):
# writes a valid 100,000-row e-Kinerja export (make_ekinerja_bench.py) as
# .xlsx and as .csv, then times the full import of each into a fresh
# database three times, and once more into the loaded database (every row
# unchanged), reporting rows/s and the peak RSS.
#
# Usage: tests/bench/ekinerja_bench.sh [WORKDIR] [ROWS]   (default build-ekinerja-bench, 100000)
# Builds kinerja in Release mode into build-ekinerja-rel if it is missing.
# On a shared machine compare the user times too: wall time follows the load.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${1:-$root/build-ekinerja-bench}
rows=${2:-100000}
mkdir -p "$work"
if [ ! -x "$root/build-ekinerja-rel/kinerja" ]; then
  cmake -S "$root" -B "$root/build-ekinerja-rel" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build-ekinerja-rel" -j "$(nproc)" --target kinerja >/dev/null
fi
bin=$root/build-ekinerja-rel/kinerja

measure() { # label, database, file
  /usr/bin/time -f "%e %U %M" -o "$work/time" "$bin" --db "$2" import --format ekinerja "$3" \
    2> "$work/out" || { cat "$work/out" >&2; exit 1; }
  read -r secs user rss < "$work/time"
  awk -v l="$1" -v r="$rows" -v s="$secs" -v u="$user" -v m="$rss" \
    'BEGIN { printf "%s: %.2f s (user %.2f s), %.0f rows/s, peak RSS %.0f MiB\n", l, s, u, r / s, m / 1024 }'
}

for ext in xlsx csv; do
  file="$work/ekinerja_$rows.$ext"
  [ -f "$file" ] || /usr/bin/python3 "$here/make_ekinerja_bench.py" "$file" "$rows"
  echo "$(basename "$file"): $(( $(stat -c %s "$file") / 1024 )) KiB" >&2
  for run in 1 2 3; do
    rm -f "$work/bench.db"
    measure "$ext run $run" "$work/bench.db" "$file"
  done
  grep -E 'rows:|skipped:|roster' "$work/out" >&2
  measure "$ext again, all unchanged" "$work/bench.db" "$file"
done
