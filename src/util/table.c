/* table.c — tidy result tables and their CSV form (see table.h). */
#include "util/table.h"
#include "util/xalloc.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

kj_table *kj_table_new(const char *name, int ncols, const kj_column_def *defs) {
  kj_table *t = xcalloc(1, sizeof *t);
  t->name = xstrdup(name);
  t->ncols = ncols;
  t->cols = xcalloc((size_t)ncols, sizeof *t->cols);
  for (int c = 0; c < ncols; c++) {
    t->cols[c].name = xstrdup(defs[c].name);
    t->cols[c].type = defs[c].type;
  }
  return t;
}

void kj_table_free(kj_table *t) {
  if (!t) return;
  for (size_t r = 0; r < t->nrows; r++)
    for (int c = 0; c < t->ncols; c++) {
      kj_cell *x = &t->cells[r * (size_t)t->ncols + (size_t)c];
      if (t->cols[c].type == KJ_COL_TEXT && !x->missing) free(x->v.s);
    }
  for (int c = 0; c < t->ncols; c++) free((char *)t->cols[c].name);
  free(t->cols);
  free(t->cells);
  free(t->name);
  free(t);
}

size_t kj_table_add_row(kj_table *t) {
  if (t->nrows == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 64;
    t->cells = xreallocarray(t->cells, t->cap * (size_t)t->ncols, sizeof *t->cells);
  }
  kj_cell *row = &t->cells[t->nrows * (size_t)t->ncols];
  for (int c = 0; c < t->ncols; c++) {
    row[c].missing = 1;
    row[c].v.i = 0;
  }
  return t->nrows++;
}

static kj_cell *cell(kj_table *t, size_t row, int col) {
  kj_cell *x = &t->cells[row * (size_t)t->ncols + (size_t)col];
  if (t->cols[col].type == KJ_COL_TEXT && !x->missing) {
    free(x->v.s);
    x->v.s = NULL;
  }
  return x;
}

void kj_table_set_text(kj_table *t, size_t row, int col, const char *s) {
  kj_cell *x = cell(t, row, col);
  x->missing = s == NULL;
  x->v.s = s ? xstrdup(s) : NULL;
}

void kj_table_set_int(kj_table *t, size_t row, int col, int64_t v) {
  kj_cell *x = cell(t, row, col);
  x->missing = 0;
  x->v.i = v;
}

void kj_table_set_real(kj_table *t, size_t row, int col, double v) {
  kj_cell *x = cell(t, row, col);
  x->missing = !isfinite(v);
  x->v.d = v;
}

void kj_table_set_missing(kj_table *t, size_t row, int col) {
  kj_cell *x = cell(t, row, col);
  x->missing = 1;
}

const kj_cell *kj_table_cell(const kj_table *t, size_t row, int col) {
  return &t->cells[row * (size_t)t->ncols + (size_t)col];
}

int kj_table_col(const kj_table *t, const char *name) {
  for (int c = 0; c < t->ncols; c++)
    if (strcmp(t->cols[c].name, name) == 0) return c;
  return -1;
}

static int cmp_cells(kj_col_type type, const kj_cell *a, const kj_cell *b) {
  if (a->missing || b->missing) return b->missing - a->missing;
  switch (type) {
  case KJ_COL_TEXT: return strcmp(a->v.s, b->v.s);
  case KJ_COL_INT: return (a->v.i > b->v.i) - (a->v.i < b->v.i);
  case KJ_COL_REAL: return (a->v.d > b->v.d) - (a->v.d < b->v.d);
  }
  return 0;
}

/* Merge sort on row indexes (stable, no global state for the comparator). */
static void merge_sort(const kj_table *t, int nkeys, const int *keys, size_t *idx, size_t *tmp,
                       size_t n) {
  if (n < 2) return;
  size_t h = n / 2;
  merge_sort(t, nkeys, keys, idx, tmp, h);
  merge_sort(t, nkeys, keys, idx + h, tmp, n - h);
  size_t i = 0, j = h, k = 0;
  while (i < h && j < n) {
    int c = 0;
    for (int q = 0; q < nkeys && c == 0; q++)
      c = cmp_cells(t->cols[keys[q]].type, kj_table_cell(t, idx[j], keys[q]),
                    kj_table_cell(t, idx[i], keys[q]));
    tmp[k++] = c < 0 ? idx[j++] : idx[i++];
  }
  while (i < h) tmp[k++] = idx[i++];
  while (j < n) tmp[k++] = idx[j++];
  memcpy(idx, tmp, n * sizeof *idx);
}

void kj_table_sort(kj_table *t, int nkeys, const int *key_cols) {
  size_t n = t->nrows, w = (size_t)t->ncols;
  if (n < 2) return;
  size_t *idx = xmalloc(n * sizeof *idx), *tmp = xmalloc(n * sizeof *tmp);
  for (size_t i = 0; i < n; i++) idx[i] = i;
  merge_sort(t, nkeys, key_cols, idx, tmp, n);
  kj_cell *cells = xmalloc(n * w * sizeof *cells);
  for (size_t i = 0; i < n; i++) memcpy(cells + i * w, t->cells + idx[i] * w, w * sizeof *cells);
  free(t->cells);
  t->cells = cells;
  t->cap = n;
  free(idx);
  free(tmp);
}

static void put_text(FILE *fp, const char *s) {
  if (strpbrk(s, ",\"\r\n") == NULL) {
    fputs(s, fp);
    return;
  }
  fputc('"', fp);
  for (; *s; s++) {
    if (*s == '"') fputc('"', fp);
    fputc(*s, fp);
  }
  fputc('"', fp);
}

kj_status kj_table_write_csv(const kj_table *t, FILE *fp, kj_error *err) {
  for (int c = 0; c < t->ncols; c++) {
    if (c) fputc(',', fp);
    put_text(fp, t->cols[c].name);
  }
  fputc('\n', fp);
  for (size_t r = 0; r < t->nrows; r++) {
    for (int c = 0; c < t->ncols; c++) {
      if (c) fputc(',', fp);
      const kj_cell *x = kj_table_cell(t, r, c);
      if (x->missing) continue;
      switch (t->cols[c].type) {
      case KJ_COL_TEXT: put_text(fp, x->v.s); break;
      case KJ_COL_INT: fprintf(fp, "%" PRId64, x->v.i); break;
      case KJ_COL_REAL: fprintf(fp, "%.17g", x->v.d); break;
      }
    }
    fputc('\n', fp);
  }
  if (ferror(fp)) return kj_fail(err, KJ_IO, "%s.csv: write failed", t->name);
  return KJ_OK;
}
