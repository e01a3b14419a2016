/* distribusi.c — predikat distribution per OPD against the required curve.
 *
 * One 100 % bar per OPD, stacked in the natural order of the predikat
 * (Sangat Baik left … Sangat Kurang right) with the share printed in every
 * segment wide enough to hold it. The rules of the OPD's predikat kinerja
 * organisasi are drawn as brackets on its bar: "[" where the regulated span
 * must at least reach, "]" where it must stop (see rule.c). A table at the
 * right gives the predikat organisasi, PASS/FAIL and the minimum number of
 * employees whose predikat would have to change. Rows keep the spec's order
 * (analysis decides it); greyed rows go last.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charts/check.h"
#include "charts/rule.h"
#include "util/xalloc.h"

static const char *K = "distribusi";

kj_status kj_distribusi_validate(const kj_distribusi_spec *s, kj_error *err) {
  kj_status st;
  if (!s) return kj_fail(err, KJ_DATA, "chart %s: no spec", K);
  if (s->n_rows < 0 || (s->n_rows > 0 && !s->rows))
    return kj_fail(err, KJ_DATA, "chart %s: %d rows but no row array", K, s->n_rows);
  for (int i = 0; i < s->n_rows; i++) {
    const kj_distribusi_row *r = &s->rows[i];
    if ((st = kj_check_name(err, K, i, r->name)) != KJ_OK) return st;
    if ((st = kj_check_n(err, K, i, r->name, r->n)) != KJ_OK) return st;
    if ((st = kj_compliance_check(err, K, i, r->name, r->org, r->compliant, r->min_changes)) !=
        KJ_OK)
      return st;
    if (r->n_rules < 0 || (r->n_rules > 0 && !r->rules))
      return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): %d rules but no rule array", K, i + 1,
                     r->name, r->n_rules);
    for (int k = 0; k < r->n_rules; k++)
      if ((st = kj_rule_check(err, K, i, r->name, &r->rules[k], k)) != KJ_OK) return st;
    if (r->insufficient) continue;
    if ((st = kj_shares_check(err, K, i, r->name, r->share)) != KJ_OK) return st;
  }
  return KJ_OK;
}

typedef struct ctx {
  const kj_distribusi_spec *s;
  const int *order;
  int any_muted, any_rules;
} ctx;

static double legend(kj_canvas *c, const ctx *x, double y) {
  const kj_theme *th = c->th;
  kj_legend_item it[KJ_PREDIKAT_N + 3];
  int n = 0;
  char muted[96];
  for (int p = 0; p < KJ_PREDIKAT_N; p++)
    it[n++] = (kj_legend_item){KJ_SW_BOX, th->predikat[p], 0, NULL,
                               kj_enum_label(&kj_enum_predikat, p, c->lang)};
  if (x->any_rules) {
    it[n++] = (kj_legend_item){KJ_SW_MIN, th->ink, 0, NULL,
                               KJ_TR(c, "batas bawah kurva", "curve minimum")};
    it[n++] = (kj_legend_item){KJ_SW_MAX, th->ink, 0, NULL,
                               KJ_TR(c, "batas atas kurva", "curve maximum")};
  }
  if (x->any_muted) {
    snprintf(muted, sizeof muted, "%s (n < %d)", KJ_TR(c, "data tidak cukup", "insufficient data"),
             x->s->min_kelompok);
    it[n++] = (kj_legend_item){KJ_SW_HATCH, th->muted_fill, 0, NULL, muted};
  }
  double inner = c->w - 2 * th->margin;
  double h = kj_legend(c, it, n, th->margin, y, inner);
  if (x->any_rules) {
    kj_text nt = kj_style(th->size_note, th->ink_soft);
    nt.width = inner;
    h += 3;
    h += kj_text_draw(c,
                      KJ_TR(c,
                            "Ujung kanan segmen predikat yang diatur harus berada di sisi dalam "
                            "tanda [ dan ] (aturan kurva menurut predikat kinerja organisasi).",
                            "The right end of the regulated ratings' segment must lie inside "
                            "the [ and ] marks (curve rules for the organisation's rating)."),
                      &nt, th->margin, y + h, 0, 0);
  }
  return h + th->gap;
}

/* Where the rule brackets of row r fall on the bar (page x), at most 8. */
static int mark_xs(const kj_distribusi_row *r, const kj_axis *ax, double *xs) {
  int n = 0;
  for (int k = 0; k < r->n_rules && n < 8; k++) {
    double pos;
    if (!kj_rule_position(&r->rules[k], r->share, &pos)) continue;
    if (pos >= 1 && !kj_rule_is_min(&r->rules[k]))
      continue; /* a maximum beyond the bar binds nothing */
    xs[n++] = kj_axis_pos(ax, fmin(pos, 1) * 100);
  }
  return n;
}

static int clear_of(const double *xs, int n, double a, double b) {
  for (int i = 0; i < n; i++)
    if (xs[i] > a - 3.5 && xs[i] < b + 3.5) return 0;
  return 1;
}

/* The share label of a segment: centred, else beside the bracket that is in
 * the way, else left out (a bracket is never drawn over a number). */
static void segment_label(kj_canvas *c, const char *s, kj_rgb bg, double x0, double x1, double cy,
                          const double *xs, int nx) {
  kj_text t = kj_style(c->th->size_value, kj_theme_dark(bg) ? (kj_rgb){1, 1, 1} : c->th->ink);
  double w;
  kj_text_size(c, s, &t, &w, NULL);
  double cand[1 + 2 * 8];
  int nc = 0;
  cand[nc++] = (x0 + x1) / 2 - w / 2;
  for (int i = 0; i < nx; i++) {
    cand[nc++] = xs[i] - 4 - w;
    cand[nc++] = xs[i] + 4;
  }
  for (int i = 0; i < nc; i++) {
    if (cand[i] < x0 + 2 || cand[i] + w > x1 - 2 || !clear_of(xs, nx, cand[i], cand[i] + w))
      continue;
    kj_text_draw(c, s, &t, cand[i], cy, 0, 0.5);
    return;
  }
}

static void bar(kj_canvas *c, const kj_distribusi_row *r, int idx, const kj_axis *ax, double cy,
                double bh) {
  const kj_theme *th = c->th;
  double start = 0, xs[8];
  int nx = mark_xs(r, ax, xs);
  char buf[32];
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    double x0 = kj_axis_pos(ax, start * 100), x1 = kj_axis_pos(ax, (start + r->share[p]) * 100);
    kj_fill_rect(c, x0, cy - bh / 2, x1 - x0, bh, th->predikat[p]);
    if (x1 - x0 >= 21) {
      kj_fmt_pct(buf, sizeof buf, r->share[p], 0, c->lang);
      segment_label(c, buf, th->predikat[p], x0, x1, cy, xs, nx);
    }
    start += r->share[p];
  }
  for (int k = 0; k < r->n_rules; k++) {
    double pos;
    if (!kj_rule_position(&r->rules[k], r->share, &pos)) continue;
    double xm = kj_axis_pos(ax, fmin(pos, 1) * 100);
    if (kj_rule_is_min(&r->rules[k])) {
      kj_bound_mark(c, xm, cy - bh / 2 - 2.5, cy + bh / 2 + 2.5, 1);
      kj_rec_mark(c, KJ_MARK_MIN, idx, k, fmin(pos, 1));
    }
    if (kj_rule_is_max(&r->rules[k]) && pos < 1) {
      kj_bound_mark(c, xm, cy - bh / 2 - 2.5, cy + bh / 2 + 2.5, 0);
      kj_rec_mark(c, KJ_MARK_MAX, idx, k, pos);
    }
  }
}

static double paint(kj_canvas *c, const void *vctx) {
  const ctx *x = vctx;
  const kj_distribusi_spec *s = x->s;
  const kj_theme *th = c->th;
  double inner = c->w - 2 * th->margin;
  char buf[128];
  double y = kj_frame_header(c);
  y += legend(c, x, y);

  kj_text lab = kj_style(th->size_label, th->ink), soft = kj_style(th->size_value, th->ink_soft);
  const char *h_org = KJ_TR(c, "Predikat organisasi", "Organisation rating");
  const char *h_st = KJ_TR(c, "Kurva", "Curve"), *h_min = KJ_TR(c, "Min. berubah", "Min. changes");
  double label_w = 60, org_w, st_w, min_w, w;
  kj_text_size(c, h_org, &soft, &org_w, NULL);
  kj_text_size(c, KJ_TR(c, "\xE2\x9C\x97 tidak patuh", "\xE2\x9C\x97 not compliant"), &soft, &st_w,
               NULL);
  kj_text_size(c, h_min, &soft, &min_w, NULL);
  for (int i = 0; i < s->n_rows; i++) {
    kj_text_size(c, s->rows[i].name, &lab, &w, NULL);
    if (w > label_w) label_w = w;
    if (s->rows[i].org >= 0) {
      kj_text_size(c, kj_enum_label(&kj_enum_predikat_org, s->rows[i].org, c->lang), &soft, &w,
                   NULL);
      if (w > org_w) org_w = w;
    }
  }
  if (label_w > 0.26 * inner) label_w = 0.26 * inner;
  lab.width = label_w;
  lab.lines = 2;
  double x_min1 = th->margin + inner, x_st0 = x_min1 - min_w - th->pad * 2 - st_w;
  double x_org0 = x_st0 - th->pad * 2 - org_w;
  double px0 = th->margin + label_w + th->pad * 2, px1 = x_org0 - th->pad * 3;

  if (s->n_rows > 0) {
    kj_text_draw(c, h_org, &soft, x_org0, y, 0, 0);
    kj_text_draw(c, h_st, &soft, x_st0, y, 0, 0);
    kj_text_draw(c, h_min, &soft, x_min1, y, 1, 0);
  }
  y += th->size_tick * 1.6;
  if (s->n_rows == 0) {
    y += kj_message(c, KJ_TR(c, "Tidak ada data untuk ditampilkan.", "No data to show."),
                    th->margin, y, inner, kj_canvas_flex(c, 60, 40));
    return kj_frame_footer(c, y, NULL);
  }
  double row_nat = th->row_min + 5;
  for (int i = 0; i < s->n_rows; i++) {
    double h = kj_name_height(c, s->rows[i].name, s->rows[i].short_name, &lab) + 5;
    if (h > row_nat) row_nat = h;
  }
  if (row_nat > th->row_max) row_nat = th->row_max;
  double plot_h = kj_canvas_flex(c, row_nat * s->n_rows, th->row_min * s->n_rows);
  double row_h = plot_h / s->n_rows, bh = fmin(row_h * 0.68, 15);
  kj_axis ax;
  kj_axis_fixed(&ax, 0, 100, 6, px0, px1);
  kj_rec_axis(c, 0, &ax.t);

  for (int i = 1; i < s->n_rows; i += 2)
    kj_fill_rect(c, th->margin, y + i * row_h, inner, row_h, kj_theme_tint(th->grid, 0.6));
  for (int i = 0; i < s->n_rows; i++) {
    int ri = x->order[i];
    const kj_distribusi_row *r = &s->rows[ri];
    double cy = y + (i + 0.5) * row_h;
    lab.color = r->insufficient ? th->muted_ink : th->ink;
    kj_name_draw(c, r->name, r->short_name, &lab, th->margin, cy, 0.5);
    if (r->org >= 0)
      kj_text_draw(c, kj_enum_label(&kj_enum_predikat_org, r->org, c->lang), &soft, x_org0, cy, 0,
                   0.5);
    else
      kj_text_draw(c, KJ_TR(c, "belum ada", "none yet"), &soft, x_org0, cy, 0, 0.5);
    if (r->insufficient) {
      kj_fill_rect(c, px0, cy - bh / 2, px1 - px0, bh, th->muted_fill);
      kj_hatch(c, px0, cy - bh / 2, px1 - px0, bh, th->muted_ink, 4);
      kj_text it = kj_style(th->size_value, th->ink);
      it.italic = 1;
      it.halo = 1;
      snprintf(buf, sizeof buf, "%s (n = %ld)", KJ_TR(c, "data tidak cukup", "insufficient data"),
               r->n);
      kj_text_draw(c, buf, &it, (px0 + px1) / 2, cy, 0.5, 0.5);
      continue;
    }
    bar(c, r, ri, &ax, cy, bh);
    kj_rgb col;
    kj_text st = kj_style(th->size_value, th->ink);
    const char *stext = kj_compliance_text(c, r->compliant, &col);
    st.color = col;
    st.bold = r->compliant == 0;
    kj_text_draw(c, stext, &st, x_st0, cy, 0, 0.5);
    if (r->compliant == 0) {
      kj_fmt_num(buf, sizeof buf, (double)r->min_changes, 0, c->lang);
      st.color = th->ink;
      kj_text_draw(c, buf, &st, x_min1, cy, 1, 0.5);
    }
  }
  y += plot_h;
  kj_line(c, px0, y, px1, y, th->line_axis, th->axis);
  y += 3 + kj_axis_labels(c, &ax, 1, y + 3, KJ_TR(c, "Pegawai (%)", "Employees (%)"));
  char ntext[160], nbuf[96], opd[48];
  kj_fmt_n(c, nbuf, sizeof nbuf, s->n_total, "pegawai", "employees");
  kj_fmt_num(opd, sizeof opd, s->n_rows, 0, c->lang);
  snprintf(ntext, sizeof ntext, "%s, %s OPD", nbuf, opd);
  return kj_frame_footer(c, y, ntext);
}

kj_status kj_chart_distribusi(const kj_distribusi_spec *s, const kj_chart_out *o,
                              kj_chart_result *res, kj_error *err) {
  kj_canvas c;
  int *order = NULL;
  unsigned char *muted = NULL, *flagged = NULL;
  ctx x = {s, NULL, 0, 0};
  kj_status st = kj_canvas_init(&c, o, res, "Distribusi predikat pegawai per OPD",
                                "Distribution of employee ratings by OPD", err);
  if (st != KJ_OK || (st = kj_distribusi_validate(s, err)) != KJ_OK) goto out;
  if (o->width == 0) c.w = 760;
  size_t n = s->n_rows > 0 ? (size_t)s->n_rows : 1;
  order = xcalloc(n, sizeof *order);
  muted = xcalloc(n, 1);
  flagged = xcalloc(n, 1);
  for (int i = 0; i < s->n_rows; i++) {
    muted[i] = s->rows[i].insufficient != 0;
    flagged[i] = !muted[i] && s->rows[i].compliant == 0;
    x.any_muted |= muted[i];
    x.any_rules |= !muted[i] && s->rows[i].n_rules > 0;
  }
  kj_order_rows(s->n_rows, NULL, muted, 0, order);
  x.order = order;
  kj_rec_rows(&c, s->n_rows, order, muted, flagged);
  st = kj_canvas_run(&c, paint, &x, err);
out:
  kj_canvas_free(&c, st);
  free(order);
  free(muted);
  free(flagged);
  return st;
}
