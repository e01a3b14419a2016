/* glibc's math_private.h as far as the dbl-64 files built here use it: the
 * word access macros (same semantics as glibc's sysdeps/generic version) and
 * the internal entry points, which dispatch.c provides. */
#ifndef KJM_MATH_PRIVATE_H
#define KJM_MATH_PRIVATE_H
#include <endian.h>
#include <float.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>
#include <math-barriers.h>

typedef union {
  double value;
  struct { uint32_t lsw; uint32_t msw; } parts;
  uint64_t word;
} ieee_double_shape_type;

#define EXTRACT_WORDS(ix0, ix1, d) do { ieee_double_shape_type ew_u; ew_u.value = (d); \
    (ix0) = ew_u.parts.msw; (ix1) = ew_u.parts.lsw; } while (0)
#define EXTRACT_WORDS64(i, d) do { ieee_double_shape_type gh_u; gh_u.value = (d); \
    (i) = gh_u.word; } while (0)
#define GET_HIGH_WORD(i, d) do { ieee_double_shape_type gh_u; gh_u.value = (d); \
    (i) = gh_u.parts.msw; } while (0)
#define GET_LOW_WORD(i, d) do { ieee_double_shape_type gl_u; gl_u.value = (d); \
    (i) = gl_u.parts.lsw; } while (0)
#define INSERT_WORDS(d, ix0, ix1) do { ieee_double_shape_type iw_u; \
    iw_u.parts.msw = (ix0); iw_u.parts.lsw = (ix1); (d) = iw_u.value; } while (0)
#define INSERT_WORDS64(d, i) do { ieee_double_shape_type iw_u; iw_u.word = (i); \
    (d) = iw_u.value; } while (0)
#define SET_HIGH_WORD(d, v) do { ieee_double_shape_type sh_u; sh_u.value = (d); \
    sh_u.parts.msw = (v); (d) = sh_u.value; } while (0)
#define SET_LOW_WORD(d, v) do { ieee_double_shape_type sl_u; sl_u.value = (d); \
    sl_u.parts.lsw = (v); (d) = sl_u.value; } while (0)

/* Internal entry points (glibc: ifunc-selected where x86_64 multiarch has
 * FMA variants; here the dispatchers of dispatch.c). */
extern double __ieee754_exp (double);
extern double __ieee754_log (double);
extern double __ieee754_pow (double, double);
extern double __ieee754_atan2 (double, double);
extern double __ieee754_asin (double);
extern double __ieee754_acos (double);
extern double __ieee754_acosh (double);
extern double __ieee754_atanh (double);
extern double __ieee754_cosh (double);
extern double __ieee754_sinh (double);
extern double __ieee754_log10 (double);
extern double __ieee754_hypot (double, double);
extern double __expm1 (double);
extern double __log1p (double);
extern double __atan (double);
extern double __sin (double);
extern double __cos (double);
extern int __branred (double, double *, double *);
#define __ieee754_sqrt(x) __builtin_sqrt (x)
#define __sqrt(x) __builtin_sqrt (x)
#define __fabs(x) __builtin_fabs (x)
#define __copysign(x, y) __builtin_copysign ((x), (y))
#define __scalbn(x, n) __builtin_scalbn ((x), (n))
#endif
