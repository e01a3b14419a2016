/* sebaran.c — IKM against IKP per service unit, with the fitted line.
 *
 * One point per unit, the OLS line analysis fitted, and Pearson r with its
 * Fisher-z interval and Spearman's rho stated above the plot (an association,
 * never called an effect). The flag region of analytics.md §6 — IKP z ≥ +1
 * and IKM z ≤ −1, "penilaian tinggi, kepuasan rendah" — is shaded, and the
 * flagged units are drawn as diamonds and named. Names are placed greedily
 * at the first of eight positions around the point that hits neither the
 * frame, another name nor another point.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charts/canvas.h"
#include "charts/check.h"
#include "util/xalloc.h"

static const char *K = "sebaran";

static int in_range(double v, double lo, double hi) { return isnan(v) || (v >= lo && v <= hi); }

kj_status kj_sebaran_validate(const kj_sebaran_spec *s, kj_error *err) {
  kj_status st;
  if (!s) return kj_fail(err, KJ_DATA, "chart %s: no spec", K);
  if (s->n_points < 0 || (s->n_points > 0 && !s->points))
    return kj_fail(err, KJ_DATA, "chart %s: %d points but no point array", K, s->n_points);
  for (int i = 0; i < s->n_points; i++) {
    const kj_sebaran_point *p = &s->points[i];
    if ((st = kj_check_name(err, K, i, p->name)) != KJ_OK) return st;
    if ((st = kj_check_value(err, K, i, p->name, "IKP", p->ikp, 0, 0)) != KJ_OK) return st;
    if ((st = kj_check_value(err, K, i, p->name, "IKM", p->ikm, 0, 100)) != KJ_OK) return st;
  }
  if (isnan(s->intercept) != isnan(s->slope) || !kj_nan_or_finite(s->intercept) ||
      !kj_nan_or_finite(s->slope))
    return kj_fail(err, KJ_DATA,
                   "chart %s: the fitted line needs both intercept and slope (or neither)", K);
  if (!in_range(s->r, -1, 1) || !in_range(s->rho, -1, 1) || !in_range(s->p, 0, 1))
    return kj_fail(err, KJ_DATA, "chart %s: r = %g, rho = %g or p = %g out of range", K, s->r,
                   s->rho, s->p);
  if (isnan(s->r) && !(isnan(s->r_low) && isnan(s->r_high)))
    return kj_fail(err, KJ_DATA, "chart %s: a CI for r without r", K);
  if ((st = kj_check_ci(err, K, 0, "r", s->r, s->r_low, s->r_high)) != KJ_OK) return st;
  if (!kj_nan_or_finite(s->flag_ikp) || !kj_nan_or_finite(s->flag_ikm))
    return kj_fail(err, KJ_DATA, "chart %s: flag cut-offs must be finite or NaN", K);
  return KJ_OK;
}

typedef struct box {
  double x0, y0, x1, y1;
} box;

static int overlaps(box a, box b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

static double stats_line(kj_canvas *c, const kj_sebaran_spec *s, double y) {
  const kj_theme *th = c->th;
  char buf[400], r[32], lo[32], hi[32], p[48], rho[32];
  size_t len = 0;
  buf[0] = '\0';
  if (isfinite(s->r)) {
    kj_chart_num(r, sizeof r, s->r, 2, c->lang);
    len += (size_t)snprintf(buf + len, sizeof buf - len, "Pearson r = %s", r);
    if (isfinite(s->r_low)) {
      kj_chart_num(lo, sizeof lo, s->r_low, 2, c->lang);
      kj_chart_num(hi, sizeof hi, s->r_high, 2, c->lang);
      len += (size_t)snprintf(buf + len, sizeof buf - len,
                              KJ_TR(c, " (IK 95 %%: %s s.d. %s)", " (95%% CI %s to %s)"), lo, hi);
    }
    if (isfinite(s->p)) {
      if (s->p < 0.001)
        snprintf(p, sizeof p, "p < %s", KJ_TR(c, "0,001", "0.001"));
      else
        snprintf(p, sizeof p, "p = %s", kj_chart_num(lo, sizeof lo, s->p, 3, c->lang));
      len += (size_t)snprintf(buf + len, sizeof buf - len, ", %s", p);
    }
  }
  if (isfinite(s->rho) && len < sizeof buf) {
    kj_chart_num(rho, sizeof rho, s->rho, 2, c->lang);
    len += (size_t)snprintf(buf + len, sizeof buf - len, "%sSpearman \xCF\x81 = %s",
                            len ? " \xC2\xB7 " : "", rho);
  }
  if (!len) return 0;
  kj_text t = kj_style(th->size_label, th->ink);
  t.width = c->w - 2 * th->margin;
  return kj_text_draw(c, buf, &t, th->margin, y, 0, 0) + 4;
}

static double paint(kj_canvas *c, const void *vctx) {
  const kj_sebaran_spec *s = vctx;
  const kj_theme *th = c->th;
  double inner = c->w - 2 * th->margin;
  int any_flag = 0;
  for (int i = 0; i < s->n_points; i++) any_flag |= s->points[i].flagged != 0;
  int region = isfinite(s->flag_ikp) && isfinite(s->flag_ikm);
  const char *flag_txt =
      KJ_TR(c, "penilaian tinggi, kepuasan rendah", "high ratings, low satisfaction");
  double y = kj_frame_header(c);
  if (s->n_points == 0) {
    y += kj_message(c,
                    KJ_TR(c, "Tidak ada unit dengan data SKM dan penilaian.",
                          "No unit has both survey and appraisal data."),
                    th->margin, y, inner, kj_canvas_flex(c, 160, 80));
    return kj_frame_footer(c, y, NULL);
  }
  kj_legend_item it[4];
  int n = 0;
  kj_rgb pt = kj_theme_tint(th->bar, 0.15), hl = th->highlight;
  it[n++] = (kj_legend_item){KJ_SW_MARKER, pt, 0, NULL, KJ_TR(c, "unit layanan", "service unit")};
  if (any_flag) it[n++] = (kj_legend_item){KJ_SW_MARKER, hl, 3, NULL, flag_txt};
  int xs_differ = 0;
  for (int i = 1; i < s->n_points; i++) xs_differ |= s->points[i].ikp != s->points[0].ikp;
  if (isfinite(s->slope) && xs_differ)
    it[n++] = (kj_legend_item){KJ_SW_LINE, th->ink, 0, NULL,
                               KJ_TR(c, "garis regresi (OLS)", "fitted line (OLS)")};
  if (region)
    it[n++] = (kj_legend_item){KJ_SW_BAND, kj_theme_tint(hl, 0.82), 0, NULL,
                               KJ_TR(c,
                                     "z IKP \xE2\x89\xA5 +1 dan z IKM \xE2\x89\xA4 \xE2\x88\x92"
                                     "1",
                                     "IKP z \xE2\x89\xA5 +1 and IKM z \xE2\x89\xA4 \xE2\x88\x92"
                                     "1")};
  y += kj_legend(c, it, n, th->margin, y, inner) + 4;
  y += stats_line(c, s, y) + th->gap * 0.5;
  kj_text at = kj_style(th->size_axis_title, th->ink);
  y += kj_text_draw(c,
                    KJ_TR(c,
                          "IKM (indeks kepuasan masyarakat, 25\xE2\x80\x93"
                          "100)",
                          "IKM (public satisfaction index, 25\xE2\x80\x93"
                          "100)"),
                    &at, th->margin, y, 0, 0) +
       th->size_tick;
  double plot_h = kj_canvas_flex(c, 300, 160);
  double xlo = NAN, xhi = NAN, ylo = NAN, yhi = NAN;
  for (int i = 0; i < s->n_points; i++) {
    const kj_sebaran_point *p = &s->points[i];
    xlo = isnan(xlo) ? p->ikp : fmin(xlo, p->ikp);
    xhi = isnan(xhi) ? p->ikp : fmax(xhi, p->ikp);
    ylo = isnan(ylo) ? p->ikm : fmin(ylo, p->ikm);
    yhi = isnan(yhi) ? p->ikm : fmax(yhi, p->ikm);
  }
  double xpad = (xhi - xlo) * 0.05, ypad = (yhi - ylo) * 0.05;
  kj_axis ay, ax;
  kj_axis_nice(&ay, fmax(0, ylo - ypad), fmin(100, yhi + ypad), 6, y + plot_h, y);
  double tick_w = kj_axis_label_width(c, &ay);
  double px0 = th->margin + tick_w + th->pad, px1 = th->margin + inner;
  kj_axis_nice(&ax, xlo - xpad, xhi + xpad, (int)((px1 - px0) / 70) + 1, px0, px1);
  kj_rec_axis(c, 0, &ax.t);
  kj_rec_axis(c, 1, &ay.t);
  kj_axis_grid(c, &ax, 1, y, y + plot_h);
  kj_axis_grid(c, &ay, 0, px0, px1);
  kj_axis_labels(c, &ay, 0, px0 - th->pad, NULL);
  cairo_save(c->cr);
  cairo_rectangle(c->cr, px0, y, px1 - px0, plot_h);
  cairo_clip(c->cr);
  if (region) {
    double fx = kj_axis_pos(&ax, s->flag_ikp), fy = kj_axis_pos(&ay, s->flag_ikm);
    kj_fill_rect(c, fx, fy, px1 - fx, y + plot_h - fy, kj_theme_tint(hl, 0.82));
    kj_dash(c, 1, 0.8);
    kj_line(c, fx, y, fx, y + plot_h, 0.8, kj_theme_tint(hl, 0.3));
    kj_line(c, px0, fy, px1, fy, 0.8, kj_theme_tint(hl, 0.3));
    cairo_set_dash(c->cr, NULL, 0, 0);
    kj_rec_mark(c, KJ_MARK_FLAG, -1, 0, s->flag_ikp);
    kj_rec_mark(c, KJ_MARK_FLAG, -1, 1, s->flag_ikm);
  }
  if (isfinite(s->slope) && xhi > xlo)
    kj_line(c, kj_axis_pos(&ax, xlo), kj_axis_pos(&ay, s->intercept + s->slope * xlo),
            kj_axis_pos(&ax, xhi), kj_axis_pos(&ay, s->intercept + s->slope * xhi), 1.3, th->ink);
  for (int pass = 0; pass < 2; pass++) /* flagged points on top */
    for (int i = 0; i < s->n_points; i++) {
      const kj_sebaran_point *p = &s->points[i];
      if ((p->flagged != 0) != pass) continue;
      kj_marker(c, pass ? 3 : 0, kj_axis_pos(&ax, p->ikp), kj_axis_pos(&ay, p->ikm),
                pass ? 4.4 : 3.2, pass ? hl : pt, th->ink);
    }
  cairo_restore(c->cr);
  /* names of flagged points */
  box *placed = xcalloc((size_t)s->n_points + 1, sizeof *placed);
  int np = 0;
  kj_text nt = kj_style(th->size_value, th->ink);
  nt.width = 140;
  nt.lines = 1;
  static const double cand[8][4] = {{7, 0, 0, 0.5}, {-7, 0, 1, 0.5}, {0, -7, 0.5, 1},
                                    {0, 7, 0.5, 0}, {6, -6, 0, 1},   {-6, -6, 1, 1},
                                    {6, 6, 0, 0},   {-6, 6, 1, 0}};
  for (int i = 0; i < s->n_points; i++) {
    const kj_sebaran_point *p = &s->points[i];
    if (!p->flagged) continue;
    const char *label =
        p->short_name && *p->short_name && strlen(p->name) > 24 ? p->short_name : p->name;
    double tw, thh, qx = kj_axis_pos(&ax, p->ikp), qy = kj_axis_pos(&ay, p->ikm);
    kj_text_size(c, label, &nt, &tw, &thh);
    int best = 0;
    for (int k = 0; k < 8; k++) {
      box b = {qx + cand[k][0] - cand[k][2] * tw, qy + cand[k][1] - cand[k][3] * thh, 0, 0};
      b.x1 = b.x0 + tw;
      b.y1 = b.y0 + thh;
      int ok = b.x0 >= px0 && b.x1 <= px1 && b.y0 >= y && b.y1 <= y + plot_h;
      for (int j = 0; ok && j < np; j++) ok = !overlaps(b, placed[j]);
      for (int j = 0; ok && j < s->n_points; j++) {
        double ox = kj_axis_pos(&ax, s->points[j].ikp), oy = kj_axis_pos(&ay, s->points[j].ikm);
        box pb = {ox - 3.5, oy - 3.5, ox + 3.5, oy + 3.5};
        ok = j == i || !overlaps(b, pb);
      }
      if (ok) {
        best = k;
        break;
      }
    }
    box b = {qx + cand[best][0] - cand[best][2] * tw, qy + cand[best][1] - cand[best][3] * thh, 0,
             0};
    b.x1 = b.x0 + tw;
    b.y1 = b.y0 + thh;
    placed[np++] = b;
    kj_fill_rect(c, b.x0 - 1, b.y0, tw + 2, thh, (kj_rgb){1, 1, 1});
    kj_name_draw(c, p->name, p->short_name && strlen(p->name) > 24 ? p->short_name : NULL, &nt,
                 b.x0, b.y0, 0);
  }
  free(placed);
  kj_line(c, px0, y + plot_h, px1, y + plot_h, th->line_axis, th->axis);
  kj_line(c, px0, y, px0, y + plot_h, th->line_axis, th->axis);
  y += plot_h;
  y += 3 + kj_axis_labels(c, &ax, 1, y + 3,
                          KJ_TR(c, "Rata-rata IKP unit (konversi angka kredit)",
                                "Unit mean IKP (credit-point conversion)"));
  char ntext[160];
  kj_fmt_n(c, ntext, sizeof ntext, s->n_points, "unit layanan",
           s->n_points == 1 ? "service unit" : "service units");
  return kj_frame_footer(c, y, ntext);
}

kj_status kj_chart_sebaran(const kj_sebaran_spec *s, const kj_chart_out *o, kj_chart_result *res,
                           kj_error *err) {
  kj_canvas c;
  unsigned char *flagged = NULL;
  kj_status st = kj_canvas_init(&c, o, res, "Kepuasan masyarakat dan kinerja pegawai per unit",
                                "Public satisfaction and employee performance by unit", err);
  if (st != KJ_OK || (st = kj_sebaran_validate(s, err)) != KJ_OK) goto out;
  flagged = xcalloc(s->n_points > 0 ? (size_t)s->n_points : 1, 1);
  for (int i = 0; i < s->n_points; i++) flagged[i] = s->points[i].flagged != 0;
  kj_rec_rows(&c, s->n_points, NULL, NULL, flagged);
  st = kj_canvas_run(&c, paint, s, err);
out:
  kj_canvas_free(&c, st);
  free(flagged);
  return st;
}
