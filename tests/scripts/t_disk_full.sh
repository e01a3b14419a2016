#!/usr/bin/env bash
# Disk full: import, report briefing and export into a small tmpfs that
# fills up (mounted in a private mount namespace, so nothing outlives the
# test; skipped, exit 77, only where no namespace or tmpfs can be made).
#
# - import of a city-year into a database on the full disk, with 0 to 2 MiB
#   left: exit 3 with "the disk is full ... nothing was changed"; no journal
#   or other file left beside the database; integrity_check ok and the
#   content exactly as before (SHA3 digest of every table), also after the
#   next open by kinerja; with the space freed the same import succeeds. A
#   new database that cannot be set up is not left behind as an empty file.
# - report briefing over an old workbook with too little space: exit 3,
#   "the disk is full", the old workbook byte-identical, no temporary file
#   left; with space it writes the same bytes as a run elsewhere.
# - export: exit 3 naming the file and "No space left on device", no
#   temporary file, every CSV present complete (equal to a run elsewhere).
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
if [ -z "${KJ_DISK_FULL_NS:-}" ]; then
  for flags in "-m" "-r -m"; do # root: a mount namespace; otherwise a user namespace too
    if unshare $flags --propagation private true 2> /dev/null; then
      exec env KJ_DISK_FULL_NS=1 unshare $flags --propagation private bash "$0" "$@"
    fi
  done
  echo "SKIP: cannot make a private mount namespace here (needs root or user namespaces)"
  exit 77
fi
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir mnt
mount -t tmpfs -o size=8m tmpfs mnt 2> mount.err \
  || { echo "SKIP: cannot mount a tmpfs: $(cat mount.err)"; exit 77; }

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
# fill_to KB: a filler file that leaves about KB kilobytes free on mnt
fill_to() {
  local avail; avail=$(df -k --output=avail mnt | tail -1)
  [ "$avail" -gt "$1" ] || return 0
  head -c $(( (avail - $1) * 1024 )) /dev/zero > mnt/fill 2> /dev/null || true
}
only_files() { # expected names in mnt, sorted
  local got; got=$(cd mnt && ls -A | sort | tr '\n' ' ')
  [ "$got" = "$1 " ] || fail "$2: files left on the disk: $got (expected $1)"
}
expect3() { # label pattern command...
  local label=$1 pat=$2; shift 2
  set +e; "$@" > out.txt 2> err.txt; local st=$?; set -e
  [ "$st" = 3 ] || fail "$label: exit $st, expected 3: $(tail -3 err.txt)"
  grep -q -- "$pat" err.txt || fail "$label: message lacks '$pat': $(tail -3 err.txt)"
}

"$bin" --quiet --db gen.db demo --employees 600 --from 2025 --to 2025 --csv-dir csv
facts=(csv/kinerja_organisasi.csv csv/penilaian.csv csv/capaian.csv csv/perilaku.csv
       csv/skm.csv csv/umpan_balik.csv)
"$bin" --quiet --db base.db import csv/unit.csv csv/pegawai.csv
DIGEST_SQL=$(digest_sql base.db)
before=$(digest base.db)
cp base.db ref.db
"$bin" --quiet --db ref.db import "${facts[@]}"
after=$(digest ref.db)

# 1. import
for free in 0 16 256 1024 2048; do
  rm -rf mnt/* mnt/.[!.]*
  cp base.db mnt/x.db
  fill_to "$free"
  expect3 "import, ${free} KiB free" "x.db: the disk is full: the database could not be written" \
    "$bin" --quiet --db mnt/x.db import "${facts[@]}"
  grep -q "nothing was changed" err.txt || fail "import, ${free} KiB free: $(cat err.txt)"
  only_files "fill x.db" "import, ${free} KiB free"
  [ "$(sqlite3 mnt/x.db 'PRAGMA integrity_check')" = ok ] || fail "import, ${free} KiB free: integrity"
  [ "$(digest mnt/x.db)" = "$before" ] || fail "import, ${free} KiB free: the content changed"
  "$bin" --quiet --db mnt/x.db init || fail "import, ${free} KiB free: the next open failed"
  [ "$(digest mnt/x.db)" = "$before" ] || fail "import, ${free} KiB free: changed by the next open"
done
# a new database on a full disk: not even the schema fits; no file is left
rm -f mnt/fill
fill_to 0
expect3 "import into a new database" "new.db: the disk is full" \
  "$bin" --quiet --db mnt/new.db import csv/unit.csv
only_files "fill x.db" "import into a new database"
rm -f mnt/fill
"$bin" --quiet --db mnt/x.db import "${facts[@]}" || fail "import with space again failed"
[ "$(digest mnt/x.db)" = "$after" ] || fail "import with space: other content than elsewhere"
echo "import: disk full at 0..2048 KiB free -> exit 3, database unchanged"

# 2. report briefing over an old workbook
"$bin" --quiet --db ref.db report briefing --lang en --out old.xlsx
"$bin" --quiet --db ref.db report briefing --out new.xlsx
rm -rf mnt/* mnt/.[!.]*
cp ref.db mnt/x.db
for free in 0 200 800; do
  rm -f mnt/fill
  cp old.xlsx mnt/briefing.xlsx
  fill_to "$free"
  expect3 "briefing, ${free} KiB free" "briefing.xlsx: the disk is full" \
    "$bin" --quiet --db mnt/x.db report briefing --out mnt/briefing.xlsx
  cmp -s old.xlsx mnt/briefing.xlsx || fail "briefing, ${free} KiB free: the old workbook changed"
  only_files "briefing.xlsx fill x.db" "briefing, ${free} KiB free"
done
rm -f mnt/fill
"$bin" --quiet --db mnt/x.db report briefing --out mnt/briefing.xlsx || fail "briefing with space"
cmp -s new.xlsx mnt/briefing.xlsx || fail "briefing with space: other bytes than elsewhere"
echo "briefing: disk full -> exit 3, old workbook untouched, no temporary file"

# 3. export
"$bin" --quiet --db ref.db export --out exp-ref
rm -rf mnt/* mnt/.[!.]*
cp ref.db mnt/x.db
mkdir mnt/exp
fill_to 300
expect3 "export" "No space left on device" "$bin" --quiet --db mnt/x.db export --out mnt/exp
grep -q "mnt/exp/.*\.csv: write failed" err.txt || fail "export: the message does not name the file: $(cat err.txt)"
for f in mnt/exp/* mnt/exp/.[!.]*; do
  [ -e "$f" ] || continue
  case $f in mnt/exp/.*) fail "export: temporary file left: $f" ;; esac
  cmp -s "$f" "exp-ref/$(basename "$f")" || fail "export: $f is not complete"
done
echo "export: disk full -> exit 3, $(ls mnt/exp | wc -l) complete files, no temporary file"
echo "disk full: ok"
