/* stats_chisq.c — Pearson chi-square tests on counts: an OPD's predikat
 * counts against the city's shares (analytics.md §5, df = 4) and the r x c
 * test of independence of predikat across OPD for the study.
 *
 * GSL supplies only the distribution (gsl_cdf_chisq_Q). Empty categories are
 * dropped rather than allowed to divide by zero: in the goodness-of-fit test
 * a predikat nobody in the city received has share 0 and, necessarily, count
 * 0 in every OPD, so it carries no information and costs a degree of
 * freedom; in the contingency table an empty row or column likewise. The
 * statistic is the uncorrected one (no Yates) for every table size, so a 2 x 2
 * table is treated like any other.
 */
#include "analysis/stats.h"
#include "util/xalloc.h"

#include <gsl/gsl_cdf.h>
#include <stdlib.h>

static void chisq_na(kj_chisq *out) {
  out->n = 0;
  out->stat = out->df = out->p = out->min_expected = out->cramer_v = KJ_NA;
  out->low_expected = 0;
}

static double chisq_p(double stat, double df) {
  if (isinf(stat)) return 0.0;
  double p = gsl_cdf_chisq_Q(stat, df);
  return isnan(p) ? KJ_NA : p;
}

kj_status kj_chisq_gof(const long *obs, const double *share, size_t k, kj_chisq *out,
                       kj_error *err) {
  chisq_na(out);
  double total_share = 0;
  long n = 0;
  for (size_t i = 0; i < k; i++) {
    if (obs[i] < 0)
      return kj_fail(err, KJ_INTERNAL, "chi-square: count %zu is negative (%ld)", i + 1, obs[i]);
    if (!(share[i] >= 0) || !isfinite(share[i]))
      return kj_fail(err, KJ_INTERNAL, "chi-square: expected share %zu is %g", i + 1, share[i]);
    total_share += share[i];
    n += obs[i];
  }
  out->n = n;
  if (n == 0 || total_share <= 0) return KJ_OK;

  double stat = 0, min_e = INFINITY;
  size_t kept = 0;
  int impossible = 0;
  for (size_t i = 0; i < k; i++) {
    if (share[i] == 0) {
      if (obs[i] > 0) impossible = 1;
      continue;
    }
    double e = (double)n * share[i] / total_share, d = (double)obs[i] - e;
    stat += d * d / e;
    if (e < min_e) min_e = e;
    kept++;
  }
  out->min_expected = min_e;
  out->low_expected = min_e < 5;
  if (kept < 2) return KJ_OK;
  out->df = (double)(kept - 1);
  out->stat = impossible ? INFINITY : stat;
  out->p = chisq_p(out->stat, out->df);
  return KJ_OK;
}

kj_status kj_chisq_indep(const long *table, size_t r, size_t c, kj_chisq *out, kj_error *err) {
  chisq_na(out);
  for (size_t i = 0; i < r * c; i++)
    if (table[i] < 0)
      return kj_fail(err, KJ_INTERNAL, "chi-square: cell (%zu, %zu) is negative (%ld)", i / c + 1,
                     i % c + 1, table[i]);
  if (r == 0 || c == 0) return KJ_OK;

  double *row = xcalloc(r, sizeof *row), *col = xcalloc(c, sizeof *col);
  long n = 0;
  for (size_t i = 0; i < r; i++)
    for (size_t j = 0; j < c; j++) {
      row[i] += (double)table[i * c + j];
      col[j] += (double)table[i * c + j];
      n += table[i * c + j];
    }
  out->n = n;
  size_t rk = 0, ck = 0;
  for (size_t i = 0; i < r; i++) rk += row[i] > 0;
  for (size_t j = 0; j < c; j++) ck += col[j] > 0;
  if (rk < 2 || ck < 2) goto out;

  double stat = 0, min_e = INFINITY, nn = (double)n;
  for (size_t i = 0; i < r; i++)
    for (size_t j = 0; j < c; j++) {
      if (row[i] == 0 || col[j] == 0) continue;
      double e = row[i] * col[j] / nn, d = (double)table[i * c + j] - e;
      stat += d * d / e;
      if (e < min_e) min_e = e;
    }
  out->stat = stat;
  out->df = (double)((rk - 1) * (ck - 1));
  out->p = chisq_p(stat, out->df);
  out->min_expected = min_e;
  out->low_expected = min_e < 5;
  out->cramer_v = sqrt(stat / (nn * (double)((rk < ck ? rk : ck) - 1)));
out:
  free(row);
  free(col);
  return KJ_OK;
}
