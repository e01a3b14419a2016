/* bulanan_int.h — what the sheet files of the Pemantauan Bulanan workbook
 * share (bulanan.c, bulanan_ringkasan.c, bulanan_daftar.c,
 * bulanan_kendali.c); not part of the module's interface.
 */
#ifndef KJ_REPORTS_BULANAN_INT_H
#define KJ_REPORTS_BULANAN_INT_H

#include "reports/bulanan/bulanan.h"
#include "reports/common/report_common.h"

typedef struct bl_rep {
  const kj_bulanan *b;
  kj_rep rep;                    /* language, anonymisation, pseudonyms of every NIP shown */
  kj_lang lang;
  kj_wb *wb;
} bl_rep;

/* Title row and the subtitle "Bulan <P> · data sampai ... · Sumber ..."; returns the next row. */
int blr_title(bl_rep *c, kj_wb_sheet *sh, const char *question, int ncols);
/* "Juni 2025" for P. */
const char *blr_bulan(const bl_rep *c, const char *periode, char *out, size_t cap);
/* A long note as several note rows of at most ~150 bytes; returns the next row. */
int blr_note(kj_wb_sheet *sh, int row, const char *text);
/* The same in another overflowing format (KJ_WB_HEADING). */
int blr_lines(kj_wb_sheet *sh, int row, const char *text, kj_wb_fmt fmt);
/* A person's cell text: name (or "NIP ...") or pseudonym. */
const char *blr_person(const bl_rep *c, int64_t nip, const char *nama, char *out, size_t cap);

kj_status blr_ringkasan(bl_rep *c, kj_wb_sheet *sh, kj_error *err);  /* bulanan_ringkasan.c */
kj_status blr_belum(bl_rep *c, kj_wb_sheet *sh, kj_error *err);      /* bulanan_daftar.c */
kj_status blr_penilai(bl_rep *c, kj_wb_sheet *sh, kj_error *err);    /* bulanan_daftar.c */
kj_status blr_peringatan(bl_rep *c, kj_wb_sheet *sh, kj_error *err); /* bulanan_daftar.c */
kj_status blr_apresiasi(bl_rep *c, kj_wb_sheet *sh, kj_error *err);  /* bulanan_daftar.c */
kj_status blr_kendali(bl_rep *c, kj_wb_sheet *sh, kj_error *err);    /* bulanan_kendali.c */

#endif
