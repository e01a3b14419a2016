#!/usr/bin/env bash
# The leadership briefing on a small demo city (600 employees): every sheet
# of reports.md is there with content, every figure equals the value of
# `kinerja export` for the same database (briefing_check.py reads the
# workbook back with openpyxl), the workbook obeys the common rules
# (check_xlsx.py), two runs into different files are byte-identical, the
# English workbook has the same numbers in the same cells, and --min-group
# reaches the analysis. Usage: t_briefing_figures.sh KINERJA SCRATCH_DIR
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
export KINERJA_DB=demo.db

"$bin" --quiet demo --employees 600 --csv-dir csv 2> demo.log || fail "demo: $(tail -3 demo.log)"
"$bin" --quiet export --out exp || fail "export failed"
"$bin" report briefing --out a.xlsx 2> a.log || fail "report briefing: $(cat a.log)"
grep -q "report briefing: year 2025, 12 sheets -> a.xlsx" a.log || fail "no summary line: $(cat a.log)"

# --- every figure against the export ------------------------------------------------
/usr/bin/python3 "$here/briefing_check.py" a.xlsx exp demo.db || fail "figures differ from the export"

# --- the common rules, sheet names in order, properties from the data ------------------
newest=$(sqlite3 demo.db "SELECT max(d) FROM (SELECT max(substr(tanggal_dinilai, 1, 10)) AS d
  FROM penilaian UNION ALL SELECT max(tanggal) FROM umpan_balik UNION ALL
  SELECT max(substr(tanggal, 1, 10)) FROM skm)")
cat > expect.json <<EOF
{"sheets": ["Ringkasan", "Peringkat OPD", "Kekuatan & Kelemahan", "Tren", "Distribusi Predikat",
            "Kepuasan Masyarakat", "Peran Pimpinan", "Kesetaraan Penilaian", "Teladan",
            "Perlu Pembinaan", "Kualitas Data",
            "Metodologi"],
 "properties": {"title": "Briefing Pimpinan 2025", "creator": "BKPSDM Kota Padangsidimpuan"}}
EOF
/usr/bin/python3 "$here/check_xlsx.py" a.xlsx --expect expect.json || fail "check_xlsx on the briefing"
/usr/bin/python3 - "$newest" <<'EOF' || fail "content checks"
import sys, warnings, zipfile
import openpyxl
warnings.filterwarnings("ignore")
wb = openpyxl.load_workbook("a.xlsx")
newest = sys.argv[1][:10]
if newest:  # the creation date is the newest record's date, never the clock
    assert wb.properties.created.strftime("%Y-%m-%d") == newest, (wb.properties.created, newest)
z = zipfile.ZipFile("a.xlsx")
for ws in wb.worksheets:  # every sheet has real content, not just a title
    n = sum(1 for r in ws.iter_rows() for c in r if c.value is not None)
    assert n > 40, f"sheet {ws.title} has only {n} cells"
    assert ws["A1"].value and ws["A1"].value.endswith("?"), f"{ws.title}: title is not a question"
names = z.namelist()
# the key charts: cairo PNGs (ranking, heatmap, distribution, trend, scatter, SKM) and native ones
assert sum(n.startswith("xl/media/") and n.endswith(".png") for n in names) >= 6, names
assert sum(n.startswith("xl/charts/chart") for n in names) >= 4, names
EOF

# --- reproducible bytes ---------------------------------------------------------------
sleep 1  # a clock-dependent timestamp would now differ
"$bin" --quiet report briefing --out b.xlsx || fail "second run failed"
cmp -s a.xlsx b.xlsx || fail "two runs give different bytes"

# --- English: same cells hold the same numbers ----------------------------------------
"$bin" --quiet report briefing --lang en --out en.xlsx || fail "report briefing --lang en"
/usr/bin/python3 - <<'EOF' || fail "English workbook"
import warnings
import openpyxl
warnings.filterwarnings("ignore")
en_names = ["Summary", "OPD Ranking", "Strengths & Weaknesses", "Trends", "Predikat Distribution",
            "Public Satisfaction", "Leader Feedback", "Fairness of Appraisal", "Role Models",
            "Needs Coaching",
            "Data Quality", "Methodology"]
a, b = openpyxl.load_workbook("a.xlsx"), openpyxl.load_workbook("en.xlsx")
assert b.sheetnames == en_names, b.sheetnames
assert b.properties.title == "Leadership Briefing 2025"
numbers = 0
for sa, sb in zip(a.worksheets, b.worksheets):
    for ra, rb in zip(sa.iter_rows(), sb.iter_rows()):
        for ca, cb in zip(ra, rb):
            if isinstance(ca.value, (int, float)) and not isinstance(ca.value, bool):
                assert ca.value == cb.value, (sa.title, ca.coordinate, ca.value, cb.value)
                numbers += 1
assert numbers > 1000, numbers
assert "Key findings" in [c.value for r in b["Summary"].iter_rows() for c in r]
EOF
/usr/bin/python3 "$here/check_xlsx.py" en.xlsx || fail "check_xlsx on the English briefing"

# --- --min-group reaches the analysis and the Metodologi sheet ---------------------
"$bin" --quiet report briefing --min-group 60 --out m.xlsx || fail "--min-group 60"
/usr/bin/python3 - <<'EOF' || fail "--min-group 60 not applied"
import warnings
import openpyxl
warnings.filterwarnings("ignore")
wb = openpyxl.load_workbook("m.xlsx")
vals = [c.value for r in wb["Peringkat OPD"].iter_rows() for c in r]
assert "data tidak cukup" in vals, "no OPD under 60 employees is marked"
met = [[c.value for c in r] for r in wb["Metodologi"].iter_rows()]
assert ["min_kelompok", "60"] in [r[:2] for r in met], "Metodologi does not show min_kelompok 60"
assert any(r[1] and "--min-group 60" in str(r[1]) for r in met), "command not recorded"
EOF

# --- usage and errors (cli.md exit codes) -----------------------------------------
set +e
"$bin" report briefing > /dev/null 2>&1; [ $? -eq 1 ] || fail "missing --out must exit 1"
"$bin" report briefing --lang fr --out x.xlsx > /dev/null 2>&1; [ $? -eq 1 ] || fail "bad --lang must exit 1"
"$bin" report brief --out x.xlsx > /dev/null 2>&1; [ $? -eq 1 ] || fail "unknown kind must exit 1"
"$bin" report briefing --year 2019 --out x.xlsx 2> y.log; [ $? -eq 2 ] || fail "a year without data must exit 2"
grep -q "2019" y.log || fail "no-data message does not name the year"
"$bin" --db missing.db report briefing --out x.xlsx 2> /dev/null; [ $? -eq 3 ] || fail "a missing database must exit 3"
"$bin" report briefing --out no/such/dir/x.xlsx 2> d.log; [ $? -eq 3 ] || fail "an unwritable path must exit 3"
set -e
[ ! -e x.xlsx ] || fail "a failed run left x.xlsx behind"
"$bin" report briefing --help | grep -q -- "--anonymize" || fail "help does not document --anonymize"
echo "ok"
