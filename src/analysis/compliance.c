/* compliance.c — analytics.md §5: the distribution of employees' annual
 * predikat in each OPD against the curve its organisation predikat
 * requires, with the exact minimum number of changes (curve.h), and a
 * chi-square test of the OPD's counts against those of all other OPD
 * (testing against city shares that include the OPD itself would hide a
 * large OPD), with a Monte Carlo p when an expected count is small, and
 * Benjamini-Hochberg over all OPD of Y: a distribution is called different
 * only when chi2_q < alpha.
 *
 * Counts are never suppressed here: whether an OPD meets the curve is an
 * administrative fact the BKPSDM must check for every OPD, small or not.
 * The chi-square, a statement about the OPD's profile, needs min_kelompok.
 */
#include "analysis/engine_int.h"
#include "util/xalloc.h"

#include <stdlib.h>
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
  double *p = xcalloc((size_t)r->n_opd + 1, sizeof *p);
  for (int o = 0; o <= r->n_opd; o++) {
    kj_kurva *k = &r->kurva[o];
    memset(&k->cek, 0, sizeof k->cek);
    k->cek.min_changes = -1;
    k->chi2.stat = k->chi2.df = k->chi2.p = k->chi2.min_expected = k->chi2.cramer_v = KJ_NA;
    k->chi2_p_mc = k->chi2_q = p[o] = KJ_NA;
    k->status = KJ_KURVA_TANPA_PREDIKAT;
    int org = r->opd[o].org;
    if (o < r->n_opd && org >= 0) {
      kj_status s = kj_curve_check(&r->params.kurva[org], k->count, &k->cek, err);
      if (s != KJ_OK) {
        free(p);
        return s;
      }
      k->status = !k->cek.feasible ? KJ_KURVA_MUSTAHIL
                  : k->cek.patuh   ? KJ_KURVA_PATUH
                                   : KJ_KURVA_TIDAK_PATUH;
    }
    if (o < r->n_opd && k->n >= r->params.min_kelompok && city->n > k->n) {
      long t[2 * KJ_PREDIKAT_N];
      for (int j = 0; j < KJ_PREDIKAT_N; j++)
        t[j] = k->count[j], t[KJ_PREDIKAT_N + j] = city->count[j] - k->count[j];
      kj_status s = kj_chisq_indep(t, 2, KJ_PREDIKAT_N, &k->chi2, err);
      if (s != KJ_OK) {
        free(p);
        return s;
      }
      /* small expected counts of this OPD's row (among the predikat the city uses) */
      k->chi2.low_expected = 0;
      for (int j = 0; j < KJ_PREDIKAT_N; j++)
        if (city->count[j] > 0 && (double)k->n * (double)city->count[j] / (double)city->n < 5)
          k->chi2.low_expected = 1;
      if (k->chi2.low_expected && isfinite(k->chi2.stat)) {
        double st;
        k->chi2_p_mc = kj_chisq_mc_p(k->count, city->count, KJ_PREDIKAT_N, AN_CHI2_MC_B,
                                     r->params.seed, &st);
      }
      p[o] = isfinite(k->chi2_p_mc) ? k->chi2_p_mc : k->chi2.p;
    }
  }
  kj_status rc = kj_bh(p, (size_t)r->n_opd, p, err);
  for (int o = 0; rc == KJ_OK && o < r->n_opd; o++) r->kurva[o].chi2_q = p[o];
  free(p);
  return rc;
}
