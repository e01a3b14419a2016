/* figures_fixture.h — a small hand-built kj_analysis for the figures tests.
 *
 * Figures are a pure function of the engine's result struct, so the tests
 * fill that struct directly with round, known numbers and check that each
 * spec carries exactly them (values, order, labels, thresholds, greyed
 * groups). The numbers stand in for engine output and are not meant to be
 * statistically consistent (a CI is just a pair around the mean).
 *
 * The city of the fixture (indexes in r.opd, sorted by code):
 *   0 DINKES  Dinas Kesehatan, 40 employees, IKP 110, org BAIK, not compliant
 *             (Baik 40 % < 50 %: 5 changes), rising trend, one SKM unit (PKM.A)
 *   1 DISDIK  Dinas Pendidikan, 120 employees, IKP 104, org ISTIMEWA, compliant,
 *             falling trend (p 0.02, the clearest)
 *   2 KECIL   3 employees: below min_kelompok 5, figures NA, curve impossible
 *   3 KOSONG  no employee in Y
 *   4 TANPA   a very long name, 10 employees, IKP 99, no organisation predikat,
 *             falling trend (p 0.04), one SKM unit (UPT.B)
 *   5 KOTA    the city, 173 employees
 * Periods: 2025-01, 2025-02, 2025-03 (monthly, the city's series type) and
 * 2025-S1 (a semester with a city mean, which the trend chart must drop).
 * Header-only: each test executable includes it once.
 */
#ifndef KJ_TEST_FIGURES_FIXTURE_H
#define KJ_TEST_FIGURES_FIXTURE_H

#include <math.h>
#include <string.h>

#include "analysis/analysis.h"

#define FX_OPD 5
#define FX_UNIT 7
#define FX_NP 4
#define FX_LONG                                                                                    \
  "Badan Tanpa Predikat Organisasi dengan Nama yang Sangat Panjang Sekali untuk Menguji "          \
  "Pemotongan Label di Setiap Grafik Kota"

typedef struct fig_fx {
  kj_analysis r;
  kj_an_unit unit[FX_UNIT];
  kj_an_opd opd[FX_OPD + 1];
  kj_opd_stat stat[FX_OPD + 1];
  kj_kk kk[FX_OPD * KJ_DIMENSI_N];
  kj_tren tren[(FX_OPD + 1) * KJ_UKURAN_N];
  char periode[FX_NP][16];
  kj_tren_titik titik[(FX_OPD + 1) * KJ_UKURAN_N * FX_NP];
  kj_kurva kurva[FX_OPD + 1];
  kj_skm skm_unit[2], skm_opd[FX_OPD + 1];
  kj_skm_ikp skm_ikp[2];
  kj_setara setara[2];
} fig_fx;

static inline void fx_desc(kj_desc *d, long n, double mean, double half) {
  d->n = (size_t)n;
  d->mean = mean;
  d->sd = d->se = d->median = d->q1 = d->q3 = NAN;
  d->ci_low = isnan(mean) ? NAN : mean - half;
  d->ci_high = isnan(mean) ? NAN : mean + half;
}

/* OPD o: employees, IKP mean (NAN = suppressed) and predikat counts. */
static inline void fx_opd(fig_fx *f, int o, const char *kode, const char *nama, const char *sing,
                          long n, double ikp, const long *counts) {
  kj_analysis *r = &f->r;
  kj_opd_stat *s = &f->stat[o];
  f->opd[o].kode = kode;
  f->opd[o].nama = nama;
  f->opd[o].singkatan = sing;
  f->opd[o].org = -1;
  f->opd[o].org_capaian = NAN;
  s->n_pegawai = n;
  s->cukup = n >= r->params.min_kelompok;
  int shown = s->cukup && !isnan(ikp);
  fx_desc(&s->ukuran[KJ_UK_IKP], n, shown ? ikp : NAN, 4);
  fx_desc(&s->ukuran[KJ_UK_CAPAIAN], n, shown ? ikp - 8 : NAN, 2);
  for (int v = 0; v < KJ_NILAI_N; v++)
    fx_desc(&s->ukuran[KJ_UK_NILAI + v], n, shown ? 3.6 + 0.1 * v + (ikp - 104) / 50 : NAN, 0.1);
  s->n_predikat = n;
  f->kurva[o].n = n;
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    long c = counts ? counts[p] : 0;
    f->kurva[o].count[p] = c;
    s->predikat_n[p] = s->cukup ? c : -1;
    s->predikat_share[p] = s->cukup && n > 0 ? (double)c / (double)n : NAN;
    s->predikat_lo[p] = s->predikat_hi[p] = NAN;
  }
  f->kurva[o].status = KJ_KURVA_TANPA_PREDIKAT;
  f->kurva[o].chi2.stat = f->kurva[o].chi2.p = NAN;
  f->kurva[o].chi2_p_mc = f->kurva[o].chi2_q = NAN;
}

static inline kj_tren_titik *fx_titik(fig_fx *f, int o, int uk, int t) {
  return &f->titik[((size_t)o * KJ_UKURAN_N + (size_t)uk) * FX_NP + (size_t)t];
}

static inline void fx_series(fig_fx *f, int o, const double *m, kj_tren_label l, double p) {
  for (int t = 0; t < FX_NP; t++) {
    kj_tren_titik *q = fx_titik(f, o, KJ_UK_IKP, t);
    q->n = isnan(m[t]) ? 2 : 30;
    q->mean = m[t];
    q->ci_low = isnan(m[t]) ? NAN : m[t] - 1;
    q->ci_high = isnan(m[t]) ? NAN : m[t] + 1;
  }
  kj_tren *tr = &f->tren[(size_t)o * KJ_UKURAN_N + KJ_UK_IKP];
  tr->label = l;
  tr->p = p;
  tr->jenis = 'M';
  tr->k = 3;
}

static inline void fx_skm(kj_skm *k, int unit, long n, double shift) {
  static const double nrr[KJ_SKM_UNSUR] = {3.1, 3.0, 2.9, 3.5, 3.2, 3.3, 3.4, 2.8, 3.0};
  memset(k, 0, sizeof *k);
  k->unit = unit;
  k->n_responden = n;
  double sum = 0;
  for (int i = 0; i < KJ_SKM_UNSUR; i++) {
    sum += (k->nrr[i] = nrr[i] + shift);
    k->nrr_low[i] = k->nrr[i] - 0.1;
    k->nrr_high[i] = k->nrr[i] + 0.1;
  }
  k->ikm = 25 * sum / 9;
  k->ci_low = k->ikm - 1;
  k->ci_high = k->ikm + 1;
  k->mutu = k->ikm >= 88.31 ? KJ_MUTU_A : k->ikm >= 76.61 ? KJ_MUTU_B : KJ_MUTU_C;
  k->unsur_terlemah = 7;
}

static inline void fx_init(fig_fx *f) {
  memset(f, 0, sizeof *f);
  kj_analysis *r = &f->r;
  kj_params_defaults(&r->params);
  r->tahun = 2025;
  r->dari = 2023;
  r->sampai = 2025;
  snprintf(r->data_terbaru, sizeof r->data_terbaru, "2026-01-14");
  r->n_opd = FX_OPD;
  r->opd = f->opd;
  r->stat = f->stat;
  r->kk = f->kk;
  r->tren = f->tren;
  r->titik = f->titik;
  r->kurva = f->kurva;
  r->n_periode = FX_NP;
  r->periode = f->periode;
  static const char *const per[FX_NP] = {"2025-01", "2025-02", "2025-03", "2025-S1"};
  for (int t = 0; t < FX_NP; t++) snprintf(f->periode[t], 16, "%s", per[t]);

  static const char *const ucode[FX_UNIT] = {"DINKES", "DISDIK", "KECIL", "KOSONG",
                                             "PKM.A",  "TANPA",  "UPT.B"};
  static const char *const uname[FX_UNIT] = {"Dinas Kesehatan",     "Dinas Pendidikan",
                                             "Kantor Urusan Kecil", "Kantor Kosong",
                                             "Puskesmas Anggrek",   FX_LONG,
                                             "UPT Bengkel"};
  static const int uopd[FX_UNIT] = {0, 1, 2, 3, 0, 4, 4};
  for (int u = 0; u < FX_UNIT; u++) {
    f->unit[u].kode = (char *)ucode[u];
    f->unit[u].nama = (char *)uname[u];
    f->unit[u].singkatan = u == 4 ? (char *)"PKM Anggrek" : NULL;
    f->unit[u].opd = f->unit[u].opd_penerus = uopd[u];
    f->unit[u].jenis = -1;
  }
  r->n_unit = FX_UNIT;
  r->unit = f->unit;
  static const int opd_unit[FX_OPD] = {0, 1, 2, 3, 5};
  for (int o = 0; o < FX_OPD; o++) f->opd[o].unit = opd_unit[o];

  static const long c0[5] = {20, 16, 3, 1, 0}, c1[5] = {72, 40, 6, 2, 0}, c2[5] = {1, 1, 1, 0, 0},
                    c4[5] = {2, 6, 2, 0, 0}, ck[5] = {95, 63, 12, 3, 0};
  fx_opd(f, 0, "DINKES", "Dinas Kesehatan", "Dinkes", 40, 110, c0);
  fx_opd(f, 1, "DISDIK", "Dinas Pendidikan", "Disdik", 120, 104, c1);
  fx_opd(f, 2, "KECIL", "Kantor Urusan Kecil", NULL, 3, NAN, c2);
  fx_opd(f, 3, "KOSONG", "Kantor Kosong", NULL, 0, NAN, NULL);
  fx_opd(f, 4, "TANPA", FX_LONG, "BTPO", 10, 99, c4);
  fx_opd(f, 5, "KOTA", "Kota Padangsidimpuan", NULL, 173, 105.3, ck);
  f->opd[5].unit = -1;

  /* curve: DINKES BAIK not compliant, DISDIK ISTIMEWA compliant, KECIL impossible */
  f->opd[0].org = KJ_ORG_BAIK;
  f->kurva[0].status = KJ_KURVA_TIDAK_PATUH;
  f->kurva[0].cek = (kj_curve_result){40, 3, {0, 1, 1}, 0, 1, 5, {15, 21, 3, 1, 0}};
  f->kurva[0].chi2 = (kj_chisq){40, 9.5, 3, 0.0233, 0.4, 1, NAN};
  f->kurva[0].chi2_p_mc = 0.021; /* small expected counts: the Monte Carlo p is used */
  f->kurva[0].chi2_q = 0.04;
  f->opd[1].org = KJ_ORG_ISTIMEWA;
  f->kurva[1].status = KJ_KURVA_PATUH;
  f->kurva[1].cek = (kj_curve_result){120, 2, {1, 1}, 1, 1, 0, {72, 40, 6, 2, 0}};
  f->kurva[1].chi2 = (kj_chisq){120, 0.00042, 3, 0.99999, 2.1, 1, NAN};
  f->opd[2].org = KJ_ORG_BAIK;
  f->kurva[2].status = KJ_KURVA_MUSTAHIL;
  f->kurva[2].cek = (kj_curve_result){3, 3, {0, 0, 1}, 0, 0, -1, {-1, -1, -1, -1, -1}};

  /* strengths and weaknesses: DINKES strong on IKP, weak on Adaptif; SKM for DINKES, TANPA */
  for (int o = 0; o < FX_OPD; o++)
    for (int d = 0; d < KJ_DIMENSI_N; d++) {
      kj_kk *k = &f->kk[(size_t)o * KJ_DIMENSI_N + (size_t)d];
      k->ada = d < KJ_DIM_SKM || o == 0 || o == 4;
      k->n = f->stat[o].n_pegawai;
      k->d = o == 2 ? NAN : 0.01 * (d + 1) * (o % 2 ? -1 : 1);
      k->label = o == 2 ? KJ_KK_TCD : KJ_KK_SETARA;
    }
  f->kk[KJ_UK_IKP].d = 0.8;
  f->kk[KJ_UK_IKP].label = KJ_KK_KEKUATAN;
  f->kk[KJ_UK_NILAI + KJ_ADAPTIF].d = -0.5;
  f->kk[KJ_UK_NILAI + KJ_ADAPTIF].label = KJ_KK_KELEMAHAN;

  /* trends (IKP) */
  const double tk[FX_NP] = {105, 105.5, 106, 104}, t0[FX_NP] = {109, 110, 111, NAN},
               t1[FX_NP] = {105, 104, 103, NAN}, t4[FX_NP] = {101, NAN, 97, NAN},
               t2[FX_NP] = {NAN, NAN, NAN, NAN};
  fx_series(f, 5, tk, KJ_TREN_STABIL, 0.3);
  fx_series(f, 0, t0, KJ_TREN_NAIK, 0.01);
  fx_series(f, 1, t1, KJ_TREN_TURUN, 0.02);
  fx_series(f, 4, t4, KJ_TREN_TURUN, 0.04);
  fx_series(f, 2, t2, KJ_TREN_TCD, NAN);
  f->tren[(size_t)2 * KJ_UKURAN_N].jenis = 0;

  /* SKM: PKM.A (unit 4, in DINKES, flagged) and UPT.B (unit 6, in TANPA) */
  fx_skm(&f->skm_unit[0], 4, 150, 0);
  fx_skm(&f->skm_unit[1], 6, 20, 0.3);
  f->skm_unit[1].sedikit = 1;
  r->n_skm_unit = 2;
  r->skm_unit = f->skm_unit;
  for (int o = 0; o <= FX_OPD; o++) f->skm_opd[o].unit = o;
  fx_skm(&f->skm_opd[0], 0, 150, 0);
  fx_skm(&f->skm_opd[4], 4, 20, 0.3);
  fx_skm(&f->skm_opd[5], 5, 170, 0.05);
  r->skm_opd = f->skm_opd;
  f->skm_ikp[0] = (kj_skm_ikp){.unit = 4, .n_pegawai = 30, .ikm = 78.3, .ikp = 112, .z_ikm = -1,
                               .z_ikp = 1, .flag = KJ_SKMF_TINGGI_RENDAH};
  f->skm_ikp[1] = (kj_skm_ikp){.unit = 6, .n_pegawai = 8, .ikm = 85.0, .ikp = 100, .z_ikm = 1,
                               .z_ikp = -1, .flag = KJ_SKMF_NONE};
  r->n_skm_ikp = 2;
  r->skm_ikp = f->skm_ikp;
  /* two units: no OLS line (the engine needs three), but the z-score basis */
  r->skm_garis.fit = (kj_ols){2, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN};
  r->skm_garis.mean_ikm = 81.65;
  r->skm_garis.sd_ikm = 4.7;
  r->skm_garis.mean_ikp = 106;
  r->skm_garis.sd_ikp = 8.5;
  r->n_asosiasi = 1;
  r->asosiasi[0] =
      (kj_asosiasi){"skm_ikm_ikp", "pearson", 2, 0, -0.5, -0.9, 0.3, NAN, 0.4, -0.4, NAN,
                    NAN, NAN, -1, KJ_AS_TCD};
  /* §13: one gap flagged, one without enough data */
  f->setara[0] = (kj_setara){.atribut = "jenis_pegawai", .kelompok = "PPPK", .pembanding = "PNS",
                             .n = 40, .n_pembanding = 200, .selisih_mentah = -9.5,
                             .selisih_sangat_baik = -0.2, .selisih_disesuaikan = -8.8, .se = 1.5,
                             .df = 230, .p = 1e-8, .q = 2e-8, .ci_low = -11.76, .ci_high = -5.84,
                             .label = KJ_SETARA_TIDAK};
  f->setara[1] = (kj_setara){.atribut = "golongan", .kelompok = "I-II", .pembanding = "III",
                             .n = 3, .n_pembanding = 120, .selisih_mentah = 1.0,
                             .selisih_sangat_baik = NAN, .selisih_disesuaikan = NAN, .se = NAN,
                             .df = NAN, .p = NAN, .q = NAN, .ci_low = NAN, .ci_high = NAN,
                             .label = KJ_SETARA_TCD};
  r->n_setara = 2;
  r->setara = f->setara;
}

#endif
