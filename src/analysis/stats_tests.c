/* stats_tests.c — two-sample Welch t-test with Cohen's d (analytics.md §3,
 * §4, §7, §10) and the Wilson interval of a proportion (§2).
 *
 * GSL has the t distribution but not these tests, so they are written out
 * from their textbook formulas: Welch's t with the Welch-Satterthwaite df,
 * and Cohen's d over the pooled sd (not the Welch denominator: d is an effect
 * size on the scale of the measure, the test is about the means). The test
 * works from group moments so the engine can compare an OPD with "all other
 * OPD" from running sums without copying the city's values per OPD.
 */
#include "analysis/stats.h"
#include "analysis/stats_int.h"

void kj_welch(const double *a, size_t na, const double *b, size_t nb, kj_ttest *out) {
  kj_moments ma, mb;
  kj_moments_of(a, na, &ma);
  kj_moments_of(b, nb, &mb);
  kj_welch_moments(&ma, &mb, out);
}

void kj_welch_moments(const kj_moments *a, const kj_moments *b, kj_ttest *out) {
  out->na = a->n;
  out->nb = b->n;
  out->mean_a = a->n ? a->mean : KJ_NA;
  out->mean_b = b->n ? b->mean : KJ_NA;
  out->diff = a->n && b->n ? a->mean - b->mean : KJ_NA;
  out->t = out->df = out->p = out->sd_pooled = out->d = KJ_NA;
  if (a->n < 2 || b->n < 2 || !isfinite(a->var) || !isfinite(b->var) || !isfinite(out->diff))
    return;

  double na = (double)a->n, nb = (double)b->n;
  out->sd_pooled = sqrt(((na - 1) * a->var + (nb - 1) * b->var) / (na + nb - 2));
  if (out->sd_pooled > 0) out->d = out->diff / out->sd_pooled;

  double va = a->var / na, vb = b->var / nb, se2 = va + vb;
  if (se2 == 0) {
    /* Both groups constant: there is no sampling noise to weigh the
     * difference against. Equal means are no evidence of a difference
     * (p = 1); different means are certain (p = 0). */
    if (out->diff == 0) {
      out->t = 0;
      out->p = 1;
    } else {
      out->t = out->diff > 0 ? INFINITY : -INFINITY;
      out->p = 0;
    }
    return;
  }
  out->t = out->diff / sqrt(se2);
  out->df = se2 * se2 / (va * va / (na - 1) + vb * vb / (nb - 1));
  out->p = kj_stats_t_p2(out->t, out->df);
}

void kj_wilson(long x, long n, double *lo, double *hi) {
  *lo = *hi = KJ_NA;
  if (n <= 0 || x < 0 || x > n) return;
  double nn = (double)n, ph = (double)x / nn, z = KJ_Z975, z2 = z * z;
  double denom = 1 + z2 / nn;
  double centre = (ph + z2 / (2 * nn)) / denom;
  double half = z * sqrt(ph * (1 - ph) / nn + z2 / (4 * nn * nn)) / denom;
  /* At x = 0 (x = n) the bound is 0 (1) in exact arithmetic; say so exactly
   * instead of printing -1e-17. */
  *lo = x == 0 ? 0.0 : fmax(0.0, centre - half);
  *hi = x == n ? 1.0 : fmin(1.0, centre + half);
}
