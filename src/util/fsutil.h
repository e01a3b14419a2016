/* fsutil.h — files written atomically, directories, path helpers.
 *
 * cli.md: every output is written to a temporary file in the target directory
 * and renamed into place when complete, so an interrupted run never leaves a
 * truncated file and never damages an existing one. Two shapes:
 *   - kj_out_open/kj_out_commit/kj_out_abort for code that writes a FILE*;
 *   - kj_tmp_path + kj_tmp_commit for libraries that insist on a path
 *     (libxlsxwriter, cairo's file surfaces).
 */
#ifndef KJ_FSUTIL_H
#define KJ_FSUTIL_H

#include <stdio.h>

#include "util/status.h"

typedef struct kj_out {
  FILE *fp;         /* write here */
  char *path;       /* final path */
  char *tmp_path;   /* temporary file in the same directory */
} kj_out;

/* Creates a temporary file next to path. */
kj_status kj_out_open(kj_out *o, const char *path, kj_error *err);
/* Flushes, syncs, closes and renames over path. On failure removes the
 * temporary file. Frees the fields either way. */
kj_status kj_out_commit(kj_out *o, kj_error *err);
/* Closes and removes the temporary file. NULL-safe, idempotent. */
void kj_out_abort(kj_out *o);

/* Returns a new string naming a fresh temporary file (created, empty, mode
 * 0644) in the directory of path; NULL and err set on failure. */
char *kj_tmp_path(const char *path, kj_error *err);
/* Renames tmp over path (both then freed by the caller). */
kj_status kj_tmp_commit(const char *tmp, const char *path, kj_error *err);

/* mkdir -p. */
kj_status kj_mkdirs(const char *dir, kj_error *err);
/* Joins dir and name with one '/'. Caller frees. */
char *kj_path_join(const char *dir, const char *name);
/* The last component of path (pointer into path). */
const char *kj_path_base(const char *path);
/* Restricts s to [A-Za-z0-9._-] (others become '_'), never "", "." or "..";
 * for file names derived from unit codes. Caller frees. */
char *kj_safe_filename(const char *s);

#endif
