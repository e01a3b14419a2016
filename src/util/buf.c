/* buf.c — growable NUL-terminated byte buffer (see buf.h). */
#include "util/buf.h"
#include "util/xalloc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

void kj_buf_init(kj_buf *b) { memset(b, 0, sizeof *b); }

void kj_buf_free(kj_buf *b) {
  if (!b) return;
  free(b->data);
  memset(b, 0, sizeof *b);
}

void kj_buf_reset(kj_buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = '\0';
}

void kj_buf_reserve(kj_buf *b, size_t extra) {
  size_t need = b->len + extra + 1;
  if (need <= b->cap) return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need) cap *= 2;
  b->data = xrealloc(b->data, cap);
  b->cap = cap;
}

void kj_buf_append(kj_buf *b, const void *p, size_t n) {
  kj_buf_reserve(b, n);
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void kj_buf_puts(kj_buf *b, const char *s) { kj_buf_append(b, s, strlen(s)); }

void kj_buf_putc(kj_buf *b, char c) { kj_buf_append(b, &c, 1); }

void kj_buf_printf(kj_buf *b, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n > 0) {
    kj_buf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    b->len += (size_t)n;
  }
  va_end(ap2);
}

const char *kj_buf_cstr(const kj_buf *b) { return b->data ? b->data : ""; }

char *kj_buf_take(kj_buf *b) {
  char *s = b->data ? b->data : xstrdup("");
  memset(b, 0, sizeof *b);
  return s;
}
