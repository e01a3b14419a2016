/* libm-compare.c — the math functions of this C library over many arguments,
 * written as raw doubles, so that a native (glibc) run and a Windows run
 * (MinGW-w64, or glibc's libm built by glibc-libm/build.sh) can be compared
 * bit for bit (scripts/win64/libm-compare.py; check.sh runs both).
 *   libm-compare OUTDIR      -> OUTDIR/NAME.bin for every function
 * The arguments are made without libm (integer random numbers, ldexp), so
 * both runs see the same ones: half uniform over a typical range, half with
 * a random exponent over the whole useful range, then special values. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 200000
#define NS 24
static double in1[N + NS], in2[N + NS], out[N + NS];
static const char *dir;
static uint64_t state = 0x9E3779B97F4A7C15u;

static uint64_t next(void) { /* splitmix64 */
  uint64_t z = (state += 0x9E3779B97F4A7C15u);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
  return z ^ (z >> 31);
}
static double unif(double a, double b) { return a + (b - a) * ((double)(next() >> 11) * 0x1.0p-53); }
static double logu(double lo, double hi) { /* random exponent, random mantissa */
  int elo, ehi;
  frexp(lo, &elo);
  frexp(hi, &ehi);
  for (;;) {
    double x = ldexp(unif(0.5, 1.0), elo + (int)(next() % (uint64_t)(ehi - elo + 1)));
    if (x >= lo && x <= hi) return x;
  }
}
static void gen(double a, double b, double lo, double hi, int neg) {
  static const double sp[NS] = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-310, -1e-310,
                                DBL_MIN, DBL_MAX, -DBL_MAX, 710.0, -745.5, 1e300, 1e-300,
                                0.999999999999, 1.000000000001, 3.141592653589793, 1e22,
                                INFINITY, -INFINITY, NAN};
  for (int i = 0; i < N; i++) {
    in1[i] = (i & 1) ? logu(lo, hi) : unif(a, b);
    if ((i & 1) && neg && (next() & 1)) in1[i] = -in1[i];
    in2[i] = 0;
  }
  for (int i = 0; i < NS; i++) in1[N + i] = sp[i], in2[N + i] = sp[(i * 7 + 3) % NS];
}
static void dump(const char *name) {
  char p[1024];
  snprintf(p, sizeof p, "%s/%s.bin", dir, name);
  FILE *f = fopen(p, "wb");
  if (!f || fwrite(out, sizeof(double), N + NS, f) != N + NS || fwrite(in1, sizeof(double), N + NS, f) != N + NS ||
      fwrite(in2, sizeof(double), N + NS, f) != N + NS || fclose(f) != 0) {
    fprintf(stderr, "libm-compare: cannot write %s\n", p);
    exit(2);
  }
}
#define F1(fn, a, b, lo, hi, neg)                    \
  do {                                               \
    gen(a, b, lo, hi, neg);                          \
    for (int i = 0; i < N + NS; i++) {               \
      volatile double x = in1[i];                    \
      out[i] = fn(x);                                \
    }                                                \
    dump(#fn);                                       \
  } while (0)
#define F2(fn)                                       \
  do {                                               \
    for (int i = 0; i < N + NS; i++) {               \
      volatile double x = in1[i], y = in2[i];        \
      out[i] = fn(x, y);                             \
    }                                                \
    dump(#fn);                                       \
  } while (0)

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: libm-compare OUTDIR\n");
    return 2;
  }
  dir = argv[1];
  F1(exp, -20, 20, 1e-10, 700, 1);
  F1(expm1, -5, 5, 1e-12, 700, 1);
  F1(exp2, -20, 20, 1e-10, 1000, 1);
  F1(log, 0, 10, 1e-300, 1e300, 0);
  F1(log1p, -0.999, 10, 1e-15, 1e300, 0);
  F1(log2, 0, 10, 1e-300, 1e300, 0);
  F1(log10, 0, 10, 1e-300, 1e300, 0);
  F1(sqrt, 0, 100, 1e-300, 1e300, 0);
  F1(cbrt, -100, 100, 1e-300, 1e300, 1);
  F1(sin, -10, 10, 1e-8, 1e6, 1);
  F1(cos, -10, 10, 1e-8, 1e6, 1);
  F1(tan, -10, 10, 1e-8, 1e6, 1);
  F1(atan, -10, 10, 1e-10, 1e10, 1);
  F1(asin, -1, 1, 1e-10, 1, 1);
  F1(acos, -1, 1, 1e-10, 1, 1);
  F1(sinh, -10, 10, 1e-10, 700, 1);
  F1(cosh, -10, 10, 1e-10, 700, 1);
  F1(tanh, -5, 5, 1e-10, 30, 1);
  F1(asinh, -10, 10, 1e-10, 1e10, 1);
  F1(acosh, 1, 10, 1, 1e10, 0);
  F1(atanh, -1, 1, 1e-10, 1, 1);
  F1(erf, -5, 5, 1e-10, 6, 1);
  F1(erfc, -5, 10, 1e-10, 27, 1);
  F1(lgamma, 0, 20, 1e-10, 1e10, 1);
  F1(tgamma, 0, 20, 1e-5, 170, 0);
  F1(floor, -1e6, 1e6, 1e-3, 1e17, 1);
  F1(ceil, -1e6, 1e6, 1e-3, 1e17, 1);
  F1(nearbyint, -1e6, 1e6, 1e-3, 1e17, 1);
  F1(round, -1e6, 1e6, 1e-3, 1e17, 1);
  F1(trunc, -1e6, 1e6, 1e-3, 1e17, 1);
  gen(0, 10, 1e-10, 1e10, 0);
  for (int i = 0; i < N; i++) in2[i] = (i % 3 == 0) ? floor(unif(-10, 10)) : unif(-10, 10);
  F2(pow);
  gen(-10, 10, 1e-10, 1e10, 1);
  for (int i = 0; i < N; i++) in2[i] = unif(-10, 10);
  F2(atan2);
  F2(hypot);
  F2(fmod);
  F2(remainder);
  return 0;
}
