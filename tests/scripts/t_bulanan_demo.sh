#!/usr/bin/env bash
# Issue 12, "done when" 1-3: the monthly monitoring on the default demo.
# - June 2025 (the planted declining OPD, DLH, falls below its lower control
#   limit): `export --periode` equals an independent recomputation of every
#   §14 table from the database (bulanan_check.py), and every figure of the
#   workbook equals the export tables; the workbook lists the missing
#   appraisals grouped by evaluator, shows DLH's signal and lists high
#   performers without appreciation.
# - January and March 2023 (the start of the data, fewer than 12 earlier
#   months): a workbook that says which parts need more history, no limits.
# - --anonymize leaks no NIP or name (briefing_privacy.py; the named workbook
#   is the positive control); the workbooks pass check_xlsx.py and open in
#   LibreOffice headless when it is installed.
# - The default month is the newest; usage errors exit 1, no monthly data 2.
# Usage: t_bulanan_demo.sh KINERJA SCRATCH_DIR
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
export KINERJA_DB=demo.db

"$bin" --quiet demo --csv-dir csv || fail "demo"

for m in 2025-06 2023-03 2023-01; do
  "$bin" --quiet export --periode "$m" --out "ex$m" || fail "export --periode $m"
  "$bin" report bulanan --periode "$m" --out "b$m.xlsx" > "sum$m.txt" 2> "log$m.txt" \
    || fail "report bulanan $m: $(cat "log$m.txt")"
  /usr/bin/python3 "$here/bulanan_check.py" demo.db "ex$m" "b$m.xlsx" || fail "$m differs"
  /usr/bin/python3 "$here/check_xlsx.py" "b$m.xlsx" || fail "check_xlsx $m"
done

# the planted decline shows where a reader looks
grep -q '^2025-06,DLH,2025-06,.*,BATAS,CUKUP$' ex2025-06/bulanan_kendali.csv \
  || fail "DLH has no signal in June 2025"
grep -q 'DLH' sum2025-06.txt || fail "the terminal summary does not name DLH"
[ "$(wc -l < ex2025-06/bulanan_belum_dinilai.csv)" -gt 10 ] || fail "no missing appraisals"
[ "$(wc -l < ex2025-06/bulanan_apresiasi.csv)" -gt 10 ] || fail "no appreciation gaps"
/usr/bin/python3 - <<'PY' || fail "workbook content"
import warnings, openpyxl
warnings.filterwarnings("ignore")
wb = openpyxl.load_workbook("b2025-06.xlsx")
assert wb.sheetnames == ["Ringkasan", "Belum Dinilai", "Penilai", "Kendali", "Peringatan Dini",
                         "Apresiasi", "Metodologi"], wb.sheetnames
text = lambda s: " ".join(str(c.value) for r in wb[s].iter_rows() for c in r if c.value is not None)
r = text("Ringkasan")
assert "Tindakan paling mendesak" in r and "1. Perlu dicermati: IKP rata-rata DLH pada Juni 2025" in r, r[:600]
k = text("Kendali")
assert "Di luar batas kendali" in k
# one native chart per OPD and the city, each drawn from its own 13 rows of
# the charted values; DLH's marks June as a month with a signal
ws = wb["Kendali"]
assert len(ws._charts) == 35 and not ws._images, (len(ws._charts), len(ws._images))
names = {}
for row in ws.iter_rows(values_only=True):
    if row[0] and row[1] and isinstance(row[2], int):
        names.setdefault(row[0], row[1])
def rows_of(ref):
    a, b = ref.split("!")[1].replace("$", "").split(":")
    return int(a[1:]), int(b[1:]), a[0]
seen = set()
for ch in ws._charts:
    title = "".join(r.t for p in ch.title.tx.rich.p for r in (p.r or []))
    r0, r1, col = rows_of(ch.series[0].val.numRef.f)
    kode = ws.cell(r0, 1).value
    assert r1 - r0 == 12 and all(ws.cell(r, 1).value == kode for r in range(r0, r1 + 1)), title
    assert ws.cell(r1, 2).value == "2025-06", (title, ws.cell(r1, 2).value)
    assert title.startswith(names[kode] if kode != "KOTA" else "Kota Padangsidimpuan"), (kode, title)
    seen.add(kode)
    if kode == "DLH":
        last = ch.series[-1]
        s0, s1, scol = rows_of(last.val.numRef.f)
        assert ws[scol + str(s1)].value is not None, "DLH: June is not marked"
assert len(seen) == 35, len(seen)
# start of the data: the workbook says what needs more history
for m, months in (("2023-01", 0), ("2023-03", 2)):
    w = openpyxl.load_workbook("b%s.xlsx" % m)
    r = " ".join(str(c.value) for row in w["Ringkasan"].iter_rows() for c in row if c.value)
    assert "Bagian yang butuh riwayat lebih panjang" in r, m
    assert "%d dari 12 bulan sebelum" % months in r, (m, r[:800])
    k = " ".join(str(c.value) for row in w["Kendali"].iter_rows() for c in row if c.value)
    assert "Riwayat belum cukup" in k and "Di luar batas" not in k, m
PY
for m in 2023-01 2023-03; do
  awk -F, 'NR > 1 && ($6 != "" || $7 != "" || $9 != "" || $10 != "BELUM_CUKUP") { exit 1 }' \
    "ex$m/bulanan_kendali.csv" || fail "$m: limits or signals without 12 earlier months"
done

# a range of months: one workbook per month, each byte-identical to the
# month's own workbook (one load per year, written by two processes)
"$bin" --quiet report bulanan --periode 2025-05..2025-06 --jobs 2 --out rentang \
  || fail "range 2025-05..2025-06"
cmp -s rentang/pemantauan_2025-06.xlsx b2025-06.xlsx || fail "range: June differs from June alone"
"$bin" report bulanan --periode 2023-11..2024-01 --out rentang2 > range.txt 2> range.err \
  || fail "range across a year: $(cat range.err)"
"$bin" --quiet report bulanan --periode 2024-01 --out b2024-01.xlsx || fail "2024-01"
cmp -s rentang2/pemantauan_2024-01.xlsx b2024-01.xlsx || fail "range: January 2024 differs"
[ "$(ls rentang2 | wc -l)" = 3 ] || fail "range: $(ls rentang2) instead of 3 workbooks"
[ "$(cut -c1-7 range.txt | tr '\n' ' ')" = "2023-11 2023-12 2024-01 " ] \
  || fail "range: the summary lines are not one per month in order: $(cat range.txt)"

# the same control charts drawn by cairo for print
"$bin" --quiet charts --periode 2025-06 --out grafik || fail "charts --periode"
[ "$(ls grafik/*_kendali.png | wc -l)" = 35 ] || fail "charts --periode: $(ls grafik | wc -l) files"

# anonymised: no NIP or name anywhere; the named workbook is the positive control
"$bin" --quiet report bulanan --periode 2025-06 --anonymize --out anon.xlsx || fail "anonymize"
/usr/bin/python3 "$here/briefing_privacy.py" anon.xlsx csv --absent || fail "anonymised leaks"
/usr/bin/python3 "$here/briefing_privacy.py" b2025-06.xlsx csv --present || fail "positive control"
"$bin" --quiet report bulanan --periode 2025-06 --lang en --out en.xlsx || fail "--lang en"

# the default month is the newest with monthly records; reproducible bytes
"$bin" --quiet report bulanan --out latest.xlsx || fail "default month"
"$bin" --quiet report bulanan --periode 2025-12 --out dec.xlsx || fail "2025-12"
cmp -s latest.xlsx dec.xlsx || fail "the default month is not 2025-12, or output is not reproducible"

# usage and data errors
expect() { # status command...
  local want=$1; shift
  set +e; "$@" > /dev/null 2> err.txt; local got=$?; set -e
  [ "$got" = "$want" ] || fail "$*: exit $got, expected $want ($(cat err.txt))"
}
expect 1 "$bin" export --periode 2025-06 --year 2025 --out x
expect 1 "$bin" export --periode 2025-13 --out x
expect 1 "$bin" report bulanan --periode 2025 --out x.xlsx
expect 1 "$bin" report bulanan --periode 2025-06
expect 1 "$bin" report bulanan --periode 2025-06..2025-05 --out x
expect 1 "$bin" report bulanan --periode 2025-06 --jobs 0 --out x.xlsx
# a range reaching before the data fails like that month alone (the other
# months' workbooks may be written: each is complete)
expect 2 "$bin" report bulanan --periode 2022-12..2023-02 --out rentang3
grep -q "2022-12" err.txt || fail "the failed range does not name its month: $(cat err.txt)"
"$bin" --db empty.db --quiet init > /dev/null
expect 2 "$bin" --db empty.db report bulanan --out x.xlsx
[ ! -e x.xlsx ] || fail "a failed run left a workbook"

if command -v soffice > /dev/null; then
  timeout 300 soffice --headless --convert-to pdf --outdir pdf b2025-06.xlsx > soffice.log 2>&1 \
    || fail "LibreOffice could not open the workbook: $(cat soffice.log)"
  [ -s pdf/b2025-06.pdf ] || fail "LibreOffice wrote no PDF"
else
  echo "soffice not installed: LibreOffice check skipped"
fi
echo "bulanan demo: ok"
