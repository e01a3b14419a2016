/* test_charts_spec.c — spec validation, output options and the shared
 * helpers of the charts (nice ticks, number strings, names of kinds). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "charts_samples.h"
#include "testutil.h"
#include "util/fsutil.h"

#define assert_contains(hay, needle)                                                               \
  do {                                                                                             \
    if (!strstr((hay), (needle))) fail_msg("\"%s\" does not contain \"%s\"", (hay), (needle));     \
  } while (0)

/* ---- helpers ---- */

static void nice_ticks_use_1_2_5_steps_covering_the_range(void **state) {
  (void)state;
  kj_chart_ticks t;
  kj_chart_nice_ticks(0, 122, 7, &t);
  assert_true(t.step == 20);
  assert_true(t.lo == 0 && t.hi == 140);
  assert_int_equal(t.n, 8);
  assert_true(t.v[3] == 60);
  assert_int_equal(t.decimals, 0);
  kj_chart_nice_ticks(0.13, 0.87, 5, &t);
  assert_true(fabs(t.step - 0.2) < 1e-12);
  assert_true(t.lo == 0 && fabs(t.hi - 1) < 1e-12);
  assert_int_equal(t.decimals, 1);
  kj_chart_nice_ticks(-0.8, 0.6, 8, &t);
  int has_zero = 0;
  for (int i = 0; i < t.n; i++) has_zero |= t.v[i] == 0;
  assert_true(has_zero); /* exactly 0, not -1e-17 */
  assert_true(t.lo <= -0.8 && t.hi >= 0.6);
}

static void nice_ticks_survive_degenerate_ranges(void **state) {
  (void)state;
  kj_chart_ticks t;
  kj_chart_nice_ticks(87.5, 87.5, 5, &t); /* all values equal */
  assert_true(t.n >= 2 && t.step > 0 && t.lo < 87.5 && t.hi > 87.5);
  kj_chart_nice_ticks(0, 0, 5, &t);
  assert_true(t.n >= 2 && t.lo == 0 && t.hi >= 1);
  kj_chart_nice_ticks(NAN, 3, 5, &t);
  assert_true(t.n >= 2 && t.lo == 0 && t.hi == 1);
  kj_chart_nice_ticks(5, 1, 5, &t); /* reversed */
  assert_true(t.lo <= 1 && t.hi >= 5);
  kj_chart_nice_ticks(0, 1e6, 500, &t); /* far more ticks asked than fit */
  assert_true(t.n <= KJ_CHART_MAX_TICKS);
}

static void chart_numbers_use_decimal_comma_and_a_real_minus(void **state) {
  (void)state;
  char b[64];
  assert_string_equal(kj_chart_num(b, sizeof b, 87.5, 1, KJ_LANG_ID), "87,5");
  assert_string_equal(kj_chart_num(b, sizeof b, -0.314, 2, KJ_LANG_ID), "\xE2\x88\x92"
                                                                        "0,31");
  assert_string_equal(kj_chart_num(b, sizeof b, 1234.5, 1, KJ_LANG_ID), "1.234,5");
  assert_string_equal(kj_chart_num(b, sizeof b, 1234.5, 1, KJ_LANG_EN), "1,234.5");
  assert_string_equal(kj_chart_num(b, sizeof b, -0.001, 2, KJ_LANG_ID), "0,00"); /* no "−0,00" */
  assert_string_equal(kj_chart_num(b, sizeof b, NAN, 1, KJ_LANG_ID), "\xE2\x80\x93");
}

static void kinds_and_formats_have_names(void **state) {
  (void)state;
  assert_int_equal(kj_chart_kind_parse("heatmap"), KJ_CHART_HEATMAP);
  assert_int_equal(kj_chart_kind_parse("pie"), -1);
  assert_string_equal(kj_chart_kind_name(KJ_CHART_PROFIL), "profil");
  assert_int_equal(kj_chart_format_parse("SVG"), KJ_CHART_SVG);
  assert_int_equal(kj_chart_format_parse("gif"), -1);
  assert_string_equal(kj_chart_format_ext(KJ_CHART_PDF), "pdf");
  for (int k = 0; k < KJ_CHART_KIND_N; k++)
    assert_int_equal(kj_chart_kind_parse(kj_chart_kind_name(k)), k);
}

/* ---- validation ---- */

static void peringkat_rejects_impossible_rows(void **state) {
  (void)state;
  kj_error e = {0};
  kj_peringkat_row rows[2] = {{"Dinas Kesehatan", "Dinkes", 412, 104.2, 101.9, 106.5, 0, 0, 0, 0},
                              {"Dinas Sosial", NULL, 39, 99.0, 96.0, 102.0, 0, 0, 0, 0}};
  kj_peringkat_spec s = {rows, 2, 99.4, "IKP", NULL, 1, 5, 0, 0, 0, 451};
  assert_int_equal(kj_peringkat_validate(&s, &e), KJ_OK);
  rows[1].mean = NAN;
  assert_int_equal(kj_peringkat_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "row 2 (Dinas Sosial): mean is missing");
  rows[1].insufficient = 1; /* a greyed row needs no figures */
  assert_int_equal(kj_peringkat_validate(&s, &e), KJ_OK);
  rows[1].insufficient = 0;
  rows[1].mean = 99;
  rows[1].ci_low = 103;
  rows[1].ci_high = 95;
  assert_int_equal(kj_peringkat_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "ci_low 103 > ci_high 95");
  rows[1].ci_low = 100;
  rows[1].ci_high = 104;
  assert_int_equal(kj_peringkat_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "outside its CI");
  rows[1].ci_low = 96;
  rows[1].ci_high = NAN;
  assert_int_equal(kj_peringkat_validate(&s, &e), KJ_DATA);
  rows[1].ci_low = NAN; /* both missing: no whisker, fine */
  assert_int_equal(kj_peringkat_validate(&s, &e), KJ_OK);
  rows[0].n = -1;
  assert_int_equal(kj_peringkat_validate(&s, &e), KJ_DATA);
  rows[0].n = 412;
  rows[0].name = "";
  assert_int_equal(kj_peringkat_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "row 1: no name");
  rows[0].name = "Dinas Kesehatan";
  s.city_mean = INFINITY;
  assert_int_equal(kj_peringkat_validate(&s, &e), KJ_DATA);
}

static void distribusi_rejects_shares_and_rules_that_cannot_be(void **state) {
  (void)state;
  kj_error e = {0};
  kj_distribusi_spec s = sample_distribusi();
  assert_int_equal(kj_distribusi_validate(&s, &e), KJ_OK);
  kj_distribusi_row *r = &sample_ds_rows[2];
  double keep = r->share[1];
  r->share[1] += 0.05; /* sums to 1.05 */
  assert_int_equal(kj_distribusi_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "row 3 (Inspektorat Daerah): the five shares sum to 1.05");
  r->share[1] = keep;
  int org = r->org;
  r->org = -1;
  assert_int_equal(kj_distribusi_validate(&s, &e),
                   KJ_DATA); /* compliance without a predikat organisasi */
  r->org = org;
  int comp = r->compliant;
  long minc = r->min_changes;
  r->compliant = 1;
  r->min_changes = 4;
  assert_int_equal(kj_distribusi_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "compliant but min_changes = 4");
  r->compliant = comp;
  r->min_changes = minc;
  sample_rules[2][0].share = 1.5;
  assert_int_equal(kj_distribusi_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "rule 1 threshold 1.5");
  sample_rules[2][0].share = 0.5;
  sample_rules[2][0].mask = 0;
  assert_int_equal(kj_distribusi_validate(&s, &e), KJ_DATA);
  sample_rules[2][0].mask = 1u << KJ_BAIK;
  assert_int_equal(kj_distribusi_validate(&s, &e), KJ_OK);
}

static void kurva_rejects_counts_that_disagree_with_n_or_shares(void **state) {
  (void)state;
  kj_error e = {0};
  kj_kurva_spec s = sample_kurva();
  assert_int_equal(kj_kurva_validate(&s, &e), KJ_OK);
  s.count[2] += 1;
  assert_int_equal(kj_kurva_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "counts sum to 413 but n = 412");
  s.count[2] -= 1;
  s.share[0] = 0.5;
  s.share[1] = 187.0 / 412 - (0.5 - 201.0 / 412); /* still sums to 1 */
  assert_int_equal(kj_kurva_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "share of SANGAT_BAIK is 0.5");
}

static void tren_rejects_too_many_series_and_infinite_values(void **state) {
  (void)state;
  kj_error e = {0};
  kj_tren_spec s = sample_tren();
  assert_int_equal(kj_tren_validate(&s, &e), KJ_OK);
  kj_tren_series many[8];
  for (int i = 0; i < 8; i++) many[i] = sample_series[i % 4];
  kj_tren_spec m = s;
  m.series = many;
  m.n_series = 8;
  assert_int_equal(kj_tren_validate(&m, &e), KJ_DATA);
  assert_contains(e.msg, "at most 7");
  sample_series_v[1][3] = INFINITY;
  assert_int_equal(kj_tren_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "series 2 (Dinas Pendidikan): value of Apr 2023 is infinite");
  sample_series_v[1][3] = 95;
  sample_city[1][5] = sample_city[0][5] + 1; /* low above the mean */
  assert_int_equal(kj_tren_validate(&s, &e), KJ_DATA);
  s.k = 0;
  assert_int_equal(kj_tren_validate(&s, &e), KJ_DATA);
}

static void heatmap_rejects_labels_that_contradict_d(void **state) {
  (void)state;
  kj_error e = {0};
  kj_heatmap_spec s = sample_heatmap();
  assert_int_equal(kj_heatmap_validate(&s, &e), KJ_OK);
  double keep = sample_d[0][0];
  int lab = sample_lab[0][0];
  sample_d[0][0] = -0.4;
  sample_lab[0][0] = KJ_HEAT_KEKUATAN;
  assert_int_equal(kj_heatmap_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "row 1 (Sekretariat Daerah), IKP: label KEKUATAN contradicts d = -0.4");
  sample_lab[0][0] = 9;
  assert_int_equal(kj_heatmap_validate(&s, &e), KJ_DATA);
  sample_d[0][0] = keep;
  sample_lab[0][0] = lab;
  s.n_cols = 0;
  assert_int_equal(kj_heatmap_validate(&s, &e), KJ_DATA);
}

static void skm_rejects_out_of_scale_nrr_and_bad_thresholds(void **state) {
  (void)state;
  kj_error e = {0};
  kj_skm_spec s = sample_skm();
  assert_int_equal(kj_skm_validate(&s, &e), KJ_OK);
  s.nrr[2] = 4.5;
  assert_int_equal(kj_skm_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "NRR = 4.5 outside 1..4");
  s = sample_skm();
  s.threshold[2] = 3.0;
  assert_int_equal(kj_skm_validate(&s, &e), KJ_DATA);
  s = sample_skm();
  s.nrr[7] = NAN;
  s.ci_low[7] = s.ci_high[7] = NAN;
  assert_int_equal(kj_skm_validate(&s, &e), KJ_DATA); /* weakest points at an unsur without NRR */
  s.weakest = 2;
  assert_int_equal(kj_skm_validate(&s, &e), KJ_OK);
  s.grade = 'E';
  assert_int_equal(kj_skm_validate(&s, &e), KJ_DATA);
}

static void sebaran_and_profil_reject_impossible_values(void **state) {
  (void)state;
  kj_error e = {0};
  kj_sebaran_spec s = sample_sebaran();
  assert_int_equal(kj_sebaran_validate(&s, &e), KJ_OK);
  double keep = sample_pts[0].ikm;
  sample_pts[0].ikm = 120;
  assert_int_equal(kj_sebaran_validate(&s, &e), KJ_DATA);
  assert_contains(e.msg, "IKM = 120 outside 0..100");
  sample_pts[0].ikm = keep;
  s.slope = NAN; /* intercept without slope */
  assert_int_equal(kj_sebaran_validate(&s, &e), KJ_DATA);
  s = sample_sebaran();
  s.r = 1.5;
  assert_int_equal(kj_sebaran_validate(&s, &e), KJ_DATA);
  kj_profil_spec p = sample_profil();
  assert_int_equal(kj_profil_validate(&p, &e), KJ_OK);
  p.city[3] = NAN;
  assert_int_equal(kj_profil_validate(&p, &e), KJ_DATA);
  assert_contains(e.msg, "(HARMONIS): city is missing");
  p = sample_profil();
  p.opd[0] = 5.5;
  assert_int_equal(kj_profil_validate(&p, &e), KJ_DATA);
  p.insufficient = 1; /* the OPD's figures are then not drawn, so not checked */
  assert_int_equal(kj_profil_validate(&p, &e), KJ_OK);
}

static int exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

static void options_without_source_or_pdf_date_fail_and_write_nothing(void **state) {
  (void)state;
  char *dir = kj_test_tmpdir("chartopt");
  char *path = kj_path_join(dir, "p.pdf");
  kj_peringkat_spec s = sample_peringkat();
  kj_chart_result r = {0};
  kj_error e = {0};
  kj_chart_out o = sample_out(KJ_CHART_PDF, path);
  o.source = NULL;
  assert_int_equal(kj_chart_peringkat(&s, &o, &r, &e), KJ_INTERNAL);
  assert_contains(e.msg, "no data source");
  o = sample_out(KJ_CHART_PDF, path);
  o.date = NULL;
  assert_int_equal(kj_chart_peringkat(&s, &o, &r, &e), KJ_INTERNAL);
  assert_contains(e.msg, "PDF needs the creation date");
  o.date = "2024-13-01";
  assert_int_equal(kj_chart_peringkat(&s, &o, &r, &e), KJ_INTERNAL);
  o = sample_out(KJ_CHART_PDF, path);
  o.width = 50;
  assert_int_equal(kj_chart_peringkat(&s, &o, &r, &e), KJ_INTERNAL);
  o = sample_out(KJ_CHART_PNG, NULL);
  assert_int_equal(kj_chart_peringkat(&s, &o, NULL, &e), KJ_INTERNAL); /* bytes to nowhere */
  /* a bad spec is KJ_DATA and writes nothing either */
  o = sample_out(KJ_CHART_PDF, path);
  sample_pr_rows[0].ci_low = sample_pr_rows[0].ci_high + 1;
  assert_int_equal(kj_chart_peringkat(&s, &o, &r, &e), KJ_DATA);
  assert_null(r.data);
  assert_int_equal(r.n_texts, 0);
  assert_false(exists(path));
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(nice_ticks_use_1_2_5_steps_covering_the_range),
      cmocka_unit_test(nice_ticks_survive_degenerate_ranges),
      cmocka_unit_test(chart_numbers_use_decimal_comma_and_a_real_minus),
      cmocka_unit_test(kinds_and_formats_have_names),
      cmocka_unit_test(peringkat_rejects_impossible_rows),
      cmocka_unit_test(distribusi_rejects_shares_and_rules_that_cannot_be),
      cmocka_unit_test(kurva_rejects_counts_that_disagree_with_n_or_shares),
      cmocka_unit_test(tren_rejects_too_many_series_and_infinite_values),
      cmocka_unit_test(heatmap_rejects_labels_that_contradict_d),
      cmocka_unit_test(skm_rejects_out_of_scale_nrr_and_bad_thresholds),
      cmocka_unit_test(sebaran_and_profil_reject_impossible_values),
      cmocka_unit_test(options_without_source_or_pdf_date_fail_and_write_nothing),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  return rc;
}
