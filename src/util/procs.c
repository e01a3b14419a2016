/* procs.c — see procs.h. */
#include "util/procs.h"

#include <stdio.h>
#include <stdlib.h>

#include "util/status.h"
#include "util/xalloc.h"

static int clamp(int n) { return n < 1 ? 1 : n > KJ_PROCS_MAX ? KJ_PROCS_MAX : n; }

struct kj_procs_queue {
  int n;
  int *next; /* shared with the children (POSIX: a shared anonymous mapping) */
};

int kj_procs_queue_next(kj_procs_queue *q) {
  int i = __atomic_fetch_add(q->next, 1, __ATOMIC_RELAXED);
  return i < q->n ? i : -1;
}

/* All parts here, one after another. */
static int inline_parts(int n, int (*part)(int, int, void *, kj_buf *), void *arg, kj_buf *out) {
  int status = 0;
  for (int k = 0; k < n; k++) {
    int rc = part(k, n, arg, out);
    if (rc && !status) status = rc;
  }
  return status;
}

#ifdef _WIN32
#include <windows.h>

int kj_cpu_count(void) {
  SYSTEM_INFO si;
  GetSystemInfo(&si);
  return si.dwNumberOfProcessors > 0 ? (int)si.dwNumberOfProcessors : 1;
}

int kj_procs_split(int n, int (*part)(int k, int n, void *arg, kj_buf *out), void *arg,
                   kj_buf *out) {
  (void)n; /* nothing runs side by side here: one part does all the work */
  return inline_parts(1, part, arg, out);
}

kj_procs_queue *kj_procs_queue_new(int n) {
  kj_procs_queue *q = xcalloc(1, sizeof *q);
  q->n = n;
  q->next = xcalloc(1, sizeof *q->next);
  return q;
}

void kj_procs_queue_free(kj_procs_queue *q) {
  if (!q) return;
  free(q->next);
  free(q);
}

#else
#include <errno.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

kj_procs_queue *kj_procs_queue_new(int n) {
  kj_procs_queue *q = xcalloc(1, sizeof *q);
  q->n = n;
  void *page = mmap(NULL, sizeof *q->next, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
                    -1, 0);
  if (page == MAP_FAILED) { /* out of memory, as xalloc.c treats it */
    fprintf(stderr, "kinerja: out of memory (a shared page for the work queue)\n");
    exit(KJ_INTERNAL);
  }
  q->next = page;
  *q->next = 0;
  return q;
}

void kj_procs_queue_free(kj_procs_queue *q) {
  if (!q) return;
  munmap(q->next, sizeof *q->next);
  free(q);
}

int kj_cpu_count(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

/* The child of part k: runs it, sends its text down fd, exits with its status. */
static void child(int k, int n, int (*part)(int, int, void *, kj_buf *), void *arg, int fd) {
  kj_buf text = {0};
  int rc = part(k, n, arg, &text);
  fflush(stdout);
  fflush(stderr);
  for (size_t off = 0; off < text.len;) {
    ssize_t w = write(fd, text.data + off, text.len - off);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) break;
    off += (size_t)w;
  }
  _exit(rc & 0xff);
}

/* Appends everything readable from fd until end of file. */
static void drain(int fd, kj_buf *out) {
  char buf[4096];
  for (;;) {
    ssize_t r = read(fd, buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return;
    kj_buf_append(out, buf, (size_t)r);
  }
}

int kj_procs_split(int n, int (*part)(int k, int n, void *arg, kj_buf *out), void *arg,
                   kj_buf *out) {
  n = clamp(n);
  if (n == 1) return inline_parts(1, part, arg, out);
  pid_t pid[KJ_PROCS_MAX];
  int fd[KJ_PROCS_MAX], status = 0;
  kj_buf here[KJ_PROCS_MAX] = {{0}}; /* the text of each part run here */
  fflush(stdout);
  fflush(stderr);
  /* Parts 1 .. n-1 in children, forked first; part 0 then runs here, in the
   * process whose pages are already in use: a new process pays a page fault
   * for every page it writes first (procs.h). */
  pid[0] = 0;
  fd[0] = -1;
  for (int k = 1; k < n; k++) {
    int p[2];
    pid[k] = -1;
    fd[k] = -1;
    if (pipe(p) == 0) {
      pid[k] = fork();
      if (pid[k] == 0) {
        close(p[0]);
        for (int i = 1; i < k; i++) close(fd[i]);
        child(k, n, part, arg, p[1]);
      }
      close(p[1]);
      if (pid[k] > 0) fd[k] = p[0];
      else close(p[0]);
    }
  }
  int rc[KJ_PROCS_MAX] = {0};
  for (int k = 0; k < n; k++) /* part 0, and any part whose fork failed */
    if (pid[k] <= 0) rc[k] = part(k, n, arg, &here[k]);
  /* The texts in part order: each pipe to its end (a child blocked on a
   * full pipe is released when its turn comes; none waits for another),
   * then the exits. */
  for (int k = 0; k < n; k++) {
    if (pid[k] <= 0) {
      kj_buf_append(out, here[k].data, here[k].len);
      kj_buf_free(&here[k]);
    } else {
      drain(fd[k], out);
      close(fd[k]);
      int ws = 0;
      pid_t w;
      while ((w = waitpid(pid[k], &ws, 0)) < 0 && errno == EINTR) {
      }
      rc[k] = w < 0 || !WIFEXITED(ws) ? KJ_INTERNAL : WEXITSTATUS(ws);
    }
    if (rc[k] && !status) status = rc[k];
  }
  return status;
}
#endif
