#!/usr/bin/env bash
# The analysis commands on a tiny city with every edge case of issue 3 at
# once: an OPD with one employee, an OPD whose employees all have the same
# IKP (zero variance), no SKM survey, no indicators, behaviour scores or
# feedback, a year with only annual records, and an OPD without an
# organisation predikat. Every command must succeed with defined output:
# valid JSON, no "nan"/"inf" anywhere, "data tidak cukup" where groups are
# small, the missing predikat reported.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }
export KINERJA_DB=edge.db

cat > unit.csv <<'EOF'
kode_unit,nama_unit,kode_induk
A,Dinas A,
A1,Bidang A1,A
C,Kantor C,
D,Dinas D,
EOF
cat > kinerja_organisasi.csv <<'EOF'
kode_unit,tahun,predikat
A,2025,BAIK
C,2025,ISTIMEWA
EOF
{
  echo "nip,nama,kode_unit"
  for i in 1 2 3 4 5 6; do echo "19900101201501100$i,Pegawai A$i,A1"; done
  echo "199001012015012001,Pegawai C,C"
  for i in 1 2 3 4 5; do echo "19910101201501100$i,Pegawai D$i,D"; done
} > pegawai.csv
{
  echo "nip,periode,rating_hasil_kerja,rating_perilaku"
  for i in 1 2 4 6; do echo "19900101201501100$i,2025,DI_ATAS,DI_ATAS"; done
  for i in 3 5; do echo "19900101201501100$i,2025,SESUAI,SESUAI"; done
  echo "199001012015012001,2025,SESUAI,SESUAI"
  for i in 1 2 3 4 5; do echo "19910101201501100$i,2025,SESUAI,SESUAI"; done
} > penilaian.csv
"$bin" --quiet import unit.csv kinerja_organisasi.csv pegawai.csv penilaian.csv || fail "import failed"

nonan() { ! grep -qiE '(^|[^a-z])[-+]?(nan|inf)([^a-z]|$)' "$@" || fail "nan or inf in $*"; }

"$bin" summary > s.txt || fail "summary failed"
nonan s.txt
grep -q "Tahun 2025: 12 pegawai di 3 OPD" s.txt || fail "city line: $(head -5 s.txt)"
grep -q "Tidak ada data SKM untuk 2025." s.txt || fail "no SKM sentence"
grep -q "predikat organisasi belum ada: D" s.txt || fail "missing org predikat not reported"
grep -q "(1 OPD: data tidak cukup)" s.txt || fail "the one-employee OPD is not marked"
grep -q "Tren IKP 2025–2025 tidak dihitung" s.txt || fail "annual-only year: trend sentence"
grep -q "Tidak ada data umpan balik pimpinan untuk 2025." s.txt || fail "no feedback sentence"
! grep -q "OPD tidak berbeda bermakna" s.txt || fail "the one-employee OPD counted as 'not different'"
"$bin" summary --lang en > s_en.txt || fail "summary --lang en failed"
nonan s_en.txt
"$bin" summary --json > s.json || fail "summary --json failed"
/usr/bin/python3 - <<'EOF' || fail "summary.json"
import json
s = json.load(open("s.json"))
o = {x["kode"]: x for x in s["opd"]}
assert o["C"]["cukup"] is False and o["C"]["ikp"]["mean"] is None and o["C"]["peringkat"] is None
assert o["C"]["kurva"] == "TIDAK_DAPAT_DIPENUHI"
assert o["D"]["ikp"]["mean"] == 100 and o["D"]["ikp"]["ci_low"] == 100
assert o["D"]["kurva"] == "BELUM_ADA_PREDIKAT_ORGANISASI"
assert s["kota"]["ikm"] is None and s["kota"]["mutu"] is None
EOF

"$bin" --quiet export --out exp || fail "export failed"
nonan exp/*.csv
[ "$(wc -l < exp/skm.csv)" = 1 ] || fail "skm.csv should hold only its header"
grep -q '^2025,C,ikp,1,,,,,,,,,TIDAK_CUKUP_DATA$' exp/opd_ukuran.csv || fail "C's ikp row: $(grep '^2025,C,ikp' exp/opd_ukuran.csv)"
grep -q '^2025,D,ikp,5,100,0,0,100,100,100,100,100,$' exp/opd_ukuran.csv || fail "D's zero-variance row"
grep -q '^KOTA,ikp,,,0,,,,,,,,TIDAK_CUKUP_DATA,' exp/tren.csv || fail "annual-only year: no trend"

"$bin" check > c.txt || fail "check failed"
nonan c.txt
grep -q "OPD tanpa predikat kinerja organisasi: 1" c.txt || fail "check: missing predikat"
echo ok
