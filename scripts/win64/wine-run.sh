#!/usr/bin/env bash
# Runs a Windows program of the cross build under wine64:
#   scripts/win64/wine-run.sh PREFIX PROGRAM.exe [ARGS...]
# PREFIX is the dependency prefix (its bin/ holds the DLLs); MinGW's own
# runtime DLLs (winpthread, libgcc, libssp) come from the toolchain. The exit
# status is the program's. CMake uses this as CMAKE_CROSSCOMPILING_EMULATOR,
# so ctest runs the cmocka suite through it.
set -euo pipefail
prefix=$1; shift
gccdir=$(ls -d /usr/lib/gcc/x86_64-w64-mingw32/*-posix 2>/dev/null | sort -V | tail -1)
export WINEPATH="$prefix/bin;$gccdir;/usr/x86_64-w64-mingw32/lib${WINEPATH:+;$WINEPATH}"
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
export WINEPREFIX=${WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/kinerja-win64/wine-test}
exec /usr/lib/wine/wine64 "$@"
