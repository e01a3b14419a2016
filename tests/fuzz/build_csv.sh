#!/usr/bin/env bash
# Builds the libFuzzer harnesses of the CSV reader, the native CSV import
# and the kinerja.ini parser, and their seed corpora.
#
#   tests/fuzz/build_csv.sh [OUTDIR]      (default: build-fuzz in the repository)
#
# Writes OUTDIR/fuzz_csv, OUTDIR/fuzz_import and OUTDIR/fuzz_ini (clang,
# -fsanitize=fuzzer,address,undefined) and OUTDIR/seeds-csv (the CSV files
# of tests/golden, and of a small `kinerja demo` when build/src/kinerja
# exists, each also cut to its first 12 lines) and OUTDIR/seeds-ini
# (`kinerja config`'s output and hand-written variants). See README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/build-fuzz}
mkdir -p "$out"

cc=${CC:-clang}
flags=(-g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DKJ_VERSION='"fuzz"'
       -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
       -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes
       -I"$root/src" -I"$root")

"$cc" "${flags[@]}" $(pkg-config --cflags nettle) -o "$out/fuzz_csv" "$here/fuzz_csv.c" \
  "$root/src/ingest/csv.c" "$root"/src/util/{buf,sha256,text,xalloc,status}.c \
  $(pkg-config --libs nettle) -lcsv

"$cc" "${flags[@]}" $(pkg-config --cflags inih) -o "$out/fuzz_ini" "$here/fuzz_ini.c" \
  "$root"/src/analysis/{params,curve,curve_solve}.c "$root"/src/domain/*.c "$root"/src/util/*.c \
  $(pkg-config --libs inih nettle) -lm

cmake -DSRC_DIR="$root/queries" -DOUT="$out/kj_queries.c" -P "$root/cmake/embed_sql.cmake"
"$cc" "${flags[@]}" -DKJ_FUZZ_BASE="\"$root/tests/golden/_base\"" \
  $(pkg-config --cflags minizip expat sqlite3 nettle) \
  -o "$out/fuzz_import" "$here/fuzz_import.c" "$out/kj_queries.c" \
  "$root"/src/ingest/*.c "$root"/src/store/*.c "$root"/src/domain/*.c "$root"/src/util/*.c \
  $(pkg-config --libs minizip expat sqlite3 nettle) -lcsv -lz -lm -lpthread

rm -rf "$out/seeds-csv" "$out/seeds-ini"
mkdir -p "$out/seeds-csv" "$out/seeds-ini"
add_csv() { # file prefix
  cp "$1" "$out/seeds-csv/$2-$(basename "$1")"
  head -12 "$1" > "$out/seeds-csv/$2-short-$(basename "$1")"
}
i=0
for f in "$root"/tests/golden/_base/*.csv "$root"/tests/golden/import/*/*.csv; do
  i=$((i + 1)); add_csv "$f" "g$i"
done
kinerja=$root/build/src/kinerja
[ -x "$kinerja" ] || kinerja=$root/build/kinerja
if [ -x "$kinerja" ]; then
  tmp=$(mktemp -d)
  "$kinerja" --db "$tmp/demo.db" --quiet demo --employees 200 --from 2025 --to 2025 \
    --csv-dir "$tmp/csv" >/dev/null
  for f in "$tmp"/csv/*.csv; do head -40 "$f" > "$out/seeds-csv/demo-$(basename "$f")"; done
  "$kinerja" --db "$tmp/demo.db" config > "$out/seeds-ini/config.ini"
  rm -rf "$tmp"
fi
printf '[umum]\ninstansi = BKPSDM Kota Contoh\nkota = Kota Contoh\n' > "$out/seeds-ini/umum.ini"
printf '[analisis]\nmin_kelompok = 3\nalpha = 0,01\nskm_bobot = 0.11 ; regulasi\n' \
  > "$out/seeds-ini/analisis.ini"
printf '[kurva.BAIK]\naturan = BAIK > 50%%;BAIK <= 70%%\naturan = BUTUH_PERBAIKAN + KURANG >= 1 orang\n[kurva.KURANG]\naturan =\n' \
  > "$out/seeds-ini/kurva.ini"
echo "built $out/fuzz_csv, fuzz_import, fuzz_ini; $(ls "$out/seeds-csv" | wc -l) CSV seeds," \
  "$(ls "$out/seeds-ini" | wc -l) INI seeds" >&2
