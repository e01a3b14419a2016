/* stats_corr.c — Pearson and Spearman correlation with their tests
 * (analytics.md §6 SKM-IKP linkage, §10 leader feedback).
 *
 * Pearson r is gsl_stats_correlation (a one-pass, numerically careful
 * update); its p comes from t = r sqrt(n-2)/sqrt(1-r^2) and its 95 % interval
 * from Fisher's z, as R's cor.test computes them (R uses qnorm(0.975), which
 * is what KJ_Z975 is; the spec's "1.96" is that number rounded).
 *
 * Spearman rho: gsl_stats_spearman (GSL >= 2.2) ranks both samples with
 * average ranks for ties and returns the Pearson r of the ranks — exactly
 * R's cor(rank(x), rank(y)). Its p uses the same t approximation, which is
 * what R's cor.test(method = "spearman", exact = FALSE) and
 * scipy.stats.spearmanr report; no interval is given for rho.
 */
#include "analysis/stats.h"
#include "analysis/stats_int.h"
#include "util/xalloc.h"

#include <gsl/gsl_statistics_double.h>
#include <stdlib.h>

static void corr_na(kj_corr *out) {
  out->r = out->t = out->df = out->p = out->ci_low = out->ci_high = KJ_NA;
}

/* Fills t, df, p (and the Fisher-z interval when fisher) from out->r, out->n. */
static void corr_test(kj_corr *out, int fisher) {
  double r = out->r, n = (double)out->n;
  /* Points exactly on a line come out of the one-pass update as
   * 0.9999999999999998; call that 1 (no real sample of appraisal data is
   * within 1e-12 of a perfect correlation by chance), and keep a rounding
   * step past +-1 from turning into NaN below. */
  if (fabs(r) > 1 - 1e-12) r = r > 0 ? 1.0 : -1.0;
  out->r = r;
  out->df = n - 2;
  if (fabs(r) == 1) {
    out->t = r > 0 ? INFINITY : -INFINITY;
    out->p = 0;
    if (fisher && out->n >= 4) out->ci_low = out->ci_high = r;
    return;
  }
  out->t = r * sqrt(out->df / (1 - r * r));
  out->p = kj_stats_t_p2(out->t, out->df);
  if (fisher && out->n >= 4) {
    double z = atanh(r), h = KJ_Z975 / sqrt(n - 3);
    out->ci_low = tanh(z - h);
    out->ci_high = tanh(z + h);
  }
}

/* Collects the complete pairs; returns 1 when r can be computed (n >= 3 and
 * neither side constant). */
static int corr_pairs(const double *x, const double *y, size_t n, double **xs, double **ys,
                      kj_corr *out) {
  corr_na(out);
  out->n = 0;
  *xs = *ys = NULL;
  if (n == 0) return 0;
  *xs = xmalloc(n * sizeof **xs);
  *ys = xmalloc(n * sizeof **ys);
  out->n = kj_stats_finite_pairs(x, y, n, *xs, *ys);
  return out->n >= 3 && !kj_stats_constant(*xs, out->n) && !kj_stats_constant(*ys, out->n);
}

void kj_pearson(const double *x, const double *y, size_t n, kj_corr *out) {
  double *xs, *ys;
  if (corr_pairs(x, y, n, &xs, &ys, out)) {
    out->r = gsl_stats_correlation(xs, 1, ys, 1, out->n);
    if (isfinite(out->r))
      corr_test(out, 1);
    else
      out->r = KJ_NA;
  }
  free(xs);
  free(ys);
}

void kj_spearman(const double *x, const double *y, size_t n, kj_corr *out) {
  double *xs, *ys;
  if (corr_pairs(x, y, n, &xs, &ys, out)) {
    double *work = xmalloc(2 * out->n * sizeof *work);
    out->r = gsl_stats_spearman(xs, 1, ys, 1, out->n, work);
    free(work);
    if (isfinite(out->r))
      corr_test(out, 0);
    else
      out->r = KJ_NA;
  }
  free(xs);
  free(ys);
}
