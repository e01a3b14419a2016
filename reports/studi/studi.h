/* studi.h — the multi-year study workbook (`kinerja report study`,
 * reports.md "Studi Evaluasi Tahunan") for the BKPSDM analysts who prepare
 * the annual evaluation: every year of the window side by side.
 *
 * Sheets, in order: Ringkasan (the city's figures per year), Seri OPD (IKP
 * and capaian per OPD and year, merged OPD under their successors), Seri
 * Unit (the same per unit, with each unit's merged predecessors), Tren
 * (slopes over the whole window), Tahun ke Tahun (year-over-year tests), Uji
 * Antar OPD (one-way ANOVA of IKP across OPD and the chi-square of predikat
 * across OPD, per year), Kepatuhan Kurva, SKM, Penilai, Metodologi, then one
 * appendix sheet per export table of analytics.md §12 ("Lampiran <name>"),
 * the years stacked with a tahun column; appendix sheets with many cells
 * are written in constant_memory mode (kj_wb_sheet_add_stream).
 *
 * Everything is laid out from one kj_study; nothing is computed here.
 * Evaluators are shown by NIP only (the study is not an OPD's own report);
 * with anonymize every NIP and name becomes a pseudonym numbered over all
 * years of the study. Ownership: everything is borrowed for the call; the
 * workbook is written to a temporary file next to path and renamed over it
 * only when complete.
 */
#ifndef KJ_REPORTS_STUDI_H
#define KJ_REPORTS_STUDI_H

#include "analysis/study.h"
#include "util/status.h"
#include "util/text.h"

typedef struct kj_studi_opts {
  kj_lang lang;         /* text of every sheet and chart */
  int anonymize;        /* 1: pseudonyms instead of names and NIPs of individuals */
  const char *perintah; /* the command line, for the Metodologi sheet; may be NULL */
  long stream_cells;    /* appendix sheets with more cells than this are written in
                           constant_memory mode; 0: KJ_STUDI_STREAM_CELLS */
} kj_studi_opts;

#define KJ_STUDI_STREAM_CELLS 50000L

/* Writes the study workbook of s to path. The creation date is the newest
 * record date of the study's years, so the same data and options give the
 * same bytes. Returns KJ_OK; KJ_IO when the file cannot be written (an
 * existing file at path is left as it was); KJ_INTERNAL for a bug in a sheet
 * builder. */
kj_status kj_studi_write(const kj_study *s, const kj_studi_opts *o, const char *path,
                         kj_error *err);

/* Number of fixed sheets (before the appendix) and the name of sheet i. */
int kj_studi_sheet_count(void);
const char *kj_studi_sheet_name(int i, kj_lang lang);

#endif
