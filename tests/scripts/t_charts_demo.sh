#!/usr/bin/env bash
# `kinerja charts` on a small demo city (600 employees, seed 7): every chart
# in PNG, SVG and PDF (valid files, PNG at twice the point size, one PDF
# page of the SVG's size: check_charts.py), the expected set of files (city
# charts, profil + kurva per OPD, skm per service unit), byte-identical
# output on a second run, English, --min-group, and the exit codes of
# cli.md (1 usage, 2 no data for the year, 3 no database / cannot write).
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
export KINERJA_DB=demo.db

"$bin" --quiet demo --employees 600 --csv-dir csv || fail "demo failed"

for f in png svg pdf; do
  "$bin" charts --format $f --out out/$f 2> $f.log || fail "charts --format $f: $(tail -3 $f.log)"
  grep -q "^charts: year 2025, [0-9]* charts ($f) -> out/$f/" $f.log || fail "no summary line ($f)"
  grep -q "^charts: \([0-9]*\) of \1 written$" $f.log || fail "not every $f chart written"
  grep -q "^  out/$f/kota_heatmap.$f (" $f.log || fail "the $f log does not list the heatmap"
done

# The expected charts: eight city charts, two per OPD, one per unit surveyed in 2025
# (read from the demo's own CSV files).
want=$(/usr/bin/python3 - <<'EOF'
import csv
units = list(csv.DictReader(open("csv/unit.csv", encoding="utf-8")))
opd = sorted(u["kode_unit"] for u in units if not u["kode_induk"])
skm = sorted({r["kode_unit"] for r in csv.DictReader(open("csv/skm.csv", encoding="utf-8"))
              if r["periode"].startswith("2025")})
assert len(opd) >= 30 and len(skm) >= 10, (len(opd), len(skm))
w = ["kota_peringkat_ikp", "kota_peringkat_capaian", "kota_distribusi", "kota_tren_ikp",
     "kota_heatmap", "kota_skm", "kota_sebaran", "kota_kesetaraan"]
w += [f"opd_{o}_{k}" for o in opd for k in ("profil", "kurva")]
w += [f"unit_{u}_skm" for u in skm]
print(" ".join(w))
EOF
) || fail "could not read the demo's units"
# shellcheck disable=SC2086
/usr/bin/python3 "$here/check_charts.py" out/png out/svg out/pdf $want > check.txt \
  || fail "chart files: $(head -5 check.txt)"
n_want=$(wc -w <<< "$want")
[ "$(ls out/png | wc -l)" -eq "$n_want" ] || fail "$(ls out/png | wc -l) PNG files, expected $n_want"

# Reproducible: the same database gives the same bytes, in every format.
for f in png svg pdf; do
  "$bin" --quiet charts --year 2025 --format $f --out again/$f || fail "second run ($f)"
  diff -r out/$f again/$f > /dev/null || fail "two runs of charts --format $f differ"
done

# English and a larger minimum group: still every chart, different drawings.
"$bin" --quiet charts --lang en --out en || fail "charts --lang en"
[ "$(ls en | wc -l)" -eq "$n_want" ] || fail "English: $(ls en | wc -l) files"
cmp -s en/kota_distribusi.png out/png/kota_distribusi.png && fail "--lang en drew the same distribusi"
# With --min-group 100 no survey unit has enough appraised staff for the IKM-IKP
# scatter: it is skipped with its reason, everything else is drawn (greyed).
"$bin" charts --min-group 100 --out big 2> big.log || fail "charts --min-group 100"
cmp -s big/kota_peringkat_ikp.png out/png/kota_peringkat_ikp.png && fail "--min-group changed nothing"
[ "$(ls big | wc -l)" -eq $((n_want - 1)) ] || fail "--min-group 100: $(ls big | wc -l) files"
grep -q "^charts: skipped kota_sebaran: no service unit .* 100 or more appraised employees" big.log \
  || fail "--min-group 100 does not say why the scatter is missing"

# Nothing is written outside --out, no temporary file is left anywhere.
[ -z "$(find . -name '*.tmp*' -o -name '.kj*')" ] || fail "temporary files left: $(find . -name '*.tmp*')"

# --quiet prints nothing.
"$bin" --quiet charts --out q 2> quiet.log || fail "charts --quiet"
[ ! -s quiet.log ] || fail "--quiet printed: $(head -2 quiet.log)"

# Exit codes of cli.md.
set +e
"$bin" charts > /dev/null 2>&1; [ $? -eq 1 ] || fail "no --out: want 1"
"$bin" charts --format gif --out x > /dev/null 2>&1; [ $? -eq 1 ] || fail "--format gif: want 1"
"$bin" charts --lang fr --out x > /dev/null 2>&1; [ $? -eq 1 ] || fail "--lang fr: want 1"
"$bin" charts --min-group 0 --out x > /dev/null 2>&1; [ $? -eq 1 ] || fail "--min-group 0: want 1"
"$bin" charts --year 2019 --out x 2> y.log; [ $? -eq 2 ] || fail "a year without data: want 2"
grep -q 2025 y.log || fail "the no-data message does not name the years with data"
"$bin" --db nothere.db charts --out x > /dev/null 2>&1; [ $? -eq 3 ] || fail "no database: want 3"
touch afile
"$bin" charts --out afile/sub > /dev/null 2>&1; [ $? -eq 3 ] || fail "--out under a file: want 3"
set -e
[ ! -e x ] || fail "a failed run created its --out directory"
echo "ok: $n_want charts in 3 formats"
