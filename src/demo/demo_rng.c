/* demo_rng.c — the random streams of the demo generator.
 *
 * One gsl_rng (Mersenne Twister, gsl_rng_mt19937) is reseeded for every
 * entity the generator visits: stream s of entity i gets the seed
 * splitmix64(seed, s, i). Two consequences: the draws of an employee do not
 * depend on how many draws the employees before them used, and a change in
 * one part of the generator (say, one more indicator per month) leaves the
 * numbers of every other part as they were. MT19937 takes a 32-bit seed, so
 * only the low 32 bits of the mixed value reach it; distinct entities may
 * rarely share a stream, which is harmless for synthetic data.
 */
#include "demo/demo_internal.h"
#include "util/hash.h"

#include <gsl/gsl_randist.h>

void demo_reseed(gsl_rng *r, unsigned long seed, demo_stream s, long index) {
  uint64_t x = kj_hash_u64((uint64_t)(seed & 0xffffffffUL) ^ 0x6b696e65726a61ULL);
  x = kj_hash_u64(x ^ ((uint64_t)s << 48) ^ (uint64_t)index);
  gsl_rng_set(r, (unsigned long)(x & 0xffffffffULL));
}

double demo_unif(gsl_rng *r) { return gsl_rng_uniform(r); }

int demo_int(gsl_rng *r, int lo, int hi) {
  if (hi <= lo) return lo;
  return lo + (int)gsl_rng_uniform_int(r, (unsigned long)(hi - lo + 1));
}

double demo_norm(gsl_rng *r, double sd) { return gsl_ran_gaussian_ziggurat(r, sd); }

int demo_bern(gsl_rng *r, double p) { return gsl_rng_uniform(r) < p; }

int demo_pick(gsl_rng *r, const double *w, int n) {
  double tot = 0;
  for (int i = 0; i < n; i++) tot += w[i];
  double u = gsl_rng_uniform(r) * tot;
  for (int i = 0; i < n; i++) {
    if (u < w[i]) return i;
    u -= w[i];
  }
  return n - 1;
}

double demo_clamp(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }
