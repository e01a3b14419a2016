/* xalloc.c — malloc wrappers that exit on failure (see xalloc.h). */
#include "util/xalloc.h"
#include "util/status.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom(size_t n) {
  fprintf(stderr, "kinerja: out of memory (allocating %zu bytes)\n", n);
  exit(KJ_INTERNAL);
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) oom(n);
  return p;
}

void *xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p) oom(count * size);
  return p;
}

void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) oom(n);
  return q;
}

void *xreallocarray(void *p, size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) oom(SIZE_MAX);
  return xrealloc(p, count * size);
}

char *xstrdup(const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s);
  char *d = xmalloc(n + 1);
  memcpy(d, s, n + 1);
  return d;
}

char *xstrndup(const char *s, size_t n) {
  size_t len = 0;
  while (len < n && s[len]) len++;
  char *d = xmalloc(len + 1);
  memcpy(d, s, len);
  d[len] = '\0';
  return d;
}

char *xasprintf(const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) {
    va_end(ap2);
    return xstrdup("");
  }
  char *s = xmalloc((size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return s;
}
