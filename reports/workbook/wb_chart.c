/* wb_chart.c — native Excel charts drawn from cell ranges, so leaders can
 * restyle them; what Excel cannot draw comes as cairo PNGs (wb_image.c).
 *
 * One look for every chart: Arial like the cells, the Okabe–Ito palette
 * (distinct for colour-blind readers), a title and axis titles, light value
 * gridlines, a legend only when there are several series, no border, no
 * 3-D. libxlsxwriter 1.1.4 reads a title or series name that begins with
 * '=' as a cell reference, so such text from input data gets an invisible
 * zero-width space in front and stays text.
 */
#include "reports/workbook/wb_private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

#define DEFAULT_W 720
#define DEFAULT_H 360
#define C_GRID 0xD9D9D9
#define C_TREND 0x595959

static const lxw_color_t palette[] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                      0x56B4E9, 0xD55E00, 0xF0E442, 0x000000};
#define NPALETTE (int)(sizeof palette / sizeof palette[0])

static char font_name[] = "Arial"; /* lxw_chart_font wants a char * */

/* A copy of s fit for a chart title or name (see the file comment), or NULL
 * with a sticky error when s is not UTF-8. */
static char *chart_text(kj_wb_sheet *sh, const char *s) {
  size_t n = strlen(s);
  if (kj_utf8_check(s, n) != n) {
    wb_fail(sh->wb, KJ_DATA, "%s: sheet '%s': chart text is not valid UTF-8", sh->wb->path,
            sh->name);
    return NULL;
  }
  return xasprintf("%s%s", s[0] == '=' ? "\xE2\x80\x8B" : "", s);
}

static int range_ok(kj_wb_sheet *sh, const kj_wb_range *r) {
  if (r->first_row > r->last_row || r->first_col > r->last_col ||
      (r->first_row != r->last_row && r->first_col != r->last_col)) {
    wb_fail(sh->wb, KJ_INTERNAL, "%s: sheet '%s': a chart range must be one row or one column",
            sh->wb->path, sh->name);
    return 0;
  }
  return wb_cell_ok(sh, r->first_row, r->first_col, "chart range") &&
         wb_cell_ok(sh, r->last_row, r->last_col, "chart range");
}

static uint8_t lxw_type(const kj_wb_chart_spec *c) {
  int st = c->stacked < 0 ? 0 : c->stacked > 2 ? 2 : c->stacked;
  switch (c->kind) {
  case KJ_WB_CHART_BAR: return (uint8_t)(LXW_CHART_BAR + st);
  case KJ_WB_CHART_COLUMN: return (uint8_t)(LXW_CHART_COLUMN + st);
  case KJ_WB_CHART_LINE: return LXW_CHART_LINE;
  case KJ_WB_CHART_RADAR: return LXW_CHART_RADAR_WITH_MARKERS;
  case KJ_WB_CHART_SCATTER: return LXW_CHART_SCATTER;
  default: return LXW_CHART_NONE;
  }
}

static void style_series(lxw_chart_series *s, kj_wb_chart_kind kind, int i,
                         const kj_wb_series *sp) {
  lxw_color_t col = sp->color ? (lxw_color_t)sp->color : palette[i % NPALETTE];
  if (kind == KJ_WB_CHART_BAR || kind == KJ_WB_CHART_COLUMN) {
    lxw_chart_fill fill = {.color = col};
    chart_series_set_fill(s, &fill);
  } else {
    kj_wb_look look = kind == KJ_WB_CHART_LINE ? sp->look : KJ_WB_LOOK_DEFAULT;
    lxw_chart_line line = {.color = col, .width = 2.0f};
    lxw_chart_fill fill = {.color = col};
    if (look == KJ_WB_LOOK_DASHED) line.width = 1.25f, line.dash_type = LXW_CHART_LINE_DASH_DASH;
    if (look == KJ_WB_LOOK_MARKERS) line.none = LXW_TRUE;
    if (kind != KJ_WB_CHART_SCATTER) chart_series_set_line(s, &line); /* scatter: markers only */
    if (look == KJ_WB_LOOK_LINE || look == KJ_WB_LOOK_DASHED) {
      chart_series_set_marker_type(s, LXW_CHART_MARKER_NONE);
    } else {
      chart_series_set_marker_type(s, look == KJ_WB_LOOK_MARKERS ? LXW_CHART_MARKER_DIAMOND
                                                                  : LXW_CHART_MARKER_CIRCLE);
      chart_series_set_marker_size(s, look == KJ_WB_LOOK_MARKERS ? 10
                                      : kind == KJ_WB_CHART_SCATTER ? 6 : 5);
      chart_series_set_marker_fill(s, &fill);
      lxw_chart_line edge = {.color = col};
      chart_series_set_marker_line(s, &edge);
    }
  }
  if (sp->trendline) {
    chart_series_set_trendline(s, LXW_CHART_TRENDLINE_TYPE_LINEAR, 0);
    lxw_chart_line tl = {.color = C_TREND, .width = 1.25f, .dash_type = LXW_CHART_LINE_DASH_DASH};
    chart_series_set_trendline_line(s, &tl);
  }
}

static kj_status add_series(kj_wb_sheet *sh, lxw_chart *ch, const kj_wb_chart_spec *c) {
  const char *data = c->data ? c->data->name : sh->name;
  for (int i = 0; i < c->nseries; i++) {
    const kj_wb_series *sp = &c->series[i];
    if (!range_ok(sh, &sp->vals) || !range_ok(sh, &sp->cats)) return sh->wb->err.status;
    lxw_chart_series *s = chart_add_series(ch, NULL, NULL);
    if (!s) return wb_fail(sh->wb, KJ_INTERNAL, "%s: chart series", sh->wb->path);
    chart_series_set_categories(s, data, (lxw_row_t)sp->cats.first_row,
                                (lxw_col_t)sp->cats.first_col, (lxw_row_t)sp->cats.last_row,
                                (lxw_col_t)sp->cats.last_col);
    chart_series_set_values(s, data, (lxw_row_t)sp->vals.first_row, (lxw_col_t)sp->vals.first_col,
                            (lxw_row_t)sp->vals.last_row, (lxw_col_t)sp->vals.last_col);
    char *name = sp->name ? chart_text(sh, sp->name)
                          : xasprintf(sh->wb->lang == KJ_LANG_EN ? "Series %d" : "Seri %d", i + 1);
    if (!name) return sh->wb->err.status;
    chart_series_set_name(s, name);
    free(name);
    style_series(s, c->kind, i, sp);
  }
  return KJ_OK;
}

static void set_axis_title(kj_wb_sheet *sh, lxw_chart_axis *axis, const char *title) {
  lxw_chart_font num = {.name = font_name, .size = 9};
  chart_axis_set_num_font(axis, &num);
  if (!title) return;
  char *t = chart_text(sh, title);
  if (!t) return;
  chart_axis_set_name(axis, t);
  lxw_chart_font font = {.name = font_name, .size = 10, .bold = LXW_TRUE};
  chart_axis_set_name_font(axis, &font);
  free(t);
}

static void decorate(kj_wb_sheet *sh, lxw_chart *ch, const kj_wb_chart_spec *c) {
  char *title = chart_text(sh, c->title);
  if (!title) return;
  chart_title_set_name(ch, title);
  free(title);
  lxw_chart_font tf = {.name = font_name, .size = 12, .bold = LXW_TRUE};
  chart_title_set_name_font(ch, &tf);
  /* libxlsxwriter names axes by position, as XlsxWriter does: in a bar
   * chart x_axis is the horizontal one, i.e. the value axis. */
  int bar = c->kind == KJ_WB_CHART_BAR;
  lxw_chart_axis *cat = bar ? ch->y_axis : ch->x_axis;
  lxw_chart_axis *val = bar ? ch->x_axis : ch->y_axis;
  if (c->kind != KJ_WB_CHART_RADAR) {
    set_axis_title(sh, cat, c->x_title);
    set_axis_title(sh, val, c->y_title);
  }
  lxw_chart_line grid = {.color = C_GRID, .width = 0.75f};
  chart_axis_major_gridlines_set_visible(val, LXW_TRUE);
  chart_axis_major_gridlines_set_line(val, &grid);
  chart_axis_major_gridlines_set_visible(cat, LXW_FALSE);
  if (bar) {
    /* Horizontal bars list the first table row at the top, like the table;
     * the value axis then stays at the bottom. */
    chart_axis_set_reverse(cat);
    chart_axis_set_crossing_max(cat);
  }
  if (c->y_bounds) {
    chart_axis_set_min(val, c->y_min);
    chart_axis_set_max(val, c->y_max);
  }
  if (c->y_numfmt) chart_axis_set_num_format(val, c->y_numfmt);
  if (c->nseries > 1) {
    chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_font lf = {.name = font_name, .size = 9};
    chart_legend_set_font(ch, &lf);
  } else {
    chart_legend_set_position(ch, LXW_CHART_LEGEND_NONE);
  }
  lxw_chart_line none = {.none = LXW_TRUE};
  chart_chartarea_set_line(ch, &none);
}

int kj_wb_chart_rows(int height) {
  int h = height > 0 ? height : DEFAULT_H;
  return (h + WB_ROW_PX - 1) / WB_ROW_PX + 1;
}

int kj_wb_chart(kj_wb_sheet *sh, int row, int col, const kj_wb_chart_spec *c) {
  if (!wb_ok(sh->wb)) return row;
  if (!wb_cell_ok(sh, row, col, "chart")) return row;
  uint8_t type = c ? lxw_type(c) : LXW_CHART_NONE;
  if (type == LXW_CHART_NONE || !c->title || !*c->title || c->nseries < 1 || !c->series ||
      (c->y_bounds && !(isfinite(c->y_min) && isfinite(c->y_max) && c->y_min < c->y_max))) {
    wb_fail(sh->wb, KJ_INTERNAL,
            "%s: sheet '%s': a chart needs a kind, a title, series and sane axis bounds",
            sh->wb->path, sh->name);
    return row;
  }
  lxw_chart *ch = workbook_add_chart(sh->wb->book, type);
  if (!ch) {
    wb_fail(sh->wb, KJ_INTERNAL, "%s: sheet '%s': cannot create a chart", sh->wb->path, sh->name);
    return row;
  }
  /* A chart added to the workbook is written at close even if never
   * inserted, so any failure from here on is sticky: close discards it all. */
  if (add_series(sh, ch, c) != KJ_OK) return row;
  decorate(sh, ch, c);
  if (!wb_ok(sh->wb)) return row;
  int w = c->width > 0 ? c->width : DEFAULT_W;
  int h = c->height > 0 ? c->height : DEFAULT_H;
  lxw_chart_options opt;
  memset(&opt, 0, sizeof opt);
  opt.x_scale = w / 480.0; /* libxlsxwriter's default chart is 480 x 288 px */
  opt.y_scale = h / 288.0;
  opt.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
  lxw_error e = worksheet_insert_chart_opt(sh->ws, (lxw_row_t)row, (lxw_col_t)col, ch, &opt);
  if (wb_lxw(sh, e, row, col, "chart") != KJ_OK) return row;
  wb_add_object(sh, row, col, w, h);
  return row + kj_wb_chart_rows(h);
}
