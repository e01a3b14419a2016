/* Forced first include (-include) for every glibc libm file compiled by
 * scripts/win64/glibc-libm/build.sh: the few glibc-internal macros that the
 * dbl-64 sources use, defined for MinGW-w64. Nothing here changes numerics:
 * the algorithms are glibc's own files, compiled as glibc compiles them. */
#ifndef KJM_CONFIG_H
#define KJM_CONFIG_H
#include <errno.h>
#define __glibc_likely(c) __builtin_expect ((c), 1)
#define __glibc_unlikely(c) __builtin_expect ((c), 0)
#define __set_errno(e) (errno = (e))
#define attribute_hidden
#ifndef __always_inline
#define __always_inline __inline __attribute__ ((__always_inline__))
#endif
#define attribute_tls_model_ie
#define hidden_def(name)
#define hidden_proto(name, ...)
#define libm_hidden_def(name)
#define libm_hidden_proto(name, ...)
#define weak_alias(name, aliasname)
/* A real alias: e_hypot.c names its result __ieee754_hypot this way. */
#define strong_alias(name, aliasname) \
  extern __typeof (name) aliasname __attribute__ ((alias (#name)));
#define versioned_symbol(lib, local, symbol, version)
#define compat_symbol(lib, local, symbol, version)
#define SHLIB_COMPAT(lib, introduced, obsoleted) 0
/* glibc's include/math.h names for exact helpers (s_cbrt.c uses them). */
#define __frexp(x, e) __builtin_frexp ((x), (e))
#define __ldexp(x, e) __builtin_ldexp ((x), (e))

/* glibc's classification macros. MinGW-w64's FP_* values have another order
 * (FP_NORMAL 0x400 < FP_ZERO 0x4000) and its isfinite tests bits of them;
 * s_cbrt.c compares fpclassify (x) <= FP_ZERO. As glibc's <math.h> with GCC:
 * builtins on glibc's values. */
#include <math.h>
#undef FP_NAN
#undef FP_INFINITE
#undef FP_ZERO
#undef FP_SUBNORMAL
#undef FP_NORMAL
#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4
#undef fpclassify
#define fpclassify(x) __builtin_fpclassify (FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#undef isnan
#define isnan(x) __builtin_isnan (x)
#undef isinf
#define isinf(x) __builtin_isinf_sign (x)
#undef isfinite
#define isfinite(x) __builtin_isfinite (x)
#undef isnormal
#define isnormal(x) __builtin_isnormal (x)
#undef signbit
#define signbit(x) __builtin_signbit (x)
#endif
