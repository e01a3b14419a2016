/* stats_regress.c — simple linear regression for trends (analytics.md §4)
 * and the coaching list's slope of periodic IKP (§8).
 *
 * gsl_fit_linear does the fit; its cov11 is s^2/Sxx with s^2 = RSS/(k-2), so
 * sqrt(cov11) is the usual standard error of the slope and the t-test has
 * k-2 df. The engine passes period indices as x (months or quarters) and
 * scales the slope per year itself; this function knows nothing of time.
 */
#include "analysis/stats.h"
#include "analysis/stats_int.h"
#include "util/xalloc.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>
#include <stdlib.h>

static void ols_na(kj_ols *out) {
  out->slope = out->intercept = out->se = out->ci_low = out->ci_high = KJ_NA;
  out->t = out->df = out->p = KJ_NA;
}

void kj_ols_fit(const double *x, const double *y, size_t n, kj_ols *out) {
  out->k = 0;
  ols_na(out);
  if (n == 0) return;
  double *xs = xmalloc(n * sizeof *xs), *ys = xmalloc(n * sizeof *ys);
  size_t k = kj_stats_finite_pairs(x, y, n, xs, ys);
  out->k = k;
  if (k < 3 || kj_stats_constant(xs, k)) goto out;

  double c0, c1, cov00, cov01, cov11, rss;
  if (gsl_fit_linear(xs, 1, ys, 1, k, &c0, &c1, &cov00, &cov01, &cov11, &rss) != GSL_SUCCESS ||
      !isfinite(c1) || !isfinite(cov11))
    goto out;
  out->slope = c1;
  out->intercept = c0;
  out->df = (double)(k - 2);
  out->se = sqrt(cov11);
  if (out->se == 0) {
    /* The points lie exactly on the line: the slope is known without error.
     * A non-zero slope is then certainly non-zero (p = 0); a zero slope means
     * y is constant and there is nothing to detect (p = 1). */
    out->ci_low = out->ci_high = c1;
    out->t = c1 == 0 ? 0.0 : (c1 > 0 ? INFINITY : -INFINITY);
    out->p = c1 == 0 ? 1.0 : 0.0;
    goto out;
  }
  out->t = c1 / out->se;
  out->p = kj_stats_t_p2(out->t, out->df);
  double h = kj_stats_t975(out->df) * out->se;
  out->ci_low = c1 - h;
  out->ci_high = c1 + h;
out:
  free(xs);
  free(ys);
}

/* Newey-West: with x~ = x - mean(x) and residuals e, the slope's variance is
 * meat / Sxx^2 where meat = sum e_t^2 x~_t^2 + 2 sum_l w_l sum_{t>l} e_t
 * e_{t-l} x~_t x~_{t-l}. At a dozen points it is biased low, hence the small-
 * sample factor k/(k-2) and the floor at the plain OLS SE (analytics.md §4). */
void kj_ols_hac(const double *x, const double *y, size_t n, kj_ols *out, double *se_ols) {
  kj_ols_fit(x, y, n, out);
  *se_ols = out->se;
  if (!isfinite(out->se) || out->se == 0) return;
  double *xs = xmalloc(n * sizeof *xs), *ys = xmalloc(n * sizeof *ys);
  size_t k = kj_stats_finite_pairs(x, y, n, xs, ys);
  double mx = 0, sxx = 0;
  for (size_t t = 0; t < k; t++) mx += xs[t];
  mx /= (double)k;
  for (size_t t = 0; t < k; t++) {
    xs[t] -= mx;
    sxx += xs[t] * xs[t];
    ys[t] -= out->intercept + out->slope * (xs[t] + mx); /* residual */
  }
  size_t lag = (size_t)floor(4.0 * pow((double)k / 100.0, 2.0 / 9.0));
  double meat = 0;
  for (size_t t = 0; t < k; t++) meat += ys[t] * ys[t] * xs[t] * xs[t];
  for (size_t l = 1; l <= lag && l < k; l++) {
    double w = 1.0 - (double)l / (double)(lag + 1), s = 0;
    for (size_t t = l; t < k; t++) s += ys[t] * ys[t - l] * xs[t] * xs[t - l];
    meat += 2.0 * w * s;
  }
  free(xs);
  free(ys);
  double v = meat / (sxx * sxx);
  double se_hac = v > 0 ? sqrt(v) * sqrt((double)k / (double)(k - 2)) : 0;
  if (se_hac > out->se) {
    out->se = se_hac;
    out->t = out->slope / out->se;
    out->p = kj_stats_t_p2(out->t, out->df);
    double h = kj_stats_t975(out->df) * out->se;
    out->ci_low = out->slope - h;
    out->ci_high = out->slope + h;
  }
}
