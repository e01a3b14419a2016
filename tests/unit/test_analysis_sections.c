/* test_analysis_sections.c — the sections of kj_analysis_run on small
 * hand-built databases: §1 employee measures (IKP, annual predikat,
 * capaian NAIK/TURUN with clipping and the TAMBAHAN switch, behaviour
 * means over every record), §4 trend slopes, §8 coaching reasons, §9
 * completeness and timeliness, §6 SKM/IKM with both weights and the
 * IKM–IKP linkage, §7 evaluator leniency. Reference values from R 4.x
 * (lm, t.test, cor.test, p.adjust), noted beside each; the rest by hand. */
/* cmocka.h needs these first (a separate block, so include sorting keeps it) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "analysis_fixture.h"

#define NIP(i) ((int64_t)199001012015011000LL + (i))
#define TOL 1e-9

static void near(double got, double want, double tol) {
  if (!(fabs(got - want) <= tol * (1 + fabs(want))))
    fail_msg("got %.17g, want %.17g", got, want);
}

static const kj_pegawai_tahun *peg(const kj_analysis *r, int64_t nip) {
  for (size_t i = 0; i < r->n_pegawai; i++)
    if (r->pegawai[i].nip == nip) return &r->pegawai[i];
  fail_msg("no employee-year for %lld", (long long)nip);
  return NULL;
}

static void cap_row(fx *f, int64_t nip, const char *per, const char *ind, double target,
                    double real, const char *arah, const char *jenis, double bobot) {
  fx_ins(f,
         "INSERT INTO capaian (nip, periode, tahun, indikator, target, realisasi, jenis_rhk, "
         "arah, bobot) VALUES (?1, ?2, CAST(substr(?2, 1, 4) AS INTEGER), ?3, ?4, ?5, ?6, ?7, ?8)",
         "issddssd", nip, per, ind, target, real, jenis, arah, bobot);
}

static void skor(fx *f, int64_t nip, const char *per, const char *nilai, const char *sumber,
                 double s) {
  fx_ins(f,
         "INSERT INTO perilaku (nip, periode, tahun, nilai, sumber, skor) "
         "VALUES (?1, ?2, CAST(substr(?2, 1, 4) AS INTEGER), ?3, ?4, ?5)",
         "isssd", nip, per, nilai, sumber, s);
}

static void build_measures(fx *f) {
  fx_unit(f, "U", NULL);
  for (int i = 1; i <= 3; i++) fx_emp(f, NIP(i), "U");
  fx_pen(f, NIP(1), "2025-01", "SANGAT_BAIK", "U", 0, NULL);
  fx_pen(f, NIP(1), "2025-02", "BAIK", "U", 0, NULL);
  fx_pen(f, NIP(1), "2025-03", "BUTUH_PERBAIKAN", "U", 0, NULL);
  fx_pen(f, NIP(1), "2025", "BAIK", "U", 0, NULL);
  fx_pen(f, NIP(2), "2025", "KURANG", "U", 0, NULL);
  fx_pen(f, NIP(3), "2025-01", "BAIK", "U", 0, NULL);
  fx_pen(f, NIP(3), "2025-02", "SANGAT_BAIK", "U", 0, NULL);
  /* 2025-01: NAIK 12/10 -> 120; TURUN 5/10 -> 150, clipped to 120; TAMBAHAN
   * NAIK 1/4 -> 25 with bobot 2. With TAMBAHAN: (120 + 120 + 2*25)/4 = 72.5. */
  cap_row(f, NIP(1), "2025-01", "a", 10, 12, "NAIK", "UTAMA", 1);
  cap_row(f, NIP(1), "2025-01", "b", 10, 5, "TURUN", "UTAMA", 1);
  cap_row(f, NIP(1), "2025-01", "c", 4, 1, "NAIK", "TAMBAHAN", 2);
  /* 2025-02: NAIK 0/5 -> 0; TURUN 5/2 -> 100*(2-2.5) = -50, clipped to 0 */
  cap_row(f, NIP(1), "2025-02", "a", 5, 0, "NAIK", "UTAMA", 1);
  cap_row(f, NIP(1), "2025-02", "b", 2, 5, "TURUN", "UTAMA", 1);
  /* three records of one value: plain mean 4.0 (the mean of period means
   * would be 4.25) */
  skor(f, NIP(1), "2025-01", "BERORIENTASI_PELAYANAN", "ATASAN", 4);
  skor(f, NIP(1), "2025-01", "BERORIENTASI_PELAYANAN", "REKAN", 3);
  skor(f, NIP(1), "2025-02", "BERORIENTASI_PELAYANAN", "ATASAN", 5);
}

static void employee_measures_follow_section_1(void **state) {
  (void)state;
  fx f;
  fx_open(&f, "an-m");
  build_measures(&f);
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 0);
  const kj_pegawai_tahun *e1 = peg(r, NIP(1)), *e2 = peg(r, NIP(2)), *e3 = peg(r, NIP(3));
  near(e1->ukuran[KJ_UK_IKP], (150 + 100 + 75) / 3.0, TOL); /* periodic records win */
  assert_int_equal(e1->predikat_tahunan, KJ_BAIK);           /* the annual record */
  assert_int_equal(e1->n_periode, 3);
  near(e2->ukuran[KJ_UK_IKP], 50, TOL);                     /* annual only */
  assert_int_equal(e2->predikat_tahunan, KJ_KURANG);
  assert_int_equal(e3->predikat_tahunan, KJ_SANGAT_BAIK);   /* latest periodic */
  near(e1->ukuran[KJ_UK_CAPAIAN], (72.5 + 0) / 2, TOL);
  near(e1->ukuran[KJ_UK_NILAI + KJ_BERORIENTASI_PELAYANAN], 4.0, TOL);
  assert_true(kj_is_na(e1->ukuran[KJ_UK_NILAI + KJ_AKUNTABEL]));
  assert_true(kj_is_na(e2->ukuran[KJ_UK_CAPAIAN]));
  kj_analysis_free(r);
  p.capaian_tambahan = 0; /* (120 + 120)/2 = 120 in January */
  r = fx_run(&f, &p, 0);
  near(peg(r, NIP(1))->ukuran[KJ_UK_CAPAIAN], (120 + 0) / 2.0, TOL);
  assert_int_equal(r->n_indikator, 2); /* TAMBAHAN "c" left out too */
  assert_true(kj_is_na(r->indikator[0].mean)); /* one employee < min_kelompok */
  kj_analysis_free(r);
  /* per indicator and OPD: "a" is 120 then 0, "c" 25 */
  p.capaian_tambahan = 1;
  p.min_kelompok = 1;
  r = fx_run(&f, &p, 0);
  assert_int_equal(r->n_indikator, 3);
  const kj_capaian_indikator *a = &r->indikator[0], *c = &r->indikator[2];
  assert_string_equal(a->indikator, "a");
  assert_true(a->n_pegawai == 1 && a->n_catatan == 2);
  near(a->mean, 60, TOL);
  near(a->median, 60, TOL);
  near(a->share_di_bawah_100, 0.5, TOL);
  assert_string_equal(c->indikator, "c");
  near(c->mean, 25, TOL);
  kj_analysis_free(r);
  fx_close(&f);
}

/* OPD T, five employees, monthly IKP over four months with period means
 * 120, 110, 95, 80; OPD S, one employee with six falling months. */
static void build_trend(fx *f) {
  static const char *const t[5][4] = {
      {"SANGAT_BAIK", "SANGAT_BAIK", "BAIK", "BAIK"},
      {"SANGAT_BAIK", "BAIK", "BAIK", "BAIK"},
      {"BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN"},
      {"BAIK", "BAIK", "BUTUH_PERBAIKAN", "BUTUH_PERBAIKAN"},
      {"BAIK", "BAIK", "BAIK", "KURANG"}};
  static const char *const s6[6] = {"SANGAT_BAIK", "SANGAT_BAIK", "BAIK", "BAIK",
                                    "BUTUH_PERBAIKAN", "KURANG"};
  static const char *const mon[6] = {"2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"};
  fx_unit(f, "T", NULL);
  fx_unit(f, "S", NULL);
  for (int i = 0; i < 5; i++) {
    fx_emp(f, NIP(i), "T");
    for (int m = 0; m < 4; m++) fx_pen(f, NIP(i), mon[m], t[i][m], "T", 0, NULL);
  }
  fx_emp(f, NIP(9), "S");
  for (int m = 0; m < 6; m++) fx_pen(f, NIP(9), mon[m], s6[m], "S", 0, NULL);
}

static void trend_and_coaching_match_r(void **state) {
  (void)state;
  fx f;
  fx_open(&f, "an-tren");
  build_trend(&f);
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 0);
  int o = fx_opd(r, "T");
  const kj_tren *t = &r->tren[o * KJ_UKURAN_N + KJ_UK_IKP];
  assert_int_equal(t->k, 4);
  assert_string_equal(t->dari, "2025-01");
  assert_string_equal(t->sampai, "2025-04");
  near(t->slope_per_tahun, -13.5 * 12, 1e-9);          /* R lm: -13.5 per month */
  near(t->se, 0.86602540378443982 * 12, 1e-9);        /* R lm Std. Error */
  near(t->se_ols, 0.86602540378443982 * 12, 1e-9);
  /* the Newey-West SE (statsmodels OLS cov_type='HAC', maxlags=1, use_correction=True:
   * 0.6633249580711119) is below the OLS one, so the floor keeps the OLS SE */
  near(t->p, 0.00408999668952138469, 1e-9);           /* R lm Pr(>|t|) */
  near(t->ci_low, -206.71447881150596, 1e-9);         /* R confint * 12 */
  assert_true(t->q >= t->p);                          /* BH over every trend of the window */
  /* four points: its p counts in the family but no label below 12 points (§4) */
  assert_int_equal(t->label, KJ_TREN_TCD);
  const kj_tren_titik *m1 = &r->titik[(o * KJ_UKURAN_N + KJ_UK_IKP) * r->n_periode];
  near(m1->mean, 120, TOL);
  near(m1->ci_low, 85.995630967087223, 1e-9);         /* R t.test(c(150,150,100,100,100)) */
  /* S has one employee: its period means are not shown, no trend */
  assert_int_equal(r->tren[fx_opd(r, "S") * KJ_UKURAN_N].label, KJ_TREN_TCD);
  /* coaching: NIP(3) two consecutive BUTUH_PERBAIKAN; NIP(4) annual predikat
   * KURANG (its latest periodic); NIP(9) falling slope over six months */
  unsigned why[10] = {0};
  double slope9 = 0, p9 = 0;
  for (size_t i = 0; i < r->n_pembinaan; i++) {
    const kj_daftar *d = &r->pembinaan[i];
    int k = (int)(r->pegawai[d->pegawai].nip - NIP(0));
    why[k] = d->alasan;
    if (k == 9) slope9 = d->slope_per_tahun, p9 = d->slope_p;
  }
  assert_int_equal(why[3], KJ_BINA_BERTURUT);
  assert_int_equal(why[4], KJ_BINA_TAHUNAN);
  assert_int_equal(why[0] | why[1] | why[2], 0);
  assert_true(why[9] & KJ_BINA_TREN);
  near(slope9, -20.714285714285726 * 12, 1e-9);       /* R lm, per month * 12 */
  near(p9, 1.5611765542115109e-03, 1e-9);             /* R lm Pr(>|t|) */
  kj_analysis_free(r);
  fx_close(&f);
}

static void completeness_counts_gaps_and_timeliness(void **state) {
  (void)state;
  fx f;
  fx_open(&f, "an-q");
  fx_unit(&f, "Q", NULL);
  for (int i = 1; i <= 4; i++) fx_emp(&f, NIP(i), "Q");
  fx_pen(&f, NIP(1), "2025-01", "SANGAT_BAIK", "Q", NIP(2), "2025-02-03"); /* lag 3 */
  fx_pen(&f, NIP(1), "2025-02", "BAIK", "Q", NIP(2), "2025-03-15");        /* lag 15 */
  fx_pen(&f, NIP(1), "2025-03", "BAIK", "Q", NIP(1), NULL);                 /* self, no date */
  fx_pen(&f, NIP(2), "2025-01", "BAIK", "Q", 196501011990031001LL, "2025-02-05"); /* lag 5 */
  fx_pen(&f, NIP(2), "2025-03", "BAIK", "Q", 196501011990031001LL, "2025-04-01"); /* lag 1 */
  fx_ins(&f, "INSERT INTO penilaian_kosong (nip, periode, tahun, kode_unit) VALUES (?1, '2025-02', 2025, 'Q')",
         "i", NIP(3));
  fx_exec(&f, "UPDATE penilaian SET predikat_input = 'BAIK' WHERE periode = '2025-01' AND predikat = 'SANGAT_BAIK'");
  /* NIP(4) is never rated and leaves at the end of February (data.md roster) */
  fx_exec(&f, "UPDATE pegawai SET selesai = '2025-02-28', status = 'PENSIUN' WHERE nip = 199001012015011004");
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 0);
  int q = fx_opd(r, "Q");
  const kj_kualitas *k[3] = {NULL, NULL, NULL};
  for (size_t i = 0; i < r->n_kualitas; i++)
    if (r->kualitas[i].opd == q) k[r->kualitas[i].periode[6] - '1'] = &r->kualitas[i];
  assert_non_null(k[0]);
  assert_non_null(k[1]);
  assert_non_null(k[2]);
  /* January: everyone on the roster, NIP(3) and NIP(4) unrated still count */
  assert_true(k[0]->roster == 4 && k[0]->dinilai == 2 && k[0]->tepat == 2);
  near(k[0]->median_lag, 4, 0); /* lags 3 and 5 (5 is on time: <= batas_hari) */
  /* February: NIP(1) rated late, NIP(2) missing, NIP(3) known missing, NIP(4) never rated */
  assert_true(k[1]->roster == 4 && k[1]->dinilai == 1 && k[1]->kosong == 1);
  near(k[1]->kelengkapan, 1.0 / 4, TOL);
  near(k[1]->tepat_waktu, 0, 0);
  near(k[1]->median_lag, 15, 0);
  /* March: NIP(4) has left */
  assert_true(k[2]->roster == 3 && k[2]->dinilai == 2 && k[2]->bertanggal == 1 && k[2]->tepat == 1);
  /* the whole year: 11 expected, 5 rated, lags 1 3 5 15 */
  const kj_kualitas *y = &r->kualitas_tahun[q];
  assert_string_equal(y->periode, "2025");
  assert_true(y->roster == 11 && y->dinilai == 5 && y->kosong == 1 && y->bertanggal == 4);
  assert_int_equal(y->tepat, 3);
  near(y->median_lag, 4, 0);
  assert_int_equal(r->kualitas_tahun[KJ_KOTA(r)].roster, 11);
  assert_int_equal(r->roster_tahun.pegawai, 4);
  assert_int_equal(r->roster_tahun.keluar[KJ_PENSIUN], 1);
  long n[KJ_TEMUAN_N] = {0};
  for (size_t i = 0; i < r->n_temuan; i++) n[r->temuan[i].jenis]++;
  assert_int_equal(n[KJ_TEMUAN_PREDIKAT_BEDA], 1);
  assert_int_equal(n[KJ_TEMUAN_DINILAI_SENDIRI], 1);
  assert_int_equal(n[KJ_TEMUAN_PENILAI_LUAR], 1);
  assert_int_equal(n[KJ_TEMUAN_TANPA_PENILAIAN], 2); /* NIP(3) and NIP(4) */
  assert_int_equal(n[KJ_TEMUAN_TANPA_PREDIKAT_ORG], 1);
  kj_analysis_free(r);
  fx_close(&f);
}

static void resp(fx *f, const char *unit, const int u[9]) {
  fx_ins(f,
         "INSERT INTO skm (kode_unit, periode, tahun, u1, u2, u3, u4, u5, u6, u7, u8, u9) "
         "VALUES (?1, '2025', 2025, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
         "snnnnnnnnn", unit, (int64_t)u[0], (int64_t)u[1], (int64_t)u[2], (int64_t)u[3],
         (int64_t)u[4], (int64_t)u[5], (int64_t)u[6], (int64_t)u[7], (int64_t)u[8]);
}

/* Units P1..P4 under OPD K, five staff each (annual IKP means 140, 100,
 * 95, 110), and their survey respondents. */
static void build_skm(fx *f) {
  static const char *const pr[4][5] = {
      {"SANGAT_BAIK", "SANGAT_BAIK", "SANGAT_BAIK", "SANGAT_BAIK", "BAIK"},
      {"BAIK", "BAIK", "BAIK", "BAIK", "BAIK"},
      {"BAIK", "BAIK", "BUTUH_PERBAIKAN", "BAIK", "BAIK"},
      {"SANGAT_BAIK", "BAIK", "BAIK", "BAIK", "BAIK"}};
  static const char *const un[4] = {"P1", "P2", "P3", "P4"};
  fx_unit(f, "K", NULL);
  for (int u = 0; u < 4; u++) {
    fx_unit(f, un[u], "K");
    for (int i = 0; i < 5; i++) {
      fx_emp(f, NIP(10 * u + i), un[u]);
      fx_pen(f, NIP(10 * u + i), "2025", pr[u][i], un[u], 0, NULL);
    }
  }
  static const int a2[9] = {2, 2, 2, 2, 2, 2, 2, 2, 2}, a3[9] = {3, 3, 3, 3, 3, 3, 3, 3, 0};
  static const int a4[9] = {4, 4, 4, 4, 4, 4, 4, 4, 4}, b3[9] = {3, 3, 3, 3, 3, 3, 3, 3, 3};
  static const int c4[9] = {4, 4, 1, 4, 4, 4, 4, 4, 4}, c3[9] = {3, 3, 1, 3, 3, 3, 3, 3, 3};
  resp(f, "P1", a2);
  resp(f, "P1", a2);
  resp(f, "P1", a3); /* u9 not answered */
  resp(f, "P2", a4);
  resp(f, "P2", a4);
  resp(f, "P3", b3);
  resp(f, "P3", b3);
  resp(f, "P4", c4);
  resp(f, "P4", c3);
}

static const kj_skm *skm_of(const kj_analysis *r, const char *kode) {
  for (size_t i = 0; i < r->n_skm_unit; i++)
    if (strcmp(r->unit[r->skm_unit[i].unit].kode, kode) == 0) return &r->skm_unit[i];
  fail_msg("no SKM for %s", kode);
  return NULL;
}

static void skm_and_linkage_match_r(void **state) {
  (void)state;
  fx f;
  fx_open(&f, "an-skm");
  build_skm(&f);
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 0);
  const kj_skm *s1 = skm_of(r, "P1"), *s2 = skm_of(r, "P2"), *s4 = skm_of(r, "P4");
  near(s1->nrr[0], 7.0 / 3, TOL);
  near(s1->nrr[8], 2, TOL);                              /* only who answered u9 */
  near(s1->ikm, 57.407407407407419, 1e-12);              /* R 25*sum(nrr)/9 */
  near(s1->ci_low, 22.477893918754486, 1e-9);            /* R t.test(c(50,50,75)) */
  near(s1->nrr_low[0], 0.89911575675017963, 1e-9);       /* R t.test(c(2,2,3)) */
  near(s1->nrr_high[0], 3.76755090991648744, 1e-9);
  assert_true(s1->nrr_low[8] == 2 && s1->nrr_high[8] == 2); /* two equal answers */
  assert_true(s1->sedikit);
  near(s2->ikm, 100, 1e-12);
  assert_true(s2->ci_low == s2->ikm && s2->ci_high == s2->ikm); /* zero variance */
  assert_int_equal(s2->mutu, KJ_MUTU_A);
  near(s4->ikm, 80.555555555555557, 1e-12);              /* R */
  near(s4->ci_high, 221.735608179718781, 1e-9);          /* R t.test(c(91.67, 69.44)) */
  assert_int_equal(s4->unsur_terlemah, 2);               /* U3 waktu */
  assert_int_equal(s4->mutu, KJ_MUTU_B);
  assert_int_equal(r->n_skm_ikp, 4);
  const kj_asosiasi *a = NULL;
  for (int i = 0; i < r->n_asosiasi; i++)
    if (strcmp(r->asosiasi[i].nama, "skm_ikm_ikp") == 0) a = &r->asosiasi[i];
  assert_non_null(a);
  /* four units: TIDAK_CUKUP_DATA and no figures (§6 needs n >= 5; R cor.test would give
   * r = -0.748, p = 0.25, rho = -0.4 on these pairs) */
  assert_int_equal(a->n, 4);
  assert_int_equal(a->status, KJ_AS_TCD);
  assert_true(kj_is_na(a->r) && kj_is_na(a->p) && kj_is_na(a->rho) && kj_is_na(a->r_tanpa_min));
  const kj_skm_garis *g = &r->skm_garis;
  near(g->fit.intercept, 150.71699905033239020, 1e-9);   /* R coef(lm(ikm ~ ikp)) */
  near(g->fit.slope, -0.65147198480531798, 1e-9);
  near(g->mean_ikm, 78.240740740740748, 1e-12);          /* R mean, sd */
  near(g->sd_ikm, 17.543791964348529, 1e-9);
  near(g->sd_ikp, 20.155644370746373, 1e-9);
  for (size_t i = 0; i < r->n_skm_ikp; i++) {
    const kj_skm_ikp *k = &r->skm_ikp[i];
    int is_p1 = strcmp(r->unit[k->unit].kode, "P1") == 0;
    /* P1 meets the z rule; with a handful of respondents its gaps are not shown to be
     * real (BH q >= alpha), so it is only "perlu dicermati" */
    assert_int_equal(k->flag, is_p1 ? KJ_SKMF_DICERMATI : KJ_SKMF_NONE);
    if (is_p1) assert_false(k->q_ikm < 0.05 && k->q_ikp < 0.05);
    if (is_p1) {
      near(k->z_ikm, -1.18750458143083404, 1e-9);        /* R scale() */
      near(k->z_ikp, 1.426399447775897444, 1e-9);
    }
  }
  kj_analysis_free(r);
  /* the regulation's example weight: 25 * 0.11 * sum(NRR) */
  p.skm_bobot = 0.11;
  r = fx_run(&f, &p, 0);
  near(skm_of(r, "P1")->ikm, 56.833333333333336, 1e-12); /* R 25*0.11*sum(nrr) */
  near(skm_of(r, "P2")->ikm, 99, 1e-12);
  kj_analysis_free(r);
  fx_close(&f);
}

static void lenient_evaluator_found(void **state) {
  (void)state;
  fx f;
  fx_open(&f, "an-pen");
  static const char *const p1[5] = {"SANGAT_BAIK", "SANGAT_BAIK", "SANGAT_BAIK", "BAIK", "SANGAT_BAIK"};
  static const char *const p2[7] = {"BAIK", "BAIK", "BUTUH_PERBAIKAN", "BAIK", "BAIK", "BAIK",
                                    "BUTUH_PERBAIKAN"};
  fx_unit(&f, "E", NULL);
  fx_emp(&f, NIP(90), "E");
  fx_emp(&f, NIP(91), "E");
  for (int i = 0; i < 5; i++) {
    fx_emp(&f, NIP(i), "E");
    fx_pen(&f, NIP(i), "2025", p1[i], "E", NIP(90), NULL);
  }
  for (int i = 0; i < 7; i++) {
    fx_emp(&f, NIP(10 + i), "E");
    fx_pen(&f, NIP(10 + i), "2025", p2[i], "E", NIP(91), NULL);
  }
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 0);
  assert_int_equal(r->n_penilai, 2);
  const kj_penilai *e = &r->penilai[0];
  assert_true(e->nip == NIP(90) && e->n == 5 && e->n_lain == 7);
  near(e->selisih, 47.142857142857139, 1e-9);          /* R mean(p1) - mean(p2) */
  near(e->p, 0.0058217493936976155, 1e-9);             /* R t.test(p1, p2) */
  near(e->q, 0.0058217493936976155, 1e-9);             /* R p.adjust(BH), both equal */
  assert_int_equal(e->label, KJ_PENILAI_LONGGAR);
  assert_int_equal(r->penilai[1].label, KJ_PENILAI_KETAT);
  kj_analysis_free(r);
  fx_close(&f);
}

/* OPD F with units F1..F3 of five employees each (annual IKP means 140,
 * 100, 95; 100 for everyone in 2024) and APRESIASI for all of F1 and two
 * of F2. */
static void feedback_rates_and_associations(void **state) {
  (void)state;
  fx f;
  fx_open(&f, "an-ub");
  static const char *const pr[3][5] = {
      {"SANGAT_BAIK", "SANGAT_BAIK", "SANGAT_BAIK", "SANGAT_BAIK", "BAIK"},
      {"BAIK", "BAIK", "BAIK", "BAIK", "BAIK"},
      {"BAIK", "BAIK", "BUTUH_PERBAIKAN", "BAIK", "BAIK"}};
  static const char *const un[3] = {"F1", "F2", "F3"};
  fx_unit(&f, "F", NULL);
  for (int u = 0; u < 3; u++) {
    fx_unit(&f, un[u], "F");
    for (int i = 0; i < 5; i++) {
      int64_t nip = NIP(10 * u + i);
      fx_emp(&f, nip, un[u]);
      fx_pen(&f, nip, "2025", pr[u][i], un[u], 0, NULL);
      fx_pen(&f, nip, "2024", "BAIK", un[u], 0, NULL);
      if (u == 0 || (u == 1 && i < 2))
        fx_ins(&f, "INSERT INTO umpan_balik (tanggal, tahun, nip_pemberi, nip_penerima, jenis) "
                   "VALUES ('2025-03-01', 2025, 196501011990031001, ?1, "
                   "'APRESIASI')", "i", nip);
    }
  }
  fx_ins(&f, "INSERT INTO umpan_balik (tanggal, tahun, nip_pemberi, nip_penerima, jenis) "
             "VALUES ('2025-04-01', 2025, 196501011990031001, ?1, 'DIALOG')",
         "i", NIP(20));
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 2025);
  const kj_umpan *u = &r->umpan[fx_opd(r, "F")];
  assert_true(u->n_pegawai == 15 && u->n_apresiasi == 7);
  assert_true(u->kejadian[KJ_APRESIASI] == 7 && u->kejadian[KJ_DIALOG] == 1);
  near(u->share_apresiasi, 7.0 / 15, TOL);
  near(u->kejadian_per_pegawai, 8.0 / 15, TOL);
  const kj_asosiasi *a = NULL, *d = NULL;
  for (int i = 0; i < r->n_asosiasi; i++) {
    if (strcmp(r->asosiasi[i].nama, "apresiasi_ikp") == 0) a = &r->asosiasi[i];
    if (strcmp(r->asosiasi[i].nama, "apresiasi_delta_ikp") == 0) d = &r->asosiasi[i];
  }
  assert_true(a && d);
  assert_int_equal(a->n, 3);                      /* three units of five */
  near(a->r, 0.95321336403537227, 1e-9);          /* R cor.test(c(1,.4,0), c(140,100,95)) */
  near(a->p, 0.19550776446585469, 1e-9);
  assert_true(d->n == 7 && d->n_lain == 8);
  near(d->selisih, 31.696428571428572951, 1e-9);  /* R mean difference of IKP changes */
  near(d->p, 0.019524184414869625, 1e-9);         /* R t.test (Welch) */
  kj_analysis_free(r);
  fx_close(&f);
}

/* Unit M1 of OPD O1 merged into M2 of OPD O2 after 2024: its records count
 * for O2's trend, and the import log comes with the result. */
static void merged_unit_counts_for_its_successor(void **state) {
  (void)state;
  fx f;
  fx_open(&f, "an-merge");
  fx_unit(&f, "O1", NULL);
  fx_unit(&f, "O2", NULL);
  fx_unit(&f, "M2", "O2");
  fx_unit(&f, "M1", "O1");
  fx_exec(&f, "UPDATE unit SET menjadi = 'M2', berlaku_sampai = 2024 WHERE kode_unit = 'M1'");
  static const char *const mon[3] = {"2024-01", "2024-02", "2024-03"};
  for (int i = 0; i < 5; i++) {
    fx_emp(&f, NIP(i), "M2");
    for (int m = 0; m < 3; m++) fx_pen(&f, NIP(i), mon[m], "BAIK", "M1", 0, NULL);
    fx_pen(&f, NIP(i), "2025", "SANGAT_BAIK", "M2", 0, NULL);
  }
  fx_ins(&f, "INSERT INTO import_file VALUES ('ab12', 'penilaian', 'b.csv', 'native', 3, 3, 0, 0, 0, "
             "'2026-01-01 00:00:00', NULL)", "");
  fx_ins(&f, "INSERT INTO import_file VALUES ('cd34', 'unit', 'a.csv', 'native', 4, 4, 0, 0, 0, "
             "'2026-01-01 00:00:00', NULL)", "");
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 2025);
  int m1 = -1, m2 = -1;
  for (int u = 0; u < r->n_unit; u++) {
    if (strcmp(r->unit[u].kode, "M1") == 0) m1 = u;
    if (strcmp(r->unit[u].kode, "M2") == 0) m2 = u;
  }
  assert_int_equal(r->unit[m1].penerus, m2);
  assert_int_equal(r->unit[m2].penerus, m2);
  assert_int_equal(r->unit[m1].opd, fx_opd(r, "O1"));
  assert_int_equal(r->unit[m1].opd_penerus, fx_opd(r, "O2"));
  /* 2024 months of M1 are O2's period points (window 2024..2025) */
  const kj_tren_titik *t = &r->titik[(size_t)(fx_opd(r, "O2") * KJ_UKURAN_N) * (size_t)r->n_periode];
  assert_int_equal(r->n_periode, 3);
  assert_int_equal(t->n, 5);
  near(t->mean, 100, 0);
  assert_int_equal(r->titik[(size_t)(fx_opd(r, "O1") * KJ_UKURAN_N) * (size_t)r->n_periode].n, 0);
  /* year over year counts 2024 for O2 too: 100 -> 150, both constant */
  const kj_yoy *y = &r->yoy[fx_opd(r, "O2") * KJ_UKURAN_N];
  assert_true(y->n_sebelum == 5 && y->n == 5 && y->label == KJ_YOY_MENINGKAT);
  assert_int_equal(r->n_impor, 2);
  assert_string_equal(r->impor[0].nama_file, "a.csv");
  assert_string_equal(r->impor[1].sha256, "ab12");
  assert_int_equal(r->impor[1].n_baris, 3);
  kj_analysis_free(r);
  fx_close(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(employee_measures_follow_section_1),
      cmocka_unit_test(trend_and_coaching_match_r),
      cmocka_unit_test(completeness_counts_gaps_and_timeliness),
      cmocka_unit_test(skm_and_linkage_match_r),
      cmocka_unit_test(lenient_evaluator_found),
      cmocka_unit_test(merged_unit_counts_for_its_successor),
      cmocka_unit_test(feedback_rates_and_associations),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
