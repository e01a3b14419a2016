/* test_reports_rapor.c — the Rapor OPD's file names and its guard rails:
 * names derived from unit codes stay plain file names whatever the code
 * ("../x" and "a/b" cannot come through the import, but the function must
 * not rely on that), kj_rapor_write refuses an OPD index or details that
 * do not belong to the analysis (before touching the file system), and the
 * sheet list is what reports.md asks in both languages. The workbook's
 * content is checked end to end against the export (t_rapor_demo.sh).
 */
/* cmocka needs these first */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "reports/rapor/rapor.h"
#include "testutil.h"
#include "util/fsutil.h"

static void file_names_stay_inside_the_directory(void **state) {
  (void)state;
  static const struct {
    const char *kode, *want;
  } cases[] = {
      {"DINKES", "rapor_DINKES_2025.xlsx"},
      {"PKM.WEKI", "rapor_PKM.WEKI_2025.xlsx"},
      {"../x", "rapor_.._x_2025.xlsx"},
      {"a/b", "rapor_a_b_2025.xlsx"},
      {"..", "rapor__.._2025.xlsx"},
      {".", "rapor__._2025.xlsx"},
      {".x", "rapor_.x_2025.xlsx"},
      {"", "rapor___2025.xlsx"},
      {"/etc/passwd", "rapor__etc_passwd_2025.xlsx"},
      {"a\\b:c", "rapor_a_b_c_2025.xlsx"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char *n = kj_rapor_file_name(cases[i].kode, 2025);
    assert_string_equal(n, cases[i].want);
    assert_null(strchr(n, '/'));
    assert_true(strcmp(n, ".") != 0 && strcmp(n, "..") != 0);
    /* joined to a directory it names a file directly inside it */
    char *p = kj_path_join("out", n);
    assert_string_equal(kj_path_base(p), n);
    assert_int_equal(strncmp(p, "out/", 4), 0);
    free(p);
    free(n);
  }
}

static void write_refuses_an_opd_outside_the_analysis(void **state) {
  (void)state;
  char *dir = kj_test_tmpdir("rapor");
  char *path = kj_path_join(dir, "r.xlsx");
  kj_analysis r;
  memset(&r, 0, sizeof r);
  r.tahun = 2025;
  r.n_opd = 2;
  kj_opd_rinci x;
  memset(&x, 0, sizeof x);
  x.tahun = 2025;
  x.n_opd = 2;
  kj_rapor_opts o = {.lang = KJ_LANG_ID};
  kj_error err = {KJ_OK, ""};
  assert_int_equal(kj_rapor_write(&r, &x, 2, &o, path, &err), KJ_INTERNAL); /* KOTA is no OPD */
  assert_int_equal(kj_rapor_write(&r, &x, -1, &o, path, &err), KJ_INTERNAL);
  x.tahun = 2024; /* details of another year */
  assert_int_equal(kj_rapor_write(&r, &x, 0, &o, path, &err), KJ_INTERNAL);
  assert_int_equal(kj_rapor_write(&r, NULL, 0, &o, path, &err), KJ_INTERNAL);
  assert_int_not_equal(access(path, F_OK), 0); /* nothing written */
  kj_test_rmtree(dir);
  free(path);
  free(dir);
}

static void sheets_follow_reports_md(void **state) {
  (void)state;
  static const char *const id[] = {"Ringkasan",
                                   "Sub Unit",
                                   "Profil BerAKHLAK",
                                   "Tren",
                                   "Distribusi Predikat",
                                   "Indikator",
                                   "Penilai",
                                   "Teladan",
                                   "Perlu Pembinaan",
                                   "Kepuasan Masyarakat",
                                   "Kualitas Data",
                                   "Metodologi"};
  assert_int_equal(kj_rapor_sheet_count(), (int)(sizeof id / sizeof id[0]));
  for (int i = 0; i < kj_rapor_sheet_count(); i++) {
    assert_string_equal(kj_rapor_sheet_name(i, KJ_LANG_ID), id[i]);
    const char *en = kj_rapor_sheet_name(i, KJ_LANG_EN);
    assert_non_null(en);
    assert_true(strlen(en) <= 31);
  }
  assert_string_equal(kj_rapor_sheet_name(0, KJ_LANG_EN), "Summary");
  assert_null(kj_rapor_sheet_name(kj_rapor_sheet_count(), KJ_LANG_ID));
  assert_null(kj_rapor_sheet_name(-1, KJ_LANG_ID));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(file_names_stay_inside_the_directory),
      cmocka_unit_test(write_refuses_an_opd_outside_the_analysis),
      cmocka_unit_test(sheets_follow_reports_md),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
