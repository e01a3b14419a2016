/* demo_csv.h — a small RFC 4180 reader for the demo tests (test_demo_*.c).
 *
 * Deliberately independent of src/ingest: the demo files are checked with a
 * reader that shares no code with the importer. Reads a whole file, splits
 * it into records and fields (quoted fields with doubled quotes and
 * delimiters), unquoting in place. Every record must have as many fields as
 * the header.
 */
#ifndef KJ_TEST_DEMO_CSV_H
#define KJ_TEST_DEMO_CSV_H

#include <stdlib.h>
#include <string.h>

#include "testutil.h"

typedef struct dcsv {
  char *buf;    /* file contents, unquoted in place */
  char *header; /* copy of the raw header line */
  size_t ncols; /* fields per record */
  size_t nrows; /* data records */
  char **cell;  /* nrows * ncols, row-major */
} dcsv;

/* Splits the next field at *p; returns it NUL-terminated; *end_rec is set at
 * the end of a record. */
static inline char *dcsv_field(char **p, int *end_rec) {
  char *s = *p, *out = s, *start = s;
  if (*s == '"') {
    s++;
    for (;;) {
      if (*s == '\0') break;
      if (*s == '"' && s[1] == '"') {
        *out++ = '"';
        s += 2;
      } else if (*s == '"') {
        s++;
        break;
      } else {
        *out++ = *s++;
      }
    }
  } else {
    while (*s && *s != ',' && *s != '\n') *out++ = *s++;
  }
  *end_rec = *s == '\n' || *s == '\0';
  *p = *s ? s + 1 : s;
  *out = '\0';
  return start;
}

static inline void dcsv_free(dcsv *t) {
  free(t->buf);
  free(t->header);
  free(t->cell);
  memset(t, 0, sizeof *t);
}

/* Loads dir/name; 0 on success, -1 when missing or ragged. */
static inline int dcsv_load(dcsv *t, const char *dir, const char *name) {
  memset(t, 0, sizeof *t);
  size_t plen = strlen(dir) + strlen(name) + 2, len = 0;
  char *path = malloc(plen);
  snprintf(path, plen, "%s/%s", dir, name);
  t->buf = kj_test_read(path, &len);
  free(path);
  if (!t->buf) return -1;
  char *nl = strchr(t->buf, '\n');
  size_t hl = nl ? (size_t)(nl - t->buf) : len;
  t->header = malloc(hl + 1);
  memcpy(t->header, t->buf, hl);
  t->header[hl] = '\0';
  size_t cap = 1024, n = 0;
  t->cell = malloc(cap * sizeof *t->cell);
  char *p = t->buf;
  size_t in_rec = 0;
  while (*p) {
    int end;
    char *f = dcsv_field(&p, &end);
    if (n == cap) t->cell = realloc(t->cell, (cap *= 2) * sizeof *t->cell);
    t->cell[n++] = f;
    in_rec++;
    if (end) {
      if (!t->ncols) t->ncols = in_rec;
      if (in_rec != t->ncols) return -1;
      in_rec = 0;
    }
  }
  if (in_rec) return -1;
  t->nrows = t->ncols ? n / t->ncols - 1 : 0;
  return 0;
}

/* Column index of name in the header, -1 when absent. */
static inline int dcsv_col(const dcsv *t, const char *name) {
  for (size_t c = 0; c < t->ncols; c++)
    if (strcmp(t->cell[c], name) == 0) return (int)c;
  return -1;
}

/* Cell of data row r (0-based) and column c. */
static inline const char *dcsv_at(const dcsv *t, size_t r, int c) {
  return t->cell[(r + 1) * t->ncols + (size_t)c];
}

#endif
