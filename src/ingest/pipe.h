/* pipe.h — runs the import's database writes on a second thread.
 *
 * Parsing and validating a row costs about a third of what SQLite needs to
 * insert it; with the two on separate threads a load runs at the speed of
 * the slower one. The validating thread submits upserts (values copied into
 * batches); one writer thread executes them in submission order on the same
 * connection. The connection is never used by both threads at once: anything
 * else that touches the store (preparing or finalizing statements, the import
 * log, indexes, commit) first calls kj_pipe_drain.
 *
 * Ownership: kj_pipe_start returns a pipe stopped and freed with
 * kj_pipe_stop (which drains first).
 */
#ifndef KJ_PIPE_H
#define KJ_PIPE_H

#include "ingest/import.h"
#include "ingest/loader.h"

typedef struct kj_pipe kj_pipe;

/* Starts the writer thread for store. NULL when threads are unavailable
 * (the caller then writes directly). */
kj_pipe *kj_pipe_start(kj_store *store);
/* Queues one upsert with its values (copied) and the result whose counters
 * the writer updates. Returns the first database error seen so far, if any. */
kj_status kj_pipe_submit(kj_pipe *p, kj_upsert *u, const kj_value *v, kj_import_file_result *res,
                         kj_error *err);
/* Waits until every queued upsert has run; returns the first database error. */
kj_status kj_pipe_drain(kj_pipe *p, kj_error *err);
void kj_pipe_stop(kj_pipe *p); /* NULL-safe */

#endif
