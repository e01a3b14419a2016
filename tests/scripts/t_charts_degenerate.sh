#!/usr/bin/env bash
# `kinerja charts` on cities a chart library trips over, imported from
# hand-written CSV files: a city of one OPD whose every employee gets the
# same rating and the same scores and whose name is 200+ characters of
# non-ASCII text; a city where one OPD is below min_kelompok; the same with
# --min-group above every OPD (everything greyed); and a city without any
# survey or behaviour score. Each run must exit 0, draw valid files
# (check_charts.py) and say which charts it skipped and why.
set -euo pipefail
bin=$(readlink -f "$1") scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"; mkdir -p "$scratch"; cd "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }

# make_city DIR SPEC: writes the CSV files of a city. SPEC is a Python list of
# OPD: (code, name, employees, equal_ratings, with_skm, with_perilaku_and_capaian).
make_city() {
  /usr/bin/python3 - "$1" "$2" <<'EOF'
import ast, csv, os, sys
out, spec = sys.argv[1], ast.literal_eval(sys.argv[2])
os.makedirs(out, exist_ok=True)
def w(name, header, rows):
    with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f)
        c.writerow(header)
        c.writerows(rows)
units, peg, nil, pen, org, skm, cap = [], [], [], [], [], [], []
seq = 0
ratings = ["DI_ATAS", "SESUAI", "SESUAI", "DI_BAWAH"]
for i, (code, name, n, equal, with_skm, with_perilaku) in enumerate(spec):
    units.append([code, name, code[:8].title(), "DINAS", ""])
    upt = code + ".UPT"
    units.append([upt, "UPT " + name[:40], "", "LAINNYA", code])
    org.append([code, 2025, "BAIK"])
    for k in range(n):
        seq += 1
        nip = f"19800101200501{1 + seq % 2}{seq:03d}"
        peg.append([nip, f"Pegawai {seq}", upt if k % 2 else code])
        for m in range(1, 13):
            h = "SESUAI" if equal else ratings[(k + m) % 4]
            p = "SESUAI" if equal else ratings[(k * 3 + m) % 3]
            pen.append([nip, f"2025-{m:02d}", h, p, f"2025-{m:02d}-28"])
            if with_perilaku:  # the "bare" city has no indicators either
                cap.append([nip, f"2025-{m:02d}", "Dokumen selesai", 10, 10 if equal else 8 + k % 5])
        if with_perilaku:
            for v in ["BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL",
                      "ADAPTIF", "KOLABORATIF"]:
                nnn = 4.0 if equal else 3.0 + (k % 5) * 0.4
                nil.append([nip, "2025", v, f"{nnn:.1f}"])
    if with_skm:
        for r in range(40):
            a = 3 if equal else 1 + (r + i) % 4
            skm.append([upt, "2025-06", f"R{i}{r:03d}"] + [a] * 9)
w("unit.csv", ["kode_unit", "nama_unit", "singkatan", "jenis_unit", "kode_induk"], units)
w("pegawai.csv", ["nip", "nama", "kode_unit"], peg)
w("penilaian.csv", ["nip", "periode", "rating_hasil_kerja", "rating_perilaku",
                    "tanggal_dinilai"], pen)
w("kinerja_organisasi.csv", ["kode_unit", "tahun", "predikat"], org)
if cap:
    w("capaian.csv", ["nip", "periode", "indikator", "target", "realisasi"], cap)
if nil:
    w("perilaku.csv", ["nip", "periode", "nilai", "skor"], nil)
if skm:
    w("skm.csv", ["kode_unit", "periode", "id_responden"] + [f"u{i}" for i in range(1, 10)], skm)
EOF
}

# run NAME [charts options...]: imports city NAME, draws it in three formats, checks the files.
run() {
  local name=$1; shift
  "$bin" --db $name.db --quiet import $name/*.csv || fail "$name: import failed"
  for f in png svg pdf; do
    "$bin" --db $name.db charts --format $f --out $name-out/$f "$@" 2> $name-$f.log \
      || fail "$name: charts --format $f: $(grep -v '^  ' $name-$f.log | tail -3)"
  done
  /usr/bin/python3 "$here/check_charts.py" $name-out/png $name-out/svg $name-out/pdf \
    kota_peringkat_ikp kota_distribusi kota_heatmap > $name-check.txt \
    || fail "$name: $(head -5 $name-check.txt)"
}

long="Dinas Pemberdayaan Masyarakat, Perempuan, Perlindungan Anak, Pengendalian Penduduk"
long="$long dan Keluarga Berencana — Bidang Pelayanan Terpadu “Satu Pintu” Kecamatan Ṣiḍimpuan Ångkola"
long="$long Julu dan Sekitarnya (uji nama yang sangat panjang sekali)"
[ ${#long} -ge 200 ] || fail "the long name has only ${#long} characters"

# 1. One OPD, every value equal, a 200+ character non-ASCII name.
make_city one "[('SATU', '$long', 12, True, True, True)]"
run one
grep -q "^charts: skipped kota_sebaran" one-png.log \
  && fail "one: the scatter of one unit should still be drawn"
grep -q "^charts: 10 of 10 written" one-png.log || fail "one: $(tail -1 one-png.log)"

# 2. One OPD below min_kelompok (3 < 5) next to two ordinary ones.
make_city small "[('BESAR', 'Dinas Besar', 12, False, True, True),
                  ('SEDANG', 'Dinas Sedang', 9, False, False, True),
                  ('KECIL', 'Kantor Kecil', 3, False, False, True)]"
run small
[ -s small-out/png/opd_KECIL_profil.png ] || fail "small: no profil for the small OPD (greyed)"
[ -s small-out/png/opd_KECIL_kurva.png ] || fail "small: no kurva for the small OPD (greyed)"

# 3. The same city with a minimum group above every OPD: everything greyed.
"$bin" --db small.db --quiet charts --min-group 50 --out small-grey || fail "--min-group 50"
cmp -s small-grey/kota_peringkat_ikp.png small-out/png/kota_peringkat_ikp.png \
  && fail "--min-group 50 drew the same ranking"

# 4. No survey, no behaviour score, no indicator at all: those charts are skipped with a reason.
make_city bare "[('AAA', 'Dinas A', 6, False, False, False), ('BBB', 'Dinas B', 7, False, False, False)]"
run bare
for s in "kota_skm: no SKM survey" "kota_sebaran: no service unit" \
         "opd AAA profil: no BerAKHLAK score"; do
  grep -qF "charts: skipped $s" bare-png.log || fail "bare: no 'skipped $s' line"
done
[ ! -e bare-out/png/kota_skm.png ] || fail "bare: an SKM chart without survey data"
echo "ok: degenerate cities drawn"
