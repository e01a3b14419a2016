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

static struct memstream {
  FILE *fp;
  char **buf;
  size_t *len;
  char *dir, *path;
} streams[16];

FILE *kj_test_open_memstream(char **buf, size_t *len) {
  for (size_t i = 0; i < sizeof streams / sizeof streams[0]; i++) {
    struct memstream *m = &streams[i];
    if (m->fp) continue;
    m->dir = kj_test_tmpdir("memstream");
    if (!m->dir) return NULL;
    size_t n = strlen(m->dir) + 8;
    m->path = malloc(n);
    snprintf(m->path, n, "%s\\s.bin", m->dir);
    m->fp = fopen(m->path, "w+b");
    m->buf = buf;
    m->len = len;
    *buf = NULL;
    *len = 0;
    return m->fp;
  }
  return NULL;
}

int kj_test_fclose(FILE *fp) {
  for (size_t i = 0; fp && i < sizeof streams / sizeof streams[0]; i++) {
    struct memstream *m = &streams[i];
    if (m->fp != fp) continue;
    fflush(fp);
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    rewind(fp);
    *m->buf = malloc((size_t)(n > 0 ? n : 0) + 1);
    size_t got = fread(*m->buf, 1, (size_t)(n > 0 ? n : 0), fp);
    (*m->buf)[got] = '\0';
    *m->len = got;
    int rc = (fclose)(fp);
    remove(m->path);
    _rmdir(m->dir);
    free(m->path);
    free(m->dir);
    memset(m, 0, sizeof *m);
    return rc;
  }
  return (fclose)(fp);
}

char *strsep(char **sp, const char *delim) {
  char *s = *sp;
  if (!s) return NULL;
  char *e = s + strcspn(s, delim);
  if (*e) {
    *e = '\0';
    *sp = e + 1;
  } else {
    *sp = NULL;
  }
  return s;
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
