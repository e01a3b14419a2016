/* peringkat.c — OPD ranking: horizontal bars with 95 % CI whiskers.
 *
 * One row per OPD, sorted by the mean (highest first), bars from zero so
 * lengths compare honestly, a whisker for the confidence interval and a
 * dashed line at the city mean. OPD with too few employees (insufficient)
 * get no bar and no figure, only "data tidak cukup (n = 3)", greyed at the
 * bottom: their means are neither stable nor private enough to publish.
 * Right of the plot a small table repeats the mean and n for readers who
 * want the number rather than the length.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charts/canvas.h"
#include "charts/check.h"
#include "util/xalloc.h"

static const char *K = "peringkat";

kj_status kj_peringkat_validate(const kj_peringkat_spec *s, kj_error *err) {
  kj_status st;
  if (!s) return kj_fail(err, KJ_DATA, "chart %s: no spec", K);
  if (s->n_rows < 0 || (s->n_rows > 0 && !s->rows))
    return kj_fail(err, KJ_DATA, "chart %s: %d rows but no row array", K, s->n_rows);
  if (s->decimals < 0 || s->decimals > 4)
    return kj_fail(err, KJ_DATA, "chart %s: decimals %d outside 0..4", K, s->decimals);
  if (!kj_nan_or_finite(s->city_mean))
    return kj_fail(err, KJ_DATA, "chart %s: city_mean is infinite", K);
  if (!isfinite(s->axis_min) || !isfinite(s->axis_max))
    return kj_fail(err, KJ_DATA, "chart %s: axis range must be finite (0, 0 = automatic)", K);
  for (int i = 0; i < s->n_rows; i++) {
    const kj_peringkat_row *r = &s->rows[i];
    if ((st = kj_check_name(err, K, i, r->name)) != KJ_OK) return st;
    if ((st = kj_check_n(err, K, i, r->name, r->n)) != KJ_OK) return st;
    if (r->insufficient) continue; /* figures of greyed rows are never drawn */
    if ((st = kj_check_value(err, K, i, r->name, "mean", r->mean, 0, 0)) != KJ_OK) return st;
    if ((st = kj_check_ci(err, K, i, r->name, r->mean, r->ci_low, r->ci_high)) != KJ_OK) return st;
    if (r->rank > 0 && !(r->rank_lo >= 1 && r->rank_lo <= r->rank && r->rank <= r->rank_hi))
      return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): rank %d outside its range %d-%d", K, i,
                     r->name, r->rank, r->rank_lo, r->rank_hi);
  }
  return KJ_OK;
}

typedef struct ctx {
  const kj_peringkat_spec *s;
  const int *order;
  int any_ci, any_muted;
  double lo, hi; /* data range, NaN when no row has figures */
} ctx;

static void legend(kj_canvas *c, const ctx *x, double *y) {
  const kj_theme *th = c->th;
  const kj_peringkat_spec *s = x->s;
  kj_legend_item it[4];
  int n = 0;
  char muted[96];
  snprintf(muted, sizeof muted, "%s (n < %d)", KJ_TR(c, "data tidak cukup", "insufficient data"),
           s->min_kelompok);
  it[n++] = (kj_legend_item){KJ_SW_BOX, th->bar, 0, NULL, KJ_TR(c, "Rata-rata OPD", "OPD mean")};
  if (x->any_ci)
    it[n++] = (kj_legend_item){KJ_SW_WHISKER, th->bar_dark, 0, NULL,
                               KJ_TR(c, "interval kepercayaan 95 %", "95% confidence interval")};
  if (isfinite(s->city_mean))
    it[n++] = (kj_legend_item){KJ_SW_LINE, th->reference, 1, NULL,
                               KJ_TR(c, "Rata-rata kota", "City mean")};
  if (x->any_muted) it[n++] = (kj_legend_item){KJ_SW_HATCH, th->muted_fill, 0, NULL, muted};
  *y += kj_legend(c, it, n, th->margin, *y, c->w - 2 * th->margin) + th->gap;
}

static double paint(kj_canvas *c, const void *vctx) {
  const ctx *x = vctx;
  const kj_peringkat_spec *s = x->s;
  const kj_theme *th = c->th;
  double inner = c->w - 2 * th->margin;
  char buf[128];
  double y = kj_frame_header(c);
  legend(c, x, &y);

  /* columns: labels | plot | mean | rank (95 % range) | n */
  kj_text lab = kj_style(th->size_label, th->ink);
  kj_text val = kj_style(th->size_value, th->ink);
  kj_text soft = kj_style(th->size_value, th->ink_soft);
  double label_w = 0, val_w, n_w, rk_w = 0, w, h;
  int ranked = 0;
  for (int i = 0; i < s->n_rows; i++) ranked |= s->rows[i].rank > 0;
  const char *rk_head = KJ_TR(c, "Peringkat (kisaran 95 %)", "Rank (95% range)");
  if (ranked) {
    kj_text_size(c, rk_head, &soft, &rk_w, NULL);
    kj_text_size(c, "00 (00\xE2\x80\x93" "00)", &val, &w, NULL);
    if (w > rk_w) rk_w = w;
  }
  kj_text_size(c, KJ_TR(c, "Rata-rata", "Mean"), &soft, &val_w, NULL);
  kj_text_size(c, "00.000", &soft, &n_w, NULL);
  for (int i = 0; i < s->n_rows; i++) {
    kj_text_size(c, s->rows[i].name, &lab, &w, NULL);
    if (w > label_w) label_w = w;
    if (!s->rows[i].insufficient) {
      kj_chart_num(buf, sizeof buf, s->rows[i].mean, s->decimals, c->lang);
      kj_text_size(c, buf, &val, &w, NULL);
      if (w > val_w) val_w = w;
    }
  }
  if (label_w > th->label_frac * inner) label_w = th->label_frac * inner;
  if (label_w < 60) label_w = 60;
  lab.width = label_w;
  lab.lines = 2;
  double x_n1 = th->margin + inner, x_r1 = x_n1 - n_w - th->pad * 2;
  double x_v1 = ranked ? x_r1 - rk_w - th->pad * 2 : x_r1;
  double px0 = th->margin + label_w + th->pad * 2, px1 = x_v1 - val_w - th->pad * 2;

  double row_nat = th->row_min;
  for (int i = 0; i < s->n_rows; i++) {
    h = kj_name_height(c, s->rows[i].name, s->rows[i].short_name, &lab) + 4;
    if (h > row_nat) row_nat = h;
  }
  if (row_nat > th->row_max) row_nat = th->row_max;

  /* column heads and the city label share a strip above the rows */
  double strip = th->size_tick * 1.6;
  if (s->n_rows > 0) {
    kj_text_draw(c, KJ_TR(c, "Rata-rata", "Mean"), &soft, x_v1, y, 1, 0);
    if (ranked) kj_text_draw(c, rk_head, &soft, x_r1, y, 1, 0);
    kj_text_draw(c, "n", &soft, x_n1, y, 1, 0);
  }
  y += strip;

  if (s->n_rows == 0) {
    y += kj_message(c, KJ_TR(c, "Tidak ada data untuk ditampilkan.", "No data to show."),
                    th->margin, y, inner, kj_canvas_flex(c, 60, 40));
    return kj_frame_footer(c, y, NULL);
  }
  double plot_h = kj_canvas_flex(c, row_nat * s->n_rows, th->row_min * 0.8 * s->n_rows);
  double row_h = plot_h / s->n_rows, bar_h = row_h * th->bar_frac;
  if (bar_h > 14) bar_h = 14;

  /* no row with figures and no city mean: an axis would show nothing */
  int has_axis = !isnan(x->lo) || isfinite(s->city_mean) || s->axis_max > s->axis_min;
  kj_axis ax;
  double lo = x->lo, hi = x->hi;
  if (s->axis_max > s->axis_min) {
    kj_axis_fixed(&ax, s->axis_min, s->axis_max, 7, px0, px1);
  } else {
    if (isfinite(s->city_mean)) {
      lo = isnan(lo) || s->city_mean < lo ? s->city_mean : lo;
      hi = isnan(hi) || s->city_mean > hi ? s->city_mean : hi;
    }
    if (isnan(lo)) lo = hi = 0;
    kj_axis_nice(&ax, lo < 0 ? lo : 0, hi > 0 ? hi : 0, (int)((px1 - px0) / 55) + 1, px0, px1);
  }
  if (has_axis) kj_rec_axis(c, 0, &ax.t);
  double base = kj_axis_pos(&ax, ax.t.lo <= 0 && ax.t.hi >= 0 ? 0 : ax.t.lo);

  for (int i = 1; i < s->n_rows; i += 2) /* zebra rows guide the eye to the numbers */
    kj_fill_rect(c, th->margin, y + i * row_h, inner, row_h, kj_theme_tint(th->grid, 0.6));
  if (has_axis) kj_axis_grid(c, &ax, 1, y, y + plot_h);

  for (int i = 0; i < s->n_rows; i++) {
    int r = x->order[i];
    const kj_peringkat_row *row = &s->rows[r];
    double cy = y + (i + 0.5) * row_h;
    lab.color = row->insufficient ? th->muted_ink : th->ink;
    kj_name_draw(c, row->name, row->short_name, &lab, th->margin, cy, 0.5);
    kj_fmt_num(buf, sizeof buf, (double)row->n, 0, c->lang);
    kj_text_draw(c, buf, &soft, x_n1, cy, 1, 0.5);
    if (row->insufficient) {
      kj_fill_rect(c, px0, cy - bar_h / 2, 16, bar_h, th->muted_fill);
      kj_hatch(c, px0, cy - bar_h / 2, 16, bar_h, th->muted_ink, 3);
      kj_text it = kj_style(th->size_value, th->muted_ink);
      it.italic = 1;
      kj_text_draw(c, KJ_TR(c, "data tidak cukup", "insufficient data"), &it, px0 + 20, cy, 0, 0.5);
      kj_text_draw(c, "\xE2\x80\x93", &soft, x_v1, cy, 1, 0.5);
      continue;
    }
    cairo_save(c->cr);
    cairo_rectangle(c->cr, px0, y, px1 - px0, plot_h);
    cairo_clip(c->cr);
    double xm = kj_axis_pos(&ax, row->mean);
    kj_fill_rect(c, fmin(base, xm), cy - bar_h / 2, fabs(xm - base), bar_h, th->bar);
    if (isfinite(row->ci_low)) {
      double a = kj_axis_pos(&ax, row->ci_low), b = kj_axis_pos(&ax, row->ci_high);
      double cap = bar_h * 0.35;
      kj_line(c, a, cy, b, cy, 0.9, th->bar_dark);
      kj_line(c, a, cy - cap, a, cy + cap, 0.9, th->bar_dark);
      kj_line(c, b, cy - cap, b, cy + cap, 0.9, th->bar_dark);
    }
    cairo_restore(c->cr);
    kj_chart_num(buf, sizeof buf, row->mean, s->decimals, c->lang);
    kj_text_draw(c, buf, &val, x_v1, cy, 1, 0.5);
    if (row->rank > 0) { /* the rank never without its interval */
      snprintf(buf, sizeof buf, "%d (%d\xE2\x80\x93%d)", row->rank, row->rank_lo, row->rank_hi);
      kj_text_draw(c, buf, &val, x_r1, cy, 1, 0.5);
    }
  }
  if (has_axis) kj_line(c, base, y, base, y + plot_h, th->line_axis, th->axis);
  if (isfinite(s->city_mean) && s->city_mean >= ax.t.lo && s->city_mean <= ax.t.hi) {
    double xc = kj_axis_pos(&ax, s->city_mean);
    kj_dash(c, 1, th->line_ref);
    kj_line(c, xc, y - 2, xc, y + plot_h, th->line_ref, th->reference);
    cairo_set_dash(c->cr, NULL, 0, 0);
    kj_text ct = kj_style(th->size_value, th->reference);
    ct.bold = 1;
    kj_chart_num(buf, sizeof buf, s->city_mean, s->decimals, c->lang);
    double cw; /* centred on the line, but never past the plot into the column heads */
    kj_text_size(c, buf, &ct, &cw, NULL);
    kj_text_draw(c, buf, &ct, fmin(fmax(xc - cw / 2, px0), px1 - cw), y - 3, 0, 1);
    kj_rec_mark(c, KJ_MARK_CITY, -1, -1, s->city_mean);
  }
  y += plot_h;
  if (has_axis) {
    kj_line(c, px0, y, px1, y, th->line_axis, th->axis);
    char title[256];
    snprintf(title, sizeof title, "%s%s%s%s", s->measure ? s->measure : KJ_TR(c, "Nilai", "Value"),
             s->unit && *s->unit ? " (" : "", s->unit && *s->unit ? s->unit : "",
             s->unit && *s->unit ? ")" : "");
    y += 3 + kj_axis_labels(c, &ax, 1, y + 3, title);
  }
  char ntext[160], nbuf[96], opd[48];
  kj_fmt_n(c, nbuf, sizeof nbuf, s->n_total, "pegawai", "employees");
  kj_fmt_num(opd, sizeof opd, s->n_rows, 0, c->lang);
  snprintf(ntext, sizeof ntext, "%s, %s OPD", nbuf, opd);
  return kj_frame_footer(c, y, ntext);
}

kj_status kj_chart_peringkat(const kj_peringkat_spec *s, const kj_chart_out *o,
                             kj_chart_result *res, kj_error *err) {
  kj_canvas c;
  int *order = NULL;
  unsigned char *muted = NULL;
  ctx x = {s, NULL, 0, 0, NAN, NAN};
  kj_status st = kj_canvas_init(&c, o, res, "Peringkat OPD", "OPD ranking", err);
  if (st != KJ_OK || (st = kj_peringkat_validate(s, err)) != KJ_OK) goto out;
  size_t n = s->n_rows > 0 ? (size_t)s->n_rows : 1;
  order = xcalloc(n, sizeof *order);
  muted = xcalloc(n, 1);
  double *key = xcalloc(n, sizeof *key);
  for (int i = 0; i < s->n_rows; i++) {
    const kj_peringkat_row *r = &s->rows[i];
    muted[i] = r->insufficient != 0;
    x.any_muted |= muted[i];
    if (muted[i]) continue;
    key[i] = r->mean;
    double a = isfinite(r->ci_low) ? r->ci_low : r->mean,
           b = isfinite(r->ci_high) ? r->ci_high : r->mean;
    x.any_ci |= isfinite(r->ci_low);
    if (isnan(x.lo) || a < x.lo) x.lo = a;
    if (isnan(x.hi) || b > x.hi) x.hi = b;
  }
  kj_order_rows(s->n_rows, key, muted, !s->keep_order, order);
  free(key);
  x.order = order;
  kj_rec_rows(&c, s->n_rows, order, muted, NULL);
  st = kj_canvas_run(&c, paint, &x, err);
out:
  kj_canvas_free(&c, st);
  free(order);
  free(muted);
  return st;
}
