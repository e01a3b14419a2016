/* test_analysis_formulas.c — capaian (analytics.md §1.4) and IKM with its
 * grade (§6). Expected values are the formulas evaluated in R 4.2.2
 * (printed with sprintf("%.17g")), the command beside each. */
/* cmocka.h needs these first (a separate block, so include sorting keeps it) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "analysis/formulas.h"
#include "analysis/stats.h"

static void near_(double got, double want, const char *what, int line) {
  if (!(fabs(got - want) <= 1e-12 * fmax(1.0, fabs(want))))
    fail_msg("line %d: %s = %.17g, want %.17g", line, what, got, want);
}
#define NEAR(got, want) near_((got), (want), #got, __LINE__)
#define IS_NA(v) assert_true(kj_is_na(v))

static void capaian_naik_and_turun(void **st) {
  (void)st;
  NEAR(kj_capaian(KJ_NAIK, 45, 50, 120), 90);                  /* R: 100*45/50 */
  NEAR(kj_capaian(KJ_TURUN, 10, 12, 120), 116.66666666666666); /* R: 100*(2-10/12) */
  NEAR(kj_capaian(KJ_NAIK, 50, 50, KJ_CAPAIAN_MAKS_DEFAULT), 100);
  NEAR(kj_capaian(KJ_TURUN, 12, 12, 120), 100);
}

static void capaian_clips_to_zero_and_the_cap(void **st) {
  (void)st;
  NEAR(kj_capaian(KJ_NAIK, 130, 100, 120), 120); /* 130 capped */
  NEAR(kj_capaian(KJ_NAIK, 130, 100, 150), 130); /* a different capaian_maks */
  NEAR(kj_capaian(KJ_TURUN, 0, 8, 120), 120);    /* R: 100*(2-0/8) = 200, capped */
  NEAR(kj_capaian(KJ_TURUN, 25, 10, 120), 0);    /* R: 100*(2-25/10) = -50, clipped */
  NEAR(kj_capaian(KJ_NAIK, 0, 10, 120), 0);
}

static void capaian_undefined_inputs_are_na(void **st) {
  (void)st;
  IS_NA(kj_capaian(KJ_NAIK, 5, 0, 120)); /* target must be > 0 (data.md) */
  IS_NA(kj_capaian(KJ_NAIK, 5, -1, 120));
  IS_NA(kj_capaian(KJ_NAIK, -1, 10, 120)); /* realisasi must be >= 0 */
  IS_NA(kj_capaian(KJ_TURUN, NAN, 10, 120));
  IS_NA(kj_capaian(KJ_NAIK, 5, INFINITY, 120));
  IS_NA(kj_capaian(KJ_NAIK, 5, 10, -1));
  IS_NA(kj_capaian(KJ_ARAH_N, 5, 10, 120));
}

static void capaian_periode_weights_and_tambahan(void **st) {
  (void)st;
  const double turun = 100 * (2 - 10.0 / 12);
  const kj_indikator ind[] = {
      {90, 2, KJ_UTAMA},     {turun, 1, KJ_UTAMA},
      {120, 1, KJ_TAMBAHAN}, {NAN, 5, KJ_UTAMA}, /* not computed: skipped */
      {100, 0, KJ_UTAMA},                        /* no weight: skipped */
  };
  /* R: weighted.mean(c(90, 100*(2-10/12), 120), c(2, 1, 1)) */
  NEAR(kj_capaian_periode(ind, 5, 1), 104.16666666666666);
  /* R: weighted.mean(c(90, 100*(2-10/12)), c(2, 1)) */
  NEAR(kj_capaian_periode(ind, 5, 0), 98.888888888888872);
  IS_NA(kj_capaian_periode(ind + 2, 1, 0)); /* only TAMBAHAN, dropped */
  IS_NA(kj_capaian_periode(NULL, 0, 1));

  const double v[] = {88.5, 91.25, NAN, 70}, w[] = {1.5, 0.5, 3, 2};
  NEAR(kj_weighted_mean(v, w, 4),
       79.59375); /* R: weighted.mean(c(88.5, 91.25, 70), c(1.5, .5, 2)) */
  const double wz[] = {0, -1, 1, 0};
  IS_NA(kj_weighted_mean(v, wz, 4)); /* the only positive weight sits on a NaN */
}

static void ikm_from_nrr(void **st) {
  (void)st;
  const double nrr[KJ_SKM_UNSUR] = {3.2, 3.5, 3.1, 3.8, 3.4, 3.6, 3.3, 2.9, 3.0};
  /* R: nrr <- c(3.2, 3.5, 3.1, 3.8, 3.4, 3.6, 3.3, 2.9, 3.0); 25*sum(nrr/9) */
  NEAR(kj_ikm(nrr, KJ_SKM_UNSUR, KJ_SKM_BOBOT_DEFAULT), 82.777777777777771);
  /* R: 25*sum(0.11*nrr) — the regulation's rounded weight */
  NEAR(kj_ikm(nrr, KJ_SKM_UNSUR, KJ_SKM_BOBOT_REGULASI), 81.950000000000003);
  double gap[KJ_SKM_UNSUR];
  memcpy(gap, nrr, sizeof gap);
  gap[7] = NAN; /* nobody answered U8 */
  IS_NA(kj_ikm(gap, KJ_SKM_UNSUR, KJ_SKM_BOBOT_DEFAULT));
  IS_NA(kj_ikm(nrr, 0, KJ_SKM_BOBOT_DEFAULT));
  IS_NA(kj_ikm(nrr, KJ_SKM_UNSUR, 0));
  IS_NA(kj_ikm(nrr, KJ_SKM_UNSUR, NAN));
}

static void ikm_of_a_respondent(void **st) {
  (void)st;
  const double a[KJ_SKM_UNSUR] = {4, 3, NAN, 4, 2, 3, 3, 4, 4};
  NEAR(kj_ikm_respondent(a, KJ_SKM_UNSUR), 84.375); /* R: 25*mean(c(4,3,4,2,3,3,4,4)) */
  const double none[3] = {NAN, NAN, NAN};
  IS_NA(kj_ikm_respondent(none, 3));
  const double all4[KJ_SKM_UNSUR] = {4, 4, 4, 4, 4, 4, 4, 4, 4};
  NEAR(kj_ikm_respondent(all4, KJ_SKM_UNSUR), 100);
}

static void mutu_thresholds_are_the_regulations(void **st) {
  (void)st;
  assert_int_equal(kj_ikm_mutu(100), KJ_MUTU_A);
  assert_int_equal(kj_ikm_mutu(88.31), KJ_MUTU_A);
  assert_int_equal(kj_ikm_mutu(88.30), KJ_MUTU_B);
  assert_int_equal(kj_ikm_mutu(76.61), KJ_MUTU_B);
  assert_int_equal(kj_ikm_mutu(76.60), KJ_MUTU_C);
  assert_int_equal(kj_ikm_mutu(65.00), KJ_MUTU_C);
  assert_int_equal(kj_ikm_mutu(64.99), KJ_MUTU_D);
  assert_int_equal(kj_ikm_mutu(25), KJ_MUTU_D);
  assert_int_equal(kj_ikm_mutu(NAN), KJ_MUTU_N);
  /* 25 * sum(2.6 / 9) over nine unsur is 65 exactly, but the double sum is
   * 64.999999999999986: it must still be C. */
  double nrr[KJ_SKM_UNSUR];
  for (int i = 0; i < KJ_SKM_UNSUR; i++) nrr[i] = 2.6;
  double ikm = kj_ikm(nrr, KJ_SKM_UNSUR, KJ_SKM_BOBOT_DEFAULT);
  assert_true(ikm < 65.0); /* the rounding this guards against does happen */
  assert_int_equal(kj_ikm_mutu(ikm), KJ_MUTU_C);
}

static void mutu_labels_in_both_languages(void **st) {
  (void)st;
  assert_string_equal(kj_mutu_label(KJ_MUTU_A, KJ_LANG_ID), "Sangat Baik");
  assert_string_equal(kj_mutu_label(KJ_MUTU_B, KJ_LANG_ID), "Baik");
  assert_string_equal(kj_mutu_label(KJ_MUTU_C, KJ_LANG_ID), "Kurang Baik");
  assert_string_equal(kj_mutu_label(KJ_MUTU_D, KJ_LANG_ID), "Tidak Baik");
  assert_string_equal(kj_mutu_label(KJ_MUTU_A, KJ_LANG_EN), "Very good");
  assert_string_equal(kj_mutu_label(KJ_MUTU_D, KJ_LANG_EN), "Very poor");
  assert_string_equal(kj_mutu_label(KJ_MUTU_N, KJ_LANG_ID), "?");
  assert_string_equal(kj_enum_canon(&kj_enum_mutu, KJ_MUTU_C), "C");
  assert_int_equal(kj_enum_parse(&kj_enum_mutu, "b"), KJ_MUTU_B);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(capaian_naik_and_turun),
      cmocka_unit_test(capaian_clips_to_zero_and_the_cap),
      cmocka_unit_test(capaian_undefined_inputs_are_na),
      cmocka_unit_test(capaian_periode_weights_and_tambahan),
      cmocka_unit_test(ikm_from_nrr),
      cmocka_unit_test(ikm_of_a_respondent),
      cmocka_unit_test(mutu_thresholds_are_the_regulations),
      cmocka_unit_test(mutu_labels_in_both_languages),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
