/* stats_multi.c — Benjamini-Hochberg adjustment of a family of p-values
 * (analytics.md §3 strengths/weaknesses, §7 evaluators).
 *
 * The engine collects every p-value of a year into one array, with KJ_NA
 * where a test was not computed (a group too small); those slots are not
 * hypotheses, so they neither receive a q-value nor count in m. The step-up
 * rule is applied as R's p.adjust does it: sort, scale p_(k) by m/k, take the
 * running minimum from the largest p down, cap at 1. Tied p-values therefore
 * get identical q-values, whatever order the sort leaves them in.
 */
#include "analysis/stats.h"
#include "util/xalloc.h"

#include <stdlib.h>

typedef struct bh_item {
  double p;
  size_t i; /* position in the caller's array */
} bh_item;

static int bh_cmp(const void *a, const void *b) {
  const bh_item *x = a, *y = b;
  if (x->p != y->p) return x->p < y->p ? -1 : 1;
  return x->i < y->i ? -1 : (x->i > y->i);
}

kj_status kj_bh(const double *p, size_t n, double *q, kj_error *err) {
  for (size_t i = 0; i < n; i++)
    if (!isnan(p[i]) && !(p[i] >= 0 && p[i] <= 1))
      return kj_fail(err, KJ_INTERNAL, "Benjamini-Hochberg: p-value %zu is %g, not in [0, 1]",
                     i + 1, p[i]);
  bh_item *it = xmalloc((n ? n : 1) * sizeof *it);
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (!isnan(p[i])) it[m++] = (bh_item){p[i], i};
  qsort(it, m, sizeof *it, bh_cmp);
  /* Every slot the loop below does not fill is a missing p (q may alias p,
   * so the missing ones are written only after p has been read). */
  for (size_t i = 0; i < n; i++)
    if (isnan(p[i])) q[i] = KJ_NA;
  double run = 1.0;
  for (size_t k = m; k-- > 0;) {
    double v = it[k].p * (double)m / (double)(k + 1);
    if (v < run) run = v;
    q[it[k].i] = run;
  }
  free(it);
  return KJ_OK;
}
