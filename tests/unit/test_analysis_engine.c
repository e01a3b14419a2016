/* test_analysis_engine.c — kj_analysis_run end to end on small hand-built
 * databases: §2 descriptive statistics and §3 strengths/weaknesses against
 * values computed in R 4.x (each value's source beside it), §5 curve
 * compliance with hand-derived minimum changes, the edge cases of the issue
 * (an OPD with one employee, zero variance, no SKM data, a year with only
 * annual records, a missing organisation predikat), the errors for an empty
 * database and a year without data, and the public columns of every §12
 * export table (golden list from analytics.md). */
/* cmocka.h needs these first (a separate block, so include sorting keeps it) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <strings.h>

#include "analysis_fixture.h"

#define NIP(i) ((int64_t)199001012015011000LL + (i))
#define TOL 1e-9

static void near(double got, double want, double tol) {
  if (!(fabs(got - want) <= tol * (1 + fabs(want))))
    fail_msg("got %.17g, want %.17g", got, want);
}

/* OPD A (units A, A1): IKP 150 150 100 150 100 150; B: 100 100 75 100 100 50;
 * C: one employee, 100; D: five employees, all 100. Annual records only. */
static void build_annual(fx *f) {
  static const char *const pa[] = {"SANGAT_BAIK", "SANGAT_BAIK", "BAIK", "SANGAT_BAIK", "BAIK",
                                   "SANGAT_BAIK"};
  static const char *const pb[] = {"BAIK", "BAIK", "BUTUH_PERBAIKAN", "BAIK", "BAIK", "KURANG"};
  fx_unit(f, "A", NULL);
  fx_unit(f, "A1", "A");
  fx_unit(f, "B", NULL);
  fx_unit(f, "C", NULL);
  fx_unit(f, "D", NULL);
  for (int i = 0; i < 6; i++) {
    const char *u = i < 3 ? "A" : "A1";
    fx_emp(f, NIP(i), u);
    fx_pen(f, NIP(i), "2025", pa[i], u, 0, NULL);
    fx_emp(f, NIP(10 + i), "B");
    fx_pen(f, NIP(10 + i), "2025", pb[i], "B", 0, NULL);
  }
  fx_emp(f, NIP(20), "C");
  fx_pen(f, NIP(20), "2025", "BAIK", "C", 0, NULL);
  for (int i = 0; i < 5; i++) {
    fx_emp(f, NIP(30 + i), "D");
    fx_pen(f, NIP(30 + i), "2025", "BAIK", "D", 0, NULL);
  }
  fx_org(f, "A", 2025, "BAIK");
  fx_org(f, "B", 2025, "BUTUH_PERBAIKAN");
  fx_org(f, "C", 2025, "ISTIMEWA");
}

static void descriptive_matches_r(void **state) {
  (void)state;
  fx f;
  fx_open(&f, "an-desc");
  build_annual(&f);
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 0);
  assert_int_equal(r->tahun, 2025);
  assert_int_equal(r->n_opd, 4);
  assert_int_equal(r->n_pegawai, 18);
  const kj_desc *a = &r->stat[fx_opd(r, "A")].ukuran[KJ_UK_IKP];
  assert_int_equal(a->n, 6);
  near(a->mean, 400.0 / 3, TOL);
  near(a->q1, 112.5, TOL);                        /* R quantile(type=7) */
  near(a->median, 150, TOL);
  near(a->ci_high - a->mean, 27.096311708224462, 1e-9); /* R qt(.975,5)*sd/sqrt(6) */
  const kj_desc *k = &r->stat[KJ_KOTA(r)].ukuran[KJ_UK_IKP];
  assert_int_equal(k->n, 18); /* the city includes the one-employee OPD C */
  near(k->mean, 106.944444444444443, TOL);       /* R mean */
  near(k->sd, 26.851382311272985, TOL);          /* R sd */
  near(k->ci_high - k->mean, 13.352878281367623, 1e-9); /* R qt(.975,17)*sd/sqrt(18) */
  near(k->q1, 100, TOL);
  /* one employee: counted, not shown */
  const kj_opd_stat *c = &r->stat[fx_opd(r, "C")];
  assert_int_equal(c->n_pegawai, 1);
  assert_false(c->cukup);
  assert_int_equal(c->ukuran[KJ_UK_IKP].n, 1);
  assert_true(kj_is_na(c->ukuran[KJ_UK_IKP].mean));
  assert_int_equal(c->predikat_n[KJ_BAIK], -1);
  /* zero variance: sd 0, interval collapsed, not NaN */
  const kj_desc *d = &r->stat[fx_opd(r, "D")].ukuran[KJ_UK_IKP];
  assert_true(d->sd == 0 && d->ci_low == 100 && d->ci_high == 100);
  /* ranking by mean IKP: A 133.3, D 100, B 87.5; C has no figures */
  assert_int_equal(r->n_peringkat, 3);
  assert_int_equal(r->peringkat[0], fx_opd(r, "A"));
  assert_int_equal(r->peringkat[1], fx_opd(r, "D"));
  assert_int_equal(r->peringkat[2], fx_opd(r, "B"));
  /* predikat shares with Wilson intervals */
  const kj_opd_stat *sa = &r->stat[fx_opd(r, "A")];
  assert_int_equal(sa->predikat_n[KJ_SANGAT_BAIK], 4);
  near(sa->predikat_share[KJ_SANGAT_BAIK], 4.0 / 6, TOL);
  double lo, hi;
  kj_wilson(4, 6, &lo, &hi);
  near(sa->predikat_lo[KJ_SANGAT_BAIK], lo, TOL);
  near(sa->predikat_hi[KJ_SANGAT_BAIK], hi, TOL);
  kj_analysis_free(r);
  fx_close(&f);
}

static void strengths_match_r_welch_and_bh(void **state) {
  (void)state;
  fx f;
  fx_open(&f, "an-kk");
  build_annual(&f);
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 2025);
  const kj_kk *a = &r->kk[fx_opd(r, "A") * KJ_DIMENSI_N + KJ_UK_IKP];
  near(a->mean_lain, 93.75, TOL);
  near(a->t, 3.4553243532336175, 1e-9);  /* scipy ttest_ind(equal_var=False) */
  near(a->df, 6.872615270698671, 1e-9);  /* Welch-Satterthwaite, scipy */
  near(a->p, 0.010924958128490229, 1e-9); /* R t.test */
  near(a->d, 2.0458512278210295, 1e-9);  /* (mean diff)/pooled sd, numpy */
  near(a->q, 0.032774874385470686, 1e-9); /* R p.adjust(BH) over A, B, D */
  assert_int_equal(a->label, KJ_KK_KEKUATAN);
  const kj_kk *b = &r->kk[fx_opd(r, "B") * KJ_DIMENSI_N + KJ_UK_IKP];
  near(b->d, -1.2398608397561335, 1e-9);  /* numpy */
  near(b->q, 0.033725215500996331, 1e-9); /* R p.adjust(BH) */
  assert_int_equal(b->label, KJ_KK_KELEMAHAN);
  const kj_kk *d = &r->kk[fx_opd(r, "D") * KJ_DIMENSI_N + KJ_UK_IKP];
  near(d->p, 0.292971113485961721, 1e-9); /* R t.test: D constant, rest not */
  near(d->q, 0.292971113485961721, 1e-9);
  assert_int_equal(d->label, KJ_KK_SETARA);
  const kj_kk *c = &r->kk[fx_opd(r, "C") * KJ_DIMENSI_N + KJ_UK_IKP];
  assert_int_equal(c->label, KJ_KK_TCD);
  assert_true(kj_is_na(c->p) && kj_is_na(c->q) && kj_is_na(c->mean_opd));
  /* no capaian, no behaviour scores, no SKM: defined, not NaN garbage */
  const kj_kk *cap = &r->kk[fx_opd(r, "A") * KJ_DIMENSI_N + KJ_UK_CAPAIAN];
  assert_true(cap->ada && cap->n == 0 && cap->label == KJ_KK_TCD);
  assert_false(r->kk[fx_opd(r, "A") * KJ_DIMENSI_N + KJ_DIM_SKM].ada);
  assert_int_equal(r->skm_opd[KJ_KOTA(r)].n_responden, 0);
  assert_true(kj_is_na(r->skm_opd[KJ_KOTA(r)].ikm));
  assert_int_equal(r->n_skm_unit, 0);
  assert_int_equal(r->n_skm_ikp, 0);
  kj_analysis_free(r);
  fx_close(&f);
}

static void curve_compliance_and_missing_org(void **state) {
  (void)state;
  fx f;
  fx_open(&f, "an-kurva");
  build_annual(&f);
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 0);
  /* A (org BAIK): counts 4 SB, 2 BAIK; BAIK must be exactly 4 of 6 and
   * BUTUH_PERBAIKAN + KURANG >= 1, so SB drops to at most 1: 3 changes. */
  const kj_kurva *a = &r->kurva[fx_opd(r, "A")];
  assert_int_equal(a->status, KJ_KURVA_TIDAK_PATUH);
  assert_int_equal(a->cek.min_changes, 3);
  assert_int_equal(a->cek.pass[0], 0);
  /* chi-square of A's (4,2,0,0) against the other OPD's (0,10,1,1) (city
   * (4,12,1,1), SANGAT_KURANG unused): scipy.stats.chi2_contingency([[4,2,0,0],
   * [0,10,1,1]], correction=False) -> 10.500000000000002, p 0.014760897143990656, df 3 */
  near(a->chi2.stat, 10.5, 1e-12);
  near(a->chi2.df, 3, 0);
  near(a->chi2.p, 0.014760897143990656, 1e-9);
  assert_true(a->chi2.low_expected);
  /* small expected counts: the Monte Carlo p, within 4 standard errors of the exact
   * permutation p 0.007487610428786899 (enumerating every table with these margins,
   * as tests/ref/claims_ref.py does) */
  double ex = 0.007487610428786899, tol = 4 * sqrt(ex * (1 - ex) / 20000);
  assert_true(fabs(a->chi2_p_mc - ex) <= tol);
  assert_true(isfinite(a->chi2_q) && a->chi2_q >= a->chi2_p_mc);
  /* B (org BUTUH_PERBAIKAN): BP >= 60 % of 6 means 4, it has 1: 3 changes */
  assert_int_equal(r->kurva[fx_opd(r, "B")].cek.min_changes, 3);
  /* C (ISTIMEWA, one employee): SB > 50 % and <= 70 % cannot both hold */
  assert_int_equal(r->kurva[fx_opd(r, "C")].status, KJ_KURVA_MUSTAHIL);
  assert_true(kj_is_na(r->kurva[fx_opd(r, "C")].chi2.p)); /* n < min_kelompok */
  /* D: no organisation predikat: shares and chi-square only, and a finding */
  const kj_kurva *d = &r->kurva[fx_opd(r, "D")];
  assert_int_equal(d->status, KJ_KURVA_TANPA_PREDIKAT);
  assert_true(isfinite(d->chi2.p));
  int found = 0;
  for (size_t i = 0; i < r->n_temuan; i++)
    found += r->temuan[i].jenis == KJ_TEMUAN_TANPA_PREDIKAT_ORG && r->temuan[i].opd == fx_opd(r, "D");
  assert_int_equal(found, 1);
  /* a year with only annual records: no trend points, TIDAK_CUKUP_DATA */
  assert_int_equal(r->n_periode, 0);
  assert_int_equal(r->tren[KJ_KOTA(r) * KJ_UKURAN_N + KJ_UK_IKP].label, KJ_TREN_TCD);
  assert_int_equal(r->n_teladan, 0);
  kj_analysis_free(r);
  fx_close(&f);
}

static void errors_name_the_years_with_data(void **state) {
  (void)state;
  fx f;
  fx_open(&f, "an-err");
  kj_params p;
  kj_params_defaults(&p);
  kj_error err = {KJ_OK, ""};
  kj_analysis *r = (kj_analysis *)&p;
  assert_int_equal(kj_analysis_run(f.st, &p, 0, 0, 0, &r, &err), KJ_DATA);
  assert_null(r);
  assert_non_null(strstr(err.msg, "no appraisal records"));
  build_annual(&f);
  assert_int_equal(kj_analysis_run(f.st, &p, 2019, 0, 0, &r, &err), KJ_DATA);
  assert_non_null(strstr(err.msg, "2019"));
  assert_non_null(strstr(err.msg, "years with data: 2025"));
  assert_int_equal(kj_analysis_run(f.st, &p, 2025, 2026, 2025, &r, &err), KJ_USAGE);
  fx_close(&f);
}

/* analytics.md §12: file names and required columns, in this order. */
static const char *const golden[] = {
    "pegawai_tahun: tahun nip kode_opd n_periode ikp capaian predikat_tahunan "
    "berorientasi_pelayanan akuntabel kompeten harmonis loyal adaptif kolaboratif",
    "opd_ukuran: tahun kode_opd ukuran n mean sd se ci_low ci_high median q1 q3",
    "opd_predikat: tahun kode_opd predikat n share ci_low ci_high",
    "kekuatan_kelemahan: tahun kode_opd dimensi n mean_opd mean_lain d t df p q label",
    "tren: kode_opd ukuran dari sampai k slope_per_tahun se se_ols ci_low ci_high p q label",
    "tahun_ke_tahun: tahun kode_opd ukuran mean_sebelum mean selisih t df p q label",
    "kurva: tahun kode_opd predikat_organisasi n n_sangat_baik n_baik n_butuh_perbaikan "
    "n_kurang n_sangat_kurang status perubahan_min chi2 chi2_p chi2_df chi2_p_mc chi2_q",
    "skm: tahun kode_unit n_responden nrr_u1 nrr_u2 nrr_u3 nrr_u4 nrr_u5 nrr_u6 nrr_u7 "
    "nrr_u8 nrr_u9 ikm ci_low ci_high mutu unsur_terlemah",
    "skm_ikp: tahun kode_unit ikm ikp z_ikm z_ikp flag",
    "penilai: tahun nip_penilai kode_opd n mean_ikp mean_lain selisih p q label",
    "teladan: tahun nip kode_opd alasan",
    "pembinaan: tahun nip kode_opd alasan",
    "kualitas_data: tahun kode_opd periode roster dinilai kelengkapan tepat_waktu median_lag_hari",
    "umpan_balik: tahun kode_opd n_pegawai kejadian_per_pegawai share_apresiasi",
    "peringkat: tahun kode_opd n mean se peringkat peringkat_bawah peringkat_atas mean_susut",
    "asosiasi: tahun ukuran n r p rho rho_p r_ci_low r_ci_high r_tanpa_min r_tanpa_max "
    "unit_berpengaruh status",
    "skm_ikp: tahun kode_unit cook_d q_ikm q_ikp",
    "kesetaraan: tahun atribut kelompok pembanding n n_pembanding selisih_mentah "
    "selisih_sangat_baik selisih_disesuaikan se p q label",
    "kesetaraan_opd: tahun kode_opd n_p n_l selisih_mentah",
    "apresiasi_kurang: tahun nip kode_opd kode_unit nip_pimpinan nip_penilai periode_terakhir "
    "n_sangat_baik",
};

/* 1 when a CSV cell reads nan or inf (any sign or case). */
static int has_nan_cell(char *csv) {
  for (char *s = csv, *tok; (tok = strsep(&s, ",\n")) != NULL;) {
    if (*tok == '-' || *tok == '+') tok++;
    if (strcasecmp(tok, "nan") == 0 || strcasecmp(tok, "inf") == 0) return 1;
  }
  return 0;
}

static void export_tables_keep_the_public_columns(void **state) {
  (void)state;
  fx f;
  fx_open(&f, "an-tab");
  build_annual(&f);
  kj_params p;
  kj_params_defaults(&p);
  kj_analysis *r = fx_run(&f, &p, 0);
  kj_tables t;
  kj_analysis_tables(r, &t);
  for (size_t g = 0; g < sizeof golden / sizeof golden[0]; g++) {
    char line[512];
    snprintf(line, sizeof line, "%s", golden[g]);
    char *colon = strchr(line, ':');
    *colon = '\0';
    const kj_table *tab = NULL;
    for (int i = 0; i < t.n; i++)
      if (strcmp(t.t[i]->name, line) == 0) tab = t.t[i];
    if (!tab) fail_msg("table %s missing", line);
    int last = -1;
    for (char *s = colon + 1, *tok; (tok = strsep(&s, " ")) != NULL;) {
      if (!*tok) continue;
      int c = kj_table_col(tab, tok);
      if (c < 0) fail_msg("%s: column %s missing", line, tok);
      if (c <= last) fail_msg("%s: column %s out of order", line, tok);
      last = c;
    }
    /* written CSV: no "nan"/"inf" anywhere, city rows say KOTA */
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    kj_error err = {KJ_OK, ""};
    assert_int_equal(kj_table_write_csv(tab, fp, &err), KJ_OK);
    fclose(fp);
    assert_false(has_nan_cell(buf));
    free(buf);
  }
  /* opd_ukuran: the one-employee OPD keeps n and says why figures are missing */
  const kj_table *u = NULL;
  for (int i = 0; i < t.n; i++)
    if (strcmp(t.t[i]->name, "opd_ukuran") == 0) u = t.t[i];
  int kc = kj_table_col(u, "kode_opd"), mc = kj_table_col(u, "mean"), nc = kj_table_col(u, "catatan");
  int seen_c = 0, seen_kota = 0;
  for (size_t row = 0; row < u->nrows; row++) {
    const char *k = kj_table_cell(u, row, kc)->v.s;
    if (strcmp(k, "C") == 0 && strcmp(kj_table_cell(u, row, 2)->v.s, "ikp") == 0) {
      seen_c = 1;
      assert_true(kj_table_cell(u, row, mc)->missing);
      assert_string_equal(kj_table_cell(u, row, nc)->v.s, "TIDAK_CUKUP_DATA");
    }
    seen_kota += strcmp(k, "KOTA") == 0;
  }
  assert_true(seen_c);
  assert_int_equal(seen_kota, KJ_UKURAN_N);
  kj_tables_free(&t);
  kj_analysis_free(r);
  fx_close(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(descriptive_matches_r),
      cmocka_unit_test(strengths_match_r_welch_and_bh),
      cmocka_unit_test(curve_compliance_and_missing_org),
      cmocka_unit_test(errors_name_the_years_with_data),
      cmocka_unit_test(export_tables_keep_the_public_columns),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
