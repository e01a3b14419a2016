/* feedback.c — analytics.md §10: leader feedback (peran pimpinan) per OPD
 * and its associations with appraisal results.
 *
 * Rates are per employee-year of Y in the OPD; events are the feedback the
 * OPD's employees received in Y, whoever gave it. The associations are
 * descriptive and reported as such: a unit-level Pearson r (units with at
 * least min_kelompok employee-years) of the appreciation rate with mean IKP
 * and with mean BerAKHLAK score, and an
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
  a->r_tanpa_min = a->r_tanpa_max = KJ_NA; /* influence: IKM-IKP row only */
  a->unit_berpengaruh = -1;
  a->status = KJ_AS_TCD;
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

/* Unit-level association: per unit (the employee's unit in Y) with at least
 * min_kelompok employee-years, the share appreciated against mean IKP and
 * against mean BerAKHLAK score. */
static void unit_association(an_model *m) {
  kj_analysis *r = m->r;
  size_t nu = (size_t)r->n_unit + 1;
  long *n = xcalloc(nu, sizeof *n), *apr = xcalloc(nu, sizeof *apr);
  long *n_ikp = xcalloc(nu, sizeof *n_ikp), *n_per = xcalloc(nu, sizeof *n_per);
  double *s_ikp = xcalloc(nu, sizeof *s_ikp), *s_per = xcalloc(nu, sizeof *s_per);
  for (size_t i = 0; i < r->n_pegawai; i++) {
    const kj_pegawai_tahun *p = &r->pegawai[i];
    int u = p->unit;
    n[u]++;
    apr[u] += m->ub[(size_t)m->ey[m->peg_ey[i]].emp * KJ_JENIS_UB_N + KJ_APRESIASI] > 0;
    double v = p->ukuran[KJ_UK_IKP], mp = mean_perilaku(p);
    if (isfinite(v)) s_ikp[u] += v, n_ikp[u]++;
    if (isfinite(mp)) s_per[u] += mp, n_per[u]++;
  }
  double *rate = xcalloc(nu, sizeof *rate), *ikp = xcalloc(nu, sizeof *ikp);
  double *per = xcalloc(nu, sizeof *per);
  size_t k = 0;
  for (int u = 0; u < r->n_unit; u++) {
    if (n[u] < r->params.min_kelompok) continue;
    rate[k] = (double)apr[u] / (double)n[u];
    ikp[k] = n_ikp[u] ? s_ikp[u] / (double)n_ikp[u] : KJ_NA;
    per[k] = n_per[u] ? s_per[u] / (double)n_per[u] : KJ_NA;
    k++;
  }
  pearson_row(&r->asosiasi[r->n_asosiasi++], "apresiasi_ikp", rate, ikp, k);
  pearson_row(&r->asosiasi[r->n_asosiasi++], "apresiasi_perilaku", rate, per, k);
  free(n);
  free(apr);
  free(n_ikp);
  free(n_per);
  free(s_ikp);
  free(s_per);
  free(rate);
  free(ikp);
  free(per);
}

void an_feedback(an_model *m) {
  kj_analysis *r = m->r;
  r->umpan = xcalloc((size_t)r->n_opd + 1, sizeof *r->umpan);
  for (int o = 0; o <= r->n_opd; o++) {
    kj_umpan *u = &r->umpan[o];
    size_t a, b;
    an_opd_range(m, o, &a, &b);
    for (size_t i = a; i < b; i++) {
      const long *ub = &m->ub[(size_t)m->ey[m->peg_ey[m->opd_peg[i]]].emp * KJ_JENIS_UB_N];
      u->n_pegawai++;
      for (int j = 0; j < KJ_JENIS_UB_N; j++) u->kejadian[j] += ub[j];
      u->n_apresiasi += ub[KJ_APRESIASI] > 0;
    }
    u->kejadian_per_pegawai = u->share_apresiasi = KJ_NA;
    if (u->n_pegawai < r->params.min_kelompok) continue;
    long tot = u->kejadian[0] + u->kejadian[1] + u->kejadian[2];
    u->kejadian_per_pegawai = (double)tot / (double)u->n_pegawai;
    u->share_apresiasi = (double)u->n_apresiasi / (double)u->n_pegawai;
  }
  unit_association(m);

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
  a->r_tanpa_min = a->r_tanpa_max = KJ_NA;
  a->unit_berpengaruh = -1;
  a->status = KJ_AS_TCD;
  a->n = (long)n1;
  a->n_lain = (long)n0;
  a->r = a->ci_low = a->ci_high = a->rho = a->rho_p = KJ_NA;
  a->selisih = t.diff;
  a->p = t.p;
  free(d1);
  free(d0);
}
