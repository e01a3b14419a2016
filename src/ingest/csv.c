/* csv.c — the streaming CSV reader (see csv.h).
 *
 * libcsv does the RFC 4180 state machine. It reports fields and record ends
 * through callbacks but knows nothing of line numbers, so we feed it one
 * physical line at a time (getline) and track where each record starts: a
 * record starts on the first line fed after the previous record ended. For
 * an unterminated quote, the field started on the line where the record's
 * last complete field ended (or where the record started). Each line is
 * checked for valid UTF-8 before it is parsed (a multi-byte sequence never
 * contains '\n', so per-line checking is exact) and fed to SHA-256.
 */
#include "ingest/csv.h"
#include "util/buf.h"
#include "util/platform.h"
#include "util/sha256.h"
#include "util/text.h"
#include "util/xalloc.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct kj_csv {
  FILE *fp;
  char *path;
  struct csv_parser parser;
  char delim;
  int delim_known;
  kj_sha256 sha;
  long long bytes, size;
  char *line;              /* getline buffer */
  size_t line_cap;
  long lineno;             /* physical lines read */
  int at_boundary;         /* no byte of the next record fed yet */
  long rec_start;          /* line where the current record started */
  long last_field_line;    /* line where the last complete field of the record ended */
  int fields_in_rec;
  kj_buf arena;            /* field bytes of the record being built, NUL-separated */
  size_t *offs;            /* offsets of fields in arena */
  int noffs, offs_cap;
  /* completed records waiting to be handed out (usually at most one) */
  kj_buf ready_arena;
  size_t *ready_offs;
  int ready_cap;
  kj_csv_record rec;
  char **rec_fields;
  int rec_fields_cap;
  int have_ready;          /* records completed but not yet handed out */
  long ready_line;
  int ready_nfields;
  int eof;
  int hashed_to_end;
};

char kj_csv_detect_delimiter(const char *line, size_t n) {
  int comma = 0, semi = 0, tab = 0, inq = 0;
  for (size_t i = 0; i < n; i++) {
    char c = line[i];
    if (c == '"') inq = !inq;
    else if (!inq && c == ',') comma++;
    else if (!inq && c == ';') semi++;
    else if (!inq && c == '\t') tab++;
  }
  if (tab && tab >= semi && tab >= comma) return '\t';
  if (semi && semi >= comma) return ';';
  return ',';
}

static int is_space_not_tab(unsigned char c) { return c == ' '; }
static int is_space_or_tab(unsigned char c) { return c == ' ' || c == '\t'; }

static void on_field(void *data, size_t len, void *ctx) {
  kj_csv *r = ctx;
  if (r->noffs == r->offs_cap) {
    r->offs_cap = r->offs_cap ? r->offs_cap * 2 : 32;
    r->offs = xreallocarray(r->offs, (size_t)r->offs_cap, sizeof *r->offs);
  }
  r->offs[r->noffs++] = r->arena.len;
  kj_buf_append(&r->arena, data ? data : "", data ? len : 0);
  kj_buf_putc(&r->arena, '\0');
  r->fields_in_rec++;
  r->last_field_line = r->lineno;
}

static void on_record(int term, void *ctx) {
  (void)term;
  kj_csv *r = ctx;
  /* Skip records whose fields are all empty (blank lines, ";;;;"). */
  int any = 0;
  for (int i = 0; i < r->noffs && !any; i++) {
    const char *f = r->arena.data + r->offs[i];
    for (; *f; f++)
      if (*f != ' ' && *f != '\t' && *f != '\r') {
        any = 1;
        break;
      }
  }
  if (any && !r->have_ready) {
    /* Hand the record over: swap the arenas. */
    kj_buf t = r->ready_arena;
    r->ready_arena = r->arena;
    r->arena = t;
    size_t *to = r->ready_offs;
    int tc = r->ready_cap;
    r->ready_offs = r->offs;
    r->ready_cap = r->offs_cap;
    r->offs = to;
    r->offs_cap = tc;
    r->ready_nfields = r->noffs;
    r->ready_line = r->rec_start;
    r->have_ready = 1;
  } else if (any) {
    /* A second record on one physical line (a lone CR terminator): keep the
     * first, merge nothing — report it as malformed instead of losing data. */
    r->have_ready = 2;
  }
  kj_buf_reset(&r->arena);
  r->noffs = 0;
  r->fields_in_rec = 0;
  r->at_boundary = 1;
}

kj_status kj_csv_open(const char *path, kj_csv **out, kj_error *err) {
  *out = NULL;
  FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!fp) return kj_fail(err, KJ_IO, "%s: cannot open: %s", path, strerror(errno));
  kj_csv *r = xcalloc(1, sizeof *r);
  r->fp = fp;
  r->path = xstrdup(path);
  r->delim = ',';
  r->at_boundary = 1;
  struct stat sb;
  if (fstat(fileno(fp), &sb) == 0 && S_ISREG(sb.st_mode)) r->size = (long long)sb.st_size;
  kj_sha256_init(&r->sha);
  if (csv_init(&r->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
    kj_csv_close(r);
    return kj_fail(err, KJ_INTERNAL, "cannot initialise the CSV parser");
  }
  csv_set_realloc_func(&r->parser, xrealloc);
  *out = r;
  return KJ_OK;
}

void kj_csv_set_delimiter(kj_csv *r, char delim) {
  r->delim = delim;
  r->delim_known = 1;
  csv_set_delim(&r->parser, (unsigned char)delim);
  csv_set_space_func(&r->parser, delim == '\t' ? is_space_not_tab : is_space_or_tab);
}

char kj_csv_delimiter(const kj_csv *r) { return r->delim; }
long long kj_csv_bytes_read(const kj_csv *r) { return r->bytes; }
long long kj_csv_size(const kj_csv *r) { return r->size; }

static int blank_line(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != '\r' && s[i] != '\n' && s[i] != ' ' && s[i] != '\t') return 0;
  return 1;
}

static const char *csv_why(int e) {
  switch (e) {
  case CSV_EPARSE:
    return "malformed quoting (a quote inside an unquoted field, or text after a closing quote)";
  case CSV_ENOMEM: return "out of memory";
  case CSV_ETOOBIG: return "field too large";
  default: return "parse error";
  }
}

/* The common line needs no state machine: one whole record ending in a
 * newline, without quotes and without a carriage return other than before
 * the newline. It is split here with the same callbacks and the same
 * trimming of spaces as libcsv's unquoted fields (its space function, leading
 * and trailing), which halves the parsing cost. Returns 0 (nothing done) for
 * any other line, which then goes to libcsv. */
static int split_plain_line(kj_csv *r, const char *s, size_t len) {
  if (len == 0 || s[len - 1] != '\n' || memchr(s, '"', len)) return 0;
  size_t end = len - 1;
  const char *cr = memchr(s, '\r', len);
  if (cr) {
    if (cr != s + len - 2) return 0;
    end = len - 2;
  }
  int (*space)(unsigned char) = r->delim == '\t' ? is_space_not_tab : is_space_or_tab;
  size_t i = 0;
  for (;;) {
    const char *d = memchr(s + i, r->delim, end - i);
    size_t fend = d ? (size_t)(d - s) : end, a = i, b = fend;
    while (a < b && space((unsigned char)s[a])) a++;
    while (b > a && space((unsigned char)s[b - 1])) b--;
    on_field((void *)(s + a), b - a, r);
    if (!d) break;
    i = fend + 1;
  }
  on_record('\n', r);
  return 1;
}

/* Feeds one more physical line. Returns 1 when a line was fed, 0 at EOF, -1 on error. */
static int feed_line(kj_csv *r, kj_error *err) {
  errno = 0;
  ssize_t n = kj_getline(&r->line, &r->line_cap, r->fp);
  if (n < 0) {
    if (ferror(r->fp)) {
      kj_fail(err, KJ_IO, "%s: read error: %s", r->path, strerror(errno));
      return -1;
    }
    return 0;
  }
  r->lineno++;
  r->bytes += n;
  kj_sha256_update(&r->sha, r->line, (size_t)n);
  char *s = r->line;
  size_t len = (size_t)n;
  if (r->lineno == 1 && len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
    s += 3;
    len -= 3;
  }
  size_t bad = kj_utf8_check(s, len);
  if (bad < len) {
    kj_fail(err, KJ_DATA,
            "%s:%ld: invalid UTF-8 (byte 0x%02X at byte %zu of the line); save the file as UTF-8",
            r->path, r->lineno, (unsigned char)s[bad], bad + 1);
    return -1;
  }
  if (memchr(s, '\0', len)) {
    kj_fail(err, KJ_DATA, "%s:%ld: NUL byte in the line; this is not a text CSV file", r->path,
            r->lineno);
    return -1;
  }
  int boundary = r->at_boundary;
  if (r->at_boundary) {
    if (blank_line(s, len)) return 1;
    if (!r->delim_known) {
      r->delim = kj_csv_detect_delimiter(s, len);
      r->delim_known = 1;
      csv_set_delim(&r->parser, (unsigned char)r->delim);
      csv_set_space_func(&r->parser, r->delim == '\t' ? is_space_not_tab : is_space_or_tab);
    }
    r->rec_start = r->lineno;
    r->at_boundary = 0;
  }
  if (boundary && split_plain_line(r, s, len)) return 1;
  if (csv_parse(&r->parser, s, len, on_field, on_record, r) != len) {
    kj_fail(err, KJ_DATA, "%s:%ld: %s", r->path, r->lineno, csv_why(csv_error(&r->parser)));
    return -1;
  }
  return 1;
}

int kj_csv_next(kj_csv *r, const kj_csv_record **rec, kj_error *err) {
  r->have_ready = 0;
  while (!r->have_ready) {
    if (r->eof) return 0;
    int f = feed_line(r, err);
    if (f < 0) return -1;
    if (f == 0) {
      r->eof = 1;
      r->hashed_to_end = 1;
      /* At a record boundary no new line has started, so whatever the parser
       * still holds came after a bare CR on the last line (found by fuzz_csv). */
      int after_cr = r->at_boundary;
      if (csv_fini(&r->parser, on_field, on_record, r) != 0) {
        long start = r->fields_in_rec > 0 ? r->last_field_line : r->rec_start;
        kj_fail(err, KJ_DATA, "%s:%ld: unterminated quoted field (the file ends inside quotes "
                              "opened on line %ld)", r->path, start, start);
        return -1;
      }
      if (!r->have_ready) return 0;
      if (after_cr) r->have_ready = 2;
    }
  }
  if (r->have_ready == 2) {
    kj_fail(err, KJ_DATA, "%s:%ld: two records on one line (a bare carriage return inside an "
                          "unquoted field?)", r->path, r->lineno);
    return -1;
  }
  if (r->ready_nfields > r->rec_fields_cap) {
    r->rec_fields_cap = r->ready_nfields * 2;
    r->rec_fields = xreallocarray(r->rec_fields, (size_t)r->rec_fields_cap, sizeof *r->rec_fields);
  }
  for (int i = 0; i < r->ready_nfields; i++)
    r->rec_fields[i] = r->ready_arena.data + r->ready_offs[i];
  r->rec.line = r->ready_line;
  r->rec.nfields = r->ready_nfields;
  r->rec.fields = r->rec_fields;
  *rec = &r->rec;
  return 1;
}

kj_status kj_csv_sha256(kj_csv *r, char hex[65], kj_error *err) {
  if (!r->hashed_to_end) {
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, r->fp)) > 0) kj_sha256_update(&r->sha, buf, n);
    if (ferror(r->fp)) return kj_fail(err, KJ_IO, "%s: read error", r->path);
    r->hashed_to_end = 1;
  }
  kj_sha256_hex(&r->sha, hex);
  return KJ_OK;
}

void kj_csv_close(kj_csv *r) {
  if (!r) return;
  csv_free(&r->parser);
  if (r->fp && r->fp != stdin) fclose(r->fp);
  free(r->path);
  free(r->line);
  kj_buf_free(&r->arena);
  kj_buf_free(&r->ready_arena);
  free(r->offs);
  free(r->ready_offs);
  free(r->rec_fields);
  free(r);
}
