/* testutil.c — scratch directories and file helpers for unit tests. */
#define _GNU_SOURCE
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef _WIN32
#include <dirent.h>
#include <direct.h>
#include <errno.h>
#include <sys/stat.h>
#include <time.h>
#else
#include <ftw.h>
#endif

#ifdef _WIN32
/* MinGW has neither mkdtemp nor nftw: the same with _mkdir and dirent. */
char *kj_test_tmpdir(const char *tag) {
  const char *base = getenv("TMPDIR");
  if (!base || !*base) base = getenv("TEMP");
  if (!base || !*base) base = ".";
  static unsigned seq;
  char path[512];
  for (int tries = 0; tries < 100; tries++) {
    unsigned r = (unsigned)time(NULL) ^ ((unsigned)rand() << 8) ^ (++seq * 2654435761u);
    snprintf(path, sizeof path, "%s\\kj-%s-%08x", base, tag, r);
    if (_mkdir(path) == 0) return strdup(path);
    if (errno != EEXIST) return NULL;
  }
  return NULL;
}

static void rmtree(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    size_t n = strlen(dir) + strlen(e->d_name) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", dir, e->d_name);
    struct stat sb;
    if (stat(p, &sb) == 0 && S_ISDIR(sb.st_mode))
      rmtree(p);
    else
      remove(p);
    free(p);
  }
  closedir(d);
  _rmdir(dir);
}

void kj_test_rmtree(const char *dir) {
  if (dir) rmtree(dir);
}
#else
char *kj_test_tmpdir(const char *tag) {
  const char *base = getenv("TMPDIR");
  char tmpl[512];
  snprintf(tmpl, sizeof tmpl, "%s/kj-%s-XXXXXX", base && *base ? base : "/tmp", tag);
  char *d = mkdtemp(tmpl);
  return d ? strdup(d) : NULL;
}
#endif

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

#ifndef _WIN32
static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw) {
  (void)sb;
  (void)flag;
  (void)ftw;
  return remove(path);
}

void kj_test_rmtree(const char *dir) {
  if (dir) nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}
#endif
