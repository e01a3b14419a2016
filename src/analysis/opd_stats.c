/* opd_stats.c — analytics.md §2: per-OPD descriptive statistics of every
 * measure, and the shares of the five annual predikat with Wilson
 * intervals, for each OPD and the city.
 *
 * The OPD ranking by mean IKP is made here too, once for every consumer.
 *
 * Small groups (n < min_kelompok) keep their n and lose their figures:
 * "data tidak cukup" protects individuals and avoids unstable means. The
 * city row always pools every employee-year, shown or not.
 */
#include "analysis/engine_int.h"
#include "util/xalloc.h"

#include <stdlib.h>

static void suppress(kj_desc *d) {
  size_t n = d->n;
  d->mean = d->sd = d->se = d->ci_low = d->ci_high = KJ_NA;
  d->median = d->q1 = d->q3 = KJ_NA;
  d->n = n;
}

void an_descriptive(an_model *m) {
  kj_analysis *r = m->r;
  r->stat = xcalloc((size_t)r->n_opd + 1, sizeof *r->stat);
  double *x = xcalloc(r->n_pegawai + 1, sizeof *x);
  for (int o = 0; o <= r->n_opd; o++) {
    kj_opd_stat *s = &r->stat[o];
    size_t a, b;
    an_opd_range(m, o, &a, &b);
    s->n_pegawai = (long)(b - a);
    s->cukup = s->n_pegawai >= r->params.min_kelompok;
    for (int uk = 0; uk < KJ_UKURAN_N; uk++) {
      size_t n = 0;
      for (size_t i = a; i < b; i++) {
        double v = r->pegawai[m->opd_peg[i]].ukuran[uk];
        if (isfinite(v)) x[n++] = v;
      }
      kj_describe(x, n, &s->ukuran[uk]);
      if ((long)n < r->params.min_kelompok) suppress(&s->ukuran[uk]);
    }
    for (size_t i = a; i < b; i++) {
      int p = r->pegawai[m->opd_peg[i]].predikat_tahunan;
      if (p < 0) continue;
      s->n_predikat++;
      s->predikat_n[p]++;
    }
    for (int p = 0; p < KJ_PREDIKAT_N; p++) {
      if (s->n_predikat < r->params.min_kelompok) {
        s->predikat_n[p] = -1;
        s->predikat_share[p] = s->predikat_lo[p] = s->predikat_hi[p] = KJ_NA;
        continue;
      }
      s->predikat_share[p] = (double)s->predikat_n[p] / (double)s->n_predikat;
      kj_wilson(s->predikat_n[p], s->n_predikat, &s->predikat_lo[p], &s->predikat_hi[p]);
    }
  }
  free(x);
  /* ranking by mean IKP (insertion sort: a few dozen OPD) */
  r->peringkat = xcalloc((size_t)r->n_opd + 1, sizeof *r->peringkat);
  for (int o = 0; o < r->n_opd; o++) {
    double v = r->stat[o].ukuran[KJ_UK_IKP].mean;
    if (!isfinite(v)) continue;
    int j = r->n_peringkat++;
    while (j > 0 && r->stat[r->peringkat[j - 1]].ukuran[KJ_UK_IKP].mean < v) {
      r->peringkat[j] = r->peringkat[j - 1];
      j--;
    }
    r->peringkat[j] = o; /* OPD come in code order, so equal means keep it */
  }
}
