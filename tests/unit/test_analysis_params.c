/* test_analysis_params.c — the analysis parameters: defaults of
 * analytics.md, reading kinerja.ini (values, both SKM weight spellings,
 * curve sections), every kind of error with its FILE:LINE, and the config
 * printout reading back to the same parameters. */
/* cmocka.h needs these first (a separate block, so include sorting keeps it) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/params.h"
#include "testutil.h"

static void defaults_are_those_of_analytics_md(void **state) {
  (void)state;
  kj_params p;
  kj_params_defaults(&p);
  assert_int_equal(p.min_kelompok, 5);
  assert_true(p.alpha == 0.05 && p.efek_min == 0.2 && p.capaian_maks == 120);
  assert_true(p.capaian_tambahan);
  assert_true(p.skm_bobot == 1.0 / 9.0);
  assert_string_equal(p.skm_bobot_text, "1/9");
  assert_int_equal(p.skm_min_responden, 30);
  assert_int_equal(p.batas_hari, 5);
  assert_int_equal(p.teladan_per_opd, 3);
  assert_true(p.tren_min_ikp == 2.0 && p.tren_min_capaian == 1.0 && p.tren_min_nilai == 0.10);
  assert_true(p.kesetaraan_min == 5 && p.seed == 20260101);
  assert_string_equal(p.instansi, "BKPSDM Kota Padangsidimpuan");
  assert_int_equal(p.kurva[KJ_ORG_BAIK].n, 3);
  assert_string_equal(p.source, "");
}

static void reads_values_and_curve_sections(void **state) {
  (void)state;
  kj_params p;
  kj_error err = {KJ_OK, ""};
  const char *ini = "; komentar\n"
                    "[umum]\ninstansi = BKDPSDM Kota Padangsidimpuan\n"
                    "[Analisis]\nmin_kelompok = 10\nalpha = 0,01\nskm_bobot = 0.11\n"
                    "capaian_tambahan = tidak\nbatas_hari = 0\n"
                    "[kurva.Baik]\naturan = BAIK > 40%; BAIK <= 80%\n"
                    "aturan = Butuh Perbaikan + Kurang >= 2 orang\n"
                    "[kurva.SANGAT_KURANG]\naturan =\n";
  assert_int_equal(kj_params_load_string(&p, ini, "k.ini", &err), KJ_OK);
  assert_int_equal(p.min_kelompok, 10);
  assert_true(p.alpha == 0.01);
  assert_true(p.skm_bobot == 0.11);
  assert_false(p.capaian_tambahan);
  assert_int_equal(p.batas_hari, 0);
  assert_string_equal(p.instansi, "BKDPSDM Kota Padangsidimpuan");
  assert_int_equal(p.kurva[KJ_ORG_BAIK].n, 3); /* replaced, not appended to the defaults */
  assert_true(p.kurva[KJ_ORG_BAIK].rule[0].value == 40);
  assert_true(p.kurva[KJ_ORG_BAIK].rule[2].value == 2);
  assert_int_equal(p.kurva[KJ_ORG_SANGAT_KURANG].n, 0); /* an empty rule list */
  assert_int_equal(p.kurva[KJ_ORG_ISTIMEWA].n, 2);      /* untouched */
  assert_string_equal(p.source, "k.ini");
  assert_int_equal(kj_params_load_string(&p, "[analisis]\nskm_bobot = 1/9\n", "x", &err), KJ_OK);
  assert_true(p.skm_bobot == 1.0 / 9.0);
}

static void expect_error(const char *ini, const char *where, const char *what) {
  kj_params p;
  kj_error err = {KJ_OK, ""};
  if (kj_params_load_string(&p, ini, "k.ini", &err) != KJ_DATA) fail_msg("accepted: %s", ini);
  if (!strstr(err.msg, where) || !strstr(err.msg, what)) fail_msg("message: %s", err.msg);
  assert_int_equal(p.min_kelompok, 5); /* defaults after a failure */
}

static void errors_name_file_and_line(void **state) {
  (void)state;
  expect_error("[analisis]\n\nalfa = 0.05\n", "k.ini:3:", "unknown key 'alfa'");
  expect_error("[analysis]\nalpha = 0.05\n", "k.ini:1:", "unknown section [analysis]");
  expect_error("[analisis]\nalpha = 1.5\n", "k.ini:2:", "alpha: '1.5'");
  expect_error("[analisis]\nalpha = nan\n", "k.ini:2:", "alpha");
  expect_error("[analisis]\nmin_kelompok = 2.5\n", "k.ini:2:", "min_kelompok");
  expect_error("[analisis]\nskm_bobot = 1/0\n", "k.ini:2:", "skm_bobot");
  expect_error("[analisis]\ncapaian_tambahan = mungkin\n", "k.ini:2:", "yes or no");
  expect_error("[umum]\nalpha = 0.05\n", "k.ini:2:", "belongs in [analisis]");
  expect_error("[analisis]\nalpha = 0.05\nalpha = 0.01\n", "k.ini:3:", "given twice (first on line 2)");
  expect_error("[kurva.BAIK]\naturan = BAIK >> 50%\n", "k.ini:2:", "aturan");
  expect_error("[kurva.HEBAT]\naturan = BAIK > 50%\n", "k.ini:1:", "unknown section [kurva.HEBAT]");
  expect_error("[umum]\nkota = X\n[lain]\n", "k.ini:3:", "unknown section [lain]");
  expect_error("[analisis]\njust some words\n", "k.ini:2:", "'key = value'");
  expect_error("[analisis]\ntren_min.ikp = -1\n", "k.ini:2:", "tren_min.ikp: '-1'");
  expect_error("[analisis]\ntren_min.nilai = 1\n", "k.ini:2:", "unknown key 'tren_min.nilai'");
  expect_error("[analisis]\nkesetaraan_min = banyak\n", "k.ini:2:", "kesetaraan_min");
  expect_error("[analisis]\nseed = -3\n", "k.ini:2:", "seed");
  /* names that would break a workbook or not read back (found by fuzz_ini) */
  expect_error("[umum]\nkota =;Kota X\n", "k.ini:2:", "starts with ';'");
  expect_error("[umum]\ninstansi = BKPSDM\x01\n", "k.ini:2:", "control character");
  expect_error("[umum]\nkota = Kota \xE9\n", "k.ini:2:", "not valid UTF-8");
  char longline[400];
  snprintf(longline, sizeof longline, "[umum]\ninstansi = %0300d\n", 7);
  expect_error(longline, "k.ini:2:", "line too long");
}

static void missing_file_rules(void **state) {
  (void)state;
  kj_params p;
  kj_error err = {KJ_OK, ""};
  assert_int_equal(kj_params_load(&p, "/nonexistent/kinerja.ini", 0, &err), KJ_OK);
  assert_int_equal(kj_params_load(&p, "/nonexistent/kinerja.ini", 1, &err), KJ_IO);
  assert_non_null(strstr(err.msg, "/nonexistent/kinerja.ini"));
  assert_int_equal(kj_params_load(&p, NULL, 0, &err), KJ_OK);
}

static void printout_reads_back_to_the_same_values(void **state) {
  (void)state;
  kj_params a, b;
  kj_error err = {KJ_OK, ""};
  const char *ini = "[analisis]\nalpha = 0.1\nefek_min = 0.35\nskm_bobot = 0.11\n"
                    "capaian_maks = 150\ntren_min.ikp = 3,5\ntren_min.capaian = 0.5\n"
                    "tren_min.berakhlak = 0.2\nkesetaraan_min = 4\nseed = 42\n"
                    "[kurva.KURANG]\naturan =\n";
  assert_int_equal(kj_params_load_string(&a, ini, "a.ini", &err), KJ_OK);
  char *dir = kj_test_tmpdir("params");
  char path[600];
  snprintf(path, sizeof path, "%s/out.ini", dir);
  FILE *fp = fopen(path, "w");
  assert_int_equal(kj_params_write_ini(&a, fp, &err), KJ_OK);
  fclose(fp);
  assert_int_equal(kj_params_load(&b, path, 1, &err), KJ_OK);
  assert_true(a.alpha == b.alpha && a.efek_min == b.efek_min && a.skm_bobot == b.skm_bobot);
  assert_true(a.capaian_maks == b.capaian_maks && a.min_kelompok == b.min_kelompok);
  /* the parameters of issue 11 (analytics.md §2, §4, §13) */
  assert_true(a.tren_min_ikp == 3.5 && a.tren_min_capaian == 0.5 && a.tren_min_nilai == 0.2);
  assert_true(a.kesetaraan_min == 4 && a.seed == 42);
  assert_true(b.tren_min_ikp == a.tren_min_ikp && b.tren_min_capaian == a.tren_min_capaian &&
              b.tren_min_nilai == a.tren_min_nilai && b.kesetaraan_min == a.kesetaraan_min &&
              b.seed == a.seed);
  assert_true(kj_params_tren_min(&a, 0) == 3.5 && kj_params_tren_min(&a, 1) == 0.5 &&
              kj_params_tren_min(&a, 4) == 0.2);
  assert_string_equal(a.instansi, b.instansi);
  for (int o = 0; o < KJ_ORG_N; o++) {
    assert_int_equal(a.kurva[o].n, b.kurva[o].n);
    for (int i = 0; i < a.kurva[o].n; i++) {
      const kj_curve_rule *x = &a.kurva[o].rule[i], *y = &b.kurva[o].rule[i];
      assert_true(x->set == y->set && x->cmp == y->cmp && x->value == y->value &&
                  x->unit == y->unit);
    }
  }
  kj_params d, e;
  kj_params_defaults(&d);
  fp = fopen(path, "w");
  assert_int_equal(kj_params_write_ini(&d, fp, &err), KJ_OK);
  fclose(fp);
  assert_int_equal(kj_params_load(&e, path, 1, &err), KJ_OK);
  assert_true(d.skm_bobot == e.skm_bobot && d.alpha == e.alpha);
  kj_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(defaults_are_those_of_analytics_md),
      cmocka_unit_test(reads_values_and_curve_sections),
      cmocka_unit_test(errors_name_file_and_line),
      cmocka_unit_test(missing_file_rules),
      cmocka_unit_test(printout_reads_back_to_the_same_values),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
