#!/usr/bin/env bash
# analytics.md §15: on data where nothing is planted (`kinerja demo
# --no-effects`: every OPD, unit, evaluator, year, month and group draws from
# one distribution), the flags of every family must be rare. The whole
# pipeline (demo -> import -> analysis -> export) runs for five seeds and the
# flags of each family are counted in the export tables (false_findings.py):
# on average fewer than 0.5 per family per seed. Each family is also checked
# to be present, so a renamed column cannot make the test pass by counting
# nothing. (The planted demo still showing all its effects is
# t_demo_effects.sh.)
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(dirname "$(readlink -f "$0")")
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }

seeds="1 2 3 4 5"
: > counts
for s in $seeds; do
  rm -rf csv exp demo.db
  "$bin" --db demo.db --quiet demo --no-effects --seed "$s" --csv-dir csv 2> log \
    || fail "demo --no-effects --seed $s failed: $(tail -3 log)"
  "$bin" --db demo.db --quiet export --year 2025 --out exp || fail "export (seed $s) failed"
  /usr/bin/python3 "$here/false_findings.py" exp | sed "s/^/$s /" >> counts
done
cat counts
# a family with -1 has lost its table or column
if awk '$3 < 0 { bad = 1 } END { exit !bad }' counts; then
  fail "a family's table or column is missing: $(awk '$3 < 0' counts | head -3)"
fi
n=$(echo $seeds | wc -w)
awk -v n="$n" '{ sum[$2] += $3 } END {
  bad = 0
  for (f in sum) {
    m = sum[f] / n
    printf "%-20s %.2f flags per seed\n", f, m
    if (m >= 0.5) bad = 1
  }
  exit bad
}' counts | sort || fail "a family flags 0.5 or more per seed on data without effects"
echo ok
