/* heatmap.c — strengths and weaknesses: OPD x dimension matrix of Cohen's d.
 *
 * Each cell is coloured on ColorBrewer's RdBu (red below the other OPD,
 * blue above, saturating at ±d_max) and always carries its value, so the
 * reading never depends on telling colours apart. Cells that analysis
 * labelled KEKUATAN or KELEMAHAN get ▲ or ▼ and a dark frame; cells without
 * a value (no SKM data) show a dash; rows below min_kelompok are hatched.
 * Dimension names are set vertically above their columns; the page widens
 * with the number of columns so cells keep a readable size.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charts/canvas.h"
#include "charts/check.h"
#include "util/xalloc.h"

static const char *K = "heatmap";
#define CELL_W 36.0

kj_status kj_heatmap_validate(const kj_heatmap_spec *s, kj_error *err) {
  kj_status st;
  if (!s) return kj_fail(err, KJ_DATA, "chart %s: no spec", K);
  if (s->n_cols < 1 || s->n_cols > 64 || !s->cols)
    return kj_fail(err, KJ_DATA, "chart %s: needs 1..64 named dimensions (got %d)", K, s->n_cols);
  if (s->n_rows < 0 || (s->n_rows > 0 && !s->rows))
    return kj_fail(err, KJ_DATA, "chart %s: %d rows but no row array", K, s->n_rows);
  if (!isfinite(s->d_max) || !isfinite(s->alpha) || !isfinite(s->efek_min))
    return kj_fail(err, KJ_DATA, "chart %s: d_max, alpha and efek_min must be finite", K);
  for (int j = 0; j < s->n_cols; j++)
    if (!s->cols[j] || !*s->cols[j])
      return kj_fail(err, KJ_DATA, "chart %s: dimension %d has no name", K, j + 1);
  for (int i = 0; i < s->n_rows; i++) {
    const kj_heatmap_row *r = &s->rows[i];
    if ((st = kj_check_name(err, K, i, r->name)) != KJ_OK) return st;
    if ((st = kj_check_n(err, K, i, r->name, r->n)) != KJ_OK) return st;
    if (r->insufficient) continue;
    if (!r->d)
      return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): no d values", K, i + 1, r->name);
    for (int j = 0; j < s->n_cols; j++) {
      double d = r->d[j];
      int lab = r->label ? r->label[j] : KJ_HEAT_SETARA;
      if (!kj_nan_or_finite(d))
        return kj_fail(err, KJ_DATA, "chart %s: row %d (%s), %s: d is infinite", K, i + 1, r->name,
                       s->cols[j]);
      if (lab < KJ_HEAT_SETARA || lab > KJ_HEAT_TIDAK_CUKUP)
        return kj_fail(err, KJ_DATA, "chart %s: row %d (%s), %s: unknown label %d", K, i + 1,
                       r->name, s->cols[j], lab);
      if ((lab == KJ_HEAT_KEKUATAN && !(d > 0)) || (lab == KJ_HEAT_KELEMAHAN && !(d < 0)))
        return kj_fail(err, KJ_DATA, "chart %s: row %d (%s), %s: label %s contradicts d = %g", K,
                       i + 1, r->name, s->cols[j],
                       lab == KJ_HEAT_KEKUATAN ? "KEKUATAN" : "KELEMAHAN", d);
    }
  }
  return KJ_OK;
}

typedef struct ctx {
  const kj_heatmap_spec *s;
  const int *order;
  double dmax;
  double label_w;
} ctx;

/* The colour scale: a gradient from -dmax to +dmax with ticks, then the marks. */
static double scale_legend(kj_canvas *c, const ctx *x, double y) {
  const kj_theme *th = c->th;
  const kj_heatmap_spec *s = x->s;
  char buf[256], a[32], e[32];
  kj_text lt = kj_style(th->size_label, th->ink);
  double h = kj_text_draw(c,
                          KJ_TR(c, "Cohen's d: OPD dibanding semua OPD lain",
                                "Cohen's d: OPD against all other OPD"),
                          &lt, th->margin, y, 0, 0) +
             3;
  kj_text tick = kj_style(th->size_tick, th->ink_soft);
  double gx = th->margin + 8, gw = 200, gh = 9; /* room for the "−1,0" under the left end */
  kj_text_draw(c, KJ_TR(c, "\xE2\x86\x90 lebih rendah", "\xE2\x86\x90 lower"), &tick, gx, y + h, 0,
               0);
  h += kj_text_draw(c, KJ_TR(c, "lebih tinggi \xE2\x86\x92", "higher \xE2\x86\x92"), &tick, gx + gw,
                    y + h, 1, 0) +
       1;
  for (int i = 0; i < 100; i++) {
    double d = -x->dmax + (i + 0.5) / 100 * 2 * x->dmax;
    kj_fill_rect(c, gx + i * gw / 100, y + h, gw / 100 + 0.3, gh, kj_theme_diverging(d, x->dmax));
  }
  for (int i = 0; i <= 4; i++) {
    double d = -x->dmax + i * x->dmax / 2, px = gx + i * gw / 4;
    kj_line(c, px, y + h + gh, px, y + h + gh + 2, th->line_thin, th->axis);
    kj_text_draw(c, kj_chart_num(buf, sizeof buf, d, 1, c->lang), &tick, px, y + h + gh + 2, 0.5,
                 0);
  }
  kj_legend_item it[4];
  int n = 0;
  it[n++] =
      (kj_legend_item){KJ_SW_GLYPH, th->ink, 0, "\xE2\x96\xB2", KJ_TR(c, "kekuatan", "strength")};
  it[n++] =
      (kj_legend_item){KJ_SW_GLYPH, th->ink, 0, "\xE2\x96\xBC", KJ_TR(c, "kelemahan", "weakness")};
  it[n++] = (kj_legend_item){KJ_SW_GLYPH, th->ink_soft, 0, "\xE2\x80\x93",
                             KJ_TR(c, "tidak ada data", "no data")};
  snprintf(buf, sizeof buf, "%s (n < %d)", KJ_TR(c, "data tidak cukup", "insufficient data"),
           s->min_kelompok);
  it[n++] = (kj_legend_item){KJ_SW_HATCH, th->muted_fill, 0, NULL, buf};
  double lx = gx + gw + 24, lw = c->w - th->margin - lx;
  double ly = y + h - th->size_label; /* the marks' legend level with the colour bar */
  double lh = kj_legend(c, it, n, lx, ly, lw);
  double used = fmax(h + gh + 2 + th->size_tick * 1.3, ly - y + lh);
  if (s->alpha > 0 && s->efek_min > 0) {
    kj_chart_num(a, sizeof a, s->alpha, 2, c->lang);
    kj_chart_num(e, sizeof e, s->efek_min, 1, c->lang);
    snprintf(
        buf, sizeof buf,
        KJ_TR(c,
              "Ditandai bila q < %s (Welch, koreksi Benjamini–Hochberg) dan |d| \xE2\x89\xA5 %s.",
              "Marked when q < %s (Welch, Benjamini–Hochberg adjusted) and |d| \xE2\x89\xA5 %s."),
        a, e);
    kj_text nt = kj_style(th->size_note, th->ink_soft);
    nt.width = lw;
    used = fmax(used, ly - y + lh + 3 + kj_text_draw(c, buf, &nt, lx, ly + lh + 3, 0, 0));
  }
  return used + th->gap;
}

static void cell(kj_canvas *c, const ctx *x, const kj_heatmap_row *r, int ri, int j, double cx,
                 double cy, double cw, double ch) {
  const kj_theme *th = c->th;
  char buf[64], num[48];
  double d = r->d[j];
  int lab = r->label ? r->label[j] : KJ_HEAT_SETARA;
  if (lab == KJ_HEAT_TIDAK_CUKUP) {
    kj_fill_rect(c, cx, cy, cw, ch, th->muted_fill);
    kj_hatch(c, cx, cy, cw, ch, th->muted_ink, 3);
    return;
  }
  kj_rgb fill = isnan(d) ? (kj_rgb){0.97, 0.97, 0.97} : kj_theme_diverging(d, x->dmax);
  kj_fill_rect(c, cx, cy, cw, ch, fill);
  /* a white rule between cells keeps neighbours of equal colour apart */
  cairo_set_dash(c->cr, NULL, 0, 0);
  cairo_set_line_width(c->cr, 1.0);
  cairo_set_source_rgb(c->cr, 1, 1, 1);
  cairo_rectangle(c->cr, cx, cy, cw, ch);
  cairo_stroke(c->cr);
  kj_text t = kj_style(th->size_cell, kj_theme_dark(fill) ? (kj_rgb){1, 1, 1} : th->ink);
  if (isnan(d)) {
    t.color = th->muted_ink;
    kj_text_draw(c, "\xE2\x80\x93", &t, cx + cw / 2, cy + ch / 2, 0.5, 0.5);
    return;
  }
  kj_chart_num(num, sizeof num, d, 2, c->lang);
  if (lab == KJ_HEAT_KEKUATAN || lab == KJ_HEAT_KELEMAHAN) {
    snprintf(buf, sizeof buf, "%s%s", lab == KJ_HEAT_KEKUATAN ? "\xE2\x96\xB2" : "\xE2\x96\xBC",
             num);
    t.bold = 1;
    cairo_set_dash(c->cr, NULL, 0, 0);
    cairo_set_line_width(c->cr, 1.4);
    kj_set_color(c, th->ink);
    cairo_rectangle(c->cr, cx + 1.2, cy + 1.2, cw - 2.4, ch - 2.4);
    cairo_stroke(c->cr);
    kj_rec_mark(c, lab == KJ_HEAT_KEKUATAN ? KJ_MARK_STRENGTH : KJ_MARK_WEAKNESS, ri, j, d);
  } else {
    snprintf(buf, sizeof buf, "%s", num);
  }
  kj_text_draw(c, buf, &t, cx + cw / 2, cy + ch / 2, 0.5, 0.5);
}

static double paint(kj_canvas *c, const void *vctx) {
  const ctx *x = vctx;
  const kj_heatmap_spec *s = x->s;
  const kj_theme *th = c->th;
  double inner = c->w - 2 * th->margin;
  char buf[128];
  double y = kj_frame_header(c);
  y += scale_legend(c, x, y);

  kj_text soft = kj_style(th->size_value, th->ink_soft);
  double n_w;
  kj_text_size(c, "00.000", &soft, &n_w, NULL);
  double gx0 = th->margin + x->label_w + th->pad, gx1 = th->margin + inner - n_w - th->pad * 2;
  double cw = fmin((gx1 - gx0) / s->n_cols, 1.6 * CELL_W); /* few columns: cells stay cells */
  gx1 = gx0 + cw * s->n_cols;
  /* dimension names, vertical, bottom-aligned on the grid */
  kj_text ht = kj_style(th->size_label, th->ink);
  ht.width = 120;
  ht.lines = 1;
  ht.angle = -M_PI / 2;
  double head_h = 0, w;
  for (int j = 0; j < s->n_cols; j++) {
    kj_text flat = ht;
    flat.angle = 0;
    kj_text_size(c, s->cols[j], &flat, &w, NULL);
    if (w > head_h) head_h = w;
  }
  y += head_h + 4;
  for (int j = 0; j < s->n_cols; j++)
    kj_text_draw(c, s->cols[j], &ht, gx0 + (j + 0.5) * cw, y - 3, 0, 0.5);
  kj_text_draw(c, "n", &soft, th->margin + inner, y - 3, 1, 1);

  if (s->n_rows == 0) {
    y += kj_message(c, KJ_TR(c, "Tidak ada data untuk ditampilkan.", "No data to show."),
                    th->margin, y, inner, kj_canvas_flex(c, 60, 40));
    return kj_frame_footer(c, y, NULL);
  }
  double plot_h = kj_canvas_flex(c, 17.0 * s->n_rows, 12.0 * s->n_rows);
  double ch = plot_h / s->n_rows;
  kj_text lab = kj_style(th->size_label, th->ink);
  lab.width = x->label_w;
  lab.lines = 1;
  for (int i = 0; i < s->n_rows; i++) {
    int ri = x->order[i];
    const kj_heatmap_row *r = &s->rows[ri];
    double cy = y + i * ch;
    lab.color = r->insufficient ? th->muted_ink : th->ink;
    kj_name_draw(c, r->name, r->short_name, &lab, th->margin, cy + ch / 2, 0.5);
    kj_fmt_num(buf, sizeof buf, (double)r->n, 0, c->lang);
    kj_text_draw(c, buf, &soft, th->margin + inner, cy + ch / 2, 1, 0.5);
    if (r->insufficient) {
      kj_fill_rect(c, gx0, cy, gx1 - gx0, ch, th->muted_fill);
      kj_hatch(c, gx0, cy, gx1 - gx0, ch, th->muted_ink, 4);
      kj_text it = kj_style(th->size_value, th->ink);
      it.italic = 1;
      it.halo = 1;
      kj_text_draw(c, KJ_TR(c, "data tidak cukup", "insufficient data"), &it, (gx0 + gx1) / 2,
                   cy + ch / 2, 0.5, 0.5);
      continue;
    }
    for (int j = 0; j < s->n_cols; j++) cell(c, x, r, ri, j, gx0 + j * cw, cy, cw, ch);
  }
  y += plot_h;
  char ntext[160], nbuf[96], opd[48];
  kj_fmt_n(c, nbuf, sizeof nbuf, s->n_total, "pegawai", "employees");
  kj_fmt_num(opd, sizeof opd, s->n_rows, 0, c->lang);
  snprintf(ntext, sizeof ntext, "%s, %s OPD", nbuf, opd);
  return kj_frame_footer(c, y, ntext);
}

kj_status kj_chart_heatmap(const kj_heatmap_spec *s, const kj_chart_out *o, kj_chart_result *res,
                           kj_error *err) {
  kj_canvas c;
  int *order = NULL;
  unsigned char *muted = NULL;
  ctx x = {s, NULL, 1.0, 0};
  kj_status st =
      kj_canvas_init(&c, o, res, "Kekuatan dan kelemahan OPD", "OPD strengths and weaknesses", err);
  if (st != KJ_OK || (st = kj_heatmap_validate(s, err)) != KJ_OK) goto out;
  x.dmax = s->d_max > 0 ? s->d_max : 1.0;
  /* labels take what the rows need, up to 190 pt; the page widens for the columns */
  kj_text lab = kj_style(c.th->size_label, c.th->ink);
  for (int i = 0; i < s->n_rows; i++) {
    double w;
    kj_text_size(&c, s->rows[i].name, &lab, &w, NULL);
    if (w > x.label_w) x.label_w = w;
  }
  x.label_w = fmin(fmax(x.label_w, 60), 190);
  if (o->width == 0) c.w = fmax(680, 2 * c.th->margin + x.label_w + 50 + s->n_cols * CELL_W);
  size_t n = s->n_rows > 0 ? (size_t)s->n_rows : 1;
  order = xcalloc(n, sizeof *order);
  muted = xcalloc(n, 1);
  for (int i = 0; i < s->n_rows; i++) muted[i] = s->rows[i].insufficient != 0;
  kj_order_rows(s->n_rows, NULL, muted, 0, order);
  x.order = order;
  kj_rec_rows(&c, s->n_rows, order, muted, NULL);
  st = kj_canvas_run(&c, paint, &x, err);
out:
  kj_canvas_free(&c, st);
  free(order);
  free(muted);
  return st;
}
