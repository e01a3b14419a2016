/* wb_sheet.c — worksheets: creation with the common print setup, the title
 * block, and column widths measured from content.
 *
 * Widths and title heights depend on everything a sheet will hold, so they
 * are only recorded while the builder writes (wb_measure, bands) and applied
 * once at kj_wb_close (wb_sheet_finish). libxlsxwriter cannot autofit, and
 * merged cells never grow by themselves in Excel, hence the fitted height of
 * the title rows (and of wrapped cells). Page breaks around charts are
 * planned from the same numbers (wb_print.c). A stream sheet (constant_memory,
 * kj_wb_sheet_add_stream) cannot change a row it has left, so its title and
 * header rows get their height when written instead.
 */
#include "reports/workbook/wb_private.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

#define PAPER_A4 9

const char *wb_cell_name(int row, int col, char *buf, size_t cap) {
  char tmp[32];
  if (row < 0 || col < 0 || row >= WB_MAX_ROWS || col >= WB_MAX_COLS)
    snprintf(tmp, sizeof tmp, "R%dC%d", row + 1, col + 1);
  else
    lxw_rowcol_to_cell(tmp, (lxw_row_t)row, (lxw_col_t)col);
  snprintf(buf, cap, "%s", tmp);
  return buf;
}

int wb_cell_ok(kj_wb_sheet *sh, int row, int col, const char *what) {
  if (row >= 0 && col >= 0 && row < WB_MAX_ROWS && col < WB_MAX_COLS) {
    if (row > sh->last_row) sh->last_row = row;
    return 1;
  }
  wb_fail(sh->wb, KJ_INTERNAL, "%s: sheet '%s': %s at row %d, column %d is outside the sheet",
          sh->wb->path, sh->name, what, row + 1, col + 1);
  return 0;
}

void wb_grow_cols(kj_wb_sheet *sh, int col) {
  if (col < sh->ncols_alloc) return;
  int n = sh->ncols_alloc ? sh->ncols_alloc : 16;
  while (n <= col) n *= 2;
  sh->width = xreallocarray(sh->width, (size_t)n, sizeof *sh->width);
  sh->extra = xreallocarray(sh->extra, (size_t)n, sizeof *sh->extra);
  sh->fixed = xreallocarray(sh->fixed, (size_t)n, sizeof *sh->fixed);
  sh->colfmt = xreallocarray(sh->colfmt, (size_t)n, sizeof *sh->colfmt);
  for (int i = sh->ncols_alloc; i < n; i++) {
    sh->width[i] = 0;
    sh->extra[i] = 0;
    sh->fixed[i] = 0;
    sh->colfmt[i] = NULL;
  }
  sh->ncols_alloc = n;
}

void wb_measure(kj_wb_sheet *sh, int col, double chars) {
  if (col < 0 || col >= WB_MAX_COLS) return;
  wb_grow_cols(sh, col);
  if (!sh->fixed[col] && chars > sh->width[col]) sh->width[col] = chars;
}

void wb_widen(kj_wb_sheet *sh, int col, double chars) {
  if (col < 0 || col >= WB_MAX_COLS) return;
  wb_grow_cols(sh, col);
  if (chars > sh->extra[col]) sh->extra[col] = chars;
}

kj_status kj_wb_col_width(kj_wb_sheet *sh, int first, int last, double chars) {
  if (!wb_ok(sh->wb)) return sh->wb->err.status;
  if (!wb_cell_ok(sh, 0, first, "column width") || !wb_cell_ok(sh, 0, last, "column width"))
    return sh->wb->err.status;
  if (!(chars > 0 && chars <= 255))
    return wb_fail(sh->wb, KJ_INTERNAL, "%s: sheet '%s': column width %g is not in 0..255",
                   sh->wb->path, sh->name, chars);
  for (int c = first; c <= last; c++) {
    wb_grow_cols(sh, c);
    sh->width[c] = chars;
    sh->fixed[c] = 1;
  }
  return KJ_OK;
}

double wb_col_width(const kj_wb_sheet *sh, int col) {
  if (col >= sh->ncols_alloc || sh->width[col] <= 0) return 8.43; /* Excel's default */
  if (sh->fixed[col]) return sh->width[col];
  double w = sh->width[col] + sh->extra[col] + 2; /* padding either side of the text */
  return w < WB_WIDTH_MIN ? WB_WIDTH_MIN : w > WB_WIDTH_MAX ? WB_WIDTH_MAX : w;
}

/* Average advance of a character in pixels, for Arial at `pt` points: about
 * half an em for mixed text, a little more in bold. */
static double char_px(double pt, int bold) { return pt * 96.0 / 72.0 * (bold ? 0.56 : 0.5); }

/* Height in points that band b needs at the final column widths. Text
 * breaks at words, so the estimate keeps some slack. */
static double band_height(const kj_wb_sheet *sh, const wb_band *b) {
  double px = 0;
  for (int c = b->first_col; c < b->first_col + b->ncols; c++)
    px += floor(wb_col_width(sh, c) * 7.0 + 5.0); /* Excel: 7 px per width unit + 5 */
  double usable = px - 10;
  if (usable < 30) usable = 30;
  double lines = ceil((double)b->chars * char_px(b->font_pt, b->bold) * 1.1 / usable);
  if (lines < 1) lines = 1;
  return lines * b->font_pt * 1.25 + 2.5; /* one line of 10 pt: Excel's 15 pt row */
}

/* A stream sheet cannot change a row once a later one is written, so its
 * band gets its height now, from the widths known so far (the tallest band
 * of the row wins, as at close). */
static void band_now(kj_wb_sheet *sh, const wb_band *b) {
  double h = band_height(sh, b);
  if (sh->band_row == b->row && sh->band_pt > h) h = sh->band_pt;
  sh->band_row = b->row;
  sh->band_pt = h;
  wb_lxw(sh, worksheet_set_row(sh->ws, (lxw_row_t)b->row, h, NULL), b->row, 0, "row height");
}

void wb_add_band(kj_wb_sheet *sh, int row, int first_col, int ncols, const char *text,
                 double font_pt, int bold) {
  if (sh->stream) {
    wb_band b = {row, first_col, ncols < 1 ? 1 : ncols, wb_utf16_len(text), font_pt, bold};
    band_now(sh, &b);
    return;
  }
  if (sh->nbands == sh->bands_cap) {
    sh->bands_cap = sh->bands_cap ? sh->bands_cap * 2 : 16;
    sh->bands = xreallocarray(sh->bands, (size_t)sh->bands_cap, sizeof *sh->bands);
  }
  wb_band *b = &sh->bands[sh->nbands++];
  b->row = row;
  b->first_col = first_col;
  b->ncols = ncols < 1 ? 1 : ncols;
  b->chars = wb_utf16_len(text);
  b->font_pt = font_pt;
  b->bold = bold;
}

void wb_add_object(kj_wb_sheet *sh, int row, int col, double w_px, double h_px) {
  if (sh->nobjs == sh->objs_cap) {
    sh->objs_cap = sh->objs_cap ? sh->objs_cap * 2 : 8;
    sh->objs = xreallocarray(sh->objs, (size_t)sh->objs_cap, sizeof *sh->objs);
  }
  sh->objs[sh->nobjs++] = (wb_obj){row, col, w_px, h_px};
  int end = row + (int)ceil(h_px / WB_ROW_PX);
  if (end > sh->last_row) sh->last_row = end;
}

static int by_row(const void *a, const void *b) {
  const wb_band *x = a, *y = b;
  if (x->row != y->row) return x->row < y->row ? -1 : 1;
  return x->first_col < y->first_col ? -1 : x->first_col > y->first_col;
}

void wb_sheet_finish(kj_wb_sheet *sh) {
  for (int c = 0; c < sh->ncols_alloc; c++) {
    if (sh->width[c] <= 0 && !sh->colfmt[c]) continue;
    lxw_error e = worksheet_set_column(sh->ws, (lxw_col_t)c, (lxw_col_t)c, wb_col_width(sh, c),
                                       sh->colfmt[c]);
    if (wb_lxw(sh, e, -1, c, "column width") != KJ_OK) return;
  }
  /* A row may hold several bands (a table header has one per column): it
   * gets the tallest. Sorting keeps this linear for long wrapped tables. */
  if (sh->nbands > 1) qsort(sh->bands, (size_t)sh->nbands, sizeof *sh->bands, by_row);
  int *rows = xcalloc((size_t)sh->nbands + 1, sizeof *rows);
  double *hts = xcalloc((size_t)sh->nbands + 1, sizeof *hts);
  int n = 0;
  for (int i = 0; i < sh->nbands; i++) {
    double h = band_height(sh, &sh->bands[i]);
    if (n > 0 && rows[n - 1] == sh->bands[i].row) {
      if (h > hts[n - 1]) hts[n - 1] = h;
    } else {
      rows[n] = sh->bands[i].row;
      hts[n++] = h;
    }
  }
  for (int i = 0; i < n; i++) {
    lxw_error e = worksheet_set_row(sh->ws, (lxw_row_t)rows[i], hts[i], NULL);
    if (wb_lxw(sh, e, rows[i], 0, "row height") != KJ_OK) break;
  }
  if (wb_ok(sh->wb)) wb_plan_pages(sh, rows, hts, n);
  free(rows);
  free(hts);
}

void wb_sheet_free(kj_wb_sheet *sh) {
  if (!sh) return;
  free(sh->name);
  free(sh->width);
  free(sh->extra);
  free(sh->fixed);
  free(sh->colfmt);
  free(sh->bands);
  free(sh->objs);
  free(sh);
}

/* reports.md: every sheet prints on A4 landscape, one page wide, with the
 * page number in the footer. Margins in inches (libxlsxwriter's unit). */
static kj_status print_setup(kj_wb_sheet *sh) {
  lxw_worksheet *ws = sh->ws;
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, PAPER_A4);
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_set_margins(ws, 0.5, 0.5, 0.75, 0.75);
  const char *footer = sh->wb->lang == KJ_LANG_EN ? "&CPage &P of &N" : "&CHalaman &P dari &N";
  return wb_lxw(sh, worksheet_set_footer(ws, footer), -1, 0, "page footer");
}

static kj_wb_sheet *add_sheet(kj_wb *wb, const char *name, int stream, kj_error *err) {
  if (!wb_ok(wb)) {
    kj_wb_status(wb, err);
    return NULL;
  }
  if (kj_wb_sheet_name_check(wb, name, err) != KJ_OK) return NULL;
  /* see kj_wb_sheet_add_stream: the option is copied into the sheet here */
  uint8_t mode = wb->book->options.constant_memory;
  wb->book->options.constant_memory = stream ? LXW_TRUE : LXW_FALSE;
  lxw_worksheet *ws = workbook_add_worksheet(wb->book, name);
  wb->book->options.constant_memory = mode;
  if (!ws) {
    kj_fail(err, KJ_INTERNAL, "%s: libxlsxwriter refused sheet name '%s'", wb->path, name);
    return NULL;
  }
  kj_wb_sheet *sh = xcalloc(1, sizeof *sh);
  sh->wb = wb;
  sh->ws = ws;
  sh->name = xstrdup(name);
  sh->last_row = -1;
  sh->repeat_row = -1;
  sh->stream = stream;
  sh->band_row = -1;
  if (wb->nsheets == wb->sheets_cap) {
    wb->sheets_cap = wb->sheets_cap ? wb->sheets_cap * 2 : 8;
    wb->sheets = xreallocarray(wb->sheets, (size_t)wb->sheets_cap, sizeof *wb->sheets);
  }
  wb->sheets[wb->nsheets++] = sh;
  if (print_setup(sh) != KJ_OK) {
    kj_wb_status(wb, err);
    return NULL;
  }
  return sh;
}

kj_wb_sheet *kj_wb_sheet_add(kj_wb *wb, const char *name, kj_error *err) {
  return add_sheet(wb, name, 0, err);
}

kj_wb_sheet *kj_wb_sheet_add_stream(kj_wb *wb, const char *name, kj_error *err) {
  return add_sheet(wb, name, 1, err);
}

const char *kj_wb_sheet_name(const kj_wb_sheet *sh) { return sh->name; }

/* Titles are merged over at least this many columns, so that a short
 * table does not squeeze its question into a narrow column. */
#define TITLE_MIN_COLS 6

static void band(kj_wb_sheet *sh, int row, const char *text, kj_wb_fmt role, int ncols) {
  if (!text || !wb_ok(sh->wb)) return;
  /* merge an empty range, then write the text through kj_wb_text so that it
   * gets the same checks as every other string */
  lxw_error e = worksheet_merge_range(sh->ws, (lxw_row_t)row, 0, (lxw_row_t)row,
                                      (lxw_col_t)(ncols - 1), "", wb_fmt(sh->wb, role));
  if (wb_lxw(sh, e, row, 0, "merged title") != KJ_OK) return;
  if (kj_wb_text(sh, row, 0, text, role) == KJ_OK)
    wb_add_band(sh, row, 0, ncols, text, wb_fmt_font_pt(role), role == KJ_WB_TITLE);
}

int kj_wb_title(kj_wb_sheet *sh, const char *question, const char *subtitle, int ncols) {
  if (ncols < TITLE_MIN_COLS) ncols = TITLE_MIN_COLS;
  if (ncols > WB_MAX_COLS) ncols = WB_MAX_COLS;
  band(sh, 0, question, KJ_WB_TITLE, ncols);
  band(sh, 1, subtitle, KJ_WB_SUBTITLE, ncols);
  return 3;
}
