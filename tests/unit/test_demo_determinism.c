/* test_demo_determinism.c — kj_demo_write is a pure function of its options
 * (the "done when" of issue 2: the same seed writes byte-identical files),
 * a different seed gives different people and facts, the random streams of
 * one concern do not depend on another, options are checked, and output is
 * written atomically (no temporary files left, I/O errors reported). */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demo/demo.h"
#include "testutil.h"

static char *run(const char *tag, unsigned long seed, long employees, kj_demo_summary *sum) {
  char *dir = kj_test_tmpdir(tag);
  kj_demo_opts o;
  kj_demo_opts_init(&o);
  o.seed = seed;
  o.employees = employees;
  o.csv_dir = dir;
  kj_error err = {0};
  kj_demo_summary s;
  assert_int_equal(kj_demo_write(&o, sum ? sum : &s, &err), KJ_OK);
  return dir;
}

static int same_file(const char *a, const char *b, const char *name) {
  char pa[512], pb[512];
  snprintf(pa, sizeof pa, "%s/%s", a, name);
  snprintf(pb, sizeof pb, "%s/%s", b, name);
  size_t la, lb;
  char *x = kj_test_read(pa, &la), *y = kj_test_read(pb, &lb);
  assert_non_null(x);
  assert_non_null(y);
  int same = la == lb && memcmp(x, y, la) == 0;
  free(x);
  free(y);
  return same;
}

static void demo_same_seed_writes_identical_bytes(void **st) {
  (void)st;
  char *a = run("demo-a", 7, 600, NULL), *b = run("demo-b", 7, 600, NULL);
  for (int i = 0; i < KJ_DEMO_FILES; i++) assert_true(same_file(a, b, kj_demo_file_name(i)));
  kj_test_rmtree(a);
  kj_test_rmtree(b);
  free(a);
  free(b);
}

static void demo_other_seed_changes_people_and_facts_not_the_city(void **st) {
  (void)st;
  char *a = run("demo-s7", 7, 600, NULL), *b = run("demo-s8", 8, 600, NULL);
  /* The organisation is the city's, whatever the seed. */
  assert_true(same_file(a, b, "unit.csv"));
  for (int i = 1; i < KJ_DEMO_FILES; i++) assert_false(same_file(a, b, kj_demo_file_name(i)));
  kj_test_rmtree(a);
  kj_test_rmtree(b);
  free(a);
  free(b);
}

static void demo_survey_stream_does_not_depend_on_the_roster(void **st) {
  (void)st;
  kj_demo_summary s1, s2;
  char *a = run("demo-300", 7, 300, &s1), *b = run("demo-900", 7, 900, &s2);
  assert_true(same_file(a, b, "skm.csv"));
  assert_false(same_file(a, b, "pegawai.csv"));
  assert_int_equal(s1.n_employees, 300);
  assert_int_equal(s2.n_employees, 900);
  kj_test_rmtree(a);
  kj_test_rmtree(b);
  free(a);
  free(b);
}

static void demo_rerun_replaces_files_and_leaves_no_temporaries(void **st) {
  (void)st;
  char *a = run("demo-rerun", 7, 300, NULL);
  kj_demo_opts o;
  kj_demo_opts_init(&o);
  o.employees = 400;
  o.csv_dir = a;
  kj_error err = {0};
  kj_demo_summary s;
  assert_int_equal(kj_demo_write(&o, &s, &err), KJ_OK);
  DIR *d = opendir(a);
  assert_non_null(d);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2]))) continue;
    assert_null(strstr(e->d_name, ".tmp-"));
    n++;
  }
  closedir(d);
  assert_int_equal(n, KJ_DEMO_FILES);
  assert_int_equal(s.rows[1], 400);
  kj_test_rmtree(a);
  free(a);
}

static void demo_rejects_options_out_of_range(void **st) {
  (void)st;
  kj_demo_opts o;
  kj_error err = {0};
  kj_demo_opts_init(&o);
  assert_int_equal(kj_demo_check(&o, &err), KJ_OK);
  assert_int_equal(o.seed, 7);
  assert_int_equal(o.employees, 4800);
  o.employees = 10;
  assert_int_equal(kj_demo_check(&o, &err), KJ_USAGE);
  assert_string_equal(err.msg, "--employees must be between 200 and 1000000, got 10");
  o.employees = 1000001;
  assert_int_equal(kj_demo_check(&o, &err), KJ_USAGE);
  o.employees = 1000000;
  assert_int_equal(kj_demo_check(&o, &err), KJ_OK);
  kj_demo_opts_init(&o);
  o.from_year = 2021;
  assert_int_equal(kj_demo_check(&o, &err), KJ_USAGE);
  assert_string_equal(err.msg, "--from must be a year from 2022 to 2099, got 2021");
  kj_demo_opts_init(&o);
  o.to_year = 2022;
  assert_int_equal(kj_demo_check(&o, &err), KJ_USAGE);
  assert_string_equal(err.msg, "--to must be a year from --from (2023) to 2099, got 2022");
  kj_demo_opts_init(&o);
  o.to_year = 2040;
  assert_int_equal(kj_demo_check(&o, &err), KJ_USAGE);
  assert_string_equal(err.msg, "--from 2023 --to 2040 spans more than 10 years");
  kj_demo_opts_init(&o);
  o.csv_dir = "";
  assert_int_equal(kj_demo_write(&o, NULL, &err), KJ_USAGE);
}

static void demo_reports_a_directory_it_cannot_create(void **st) {
  (void)st;
  char *d = kj_test_tmpdir("demo-io");
  char *file = kj_test_write(d, "plain-file", "x", 1);
  char sub[600];
  snprintf(sub, sizeof sub, "%s/out", file);
  kj_demo_opts o;
  kj_demo_opts_init(&o);
  o.employees = 200;
  o.csv_dir = sub;
  kj_error err = {0};
  assert_int_equal(kj_demo_write(&o, NULL, &err), KJ_IO);
  assert_non_null(strstr(err.msg, "plain-file"));
  free(file);
  kj_test_rmtree(d);
  free(d);
}

static void demo_one_year_window_still_has_every_kind(void **st) {
  (void)st;
  char *dir = kj_test_tmpdir("demo-1y");
  kj_demo_opts o;
  kj_demo_opts_init(&o);
  o.employees = 200;
  o.from_year = o.to_year = 2024;
  o.csv_dir = dir;
  kj_error err = {0};
  kj_demo_summary s;
  assert_int_equal(kj_demo_write(&o, &s, &err), KJ_OK);
  for (int i = 0; i < KJ_DEMO_FILES; i++) assert_true(s.rows[i] > 0);
  assert_int_equal(s.rows[2], 33); /* one OPD without organisation predikat */
  kj_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(demo_same_seed_writes_identical_bytes),
      cmocka_unit_test(demo_other_seed_changes_people_and_facts_not_the_city),
      cmocka_unit_test(demo_survey_stream_does_not_depend_on_the_roster),
      cmocka_unit_test(demo_rerun_replaces_files_and_leaves_no_temporaries),
      cmocka_unit_test(demo_rejects_options_out_of_range),
      cmocka_unit_test(demo_reports_a_directory_it_cannot_create),
      cmocka_unit_test(demo_one_year_window_still_has_every_kind),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
