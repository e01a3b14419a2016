/* xlsx.h — a small streaming reader for .xlsx worksheets (issue 7).
 *
 * Reads one worksheet of an Office Open XML workbook row by row, pull style:
 *
 *     kj_xlsx *x = NULL;
 *     if (kj_xlsx_open(path, NULL, &x, &err) != KJ_OK) ...;
 *     const kj_xrow *row;
 *     int rc;
 *     while ((rc = kj_xlsx_next(x, &row, &err)) == 1) { ... row->cells[c] ... }
 *     kj_xlsx_close(x);
 *     if (rc < 0) ... err.msg ...;
 *
 * Only what a data importer needs is read: cell values, shared strings, the
 * date-ness of number formats and the 1904 flag. Formulas are not evaluated
 * (their cached result is the value), formatting beyond dates is ignored.
 *
 * Memory is O(shared strings + one row): the worksheet is parsed in chunks
 * and every row is handed out as soon as its </row> is seen.
 *
 * Error messages name the file as given (and the part, line or cell), e.g.
 *     laporan.xlsx:Laporan SKP!B7: shared string 99 does not exist (the file has 12)
 *
 * Ownership: kj_xlsx_open's handle belongs to the caller and is released
 * with kj_xlsx_close. A row and every string it points to are borrowed from
 * the handle and stay valid until the next kj_xlsx_next or kj_xlsx_close.
 */
#ifndef KJ_XLSX_H
#define KJ_XLSX_H

#include <stddef.h>

#include "util/status.h"

/* Limits of the format (Excel's own) and of this reader. Larger values in a
 * file are reported as errors, not truncated. */
#define KJ_XLSX_MAX_COLS 16384L               /* columns A..XFD */
#define KJ_XLSX_MAX_ROWS 1048576L             /* rows 1..1048576 */
#define KJ_XLSX_MAX_STRING (4L * 1024 * 1024) /* bytes in one cell's text */

typedef struct kj_xlsx kj_xlsx;

typedef enum kj_xcell_type {
  KJ_XCELL_EMPTY = 0, /* no cell, or a cell without a value (text NULL) */
  KJ_XCELL_STRING,    /* shared, inline or formula string */
  KJ_XCELL_NUMBER,    /* a number in a non-date format */
  KJ_XCELL_BOOL,      /* text "TRUE"/"FALSE", num 1/0 */
  KJ_XCELL_DATE,      /* a number in a date/time format, or an ISO `t="d"` cell */
  KJ_XCELL_ERROR      /* a formula error such as "#DIV/0!" */
} kj_xcell_type;

typedef struct kj_xcell {
  kj_xcell_type type;
  /* UTF-8, NUL-terminated; NULL only for EMPTY. STRING: the text with
   * _xHHHH_ escapes decoded. NUMBER: the stored <v> text exactly as written
   * (an 18-digit integer keeps its digits; "1.98609262015051E+17" stays so).
   * DATE: "YYYY-MM-DD", or "YYYY-MM-DD HH:MM:SS" when the time of day is not
   * midnight (rounded to the second). BOOL: "TRUE"/"FALSE". ERROR: as stored. */
  const char *text;
  /* NUMBER: the value; DATE: the serial day number in the workbook's date
   * system (fraction = time of day); BOOL: 1 or 0; otherwise 0. Always finite. */
  double num;
} kj_xcell;

typedef struct kj_xrow {
  long row;        /* 1-based Excel row number, strictly increasing between calls */
  int ncells;      /* 0..KJ_XLSX_MAX_COLS; the last cell is never EMPTY */
  kj_xcell *cells; /* dense: cells[c] is column c (0 = A); missing cells are EMPTY */
} kj_xrow;

/* Opens the .xlsx file at path and prepares to read the worksheet named
 * sheet (exact name, else the first ASCII-case-insensitive match), or, when
 * sheet is NULL, the first worksheet in workbook order. Shared strings and
 * styles are loaded here; no row is read yet.
 * Returns KJ_OK and sets *out, or KJ_IO (cannot read the file) or KJ_DATA
 * (not a zip, no workbook, no such sheet — the message lists the sheets
 * there are —, malformed parts) with *out = NULL and a message in err. */
kj_status kj_xlsx_open(const char *path, const char *sheet, kj_xlsx **out, kj_error *err);

/* Same as kj_xlsx_open for a workbook held in memory: data[0..len) must stay
 * valid and unchanged until kj_xlsx_close; name is used in messages only. */
kj_status kj_xlsx_open_mem(const void *data, size_t len, const char *name, const char *sheet,
                           kj_xlsx **out, kj_error *err);

/* Reads the next row that exists in the sheet (rows absent from the file are
 * skipped: row->row jumps). Returns 1 with *row set, 0 at the end of the
 * sheet, or -1 with a message in err (status KJ_DATA for bad content, KJ_IO
 * for unreadable data). After 0 or -1 every further call returns the same
 * value again without touching err's message. */
int kj_xlsx_next(kj_xlsx *x, const kj_xrow **row, kj_error *err);

/* Name of the sheet being read, as in the workbook. Valid until close. */
const char *kj_xlsx_sheet_name(const kj_xlsx *x);

/* The workbook's worksheets (chart sheets left out), in workbook order:
 * their number, and the name of the i-th (NULL out of range). Valid until
 * close. */
long kj_xlsx_sheet_count(const kj_xlsx *x);
const char *kj_xlsx_sheet_at(const kj_xlsx *x, long i);

/* Writes the A1-style reference of 1-based row and 0-based col to out,
 * e.g. (7, 1) -> "B7". Values outside the sheet limits give "?". */
void kj_xlsx_cell_ref(long row, int col, char out[16]);

/* Releases the handle and everything it owns. NULL-safe. */
void kj_xlsx_close(kj_xlsx *x);

#endif
