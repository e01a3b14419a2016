/* evaluators.c — analytics.md §7: evaluator leniency.
 *
 * The unit of analysis is a rating relationship: one evaluator and one
 * employee-year of Y, valued at the mean IKP of the periodic records that
 * evaluator gave that employee (the annual record when there are none). An
 * employee who changed evaluator mid-year counts once for each. Each
 * evaluator is placed in the OPD where most of their ratees work and
 * compared, by Welch's test, with every other rating relationship of that
 * OPD; the p-values of all evaluators are adjusted together (BH). An
 * evaluator with fewer than min_kelompok ratees there is listed without
 * figures.
 */
#include "analysis/engine_int.h"
#include "domain/period.h"
#include "domain/rules.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct pair {
  int64_t nip;     /* evaluator */
  int32_t opd;     /* ratee's OPD */
  int32_t penilai; /* evaluator's employee index or AN_PENILAI_LUAR */
  double v;        /* mean IKP points given */
  uint32_t seq;    /* order of collection: breaks every tie, so the sums below run in
                      the same order whatever sort the C library has */
} pair;

static int cmp_nip_opd(const void *a, const void *b) {
  const pair *x = a, *y = b;
  if (x->nip != y->nip) return x->nip < y->nip ? -1 : 1;
  if (x->opd != y->opd) return x->opd < y->opd ? -1 : 1;
  return (x->seq > y->seq) - (x->seq < y->seq);
}

static int cmp_opd_nip(const void *a, const void *b) {
  const pair *x = a, *y = b;
  if (x->opd != y->opd) return x->opd < y->opd ? -1 : 1;
  if (x->nip != y->nip) return x->nip < y->nip ? -1 : 1;
  return (x->seq > y->seq) - (x->seq < y->seq);
}

/* Rating relationships of Y. */
static pair *collect(const an_model *m, size_t *np) {
  const kj_analysis *r = m->r;
  size_t n = 0, cap = r->n_pegawai + 16;
  pair *ps = xcalloc(cap, sizeof *ps);
  for (size_t i = 0; i < r->n_pegawai; i++) {
    const an_ey *e = &m->ey[m->peg_ey[i]];
    size_t first = n;
    for (int32_t k = e->rec0; k < e->rec0 + e->nrec; k++) {
      const an_rec *x = &m->recs[k];
      if (!x->nip_penilai) continue;
      size_t j = first;
      while (j < n && ps[j].nip != x->nip_penilai) j++;
      if (j == n) {
        if (n == cap) ps = xreallocarray(ps, cap *= 2, sizeof *ps);
        ps[n] = (pair){x->nip_penilai, e->opd, x->penilai, 0, (uint32_t)n};
        n++;
      }
    }
    /* value of each relationship: periodic records first, else annual */
    for (size_t j = first; j < n; j++) {
      double per = 0, ann = KJ_NA;
      int cnt = 0;
      for (int32_t k = e->rec0; k < e->rec0 + e->nrec; k++) {
        const an_rec *x = &m->recs[k];
        if (x->nip_penilai != ps[j].nip) continue;
        double pts = an_rec_ikp(x);
        if (x->jenis == KJ_PER_TAHUNAN) ann = pts;
        else per += pts, cnt++;
      }
      ps[j].v = cnt ? per / cnt : ann;
    }
  }
  *np = n;
  return ps;
}

kj_status an_evaluators(an_model *m, kj_error *err) {
  kj_analysis *r = m->r;
  size_t np;
  pair *ps = collect(m, &np);
  /* one row per evaluator, in the OPD of most of their ratees */
  qsort(ps, np, sizeof *ps, cmp_nip_opd);
  r->penilai = xcalloc(np + 1, sizeof *r->penilai);
  for (size_t i = 0; i < np;) {
    size_t j = i, best = 0;
    int32_t best_opd = -1;
    while (j < np && ps[j].nip == ps[i].nip) {
      size_t k = j;
      while (k < np && ps[k].nip == ps[j].nip && ps[k].opd == ps[j].opd) k++;
      if (k - j > best) best = k - j, best_opd = ps[j].opd;
      j = k;
    }
    kj_penilai *e = &r->penilai[r->n_penilai++];
    e->nip = ps[i].nip;
    e->di_roster = ps[i].penilai >= 0;
    e->opd = best_opd;
    e->n = (long)best;
    e->mean_ikp = e->mean_lain = e->selisih = e->p = e->q = KJ_NA;
    e->label = KJ_PENILAI_TCD;
    i = j;
  }
  /* comparisons within each OPD */
  qsort(ps, np, sizeof *ps, cmp_opd_nip);
  int32_t *g = xcalloc(np + 1, sizeof *g);
  double *v = xcalloc(np + 1, sizeof *v);
  kj_moments *in = xcalloc(np + 1, sizeof *in), *rest = xcalloc(np + 1, sizeof *rest);
  for (size_t i = 0; i < np;) {
    size_t j = i;
    int ng = 0;
    while (j < np && ps[j].opd == ps[i].opd) {
      if (j > i && ps[j].nip != ps[j - 1].nip) ng++;
      g[j - i] = ng;
      v[j - i] = ps[j].v;
      j++;
    }
    an_group_vs_rest(g, v, j - i, ng + 1, in, rest);
    for (size_t k = i; k < j; k++) {
      if (k > i && ps[k].nip == ps[k - 1].nip) continue;
      /* evaluators are sorted by nip: find this one's row */
      size_t lo = 0, hi = r->n_penilai;
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r->penilai[mid].nip < ps[k].nip) lo = mid + 1;
        else hi = mid;
      }
      kj_penilai *e = &r->penilai[lo];
      if (e->opd != ps[k].opd) continue;
      const kj_moments *a = &in[g[k - i]], *b = &rest[g[k - i]];
      e->n_lain = (long)b->n;
      if (e->n < r->params.min_kelompok) continue;
      kj_ttest t;
      kj_welch_moments(a, b, &t);
      e->mean_ikp = t.mean_a;
      e->mean_lain = t.mean_b;
      e->selisih = t.diff;
      e->p = t.p;
    }
    i = j;
  }
  double *p = xcalloc(r->n_penilai + 1, sizeof *p);
  for (size_t i = 0; i < r->n_penilai; i++) p[i] = r->penilai[i].p;
  kj_status rc = kj_bh(p, r->n_penilai, p, err);
  for (size_t i = 0; rc == KJ_OK && i < r->n_penilai; i++) {
    kj_penilai *e = &r->penilai[i];
    if (kj_is_na(e->p)) continue;
    e->q = p[i];
    int sig = e->q < r->params.alpha;
    e->label = sig && e->selisih > 0   ? KJ_PENILAI_LONGGAR
               : sig && e->selisih < 0 ? KJ_PENILAI_KETAT
                                       : KJ_PENILAI_WAJAR;
  }
  free(p);
  free(g);
  free(v);
  free(in);
  free(rest);
  free(ps);
  return rc;
}
