/* test_charts_kendali.c — the control chart (kind kendali): what it lays out
 * (limits per charted month, signals marked and lettered, the centre line,
 * n under each month, "–" for a month not charted), the chart without a
 * centre line (history too short) and the specs it refuses. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "charts_samples.h"

static kj_chart_result render(const kj_kendali_spec *s, kj_lang lang) {
  kj_chart_out o = sample_out(KJ_CHART_SVG, NULL);
  o.lang = lang;
  kj_chart_result r = {0};
  kj_error e = {0};
  if (kj_chart_render(KJ_CHART_KENDALI, s, &o, &r, &e) != KJ_OK) fail_msg("kendali: %s", e.msg);
  return r;
}

static int marks(const kj_chart_result *r, kj_chart_mark_kind k, int col) {
  int n = 0;
  for (int i = 0; i < r->n_marks; i++)
    n += r->marks[i].kind == k && (col < -1 || r->marks[i].col == col);
  return n;
}

static void kendali_marks_limits_signals_and_n(void **state) {
  (void)state;
  kj_kendali_spec s = sample_kendali();
  kj_chart_result r = render(&s, KJ_LANG_ID);
  assert_int_equal(r.n_rows, 13);
  assert_int_equal(marks(&r, KJ_MARK_MIN, -2), 12); /* 13 months, one not charted */
  assert_int_equal(marks(&r, KJ_MARK_MAX, -2), 12);
  assert_int_equal(marks(&r, KJ_MARK_MIN, 9), 0);
  assert_int_equal(marks(&r, KJ_MARK_FLAG, 12), 1);
  assert_int_equal(marks(&r, KJ_MARK_FLAG, -2), 1);
  assert_int_equal(marks(&r, KJ_MARK_CITY, -2), 1); /* the centre line */
  assert_int_equal(r.flagged[12], 1);
  assert_int_equal(r.flagged[11], 0);
  assert_true(kj_chart_result_has_text(&r, "B"));
  assert_true(kj_chart_result_has_text(&r, "104"));
  assert_true(kj_chart_result_has_text(&r, "\xE2\x80\x93")); /* n of the month not charted */
  assert_true(kj_chart_result_has_text(&r, "Jun 2025"));
  assert_true(r.axis[0].lo <= 105.3 && r.axis[0].hi >= 115.0);
  kj_chart_result_free(&r);
  s.signal = NULL;
  r = render(&s, KJ_LANG_EN);
  assert_int_equal(marks(&r, KJ_MARK_FLAG, -2), 0);
  assert_true(kj_chart_result_has_text(&r, "Month"));
  kj_chart_result_free(&r);
}

static void kendali_without_history_draws_means_only(void **state) {
  (void)state;
  kj_kendali_spec s = sample_kendali();
  double none[13];
  for (int t = 0; t < 13; t++) none[t] = NAN;
  s.lcl = s.ucl = none;
  s.centre = NAN;
  s.signal = NULL;
  kj_chart_result r = render(&s, KJ_LANG_ID);
  assert_int_equal(marks(&r, KJ_MARK_MIN, -2), 0);
  assert_int_equal(marks(&r, KJ_MARK_CITY, -2), 0);
  int found = 0;
  for (int i = 0; i < r.n_texts; i++) found |= strstr(r.texts[i], "Riwayat belum cukup") != NULL;
  assert_true(found);
  kj_chart_result_free(&r);
}

static void kendali_refuses_dishonest_specs(void **state) {
  (void)state;
  kj_error e = {0};
  kj_kendali_spec s = sample_kendali();
  s.centre = NAN; /* limits without a centre line */
  assert_int_equal(kj_kendali_validate(&s, &e), KJ_DATA);
  s = sample_kendali();
  double lo[13];
  memcpy(lo, s.ucl, sizeof lo);
  s.lcl = lo;
  s.ucl = sample_kendali().lcl; /* lcl > ucl */
  assert_int_equal(kj_kendali_validate(&s, &e), KJ_DATA);
  s = sample_kendali();
  unsigned char sig[13] = {0};
  sig[9] = KJ_KENDALI_BATAS; /* a signal on the month not charted */
  s.signal = sig;
  assert_int_equal(kj_kendali_validate(&s, &e), KJ_DATA);
  assert_non_null(strstr(e.msg, "Mar 2025"));
  s = sample_kendali();
  s.k = 0;
  assert_int_equal(kj_kendali_validate(&s, &e), KJ_DATA);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(kendali_marks_limits_signals_and_n),
      cmocka_unit_test(kendali_without_history_draws_means_only),
      cmocka_unit_test(kendali_refuses_dishonest_specs),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
