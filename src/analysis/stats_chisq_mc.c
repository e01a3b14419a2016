/* stats_chisq_mc.c — Monte Carlo p-value of a 2 x k chi-square with fixed
 * margins (analytics.md §5: an OPD's predikat counts against the rest of
 * the city when some expected count is small and the chi-square
 * approximation is doubtful).
 *
 * Under the null the OPD's n annual predikat are a random subset of the
 * city's N, so a simulated table is a multivariate hypergeometric draw. GSL
 * has the univariate one; drawing the categories in turn, each conditional
 * on the ones before, gives the joint draw exactly. The tolerance on the
 * comparison (64 machine epsilons, as R's chisq.test) keeps tables equal to
 * the observed one counted despite rounding.
 */
#include "analysis/stats.h"
#include "util/xalloc.h"

#include <float.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <stdlib.h>

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
  long *x = xcalloc(k + 1, sizeof *x), ge = 0;
  double cut = obs * (1.0 - 64.0 * DBL_EPSILON);
  for (long i = 0; i < b; i++) {
    long left = n, rest = big;
    for (size_t j = 0; j < k; j++) {
      rest -= total[j];
      x[j] = left > 0 && total[j] > 0
                 ? (long)gsl_ran_hypergeometric(rng, (unsigned)total[j], (unsigned)rest,
                                                (unsigned)left)
                 : 0;
      left -= x[j];
    }
    ge += stat_of(x, total, k, n, big) >= cut;
  }
  free(x);
  gsl_rng_free(rng);
  return (double)(1 + ge) / (double)(b + 1);
}
