/* stats_desc.c — descriptive statistics (analytics.md §2) and the helpers
 * every other stats file uses.
 *
 * The analytics engine hands this module plain arrays pulled from the store;
 * results go back as small structs whose undefined fields are KJ_NA. Missing
 * values (NaN, and Inf, which no valid input produces) are filtered out here
 * once, into a scratch copy, so each GSL routine sees clean data.
 *
 * GSL choices: the mean is gsl_stats_mean (a running mean, which returns a
 * constant sample's value exactly, so zero variance is exactly 0, not 1e-33),
 * quantiles are gsl_stats_quantile_from_sorted_data on a sorted copy, which is
 * Hyndman-Fan type 7 (R's default), and the t multiplier is
 * gsl_cdf_tdist_Pinv.
 */
#include "analysis/stats.h"
#include "analysis/stats_int.h"
#include "util/xalloc.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <stdlib.h>

void kj_analysis_init(void) { gsl_set_error_handler_off(); }

size_t kj_stats_finite(const double *x, size_t n, double *out) {
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (isfinite(x[i])) out[m++] = x[i];
  return m;
}

size_t kj_stats_finite_pairs(const double *x, const double *y, size_t n, double *ox, double *oy) {
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (isfinite(x[i]) && isfinite(y[i])) {
      ox[m] = x[i];
      oy[m] = y[i];
      m++;
    }
  return m;
}

double kj_stats_t975(double df) {
  if (!(df > 0)) return KJ_NA;
  double t = gsl_cdf_tdist_Pinv(0.975, df);
  return isfinite(t) ? t : KJ_NA;
}

double kj_stats_t_p2(double t, double df) {
  if (isnan(t) || !(df > 0)) return KJ_NA;
  if (isinf(t)) return 0.0;
  double p = 2.0 * gsl_cdf_tdist_Q(fabs(t), df);
  if (isnan(p)) return KJ_NA;
  return p > 1.0 ? 1.0 : p;
}

int kj_stats_constant(const double *x, size_t n) {
  for (size_t i = 1; i < n; i++)
    if (x[i] != x[0]) return 0;
  return 1;
}

static void desc_na(kj_desc *out) {
  out->n = 0;
  out->mean = out->sd = out->se = out->ci_low = out->ci_high = KJ_NA;
  out->median = out->q1 = out->q3 = KJ_NA;
}

void kj_describe(const double *x, size_t n, kj_desc *out) {
  desc_na(out);
  if (n == 0) return;
  double *v = xmalloc(n * sizeof *v);
  size_t m = kj_stats_finite(x, n, v);
  if (m == 0) goto out;
  out->n = m;
  out->mean = gsl_stats_mean(v, 1, m);
  gsl_sort(v, 1, m);
  out->median = gsl_stats_quantile_from_sorted_data(v, 1, m, 0.5);
  out->q1 = gsl_stats_quantile_from_sorted_data(v, 1, m, 0.25);
  out->q3 = gsl_stats_quantile_from_sorted_data(v, 1, m, 0.75);
  if (m < 2) goto out;
  out->sd = gsl_stats_sd_m(v, 1, m, out->mean);
  out->se = out->sd / sqrt((double)m);
  if (out->se == 0) {
    out->ci_low = out->ci_high = out->mean;
  } else {
    double h = kj_stats_t975((double)(m - 1)) * out->se;
    out->ci_low = out->mean - h;
    out->ci_high = out->mean + h;
  }
out:
  free(v);
}

double kj_mean(const double *x, size_t n) {
  kj_moments mo;
  kj_moments_of(x, n, &mo);
  return mo.mean;
}

void kj_moments_of(const double *x, size_t n, kj_moments *out) {
  out->n = 0;
  out->mean = out->var = KJ_NA;
  if (n == 0) return;
  double *v = xmalloc(n * sizeof *v);
  size_t m = kj_stats_finite(x, n, v);
  out->n = m;
  if (m >= 1) out->mean = gsl_stats_mean(v, 1, m);
  if (m >= 2) out->var = gsl_stats_variance_m(v, 1, m, out->mean);
  free(v);
}
