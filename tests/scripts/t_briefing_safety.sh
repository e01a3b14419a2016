#!/usr/bin/env bash
# The briefing with hostile input text and interrupted writes (issue 5,
# done-when 3; cli.md "Output files"):
#  - unit and employee names beginning with '=', '+', '-', '@' come back as
#    text cells with exactly the imported text, never as formulas;
#  - a unit name of 200 characters with quotes, apostrophes and non-ASCII
#    letters, and such an employee name, do not break the file (openpyxl and
#    the XML parser read it back, the text intact);
#  - a city without SKM surveys gets a note instead of the SKM charts;
#  - a write killed by the file-size limit (SIGXFSZ) leaves the earlier
#    workbook byte for byte; with the signal ignored the write fails with
#    EFBIG, kinerja exits 3, the earlier file stays and no temporary file is
#    left behind.
# Usage: t_briefing_safety.sh KINERJA SCRATCH_DIR
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch/in"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
export KINERJA_DB=city.db

# --- a small city whose names attack the workbook ------------------------------------------
/usr/bin/python3 - <<'EOF'
import csv, json
seg = "Dinas \"Kesehatan\" & 'Pelayanan' \u00dcmum \u2013 Kota \u00d1o\u00f1o "
long_name = (seg * 10)[:200]
units = [("INJ.EQ", '=HYPERLINK("http://x.invalid","klik")', "=Eq"),
         ("INJ.PLUS", "+62 811 0000 Dinas Plus", "+Plus"),
         ("INJ.MINUS", "-5 poin Dinas Minus", "-Minus"),
         ("INJ.AT", "@SUM(A1:A9) Dinas At", "@At"),
         ("LONG", long_name, "\"Dinkes\" \u00dc'mum")]
people = ["=cmd|' /C calc'!A0", "+Budi Plus", "-Siti Minus", "@Ani At",
          "\u00d1o\u00f1o \"Gaul\" O'Brien \u00dc\u00e7\u00f6"]
rows_u, rows_p, rows_n, rows_o = [], [], [], []
seq = 0
for ui, (kode, nama, singkatan) in enumerate(units):
    rows_u.append([kode, nama, singkatan, "DINAS", ""])
    rows_o.append([kode, 2025, "BAIK"])
    for e in range(7):
        seq += 1
        nip = f"19800101200501{1 + e % 2}{seq:03d}"
        name = people[ui] if e == 0 else f"Pegawai Uji {seq}"
        rows_p.append([nip, name, kode, "PNS", ""])
        for m in range(1, 13):
            # the injected person of each unit is rated KURANG all year: on the coaching list
            bad = e == 0
            # the '=' unit rates highest: its short name leads the ranking and the chart
            top = ui == 0 or (seq + m) % 3 == 0
            hasil, perilaku = ("SESUAI", "DI_BAWAH") if bad else (
                ("DI_ATAS", "DI_ATAS") if top else ("SESUAI", "SESUAI"))
            rows_n.append([nip, f"2025-{m:02d}", hasil, perilaku, kode, "",
                           f"2025-{m:02d}-28"])
        rows_n.append([nip, "2025", "SESUAI", "DI_BAWAH" if e == 0 else "SESUAI", kode, "",
                       "2026-01-05"])
def write(name, header, rows):
    with open(f"in/{name}", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
write("unit.csv", ["kode_unit", "nama_unit", "singkatan", "jenis_unit", "kode_induk"], rows_u)
write("pegawai.csv", ["nip", "nama", "kode_unit", "jenis_pegawai", "nip_atasan"], rows_p)
write("penilaian.csv", ["nip", "periode", "rating_hasil_kerja", "rating_perilaku", "kode_unit",
                        "nip_penilai", "tanggal_dinilai"], rows_n)
write("kinerja_organisasi.csv", ["kode_unit", "tahun", "predikat"], rows_o)
json.dump({"units": [u[1] for u in units], "short": [u[2] for u in units], "people": people},
          open("expect.json", "w"), ensure_ascii=False)
EOF
"$bin" init 2> init.log || fail "init: $(cat init.log)"
"$bin" --quiet import in/unit.csv in/pegawai.csv in/kinerja_organisasi.csv in/penilaian.csv \
  2> import.log || fail "import: $(cat import.log)"
"$bin" report briefing --out city.xlsx 2> report.log || fail "report briefing: $(cat report.log)"
/usr/bin/python3 "$here/check_xlsx.py" city.xlsx || fail "check_xlsx (formulas, XML, NaN)"
"$bin" --quiet report briefing --lang en --out city_en.xlsx || fail "report briefing --lang en"
/usr/bin/python3 "$here/check_xlsx.py" city_en.xlsx || fail "check_xlsx on the English workbook"

/usr/bin/python3 - <<'EOF' || fail "hostile text did not come back as text"
import json, warnings, zipfile
import xml.etree.ElementTree as ET
import openpyxl
warnings.filterwarnings("ignore")
exp = json.load(open("expect.json"))
for path in ("city.xlsx", "city_en.xlsx"):
    wb = openpyxl.load_workbook(path)
    cells = {}
    for ws in wb.worksheets:
        for r in ws.iter_rows():
            for c in r:
                if c.value is not None:
                    assert c.data_type != "f", (path, ws.title, c.coordinate, c.value)
                    cells.setdefault(c.value, []).append((ws.title, c.coordinate, c.data_type))
    for text in exp["units"] + exp["people"]:
        assert text in cells, f"{path}: {text!r} is not a cell"
        assert all(t == "s" for _, _, t in cells[text]), (path, text, cells[text])
    long = exp["units"][-1]
    assert len(long) == 200 and any(ws == "Peringkat OPD" or ws == "OPD Ranking"
                                    for ws, _, _ in cells[long]), cells[long]
    # a short name beginning with '=' heads a chart series (its data header cell)
    assert any(isinstance(v, str) and v.startswith("=Eq (") for v in cells), "=Eq not shown"
    # chart titles and series names are text in every chart part, never references
    z = zipfile.ZipFile(path)
    for part in z.namelist():
        if part.startswith("xl/charts/"):
            root = ET.fromstring(z.read(part))
            for f in root.iter("{http://schemas.openxmlformats.org/drawingml/2006/chart}f"):
                assert "!" in f.text and ("HYPERLINK" not in f.text and "SUM(" not in f.text), \
                    (part, f.text)
# a city without any SKM survey: the sheet says why its charts are missing, in its language
wb = openpyxl.load_workbook("city.xlsx")
notes = [c.value for r in wb["Kepuasan Masyarakat"].iter_rows() for c in r if c.value]
assert "(Grafik tidak ditampilkan: belum ada survei SKM tahun ini)" in notes, notes
print("hostile text ok")
EOF

# --- an interrupted write never damages the earlier file --------------------------------
cp city.xlsx earlier.xlsx
size=$(stat -c %s city.xlsx)
limit=$(( size / 1024 / 3 ))   # KiB: a third of the workbook
set +e
{ ( ulimit -f "$limit"; exec "$bin" --quiet report briefing --out city.xlsx ) 2> killed.log; } 2> /dev/null
rc=$?
set -e
[ "$rc" -ne 0 ] || fail "a write over the file-size limit succeeded (limit $limit KiB)"
cmp -s city.xlsx earlier.xlsx || fail "the killed write changed city.xlsx (exit $rc)"
rm -rf .city.xlsx.tmp-* ./*.tmp-* 2>/dev/null || true   # a killed process cannot clean up

set +e
( trap '' XFSZ; ulimit -f "$limit"; exec "$bin" report briefing --out city.xlsx ) 2> efbig.log
rc=$?
set -e
[ "$rc" -eq 3 ] || fail "a failed write must exit 3, got $rc: $(cat efbig.log)"
grep -q "city.xlsx" efbig.log || fail "the error does not name the file: $(cat efbig.log)"
cmp -s city.xlsx earlier.xlsx || fail "the failed write changed city.xlsx"
leftover=$(ls -A | grep -v -e '^city\.db' -e '^in$' -e '\.log$' -e '\.json$' -e '\.xlsx$' || true)
[ -z "$leftover" ] || fail "temporary files left behind: $leftover"
echo "ok"
