/* wb_table.c — result tables (kj_table) laid out as filterable sheet tables.
 *
 * Analysis hands over kj_tables; a sheet builder adds column specs (label
 * for people, number format role, fixed width, conditional format) and gets
 * a native Excel table or an autofilter range, a frozen and print-repeated
 * header, widths from content and an optional bold total row. The total row
 * sits outside the filtered range so that sorting never moves it, and its
 * values are the computed ones (no SUBTOTAL formulas, reports.md).
 */
#include "reports/workbook/wb_private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

/* Header labels longer than this wrap onto several lines instead of
 * widening their column, unless one word is longer. */
#define HEADER_WRAP_AT 18.0

static kj_wb_fmt col_role(const kj_table *t, const kj_wb_col *spec, int j) {
  kj_wb_fmt f = spec ? spec[j].fmt : KJ_WB_AUTO;
  if ((f & ~KJ_WB_TOTAL) != KJ_WB_AUTO) return (kj_wb_fmt)(f & ~KJ_WB_TOTAL);
  switch (t->cols[j].type) {
  case KJ_COL_TEXT: return KJ_WB_TEXT;
  case KJ_COL_INT: return KJ_WB_INT;
  default: return KJ_WB_GENERAL;
  }
}

/* The header labels: from the specs or the column names, never empty, and
 * for native tables unique (Excel requires it, ignoring case) and free of
 * control characters. Returns ncols new strings. */
static char **header_labels(kj_wb_sheet *sh, const kj_table *t, const kj_wb_col *spec, int native) {
  char **h = xcalloc((size_t)t->ncols, sizeof *h);
  for (int j = 0; j < t->ncols; j++) {
    const char *src = spec && spec[j].header ? spec[j].header : t->cols[j].name;
    if (!src || !*src)
      h[j] = xasprintf(sh->wb->lang == KJ_LANG_EN ? "Column %d" : "Kolom %d", j + 1);
    else
      h[j] = xstrdup(src);
    if (!native) continue;
    for (char *p = h[j]; *p; p++)
      if ((unsigned char)*p < 0x20) *p = ' ';
    for (int k = 2;; k++) {
      int dup = 0;
      for (int i = 0; i < j && !dup; i++) dup = wb_same_name(h[i], h[j]);
      if (!dup) break;
      char *again = xasprintf("%s (%d)", src && *src ? src : h[j], k);
      for (char *p = again; *p; p++)
        if ((unsigned char)*p < 0x20) *p = ' ';
      free(h[j]);
      h[j] = again;
    }
  }
  return h;
}

static void free_labels(char **h, int n) {
  if (!h) return;
  for (int j = 0; j < n; j++) free(h[j]);
  free(h);
}

/* Width a header asks of its column: its length in bold, but past
 * HEADER_WRAP_AT characters it wraps at words, so only its longest word
 * counts then; plus room for the filter button. */
static double header_width(const char *label, int filtered) {
  double longest = 0, cur = 0, all = 0;
  for (const unsigned char *p = (const unsigned char *)label;; p++) {
    if (*p == ' ' || *p == '\n' || *p == '\0') {
      if (cur > longest) longest = cur;
      cur = 0;
      if (!*p) break;
      all++;
    } else if ((*p & 0xC0) != 0x80) {
      cur++;
      all++;
    }
  }
  double w = all * 1.1;
  double cap = longest * 1.1 > HEADER_WRAP_AT ? longest * 1.1 : HEADER_WRAP_AT;
  if (w > cap) w = cap;
  return w + (filtered ? 2 : 0);
}

static void write_cell(kj_wb_sheet *sh, int r, int c, const kj_table *t, size_t tr, int j,
                       kj_wb_fmt role, const char *missing) {
  const kj_cell *cell = kj_table_cell(t, tr, j);
  if (cell->missing) {
    if (missing)
      kj_wb_text(sh, r, c, missing, role);
    else
      kj_wb_num(sh, r, c, NAN, role); /* a blank cell in the column's format */
    return;
  }
  switch (t->cols[j].type) {
  case KJ_COL_TEXT: kj_wb_text(sh, r, c, cell->v.s, role); break;
  case KJ_COL_INT: kj_wb_int(sh, r, c, cell->v.i, role); break;
  default: kj_wb_num(sh, r, c, cell->v.d, role); break;
  }
}

/* Text columns whose longest cell would be cut by the width clamp wrap. */
static kj_wb_fmt wrap_if_long(const kj_table *t, size_t nbody, int j, kj_wb_fmt role) {
  if (role != KJ_WB_TEXT || t->cols[j].type != KJ_COL_TEXT) return role;
  for (size_t r = 0; r < nbody; r++) {
    const kj_cell *cell = kj_table_cell(t, r, j);
    if (!cell->missing && cell->v.s && wb_text_width(cell->v.s) + 2 > WB_WIDTH_MAX)
      return KJ_WB_WRAP;
  }
  return role;
}

/* kj_wb_table on a stream sheet (constant_memory): the header row, then
 * every data row left to right, then the total row, so that no row is
 * revisited; widths and conditional formats are not cells and come last. */
static void write_rows_in_order(kj_wb_sheet *sh, int row, int col, const kj_table *t,
                                const kj_wb_table_opts *o, char **labels, size_t nbody, int total,
                                int filtered) {
  kj_wb_fmt *role = xcalloc((size_t)t->ncols, sizeof *role);
  for (int j = 0; j < t->ncols; j++) {
    wb_write_text(sh, row, col + j, labels[j], KJ_WB_HEADER, 0);
    wb_measure(sh, col + j, header_width(labels[j], filtered));
    wb_add_band(sh, row, col + j, 1, labels[j], wb_fmt_font_pt(KJ_WB_HEADER), 1);
    role[j] = wrap_if_long(t, nbody, j, col_role(t, o->cols, j));
  }
  for (size_t r = 0; r < nbody + (size_t)total && wb_ok(sh->wb); r++)
    for (int j = 0; j < t->ncols; j++) {
      const char *missing = o->cols ? o->cols[j].missing : NULL;
      kj_wb_fmt f = r < nbody ? role[j] : (kj_wb_fmt)(role[j] | KJ_WB_TOTAL);
      write_cell(sh, row + 1 + (int)r, col + j, t, r, j, f, missing);
    }
  for (int j = 0; j < t->ncols && o->cols; j++) {
    int c = col + j;
    if (o->cols[j].width > 0) kj_wb_col_width(sh, c, c, o->cols[j].width);
    if (nbody > 0) kj_wb_cf_apply(sh, row + 1, c, row + (int)nbody, c, o->cols[j].cf);
  }
  free(role);
}

static kj_status add_native(kj_wb_sheet *sh, int row, int col, int last_row, int ncols,
                            char **labels) {
  lxw_table_column *cols = xcalloc((size_t)ncols, sizeof *cols);
  lxw_table_column **ptrs = xcalloc((size_t)ncols + 1, sizeof *ptrs);
  char **clean = xcalloc((size_t)ncols, sizeof *clean);
  kj_status st = KJ_OK;
  for (int j = 0; j < ncols; j++) {
    /* libxlsxwriter writes the header cells of a table itself, so the labels
     * get our string checks here. */
    clean[j] = wb_clean_text(sh, row, col + j, labels[j]);
    if (!clean[j]) {
      st = sh->wb->err.status;
      goto out;
    }
    cols[j].header = clean[j];
    cols[j].header_format = wb_fmt(sh->wb, KJ_WB_HEADER);
    ptrs[j] = &cols[j];
  }
  lxw_table_options opt;
  memset(&opt, 0, sizeof opt);
  opt.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
  opt.style_type_number = 2;
  opt.columns = ptrs;
  lxw_error e = worksheet_add_table(sh->ws, (lxw_row_t)row, (lxw_col_t)col, (lxw_row_t)last_row,
                                    (lxw_col_t)(col + ncols - 1), &opt);
  st = wb_lxw(sh, e, row, col, "table");

out:
  for (int j = 0; j < ncols; j++) free(clean[j]);
  free(clean);
  free(ptrs);
  free(cols);
  return st;
}

int kj_wb_table(kj_wb_sheet *sh, int row, int col, const kj_table *t,
                const kj_wb_table_opts *opts) {
  static const kj_wb_table_opts none;
  const kj_wb_table_opts *o = opts ? opts : &none;
  if (!wb_ok(sh->wb)) return row;
  if (!t || t->ncols < 1) {
    wb_fail(sh->wb, KJ_INTERNAL, "%s: sheet '%s': table without columns", sh->wb->path, sh->name);
    return row;
  }
  int total = o->total_row && t->nrows > 0;
  size_t nbody = t->nrows - (size_t)total;
  int last_col = col + t->ncols - 1;
  if (!wb_cell_ok(sh, row, col, "table") || !wb_cell_ok(sh, row, last_col, "table end")) return row;
  if ((size_t)row + t->nrows + 3 >= WB_MAX_ROWS) { /* rows, total, note, blank */
    wb_cell_ok(sh, WB_MAX_ROWS, col, "table end");
    return row;
  }
  int native = o->native && nbody > 0 && !sh->stream; /* stream sheets cannot hold tables */
  int filtered = nbody > 0;
  if (filtered && !native && sh->has_autofilter) {
    wb_fail(sh->wb, KJ_INTERNAL,
            "%s: sheet '%s': a second autofilter table at row %d (Excel allows one per sheet; "
            "use a native table)",
            sh->wb->path, sh->name, row + 1);
    return row;
  }

  char **labels = header_labels(sh, t, o->cols, native);
  if (sh->stream) {
    write_rows_in_order(sh, row, col, t, o, labels, nbody, total, filtered);
  } else {
    for (int j = 0; j < t->ncols; j++) {
      int c = col + j;
      if (!native) wb_write_text(sh, row, c, labels[j], KJ_WB_HEADER, 0);
      wb_measure(sh, c, header_width(labels[j], filtered));
      wb_add_band(sh, row, c, 1, labels[j], wb_fmt_font_pt(KJ_WB_HEADER), 1);
      kj_wb_fmt role = wrap_if_long(t, nbody, j, col_role(t, o->cols, j));
      const char *missing = o->cols ? o->cols[j].missing : NULL;
      for (size_t r = 0; r < nbody; r++)
        write_cell(sh, row + 1 + (int)r, c, t, r, j, role, missing);
      if (total)
        write_cell(sh, row + 1 + (int)nbody, c, t, nbody, j, (kj_wb_fmt)(role | KJ_WB_TOTAL),
                   missing);
      if (o->cols && o->cols[j].width > 0) kj_wb_col_width(sh, c, c, o->cols[j].width);
      if (o->cols && nbody > 0) kj_wb_cf_apply(sh, row + 1, c, row + (int)nbody, c, o->cols[j].cf);
    }
  }
  int last_row = row + (int)nbody;
  if (native) {
    add_native(sh, row, col, last_row, t->ncols, labels);
  } else if (filtered && wb_ok(sh->wb)) {
    wb_lxw(sh,
           worksheet_autofilter(sh->ws, (lxw_row_t)row, (lxw_col_t)col, (lxw_row_t)last_row,
                                (lxw_col_t)last_col),
           row, col, "autofilter");
    sh->has_autofilter = 1;
  }
  free_labels(labels, t->ncols);

  if (!sh->frozen && wb_ok(sh->wb)) {
    worksheet_freeze_panes(sh->ws, (lxw_row_t)(row + 1), 0);
    wb_lxw(sh, worksheet_repeat_rows(sh->ws, (lxw_row_t)row, (lxw_row_t)row), row, col,
           "repeated header row");
    sh->frozen = 1;
    sh->repeat_row = row;
  }
  int next = row + 1 + (int)t->nrows;
  if (nbody == 0)
    kj_wb_text(sh, next++, col, sh->wb->lang == KJ_LANG_EN ? "(no data)" : "(tidak ada data)",
               KJ_WB_NOTE);
  if (o->note) kj_wb_text(sh, next++, col, o->note, KJ_WB_NOTE);
  return next + 1;
}
