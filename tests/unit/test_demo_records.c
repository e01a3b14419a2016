/* test_demo_records.c — the demo's fact files obey data.md: appraisals,
 * indicators, BerAKHLAK scores, survey responses and feedback events use
 * canonical periods, enumerations and dates, stay in their ranges, have
 * unique keys and refer to employees and units that exist. Also the
 * realism promised in doc/demo-data.md: mostly BAIK, some SANGAT_BAIK, few
 * below; ratings mostly on time; a few missing months, blank and mistaken
 * predikat; self-ratings above supervisors'. One run at --employees 300. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demo/demo.h"
#include "demo_csv.h"
#include "domain/date.h"
#include "domain/enums.h"
#include "domain/nip.h"
#include "domain/period.h"
#include "domain/rules.h"
#include "testutil.h"
#include "util/hash.h"

static char *dir;
static kj_demo_summary sum;
static char why[512];
static kj_strmap units, roster; /* codes and NIP texts */

static int setup(void **st) {
  (void)st;
  dir = kj_test_tmpdir("demo-records");
  kj_demo_opts o;
  kj_demo_opts_init(&o);
  o.employees = 300;
  o.csv_dir = dir;
  kj_error err = {0};
  if (kj_demo_write(&o, &sum, &err) != KJ_OK) return -1;
  dcsv u, p;
  if (dcsv_load(&u, dir, "unit.csv") || dcsv_load(&p, dir, "pegawai.csv")) return -1;
  for (size_t r = 0; r < u.nrows; r++) kj_strmap_put(&units, dcsv_at(&u, r, 0), (int32_t)r);
  for (size_t r = 0; r < p.nrows; r++) kj_strmap_put(&roster, dcsv_at(&p, r, 0), (int32_t)r);
  dcsv_free(&u);
  dcsv_free(&p);
  return 0;
}

static int teardown(void **st) {
  (void)st;
  kj_strmap_free(&units);
  kj_strmap_free(&roster);
  kj_test_rmtree(dir);
  free(dir);
  return 0;
}

static int canonical(const kj_enum *e, const char *s) {
  int v = kj_enum_parse(e, s);
  return v >= 0 && strcmp(kj_enum_canon(e, v), s) == 0;
}

/* Parses a canonical period in the window 2023..2025. */
static kj_period period(const char *s) {
  kj_period p;
  char back[16];
  if (kj_period_parse(s, &p, why, (int)sizeof why) != 0) fail_msg("periode %s: %s", s, why);
  kj_period_format(p, back);
  assert_string_equal(back, s);
  assert_true(p.year >= 2023 && p.year <= 2025);
  return p;
}

static long days_of(const char *s) {
  kj_date d;
  if (kj_date_parse(s, &d, why, (int)sizeof why) != 0) fail_msg("date %s: %s", s, why);
  return kj_date_days(d.y, d.m, d.d);
}

/* Adds a composite key; fails on a duplicate. */
static void unique(kj_strmap *m, const char *a, const char *b, const char *c, const char *d) {
  char k[512];
  snprintf(k, sizeof k, "%s|%s|%s|%s", a, b, c ? c : "", d ? d : "");
  if (kj_strmap_get(m, k, NULL)) fail_msg("duplicate key %s", k);
  kj_strmap_put(m, k, 0);
}

static void demo_appraisals_are_valid_and_look_like_e_kinerja(void **st) {
  (void)st;
  dcsv t;
  assert_int_equal(dcsv_load(&t, dir, "penilaian.csv"), 0);
  kj_strmap key = {0};
  long pred[KJ_PREDIKAT_N] = {0}, monthly = 0, blank = 0, wrong = 0, late = 0;
  for (size_t r = 0; r < t.nrows; r++) {
    const char *nip = dcsv_at(&t, r, 0);
    assert_int_equal(kj_strmap_get(&roster, nip, NULL), 1);
    unique(&key, nip, dcsv_at(&t, r, 1), NULL, NULL);
    kj_period p = period(dcsv_at(&t, r, 1));
    assert_true(p.type == KJ_PER_BULANAN || p.type == KJ_PER_TAHUNAN);
    assert_true(canonical(&kj_enum_rating, dcsv_at(&t, r, 2)));
    assert_true(canonical(&kj_enum_rating, dcsv_at(&t, r, 3)));
    kj_predikat m = kj_predikat_matrix(kj_enum_parse(&kj_enum_rating, dcsv_at(&t, r, 2)),
                                       kj_enum_parse(&kj_enum_rating, dcsv_at(&t, r, 3)));
    const char *given = dcsv_at(&t, r, 4);
    if (!*given)
      blank++;
    else if (!canonical(&kj_enum_predikat, given))
      fail_msg("predikat %s", given);
    else if (kj_enum_parse(&kj_enum_predikat, given) != (int)m)
      wrong++;
    assert_int_equal(kj_strmap_get(&units, dcsv_at(&t, r, 5), NULL), 1);
    int64_t pen;
    assert_int_equal(kj_nip_parse(dcsv_at(&t, r, 6), KJ_NIP_ANY, &pen, why, (int)sizeof why), 0);
    int last = kj_period_last_month(p);
    long end = kj_date_days(p.year, last, kj_days_in_month(p.year, last));
    long lag = days_of(dcsv_at(&t, r, 7)) - end;
    assert_true(lag >= 1 && lag <= 45);
    if (p.type == KJ_PER_BULANAN) {
      monthly++;
      pred[m]++;
      late += lag > 5;
    }
  }
  /* The contract size: 300 people x 36 months, less hires, retirements and
   * a few missing months. */
  assert_true(monthly > 300 * 36 * 80 / 100 && monthly < 300 * 36);
  assert_true(pred[KJ_BAIK] > monthly * 60 / 100);
  assert_true(pred[KJ_SANGAT_BAIK] > monthly * 8 / 100 &&
              pred[KJ_SANGAT_BAIK] < monthly * 35 / 100);
  assert_true(pred[KJ_BUTUH_PERBAIKAN] + pred[KJ_KURANG] + pred[KJ_SANGAT_KURANG] <
              monthly * 8 / 100);
  assert_true(pred[KJ_BUTUH_PERBAIKAN] + pred[KJ_KURANG] > 0);
  assert_true(late > 0 && late < monthly * 25 / 100);
  assert_true(blank > (long)t.nrows / 100 && blank < (long)t.nrows * 6 / 100);
  assert_true(wrong < (long)t.nrows / 500); /* a handful, for the data-quality check */
  kj_strmap_free(&key);
  dcsv_free(&t);
}

static void demo_indicators_are_valid_and_near_target(void **st) {
  (void)st;
  dcsv t;
  assert_int_equal(dcsv_load(&t, dir, "capaian.csv"), 0);
  kj_strmap key = {0};
  double sum_cap = 0;
  for (size_t r = 0; r < t.nrows; r++) {
    assert_int_equal(kj_strmap_get(&roster, dcsv_at(&t, r, 0), NULL), 1);
    kj_period p = period(dcsv_at(&t, r, 1));
    assert_int_equal(p.type, KJ_PER_BULANAN);
    unique(&key, dcsv_at(&t, r, 0), dcsv_at(&t, r, 1), dcsv_at(&t, r, 2), dcsv_at(&t, r, 4));
    assert_true(canonical(&kj_enum_jenis_rhk, dcsv_at(&t, r, 3)));
    assert_true(canonical(&kj_enum_aspek, dcsv_at(&t, r, 5)));
    assert_true(canonical(&kj_enum_arah, dcsv_at(&t, r, 6)));
    int aspek = kj_enum_parse(&kj_enum_aspek, dcsv_at(&t, r, 5));
    int turun = strcmp(dcsv_at(&t, r, 6), "TURUN") == 0;
    assert_int_equal(turun, aspek == KJ_WAKTU || aspek == KJ_BIAYA); /* data.md defaults */
    assert_true(*dcsv_at(&t, r, 4) && *dcsv_at(&t, r, 7));
    char *end;
    double target = strtod(dcsv_at(&t, r, 8), &end), real;
    assert_true(*end == '\0' && target > 0);
    real = strtod(dcsv_at(&t, r, 9), &end);
    assert_true(*end == '\0' && real >= 0);
    assert_true(strtod(dcsv_at(&t, r, 10), NULL) > 0);
    double cap = turun ? 100 * (2 - real / target) : 100 * real / target;
    sum_cap += cap < 0 ? 0 : cap > 120 ? 120 : cap;
  }
  double mean = sum_cap / (double)t.nrows;
  assert_true(mean > 95 && mean < 105);
  kj_strmap_free(&key);
  dcsv_free(&t);
}

static void demo_berakhlak_scores_cover_every_value_and_source(void **st) {
  (void)st;
  dcsv t;
  assert_int_equal(dcsv_load(&t, dir, "perilaku.csv"), 0);
  kj_strmap key = {0};
  double by_src[KJ_SUMBER_N] = {0};
  long n_src[KJ_SUMBER_N] = {0}, n_val[KJ_NILAI_N] = {0};
  for (size_t r = 0; r < t.nrows; r++) {
    assert_int_equal(kj_strmap_get(&roster, dcsv_at(&t, r, 0), NULL), 1);
    assert_int_equal(period(dcsv_at(&t, r, 1)).type, KJ_PER_SEMESTER);
    unique(&key, dcsv_at(&t, r, 0), dcsv_at(&t, r, 1), dcsv_at(&t, r, 2), dcsv_at(&t, r, 3));
    assert_true(canonical(&kj_enum_nilai, dcsv_at(&t, r, 2)));
    assert_true(canonical(&kj_enum_sumber, dcsv_at(&t, r, 3)));
    char *end;
    double skor = strtod(dcsv_at(&t, r, 4), &end);
    assert_true(*end == '\0' && skor >= 1.0 && skor <= 5.0);
    int s = kj_enum_parse(&kj_enum_sumber, dcsv_at(&t, r, 3));
    by_src[s] += skor;
    n_src[s]++;
    n_val[kj_enum_parse(&kj_enum_nilai, dcsv_at(&t, r, 2))]++;
  }
  for (int v = 1; v < KJ_NILAI_N; v++) assert_int_equal(n_val[v], n_val[0]);
  assert_true(n_src[KJ_ATASAN] > 0 && n_src[KJ_REKAN] > 0 && n_src[KJ_DIRI] > 0);
  assert_int_equal(n_src[KJ_BAWAHAN], 0);
  assert_true(n_src[KJ_REKAN] < n_src[KJ_ATASAN]); /* a few have no peer rating */
  assert_true(by_src[KJ_DIRI] / n_src[KJ_DIRI] > by_src[KJ_ATASAN] / n_src[KJ_ATASAN] + 0.2);
  kj_strmap_free(&key);
  dcsv_free(&t);
}

static void demo_survey_responses_follow_permenpan_14_2017(void **st) {
  (void)st;
  dcsv t;
  assert_int_equal(dcsv_load(&t, dir, "skm.csv"), 0);
  kj_strmap key = {0}, per_unit = {0};
  long answers = 0, blanks = 0;
  for (size_t r = 0; r < t.nrows; r++) {
    const char *u = dcsv_at(&t, r, 0), *per = dcsv_at(&t, r, 1);
    assert_int_equal(kj_strmap_get(&units, u, NULL), 1);
    assert_int_equal(period(per).type, KJ_PER_TAHUNAN);
    unique(&key, u, per, dcsv_at(&t, r, 2), NULL);
    char k[64];
    int32_t n = 0;
    snprintf(k, sizeof k, "%s|%s", u, per);
    kj_strmap_get(&per_unit, k, &n);
    kj_strmap_put(&per_unit, k, n + 1);
    for (int c = 3; c < 12; c++) {
      const char *a = dcsv_at(&t, r, c);
      answers++;
      if (!*a)
        blanks++;
      else
        assert_true(strlen(a) == 1 && a[0] >= '1' && a[0] <= '4');
    }
    assert_true(*dcsv_at(&t, r, 12) && *dcsv_at(&t, r, 15) && *dcsv_at(&t, r, 16));
    assert_true(canonical(&kj_enum_kelamin, dcsv_at(&t, r, 13)));
    long usia = strtol(dcsv_at(&t, r, 14), NULL, 10);
    assert_true(usia >= 17 && usia <= 75);
  }
  assert_int_equal((long)per_unit.len, 21 * 3); /* 21 service units, every year */
  for (size_t i = 0; i < per_unit.cap; i++)
    if (per_unit.keys[i]) assert_true(per_unit.vals[i] >= 100 && per_unit.vals[i] <= 300);
  assert_true(blanks > 0 && blanks < answers / 20);
  kj_strmap_free(&key);
  kj_strmap_free(&per_unit);
  dcsv_free(&t);
}

static void demo_feedback_events_fall_on_working_days(void **st) {
  (void)st;
  dcsv t;
  assert_int_equal(dcsv_load(&t, dir, "umpan_balik.csv"), 0);
  kj_strmap key = {0};
  long jenis[KJ_JENIS_UB_N] = {0};
  long lo = kj_date_days(2023, 1, 1), hi = kj_date_days(2025, 12, 31);
  for (size_t r = 0; r < t.nrows; r++) {
    long d = days_of(dcsv_at(&t, r, 0));
    assert_true(d >= lo && d <= hi);
    int wd = (int)((d % 7 + 7 + 4) % 7); /* 1970-01-01 was a Thursday; 0 = Sunday */
    assert_true(wd >= 1 && wd <= 5);
    int64_t giver;
    assert_int_equal(kj_nip_parse(dcsv_at(&t, r, 1), KJ_NIP_ANY, &giver, why, (int)sizeof why), 0);
    assert_true(kj_strmap_get(&roster, dcsv_at(&t, r, 1), NULL) || giver == sum.nip_walikota);
    assert_int_equal(kj_strmap_get(&roster, dcsv_at(&t, r, 2), NULL), 1);
    assert_true(strcmp(dcsv_at(&t, r, 1), dcsv_at(&t, r, 2)) != 0);
    assert_true(canonical(&kj_enum_jenis_ub, dcsv_at(&t, r, 3)));
    jenis[kj_enum_parse(&kj_enum_jenis_ub, dcsv_at(&t, r, 3))]++;
    unique(&key, dcsv_at(&t, r, 0), dcsv_at(&t, r, 1), dcsv_at(&t, r, 2), dcsv_at(&t, r, 3));
  }
  assert_true(jenis[KJ_APRESIASI] > jenis[KJ_PERBAIKAN] && jenis[KJ_PERBAIKAN] > 0);
  assert_true(jenis[KJ_DIALOG] > 0);
  kj_strmap_free(&key);
  dcsv_free(&t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(demo_appraisals_are_valid_and_look_like_e_kinerja),
      cmocka_unit_test(demo_indicators_are_valid_and_near_target),
      cmocka_unit_test(demo_berakhlak_scores_cover_every_value_and_source),
      cmocka_unit_test(demo_survey_responses_follow_permenpan_14_2017),
      cmocka_unit_test(demo_feedback_events_fall_on_working_days),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
