#!/usr/bin/env bash
# Installs the Debian packages, builds kinerja, and runs the main job on the
# built-in demo data: a synthetic Kota Padangsidimpuan (seed 7) is generated
# into demo-data/ and loaded into out/kinerja.db; its summary is printed, and
# the export tables, the charts, the study, an example Rapor OPD and the
# leadership briefing are written to out/.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh build

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc 2>/dev/null || echo 2)" --target kinerja

mkdir -p out
export KINERJA_DB=out/kinerja.db
rm -f "$KINERJA_DB" "$KINERJA_DB-wal" "$KINERJA_DB-shm"
./build/kinerja init
./build/kinerja demo --seed 7
./build/kinerja summary
./build/kinerja --quiet export --out out/tabel
./build/kinerja --quiet charts --out out/charts
# The annual study of every demo year, and one Rapor OPD as an example (DLH,
# whose planted decline shows on its Tren sheet). `report opd --all` writes
# 34 workbooks (about 3 s, 6 MB): run it by hand when they are wanted.
./build/kinerja report study --out out/studi.xlsx
./build/kinerja report opd --unit DLH --out out/rapor_DLH.xlsx
# The monthly monitoring workbook of the newest month (what a scheduled job
# writes every month: scripts/pemantauan-bulanan.sh).
./build/kinerja report bulanan --out out/pemantauan_2025-12.xlsx
# The main product last: the leadership briefing.
./build/kinerja report briefing --out out/briefing.xlsx
