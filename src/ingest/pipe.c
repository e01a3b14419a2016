/* pipe.c — a bounded queue of batches between the validating thread and one
 * writer thread (see pipe.h).
 *
 * Batches hold up to BATCH_OPS upserts; their text values are copied into a
 * per-batch arena and referenced by offset, so the arena can grow. NBATCH
 * batches rotate: the producer fills one while the writer empties another,
 * and blocks only when the writer is NBATCH - 1 batches behind. After a
 * database error the writer discards the rest; the error surfaces at the next
 * submit or drain, and the import rolls back as usual.
 */
#include "ingest/pipe.h"
#include "util/buf.h"
#include "util/xalloc.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define BATCH_OPS 2048
#define NBATCH 4
#define MAXVALS 24

typedef struct op {
  kj_upsert *u;
  kj_import_file_result *res;
  kj_value v[MAXVALS]; /* text values: .s is NULL, .i is the offset into the arena */
} op;

typedef struct batch {
  op *ops;
  int n;
  kj_buf arena;
} batch;

struct kj_pipe {
  kj_store *store;
  pthread_t thread;
  pthread_mutex_t mu;
  pthread_cond_t can_fill;  /* a batch became free */
  pthread_cond_t can_write; /* a batch became full, or stop */
  batch b[NBATCH];
  int head;     /* next batch the writer takes */
  int count;    /* full batches waiting for the writer */
  int busy;     /* the writer is executing a batch */
  int fill;     /* batch the producer is filling */
  int stop;
  kj_status status; /* first database error */
  kj_error err;
};

static void run_batch(kj_pipe *p, batch *b) {
  for (int i = 0; i < b->n && p->status == KJ_OK; i++) {
    op *o = &b->ops[i];
    kj_value v[MAXVALS];
    for (int k = 0; k < o->u->nparams; k++) {
      v[k] = o->v[k];
      if (v[k].t == KJ_V_TEXT) v[k].s = b->arena.data + v[k].i;
    }
    kj_loader L = {0};
    L.store = p->store;
    L.res = o->res;
    kj_error e = {0};
    kj_status s = kj_upsert_run(&L, o->u, v, &e);
    if (s != KJ_OK) {
      pthread_mutex_lock(&p->mu);
      p->status = s;
      p->err = e;
      pthread_mutex_unlock(&p->mu);
    }
  }
  b->n = 0;
  kj_buf_reset(&b->arena);
}

static void *writer(void *arg) {
  kj_pipe *p = arg;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (p->count == 0 && !p->stop) pthread_cond_wait(&p->can_write, &p->mu);
    if (p->count == 0 && p->stop) break;
    batch *b = &p->b[p->head];
    p->busy = 1;
    pthread_mutex_unlock(&p->mu);
    run_batch(p, b);
    pthread_mutex_lock(&p->mu);
    p->busy = 0;
    p->head = (p->head + 1) % NBATCH;
    p->count--;
    pthread_cond_broadcast(&p->can_fill);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

kj_pipe *kj_pipe_start(kj_store *store) {
  kj_pipe *p = xcalloc(1, sizeof *p);
  p->store = store;
  for (int i = 0; i < NBATCH; i++) p->b[i].ops = xmalloc(BATCH_OPS * sizeof(op));
  pthread_mutex_init(&p->mu, NULL);
  pthread_cond_init(&p->can_fill, NULL);
  pthread_cond_init(&p->can_write, NULL);
  if (pthread_create(&p->thread, NULL, writer, p) != 0) {
    for (int i = 0; i < NBATCH; i++) free(p->b[i].ops);
    free(p);
    return NULL;
  }
  return p;
}

/* Hands the filling batch to the writer and waits for a free one. Called
 * with the mutex held. */
static void push_locked(kj_pipe *p) {
  p->count++;
  p->fill = (p->fill + 1) % NBATCH;
  pthread_cond_signal(&p->can_write);
  /* The next batch to fill is (head + count) % NBATCH: free unless all are taken. */
  while (p->count >= NBATCH) pthread_cond_wait(&p->can_fill, &p->mu);
}

static kj_status error_of(kj_pipe *p, kj_error *err) {
  if (p->status != KJ_OK && err) *err = p->err;
  return p->status;
}

kj_status kj_pipe_submit(kj_pipe *p, kj_upsert *u, const kj_value *v, kj_import_file_result *res,
                         kj_error *err) {
  batch *b = &p->b[p->fill];
  op *o = &b->ops[b->n++];
  o->u = u;
  o->res = res;
  for (int k = 0; k < u->nparams && k < MAXVALS; k++) {
    o->v[k] = v[k];
    if (v[k].t == KJ_V_TEXT) {
      o->v[k].i = (int64_t)b->arena.len;
      o->v[k].s = NULL;
      kj_buf_append(&b->arena, v[k].s, strlen(v[k].s) + 1);
    }
  }
  kj_status s = KJ_OK;
  if (b->n == BATCH_OPS) {
    pthread_mutex_lock(&p->mu);
    push_locked(p);
    s = error_of(p, err);
    pthread_mutex_unlock(&p->mu);
  }
  return s;
}

kj_status kj_pipe_drain(kj_pipe *p, kj_error *err) {
  pthread_mutex_lock(&p->mu);
  if (p->b[p->fill].n > 0) {
    p->count++;
    p->fill = (p->fill + 1) % NBATCH;
    pthread_cond_signal(&p->can_write);
  }
  while (p->count > 0 || p->busy) pthread_cond_wait(&p->can_fill, &p->mu);
  kj_status s = error_of(p, err);
  pthread_mutex_unlock(&p->mu);
  return s;
}

void kj_pipe_stop(kj_pipe *p) {
  if (!p) return;
  kj_pipe_drain(p, NULL);
  pthread_mutex_lock(&p->mu);
  p->stop = 1;
  pthread_cond_signal(&p->can_write);
  pthread_mutex_unlock(&p->mu);
  pthread_join(p->thread, NULL);
  for (int i = 0; i < NBATCH; i++) {
    free(p->b[i].ops);
    kj_buf_free(&p->b[i].arena);
  }
  pthread_mutex_destroy(&p->mu);
  pthread_cond_destroy(&p->can_fill);
  pthread_cond_destroy(&p->can_write);
  free(p);
}
