/* rapor_int.h — shared by the files of the Rapor OPD workbook (rapor.c and
 * one rapor_<sheet>.c per sheet); not part of the module's interface
 * (callers use rapor.h).
 *
 * Every sheet builder has the same shape, rp_build: it lays out its part of
 * the OPD's results on the sheet it is given. Content errors are sticky in
 * the workbook (workbook.h), so a builder writes its whole sheet and only
 * returns a status for what the workbook cannot hold (a chart that cannot
 * be drawn).
 */
#ifndef KJ_REPORTS_RAPOR_INT_H
#define KJ_REPORTS_RAPOR_INT_H

#include "figures/figures.h"
#include "reports/rapor/rapor.h"
#include "reports/common/report_common.h"
#include "reports/workbook/workbook.h"
#include "util/buf.h"

enum {
  RP_RINGKASAN,
  RP_UNIT,
  RP_PROFIL,
  RP_TREN,
  RP_KURVA,
  RP_INDIKATOR,
  RP_PENILAI,
  RP_TELADAN,
  RP_PEMBINAAN,
  RP_SKM,
  RP_KUALITAS,
  RP_METODOLOGI,
  RP_N
};

typedef struct rp_ctx {
  kj_rep rep;            /* r, lang, anonymize, pseudonyms */
  const kj_analysis *r;  /* = rep.r */
  const kj_opd_rinci *x; /* sub-units of r */
  int o;                 /* the OPD */
  kj_lang lang;          /* = rep.lang */
  const kj_rapor_opts *opts;
  kj_wb *wb;
  kj_wb_sheet *sheet[RP_N];
  const char *sheet_name[RP_N];
  int rank;     /* the OPD's place by mean IKP among the OPD with a figure, 0 none */
  int n_ranked; /* OPD with an IKP figure */
  int rank_lo, rank_hi; /* its 95 % rank range (analytics.md §2), 0 when not ranked */
} rp_ctx;

typedef kj_status (*rp_build)(rp_ctx *c, kj_wb_sheet *sh, kj_error *err);

kj_status rp_ringkasan(rp_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status rp_unit(rp_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status rp_profil(rp_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status rp_tren(rp_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status rp_kurva(rp_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status rp_indikator(rp_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status rp_penilai(rp_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status rp_teladan(rp_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status rp_pembinaan(rp_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status rp_skm(rp_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status rp_kualitas(rp_ctx *c, kj_wb_sheet *sh, kj_error *err);

/* ---- finding sentences (rapor_temuan.c) ------------------------------------- */

#define RP_TEMUAN_MAX 10

typedef struct rp_temuan_item {
  const char *topik;  /* "Posisi", "Kekuatan", ... (static) */
  const char *lembar; /* the sheet with the detail (static) */
  kj_buf text;        /* one sentence, owned */
} rp_temuan_item;

typedef struct rp_temuan {
  int n;
  rp_temuan_item t[RP_TEMUAN_MAX];
} rp_temuan;

/* The findings of the OPD in sentences a kepala dinas understands without
 * statistics training, each resting on the figures of the sheet it names:
 * its position (IKP against the other OPD), strengths and weaknesses, the
 * required distribution, the trend and the year-over-year change, public
 * satisfaction, evaluators, and the role-model and coaching lists. */
void rp_temuan_build(const rp_ctx *c, rp_temuan *out);
void rp_temuan_free(rp_temuan *t); /* NULL-safe */

/* ---- helpers (rapor.c) ----------------------------------------------------- */

/* Title block: the question, then the common subtitle with the OPD's name
 * (and extra, may be NULL) after the year. Returns the next free row. */
int rp_title(rp_ctx *c, kj_wb_sheet *sh, const char *question, const char *extra, int ncols);
/* An en dash, for cells without a figure. */
#define RP_DASH "\xE2\x80\x93"
/* The OPD's short name (singkatan, else its name). */
const char *rp_short(const rp_ctx *c);
/* Name of unit u: its name, the code when the name is empty. */
const char *rp_unit_name(const kj_analysis *r, int u);
/* How employee-year i of r is named (name or pseudonym) and its NIP cell
 * text (18 digits or the pseudonym). */
const char *rp_person(const rp_ctx *c, size_t i, char *out, size_t cap);
const char *rp_nip(const rp_ctx *c, int64_t nip, char *out, size_t cap);
/* Draws figure f (built by a kj_fig_* function, which may have failed with
 * KJ_DATA: then a note says why) as a PNG at (row, col) at its natural size.
 * Returns the next free row. */
int rp_figure(rp_ctx *c, kj_wb_sheet *sh, int row, int col, kj_status built, kj_figure *f,
              const kj_error *why);
/* A short label of a kj_enum value, capitalised, into out. */
const char *rp_label(const rp_ctx *c, const kj_enum *e, int v, char *out, size_t cap);

#endif
