/* bulanan.h — the Pemantauan Bulanan workbook (reports.md, `kinerja report
 * bulanan`): one month P at city level, from a kj_bulanan (analysis/bulanan.h).
 * Sheets: Ringkasan, Belum Dinilai, Penilai, Kendali, Peringatan Dini,
 * Apresiasi, Metodologi. Also the five most urgent actions as sentences,
 * shared by the Ringkasan sheet and the terminal summary.
 */
#ifndef KJ_REPORTS_BULANAN_H
#define KJ_REPORTS_BULANAN_H

#include "analysis/bulanan.h"
#include "util/status.h"
#include "util/text.h"

typedef struct kj_bulanan_opts {
  kj_lang lang;
  int anonymize;          /* pseudonyms for every employee and evaluator, no NIP */
  const char *perintah;   /* command line for the Metodologi sheet, or NULL */
} kj_bulanan_opts;

/* Writes the workbook to path (temporary file, renamed when complete). */
kj_status kj_bulanan_write(const kj_bulanan *b, const kj_bulanan_opts *o, const char *path,
                           kj_error *err);

#define KJ_BL_AKSI_MAX 5

/* Up to five actions, most urgent first, as sentences in lang (owned by the
 * caller: free each). anonymize: no name or NIP of an individual. Returns
 * how many. */
int kj_bulanan_actions(const kj_bulanan *b, kj_lang lang, int anonymize,
                       char *out[KJ_BL_AKSI_MAX]);

#endif
