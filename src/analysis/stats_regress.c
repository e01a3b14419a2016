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
