/* skm.c — analytics.md §6: public satisfaction (SKM / IKM) per service
 * unit, per unit and period, per OPD (roll-up of its units' respondents)
 * and for the city, and the linkage of IKM with the unit's mean IKP.
 *
 * Respondents of Y are in memory sorted by unit and period, so every
 * aggregate is one pass over a contiguous range. The confidence interval is
 * a t interval of respondent-level indexes IKM_j = 25 * 9w * mean of j's
 * answers: for the default w = 1/9 that is the 25 * mean of analytics.md,
 * and for w = 0.11 it stays on the scale of the reported IKM (99 for a
 * perfect survey) instead of an interval that misses its own index. Each
 * NRR gets its own t interval too (for the whiskers of the SKM chart). The
 * linkage of IKM with IKP is in skm_link.c.
 */
#include "analysis/engine_int.h"
#include "util/xalloc.h"

#include <gsl/gsl_cdf.h>
#include <stdlib.h>
#include <string.h>

/* Aggregates the respondents idx[0..n) (indexes into m->resp). */
static void aggregate(const an_model *m, const size_t *idx, size_t n, kj_skm *out) {
  double w = m->p->skm_bobot;
  double sum[KJ_SKM_UNSUR] = {0}, sumsq[KJ_SKM_UNSUR] = {0};
  long cnt[KJ_SKM_UNSUR] = {0};
  double *ikm_j = xcalloc(n + 1, sizeof *ikm_j);
  for (size_t i = 0; i < n; i++) {
    const an_resp *x = &m->resp[idx[i]];
    double ans[KJ_SKM_UNSUR];
    int all = 1;
    for (int u = 0; u < KJ_SKM_UNSUR; u++) {
      ans[u] = x->u[u] ? x->u[u] : KJ_NA;
      if (x->u[u]) sum[u] += x->u[u], sumsq[u] += x->u[u] * x->u[u], cnt[u]++;
      else all = 0;
    }
    /* a complete answer sheet is a one-respondent survey: kj_ikm gives it
     * with the very arithmetic of the unit's index, so identical answers
     * give an interval of exactly [IKM, IKM] */
    ikm_j[i] = all ? kj_ikm(ans, KJ_SKM_UNSUR, w)
                   : kj_ikm_respondent(ans, KJ_SKM_UNSUR) * KJ_SKM_UNSUR * w;
  }
  out->n_responden = (long)n;
  out->unsur_terlemah = -1;
  for (int u = 0; u < KJ_SKM_UNSUR; u++) {
    out->nrr[u] = cnt[u] ? sum[u] / (double)cnt[u] : KJ_NA;
    out->nrr_low[u] = out->nrr_high[u] = KJ_NA;
    if (cnt[u] >= 2) { /* answers are small integers: the sums are exact */
      double k = (double)cnt[u], var = fmax(0, (sumsq[u] - sum[u] * sum[u] / k) / (k - 1));
      double half = gsl_cdf_tdist_Pinv(0.975, k - 1) * sqrt(var / k);
      out->nrr_low[u] = out->nrr[u] - half;
      out->nrr_high[u] = out->nrr[u] + half;
    }
    if (isfinite(out->nrr[u]) &&
        (out->unsur_terlemah < 0 || out->nrr[u] < out->nrr[out->unsur_terlemah]))
      out->unsur_terlemah = u;
  }
  out->ikm = kj_ikm(out->nrr, KJ_SKM_UNSUR, w);
  out->mutu = kj_ikm_mutu(out->ikm);
  kj_desc d;
  kj_describe(ikm_j, n, &d);
  out->ci_low = isfinite(out->ikm) ? d.ci_low : KJ_NA;
  out->ci_high = isfinite(out->ikm) ? d.ci_high : KJ_NA;
  out->sedikit = (long)n < m->p->skm_min_responden;
  free(ikm_j);
}

static void per_unit(an_model *m, size_t *idx) {
  kj_analysis *r = m->r;
  size_t cap_u = 0, cap_p = 0;
  for (size_t i = 0; i < m->n_resp;) {
    size_t j = i;
    while (j < m->n_resp && m->resp[j].unit == m->resp[i].unit) j++;
    if (r->n_skm_unit == cap_u) {
      cap_u = cap_u ? cap_u * 2 : 32;
      r->skm_unit = xreallocarray(r->skm_unit, cap_u, sizeof *r->skm_unit);
    }
    for (size_t k = i; k < j; k++) idx[k - i] = k;
    kj_skm *s = &r->skm_unit[r->n_skm_unit++];
    memset(s, 0, sizeof *s);
    s->unit = m->resp[i].unit;
    aggregate(m, idx, j - i, s);
    for (size_t a = i; a < j;) {
      size_t b = a;
      while (b < j && m->resp[b].pkey == m->resp[a].pkey) b++;
      if (r->n_skm_periode == cap_p) {
        cap_p = cap_p ? cap_p * 2 : 32;
        r->skm_periode = xreallocarray(r->skm_periode, cap_p, sizeof *r->skm_periode);
      }
      for (size_t k = a; k < b; k++) idx[k - a] = k;
      kj_skm *sp = &r->skm_periode[r->n_skm_periode++];
      memset(sp, 0, sizeof *sp);
      sp->unit = s->unit;
      an_pkey_text(m->resp[a].pkey, sp->periode);
      aggregate(m, idx, b - a, sp);
      a = b;
    }
    i = j;
  }
}

static void per_opd(an_model *m, size_t *idx) {
  kj_analysis *r = m->r;
  r->skm_opd = xcalloc((size_t)r->n_opd + 1, sizeof *r->skm_opd);
  for (int o = 0; o <= r->n_opd; o++) {
    size_t n = 0;
    for (size_t i = 0; i < m->n_resp; i++)
      if (o == r->n_opd || r->unit[m->resp[i].unit].opd == o) idx[n++] = i;
    kj_skm *s = &r->skm_opd[o];
    s->unit = o;
    if (n == 0) {
      for (int u = 0; u < KJ_SKM_UNSUR; u++) s->nrr[u] = s->nrr_low[u] = s->nrr_high[u] = KJ_NA;
      s->ikm = s->ci_low = s->ci_high = KJ_NA;
      s->mutu = KJ_MUTU_N;
      s->unsur_terlemah = -1;
      continue;
    }
    aggregate(m, idx, n, s);
  }
}

kj_status an_skm(an_model *m, kj_error *err) {
  size_t *idx = xcalloc(m->n_resp + 1, sizeof *idx);
  per_unit(m, idx);
  per_opd(m, idx);
  free(idx);
  return an_skm_link(m, err);
}
