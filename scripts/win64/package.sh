#!/usr/bin/env bash
# Cross-builds kinerja.exe against the prefix of build-deps.sh and packs the
# portable Windows zip:
#   scripts/win64/package.sh      ->  build-w64/kinerja-VERSION-win64.zip
# The zip holds one folder: kinerja.exe, every DLL it needs (found by walking
# the imports with objdump, so nothing is listed by hand), fonts/ (Debian's
# DejaVu TTFs, registered by kinerja at run time), licences/ (GPL-3 for
# kinerja and each library's own licence), README-Windows.txt (Bahasa
# Indonesia) and jalankan-demo.bat. Environment: KJ_WIN64_CACHE as for
# build-deps.sh; BUILD_DIR (default build-w64).
set -euo pipefail
cd "$(dirname "$0")/../.."
top=$PWD
here=$top/scripts/win64
CACHE=${KJ_WIN64_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kinerja-win64}
PREFIX=$CACHE/prefix
BUILD=${BUILD_DIR:-$top/build-w64}
HOST=x86_64-w64-mingw32
log() { printf '[package %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

ls "$PREFIX"/.complete-* >/dev/null 2>&1 ||
  die "no finished dependency prefix in $PREFIX: run scripts/win64/build-deps.sh first"

version=$(sed -n 's/^project(kinerja VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || die "cannot read the version from CMakeLists.txt"
name=kinerja-$version-win64

log "building kinerja.exe in $BUILD"
mkdir -p "$BUILD"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$here/toolchain-mingw64.cmake" -DKJ_WIN64_PREFIX="$PREFIX" \
  >"$BUILD/package-cmake.log" 2>&1 || { tail -n 30 "$BUILD/package-cmake.log"; die "cmake failed"; }
cmake --build "$BUILD" -j"${JOBS:-2}" --target kinerja >"$BUILD/package-build.log" 2>&1 ||
  { grep -E 'error|Error' "$BUILD/package-build.log" | head -30; die "the build failed"; }

stage=$BUILD/pkg/$name
rm -rf "$BUILD/pkg" && mkdir -p "$stage"/{fonts,lisensi}
$HOST-strip -o "$stage/kinerja.exe" "$BUILD/kinerja.exe"

# --- the DLL closure -------------------------------------------------------------
gccdir=$(ls -d /usr/lib/gcc/$HOST/*-posix | sort -V | tail -1)
dll_dirs=("$PREFIX/bin" "$gccdir" "/usr/$HOST/lib")
# DLLs that every Windows 10/11 has; anything else must be shipped.
system_dll='^(kernel32|user32|gdi32|msvcrt|advapi32|shell32|ole32|oleaut32|ws2_32|dnsapi|iphlpapi|shlwapi|usp10|msimg32|crypt32|bcrypt|winmm|imm32|dwrite|comdlg32|rpcrt4|setupapi|ntdll|secur32|userenv|dbghelp|api-ms-win-.*)\.dll$'
declare -A seen=()
queue=("$stage/kinerja.exe")
while [ ${#queue[@]} -gt 0 ]; do
  f=${queue[0]}; queue=("${queue[@]:1}")
  while read -r dll; do
    lc=${dll,,}
    [ -n "${seen[$lc]:-}" ] && continue
    seen[$lc]=1
    found=
    for d in "${dll_dirs[@]}"; do
      if [ -f "$d/$dll" ]; then found=$d/$dll; break; fi
    done
    if [ -n "$found" ]; then
      $HOST-strip -o "$stage/$dll" "$found"
      queue+=("$stage/$dll")
    elif ! [[ $lc =~ $system_dll ]]; then
      die "$f needs $dll, which is neither built nor a Windows system DLL"
    fi
  done < <($HOST-objdump -p "$f" | sed -n 's/^\s*DLL Name: //p')
done
log "$(ls "$stage"/*.dll | wc -l) DLLs"

# --- fonts: Debian's DejaVu (the theme font on Linux too) and the fontconfig file -------
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf \
  "$stage/fonts/"
cp /usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf \
  /usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf "$stage/fonts/"
cp "$here/fonts.conf" "$stage/fonts/fonts.conf"

# --- licences ------------------------------------------------------------------------
cp LICENSE "$stage/lisensi/kinerja-GPL-3.0.txt"
for w in "$CACHE"/work/*/; do
  p=$(basename "$w")
  for f in "$w"/COPYING* "$w"/LICEN[CS]E* "$w"/License* "$w"/COPYRIGHT* "$w"/docs/FTL.TXT \
           "$w"/docs/GPLv2.TXT; do
    [ -f "$f" ] || continue
    r=${f#"$w"}
    cp "$f" "$stage/lisensi/$p-${r//\//-}.txt"
  done
  ls "$stage/lisensi/$p-"* >/dev/null 2>&1 || {
    # minizip and sqlite state their licence in the sources.
    case $p in
      minizip) sed -n '1,/^\*\//p' "$(find "$w" -name unzip.h | head -1)" > "$stage/lisensi/minizip-unzip.h.txt" ;;
      sqlite3) printf 'SQLite is in the public domain: https://sqlite.org/copyright.html\n%s\n' \
                 "$(sed -n '1,/^\*\*\*\*/p' "$w/src/main.c")" > "$stage/lisensi/sqlite3-public-domain.txt" ;;
      *) die "no licence file found for $p in $w" ;;
    esac
  }
done
cp /usr/share/doc/libz-mingw-w64/copyright "$stage/lisensi/zlib-copyright.txt"
cp /usr/share/doc/fonts-dejavu-core/copyright "$stage/lisensi/fonts-dejavu-copyright.txt"
cp /usr/share/doc/mingw-w64-common/copyright "$stage/lisensi/mingw-w64-runtime-copyright.txt"
cp /usr/share/doc/gcc-mingw-w64-base/copyright "$stage/lisensi/gcc-runtime-copyright.txt"
cp "$here/libintl-stub.c" "$stage/lisensi/libintl-stub-GPL-3.0-kinerja.c.txt"

# --- the notes and the demo script (CRLF: Notepad and cmd.exe) -------------------------
sed "s/@VERSION@/$version/g" "$here/README-Windows.txt" | sed 's/$/\r/' > "$stage/README-Windows.txt"
sed 's/$/\r/' "$here/jalankan-demo.bat" > "$stage/jalankan-demo.bat"

# --- the zip -------------------------------------------------------------------------
zipf=$BUILD/$name.zip
rm -f "$zipf"
(cd "$BUILD/pkg" && TZ=UTC find "$name" -exec touch -d "@${SOURCE_DATE_EPOCH:-$(git -C "$top" log -1 --format=%ct)}" {} + &&
  find "$name" -type f | LC_ALL=C sort | zip -q -X -9 "$zipf" -@)
log "wrote $zipf ($(du -h "$zipf" | cut -f1), $(unzip -l "$zipf" | tail -1 | awk '{print $2}') files)"
