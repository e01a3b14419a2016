#!/usr/bin/env bash
# Builds the libFuzzer harness of the e-Kinerja import and its seed corpus.
#
#   tests/fuzz/build_ekinerja.sh [OUTDIR]      (default: build-fuzz in the repository)
#
# Writes OUTDIR/fuzz_ekinerja (clang, -fsanitize=fuzzer,address,undefined;
# the ingest, store, domain and util modules with the embedded queries) and
# OUTDIR/seeds-ekinerja (the exports of make_ekinerja_fixtures.py, plus each
# CSV cut to its first 12 lines). See tests/fuzz/README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/build-fuzz}
mkdir -p "$out"

cmake -DSRC_DIR="$root/queries" -DOUT="$out/kj_queries.c" -P "$root/cmake/embed_sql.cmake"
cc=${CC:-clang}
"$cc" -g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DKJ_VERSION='"fuzz"' \
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer \
  -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
  -I"$root/src" -I"$root" $(pkg-config --cflags minizip expat sqlite3 nettle) \
  -o "$out/fuzz_ekinerja" "$here/fuzz_ekinerja.c" "$out/kj_queries.c" \
  "$root"/src/ingest/*.c "$root"/src/store/*.c "$root"/src/domain/*.c "$root"/src/util/*.c \
  $(pkg-config --libs minizip expat sqlite3 nettle) -lcsv -lz -lm -lpthread

rm -rf "$out/fixtures-ekinerja" "$out/seeds-ekinerja"
/usr/bin/python3 "$root/tests/scripts/make_ekinerja_fixtures.py" "$out/fixtures-ekinerja"
mkdir -p "$out/seeds-ekinerja"
for f in "$out"/fixtures-ekinerja/*.csv "$out"/fixtures-ekinerja/*.xlsx \
         "$out"/fixtures-ekinerja/broken/*; do
  cp "$f" "$out/seeds-ekinerja/"
  case $f in *.csv) head -12 "$f" > "$out/seeds-ekinerja/short-$(basename "$f")" ;; esac
done
echo "built $out/fuzz_ekinerja; $(ls "$out/seeds-ekinerja" | wc -l) seeds in" \
  "$out/seeds-ekinerja" >&2
