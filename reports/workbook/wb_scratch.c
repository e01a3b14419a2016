/* wb_scratch.c — where libxlsxwriter keeps a workbook's scratch files.
 *
 * libxlsxwriter writes every part of a workbook to a scratch file, reads it
 * back into the zip and unlinks it (some 70 files for a monthly workbook).
 *
 * Where the system has a RAM disk (Linux: /dev/shm) with at least 1 GiB free
 * they go there, into a private directory (mode 0700) named kinerja-XXXXXX:
 * the parts hold names and NIPs, which then never reach a disk, and
 * creating, writing and removing the files costs a fraction of what it
 * costs on ext4 (the 12 monthly workbooks of 2025: 0.57 s of CPU with the
 * scratch files beside the output, 0.49 s in /dev/shm; A/B over 8 runs). The process holds an flock on its
 * directory for as long as the workbook lives; a process killed before it
 * could remove its directory loses the lock with its life, and the next
 * workbook of any kinerja process removes such unlocked directories (with
 * at most the one file libxlsxwriter had not yet unlinked). A directory is
 * made under a hidden name and renamed once locked, so no other process
 * takes it for a dead one's.
 *
 * Elsewhere they go next to the output (the disk that must hold it anyway)
 * rather than to a possibly small /tmp, in a hidden directory named after
 * the workbook's own temporary file: libxlsxwriter names its files
 * "tmp.XXXXXX" and unlinks them just after creating them, so a process
 * killed in between would otherwise leave a stray file beside the user's
 * outputs; now whatever a kill leaves there is ".NAME.tmp-*"
 * (doc/faults.md). If neither directory can be made, the output's own
 * directory is used.
 */
#include "reports/workbook/wb_private.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/fsutil.h"
#include "util/platform.h"
#include "util/xalloc.h"

#ifndef _WIN32
#include <sys/file.h>

#define RAM_DIR "/dev/shm"
#define PREFIX "kinerja-"
/* Only a RAM disk with this much free is used. Scratch files hold one part
 * at a time, and the largest part of the demo's workbooks is 10 MB (a sheet
 * of the study), but a container's /dev/shm may have 64 MB in all; on a
 * full scratch disk libxlsxwriter zips a truncated part and the read-back
 * (wb_verify.c) refuses the workbook. */
#define RAM_MIN_FREE (1ULL << 30)

/* Removes the directory name in RAM_DIR with what is in it (no subdirectories). */
static void remove_dir(int dfd, const char *name) {
  int fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
  DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
  if (!d) {
    if (fd >= 0) close(fd);
    return;
  }
  for (struct dirent *e; (e = readdir(d));)
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) unlinkat(fd, e->d_name, 0);
  closedir(d);
  unlinkat(dfd, name, AT_REMOVEDIR);
}

/* The scratch directories of kinerja processes that ended without removing
 * theirs: no process holds their lock. Once per process (a forked child
 * is another process). */
static void sweep(void) {
  static pid_t swept_by;
  if (swept_by == getpid()) return;
  swept_by = getpid();
  DIR *ram = opendir(RAM_DIR);
  if (!ram) return;
  int dfd = dirfd(ram);
  for (struct dirent *e; (e = readdir(ram));) {
    if (strncmp(e->d_name, PREFIX, strlen(PREFIX)) != 0) continue;
    int fd = openat(dfd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    if (fd < 0) continue; /* another user's */
    if (flock(fd, LOCK_EX | LOCK_NB) == 0) remove_dir(dfd, e->d_name);
    close(fd);
  }
  closedir(ram);
}

/* A locked private directory in RAM_DIR; 0 or -1. */
static int ram_dir(kj_wb *wb) {
  char fresh[] = RAM_DIR "/.kinerja-new-XXXXXX";
  if (!kj_is_dir(RAM_DIR) || kj_disk_nearly_full(RAM_DIR, RAM_MIN_FREE)) return -1;
  sweep();
  if (!mkdtemp(fresh)) return -1;
  int fd = open(fresh, O_RDONLY | O_DIRECTORY);
  char *name = xasprintf(RAM_DIR "/" PREFIX "%s", fresh + strlen(RAM_DIR "/.kinerja-new-"));
  if (fd < 0 || flock(fd, LOCK_EX) != 0 || rename(fresh, name) != 0) {
    if (fd >= 0) close(fd);
    rmdir(fresh);
    free(name);
    return -1;
  }
  wb->tmpdir = name;
  wb->own_tmpdir = 1;
  wb->tmpdir_lock = fd;
  return 0;
}
#else
static int ram_dir(kj_wb *wb) {
  (void)wb;
  return -1;
}
#endif

void wb_scratch_open(kj_wb *wb) {
  wb->tmpdir_lock = -1;
  if (ram_dir(wb) == 0) return;
  wb->tmpdir = xasprintf("%s.d", wb->tmp);
  wb->own_tmpdir = kj_mkdir(wb->tmpdir) == 0;
  if (!wb->own_tmpdir) {
    free(wb->tmpdir);
    wb->tmpdir = wb_dir_of(wb->path);
  }
}

char *wb_dir_of(const char *path) {
  size_t dirlen = (size_t)(kj_path_base(path) - path);
  return dirlen ? xstrndup(path, dirlen) : xstrdup(".");
}

void wb_scratch_close(kj_wb *wb) {
  if (wb->own_tmpdir) kj_rmdir(wb->tmpdir); /* empty: libxlsxwriter unlinks its files at once */
  if (wb->tmpdir_lock >= 0) close(wb->tmpdir_lock);
  free(wb->tmpdir);
  wb->tmpdir = NULL;
}
