#!/usr/bin/env bash
# `kinerja report opd` on a small demo city (issue 6, done-when 1 and 2):
#  - --all writes one workbook per OPD with rated staff, named
#    rapor_<code>_<year>.xlsx, each passing check_xlsx.py, and every figure of
#    every workbook equals the `kinerja export` tables (rapor_check.py);
#  - --unit takes the code in any case and, written elsewhere, gives the same
#    bytes as the --all file (reproducible; the command recorded is the same);
#    --out naming an existing directory puts the file inside it;
#  - --anonymize leaves no NIP or name of an individual in any part of the
#    file, while the named workbook has them (the search can fail);
#  - --lang en names the sheets in English;
#  - usage errors exit 1 with a message: unknown code, a sub-unit's code
#    (naming its OPD), --unit with --all, no --out; a year without data exits 2.
# Usage: t_rapor_demo.sh KINERJA SCRATCH_DIR
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
export KINERJA_DB=demo.db

"$bin" --quiet demo --employees 600 --csv-dir csv 2> demo.log || fail "demo: $(tail -3 demo.log)"
"$bin" --quiet export --out exp || fail "export failed"
year=$(sed -n 2p exp/pegawai_tahun.csv | cut -d, -f1)

# --- every OPD -----------------------------------------------------------------------------
"$bin" --quiet report opd --all --out all || fail "report opd --all"
want=$(tail -n +2 exp/pegawai_tahun.csv | cut -d, -f3 | sort -u | wc -l)
got=$(ls all | wc -l)
[ "$got" -eq "$want" ] || fail "--all wrote $got workbooks for $want OPD with rated staff"
for f in all/*; do
  [[ $(basename "$f") =~ ^rapor_[A-Za-z0-9._-]+_${year}\.xlsx$ ]] || fail "file name $f"
done
[ -f "all/rapor_DINKES_${year}.xlsx" ] || fail "no DINKES workbook"
/usr/bin/python3 "$here/rapor_check.py" exp all/*.xlsx || fail "figures differ from the export"
for f in all/*.xlsx; do
  /usr/bin/python3 "$here/check_xlsx.py" "$f" > check.log || fail "check_xlsx $f: $(head -5 check.log)"
done

# --- one OPD: any case, same bytes, into a directory ------------------------------------------
"$bin" --quiet report opd --unit dinkes --out one.xlsx || fail "report opd --unit dinkes"
cmp -s one.xlsx "all/rapor_DINKES_${year}.xlsx" || fail "--unit and --all differ for DINKES"
mkdir -p into
"$bin" --quiet report opd --unit DLH --out into || fail "--out DIR with --unit"
[ -f "into/rapor_DLH_${year}.xlsx" ] || fail "--out DIR: $(ls into)"

# --- anonymised ---------------------------------------------------------------------------------
"$bin" --quiet report opd --unit DINKES --anonymize --out anon.xlsx || fail "--anonymize"
/usr/bin/python3 "$here/briefing_privacy.py" one.xlsx csv --present || fail "the search finds nobody in the named workbook"
/usr/bin/python3 "$here/briefing_privacy.py" anon.xlsx csv --absent || fail "a NIP or name in the anonymised workbook"
/usr/bin/python3 "$here/check_xlsx.py" anon.xlsx > check.log || fail "check_xlsx anon: $(head -5 check.log)"

# --- English --------------------------------------------------------------------------------------
"$bin" --quiet report opd --unit DINKES --lang en --out en.xlsx || fail "--lang en"
/usr/bin/python3 - <<'EOF' || fail "English sheet names"
import warnings
import openpyxl
warnings.filterwarnings("ignore")
names = openpyxl.load_workbook("en.xlsx", read_only=True).sheetnames
assert names[:3] == ["Summary", "Sub-units", "BerAKHLAK Profile"], names
assert names[-1] == "Methodology", names
EOF

# --- errors ------------------------------------------------------------------------------------------
expect() { # expect STATUS PATTERN ARGS...
  local want=$1 pat=$2; shift 2
  set +e; "$bin" report opd "$@" > out.log 2> err.log; local rc=$?; set -e
  [ "$rc" -eq "$want" ] || fail "report opd $*: exit $rc, expected $want ($(cat err.log))"
  grep -q -- "$pat" err.log || fail "report opd $*: message '$(cat err.log)' lacks '$pat'"
}
expect 1 "no OPD with code 'NOPE'" --unit NOPE --out x.xlsx
expect 1 "belongs to OPD DINKES" --unit PKM.WEKI --out x.xlsx
expect 1 "either --unit CODE" --unit DINKES --all --out x
expect 1 "either --unit CODE" --out x
expect 1 "--out" --unit DINKES
expect 2 "no appraisal records for 1999" --unit DINKES --year 1999 --out x.xlsx
[ ! -e x.xlsx ] && [ ! -e x ] || fail "a failed run left a file behind"
echo "ok"
