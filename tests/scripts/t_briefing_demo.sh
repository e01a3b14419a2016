#!/usr/bin/env bash
# The briefing of the default demo (seed 7, 4,800 employees) shows every
# planted effect of doc/demo-data.md where a reader looks: in the Ringkasan
# findings and on the sheet that details it (strength and weakness on
# Kekuatan & Kelemahan, the inflated OPD on Distribusi Predikat, the falling
# OPD on Tren and in its chart, the lenient evaluator on Kualitas Data, the
# "high ratings, low satisfaction" unit on Kepuasan Masyarakat).
# Usage: t_briefing_demo.sh KINERJA SCRATCH_DIR
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
export KINERJA_DB=demo.db

"$bin" demo --csv-dir csv 2> demo.log || fail "demo: $(tail -3 demo.log)"
nip=$(sed -n 's/.*lenient evaluator: NIP \([0-9]\{18\}\)).*/\1/p' demo.log)
[ -n "$nip" ] || fail "the demo does not name the lenient evaluator"
"$bin" --quiet report briefing --out briefing.xlsx || fail "report briefing"
/usr/bin/python3 "$here/check_xlsx.py" briefing.xlsx || fail "check_xlsx"

/usr/bin/python3 - "$nip" <<'EOF' || fail "a planted effect is not where a reader looks"
import sys, warnings
import openpyxl
warnings.filterwarnings("ignore")
nip = sys.argv[1]
wb = openpyxl.load_workbook("briefing.xlsx")

def rows(sheet):
    return [[c.value for c in r] for r in wb[sheet].iter_rows()]

def table(sheet, first, must):
    rs = rows(sheet)
    for i, r in enumerate(rs):
        if r[0] == first and must in r:
            hdr = {v: j for j, v in enumerate(r) if v is not None}
            body = []
            for rr in rs[i + 1:]:
                if rr[0] is None or all(v is None for v in rr[1:]):
                    break
                body.append({h: rr[j] for h, j in hdr.items()})
            return body
    raise AssertionError(f"{sheet}: no table {first}/{must}")

# Ringkasan: the findings name each effect
text = " ".join(str(r[2]) for r in rows("Ringkasan") if len(r) > 2 and r[2])
for words in (["Disdukcapil pada Berorientasi Pelayanan"], ["Distan pada Adaptif"],
              ["PUPR", "Butuh Perbaikan", "harus berubah predikat"], ["IKP DLH terus menurun"],
              ["Puskesmas Sadabuan", "kepuasan warganya rendah"], ["di RSUD"]):
    for w in words:
        assert w in text, f"Ringkasan does not say {w!r}"

kk = table("Kekuatan & Kelemahan", "Kode", "Cohen's d")
assert any(r["Kode"] == "DISDUKCAPIL" and r["Dimensi"] == "Berorientasi Pelayanan"
           and r["Temuan"] == "Kekuatan" for r in kk), kk
assert any(r["Kode"] == "DISTAN" and r["Dimensi"] == "Adaptif" and r["Temuan"] == "Kelemahan"
           for r in kk), kk

dist = {r["Kode"]: r for r in table("Distribusi Predikat", "Kode", "Status")}
d = dist["DPUPR"]
assert d["Status"] == "Tidak patuh" and d["Pegawai yang harus berubah (minimum)"] >= 40, d

slopes = {r["Kode"]: r for r in table("Tren", "Kode", "Perubahan per tahun (poin IKP)")}
assert slopes["DLH"]["Tren"] == "Turun" and slopes["DLH"]["Perubahan per tahun (poin IKP)"] < 0
chart_header = next(r for r in rows("Tren") if len(r) > 1 and r[1] == "Periode")
assert any(v and v.startswith("DLH (turun)") for v in chart_header), chart_header

pen = table("Kualitas Data", "NIP penilai", "Penilaian")
assert any(str(r["NIP penilai"]) == nip and r["Kode"] == "RSUD" and r["Penilaian"] == "Longgar"
           for r in pen), pen

units = {r["Kode unit"]: r for r in table("Kepuasan Masyarakat", "Kode unit", "Skor z IKP")}
assert units["PKM.SADABUAN"]["Tanda"] == "Penilaian tinggi, kepuasan rendah", units["PKM.SADABUAN"]
flagged = [k for k, r in units.items() if r["Tanda"]]
assert flagged == ["PKM.SADABUAN"], flagged
print("planted effects: all shown")
EOF
echo "ok"
