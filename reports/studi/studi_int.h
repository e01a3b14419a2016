/* studi_int.h — shared by the files of the study workbook (studi.c and one
 * studi_<sheet>.c per sheet or group of sheets); not part of the module's
 * interface (callers use studi.h). Builders have the shape st_build and
 * follow the conventions of the other workbooks: content errors are sticky
 * in the workbook, a builder returns a status only for what the workbook
 * cannot hold.
 */
#ifndef KJ_REPORTS_STUDI_INT_H
#define KJ_REPORTS_STUDI_INT_H

#include "reports/common/report_common.h"
#include "reports/studi/studi.h"
#include "reports/workbook/workbook.h"
#include "util/buf.h"

enum {
  ST_RINGKASAN,
  ST_SERI_OPD,
  ST_SERI_UNIT,
  ST_TREN,
  ST_YOY,
  ST_UJI,
  ST_KURVA,
  ST_SKM,
  ST_PENILAI,
  ST_METODOLOGI,
  ST_N
};

typedef struct st_ctx {
  const kj_study *s;
  const kj_analysis *last; /* the last year's run: names, parameters */
  kj_rep rep;              /* rep.r = last; pseudonyms over every year when anonymised */
  kj_lang lang;
  const kj_studi_opts *opts;
  kj_wb *wb;
  kj_wb_sheet *sheet[ST_N];
  const char *sheet_name[ST_N];
} st_ctx;

typedef kj_status (*st_build)(st_ctx *c, kj_wb_sheet *sh, kj_error *err);

kj_status st_ringkasan(st_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status st_seri_opd(st_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status st_seri_unit(st_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status st_tren(st_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status st_yoy(st_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status st_uji(st_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status st_kurva(st_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status st_skm(st_ctx *c, kj_wb_sheet *sh, kj_error *err);
kj_status st_penilai(st_ctx *c, kj_wb_sheet *sh, kj_error *err);

/* The appendix sheets (studi_lampiran.c): one per export table, years
 * stacked; added after the Metodologi sheet. */
kj_status st_lampiran(st_ctx *c, kj_error *err);

/* ---- helpers (studi.c) --------------------------------------------------- */

/* Title block with the study's subtitle ("Tahun 2023–2025 · ..." and extra,
 * may be NULL). Returns the next free row. */
int st_title(st_ctx *c, kj_wb_sheet *sh, const char *question, const char *extra, int ncols);
#define ST_DASH "\xE2\x80\x93"
/* "2023–2025" (or "2025" for one year) into out. */
const char *st_window(const st_ctx *c, char *out, size_t cap);
/* A kj_enum label, capitalised, into out. */
const char *st_label(const st_ctx *c, const kj_enum *e, int v, char *out, size_t cap);

#endif
