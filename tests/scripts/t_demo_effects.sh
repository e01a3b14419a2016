#!/usr/bin/env bash
# The planted effects of the default demo (seed 7, 4,800 employees; listed in
# doc/demo-data.md) are found by an independent re-implementation of the
# analytics.md tests (demo_effects.py, pure Python), each with the label the
# analysis should give it, and nothing unplanted is as strong. The lenient
# evaluator the command names is the one the check finds. Then the real
# analysis (`kinerja export`, analytics.md §12 tables) must label each planted
# effect the same way.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(dirname "$(readlink -f "$0")")
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" --db demo.db demo --csv-dir csv 2> log || fail "demo failed: $(tail -3 log)"
nip=$(sed -n 's/.*lenient evaluator: NIP \([0-9]\{18\}\)).*/\1/p' log)
[ -n "$nip" ] || fail "the command does not name the lenient evaluator"
/usr/bin/python3 "$here/demo_effects.py" csv > report || { cat report; fail "planted effects not found"; }
cat report
grep -q "^   $nip RSUD .* LONGGAR" report || fail "lenient evaluator $nip is not the one flagged"

"$bin" --db demo.db --quiet export --year 2025 --out exp || fail "export failed"
# col FILE NAME: the 1-based index of a column, from the header.
col() { head -1 "exp/$1" | tr ',' '\n' | grep -nx "$2" | cut -d: -f1; }
# row FILE KEYCOL KEY [KEYCOL2 KEY2] VALCOL: the value of VALCOL where the keys match.
row() {
  local f=$1 k1 v1 k2 v2 out
  k1=$(col "$f" "$2"); v1=$3
  if [ $# = 6 ]; then k2=$(col "$f" "$4"); v2=$5; out=$(col "$f" "$6"); else k2=$k1; v2=$3; out=$(col "$f" "$4"); fi
  awk -F, -v a="$k1" -v b="$v1" -v c="$k2" -v d="$v2" -v o="$out" '$a == b && $c == d { print $o }' "exp/$f"
}
[ "$(row kekuatan_kelemahan.csv kode_opd DISDUKCAPIL dimensi berorientasi_pelayanan label)" = KEKUATAN ] \
  || fail "analysis: DISDUKCAPIL berorientasi_pelayanan is not KEKUATAN"
[ "$(row kekuatan_kelemahan.csv kode_opd DISTAN dimensi adaptif label)" = KELEMAHAN ] \
  || fail "analysis: DISTAN adaptif is not KELEMAHAN"
[ "$(row tren.csv kode_opd DLH ukuran ikp label)" = TURUN ] || fail "analysis: DLH ikp trend is not TURUN"
[ "$(row kurva.csv kode_opd DPUPR status)" = TIDAK_PATUH ] || fail "analysis: DPUPR curve is not TIDAK_PATUH"
[ "$(row kurva.csv kode_opd DPUPR perubahan_min)" -ge 40 ] || fail "analysis: DPUPR needs few changes"
[ "$(row penilai.csv nip_penilai "$nip" label)" = LONGGAR ] || fail "analysis: $nip is not LONGGAR"
[ -n "$(row skm_ikp.csv kode_unit PKM.SADABUAN flag)" ] || fail "analysis: PKM.SADABUAN is not flagged"
flagged=$(awk -F, -v f="$(col skm_ikp.csv flag)" 'NR > 1 && $f == "PENILAIAN_TINGGI_KEPUASAN_RENDAH"' exp/skm_ikp.csv | wc -l)
[ "$flagged" = 1 ] || fail "analysis: $flagged units flagged in skm_ikp.csv, expected 1"
# one unit (the planted puskesmas) makes the IKM-IKP correlation: never called strong
[ "$(row asosiasi.csv ukuran skm_ikm_ikp status)" = DITENTUKAN_SATU_UNIT ] \
  || fail "analysis: the IKM-IKP association is not DITENTUKAN_SATU_UNIT"
[ "$(row asosiasi.csv ukuran skm_ikm_ikp unit_berpengaruh)" = PKM.SADABUAN ] \
  || fail "analysis: PKM.SADABUAN is not the influential unit"
# the planted PPPK gap (§13) is the only fairness flag
[ "$(row kesetaraan.csv atribut jenis_pegawai kelompok PPPK label)" = TIDAK_SETARA ] \
  || fail "analysis: the PPPK gap is not TIDAK_SETARA"
unfair=$(awk -F, -v f="$(col kesetaraan.csv label)" 'NR > 1 && $f == "TIDAK_SETARA"' exp/kesetaraan.csv | wc -l)
[ "$unfair" = 1 ] || fail "analysis: $unfair contrasts TIDAK_SETARA, expected 1 (PPPK)"
# §10a against an independent re-implementation on the same CSV files
/usr/bin/python3 "$here/apresiasi_check.py" csv exp 2025 || fail "apresiasi_kurang.csv differs"
echo "ok"
