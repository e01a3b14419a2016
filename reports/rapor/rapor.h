/* rapor.h — the per-OPD report workbook (`kinerja report opd`, reports.md
 * "Rapor OPD"): the questions of the briefing seen from one OPD, for its
 * head (kepala dinas).
 *
 * Sheets, in order: Ringkasan (the OPD next to the city, finding sentences,
 * predikat chart), Sub Unit, Profil BerAKHLAK (strengths and weaknesses, a
 * native radar chart OPD vs city, the profile chart with CIs), Tren, Distribusi
 * Predikat (curve compliance and the kurva chart), Indikator (lowest
 * capaian), Penilai (leniency, evaluators named), Teladan, Perlu Pembinaan,
 * Kepuasan Masyarakat, Kualitas Data, Metodologi (English names with
 * KJ_LANG_EN). Individuals are named — the workbook goes to the OPD's own
 * head — unless anonymised.
 *
 * Everything is laid out from one kj_analysis and its kj_opd_rinci; nothing
 * is computed here. Ownership: everything is borrowed for the call; the
 * workbook is written to a temporary file next to path and renamed over it
 * only when complete.
 */
#ifndef KJ_REPORTS_RAPOR_H
#define KJ_REPORTS_RAPOR_H

#include "analysis/study.h"
#include "util/status.h"
#include "util/text.h"

typedef struct kj_rapor_opts {
  kj_lang lang;         /* text of every sheet, chart and sentence */
  int anonymize;        /* 1: pseudonyms instead of names and NIPs of individuals */
  const char *perintah; /* the command line, for the Metodologi sheet; may be NULL */
} kj_rapor_opts;

/* Writes the Rapor OPD of OPD `opd` (0..r->n_opd-1) for r, with x computed
 * from the same r (kj_opd_rinci_new), to path. The creation date is r's
 * newest record date, so the same result and options give the same bytes.
 * Returns KJ_OK; KJ_INTERNAL for an OPD index out of range or an x of
 * another analysis (a bug); KJ_IO when the file cannot be written (an
 * existing file at path is left as it was); KJ_DATA when a chart cannot be
 * drawn from the result. */
kj_status kj_rapor_write(const kj_analysis *r, const kj_opd_rinci *x, int opd,
                         const kj_rapor_opts *o, const char *path, kj_error *err);

/* The file name of an OPD's workbook inside an output directory:
 * "rapor_<code>_<year>.xlsx" with the code made safe by kj_safe_filename
 * (only [A-Za-z0-9._-], so it can name no other directory). Caller frees. */
char *kj_rapor_file_name(const char *kode, int tahun);

/* Number of sheets and the name of sheet i in lang (for tests and help). */
int kj_rapor_sheet_count(void);
const char *kj_rapor_sheet_name(int i, kj_lang lang);

#endif
