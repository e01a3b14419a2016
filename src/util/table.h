/* table.h — a tidy result table: named, typed columns and rows of cells.
 *
 * The hand-off format between analysis and its consumers: `kinerja export`
 * writes kj_tables as CSV (analytics.md §12), the study workbook writes the
 * same tables as appendix sheets, and tests compare both against each other.
 * Text is copied into the table; the table owns everything it holds.
 */
#ifndef KJ_TABLE_H
#define KJ_TABLE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "util/status.h"

typedef enum kj_col_type {
  KJ_COL_TEXT, /* free text or a canonical label */
  KJ_COL_INT,  /* counts, years, NIPs (64-bit) */
  KJ_COL_REAL  /* computed values; written with %.17g */
} kj_col_type;

typedef struct kj_column_def {
  const char *name;  /* column header, lower_snake_case */
  kj_col_type type;
} kj_column_def;

typedef struct kj_cell {
  int missing;       /* 1 = "not computed": empty in CSV, blank in sheets */
  union {
    int64_t i;
    double d;
    char *s;         /* owned */
  } v;
} kj_cell;

typedef struct kj_table {
  char *name;        /* file stem, e.g. "opd_ukuran" */
  int ncols;
  kj_column_def *cols; /* names owned */
  size_t nrows, cap;
  kj_cell *cells;    /* row-major, nrows * ncols */
} kj_table;

/* A new empty table with ncols columns copied from defs. */
kj_table *kj_table_new(const char *name, int ncols, const kj_column_def *defs);
void kj_table_free(kj_table *t); /* NULL-safe */

/* Appends a row of missing cells and returns its index. */
size_t kj_table_add_row(kj_table *t);
void kj_table_set_text(kj_table *t, size_t row, int col, const char *s); /* NULL -> missing */
void kj_table_set_int(kj_table *t, size_t row, int col, int64_t v);
void kj_table_set_real(kj_table *t, size_t row, int col, double v);    /* non-finite -> missing */
void kj_table_set_missing(kj_table *t, size_t row, int col);
const kj_cell *kj_table_cell(const kj_table *t, size_t row, int col);
/* Column index by name, or -1. */
int kj_table_col(const kj_table *t, const char *name);

/* Stable sort of the rows by the given columns (ascending; missing first). */
void kj_table_sort(kj_table *t, int nkeys, const int *key_cols);

/* RFC 4180 CSV: header row, ',' separator, '.' decimal, %.17g reals, empty
 * cells for missing values, quotes only where needed, LF line ends. */
kj_status kj_table_write_csv(const kj_table *t, FILE *fp, kj_error *err);

#endif
