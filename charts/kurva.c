/* kurva.c — one OPD's predikat histogram against its required curve.
 *
 * Five columns, one per predikat in their natural order, each with the
 * share and count above it. Behind a column, a grey band shows the range the
 * curve allows for that predikat (from the rules that bound it alone); the
 * rules over sums of predikat cannot be drawn as a band and are listed
 * under the plot with the others, each with ✓ or ✗ as analysis judged it.
 * An optional diamond per column shows the city's share for comparison.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charts/check.h"
#include "charts/rule.h"

static const char *K = "kurva";

kj_status kj_kurva_validate(const kj_kurva_spec *s, kj_error *err) {
  kj_status st;
  if (!s) return kj_fail(err, KJ_DATA, "chart %s: no spec", K);
  if ((st = kj_check_name(err, K, 0, s->name)) != KJ_OK) return st;
  if ((st = kj_check_n(err, K, 0, s->name, s->n)) != KJ_OK) return st;
  if ((st = kj_compliance_check(err, K, 0, s->name, s->org, s->compliant, s->min_changes)) != KJ_OK)
    return st;
  if (s->n_rules < 0 || (s->n_rules > 0 && !s->rules))
    return kj_fail(err, KJ_DATA, "chart %s: %d rules but no rule array", K, s->n_rules);
  for (int k = 0; k < s->n_rules; k++)
    if ((st = kj_rule_check(err, K, 0, s->name, &s->rules[k], k)) != KJ_OK) return st;
  if (s->city_share && (st = kj_shares_check(err, K, 0, "city", s->city_share)) != KJ_OK) return st;
  if (s->insufficient) return KJ_OK;
  long sum = 0;
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    if (s->count[p] < 0)
      return kj_fail(err, KJ_DATA, "chart %s (%s): count of %s is negative", K, s->name,
                     kj_enum_canon(&kj_enum_predikat, p));
    sum += s->count[p];
  }
  if (s->n <= 0 || sum != s->n)
    return kj_fail(err, KJ_DATA, "chart %s (%s): counts sum to %ld but n = %ld", K, s->name, sum,
                   s->n);
  if ((st = kj_shares_check(err, K, 0, s->name, s->share)) != KJ_OK) return st;
  for (int p = 0; p < KJ_PREDIKAT_N; p++)
    if (fabs(s->share[p] - (double)s->count[p] / (double)s->n) > 1e-6)
      return kj_fail(err, KJ_DATA, "chart %s (%s): share of %s is %g but count/n is %g", K, s->name,
                     kj_enum_canon(&kj_enum_predikat, p), s->share[p],
                     (double)s->count[p] / (double)s->n);
  return KJ_OK;
}

/* The allowed range of predikat p from the rules on p alone; 0 when none. */
static int band_of(const kj_kurva_spec *s, int p, double *lo, double *hi) {
  int any = 0;
  *lo = 0;
  *hi = 1;
  for (int k = 0; k < s->n_rules; k++) {
    const kj_kurva_rule *r = &s->rules[k];
    if (r->mask != (1u << p)) continue;
    any = 1;
    if (kj_rule_is_min(r) && r->share > *lo) *lo = r->share;
    if (kj_rule_is_max(r) && r->share < *hi) *hi = r->share;
  }
  return any;
}

/* 1 when analysis found a rule on predikat p alone not met. */
static int violated(const kj_kurva_spec *s, int p) {
  for (int k = 0; k < s->n_rules && s->org >= 0; k++)
    if (s->rules[k].mask == (1u << p) && s->rules[k].pass == 0) return 1;
  return 0;
}

static double status_line(kj_canvas *c, const kj_kurva_spec *s, double y) {
  const kj_theme *th = c->th;
  char buf[512], num[48];
  kj_text t = kj_style(th->size_label + 0.5, th->ink);
  t.width = c->w - 2 * th->margin;
  if (s->org < 0) {
    t.color = th->ink_soft;
    return kj_text_draw(c,
                        KJ_TR(c, "Predikat kinerja organisasi belum ada: kurva tidak dinilai.",
                              "No organisation rating yet: the curve is not assessed."),
                        &t, th->margin, y, 0, 0);
  }
  snprintf(buf, sizeof buf, "%s: %s",
           KJ_TR(c, "Predikat kinerja organisasi", "Organisation rating"),
           kj_enum_label(&kj_enum_predikat_org, s->org, c->lang));
  double h = kj_text_draw(c, buf, &t, th->margin, y, 0, 0);
  if (s->insufficient) return h; /* no verdict on a group too small to show */
  kj_rgb col;
  const char *ct = kj_compliance_text(c, s->compliant, &col);
  kj_fmt_num(num, sizeof num, (double)s->min_changes, 0, c->lang);
  t.bold = 1;
  t.color = col;
  if (s->compliant == 0)
    snprintf(buf, sizeof buf, "%s: %s %s %s", ct, KJ_TR(c, "minimal", "at least"), num,
             KJ_TR(c, "pegawai harus berubah predikat", "employees must change rating"));
  else
    snprintf(buf, sizeof buf, "%s", ct);
  return h + kj_text_draw(c, buf, &t, th->margin, y + h, 0, 0);
}

static double rules_list(kj_canvas *c, const kj_kurva_spec *s, double y) {
  const kj_theme *th = c->th;
  char buf[256], line[320];
  kj_text t = kj_style(th->size_label, th->ink);
  t.width = c->w - 2 * th->margin;
  double h = 0;
  if (s->org < 0 || s->n_rules == 0) return 0;
  snprintf(
      line, sizeof line, "%s %s:",
      KJ_TR(c, "Aturan kurva untuk predikat organisasi", "Curve rules for organisation rating"),
      kj_enum_label(&kj_enum_predikat_org, s->org, c->lang));
  t.bold = 1;
  h += kj_text_draw(c, line, &t, th->margin, y, 0, 0) + 2;
  t.bold = 0;
  for (int k = 0; k < s->n_rules; k++) {
    const kj_kurva_rule *r = &s->rules[k];
    const char *mark = r->pass == 1   ? "\xE2\x9C\x93"
                       : r->pass == 0 ? "\xE2\x9C\x97"
                                      : "\xE2\x80\x93";
    kj_text m = t;
    m.color = r->pass == 1 ? th->pass : r->pass == 0 ? th->fail : th->muted_ink;
    m.bold = 1;
    m.width = 0;
    kj_text_draw(c, mark, &m, th->margin + 4, y + h, 0, 0);
    kj_rule_text(c, r, buf, sizeof buf);
    kj_text rt = t;
    rt.width = t.width - 16;
    h += kj_text_draw(c, buf, &rt, th->margin + 16, y + h, 0, 0) + 1;
  }
  return h;
}

static double paint(kj_canvas *c, const void *vctx) {
  const kj_kurva_spec *s = vctx;
  const kj_theme *th = c->th;
  double inner = c->w - 2 * th->margin;
  char buf[128], cnt[64];
  double y = kj_frame_header(c);
  y += status_line(c, s, y) + th->gap * 0.6;
  kj_legend_item it[3];
  int n = 0, bands = 0;
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    double blo, bhi;
    bands |= s->org >= 0 && band_of(s, p, &blo, &bhi);
  }
  if (bands && !s->insufficient)
    it[n++] = (kj_legend_item){KJ_SW_BAND, kj_theme_tint(th->band, 0.45), 0, NULL,
                               KJ_TR(c, "rentang yang diizinkan kurva", "range the curve allows")};
  if (s->city_share && !s->insufficient)
    it[n++] = (kj_legend_item){KJ_SW_MARKER, (kj_rgb){1, 1, 1}, 3, NULL, KJ_TR(c, "Kota", "City")};
  if (n) y += kj_legend(c, it, n, th->margin, y, inner) + th->gap;

  if (s->insufficient) {
    snprintf(buf, sizeof buf, "%s: n = %ld %s (%s %d)",
             KJ_TR(c, "Data tidak cukup", "Insufficient data"), s->n,
             KJ_TR(c, "pegawai", "employees"), KJ_TR(c, "minimal", "minimum"), s->min_kelompok);
    y += kj_message(c, buf, th->margin, y, inner, kj_canvas_flex(c, 120, 60));
    return kj_frame_footer(c, y, NULL);
  }
  double hi = 0;
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    double lo_b, hi_b;
    hi = fmax(hi, s->share[p]);
    if (s->city_share) hi = fmax(hi, s->city_share[p]);
    if (s->org >= 0 && band_of(s, p, &lo_b, &hi_b)) hi = fmax(hi, fmax(lo_b, hi_b < 1 ? hi_b : 0));
  }
  double tick_w;
  kj_text tick = kj_style(th->size_tick, th->ink_soft);
  kj_text_size(c, "100", &tick, &tick_w, NULL);
  double px0 = th->margin + tick_w + th->pad + 14, px1 = th->margin + inner;
  double top = y + th->size_tick; /* half a tick label above the top gridline */
  double plot_h = kj_canvas_flex(c, 220, 120);
  kj_axis ax;
  kj_axis_nice(&ax, 0, hi * 100 * 1.02, 6, top + plot_h, top);
  if (ax.t.hi > 100) kj_axis_fixed(&ax, 0, 100, 6, top + plot_h, top);
  kj_rec_axis(c, 0, &ax.t);
  kj_axis_grid(c, &ax, 0, px0, px1);
  kj_axis_labels(c, &ax, 0, px0 - th->pad, NULL);
  kj_text yt = kj_style(th->size_axis_title, th->ink);
  yt.angle = -M_PI / 2;
  kj_text_draw(c, KJ_TR(c, "Pegawai (%)", "Employees (%)"), &yt, th->margin, top + plot_h / 2, 0.5,
               0);

  double slot = (px1 - px0) / KJ_PREDIKAT_N, bw = slot * 0.42, bandw = slot * 0.7;
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    double cx = px0 + (p + 0.5) * slot, lo_b, hi_b;
    if (s->org >= 0 && band_of(s, p, &lo_b, &hi_b)) {
      double yb0 = kj_axis_pos(&ax, lo_b * 100), yb1 = kj_axis_pos(&ax, fmin(hi_b * 100, ax.t.hi));
      kj_fill_rect(c, cx - bandw / 2, yb1, bandw, yb0 - yb1, kj_theme_tint(th->band, 0.45));
      if (lo_b > 0) {
        kj_line(c, cx - bandw / 2, yb0, cx + bandw / 2, yb0, 1.2, th->ink);
        kj_rec_mark(c, KJ_MARK_MIN, p, -1, lo_b);
      }
      if (hi_b < 1) {
        kj_line(c, cx - bandw / 2, yb1, cx + bandw / 2, yb1, 1.2, th->ink);
        kj_rec_mark(c, KJ_MARK_MAX, p, -1, hi_b);
      }
    }
    double yv = kj_axis_pos(&ax, s->share[p] * 100), y0 = kj_axis_pos(&ax, 0);
    kj_fill_rect(c, cx - bw / 2, yv, bw, y0 - yv, th->predikat[p]);
    cairo_set_line_width(c->cr, 0.5);
    kj_set_color(c, kj_theme_tint(th->ink, 0.4));
    cairo_rectangle(c->cr, cx - bw / 2, yv, bw, y0 - yv);
    cairo_stroke(c->cr);
    if (s->city_share)
      kj_marker(c, 3, cx + bw / 2 + 7, kj_axis_pos(&ax, s->city_share[p] * 100), 3.6,
                (kj_rgb){1, 1, 1}, th->ink);
  }
  kj_line(c, px0, top + plot_h, px1, top + plot_h, th->line_axis, th->axis);
  y = top + plot_h + 4;
  /* under each column: its name (✗ when its own rule fails), share and count;
   * below the axis no band or bar can cover them */
  kj_text cat = kj_style(th->size_label, th->ink), val = kj_style(th->size_value, th->ink);
  cat.width = val.width = slot - 4;
  cat.align = val.align = PANGO_ALIGN_CENTER;
  cat.lines = 2;
  double cat_h = 0, val_h = 0;
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    const char *name = kj_enum_label(&kj_enum_predikat, p, c->lang);
    if (violated(s, p)) {
      snprintf(buf, sizeof buf, "%s \xE2\x9C\x97", name);
      cat.color = th->fail;
      cat.bold = 1;
    } else {
      snprintf(buf, sizeof buf, "%s", name);
      cat.color = th->ink;
      cat.bold = 0;
    }
    cat_h = fmax(cat_h, kj_text_draw(c, buf, &cat, px0 + p * slot + 2, y, 0, 0));
  }
  y += cat_h + 1;
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    char pct[48];
    kj_fmt_pct(pct, sizeof pct, s->share[p], 1, c->lang);
    kj_fmt_num(cnt, sizeof cnt, (double)s->count[p], 0, c->lang);
    snprintf(buf, sizeof buf, "%s (%s)", pct, cnt);
    val_h = fmax(val_h, kj_text_draw(c, buf, &val, px0 + p * slot + 2, y, 0, 0));
  }
  y += val_h + th->gap;
  y += rules_list(c, s, y);
  char ntext[160];
  kj_fmt_n(c, ntext, sizeof ntext, s->n, "pegawai", "employees");
  return kj_frame_footer(c, y, ntext);
}

kj_status kj_chart_kurva(const kj_kurva_spec *s, const kj_chart_out *o, kj_chart_result *res,
                         kj_error *err) {
  kj_canvas c;
  kj_status st = kj_canvas_init(&c, o, res, "Distribusi predikat terhadap kurva",
                                "Rating distribution against the curve", err);
  if (st != KJ_OK || (st = kj_kurva_validate(s, err)) != KJ_OK) goto out;
  if (o->width == 0) c.w = 560;
  int order[KJ_PREDIKAT_N];
  unsigned char flagged[KJ_PREDIKAT_N] = {0}, muted[KJ_PREDIKAT_N] = {0};
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    order[p] = p;
    muted[p] = s->insufficient != 0;
    flagged[p] = !s->insufficient && violated(s, p);
  }
  kj_rec_rows(&c, KJ_PREDIKAT_N, order, muted, flagged);
  st = kj_canvas_run(&c, paint, s, err);
out:
  kj_canvas_free(&c, st);
  return st;
}
