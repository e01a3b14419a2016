/* trends.c — analytics.md §4: trends of period means over the window and
 * the year-over-year comparison.
 *
 * The loaders already summed every periodic observation into per-period
 * accumulators per OPD (of the unit's final successor, so a merged unit's
 * history counts where its people are now). Here each OPD and measure gets
 * its series of period means — of one period type, the one with the most
 * usable points (monthly first on a tie) — and an OLS slope of mean on the
 * period index, reported per year, with a Newey-West standard error floored
 * at the OLS one (kj_ols_hac: monthly means of the same people are serially
 * correlated). A period mean over fewer than min_kelompok people is neither
 * shown nor used.
 *
 * A label is a claim, so each family is tested as one: the p-values of all
 * trends of the window (every OPD and KOTA, every measure) are adjusted
 * together with Benjamini-Hochberg, and NAIK/TURUN also needs the practical
 * minimum tren_min of the measure and at least 12 points; the year-over-year
 * comparisons of Y are one family too (analytics.md §4).
 */
#include "analysis/engine_int.h"
#include "domain/period.h"
#include "util/xalloc.h"

#include <gsl/gsl_cdf.h>
#include <stdlib.h>
#include <string.h>

static void point(const an_slot *s, size_t cell, long min, kj_tren_titik *t) {
  t->n = s->n[cell];
  t->mean = t->ci_low = t->ci_high = KJ_NA;
  if (t->n < min || t->n < 1) return;
  double n = (double)t->n, mean = s->sum[cell] / n;
  t->mean = mean;
  if (t->n < 2) return;
  double var = fmax(0, (s->sumsq[cell] - n * mean * mean) / (n - 1));
  double half = gsl_cdf_tdist_Pinv(0.975, n - 1) * sqrt(var / n);
  if (isfinite(half)) {
    t->ci_low = mean - half;
    t->ci_high = mean + half;
  }
}

static void fit(kj_analysis *r, const int *slot_of, const char *jenis, int np, int o, int uk,
                kj_tren *tr) {
  static const char types[] = {KJ_PER_BULANAN, KJ_PER_TRIWULAN, KJ_PER_SEMESTER};
  const kj_tren_titik *pts = &r->titik[((size_t)o * KJ_UKURAN_N + (size_t)uk) * (size_t)np];
  char best = 0;
  int best_k = 0;
  for (int t = 0; t < 3; t++) {
    int k = 0;
    for (int j = 0; j < np; j++) k += jenis[j] == types[t] && isfinite(pts[j].mean);
    if (k > best_k) best = types[t], best_k = k;
  }
  memset(tr, 0, sizeof *tr);
  tr->slope_per_tahun = tr->se = tr->ci_low = tr->ci_high = tr->p = KJ_NA;
  tr->se_ols = tr->q = KJ_NA;
  tr->label = KJ_TREN_TCD;
  tr->jenis = best;
  if (best_k == 0) return;
  double *x = xcalloc((size_t)best_k, sizeof *x), *y = xcalloc((size_t)best_k, sizeof *y);
  long first = -1;
  for (int j = 0; j < np; j++) {
    if (jenis[j] != best || !isfinite(pts[j].mean)) continue;
    long ix = an_pkey_index(slot_of[j]);
    if (first < 0) {
      first = ix;
      snprintf(tr->dari, sizeof tr->dari, "%s", r->periode[j]);
    }
    snprintf(tr->sampai, sizeof tr->sampai, "%s", r->periode[j]);
    x[tr->k] = (double)(ix - first);
    y[tr->k] = pts[j].mean;
    tr->k++;
  }
  if (tr->k >= 3) {
    kj_ols ols;
    double se_ols;
    kj_ols_hac(x, y, (size_t)tr->k, &ols, &se_ols);
    double per = kj_period_per_year((kj_period_type)best);
    tr->slope_per_tahun = ols.slope * per;
    tr->se = ols.se * per;
    tr->se_ols = se_ols * per;
    tr->ci_low = ols.ci_low * per;
    tr->ci_high = ols.ci_high * per;
    tr->p = ols.p;
  }
  free(x);
  free(y);
}

static kj_status series(an_model *m, kj_error *err) {
  kj_analysis *r = m->r;
  int np = 0;
  for (int i = 0; i < m->n_slot; i++) {
    int y = m->slot[i].pkey / 100;
    np += y >= r->dari && y <= r->sampai;
  }
  r->n_periode = np;
  r->periode = xcalloc((size_t)np + 1, sizeof *r->periode);
  int *slot_of = xcalloc((size_t)np + 1, sizeof *slot_of);
  char *jenis = xcalloc((size_t)np + 1, 1);
  const an_slot **sl = xcalloc((size_t)np + 1, sizeof *sl);
  int j = 0;
  for (int i = 0; i < m->n_slot; i++) {
    int y = m->slot[i].pkey / 100;
    if (y < r->dari || y > r->sampai) continue;
    sl[j] = &m->slot[i];
    slot_of[j] = m->slot[i].pkey;
    jenis[j] = an_pkey_jenis(m->slot[i].pkey);
    an_pkey_text(m->slot[i].pkey, r->periode[j]);
    j++;
  }
  size_t cells = (size_t)(r->n_opd + 1) * KJ_UKURAN_N;
  r->titik = xcalloc(cells * (size_t)np + 1, sizeof *r->titik);
  r->tren = xcalloc(cells, sizeof *r->tren);
  for (size_t c = 0; c < cells; c++)
    for (int k = 0; k < np; k++) point(sl[k], c, r->params.min_kelompok, &r->titik[c * (size_t)np + (size_t)k]);
  for (int o = 0; o <= r->n_opd; o++)
    for (int uk = 0; uk < KJ_UKURAN_N; uk++)
      fit(r, slot_of, jenis, np, o, uk, &r->tren[(size_t)o * KJ_UKURAN_N + (size_t)uk]);
  double *p = xcalloc(cells + 1, sizeof *p);
  for (size_t c = 0; c < cells; c++) p[c] = r->tren[c].p;
  kj_status rc = kj_bh(p, cells, p, err);
  for (size_t c = 0; rc == KJ_OK && c < cells; c++) {
    kj_tren *tr = &r->tren[c];
    if (!isfinite(tr->p)) continue;
    tr->q = p[c];
    if (tr->k < AN_TREN_MIN_TITIK) continue; /* TIDAK_CUKUP_DATA, its p still counted */
    double s = tr->slope_per_tahun;
    int sig = tr->q < r->params.alpha &&
              fabs(s) >= kj_params_tren_min(&r->params, (int)(c % KJ_UKURAN_N));
    tr->label = sig && s > 0 ? KJ_TREN_NAIK : sig && s < 0 ? KJ_TREN_TURUN : KJ_TREN_STABIL;
  }
  free(p);
  free(slot_of);
  free(jenis);
  free(sl);
  return rc;
}

/* Year over year: employee-years of Y against Y-1, per OPD (of the final
 * successor, as for trends) and measure; one BH family over all of them. */
static kj_status year_over_year(an_model *m, kj_error *err) {
  kj_analysis *r = m->r;
  size_t cells = (size_t)(r->n_opd + 1) * KJ_UKURAN_N;
  r->yoy = xcalloc(cells, sizeof *r->yoy);
  double *a = xcalloc(m->n_ey + 1, sizeof *a), *b = xcalloc(m->n_ey + 1, sizeof *b);
  for (int o = 0; o <= r->n_opd; o++) {
    for (int uk = 0; uk < KJ_UKURAN_N; uk++) {
      size_t na = 0, nb = 0;
      for (size_t i = 0; i < m->n_ey; i++) {
        const an_ey *e = &m->ey[i];
        if (o < r->n_opd && e->opd_penerus != o) continue;
        if (e->opd_penerus < 0) continue;
        double v = e->out.ukuran[uk];
        if (!isfinite(v)) continue;
        if (e->tahun == r->tahun) a[na++] = v;
        else if (e->tahun == r->tahun - 1) b[nb++] = v;
      }
      kj_yoy *y = &r->yoy[(size_t)o * KJ_UKURAN_N + (size_t)uk];
      kj_ttest t;
      kj_welch(a, na, b, nb, &t);
      y->n = (long)na;
      y->n_sebelum = (long)nb;
      y->mean = t.mean_a;
      y->mean_sebelum = t.mean_b;
      y->selisih = t.diff;
      y->t = isfinite(t.t) ? t.t : KJ_NA;
      y->df = t.df;
      y->p = t.p;
      y->label = KJ_YOY_TCD;
      y->q = KJ_NA;
      long min = r->params.min_kelompok;
      if (y->n < min || y->n_sebelum < min) {
        y->mean = y->mean_sebelum = y->selisih = y->t = y->df = y->p = KJ_NA;
        if (y->n >= min) y->mean = t.mean_a;
        continue;
      }
      if (!isfinite(y->p)) y->p = KJ_NA;
    }
  }
  free(a);
  free(b);
  double *p = xcalloc(cells + 1, sizeof *p);
  for (size_t c = 0; c < cells; c++) p[c] = r->yoy[c].p;
  kj_status rc = kj_bh(p, cells, p, err);
  for (size_t c = 0; rc == KJ_OK && c < cells; c++) {
    kj_yoy *y = &r->yoy[c];
    if (!isfinite(y->p)) continue;
    y->q = p[c];
    double s = y->selisih;
    int sig = y->q < r->params.alpha &&
              fabs(s) >= kj_params_tren_min(&r->params, (int)(c % KJ_UKURAN_N));
    y->label = sig && s > 0   ? KJ_YOY_MENINGKAT
               : sig && s < 0 ? KJ_YOY_MENURUN
                              : KJ_YOY_TIDAK_BERUBAH;
  }
  free(p);
  return rc;
}

kj_status an_trends(an_model *m, kj_error *err) {
  kj_status rc = series(m, err);
  return rc == KJ_OK ? year_over_year(m, err) : rc;
}
