/* test_reports_wbstream.c — stream sheets of the workbook layer
 * (kj_wb_sheet_add_stream, libxlsxwriter's constant_memory mode for one
 * sheet): a large table between two normal sheets lands whole and in order,
 * only that sheet is in constant_memory mode (inline strings) while the
 * others keep the shared-string table, a native table request falls back to
 * an autofilter, and a write above the row being written is a sticky error
 * that leaves any earlier file in place instead of losing the cell.
 */
/* cmocka needs these first */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <minizip/unzip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reports/workbook/workbook.h"
#include "testutil.h"
#include "util/fsutil.h"
#include "util/xalloc.h"

#define ROWS 20000

static const kj_wb_props props = {.title = "Uji lembar stream", .created = "2025-01-31"};

/* The bytes of part `name` of the zip at path (NUL-terminated), or NULL. */
static char *read_part(const char *path, const char *name) {
  unzFile z = unzOpen(path);
  if (!z) return NULL;
  char *out = NULL;
  if (unzLocateFile(z, name, 1) == UNZ_OK && unzOpenCurrentFile(z) == UNZ_OK) {
    size_t n = 0, cap = 1 << 16;
    out = xmalloc(cap + 1);
    int k;
    while ((k = unzReadCurrentFile(z, out + n, (unsigned)(cap - n))) > 0) {
      n += (size_t)k;
      if (n == cap) out = xrealloc(out, (cap *= 2) + 1);
    }
    out[n] = '\0';
    unzCloseCurrentFile(z);
  }
  unzClose(z);
  return out;
}

/* Occurrences of needle in s. A plain scan: strstr in a loop over a 2 MB
 * part is quadratic under ASan, whose interceptor measures the haystack on
 * every call. */
static size_t count(const char *s, const char *needle) {
  size_t n = 0, k = strlen(needle), len = strlen(s);
  for (size_t i = 0; i + k <= len;) {
    if (memcmp(s + i, needle, k) == 0)
      n++, i += k;
    else
      i++;
  }
  return n;
}

static kj_table *big_table(void) {
  static const kj_column_def defs[] = {
      {"tahun", KJ_COL_INT}, {"nip", KJ_COL_TEXT}, {"kode_opd", KJ_COL_TEXT}, {"ikp", KJ_COL_REAL}};
  kj_table *t = kj_table_new("pegawai_tahun", 4, defs);
  char buf[32];
  for (int i = 0; i < ROWS; i++) {
    size_t r = kj_table_add_row(t);
    kj_table_set_int(t, r, 0, 2025);
    snprintf(buf, sizeof buf, "1980010120050110%02d", i % 100);
    kj_table_set_text(t, r, 1, buf);
    snprintf(buf, sizeof buf, "OPD%03d", i % 37);
    kj_table_set_text(t, r, 2, buf);
    if (i % 10) kj_table_set_real(t, r, 3, 25 + (i % 126)); /* every tenth missing */
  }
  return t;
}

static void stream_sheet_holds_a_large_table_in_order(void **state) {
  (void)state;
  char *dir = kj_test_tmpdir("wbstream");
  char *path = kj_path_join(dir, "s.xlsx");
  kj_error err = {KJ_OK, ""};
  kj_wb *wb = kj_wb_new(path, &props, &err);
  assert_non_null(wb);
  kj_wb_sheet *a = kj_wb_sheet_add(wb, "Depan", &err);
  kj_wb_sheet *s = kj_wb_sheet_add_stream(wb, "Lampiran", &err);
  kj_wb_sheet *b = kj_wb_sheet_add(wb, "Belakang", &err);
  assert_true(a && s && b);
  kj_wb_title(a, "Sebelum", "normal", 6);
  kj_wb_text(a, 5, 0, "bawah", KJ_WB_TEXT); /* normal sheets take any order */
  kj_wb_text(a, 3, 0, "atas", KJ_WB_TEXT);
  kj_table *t = big_table();
  int row = kj_wb_title(s, "Lampiran: pegawai_tahun", "Tahun 2025", 4);
  kj_wb_table_opts o = {.native = 1, .note = "catatan di bawah tabel"};
  int next = kj_wb_table(s, row, 0, t, &o);
  assert_int_equal(next, row + 1 + ROWS + 2);
  kj_wb_title(b, "Sesudah", NULL, 6);
  assert_int_equal(kj_wb_close(wb, &err), KJ_OK);

  char *wbx = read_part(path, "xl/workbook.xml");
  char *s1 = read_part(path, "xl/worksheets/sheet1.xml");
  char *s2 = read_part(path, "xl/worksheets/sheet2.xml");
  char *s3 = read_part(path, "xl/worksheets/sheet3.xml");
  assert_true(wbx && s1 && s2 && s3);
  assert_non_null(strstr(wbx, "name=\"Lampiran\" sheetId=\"2\""));
  /* only the stream sheet stores its strings inline */
  assert_int_equal(count(s1, "t=\"inlineStr\""), 0);
  assert_int_equal(count(s3, "t=\"inlineStr\""), 0);
  assert_true(count(s2, "t=\"inlineStr\"") >= 2 * ROWS);
  /* every row is there, in order, the title merged, an autofilter and no table */
  char last[64];
  snprintf(last, sizeof last, "<row r=\"%d\"", row + 1 + ROWS);
  assert_non_null(strstr(s2, last));
  assert_int_equal(count(s2, "<row r="), 2 + 1 + ROWS + 1); /* title, subtitle, header, note */
  assert_non_null(strstr(s2, "<mergeCell ref=\"A1:F1\"/>"));
  assert_non_null(strstr(s2, "<autoFilter ref=\"A4:D20004\"/>"));
  assert_null(strstr(s2, "<tableParts"));
  assert_non_null(strstr(s2, "<is><t>OPD036</t></is>"));
  /* the title row got its height when it was written */
  assert_non_null(strstr(s2, "<row r=\"1\" ht=\"20\" customHeight=\"1\">"));
  assert_true(strstr(s1, "<row r=\"4\"") && strstr(s1, "<row r=\"6\""));
  free(wbx);
  free(s1);
  free(s2);
  free(s3);
  kj_table_free(t);
  kj_test_rmtree(dir);
  free(path);
  free(dir);
}

static void stream_sheet_refuses_to_go_back_a_row(void **state) {
  (void)state;
  char *dir = kj_test_tmpdir("wbstream-back");
  char *path = kj_path_join(dir, "s.xlsx");
  free(kj_test_write(dir, "s.xlsx", "earlier", -1));
  kj_error err = {KJ_OK, ""};
  kj_wb *wb = kj_wb_new(path, &props, &err);
  kj_wb_sheet *s = kj_wb_sheet_add_stream(wb, "Lampiran", &err);
  assert_int_equal(kj_wb_text(s, 10, 0, "sepuluh", KJ_WB_TEXT), KJ_OK);
  assert_int_not_equal(kj_wb_text(s, 9, 0, "sembilan", KJ_WB_TEXT), KJ_OK);
  assert_int_equal(kj_wb_status(wb, &err), KJ_INTERNAL);
  assert_non_null(strstr(err.msg, "A10"));
  assert_int_equal(kj_wb_close(wb, &err), KJ_INTERNAL);
  size_t n = 0;
  char *kept = kj_test_read(path, &n);
  assert_non_null(kept);
  assert_string_equal(kept, "earlier");
  free(kept);
  kj_test_rmtree(dir);
  free(path);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(stream_sheet_holds_a_large_table_in_order),
      cmocka_unit_test(stream_sheet_refuses_to_go_back_a_row),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
