/* stats_influence.c — how much one point decides an association
 * (analytics.md §6): leave-one-out Pearson correlations and Cook's distance.
 *
 * On the demo, one planted puskesmas made a unit-level IKM-IKP correlation
 * look strong while the rank correlation was weak; these figures say so.
 * With a few dozen units a direct recomputation per left-out point is
 * cheap and obviously right, so there is no update formula here.
 */
#include "analysis/stats.h"
#include "analysis/stats_int.h"
#include "util/xalloc.h"

#include <stdlib.h>

void kj_influence(const double *x, const double *y, size_t n, double *r_loo, double *p_loo,
                  double *cook) {
  for (size_t i = 0; i < n; i++) {
    if (r_loo) r_loo[i] = KJ_NA;
    if (p_loo) p_loo[i] = KJ_NA;
    if (cook) cook[i] = KJ_NA;
  }
  if (n == 0) return;
  double *xs = xmalloc(n * sizeof *xs), *ys = xmalloc(n * sizeof *ys);
  size_t *pos = xmalloc(n * sizeof *pos), k = 0;
  for (size_t i = 0; i < n; i++)
    if (isfinite(x[i]) && isfinite(y[i])) pos[k] = i, xs[k] = x[i], ys[k] = y[i], k++;
  if (k >= 4 && (r_loo || p_loo)) {
    double *xl = xmalloc(k * sizeof *xl), *yl = xmalloc(k * sizeof *yl);
    for (size_t j = 0; j < k; j++) {
      size_t m = 0;
      for (size_t t = 0; t < k; t++)
        if (t != j) xl[m] = xs[t], yl[m] = ys[t], m++;
      kj_corr c;
      kj_pearson(xl, yl, m, &c);
      if (r_loo) r_loo[pos[j]] = c.r;
      if (p_loo) p_loo[pos[j]] = c.p;
    }
    free(xl);
    free(yl);
  }
  kj_ols o;
  kj_ols_fit(xs, ys, k, &o);
  if (cook && k >= 3 && isfinite(o.se) && o.se > 0) {
    double mx = 0, sxx = 0, rss = 0;
    for (size_t j = 0; j < k; j++) mx += xs[j];
    mx /= (double)k;
    for (size_t j = 0; j < k; j++) {
      double e = ys[j] - o.intercept - o.slope * xs[j];
      sxx += (xs[j] - mx) * (xs[j] - mx);
      rss += e * e;
    }
    double s2 = rss / (double)(k - 2);
    for (size_t j = 0; j < k; j++) {
      double e = ys[j] - o.intercept - o.slope * xs[j];
      double h = 1.0 / (double)k + (xs[j] - mx) * (xs[j] - mx) / sxx;
      cook[pos[j]] = h < 1 ? e * e * h / (2.0 * s2 * (1 - h) * (1 - h)) : KJ_NA;
    }
  }
  free(xs);
  free(ys);
  free(pos);
}
