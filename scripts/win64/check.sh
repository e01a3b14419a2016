#!/usr/bin/env bash
# The Windows checks of issue 14, under wine64, repeatable:
#   scripts/win64/check.sh [ZIP]     (default: the newest build-w64/kinerja-*-win64.zip)
# 1. A fresh WINEPREFIX with the host's fonts hidden (wine's fontconfig gets an
#    empty configuration), the zip unpacked into C:\kinerja; every command runs
#    the unpacked kinerja.exe, so the zip alone must be enough.
# 1b. glibc's math functions in the Windows build give glibc's bits
#    (libm-compare.c, natively and under wine).
# 2. demo, import of the demo CSVs and of e-Kinerja exports (xlsx and CSV),
#    export, charts and every report workbook; the demo CSVs and the export
#    CSVs must be byte-identical to the Linux build's (KJ_LINUX_BIN, default
#    build/kinerja) on the same data; every workbook must load in openpyxl and
#    convert in LibreOffice (soffice --headless); the chart PNGs must be
#    byte-identical to Linux's, and are listed for a look.
# 3. The cmocka suite cross-built and run by ctest through wine (wine-run.sh),
#    compared with the Linux build's unit results (SKIP_UNIT=1 skips this).
# 4. A report written over an existing file, under
#    C:\Users\Analis\Data Kinerja\ (spaces, drive letter, created by kinerja),
#    and file and folder names with non-ASCII letters.
# Output: build-w64/check/ (CHECK_DIR). Exit status 0 only if all pass.
set -uo pipefail
cd "$(dirname "$0")/../.."
top=$PWD
ZIP=${1:-$(ls -t build-w64/kinerja-*-win64.zip 2>/dev/null | head -1)}
LINUX=${KJ_LINUX_BIN:-$top/build/kinerja}
W=${CHECK_DIR:-$top/build-w64/check}
WINE=/usr/lib/wine/wine64
fails=0
ok() { printf 'ok    %s\n' "$*"; }
bad() { printf 'FAIL  %s\n' "$*"; fails=$((fails + 1)); }
die() { printf 'check.sh: %s\n' "$*" >&2; exit 2; }
[ -f "$ZIP" ] || die "no zip (run scripts/win64/package.sh)"
[ -x "$LINUX" ] || die "no Linux build at $LINUX (cmake --build build)"
ZIP=$(readlink -f "$ZIP")
name=$(basename "$ZIP" .zip)

rm -rf "$W" && mkdir -p "$W/linux"
export WINEPREFIX=$W/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
printf '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n' > "$W/no-host-fonts.conf"
export FONTCONFIG_FILE=$W/no-host-fonts.conf
$WINE wineboot -i >/dev/null 2>&1 || die "wineboot failed"
C=$WINEPREFIX/drive_c
mkdir -p "$C/kinerja" "$C/kerja" && unzip -q "$ZIP" -d "$C/kinerja" || die "unzip failed"
EXE="C:\\kinerja\\$name\\kinerja.exe"
k() { $WINE "$EXE" "$@"; }                     # the packaged Windows build
# The Linux build, same arguments, with the host's fonts (FONTCONFIG_FILE
# above is for wine only).
l() { (cd "$W/linux" && env -u FONTCONFIG_FILE "$LINUX" "$@"); }
run() {  # run DESCRIPTION COMMAND...: ok/FAIL on the exit status, output kept in $W/log
  local d=$1; shift
  if "$@" >>"$W/log" 2>&1; then ok "$d"; else bad "$d (exit $?; see $W/log)"; fi
}
echo "zip: $ZIP"; echo "wine: $($WINE --version)"; echo "work: $W"

# --- 1. the math library: glibc's own functions in the Windows build ------------------
# libm-compare.c over 200 024 arguments per function, natively (glibc) and
# for Windows linked with libglibcm.a (glibc-libm/); the FMA or SSE2 build is
# picked as glibc picks it, and the SSE2 builds are also compared with glibc
# told to hide FMA. lgamma and tgamma are not built (kinerja does not call them).
PREFIX=${KJ_WIN64_PREFIX:-${KJ_WIN64_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kinerja-win64}/prefix}
lm=$W/libm && mkdir -p "$lm"/{lin,win,lin-sse2,win-sse2}
lsrc=$top/scripts/win64/libm-compare.c
mcc=(x86_64-w64-mingw32-gcc-posix -O2 -std=gnu11)
if gcc -O2 -std=gnu11 -o "$lm/lc" "$lsrc" -lm >>"$W/log" 2>&1 &&
   "${mcc[@]}" -o "$lm/lc.exe" "$lsrc" -L"$PREFIX/lib" -lglibcm >>"$W/log" 2>&1 &&
   "${mcc[@]}" -DKJM_TEST_FORCE_SSE2 -c "$top/scripts/win64/glibc-libm/dispatch.c" -o "$lm/d-sse2.o" >>"$W/log" 2>&1 &&
   "${mcc[@]}" -o "$lm/lc-sse2.exe" "$lsrc" "$lm/d-sse2.o" -L"$PREFIX/lib" -lglibcm >>"$W/log" 2>&1 &&
   (cd "$lm" && ./lc lin && GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA ./lc lin-sse2 &&
    $WINE lc.exe win && $WINE lc-sse2.exe win-sse2) >>"$W/log" 2>&1; then
  fma=$(grep -qw fma /proc/cpuinfo && grep -qw avx2 /proc/cpuinfo && echo FMA || echo SSE2)
  if /usr/bin/python3 scripts/win64/libm-compare.py "$lm/lin" "$lm/win" lgamma tgamma >"$lm/compare.txt" &&
     /usr/bin/python3 scripts/win64/libm-compare.py "$lm/lin-sse2" "$lm/win-sse2" lgamma tgamma >"$lm/compare-sse2.txt"; then
    ok "libm: glibc's results, bit for bit, for $(grep -c identical "$lm/compare.txt") functions ($fma builds on this CPU, and the SSE2 builds); lgamma, tgamma not built"
  else bad "libm: results differ from glibc: $lm/compare.txt, $lm/compare-sse2.txt"; fi
else bad "libm-compare could not be built or run (see $W/log)"; fi

# --- 2. the pipeline, Windows against Linux ---------------------------------------------
win_demo() { k --db 'C:\kerja\demo.db' init && k --db 'C:\kerja\demo.db' demo --seed 7 --csv-dir 'C:\kerja\demo-data'; }
lin_demo() { l --db demo.db init && l --db demo.db demo --seed 7 --csv-dir demo-data; }
run "win: init + demo --seed 7" win_demo
run "linux: init + demo --seed 7" lin_demo
if diff -r "$W/linux/demo-data" "$C/kerja/demo-data" >"$W/diff-demo.txt"; then
  ok "demo CSVs byte-identical ($(ls "$C/kerja/demo-data" | wc -l) files)"
else bad "demo CSVs differ: $W/diff-demo.txt"; fi

csvs=$(cd "$C/kerja/demo-data" && ls *.csv)
winargs=(); for f in $csvs; do winargs+=("C:\\kerja\\demo-data\\$f"); done
linargs=(); for f in $csvs; do linargs+=("demo-data/$f"); done
win_import() { k --db 'C:\kerja\impor.db' init && k --db 'C:\kerja\impor.db' import "${winargs[@]}"; }
lin_import() { l --db impor.db init && l --db impor.db import "${linargs[@]}"; }
run "win: import of the demo CSVs into a new database" win_import
run "linux: import of the demo CSVs" lin_import

for db in demo impor; do
  run "win: export ($db.db)" $WINE "$EXE" --quiet --db "C:\\kerja\\$db.db" export --out "C:\\kerja\\tabel-$db"
  run "linux: export ($db.db)" l --quiet --db "$db.db" export --out "tabel-$db"
  if diff -r "$W/linux/tabel-$db" "$C/kerja/tabel-$db" >"$W/diff-export-$db.txt"; then
    ok "export CSVs of $db.db byte-identical ($(ls "$C/kerja/tabel-$db" | wc -l) files)"
  else
    bad "export CSVs of $db.db differ: $W/diff-export-$db.txt"
    /usr/bin/python3 "$top/scripts/win64/csvdiff.py" "$W/linux/tabel-$db" "$C/kerja/tabel-$db"
  fi
done

# The monthly monitoring's tables (export --periode) are numbers too.
run "win: export --periode 2025-06" $WINE "$EXE" --quiet --db 'C:\kerja\demo.db' export --periode 2025-06 --out 'C:\kerja\bulanan'
run "linux: export --periode 2025-06" l --quiet --db demo.db export --periode 2025-06 --out bulanan
if diff -r "$W/linux/bulanan" "$C/kerja/bulanan" >"$W/diff-export-bulanan.txt"; then
  ok "export --periode CSVs byte-identical ($(ls "$C/kerja/bulanan" | wc -l) files)"
else bad "export --periode CSVs differ: $W/diff-export-bulanan.txt"; fi

/usr/bin/python3 tests/scripts/make_ekinerja_fixtures.py "$C/kerja/fx" >/dev/null
cp -r "$C/kerja/fx" "$W/linux/fx"
win_ek() {
  k --db 'C:\kerja\ek.db' import 'C:\kerja\fx\native\unit.csv' &&
    k --db 'C:\kerja\ek.db' import --format ekinerja 'C:\kerja\fx\laporan_2024_q1.xlsx' \
      'C:\kerja\fx\laporan_2024_04.csv' 2>"$W/ek-win.txt"
}
lin_ek() {
  l --db ek.db import fx/native/unit.csv &&
    l --db ek.db import --format ekinerja fx/laporan_2024_q1.xlsx fx/laporan_2024_04.csv 2>"$W/ek-lin.txt"
}
run "win: e-Kinerja import (xlsx + CSV export)" win_ek
run "linux: e-Kinerja import" lin_ek
if grep -q 'laporan_2024_q1.xlsx: penilaian, 33 rows: 27 new' "$W/ek-win.txt"; then
  ok "e-Kinerja xlsx: 33 rows, 27 appraisals loaded"; else bad "e-Kinerja counts: $(cat "$W/ek-win.txt")"; fi
for t in "penilaian ORDER BY nip, periode" "pegawai ORDER BY nip" "unit ORDER BY kode_unit"; do
  if diff <(sqlite3 "$W/linux/ek.db" "SELECT * FROM $t") <(sqlite3 "$C/kerja/ek.db" "SELECT * FROM $t") >/dev/null &&
     [ -n "$(sqlite3 "$C/kerja/ek.db" "SELECT 1 FROM $t LIMIT 1")" ]; then
    ok "e-Kinerja: table ${t%% *} identical to Linux"
  else bad "e-Kinerja: table ${t%% *} differs from Linux"; fi
done

run "win: charts (PNG)" $WINE "$EXE" --quiet --db 'C:\kerja\demo.db' charts --out 'C:\kerja\grafik'
run "linux: charts (PNG)" l --quiet --db demo.db charts --out grafik
if diff <(cd "$W/linux/grafik" && ls) <(cd "$C/kerja/grafik" && ls) >/dev/null; then
  ok "charts: the same $(ls "$C/kerja/grafik" | wc -l) files as Linux"
else bad "charts: file lists differ"; fi

# The same text metrics give the same image sizes: a quick sign that the
# bundled DejaVu was used (a fallback font would change the layout).
png_sizes() { /usr/bin/python3 -c '
import struct, sys, os
for f in sorted(os.listdir(sys.argv[1])):
    if f.endswith(".png"):
        with open(os.path.join(sys.argv[1], f), "rb") as fh:
            w, h = struct.unpack(">II", fh.read(24)[16:24])
        print(f, w, h)' "$1"; }
if diff <(png_sizes "$W/linux/grafik") <(png_sizes "$C/kerja/grafik") >"$W/diff-png-sizes.txt"; then
  ok "charts: every PNG has the Linux build's pixel size"
else bad "charts: PNG sizes differ from Linux: $W/diff-png-sizes.txt"; fi
# The same fonts through the same fontconfig/FreeType/cairo code and the same
# numbers: the PNGs come out byte for byte as on Linux.
npng=0; ndiff=0
for f in "$W/linux/grafik/"*.png; do
  npng=$((npng + 1)); cmp -s "$f" "$C/kerja/grafik/$(basename "$f")" || ndiff=$((ndiff + 1))
done
[ "$ndiff" -eq 0 ] && ok "charts: all $npng PNGs byte-identical to Linux" ||
  bad "charts: $ndiff of $npng PNGs differ in bytes from Linux"

# The monthly control charts (charts --periode): the same files and bytes.
run "win: charts --periode 2025-06" $WINE "$EXE" --quiet --db 'C:\kerja\demo.db' charts --periode 2025-06 --out 'C:\kerja\kendali'
run "linux: charts --periode 2025-06" l --quiet --db demo.db charts --periode 2025-06 --out kendali
nk=0; kd=0
for f in "$W/linux/kendali/"*.png; do
  nk=$((nk + 1)); cmp -s "$f" "$C/kerja/kendali/$(basename "$f")" || kd=$((kd + 1))
done
[ "$nk" -gt 0 ] && [ "$kd" -eq 0 ] && ok "charts --periode: all $nk PNGs byte-identical to Linux" ||
  bad "charts --periode: $kd of $nk PNGs differ from Linux"

reports=("study --out C:\\kerja\\studi.xlsx" "opd --unit DLH --out C:\\kerja\\rapor_DLH.xlsx"
  "opd --all --out C:\\kerja\\rapor" "briefing --out C:\\kerja\\briefing.xlsx"
  "briefing --anonymize --lang en --out C:\\kerja\\briefing_en.xlsx"
  "bulanan --periode 2025-06 --out C:\\kerja\\pemantauan_2025-06.xlsx"
  "bulanan --periode 2025-05..2025-06 --out C:\\kerja\\pemantauan")
for r in "${reports[@]}"; do
  # shellcheck disable=SC2086
  run "win: report $r" $WINE "$EXE" --quiet --db 'C:\kerja\demo.db' report $r
done
cmp -s "$C/kerja/pemantauan_2025-06.xlsx" "$C/kerja/pemantauan/pemantauan_2025-06.xlsx" &&
  ok "report bulanan: June of the range 2025-05..2025-06 = June alone" ||
  bad "report bulanan: the range's June differs from June alone"
run "linux: report bulanan --periode 2025-06" l --quiet --db demo.db report bulanan --periode 2025-06 --out pemantauan_2025-06.xlsx
cmp -s "$W/linux/pemantauan_2025-06.xlsx" "$C/kerja/pemantauan_2025-06.xlsx" &&
  ok "report bulanan: the workbook is byte-identical to Linux's" ||
  bad "report bulanan: the workbook differs from Linux's"

# --- 4. paths: over an existing file, C:\Users\...\Data Kinerja, non-ASCII names -----
dk='C:\Users\Analis\Data Kinerja'
run "win: export into $dk\\tabel (folders created)" $WINE "$EXE" --quiet --db 'C:\kerja\demo.db' export --out "$dk\\tabel"
run "win: report briefing --out $dk\\laporan.xlsx" $WINE "$EXE" --quiet --db 'C:\kerja\demo.db' report briefing --out "$dk\\laporan.xlsx"
host_dk=$(find "$C" -maxdepth 3 -type d -name 'Data Kinerja' | head -1)
if [ -n "$host_dk" ] && [ -s "$host_dk/laporan.xlsx" ]; then
  sum1=$(sha256sum < "$host_dk/laporan.xlsx")
  run "win: report opd over the existing laporan.xlsx" $WINE "$EXE" --quiet --db 'C:\kerja\demo.db' report opd --unit DLH --out "$dk\\laporan.xlsx"
  sum2=$(sha256sum < "$host_dk/laporan.xlsx")
  if [ "$sum1" != "$sum2" ] && [ -z "$(find "$host_dk" -name '*.tmp-*')" ]; then
    ok "laporan.xlsx replaced in place, no temporary file left"
  else bad "laporan.xlsx not replaced, or a temporary file was left"; fi
else bad "no $dk\\laporan.xlsx on the host side"; fi
nonascii='Rapor Dinas Pendidikan – Tahun Anggaran 2025 (Ñoño, Sipirok Dolok Hole, é ü ß).xlsx'
run "win: report to a non-ASCII file name" $WINE "$EXE" --quiet --db 'C:\kerja\demo.db' report opd --unit DLH --out "$dk\\$nonascii"
[ -s "$host_dk/$nonascii" ] && ok "non-ASCII workbook name kept as UTF-8 on disk" || bad "non-ASCII workbook missing"
cp "$C/kerja/fx/native/unit.csv" "$host_dk/unit – Kota Padangsidimpuan é.csv"
run "win: import from a non-ASCII CSV name into a non-ASCII database" $WINE "$EXE" \
  --db "$dk\\basis data – é.db" import "$dk\\unit – Kota Padangsidimpuan é.csv"
[ -s "$host_dk/basis data – é.db" ] && ok "non-ASCII database name kept" || bad "non-ASCII database missing"
run "win: charts into a non-ASCII folder" $WINE "$EXE" --quiet --db 'C:\kerja\demo.db' charts --out "$dk\\grafik – é"
[ -n "$(ls "$host_dk/grafik – é/"*.png 2>/dev/null)" ] && ok "charts written under a non-ASCII folder" || bad "no charts in the non-ASCII folder"
run "win: the .bat runs the demo into hasil-demo" env KINERJA_TANPA_BUKA=1 $WINE cmd /c "C:\\kinerja\\$name\\jalankan-demo.bat"
[ -s "$C/kinerja/$name/hasil-demo/briefing.xlsx" ] && ok ".bat: hasil-demo\\briefing.xlsx written" || bad ".bat: no briefing"

# --- workbooks: openpyxl and LibreOffice ---------------------------------------------
mapfile -t books < <(find "$C/kerja" "$host_dk" "$C/kinerja/$name/hasil-demo" -name '*.xlsx' -newer "$W/no-host-fonts.conf" ! -path '*/fx/*' | sort)
py_ok=0
for b in "${books[@]}"; do
  /usr/bin/python3 -c 'import sys, openpyxl; openpyxl.load_workbook(sys.argv[1])' "$b" 2>>"$W/log" && py_ok=$((py_ok + 1)) || bad "openpyxl cannot load $b"
done
[ "$py_ok" -eq "${#books[@]}" ] && ok "all ${#books[@]} workbooks load in openpyxl"
if command -v soffice >/dev/null; then
  mkdir -p "$W/lo"
  lo_ok=0
  # One LibreOffice run converts every workbook (its first sheet) to CSV.
  timeout 900 env -u FONTCONFIG_FILE soffice -env:UserInstallation="file://$W/lo-profile" \
    --headless --convert-to csv \
    --outdir "$W/lo" "${books[@]}" >>"$W/log" 2>&1
  for b in "${books[@]}"; do
    [ -s "$W/lo/$(basename "${b%.xlsx}").csv" ] && lo_ok=$((lo_ok + 1)) || bad "LibreOffice cannot open $b"
  done
  [ "$lo_ok" -eq "${#books[@]}" ] && ok "all ${#books[@]} workbooks open and convert in LibreOffice"
else bad "soffice missing (apt-get install -y libreoffice-calc-nogui)"; fi
echo "PNGs to look at: $C/kerja/grafik/ (Linux: $W/linux/grafik/)"

# --- 3. the cmocka suite through wine -------------------------------------------------
if [ "${SKIP_UNIT:-0}" != 1 ]; then
  # The build tree of package.sh (already configured with the toolchain file):
  # the test programs are built there next to kinerja.exe.
  BT=${BUILD_DIR:-$top/build-w64}
  if [ -f "$BT/CMakeCache.txt" ] && cmake --build "$BT" -j"${JOBS:-2}" >>"$W/log" 2>&1; then
    # The prefix is booted first, apart from ctest: wine's service processes
    # started by a test's first wine call inherit that test's output pipe, and
    # ctest then waits for it until they exit (seen once: 16 minutes).
    env -u FONTCONFIG_FILE WINEPREFIX="$W/wine-ctest" $WINE wineboot -i >/dev/null 2>&1 </dev/null
    (cd "$BT" && env -u FONTCONFIG_FILE WINEPREFIX="$W/wine-ctest" ctest -L unit -j2 \
       --output-on-failure >"$W/ctest-win.txt" 2>&1)
    WINEPREFIX="$W/wine-ctest" /usr/lib/wine/wineserver -k 2>/dev/null
    (cd "$top/build" && env -u FONTCONFIG_FILE ctest -L unit -j2 >"$W/ctest-linux.txt" 2>&1)
    res() { sed -n 's/^ *[0-9]*\/[0-9]* Test *#[0-9]*: \([^ ]*\) [.*]* *\([A-Za-z*]*\).*/\1 \2/p' "$1" | sort; }
    posix_only=$(sed -n 's/^set(KJ_POSIX_ONLY_TESTS \(.*\))$/\1/p' tests/CMakeLists.txt)
    echo "not run on Windows (fork/wait; see tests/CMakeLists.txt): $posix_only"
    res "$W/ctest-win.txt" > "$W/unit-win.txt"
    res "$W/ctest-linux.txt" | grep -vwF -f <(tr ' ' '\n' <<<"$posix_only") > "$W/unit-linux.txt"
    if diff "$W/unit-linux.txt" "$W/unit-win.txt" >"$W/diff-unit.txt" && [ -s "$W/unit-win.txt" ]; then
      ok "unit suite under wine: same results as Linux ($(grep -c ' Passed' "$W/unit-win.txt") passed)"
    else bad "unit suite differs from Linux: $W/diff-unit.txt"; fi
  else bad "cross build of the test suite failed (see $W/log)"; fi
fi

echo "$fails failure(s)"
[ "$fails" -eq 0 ]
