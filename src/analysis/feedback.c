/* feedback.c — analytics.md §10: leader feedback (peran pimpinan) per OPD
 * and its associations with appraisal results.
 *
 * Rates are per employee-year of Y in the OPD; events are the feedback the
 * OPD's employees received in Y, whoever gave it. The associations are
 * descriptive and reported as such: an OPD-level Pearson r of the
 * appreciation rate with mean IKP and with mean BerAKHLAK score, and an
 * employee-level Welch comparison of the IKP change from Y-1 to Y between
 * employees who were appreciated in Y and those who were not.
 */
#include "analysis/engine_int.h"
#include "util/xalloc.h"

#include <stdlib.h>

static void pearson_row(kj_asosiasi *a, const char *nama, const double *x, const double *y,
                        size_t n) {
  kj_corr pe, sp;
  kj_pearson(x, y, n, &pe);
  kj_spearman(x, y, n, &sp);
  a->nama = nama;
  a->metode = "pearson";
  a->n = (long)pe.n;
  a->n_lain = 0;
  a->r = pe.r;
  a->ci_low = pe.ci_low;
  a->ci_high = pe.ci_high;
  a->p = pe.p;
  a->selisih = KJ_NA;
  a->rho = sp.r;
  a->rho_p = sp.p;
}

static double mean_perilaku(const kj_pegawai_tahun *p) {
  double s = 0;
  int n = 0;
  for (int v = 0; v < KJ_NILAI_N; v++)
    if (isfinite(p->ukuran[KJ_UK_NILAI + v])) s += p->ukuran[KJ_UK_NILAI + v], n++;
  return n ? s / n : KJ_NA;
}

void an_feedback(an_model *m) {
  kj_analysis *r = m->r;
  r->umpan = xcalloc((size_t)r->n_opd + 1, sizeof *r->umpan);
  double *rate = xcalloc((size_t)r->n_opd + 1, sizeof *rate);
  double *ikp = xcalloc((size_t)r->n_opd + 1, sizeof *ikp);
  double *per = xcalloc((size_t)r->n_opd + 1, sizeof *per);
  size_t k = 0;
  for (int o = 0; o <= r->n_opd; o++) {
    kj_umpan *u = &r->umpan[o];
    size_t a, b;
    an_opd_range(m, o, &a, &b);
    double ps = 0;
    long pn = 0;
    for (size_t i = a; i < b; i++) {
      const kj_pegawai_tahun *p = &r->pegawai[m->opd_peg[i]];
      const long *ub = &m->ub[(size_t)m->ey[m->peg_ey[m->opd_peg[i]]].emp * KJ_JENIS_UB_N];
      u->n_pegawai++;
      for (int j = 0; j < KJ_JENIS_UB_N; j++) u->kejadian[j] += ub[j];
      u->n_apresiasi += ub[KJ_APRESIASI] > 0;
      double mp = mean_perilaku(p);
      if (isfinite(mp)) ps += mp, pn++;
    }
    u->kejadian_per_pegawai = u->share_apresiasi = KJ_NA;
    if (u->n_pegawai < r->params.min_kelompok) continue;
    long tot = u->kejadian[0] + u->kejadian[1] + u->kejadian[2];
    u->kejadian_per_pegawai = (double)tot / (double)u->n_pegawai;
    u->share_apresiasi = (double)u->n_apresiasi / (double)u->n_pegawai;
    if (o == r->n_opd) continue;
    rate[k] = u->share_apresiasi;
    ikp[k] = r->stat ? r->stat[o].ukuran[KJ_UK_IKP].mean : KJ_NA;
    per[k] = pn ? ps / (double)pn : KJ_NA;
    k++;
  }
  pearson_row(&r->asosiasi[r->n_asosiasi++], "apresiasi_ikp", rate, ikp, k);
  pearson_row(&r->asosiasi[r->n_asosiasi++], "apresiasi_perilaku", rate, per, k);

  double *d1 = xcalloc(r->n_pegawai + 1, sizeof *d1), *d0 = xcalloc(r->n_pegawai + 1, sizeof *d0);
  size_t n1 = 0, n0 = 0;
  for (size_t i = 0; i < r->n_pegawai; i++) {
    const an_ey *e = &m->ey[m->peg_ey[i]];
    int32_t prev = an_ey_get(m, e->emp, r->tahun - 1, 0);
    if (prev < 0) continue;
    double d = e->out.ukuran[KJ_UK_IKP] - m->ey[prev].out.ukuran[KJ_UK_IKP];
    if (!isfinite(d)) continue;
    if (m->ub[(size_t)e->emp * KJ_JENIS_UB_N + KJ_APRESIASI] > 0) d1[n1++] = d;
    else d0[n0++] = d;
  }
  kj_ttest t;
  kj_welch(d1, n1, d0, n0, &t);
  kj_asosiasi *a = &r->asosiasi[r->n_asosiasi++];
  a->nama = "apresiasi_delta_ikp";
  a->metode = "welch";
  a->n = (long)n1;
  a->n_lain = (long)n0;
  a->r = a->ci_low = a->ci_high = a->rho = a->rho_p = KJ_NA;
  a->selisih = t.diff;
  a->p = t.p;
  free(d1);
  free(d0);
  free(rate);
  free(ikp);
  free(per);
}
