/* indikator.c — capaian per indicator text and OPD in year Y, for the Rapor
 * OPD's "indicators with the lowest capaian" (reports.md).
 *
 * While indicator rows stream (load_facts.c), each record of Y adds its
 * clipped capaian (§1.4) under the group (OPD of the record's period,
 * indicator text); a string map turns the pair into a dense group id once
 * per row. Afterwards one sort of the (group, value) records gives every
 * group's mean, median and share under 100 %, and one sort by (group,
 * employee) its distinct employees. Groups of fewer than min_kelompok
 * employees keep their counts only.
 */
#include "analysis/engine_int.h"
#include "util/xalloc.h"

#include <gsl/gsl_statistics_double.h>
#include <stdlib.h>
#include <string.h>

void an_indikator_add(an_model *m, int opd, int32_t emp, const char *teks, double v) {
  if (!isfinite(v)) return;
  char key[600];
  snprintf(key, sizeof key, "%d:%s", opd, teks);
  int32_t g;
  if (!kj_strmap_get(&m->ind_ix, key, &g)) {
    g = m->n_indgrp++;
    m->indgrp = xreallocarray(m->indgrp, (size_t)m->n_indgrp, sizeof *m->indgrp);
    m->indgrp[g].opd = opd;
    m->indgrp[g].teks = xstrdup(teks);
    kj_strmap_put(&m->ind_ix, key, g);
  }
  if (m->n_indval == m->cap_indval) {
    m->cap_indval = m->cap_indval ? m->cap_indval * 2 : 4096;
    m->indval = xreallocarray(m->indval, m->cap_indval, sizeof *m->indval);
  }
  m->indval[m->n_indval++] = (struct an_indval){g, emp, v};
}

static int cmp_value(const void *a, const void *b) {
  const struct an_indval *x = a, *y = b;
  if (x->grp != y->grp) return x->grp < y->grp ? -1 : 1;
  return (x->v > y->v) - (x->v < y->v);
}

static int cmp_emp(const void *a, const void *b) {
  const struct an_indval *x = a, *y = b;
  if (x->grp != y->grp) return x->grp < y->grp ? -1 : 1;
  return (x->emp > y->emp) - (x->emp < y->emp);
}

static int cmp_out(const void *a, const void *b) {
  const kj_capaian_indikator *x = a, *y = b;
  if (x->opd != y->opd) return x->opd < y->opd ? -1 : 1;
  return strcmp(x->indikator, y->indikator);
}

void an_indikator(an_model *m) {
  kj_analysis *r = m->r;
  size_t ng = (size_t)m->n_indgrp, nv = m->n_indval;
  r->n_indikator = ng;
  r->indikator = xcalloc(ng + 1, sizeof *r->indikator);
  for (size_t g = 0; g < ng; g++) {
    r->indikator[g].opd = m->indgrp[g].opd;
    r->indikator[g].indikator = m->indgrp[g].teks; /* ownership moves to the result */
    m->indgrp[g].teks = NULL;
  }
  if (nv == 0) return; /* no indicator records in Y (qsort wants a real array) */
  qsort(m->indval, nv, sizeof *m->indval, cmp_emp);
  for (size_t i = 0; i < nv; i++) {
    kj_capaian_indikator *x = &r->indikator[m->indval[i].grp];
    x->n_catatan++;
    x->n_pegawai += i == 0 || m->indval[i].grp != m->indval[i - 1].grp ||
                    m->indval[i].emp != m->indval[i - 1].emp;
  }
  qsort(m->indval, nv, sizeof *m->indval, cmp_value);
  double *v = xcalloc(nv + 1, sizeof *v);
  for (size_t i = 0; i < nv;) {
    size_t j = i, below = 0;
    double sum = 0;
    while (j < nv && m->indval[j].grp == m->indval[i].grp) {
      v[j - i] = m->indval[j].v;
      sum += v[j - i];
      below += v[j - i] < 100;
      j++;
    }
    kj_capaian_indikator *x = &r->indikator[m->indval[i].grp];
    size_t n = j - i;
    if (x->n_pegawai >= r->params.min_kelompok) {
      x->mean = sum / (double)n;
      x->median = gsl_stats_median_from_sorted_data(v, 1, n);
      x->share_di_bawah_100 = (double)below / (double)n;
    } else {
      x->mean = x->median = x->share_di_bawah_100 = KJ_NA;
    }
    i = j;
  }
  free(v);
  qsort(r->indikator, ng, sizeof *r->indikator, cmp_out);
}
