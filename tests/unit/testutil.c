/* testutil.c — scratch directories and file helpers for unit tests. */
#define _GNU_SOURCE
#include "testutil.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *kj_test_tmpdir(const char *tag) {
  const char *base = getenv("TMPDIR");
  char tmpl[512];
  snprintf(tmpl, sizeof tmpl, "%s/kj-%s-XXXXXX", base && *base ? base : "/tmp", tag);
  char *d = mkdtemp(tmpl);
  return d ? strdup(d) : NULL;
}

char *kj_test_write(const char *dir, const char *name, const char *data, long n) {
  size_t len = n < 0 ? strlen(data) : (size_t)n;
  size_t plen = strlen(dir) + strlen(name) + 2;
  char *path = malloc(plen);
  snprintf(path, plen, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  if (!f) {
    free(path);
    return NULL;
  }
  fwrite(data, 1, len, f);
  fclose(f);
  return path;
}

char *kj_test_read(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  size_t got = fread(buf, 1, (size_t)n, f);
  fclose(f);
  buf[got] = '\0';
  if (len) *len = got;
  return buf;
}

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw) {
  (void)sb;
  (void)flag;
  (void)ftw;
  return remove(path);
}

void kj_test_rmtree(const char *dir) {
  if (dir) nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}
