/* side.c — a read job on a second connection, in a thread of its own. */
#include "store/side.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/procs.h"
#include "util/xalloc.h"

struct kj_store_side {
  pthread_t thread;
  kj_store *own;
  void (*job)(kj_store *own, void *arg);
  void *arg;
};

static void *run(void *p) {
  kj_store_side *side = p;
  side->job(side->own, side->arg);
  return NULL;
}

kj_store_side *kj_store_side_start(kj_store *st, void (*job)(kj_store *own, void *arg),
                                   void *arg) {
  const char *path = kj_store_path(st);
  if (kj_cpu_count() < 2 || !path || !*path || strcmp(path, ":memory:") == 0) return NULL;
  kj_store_side *side = xcalloc(1, sizeof *side);
  kj_error ignored = {KJ_OK, ""};
  side->job = job;
  side->arg = arg;
  if (kj_store_open(path, KJ_OPEN_EXISTING, &side->own, &ignored) != KJ_OK ||
      kj_store_exec(side->own, "PRAGMA cache_size = -2048", &ignored) != KJ_OK) {
    free(side);
    return NULL;
  }
  if (pthread_create(&side->thread, NULL, run, side) != 0) {
    kj_store_close(side->own);
    free(side);
    return NULL;
  }
  return side;
}

void kj_store_side_join(kj_store_side *side) {
  if (!side) return;
  pthread_join(side->thread, NULL);
  kj_store_close(side->own);
  free(side);
}
