/* xlsx.c — opening and closing an .xlsx worksheet reader (see xlsx.h).
 *
 * First stage of the e-Kinerja import (issue 7): BKN's "Laporan Penilaian
 * SKP" arrives as .xlsx and Debian packages no xlsx reading library, so this
 * small reader sits on minizip (the zip) and expat (the XML). Opening does
 * all the random-access work — workbook, relationships, styles, shared
 * strings — and leaves the worksheet entry open for kj_xlsx_next
 * (xlsx_sheet.c) to stream. A failed open frees everything it built through
 * the same kj_xlsx_close a caller uses.
 */
#include "ingest/xlsx_int.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static kj_status open_common(kj_xlsx *x, const char *path, const char *sheet, kj_xlsx **out,
                             kj_error *err) {
  kj_status s = kj_xl_zip_open(x, path, err);
  if (s == KJ_OK) s = kj_xl_book_load(x, sheet, err);
  if (s != KJ_OK) {
    kj_xlsx_close(x);
    return s;
  }
  kj_xl_sheet_init(x);
  *out = x;
  return KJ_OK;
}

kj_status kj_xlsx_open(const char *path, const char *sheet, kj_xlsx **out, kj_error *err) {
  *out = NULL;
  kj_xlsx *x = xcalloc(1, sizeof *x);
  x->file = xstrdup(path);
  return open_common(x, path, sheet, out, err);
}

kj_status kj_xlsx_open_mem(const void *data, size_t len, const char *name, const char *sheet,
                           kj_xlsx **out, kj_error *err) {
  *out = NULL;
  kj_xlsx *x = xcalloc(1, sizeof *x);
  x->file = xstrdup(name ? name : "(memory)");
  /* minizip needs somewhere to read even for an empty input */
  x->mem.data = len ? data : (const unsigned char *)"";
  x->mem.len = len;
  return open_common(x, NULL, sheet, out, err);
}

const char *kj_xlsx_sheet_name(const kj_xlsx *x) { return x->sheet; }

void kj_xlsx_cell_ref(long row, int col, char out[16]) {
  if (row < 1 || row > KJ_XLSX_MAX_ROWS || col < 0 || col >= KJ_XLSX_MAX_COLS) {
    snprintf(out, 16, "?");
    return;
  }
  char letters[4];
  int n = 0;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) letters[n++] = (char)('A' + (c - 1) % 26);
  char *p = out;
  while (n > 0) *p++ = letters[--n];
  snprintf(p, (size_t)(16 - (p - out)), "%ld", row);
}

void kj_xlsx_close(kj_xlsx *x) {
  if (!x) return;
  kj_xl_sheet_free(x);
  if (x->zip) {
    if (x->part_open) unzCloseCurrentFile(x->zip);
    unzClose(x->zip);
  }
  free(x->sst);
  kj_buf_free(&x->sst_text);
  free(x->xf_date);
  free(x->file);
  free(x->sheet);
  free(x->sheet_part);
  for (long i = 0; i < x->n_sheet_names; i++) free(x->sheet_names[i]);
  free(x->sheet_names);
  free(x);
}

long kj_xlsx_sheet_count(const kj_xlsx *x) { return x->n_sheet_names; }

const char *kj_xlsx_sheet_at(const kj_xlsx *x, long i) {
  return i >= 0 && i < x->n_sheet_names ? x->sheet_names[i] : NULL;
}
