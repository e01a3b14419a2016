/* test_ingest_csv.c — the streaming CSV reader: BOM, delimiter detection,
 * RFC 4180 quoting, physical line numbers, blank lines, UTF-8, SHA-256. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/csv.h"
#include "testutil.h"

static char *dir;

static int setup(void **st) {
  (void)st;
  dir = kj_test_tmpdir("csv");
  return dir ? 0 : -1;
}

static int teardown(void **st) {
  (void)st;
  kj_test_rmtree(dir);
  free(dir);
  return 0;
}

static kj_csv *open_text(const char *name, const char *text) {
  char *p = kj_test_write(dir, name, text, -1);
  kj_csv *r = NULL;
  assert_int_equal(kj_csv_open(p, &r, NULL), KJ_OK);
  free(p);
  return r;
}

static void detects_semicolon_and_tab_and_comma(void **st) {
  (void)st;
  assert_int_equal(kj_csv_detect_delimiter("a;b;c", 5), ';');
  assert_int_equal(kj_csv_detect_delimiter("a\tb\tc", 5), '\t');
  assert_int_equal(kj_csv_detect_delimiter("a,b,c", 5), ',');
  assert_int_equal(kj_csv_detect_delimiter("\"a;b\",c", 7), ',');
  assert_int_equal(kj_csv_detect_delimiter("single", 6), ',');
}

static void reads_bom_crlf_quotes_and_line_numbers(void **st) {
  (void)st;
  kj_csv *r = open_text("a.csv", "\xEF\xBB\xBFnip;nama\r\n"
                                 "\r\n"
                                 "1; Budi \r\n"
                                 "2;\"Siti\r\nNasution; S.Kom\"\r\n"
                                 ";\r\n"
                                 "3;\"Ani \"\"Ucok\"\"\"\r\n");
  const kj_csv_record *rec;
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_int_equal(kj_csv_delimiter(r), ';');
  assert_int_equal(rec->line, 1);
  assert_string_equal(rec->fields[0], "nip");
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_int_equal(rec->line, 3);
  assert_string_equal(rec->fields[1], "Budi");
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_int_equal(rec->line, 4);
  assert_string_equal(rec->fields[1], "Siti\r\nNasution; S.Kom");
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1); /* ";" line skipped as empty */
  assert_int_equal(rec->line, 7);
  assert_string_equal(rec->fields[1], "Ani \"Ucok\"");
  assert_int_equal(kj_csv_next(r, &rec, NULL), 0);
  kj_csv_close(r);
}

static void tab_delimited_keeps_empty_fields(void **st) {
  (void)st;
  kj_csv *r = open_text("t.tsv", "a\tb\tc\n1\t\t3\n");
  const kj_csv_record *rec;
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_int_equal(rec->nfields, 3);
  assert_string_equal(rec->fields[1], "");
  assert_string_equal(rec->fields[2], "3");
  kj_csv_close(r);
}

static void last_line_without_newline_is_read(void **st) {
  (void)st;
  kj_csv *r = open_text("n.csv", "a,b\n1,2");
  const kj_csv_record *rec;
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_string_equal(rec->fields[1], "2");
  assert_int_equal(kj_csv_next(r, &rec, NULL), 0);
  kj_csv_close(r);
}

/* Plain lines (no quotes) take a fast path beside libcsv: the same fields,
 * trimming, skipped empty records and errors as libcsv gives. */
static void plain_lines_split_like_libcsv(void **st) {
  (void)st;
  kj_csv *r = open_text("p.csv", "a,b,c\n"
                                 " 1 ,\t2\t, 3\r\n"
                                 ",,\n"
                                 " , \t,\n"
                                 "x,,\n"
                                 "y\n");
  const kj_csv_record *rec;
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_int_equal(rec->line, 2);
  assert_int_equal(rec->nfields, 3);
  assert_string_equal(rec->fields[0], "1");
  assert_string_equal(rec->fields[1], "2");
  assert_string_equal(rec->fields[2], "3");
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1); /* ",," and " , \t," are empty records */
  assert_int_equal(rec->line, 5);
  assert_int_equal(rec->nfields, 3);
  assert_string_equal(rec->fields[0], "x");
  assert_string_equal(rec->fields[2], "");
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_int_equal(rec->nfields, 1);
  assert_string_equal(rec->fields[0], "y");
  assert_int_equal(kj_csv_next(r, &rec, NULL), 0);
  kj_csv_close(r);
  /* TAB files trim spaces only; a bare CR inside a line is still an error */
  r = open_text("p.tsv", "a\tb\n 1 \t 2\n");
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_string_equal(rec->fields[0], "1");
  assert_string_equal(rec->fields[1], "2");
  kj_csv_close(r);
  kj_error err = {0};
  r = open_text("cr.csv", "a,b\n1,2\r3,4\n");
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_int_equal(kj_csv_next(r, &rec, &err), -1);
  assert_non_null(strstr(err.msg, "two records on one line"));
  kj_csv_close(r);
}

static void unterminated_quote_names_the_line_where_the_field_started(void **st) {
  (void)st;
  kj_csv *r = open_text("q.csv", "a,b,c\n1,2,3\n4,\"open\nstill open\nand more\n");
  const kj_csv_record *rec;
  kj_error err = {0};
  assert_int_equal(kj_csv_next(r, &rec, &err), 1);
  assert_int_equal(kj_csv_next(r, &rec, &err), 1);
  assert_int_equal(kj_csv_next(r, &rec, &err), -1);
  assert_int_equal(err.status, KJ_DATA);
  assert_non_null(strstr(err.msg, "q.csv:3: unterminated quoted field"));
  kj_csv_close(r);
}

static void quote_inside_unquoted_field_is_an_error(void **st) {
  (void)st;
  kj_csv *r = open_text("m.csv", "a,b\n1,ab\"c\n");
  const kj_csv_record *rec;
  kj_error err = {0};
  assert_int_equal(kj_csv_next(r, &rec, &err), 1);
  assert_int_equal(kj_csv_next(r, &rec, &err), -1);
  assert_non_null(strstr(err.msg, "m.csv:2: malformed quoting"));
  kj_csv_close(r);
}

/* A bare CR splits a line into two records: an error, also when the text
 * after it is the end of a file without a final newline (found by fuzz_csv). */
static void bare_cr_inside_a_line_is_an_error(void **st) {
  (void)st;
  static const char *texts[] = {"a,b\n1,x\r2,y\n", "a,b\n1,x\r2,y"};
  for (int i = 0; i < 2; i++) {
    kj_csv *r = open_text("cr.csv", texts[i]);
    const kj_csv_record *rec;
    kj_error err = {0};
    assert_int_equal(kj_csv_next(r, &rec, &err), 1);
    int rc = kj_csv_next(r, &rec, &err);
    if (rc == 1) rc = kj_csv_next(r, &rec, &err); /* the record before the CR */
    assert_int_equal(rc, -1);
    assert_non_null(strstr(err.msg, "cr.csv:2: two records on one line"));
    kj_csv_close(r);
  }
}

static void invalid_utf8_names_the_line(void **st) {
  (void)st;
  kj_csv *r = open_text("u.csv", "a,b\n1,ok\n2,caf\xE9\n");
  const kj_csv_record *rec;
  kj_error err = {0};
  assert_int_equal(kj_csv_next(r, &rec, &err), 1);
  assert_int_equal(kj_csv_next(r, &rec, &err), 1);
  assert_int_equal(kj_csv_next(r, &rec, &err), -1);
  assert_string_equal(strstr(err.msg, "u.csv:3:"), "u.csv:3: invalid UTF-8 (byte 0xE9 at byte 6 of "
                                                   "the line); save the file as UTF-8");
  kj_csv_close(r);
}

static void sha256_covers_every_byte(void **st) {
  (void)st;
  /* printf 'a,b\n1,2\n' | sha256sum */
  kj_csv *r = open_text("h.csv", "a,b\n1,2\n");
  char hex[65];
  const kj_csv_record *rec;
  assert_int_equal(kj_csv_next(r, &rec, NULL), 1);
  assert_int_equal(kj_csv_sha256(r, hex, NULL), KJ_OK);
  assert_string_equal(hex, "492d5ea496056f1a6a6592241032fab764c321596317930b4fa0e1e8bc3b7470");
  kj_csv_close(r);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(detects_semicolon_and_tab_and_comma),
      cmocka_unit_test(reads_bom_crlf_quotes_and_line_numbers),
      cmocka_unit_test(tab_delimited_keeps_empty_fields),
      cmocka_unit_test(last_line_without_newline_is_read),
      cmocka_unit_test(plain_lines_split_like_libcsv),
      cmocka_unit_test(unterminated_quote_names_the_line_where_the_field_started),
      cmocka_unit_test(quote_inside_unquoted_field_is_an_error),
      cmocka_unit_test(bare_cr_inside_a_line_is_an_error),
      cmocka_unit_test(invalid_utf8_names_the_line),
      cmocka_unit_test(sha256_covers_every_byte),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
