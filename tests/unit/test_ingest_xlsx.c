/* test_ingest_xlsx.c — the streaming .xlsx reader: cell types and texts,
 * shared/inline/rich strings, numbers kept as stored, dates in both date
 * systems, sparse rows, sheet selection, streaming across chunks, and the
 * exact messages for broken files.
 *
 * The fixtures are written at test time by tests/scripts/make_xlsx_fixtures.py
 * (ctest fixture "xlsx") into KJ_XLSX_FIXTURES; what each file holds is
 * described there. Expected date texts were computed with Python's datetime,
 * e.g. date(1899, 12, 30) + timedelta(days=45292) == date(2024, 1, 1).
 */
/* cmocka.h needs these first (a separate block, so include sorting keeps it) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/xlsx.h"
#include "testutil.h"

#ifndef KJ_XLSX_FIXTURES
#error "KJ_XLSX_FIXTURES must name the directory make_xlsx_fixtures.py writes"
#endif

/* Every non-empty cell of a sheet, copied out of the reader. */
typedef struct got_cell {
  char ref[16];
  kj_xcell_type type;
  char *text;
  double num;
} got_cell;

typedef struct got {
  got_cell *cells;
  size_t n;
  long rows[8192]; /* row numbers in delivery order */
  int nrows;
  int rc; /* last kj_xlsx_next result (or -2: open failed) */
  kj_error err;
  char sheet[64];
} got;

/* cmocka 1.1 has no assert_double_equal; this one prints both values. */
#define assert_near(a, b, eps)                                                                     \
  do {                                                                                             \
    double a_ = (a), b_ = (b);                                                                     \
    if (!(fabs(a_ - b_) <= (eps))) fail_msg("%.17g != %.17g", a_, b_);                             \
  } while (0)

static char *fixture(const char *name) {
  size_t n = strlen(KJ_XLSX_FIXTURES) + strlen(name) + 2;
  char *p = malloc(n);
  snprintf(p, n, "%s/%s", KJ_XLSX_FIXTURES, name);
  return p;
}

static void collect(got *g, kj_xlsx *x) {
  const kj_xrow *r;
  snprintf(g->sheet, sizeof g->sheet, "%s", kj_xlsx_sheet_name(x));
  while ((g->rc = kj_xlsx_next(x, &r, &g->err)) == 1) {
    assert_true(g->nrows < 8192);
    g->rows[g->nrows++] = r->row;
    assert_true(r->ncells == 0 || r->cells[r->ncells - 1].type != KJ_XCELL_EMPTY);
    for (int c = 0; c < r->ncells; c++) {
      const kj_xcell *x1 = &r->cells[c];
      if (x1->type == KJ_XCELL_EMPTY) {
        assert_null(x1->text);
        continue;
      }
      assert_non_null(x1->text);
      g->cells = realloc(g->cells, (g->n + 1) * sizeof *g->cells);
      got_cell *o = &g->cells[g->n++];
      kj_xlsx_cell_ref(r->row, c, o->ref);
      o->type = x1->type;
      o->text = strdup(x1->text);
      o->num = x1->num;
    }
  }
}

/* Reads the whole sheet of fixture `name`; *g gets everything. */
static got *slurp(const char *name, const char *sheet) {
  got *g = calloc(1, sizeof *g);
  char *path = fixture(name);
  kj_xlsx *x = NULL;
  if (kj_xlsx_open(path, sheet, &x, &g->err) != KJ_OK) {
    assert_null(x);
    g->rc = -2;
  } else {
    collect(g, x);
    kj_xlsx_close(x);
  }
  free(path);
  return g;
}

static void got_free(got *g) {
  for (size_t i = 0; i < g->n; i++) free(g->cells[i].text);
  free(g->cells);
  free(g);
}

static const got_cell *cell(const got *g, const char *ref) {
  for (size_t i = 0; i < g->n; i++)
    if (strcmp(g->cells[i].ref, ref) == 0) return &g->cells[i];
  return NULL;
}

static void expect(const got *g, const char *ref, kj_xcell_type type, const char *text) {
  const got_cell *c = cell(g, ref);
  if (!c) fail_msg("%s: no cell", ref);
  if (c->type != type) fail_msg("%s: type %d, expected %d", ref, (int)c->type, (int)type);
  if (strcmp(c->text, text) != 0) fail_msg("%s: '%s', expected '%s'", ref, c->text, text);
}

static void expect_num(const got *g, const char *ref, kj_xcell_type type, const char *text,
                       double num) {
  expect(g, ref, type, text);
  assert_near(cell(g, ref)->num, num, 1e-9 * (1 + fabs(num)));
}

/* The message a broken fixture gives (at open or while reading). */
static void expect_error(const char *name, kj_status status, const char *fmt_after_path) {
  got *g = slurp(name, NULL);
  char *path = fixture(name), want[2048];
  snprintf(want, sizeof want, "%s%s", path, fmt_after_path);
  assert_true(g->rc < 0);
  assert_int_equal(g->err.status, status);
  assert_string_equal(g->err.msg, want);
  free(path);
  got_free(g);
}

/* --- values --- */

static void reads_openpyxl_types_and_keeps_number_text(void **st) {
  (void)st;
  got *g = slurp("types.xlsx", NULL);
  assert_int_equal(g->rc, 0);
  assert_string_equal(g->sheet, "Data");
  expect(g, "A1", KJ_XCELL_STRING, "nip"); /* openpyxl 3.0.9 writes inline strings */
  expect(g, "B2", KJ_XCELL_STRING, "Budi Santoso");
  /* openpyxl 3.0.9 formats every number with "%.16g", so the 18-digit int
   * 198609262015051001 arrives with its digits lost — and we show exactly that */
  expect_num(g, "A2", KJ_XCELL_NUMBER, "1.98609262015051e+17", 1.98609262015051e+17);
  expect_num(g, "C2", KJ_XCELL_NUMBER, "87.5", 87.5);
  expect_num(g, "C3", KJ_XCELL_NUMBER, "-0.125", -0.125);
  expect_num(g, "D2", KJ_XCELL_BOOL, "TRUE", 1);
  expect_num(g, "D3", KJ_XCELL_BOOL, "FALSE", 0);
  /* date(2024,1,31) - date(1899,12,30) = 45322 days */
  expect_num(g, "E2", KJ_XCELL_DATE, "2024-01-31", 45322);
  expect(g, "F2", KJ_XCELL_DATE, "2024-03-15 13:45:30");
  expect(g, "F3", KJ_XCELL_DATE, "2023-12-01"); /* a datetime at midnight */
  got_free(g);
}

static void tells_date_formats_from_number_formats(void **st) {
  (void)st;
  got *g = slurp("types.xlsx", NULL);
  /* 45292.25 = 2024-01-01 06:00 in: mm-dd-yy (built-in 14), dd/mm/yyyy,
   * [$-421]dd mmmm yyyy, [h]:mm, yyyy-mm-dd\ hh:mm; not in 0 "hari", #,##0.00,
   * [Red]0.0 */
  const char *dates[] = {"A4", "B4", "C4", "F4", "H4"}, *nums[] = {"D4", "E4", "G4"};
  for (int i = 0; i < 5; i++)
    expect_num(g, dates[i], KJ_XCELL_DATE, "2024-01-01 06:00:00", 45292.25);
  for (int i = 0; i < 3; i++) expect_num(g, nums[i], KJ_XCELL_NUMBER, "45292.25", 45292.25);
  got_free(g);
}

static void skips_absent_rows_and_leaves_missing_cells_empty(void **st) {
  (void)st;
  got *g = slurp("types.xlsx", NULL);
  assert_int_equal(g->nrows, 5);
  long want[] = {1, 2, 3, 4, 6};
  for (int i = 0; i < 5; i++) assert_int_equal(g->rows[i], want[i]);
  assert_null(cell(g, "A6"));
  expect(g, "B6", KJ_XCELL_STRING, "B enam");
  assert_null(cell(g, "C6"));
  expect_num(g, "D6", KJ_XCELL_NUMBER, "4", 4);
  got_free(g);
}

static void reads_shared_rich_phonetic_and_escaped_strings(void **st) {
  (void)st;
  got *g = slurp("handmade.xlsx", "Isi");
  assert_int_equal(g->rc, 0);
  expect(g, "A1", KJ_XCELL_STRING, "nip");
  expect(g, "B1", KJ_XCELL_STRING, "Budi Santoso");             /* two rich-text runs */
  expect(g, "C1", KJ_XCELL_STRING, "\xE6\xBC\xA2\xE5\xAD\x97"); /* 漢字 without its rPh */
  expect(g, "D1", KJ_XCELL_STRING, "Dinas Kesehatan");          /* no xml:space: ends trimmed */
  expect(g, "E1", KJ_XCELL_STRING, "  dua spasi ");             /* xml:space="preserve" */
  expect(g, "A2", KJ_XCELL_STRING, "baris\r\ndua");             /* _x000D__x000A_ */
  expect(g, "B2", KJ_XCELL_STRING, "_x000D_ literal");          /* _x005F_ is the underscore */
  expect(g, "C2", KJ_XCELL_STRING, "senyum \xF0\x9F\x98\x80");  /* surrogate pair -> U+1F600 */
  expect(g, "D2", KJ_XCELL_STRING, "");
  expect(g, "E2", KJ_XCELL_STRING,
         "a\xEF\xBF\xBD"
         "b\xEF\xBF\xBD"
         "c"); /* lone surrogate, NUL */
  expect(g, "F2", KJ_XCELL_STRING, "R&D <x>");
  expect(g, "G2", KJ_XCELL_STRING, "_x12_ dan _xZZZZ_");
  got_free(g);
}

static void reads_inline_formula_error_bool_and_iso_cells(void **st) {
  (void)st;
  got *g = slurp("handmade.xlsx", "Isi");
  expect(g, "A5", KJ_XCELL_STRING, "inline biasa");
  expect(g, "B5", KJ_XCELL_STRING, "kaya teks");
  expect(g, "C5", KJ_XCELL_STRING, "inline biasa!");
  expect_num(g, "D5", KJ_XCELL_ERROR, "#DIV/0!", 0);
  expect_num(g, "E5", KJ_XCELL_BOOL, "TRUE", 1);
  expect_num(g, "F5", KJ_XCELL_BOOL, "FALSE", 0);
  /* 2024-02-29 = serial 45351; 08:30 = 0.3541666... of a day */
  expect_num(g, "G5", KJ_XCELL_DATE, "2024-02-29 08:30:00", 45351 + 8.5 / 24);
  expect(g, "H5", KJ_XCELL_STRING, "a\nb");
  expect(g, "I5", KJ_XCELL_STRING, "");
  got_free(g);
}

static void keeps_nip_digits_and_e_notation_as_stored(void **st) {
  (void)st;
  got *g = slurp("handmade.xlsx", "Isi");
  expect(g, "A4", KJ_XCELL_NUMBER, "1.98609262015051E+17");
  expect(g, "C4", KJ_XCELL_NUMBER, "198609262015051001");
  expect_num(g, "D4", KJ_XCELL_NUMBER, "12.50", 12.5);
  assert_null(cell(g, "B4"));
  assert_null(cell(g, "E4")); /* a styled cell without a value */
  got_free(g);
}

static void numbers_rows_and_cells_without_r_sequentially(void **st) {
  (void)st;
  got *g = slurp("handmade.xlsx", "Isi");
  long want[] = {1, 2, 4, 5, 7, 9};
  assert_int_equal(g->nrows, 6);
  for (int i = 0; i < 6; i++) assert_int_equal(g->rows[i], want[i]);
  assert_null(cell(g, "A7"));
  expect(g, "C7", KJ_XCELL_NUMBER, "3");
  expect(g, "D7", KJ_XCELL_NUMBER, "4"); /* no r=: the column after C7 */
  got_free(g);
}

static void uses_cell_xfs_not_cell_style_xfs_for_dates(void **st) {
  (void)st;
  got *g = slurp("handmade.xlsx", "Isi");
  expect(g, "A9", KJ_XCELL_DATE, "2024-01-01");          /* built-in 14 */
  expect(g, "B9", KJ_XCELL_DATE, "2024-01-01");          /* dd/mm/yyyy */
  expect(g, "C9", KJ_XCELL_NUMBER, "45292");             /* 0 "hari" */
  expect(g, "D9", KJ_XCELL_DATE, "1900-01-01 12:00:00"); /* [h]:mm, serial 1.5 */
  expect(g, "E9", KJ_XCELL_NUMBER, "45292");             /* s=0: General */
  expect(g, "F9", KJ_XCELL_DATE, "2024-01-01 12:00:00"); /* built-in 22 */
  expect(g, "G9", KJ_XCELL_NUMBER, "45292");             /* s=99 does not exist */
  expect(g, "H9", KJ_XCELL_NUMBER, "45292");             /* \d and _m are escapes */
  got_free(g);
}

static void converts_1900_serials_with_the_lotus_day(void **st) {
  (void)st;
  got *g = slurp("dates1900.xlsx", NULL);
  assert_int_equal(g->rc, 0);
  expect(g, "A1", KJ_XCELL_DATE, "1900-01-01");
  expect(g, "A2", KJ_XCELL_DATE, "1900-02-28");
  expect(g, "A3", KJ_XCELL_DATE, "1900-02-29"); /* serial 60: Excel's phantom day */
  expect(g, "A4", KJ_XCELL_DATE, "1900-03-01");
  expect(g, "A5", KJ_XCELL_DATE, "2024-01-01");
  expect(g, "A6", KJ_XCELL_DATE, "2024-01-01 18:00:00");
  expect(g, "A7", KJ_XCELL_DATE, "2024-03-01"); /* 45351.99999999 rounds to midnight */
  expect(g, "A8", KJ_XCELL_DATE, "9999-12-31");
  expect(g, "A9", KJ_XCELL_NUMBER, "2958466"); /* past Excel's calendar */
  expect_num(g, "A10", KJ_XCELL_NUMBER, "-1", -1);
  expect(g, "A11", KJ_XCELL_DATE, "1899-12-31 12:00:00"); /* day 0 ("1900-01-00") */
  expect(g, "A12", KJ_XCELL_DATE, "1899-12-31");
  got_free(g);
}

static void honours_the_1904_date_system(void **st) {
  (void)st;
  got *g = slurp("date1904.xlsx", NULL);
  assert_int_equal(g->rc, 0);
  expect_num(g, "A1", KJ_XCELL_DATE, "1904-01-01", 0);
  expect(g, "A2", KJ_XCELL_DATE, "1904-01-02");
  /* date(1904,1,1) + timedelta(days=43830) == date(2024,1,1) */
  expect_num(g, "A3", KJ_XCELL_DATE, "2024-01-01", 43830);
  expect(g, "A4", KJ_XCELL_DATE, "2024-01-01 12:00:00");
  expect(g, "A5", KJ_XCELL_NUMBER, "-1");
  expect_num(g, "A6", KJ_XCELL_DATE, "2024-01-01", 43830); /* t="d" in the 1904 system */
  got_free(g);
}

/* --- sheets --- */

static void selects_first_named_and_case_insensitive_sheets(void **st) {
  (void)st;
  got *g = slurp("sheets.xlsx", NULL);
  assert_string_equal(g->sheet, "Petunjuk");
  expect(g, "A1", KJ_XCELL_STRING, "Baca petunjuk ini dulu");
  got_free(g);
  g = slurp("sheets.xlsx", "Laporan SKP");
  assert_string_equal(g->sheet, "Laporan SKP");
  expect(g, "A3", KJ_XCELL_STRING, "199001012015031002");
  expect(g, "B3", KJ_XCELL_STRING, "BAIK");
  got_free(g);
  g = slurp("handmade.xlsx", "isi"); /* found through a '..' target, part name in capitals */
  assert_string_equal(g->sheet, "Isi");
  assert_int_equal(g->rc, 0);
  got_free(g);
  g = slurp("handmade.xlsx", NULL); /* first sheet: an absolute target */
  assert_string_equal(g->sheet, "Catatan");
  expect(g, "A1", KJ_XCELL_STRING, "catatan");
  got_free(g);
}

static void missing_sheet_lists_the_sheets(void **st) {
  (void)st;
  got *g = slurp("sheets.xlsx", "Laporan");
  char *path = fixture("sheets.xlsx"), want[1024];
  snprintf(want, sizeof want,
           "%s: no sheet named 'Laporan'; the workbook has 'Petunjuk', 'Laporan SKP', 'Rekap'",
           path);
  assert_int_equal(g->rc, -2);
  assert_int_equal(g->err.status, KJ_DATA);
  assert_string_equal(g->err.msg, want);
  free(path);
  got_free(g);
}

static void streams_thousands_of_rows_across_chunks(void **st) {
  (void)st;
  got *g = slurp("big.xlsx", NULL);
  assert_int_equal(g->rc, 0);
  assert_int_equal(g->nrows, 4500); /* rows 1..5000 without every 10th */
  int k = 0;
  for (long i = 1; i <= 5000; i++) {
    if (i % 10 == 0) continue;
    assert_int_equal(g->rows[k], i);
    char ref[16], want[32];
    kj_xlsx_cell_ref(i, 0, ref);
    assert_near(g->cells[3 * k].num, (double)i, 0);
    assert_string_equal(g->cells[3 * k].ref, ref);
    snprintf(want, sizeof want, "s%ld", i % 7);
    assert_string_equal(g->cells[3 * k + 1].text, want);
    snprintf(want, sizeof want, "baris %ld", i);
    assert_string_equal(g->cells[3 * k + 2].text, want);
    k++;
  }
  got_free(g);
}

static void reads_from_memory_and_repeats_end_of_sheet(void **st) {
  (void)st;
  char *path = fixture("handmade.xlsx");
  size_t len;
  char *data = kj_test_read(path, &len);
  assert_non_null(data);
  kj_xlsx *x = NULL;
  kj_error err = {0};
  assert_int_equal(kj_xlsx_open_mem(data, len, "upload.xlsx", "Isi", &x, &err), KJ_OK);
  const kj_xrow *r;
  assert_int_equal(kj_xlsx_next(x, &r, &err), 1);
  assert_int_equal(r->row, 1);
  assert_int_equal(r->ncells, 5);
  assert_string_equal(r->cells[1].text, "Budi Santoso");
  while (kj_xlsx_next(x, &r, &err) == 1) {
  }
  assert_int_equal(kj_xlsx_next(x, &r, &err), 0);
  assert_null(r);
  kj_xlsx_close(x);
  /* a memory image that is not a zip is named by the given name */
  assert_int_equal(kj_xlsx_open_mem("PK", 2, "upload.xlsx", NULL, &x, &err), KJ_DATA);
  assert_null(x);
  assert_string_equal(err.msg, "upload.xlsx: not an .xlsx workbook (not a zip archive, or a "
                               "damaged one)");
  free(data);
  free(path);
}

static void formats_cell_references(void **st) {
  (void)st;
  char ref[16];
  struct {
    long row;
    int col;
    const char *want;
  } cases[] = {{7, 1, "B7"},
               {1, 0, "A1"},
               {1, 25, "Z1"},
               {1, 26, "AA1"},
               {1, 701, "ZZ1"},
               {1, 702, "AAA1"},
               {1048576, 16383, "XFD1048576"},
               {0, 0, "?"},
               {1, -1, "?"},
               {1, 16384, "?"},
               {1048577, 0, "?"}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    kj_xlsx_cell_ref(cases[i].row, cases[i].col, ref);
    assert_string_equal(ref, cases[i].want);
  }
  kj_xlsx_close(NULL);
}

/* --- broken files --- */

static void rejects_files_that_are_not_xlsx(void **st) {
  (void)st;
  expect_error("not_a_zip.xlsx", KJ_DATA,
               ": not an .xlsx workbook (not a zip archive, or a damaged one)");
  expect_error("truncated_zip.xlsx", KJ_DATA,
               ": not an .xlsx workbook (not a zip archive, or a damaged one)");
  expect_error("ole2.xlsx", KJ_DATA,
               ": not an .xlsx workbook but an old .xls or a password-protected file; save it "
               "from Excel as .xlsx without a password");
  expect_error("no_workbook.xlsx", KJ_DATA,
               ": not an .xlsx workbook (the archive has no xl/workbook.xml)");
  expect_error("no_rels.xlsx", KJ_DATA,
               ": damaged workbook (the archive has no xl/_rels/workbook.xml.rels)");
  expect_error("no_sheet_part.xlsx", KJ_DATA,
               ": sheet 'Data' is missing from the archive (no xl/worksheets/sheet1.xml)");
  expect_error("does_not_exist.xlsx", KJ_IO, ": cannot open: No such file or directory");
  expect_error(".", KJ_IO, ": cannot read: Is a directory");
  expect_error("no_sheets.xlsx", KJ_DATA, ": the workbook has no sheets");
}

static void reports_truncated_xml_after_the_complete_rows(void **st) {
  (void)st;
  got *g = slurp("truncated_xml.xlsx", NULL);
  assert_int_equal(g->nrows, 2);
  got_free(g);
  expect_error("truncated_xml.xlsx", KJ_DATA,
               ": xl/worksheets/sheet1.xml line 3, column 12: malformed XML: unclosed token");
  expect_error("dtd.xlsx", KJ_DATA,
               ": xl/worksheets/sheet1.xml line 2: a DTD is not allowed in an .xlsx part");
  expect_error("crc.xlsx", KJ_DATA, ": xl/worksheets/sheet1.xml: damaged zip entry (CRC mismatch)");
}

static void reports_bad_cells_with_their_reference(void **st) {
  (void)st;
  expect_error("sst_range.xlsx", KJ_DATA,
               ":Data!B7: shared string 99 does not exist (the file has 12)");
  expect_error("no_sst.xlsx", KJ_DATA, ":Data!A1: shared string 0 does not exist (the file has 0)");
  expect_error("bad_number.xlsx", KJ_DATA,
               ":Data!C2: number cell holds '12,5', which is not a number");
  expect_error("bad_type.xlsx", KJ_DATA, ":Data!A1: unknown cell type t=\"x\"");
  expect_error("long_string.xlsx", KJ_DATA, ":Data!A1: text longer than 4 MB");
}

static void reports_garbage_references_and_absurd_sizes(void **st) {
  (void)st;
  expect_error("bad_ref.xlsx", KJ_DATA,
               ":Data: xl/worksheets/sheet1.xml line 2: cell reference "
               "'2B' in row 2 is not valid");
  expect_error("bad_col.xlsx", KJ_DATA,
               ":Data: xl/worksheets/sheet1.xml line 2: cell reference "
               "'XFE3' in row 3 is not valid");
  expect_error("bad_row.xlsx", KJ_DATA,
               ":Data: xl/worksheets/sheet1.xml line 2: row number "
               "'1048577' is not valid (1 to 1048576)");
  expect_error("row_order.xlsx", KJ_DATA,
               ":Data: xl/worksheets/sheet1.xml line 2: row 5 comes after row 7");
  expect_error("too_many_cols.xlsx", KJ_DATA,
               ":Data: xl/worksheets/sheet1.xml line 2: row 1 has more than 16384 columns");
}

static void repeats_the_failure_on_later_calls(void **st) {
  (void)st;
  char *path = fixture("sst_range.xlsx");
  kj_xlsx *x = NULL;
  kj_error err = {0};
  assert_int_equal(kj_xlsx_open(path, NULL, &x, &err), KJ_OK);
  const kj_xrow *r;
  assert_int_equal(kj_xlsx_next(x, &r, &err), -1);
  kj_error_clear(&err);
  assert_int_equal(kj_xlsx_next(x, &r, &err), -1);
  assert_null(r);
  assert_string_equal(err.msg, ""); /* documented: later calls leave err alone */
  kj_xlsx_close(x);
  free(path);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(reads_openpyxl_types_and_keeps_number_text),
      cmocka_unit_test(tells_date_formats_from_number_formats),
      cmocka_unit_test(skips_absent_rows_and_leaves_missing_cells_empty),
      cmocka_unit_test(reads_shared_rich_phonetic_and_escaped_strings),
      cmocka_unit_test(reads_inline_formula_error_bool_and_iso_cells),
      cmocka_unit_test(keeps_nip_digits_and_e_notation_as_stored),
      cmocka_unit_test(numbers_rows_and_cells_without_r_sequentially),
      cmocka_unit_test(uses_cell_xfs_not_cell_style_xfs_for_dates),
      cmocka_unit_test(converts_1900_serials_with_the_lotus_day),
      cmocka_unit_test(honours_the_1904_date_system),
      cmocka_unit_test(selects_first_named_and_case_insensitive_sheets),
      cmocka_unit_test(missing_sheet_lists_the_sheets),
      cmocka_unit_test(streams_thousands_of_rows_across_chunks),
      cmocka_unit_test(reads_from_memory_and_repeats_end_of_sheet),
      cmocka_unit_test(formats_cell_references),
      cmocka_unit_test(rejects_files_that_are_not_xlsx),
      cmocka_unit_test(reports_truncated_xml_after_the_complete_rows),
      cmocka_unit_test(reports_bad_cells_with_their_reference),
      cmocka_unit_test(reports_garbage_references_and_absurd_sizes),
      cmocka_unit_test(repeats_the_failure_on_later_calls),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
