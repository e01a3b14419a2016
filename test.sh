#!/usr/bin/env bash
# Installs what the build and the tests need, builds kinerja twice (optimised,
# and with AddressSanitizer + UndefinedBehaviorSanitizer) and runs every test
# (cmocka unit tests and end-to-end scripts) under ctest in both builds.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh test

jobs=$(nproc 2>/dev/null || echo 2)
run_suite() {
  local dir=$1 type=$2
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$type" >/dev/null
  cmake --build "$dir" -j "$jobs"
  (cd "$dir" && ctest --output-on-failure -j "$jobs" --timeout 600)
}

echo "== build and test: RelWithDebInfo" >&2
run_suite build RelWithDebInfo
echo "== build and test: Asan (ASan + UBSan)" >&2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
run_suite build-asan Asan
echo "All tests passed." >&2
