/* skm.c — public satisfaction: NRR per unsur against the grade thresholds.
 *
 * Nine horizontal bars in the regulation's order (readers look items up by
 * position), on the answer scale 1–4, so bars start at 1, the lowest answer.
 * The grade bands of PermenPAN-RB 14/2017 (thresholds given by analysis on
 * the NRR scale) shade the background with their letters on top; the
 * weakest unsur is drawn in the highlight colour and named as such. The IKM
 * and its grade head the chart; too few respondents raise a warning line.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "charts/canvas.h"
#include "charts/check.h"

static const char *K = "skm";

static const char *const unsur_id[KJ_SKM_UNSUR] = {
    "Persyaratan",        "Sistem, mekanisme, dan prosedur",         "Waktu penyelesaian",
    "Biaya/tarif",        "Produk spesifikasi jenis pelayanan",      "Kompetensi pelaksana",
    "Perilaku pelaksana", "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana"};
static const char *const unsur_en[KJ_SKM_UNSUR] = {"Requirements",
                                                   "Systems, mechanisms and procedures",
                                                   "Completion time",
                                                   "Cost/fee",
                                                   "Service products",
                                                   "Staff competence",
                                                   "Staff conduct",
                                                   "Handling of complaints and suggestions",
                                                   "Facilities and infrastructure"};
static const char *const grade_id[4] = {"Tidak Baik", "Kurang Baik", "Baik", "Sangat Baik"};
static const char *const grade_en[4] = {"Poor", "Fair", "Good", "Very good"};

kj_status kj_skm_validate(const kj_skm_spec *s, kj_error *err) {
  kj_status st;
  if (!s) return kj_fail(err, KJ_DATA, "chart %s: no spec", K);
  if ((st = kj_check_name(err, K, 0, s->unit_name)) != KJ_OK) return st;
  for (int i = 0; i < KJ_SKM_UNSUR; i++) {
    const char *u = s->unsur ? s->unsur[i] : unsur_id[i];
    if (!u || !*u) return kj_fail(err, KJ_DATA, "chart %s: unsur %d has no label", K, i + 1);
    if (isnan(s->nrr[i])) {
      if (!isnan(s->ci_low[i]) || !isnan(s->ci_high[i]))
        return kj_fail(err, KJ_DATA, "chart %s: unsur %d (%s): CI without an NRR", K, i + 1, u);
      continue;
    }
    if ((st = kj_check_value(err, K, i, u, "NRR", s->nrr[i], 1, 4)) != KJ_OK) return st;
    if ((st = kj_check_ci(err, K, i, u, s->nrr[i], s->ci_low[i], s->ci_high[i])) != KJ_OK)
      return st;
  }
  if (s->weakest < -1 || s->weakest >= KJ_SKM_UNSUR ||
      (s->weakest >= 0 && isnan(s->nrr[s->weakest])))
    return kj_fail(err, KJ_DATA, "chart %s: weakest unsur %d is not an unsur with an NRR", K,
                   s->weakest + 1);
  for (int g = 0; g < 3; g++)
    if (!isfinite(s->threshold[g]) || s->threshold[g] <= 1 || s->threshold[g] >= 4 ||
        (g > 0 && s->threshold[g] <= s->threshold[g - 1]))
      return kj_fail(err, KJ_DATA,
                     "chart %s: grade thresholds must increase inside 1..4 (got %g, %g, %g)", K,
                     s->threshold[0], s->threshold[1], s->threshold[2]);
  if (!kj_nan_or_finite(s->ikm) || (isfinite(s->ikm) && (s->ikm < 25 || s->ikm > 100)))
    return kj_fail(err, KJ_DATA, "chart %s: IKM %g outside 25..100", K, s->ikm);
  if (s->grade && (s->grade < 'A' || s->grade > 'D'))
    return kj_fail(err, KJ_DATA, "chart %s: grade '%c' is not A..D", K, s->grade);
  if (s->n_responden < 0) return kj_fail(err, KJ_DATA, "chart %s: negative respondent count", K);
  return KJ_OK;
}

static double headline(kj_canvas *c, const kj_skm_spec *s, double y) {
  const kj_theme *th = c->th;
  char buf[256], num[48];
  kj_text t = kj_style(th->size_label + 1.5, th->ink);
  t.bold = 1;
  t.width = c->w - 2 * th->margin;
  if (isfinite(s->ikm)) {
    kj_fmt_num(num, sizeof num, s->ikm, 2, c->lang);
    if (s->grade)
      snprintf(buf, sizeof buf, "%s: IKM %s \xC2\xB7 %s %c (%s)", s->unit_name, num,
               KJ_TR(c, "mutu", "grade"), s->grade,
               KJ_TR(c, grade_id['D' - s->grade], grade_en['D' - s->grade]));
    else
      snprintf(buf, sizeof buf, "%s: IKM %s", s->unit_name, num);
  } else {
    snprintf(buf, sizeof buf, "%s: IKM %s", s->unit_name,
             KJ_TR(c, "tidak dihitung", "not computed"));
  }
  double h = kj_text_draw(c, buf, &t, th->margin, y, 0, 0);
  if (s->min_responden > 0 && s->n_responden < s->min_responden) {
    kj_text wt = kj_style(th->size_label, th->fail);
    wt.width = t.width;
    kj_fmt_num(num, sizeof num, (double)s->n_responden, 0, c->lang);
    snprintf(buf, sizeof buf,
             KJ_TR(c, "Perhatian: hanya %s responden (minimal %d); angka kurang stabil.",
                   "Caution: only %s respondents (minimum %d); figures are unstable."),
             num, s->min_responden);
    h += 2 + kj_text_draw(c, buf, &wt, th->margin, y + h + 2, 0, 0);
  }
  return h + th->gap;
}

static double paint(kj_canvas *c, const void *vctx) {
  const kj_skm_spec *s = vctx;
  const kj_theme *th = c->th;
  double inner = c->w - 2 * th->margin;
  char buf[128];
  double y = kj_frame_header(c);
  y += headline(c, s, y);
  kj_legend_item it[4];
  int n = 0;
  it[n++] = (kj_legend_item){KJ_SW_BOX, th->bar, 0, NULL, KJ_TR(c, "NRR unsur", "Item NRR")};
  if (s->weakest >= 0)
    it[n++] = (kj_legend_item){KJ_SW_BOX, th->highlight, 0, NULL,
                               KJ_TR(c, "unsur terlemah", "weakest item")};
  int any_ci = 0;
  for (int i = 0; i < KJ_SKM_UNSUR; i++) any_ci |= isfinite(s->ci_low[i]);
  if (any_ci)
    it[n++] = (kj_legend_item){KJ_SW_WHISKER, th->bar_dark, 0, NULL,
                               KJ_TR(c, "interval kepercayaan 95 %", "95% confidence interval")};
  it[n++] = (kj_legend_item){KJ_SW_LINE, th->axis, 2, NULL,
                             KJ_TR(c,
                                   "batas mutu pelayanan (A\xE2\x80\x93"
                                   "D)",
                                   "service grade thresholds (A\xE2\x80\x93"
                                   "D)")};
  y += kj_legend(c, it, n, th->margin, y, inner) + th->gap;

  kj_text lab = kj_style(th->size_label, th->ink), val = kj_style(th->size_value, th->ink);
  lab.width = inner * 0.3;
  lab.lines = 2;
  double val_w;
  kj_text_size(c, KJ_TR(c, "0,00  terlemah", "0.00  weakest"), &val, &val_w, NULL);
  double px0 = th->margin + lab.width + th->pad * 2, px1 = th->margin + inner - val_w - th->pad;
  kj_axis ax;
  kj_axis_fixed(&ax, 1, 4, 4, px0, px1);
  kj_rec_axis(c, 0, &ax.t);
  /* grade bands and their letters on top */
  double strip = th->size_label * 1.6, plot_h = kj_canvas_flex(c, 9 * 24.0, 9 * 15.0);
  double edges[5] = {1, s->threshold[0], s->threshold[1], s->threshold[2], 4};
  kj_text gl = kj_style(th->size_label, th->ink_soft);
  gl.bold = 1;
  for (int g = 0; g < 4; g++) {
    double a = kj_axis_pos(&ax, edges[g]), b = kj_axis_pos(&ax, edges[g + 1]);
    kj_fill_rect(c, a, y + strip, b - a, plot_h,
                 g % 2 ? (kj_rgb){0.95, 0.95, 0.95} : (kj_rgb){1, 1, 1});
    buf[0] = (char)('D' - g);
    buf[1] = '\0';
    kj_text_draw(c, buf, &gl, (a + b) / 2, y + strip / 2, 0.5, 0.5);
  }
  y += strip;
  kj_axis_grid(c, &ax, 1, y, y + plot_h);
  for (int g = 0; g < 3; g++) {
    double a = kj_axis_pos(&ax, s->threshold[g]);
    kj_dash(c, 2, 0.9);
    kj_line(c, a, y - strip + 2, a, y + plot_h, 0.9, th->axis);
    cairo_set_dash(c->cr, NULL, 0, 0);
    kj_rec_mark(c, KJ_MARK_GRADE, -1, g, s->threshold[g]);
  }
  double row_h = plot_h / KJ_SKM_UNSUR, bh = fmin(row_h * th->bar_frac, 14);
  for (int i = 0; i < KJ_SKM_UNSUR; i++) {
    double cy = y + (i + 0.5) * row_h;
    const char *u = s->unsur ? s->unsur[i] : KJ_TR(c, unsur_id[i], unsur_en[i]);
    snprintf(buf, sizeof buf, "U%d  %s", i + 1, u);
    kj_text_draw(c, buf, &lab, th->margin, cy, 0, 0.5);
    if (isnan(s->nrr[i])) {
      kj_text mt = kj_style(th->size_value, th->muted_ink);
      mt.italic = 1;
      kj_text_draw(c, KJ_TR(c, "tidak ada jawaban", "no answers"), &mt, px0 + 4, cy, 0, 0.5);
      continue;
    }
    int weak = i == s->weakest;
    double xv = kj_axis_pos(&ax, s->nrr[i]);
    kj_fill_rect(c, px0, cy - bh / 2, xv - px0, bh, weak ? th->highlight : th->bar);
    if (isfinite(s->ci_low[i])) {
      /* a t interval may reach past the scale's end; the scale is the limit */
      double a = fmax(px0, kj_axis_pos(&ax, s->ci_low[i]));
      double b = fmin(px1, kj_axis_pos(&ax, s->ci_high[i])), cap = bh * 0.35;
      kj_line(c, a, cy, b, cy, 0.9, th->bar_dark);
      kj_line(c, a, cy - cap, a, cy + cap, 0.9, th->bar_dark);
      kj_line(c, b, cy - cap, b, cy + cap, 0.9, th->bar_dark);
    }
    kj_chart_num(buf, sizeof buf, s->nrr[i], 2, c->lang);
    kj_text vt = val;
    vt.bold = weak;
    vt.halo = 1;
    double vw;
    kj_text_size(c, buf, &vt, &vw, NULL);
    double vx =
        fmin(px1, fmax(xv, isfinite(s->ci_high[i]) ? kj_axis_pos(&ax, s->ci_high[i]) : xv)) + 4;
    kj_text_draw(c, buf, &vt, vx, cy, 0, 0.5);
    if (weak) {
      vt.color = th->highlight;
      kj_text_draw(c, KJ_TR(c, "terlemah", "weakest"), &vt, vx + vw + 4, cy, 0, 0.5);
    }
  }
  kj_line(c, px0, y, px0, y + plot_h, th->line_axis, th->axis);
  y += plot_h;
  kj_line(c, px0, y, px1, y, th->line_axis, th->axis);
  y += 3 + kj_axis_labels(c, &ax, 1, y + 3,
                          KJ_TR(c,
                                "Nilai rata-rata unsur (NRR, skala 1\xE2\x80\x93"
                                "4)",
                                "Mean item score (NRR, scale 1\xE2\x80\x93"
                                "4)"));
  char ntext[160];
  kj_fmt_n(c, ntext, sizeof ntext, s->n_responden, "responden", "respondents");
  return kj_frame_footer(c, y, ntext);
}

kj_status kj_chart_skm(const kj_skm_spec *s, const kj_chart_out *o, kj_chart_result *res,
                       kj_error *err) {
  kj_canvas c;
  kj_status st = kj_canvas_init(&c, o, res, "Survei kepuasan masyarakat per unsur",
                                "Public satisfaction survey by item", err);
  if (st != KJ_OK || (st = kj_skm_validate(s, err)) != KJ_OK) goto out;
  int order[KJ_SKM_UNSUR];
  unsigned char flagged[KJ_SKM_UNSUR] = {0};
  for (int i = 0; i < KJ_SKM_UNSUR; i++) order[i] = i;
  if (s->weakest >= 0) flagged[s->weakest] = 1;
  kj_rec_rows(&c, KJ_SKM_UNSUR, order, NULL, flagged);
  st = kj_canvas_run(&c, paint, s, err);
out:
  kj_canvas_free(&c, st);
  return st;
}
