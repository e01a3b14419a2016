#!/usr/bin/env bash
# Builds libglibcm.a: glibc 2.36's own double-precision libm code (Debian's
# glibc source package, with Debian's git-updates.diff applied, LGPL-2.1+)
# for x86_64-w64-mingw32, so that the Windows build computes what the Linux
# build computes. Called by scripts/win64/build-deps.sh:
#   build.sh GLIBC_SRC OUT.a          (CC and AR from the environment)
# Every function kinerja or the GSL code in kinerja.exe calls whose MinGW-w64
# result differs from glibc's (measured with scripts/win64/libm-compare.c) is
# built here: exp log pow log10 log1p expm1 sin cos sincos tan atan atan2
# asin acos sinh cosh tanh acosh atanh hypot; and, not called today but as
# cheap, exp2 log2 asinh cbrt erf erfc. The exact functions (sqrt, floor,
# ceil, fmod, frexp, ldexp, nearbyint, round, trunc, remainder) agree
# already. lgamma and tgamma still differ (not called by kinerja; GSL has its
# own gamma functions).
#
# The files are compiled as glibc compiles them (Makeconfig: -O2, -std=gnu11,
# -frounding-math, libm's -fno-math-errno; branred.c with -ffp-contract=off),
# and those that x86_64 multiarch builds twice are built twice here too:
# plain (SSE2) and with -mfma -mavx2, renamed as glibc's *-fma.c wrappers do;
# dispatch.c picks one as glibc's ifunc resolver does.
set -euo pipefail
G=$(cd "$1" && pwd); out=$2
here=$(cd "$(dirname "$0")" && pwd)
CC=${CC:-x86_64-w64-mingw32-gcc-posix} AR=${AR:-x86_64-w64-mingw32-ar}
D=$G/sysdeps/ieee754/dbl-64
obj=$(mktemp -d "${TMPDIR:-/tmp}/glibcm.XXXXXX")
trap 'rm -rf "$obj"' EXIT
FLAGS=(-O2 -g0 -std=gnu11 -frounding-math -fno-math-errno -fmerge-all-constants -fno-common
  -w -include "$here/include/kjm-config.h" -I"$here/include" -I"$D")

cc1() {  # cc1 OBJ SRC [flags...]
  local o=$1 s=$2; shift 2
  "$CC" "${FLAGS[@]}" "$@" -c "$s" -o "$obj/$o.o"
}
# file: the names glibc's x86_64 multiarch wrapper (FILE-fma.c) renames
variant_names=(
  "e_exp:__exp=__ieee754_exp"
  "e_log:__log=__ieee754_log"
  "e_pow:__pow=__ieee754_pow"
  "e_asin:__ieee754_acos __ieee754_asin __doasin __docos __dubcos __dubsin"
  "e_atan2:__ieee754_atan2 __add __dbl_mp __dvd __mpatan2 __mul __sub"
  "s_atan:__atan __add __dbl_mp __mpatan __mul __sub"
  "s_sin:__cos __sin __docos __dubsin __mpcos __mpcos1 __mpsin __mpsin1"
  "s_tan:__tan __dbl_mp __mpranred __mptan __sub"
  "s_sincos:__sincos"
  "s_expm1:__expm1"
  "s_log1p:__log1p"
  "e_log2:__log2"
)
for entry in "${variant_names[@]}"; do
  f=${entry%%:*}
  for v in sse2 fma; do
    defs=()
    for n in ${entry#*:}; do
      case $n in
        *=*) defs+=("-D${n%%=*}=${n#*=}_$v") ;;   # __exp is named __ieee754_exp_fma
        *) defs+=("-D$n=${n}_$v") ;;
      esac
    done
    extra=(); [ $v = fma ] && extra=(-mfma -mavx2)
    cc1 "$f-$v" "$D/$f.c" "${defs[@]}" "${extra[@]}"
  done
done
for f in e_acosh e_atanh e_cosh e_sinh s_tanh e_log10 e_hypot s_asinh s_cbrt s_erf e_exp2 \
         sincostab e_exp_data e_log_data e_log2_data e_pow_log_data math_err; do
  cc1 "$f" "$D/$f.c"
done
cc1 branred "$D/branred.c" -ffp-contract=off
"$CC" -O2 -std=gnu11 -Wall -Wextra -Werror -c "$here/dispatch.c" -o "$obj/dispatch.o"
rm -f "$out"
"$AR" rcs "$out" "$obj"/*.o
