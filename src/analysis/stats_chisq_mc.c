/* stats_chisq_mc.c — Monte Carlo p-value of a 2 x k chi-square with fixed
 * margins (analytics.md §5: an OPD's predikat counts against the rest of
 * the city when some expected count is small and the chi-square
 * approximation is doubtful).
 *
 * Under the null the OPD's n annual predikat are a random subset of the
 * city's N, so a simulated table is a multivariate hypergeometric draw:
 * drawing the categories in turn, each conditional on the ones before, gives
 * the joint draw exactly. GSL's gsl_ran_hypergeometric simulates every one of
 * the t draws, so B = 20,000 tables of a 40,000-employee OPD cost minutes;
 * here each conditional draw is an inverse-CDF lookup in a table of the
 * hypergeometric probabilities (built once per category and number still to
 * draw, by the ratio recurrence from the mode outwards until the terms fall
 * below 1e-17 of the mass: the truncated tails weigh less than rounding).
 * One uniform per category and table, from a fixed seed: the same p every
 * run. The tolerance on the comparison (64 machine epsilons, as R's
 * chisq.test) keeps tables equal to the observed one counted despite rounding.
 */
#include "analysis/stats.h"
#include "util/xalloc.h"

#include <float.h>
#include <gsl/gsl_rng.h>
#include <stdlib.h>
#include <string.h>

/* Pearson statistic of the 2 x k table (x, total - x) with n = sum x. */
static double stat_of(const long *x, const long *total, size_t k, long n, long big) {
  double s = 0, fr = (double)n / (double)big;
  for (size_t j = 0; j < k; j++) {
    if (total[j] == 0) continue;
    double e1 = (double)total[j] * fr, e2 = (double)total[j] - e1;
    double d = (double)x[j] - e1; /* the other row deviates by -d */
    s += d * d / e1 + d * d / e2;
  }
  return s;
}

/* The distribution of the number of successes in t draws without
 * replacement from K successes and M failures, as a cumulative table over
 * lo .. lo + len - 1 (the support where the probability is not negligible). */
typedef struct hg_table {
  long lo;
  long len;
  double *cdf; /* cdf[len - 1] == 1 */
} hg_table;

static hg_table *hg_build(long K, long M, long t) {
  long lo0 = t - M > 0 ? t - M : 0, hi0 = K < t ? K : t;
  long mode = (long)(((double)t + 1) * ((double)K + 1) / ((double)K + (double)M + 2));
  if (mode < lo0) mode = lo0;
  if (mode > hi0) mode = hi0;
  size_t cap_r = 64, cap_l = 64, nr = 1, nl = 0;
  double *right = xmalloc(cap_r * sizeof *right), *lft = xmalloc(cap_l * sizeof *lft);
  right[0] = 1.0; /* relative weight of the mode */
  double sum = 1.0, w = 1.0;
  for (long v = mode; v < hi0; v++) { /* w(v+1) = w(v) (K-v)(t-v) / ((v+1)(M-t+v+1)) */
    w *= ((double)(K - v) * (double)(t - v)) / (((double)v + 1) * ((double)(M - t + v) + 1));
    if (w < 1e-17 * sum) break;
    if (nr == cap_r) right = xrealloc(right, (cap_r *= 2) * sizeof *right);
    right[nr++] = w;
    sum += w;
  }
  w = 1.0;
  for (long v = mode; v > lo0; v--) { /* w(v-1) = w(v) v (M-t+v) / ((K-v+1)(t-v+1)) */
    w *= ((double)v * (double)(M - t + v)) / (((double)(K - v) + 1) * ((double)(t - v) + 1));
    if (w < 1e-17 * sum) break;
    if (nl == cap_l) lft = xrealloc(lft, (cap_l *= 2) * sizeof *lft);
    lft[nl++] = w;
    sum += w;
  }
  hg_table *h = xmalloc(sizeof *h);
  h->lo = mode - (long)nl;
  h->len = (long)(nl + nr);
  h->cdf = xmalloc((size_t)h->len * sizeof *h->cdf);
  double acc = 0;
  for (size_t i = 0; i < nl; i++) h->cdf[i] = (acc += lft[nl - 1 - i]) / sum;
  for (size_t i = 0; i < nr; i++) h->cdf[nl + i] = (acc += right[i]) / sum;
  h->cdf[h->len - 1] = 1.0;
  free(right);
  free(lft);
  return h;
}

/* The smallest value whose cumulative probability exceeds u (0 <= u < 1). */
static long hg_draw(const hg_table *h, double u) {
  long a = 0, z = h->len - 1;
  while (a < z) {
    long mid = a + (z - a) / 2;
    if (h->cdf[mid] > u) z = mid;
    else a = mid + 1;
  }
  return h->lo + a;
}

double kj_chisq_mc_p(const long *row, const long *total, size_t k, long b, unsigned long seed,
                     double *stat) {
  long n = 0, big = 0;
  size_t used = 0;
  *stat = KJ_NA;
  for (size_t j = 0; j < k; j++) {
    if (row[j] < 0 || total[j] < row[j]) return KJ_NA;
    n += row[j];
    big += total[j];
    used += total[j] > 0;
  }
  if (used < 2 || n == 0 || n == big || b < 1) return KJ_NA;
  double obs = stat_of(row, total, k, n, big);
  *stat = obs;
  gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
  gsl_rng_set(rng, seed);
  hg_table **cache = xcalloc(k * ((size_t)n + 1), sizeof *cache); /* [j][left] */
  long *x = xcalloc(k + 1, sizeof *x), ge = 0;
  double cut = obs * (1.0 - 64.0 * DBL_EPSILON);
  for (long i = 0; i < b; i++) {
    long left = n, rest = big;
    for (size_t j = 0; j < k; j++) {
      rest -= total[j];
      if (left == 0 || total[j] == 0) x[j] = 0;
      else if (rest == 0) x[j] = left; /* the last category takes what is left */
      else {
        hg_table **slot = &cache[j * ((size_t)n + 1) + (size_t)left];
        if (!*slot) *slot = hg_build(total[j], rest, left);
        x[j] = hg_draw(*slot, gsl_rng_uniform(rng));
      }
      left -= x[j];
    }
    ge += stat_of(x, total, k, n, big) >= cut;
  }
  for (size_t c = 0; c < k * ((size_t)n + 1); c++)
    if (cache[c]) {
      free(cache[c]->cdf);
      free(cache[c]);
    }
  free(cache);
  free(x);
  gsl_rng_free(rng);
  return (double)(1 + ge) / (double)(b + 1);
}
