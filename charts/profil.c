/* profil.c — the BerAKHLAK profile of an OPD against the city.
 *
 * Bars rather than a radar: lengths on one common axis compare more
 * accurately than radii, and seven labels read better in rows. Rows keep the
 * official order of the core values. The OPD is the bar (with its 95 % CI),
 * the city a black diamond on the same row; a table at the right gives both
 * values and their difference. Scores run 1–5, so bars start at the scale's
 * floor. An OPD below min_kelompok shows the city only, with the reason.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "charts/canvas.h"
#include "charts/check.h"

static const char *K = "profil";

kj_status kj_profil_validate(const kj_profil_spec *s, kj_error *err) {
  kj_status st;
  if (!s) return kj_fail(err, KJ_DATA, "chart %s: no spec", K);
  if ((st = kj_check_name(err, K, 0, s->name)) != KJ_OK) return st;
  if ((st = kj_check_n(err, K, 0, s->name, s->n)) != KJ_OK) return st;
  if (!isfinite(s->scale_min) || !isfinite(s->scale_max) || s->scale_min >= s->scale_max)
    return kj_fail(err, KJ_DATA, "chart %s: score scale %g..%g is empty", K, s->scale_min,
                   s->scale_max);
  if (s->decimals < 0 || s->decimals > 4)
    return kj_fail(err, KJ_DATA, "chart %s: decimals %d outside 0..4", K, s->decimals);
  for (int v = 0; v < KJ_NILAI_N; v++) {
    const char *nm = kj_enum_canon(&kj_enum_nilai, v);
    if ((st = kj_check_value(err, K, v, nm, "city", s->city[v], s->scale_min, s->scale_max)) !=
        KJ_OK)
      return st;
    if (s->insufficient) continue;
    if ((st = kj_check_value(err, K, v, nm, "OPD value", s->opd[v], s->scale_min, s->scale_max)) !=
        KJ_OK)
      return st;
    if ((st = kj_check_ci(err, K, v, nm, s->opd[v], s->opd_low[v], s->opd_high[v])) != KJ_OK)
      return st;
  }
  return KJ_OK;
}

static double paint(kj_canvas *c, const void *vctx) {
  const kj_profil_spec *s = vctx;
  const kj_theme *th = c->th;
  double inner = c->w - 2 * th->margin;
  char buf[128];
  double y = kj_frame_header(c);
  int any_ci = 0;
  for (int v = 0; v < KJ_NILAI_N && !s->insufficient; v++) any_ci |= isfinite(s->opd_low[v]);
  kj_legend_item it[3];
  int n = 0;
  const char *opd_name =
      s->short_name && *s->short_name && strlen(s->name) > 40 ? s->short_name : s->name;
  it[n++] = (kj_legend_item){s->insufficient ? KJ_SW_HATCH : KJ_SW_BOX, th->bar, 0, NULL, opd_name};
  if (any_ci)
    it[n++] = (kj_legend_item){KJ_SW_WHISKER, th->bar_dark, 0, NULL,
                               KJ_TR(c, "interval kepercayaan 95 %", "95% confidence interval")};
  it[n++] =
      (kj_legend_item){KJ_SW_TICK, th->reference, 0, NULL, KJ_TR(c, "Rata-rata kota", "City mean")};
  y += kj_legend(c, it, n, th->margin, y, inner) + th->gap;
  if (s->insufficient) {
    kj_text wt = kj_style(th->size_label, th->ink_soft);
    wt.italic = 1;
    wt.width = inner;
    snprintf(buf, sizeof buf, "%s: n = %ld %s (%s %d); %s",
             KJ_TR(c, "Data OPD tidak cukup", "Insufficient OPD data"), s->n,
             KJ_TR(c, "pegawai", "employees"), KJ_TR(c, "minimal", "minimum"), s->min_kelompok,
             KJ_TR(c, "hanya rata-rata kota yang ditampilkan.", "only the city mean is shown."));
    y += kj_text_draw(c, buf, &wt, th->margin, y, 0, 0) + th->gap;
  }

  kj_text lab = kj_style(th->size_label, th->ink), val = kj_style(th->size_value, th->ink);
  kj_text soft = kj_style(th->size_value, th->ink_soft);
  double lab_w = 0, w, col_w;
  for (int v = 0; v < KJ_NILAI_N; v++) {
    kj_text_size(c, kj_enum_label(&kj_enum_nilai, v, c->lang), &lab, &w, NULL);
    lab_w = fmax(lab_w, w);
  }
  kj_text_size(c, KJ_TR(c, "Selisih", "Diff."), &soft, &col_w, NULL);
  col_w = fmax(col_w, 34);
  double x_d1 = th->margin + inner, x_k1 = x_d1 - col_w - th->pad, x_o1 = x_k1 - col_w - th->pad;
  double px0 = th->margin + lab_w + th->pad * 2, px1 = x_o1 - col_w - th->pad * 2;
  kj_text_draw(c, "OPD", &soft, x_o1, y, 1, 0);
  kj_text_draw(c, KJ_TR(c, "Kota", "City"), &soft, x_k1, y, 1, 0);
  kj_text_draw(c, KJ_TR(c, "Selisih", "Diff."), &soft, x_d1, y, 1, 0);
  y += th->size_tick * 1.6;
  double plot_h = kj_canvas_flex(c, KJ_NILAI_N * 24.0, KJ_NILAI_N * 15.0);
  double row_h = plot_h / KJ_NILAI_N, bh = fmin(row_h * th->bar_frac, 14);
  kj_axis ax;
  kj_axis_fixed(&ax, s->scale_min, s->scale_max, 5, px0, px1);
  kj_rec_axis(c, 0, &ax.t);
  for (int v = 1; v < KJ_NILAI_N; v += 2)
    kj_fill_rect(c, th->margin, y + v * row_h, inner, row_h, kj_theme_tint(th->grid, 0.6));
  kj_axis_grid(c, &ax, 1, y, y + plot_h);
  for (int v = 0; v < KJ_NILAI_N; v++) {
    double cy = y + (v + 0.5) * row_h;
    kj_text_draw(c, kj_enum_label(&kj_enum_nilai, v, c->lang), &lab, th->margin, cy, 0, 0.5);
    if (!s->insufficient) {
      double xv = kj_axis_pos(&ax, s->opd[v]);
      kj_fill_rect(c, px0, cy - bh / 2, xv - px0, bh, th->bar);
      if (isfinite(s->opd_low[v])) {
        double a = fmax(px0, kj_axis_pos(&ax, s->opd_low[v])),
               b = fmin(px1, kj_axis_pos(&ax, s->opd_high[v]));
        double cap = bh * 0.35;
        kj_line(c, a, cy, b, cy, 0.9, th->bar_dark);
        kj_line(c, a, cy - cap, a, cy + cap, 0.9, th->bar_dark);
        kj_line(c, b, cy - cap, b, cy + cap, 0.9, th->bar_dark);
      }
      kj_text_draw(c, kj_chart_num(buf, sizeof buf, s->opd[v], s->decimals, c->lang), &val, x_o1,
                   cy, 1, 0.5);
      kj_chart_num(buf, sizeof buf, s->opd[v] - s->city[v], s->decimals, c->lang);
      if (s->opd[v] - s->city[v] > 0) {
        char plus[140];
        snprintf(plus, sizeof plus, "+%s", buf);
        kj_text_draw(c, plus, &val, x_d1, cy, 1, 0.5);
      } else {
        kj_text_draw(c, buf, &val, x_d1, cy, 1, 0.5);
      }
    } else {
      kj_text_draw(c, "\xE2\x80\x93", &soft, x_o1, cy, 1, 0.5);
      kj_text_draw(c, "\xE2\x80\x93", &soft, x_d1, cy, 1, 0.5);
    }
    /* the city as a target tick across the row, haloed to stand off the bar */
    double xc = kj_axis_pos(&ax, s->city[v]);
    kj_line(c, xc, cy - bh / 2 - 3, xc, cy + bh / 2 + 3, 4.0, (kj_rgb){1, 1, 1});
    kj_line(c, xc, cy - bh / 2 - 3, xc, cy + bh / 2 + 3, 2.2, th->reference);
    kj_rec_mark(c, KJ_MARK_CITY, v, -1, s->city[v]);
    kj_text_draw(c, kj_chart_num(buf, sizeof buf, s->city[v], s->decimals, c->lang), &soft, x_k1,
                 cy, 1, 0.5);
  }
  kj_line(c, px0, y, px0, y + plot_h, th->line_axis, th->axis);
  y += plot_h;
  kj_line(c, px0, y, px1, y, th->line_axis, th->axis);
  y += 3 + kj_axis_labels(c, &ax, 1, y + 3,
                          KJ_TR(c,
                                "Rata-rata skor perilaku (skala 1\xE2\x80\x93"
                                "5)",
                                "Mean behaviour score (scale 1\xE2\x80\x93"
                                "5)"));
  char ntext[200], a[96], b[48];
  kj_fmt_n(c, a, sizeof a, s->n, "pegawai OPD", "OPD employees");
  kj_fmt_num(b, sizeof b, (double)s->n_city, 0, c->lang);
  snprintf(ntext, sizeof ntext, "%s; %s %s", a, KJ_TR(c, "kota", "city"), b);
  return kj_frame_footer(c, y, ntext);
}

kj_status kj_chart_profil(const kj_profil_spec *s, const kj_chart_out *o, kj_chart_result *res,
                          kj_error *err) {
  kj_canvas c;
  kj_status st =
      kj_canvas_init(&c, o, res, "Profil nilai BerAKHLAK", "BerAKHLAK values profile", err);
  if (st != KJ_OK || (st = kj_profil_validate(s, err)) != KJ_OK) goto out;
  int order[KJ_NILAI_N];
  unsigned char muted[KJ_NILAI_N];
  for (int v = 0; v < KJ_NILAI_N; v++) {
    order[v] = v;
    muted[v] = s->insufficient != 0;
  }
  kj_rec_rows(&c, KJ_NILAI_N, order, muted, NULL);
  st = kj_canvas_run(&c, paint, s, err);
out:
  kj_canvas_free(&c, st);
  return st;
}
