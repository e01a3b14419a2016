/* test_figures_specs.c — each figure builder puts the engine's numbers into
 * its chart spec unchanged, in the right order, with the right labels,
 * thresholds, greyed groups, language and file stem (figures_fixture.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "figures/figures.h"
#include "figures_fixture.h"

static fig_fx fx;

/* |a - b| <= eps, with both values in the message (cmocka 1.1 has no double asserts). */
#define assert_double_equal(a, b, eps) near_((a), (b), (eps), #a, __LINE__)
static void near_(double a, double b, double eps, const char *what, int line) {
  if (!(fabs(a - b) <= eps)) fail_msg("line %d: %s = %.17g, expected %.17g", line, what, a, b);
}

static int setup(void **state) {
  (void)state;
  fx_init(&fx);
  return 0;
}

/* Runs a builder that must succeed (it writes the kj_figure f in scope). */
#define BUILD(call)                                                                                \
  do {                                                                                             \
    if ((call) != KJ_OK) fail_msg("builder failed: %s", e.msg);                                    \
  } while (0)

static int has(const char *hay, const char *needle) { return hay && strstr(hay, needle) != NULL; }

static void peringkat_ikp_rows_values_and_greyed_small_groups(void **state) {
  (void)state;
  kj_figure f;
  kj_error e = {0};
  assert_int_equal(kj_fig_peringkat(&fx.r, KJ_UK_IKP, KJ_LANG_ID, &f, &e), KJ_OK);
  const kj_peringkat_spec *s = &f.spec.peringkat;
  assert_int_equal(f.kind, KJ_CHART_PERINGKAT);
  assert_string_equal(f.stem, "kota_peringkat_ikp");
  assert_int_equal(s->n_rows, 4); /* KOSONG has no employee in Y: left out */
  assert_string_equal(s->rows[0].name, "Dinas Kesehatan");
  assert_string_equal(s->rows[0].short_name, "Dinkes");
  assert_int_equal(s->rows[0].n, 40);
  assert_double_equal(s->rows[0].mean, 110, 0);
  assert_double_equal(s->rows[0].ci_low, 106, 0);
  assert_double_equal(s->rows[0].ci_high, 114, 0);
  assert_false(s->rows[0].insufficient);
  assert_string_equal(s->rows[2].name, "Kantor Urusan Kecil");
  assert_null(s->rows[2].short_name);
  assert_true(s->rows[2].insufficient);
  assert_int_equal(s->rows[2].n, 3);
  assert_true(isnan(s->rows[2].mean) && isnan(s->rows[2].ci_low));
  assert_string_equal(s->rows[3].name, FX_LONG);
  assert_double_equal(s->city_mean, 105.3, 0);
  assert_int_equal(s->n_total, 173);
  assert_int_equal(s->min_kelompok, 5);
  assert_int_equal(s->decimals, 1);
  assert_int_equal(s->keep_order, 0); /* the chart sorts by the mean */
  assert_string_equal(f.title, "Peringkat OPD menurut rata-rata IKP");
  assert_true(has(f.subtitle, "Tahun 2025"));
  assert_true(has(f.subtitle, "Kota Padangsidimpuan"));
  assert_true(has(f.source, "diolah BKPSDM Kota Padangsidimpuan"));
  assert_true(has(f.source, "14 Januari 2026"));
  assert_true(has(f.note, "kurang dari 5 pegawai"));
  assert_string_equal(f.date, "2026-01-14");
  assert_string_equal(f.author, "BKPSDM Kota Padangsidimpuan");
  assert_int_equal(f.opd, KJ_KOTA(&fx.r));
  kj_figure_free(&f);
}

static void peringkat_sorted_by_the_chart_with_small_groups_last(void **state) {
  (void)state;
  kj_error e = {0};
  kj_figure f;
  assert_int_equal(kj_fig_peringkat(&fx.r, KJ_UK_IKP, KJ_LANG_ID, &f, &e), KJ_OK);
  kj_chart_result res = {0};
  assert_int_equal(kj_figure_render(&f, KJ_CHART_SVG, NULL, &res, &e), KJ_OK);
  assert_int_equal(res.n_rows, 4);
  assert_int_equal(res.order[0], 0); /* DINKES 110 */
  assert_int_equal(res.order[1], 1); /* DISDIK 104 */
  assert_int_equal(res.order[2], 3); /* TANPA 99 */
  assert_int_equal(res.order[3], 2); /* KECIL greyed */
  assert_true(res.muted[2]);
  assert_true(kj_chart_result_has_text(&res, "105,3")); /* city mean, decimal comma */
  kj_chart_result_free(&res);
  kj_figure_free(&f);
}

static void peringkat_of_a_score_uses_the_1_to_5_scale_and_english(void **state) {
  (void)state;
  kj_error e = {0};
  kj_figure f;
  assert_int_equal(kj_fig_peringkat(&fx.r, KJ_UK_NILAI + KJ_ADAPTIF, KJ_LANG_EN, &f, &e), KJ_OK);
  assert_string_equal(f.stem, "kota_peringkat_adaptif");
  assert_double_equal(f.spec.peringkat.axis_min, 1, 0);
  assert_double_equal(f.spec.peringkat.axis_max, 5, 0);
  assert_int_equal(f.spec.peringkat.decimals, 2);
  assert_true(has(f.title, "OPD ranking"));
  assert_true(has(f.subtitle, "Year 2025"));
  assert_true(has(f.source, "14 January 2026"));
  assert_int_equal(f.lang, KJ_LANG_EN);
  kj_figure_free(&f);
  assert_int_equal(kj_fig_peringkat(&fx.r, KJ_UKURAN_N, KJ_LANG_ID, &f, &e), KJ_INTERNAL);
  kj_figure_free(&f);
}

static void distribusi_orders_by_sangat_baik_and_converts_rules(void **state) {
  (void)state;
  kj_error e = {0};
  kj_figure f;
  BUILD(kj_fig_distribusi(&fx.r, KJ_LANG_ID, &f, &e));
  const kj_distribusi_spec *s = &f.spec.distribusi;
  assert_string_equal(f.stem, "kota_distribusi");
  assert_int_equal(s->n_rows, 4);
  /* Sangat Baik shares: DISDIK 60 %, DINKES 50 %, TANPA 20 %, then KECIL (greyed) */
  assert_string_equal(s->rows[0].name, "Dinas Pendidikan");
  assert_string_equal(s->rows[1].name, "Dinas Kesehatan");
  assert_string_equal(s->rows[2].name, FX_LONG);
  assert_string_equal(s->rows[3].name, "Kantor Urusan Kecil");
  assert_true(s->rows[3].insufficient);
  assert_int_equal(s->rows[3].compliant, -1); /* no verdict on a greyed group */

  const kj_distribusi_row *dk = &s->rows[1];
  assert_double_equal(dk->share[KJ_BAIK], 16.0 / 40, 1e-15);
  assert_int_equal(dk->org, KJ_ORG_BAIK);
  assert_int_equal(dk->compliant, 0);
  assert_int_equal(dk->min_changes, 5);
  assert_int_equal(dk->n_rules, 3); /* BAIK > 50 %, BAIK <= 70 %, BP + K >= 1 orang */
  assert_int_equal(dk->rules[0].mask, 1u << KJ_BAIK);
  assert_int_equal(dk->rules[0].op, KJ_OP_GT);
  assert_double_equal(dk->rules[0].share, 0.5, 0);
  assert_int_equal(dk->rules[0].pass, 0);
  assert_int_equal(dk->rules[1].op, KJ_OP_LE);
  assert_double_equal(dk->rules[1].share, 0.7, 0);
  assert_int_equal(dk->rules[1].pass, 1);
  assert_int_equal(dk->rules[2].mask, (1u << KJ_BUTUH_PERBAIKAN) | (1u << KJ_KURANG));
  assert_int_equal(dk->rules[2].persons, 1);
  assert_double_equal(dk->rules[2].share, 1.0 / 40, 1e-15);

  assert_int_equal(s->rows[0].compliant, 1);
  assert_int_equal(s->rows[0].min_changes, 0);
  assert_int_equal(s->rows[2].org, -1); /* no organisation predikat */
  assert_int_equal(s->rows[2].n_rules, 0);
  assert_int_equal(s->rows[2].compliant, -1);
  assert_int_equal(s->n_total, 173);
  assert_true(has(f.note, "1 OPD tidak patuh"));
  assert_false(has(f.note, "tidak dapat dipenuhi")); /* KECIL is greyed: no verdict at all */
  assert_true(has(f.note, "kurang dari 5 pegawai tidak ditampilkan"));
  kj_figure_free(&f);

  /* a shown OPD whose rules cannot hold for its n: "not assessed", said in the note */
  fx.opd[4].org = KJ_ORG_ISTIMEWA;
  fx.kurva[4].status = KJ_KURVA_MUSTAHIL;
  fx.kurva[4].cek = (kj_curve_result){10, 2, {0, 1}, 0, 0, -1, {-1, -1, -1, -1, -1}};
  BUILD(kj_fig_distribusi(&fx.r, KJ_LANG_ID, &f, &e));
  assert_int_equal(f.spec.distribusi.rows[2].org, KJ_ORG_ISTIMEWA);
  assert_int_equal(f.spec.distribusi.rows[2].compliant, -1);
  assert_int_equal(f.spec.distribusi.rows[2].min_changes, 0);
  assert_int_equal(f.spec.distribusi.rows[2].rules[0].pass, 0);
  assert_true(has(f.note, "Kurva tidak dapat dipenuhi untuk jumlah pegawainya: BTPO (n = 10)."));
  kj_figure_free(&f);
}

static void kurva_counts_city_shares_and_chi_square_note(void **state) {
  (void)state;
  kj_error e = {0};
  kj_figure f;
  BUILD(kj_fig_kurva(&fx.r, 0, KJ_LANG_ID, &f, &e));
  const kj_kurva_spec *s = &f.spec.kurva;
  assert_string_equal(f.stem, "opd_DINKES_kurva");
  assert_int_equal(f.opd, 0);
  assert_int_equal(s->n, 40);
  assert_int_equal(s->count[KJ_SANGAT_BAIK], 20);
  assert_double_equal(s->share[KJ_KURANG], 1.0 / 40, 1e-15);
  assert_non_null(s->city_share);
  assert_double_equal(s->city_share[KJ_SANGAT_BAIK], 95.0 / 173, 1e-15);
  assert_int_equal(s->n_rules, 3);
  assert_int_equal(s->compliant, 0);
  assert_int_equal(s->min_changes, 5);
  assert_true(has(f.title, "Dinas Kesehatan"));
  /* the p used (Monte Carlo) and its BH q, which alone calls the distribution different */
  assert_true(has(f.note, "\xCF\x87\xC2\xB2 = 9,5 (df 3), p Monte Carlo = 0,021, q = 0,040"));
  assert_true(has(f.note, "sebaran berbeda dari OPD lain"));
  kj_figure_free(&f);

  BUILD(kj_fig_kurva(&fx.r, 4, KJ_LANG_EN, &f, &e));
  assert_int_equal(f.spec.kurva.org, -1);
  assert_int_equal(f.spec.kurva.n_rules, 0);
  assert_int_equal(f.spec.kurva.compliant, -1);
  assert_string_equal(f.stem, "opd_TANPA_kurva");
  kj_figure_free(&f);

  BUILD(kj_fig_kurva(&fx.r, 2, KJ_LANG_ID, &f, &e));
  assert_true(f.spec.kurva.insufficient);
  assert_int_equal(f.spec.kurva.compliant, -1);
  for (int k = 0; k < f.spec.kurva.n_rules; k++) assert_int_equal(f.spec.kurva.rules[k].pass, -1);
  kj_figure_free(&f);
  assert_int_equal(kj_fig_kurva(&fx.r, 5, KJ_LANG_ID, &f, &e), KJ_INTERNAL); /* KOTA is no OPD */
  kj_figure_free(&f);
}

static void tren_keeps_monthly_periods_and_picks_the_telling_opd(void **state) {
  (void)state;
  kj_error e = {0};
  kj_figure f;
  BUILD(kj_fig_tren(&fx.r, KJ_UK_IKP, KJ_LANG_ID, &f, &e));
  const kj_tren_spec *s = &f.spec.tren;
  assert_string_equal(f.stem, "kota_tren_ikp");
  assert_int_equal(s->k, 3); /* 2025-S1 is a semester: not on a monthly axis */
  assert_string_equal(s->periods[0], "Jan 2025");
  assert_string_equal(s->periods[2], "Mar 2025");
  assert_double_equal(s->city_mean[1], 105.5, 0);
  assert_double_equal(s->city_low[1], 104.5, 0);
  assert_double_equal(s->city_high[1], 106.5, 0);
  assert_int_equal(s->city_trend, KJ_TREND_STABIL);
  /* highest IKP (DINKES, also the rising one), lowest (TANPA), clearest fall (DISDIK) */
  assert_int_equal(s->n_series, 3);
  assert_string_equal(s->series[0].name, "Dinas Kesehatan");
  assert_int_equal(s->series[0].trend, KJ_TREND_NAIK);
  assert_string_equal(s->series[1].short_name, "BTPO");
  assert_true(isnan(s->series[1].mean[1])); /* a period under min_kelompok: a gap */
  assert_string_equal(s->series[2].name, "Dinas Pendidikan");
  assert_int_equal(s->series[2].trend, KJ_TREND_TURUN);
  assert_true(has(f.title, "bulanan"));
  assert_true(has(f.subtitle, "Jan 2025 \xE2\x80\x93 Mar 2025"));
  kj_figure_free(&f);

  BUILD(kj_fig_tren(&fx.r, KJ_UK_IKP, KJ_LANG_EN, &f, &e));
  assert_true(has(f.title, "Monthly trend of IKP"));
  kj_figure_free(&f);
}

static void tren_without_any_city_mean_is_a_data_message(void **state) {
  (void)state;
  for (int t = 0; t < FX_NP; t++) fx_titik(&fx, KJ_KOTA(&fx.r), KJ_UK_CAPAIAN, t)->mean = NAN;
  kj_error e = {0};
  kj_figure f;
  assert_int_equal(kj_fig_tren(&fx.r, KJ_UK_CAPAIAN, KJ_LANG_ID, &f, &e), KJ_DATA);
  assert_true(has(e.msg, "capaian"));
  kj_figure_free(&f);
}

/* 25 years of monthly means (a long --from/--to window): the chart tells
 * 240 periods apart, so the figure keeps the most recent 240. */
static void tren_of_a_long_window_keeps_the_last_240_months(void **state) {
  (void)state;
  enum { NP = 300 };
  kj_analysis r;
  memset(&r, 0, sizeof r);
  kj_params_defaults(&r.params);
  r.tahun = 2024;
  kj_an_opd city = {"KOTA", "Kota Padangsidimpuan", NULL, -1, -1, NAN};
  kj_opd_stat st;
  memset(&st, 0, sizeof st);
  st.n_pegawai = 900;
  kj_tren tr[KJ_UKURAN_N];
  memset(tr, 0, sizeof tr);
  tr[KJ_UK_IKP].jenis = 'M';
  char(*per)[16] = calloc(NP, sizeof *per);
  kj_tren_titik *pts = calloc((size_t)KJ_UKURAN_N * NP, sizeof *pts);
  for (int t = 0; t < NP; t++) {
    snprintf(per[t], 16, "%04d-%02d", 2000 + t / 12, 1 + t % 12);
    pts[t] = (kj_tren_titik){900, 100 + t * 0.01, NAN, NAN};
  }
  r.n_opd = 0;
  r.opd = &city;
  r.stat = &st;
  r.tren = tr;
  r.n_periode = NP;
  r.periode = per;
  r.titik = pts;
  kj_figure f;
  kj_error e = {0};
  BUILD(kj_fig_tren(&r, KJ_UK_IKP, KJ_LANG_EN, &f, &e));
  assert_int_equal(f.spec.tren.k, 240);
  assert_string_equal(f.spec.tren.periods[0], "Jan 2005"); /* period 60 */
  assert_string_equal(f.spec.tren.periods[239], "Dec 2024");
  assert_double_equal(f.spec.tren.city_mean[0], 100.6, 1e-9);
  assert_true(isnan(f.spec.tren.city_low[0]));
  assert_int_equal(f.spec.tren.n_series, 0);
  kj_chart_result res = {0};
  assert_int_equal(kj_figure_render(&f, KJ_CHART_SVG, NULL, &res, &e), KJ_OK);
  kj_chart_result_free(&res);
  kj_figure_free(&f);
  free(per);
  free(pts);
}

static void heatmap_columns_labels_and_ikp_order(void **state) {
  (void)state;
  kj_error e = {0};
  kj_figure f;
  BUILD(kj_fig_heatmap(&fx.r, KJ_LANG_ID, &f, &e));
  const kj_heatmap_spec *s = &f.spec.heatmap;
  assert_int_equal(s->n_cols, KJ_DIMENSI_N); /* two OPD have SKM data */
  assert_string_equal(s->cols[KJ_UK_IKP], "IKP");
  assert_string_equal(s->cols[KJ_UK_NILAI + KJ_ADAPTIF], "Adaptif");
  assert_string_equal(s->cols[KJ_DIM_SKM + 7], "SKM U8 Pengaduan");
  assert_int_equal(s->n_rows, 4);
  assert_string_equal(s->rows[0].name, "Dinas Kesehatan"); /* IKP 110 */
  assert_string_equal(s->rows[1].name, "Dinas Pendidikan");
  assert_string_equal(s->rows[2].name, FX_LONG);
  assert_string_equal(s->rows[3].name, "Kantor Urusan Kecil");
  assert_true(s->rows[3].insufficient);
  assert_double_equal(s->rows[0].d[KJ_UK_IKP], 0.8, 0);
  assert_int_equal(s->rows[0].label[KJ_UK_IKP], KJ_HEAT_KEKUATAN);
  assert_int_equal(s->rows[0].label[KJ_UK_NILAI + KJ_ADAPTIF], KJ_HEAT_KELEMAHAN);
  assert_int_equal(s->rows[0].label[KJ_UK_CAPAIAN], KJ_HEAT_SETARA);
  assert_true(isnan(s->rows[1].d[KJ_DIM_SKM])); /* DISDIK has no survey */
  assert_double_equal(s->rows[2].d[KJ_DIM_SKM], 0.10, 1e-12);
  assert_double_equal(s->alpha, 0.05, 0);
  assert_double_equal(s->efek_min, 0.2, 0);
  kj_figure_free(&f);

  for (int o = 0; o < FX_OPD; o++)
    for (int d = KJ_DIM_SKM; d < KJ_DIMENSI_N; d++) fx.kk[o * KJ_DIMENSI_N + d].ada = 0;
  BUILD(kj_fig_heatmap(&fx.r, KJ_LANG_EN, &f, &e));
  assert_int_equal(f.spec.heatmap.n_cols, KJ_UKURAN_N);
  assert_string_equal(f.spec.heatmap.cols[KJ_UK_NILAI], "Service orientation");
  kj_figure_free(&f);
}

static void skm_thresholds_follow_the_weight(void **state) {
  (void)state;
  kj_error e = {0};
  kj_figure f;
  BUILD(kj_fig_skm(&fx.r, 4, KJ_LANG_ID, &f, &e));
  const kj_skm_spec *s = &f.spec.skm;
  assert_string_equal(f.stem, "unit_PKM.A_skm");
  assert_int_equal(f.unit, 4);
  assert_int_equal(f.opd, 0);
  assert_string_equal(s->unit_name, "Puskesmas Anggrek");
  assert_double_equal(s->nrr[3], 3.5, 0);
  assert_double_equal(s->ci_low[3], 3.4, 1e-12);
  assert_double_equal(s->ci_high[3], 3.6, 1e-12);
  assert_int_equal(s->weakest, 7);
  assert_int_equal(s->grade, 'B');
  assert_int_equal(s->n_responden, 150);
  assert_int_equal(s->min_responden, 30);
  /* w = 1/9: IKM = 25 * mean NRR, so the cut-offs are IKM / 25 */
  assert_double_equal(s->threshold[0], 65.00 / 25, 1e-12);
  assert_double_equal(s->threshold[1], 76.61 / 25, 1e-12);
  assert_double_equal(s->threshold[2], 88.31 / 25, 1e-12);
  assert_true(has(f.subtitle, "Dinas Kesehatan"));
  assert_true(has(f.note, "bobot 1/9"));
  kj_figure_free(&f);

  /* w = 0.11: IKM = 25 * 0.99 * mean NRR */
  fx.r.params.skm_bobot = 0.11;
  snprintf(fx.r.params.skm_bobot_text, sizeof fx.r.params.skm_bobot_text, "0.11");
  BUILD(kj_fig_skm(&fx.r, -1, KJ_LANG_ID, &f, &e));
  assert_string_equal(f.stem, "kota_skm");
  assert_string_equal(f.spec.skm.unit_name, "Kota Padangsidimpuan");
  assert_double_equal(f.spec.skm.threshold[2], 88.31 / 24.75, 1e-12);
  assert_int_equal(f.spec.skm.n_responden, 170);
  kj_figure_free(&f);

  assert_int_equal(kj_fig_skm(&fx.r, 1, KJ_LANG_ID, &f, &e), KJ_DATA); /* DISDIK: no survey */
  assert_true(has(e.msg, "DISDIK"));
  kj_figure_free(&f);
}

static void sebaran_points_flags_and_association(void **state) {
  (void)state;
  kj_error e = {0};
  kj_figure f;
  BUILD(kj_fig_sebaran(&fx.r, KJ_LANG_ID, &f, &e));
  const kj_sebaran_spec *s = &f.spec.sebaran;
  assert_int_equal(s->n_points, 2);
  assert_string_equal(s->points[0].name, "Puskesmas Anggrek");
  assert_double_equal(s->points[0].ikp, 112, 0);
  assert_double_equal(s->points[0].ikm, 78.3, 0);
  assert_true(s->points[0].flagged);
  assert_false(s->points[1].flagged);
  assert_double_equal(s->r, -0.5, 0);
  assert_double_equal(s->r_low, -0.9, 0);
  assert_double_equal(s->r_high, 0.3, 0);
  assert_double_equal(s->rho, -0.4, 0);
  assert_int_equal(s->year, 2025);
  assert_true(isnan(s->intercept) && isnan(s->slope));  /* two units: no line */
  assert_double_equal(s->flag_ikp, 106 + 8.5, 1e-12);   /* z = +1 */
  assert_double_equal(s->flag_ikm, 81.65 - 4.7, 1e-12); /* z = -1 */
  assert_true(has(f.note, "bukan sebab-akibat"));
  kj_figure_free(&f);

  fx.r.skm_garis.fit.intercept = 150;
  fx.r.skm_garis.fit.slope = -0.65;
  fx.r.skm_garis.sd_ikm = 0; /* all units equal: no cut-off to draw */
  BUILD(kj_fig_sebaran(&fx.r, KJ_LANG_ID, &f, &e));
  assert_double_equal(f.spec.sebaran.intercept, 150, 0);
  assert_double_equal(f.spec.sebaran.slope, -0.65, 0);
  assert_true(isnan(f.spec.sebaran.flag_ikm));
  kj_figure_free(&f);

  fx.r.n_skm_ikp = 0;
  assert_int_equal(kj_fig_sebaran(&fx.r, KJ_LANG_ID, &f, &e), KJ_DATA);
  kj_figure_free(&f);
}

static void kesetaraan_rows_ci_band_and_flags(void **state) {
  (void)state;
  kj_figure f;
  kj_error e = {0};
  assert_int_equal(kj_fig_kesetaraan(&fx.r, KJ_LANG_ID, &f, &e), KJ_OK);
  const kj_kesetaraan_spec *s = &f.spec.kesetaraan;
  assert_int_equal(s->n_rows, 2);
  assert_string_equal(s->rows[0].label, "PPPK vs PNS");
  assert_true(s->rows[0].gap == -8.8 && s->rows[0].ci_low == -11.76 && s->rows[0].flagged);
  assert_true(s->rows[0].n == 40 && s->rows[0].n_ref == 200);
  assert_string_equal(s->rows[1].label, "Golongan I-II vs III");
  assert_true(isnan(s->rows[1].gap) && !s->rows[1].flagged); /* not enough data: no figure */
  assert_true(s->band == 5);
  assert_string_equal(f.stem, "kota_kesetaraan");
  assert_true(has(f.note, "bukan bukti diskriminasi"));
  kj_figure_free(&f);
  /* no contrast with data: the chart is not drawn */
  fx.r.n_setara = 1;
  fx.setara[0].label = KJ_SETARA_TCD;
  assert_int_equal(kj_fig_kesetaraan(&fx.r, KJ_LANG_ID, &f, &e), KJ_DATA);
  kj_figure_free(&f);
}

static void profil_values_ci_and_greyed_opd(void **state) {
  (void)state;
  kj_error e = {0};
  kj_figure f;
  BUILD(kj_fig_profil(&fx.r, 0, KJ_LANG_ID, &f, &e));
  const kj_profil_spec *s = &f.spec.profil;
  assert_string_equal(f.stem, "opd_DINKES_profil");
  assert_double_equal(s->opd[KJ_AKUNTABEL], 3.7 + 0.12, 1e-12);
  assert_double_equal(s->opd_low[KJ_AKUNTABEL], 3.7 + 0.12 - 0.1, 1e-12);
  assert_double_equal(s->city[KJ_AKUNTABEL], 3.7 + 1.3 / 50, 1e-12);
  assert_int_equal(s->n, 40);
  assert_int_equal(s->n_city, 173);
  assert_false(s->insufficient);
  kj_figure_free(&f);

  BUILD(kj_fig_profil(&fx.r, 2, KJ_LANG_ID, &f, &e));
  assert_true(f.spec.profil.insufficient);
  assert_int_equal(f.spec.profil.n, 3);
  assert_true(isnan(f.spec.profil.opd[0]));
  kj_figure_free(&f);

  fx.stat[KJ_KOTA(&fx.r)].ukuran[KJ_UK_NILAI + KJ_LOYAL].mean = NAN;
  assert_int_equal(kj_fig_profil(&fx.r, 0, KJ_LANG_ID, &f, &e), KJ_DATA);
  assert_true(has(e.msg, "LOYAL"));
  kj_figure_free(&f);
}

static void all_lists_every_chart_with_unique_stems(void **state) {
  (void)state;
  kj_error e = {0};
  kj_figure_list l;
  assert_int_equal(kj_figures_all(&fx.r, KJ_LANG_ID, &l, &e), KJ_OK);
  static const char *const want[] = {
      "kota_peringkat_ikp", "kota_peringkat_capaian", "kota_distribusi",
      "kota_tren_ikp",      "kota_heatmap",           "kota_skm",
      "kota_sebaran",       "kota_kesetaraan",        "opd_DINKES_profil",      "opd_DINKES_kurva",
      "opd_DISDIK_profil",  "opd_DISDIK_kurva",       "opd_KECIL_profil",
      "opd_KECIL_kurva",    "opd_TANPA_profil",       "opd_TANPA_kurva",
      "unit_PKM.A_skm",     "unit_UPT.B_skm"};
  int n = (int)(sizeof want / sizeof want[0]);
  assert_int_equal(l.n, n);
  for (int i = 0; i < n; i++) assert_string_equal(l.f[i].stem, want[i]);
  assert_int_equal(l.n_skipped, 1);
  assert_true(has(l.skipped[0], "KOSONG"));
  assert_ptr_equal(kj_figure_list_find(&l, "kota_heatmap"), &l.f[4]);
  assert_null(kj_figure_list_find(&l, "nope"));
  kj_figure_list_free(&l);
  assert_int_equal(l.n, 0);
  kj_figure_list_free(&l); /* idempotent */
}

static void all_skips_what_the_data_cannot_support(void **state) {
  (void)state;
  fx.r.n_skm_unit = 0;
  fx.r.n_skm_ikp = 0;
  fx.skm_opd[KJ_KOTA(&fx.r)].n_responden = 0;
  kj_error e = {0};
  kj_figure_list l;
  assert_int_equal(kj_figures_all(&fx.r, KJ_LANG_EN, &l, &e), KJ_OK);
  assert_null(kj_figure_list_find(&l, "kota_skm"));
  assert_null(kj_figure_list_find(&l, "kota_sebaran"));
  assert_int_equal(l.n_skipped, 3);
  assert_true(has(l.skipped[0], "kota_skm: no SKM survey"));
  assert_true(has(l.skipped[1], "kota_sebaran"));
  kj_figure_list_free(&l);
}

static void unit_codes_that_clash_as_file_names_get_numbered(void **state) {
  (void)state;
  fx.unit[6].kode = (char *)"PKM/A"; /* safe name PKM_A */
  fx.unit[4].kode = (char *)"PKM_A";
  fx.opd[1].kode = "../dinkes"; /* never a path */
  kj_error e = {0};
  kj_figure_list l;
  assert_int_equal(kj_figures_all(&fx.r, KJ_LANG_ID, &l, &e), KJ_OK);
  assert_non_null(kj_figure_list_find(&l, "unit_PKM_A_skm"));
  assert_non_null(kj_figure_list_find(&l, "unit_PKM_A_skm_2"));
  assert_non_null(kj_figure_list_find(&l, "opd_.._dinkes_profil"));
  for (int i = 0; i < l.n; i++) assert_null(strchr(l.f[i].stem, '/'));
  kj_figure_list_free(&l);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup(peringkat_ikp_rows_values_and_greyed_small_groups, setup),
      cmocka_unit_test_setup(peringkat_sorted_by_the_chart_with_small_groups_last, setup),
      cmocka_unit_test_setup(peringkat_of_a_score_uses_the_1_to_5_scale_and_english, setup),
      cmocka_unit_test_setup(distribusi_orders_by_sangat_baik_and_converts_rules, setup),
      cmocka_unit_test_setup(kurva_counts_city_shares_and_chi_square_note, setup),
      cmocka_unit_test_setup(tren_keeps_monthly_periods_and_picks_the_telling_opd, setup),
      cmocka_unit_test_setup(tren_without_any_city_mean_is_a_data_message, setup),
      cmocka_unit_test_setup(tren_of_a_long_window_keeps_the_last_240_months, setup),
      cmocka_unit_test_setup(heatmap_columns_labels_and_ikp_order, setup),
      cmocka_unit_test_setup(skm_thresholds_follow_the_weight, setup),
      cmocka_unit_test_setup(sebaran_points_flags_and_association, setup),
      cmocka_unit_test_setup(kesetaraan_rows_ci_band_and_flags, setup),
      cmocka_unit_test_setup(profil_values_ci_and_greyed_opd, setup),
      cmocka_unit_test_setup(all_lists_every_chart_with_unique_stems, setup),
      cmocka_unit_test_setup(all_skips_what_the_data_cannot_support, setup),
      cmocka_unit_test_setup(unit_codes_that_clash_as_file_names_get_numbered, setup),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  return rc;
}
