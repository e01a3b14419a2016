/* stats_anova.c — one-way analysis of variance across groups (OPD), for the
 * study workbook's comparison of means.
 *
 * Two passes: group means and the grand mean first (GSL's running mean, so a
 * group of equal values has exactly that value as its mean and contributes
 * exactly 0 to the within sum of squares), then the sums of squares around
 * them. F's upper tail is gsl_cdf_fdist_Q. Groups arrive as an array of
 * arrays because that is how the engine already holds per-OPD values.
 */
#include "analysis/stats.h"
#include "analysis/stats_int.h"
#include "util/xalloc.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>
#include <stdlib.h>

void kj_anova_oneway(const double *const *groups, const size_t *sizes, size_t ngroups,
                     kj_anova *out) {
  out->n = out->g = 0;
  out->ss_between = out->ss_within = out->f = KJ_NA;
  out->df1 = out->df2 = out->p = out->eta2 = KJ_NA;
  size_t cap = 0;
  for (size_t j = 0; j < ngroups; j++)
    if (sizes[j] > cap) cap = sizes[j];
  if (cap == 0) return;

  double *v = xmalloc(cap * sizeof *v);
  double *mean = xmalloc(ngroups * sizeof *mean);
  size_t *cnt = xmalloc(ngroups * sizeof *cnt);
  double grand = 0, ssw = 0, ssb = 0;
  size_t n = 0, g = 0;
  for (size_t j = 0; j < ngroups; j++) {
    cnt[j] = kj_stats_finite(groups[j], sizes[j], v);
    if (cnt[j] == 0) continue;
    mean[j] = gsl_stats_mean(v, 1, cnt[j]);
    ssw += gsl_stats_tss_m(v, 1, cnt[j], mean[j]);
    /* running grand mean weighted by group size: exact when all are equal */
    n += cnt[j];
    grand += (double)cnt[j] / (double)n * (mean[j] - grand);
    g++;
  }
  for (size_t j = 0; j < ngroups; j++)
    if (cnt[j]) ssb += (double)cnt[j] * (mean[j] - grand) * (mean[j] - grand);

  out->n = n;
  out->g = g;
  if (g < 2 || n <= g) goto out;
  out->ss_between = ssb;
  out->ss_within = ssw;
  out->df1 = (double)(g - 1);
  out->df2 = (double)(n - g);
  if (ssw == 0) {
    /* No spread inside any group: any difference of means is exact. */
    out->f = ssb == 0 ? 0.0 : INFINITY;
    out->p = ssb == 0 ? 1.0 : 0.0;
    out->eta2 = ssb == 0 ? KJ_NA : 1.0;
    goto out;
  }
  out->f = (ssb / out->df1) / (ssw / out->df2);
  out->p = gsl_cdf_fdist_Q(out->f, out->df1, out->df2);
  if (isnan(out->p)) out->p = KJ_NA;
  out->eta2 = ssb / (ssb + ssw);
out:
  free(v);
  free(mean);
  free(cnt);
}
