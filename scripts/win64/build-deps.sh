#!/usr/bin/env bash
# Cross-builds every library kinerja links, for 64-bit Windows, from Debian's
# own source packages, into a prefix that CMake uses through
# scripts/win64/toolchain-mingw64.cmake. See doc/windows.md.
#
#   scripts/win64/build-deps.sh            # install tools, fetch, build, cache
#   KJ_WIN64_CACHE=/some/dir scripts/...   # cache elsewhere (default ~/.cache/kinerja-win64)
#   JOBS=2 (default)                       # parallel make jobs
#   KJ_NICE=10 (default)                   # niceness of the compilers
#   KJ_ONLY="gsl nettle"                   # build only these (e.g. in a second
#                                          # terminal while the first run builds others)
#
# - Installs the MinGW-w64 toolchain, meson and wine64 from Debian (apt).
# - Fetches the pinned source versions below with `apt-get source`, through a
#   deb-src list in the cache directory (apt options; no system file changes).
#   The orig tarballs are used, verified against the signed index.
# - Builds each package once (a stamp per package and version), so a failed or
#   interrupted run resumes where it stopped; the finished prefix is also kept
#   as a tarball (w64-prefix-KEY.tgz, KEY from this script and the pins) and
#   unpacked from there when the prefix is missing.
# Takes ~25-30 minutes of 2 cores the first time; runs niced.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
CACHE=${KJ_WIN64_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kinerja-win64}
PREFIX=$CACHE/prefix
JOBS=${JOBS:-2}
HOST=x86_64-w64-mingw32
WINE=/usr/lib/wine/wine64

# Pinned source versions: Debian 12 (bookworm) main archive. libinih's
# bookworm version (55-1) is no longer downloadable from the archive (404), so
# it comes from trixie's 59-1, the same small BSD library with the same API.
pins=(
  pixman=0.42.2-1
  libpng1.6=1.6.39-2+deb12u5
  libffi=3.4.4-1
  pcre2=10.42-1
  glib2.0=2.74.6-2+deb12u9
  fribidi=1.0.8-2.1
  expat=2.5.0-1+deb12u2
  freetype=2.12.1+dfsg-5+deb12u4
  harfbuzz=6.0.0+dfsg-3
  fontconfig=2.14.1-4
  cairo=1.16.0-7
  pango1.0=1.50.12+ds-1
  libcsv=3.0.3+dfsg-6
  minizip=1.1-8+deb12u1
  libxlsxwriter=1.1.4-2
  sqlite3=3.40.1-2+deb12u2
  gsl=2.7.1+dfsg-5+deb12u1
  glibc=2.36-9+deb12u14
  nettle=3.8.1-2
  cmocka=1.1.5-2.1
  libinih=59-1
)
tools=(gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 libz-mingw-w64-dev mingw-w64-tools
  wine64 fonts-wine meson ninja-build pkg-config dpkg-dev cmake make tcl gperf zip unzip
  fonts-dejavu-core)

log() { printf '[build-deps %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- tools -------------------------------------------------------------------
missing=()
for p in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y \
    --no-install-recommends "${missing[@]}"
fi

# glibc's libm for Windows (glibc-libm/): its files are part of the recipe.
libm_key=$(cat "$here"/glibc-libm/build.sh "$here"/glibc-libm/dispatch.c "$here"/glibc-libm/include/*.h |
  sha256sum | cut -c1-8)
key=$(cat "$0" "$here/mingw64.cross.in" "$here/libintl-stub.c" "$here/libintl-stub.h" |
  sha256sum | cut -c1-12)-$libm_key
tarball=$CACHE/w64-prefix-$key.tgz
mkdir -p "$CACHE"
if [ -f "$PREFIX/.complete-$key" ]; then
  log "prefix is complete: $PREFIX"
  exit 0
fi
if [ -f "$tarball" ] && [ ! -e "$PREFIX" ]; then
  log "unpacking cached $tarball"
  mkdir -p "$PREFIX" && tar -xzf "$tarball" -C "$PREFIX"
  touch "$PREFIX/.complete-$key"
  exit 0
fi

# --- sources -------------------------------------------------------------------
apt_dir=$CACHE/apt
mkdir -p "$apt_dir/sources.d" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
cat > "$apt_dir/sources.d/debian-src.sources" <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
APT=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir/sources.d"
  -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache"
  -o APT::Sandbox::User=root)
src=$CACHE/src
mkdir -p "$src"
# The upstream (orig) tarballs are built, checked against the SHA-256 in the
# signed Sources index. Debian's patches are not applied: several .diff.gz /
# .debian.tar.xz files of these versions are gone from the archive (404), and
# patched autotools inputs would need autoreconf. Security fixes carried only
# as Debian patches are therefore missing; see doc/windows.md.
srcinfo() {  # srcinfo P V -> "sha256 size file" lines of that source version
  apt-cache "${APT[@]}" showsrc "$1" 2>/dev/null | awk -v v="$2" '
    /^Package:/ {pk=$2} /^Version:/ {ver=$2}
    /^Checksums-Sha256:/ {c=1; next} /^[^ ]/ {c=0}
    c && ver==v {print}'
}
orig_of() {  # orig_of P V -> the main orig tarball's "sha256 file"
  srcinfo "$1" "$2" | awk '$3 ~ /\.orig\.tar\.[a-z0-9]+$/ {print $1, $3; exit}'
}
[ -f "$apt_dir/lists/.fetched" ] || { log "fetching source indices"
  apt-get "${APT[@]}" update >/dev/null; touch "$apt_dir/lists/.fetched"; }
for pin in "${pins[@]}"; do
  p=${pin%%=*} v=${pin#*=}
  read -r sum file < <(orig_of "$p" "$v") || die "$pin is not in the Sources index"
  if [ ! -f "$src/$file" ] || [ "$(sha256sum < "$src/$file" | cut -d' ' -f1)" != "$sum" ]; then
    log "apt-get source $pin (orig tarball)"
    (cd "$src" && apt-get "${APT[@]}" source --download-only "$pin" >/dev/null 2>&1) || true
    [ -f "$src/$file" ] || die "could not fetch $file for $pin"
    [ "$(sha256sum < "$src/$file" | cut -d' ' -f1)" = "$sum" ] || die "$file: SHA-256 mismatch"
  fi
done

# --- environment -----------------------------------------------------------------
work=$CACHE/work
mkdir -p "$work" "$PREFIX"/{bin,lib/pkgconfig,include} "$CACHE/stamps"
sed "s|@PREFIX@|$PREFIX|g" "$here/mingw64.cross.in" > "$work/mingw64.cross"
export PKG_CONFIG=pkg-config PKG_CONFIG_LIBDIR=$PREFIX/lib/pkgconfig PKG_CONFIG_PATH=
export CC=$HOST-gcc-posix CXX=$HOST-g++-posix AR=$HOST-ar RANLIB=$HOST-ranlib
export STRIP=$HOST-strip WINDRES=$HOST-windres RC=$HOST-windres
export CPPFLAGS="-I$PREFIX/include" LDFLAGS="-L$PREFIX/lib" CFLAGS="-O2" CXXFLAGS="-O2"
export WINEPREFIX=$CACHE/wine-build WINEDEBUG=-all WINEPATH="$PREFIX/bin"
export WINEDLLOVERRIDES="mscoree,mshtml="  # no Mono/Gecko prompts on the first run
NICE=(nice -n "${KJ_NICE:-10}")  # a shared build machine: the long build yields

unpack() {  # unpack P V -> prints the source tree
  local p=$1 v=$2 d=$work/$1 sum file
  read -r sum file < <(orig_of "$p" "$v")
  rm -rf "$d" && mkdir -p "$d"
  tar -xf "$src/$file" -C "$d" --strip-components=1
  echo "$d"
}
done_stamp() { echo "$CACHE/stamps/$1-$2"; }
autotools() {  # autotools DIR [configure args...]
  local d=$1; shift
  (cd "$d" && "${NICE[@]}" ./configure --host=$HOST --prefix="$PREFIX" \
      --enable-shared --disable-static "$@" >configure.log 2>&1 ||
    { tail -n 40 configure.log config.log >&2; exit 1; })
  local sub=${AUTOTOOLS_SUBDIR:-.}
  (cd "$d" && "${NICE[@]}" make -C "$sub" -j"$JOBS" >make.log 2>&1 || { tail -n 40 make.log >&2; exit 1; })
  (cd "$d" && make -C "$sub" install >install.log 2>&1 || { tail -n 20 install.log >&2; exit 1; })
}
mesonb() {  # mesonb DIR [meson -D options...]
  local d=$1; shift
  (cd "$d" && "${NICE[@]}" meson setup _build --cross-file "$work/mingw64.cross" \
      --prefix "$PREFIX" --libdir lib --buildtype release -Ddefault_library=shared \
      --wrap-mode nodownload "$@" >meson.log 2>&1 || { tail -n 40 meson.log >&2; exit 1; })
  (cd "$d" && "${NICE[@]}" ninja -C _build -j"$JOBS" >ninja.log 2>&1 || { tail -n 40 ninja.log >&2; exit 1; })
  (cd "$d" && ninja -C _build install >install.log 2>&1 || { tail -n 20 install.log >&2; exit 1; })
}
cmakeb() {  # cmakeb DIR [cmake -D options...]
  local d=$1; shift
  (cd "$d" && "${NICE[@]}" cmake -S . -B _build -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_TOOLCHAIN_FILE="$here/toolchain-mingw64.cmake" -DKJ_WIN64_PREFIX="$PREFIX" \
      -DCMAKE_INSTALL_PREFIX="$PREFIX" "$@" >cmake.log 2>&1 || { tail -n 40 cmake.log >&2; exit 1; })
  (cd "$d" && "${NICE[@]}" cmake --build _build -j"$JOBS" >build.log 2>&1 || { tail -n 40 build.log >&2; exit 1; })
  (cd "$d" && cmake --install _build >install.log 2>&1 || { tail -n 20 install.log >&2; exit 1; })
}
pcfile() {  # pcfile NAME VERSION LIBS [REQUIRES]
  cat > "$PREFIX/lib/pkgconfig/$1.pc" <<EOF
prefix=$PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: $1
Description: $1 (kinerja win64 build)
Version: $2
Requires.private: ${4:-}
Libs: -L\${libdir} $3
Cflags: -I\${includedir}
EOF
}

# --- recipes: one function per source package -----------------------------------
b_zlib() {  # Debian ships zlib for MinGW as a binary package; copy it in.
  cp /usr/$HOST/include/zlib.h /usr/$HOST/include/zconf.h "$PREFIX/include/"
  cp /usr/$HOST/lib/libz.dll.a "$PREFIX/lib/"
  cp /usr/$HOST/lib/zlib1.dll "$PREFIX/bin/"
  pcfile zlib "$(dpkg-query -W -f='${Version}' libz-mingw-w64-dev | sed 's/.*://; s/[.+~-]dfsg.*//')" -lz
}
b_intl() {  # glib needs libintl; kinerja has no translations through gettext.
  cp "$here/libintl-stub.h" "$PREFIX/include/libintl.h"
  $CC -O2 -c "$here/libintl-stub.c" -I"$here" -o "$work/libintl.o"
  $AR rcs "$PREFIX/lib/libintl.a" "$work/libintl.o"
}
b_pixman() { mesonb "$1" -Dgtk=disabled -Dlibpng=disabled -Dopenmp=disabled -Dtests=disabled; }
b_libpng1.6() { autotools "$1"; }
b_libffi() { autotools "$1" --disable-docs --disable-multi-os-directory; }
b_pcre2() { autotools "$1" --disable-pcre2grep-libz --disable-pcre2grep-libbz2; }
b_glib2.0() {
  mesonb "$1" -Dtests=false -Dinstalled_tests=false -Dnls=disabled -Dman=false -Dgtk_doc=false \
    -Dlibmount=disabled -Dselinux=disabled -Dxattr=false -Dsysprof=disabled -Dglib_debug=disabled
}
b_fribidi() { mesonb "$1" -Ddocs=false; }
b_harfbuzz() {
  mesonb "$1" -Dtests=disabled -Ddocs=disabled -Dbenchmark=disabled -Dintrospection=disabled \
    -Dicu=disabled -Dfreetype=enabled -Dcairo=disabled -Dgobject=disabled -Dglib=enabled \
    -Dgdi=enabled
}
# FreeType and fontconfig: pango 1.50's Windows backend sees only the
# DirectWrite system fonts, so the charts use pango's fontconfig backend on
# Windows too, with the DejaVu TTFs shipped in the zip (as MSYS2 and MXE do).
b_freetype() {
  autotools "$1" --with-zlib=yes --with-png=no --with-bzip2=no --with-brotli=no \
    --with-harfbuzz=no
}
b_fontconfig() {
  autotools "$1" --disable-docs --disable-cache-build --enable-iconv=no --with-expat="$PREFIX"
}
b_cairo() {
  # cairo 1.16 adds -D_FORTIFY_SOURCE=2, so it needs libssp; passing it as
  # -Wl,-lssp keeps libtool building the DLL (plain -lssp makes it static-only).
  # Only src/ is built: util/ and the tools are not needed.
  AUTOTOOLS_SUBDIR=src autotools "$1" --enable-win32 --enable-win32-font --enable-ft \
    --enable-fc --disable-xlib --disable-xcb --disable-quartz --disable-gtk-doc \
    --disable-trace --disable-interpreter --disable-symbol-lookup --enable-png --enable-svg \
    --enable-pdf --enable-ps LIBS=-Wl,-lssp
}
b_pango1.0() {
  mesonb "$1" -Dfontconfig=enabled -Dfreetype=enabled -Dintrospection=disabled \
    -Dgtk_doc=false -Dinstall-tests=false -Dlibthai=disabled -Dxft=disabled -Dcairo=enabled \
    -Dsysprof=disabled
}
b_libcsv() {  # one file; its 2013 config.guess does not know today's hosts. LGPL-2.1+
  $CC -O2 -c "$1/libcsv.c" -o "$1/libcsv.o" && $AR rcs "$PREFIX/lib/libcsv.a" "$1/libcsv.o"
  cp "$1/csv.h" "$PREFIX/include/"
}
b_expat() {  # the orig tarball is a git snapshot without configure: its CMake build
  cmakeb "$1/expat" -DEXPAT_BUILD_TOOLS=OFF -DEXPAT_BUILD_EXAMPLES=OFF -DEXPAT_BUILD_TESTS=OFF \
    -DEXPAT_BUILD_DOCS=OFF -DEXPAT_SHARED_LIBS=ON
}
b_minizip() {  # zlib's contrib/minizip: the four files kinerja's use needs, plus Windows I/O
  local d=$1 m
  m=$(find "$d" -name unzip.c -path '*minizip*' | head -1); m=$(dirname "$m")
  (cd "$m" && $CC -O2 -shared -o "$PREFIX/bin/libminizip-1.dll" \
      -Wl,--out-implib,"$PREFIX/lib/libminizip.dll.a" \
      ioapi.c unzip.c zip.c iowin32.c -I"$PREFIX/include" -L"$PREFIX/lib" -lz)
  mkdir -p "$PREFIX/include/minizip"
  cp "$m"/{ioapi.h,unzip.h,zip.h,iowin32.h,crypt.h} "$PREFIX/include/minizip/"
  pcfile minizip 1.1 -lminizip zlib
  sed -i 's|^Cflags: .*|Cflags: -I${includedir}/minizip -I${includedir}|' "$PREFIX/lib/pkgconfig/minizip.pc"
}
b_libxlsxwriter() {
  # The zip at zlib's fastest level, as the Linux build gets it from
  # reports/workbook/wb_zip.c (there libxlsxwriter calls Debian's minizip, here
  # its own copy, so the level is compiled in): the same bytes on both.
  [ "$(grep -c 'Z_DEFLATED, Z_DEFAULT_COMPRESSION,' "$1/src/packager.c")" = 2 ] ||
    die "libxlsxwriter's packager.c no longer zips as wb_zip.c expects"
  sed -i 's/Z_DEFLATED, Z_DEFAULT_COMPRESSION,/Z_DEFLATED, Z_BEST_SPEED,/' "$1/src/packager.c"
  cmakeb "$1" -DBUILD_SHARED_LIBS=ON -DUSE_SYSTEM_MINIZIP=OFF -DBUILD_TESTS=OFF \
    -DBUILD_EXAMPLES=OFF
  [ -f "$PREFIX/lib/pkgconfig/xlsxwriter.pc" ] || pcfile xlsxwriter 1.1.4 -lxlsxwriter zlib
}
b_sqlite3() {
  # The tcl script that makes the amalgamation runs host tools, so make
  # sqlite3.c natively, then compile it with MinGW, with debian/rules' flags
  # and what its configure options add (FTS4/5, math functions).
  local d=$1 v
  (cd "$d" && mkdir -p _native && cd _native &&
    env CC=gcc CFLAGS=-O2 CPPFLAGS= LDFLAGS= AR=ar RANLIB=ranlib ../configure >../configure.log 2>&1 &&
    "${NICE[@]}" make sqlite3.c >../make.log 2>&1) || { tail -n 30 "$d/make.log" >&2; exit 1; }
  v=$(cat "$d/VERSION")
  (cd "$d/_native" && "${NICE[@]}" $CC -O2 -shared -o "$PREFIX/bin/libsqlite3-0.dll" \
      -Wl,--out-implib,"$PREFIX/lib/libsqlite3.dll.a" sqlite3.c \
      -DSQLITE_API='__declspec(dllexport)' -fno-strict-aliasing \
      -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3 \
      -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1 \
      -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_DBSTAT_VTAB \
      -DSQLITE_ALLOW_ROWID_IN_VIEW -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 \
      -DSQLITE_ENABLE_LOAD_EXTENSION -DSQLITE_ENABLE_JSON1 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS \
      -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_FTS3_TOKENIZER=1 -DSQLITE_USE_URI=1 \
      -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_PREUPDATE_HOOK -DSQLITE_ENABLE_SESSION \
      -DSQLITE_ENABLE_STMTVTAB -DSQLITE_MAX_VARIABLE_NUMBER=250000 \
      -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_MATH_FUNCTIONS &&
    cp sqlite3.h sqlite3ext.h "$PREFIX/include/")
  pcfile sqlite3 "$v" -lsqlite3
}
# libgsl.a is static: its calls to exp, log, ... are bound when kinerja.exe
# is linked, so GSL's pkg-config file requires glibcm (glibc's libm, b_glibc):
# -lglibcm then follows -lgsl. Called by b_gsl and b_glibc, so a rebuild of
# either keeps it.
gsl_requires_glibcm() {
  local pc=$PREFIX/lib/pkgconfig/gsl.pc
  [ -f "$pc" ] || return 0
  if ! grep -q '^Requires:.*glibcm' "$pc"; then
    if grep -q '^Requires:' "$pc"; then sed -i 's/^Requires:.*/& glibcm/' "$pc"
    else sed -i 's/^Libs:/Requires: glibcm\n&/' "$pc"; fi
  fi
  grep -q '^Requires:.*glibcm' "$pc" || die "could not add glibcm to gsl.pc"
}
b_gsl() {
  # The +dfsg tarball has no doc/ sources: build without that directory.
  # Static: libgsl leaves the cblas symbols open, which a DLL cannot.
  sed -i 's/^\(SUBDIRS = .*\) doc$/\1/' "$1/Makefile.in"
  autotools "$1" --disable-shared --enable-static
  gsl_requires_glibcm
}
b_nettle() {
  # No m4 for the assembler on the build host; `make -j install` races, so make first.
  autotools "$1" --enable-mini-gmp --disable-assembler --disable-documentation \
    --disable-openssl --disable-public-key
}
b_glibc() {
  # Debian's glibc, the C library of the Linux build: its double-precision
  # libm code (sysdeps/ieee754/dbl-64) built for Windows as libglibcm.a by
  # glibc-libm/build.sh, so that kinerja.exe computes what Linux computes.
  # MinGW-w64's exp, log, pow, sin, atan, tanh, ... (x87 code and msvcrt)
  # differ from glibc's in the last bits for 0.03-50 % of arguments
  # (doc/windows.md), which changed printed statistics. Debian's
  # git-updates.diff (the 2.36 stable branch) is applied: it changes
  # expm1, log1p and log2 and adds their FMA builds. LGPL-2.1-or-later.
  local d=$1 dsum dfile host_libc
  host_libc=$(dpkg-query -W -f='${Version}' libc6 2>/dev/null || true)
  [ "$host_libc" = "$v" ] || log "WARNING: the Linux build's libc6 is ${host_libc:-missing}, the pin is" \
    "glibc=$v: pin the installed version, or exports may differ from Linux in the last digits"
  read -r dsum dfile < <(srcinfo glibc "$v" | awk '$3 ~ /\.debian\.tar\.xz$/ {print $1, $3; exit}')
  [ "$(sha256sum < "$src/$dfile" | cut -d' ' -f1)" = "$dsum" ] || die "$dfile: missing or SHA-256 mismatch"
  tar -xf "$src/$dfile" -C "$d" debian/patches/git-updates.diff
  (cd "$d" && patch -p1 -s < debian/patches/git-updates.diff) || die "git-updates.diff does not apply"
  "$here/glibc-libm/build.sh" "$d" "$PREFIX/lib/libglibcm.a"
  pcfile glibcm "${v%%-*}" -lglibcm
  gsl_requires_glibcm
}
b_cmocka() { cmakeb "$1" -DWITH_EXAMPLES=OFF -DUNIT_TESTING=OFF -DBUILD_SHARED_LIBS=ON; }
b_libinih() { mesonb "$1" -Ddistro_install=true -Dwith_INIReader=false; }

# --- build, in dependency order ---------------------------------------------------
for step in zlib intl; do
  st=$(done_stamp "$step" "$key")
  [ -f "$st" ] && continue
  log "building $step"
  "b_$step"
  touch "$st"
done
for pin in "${pins[@]}"; do
  p=${pin%%=*} v=${pin#*=}
  st=$(done_stamp "$p" "$v")
  [ "$p" = glibc ] && st=$st-$libm_key
  [ "$p" = libxlsxwriter ] && st=$st-fastzip # built with the deflate level patched in
  [ -f "$st" ] && continue
  if [ -n "${KJ_ONLY:-}" ] && ! [[ " $KJ_ONLY " == *" $p "* ]]; then continue; fi
  log "building $p $v"
  t0=$SECONDS
  d=$(unpack "$p" "$v")
  "b_$p" "$d"
  touch "$st"
  log "built $p in $((SECONDS - t0)) s"
done

# --- cache ---------------------------------------------------------------------------
[ -z "${KJ_ONLY:-}" ] || { log "built $KJ_ONLY"; exit 0; }
log "writing $tarball"
rm -f "$CACHE"/w64-prefix-*.tgz
tar -czf "$tarball.part" -C "$PREFIX" . && mv "$tarball.part" "$tarball"
touch "$PREFIX/.complete-$key"
log "done: $PREFIX ($(du -sh "$PREFIX" | cut -f1)), cache $tarball"
