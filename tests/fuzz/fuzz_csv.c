/* fuzz_csv.c — libFuzzer harness for the CSV reader (src/ingest/csv.c, on
 * libcsv).
 *
 * Each input is written to one scratch file and read to the end (or to the
 * first error) with kj_csv_next. The first input byte picks the mode: an
 * even byte lets the reader detect the delimiter, an odd one forces ',',
 * ';' or TAB with kj_csv_set_delimiter (as the e-Kinerja reader does); the
 * byte stays part of the file.
 *
 * Checked besides what ASan and UBSan catch: the delimiter is one of the
 * three; records start on strictly increasing physical lines within the
 * file; every record has at least one field, and at least one field that is
 * not blank; every field is valid UTF-8 without NUL; a failure is KJ_DATA
 * with a message naming the file and a line; the end repeats (0 again);
 * and kj_csv_sha256 equals the SHA-256 of the whole input whether the
 * reader stopped at the end or at an error.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ingest/csv.h"
#include "util/sha256.h"
#include "util/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

static void init(void) {
  const char *tmp = getenv("TMPDIR");
  snprintf(path, sizeof path, "%s/kj-fuzz-csv-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  int fd = mkstemp(path);
  if (fd < 0) abort();
  close(fd);
}

static int blank(const char *s) {
  for (; *s; s++)
    if (*s != ' ' && *s != '\t' && *s != '\r') return 0;
  return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!path[0]) init();
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) abort();
  long lines = 1;
  for (size_t i = 0; i < size; i++) lines += data[i] == '\n';

  kj_csv *r = NULL;
  kj_error err = {0};
  if (kj_csv_open(path, &r, &err) != KJ_OK) abort();
  if (size > 0 && (data[0] & 1)) {
    static const char delims[] = {',', ';', '\t'};
    kj_csv_set_delimiter(r, delims[(data[0] >> 1) % 3]);
  }
  const kj_csv_record *rec;
  long last = 0;
  int rc;
  while ((rc = kj_csv_next(r, &rec, &err)) == 1) {
    if (rec->line <= last || rec->line > lines) abort();
    last = rec->line;
    if (rec->nfields < 1) abort();
    int any = 0;
    for (int i = 0; i < rec->nfields; i++) {
      const char *s = rec->fields[i];
      if (!s) abort();
      size_t n = strlen(s);
      if (kj_utf8_check(s, n) != n) abort();
      any |= !blank(s);
    }
    if (!any) abort();
  }
  char d = kj_csv_delimiter(r);
  if (d != ',' && d != ';' && d != '\t') abort();
  if (rc == 0) {
    if (kj_csv_next(r, &rec, &err) != 0) abort(); /* the end repeats */
  } else {
    if (rc != -1 || err.status != KJ_DATA) abort();
    size_t n = strlen(path);
    if (strncmp(err.msg, path, n) != 0 || err.msg[n] != ':') abort();
  }
  char got[65], want[65];
  kj_error herr = {0};
  if (kj_csv_sha256(r, got, &herr) != KJ_OK) abort();
  kj_sha256 h;
  kj_sha256_init(&h);
  kj_sha256_update(&h, data, size);
  kj_sha256_hex(&h, want);
  if (strcmp(got, want) != 0) abort();
  kj_csv_close(r);
  return 0;
}
