#!/usr/bin/env bash
# Monthly-routine benchmark (issue 12, "done when" 4; not part of ./test.sh):
# on the default demo, times the import of one month (December 2025: its
# monthly penilaian and capaian rows and its feedback events, into a database
# holding everything before it) against `kinerja report bulanan` for 12
# consecutive months (January .. December 2025) and `export --periode` for the
# same months. Prints wall-clock and CPU seconds of each step.
#
# Usage: tests/bench/bulanan_bench.sh [KINERJA]   (default: build/kinerja)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(readlink -f "${1:-build/kinerja}")
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
"$bin" --quiet --db k.db import before/*.csv
rows=0
for f in month/*.csv; do rows=$((rows + $(wc -l < "$f") - 1)); done
t() { /usr/bin/time -f "%e %U %S" -o tm "$@" > /dev/null 2>&1; read -r e u s < tm; }
t "$bin" --quiet --db k.db import month/penilaian.csv month/capaian.csv month/umpan_balik.csv
echo "import of December 2025 ($rows rows): $e s wall, $(echo "$u + $s" | bc) s CPU"
e0=$e u0=$u s0=$s
tw=0 tc=0
for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
  t "$bin" --quiet --db k.db report bulanan --periode "2025-$m" --out "b$m.xlsx"
  tw=$(echo "$tw + $e" | bc); tc=$(echo "$tc + $u + $s" | bc)
done
echo "report bulanan, 12 months (2025-01 .. 2025-12): $tw s wall, $tc s CPU"
rw=$tw rc=$tc
tw=0 tc=0
for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
  t "$bin" --quiet --db k.db export --periode "2025-$m" --out "e$m"
  tw=$(echo "$tw + $e" | bc); tc=$(echo "$tc + $u + $s" | bc)
done
echo "export --periode, 12 months: $tw s wall, $tc s CPU"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
ic=$(echo "$u0 + $s0" | bc)
verdict() { if [ "$(echo "$1 < $2" | bc)" = 1 ]; then echo met; else echo "not met"; fi; }
echo "done-when 4, 12 reports < import of one month: CPU $rc s vs $ic s: $(verdict "$rc" "$ic");" \
  "wall $rw s vs $e0 s: $(verdict "$rw" "$e0")"
