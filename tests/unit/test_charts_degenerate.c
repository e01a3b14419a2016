/* test_charts_degenerate.c — the inputs that break naive charts: one OPD,
 * all values equal, nothing to show, a 200-character name, every group
 * below min_kelompok. Each must draw a sensible chart or a clear message
 * (never crash, never NaN text). With KJ_CHART_GALLERY=DIR the PNGs are
 * kept there as degenerate_*.png for looking at them. */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "charts_samples.h"

static char long_name[201], long_word[201];

static int setup(void **state) {
  (void)state;
  /* 200 characters of a plausible name, and 200 without a space */
  const char *piece = "Dinas Pemberdayaan Masyarakat dan Desa ";
  for (int i = 0; i < 200; i++) {
    long_name[i] = piece[i % strlen(piece)];
    long_word[i] = (char)('A' + i % 26);
  }
  return 0;
}

/* 1 when s has w as a whole word, ignoring case ("nan", not "layanan"). */
static int has_word(const char *s, const char *w) {
  size_t n = strlen(w);
  for (const char *p = s; *p; p++) {
    if (strncasecmp(p, w, n) != 0) continue;
    int before = p > s && isalpha((unsigned char)p[-1]);
    int after = isalpha((unsigned char)p[n]);
    if (!before && !after) return 1;
  }
  return 0;
}

/* Renders as PNG (kept in the gallery when asked for), checks the basics
 * and that no text reads "nan" or "inf". */
static kj_chart_result draw(kj_chart_kind k, const void *spec, const char *tag) {
  const char *keep = getenv("KJ_CHART_GALLERY");
  char path[1024];
  snprintf(path, sizeof path, "%s/degenerate_%s_%s.png", keep ? keep : "", kj_chart_kind_name(k),
           tag);
  kj_chart_out o = sample_out(KJ_CHART_PNG, NULL);
  kj_chart_result r = {0};
  kj_error e = {0};
  if (kj_chart_render(k, spec, &o, &r, &e) != KJ_OK)
    fail_msg("%s/%s: %s", kj_chart_kind_name(k), tag, e.msg);
  assert_true(r.len > 500 && r.width_px > 0 && r.height_px > 0);
  for (int i = 0; i < r.n_texts; i++)
    if (has_word(r.texts[i], "nan") || has_word(r.texts[i], "inf"))
      fail_msg("%s/%s draws \"%s\"", kj_chart_kind_name(k), tag, r.texts[i]);
  if (keep && *keep) {
    FILE *f = fopen(path, "wb");
    if (f) {
      fwrite(r.data, 1, r.len, f);
      fclose(f);
    }
  }
  return r;
}

static void one_opd_draws_every_row_chart(void **state) {
  (void)state;
  kj_peringkat_row pr = {"Dinas Kesehatan", "Dinkes", 412, 104.2, 101.9, 106.5, 0, 0, 0, 0};
  kj_peringkat_spec p = {&pr, 1, 104.2, "Rata-rata IKP", "%", 1, 5, 0, 0, 0, 412};
  kj_chart_result r = draw(KJ_CHART_PERINGKAT, &p, "one");
  assert_int_equal(r.n_rows, 1);
  assert_true(kj_chart_result_has_text(&r, "104,2"));
  kj_chart_result_free(&r);
  kj_distribusi_row dr = sample_distribusi().rows[10];
  kj_distribusi_spec d = {&dr, 1, 5, dr.n};
  r = draw(KJ_CHART_DISTRIBUSI, &d, "one");
  assert_int_equal(r.n_rows, 1);
  kj_chart_result_free(&r);
  double dv[1] = {0.42};
  int lab[1] = {KJ_HEAT_KEKUATAN};
  const char *cols[1] = {"IKP"};
  kj_heatmap_row hr = {"Dinas Kesehatan", NULL, 412, dv, lab, 0};
  kj_heatmap_spec h = {&hr, 1, cols, 1, 1.0, 0.05, 0.2, 5, 412};
  r = draw(KJ_CHART_HEATMAP, &h, "one");
  assert_true(kj_chart_result_has_text(&r, "\xE2\x96\xB2"
                                           "0,42"));
  kj_chart_result_free(&r);
  kj_sebaran_point pt = {"Puskesmas Sadabuan", NULL, 101.5, 78.2, 0};
  kj_sebaran_spec s = {&pt, 1, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, 2024};
  r = draw(KJ_CHART_SEBARAN, &s, "one");
  assert_true(r.axis[0].lo < 101.5 && r.axis[0].hi > 101.5); /* one point: a range around it */
  assert_true(r.axis[1].lo < 78.2 && r.axis[1].hi > 78.2);
  kj_chart_result_free(&r);
  const char *per[1] = {"Des 2024"};
  double cm[1] = {99.1}, cl[1] = {98.0}, ch[1] = {100.2}, sv[1] = {103.0};
  kj_tren_series ts = {"Dinas Kesehatan", NULL, sv, KJ_TREND_NONE};
  kj_tren_spec t = {1, per, cm, cl, ch, KJ_TREND_NONE, &ts, 1, "IKP", NULL, 1, 0, 0, 412};
  r = draw(KJ_CHART_TREN, &t, "one");
  assert_true(kj_chart_result_has_text(&r, "Des 2024"));
  kj_chart_result_free(&r);
}

static void all_values_equal_still_give_an_axis(void **state) {
  (void)state;
  kj_peringkat_row rows[3] = {{"A", NULL, 20, 100, 100, 100, 0, 0, 0, 0},
                              {"B", NULL, 20, 100, 100, 100, 0, 0, 0, 0},
                              {"C", NULL, 20, 100, 100, 100, 0, 0, 0, 0}};
  kj_peringkat_spec p = {rows, 3, 100, "IKP", NULL, 1, 5, 0, 0, 0, 60};
  kj_chart_result r = draw(KJ_CHART_PERINGKAT, &p, "equal");
  assert_true(r.axis[0].n >= 2 && r.axis[0].hi >= 100);
  kj_chart_result_free(&r);
  kj_sebaran_point pts[3] = {
      {"U1", NULL, 100, 80, 0}, {"U2", NULL, 100, 80, 0}, {"U3", NULL, 100, 80, 0}};
  kj_sebaran_spec s = {pts, 3, 80, 0, NAN, NAN, NAN, NAN, NAN, NAN, NAN, 2024};
  r = draw(KJ_CHART_SEBARAN, &s, "equal");
  assert_true(r.axis[0].hi > r.axis[0].lo && r.axis[1].hi > r.axis[1].lo);
  kj_chart_result_free(&r);
  kj_skm_spec k = sample_skm();
  for (int i = 0; i < KJ_SKM_UNSUR; i++) k.nrr[i] = 3.0, k.ci_low[i] = k.ci_high[i] = NAN;
  r = draw(KJ_CHART_SKM, &k, "equal");
  kj_chart_result_free(&r);
  kj_profil_spec f = sample_profil();
  for (int v = 0; v < KJ_NILAI_N; v++)
    f.opd[v] = f.city[v] = 4.0, f.opd_low[v] = f.opd_high[v] = NAN;
  r = draw(KJ_CHART_PROFIL, &f, "equal");
  assert_true(kj_chart_result_has_text(&r, "0,00")); /* no difference, not "−0,00" */
  kj_chart_result_free(&r);
}

static void nothing_to_show_gives_a_message(void **state) {
  (void)state;
  kj_peringkat_spec p = {NULL, 0, NAN, "IKP", NULL, 1, 5, 0, 0, 0, 0};
  kj_chart_result r = draw(KJ_CHART_PERINGKAT, &p, "empty");
  assert_true(kj_chart_result_has_text(&r, "Tidak ada data untuk ditampilkan."));
  kj_chart_result_free(&r);
  kj_distribusi_spec d = {NULL, 0, 5, 0};
  r = draw(KJ_CHART_DISTRIBUSI, &d, "empty");
  assert_true(kj_chart_result_has_text(&r, "Tidak ada data untuk ditampilkan."));
  kj_chart_result_free(&r);
  const char *cols[2] = {"IKP", "Capaian"};
  kj_heatmap_spec h = {NULL, 0, cols, 2, 1.0, 0, 0, 5, 0};
  r = draw(KJ_CHART_HEATMAP, &h, "empty");
  assert_true(kj_chart_result_has_text(&r, "Tidak ada data untuk ditampilkan."));
  kj_chart_result_free(&r);
  kj_sebaran_spec s = {NULL, 0, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, 2024};
  r = draw(KJ_CHART_SEBARAN, &s, "empty");
  assert_true(kj_chart_result_has_text(&r, "Tidak ada unit dengan data SKM dan penilaian."));
  kj_chart_result_free(&r);
  kj_tren_spec t = sample_tren(); /* the city alone, with a gap */
  t.n_series = 0;
  sample_city[0][3] = sample_city[1][3] = sample_city[2][3] = NAN;
  r = draw(KJ_CHART_TREN, &t, "city_only");
  assert_int_equal(r.n_rows, 0);
  kj_chart_result_free(&r);
  double none[2] = {NAN, NAN};
  const char *two[2] = {"Jan 2024", "Feb 2024"};
  kj_tren_spec blank = {2, two, none, NULL, NULL, KJ_TREND_NONE, NULL, 0, "IKP", NULL, 1, 0, 0, 0};
  r = draw(KJ_CHART_TREN, &blank, "blank");
  assert_true(kj_chart_result_has_text(&r, "Tidak ada data untuk ditampilkan."));
  assert_int_equal(r.axis[0].n, 0);
  kj_chart_result_free(&r);
  kj_skm_spec k = sample_skm(); /* an unsur nobody answered */
  k.nrr[3] = k.ci_low[3] = k.ci_high[3] = NAN;
  r = draw(KJ_CHART_SKM, &k, "unanswered");
  assert_true(kj_chart_result_has_text(&r, "tidak ada jawaban"));
  kj_chart_result_free(&r);
  kj_kurva_spec v = sample_kurva(); /* everyone in one predikat, no organisation predikat */
  memset(v.count, 0, sizeof v.count);
  memset(v.share, 0, sizeof v.share);
  v.count[KJ_BAIK] = v.n;
  v.share[KJ_BAIK] = 1;
  v.org = -1;
  v.n_rules = 0;
  v.compliant = -1;
  v.min_changes = 0;
  r = draw(KJ_CHART_KURVA, &v, "one_predikat");
  assert_true(
      kj_chart_result_has_text(&r, "Predikat kinerja organisasi belum ada: kurva tidak dinilai."));
  assert_true(r.axis[0].hi == 100);
  kj_chart_result_free(&r);
}

static void very_long_names_are_shortened_not_overflowing(void **state) {
  (void)state;
  kj_peringkat_row rows[3] = {{long_name, NULL, 40, 101, 97, 105, 0, 0, 0, 0},
                              {long_word, NULL, 40, 99, 95, 103, 0, 0, 0, 0},
                              {long_name, "Dispermasdes", 40, 98, 94, 102, 0, 0, 0, 0}};
  kj_peringkat_spec p = {rows, 3, 99.4, "IKP", NULL, 1, 5, 0, 0, 0, 120};
  kj_chart_result r = draw(KJ_CHART_PERINGKAT, &p, "long_names");
  assert_int_equal(r.n_shortened, 2);                        /* ellipsized on two lines */
  assert_true(kj_chart_result_has_text(&r, "Dispermasdes")); /* the singkatan instead */
  assert_true(r.width_pt == 680);                            /* the page did not widen */
  kj_chart_result_free(&r);
  kj_distribusi_row dr = sample_distribusi().rows[10];
  dr.name = long_word;
  dr.short_name = NULL;
  kj_distribusi_spec d = {&dr, 1, 5, dr.n};
  r = draw(KJ_CHART_DISTRIBUSI, &d, "long_names");
  assert_int_equal(r.n_shortened, 1);
  kj_chart_result_free(&r);
  kj_profil_spec f = sample_profil();
  f.name = long_name;
  f.short_name = NULL;
  r = draw(KJ_CHART_PROFIL, &f, "long_names");
  kj_chart_result_free(&r);
  kj_heatmap_spec h = sample_heatmap();
  sample_hm_rows[3].name = long_word;
  sample_hm_rows[3].short_name = NULL;
  r = draw(KJ_CHART_HEATMAP, &h, "long_names");
  assert_true(r.n_shortened >= 1);
  assert_true(r.width_pt < 2 * 680); /* labels capped, the page did not run away */
  kj_chart_result_free(&r);
}

static void every_group_below_min_kelompok_is_greyed(void **state) {
  (void)state;
  kj_peringkat_row rows[3] = {{"Kec. A", NULL, 3, NAN, NAN, NAN, 1, 0, 0, 0},
                              {"Kec. B", NULL, 4, NAN, NAN, NAN, 1, 0, 0, 0},
                              {"Kec. C", NULL, 2, NAN, NAN, NAN, 1, 0, 0, 0}};
  kj_peringkat_spec p = {rows, 3, NAN, "IKP", NULL, 1, 5, 0, 0, 0, 9};
  kj_chart_result r = draw(KJ_CHART_PERINGKAT, &p, "all_small");
  assert_int_equal(r.muted[0] + r.muted[1] + r.muted[2], 3);
  assert_int_equal(r.axis[0].n, 0); /* no figures: no empty axis either */
  kj_chart_result_free(&r);
  kj_distribusi_spec d = sample_distribusi();
  kj_distribusi_row drows[2] = {d.rows[29], d.rows[30]};
  d.rows = drows;
  d.n_rows = 2;
  r = draw(KJ_CHART_DISTRIBUSI, &d, "all_small");
  assert_int_equal(r.muted[0] + r.muted[1], 2);
  assert_int_equal(r.n_marks, 0);
  kj_chart_result_free(&r);
  kj_kurva_spec v = sample_kurva();
  v.insufficient = 1;
  v.n = 3;
  r = draw(KJ_CHART_KURVA, &v, "small");
  assert_true(kj_chart_result_has_text(&r, "Data tidak cukup: n = 3 pegawai (minimal 5)"));
  kj_chart_result_free(&r);
  kj_heatmap_spec h = sample_heatmap();
  for (int i = 0; i < SAMPLE_OPD; i++) sample_hm_rows[i].insufficient = 1;
  r = draw(KJ_CHART_HEATMAP, &h, "all_small");
  assert_int_equal(r.n_marks, 0);
  kj_chart_result_free(&r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(one_opd_draws_every_row_chart),
      cmocka_unit_test(all_values_equal_still_give_an_axis),
      cmocka_unit_test(nothing_to_show_gives_a_message),
      cmocka_unit_test(very_long_names_are_shortened_not_overflowing),
      cmocka_unit_test(every_group_below_min_kelompok_is_greyed),
  };
  int rc = cmocka_run_group_tests(tests, setup, NULL);
  return rc;
}
