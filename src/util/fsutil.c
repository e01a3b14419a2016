/* fsutil.c — atomic output files and path helpers (see fsutil.h). */
#include "util/fsutil.h"
#include "util/platform.h"
#include "util/xalloc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *kj_path_base(const char *path) {
  const char *base = path + kj_path_root_len(path);
  for (const char *s = base; *s; s++)
    if (kj_is_path_sep(*s)) base = s + 1;
  return base;
}

char *kj_path_join(const char *dir, const char *name) {
  size_t n = strlen(dir);
  if (n == 0) return xstrdup(name);
  /* On Windows a directory typed with backslashes is continued with one. */
  const char *sep = strchr(dir, '\\') && kj_is_path_sep('\\') ? "\\" : "/";
  int ends = kj_is_path_sep(dir[n - 1]) || n == kj_path_root_len(dir);
  return xasprintf("%s%s%s", dir, ends ? "" : sep, name);
}

char *kj_tmp_path(const char *path, kj_error *err) {
  const char *base = kj_path_base(path);
  size_t dirlen = (size_t)(base - path);
  char *tmpl = xasprintf("%.*s.%s.tmp-XXXXXX", (int)dirlen, path, base);
  int fd = mkstemp(tmpl);
  if (fd < 0) {
    kj_fail(err, KJ_IO, "%s: cannot create a temporary file: %s", path, strerror(errno));
    free(tmpl);
    return NULL;
  }
  kj_fchmod(fd, 0644);
  close(fd);
  return tmpl;
}

kj_status kj_tmp_commit(const char *tmp, const char *path, kj_error *err) {
  if (kj_replace_file(tmp, path) != 0) {
    int e = errno;
    unlink(tmp);
    return kj_fail(err, KJ_IO, "%s: cannot replace: %s", path, strerror(e));
  }
  return KJ_OK;
}

kj_status kj_out_open(kj_out *o, const char *path, kj_error *err) {
  memset(o, 0, sizeof *o);
  o->tmp_path = kj_tmp_path(path, err);
  if (!o->tmp_path) return KJ_IO;
  o->fp = fopen(o->tmp_path, "wb");
  if (!o->fp) {
    int e = errno;
    unlink(o->tmp_path);
    free(o->tmp_path);
    o->tmp_path = NULL;
    return kj_fail(err, KJ_IO, "%s: cannot write: %s", path, strerror(e));
  }
  o->path = xstrdup(path);
  return KJ_OK;
}

static void out_release(kj_out *o) {
  free(o->path);
  free(o->tmp_path);
  memset(o, 0, sizeof *o);
}

kj_status kj_out_commit(kj_out *o, kj_error *err) {
  kj_status st = KJ_OK;
  int bad = ferror(o->fp) || fflush(o->fp) != 0 || kj_fsync(fileno(o->fp)) != 0;
  int e = errno;
  if (fclose(o->fp) != 0 && !bad) {
    bad = 1;
    e = errno;
  }
  o->fp = NULL;
  if (bad) {
    unlink(o->tmp_path);
    st = kj_fail(err, KJ_IO, "%s: write failed: %s", o->path, strerror(e));
  } else {
    st = kj_tmp_commit(o->tmp_path, o->path, err);
  }
  out_release(o);
  return st;
}

void kj_out_abort(kj_out *o) {
  if (!o) return;
  if (o->fp) fclose(o->fp);
  if (o->tmp_path) unlink(o->tmp_path);
  out_release(o);
}

kj_status kj_mkdirs(const char *dir, kj_error *err) {
  char *p = xstrdup(dir);
  kj_status st = KJ_OK;
  size_t root = kj_path_root_len(p);
  for (char *s = p + (root ? root : 1);; s++) {
    if (kj_is_path_sep(*s) || *s == '\0') {
      char c = *s;
      *s = '\0';
      if (kj_mkdir(p) != 0 && errno != EEXIST) {
        st = kj_fail(err, KJ_IO, "%s: cannot create directory: %s", p, strerror(errno));
        break;
      }
      *s = c;
      if (c == '\0') break;
    }
  }
  free(p);
  if (st == KJ_OK && !kj_is_dir(dir)) st = kj_fail(err, KJ_IO, "%s: not a directory", dir);
  return st;
}

char *kj_safe_filename(const char *s) {
  size_t n = strlen(s);
  char *out = xmalloc(n + 2);
  size_t j = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    int ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
             c == '.' || c == '_' || c == '-';
    out[j++] = ok ? (char)c : '_';
  }
  out[j] = '\0';
  /* A name of dots only ("", ".", "..") would be the directory itself or its
   * parent: prefix it. */
  if (strspn(out, ".") == j) {
    memmove(out + 1, out, j + 1);
    out[0] = '_';
  }
  return out;
}
