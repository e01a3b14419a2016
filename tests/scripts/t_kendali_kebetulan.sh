#!/usr/bin/env bash
# analytics.md §14-§15: the control-chart rules are a screening rule, so the
# monthly workbook words a signal as "perlu dicermati" and says how many
# signals chance alone gives (KJ_BL_P_KEBETULAN per OPD with limits). This
# checks that the stated rate is true: kendali_null.py recomputes it by
# simulation, and on `demo --no-effects` the signals of the 12 months of 2025
# agree with it. The same for evaluators late repeatedly (their chance count
# under the city's punctuality). It also checks the wording in the workbook
# and the terminal.
# Usage: t_kendali_kebetulan.sh KINERJA SCRATCH_DIR
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(dirname "$(readlink -f "$0")")
src=$(cd "$here/../.." && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
export KINERJA_DB=ne.db
"$bin" --quiet demo --no-effects --seed 3 > /dev/null || fail "demo --no-effects"
dirs=()
for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
  "$bin" --quiet export --periode "2025-$m" --out "ex$m" || fail "export 2025-$m"
  dirs+=("ex$m")
done
/usr/bin/python3 "$here/kendali_null.py" "$src/src/analysis/bulanan.h" "${dirs[@]}" \
  || fail "the stated chance rate does not hold"
# evaluators late repeatedly: on data where nobody is meant to be later than
# anybody else, the count must lie within the chance range the workbook states
# (the sum of p_berulang_kebetulan, recomputed in bulanan_check.py, +- 4 sd + 3)
/usr/bin/python3 - ex06/bulanan_penilai.csv <<'PY' || fail "evaluators late repeatedly vs chance"
import csv, math, sys
rows = list(csv.DictReader(open(sys.argv[1])))
obs = sum(int(r["terlambat_berulang"]) for r in rows)
p = [float(r["p_berulang_kebetulan"]) for r in rows]
e, sd = sum(p), math.sqrt(sum(x * (1 - x) for x in p))
print("evaluators late repeatedly: %d, by chance %.1f +- %.1f" % (obs, e, sd))
sys.exit(0 if abs(obs - e) <= 4 * sd + 3 else 1)
PY
"$bin" report bulanan --periode 2025-06 --out b.xlsx > sum.txt || fail "report bulanan"
grep -q "setepat rata-rata kota" sum.txt || fail "the summary does not compare lateness with chance"
grep -q "karena kebetulan" sum.txt || fail "the terminal summary does not give the chance rate"
/usr/bin/python3 - <<'PY' || fail "workbook wording"
import warnings, openpyxl
warnings.filterwarnings("ignore")
wb = openpyxl.load_workbook("b.xlsx")
k = " ".join(str(c.value) for r in wb["Kendali"].iter_rows() for c in r if c.value is not None)
assert "Sinyal perlu dicermati" in k and "karena kebetulan" in k, k[:400]
PY
echo "kendali chance rate: ok"
