/* wb_print.c — page breaks that keep charts and images whole on paper.
 *
 * Sheets print one page wide (fit to width), and Excel and LibreOffice then
 * break pages wherever the rows run out, cutting a chart in two. Both honour
 * manual horizontal breaks under fit-to-width (fitToHeight 0), so on a sheet
 * with charts or images the layer paginates itself up to the last of them:
 * it estimates the print scale from the column widths, fills pages row by
 * row (the repeated header row on every page after the first), and starts a
 * new page before any object that would not fit on the current one. Every
 * break up to the last object is manual, because automatic breaks after an
 * estimated one would drift. The estimate is deliberately pessimistic (rows
 * at Excel's 15 pt default, a safety margin), so a real page holds at least
 * what we planned and the printer never adds a break of its own in between.
 */
#include "reports/workbook/wb_private.h"

#include <math.h>
#include <stdlib.h>

#include "util/xalloc.h"

/* A4 landscape (11.69 x 8.27 in) inside the margins set in print_setup,
 * at 96 px per inch. */
#define PRINT_W_PX ((11.69 - 0.5 - 0.5) * 96.0)
#define PRINT_H_PX ((8.27 - 0.75 - 0.75) * 96.0)
#define SAFETY 0.95     /* for rounding of widths and wrapped-row estimates */
#define MAX_BREAKS 1023 /* Excel's limit */

static double col_px(const kj_wb_sheet *sh, int c) {
  return floor(wb_col_width(sh, c) * 7.0 + 5.0);
}

/* Width of the printed area in pixels: the columns in use and the objects. */
static double sheet_px(const kj_wb_sheet *sh) {
  int last = -1;
  for (int c = 0; c < sh->ncols_alloc; c++)
    if (sh->width[c] > 0) last = c;
  for (int i = 0; i < sh->nbands; i++) {
    int end = sh->bands[i].first_col + sh->bands[i].ncols - 1;
    if (end > last) last = end;
  }
  double px = 0, best = 0;
  for (int c = 0; c <= last; c++) px += col_px(sh, c);
  best = px;
  for (int i = 0; i < sh->nobjs; i++) {
    double left = 0;
    for (int c = 0; c < sh->objs[i].col; c++) left += col_px(sh, c);
    if (left + sh->objs[i].w_px > best) best = left + sh->objs[i].w_px;
  }
  return best > 0 ? best : 1;
}

typedef struct heights {
  const int *rows;
  const double *pt;
  int n, at;
} heights;

/* Height in pixels of row r; rows are asked for in ascending order. */
static double row_px(heights *h, int r) {
  while (h->at < h->n && h->rows[h->at] < r) h->at++;
  if (h->at < h->n && h->rows[h->at] == r) return h->pt[h->at] * 96.0 / 72.0;
  return WB_ROW_PX;
}

static int obj_order(const void *a, const void *b) {
  const wb_obj *x = a, *y = b;
  return x->row < y->row ? -1 : x->row > y->row;
}

void wb_plan_pages(kj_wb_sheet *sh, const int *rows, const double *heights_pt, int n) {
  if (sh->nobjs == 0) return;
  qsort(sh->objs, (size_t)sh->nobjs, sizeof *sh->objs, obj_order); /* nobjs > 0 here */
  double scale = PRINT_W_PX / sheet_px(sh);
  if (scale > 1) scale = 1;
  double cap = PRINT_H_PX * SAFETY / scale; /* unscaled pixels per page */
  heights h = {rows, heights_pt, n, 0};
  double header = 0;
  if (sh->repeat_row >= 0) {
    heights hh = {rows, heights_pt, n, 0};
    header = row_px(&hh, sh->repeat_row);
  }
  const wb_obj *last = &sh->objs[sh->nobjs - 1];
  int end = last->row + (int)ceil(last->h_px / WB_ROW_PX);
  lxw_row_t *breaks = xcalloc(MAX_BREAKS + 1, sizeof *breaks);
  int nb = 0, next_obj = 0;
  double used = 0, fresh = 0; /* fresh: what an empty page already holds */
  for (int r = 0; r <= end && nb < MAX_BREAKS; r++) {
    double rh = row_px(&h, r), need = rh;
    while (next_obj < sh->nobjs && sh->objs[next_obj].row < r) next_obj++;
    for (int k = next_obj; k < sh->nobjs && sh->objs[k].row == r; k++)
      if (sh->objs[k].h_px > need) need = sh->objs[k].h_px; /* the object must fit whole */
    if (r > 0 && used > fresh && used + need > cap) {
      breaks[nb++] = (lxw_row_t)r;
      fresh = sh->repeat_row >= 0 && r > sh->repeat_row ? header : 0;
      used = fresh;
    }
    used += rh; /* the rows under an object carry its height */
  }
  if (nb > 0) {
    breaks[nb] = 0;
    wb_lxw(sh, worksheet_set_h_pagebreaks(sh->ws, breaks), -1, 0, "page breaks");
  }
  free(breaks);
}
