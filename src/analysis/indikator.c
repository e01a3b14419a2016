/* indikator.c — capaian per indicator text and OPD in year Y, for the Rapor
 * OPD's "indicators with the lowest capaian" (reports.md).
 *
 * While indicator rows stream (load_facts.c), each record of Y adds its
 * clipped capaian (§1.4) under the group (OPD of the record's period,
 * indicator text); a string map turns the pair into a dense group id once
 * per row, and distinct employees are counted on the way (rows come
 * ordered by NIP). Each group keeps its own array of values (one copy, no
 * group id beside every value: these are millions at city scale), and
 * afterwards each group's sorted values give its mean, median and share
 * under 100 %.
 * Groups of fewer than min_kelompok employees keep their counts only.
 */
#include "analysis/engine_int.h"
#include "util/xalloc.h"

#include <gsl/gsl_statistics_double.h>
#include <stdlib.h>
#include <string.h>

/* Group of (opd, teks) through the string map, created when new. */
static int32_t group_of(an_model *m, int opd, const char *teks) {
  char key[600]; /* "OPD:text", built by hand: this runs once per indicator row */
  int kl = 0;
  for (int x = opd; kl == 0 || x > 0; x /= 10) key[kl++] = (char)('0' + x % 10);
  key[kl++] = ':';
  size_t tl = strlen(teks);
  if (tl > sizeof key - (size_t)kl - 1) tl = sizeof key - (size_t)kl - 1;
  memcpy(key + kl, teks, tl);
  key[(size_t)kl + tl] = '\0';
  int32_t g;
  if (!kj_strmap_get(&m->ind_ix, key, &g)) {
    if (m->n_indgrp == m->cap_indgrp) {
      m->cap_indgrp = m->cap_indgrp ? m->cap_indgrp * 2 : 256;
      m->indgrp = xreallocarray(m->indgrp, (size_t)m->cap_indgrp, sizeof *m->indgrp);
    }
    g = m->n_indgrp++;
    m->indgrp[g] = (struct an_indgrp){opd, -1, 0, xstrdup(teks), 0, 0, NULL};
    kj_strmap_put(&m->ind_ix, key, g);
  }
  return g;
}

enum { IND_AT_N = (int)(sizeof ((an_model *)0)->ind_at / sizeof *((an_model *)0)->ind_at) };

/* Adds value v of the record at position `at` of its employee-period. The
 * record at the same position of the previous period is usually in the same
 * group (employees of one OPD mostly share their list of indicators, in key
 * order), so that group is tried first, by one string comparison, before the
 * key is built and hashed; the group found is the same either way. */
void an_indikator_add(an_model *m, int opd, int32_t emp, int at, const char *teks, double v) {
  if (!isfinite(v)) return;
  int cache = at >= 0 && at < IND_AT_N;
  int32_t g = cache ? m->ind_at[at] - 1 : -1;
  if (g < 0 || m->indgrp[g].opd != opd || strcmp(m->indgrp[g].teks, teks) != 0) {
    g = group_of(m, opd, teks);
    if (cache) m->ind_at[at] = g + 1;
  }
  struct an_indgrp *x = &m->indgrp[g];
  /* rows arrive ordered by NIP, so a new employee in a group is a change */
  if (x->last_emp != emp) x->n_pegawai++, x->last_emp = emp;
  if (x->n == x->cap) {
    x->cap = x->cap ? x->cap * 2 : 8;
    x->v = xreallocarray(x->v, x->cap, sizeof *x->v);
  }
  x->v[x->n++] = v;
}

static int cmp_out(const void *a, const void *b) {
  const kj_capaian_indikator *x = a, *y = b;
  if (x->opd != y->opd) return x->opd < y->opd ? -1 : 1;
  return strcmp(x->indikator, y->indikator);
}

void an_indikator(an_model *m) {
  kj_analysis *r = m->r;
  size_t ng = (size_t)m->n_indgrp;
  r->n_indikator = ng;
  r->indikator = xcalloc(ng + 1, sizeof *r->indikator);
  for (size_t g = 0; g < ng; g++) {
    kj_capaian_indikator *x = &r->indikator[g];
    x->opd = m->indgrp[g].opd;
    x->indikator = m->indgrp[g].teks; /* ownership moves to the result */
    m->indgrp[g].teks = NULL;
    x->n_pegawai = m->indgrp[g].n_pegawai;
    x->n_catatan = (long)m->indgrp[g].n;
    x->mean = x->median = x->share_di_bawah_100 = KJ_NA;
    if (x->n_pegawai < r->params.min_kelompok || x->n_catatan == 0) continue;
    double *a = m->indgrp[g].v, sum = 0;
    size_t n = (size_t)x->n_catatan, below = 0;
    an_sort(a, n);
    for (size_t i = 0; i < n; i++) sum += a[i], below += a[i] < 100;
    x->mean = sum / (double)n;
    x->median = gsl_stats_median_from_sorted_data(a, 1, n);
    x->share_di_bawah_100 = (double)below / (double)n;
  }
  for (size_t g = 0; g < ng; g++) { /* the values are done with */
    free(m->indgrp[g].v);
    m->indgrp[g].v = NULL;
    m->indgrp[g].n = m->indgrp[g].cap = 0;
  }
  if (ng > 1) qsort(r->indikator, ng, sizeof *r->indikator, cmp_out);
}
