/* import_xlsx.h — the native kinds read from an Excel workbook (data.md
 * "The native kinds in Excel"), for `kinerja import FILE.xlsx`; used by
 * import.c only.
 *
 * Every worksheet whose header row (the first among its first 20 non-empty
 * rows that holds all required columns of some kind) matches a kind is read
 * as that kind; sheets named `Petunjuk` or starting with `_` are skipped
 * silently, other sheets that match nothing get one warning, and a workbook
 * where no sheet matches is an error. Cells become the text the CSV rules
 * expect (import_xlsx.c says how), and messages are located as
 * FILE.xlsx:SHEET!CELL.
 */
#ifndef KJ_IMPORT_XLSX_H
#define KJ_IMPORT_XLSX_H

#include "ingest/kinds.h"

/* One sheet to load. */
typedef struct kj_xsheet {
  char *sheet;     /* owned */
  kj_kind kind;
  long header_row; /* 1-based Excel row of the header */
} kj_xsheet;

/* 1 when path is an .xlsx/.xlsm workbook (by extension, else by the zip
 * signature). */
int kj_xlsx_is_workbook(const char *path);

/* Pass 1: the sheets of the workbook and their kinds (forced: only that
 * kind is looked for). Problems are reported to L->diag (KJ_OK with *n 0);
 * KJ_IO when the file cannot be read. *out is freed with kj_xsheets_free. */
kj_status kj_xlsx_native_scan(kj_loader *L, const char *path, kj_kind forced, kj_xsheet **out,
                              int *n, kj_error *err);
void kj_xsheets_free(kj_xsheet *s, int n);

/* Pass 2: loads one sheet as kind d (L->file, L->res set by the caller),
 * then fills L->res->sha256 with the workbook's SHA-256. */
kj_status kj_xlsx_native_process(kj_loader *L, const kj_kind_def *d, const char *path,
                                 const kj_xsheet *xs, kj_error *err);

#endif
