/* briefing_int.h — shared by the files of the briefing workbook
 * (briefing.c and one briefing_<sheet>.c per sheet); not part of the
 * module's interface (callers use briefing.h).
 *
 * Every sheet builder has the same shape, bf_build: it lays out its part of
 * the result on the sheet it is given. Content errors are sticky in the
 * workbook (workbook.h), so a builder writes its whole sheet and only
 * returns a status for what the workbook cannot hold (a chart that cannot
 * be drawn). The cairo charts are drawn once and inserted wherever a sheet
 * asks for them (bf_image).
 */
#ifndef KJ_REPORTS_BRIEFING_INT_H
#define KJ_REPORTS_BRIEFING_INT_H

#include "reports/briefing/briefing.h"
#include "reports/common/report_common.h"
#include "reports/workbook/workbook.h"

enum {
  BF_RINGKASAN,
  BF_PERINGKAT,
  BF_KK,
  BF_TREN,
  BF_DISTRIBUSI,
  BF_SKM,
  BF_PIMPINAN,
  BF_KESETARAAN,
  BF_TELADAN,
  BF_PEMBINAAN,
  BF_KUALITAS,
  BF_METODOLOGI,
  BF_N
};

/* The cairo charts the briefing embeds (src/figures builds their specs). */
typedef enum bf_fig {
  BF_FIG_PERINGKAT,  /* mean IKP per OPD with 95 % CI whiskers */
  BF_FIG_DISTRIBUSI, /* predikat shares per OPD with the required curve marked */
  BF_FIG_HEATMAP,    /* Cohen's d per OPD and dimension, labels in the cells */
  BF_FIG_TREN,       /* period means of the city (CI band) and selected OPD */
  BF_FIG_SEBARAN,    /* IKM against IKP per unit, flagged units labelled */
  BF_FIG_SKM,        /* the city's NRR per unsur with the grade thresholds */
  BF_FIG_KESETARAAN, /* adjusted fairness gaps with 95 % CI and the kesetaraan_min band */
  BF_FIG_N
} bf_fig;

typedef struct bf_png {
  int done;           /* 1: built (png may still be NULL: nothing to show) */
  unsigned char *png; /* 2x PNG bytes, owned */
  size_t len;
  int w_px, h_px; /* its size in pixels */
  char *alt;      /* the chart's title, owned */
  char *why;      /* why there is no chart, owned; NULL when drawn */
} bf_png;

typedef struct bf_ctx {
  kj_rep rep;           /* r, lang, anonymize, pseudonyms */
  const kj_analysis *r; /* = rep.r */
  kj_lang lang;         /* = rep.lang */
  kj_wb *wb;
  int *rank;    /* OPD indexes: ranked by IKP (figures first), then the rest by code */
  int n_ranked; /* OPD in rank[] with an IKP figure */
  const char *sheet_name[BF_N];
  bf_png png[BF_FIG_N]; /* drawn once, inserted wherever needed */
} bf_ctx;

typedef kj_status (*bf_build)(bf_ctx *c, kj_wb_sheet *sh, kj_error *err);

kj_status bf_ringkasan(bf_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status bf_peringkat(bf_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status bf_kk(bf_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status bf_tren(bf_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status bf_distribusi(bf_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status bf_skm(bf_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status bf_pimpinan(bf_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status bf_kesetaraan(bf_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status bf_teladan(bf_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status bf_pembinaan(bf_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status bf_kualitas(bf_ctx *c, kj_wb_sheet *sh, kj_error *err);

/* ---- key findings (briefing_temuan.c) ------------------------------------------ */

#define BF_TEMUAN_MAX 8

typedef struct bf_temuan {
  const char *topik; /* short topic for people ("Kekuatan", ...) */
  double angka;      /* the figure the sentence rests on, as the engine computed it */
  kj_wb_fmt fmt;     /* how that figure is shown */
  kj_buf kalimat;    /* the sentence (owned; the caller frees it with kj_buf_free) */
  int lembar;        /* BF_* sheet with the detail */
} bf_temuan;

/* The key findings of the year, most important first: at most
 * BF_TEMUAN_MAX, only those the data supports (a finding needs its figure).
 * Returns how many were written to out. */
int bf_temuan_list(const bf_ctx *c, bf_temuan *out);

/* Data bars on IKP means over the whole conversion scale (25 Sangat Kurang ..
 * 150 Sangat Baik): bars from the data's own minimum make 102 and 108 look
 * worlds apart. */
extern const kj_wb_cf bf_ikp_bars;

/* ---- helpers (briefing.c) ---------------------------------------------------- */

/* Writes the sheet's title block: the question, the common subtitle with
 * extra (may be NULL) after the year. Returns the next free row. */
int bf_title(bf_ctx *c, kj_wb_sheet *sh, const char *question, const char *extra, int ncols);
/* Tallest chart on a sheet, in sheet pixels, so that it stays on one printed
 * page: an A4 landscape page holds about 690 px at 100 %, and a sheet prints
 * fit to one page wide. A sheet about a page wide (Ringkasan) keeps ~750 px
 * per page, 680 leaving room for the heading above the first chart; sheets
 * with tables wider than a page print at 70 % or less and keep 1,000 px or
 * more. */
#define BF_PAGE_NARROW 680.0
#define BF_PAGE_WIDE 900.0

/* Inserts chart `which` at (row, 0), drawing it the first time it is asked
 * for, at most max_h pixels tall (BF_PAGE_*). When the data cannot support
 * the chart (no survey, ...) a note says why instead. Returns the next free
 * row; a chart the library rejects sets *st (and err) unless *st already
 * holds a failure. */
int bf_image(bf_ctx *c, kj_wb_sheet *sh, int row, bf_fig which, double max_h, kj_status *st,
             kj_error *err);
/* The association named nama ("skm_ikm_ikp", "apresiasi_ikp", ...), NULL
 * when the engine did not compute it. */
const kj_asosiasi *bf_assoc(const kj_analysis *r, const char *nama);
/* A table of the associations names[0..n) with their labels for people:
 * method, n, r with its 95 % CI, the difference (Welch rows), p, Spearman's
 * rho; absent associations are left out. Returns the next free row. */
int bf_assoc_table(bf_ctx *c, kj_wb_sheet *sh, int row, const char *const *names,
                   const char *const *labels, int n);

#endif
