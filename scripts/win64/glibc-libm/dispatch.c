/* The public math entry points of the Windows build's glibc libm
 * (scripts/win64/glibc-libm/build.sh), so that kinerja.exe and the GSL code
 * linked into it compute what the Linux build computes with Debian's glibc.
 *
 * glibc 2.36 on x86-64 selects, per process, an FMA build of exp, log, pow,
 * atan, atan2, asin, acos, sin, cos, sincos, tan, expm1, log1p and log2
 * (the last three by Debian's git-updates.diff) when the
 * CPU has FMA and AVX2 (sysdeps/x86_64/fpu/multiarch/ifunc-fma.h, ifunc
 * resolvers), otherwise the SSE2 build; internal callers (acosh, cosh, ...)
 * go through the same selection. build.sh compiles both builds of each file
 * (names *_fma and *_sse2, as the multiarch wrappers name them); these
 * dispatchers make the same choice, once.
 *
 * The wrappers below carry glibc's errno rules (math/w_*_compat.c and
 * w_*_template.c): they set errno only and return glibc's value unchanged. */
#include <errno.h>
#include <math.h>

#define VARIANTS(ret, name, params) \
  extern ret name##_fma params; \
  extern ret name##_sse2 params;
VARIANTS (double, __ieee754_exp, (double))
VARIANTS (double, __ieee754_log, (double))
VARIANTS (double, __ieee754_pow, (double, double))
VARIANTS (double, __ieee754_atan2, (double, double))
VARIANTS (double, __ieee754_asin, (double))
VARIANTS (double, __ieee754_acos, (double))
VARIANTS (double, __atan, (double))
VARIANTS (double, __sin, (double))
VARIANTS (double, __cos, (double))
VARIANTS (double, __tan, (double))
VARIANTS (void, __sincos, (double, double *, double *))
VARIANTS (double, __expm1, (double))
VARIANTS (double, __log1p, (double))
VARIANTS (double, __log2, (double))

/* Built once (no multiarch variants in glibc). */
extern double __ieee754_acosh (double);
extern double __ieee754_atanh (double);
extern double __ieee754_cosh (double);
extern double __ieee754_sinh (double);
extern double __ieee754_log10 (double);
extern double __hypot (double, double);
extern double __tanh (double);
extern double __asinh (double);
extern double __cbrt (double);
extern double __erf (double);
extern double __erfc (double);
extern double __exp2 (double);

/* glibc's selector: CPU_FEATURE_USABLE (FMA) && CPU_FEATURE_USABLE (AVX2).
 * libgcc's __builtin_cpu_supports also checks that the OS saves the AVX
 * state (XGETBV), as glibc's "usable" does. 0 = not yet known. */
static int kjm_sel;
static int use_fma (void)
{
#ifdef KJM_TEST_FORCE_SSE2  /* check.sh: the SSE2 builds, against glibc told to hide FMA */
  return 0;
#endif
  int s = __atomic_load_n (&kjm_sel, __ATOMIC_RELAXED);
  if (__builtin_expect (s == 0, 0))
    {
      __builtin_cpu_init ();
      s = (__builtin_cpu_supports ("fma") && __builtin_cpu_supports ("avx2")) ? 1 : 2;
      __atomic_store_n (&kjm_sel, s, __ATOMIC_RELAXED);
    }
  return s == 1;
}

/* Internal names, used by the glibc files themselves. */
#define DISPATCH1(name) \
  double name (double); \
  double name (double x) { return use_fma () ? name##_fma (x) : name##_sse2 (x); }
#define DISPATCH2(name) \
  double name (double, double); \
  double name (double x, double y) { return use_fma () ? name##_fma (x, y) : name##_sse2 (x, y); }
DISPATCH1 (__ieee754_exp)
DISPATCH1 (__ieee754_log)
DISPATCH2 (__ieee754_pow)
DISPATCH2 (__ieee754_atan2)
DISPATCH1 (__ieee754_asin)
DISPATCH1 (__ieee754_acos)
DISPATCH1 (__atan)
DISPATCH1 (__sin)
DISPATCH1 (__cos)
DISPATCH1 (__tan)
DISPATCH1 (__expm1)
DISPATCH1 (__log1p)
DISPATCH1 (__log2)
void __sincos (double, double *, double *);
void __sincos (double x, double *s, double *c)
{
  if (use_fma ())
    __sincos_fma (x, s, c);
  else
    __sincos_sse2 (x, s, c);
}

/* Public names. exp, log, pow, hypot, sin, cos, tan, sincos, atan, tanh,
 * expm1, exp2, log2, asinh, cbrt, erf and erfc are glibc's functions
 * themselves (errno, where any, is set inside). */
double exp (double x) { return __ieee754_exp (x); }
double log (double x) { return __ieee754_log (x); }
double pow (double x, double y) { return __ieee754_pow (x, y); }
double hypot (double x, double y) { return __hypot (x, y); }
double sin (double x) { return __sin (x); }
double cos (double x) { return __cos (x); }
double tan (double x) { return __tan (x); }
void sincos (double x, double *s, double *c) { __sincos (x, s, c); }
double atan (double x) { return __atan (x); }
double tanh (double x) { return __tanh (x); }
double expm1 (double x) { return __expm1 (x); }
double exp2 (double x) { return __exp2 (x); }
double log2 (double x) { return __log2 (x); }
double asinh (double x) { return __asinh (x); }
double cbrt (double x) { return __cbrt (x); }
double erf (double x) { return __erf (x); }
double erfc (double x) { return __erfc (x); }

double log1p (double x)  /* math/w_log1p.c */
{
  if (__builtin_expect (islessequal (x, -1.0), 0))
    errno = x == -1.0 ? ERANGE : EDOM;
  return __log1p (x);
}
double atan2 (double y, double x)  /* math/w_atan2_template.c */
{
  double z = __ieee754_atan2 (y, x);
  if (__builtin_expect (z == 0.0, 0) && y != 0.0 && isfinite (x))
    errno = ERANGE;
  return z;
}
double asin (double x)  /* math/w_asin_template.c */
{
  if (__builtin_expect (isgreater (fabs (x), 1.0), 0))
    errno = EDOM;
  return __ieee754_asin (x);
}
double acos (double x)  /* math/w_acos_template.c */
{
  if (__builtin_expect (isgreater (fabs (x), 1.0), 0))
    errno = EDOM;
  return __ieee754_acos (x);
}
double acosh (double x)  /* math/w_acosh_template.c */
{
  if (__builtin_expect (isless (x, 1.0), 0))
    errno = EDOM;
  return __ieee754_acosh (x);
}
double atanh (double x)  /* math/w_atanh_template.c */
{
  if (__builtin_expect (isgreaterequal (fabs (x), 1.0), 0))
    errno = fabs (x) == 1.0 ? ERANGE : EDOM;
  return __ieee754_atanh (x);
}
double cosh (double x)  /* math/w_cosh_template.c */
{
  double r = __ieee754_cosh (x);
  if (__builtin_expect (!isfinite (r), 0) && isfinite (x))
    errno = ERANGE;
  return r;
}
double sinh (double x)  /* math/w_sinh_template.c */
{
  double r = __ieee754_sinh (x);
  if (__builtin_expect (!isfinite (r), 0) && isfinite (x))
    errno = ERANGE;
  return r;
}
double log10 (double x)  /* math/w_log10_template.c */
{
  if (__builtin_expect (islessequal (x, 0.0), 0))
    errno = x == 0.0 ? ERANGE : EDOM;
  return __ieee754_log10 (x);
}
