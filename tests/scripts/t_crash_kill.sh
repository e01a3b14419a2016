#!/usr/bin/env bash
# Crash safety: SIGKILL at random moments.
#
# 1. `kinerja import` of a city-year (~45,000 rows in one transaction) into a
#    database holding the roster is killed KILLS_IMPORT times at random
#    moments of its run. Every time: PRAGMA integrity_check is ok (sqlite3
#    rolls a hot journal back on open, as the next kinerja would), the
#    content is exactly the state before the import or after it (a SHA3
#    digest of every table, rows ordered; the import log's time stamp left
#    out), and the same import then succeeds and gives the after state.
# 2. `kinerja report briefing` over an existing workbook is killed
#    KILLS_REPORT times: the file is afterwards byte-identical to the old
#    workbook or to the new one, never anything in between; the only other
#    thing a kill may leave is libxlsxwriter's hidden temporary file
#    (.NAME.tmp-XXXXXX, removed here between runs).
# The moments are random (seed printed; KJ_CRASH_SEED=N repeats a run) and
# the test asserts invariants only, so it passes however the kills fall; it
# also prints how many kills found a hot journal (killed mid-transaction).
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
seed=${KJ_CRASH_SEED:-$(( $(date +%s%N) % 32768 ))}
RANDOM=$seed
echo "crash test: seed $seed (KJ_CRASH_SEED=$seed repeats the moments)"
KILLS_IMPORT=${KILLS_IMPORT:-20}
KILLS_REPORT=${KILLS_REPORT:-8}

# Digest of the content: every table, all columns, rows in a total order;
# import_file without its time stamp (waktu), which differs run to run.
digest_sql() {
  local db=$1 t cols sql=""
  for t in $(sqlite3 "$db" "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"); do
    cols=$(sqlite3 "$db" "SELECT group_concat(name, ', ') FROM pragma_table_info('$t')
                          WHERE NOT ('$t' = 'import_file' AND name = 'waktu')")
    sql="$sql SELECT $cols FROM $t ORDER BY $cols;"
  done
  printf '%s' "$sql"
}
digest() { sqlite3 "$1" "SELECT hex(sha3_query('$DIGEST_SQL'))"; }
integrity() {
  local r; r=$(sqlite3 "$1" 'PRAGMA integrity_check' 2>&1)
  [ "$r" = ok ] || fail "$2: integrity_check: $(printf '%s' "$r" | head -3)"
}
ms_now() { date +%s%3N; }
# kill_at CMD_PID MS: SIGKILL after MS milliseconds (if still running)
kill_at() {
  sleep "$(printf '%d.%03d' $(( $2 / 1000 )) $(( $2 % 1000 )))"
  kill -KILL "$1" 2> /dev/null || true
}

# A city-year of 300 employees (~50,000 rows: the SKM and feedback files do
# not shrink with the roster); 200 under the sanitizers, whose slower binary
# makes the same kills land as densely inside the transaction.
employees=300
ldd "$bin" 2> /dev/null | grep -q 'libasan\|libubsan' && employees=200
"$bin" --quiet --db gen.db demo --employees "$employees" --from 2025 --to 2025 --csv-dir csv
facts=(csv/kinerja_organisasi.csv csv/penilaian.csv csv/capaian.csv csv/perilaku.csv
       csv/skm.csv csv/umpan_balik.csv)
"$bin" --quiet --db base.db import csv/unit.csv csv/pegawai.csv
DIGEST_SQL=$(digest_sql base.db)
before=$(digest base.db)

# The uninterrupted import: the after state and the length of a run.
cp base.db ref.db
t0=$(ms_now)
"$bin" --quiet --db ref.db import "${facts[@]}" || fail "reference import failed"
run_ms=$(( $(ms_now) - t0 ))
after=$(digest ref.db)
[ "$before" != "$after" ] || fail "the import changes nothing"
echo "import: $run_ms ms uninterrupted (machine load included)"

n_before=0 n_after=0 n_journal=0
for i in $(seq 1 "$KILLS_IMPORT"); do
  rm -f work.db work.db-journal
  cp base.db work.db
  at=$(( RANDOM * (run_ms + 50) / 32768 ))
  "$bin" --quiet --db work.db import "${facts[@]}" > /dev/null 2>&1 &
  pid=$!
  kill_at "$pid" "$at"
  wait "$pid" 2> /dev/null || true
  [ -s work.db-journal ] && n_journal=$((n_journal + 1))
  integrity work.db "import kill $i at $at ms"
  got=$(digest work.db)
  if [ "$got" = "$before" ]; then n_before=$((n_before + 1))
  elif [ "$got" = "$after" ]; then n_after=$((n_after + 1))
  else fail "import kill $i at $at ms: content is neither the state before nor after the import"; fi
  "$bin" --quiet --db work.db import "${facts[@]}" > again.log 2>&1 \
    || fail "import kill $i at $at ms: the same import then fails: $(head -3 again.log)"
  [ "$(digest work.db)" = "$after" ] || fail "import kill $i at $at ms: re-import gives other content"
done
echo "import: $KILLS_IMPORT kills -> $n_before before, $n_after after; $n_journal with a hot journal"
# Evidence that the kills hit the transaction, not only its edges.
[ "$n_journal" -ge 1 ] || fail "no kill landed inside the import transaction (run ${run_ms} ms)"

# 2. The briefing: an old workbook (English) is being replaced by the Indonesian one.
"$bin" --quiet --db ref.db report briefing --lang en --out old.xlsx
t0=$(ms_now)
"$bin" --quiet --db ref.db report briefing --out new.xlsx
run_ms=$(( $(ms_now) - t0 ))
cmp -s old.xlsx new.xlsx && fail "old and new workbook are the same bytes"
echo "briefing: $run_ms ms uninterrupted"
mkdir out
n_old=0 n_new=0 n_tmp=0
for i in $(seq 1 "$KILLS_REPORT"); do
  cp old.xlsx out/briefing.xlsx
  # half the moments in the last third, where the workbook is written
  if (( i % 2 )); then at=$(( RANDOM * (run_ms + 50) / 32768 ))
  else at=$(( run_ms * 2 / 3 + RANDOM * (run_ms / 3 + 50) / 32768 )); fi
  "$bin" --quiet --db ref.db report briefing --out out/briefing.xlsx > /dev/null 2>&1 &
  pid=$!
  kill_at "$pid" "$at"
  wait "$pid" 2> /dev/null || true
  if cmp -s out/briefing.xlsx old.xlsx; then n_old=$((n_old + 1))
  elif cmp -s out/briefing.xlsx new.xlsx; then n_new=$((n_new + 1))
  else fail "briefing kill $i at $at ms: the workbook is neither the old nor the new one"; fi
  for f in out/* out/.[!.]*; do
    [ -e "$f" ] || continue
    case $f in
      out/briefing.xlsx) ;;
      out/.briefing.xlsx.tmp-*) n_tmp=$((n_tmp + 1)); rm -rf "$f" ;; # the file or its scratch directory
      *) fail "briefing kill $i: unexpected file $f" ;;
    esac
  done
done
integrity ref.db "after the briefing kills"
# Killed runs may leave their scratch directory on the RAM disk
# (reports/workbook/wb_scratch.c); the next workbook removes every one whose
# process is gone, i.e. that no live process holds locked. (A test running
# alongside may kill a writer of its own just then: so up to three tries,
# each a new process that sweeps.)
if [ -d /dev/shm ]; then
  left=0
  for d in /dev/shm/kinerja-*; do
    [ -d "$d" ] && flock -n "$d" true 2> /dev/null && left=$((left + 1))
  done
  echo "briefing: $left unlocked scratch directories in /dev/shm after the kills"
  for try in 1 2 3; do
    "$bin" --quiet --db ref.db report bulanan --out out/bulanan.xlsx > /dev/null 2>&1 \
      || fail "a workbook after the kills failed"
    stale=
    for d in /dev/shm/kinerja-*; do
      [ -d "$d" ] && flock -n "$d" true 2> /dev/null && stale="$stale $d"
    done
    [ -z "$stale" ] && break
  done
  [ -z "$stale" ] || fail "stale scratch directories were not removed:$stale"
  rm -f out/bulanan.xlsx
fi
echo "briefing: $KILLS_REPORT kills -> $n_old old, $n_new new; $n_tmp left a hidden temporary file"
echo "crash kill: ok"
