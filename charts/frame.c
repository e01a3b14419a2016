/* frame.c — the parts every chart shares: title block, legend, footer.
 *
 * Each chart answers one question in its title, says the period and scope in
 * the subtitle, and ends with its n and its data source (reports.md: "no
 * chart without its n"). These functions draw those pieces the same way on
 * every chart; they are also used in the measuring pass, so their return
 * values (heights) drive the page layout.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "charts/canvas.h"

double kj_frame_header(kj_canvas *c) {
  const kj_theme *th = c->th;
  double inner = c->w - 2 * th->margin;
  double y = th->margin;
  kj_text tt = kj_style(th->size_title, th->ink);
  tt.bold = 1;
  tt.width = inner;
  y += kj_text_draw(c, c->title, &tt, th->margin, y, 0, 0);
  if (c->o->subtitle && *c->o->subtitle) {
    kj_text st = kj_style(th->size_subtitle, th->ink_soft);
    st.width = inner;
    y += 2;
    y += kj_text_draw(c, c->o->subtitle, &st, th->margin, y, 0, 0);
  }
  return y + th->gap;
}

double kj_frame_footer(kj_canvas *c, double y, const char *n_text) {
  const kj_theme *th = c->th;
  double inner = c->w - 2 * th->margin;
  char line[1024];
  y += th->gap;
  kj_line(c, th->margin, y, th->margin + inner, y, th->line_thin, th->grid);
  y += 4;
  snprintf(line, sizeof line, "%s%s%s: %s", n_text && *n_text ? n_text : "",
           n_text && *n_text ? " \xC2\xB7 " : "", KJ_TR(c, "Sumber", "Source"), c->o->source);
  kj_text ft = kj_style(th->size_note, th->ink_soft);
  ft.width = inner;
  y += kj_text_draw(c, line, &ft, th->margin, y, 0, 0);
  if (c->o->note && *c->o->note) y += kj_text_draw(c, c->o->note, &ft, th->margin, y, 0, 0);
  return y + th->margin;
}

#define SW_W 16.0
#define SW_H 8.0

static void swatch(kj_canvas *c, const kj_legend_item *it, double x, double cy) {
  const kj_theme *th = c->th;
  cairo_t *cr = c->cr;
  kj_rgb edge = kj_theme_tint(th->ink, 0.45);
  switch (it->kind) {
  case KJ_SW_BOX:
    kj_fill_rect(c, x, cy - SW_H / 2, SW_W * 0.7, SW_H, it->color);
    cairo_set_dash(cr, NULL, 0, 0);
    cairo_set_line_width(cr, 0.4);
    kj_set_color(c, edge);
    cairo_rectangle(cr, x, cy - SW_H / 2, SW_W * 0.7, SW_H);
    cairo_stroke(cr);
    break;
  case KJ_SW_BAND: kj_fill_rect(c, x, cy - SW_H / 2, SW_W, SW_H, it->color); break;
  case KJ_SW_HATCH:
    kj_fill_rect(c, x, cy - SW_H / 2, SW_W, SW_H, th->muted_fill);
    kj_hatch(c, x, cy - SW_H / 2, SW_W, SW_H, th->muted_ink, 3);
    break;
  case KJ_SW_LINE:
    kj_dash(c, it->style, th->line_ref);
    kj_line(c, x, cy, x + SW_W, cy, th->line_ref, it->color);
    cairo_set_dash(cr, NULL, 0, 0);
    break;
  case KJ_SW_SERIES:
    kj_dash(c, it->style, th->line_series);
    kj_line(c, x - 2, cy, x + SW_W + 2, cy, th->line_series, it->color);
    cairo_set_dash(cr, NULL, 0, 0);
    kj_marker(c, it->style, x + SW_W / 2, cy, 2.8, it->color, th->ink);
    break;
  case KJ_SW_TICK:
    cairo_set_dash(cr, NULL, 0, 0);
    kj_line(c, x + SW_W / 2, cy - 6, x + SW_W / 2, cy + 6, 2.2, it->color);
    break;
  case KJ_SW_MIN:
  case KJ_SW_MAX:
    kj_bound_mark(c, x + SW_W / 2 + (it->kind == KJ_SW_MIN ? -2 : 2), cy - 5, cy + 5,
                  it->kind == KJ_SW_MIN);
    break;
  case KJ_SW_WHISKER:
    cairo_set_dash(cr, NULL, 0, 0);
    kj_line(c, x + 1, cy, x + SW_W - 1, cy, 0.9, it->color);
    kj_line(c, x + 1, cy - 3, x + 1, cy + 3, 0.9, it->color);
    kj_line(c, x + SW_W - 1, cy - 3, x + SW_W - 1, cy + 3, 0.9, it->color);
    break;
  case KJ_SW_MARKER: kj_marker(c, it->style, x + SW_W / 2, cy, 3.2, it->color, th->ink); break;
  case KJ_SW_GLYPH: {
    kj_text g = kj_style(th->size_label, it->color);
    g.bold = 1;
    kj_text_draw(c, it->glyph, &g, x + SW_W / 2, cy, 0.5, 0.5);
    break;
  }
  }
}

double kj_legend(kj_canvas *c, const kj_legend_item *items, int n, double x, double y, double w) {
  const kj_theme *th = c->th;
  kj_text lt = kj_style(th->size_label, th->ink);
  double line_h = 0, cx = x, cy = y, total = 0, one;
  kj_text_size(c, "Ag", &lt, NULL, &one);
  for (int i = 0; i < n; i++) {
    double tw, tht;
    kj_text_size(c, items[i].label, &lt, &tw, &tht);
    double iw = SW_W + 4 + tw;
    if (iw > 0.6 * w) { /* a very long entry (an OPD name): two lines at most */
      lt.width = 0.6 * w - SW_W - 4;
      lt.lines = 2;
      kj_text_size(c, items[i].label, &lt, &tw, &tht);
      iw = 0.6 * w;
    }
    if (cx > x && cx + iw > x + w) {
      cy += line_h + 3;
      cx = x;
      line_h = 0;
    }
    double h = tht > SW_H ? tht : SW_H;
    swatch(c, &items[i], cx, cy + one / 2);
    kj_text_draw(c, items[i].label, &lt, cx + SW_W + 4, cy, 0, 0);
    lt.width = 0;
    lt.lines = 0;
    cx += iw + 12;
    if (h > line_h) line_h = h;
    total = cy + line_h - y;
  }
  return total;
}

double kj_message(kj_canvas *c, const char *msg, double x, double y, double w, double h) {
  kj_text mt = kj_style(c->th->size_label + 1, c->th->muted_ink);
  mt.italic = 1;
  mt.width = w;
  mt.align = PANGO_ALIGN_CENTER;
  double th;
  kj_text_size(c, msg, &mt, NULL, &th);
  if (h < th) h = th;
  kj_text_draw(c, msg, &mt, x, y + h / 2, 0, 0.5);
  return h;
}
