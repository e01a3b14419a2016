#!/usr/bin/env bash
# pemantauan-bulanan.sh — the monthly routine of kinerja (README, "Pemantauan
# bulanan"): import the new e-Kinerja export, then write the month's
# Pemantauan Bulanan workbook as DIR/pemantauan_YYYY-MM.xlsx (one file per
# month; re-running a month replaces its file atomically) and print the short
# summary. Meant for cron a few days after each month closes.
#
# Usage: pemantauan-bulanan.sh [--kinerja BIN] [--db FILE] [--config FILE]
#                              [--format ekinerja|native] [--periode YYYY-MM]
#                              [--out-dir DIR] [--anonymize] FILE...
#   FILE...      the export(s) to import: the month's file, or the whole
#                year's file again (the import is idempotent)
#   --format     import format (default ekinerja: the e-Kinerja BKN export)
#   --periode    the month to report (default: the newest month with data)
#   --out-dir    where the workbooks are kept (default: ./pemantauan)
#   --kinerja    the kinerja binary (default: kinerja on PATH)
#
# Exit status: 0; the import's status when the import fails (2 invalid data,
# 3 a file, 4 the database) — then nothing was changed and no workbook was
# written; the report's status when the report fails (an earlier workbook of
# the month is left as it was); 1 for a usage error of this script.
set -uo pipefail

me=$(basename "$0")
kinerja=kinerja format=ekinerja periode= outdir=pemantauan
global=() report=() files=()
usage() { sed -n '8,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 1; }
while [ $# -gt 0 ]; do
  case $1 in
    --kinerja) kinerja=${2:?}; shift 2 ;;
    --db|--config) global+=("$1" "${2:?}"); shift 2 ;;
    --format) format=${2:?}; shift 2 ;;
    --periode|--period) periode=${2:?}; shift 2 ;;
    --out-dir) outdir=${2:?}; shift 2 ;;
    --anonymize) report+=(--anonymize); shift ;;
    -h|--help) usage ;;
    --) shift; files+=("$@"); break ;;
    -*) echo "$me: unknown option '$1'" >&2; usage ;;
    *) files+=("$1"); shift ;;
  esac
done
[ ${#files[@]} -gt 0 ] || { echo "$me: no file to import" >&2; usage; }
command -v "$kinerja" > /dev/null 2>&1 || { echo "$me: '$kinerja' not found" >&2; exit 3; }
mkdir -p "$outdir" || { echo "$me: cannot create $outdir" >&2; exit 3; }

stamp() { date -u '+%Y-%m-%d %H:%M:%S UTC'; }
echo "[$(stamp)] $me: importing ${files[*]} (--format $format)" >&2
"$kinerja" "${global[@]}" import --format "$format" "${files[@]}"
rc=$?
if [ $rc -ne 0 ]; then
  echo "[$(stamp)] $me: IMPORT FAILED (exit $rc): the database is unchanged and no workbook" \
       "was written; fix the file(s) named above and run again" >&2
  exit $rc
fi
args=(report bulanan "${report[@]}" --out "$outdir")
[ -n "$periode" ] && args+=(--periode "$periode")
"$kinerja" "${global[@]}" "${args[@]}"
rc=$?
if [ $rc -ne 0 ]; then
  echo "[$(stamp)] $me: REPORT FAILED (exit $rc): the import is done; earlier workbooks in" \
       "$outdir are unchanged" >&2
  exit $rc
fi
echo "[$(stamp)] $me: done" >&2
