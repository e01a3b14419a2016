/* text.c — every string of a chart goes through here (pango).
 *
 * Pango lays text out in the theme's font family; a box width makes it wrap
 * (by word, then by character for very long words) or ellipsize, which is
 * how long OPD names stay inside their column instead of running into the
 * plot. Drawing records the string in the chart result, so tests can check
 * what a reader sees ("87,5", "data tidak cukup") without reading pixels.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "charts/canvas.h"

kj_text kj_style(double size, kj_rgb color) {
  kj_text t;
  memset(&t, 0, sizeof t);
  t.size = size;
  t.color = color;
  t.align = PANGO_ALIGN_LEFT;
  return t;
}

static PangoLayout *layout(kj_canvas *c, const char *s, const kj_text *t) {
  PangoLayout *l = pango_layout_new(c->pctx);
  PangoFontDescription *fd = pango_font_description_new();
  pango_font_description_set_family(fd, c->th->font);
  pango_font_description_set_size(fd, (gint)lround(t->size * PANGO_SCALE));
  pango_font_description_set_weight(fd, t->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(fd, t->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description(l, fd);
  pango_font_description_free(fd);
  if (t->width > 0) {
    pango_layout_set_width(l, (int)lround(t->width * PANGO_SCALE));
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    if (t->lines > 0) {
      pango_layout_set_height(l, -t->lines); /* negative: at most that many lines */
      pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    }
  }
  pango_layout_set_alignment(l, t->align);
  pango_layout_set_text(l, s ? s : "", -1);
  return l;
}

static void box_size(PangoLayout *l, const kj_text *t, double *w, double *h) {
  PangoRectangle logical;
  pango_layout_get_extents(l, NULL, &logical);
  *w = t->width > 0 ? t->width : (double)logical.width / PANGO_SCALE;
  *h = (double)logical.height / PANGO_SCALE;
}

void kj_text_size(kj_canvas *c, const char *s, const kj_text *t, double *w, double *h) {
  PangoLayout *l = layout(c, s, t);
  double bw, bh;
  box_size(l, t, &bw, &bh);
  if (t->width > 0) { /* the width actually used, for right-aligned neighbours */
    PangoRectangle logical;
    pango_layout_get_extents(l, NULL, &logical);
    bw = (double)logical.width / PANGO_SCALE;
  }
  if (w) *w = bw;
  if (h) *h = bh;
  g_object_unref(l);
}

double kj_text_draw(kj_canvas *c, const char *s, const kj_text *t, double x, double y, double ha,
                    double va) {
  if (!s || !*s) return 0;
  PangoLayout *l = layout(c, s, t);
  double w, h;
  box_size(l, t, &w, &h);
  cairo_t *cr = c->cr;
  cairo_save(cr);
  cairo_translate(cr, x, y);
  if (t->angle != 0) cairo_rotate(cr, t->angle);
  if (t->halo) {
    PangoRectangle lg;
    pango_layout_get_extents(l, NULL, &lg);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, -ha * w + (double)lg.x / PANGO_SCALE - 1.5,
                    -va * h + (double)lg.y / PANGO_SCALE, (double)lg.width / PANGO_SCALE + 3,
                    (double)lg.height / PANGO_SCALE);
    cairo_fill(cr);
  }
  cairo_move_to(cr, -ha * w, -va * h);
  cairo_set_source_rgb(cr, t->color.r, t->color.g, t->color.b);
  pango_cairo_show_layout(cr, l);
  cairo_restore(cr);
  kj_rec_text(c, s, pango_layout_is_ellipsized(l));
  g_object_unref(l);
  return h;
}

/* The full name unless it would be ellipsized and a short name exists. */
static const char *pick_name(kj_canvas *c, const char *name, const char *short_name,
                             const kj_text *t) {
  if (!short_name || !*short_name || t->width <= 0) return name;
  PangoLayout *l = layout(c, name, t);
  int cut = pango_layout_is_ellipsized(l);
  g_object_unref(l);
  return cut ? short_name : name;
}

double kj_name_draw(kj_canvas *c, const char *name, const char *short_name, const kj_text *t,
                    double x, double y, double va) {
  const char *s = pick_name(c, name, short_name, t);
  return kj_text_draw(c, s, t, x, y, 0, va);
}

double kj_name_height(kj_canvas *c, const char *name, const char *short_name, const kj_text *t) {
  double h;
  kj_text_size(c, pick_name(c, name, short_name, t), t, NULL, &h);
  return h;
}

char *kj_fmt_n(kj_canvas *c, char *out, size_t cap, long n, const char *noun_id,
               const char *noun_en) {
  char num[48];
  kj_fmt_num(num, sizeof num, (double)n, 0, c->lang);
  snprintf(out, cap, "n = %s %s", num, KJ_TR(c, noun_id, noun_en));
  return out;
}

/* ---- shapes ---- */

void kj_set_color(kj_canvas *c, kj_rgb col) { cairo_set_source_rgb(c->cr, col.r, col.g, col.b); }

void kj_fill_rect(kj_canvas *c, double x, double y, double w, double h, kj_rgb col) {
  if (!(w > 0) || !(h > 0)) return;
  kj_set_color(c, col);
  cairo_rectangle(c->cr, x, y, w, h);
  cairo_fill(c->cr);
}

void kj_line(kj_canvas *c, double x0, double y0, double x1, double y1, double width, kj_rgb col) {
  kj_set_color(c, col);
  cairo_set_line_width(c->cr, width);
  cairo_move_to(c->cr, x0, y0);
  cairo_line_to(c->cr, x1, y1);
  cairo_stroke(c->cr);
}

void kj_dash(kj_canvas *c, int n, double width) {
  double u = width > 0.8 ? width : 0.8;
  double d1[] = {4 * u, 2.5 * u};
  double d2[] = {1 * u, 1.8 * u};
  double d3[] = {5 * u, 2 * u, 1 * u, 2 * u};
  double d4[] = {2.5 * u, 2.5 * u};
  double d5[] = {7 * u, 2 * u};
  switch (n % 6) {
  case 0: cairo_set_dash(c->cr, NULL, 0, 0); break;
  case 1: cairo_set_dash(c->cr, d1, 2, 0); break;
  case 2: cairo_set_dash(c->cr, d2, 2, 0); break;
  case 3: cairo_set_dash(c->cr, d3, 4, 0); break;
  case 4: cairo_set_dash(c->cr, d4, 2, 0); break;
  default: cairo_set_dash(c->cr, d5, 2, 0); break;
  }
  cairo_set_line_cap(c->cr, n % 6 == 2 ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
}

void kj_marker(kj_canvas *c, int shape, double x, double y, double r, kj_rgb fill, kj_rgb edge) {
  cairo_t *cr = c->cr;
  cairo_new_path(cr);
  switch (shape % 6) {
  case 0: cairo_arc(cr, x, y, r, 0, 2 * M_PI); break;
  case 1: cairo_rectangle(cr, x - r * 0.85, y - r * 0.85, 1.7 * r, 1.7 * r); break;
  case 2:
    cairo_move_to(cr, x, y - 1.15 * r);
    cairo_line_to(cr, x + r, y + 0.75 * r);
    cairo_line_to(cr, x - r, y + 0.75 * r);
    cairo_close_path(cr);
    break;
  case 3:
    cairo_move_to(cr, x, y - 1.2 * r);
    cairo_line_to(cr, x + r, y);
    cairo_line_to(cr, x, y + 1.2 * r);
    cairo_line_to(cr, x - r, y);
    cairo_close_path(cr);
    break;
  case 4:
    cairo_move_to(cr, x, y + 1.15 * r);
    cairo_line_to(cr, x + r, y - 0.75 * r);
    cairo_line_to(cr, x - r, y - 0.75 * r);
    cairo_close_path(cr);
    break;
  default:
    cairo_rectangle(cr, x - r, y - 0.3 * r, 2 * r, 0.6 * r);
    cairo_rectangle(cr, x - 0.3 * r, y - r, 0.6 * r, 2 * r);
    break;
  }
  kj_set_color(c, fill);
  cairo_fill_preserve(cr);
  cairo_set_dash(cr, NULL, 0, 0);
  cairo_set_line_width(cr, 0.7);
  kj_set_color(c, edge);
  cairo_stroke(cr);
}

void kj_bound_mark(kj_canvas *c, double x, double y0, double y1, int is_min) {
  cairo_t *cr = c->cr;
  double serif = is_min ? 3.2 : -3.2;
  cairo_set_dash(cr, NULL, 0, 0);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
  for (int pass = 0; pass < 2; pass++) {
    cairo_new_path(cr);
    cairo_move_to(cr, x + serif, y0);
    cairo_line_to(cr, x, y0);
    cairo_line_to(cr, x, y1);
    cairo_line_to(cr, x + serif, y1);
    if (pass == 0) {
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_set_line_width(cr, 3.0);
    } else {
      kj_set_color(c, c->th->ink);
      cairo_set_line_width(cr, 1.3);
    }
    cairo_stroke(cr);
  }
}

void kj_hatch(kj_canvas *c, double x, double y, double w, double h, kj_rgb col, double step) {
  if (!(w > 0) || !(h > 0) || !(step > 0)) return;
  cairo_t *cr = c->cr;
  cairo_save(cr);
  cairo_rectangle(cr, x, y, w, h);
  cairo_clip(cr);
  kj_set_color(c, col);
  cairo_set_line_width(cr, 0.6);
  cairo_set_dash(cr, NULL, 0, 0);
  for (double s = -h; s < w; s += step) {
    cairo_move_to(cr, x + s, y + h);
    cairo_line_to(cr, x + s + h, y);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}
