/* kendali.c — one OPD's monthly mean IKP as a control chart (reports.md,
 * chart kind `kendali`; analytics.md §14).
 *
 * The monthly means are the dark line with round markers; the centre line
 * is solid grey; the 3σ limits are dashed steps, one level per month,
 * because a month with fewer people gets wider limits. A month with a
 * signal gets a large red diamond and its rule under the axis ("B" beyond a
 * limit, "R" the 8-month run). Months not charted (n < min_kelompok) break
 * the line and show "–" for n. Without a centre line (history too short) the
 * means are drawn alone with a note saying why no limits are drawn. The
 * chart computes nothing: means, limits and signals come from analysis.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charts/canvas.h"
#include "charts/check.h"

static const char *K = "kendali";

kj_status kj_kendali_validate(const kj_kendali_spec *s, kj_error *err) {
  if (!s) return kj_fail(err, KJ_DATA, "chart %s: no spec", K);
  kj_status st = kj_check_name(err, K, 0, s->name);
  if (st != KJ_OK) return st;
  if (s->k < 1 || s->k > 60 || !s->periods || !s->mean || !s->n || !s->lcl || !s->ucl)
    return kj_fail(err, KJ_DATA,
                   "chart %s: needs 1..60 months with labels, means, n and limits (k = %d)", K,
                   s->k);
  if (s->decimals < 0 || s->decimals > 4)
    return kj_fail(err, KJ_DATA, "chart %s: decimals %d outside 0..4", K, s->decimals);
  if (!kj_nan_or_finite(s->centre))
    return kj_fail(err, KJ_DATA, "chart %s: centre line is infinite", K);
  for (int t = 0; t < s->k; t++) {
    if (!s->periods[t]) return kj_fail(err, KJ_DATA, "chart %s: month %d has no label", K, t + 1);
    if (!kj_nan_or_finite(s->mean[t]) || !kj_nan_or_finite(s->lcl[t]) ||
        !kj_nan_or_finite(s->ucl[t]))
      return kj_fail(err, KJ_DATA, "chart %s: a value of %s is infinite", K, s->periods[t]);
    if (s->n[t] < 0) return kj_fail(err, KJ_DATA, "chart %s: n of %s is negative", K, s->periods[t]);
    if (isnan(s->lcl[t]) != isnan(s->ucl[t]) || (!isnan(s->lcl[t]) && s->lcl[t] > s->ucl[t]))
      return kj_fail(err, KJ_DATA, "chart %s: limits of %s are not a range (lcl <= ucl)", K,
                     s->periods[t]);
    if (!isnan(s->lcl[t]) && isnan(s->centre))
      return kj_fail(err, KJ_DATA, "chart %s: limits of %s without a centre line", K,
                     s->periods[t]);
    if (s->signal && s->signal[t] && isnan(s->mean[t]))
      return kj_fail(err, KJ_DATA, "chart %s: a signal on %s, which is not charted", K,
                     s->periods[t]);
  }
  return KJ_OK;
}

/* A stepped dashed limit line: one level across each month's slot. */
static void limit_steps(kj_canvas *c, const kj_kendali_spec *s, const double *v, const kj_axis *ay,
                        double px0, double slot, kj_rgb col) {
  cairo_t *cr = c->cr;
  cairo_new_path(cr);
  for (int t = 0; t < s->k; t++) {
    if (isnan(v[t])) continue;
    double y = kj_axis_pos(ay, v[t]);
    cairo_move_to(cr, px0 + t * slot + 1, y);
    cairo_line_to(cr, px0 + (t + 1) * slot - 1, y);
  }
  kj_dash(c, 1, c->th->line_ref);
  kj_set_color(c, col);
  cairo_set_line_width(cr, c->th->line_ref);
  cairo_stroke(cr);
  cairo_set_dash(cr, NULL, 0, 0);
}

static double paint(kj_canvas *c, const void *vctx) {
  const kj_kendali_spec *s = vctx;
  const kj_theme *th = c->th;
  double inner = c->w - 2 * th->margin;
  double y = kj_frame_header(c);
  int has_limits = 0, has_signal = 0;
  for (int t = 0; t < s->k; t++) {
    has_limits |= !isnan(s->lcl[t]);
    has_signal |= s->signal && s->signal[t];
  }
  kj_legend_item it[5];
  int n = 0;
  it[n++] = (kj_legend_item){KJ_SW_SERIES, th->bar_dark, 0, NULL,
                             KJ_TR(c, "IKP rata-rata bulanan", "Monthly mean IKP")};
  if (!isnan(s->centre))
    it[n++] = (kj_legend_item){KJ_SW_LINE, th->reference, 0, NULL,
                               KJ_TR(c, "garis tengah (12 bulan sebelumnya)",
                                     "centre line (12 months before)")};
  if (has_limits)
    it[n++] = (kj_legend_item){KJ_SW_LINE, th->fail, 1, NULL,
                               KJ_TR(c, "batas kendali \xC2\xB1 3\xCF\x83", "control limits \xC2\xB1 3\xCF\x83")};
  if (has_signal)
    it[n++] = (kj_legend_item){KJ_SW_MARKER, th->fail, 3, NULL,
                               KJ_TR(c, "sinyal (B: di luar batas, R: 8 bulan satu sisi)",
                                     "signal (B: beyond a limit, R: 8 months on one side)")};
  y += kj_legend(c, it, n, th->margin, y, inner) + th->gap;
  if (isnan(s->centre)) {
    kj_text nt = kj_style(th->size_tick, th->ink_soft);
    nt.width = inner;
    y += kj_text_draw(c, KJ_TR(c, "Riwayat belum cukup: garis tengah dan batas butuh 12 bulan "
                                  "sebelumnya yang masing-masing tergambar.",
                               "Not enough history: the centre line and limits need 12 charted "
                               "months before."),
                      &nt, th->margin, y, 0, 0) + th->gap;
  }

  double lo = NAN, hi = NAN;
  for (int t = 0; t < s->k; t++) {
    double vals[4] = {s->mean[t], s->lcl[t], s->ucl[t], s->centre};
    for (int j = 0; j < 4; j++) {
      if (isnan(vals[j])) continue;
      if (isnan(lo) || vals[j] < lo) lo = vals[j];
      if (isnan(hi) || vals[j] > hi) hi = vals[j];
    }
  }
  char title[256];
  snprintf(title, sizeof title, "%s%s%s%s", s->measure ? s->measure : "IKP",
           s->unit && *s->unit ? " (" : "", s->unit && *s->unit ? s->unit : "",
           s->unit && *s->unit ? ")" : "");
  kj_text yt = kj_style(th->size_axis_title, th->ink);
  y += kj_text_draw(c, title, &yt, th->margin, y, 0, 0) + th->size_tick;
  double plot_h = kj_canvas_flex(c, 230, 140);
  if (isnan(lo)) {
    y += kj_message(c, KJ_TR(c, "Tidak ada bulan yang cukup pegawai dinilai untuk digambar.",
                             "No month has enough rated employees to chart."),
                    th->margin, y, inner, plot_h);
    return kj_frame_footer(c, y, NULL);
  }
  kj_axis ay;
  double pad = (hi - lo) * 0.06 + 0.5;
  kj_axis_nice(&ay, lo - pad, hi + pad, 6, y + plot_h, y);
  kj_rec_axis(c, 0, &ay.t);
  kj_slots sl = kj_slots_begin(c, &ay, th->margin, th->margin + inner, s->k);
  double px0 = sl.x0, px1 = sl.x1, slot = sl.w;

  cairo_save(c->cr);
  cairo_rectangle(c->cr, px0, y, px1 - px0, plot_h);
  cairo_clip(c->cr);
  if (!isnan(s->centre)) {
    kj_line(c, px0, kj_axis_pos(&ay, s->centre), px1, kj_axis_pos(&ay, s->centre), th->line_ref,
            th->reference);
    kj_rec_mark(c, KJ_MARK_CITY, -1, -1, s->centre);
  }
  limit_steps(c, s, s->lcl, &ay, px0, slot, th->fail);
  limit_steps(c, s, s->ucl, &ay, px0, slot, th->fail);
  for (int t = 0; t < s->k; t++) {
    if (!isnan(s->lcl[t])) kj_rec_mark(c, KJ_MARK_MIN, -1, t, s->lcl[t]);
    if (!isnan(s->ucl[t])) kj_rec_mark(c, KJ_MARK_MAX, -1, t, s->ucl[t]);
  }
  /* the means: a line broken at months not charted */
  cairo_new_path(c->cr);
  int open = 0;
  for (int t = 0; t < s->k; t++) {
    if (isnan(s->mean[t])) {
      open = 0;
      continue;
    }
    double x = px0 + (t + 0.5) * slot, yy = kj_axis_pos(&ay, s->mean[t]);
    if (open) cairo_line_to(c->cr, x, yy);
    else cairo_move_to(c->cr, x, yy);
    open = 1;
  }
  kj_set_color(c, th->bar_dark);
  cairo_set_line_width(c->cr, th->line_series);
  cairo_stroke(c->cr);
  for (int t = 0; t < s->k; t++) {
    if (isnan(s->mean[t])) continue;
    double x = px0 + (t + 0.5) * slot, yy = kj_axis_pos(&ay, s->mean[t]);
    if (s->signal && s->signal[t]) {
      kj_marker(c, 3, x, yy, 5.0, th->fail, th->ink);
      kj_rec_mark(c, KJ_MARK_FLAG, -1, t, s->mean[t]);
    } else {
      kj_marker(c, 0, x, yy, 2.6, th->bar_dark, th->bar_dark);
    }
  }
  cairo_restore(c->cr);
  kj_line(c, px0, y + plot_h, px1, y + plot_h, th->line_axis, th->axis);

  /* month labels (thinned), n under each month, signal letters */
  kj_text tick = kj_style(th->size_tick, th->ink_soft);
  y += plot_h + 3;
  y += kj_slots_labels(c, &sl, s->periods, y) + 1;
  double lab_h = 0, h;
  for (int t = 0; t < s->k; t++) {
    char nb[32];
    if (isnan(s->mean[t])) snprintf(nb, sizeof nb, "\xE2\x80\x93");
    else kj_fmt_num(nb, sizeof nb, (double)s->n[t], 0, c->lang); /* 4.490 in id */
    h = kj_text_draw(c, nb, &tick, px0 + (t + 0.5) * slot, y, 0.5, 0);
    if (h > lab_h) lab_h = h;
  }
  kj_text_draw(c, "n", &tick, px0 - th->pad, y, 1, 0);
  y += lab_h + 1;
  if (has_signal) {
    kj_text sig = kj_style(th->size_tick, th->fail);
    lab_h = 0;
    for (int t = 0; t < s->k; t++) {
      if (!s->signal[t]) continue;
      const char *lt = s->signal[t] == (KJ_KENDALI_BATAS | KJ_KENDALI_RUN8) ? "B+R"
                       : s->signal[t] & KJ_KENDALI_BATAS                  ? "B"
                                                                           : "R";
      h = kj_text_draw(c, lt, &sig, px0 + (t + 0.5) * slot, y, 0.5, 0);
      if (h > lab_h) lab_h = h;
    }
    y += lab_h + 1;
  }
  kj_text xt = kj_style(th->size_axis_title, th->ink);
  xt.width = px1 - px0;
  xt.align = PANGO_ALIGN_CENTER;
  y += kj_text_draw(c, KJ_TR(c, "Bulan", "Month"), &xt, px0, y, 0, 0);
  char ntext[200];
  snprintf(ntext, sizeof ntext,
           KJ_TR(c, "n = pegawai dinilai per bulan; bulan dengan n < %d tidak digambar",
                 "n = rated employees per month; months with n < %d are not charted"),
           s->min_kelompok);
  return kj_frame_footer(c, y, ntext);
}

kj_status kj_chart_kendali(const kj_kendali_spec *s, const kj_chart_out *o, kj_chart_result *res,
                           kj_error *err) {
  kj_canvas c;
  kj_status st = kj_canvas_init(&c, o, res, "Diagram kendali IKP bulanan",
                                "Control chart of monthly IKP", err);
  if (st != KJ_OK || (st = kj_kendali_validate(s, err)) != KJ_OK) goto out;
  unsigned char *flag = calloc((size_t)(s->k > 0 ? s->k : 1), 1);
  if (!flag) {
    st = kj_fail(err, KJ_INTERNAL, "chart %s: out of memory", K);
    goto out;
  }
  for (int t = 0; t < s->k; t++) flag[t] = s->signal && s->signal[t];
  kj_rec_rows(&c, s->k, NULL, NULL, flag);
  free(flag);
  st = kj_canvas_run(&c, paint, s, err);
out:
  kj_canvas_free(&c, st);
  return st;
}
