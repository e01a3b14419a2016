/* canvas.h — the drawing kit shared by the chart kinds (internal to charts/).
 *
 * A chart kind writes one paint function that draws the whole chart top-down
 * and returns the height it used. kj_canvas_run calls it twice: once on a
 * scratch surface to measure (pass 0), then on the real PNG/SVG/PDF surface
 * of the measured size (pass 1). Layout and drawing are therefore the same
 * code and cannot disagree. Text goes through pango with one context whose
 * font options (no hinting, no metric rounding) make the layout identical in
 * every format; every string drawn in pass 1 is recorded in the result.
 */
#ifndef KJ_CHARTS_CANVAS_H
#define KJ_CHARTS_CANVAS_H

#include <cairo.h>
#include <pango/pangocairo.h>

#include "charts/chart.h"
#include "charts/theme.h"
#include "util/buf.h"

/* Text drawn by the chart itself, in the output language. */
#define KJ_TR(c, id, en) ((c)->lang == KJ_LANG_EN ? (en) : (id))

typedef struct kj_canvas {
  const kj_chart_out *o;
  kj_theme theme_store;
  const kj_theme *th;
  kj_lang lang;
  const char *title;    /* o->title or the kind's default */
  kj_chart_result *res; /* never NULL inside (a private one when the caller gave none) */
  kj_chart_result own_res;
  PangoContext *pctx;
  cairo_surface_t *surface;
  cairo_t *cr;
  int pass;                                /* 0 measuring, 1 drawing */
  double w, h;                             /* page size in points */
  double flex_natural, flex_min, flex_fit; /* the one stretchable height (see kj_canvas_flex) */
  kj_buf bytes;                            /* the output as cairo streams it */
  int cap_texts, cap_marks;
} kj_canvas;

typedef double (*kj_paint_fn)(kj_canvas *c, const void *ctx);

/* Checks the options (source present, PDF date "YYYY-MM-DD", sizes sane),
 * clears res and prepares pango. title_id/title_en is the kind's default
 * title. On error returns KJ_INTERNAL with a message; call kj_canvas_free
 * either way. */
kj_status kj_canvas_init(kj_canvas *c, const kj_chart_out *o, kj_chart_result *res,
                         const char *title_id, const char *title_en, kj_error *err);
/* Measures with paint, draws it on the real surface, and writes the output
 * (file or res->data). Cairo's status is checked once here. */
kj_status kj_canvas_run(kj_canvas *c, kj_paint_fn paint, const void *ctx, kj_error *err);
/* Releases the canvas; on failure also clears what was recorded in res. */
void kj_canvas_free(kj_canvas *c, kj_status st);

/* The stretchable part of a chart (the plot area): returns `natural` while
 * measuring, and while drawing the height that makes the page fit
 * kj_chart_out.height (never below `minimum`). One call per paint. */
double kj_canvas_flex(kj_canvas *c, double natural, double minimum);

/* ---- what was drawn (recorded in pass 1 only) ---- */
/* Rows in drawing order with their greyed/highlight flags (by spec index);
 * NULL arrays mean identity order / no flags. Call once, before the run. */
void kj_rec_rows(kj_canvas *c, int n, const int *order, const unsigned char *muted,
                 const unsigned char *flagged);
/* A reference line, threshold or cell mark at `value` (data units). */
void kj_rec_mark(kj_canvas *c, kj_chart_mark_kind kind, int row, int col, double value);
/* The ticks of axis `which` (0 or 1) as drawn. */
void kj_rec_axis(kj_canvas *c, int which, const kj_chart_ticks *t);
/* A string drawn (text.c calls it); shortened = pango ellipsized it. */
void kj_rec_text(kj_canvas *c, const char *s, int shortened);

/* ---- text ---- */
typedef struct kj_text {
  double size; /* pt */
  int bold, italic;
  kj_rgb color;
  double width; /* box width for wrapping/alignment; <= 0: natural width */
  int lines;    /* with width > 0: 1 = one line, ellipsized; n > 1 at most n lines; 0 wrap freely */
  PangoAlignment align;
  double angle; /* radians, clockwise positive (cairo) */
  int halo;     /* white box behind the text, so lines crossing it stay off the glyphs */
} kj_text;

/* A text style of size and colour, left-aligned, natural width. */
kj_text kj_style(double size, kj_rgb color);
/* Size of s laid out with t (width = box width when t->width > 0). */
void kj_text_size(kj_canvas *c, const char *s, const kj_text *t, double *w, double *h);
/* Draws s so that the point (ha, va) of its box (0 = left/top, 1 = right/
 * bottom) lands on (x, y); rotation is about (x, y). Returns the box height.
 * Records s in pass 1, and counts it as shortened when pango ellipsized it. */
double kj_text_draw(kj_canvas *c, const char *s, const kj_text *t, double x, double y, double ha,
                    double va);
/* An OPD (or unit) label in a box of width w: the full name on up to
 * `lines` lines, or short_name when the name would be ellipsized and a
 * short name exists. */
double kj_name_draw(kj_canvas *c, const char *name, const char *short_name, const kj_text *t,
                    double x, double y, double va);
/* Height kj_name_draw would use. */
double kj_name_height(kj_canvas *c, const char *name, const char *short_name, const kj_text *t);

/* "n = 1.234 pegawai" (noun_id / noun_en by lang) into out. */
char *kj_fmt_n(kj_canvas *c, char *out, size_t cap, long n, const char *noun_id,
               const char *noun_en);

/* ---- shapes (page coordinates in points) ---- */
/* Sets the cairo source colour. */
void kj_set_color(kj_canvas *c, kj_rgb col);
/* Fills a rectangle; nothing for an empty or negative size. */
void kj_fill_rect(kj_canvas *c, double x, double y, double w, double h, kj_rgb col);
/* Strokes a line with the current dash pattern. */
void kj_line(kj_canvas *c, double x0, double y0, double x1, double y1, double width, kj_rgb col);
/* Dash pattern n (0 solid, 1 dashed, 2 dotted, 3 dash-dot, ...) for the next stroke. */
void kj_dash(kj_canvas *c, int n, double width);
/* Marker shape n (0 circle, 1 square, 2 triangle, 3 diamond, 4 triangle down,
 * 5 cross) of radius r, filled and outlined. */
void kj_marker(kj_canvas *c, int shape, double x, double y, double r, kj_rgb fill, kj_rgb edge);
/* A bound of an allowed range at x from y0 to y1: a bracket "[" (is_min)
 * or "]" whose serifs point into the allowed side, haloed in white so it
 * shows on dark fills too. */
void kj_bound_mark(kj_canvas *c, double x, double y0, double y1, int is_min);
/* Diagonal hatching over a rectangle (greyed rows, allowed bands). */
void kj_hatch(kj_canvas *c, double x, double y, double w, double h, kj_rgb col, double step);

/* ---- axes ---- */
typedef struct kj_axis {
  kj_chart_ticks t;
  double p0, p1; /* page coordinate of t.lo and t.hi */
} kj_axis;

/* Nice ticks covering [lo, hi] with about `target` ticks mapped to p0..p1. */
void kj_axis_nice(kj_axis *a, double lo, double hi, int target, double p0, double p1);
/* Exactly [lo, hi] with nice ticks inside it. */
void kj_axis_fixed(kj_axis *a, double lo, double hi, int target, double p0, double p1);
/* Page coordinate of data value v (linear; p0 for an empty range). */
double kj_axis_pos(const kj_axis *a, double v);
/* Grid lines across [q0, q1] at every tick; vertical when the axis is horizontal. */
void kj_axis_grid(kj_canvas *c, const kj_axis *a, int horizontal, double q0, double q1);
/* Tick labels (and the title below or left of them). For a horizontal axis
 * q is the y of the labels' top; for a vertical one the x of their right
 * edge. Returns the depth used (height or width). */
double kj_axis_labels(kj_canvas *c, const kj_axis *a, int horizontal, double q, const char *title);
/* The width of the widest tick label of a (as kj_axis_labels draws them), for
 * placing a vertical axis before it is drawn. */
double kj_axis_label_width(kj_canvas *c, const kj_axis *a);

/* A plot of k evenly spaced slots left to right (months, periods) against a
 * vertical value axis: slot t is centred on x0 + (t + 0.5) w. */
typedef struct kj_slots {
  double x0, x1, w;
  int k;
} kj_slots;
/* The slots from after ay's widest tick label (x_left + label + pad) to
 * x_right; draws ay's grid and tick labels. */
kj_slots kj_slots_begin(kj_canvas *c, const kj_axis *ay, double x_left, double x_right, int k);
/* The slots' labels at y, each under a short tick, thinned to every step-th
 * so that no two touch; returns their height. */
double kj_slots_labels(kj_canvas *c, const kj_slots *s, const char *const *labels, double y);

/* ---- frame: title block, legend, footer, messages ---- */
/* Title and subtitle from the top margin; returns the y below them. */
double kj_frame_header(kj_canvas *c);
/* Footer from y: "n = … · Sumber: …" and the note; returns the page height. */
double kj_frame_footer(kj_canvas *c, double y, const char *n_text);

typedef enum kj_swatch {
  KJ_SW_BOX,     /* filled box */
  KJ_SW_LINE,    /* line with dash pattern `style` */
  KJ_SW_SERIES,  /* line with dash pattern and marker shape `style` */
  KJ_SW_WHISKER, /* CI whisker */
  KJ_SW_BAND,    /* light band */
  KJ_SW_MARKER,  /* marker shape `style` */
  KJ_SW_HATCH,   /* greyed, hatched */
  KJ_SW_TICK,    /* short vertical reference tick */
  KJ_SW_MIN,     /* "[" lower bound of an allowed range */
  KJ_SW_MAX,     /* "]" upper bound */
  KJ_SW_GLYPH    /* a symbol in `glyph` */
} kj_swatch;
typedef struct kj_legend_item {
  kj_swatch kind;
  kj_rgb color;
  int style;         /* dash pattern (LINE, SERIES) or marker shape (MARKER, SERIES) */
  const char *glyph; /* KJ_SW_GLYPH: the symbol */
  const char *label;
} kj_legend_item;
/* Legend entries flowing left to right in width w from (x, y); returns height. */
double kj_legend(kj_canvas *c, const kj_legend_item *items, int n, double x, double y, double w);
/* A centred message (e.g. "tidak ada data") in a box; returns its height. */
double kj_message(kj_canvas *c, const char *msg, double x, double y, double w, double h);

#endif
