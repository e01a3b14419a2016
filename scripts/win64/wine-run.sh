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
# The charts' fonts (charts/fonts.c): a program run from the build tree has no
# fonts folder beside it, so point fontconfig at Debian's DejaVu, the fonts of
# the Linux build. The path is read by wine's host fontconfig too; it is the
# same path on both sides (Z: is /).
if [ -z "${FONTCONFIG_FILE:-}" ]; then
  mkdir -p "$WINEPREFIX"
  export FONTCONFIG_FILE=$WINEPREFIX/kinerja-test-fonts.conf
  [ -f "$FONTCONFIG_FILE" ] || printf '%s\n' '<?xml version="1.0"?>' \
    '<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir></fontconfig>' > "$FONTCONFIG_FILE"
fi
exec /usr/lib/wine/wine64 "$@"
