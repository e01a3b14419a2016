/* test_store_side.c — a read job on a second connection (store/side.h):
 * it runs in a thread of its own on its own connection, reads what the
 * caller's connection committed, scans with the small page cache, and is
 * not started where it cannot help (an in-memory database). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/side.h"
#include "testutil.h"
#include "util/procs.h"

typedef struct job {
  kj_store *seen;        /* the connection the job was given */
  int64_t rows;          /* what it read */
  int64_t cache_size;    /* its PRAGMA cache_size */
  kj_status rc;
} job;

static void count_rows(kj_store *own, void *arg) {
  job *j = arg;
  kj_error err = {KJ_OK, ""};
  j->seen = own;
  j->rc = kj_store_scalar_int(own, "SELECT count(*) FROM t", -1, &j->rows, &err);
  if (j->rc == KJ_OK)
    j->rc = kj_store_scalar_int(own, "PRAGMA cache_size", 0, &j->cache_size, &err);
}

static void side_job_reads_on_its_own_connection_with_a_small_cache(void **st) {
  (void)st;
  char *dir = kj_test_tmpdir("side");
  size_t n = strlen(dir) + 16;
  char *path = malloc(n);
  snprintf(path, n, "%s/k.db", dir);
  kj_store *s = NULL;
  kj_error err = {KJ_OK, ""};
  assert_int_equal(kj_store_open(path, KJ_OPEN_CREATE, &s, &err), KJ_OK);
  assert_int_equal(kj_store_exec(s, "CREATE TABLE t (x INTEGER); "
                                    "INSERT INTO t VALUES (1), (2), (3);", &err), KJ_OK);
  job j = {NULL, -1, 0, KJ_INTERNAL};
  kj_store_side *side = kj_store_side_start(s, count_rows, &j);
  if (kj_cpu_count() < 2) {
    assert_null(side); /* one processor: the caller runs the job itself */
  } else {
    assert_non_null(side);
    kj_store_side_join(side);
    assert_int_equal(j.rc, KJ_OK);
    assert_ptr_not_equal(j.seen, s);
    assert_int_equal(j.rows, 3);
    /* a scan reads each page once: 2 MB, not the store's 64 MB */
    assert_int_equal(j.cache_size, -2048);
    int64_t own = 0;
    assert_int_equal(kj_store_scalar_int(s, "PRAGMA cache_size", 0, &own, &err), KJ_OK);
    assert_int_equal(own, -65536); /* the caller's connection is untouched */
  }
  kj_store_close(s);
  kj_test_rmtree(dir);
  free(path);
  free(dir);
}

static void no_side_job_on_an_in_memory_database(void **st) {
  (void)st;
  kj_store *s = NULL;
  kj_error err = {KJ_OK, ""};
  assert_int_equal(kj_store_open(":memory:", KJ_OPEN_CREATE, &s, &err), KJ_OK);
  job j = {NULL, -1, 0, KJ_INTERNAL};
  /* a second connection to ":memory:" would be another, empty database */
  assert_null(kj_store_side_start(s, count_rows, &j));
  assert_null(j.seen);
  kj_store_side_join(NULL); /* NULL-safe, as the callers rely on */
  kj_store_close(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(side_job_reads_on_its_own_connection_with_a_small_cache),
      cmocka_unit_test(no_side_job_on_an_in_memory_database),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
