/* tren.c — period means of selected OPD and the city, with the city's CI.
 *
 * The city is the thick black line with its 95 % confidence band in grey;
 * each OPD gets an Okabe-Ito colour plus its own marker shape and dash
 * pattern, so the lines stay apart in greyscale print. A missing period
 * breaks a line rather than bridging the gap. Period labels are thinned
 * when there are more periods than fit side by side. The legend carries each
 * line's trend label (naik / stabil / turun) as analysis decided it.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charts/canvas.h"
#include "charts/check.h"

static const char *K = "tren";

kj_status kj_tren_validate(const kj_tren_spec *s, kj_error *err) {
  kj_status st;
  if (!s) return kj_fail(err, KJ_DATA, "chart %s: no spec", K);
  if (s->k < 1 || s->k > 240 || !s->periods || !s->city_mean)
    return kj_fail(err, KJ_DATA,
                   "chart %s: needs 1..240 periods with labels and city means (k = %d)", K, s->k);
  if (s->n_series < 0 || s->n_series > KJ_THEME_SERIES || (s->n_series > 0 && !s->series))
    return kj_fail(err, KJ_DATA, "chart %s: %d series; at most %d can be told apart", K,
                   s->n_series, KJ_THEME_SERIES);
  if (s->decimals < 0 || s->decimals > 4)
    return kj_fail(err, KJ_DATA, "chart %s: decimals %d outside 0..4", K, s->decimals);
  if (!isfinite(s->axis_min) || !isfinite(s->axis_max))
    return kj_fail(err, KJ_DATA, "chart %s: axis range must be finite (0, 0 = automatic)", K);
  for (int t = 0; t < s->k; t++) {
    if (!s->periods[t]) return kj_fail(err, KJ_DATA, "chart %s: period %d has no label", K, t + 1);
    if (!kj_nan_or_finite(s->city_mean[t]))
      return kj_fail(err, KJ_DATA, "chart %s: city mean of %s is infinite", K, s->periods[t]);
    double lo = s->city_low ? s->city_low[t] : NAN, hi = s->city_high ? s->city_high[t] : NAN;
    if (isnan(s->city_mean[t]) && !(isnan(lo) && isnan(hi)))
      return kj_fail(err, KJ_DATA, "chart %s: city CI of %s without a city mean", K, s->periods[t]);
    if ((st = kj_check_ci(err, K, t, s->periods[t], s->city_mean[t], lo, hi)) != KJ_OK) return st;
  }
  for (int i = 0; i < s->n_series; i++) {
    const kj_tren_series *r = &s->series[i];
    if ((st = kj_check_name(err, K, i, r->name)) != KJ_OK) return st;
    if (!r->mean)
      return kj_fail(err, KJ_DATA, "chart %s: series %d (%s) has no values", K, i + 1, r->name);
    for (int t = 0; t < s->k; t++)
      if (!kj_nan_or_finite(r->mean[t]))
        return kj_fail(err, KJ_DATA, "chart %s: series %d (%s): value of %s is infinite", K, i + 1,
                       r->name, s->periods[t]);
    if ((int)r->trend < KJ_TREND_NONE || r->trend > KJ_TREND_TURUN)
      return kj_fail(err, KJ_DATA, "chart %s: series %d (%s): unknown trend %d", K, i + 1, r->name,
                     (int)r->trend);
  }
  return KJ_OK;
}

static const char *trend_word(kj_canvas *c, kj_chart_trend t) {
  switch (t) {
  case KJ_TREND_NAIK: return KJ_TR(c, "naik", "rising");
  case KJ_TREND_STABIL: return KJ_TR(c, "stabil", "stable");
  case KJ_TREND_TURUN: return KJ_TR(c, "turun", "falling");
  default: return NULL;
  }
}

static void label_with_trend(kj_canvas *c, const char *name, kj_chart_trend t, char *out,
                             size_t cap) {
  const char *w = trend_word(c, t);
  if (w)
    snprintf(out, cap, "%s (%s)", name, w);
  else
    snprintf(out, cap, "%s", name);
}

/* One line through the finite points, broken at NaN; markers on every point. */
static void series_line(kj_canvas *c, const kj_tren_spec *s, const double *v, const kj_axis *ay,
                        double px0, double slot, kj_rgb col, double width, int style, int marker) {
  cairo_t *cr = c->cr;
  int open = 0;
  cairo_new_path(cr);
  for (int t = 0; t < s->k; t++) {
    if (isnan(v[t])) {
      open = 0;
      continue;
    }
    double x = px0 + (t + 0.5) * slot, y = kj_axis_pos(ay, v[t]);
    if (open)
      cairo_line_to(cr, x, y);
    else
      cairo_move_to(cr, x, y);
    open = 1;
  }
  kj_dash(c, style, width);
  kj_set_color(c, col);
  cairo_set_line_width(cr, width);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke(cr);
  cairo_set_dash(cr, NULL, 0, 0);
  double r = s->k > 24 ? 1.8 : 2.6;
  for (int t = 0; t < s->k; t++) {
    if (isnan(v[t])) continue;
    /* a point without neighbours draws no line: give it a dot at least */
    int alone = (t == 0 || isnan(v[t - 1])) && (t == s->k - 1 || isnan(v[t + 1]));
    if (marker >= 0)
      kj_marker(c, marker, px0 + (t + 0.5) * slot, kj_axis_pos(ay, v[t]), r, col, c->th->ink);
    else if (alone)
      kj_marker(c, 0, px0 + (t + 0.5) * slot, kj_axis_pos(ay, v[t]), width * 1.2, col, col);
  }
}

static double paint(kj_canvas *c, const void *vctx) {
  const kj_tren_spec *s = vctx;
  const kj_theme *th = c->th;
  double inner = c->w - 2 * th->margin;
  char names[KJ_THEME_SERIES + 1][300];
  double y = kj_frame_header(c);

  kj_legend_item it[KJ_THEME_SERIES + 2];
  int n = 0;
  label_with_trend(c, KJ_TR(c, "Kota", "City"), s->city_trend, names[0], sizeof names[0]);
  it[n++] = (kj_legend_item){KJ_SW_LINE, th->reference, 0, NULL, names[0]};
  it[n++] =
      (kj_legend_item){KJ_SW_BAND, kj_theme_tint(th->band, 0.35), 0, NULL,
                       KJ_TR(c, "interval kepercayaan 95 % kota", "city 95% confidence interval")};
  for (int i = 0; i < s->n_series; i++) {
    const kj_tren_series *r = &s->series[i];
    const char *nm =
        r->short_name && *r->short_name && strlen(r->name) > 40 ? r->short_name : r->name;
    label_with_trend(c, nm, r->trend, names[i + 1], sizeof names[i + 1]);
    it[n++] = (kj_legend_item){KJ_SW_SERIES, th->series[i], i % 6, NULL, names[i + 1]};
  }
  y += kj_legend(c, it, n, th->margin, y, inner) + th->gap;

  /* y range from every finite value, the CI band included */
  double lo = NAN, hi = NAN;
  for (int t = 0; t < s->k; t++) {
    double vals[3 + KJ_THEME_SERIES];
    int m = 0;
    vals[m++] = s->city_mean[t];
    vals[m++] = s->city_low ? s->city_low[t] : NAN;
    vals[m++] = s->city_high ? s->city_high[t] : NAN;
    for (int i = 0; i < s->n_series; i++) vals[m++] = s->series[i].mean[t];
    for (int j = 0; j < m; j++) {
      if (isnan(vals[j])) continue;
      if (isnan(lo) || vals[j] < lo) lo = vals[j];
      if (isnan(hi) || vals[j] > hi) hi = vals[j];
    }
  }
  char title[256];
  snprintf(title, sizeof title, "%s%s%s%s", s->measure ? s->measure : KJ_TR(c, "Nilai", "Value"),
           s->unit && *s->unit ? " (" : "", s->unit && *s->unit ? s->unit : "",
           s->unit && *s->unit ? ")" : "");
  kj_text yt = kj_style(th->size_axis_title, th->ink);
  y += kj_text_draw(c, title, &yt, th->margin, y, 0, 0) + th->size_tick;

  double plot_h = kj_canvas_flex(c, 250, 140);
  if (isnan(lo)) { /* not one value in any period */
    y += kj_message(c, KJ_TR(c, "Tidak ada data untuk ditampilkan.", "No data to show."),
                    th->margin, y, inner, plot_h);
    return kj_frame_footer(c, y, NULL);
  }
  kj_axis ay;
  double pad = (hi - lo) * 0.04;                           /* markers off the frame */
  kj_axis_nice(&ay, lo - pad, hi + pad, 6, y + plot_h, y); /* lines need no zero baseline */
  if (s->axis_max > s->axis_min) kj_axis_fixed(&ay, s->axis_min, s->axis_max, 6, y + plot_h, y);
  kj_rec_axis(c, 0, &ay.t);
  kj_slots sl = kj_slots_begin(c, &ay, th->margin, th->margin + inner, s->k);
  double px0 = sl.x0, px1 = sl.x1, slot = sl.w;

  cairo_save(c->cr);
  cairo_rectangle(c->cr, px0, y, px1 - px0, plot_h);
  cairo_clip(c->cr);
  if (s->city_low && s->city_high) { /* band: one polygon per run of finite bounds */
    for (int t = 0; t < s->k;) {
      if (isnan(s->city_low[t])) {
        t++;
        continue;
      }
      int e = t;
      while (e + 1 < s->k && !isnan(s->city_low[e + 1])) e++;
      cairo_new_path(c->cr);
      if (e == t) { /* a lone period: a short bar */
        double x = px0 + (t + 0.5) * slot, yh = kj_axis_pos(&ay, s->city_high[t]);
        double bw = fmin(slot * 0.4, 14);
        cairo_rectangle(c->cr, x - bw / 2, yh, bw, kj_axis_pos(&ay, s->city_low[t]) - yh);
      } else {
        for (int u = t; u <= e; u++)
          cairo_line_to(c->cr, px0 + (u + 0.5) * slot, kj_axis_pos(&ay, s->city_high[u]));
        for (int u = e; u >= t; u--)
          cairo_line_to(c->cr, px0 + (u + 0.5) * slot, kj_axis_pos(&ay, s->city_low[u]));
        cairo_close_path(c->cr);
      }
      kj_set_color(c, kj_theme_tint(th->band, 0.35));
      cairo_fill(c->cr);
      t = e + 1;
    }
  }
  for (int i = 0; i < s->n_series; i++)
    series_line(c, s, s->series[i].mean, &ay, px0, slot, th->series[i], th->line_series, i % 6,
                i % 6);
  series_line(c, s, s->city_mean, &ay, px0, slot, th->reference, th->line_series * 1.5, 0, -1);
  cairo_restore(c->cr);
  for (int t = 0; t < s->k; t++)
    if (!isnan(s->city_mean[t])) kj_rec_mark(c, KJ_MARK_CITY, -1, t, s->city_mean[t]);
  kj_line(c, px0, y + plot_h, px1, y + plot_h, th->line_axis, th->axis);

  /* period labels, thinned so they never touch */
  y += plot_h + 3;
  y += kj_slots_labels(c, &sl, s->periods, y) + 2;
  kj_text xt = kj_style(th->size_axis_title, th->ink);
  xt.width = px1 - px0;
  xt.align = PANGO_ALIGN_CENTER;
  y += kj_text_draw(c, KJ_TR(c, "Periode", "Period"), &xt, px0, y, 0, 0);
  char ntext[160];
  kj_fmt_n(c, ntext, sizeof ntext, s->n_total, "pegawai", "employees");
  return kj_frame_footer(c, y, ntext);
}

kj_status kj_chart_tren(const kj_tren_spec *s, const kj_chart_out *o, kj_chart_result *res,
                        kj_error *err) {
  kj_canvas c;
  kj_status st =
      kj_canvas_init(&c, o, res, "Tren rata-rata per periode", "Trend of period means", err);
  if (st != KJ_OK || (st = kj_tren_validate(s, err)) != KJ_OK) goto out;
  kj_rec_rows(&c, s->n_series, NULL, NULL, NULL);
  st = kj_canvas_run(&c, paint, s, err);
out:
  kj_canvas_free(&c, st);
  return st;
}
