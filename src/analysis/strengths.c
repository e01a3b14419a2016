/* strengths.c — analytics.md §3: strengths and weaknesses (kekuatan dan
 * kelemahan) of each OPD on each dimension, against all other OPD.
 *
 * Every comparison is a Welch test of the OPD's values against the values
 * of the rest of the city, with Cohen's d over the pooled sd. The rest's
 * moments come from city totals minus the OPD's (sums of squared deviations
 * about the city mean, so nothing cancels catastrophically), which makes
 * the whole section linear in the number of employee-years. All p-values of
 * year Y — every OPD, every dimension, SKM unsur included — are adjusted
 * together with Benjamini–Hochberg.
 */
#include "analysis/engine_int.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static void compare(kj_kk *kk, const kj_moments *a, const kj_moments *b, long min) {
  kj_ttest t;
  kj_welch_moments(a, b, &t);
  kk->ada = 1;
  kk->n = (long)a->n;
  kk->mean_opd = t.mean_a;
  kk->mean_lain = t.mean_b;
  kk->d = t.d;
  kk->t = isfinite(t.t) ? t.t : KJ_NA; /* +-inf (both groups constant): no t to print */
  kk->df = t.df;
  kk->p = t.p;
  kk->q = KJ_NA;
  kk->label = KJ_KK_TCD;
  if ((long)a->n < min) {
    kk->mean_opd = kk->d = kk->t = kk->df = kk->p = KJ_NA;
    return;
  }
  if (!isfinite(kk->p)) kk->p = KJ_NA;
}

kj_status an_strengths(an_model *m, kj_error *err) {
  kj_analysis *r = m->r;
  int no = r->n_opd;
  long min = r->params.min_kelompok;
  r->kk = xcalloc((size_t)no * KJ_DIMENSI_N + 1, sizeof *r->kk);
  kj_moments *in = xcalloc((size_t)no + 1, sizeof *in), *rest = xcalloc((size_t)no + 1, sizeof *rest);
  size_t n = r->n_pegawai > m->n_resp ? r->n_pegawai : m->n_resp;
  int32_t *g = xcalloc(n + 1, sizeof *g);
  double *v = xcalloc(n + 1, sizeof *v);
  for (int uk = 0; uk < KJ_UKURAN_N; uk++) {
    for (size_t i = 0; i < r->n_pegawai; i++) {
      g[i] = r->pegawai[i].opd;
      v[i] = r->pegawai[i].ukuran[uk];
    }
    an_group_vs_rest(g, v, r->n_pegawai, no, in, rest);
    for (int o = 0; o < no; o++) compare(&r->kk[o * KJ_DIMENSI_N + uk], &in[o], &rest[o], min);
  }
  for (int i = 0; i < KJ_SKM_UNSUR; i++) {
    for (size_t j = 0; j < m->n_resp; j++) {
      g[j] = r->unit[m->resp[j].unit].opd;
      v[j] = m->resp[j].u[i] ? (double)m->resp[j].u[i] : KJ_NA;
    }
    an_group_vs_rest(g, v, m->n_resp, no, in, rest);
    for (int o = 0; o < no; o++)
      if (in[o].n > 0) compare(&r->kk[o * KJ_DIMENSI_N + KJ_DIM_SKM + i], &in[o], &rest[o], min);
  }
  free(g);
  free(v);
  free(in);
  free(rest);

  size_t total = (size_t)no * KJ_DIMENSI_N;
  double *p = xcalloc(total + 1, sizeof *p), *q = xcalloc(total + 1, sizeof *q);
  for (size_t i = 0; i < total; i++) p[i] = r->kk[i].ada ? r->kk[i].p : KJ_NA;
  kj_status rc = kj_bh(p, total, q, err);
  for (size_t i = 0; rc == KJ_OK && i < total; i++) {
    kj_kk *k = &r->kk[i];
    if (!k->ada || kj_is_na(k->p)) continue;
    k->q = q[i];
    double e = r->params.efek_min;
    /* d is NA only when both groups are constant; then the sign decides */
    int up = kj_is_na(k->d) ? k->mean_opd > k->mean_lain : k->d >= e;
    int down = kj_is_na(k->d) ? k->mean_opd < k->mean_lain : k->d <= -e;
    k->label = k->q < r->params.alpha && up     ? KJ_KK_KEKUATAN
               : k->q < r->params.alpha && down ? KJ_KK_KELEMAHAN
                                                : KJ_KK_SETARA;
  }
  free(p);
  free(q);
  return rc;
}
