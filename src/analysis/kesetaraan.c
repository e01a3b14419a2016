/* kesetaraan.c — analytics.md §13: fairness of appraisal. Do ratings
 * depend on who a person is (gender, PNS/PPPK, golongan, jenis jabatan)
 * rather than on their work?
 *
 * For each contrast (a group against its comparison) on the employee-years
 * of Y: the raw gaps in mean IKP and in the share SANGAT_BAIK, and the gap
 * adjusted for where people work and what they do — OLS of IKP on the group
 * indicator plus OPD fixed effects and (except for the jenis jabatan
 * contrasts) jenis jabatan fixed effects, with an HC1 robust SE
 * (kj_ols_hc1). A fixed-effect stratum that holds only one side of the
 * contrast says nothing about the gap and is dropped (one pass). All
 * contrasts of Y are one BH family; TIDAK_SETARA needs q < alpha and an
 * adjusted gap of at least kesetaraan_min points. It is worded for people
 * as a difference to be examined, never as a verdict of discrimination.
 *
 * Attributes are the roster's (pegawai); golongan compares PNS only, since
 * PPPK grades are another scale.
 */
#include "analysis/engine_int.h"
#include "util/xalloc.h"

#include <gsl/gsl_cdf.h>
#include <stdlib.h>
#include <string.h>

typedef struct contrast {
  const char *atribut, *kelompok, *pembanding;
  int kind;                      /* 0 kelamin, 1 jenis_pegawai, 2 golongan, 3 jenis_jabatan */
  int g, c;                      /* attribute values of the group and the comparison */
} contrast;

static const contrast CONTRASTS[] = {
    {"jenis_kelamin", "P", "L", 0, KJ_P, KJ_L},
    {"jenis_pegawai", "PPPK", "PNS", 1, KJ_PPPK, KJ_PNS},
    {"golongan", "I-II", "III", 2, 1, 3},
    {"golongan", "IV", "III", 2, 4, 3},
    {"jenis_jabatan", "JPT", "PELAKSANA", 3, KJ_JPT, KJ_PELAKSANA},
    {"jenis_jabatan", "ADMINISTRATOR", "PELAKSANA", 3, KJ_ADMINISTRATOR, KJ_PELAKSANA},
    {"jenis_jabatan", "PENGAWAS", "PELAKSANA", 3, KJ_PENGAWAS, KJ_PELAKSANA},
    {"jenis_jabatan", "FUNGSIONAL", "PELAKSANA", 3, KJ_FUNGSIONAL, KJ_PELAKSANA},
};
#define N_CONTRAST ((int)(sizeof CONTRASTS / sizeof CONTRASTS[0]))

static int value_of(const an_emp *e, int kind) {
  switch (kind) {
  case 0: return e->kelamin;
  case 1: return e->jp;
  case 2: return e->gol;
  default: return e->jj;
  }
}

/* 1 group, 0 comparison, -1 neither. */
static int side(const an_emp *e, const contrast *k) {
  int v = value_of(e, k->kind);
  if (k->kind == 2 && e->jp != KJ_PNS) return -1;
  return v == k->g ? 1 : v == k->c ? 0 : -1;
}

static void one(an_model *m, const contrast *k, kj_setara *s, kj_error *err, kj_status *rc) {
  kj_analysis *r = m->r;
  size_t np = r->n_pegawai;
  int no = r->n_opd, nj = KJ_JENIS_JABATAN_N, fe_jj = k->kind != 3;
  s->atribut = k->atribut;
  s->kelompok = k->kelompok;
  s->pembanding = k->pembanding;
  s->selisih_mentah = s->selisih_sangat_baik = s->selisih_disesuaikan = KJ_NA;
  s->se = s->df = s->p = s->q = s->ci_low = s->ci_high = KJ_NA;
  s->label = KJ_SETARA_TCD;
  int8_t *sd = xcalloc(np + 1, 1);
  /* strata holding each side: [opd][side], [jj][side] */
  long *in_opd = xcalloc((size_t)no * 2 + 2, sizeof *in_opd), in_jj[2 * 8] = {0};
  double sum[2] = {0, 0};
  long cnt[2] = {0, 0}, sb[2] = {0, 0}, pr[2] = {0, 0};
  for (size_t i = 0; i < np; i++) {
    const kj_pegawai_tahun *p = &r->pegawai[i];
    const an_emp *e = &m->emp[m->ey[m->peg_ey[i]].emp];
    int x = side(e, k);
    sd[i] = (int8_t)x;
    if (x < 0 || !isfinite(p->ukuran[KJ_UK_IKP]) || p->opd < 0) {
      sd[i] = -1;
      continue;
    }
    sum[x] += p->ukuran[KJ_UK_IKP], cnt[x]++;
    if (p->predikat_tahunan >= 0) pr[x]++, sb[x] += p->predikat_tahunan == KJ_SANGAT_BAIK;
    in_opd[p->opd * 2 + x]++;
    if (e->jj >= 0) in_jj[e->jj * 2 + x]++;
    else if (fe_jj) sd[i] = -1; /* no jenis jabatan to adjust for */
  }
  if (cnt[0] && cnt[1]) s->selisih_mentah = sum[1] / (double)cnt[1] - sum[0] / (double)cnt[0];
  if (pr[0] && pr[1]) s->selisih_sangat_baik = (double)sb[1] / (double)pr[1] - (double)sb[0] / (double)pr[0];
  /* drop one-sided strata (one pass), then count what remains */
  long n[2] = {0, 0};
  for (size_t i = 0; i < np; i++) {
    if (sd[i] < 0) continue;
    int o = r->pegawai[i].opd, j = m->emp[m->ey[m->peg_ey[i]].emp].jj;
    if (!in_opd[o * 2] || !in_opd[o * 2 + 1] || (fe_jj && (!in_jj[j * 2] || !in_jj[j * 2 + 1])))
      sd[i] = -1;
    else
      n[sd[i]]++;
  }
  s->n = n[1];
  s->n_pembanding = n[0];
  long min = r->params.min_kelompok;
  if (n[0] >= min && n[1] >= min) {
    /* design: intercept, indicator, OPD dummies (all but the first used),
     * jenis jabatan dummies (likewise); kj_ols_hc1 copes with any
     * remaining rank deficiency */
    int *col_opd = xcalloc((size_t)no + 1, sizeof *col_opd), col_jj[8], p = 2;
    int first = 1;
    for (int o = 0; o < no; o++) {
      col_opd[o] = -1;
      if (in_opd[o * 2] && in_opd[o * 2 + 1]) col_opd[o] = first ? (first = 0, -1) : p++;
    }
    first = 1;
    for (int j = 0; j < nj; j++) {
      col_jj[j] = -1;
      if (fe_jj && in_jj[j * 2] && in_jj[j * 2 + 1]) col_jj[j] = first ? (first = 0, -1) : p++;
    }
    size_t rows = (size_t)(n[0] + n[1]), q = 0;
    double *X = xcalloc(rows * (size_t)p, sizeof *X), *y = xcalloc(rows, sizeof *y);
    for (size_t i = 0; i < np; i++) {
      if (sd[i] < 0) continue;
      const kj_pegawai_tahun *pt = &r->pegawai[i];
      double *row = &X[q * (size_t)p];
      row[0] = 1;
      row[1] = sd[i];
      if (col_opd[pt->opd] >= 0) row[col_opd[pt->opd]] = 1;
      int j = m->emp[m->ey[m->peg_ey[i]].emp].jj;
      if (fe_jj && col_jj[j] >= 0) row[col_jj[j]] = 1;
      y[q++] = pt->ukuran[KJ_UK_IKP];
    }
    kj_hc1 h;
    kj_status st = kj_ols_hc1(X, y, rows, (size_t)p, 1, &h, err);
    if (st != KJ_OK) *rc = st;
    if (st == KJ_OK && h.identified) {
      s->selisih_disesuaikan = h.b;
      s->se = h.se;
      s->df = h.df;
      s->p = h.p;
      double half = gsl_cdf_tdist_Pinv(0.975, h.df) * h.se;
      s->ci_low = h.b - half;
      s->ci_high = h.b + half;
    }
    free(X);
    free(y);
    free(col_opd);
  }
  free(sd);
  free(in_opd);
}

/* Within each OPD with >= min_kelompok of each gender: the raw P - L gap. */
static void per_opd(an_model *m) {
  kj_analysis *r = m->r;
  r->setara_opd = xcalloc((size_t)r->n_opd + 1, sizeof *r->setara_opd);
  double *sum = xcalloc((size_t)r->n_opd * 2 + 2, sizeof *sum);
  for (size_t i = 0; i < r->n_pegawai; i++) {
    const kj_pegawai_tahun *p = &r->pegawai[i];
    int g = m->emp[m->ey[m->peg_ey[i]].emp].kelamin;
    if (p->opd < 0 || g < 0 || !isfinite(p->ukuran[KJ_UK_IKP])) continue;
    kj_setara_opd *s = &r->setara_opd[p->opd];
    sum[p->opd * 2 + (g == KJ_P)] += p->ukuran[KJ_UK_IKP];
    if (g == KJ_P) s->n_p++;
    else s->n_l++;
  }
  for (int o = 0; o < r->n_opd; o++) {
    kj_setara_opd *s = &r->setara_opd[o];
    s->opd = o;
    s->selisih_mentah = s->n_p >= r->params.min_kelompok && s->n_l >= r->params.min_kelompok
                            ? sum[o * 2 + 1] / (double)s->n_p - sum[o * 2] / (double)s->n_l
                            : KJ_NA;
  }
  free(sum);
}

kj_status an_kesetaraan(an_model *m, kj_error *err) {
  kj_analysis *r = m->r;
  kj_status rc = KJ_OK;
  r->setara = xcalloc(N_CONTRAST, sizeof *r->setara);
  r->n_setara = N_CONTRAST;
  for (int i = 0; i < N_CONTRAST && rc == KJ_OK; i++) one(m, &CONTRASTS[i], &r->setara[i], err, &rc);
  per_opd(m);
  if (rc != KJ_OK) return rc;
  double p[N_CONTRAST];
  for (int i = 0; i < N_CONTRAST; i++) p[i] = r->setara[i].p;
  rc = kj_bh(p, N_CONTRAST, p, err);
  for (int i = 0; rc == KJ_OK && i < N_CONTRAST; i++) {
    kj_setara *s = &r->setara[i];
    if (!isfinite(s->p)) continue;
    s->q = p[i];
    s->label = s->q < r->params.alpha && fabs(s->selisih_disesuaikan) >= r->params.kesetaraan_min
                   ? KJ_SETARA_TIDAK
                   : KJ_SETARA_YA;
  }
  return rc;
}
