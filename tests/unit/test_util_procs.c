/* test_util_procs.c — a batch split over processes (util/procs.h): every
 * part runs once, part 0 in the calling process and the others in children
 * (where there is fork), the texts come back in part order, the status is
 * the first failure in part order, a child killed by a signal is a failure,
 * and the shared queue hands out each index exactly once across processes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/procs.h"
#include "util/status.h"

#ifdef _WIN32
#include <process.h>
#define getpid _getpid
#else
#include <unistd.h>
#endif

typedef struct batch {
  int caller;               /* the calling process */
  int fail_at;              /* the part that returns KJ_DATA, -1: none */
  int fail_too;             /* a later part that returns KJ_IO, -1: none */
  int crash_at;             /* the part that dies of a signal, -1: none */
  int here[KJ_PROCS_MAX];   /* set by the parts that ran in the caller */
  kj_procs_queue *queue;
} batch;

static int say_who(int k, int n, void *arg, kj_buf *out) {
  batch *b = arg;
  int mine = getpid() == b->caller;
  b->here[k] = mine; /* visible to the caller only when run here */
  kj_buf_printf(out, "part %d of %d %s\n", k, n, mine ? "here" : "child");
#ifndef _WIN32
  if (k == b->crash_at) raise(SIGKILL);
#endif
  return k == b->fail_at ? KJ_DATA : k == b->fail_too ? KJ_IO : 0;
}

static batch new_batch(void) {
  batch b = {.caller = getpid(), .fail_at = -1, .fail_too = -1, .crash_at = -1};
  return b;
}

static void texts_come_back_in_part_order(void **st) {
  (void)st;
  batch b = new_batch();
  kj_buf out = {0};
  assert_int_equal(kj_procs_split(3, say_who, &b, &out), 0);
#ifdef _WIN32
  assert_string_equal(kj_buf_cstr(&out), "part 0 of 1 here\n"); /* no fork: one part */
#else
  assert_string_equal(kj_buf_cstr(&out),
                      "part 0 of 3 here\npart 1 of 3 child\npart 2 of 3 child\n");
  assert_int_equal(b.here[0], 1); /* part 0 ran in this process */
  assert_int_equal(b.here[1] + b.here[2], 0);
#endif
  kj_buf_free(&out);
}

static void the_first_failure_in_part_order_is_returned(void **st) {
  (void)st;
  batch b = new_batch();
  b.fail_at = 2;
  b.fail_too = 3;
  kj_buf out = {0};
#ifdef _WIN32
  assert_int_equal(kj_procs_split(4, say_who, &b, &out), 0); /* part 0 only */
#else
  assert_int_equal(kj_procs_split(4, say_who, &b, &out), KJ_DATA);
  b.fail_at = 0; /* a failure here comes first too */
  assert_int_equal(kj_procs_split(4, say_who, &b, &out), KJ_DATA);
#endif
  kj_buf_free(&out);
}

static void a_child_killed_by_a_signal_is_a_failure(void **st) {
  (void)st;
#ifndef _WIN32
  batch b = new_batch();
  b.crash_at = 1;
  kj_buf out = {0};
  assert_int_equal(kj_procs_split(2, say_who, &b, &out), KJ_INTERNAL);
  kj_buf_free(&out);
#endif
}

/* Each part takes indexes from the queue and records them in its text. */
static int take_all(int k, int n, void *arg, kj_buf *out) {
  (void)k, (void)n;
  batch *b = arg;
  for (int i; (i = kj_procs_queue_next(b->queue)) >= 0;) kj_buf_printf(out, "%d\n", i);
  return 0;
}

static void the_queue_hands_out_each_index_once(void **st) {
  (void)st;
  enum { N = 500 };
  batch b = new_batch();
  b.queue = kj_procs_queue_new(N);
  kj_buf out = {0};
  assert_int_equal(kj_procs_split(4, take_all, &b, &out), 0);
  kj_procs_queue_free(b.queue);
  int seen[N] = {0}, count = 0;
  const char *p = kj_buf_cstr(&out);
  for (char *end; *p; p = end + 1) {
    long i = strtol(p, &end, 10);
    assert_true(end > p && *end == '\n' && i >= 0 && i < N);
    seen[i]++;
    count++;
  }
  assert_int_equal(count, N);
  for (int i = 0; i < N; i++) assert_int_equal(seen[i], 1);
  kj_buf_free(&out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(texts_come_back_in_part_order),
      cmocka_unit_test(the_first_failure_in_part_order_is_returned),
      cmocka_unit_test(a_child_killed_by_a_signal_is_a_failure),
      cmocka_unit_test(the_queue_hands_out_each_index_once),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
