/* xlsx_read_bench.c — reads every row of one sheet and reports the speed.
 *
 *   xlsx_read_bench FILE.xlsx [SHEET]
 *
 * Prints rows, non-empty cells, text bytes, seconds (open, and open + read)
 * and rows per second. Built and run by tests/bench/xlsx_bench.sh, which also
 * measures the peak RSS with /usr/bin/time -v.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ingest/xlsx.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 2 || argc > 3) {
    fprintf(stderr, "usage: xlsx_read_bench FILE.xlsx [SHEET]\n");
    return 1;
  }
  kj_error err = {0};
  kj_xlsx *x = NULL;
  double t0 = now();
  if (kj_xlsx_open(argv[1], argc > 2 ? argv[2] : NULL, &x, &err) != KJ_OK) {
    fprintf(stderr, "%s\n", err.msg);
    return 2;
  }
  double t1 = now();
  const kj_xrow *r;
  long rows = 0, cells = 0;
  size_t bytes = 0;
  int rc;
  while ((rc = kj_xlsx_next(x, &r, &err)) == 1) {
    rows++;
    for (int c = 0; c < r->ncells; c++)
      if (r->cells[c].text) cells++, bytes += strlen(r->cells[c].text);
  }
  double t2 = now();
  kj_xlsx_close(x);
  if (rc < 0) {
    fprintf(stderr, "%s\n", err.msg);
    return 2;
  }
  printf("rows %ld cells %ld text_bytes %zu open_s %.3f total_s %.3f rows_per_s %.0f\n", rows,
         cells, bytes, t1 - t0, t2 - t0, (double)rows / (t2 - t0));
  return 0;
}
