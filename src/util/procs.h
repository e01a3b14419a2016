/* procs.h — a batch of independent outputs split over child processes.
 *
 * A batch that writes several files (the monthly workbooks of a range of
 * months) spends most of its time in the workbook library; on a machine with
 * several cores the files can be written side by side. Processes rather than
 * threads: nothing is shared, so no library has to be thread-safe
 * (libxlsxwriter 1.1.4 keeps static state in gmtime and in its temporary file
 * names). A child starts with the parent's memory as it was at the split,
 * must not use a database connection the parent opened (it opens its own),
 * and ends with _exit. Where there is no fork (Windows) the whole batch is
 * one part run in the calling process, with the same results.
 */
#ifndef KJ_PROCS_H
#define KJ_PROCS_H

#include "util/buf.h"

#define KJ_PROCS_MAX 8

/* Processors online (at least 1). */
int kj_cpu_count(void);

/* Runs part(k, n, arg, out) for k = 0 .. n-1 (n clamped to
 * 1..KJ_PROCS_MAX; 1 without fork): parts 1 .. n-1 each in a child process
 * forked first, then part 0 in the calling process (as any part whose fork
 * failed), and waits for all. The caller working too saves a fork and a
 * fresh process's first touches of the memory it writes (a page fault
 * each, about 10 us on the test VM): the 12 monthly workbooks of the demo
 * took 0.456 s, now 0.438 s (10 interleaved runs, 2 cores). So part 0 may
 * change the caller's memory; the children see it as it was before. A part
 * returns 0 or a kj_status (a child killed by a signal counts as
 * KJ_INTERNAL) and may append text to its out buffer, which the caller gets
 * in *out in part order once all are done. Returns the first non-zero
 * status in part order, 0 when all succeeded. stdout and stderr are flushed
 * first so nothing buffered is written twice. */
int kj_procs_split(int n, int (*part)(int k, int n, void *arg, kj_buf *out), void *arg,
                   kj_buf *out);

/* The indexes 0 .. n-1 as a queue shared by the parts of one
 * kj_procs_split (child processes included): each part takes the next
 * index until none is left, so a part whose items happen to be quicker
 * takes more of them and all parts end at about the same time. Made before
 * the split, freed after it. */
typedef struct kj_procs_queue kj_procs_queue;
kj_procs_queue *kj_procs_queue_new(int n);
/* The next index, in increasing order across all parts; -1 when all are
 * taken. */
int kj_procs_queue_next(kj_procs_queue *q);
void kj_procs_queue_free(kj_procs_queue *q); /* NULL-safe */

#endif
