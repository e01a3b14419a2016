/* test_reports_wbsafety.c — what protects a reader's workbook: Excel's
 * sheet-name rules and the unique-name helper, atomic replacement of an
 * existing file (abort, a failed write, a disk that fills up during close,
 * a writer killed before close), the numeric locale, text limits, the
 * English footer, and the sticky errors of bad arguments. The workbook
 * layer itself is in reports/wb_*.c; the feature sample is in
 * test_reports_workbook.c.
 */
/* cmocka needs these first */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <locale.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "reports/workbook/wb_private.h" /* the scratch directory of a workbook */
#include "reports/workbook/workbook.h"
#include "testutil.h"
#include "util/fsutil.h"
#include "util/xalloc.h"

#define CHECKER KJ_TEST_DATA "/../scripts/check_xlsx.py"
#define OLD "an earlier workbook the run must not damage"

static const kj_wb_props props = {.title = "Uji", .created = "2025-06-30"};

static int entries(const char *dir) {
  DIR *d = opendir(dir);
  int n = 0;
  for (struct dirent *e; d && (e = readdir(d));)
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
  if (d) closedir(d);
  return n;
}

static void assert_old_intact(const char *path) {
  size_t n = 0;
  char *got = kj_test_read(path, &n);
  assert_non_null(got);
  assert_int_equal(n, strlen(OLD));
  assert_memory_equal(got, OLD, n);
  free(got);
}

static int run_checker(const char *xlsx, const char *expect) {
  pid_t pid = fork();
  if (pid == 0) {
    if (expect)
      execl("/usr/bin/python3", "python3", CHECKER, xlsx, "--expect", expect, (char *)0);
    else
      execl("/usr/bin/python3", "python3", CHECKER, xlsx, (char *)0);
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

/* Fills a sheet with n rows of text and numbers. */
static void fill(kj_wb *wb, int n) {
  kj_error err = {KJ_OK, ""};
  kj_wb_sheet *sh = kj_wb_sheet_add(wb, "Data", &err);
  assert_non_null(sh);
  for (int r = 0; r < n; r++) {
    char s[64];
    snprintf(s, sizeof s, "baris %d dengan teks yang tidak berulang %x", r, r * 2654435761u);
    kj_wb_text(sh, r, 0, s, KJ_WB_TEXT);
    kj_wb_num(sh, r, 1, r * 1.25, KJ_WB_DEC2);
  }
}

static void sheet_names_follow_excel_rules(void **st) {
  (void)st;
  static const char *const bad[] = {
      "",
      "A name of thirty-two characters!",
      "a[b",
      "a]b",
      "x:y",
      "a*b",
      "why?",
      "a/b",
      "a\\b",
      "tab\there",
      "'quoted",
      "quoted'",
      "History",
      "HISTORY",
      "\xC3\x28 broken", /* invalid UTF-8 */
      /* 16 emoji: 16 characters but 32 UTF-16 units */
      "\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
      "\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
      "\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
      "\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80",
  };
  kj_error err;
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    kj_error_clear(&err);
    if (kj_wb_sheet_name_check(NULL, bad[i], &err) == KJ_OK) fail_msg("accepted '%s'", bad[i]);
    assert_int_equal(err.status, KJ_INTERNAL);
    assert_true(strlen(err.msg) > 10);
  }
  static const char *const good[] = {
      "Ringkasan",
      "Peringkat OPD",
      "A name of thirty-one characters",
      "it's fine",
      "Kepuasan (SKM) 2025 - Bagian #1",
      /* 31 non-ASCII characters */
      "\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C"
      "\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C"
      "\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C\xC3\x9C",
  };
  for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
    if (kj_wb_sheet_name_check(NULL, good[i], &err) != KJ_OK) fail_msg("%s", err.msg);

  char *dir = kj_test_tmpdir("wbname");
  char *path = kj_path_join(dir, "n.xlsx");
  kj_wb *wb = kj_wb_new(path, &props, &err);
  assert_non_null(wb);
  assert_non_null(kj_wb_sheet_add(wb, "Ringkasan", &err));
  assert_non_null(kj_wb_sheet_add(wb,
                                  "\xC3\x9C"
                                  "ber",
                                  &err));
  /* taken, whatever the letter case (Latin-1 letters fold too) */
  assert_null(kj_wb_sheet_add(wb, "RINGKASAN", &err));
  assert_non_null(strstr(err.msg, "already used"));
  assert_null(kj_wb_sheet_add(wb,
                              "\xC3\xBC"
                              "BER",
                              &err));
  assert_null(kj_wb_sheet_add(wb, "Bad:name", &err));
  assert_non_null(strstr(err.msg, "forbids"));
  /* a refused name leaves the workbook healthy */
  assert_int_equal(kj_wb_status(wb, NULL), KJ_OK);
  assert_int_equal(kj_wb_close(wb, &err), KJ_OK);
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

static void unique_names_are_valid_and_unused(void **st) {
  (void)st;
  kj_error err = {KJ_OK, ""};
  char *dir = kj_test_tmpdir("wbuniq");
  char *path = kj_path_join(dir, "u.xlsx");
  kj_wb *wb = kj_wb_new(path, &props, &err);
  assert_non_null(wb);
  static const struct {
    const char *text, *want;
  } cases[] = {
      {"Dinas Pendidikan", "Dinas Pendidikan"},
      {"dinas pendidikan", "dinas pendidikan (2)"},
      {"DINAS PENDIDIKAN", "DINAS PENDIDIKAN (3)"},
      {"Bagian [Umum]: Tata Usaha / Keuangan?", "Bagian _Umum__ Tata Usaha _ Keu"},
      {"  'Kecamatan\t\tPadangsidimpuan Utara'  ", "Kecamatan Padangsidimpuan Utara"},
      {"", "Lembar"},
      {"''", "Lembar (2)"},
      {"\xFF\xFE bytes", "__ bytes"},
      {"history", "history (2)"},
      {"Sekretariat Dewan Perwakilan Rakyat Daerah", "Sekretariat Dewan Perwakilan Ra"},
      {"Sekretariat Dewan Perwakilan Rakyat Daerah", "Sekretariat Dewan Perwakila (2)"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char *name = kj_wb_sheet_name_unique(wb, cases[i].text);
    assert_string_equal(name, cases[i].want);
    if (kj_wb_sheet_name_check(wb, name, &err) != KJ_OK) fail_msg("%s", err.msg);
    if (!kj_wb_sheet_add(wb, name, &err)) fail_msg("%s", err.msg);
    free(name);
  }
  assert_int_equal(kj_wb_close(wb, &err), KJ_OK);
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

static void abort_leaves_existing_file_untouched(void **st) {
  (void)st;
  kj_error err = {KJ_OK, ""};
  char *dir = kj_test_tmpdir("wbabort");
  char *path = kj_test_write(dir, "report.xlsx", OLD, -1);
  kj_wb *wb = kj_wb_new(path, &props, &err);
  assert_non_null(wb);
  /* the temporary file, and its scratch directory unless that is on a RAM disk */
  int ram = strncmp(wb->tmpdir, "/dev/shm/kinerja-", 17) == 0;
  char *scratch = xstrdup(wb->tmpdir);
  assert_int_equal(entries(dir), ram ? 2 : 3);
  fill(wb, 50);
  kj_wb_abort(wb);
  assert_old_intact(path);
  assert_int_equal(entries(dir), 1);
  struct stat sb;
  assert_int_not_equal(stat(scratch, &sb), 0); /* removed wherever it was */
  free(scratch);
  kj_wb_abort(NULL);
  assert_int_equal(kj_wb_close(NULL, &err), KJ_OK);
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

/* A child that starts a workbook, says where its scratch directory is, waits
 * for a byte on `hold` (unless -1), and ends: with kj_wb_abort when tidy,
 * else leaving the directory behind as a killed process does. Returns its
 * pid; scratch gets the directory. */
static pid_t scratch_child(const char *path, int hold, int tidy, char *scratch, size_t cap) {
  int fds[2];
  assert_int_equal(pipe(fds), 0);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    alarm(60); /* never outlive a failed test */
    kj_error err = {KJ_OK, ""};
    kj_wb *wb = kj_wb_new(path, &props, &err);
    const char *d = wb ? wb->tmpdir : "";
    if (write(fds[1], d, strlen(d) + 1) < 0) _exit(2);
    char c;
    if (hold >= 0 && read(hold, &c, 1) < 0) _exit(2);
    if (tidy) kj_wb_abort(wb);
    _exit(0);
  }
  close(fds[1]);
  ssize_t n = read(fds[0], scratch, cap - 1);
  close(fds[0]);
  scratch[n > 0 ? n : 0] = '\0';
  return pid;
}

/* Scratch directories on the RAM disk: a dead process's is removed by the
 * next workbook of another process, a live one's is left alone. */
static void dead_writers_scratch_is_swept(void **st) {
  (void)st;
  struct stat sb;
  if (stat("/dev/shm", &sb) != 0 || !S_ISDIR(sb.st_mode)) skip();
  char *dir = kj_test_tmpdir("wbsweep");
  char *path = kj_test_write(dir, "report.xlsx", OLD, -1);
  char dead[256], live[256], none[256];
  int hold[2];
  assert_int_equal(pipe(hold), 0);
  pid_t a = scratch_child(path, -1, 0, dead, sizeof dead);
  waitpid(a, NULL, 0);
  assert_true(strncmp(dead, "/dev/shm/kinerja-", 17) == 0);
  assert_int_equal(stat(dead, &sb), 0); /* left behind */
  pid_t b = scratch_child(path, hold[0], 0, live, sizeof live); /* its kj_wb_new sweeps */
  assert_int_not_equal(stat(dead, &sb), 0);
  pid_t c = scratch_child(path, -1, 1, none, sizeof none); /* b holds its lock */
  waitpid(c, NULL, 0);
  assert_int_equal(stat(live, &sb), 0);
  assert_int_not_equal(stat(none, &sb), 0); /* a tidy end removes its own */
  assert_int_equal(write(hold[1], "x", 1), 1);
  waitpid(b, NULL, 0);
  close(hold[0]);
  close(hold[1]);
  c = scratch_child(path, -1, 1, none, sizeof none); /* sweeps b's, now unlocked */
  waitpid(c, NULL, 0);
  assert_int_not_equal(stat(live, &sb), 0);
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

static void failed_write_discards_the_file(void **st) {
  (void)st;
  kj_error err = {KJ_OK, ""};
  char *dir = kj_test_tmpdir("wbfail");
  char *path = kj_test_write(dir, "report.xlsx", OLD, -1);
  kj_wb *wb = kj_wb_new(path, &props, &err);
  assert_non_null(wb);
  fill(wb, 10);
  kj_error_clear(&err);
  kj_wb_sheet *sh = kj_wb_sheet_add(wb, "Kedua", &err);
  assert_non_null(sh);
  assert_int_equal(kj_wb_text(sh, 6, 1, "nama \xC3\x28 rusak", KJ_WB_TEXT), KJ_DATA);
  /* later calls do nothing and report the first failure */
  assert_int_equal(kj_wb_num(sh, 7, 1, 1.0, KJ_WB_DEC1), KJ_DATA);
  assert_null(kj_wb_sheet_add(wb, "Ketiga", &err));
  assert_int_equal(kj_wb_status(wb, &err), KJ_DATA);
  assert_non_null(strstr(err.msg, "sheet 'Kedua' cell B7"));
  kj_error_clear(&err);
  assert_int_equal(kj_wb_close(wb, &err), KJ_DATA);
  assert_non_null(strstr(err.msg, "not valid UTF-8"));
  assert_old_intact(path);
  assert_int_equal(entries(dir), 1);
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

/* A child process writes with a file-size limit, as on a disk that fills
 * up while workbook_close writes the zip: close fails with KJ_IO and the
 * earlier file is intact, with no temporary file left behind. */
static void full_disk_during_close_keeps_existing_file(void **st) {
  (void)st;
  char *dir = kj_test_tmpdir("wbfull");
  char *path = kj_test_write(dir, "report.xlsx", OLD, -1);
  pid_t pid = fork();
  if (pid == 0) {
    struct rlimit lim = {16384, 16384};
    signal(SIGXFSZ, SIG_IGN); /* writes past the limit fail with EFBIG */
    kj_error err = {KJ_OK, ""};
    kj_wb *wb = kj_wb_new(path, &props, &err);
    if (!wb) _exit(90);
    fill(wb, 3000);
    setrlimit(RLIMIT_FSIZE, &lim);
    kj_status s = kj_wb_close(wb, &err);
    _exit(s == KJ_IO && strstr(err.msg, "report.xlsx") ? 0 : 80 + (int)s);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  assert_true(WIFEXITED(status));
  assert_int_equal(WEXITSTATUS(status), 0);
  assert_old_intact(path);
  assert_int_equal(entries(dir), 1);
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

/* A writer killed before close (power cut, kill -9) never reaches the
 * rename: the earlier file is intact; only a hidden temporary file remains. */
static void killed_writer_keeps_existing_file(void **st) {
  (void)st;
  char *dir = kj_test_tmpdir("wbkill");
  char *path = kj_test_write(dir, "report.xlsx", OLD, -1);
  pid_t pid = fork();
  if (pid == 0) {
    alarm(60); /* never outlive a failed test */
    kj_error err = {KJ_OK, ""};
    kj_wb *wb = kj_wb_new(path, &props, &err);
    if (wb) fill(wb, 500);
    raise(SIGKILL);
    _exit(1);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  assert_true(WIFSIGNALED(status));
  assert_old_intact(path);
  DIR *d = opendir(dir);
  for (struct dirent *e; (e = readdir(d));)
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && strcmp(e->d_name, "report.xlsx"))
      assert_true(strncmp(e->d_name, ".report.xlsx.tmp-", 17) == 0);
  closedir(d);
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

static void unwritable_place_and_bad_props_fail_cleanly(void **st) {
  (void)st;
  kj_error err = {KJ_OK, ""};
  assert_null(kj_wb_new("/nonexistent-kj-dir/report.xlsx", &props, &err));
  assert_int_equal(err.status, KJ_IO);
  assert_non_null(strstr(err.msg, "/nonexistent-kj-dir/report.xlsx"));
  char *dir = kj_test_tmpdir("wbprops");
  char *path = kj_path_join(dir, "p.xlsx");
  static const char *const dates[] = {"2025-13-01", "2025-02-29",  "25-01-01", "2025-1-01",
                                      "1979-12-31", "2025-01-01x", NULL};
  for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
    kj_wb_props p = props;
    p.created = dates[i];
    kj_error_clear(&err);
    assert_null(kj_wb_new(path, &p, &err));
    assert_int_equal(err.status, KJ_INTERNAL);
    assert_non_null(strstr(err.msg, "creation date"));
  }
  assert_null(kj_wb_new(path, NULL, &err));
  assert_int_equal(entries(dir), 0); /* no temporary file left by a refusal */
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

/* libxlsxwriter 1.1.4 prints numbers with printf: under a decimal-comma
 * locale they would read "1,5". kj_wb_new must put LC_NUMERIC back to "C".
 * Needs localedef and the id_ID source (skipped where they are missing). */
static void numeric_locale_is_forced_to_c(void **st) {
  (void)st;
  char *dir = kj_test_tmpdir("wbloc");
  char line[1024];
  snprintf(line, sizeof line, "localedef -i id_ID -f UTF-8 %s/id_ID.UTF-8 >/dev/null 2>&1", dir);
  /* localedef may exit non-zero for mere warnings: whether the locale
   * works is decided by setlocale below */
  if (system(line) == -1) line[0] = '\0';
  setenv("LOCPATH", dir, 1);
  const char *set = setlocale(LC_NUMERIC, "id_ID.UTF-8");
  char probe[32];
  snprintf(probe, sizeof probe, "%.1f", 1.5);
  if (!set || strcmp(probe, "1,5") != 0) {
    setlocale(LC_NUMERIC, "C");
    unsetenv("LOCPATH");
    kj_test_rmtree(dir);
    free(dir);
    skip();
  }
  kj_error err = {KJ_OK, ""};
  char *path = kj_path_join(dir, "angka.xlsx");
  kj_wb *wb = kj_wb_new(path, &props, &err);
  assert_non_null(wb);
  assert_string_equal(setlocale(LC_NUMERIC, NULL), "C");
  kj_wb_sheet *sh = kj_wb_sheet_add(wb, "Angka", &err);
  kj_wb_num(sh, 0, 0, 1.5, KJ_WB_DEC1);
  kj_wb_num(sh, 1, 0, -1234.0625, KJ_WB_GENERAL);
  assert_int_equal(kj_wb_close(wb, &err), KJ_OK);
  unsetenv("LOCPATH");
  /* the checker rejects any number in the sheet XML that is not C-locale */
  assert_int_equal(run_checker(path, NULL), 0);
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

/* English workbook: footer and the layer's own words in English, text cut
 * at Excel's 32,767-character cell limit (UTF-16 units: an emoji counts
 * two), and the 15-digit limit for numbers. */
static void english_footer_and_text_limits(void **st) {
  (void)st;
  kj_error err = {KJ_OK, ""};
  char *dir = kj_test_tmpdir("wben");
  char *path = kj_path_join(dir, "en.xlsx");
  kj_wb_props p = props;
  p.lang = KJ_LANG_EN;
  kj_wb *wb = kj_wb_new(path, &p, &err);
  assert_non_null(wb);
  char *name = kj_wb_sheet_name_unique(wb, "");
  assert_string_equal(name, "Sheet");
  kj_wb_sheet *sh = kj_wb_sheet_add(wb, name, &err);
  free(name);
  size_t n = 40000;
  char *big = malloc(n * 4 + 1);
  memset(big, 'x', n);
  big[n] = '\0';
  kj_wb_text(sh, 0, 0, big, KJ_WB_WRAP);
  for (size_t i = 0; i < 20000; i++) memcpy(big + 4 * i, "\xF0\x9F\x98\x80", 4);
  big[4 * 20000] = '\0';
  kj_wb_text(sh, 1, 0, big, KJ_WB_TEXT);
  free(big);
  kj_wb_int(sh, 2, 0, 999999999999999LL, KJ_WB_AUTO);
  kj_wb_int(sh, 3, 0, 1000000000000000LL, KJ_WB_AUTO);
  kj_wb_num(sh, 4, 0, INFINITY, KJ_WB_DEC1);
  static const kj_column_def defs[] = {{"a", KJ_COL_INT}};
  kj_table *t = kj_table_new("empty", 1, defs);
  assert_int_equal(kj_wb_table(sh, 6, 0, t, NULL), 9); /* header, note, blank */
  kj_table_free(t);
  assert_int_equal(kj_wb_close(wb, &err), KJ_OK);
  char *expect = kj_test_write(dir, "en.json",
                               "{\"sheets\": [\"Sheet\"], \"sheet\": {\"Sheet\": {"
                               "\"footer\": \"Page &P of &N\", \"cells\": {"
                               "\"A1\": {\"type\": \"s\", \"value_len\": 32767, \"wrap\": true},"
                               "\"A2\": {\"type\": \"s\", \"value_len\": 16383},"
                               "\"A3\": {\"type\": \"n\", \"value\": 999999999999999},"
                               "\"A4\": {\"type\": \"s\", \"value\": \"1000000000000000\"},"
                               "\"A5\": {\"value\": null, \"number_format\": \"0.0\"},"
                               "\"A8\": {\"value\": \"(no data)\"}}}}}",
                               -1);
  assert_int_equal(run_checker(path, expect), 0);
  free(expect);
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

/* Each misuse is reported with a message, makes later content calls no-ops
 * and makes close discard the file. */
typedef void (*misuse_fn)(kj_wb_sheet *sh);

static void m_outside(kj_wb_sheet *sh) { kj_wb_num(sh, 1048576, 0, 1, KJ_WB_INT); }
static void m_not_png(kj_wb_sheet *sh) {
  static const unsigned char jpeg[40] = {0xFF, 0xD8, 0xFF, 0xE0};
  kj_wb_image(sh, 0, 0, jpeg, sizeof jpeg, 0.5, NULL);
}
static void m_two_filters(kj_wb_sheet *sh) {
  static const kj_column_def defs[] = {{"a", KJ_COL_INT}};
  kj_table *t = kj_table_new("t", 1, defs);
  kj_table_set_int(t, kj_table_add_row(t), 0, 1);
  int r = kj_wb_table(sh, 0, 0, t, NULL);
  kj_wb_table(sh, r, 0, t, NULL);
  kj_table_free(t);
}
static void m_chart_no_title(kj_wb_sheet *sh) {
  kj_wb_series s = {.cats = {0, 0, 3, 0}, .vals = {0, 1, 3, 1}};
  kj_wb_chart_spec c = {.kind = KJ_WB_CHART_LINE, .nseries = 1, .series = &s};
  kj_wb_chart(sh, 5, 0, &c);
}
static void m_chart_block_range(kj_wb_sheet *sh) {
  kj_wb_series s = {.cats = {0, 0, 3, 0}, .vals = {0, 1, 3, 2}};
  kj_wb_chart_spec c = {.kind = KJ_WB_CHART_COLUMN, .title = "t", .nseries = 1, .series = &s};
  kj_wb_chart(sh, 5, 0, &c);
}
static void m_traffic_no_bounds(kj_wb_sheet *sh) {
  kj_wb_cf cf = {.kind = KJ_WB_CF_TRAFFIC, .lo = NAN, .hi = 1};
  kj_wb_cf_apply(sh, 0, 0, 5, 0, &cf);
}
static void m_bad_date(kj_wb_sheet *sh) { kj_wb_date(sh, 0, 0, "31/01/2025", KJ_WB_AUTO); }
static void m_bad_width(kj_wb_sheet *sh) { kj_wb_col_width(sh, 0, 2, -3); }

static void misuse_is_sticky_and_discards_the_file(void **st) {
  (void)st;
  static const struct {
    misuse_fn fn;
    kj_status want;
    const char *msg;
  } cases[] = {
      {m_outside, KJ_INTERNAL, "outside the sheet"},
      {m_not_png, KJ_INTERNAL, "cell A1: image is not a PNG"},
      {m_two_filters, KJ_INTERNAL, "second autofilter"},
      {m_chart_no_title, KJ_INTERNAL, "a chart needs"},
      {m_chart_block_range, KJ_INTERNAL, "one row or one column"},
      {m_traffic_no_bounds, KJ_INTERNAL, "thresholds"},
      {m_bad_date, KJ_DATA, "cell A1: \"31/01/2025\" is not a date"},
      {m_bad_width, KJ_INTERNAL, "column width"},
  };
  char *dir = kj_test_tmpdir("wbmisuse");
  char *path = kj_path_join(dir, "m.xlsx");
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    kj_error err = {KJ_OK, ""};
    kj_wb *wb = kj_wb_new(path, &props, &err);
    assert_non_null(wb);
    kj_wb_sheet *sh = kj_wb_sheet_add(wb, "Lembar", &err);
    cases[i].fn(sh);
    assert_int_equal(kj_wb_text(sh, 20, 0, "sesudahnya", KJ_WB_TEXT), cases[i].want);
    kj_error_clear(&err);
    assert_int_equal(kj_wb_close(wb, &err), cases[i].want);
    if (!strstr(err.msg, cases[i].msg)) fail_msg("case %zu: %s", i, err.msg);
    assert_int_equal(entries(dir), 0);
  }
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(sheet_names_follow_excel_rules),
      cmocka_unit_test(unique_names_are_valid_and_unused),
      cmocka_unit_test(abort_leaves_existing_file_untouched),
      cmocka_unit_test(dead_writers_scratch_is_swept),
      cmocka_unit_test(failed_write_discards_the_file),
      cmocka_unit_test(full_disk_during_close_keeps_existing_file),
      cmocka_unit_test(killed_writer_keeps_existing_file),
      cmocka_unit_test(unwritable_place_and_bad_props_fail_cleanly),
      cmocka_unit_test(numeric_locale_is_forced_to_c),
      cmocka_unit_test(english_footer_and_text_limits),
      cmocka_unit_test(misuse_is_sticky_and_discards_the_file),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
