/* briefing_tren.c — the "Tren" sheet: how IKP moved over the trend window
 * (analytics.md §4).
 *
 * The mean IKP of the city and of every OPD per period (a row per OPD and
 * year, a column per month, so a three-year monthly window stays one page
 * wide under one header), the slope table with
 * the year-over-year comparison, a native line chart of the city, the top
 * and bottom OPD and every OPD whose trend is significant (a falling OPD is
 * never hidden) with its data as a small period × series table, and the
 * cairo trend chart with the city's 95 % CI band. Periods where an OPD had
 * fewer than min_kelompok employees rated are blank.
 */
#include "reports/briefing/briefing_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

/* The sheet's view of the result: the briefing context and the periods of
 * the window that have IKP data (semester periods carry only BerAKHLAK
 * scores and would be empty columns). */
typedef struct tr_ctx {
  bf_ctx *bf;
  const kj_analysis *r;
  kj_lang lang;
  const int *rank;
  int n_ranked;
  int *per, n_per; /* indexes into r->periode */
} tr_ctx;

#define MAX_LINES 7 /* series on the chart: the city and at most six OPD */

static const kj_tren_titik *titik(const kj_analysis *r, int o, int j) {
  return &r->titik[((size_t)o * KJ_UKURAN_N + KJ_UK_IKP) * (size_t)r->n_periode + (size_t)j];
}

static const kj_tren *tren_of(const kj_analysis *r, int o) {
  return &r->tren[o * KJ_UKURAN_N + KJ_UK_IKP];
}

/* Rows of the grid: the city, then the OPD in ranking order. */
static int grid_opd(const tr_ctx *c, int i) { return i == 0 ? KJ_KOTA(c->r) : c->rank[i - 1]; }

#define NUM_WIDTH 9 /* width of the number columns, characters */

/* The grid: one row per OPD and year (the city first, then the OPD in
 * ranking order, each with its years), one column per period within a year
 * ("01".."12" for months, "Q1".."Q4", "S1", "S2"), so a monthly window of
 * any length prints one page wide under a single, always correct header. */
static int grid(tr_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  /* distinct years and within-year period suffixes, both ascending */
  char(*suf)[8] = xcalloc((size_t)c->n_per + 1, sizeof *suf);
  int *year = xcalloc((size_t)c->n_per + 1, sizeof *year);
  int ns = 0, ny = 0;
  for (int j = 0; j < c->n_per; j++) {
    const char *per = r->periode[c->per[j]];
    int y = (int)strtol(per, NULL, 10);
    if (ny == 0 || year[ny - 1] != y) year[ny++] = y;
    const char *tail = strlen(per) > 5 ? per + 5 : "";
    int k = 0;
    while (k < ns && strcmp(suf[k], tail) < 0) k++;
    if (k < ns && strcmp(suf[k], tail) == 0) continue;
    memmove(suf[k + 1], suf[k], (size_t)(ns - k) * sizeof *suf);
    snprintf(suf[k], sizeof suf[k], "%s", tail);
    ns++;
  }
  static const char *const mon_id[] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                       "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
  static const char *const mon_en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int nc = 3 + ns;
  kj_column_def *defs = xcalloc((size_t)nc, sizeof *defs);
  kj_wb_col *cols = xcalloc((size_t)nc, sizeof *cols);
  defs[0] = (kj_column_def){"kode_opd", KJ_COL_TEXT};
  defs[1] = (kj_column_def){"opd", KJ_COL_TEXT};
  defs[2] = (kj_column_def){"tahun", KJ_COL_INT};
  cols[0] = (kj_wb_col){KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL};
  cols[1] = (kj_wb_col){"OPD", KJ_WB_TEXT, 0, NULL, NULL};
  cols[2] = (kj_wb_col){KJ_T(l, "Tahun", "Year"), KJ_WB_TEXT, NUM_WIDTH, NULL, NULL};
  static const kj_wb_cf scale = {.kind = KJ_WB_CF_SEQUENTIAL};
  for (int k = 0; k < ns; k++) {
    int m = (int)strtol(suf[k], NULL, 10);
    defs[3 + k] = (kj_column_def){suf[k], KJ_COL_REAL};
    const char *const *mon = l == KJ_LANG_EN ? mon_en : mon_id;
    cols[3 + k] =
        (kj_wb_col){m >= 1 && m <= 12 ? mon[m - 1] : suf[k], KJ_WB_DEC1, NUM_WIDTH, &scale, NULL};
  }
  kj_table *t = kj_table_new("tren_periode", nc, defs);
  for (int i = 0; i <= r->n_opd; i++) {
    int o = grid_opd(c, i);
    for (int yi = 0; yi < ny; yi++) {
      size_t x = kj_table_add_row(t);
      kj_table_set_text(t, x, 0, c->bf->r->opd[o].kode);
      kj_table_set_text(t, x, 1, kj_rep_opd_name(r, o));
      kj_table_set_int(t, x, 2, year[yi]);
      for (int j = 0; j < c->n_per; j++) {
        const char *per = r->periode[c->per[j]];
        if ((int)strtol(per, NULL, 10) != year[yi]) continue;
        for (int k = 0; k < ns; k++)
          if (strcmp(suf[k], strlen(per) > 5 ? per + 5 : "") == 0)
            kj_table_set_real(t, x, 3 + k, titik(r, o, c->per[j])->mean);
      }
    }
  }
  kj_wb_table_opts o = {.cols = cols, .native = 0};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  free(defs);
  free(cols);
  free(suf);
  free(year);
  return row;
}

/* The grid rows drawn as lines: the city, the top and the bottom OPD, then
 * OPD with a significant trend, falling first. */
static int pick_lines(const tr_ctx *c, int *rows) {
  const kj_analysis *r = c->r;
  int n = 0;
  rows[n++] = 0;
  if (c->n_ranked > 0) rows[n++] = 1;
  if (c->n_ranked > 1) rows[n++] = c->n_ranked;
  for (int want = 0; want < 2; want++) {
    kj_tren_label lab = want == 0 ? KJ_TREN_TURUN : KJ_TREN_NAIK;
    for (int i = 1; i <= r->n_opd && n < MAX_LINES; i++) {
      if (tren_of(r, grid_opd(c, i))->label != lab) continue;
      int dup = 0;
      for (int k = 0; k < n; k++) dup |= rows[k] == i;
      if (!dup) rows[n++] = i;
    }
  }
  return n;
}

/* The chart's data (period × series, the series as columns) and the native
 * line chart drawn from it. */
static int chart(tr_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  int rows[MAX_LINES], n = pick_lines(c, rows), np = c->n_per;
  kj_column_def defs[1 + MAX_LINES];
  kj_wb_col cols[1 + MAX_LINES];
  char names[MAX_LINES][160], keys[MAX_LINES][40];
  defs[0] = (kj_column_def){"periode", KJ_COL_TEXT};
  cols[0] = (kj_wb_col){KJ_T(l, "Periode", "Period"), KJ_WB_TEXT, 0, NULL, NULL};
  for (int k = 0; k < n; k++) {
    int o = grid_opd(c, rows[k]);
    snprintf(names[k], sizeof names[k], "%s (%s)", kj_rep_opd_short(r, o),
             kj_enum_label(&kj_enum_tren, tren_of(r, o)->label, l));
    snprintf(keys[k], sizeof keys[k], "%s", c->bf->r->opd[o].kode);
    defs[1 + k] = (kj_column_def){keys[k], KJ_COL_REAL};
    cols[1 + k] = (kj_wb_col){names[k], KJ_WB_DEC1, NUM_WIDTH, NULL, NULL};
  }
  kj_table *t = kj_table_new("grafik_tren", 1 + n, defs);
  for (int j = 0; j < np; j++) {
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, 0, r->periode[c->per[j]]);
    for (int k = 0; k < n; k++)
      kj_table_set_real(t, x, 1 + k, titik(r, grid_opd(c, rows[k]), c->per[j])->mean);
  }
  /* the table starts in column 1, whose width the OPD names already set */
  int hdr = row;
  kj_wb_table_opts o = {.cols = cols, .native = 1};
  row = kj_wb_table(sh, row, 1, t, &o);
  kj_table_free(t);
  kj_wb_series s[MAX_LINES];
  for (int k = 0; k < n; k++)
    s[k] = (kj_wb_series){.name = names[k],
                          .cats = {hdr + 1, 1, hdr + np, 1},
                          .vals = {hdr + 1, 2 + k, hdr + np, 2 + k}};
  char title[200];
  snprintf(
      title, sizeof title,
      KJ_T(
          l,
          "IKP rata-rata per periode, %d\xE2\x80\x93%d: kota, OPD teratas dan terbawah, tren nyata",
          "Mean IKP per period, %d\xE2\x80\x93%d: city, top and bottom OPD, significant trends"),
      r->dari, r->sampai);
  kj_wb_chart_spec ch = {.kind = KJ_WB_CHART_LINE,
                         .title = title,
                         .x_title = KJ_T(l, "Periode", "Period"),
                         .y_title = KJ_T(l, "IKP rata-rata", "Mean IKP"),
                         .nseries = n,
                         .series = s,
                         .width = 960,
                         .height = 420};
  return kj_wb_chart(sh, row, 0, &ch);
}

enum {
  S_KODE,
  S_OPD,
  S_K,
  S_DARI,
  S_SAMPAI,
  S_SLOPE,
  S_LO,
  S_HI,
  S_P,
  S_LABEL,
  S_SEBELUM,
  S_MEAN,
  S_SELISIH,
  S_YP,
  S_YLABEL,
  S_NCOL
};

static int slopes(tr_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[S_NCOL] = {
      {"kode_opd", KJ_COL_TEXT}, {"opd", KJ_COL_TEXT},          {"k", KJ_COL_INT},
      {"dari", KJ_COL_TEXT},     {"sampai", KJ_COL_TEXT},       {"slope_per_tahun", KJ_COL_REAL},
      {"ci_low", KJ_COL_REAL},   {"ci_high", KJ_COL_REAL},      {"p", KJ_COL_REAL},
      {"label", KJ_COL_TEXT},    {"mean_sebelum", KJ_COL_REAL}, {"mean", KJ_COL_REAL},
      {"selisih", KJ_COL_REAL},  {"yoy_p", KJ_COL_REAL},        {"yoy_label", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("tren", S_NCOL, defs);
  char lab[64];
  for (int i = 0; i <= r->n_opd; i++) {
    int o = grid_opd(c, i);
    const kj_tren *tr = tren_of(r, o);
    const kj_yoy *y = &r->yoy[o * KJ_UKURAN_N + KJ_UK_IKP];
    size_t k = kj_table_add_row(t);
    kj_table_set_text(t, k, S_KODE, c->bf->r->opd[o].kode);
    kj_table_set_text(t, k, S_OPD, kj_rep_opd_name(r, o));
    kj_table_set_int(t, k, S_K, tr->k);
    if (tr->k) {
      kj_table_set_text(t, k, S_DARI, tr->dari);
      kj_table_set_text(t, k, S_SAMPAI, tr->sampai);
    }
    kj_table_set_real(t, k, S_SLOPE, tr->slope_per_tahun);
    kj_table_set_real(t, k, S_LO, tr->ci_low);
    kj_table_set_real(t, k, S_HI, tr->ci_high);
    kj_table_set_real(t, k, S_P, tr->p);
    kj_table_set_text(t, k, S_LABEL, kj_rep_label(&kj_enum_tren, tr->label, l, lab, sizeof lab));
    kj_table_set_real(t, k, S_SEBELUM, y->mean_sebelum);
    kj_table_set_real(t, k, S_MEAN, y->mean);
    kj_table_set_real(t, k, S_SELISIH, y->selisih);
    kj_table_set_real(t, k, S_YP, y->p);
    kj_table_set_text(t, k, S_YLABEL, kj_rep_label(&kj_enum_yoy, y->label, l, lab, sizeof lab));
  }
  kj_rep_arrows tren_arrows, yoy_arrows;
  kj_rep_arrows_tren(l, &tren_arrows);
  kj_rep_arrows_yoy(l, &yoy_arrows);
  const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING};
  const char *dash = "\xE2\x80\x93";
  const kj_wb_col cols[S_NCOL] = {
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Periode (k)", "Periods (k)"), KJ_WB_INT, NUM_WIDTH, NULL, NULL},
      {KJ_T(l, "Dari", "From"), KJ_WB_TEXT, NUM_WIDTH, NULL, dash},
      {KJ_T(l, "Sampai", "To"), KJ_WB_TEXT, NUM_WIDTH, NULL, dash},
      {KJ_T(l, "Perubahan per tahun (poin IKP)", "Change per year (IKP points)"), KJ_WB_DEC2,
       NUM_WIDTH, &div, NULL},
      {KJ_T(l, "IK 95 % bawah", "95% CI low"), KJ_WB_DEC2, NUM_WIDTH, NULL, NULL},
      {KJ_T(l, "IK 95 % atas", "95% CI high"), KJ_WB_DEC2, NUM_WIDTH, NULL, NULL},
      {"p", KJ_WB_PVAL, NUM_WIDTH, NULL, NULL},
      {KJ_T(l, "Tren", "Trend"), KJ_WB_TEXT, NUM_WIDTH + 2, &tren_arrows.cf, NULL},
      {KJ_T(l, "IKP tahun lalu", "IKP last year"), KJ_WB_DEC1, NUM_WIDTH, NULL, NULL},
      {KJ_T(l, "IKP tahun ini", "IKP this year"), KJ_WB_DEC1, NUM_WIDTH, NULL, NULL},
      {KJ_T(l, "Selisih", "Difference"), KJ_WB_DEC1, NUM_WIDTH, &div, NULL},
      {KJ_T(l, "p (tahun ke tahun)", "p (year over year)"), KJ_WB_PVAL, NUM_WIDTH, NULL, NULL},
      {KJ_T(l, "Dibanding tahun lalu", "Versus last year"), KJ_WB_TEXT, 15, &yoy_arrows.cf, NULL}};
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 1,
      .note = KJ_T(l,
                   "Perubahan per tahun = kemiringan garis lurus melalui rata-rata per periode "
                   "(galat baku Newey-West). Naik/Turun bila q < alpha setelah koreksi "
                   "Benjamini-Hochberg atas semua tren, perubahan minimal tren_min per tahun, dan "
                   ">= 12 titik. Dibanding tahun lalu: uji Welch, koreksi BH atas semua OPD dan "
                   "ukuran, perubahan minimal tren_min (alat bantu keputusan).",
                   "Change per year = slope of the straight line through the period means "
                   "(Newey-West standard error). Rising/Falling when q < alpha after "
                   "Benjamini-Hochberg over every trend, a change of at least tren_min a year, "
                   "and >= 12 points. Versus last year: Welch test, BH over every OPD and "
                   "measure, a change of at least tren_min (a decision aid).")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

/* The periods of the window with IKP data for the city or some OPD. */
static void ikp_periods(tr_ctx *c) {
  const kj_analysis *r = c->r;
  c->per = xcalloc((size_t)r->n_periode + 1, sizeof *c->per);
  c->n_per = 0;
  for (int j = 0; j < r->n_periode; j++)
    for (int o = 0; o <= r->n_opd; o++)
      if (titik(r, o, j)->n > 0) {
        c->per[c->n_per++] = j;
        break;
      }
}

kj_status bf_tren(bf_ctx *bf, kj_wb_sheet *sh, kj_error *err) {
  tr_ctx ctx = {bf, bf->r, bf->lang, bf->rank, bf->n_ranked, NULL, 0}, *c = &ctx;
  ikp_periods(c);
  kj_status st = KJ_OK;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  char q[200], extra[80];
  snprintf(q, sizeof q,
           KJ_T(l, "Bagaimana IKP bergerak dari periode ke periode, %d\xE2\x80\x93%d?",
                "How did IKP move from period to period, %d\xE2\x80\x93%d?"),
           r->dari, r->sampai);
  snprintf(extra, sizeof extra,
           KJ_T(l, "jendela tren %d\xE2\x80\x93%d", "trend window %d\xE2\x80\x93%d"), r->dari,
           r->sampai);
  int row = bf_title(c->bf, sh, q, extra, 14);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "IKP rata-rata per periode (kosong: data tidak cukup)",
                            "Mean IKP per period (blank: not enough data)"));
  row = grid(c, sh, row);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Kemiringan tren dan perbandingan dengan tahun lalu",
                            "Trend slopes and comparison with last year"));
  row = slopes(c, sh, row);
  if (c->n_per > 0) {
    row = kj_rep_heading(sh, row,
                         KJ_T(l, "Garis tren: kota, OPD teratas dan terbawah, tren nyata",
                              "Trend lines: city, top and bottom OPD, significant trends"));
    row = chart(c, sh, row);
  }
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Tren kota dengan rentang ketidakpastian (IK 95 %)",
                            "City trend with its uncertainty band (95% CI)"));
  bf_image(c->bf, sh, row, BF_FIG_TREN, BF_PAGE_WIDE, &st, err);
  free(c->per);
  return st;
}
