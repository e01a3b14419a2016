/* csv.h — streaming CSV reader for the native input kinds (data.md
 * "General rules").
 *
 * RFC 4180 on libcsv, with what real files from Indonesian offices need:
 * a UTF-8 BOM is skipped; the delimiter (',', ';' or TAB) is detected from
 * the header line; CRLF and LF; quoted fields with delimiters, doubled
 * quotes and line breaks; invalid UTF-8 is an error naming the line; every
 * record carries the physical line where it starts; records whose fields
 * are all empty (blank lines, Excel's trailing ";;;;") are skipped. The
 * bytes are hashed (SHA-256) as they stream by, so a file is read once.
 *
 * Ownership: kj_csv_open returns a reader closed with kj_csv_close. A
 * record returned by kj_csv_next is valid until the next call.
 */
#ifndef KJ_CSV_H
#define KJ_CSV_H

#include <stddef.h>

#include "util/status.h"

typedef struct kj_csv kj_csv;

typedef struct kj_csv_record {
  long line;       /* physical line (1-based) where the record starts */
  int nfields;
  char **fields;   /* NUL-terminated, surrounding spaces trimmed when unquoted */
} kj_csv_record;

/* Opens path (or reads stdin when path is "-"). KJ_IO when it cannot be read. */
kj_status kj_csv_open(const char *path, kj_csv **out, kj_error *err);
/* Next record: 1 and *rec set, 0 at the end, -1 with err set (KJ_DATA for
 * malformed content, KJ_IO for read errors). The first record is the header. */
int kj_csv_next(kj_csv *r, const kj_csv_record **rec, kj_error *err);
/* The delimiter detected from the first non-empty line (',' before that). */
char kj_csv_delimiter(const kj_csv *r);
/* Bytes consumed so far and the file size (0 for pipes), for progress. */
long long kj_csv_bytes_read(const kj_csv *r);
long long kj_csv_size(const kj_csv *r);
/* SHA-256 of all bytes of the file; reads to the end if needed. */
kj_status kj_csv_sha256(kj_csv *r, char hex[65], kj_error *err);
void kj_csv_close(kj_csv *r); /* NULL-safe */

/* Uses delim (',', ';' or TAB) instead of detecting it from the first
 * non-empty line; call before the first kj_csv_next. For layouts whose first
 * lines are not the header (the title rows of an e-Kinerja export). */
void kj_csv_set_delimiter(kj_csv *r, char delim);

/* Detects the delimiter of one header line: the most frequent of ',', ';'
 * and TAB outside quotes (ties: TAB, then ';', then ','); ',' when none. */
char kj_csv_detect_delimiter(const char *line, size_t n);

#endif
