/* kesetaraan.c — fairness of appraisal (analytics.md §13): the gap in
 * mean IKP of each group against its comparison, adjusted for OPD and jenis
 * jabatan, as a dot with its 95 % CI whisker on one axis around zero.
 *
 * A shaded band marks differences smaller than kesetaraan_min, which are
 * never flagged however certain; a gap is drawn in the highlight colour only
 * when the analysis labelled it TIDAK_SETARA. Rows without enough data keep
 * their label and say so. The wording stays descriptive: a gap is something
 * to examine, not a verdict.
 */
#include <math.h>
#include <stdio.h>

#include "charts/canvas.h"
#include "charts/check.h"

static const char *K = "kesetaraan";

kj_status kj_kesetaraan_validate(const kj_kesetaraan_spec *s, kj_error *err) {
  kj_status st;
  if (!s) return kj_fail(err, KJ_DATA, "chart %s: no spec", K);
  if (s->n_rows < 0 || (s->n_rows > 0 && !s->rows))
    return kj_fail(err, KJ_DATA, "chart %s: %d rows without data", K, s->n_rows);
  if (!(s->band > 0) || !isfinite(s->band))
    return kj_fail(err, KJ_DATA, "chart %s: band must be a positive number", K);
  if (s->decimals < 0 || s->decimals > 4)
    return kj_fail(err, KJ_DATA, "chart %s: decimals %d outside 0..4", K, s->decimals);
  for (int i = 0; i < s->n_rows; i++) {
    const kj_kesetaraan_row *r = &s->rows[i];
    if ((st = kj_check_name(err, K, i, r->label)) != KJ_OK) return st;
    if ((st = kj_check_n(err, K, i, r->label, r->n)) != KJ_OK) return st;
    if ((st = kj_check_n(err, K, i, r->label, r->n_ref)) != KJ_OK) return st;
    if (isnan(r->gap)) continue;
    if ((st = kj_check_value(err, K, i, r->label, "gap", r->gap, 0, 0)) != KJ_OK) return st;
    if ((st = kj_check_ci(err, K, i, r->label, r->gap, r->ci_low, r->ci_high)) != KJ_OK) return st;
  }
  return KJ_OK;
}

static double paint(kj_canvas *c, const void *vctx) {
  const kj_kesetaraan_spec *s = vctx;
  const kj_theme *th = c->th;
  double inner = c->w - 2 * th->margin;
  char buf[160], b2[64];
  double y = kj_frame_header(c);
  snprintf(b2, sizeof b2, "%s %s", KJ_TR(c, "selisih <", "gap <"),
           kj_chart_num(buf, sizeof buf, s->band, 0, c->lang));
  kj_legend_item it[4] = {
      {KJ_SW_MARKER, th->bar_dark, 0, NULL,
       KJ_TR(c, "selisih IKP terkoreksi", "adjusted IKP gap")},
      {KJ_SW_WHISKER, th->bar_dark, 0, NULL,
       KJ_TR(c, "interval kepercayaan 95 %", "95% confidence interval")},
      {KJ_SW_BAND, kj_theme_tint(th->band, 0.45), 0, NULL, b2},
      {KJ_SW_MARKER, th->highlight, 0, NULL,
       KJ_TR(c, "perbedaan yang perlu ditelaah", "a difference to be examined")}};
  y += kj_legend(c, it, 4, th->margin, y, inner) + th->gap;
  if (s->n_rows == 0) {
    y += kj_message(c, KJ_TR(c, "Tidak ada data untuk ditampilkan.", "No data to show."),
                    th->margin, y, inner, kj_canvas_flex(c, 60, 40));
    return kj_frame_footer(c, y, NULL);
  }
  kj_text lab = kj_style(th->size_label, th->ink), val = kj_style(th->size_value, th->ink);
  kj_text soft = kj_style(th->size_value, th->ink_soft);
  double lab_w = 0, w, val_w, n_w;
  for (int i = 0; i < s->n_rows; i++) {
    kj_text_size(c, s->rows[i].label, &lab, &w, NULL);
    lab_w = fmax(lab_w, w);
  }
  kj_text_size(c, KJ_TR(c, "Selisih", "Gap"), &soft, &val_w, NULL);
  const char *n_head = KJ_TR(c, "n kelompok / pembanding", "n group / comparison");
  kj_text_size(c, "00.000 / 00.000", &soft, &n_w, NULL);
  kj_text_size(c, n_head, &soft, &w, NULL);
  n_w = fmax(n_w, w);
  val_w = fmax(val_w, 44);
  double x_n1 = th->margin + inner, x_v1 = x_n1 - n_w - th->pad * 2;
  double px0 = th->margin + lab_w + th->pad * 2, px1 = x_v1 - val_w - th->pad * 2;
  kj_text_draw(c, KJ_TR(c, "Selisih", "Gap"), &soft, x_v1, y, 1, 0);
  kj_text_draw(c, n_head, &soft, x_n1, y, 1, 0);
  y += th->size_tick * 1.6;
  double m = s->band * 1.5;
  for (int i = 0; i < s->n_rows; i++) {
    const kj_kesetaraan_row *r = &s->rows[i];
    if (isnan(r->gap)) continue;
    m = fmax(m, fabs(r->gap));
    if (isfinite(r->ci_low)) m = fmax(m, fmax(fabs(r->ci_low), fabs(r->ci_high)));
  }
  kj_axis ax;
  kj_axis_nice(&ax, -m, m, (int)((px1 - px0) / 55) + 1, px0, px1);
  kj_rec_axis(c, 0, &ax.t);
  double plot_h = kj_canvas_flex(c, s->n_rows * 26.0, s->n_rows * 16.0);
  double row_h = plot_h / s->n_rows;
  double b0 = kj_axis_pos(&ax, -s->band), b1 = kj_axis_pos(&ax, s->band);
  kj_fill_rect(c, b0, y, b1 - b0, plot_h, kj_theme_tint(th->band, 0.45));
  kj_rec_mark(c, KJ_MARK_MIN, -1, -1, -s->band);
  kj_rec_mark(c, KJ_MARK_MAX, -1, -1, s->band);
  kj_axis_grid(c, &ax, 1, y, y + plot_h);
  double x0 = kj_axis_pos(&ax, 0);
  kj_line(c, x0, y, x0, y + plot_h, th->line_ref, th->reference);
  kj_rec_mark(c, KJ_MARK_CITY, -1, -1, 0);
  for (int i = 0; i < s->n_rows; i++) {
    const kj_kesetaraan_row *r = &s->rows[i];
    double cy = y + (i + 0.5) * row_h;
    lab.color = isnan(r->gap) ? th->muted_ink : th->ink;
    kj_text_draw(c, r->label, &lab, th->margin, cy, 0, 0.5);
    snprintf(buf, sizeof buf, "%ld / %ld", r->n, r->n_ref);
    kj_text_draw(c, buf, &soft, x_n1, cy, 1, 0.5);
    if (isnan(r->gap)) {
      kj_text itx = kj_style(th->size_value, th->muted_ink);
      itx.italic = 1;
      kj_text_draw(c, KJ_TR(c, "data tidak cukup", "insufficient data"), &itx, px0 + 4, cy, 0,
                   0.5);
      kj_text_draw(c, "\xE2\x80\x93", &soft, x_v1, cy, 1, 0.5);
      continue;
    }
    kj_rgb col = r->flagged ? th->highlight : th->bar_dark;
    if (isfinite(r->ci_low)) {
      double a = kj_axis_pos(&ax, r->ci_low), b = kj_axis_pos(&ax, r->ci_high), cap = 4;
      kj_line(c, a, cy, b, cy, 1.2, col);
      kj_line(c, a, cy - cap, a, cy + cap, 1.2, col);
      kj_line(c, b, cy - cap, b, cy + cap, 1.2, col);
    }
    kj_marker(c, 0, kj_axis_pos(&ax, r->gap), cy, 4.5, col, col);
    kj_chart_num(buf, sizeof buf, r->gap, s->decimals, c->lang);
    if (r->gap > 0) {
      char plus[170];
      snprintf(plus, sizeof plus, "+%s", buf);
      kj_text_draw(c, plus, &val, x_v1, cy, 1, 0.5);
    } else {
      kj_text_draw(c, buf, &val, x_v1, cy, 1, 0.5);
    }
  }
  y += plot_h;
  kj_line(c, px0, y, px1, y, th->line_axis, th->axis);
  y += 3 + kj_axis_labels(c, &ax, 1, y + 3,
                          KJ_TR(c, "Selisih IKP kelompok \xE2\x88\x92 pembanding (poin)",
                                "IKP gap, group \xE2\x88\x92 comparison (points)"));
  return kj_frame_footer(c, y, NULL);
}

kj_status kj_chart_kesetaraan(const kj_kesetaraan_spec *s, const kj_chart_out *o,
                              kj_chart_result *res, kj_error *err) {
  kj_canvas c;
  kj_status st = kj_canvas_init(&c, o, res, "Kesetaraan penilaian", "Fairness of appraisal", err);
  if (st != KJ_OK || (st = kj_kesetaraan_validate(s, err)) != KJ_OK) goto out;
  unsigned char muted[64] = {0}, flag[64] = {0};
  int n = s->n_rows < 64 ? s->n_rows : 64;
  for (int i = 0; i < n; i++) muted[i] = isnan(s->rows[i].gap), flag[i] = s->rows[i].flagged != 0;
  kj_rec_rows(&c, n, NULL, muted, flag);
  st = kj_canvas_run(&c, paint, s, err);
out:
  kj_canvas_free(&c, st);
  return st;
}
