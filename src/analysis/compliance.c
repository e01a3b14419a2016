/* compliance.c — analytics.md §5: the distribution of employees' annual
 * predikat in each OPD against the curve its organisation predikat
 * requires, with the exact minimum number of changes (curve.h), and a
 * chi-square test of the OPD's five counts against the city's shares.
 *
 * Counts are never suppressed here: whether an OPD meets the curve is an
 * administrative fact the BKPSDM must check for every OPD, small or not.
 * The chi-square, a statement about the OPD's profile, needs min_kelompok.
 */
#include "analysis/engine_int.h"
#include "util/xalloc.h"

#include <string.h>

kj_status an_curve(an_model *m, kj_error *err) {
  kj_analysis *r = m->r;
  r->kurva = xcalloc((size_t)r->n_opd + 1, sizeof *r->kurva);
  for (int o = 0; o <= r->n_opd; o++) {
    kj_kurva *k = &r->kurva[o];
    size_t a, b;
    an_opd_range(m, o, &a, &b);
    for (size_t i = a; i < b; i++) {
      int p = r->pegawai[m->opd_peg[i]].predikat_tahunan;
      if (p >= 0) k->count[p]++, k->n++;
    }
  }
  const kj_kurva *city = &r->kurva[KJ_KOTA(r)];
  double share[KJ_PREDIKAT_N];
  for (int p = 0; p < KJ_PREDIKAT_N; p++)
    share[p] = city->n ? (double)city->count[p] / (double)city->n : 0;
  for (int o = 0; o <= r->n_opd; o++) {
    kj_kurva *k = &r->kurva[o];
    memset(&k->cek, 0, sizeof k->cek);
    k->cek.min_changes = -1;
    k->chi2.stat = k->chi2.df = k->chi2.p = k->chi2.min_expected = k->chi2.cramer_v = KJ_NA;
    k->status = KJ_KURVA_TANPA_PREDIKAT;
    int org = r->opd[o].org;
    if (o < r->n_opd && org >= 0) {
      kj_status s = kj_curve_check(&r->params.kurva[org], k->count, &k->cek, err);
      if (s != KJ_OK) return s;
      k->status = !k->cek.feasible ? KJ_KURVA_MUSTAHIL
                  : k->cek.patuh   ? KJ_KURVA_PATUH
                                   : KJ_KURVA_TIDAK_PATUH;
    }
    if (o < r->n_opd && k->n >= r->params.min_kelompok && city->n > 0) {
      kj_status s = kj_chisq_gof(k->count, share, KJ_PREDIKAT_N, &k->chi2, err);
      if (s != KJ_OK) return s;
    }
  }
  return KJ_OK;
}
