#!/usr/bin/env bash
# `kinerja report study` on a demo city of three years (issue 6, done-when
# 1, 3 and 4):
#  - every appendix sheet equals the export table of every year, stacked;
#    the ANOVA and chi-square across OPD equal an independent computation
#    from the export (studi_check.py; p-values against scipy where it is
#    installed); the merged school's history appears under its successor;
#    series, year-over-year and compliance sheets equal the export;
#  - the file passes check_xlsx.py; the large appendix sheet (pegawai_tahun,
#    more than 50,000 cells) is a stream sheet: inline strings and an
#    autofilter, while a small one keeps its Excel table;
#  - two runs give the same bytes; --anonymize leaves no NIP or name of an
#    individual anywhere (the named study has them); --from/--to choose the
#    years; --lang en names the sheets in English;
#  - a reversed window (and --year, which a study does not take) exits 1,
#    a window without data exits 2.
# Usage: t_studi_demo.sh KINERJA SCRATCH_DIR
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
export KINERJA_DB=demo.db

"$bin" --quiet demo --employees 1200 --csv-dir csv 2> demo.log || fail "demo: $(tail -3 demo.log)"
for y in 2023 2024 2025; do
  "$bin" --quiet export --year "$y" --out "exp/$y" || fail "export $y"
done

"$bin" --quiet report study --out study.xlsx || fail "report study"
/usr/bin/python3 "$here/studi_check.py" study.xlsx exp || fail "the study differs from the export"
/usr/bin/python3 "$here/check_xlsx.py" study.xlsx > check.log || fail "check_xlsx: $(head -5 check.log)"

/usr/bin/python3 - <<'EOF' || fail "stream sheet"
import re, zipfile
z = zipfile.ZipFile("study.xlsx")
wbx = z.read("xl/workbook.xml").decode()
rels = z.read("xl/_rels/workbook.xml.rels").decode()
def part(name):
    rid = re.search(r'<sheet name="%s" sheetId="\d+" r:id="(rId\d+)"' % re.escape(name), wbx).group(1)
    return "xl/" + re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels).group(1)
big = z.read(part("Lampiran pegawai_tahun")).decode()
small = z.read(part("Lampiran opd_ukuran")).decode()
assert big.count('t="inlineStr"') > 3000, "pegawai_tahun is not a stream sheet"
assert "<autoFilter" in big and "<tableParts" not in big
assert 't="inlineStr"' not in small and "<tableParts" in small, "a small appendix sheet streamed"
EOF

"$bin" --quiet report study --out again.xlsx || fail "second run"
cmp -s study.xlsx again.xlsx || fail "two runs differ"

# the privacy search reads every part with every name: one year keeps it quick
"$bin" --quiet report study --from 2025 --out named1.xlsx || fail "one-year study"
"$bin" --quiet report study --from 2025 --anonymize --out anon1.xlsx || fail "--anonymize"
/usr/bin/python3 "$here/briefing_privacy.py" named1.xlsx csv --present || fail "the search finds nobody in the named study"
/usr/bin/python3 "$here/briefing_privacy.py" anon1.xlsx csv --absent || fail "a NIP or name in the anonymised study"

"$bin" --quiet report study --from 2024 --to 2025 --lang en --out part.xlsx || fail "--from 2024 --to 2025"
/usr/bin/python3 - <<'EOF' || fail "window and English names"
import warnings
import openpyxl
warnings.filterwarnings("ignore")
wb = openpyxl.load_workbook("part.xlsx", read_only=True)
assert wb.sheetnames[:3] == ["Summary", "OPD Series", "Unit Series"], wb.sheetnames
head = [c.value for c in next(wb["Summary"].iter_rows(min_row=4, max_row=4))]
assert head[1:3] == ["2024", "2025"] and head[3] is None, head
years = {r[0] for r in wb["Appendix opd_ukuran"].iter_rows(min_row=5, values_only=True) if r[0]}
assert years == {2024, 2025}, years
EOF

expect() { # expect STATUS PATTERN ARGS...
  local want=$1 pat=$2; shift 2
  set +e; "$bin" report study "$@" > out.log 2> err.log; local rc=$?; set -e
  [ "$rc" -eq "$want" ] || fail "report study $*: exit $rc, expected $want ($(cat err.log))"
  grep -q -- "$pat" err.log || fail "report study $*: message '$(cat err.log)' lacks '$pat'"
}
expect 1 "is after --to" --from 2025 --to 2023 --out x.xlsx
expect 2 "no appraisal records in 2030..2031" --from 2030 --to 2031 --out x.xlsx
expect 1 "--out" --from 2024
expect 1 "not --year" --year 2025 --out x.xlsx
[ ! -e x.xlsx ] || fail "a failed run left a file behind"
echo "ok"
