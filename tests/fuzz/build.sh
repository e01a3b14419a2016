#!/usr/bin/env bash
# Builds the libFuzzer harness of the xlsx reader and its seed corpus.
#
#   tests/fuzz/build.sh [OUTDIR]      (default: build-fuzz in the repository)
#
# Writes OUTDIR/fuzz_xlsx (clang, -fsanitize=fuzzer,address,undefined) and
# OUTDIR/seeds (from the unit-test fixtures). See tests/fuzz/README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/build-fuzz}
mkdir -p "$out"

cc=${CC:-clang}
"$cc" -g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer \
  -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
  -I"$root/src" -I"$root" $(pkg-config --cflags minizip expat) \
  -o "$out/fuzz_xlsx" "$here/fuzz_xlsx.c" "$root"/src/ingest/xlsx*.c \
  "$root/src/util/buf.c" "$root/src/util/xalloc.c" "$root/src/util/status.c" \
  $(pkg-config --libs minizip expat) -lz -lm

rm -rf "$out/fixtures" "$out/seeds"
/usr/bin/python3 "$root/tests/scripts/make_xlsx_fixtures.py" "$out/fixtures"
/usr/bin/python3 "$here/make_corpus.py" "$out/fixtures" "$out/seeds"
echo "built $out/fuzz_xlsx; $(ls "$out/seeds" | wc -l) seeds in $out/seeds" >&2
