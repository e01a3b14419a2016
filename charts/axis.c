/* axis.c — nice ticks and value axes.
 *
 * Ticks follow Heckbert's "nice numbers" (Graphics Gems, 1990): a step of
 * 1, 2 or 5 times a power of ten, with the axis extended to whole steps, so
 * readers see 0, 25, 50 … rather than 0, 23.7, 47.4. Labels use the decimal
 * comma in Indonesian (kj_chart_num), with as many decimals as the step needs.
 */
#include <math.h>
#include <string.h>

#include "charts/canvas.h"

/* The "nice" number (1, 2 or 5 times a power of ten) nearest to x. */
static double nicenum(double x) {
  double e = floor(log10(x));
  double f = x / pow(10, e);
  double nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
  return nf * pow(10, e);
}

/* A step of the 1-2-5 sequence larger than d. */
static double next_step(double d) {
  double e = floor(log10(d) + 1e-9);
  double f = d / pow(10, e);
  return (f < 1.5 ? 2 : f < 3 ? 5 : 10) * pow(10, e);
}

static int step_decimals(double d) {
  int dec = (int)-floor(log10(d) + 1e-9);
  return dec > 0 ? dec : 0;
}

static void degenerate(double *lo, double *hi) {
  if (!isfinite(*lo) || !isfinite(*hi)) {
    *lo = 0;
    *hi = 1;
  }
  if (*lo > *hi) {
    double t = *lo;
    *lo = *hi;
    *hi = t;
  }
  double scale = fabs(*hi) > 1 ? fabs(*hi) : 1;
  if (*hi - *lo < 1e-9 * scale) { /* all values equal: a range around the value */
    if (*lo == 0) {
      *hi = 1;
    } else {
      double m = fabs(*lo) * 0.1;
      *lo -= m;
      *hi += m;
    }
  }
}

void kj_chart_nice_ticks(double lo, double hi, int target, kj_chart_ticks *t) {
  memset(t, 0, sizeof *t);
  degenerate(&lo, &hi);
  if (target < 2) target = 2;
  if (target > KJ_CHART_MAX_TICKS - 1) target = KJ_CHART_MAX_TICKS - 1;
  /* Heckbert rounds the range up first (nicenum(hi - lo, 0)); that can
   * double the step (0..150 by 50 for data up to 122), so the step is
   * rounded from the raw range here, which keeps the ticks as nice. */
  double d = nicenum((hi - lo) / (target - 1));
  double gmin, gmax;
  for (;;) {
    gmin = floor(lo / d + 1e-9) * d;
    gmax = ceil(hi / d - 1e-9) * d;
    if ((gmax - gmin) / d + 1.5 <= KJ_CHART_MAX_TICKS) break;
    d = next_step(d);
  }
  t->step = d;
  t->decimals = step_decimals(d);
  t->lo = gmin;
  t->hi = gmax;
  t->n = (int)lround((gmax - gmin) / d) + 1;
  for (int i = 0; i < t->n; i++) {
    double v = gmin + i * d;
    t->v[i] = fabs(v) < d * 1e-9 ? 0 : v;
  }
}

void kj_axis_nice(kj_axis *a, double lo, double hi, int target, double p0, double p1) {
  kj_chart_nice_ticks(lo, hi, target, &a->t);
  a->p0 = p0;
  a->p1 = p1;
}

void kj_axis_fixed(kj_axis *a, double lo, double hi, int target, double p0, double p1) {
  degenerate(&lo, &hi);
  if (target < 2) target = 2;
  /* The range is given, so only the step is rounded (no loose extension). */
  double d = nicenum((hi - lo) / (target - 1));
  while ((hi - lo) / d + 1.5 > KJ_CHART_MAX_TICKS) d = next_step(d);
  memset(&a->t, 0, sizeof a->t);
  a->t.lo = lo;
  a->t.hi = hi;
  a->t.step = d;
  a->t.decimals = step_decimals(d);
  for (double v = ceil(lo / d - 1e-9) * d; v <= hi + d * 1e-9 && a->t.n < KJ_CHART_MAX_TICKS;
       v += d)
    a->t.v[a->t.n++] = fabs(v) < d * 1e-9 ? 0 : v;
  a->p0 = p0;
  a->p1 = p1;
}

double kj_axis_pos(const kj_axis *a, double v) {
  double span = a->t.hi - a->t.lo;
  if (!(span > 0)) return a->p0;
  return a->p0 + (v - a->t.lo) / span * (a->p1 - a->p0);
}

void kj_axis_grid(kj_canvas *c, const kj_axis *a, int horizontal, double q0, double q1) {
  cairo_set_dash(c->cr, NULL, 0, 0);
  for (int i = 0; i < a->t.n; i++) {
    double p = kj_axis_pos(a, a->t.v[i]);
    if (horizontal)
      kj_line(c, p, q0, p, q1, c->th->line_thin, c->th->grid);
    else
      kj_line(c, q0, p, q1, p, c->th->line_thin, c->th->grid);
  }
}

double kj_axis_label_width(kj_canvas *c, const kj_axis *a) {
  kj_text tick = kj_style(c->th->size_tick, c->th->ink_soft);
  char buf[64];
  double widest = 0, w;
  for (int i = 0; i < a->t.n; i++) {
    kj_text_size(c, kj_chart_num(buf, sizeof buf, a->t.v[i], a->t.decimals, c->lang), &tick, &w,
                 NULL);
    if (w > widest) widest = w;
  }
  return widest;
}

kj_slots kj_slots_begin(kj_canvas *c, const kj_axis *ay, double x_left, double x_right, int k) {
  const kj_theme *th = c->th;
  kj_slots s = {x_left + kj_axis_label_width(c, ay) + th->pad, x_right, 0, k};
  s.w = (s.x1 - s.x0) / k;
  kj_axis_grid(c, ay, 0, s.x0, s.x1);
  kj_axis_labels(c, ay, 0, s.x0 - th->pad, NULL);
  return s;
}

double kj_slots_labels(kj_canvas *c, const kj_slots *s, const char *const *labels, double y) {
  const kj_theme *th = c->th;
  kj_text tick = kj_style(th->size_tick, th->ink_soft);
  double widest = 0, w, h, height = 0;
  for (int t = 0; t < s->k; t++) {
    kj_text_size(c, labels[t], &tick, &w, NULL);
    if (w > widest) widest = w;
  }
  int step = 1;
  while (step < s->k && step * s->w < widest + 6) step++;
  for (int t = 0; t < s->k; t += step) {
    double cx = s->x0 + (t + 0.5) * s->w;
    kj_line(c, cx, y - 3, cx, y - 0.5, th->line_axis, th->axis);
    h = kj_text_draw(c, labels[t], &tick, cx, y, 0.5, 0);
    if (h > height) height = h;
  }
  return height;
}

double kj_axis_labels(kj_canvas *c, const kj_axis *a, int horizontal, double q, const char *title) {
  const kj_theme *th = c->th;
  kj_text tick = kj_style(th->size_tick, th->ink_soft);
  char buf[64];
  double depth = 0;
  for (int i = 0; i < a->t.n; i++) {
    double p = kj_axis_pos(a, a->t.v[i]);
    kj_chart_num(buf, sizeof buf, a->t.v[i], a->t.decimals, c->lang);
    double w, h;
    kj_text_size(c, buf, &tick, &w, &h);
    if (horizontal) {
      kj_text_draw(c, buf, &tick, p, q, 0.5, 0);
      if (h > depth) depth = h;
    } else {
      kj_text_draw(c, buf, &tick, q, p, 1, 0.5);
      if (w > depth) depth = w;
    }
  }
  if (horizontal && title && *title) {
    kj_text tt = kj_style(th->size_axis_title, th->ink);
    tt.width = fabs(a->p1 - a->p0);
    tt.align = PANGO_ALIGN_CENTER;
    double x0 = a->p0 < a->p1 ? a->p0 : a->p1;
    depth += th->pad * 0.6;
    depth += kj_text_draw(c, title, &tt, x0, q + depth, 0, 0);
  }
  return depth;
}
