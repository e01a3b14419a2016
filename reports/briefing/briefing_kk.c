/* briefing_kk.c — the "Kekuatan & Kelemahan" sheet: in which dimensions
 * each OPD differs from the rest of the city (analytics.md §3).
 *
 * Three blocks: the heatmap of Cohen's d as cells (OPD × dimension, a
 * diverging colour scale centred on 0 and saturating at |d| = 1), the list
 * of the significant findings with their means, d, p and q, each with a
 * sentence in the measure's own unit, and the cairo heatmap that writes the
 * label (strength, weakness) in each cell. Dimensions without any data (SKM items where no
 * OPD was surveyed) are left out. OPD are in the ranking order of the
 * Peringkat OPD sheet.
 */
#include "reports/briefing/briefing_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "util/xalloc.h"

/* Dimensions with at least one applicable comparison. */
static int used_dims(const kj_analysis *r, int *dims) {
  int n = 0;
  for (int d = 0; d < KJ_DIMENSI_N; d++)
    for (int o = 0; o < r->n_opd; o++)
      if (r->kk[o * KJ_DIMENSI_N + d].ada) {
        dims[n++] = d;
        break;
      }
  return n;
}

/* The grid of d, with the OPD code and name first. */
static int grid(bf_ctx *c, kj_wb_sheet *sh, int row, const int *dims, int nd) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  int nc = 2 + nd;
  kj_column_def *defs = xcalloc((size_t)nc, sizeof *defs);
  kj_wb_col *cols = xcalloc((size_t)nc, sizeof *cols);
  defs[0] = (kj_column_def){"kode_opd", KJ_COL_TEXT};
  defs[1] = (kj_column_def){"opd", KJ_COL_TEXT};
  cols[0] = (kj_wb_col){KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL};
  cols[1] = (kj_wb_col){"OPD", KJ_WB_TEXT, 0, NULL, NULL};
  const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING, .bounds = 1, .lo = -1, .hi = 1};
  for (int j = 0; j < nd; j++) {
    defs[2 + j] = (kj_column_def){kj_dimensi_name(dims[j]), KJ_COL_REAL};
    cols[2 + j] = (kj_wb_col){kj_dimensi_label(dims[j], l), KJ_WB_DEC2, 11, &div, NULL};
  }
  kj_table *t = kj_table_new("d", nc, defs);
  for (int i = 0; i < r->n_opd; i++) {
    int o = c->rank[i];
    size_t k = kj_table_add_row(t);
    kj_table_set_text(t, k, 0, r->opd[o].kode);
    kj_table_set_text(t, k, 1, kj_rep_opd_name(r, o));
    for (int j = 0; j < nd; j++) {
      const kj_kk *x = &r->kk[o * KJ_DIMENSI_N + dims[j]];
      if (x->ada) kj_table_set_real(t, k, 2 + j, x->d);
    }
  }
  kj_wb_table_opts o = {.cols = cols, .native = 0};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  free(defs);
  free(cols);
  return row;
}

typedef struct hit {
  int o, d;
  const kj_kk *k;
} hit;

static int cmp_hit(const void *a, const void *b) {
  const hit *x = a, *y = b;
  if (x->k->label != y->k->label) return x->k->label < y->k->label ? -1 : 1;
  double ax = fabs(x->k->d), ay = fabs(y->k->d);
  if (ax != ay) return ax > ay ? -1 : 1;
  if (x->o != y->o) return x->o < y->o ? -1 : 1;
  return (x->d > y->d) - (x->d < y->d);
}

/* The sentence sits in the column of the grid's OPD names (column 1), so the
 * narrow d columns of the grid above stay narrow. */
enum { F_KODE, F_KALIMAT, F_DIM, F_LABEL, F_N, F_MEAN, F_LAIN, F_SELISIH, F_D, F_P, F_Q, F_NCOL };

static int findings(bf_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  hit *h = xcalloc((size_t)r->n_opd * KJ_DIMENSI_N + 1, sizeof *h);
  size_t nh = 0;
  for (int o = 0; o < r->n_opd; o++)
    for (int d = 0; d < KJ_DIMENSI_N; d++) {
      const kj_kk *k = &r->kk[o * KJ_DIMENSI_N + d];
      if (k->ada && (k->label == KJ_KK_KEKUATAN || k->label == KJ_KK_KELEMAHAN))
        h[nh++] = (hit){o, d, k};
    }
  qsort(h, nh, sizeof *h, cmp_hit);
  static const kj_column_def defs[F_NCOL] = {
      {"kode_opd", KJ_COL_TEXT},  {"kalimat", KJ_COL_TEXT}, {"dimensi", KJ_COL_TEXT},
      {"label", KJ_COL_TEXT},     {"n", KJ_COL_INT},        {"mean_opd", KJ_COL_REAL},
      {"mean_lain", KJ_COL_REAL}, {"selisih", KJ_COL_REAL}, {"d", KJ_COL_REAL},
      {"p", KJ_COL_REAL},         {"q", KJ_COL_REAL}};
  kj_table *t = kj_table_new("temuan_kk", F_NCOL, defs);
  char lab[64], a[64];
  for (size_t i = 0; i < nh; i++) {
    const kj_kk *k = h[i].k;
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, F_KODE, r->opd[h[i].o].kode);
    kj_table_set_text(t, x, F_DIM, kj_dimensi_label(h[i].d, l));
    kj_table_set_text(t, x, F_LABEL, kj_rep_label(&kj_enum_kk, k->label, l, lab, sizeof lab));
    kj_table_set_int(t, x, F_N, k->n);
    kj_table_set_real(t, x, F_MEAN, k->mean_opd);
    kj_table_set_real(t, x, F_LAIN, k->mean_lain);
    kj_table_set_real(t, x, F_SELISIH, k->mean_opd - k->mean_lain);
    kj_table_set_real(t, x, F_D, k->d);
    kj_table_set_real(t, x, F_P, k->p);
    kj_table_set_real(t, x, F_Q, k->q);
    char s[400];
    snprintf(
        s, sizeof s,
        KJ_T(l, "%s: %s %s dibanding OPD lain (%s).", "%s: %s %s compared with other OPD (%s)."),
        kj_rep_opd_short(r, h[i].o), kj_rep_signed(a, sizeof a, k->mean_opd - k->mean_lain, 2, l),
        kj_dimensi_unit(h[i].d, l), kj_dimensi_label(h[i].d, l));
    kj_table_set_text(t, x, F_KALIMAT, s);
  }
  free(h);
  char good[48], bad[48];
  kj_rep_label(&kj_enum_kk, KJ_KK_KEKUATAN, l, good, sizeof good);
  kj_rep_label(&kj_enum_kk, KJ_KK_KELEMAHAN, l, bad, sizeof bad);
  const kj_wb_cf lights = {.kind = KJ_WB_CF_TRAFFIC_TEXT, .good = good, .bad = bad};
  const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING, .bounds = 1, .lo = -1, .hi = 1};
  const kj_wb_col cols[F_NCOL] = {
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Artinya", "In words"), KJ_WB_WRAP, 0, NULL, NULL},
      {KJ_T(l, "Dimensi", "Dimension"), KJ_WB_WRAP, 0, NULL, NULL},
      {KJ_T(l, "Temuan", "Finding"), KJ_WB_TEXT, 0, &lights, NULL},
      {"n", KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Rata-rata OPD", "OPD mean"), KJ_WB_DEC2, 0, NULL, NULL},
      {KJ_T(l, "Rata-rata OPD lain", "Other OPD mean"), KJ_WB_DEC2, 0, NULL, NULL},
      {KJ_T(l, "Selisih", "Difference"), KJ_WB_DEC2, 0, NULL, NULL},
      {"Cohen's d", KJ_WB_DEC2, 0, &div, NULL},
      {"p", KJ_WB_PVAL, 0, NULL, NULL},
      {"q (BH)", KJ_WB_PVAL, 0, NULL, NULL}};
  char note[400];
  snprintf(note, sizeof note,
           KJ_T(l,
                "Hanya temuan bermakna: q < %s (p dikoreksi Benjamini\xE2\x80\x93Hochberg atas "
                "semua uji tahun ini) dan |d| \xE2\x89\xA5 %s. n = pegawai OPD (unsur SKM: "
                "responden).",
                "Significant findings only: q < %s (p adjusted with Benjamini\xE2\x80\x93Hochberg "
                "over all tests of the year) and |d| \xE2\x89\xA5 %s. n = OPD employees (SKM "
                "items: respondents)."),
           kj_fmt_num_plain(a, sizeof a, r->params.alpha, 2, l),
           kj_fmt_num_plain(lab, sizeof lab, r->params.efek_min, 1, l));
  kj_wb_table_opts o = {.cols = cols, .native = 1, .note = note};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

kj_status bf_kk(bf_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  kj_status st = KJ_OK;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  int dims[KJ_DIMENSI_N];
  int nd = used_dims(r, dims);
  char q[200];
  snprintf(q, sizeof q,
           KJ_T(l, "Di bidang apa setiap OPD lebih kuat atau lebih lemah dari OPD lain (%d)?",
                "In which dimensions is each OPD stronger or weaker than the others (%d)?"),
           r->tahun);
  int row = bf_title(c, sh, q, NULL, 2 + nd);
  row = kj_rep_heading(
      sh, row,
      KJ_T(l,
           "Peta panas: Cohen's d OPD dibanding OPD lain (biru = lebih tinggi, merah "
           "= lebih rendah)",
           "Heatmap: Cohen's d of each OPD against the other OPD (blue = higher, red = "
           "lower)"));
  row = grid(c, sh, row, dims, nd);
  row =
      kj_rep_note(sh, row,
                  KJ_T(l,
                       "d = selisih rata-rata dalam satuan simpangan baku: sekitar 0,2 kecil, 0,5 "
                       "sedang, 0,8 besar. Sel kosong: data tidak cukup atau tidak ada survei.",
                       "d = difference of means in standard deviations: about 0.2 small, 0.5 "
                       "medium, 0.8 large. Empty cell: not enough data or no survey."));
  row = kj_rep_heading(sh, row + 1, KJ_T(l, "Temuan yang bermakna", "Significant findings"));
  row = findings(c, sh, row);
  row = kj_rep_heading(sh, row, KJ_T(l, "Peta panas dengan label", "Heatmap with labels"));
  bf_image(c, sh, row, BF_FIG_HEATMAP, BF_PAGE_WIDE, &st, err);
  return st;
}
