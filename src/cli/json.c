/* json.c — the JSON writer of json.h: a kj_buf, a depth and a value count
 * per level are all the state a well-formed document needs. */
#include "cli/json.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>

static void put_string(kj_buf *b, const char *s) {
  kj_buf_putc(b, '"');
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    switch (*p) {
    case '"': kj_buf_puts(b, "\\\""); break;
    case '\\': kj_buf_puts(b, "\\\\"); break;
    case '\n': kj_buf_puts(b, "\\n"); break;
    case '\r': kj_buf_puts(b, "\\r"); break;
    case '\t': kj_buf_puts(b, "\\t"); break;
    default:
      if (*p < 0x20) kj_buf_printf(b, "\\u%04x", *p);
      else kj_buf_putc(b, (char)*p);
    }
  }
  kj_buf_putc(b, '"');
}

/* Comma, newline and indentation before a value, then its key. */
static void lead(kj_json *j, const char *key) {
  if (j->depth > 0) {
    if (j->count[j->depth]++) kj_buf_putc(&j->out, ',');
    kj_buf_putc(&j->out, '\n');
    for (int i = 0; i < j->depth; i++) kj_buf_puts(&j->out, "  ");
  }
  if (key) {
    put_string(&j->out, key);
    kj_buf_puts(&j->out, ": ");
  }
}

static void open_container(kj_json *j, const char *key, char c) {
  lead(j, key);
  kj_buf_putc(&j->out, c);
  if (j->depth + 1 < KJ_JSON_MAX_DEPTH) j->depth++;
  j->count[j->depth] = 0;
}

void kj_json_object(kj_json *j, const char *key) { open_container(j, key, '{'); }
void kj_json_array(kj_json *j, const char *key) { open_container(j, key, '['); }

void kj_json_end(kj_json *j, char close) {
  int had = j->count[j->depth] > 0;
  if (j->depth > 0) j->depth--;
  if (had) {
    kj_buf_putc(&j->out, '\n');
    for (int i = 0; i < j->depth; i++) kj_buf_puts(&j->out, "  ");
  }
  kj_buf_putc(&j->out, close);
  if (j->depth == 0) kj_buf_putc(&j->out, '\n');
}

void kj_json_str(kj_json *j, const char *key, const char *s) {
  lead(j, key);
  if (s) put_string(&j->out, s);
  else kj_buf_puts(&j->out, "null");
}

void kj_json_num(kj_json *j, const char *key, double v) {
  lead(j, key);
  if (isfinite(v)) kj_buf_printf(&j->out, "%.15g", v);
  else kj_buf_puts(&j->out, "null");
}

void kj_json_int(kj_json *j, const char *key, int64_t v) {
  lead(j, key);
  kj_buf_printf(&j->out, "%" PRId64, v);
}

void kj_json_bool(kj_json *j, const char *key, int v) {
  lead(j, key);
  kj_buf_puts(&j->out, v ? "true" : "false");
}
