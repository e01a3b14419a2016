#!/usr/bin/env bash
# Scale benchmark (not part of ./test.sh): for each roster size, generates the
# demo city's CSV files, times `kinerja import` into a fresh database, then
# `summary`, `report briefing` and `report opd --all` on it, and prints one
# Markdown table row per size plus a projection for 4.3 M ASN from the
# measured per-row and per-employee costs.
#
# Usage: tests/bench/scale_bench.sh [EMPLOYEES...]
#   default sizes: 4800 30000 100000 300000
#   YEARS=N (default 1): the window ends in 2025 and spans N years
#   KEEP=DIR: keep the work files there instead of a temporary directory
# Uses build-rel/kinerja (built here in Release mode if missing). Times are
# wall-clock seconds and peak RSS is /usr/bin/time's maximum resident set
# size; on a shared machine say how loaded it was (the script prints the
# load average before and after).
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(4800 30000 100000 300000)
years=${YEARS:-1}
from=$((2025 - years + 1))
if [ ! -x build-rel/kinerja ]; then
  cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build-rel -j "$(nproc)" --target kinerja >/dev/null
fi
bin=$PWD/build-rel/kinerja
if [ -n "${KEEP:-}" ]; then
  work=$KEEP; mkdir -p "$work"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/kj-scale-XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi

# timed LABEL CMD...: runs CMD, appends "LABEL seconds kilobytes" to $work/times
timed() {
  local label=$1; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null 2> "$work/err.txt" \
    || { echo "$label failed:" >&2; cat "$work/err.txt" >&2; exit 1; }
  awk -v l="$label" '
    /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
    /User time|System time/ { cpu += $NF }
    /Maximum resident set size/ { kb = $NF }
    END { printf "%s %.2f %d %.2f\n", l, s, kb, cpu }' "$work/time.txt" >> "$work/times"
}
get() { awk -v l="$1" -v f="$2" '$1 == l { print $f }' "$work/times"; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; window $from-2025" >&2
echo "(wall-clock seconds, CPU seconds user+sys in brackets; the import runs two threads)" >&2
printf '| employees | input rows | import s | rows/s | import MiB | summary s | briefing s | opd --all s | analysis MiB | database MiB |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  rm -rf "$work/csv" "$work"/*.db "$work/out" "$work/times"; mkdir -p "$work/out"
  echo "$n employees: generating ..." >&2
  "$bin" --quiet --db "$work/gen.db" demo --seed 7 --employees "$n" --from "$from" --to 2025 \
    --csv-dir "$work/csv"
  rm -f "$work/gen.db"
  rows=0
  for f in "$work"/csv/*.csv; do rows=$((rows + $(wc -l < "$f") - 1)); done
  echo "$n employees: $rows rows; importing ..." >&2
  db=$work/bench.db
  timed import "$bin" --quiet --db "$db" import "$work"/csv/*.csv
  rm -rf "$work/csv"
  echo "$n employees: analysing ..." >&2
  timed summary "$bin" --quiet --db "$db" summary
  timed briefing "$bin" --quiet --db "$db" report briefing --out "$work/out/briefing.xlsx"
  timed opd "$bin" --quiet --db "$db" report opd --all --out "$work/out/opd"
  amax=$(awk '$1 != "import" && $3 > m { m = $3 } END { print m }' "$work/times")
  awk -v n="$n" -v r="$rows" -v is="$(get import 2)" -v ic="$(get import 4)" \
      -v im="$(get import 3)" -v ss="$(get summary 2)" -v sc="$(get summary 4)" \
      -v bs="$(get briefing 2)" -v bc="$(get briefing 4)" -v os="$(get opd 2)" \
      -v oc="$(get opd 4)" -v am="$amax" -v db="$(stat -c %s "$db")" 'BEGIN {
        printf "| %\047d | %\047d | %.1f (%.1f) | %\047d | %.0f | %.1f (%.1f) | %.1f (%.1f) | " \
               "%.1f (%.1f) | %.0f | %.0f |\n", n, r, is, ic, r / is, im / 1024, ss, sc, bs, bc,
               os, oc, am / 1024, db / 1048576 }'
  echo "$n $rows $(get import 2) $(get summary 2) $(get briefing 2) $(get opd 2) $(stat -c %s "$db")" \
    "$(get import 4) $(get summary 4) $(get briefing 4)" >> "$work/all"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# Projection from the largest size: import scales with rows, the analysis with
# employees (both are single passes in key order), the database with rows.
tail -1 "$work/all" | awk -v years="$years" '{
  asn = 4300000; f = asn / $1; rows = $2 * f
  printf "\nProjection for 4.3 M ASN x %d year(s) from the %\047d-employee run: %.0f M input rows, " \
         "import %.0f min, summary %.0f s, briefing %.0f s, database %.0f GiB " \
         "(CPU: import %.0f min, summary %.0f s, briefing %.0f s).\n",
         years, $1, rows / 1e6, $3 * f / 60, $4 * f, $5 * f, $7 * f / 1073741824,
         $8 * f / 60, $9 * f, $10 * f }'
