/* test_figures_render.c — every figure the list builds draws in every
 * format: a valid PNG at twice the point size, SVG, a one-page PDF, the
 * same bytes on every run; and degenerate cities (one OPD, all values
 * equal, every group too small, no OPD with employees, very long names)
 * still draw a chart or give a clear message, never a failure. */
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
#include "testutil.h"

static fig_fx fx;

static int setup(void **state) {
  (void)state;
  fx_init(&fx);
  return 0;
}

static uint32_t be32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int contains(const unsigned char *d, size_t n, const char *s) {
  size_t k = strlen(s);
  for (size_t i = 0; i + k <= n; i++)
    if (memcmp(d + i, s, k) == 0) return 1;
  return 0;
}

static long count(const unsigned char *d, size_t n, const char *s) {
  size_t k = strlen(s);
  long c = 0;
  for (size_t i = 0; i + k <= n; i++) c += memcmp(d + i, s, k) == 0;
  return c;
}

/* Draws f in format fmt twice and checks the bytes are a valid file of that
 * format, of the size the result reports, identical both times. */
static void check_format(const kj_figure *f, kj_chart_format fmt) {
  kj_chart_result a = {0}, b = {0};
  kj_error e = {0};
  if (kj_figure_render(f, fmt, NULL, &a, &e) != KJ_OK)
    fail_msg("%s.%s: %s", f->stem, kj_chart_format_ext(fmt), e.msg);
  assert_int_equal(kj_figure_render(f, fmt, NULL, &b, &e), KJ_OK);
  assert_int_equal(a.len, b.len);
  if (memcmp(a.data, b.data, a.len) != 0) fail_msg("%s: two runs differ", f->stem);
  assert_int_equal(a.pages, 1);
  switch (fmt) {
  case KJ_CHART_PNG: {
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    assert_true(a.len > 33);
    assert_memory_equal(a.data, sig, 8);
    assert_memory_equal(a.data + 12, "IHDR", 4);
    assert_int_equal(be32(a.data + 16), (uint32_t)a.width_px);
    assert_int_equal(be32(a.data + 20), (uint32_t)a.height_px);
    /* 2x scale for embedding */
    assert_int_equal(a.width_px, (int)(2 * a.width_pt + 0.5));
    assert_int_equal(a.height_px, (int)(2 * a.height_pt + 0.5));
    assert_true(contains(a.data + a.len - 12, 12, "IEND"));
    break;
  }
  case KJ_CHART_SVG:
    assert_true(contains(a.data, a.len < 200 ? a.len : 200, "<svg"));
    assert_true(contains(a.data + a.len - 16, 16, "</svg>"));
    assert_int_equal(a.width_px, 0);
    break;
  case KJ_CHART_PDF:
    assert_memory_equal(a.data, "%PDF-", 5);
    assert_true(contains(a.data + a.len - 8, 8, "%%EOF"));
    assert_int_equal(count(a.data, a.len, "/Type /Page\n") + count(a.data, a.len, "/Type /Page "),
                     1);
    assert_true(contains(a.data, a.len, "D:20260114")); /* creation date from the data */
    break;
  default: fail();
  }
  kj_chart_result_free(&a);
  kj_chart_result_free(&b);
}

/* Builds the list for the current fixture and draws every figure in every
 * format; returns the number of figures. */
static int draw_all(kj_lang lang) {
  kj_figure_list l;
  kj_error e = {0};
  if (kj_figures_all(&fx.r, lang, &l, &e) != KJ_OK) fail_msg("%s", e.msg);
  for (int i = 0; i < l.n; i++)
    for (int fmt = 0; fmt < KJ_CHART_FORMAT_N; fmt++) check_format(&l.f[i], (kj_chart_format)fmt);
  int n = l.n;
  kj_figure_list_free(&l);
  return n;
}

static void every_figure_draws_in_every_format_identically(void **state) {
  (void)state;
  assert_int_equal(draw_all(KJ_LANG_ID), 18); /* 8 city charts with kesetaraan */
}

static void english_figures_draw_english_text(void **state) {
  (void)state;
  kj_figure f;
  kj_error e = {0};
  assert_int_equal(kj_fig_distribusi(&fx.r, KJ_LANG_EN, &f, &e), KJ_OK);
  kj_chart_result res = {0};
  assert_int_equal(kj_figure_render(&f, KJ_CHART_SVG, NULL, &res, &e), KJ_OK);
  assert_true(kj_chart_result_has_text(&res, "Outstanding"));
  assert_false(kj_chart_result_has_text(&res, "Sangat Baik"));
  kj_chart_result_free(&res);
  kj_figure_free(&f);
  assert_int_equal(draw_all(KJ_LANG_EN), 18);
}

static void figures_outlive_the_analysis(void **state) {
  (void)state;
  kj_figure f;
  kj_error e = {0};
  assert_int_equal(kj_fig_heatmap(&fx.r, KJ_LANG_ID, &f, &e), KJ_OK);
  memset(&fx, 0xA5, sizeof fx); /* the analysis is gone: the figure owns its text */
  check_format(&f, KJ_CHART_PNG);
  kj_figure_free(&f);
  kj_figure_free(&f); /* NULL-safe and idempotent */
  kj_figure_free(NULL);
}

static void render_to_a_file_is_atomic(void **state) {
  (void)state;
  char *dir = kj_test_tmpdir("figures");
  size_t n = strlen(dir) + 32;
  char *path = malloc(n);
  snprintf(path, n, "%s/kota_skm.pdf", dir);
  kj_figure f;
  kj_error e = {0};
  assert_int_equal(kj_fig_skm(&fx.r, -1, KJ_LANG_ID, &f, &e), KJ_OK);
  assert_int_equal(kj_figure_render(&f, KJ_CHART_PDF, path, NULL, &e), KJ_OK);
  size_t len = 0;
  char *data = kj_test_read(path, &len);
  assert_non_null(data);
  assert_memory_equal(data, "%PDF-", 5);
  free(data);
  kj_figure_free(&f);
  kj_test_rmtree(dir);
  free(path);
  free(dir);
}

/* One OPD: the city row moves to index 1. */
static void one_opd_city_draws(void **state) {
  (void)state;
  const int K = FX_OPD;
  fx.opd[1] = fx.opd[K];
  fx.stat[1] = fx.stat[K];
  fx.kurva[1] = fx.kurva[K];
  fx.skm_opd[1] = fx.skm_opd[K];
  for (int uk = 0; uk < KJ_UKURAN_N; uk++) {
    fx.tren[KJ_UKURAN_N + uk] = fx.tren[K * KJ_UKURAN_N + uk];
    for (int t = 0; t < FX_NP; t++) *fx_titik(&fx, 1, uk, t) = *fx_titik(&fx, K, uk, t);
  }
  fx.r.n_opd = 1;
  fx.r.n_skm_unit = 1; /* PKM.A, of DINKES */
  fx.r.n_skm_ikp = 1;
  assert_int_equal(draw_all(KJ_LANG_ID), 11);
  kj_figure f;
  kj_error e = {0};
  assert_int_equal(kj_fig_tren(&fx.r, KJ_UK_IKP, KJ_LANG_ID, &f, &e), KJ_OK);
  assert_int_equal(f.spec.tren.n_series, 1);
  kj_figure_free(&f);
}

static void all_values_equal_draws(void **state) {
  (void)state;
  for (int o = 0; o <= FX_OPD; o++) {
    if (o == 3) continue; /* KOSONG stays empty */
    fx.stat[o].n_pegawai = 50;
    fx.stat[o].cukup = 1;
    for (int uk = 0; uk < KJ_UKURAN_N; uk++)
      fx_desc(&fx.stat[o].ukuran[uk], 50, uk >= KJ_UK_NILAI ? 4 : 100, 0);
    const long c[5] = {0, 50, 0, 0, 0};
    for (int p = 0; p < KJ_PREDIKAT_N; p++) {
      fx.stat[o].predikat_n[p] = fx.kurva[o].count[p] = c[p];
      fx.stat[o].predikat_share[p] = (double)c[p] / 50;
    }
    fx.stat[o].n_predikat = fx.kurva[o].n = 50;
    for (int t = 0; t < FX_NP; t++) {
      kj_tren_titik *q = fx_titik(&fx, o, KJ_UK_IKP, t);
      q->mean = q->ci_low = q->ci_high = 100;
    }
  }
  for (int i = 0; i < FX_OPD * KJ_DIMENSI_N; i++) {
    fx.kk[i].d = 0;
    fx.kk[i].label = KJ_KK_SETARA;
  }
  fx.kurva[0].cek = (kj_curve_result){50, 3, {1, 0, 0}, 0, 1, 15, {0, 35, 15, 0, 0}};
  fx.kurva[2].status = KJ_KURVA_PATUH;
  fx.kurva[2].cek = (kj_curve_result){50, 3, {1, 1, 1}, 1, 1, 0, {0}};
  assert_int_equal(draw_all(KJ_LANG_ID), 18); /* 8 city charts with kesetaraan */
}

static void every_group_too_small_draws_greyed(void **state) {
  (void)state;
  fx.r.params.min_kelompok = 1000; /* what --min-group 1000 would give */
  for (int o = 0; o < FX_OPD; o++) {
    fx_opd(&fx, o, fx.opd[o].kode, fx.opd[o].nama, fx.opd[o].singkatan, fx.stat[o].n_pegawai, NAN,
           fx.kurva[o].count);
    for (int d = 0; d < KJ_DIMENSI_N; d++) fx.kk[o * KJ_DIMENSI_N + d].label = KJ_KK_TCD;
  }
  assert_int_equal(draw_all(KJ_LANG_ID), 18); /* 8 city charts with kesetaraan */
  kj_figure f;
  kj_error e = {0};
  assert_int_equal(kj_fig_peringkat(&fx.r, KJ_UK_IKP, KJ_LANG_ID, &f, &e), KJ_OK);
  for (int i = 0; i < f.spec.peringkat.n_rows; i++)
    assert_true(f.spec.peringkat.rows[i].insufficient);
  assert_int_equal(f.spec.peringkat.min_kelompok, 1000);
  kj_figure_free(&f);
  assert_int_equal(kj_fig_tren(&fx.r, KJ_UK_IKP, KJ_LANG_ID, &f, &e), KJ_OK);
  assert_int_equal(f.spec.tren.n_series, 0); /* the city line alone */
  kj_figure_free(&f);
}

static void no_opd_with_employees_draws_empty_charts(void **state) {
  (void)state;
  for (int o = 0; o < FX_OPD; o++) fx.stat[o].n_pegawai = 0;
  kj_figure_list l;
  kj_error e = {0};
  assert_int_equal(kj_figures_all(&fx.r, KJ_LANG_ID, &l, &e), KJ_OK);
  const kj_figure *p = kj_figure_list_find(&l, "kota_peringkat_ikp");
  assert_non_null(p);
  assert_int_equal(p->spec.peringkat.n_rows, 0);
  kj_chart_result res = {0};
  assert_int_equal(kj_figure_render(p, KJ_CHART_PNG, NULL, &res, &e), KJ_OK);
  assert_true(kj_chart_result_has_text(&res, "Tidak ada data untuk ditampilkan."));
  kj_chart_result_free(&res);
  assert_int_equal(l.n_skipped, FX_OPD); /* no OPD chart for any of them */
  for (int i = 0; i < l.n; i++)
    for (int fmt = 0; fmt < KJ_CHART_FORMAT_N; fmt++) check_format(&l.f[i], (kj_chart_format)fmt);
  kj_figure_list_free(&l);
}

static void very_long_names_are_shortened_not_overlapping(void **state) {
  (void)state;
  kj_figure f;
  kj_error e = {0};
  fx.opd[4].singkatan = NULL; /* no short name to fall back on */
  assert_int_equal(kj_fig_heatmap(&fx.r, KJ_LANG_ID, &f, &e), KJ_OK);
  kj_chart_result res = {0};
  assert_int_equal(kj_figure_render(&f, KJ_CHART_PNG, NULL, &res, &e), KJ_OK);
  assert_true(res.n_shortened >= 1); /* ellipsized in its row, not drawn over the cells */
  kj_chart_result_free(&res);
  kj_figure_free(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup(every_figure_draws_in_every_format_identically, setup),
      cmocka_unit_test_setup(english_figures_draw_english_text, setup),
      cmocka_unit_test_setup(figures_outlive_the_analysis, setup),
      cmocka_unit_test_setup(render_to_a_file_is_atomic, setup),
      cmocka_unit_test_setup(one_opd_city_draws, setup),
      cmocka_unit_test_setup(all_values_equal_draws, setup),
      cmocka_unit_test_setup(every_group_too_small_draws_greyed, setup),
      cmocka_unit_test_setup(no_opd_with_employees_draws_empty_charts, setup),
      cmocka_unit_test_setup(very_long_names_are_shortened_not_overlapping, setup),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  return rc;
}
