/* test_charts_layout.c — what each chart kind lays out, read from the
 * result record rather than from pixels: order of rows, greyed and
 * highlighted rows, tick values, threshold and reference positions, and
 * the strings a reader sees (decimal comma, language). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "charts_samples.h"

static kj_chart_result render(kj_chart_kind k, const void *spec, kj_lang lang) {
  kj_chart_out o = sample_out(KJ_CHART_SVG, NULL); /* the fastest format; layout is shared */
  o.lang = lang;
  kj_chart_result r = {0};
  kj_error e = {0};
  if (kj_chart_render(k, spec, &o, &r, &e) != KJ_OK)
    fail_msg("%s: %s", kj_chart_kind_name(k), e.msg);
  return r;
}

static int count_marks(const kj_chart_result *r, kj_chart_mark_kind kind) {
  int n = 0;
  for (int i = 0; i < r->n_marks; i++) n += r->marks[i].kind == kind;
  return n;
}

static const kj_chart_mark *find_mark(const kj_chart_result *r, kj_chart_mark_kind kind, int row,
                                      int col) {
  for (int i = 0; i < r->n_marks; i++)
    if (r->marks[i].kind == kind && r->marks[i].row == row && r->marks[i].col == col)
      return &r->marks[i];
  return NULL;
}

#define assert_text(r, s)                                                                          \
  do {                                                                                             \
    if (!kj_chart_result_has_text((r), (s))) fail_msg("chart does not show \"%s\"", (s));          \
  } while (0)
#define assert_no_text(r, s)                                                                       \
  do {                                                                                             \
    if (kj_chart_result_has_text((r), (s))) fail_msg("chart shows \"%s\"", (s));                   \
  } while (0)

static void peringkat_sorts_by_mean_and_greys_small_groups_last(void **state) {
  (void)state;
  kj_peringkat_row rows[4] = {{"Dinas A", NULL, 40, 90.0, 86.0, 94.0, 0, 0, 0, 0},
                              {"Dinas B", NULL, 60, 105.0, 102.0, 108.0, 0, 0, 0, 0},
                              {"Dinas C", NULL, 3, 77.7, NAN, NAN, 1, 0, 0, 0},
                              {"Dinas D", NULL, 55, 98.25, 95.0, 101.5, 0, 0, 0, 0}};
  kj_peringkat_spec s = {rows, 4, 99.4, "Rata-rata IKP", "%", 1, 5, 0, 0, 0, 158};
  kj_chart_result r = render(KJ_CHART_PERINGKAT, &s, KJ_LANG_ID);
  assert_int_equal(r.n_rows, 4);
  int want[4] = {1, 3, 0, 2};
  for (int i = 0; i < 4; i++) assert_int_equal(r.order[i], want[i]);
  assert_int_equal(r.muted[2], 1);
  assert_int_equal(r.muted[0] + r.muted[1] + r.muted[3], 0);
  assert_text(&r, "105,0");
  assert_text(&r, "98,2"); /* one decimal, decimal comma */
  assert_text(&r, "data tidak cukup");
  assert_text(&r, "data tidak cukup (n < 5)");
  assert_text(&r, "Rata-rata IKP (%)");
  assert_no_text(&r, "77,7"); /* a greyed group's mean is never published */
  assert_text(&r, "n = 158 pegawai, 4 OPD \xC2\xB7 Sumber: e-Kinerja BKN (Laporan Penilaian SKP), "
                  "diolah BKPSDM Kota Padangsidimpuan");
  const kj_chart_mark *m = find_mark(&r, KJ_MARK_CITY, -1, -1);
  assert_non_null(m);
  assert_true(m->value == 99.4);
  assert_text(&r, "99,4");
  /* bars start at zero and the axis covers every CI */
  assert_true(r.axis[0].lo == 0);
  assert_true(r.axis[0].hi >= 108);
  assert_true(r.axis[0].n >= 3);
  kj_chart_result_free(&r);
}

static void peringkat_keeps_order_when_asked_and_ties_keep_spec_order(void **state) {
  (void)state;
  kj_peringkat_row rows[3] = {{"A", NULL, 10, 90, NAN, NAN, 0, 0, 0, 0},
                              {"B", NULL, 10, 95, NAN, NAN, 0, 0, 0, 0},
                              {"C", NULL, 10, 95, NAN, NAN, 0, 0, 0, 0}};
  kj_peringkat_spec s = {rows, 3, NAN, "IKP", NULL, 1, 5, 0, 0, 0, 30};
  kj_chart_result r = render(KJ_CHART_PERINGKAT, &s, KJ_LANG_ID);
  assert_int_equal(r.order[0], 1);
  assert_int_equal(r.order[1], 2);
  assert_int_equal(r.order[2], 0);
  assert_int_equal(count_marks(&r, KJ_MARK_CITY), 0); /* no city mean, no line */
  kj_chart_result_free(&r);
  s.keep_order = 1;
  r = render(KJ_CHART_PERINGKAT, &s, KJ_LANG_ID);
  for (int i = 0; i < 3; i++) assert_int_equal(r.order[i], i);
  kj_chart_result_free(&r);
}

static void peringkat_speaks_english_with_lang_en(void **state) {
  (void)state;
  kj_peringkat_spec s = sample_peringkat();
  kj_chart_result r = render(KJ_CHART_PERINGKAT, &s, KJ_LANG_EN);
  assert_text(&r, "OPD ranking");
  assert_text(&r, "City mean");
  assert_text(&r, "insufficient data");
  assert_text(&r, "99.4");
  assert_text(&r, "1,310"); /* n of Dinas Pendidikan with an English separator */
  assert_no_text(&r, "Rata-rata kota");
  kj_chart_result_free(&r);
}

static void distribusi_marks_rule_thresholds_on_the_stack(void **state) {
  (void)state;
  const unsigned SB = 1u << KJ_SANGAT_BAIK, B = 1u << KJ_BAIK, BP = 1u << KJ_BUTUH_PERBAIKAN,
                 K = 1u << KJ_KURANG;
  kj_kurva_rule istimewa[2] = {{SB, KJ_OP_GT, 0.5, 0, 1}, {SB, KJ_OP_LE, 0.7, 0, 1}};
  kj_kurva_rule baik[3] = {
      {B, KJ_OP_GT, 0.5, 0, 1}, {B, KJ_OP_LE, 0.7, 0, 1}, {BP | K, KJ_OP_GE, 0.02, 1, 1}};
  kj_distribusi_row rows[3] = {
      {"Dinas A", NULL, 40, {0.6, 0.3, 0.1, 0, 0}, 0, KJ_ORG_ISTIMEWA, istimewa, 2, 1, 0},
      {"Dinas B", NULL, 50, {0.3, 0.6, 0.08, 0.02, 0}, 0, KJ_ORG_BAIK, baik, 3, 0, 3},
      {"Dinas C", NULL, 20, {0.5, 0.5, 0, 0, 0}, 0, -1, NULL, 0, -1, 0}};
  kj_distribusi_spec s = {rows, 3, 5, 110};
  kj_chart_result r = render(KJ_CHART_DISTRIBUSI, &s, KJ_LANG_ID);
  const kj_chart_mark *m = find_mark(&r, KJ_MARK_MIN, 0, 0);
  assert_non_null(m);
  assert_true(fabs(m->value - 0.5) < 1e-12);
  m = find_mark(&r, KJ_MARK_MAX, 0, 1);
  assert_non_null(m);
  assert_true(fabs(m->value - 0.7) < 1e-12);
  m = find_mark(&r, KJ_MARK_MIN, 1, 0); /* Baik starts after 30 % Sangat Baik */
  assert_non_null(m);
  assert_true(fabs(m->value - 0.8) < 1e-12);
  assert_null(find_mark(&r, KJ_MARK_MAX, 1, 1)); /* 0.3 + 0.7 = the bar's end: binds nothing */
  m = find_mark(&r, KJ_MARK_MIN, 1, 2);          /* BP + K >= 1 person starts after SB + B */
  assert_non_null(m);
  assert_true(fabs(m->value - 0.92) < 1e-12);
  assert_int_equal(count_marks(&r, KJ_MARK_MIN) + count_marks(&r, KJ_MARK_MAX), 4); /* none for C */
  assert_int_equal(r.flagged[1], 1);
  assert_int_equal(r.flagged[0] + r.flagged[2], 0);
  assert_text(&r, "\xE2\x9C\x93 patuh");
  assert_text(&r, "\xE2\x9C\x97 tidak patuh");
  assert_text(&r, "tidak dinilai");
  assert_text(&r, "60 %");
  assert_text(&r, "3"); /* minimum changes */
  assert_true(r.axis[0].lo == 0 && r.axis[0].hi == 100 && r.axis[0].step == 20);
  kj_chart_result_free(&r);
}

static void kurva_draws_bands_from_single_predikat_rules(void **state) {
  (void)state;
  kj_kurva_spec s = sample_kurva();
  kj_chart_result r = render(KJ_CHART_KURVA, &s, KJ_LANG_ID);
  const kj_chart_mark *lo = find_mark(&r, KJ_MARK_MIN, KJ_BAIK, -1);
  const kj_chart_mark *hi = find_mark(&r, KJ_MARK_MAX, KJ_BAIK, -1);
  assert_non_null(lo);
  assert_non_null(hi);
  assert_true(lo->value == 0.5 && hi->value == 0.7);
  /* the BP + K rule is a sum: listed, never a band */
  assert_int_equal(count_marks(&r, KJ_MARK_MIN) + count_marks(&r, KJ_MARK_MAX), 2);
  assert_int_equal(r.flagged[KJ_BAIK], 1); /* Baik > 50 % failed */
  assert_int_equal(r.flagged[KJ_SANGAT_BAIK] + r.flagged[KJ_BUTUH_PERBAIKAN], 0);
  assert_text(&r, "Baik > 50 %");
  assert_text(&r, "Baik \xE2\x89\xA4 70 %");
  assert_text(&r, "Butuh Perbaikan + Kurang \xE2\x89\xA5 1 pegawai");
  assert_text(&r, "45,4 % (187)");
  assert_text(&r, "\xE2\x9C\x97 tidak patuh: minimal 20 pegawai harus berubah predikat");
  kj_chart_result_free(&r);
  r = render(KJ_CHART_KURVA, &s, KJ_LANG_EN);
  assert_text(&r, "Needs improvement + Poor \xE2\x89\xA5 1 employee");
  assert_text(&r, "45.4% (187)");
  kj_chart_result_free(&r);
}

static void tren_axis_covers_the_city_band_and_thins_period_labels(void **state) {
  (void)state;
  kj_tren_spec s = sample_tren();
  kj_chart_result r = render(KJ_CHART_TREN, &s, KJ_LANG_ID);
  double lo = 1e9, hi = -1e9;
  for (int t = 0; t < s.k; t++) {
    lo = fmin(lo, sample_city[1][t]);
    hi = fmax(hi, sample_city[2][t]);
    for (int i = 0; i < 4; i++)
      if (!isnan(sample_series_v[i][t]))
        lo = fmin(lo, sample_series_v[i][t]), hi = fmax(hi, sample_series_v[i][t]);
  }
  assert_true(r.axis[0].lo <= lo && r.axis[0].hi >= hi);
  assert_true(r.axis[0].lo > 0); /* lines need no zero baseline */
  assert_int_equal(count_marks(&r, KJ_MARK_CITY), s.k);
  assert_text(&r, "Kota (naik)");
  assert_text(&r, "Dinas Kesehatan (naik)");
  assert_text(&r, "RSUD (turun)"); /* a name over 40 characters gives way to its singkatan */
  assert_text(&r, "Jan 2023");
  int shown = 0;
  for (int t = 0; t < s.k; t++) shown += kj_chart_result_has_text(&r, s.periods[t]);
  assert_true(shown >= 4 && shown < s.k); /* 24 months do not fit side by side */
  kj_chart_result_free(&r);
}

static void heatmap_marks_labelled_cells_and_prints_every_value(void **state) {
  (void)state;
  kj_heatmap_spec s = sample_heatmap();
  kj_chart_result r = render(KJ_CHART_HEATMAP, &s, KJ_LANG_ID);
  int strengths = 0, weaknesses = 0;
  for (int i = 0; i < SAMPLE_OPD; i++)
    for (int j = 0; j < SAMPLE_DIMS; j++) {
      if (sample_hm_rows[i].insufficient) continue;
      strengths += sample_lab[i][j] == KJ_HEAT_KEKUATAN;
      weaknesses += sample_lab[i][j] == KJ_HEAT_KELEMAHAN;
      if (sample_lab[i][j] == KJ_HEAT_KEKUATAN) {
        const kj_chart_mark *m = find_mark(&r, KJ_MARK_STRENGTH, i, j);
        assert_non_null(m);
        assert_true(m->value == sample_d[i][j]);
      }
    }
  assert_true(strengths > 0 && weaknesses > 0);
  assert_int_equal(count_marks(&r, KJ_MARK_STRENGTH), strengths);
  assert_int_equal(count_marks(&r, KJ_MARK_WEAKNESS), weaknesses);
  assert_text(&r, "\xE2\x96\xB2"
                  "0,52"); /* Setda IKP: marked strength */
  assert_text(&r, "\xE2\x88\x92"
                  "0,04");         /* Setda Berorientasi Pelayanan: unmarked, minus sign */
  assert_text(&r, "\xE2\x80\x93"); /* no SKM data */
  assert_int_equal(r.muted[29] + r.muted[30], 2);
  assert_int_equal(r.order[29], 29);
  kj_chart_result_free(&r);
}

static void skm_marks_grade_thresholds_and_the_weakest_unsur(void **state) {
  (void)state;
  kj_skm_spec s = sample_skm();
  kj_chart_result r = render(KJ_CHART_SKM, &s, KJ_LANG_ID);
  assert_int_equal(count_marks(&r, KJ_MARK_GRADE), 3);
  assert_true(fabs(find_mark(&r, KJ_MARK_GRADE, -1, 0)->value - 2.6) < 1e-12);
  assert_true(fabs(find_mark(&r, KJ_MARK_GRADE, -1, 1)->value - 3.0644) < 1e-12);
  assert_true(fabs(find_mark(&r, KJ_MARK_GRADE, -1, 2)->value - 3.5324) < 1e-12);
  assert_int_equal(r.flagged[7], 1);
  for (int i = 0; i < KJ_SKM_UNSUR; i++)
    assert_int_equal(r.order[i], i); /* the regulation's order */
  assert_text(&r, "terlemah");
  assert_text(&r, "2,71");
  assert_text(&r, "U8  Penanganan pengaduan, saran dan masukan");
  assert_text(&r, "Dinas Kependudukan dan Pencatatan Sipil: IKM 80,14 \xC2\xB7 mutu B (Baik)");
  assert_true(r.axis[0].lo == 1 && r.axis[0].hi == 4 && r.axis[0].n == 4);
  kj_chart_result_free(&r);
  s.n_responden = 24;
  r = render(KJ_CHART_SKM, &s, KJ_LANG_ID);
  assert_text(&r, "Perhatian: hanya 24 responden (minimal 30); angka kurang stabil.");
  kj_chart_result_free(&r);
}

static void sebaran_names_flagged_units_and_states_the_association(void **state) {
  (void)state;
  kj_sebaran_spec s = sample_sebaran();
  kj_chart_result r = render(KJ_CHART_SEBARAN, &s, KJ_LANG_ID);
  assert_int_equal(r.n_rows, 28);
  int named = 0;
  for (int i = 0; i < 28; i++) {
    int shows = kj_chart_result_has_text(&r, sample_pts[i].name) ||
                kj_chart_result_has_text(&r, sample_pts[i].short_name);
    assert_int_equal(shows, sample_pts[i].flagged != 0);
    assert_int_equal(r.flagged[i], sample_pts[i].flagged != 0);
    named += shows;
  }
  assert_int_equal(named, 3);
  assert_true(find_mark(&r, KJ_MARK_FLAG, -1, 0)->value == 107.6);
  assert_true(find_mark(&r, KJ_MARK_FLAG, -1, 1)->value == 64.1);
  assert_text(&r, "Pearson r = 0,27 (IK 95 %: \xE2\x88\x92"
                  "0,12 s.d. 0,59), p = 0,164 \xC2\xB7 Spearman \xCF\x81 = 0,24");
  assert_text(&r, "n = 28 unit layanan \xC2\xB7 Sumber: e-Kinerja BKN (Laporan Penilaian SKP), "
                  "diolah BKPSDM Kota Padangsidimpuan");
  kj_chart_result_free(&r);
  s.p = 0.0002;
  r = render(KJ_CHART_SEBARAN, &s, KJ_LANG_EN);
  assert_text(&r, "Pearson r = 0.27 (95% CI \xE2\x88\x92"
                  "0.12 to 0.59), p < 0.001 \xC2\xB7 Spearman \xCF\x81 = 0.24");
  kj_chart_result_free(&r);
}

static void profil_marks_the_city_and_signs_the_difference(void **state) {
  (void)state;
  kj_profil_spec s = sample_profil();
  kj_chart_result r = render(KJ_CHART_PROFIL, &s, KJ_LANG_ID);
  assert_int_equal(count_marks(&r, KJ_MARK_CITY), KJ_NILAI_N);
  assert_true(find_mark(&r, KJ_MARK_CITY, KJ_ADAPTIF, -1)->value == 3.86);
  assert_text(&r, "+0,29");
  assert_text(&r, "\xE2\x88\x92"
                  "0,15");
  assert_text(&r, "Berorientasi Pelayanan");
  assert_true(r.axis[0].lo == 1 && r.axis[0].hi == 5);
  kj_chart_result_free(&r);
  s.insufficient = 1;
  s.n = 3;
  r = render(KJ_CHART_PROFIL, &s, KJ_LANG_ID);
  assert_no_text(&r, "4,31");
  assert_text(&r, "4,02"); /* the city still shows */
  assert_int_equal(r.muted[0], 1);
  kj_chart_result_free(&r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(peringkat_sorts_by_mean_and_greys_small_groups_last),
      cmocka_unit_test(peringkat_keeps_order_when_asked_and_ties_keep_spec_order),
      cmocka_unit_test(peringkat_speaks_english_with_lang_en),
      cmocka_unit_test(distribusi_marks_rule_thresholds_on_the_stack),
      cmocka_unit_test(kurva_draws_bands_from_single_predikat_rules),
      cmocka_unit_test(tren_axis_covers_the_city_band_and_thins_period_labels),
      cmocka_unit_test(heatmap_marks_labelled_cells_and_prints_every_value),
      cmocka_unit_test(skm_marks_grade_thresholds_and_the_weakest_unsur),
      cmocka_unit_test(sebaran_names_flagged_units_and_states_the_association),
      cmocka_unit_test(profil_marks_the_city_and_signs_the_difference),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  return rc;
}
