/* briefing.h — the leadership briefing workbook (`kinerja report
 * briefing`, reports.md "Briefing Pimpinan"): the city-level picture of year
 * Y for the Wali Kota, the Sekda and the heads of OPD.
 *
 * Sheets, in order: Ringkasan, Peringkat OPD, Kekuatan & Kelemahan, Tren,
 * Distribusi Predikat, Kepuasan Masyarakat, Peran Pimpinan, Teladan, Perlu
 * Pembinaan, Kualitas Data, Metodologi (English names with KJ_LANG_EN).
 * Every sheet is laid out from one kj_analysis; nothing is computed here.
 *
 * Ownership: everything is borrowed for the call; the workbook is written
 * to a temporary file next to path and renamed over it only when complete.
 */
#ifndef KJ_REPORTS_BRIEFING_H
#define KJ_REPORTS_BRIEFING_H

#include "analysis/analysis.h"
#include "util/status.h"
#include "util/text.h"

typedef struct kj_briefing_opts {
  kj_lang lang;         /* text of every sheet, chart and sentence */
  int anonymize;        /* 1: pseudonyms instead of names and NIPs of individuals */
  const char *perintah; /* the command line, for the Metodologi sheet; may be NULL */
} kj_briefing_opts;

/* Writes the briefing for r to path (an .xlsx file). The creation date is
 * r's newest record date, so the same result and options give the same
 * bytes. Returns KJ_OK; KJ_IO when the file cannot be written (an existing
 * file at path is left as it was); KJ_DATA when a chart cannot be drawn
 * from the result; KJ_INTERNAL for a bug in a sheet builder. */
kj_status kj_briefing_write(const kj_analysis *r, const kj_briefing_opts *o, const char *path,
                            kj_error *err);

/* Number of sheets and the name of sheet i in lang (for tests and help). */
int kj_briefing_sheet_count(void);
const char *kj_briefing_sheet_name(int i, kj_lang lang);

#endif
