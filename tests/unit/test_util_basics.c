/* test_util_basics.c — UTF-8 checks, normalisation keys, human number
 * formatting, hash tables, result tables as CSV, safe file names, atomic
 * output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "util/fsutil.h"
#include "util/hash.h"
#include "util/platform.h"
#include "util/table.h"
#include "util/text.h"

static void utf8_check_finds_first_bad_byte(void **st) {
  (void)st;
  const char ok[] = "Padangsidimpuan \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80";
  assert_int_equal(kj_utf8_check(ok, strlen(ok)), strlen(ok));
  assert_int_equal(kj_utf8_check("ab\xE9z", 4), 2);          /* Latin-1 é */
  assert_int_equal(kj_utf8_check("\xC0\xAF", 2), 0);         /* overlong */
  assert_int_equal(kj_utf8_check("x\xED\xA0\x80", 4), 1);    /* surrogate */
  assert_int_equal(kj_utf8_check("\xE2\x82", 2), 0);         /* truncated */
  assert_int_equal(kj_utf8_len("\xC3\xA9t\xC3\xA9"), 3);
}

static void header_and_enum_keys_normalise(void **st) {
  (void)st;
  char k[64];
  kj_header_key("  Kode Unit ", k, sizeof k);
  assert_string_equal(k, "kode_unit");
  kj_header_key("Rating-Hasil  Kerja", k, sizeof k);
  assert_string_equal(k, "rating_hasil_kerja");
  kj_enum_key("Di Atas / Ekspektasi", k, sizeof k);
  assert_string_equal(k, "DIATASEKSPEKTASI");
}

static void trim_handles_nbsp(void **st) {
  (void)st;
  char s[] = "\xC2\xA0 abc \t\xC2\xA0";
  assert_string_equal(kj_trim(s), "abc");
}

static void numbers_format_in_indonesian_and_english(void **st) {
  (void)st;
  char b[64];
  assert_string_equal(kj_fmt_num(b, sizeof b, 1234567.891, 2, KJ_LANG_ID), "1.234.567,89");
  assert_string_equal(kj_fmt_num(b, sizeof b, 1234567.891, 2, KJ_LANG_EN), "1,234,567.89");
  assert_string_equal(kj_fmt_num(b, sizeof b, -0.04, 1, KJ_LANG_ID), "0,0");
  assert_string_equal(kj_fmt_num(b, sizeof b, -87.55, 1, KJ_LANG_ID), "-87,5");
  assert_string_equal(kj_fmt_num(b, sizeof b, 999.0, 0, KJ_LANG_ID), "999");
  assert_string_equal(kj_fmt_num_plain(b, sizeof b, 4800, 0, KJ_LANG_ID), "4800");
  assert_string_equal(kj_fmt_pct(b, sizeof b, 0.473, 1, KJ_LANG_ID), "47,3 %");
  assert_string_equal(kj_fmt_pct(b, sizeof b, 0.473, 1, KJ_LANG_EN), "47.3%");
  assert_string_equal(kj_fmt_num(b, sizeof b, NAN, 1, KJ_LANG_ID), "\xE2\x80\x93");
}

static void i64map_and_strmap_store_and_grow(void **st) {
  (void)st;
  kj_i64map m = {0};
  for (int64_t i = 1; i <= 5000; i++) kj_i64map_put(&m, 198000000000000000LL + i * 7, (int32_t)i);
  int32_t v = 0;
  assert_true(kj_i64map_get(&m, 198000000000000000LL + 4999 * 7, &v));
  assert_int_equal(v, 4999);
  assert_false(kj_i64map_get(&m, 5, NULL));
  kj_i64map_free(&m);
  kj_strmap s = {0};
  kj_strmap_put(&s, "DINKES", 1);
  kj_strmap_put(&s, "DISDIK", 2);
  kj_strmap_put(&s, "DINKES", 3);
  assert_true(kj_strmap_get(&s, "DINKES", &v));
  assert_int_equal(v, 3);
  assert_int_equal(s.len, 2);
  kj_strmap_free(&s);
}

static void fpset_reports_first_line_of_duplicate(void **st) {
  (void)st;
  kj_fpset s = {0};
  kj_fp a = kj_fp_init(), b = kj_fp_init(), c = kj_fp_init();
  kj_fp_add(&a, "ab", 2);
  kj_fp_add(&a, "c", 1);
  kj_fp_add(&b, "a", 1);
  kj_fp_add(&b, "bc", 2);
  kj_fp_add(&c, "ab", 2);
  kj_fp_add(&c, "c", 1);
  assert_int_equal(kj_fpset_add(&s, a, 10), 0);
  assert_int_equal(kj_fpset_add(&s, b, 11), 0); /* parts are length-delimited */
  assert_int_equal(kj_fpset_add(&s, c, 12), 10);
  kj_fpset_clear(&s);
  assert_int_equal(kj_fpset_add(&s, c, 13), 0);
  kj_fpset_free(&s);
}

static void table_writes_tidy_csv_sorted_by_key(void **st) {
  (void)st;
  kj_column_def defs[] = {{"kode_opd", KJ_COL_TEXT}, {"n", KJ_COL_INT}, {"mean", KJ_COL_REAL}};
  kj_table *t = kj_table_new("contoh", 3, defs);
  size_t r = kj_table_add_row(t);
  kj_table_set_text(t, r, 0, "ZETA, \"Z\"");
  kj_table_set_int(t, r, 1, 7);
  kj_table_set_real(t, r, 2, 0.1);
  r = kj_table_add_row(t);
  kj_table_set_text(t, r, 0, "ALFA");
  kj_table_set_int(t, r, 1, 3);
  kj_table_set_real(t, r, 2, NAN);
  int key = 0;
  kj_table_sort(t, 1, &key);
  /* A real file rather than open_memstream, which Windows lacks. */
  char *dir = kj_test_tmpdir("table");
  char *path = kj_path_join(dir, "t.csv");
  FILE *fp = fopen(path, "wb");
  assert_non_null(fp);
  assert_int_equal(kj_table_write_csv(t, fp, NULL), KJ_OK);
  fclose(fp);
  char *buf = kj_test_read(path, NULL);
  kj_test_rmtree(dir);
  free(path);
  free(dir);
  assert_string_equal(buf, "kode_opd,n,mean\nALFA,3,\n\"ZETA, \"\"Z\"\"\",7,0.10000000000000001\n");
  assert_int_equal(kj_table_col(t, "mean"), 2);
  assert_int_equal(kj_table_col(t, "nope"), -1);
  free(buf);
  kj_table_free(t);
}

static void safe_filename_never_escapes_the_directory(void **st) {
  (void)st;
  char *a = kj_safe_filename("../x");
  assert_string_equal(a, ".._x");
  char *b = kj_safe_filename("a/b");
  assert_string_equal(b, "a_b");
  char *c = kj_safe_filename("..");
  assert_string_equal(c, "_..");
  char *d = kj_safe_filename("");
  assert_string_equal(d, "_");
  free(a);
  free(b);
  free(c);
  free(d);
}

static void atomic_output_keeps_old_file_until_commit(void **st) {
  (void)st;
  char *dir = kj_test_tmpdir("atomic");
  char *path = kj_test_write(dir, "out.csv", "old\n", -1);
  kj_out o;
  assert_int_equal(kj_out_open(&o, path, NULL), KJ_OK);
  fputs("new\n", o.fp);
  char *now = kj_test_read(path, NULL);
  assert_string_equal(now, "old\n");
  free(now);
  kj_out_abort(&o);
  now = kj_test_read(path, NULL);
  assert_string_equal(now, "old\n");
  free(now);
  assert_int_equal(kj_out_open(&o, path, NULL), KJ_OK);
  fputs("new\n", o.fp);
  assert_int_equal(kj_out_commit(&o, NULL), KJ_OK);
  now = kj_test_read(path, NULL);
  assert_string_equal(now, "new\n");
  free(now);
  kj_error err = {0};
  assert_int_equal(kj_out_open(&o, "/nonexistent-dir/x.csv", &err), KJ_IO);
  assert_non_null(strstr(err.msg, "/nonexistent-dir/x.csv"));
  kj_test_rmtree(dir);
  free(path);
  free(dir);
}

static void paths_split_and_join_on_this_systems_separators(void **st) {
  (void)st;
  assert_string_equal(kj_path_base("a/b/c.csv"), "c.csv");
  assert_string_equal(kj_path_base("c.csv"), "c.csv");
  assert_string_equal(kj_path_base("/x"), "x");
  char *j = kj_path_join("out/", "a.csv");
  assert_string_equal(j, "out/a.csv");
  free(j);
  j = kj_path_join("/", "a.csv");
  assert_string_equal(j, "/a.csv");
  free(j);
  assert_int_equal(kj_path_root_len("/tmp"), 1);
  assert_int_equal(kj_path_root_len("tmp/x"), 0);
#ifdef _WIN32
  assert_string_equal(kj_path_base("C:\\Users\\Analis\\Data Kinerja\\laporan.xlsx"), "laporan.xlsx");
  assert_string_equal(kj_path_base("C:laporan.xlsx"), "laporan.xlsx");
  assert_string_equal(kj_path_base("C:/data\\sub/x.csv"), "x.csv");
  assert_int_equal(kj_path_root_len("C:\\x"), 3);
  assert_int_equal(kj_path_root_len("c:x"), 2);
  assert_int_equal(kj_path_root_len("\\\\srv\\share\\x"), 12);
  j = kj_path_join("C:\\Data Kinerja", "a.csv");
  assert_string_equal(j, "C:\\Data Kinerja\\a.csv");
  free(j);
  j = kj_path_join("C:", "a.csv");
  assert_string_equal(j, "C:a.csv");
  free(j);
#else
  assert_string_equal(kj_path_base("a\\b.csv"), "a\\b.csv"); /* a file name on POSIX */
#endif
}

static void mkdirs_and_replace_work_over_existing_files(void **st) {
  (void)st;
  char *dir = kj_test_tmpdir("mkdirs");
  char *deep = kj_path_join(dir, "Data Kinerja/é ü/tahun 2025");
  assert_int_equal(kj_mkdirs(deep, NULL), KJ_OK);
  assert_true(kj_is_dir(deep));
  assert_int_equal(kj_mkdirs(deep, NULL), KJ_OK); /* already there: fine */
  char *old = kj_test_write(deep, "laporan.xlsx", "old", -1);
  char *tmp = kj_test_write(deep, ".laporan.tmp", "new", -1);
  assert_int_equal(kj_replace_file(tmp, old), 0);
  char *now = kj_test_read(old, NULL);
  assert_string_equal(now, "new");
  assert_null(kj_test_read(tmp, NULL));
  assert_int_equal(kj_sync_path(old), 0);
  kj_error err = {0};
  assert_int_equal(kj_mkdirs(old, &err), KJ_IO); /* a file, not a directory */
#ifdef _WIN32
  char *back = kj_path_join(dir, "a\\b\\c");
  assert_int_equal(kj_mkdirs(back, NULL), KJ_OK);
  char *fwd = kj_path_join(dir, "a/b/c");
  assert_true(kj_is_dir(fwd));
  free(back);
  free(fwd);
#endif
  kj_test_rmtree(dir);
  free(now);
  free(tmp);
  free(old);
  free(deep);
  free(dir);
}

static void getline_reads_long_and_unterminated_lines(void **st) {
  (void)st;
  char *dir = kj_test_tmpdir("getline");
  char data[3000];
  memset(data, 'x', 2000);
  memcpy(data + 2000, "\r\nlast", 6);
  char *path = kj_test_write(dir, "l.csv", data, 2006);
  FILE *fp = fopen(path, "rb");
  assert_non_null(fp);
  char *line = NULL;
  size_t cap = 0;
  assert_int_equal(kj_getline(&line, &cap, fp), 2002);
  assert_int_equal(line[2001], '\n');
  assert_int_equal(kj_getline(&line, &cap, fp), 4);
  assert_string_equal(line, "last");
  assert_int_equal(kj_getline(&line, &cap, fp), -1);
  fclose(fp);
  free(line);
  kj_test_rmtree(dir);
  free(path);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(utf8_check_finds_first_bad_byte),
      cmocka_unit_test(header_and_enum_keys_normalise),
      cmocka_unit_test(trim_handles_nbsp),
      cmocka_unit_test(numbers_format_in_indonesian_and_english),
      cmocka_unit_test(i64map_and_strmap_store_and_grow),
      cmocka_unit_test(fpset_reports_first_line_of_duplicate),
      cmocka_unit_test(table_writes_tidy_csv_sorted_by_key),
      cmocka_unit_test(safe_filename_never_escapes_the_directory),
      cmocka_unit_test(atomic_output_keeps_old_file_until_commit),
      cmocka_unit_test(paths_split_and_join_on_this_systems_separators),
      cmocka_unit_test(mkdirs_and_replace_work_over_existing_files),
      cmocka_unit_test(getline_reads_long_and_unterminated_lines),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
