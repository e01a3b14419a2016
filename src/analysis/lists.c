/* lists.c — analytics.md §8: role models (teladan) and employees who need
 * coaching (perlu pembinaan), each with the figures behind the reason.
 *
 * Both lists read the appraisal records of each employee-year in period
 * order. Records of different period types are never mixed in one run or
 * regression: an employee with monthly and quarterly records is judged on
 * each type separately (runs) or on the type with more records (slope).
 */
#include "analysis/engine_int.h"
#include "domain/period.h"
#include "domain/rules.h"
#include "util/xalloc.h"

#include <gsl/gsl_statistics_double.h>
#include <stdlib.h>
#include <string.h>

#define TELADAN_SHARE 0.75   /* SANGAT_BAIK in at least 75 % of periodic records */
#define TELADAN_MIN_OPD 20   /* smaller OPD take the city's capaian threshold */
#define BINA_RUN 2           /* consecutive periodic predikat below BAIK */
#define BINA_SLOPE_MIN 6     /* records needed for the slope rule */

/* The 90 % quantile (type 7) of the finite capaian of pegawai idx[0..n). */
static double top10(const kj_analysis *r, const int32_t *idx, size_t n, double *buf) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    double v = r->pegawai[idx[i]].ukuran[KJ_UK_CAPAIAN];
    if (isfinite(v)) buf[k++] = v;
  }
  if (k == 0) return KJ_NA;
  an_sort(buf, k);
  return gsl_stats_quantile_from_sorted_data(buf, 1, k, 0.9);
}

typedef struct cand {
  int32_t peg;
  double ikp, cap;
  int64_t nip;
} cand;

static int cmp_cand(const void *a, const void *b) {
  const cand *x = a, *y = b;
  if (x->ikp != y->ikp) return x->ikp > y->ikp ? -1 : 1;
  if (x->cap != y->cap) return x->cap > y->cap ? -1 : 1;
  return (x->nip > y->nip) - (x->nip < y->nip);
}

static void teladan(an_model *m) {
  kj_analysis *r = m->r;
  double *buf = xcalloc(r->n_pegawai + 1, sizeof *buf);
  int32_t *all = xcalloc(r->n_pegawai + 1, sizeof *all);
  for (size_t i = 0; i < r->n_pegawai; i++) all[i] = (int32_t)i;
  double city = top10(r, all, r->n_pegawai, buf);
  cand *c = xcalloc(r->n_pegawai + 1, sizeof *c);
  r->teladan = xcalloc(r->n_pegawai + 1, sizeof *r->teladan);
  for (int o = 0; o < r->n_opd; o++) {
    size_t a, b, nc = 0;
    an_opd_range(m, o, &a, &b);
    int use_city = b - a < TELADAN_MIN_OPD;
    double thr = use_city ? city : top10(r, &m->opd_peg[a], b - a, buf);
    for (size_t i = a; i < b; i++) {
      const kj_pegawai_tahun *p = &r->pegawai[m->opd_peg[i]];
      double cap = p->ukuran[KJ_UK_CAPAIAN];
      if (p->n_periode == 0 || (p->n_bulanan < 6 && p->n_triwulan < 3)) continue;
      if ((double)p->n_sangat_baik < TELADAN_SHARE * p->n_periode) continue;
      if (!isfinite(cap) || !isfinite(thr) || cap < thr) continue;
      c[nc++] = (cand){m->opd_peg[i], p->ukuran[KJ_UK_IKP], cap, p->nip};
    }
    qsort(c, nc, sizeof *c, cmp_cand);
    for (size_t i = 0; i < nc && (long)i < r->params.teladan_per_opd; i++) {
      const kj_pegawai_tahun *p = &r->pegawai[c[i].peg];
      kj_daftar *d = &r->teladan[r->n_teladan++];
      memset(d, 0, sizeof *d);
      d->pegawai = c[i].peg;
      d->peringkat = (int)i + 1;
      d->share_sangat_baik = (double)p->n_sangat_baik / p->n_periode;
      d->batas_capaian = thr;
      d->acuan_kota = use_city;
      d->slope_per_tahun = d->slope_p = KJ_NA;
    }
  }
  free(c);
  free(all);
  free(buf);
}

static int bad(int predikat) {
  return predikat == KJ_BUTUH_PERBAIKAN || predikat == KJ_KURANG || predikat == KJ_SANGAT_KURANG;
}

/* Coaching reasons of one employee-year. */
static void coaching(const an_model *m, const an_ey *e, kj_daftar *d) {
  static const char types[] = {KJ_PER_BULANAN, KJ_PER_TRIWULAN, KJ_PER_SEMESTER};
  d->berturut = 0;
  d->slope_per_tahun = d->slope_p = KJ_NA;
  char main_type = 0;
  int main_n = 0;
  for (int t = 0; t < 3; t++) {
    int run = 0, n = 0;
    for (int32_t k = e->rec0; k < e->rec0 + e->nrec; k++) {
      const an_rec *x = &m->recs[k];
      if (x->jenis != types[t]) continue;
      n++;
      run = bad(x->predikat) ? run + 1 : 0;
      if (run > d->berturut) d->berturut = run;
    }
    if (n > main_n) main_n = n, main_type = types[t];
  }
  if (d->berturut >= BINA_RUN) d->alasan |= KJ_BINA_BERTURUT;
  int pt = e->out.predikat_tahunan;
  if (pt == KJ_KURANG || pt == KJ_SANGAT_KURANG) d->alasan |= KJ_BINA_TAHUNAN;
  if (main_n < BINA_SLOPE_MIN) return;
  double x[64], y[64];
  size_t n = 0;
  for (int32_t k = e->rec0; k < e->rec0 + e->nrec && n < 64; k++) {
    const an_rec *rc = &m->recs[k];
    if (rc->jenis != main_type) continue;
    x[n] = (double)an_pkey_index(rc->pkey);
    y[n++] = an_rec_ikp(rc);
  }
  kj_ols ols;
  kj_ols_fit(x, y, n, &ols);
  double per = kj_period_per_year((kj_period_type)main_type);
  d->slope_per_tahun = ols.slope * per;
  d->slope_p = ols.p;
  if (isfinite(ols.p) && ols.p < m->p->alpha && ols.slope < 0) d->alasan |= KJ_BINA_TREN;
}

static void pembinaan(an_model *m) {
  kj_analysis *r = m->r;
  r->pembinaan = xcalloc(r->n_pegawai + 1, sizeof *r->pembinaan);
  for (int o = 0; o < r->n_opd; o++) {
    size_t a, b;
    an_opd_range(m, o, &a, &b);
    for (size_t i = a; i < b; i++) {
      kj_daftar d;
      memset(&d, 0, sizeof d);
      d.pegawai = m->opd_peg[i];
      d.share_sangat_baik = d.batas_capaian = KJ_NA;
      coaching(m, &m->ey[m->peg_ey[d.pegawai]], &d);
      if (d.alasan) r->pembinaan[r->n_pembinaan++] = d;
    }
  }
}

void an_lists(an_model *m) {
  teladan(m);
  pembinaan(m);
}
