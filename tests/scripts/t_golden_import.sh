#!/usr/bin/env bash
# Golden tests of `kinerja import` (tests/golden/import/CASE/):
#   cmd       the arguments after `kinerja --db test.db` (run inside a copy of the case)
#   stderr    the exact expected stderr (timings normalised to "in T s (R rows/s)")
#   status    the expected exit status
#   base      if present: tests/golden/_base/*.csv are imported first
#   check     if present: SQL run against the database afterwards; expected output in check.out
# Failing imports (status 2) must leave the database byte-for-byte as it was
# (a full `.dump` before and after is compared).
# Usage: t_golden_import.sh KINERJA SCRATCH [--record]  (--record rewrites expectations)
set -u
bin=$(readlink -f "$1") scratch=$2 record=${3:-}
root=$(cd "$(dirname "$0")/../golden" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"
fails=0 n=0
norm() { sed -E 's/in [0-9.]+ s \([0-9]+ rows\/s\)/in T s (R rows\/s)/'; }
for case in "$root"/import/*/; do
  name=$(basename "$case"); n=$((n + 1))
  work="$scratch/$name"; mkdir -p "$work"; cp -r "$case". "$work/"
  cd "$work" || exit 1
  if [ -f base ]; then
    "$bin" --db test.db --quiet import "$root"/_base/*.csv || { echo "FAIL $name: base import"; fails=$((fails+1)); continue; }
  fi
  [ -f test.db ] && sqlite3 test.db .dump > dump.before
  eval "\"$bin\" --db test.db $(cat cmd)" 2> stderr.actual > stdout.actual
  status=$?
  norm < stderr.actual > stderr.norm
  if [ -n "$record" ]; then
    cp stderr.norm "$case/stderr"; echo "$status" > "$case/status"
    [ -f check ] && sqlite3 test.db < check > "$case/check.out"
    continue
  fi
  ok=1
  if ! diff -u stderr stderr.norm > diff.txt; then echo "FAIL $name: stderr differs"; cat diff.txt; ok=0; fi
  if [ "$status" != "$(cat status)" ]; then echo "FAIL $name: status $status, expected $(cat status)"; ok=0; fi
  if [ "$status" = 2 ] && [ -f dump.before ]; then
    sqlite3 test.db .dump > dump.after
    cmp -s dump.before dump.after || { echo "FAIL $name: database changed by a failed import"; ok=0; }
  fi
  if [ -f test.db ] && [ "$(sqlite3 test.db 'PRAGMA integrity_check')" != ok ]; then
    echo "FAIL $name: PRAGMA integrity_check: $(sqlite3 test.db 'PRAGMA integrity_check' | head -3)"; ok=0
  fi
  if [ -f check ]; then
    sqlite3 test.db < check > check.actual
    diff -u check.out check.actual || { echo "FAIL $name: check query differs"; ok=0; }
  fi
  [ $ok = 1 ] || fails=$((fails + 1))
done
echo "golden import: $n cases, $fails failed"
[ $fails = 0 ]
