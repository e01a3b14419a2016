/* side.h — a read job on a second connection to the same database, in a
 * thread of its own, while the caller goes on with its connection.
 *
 * A SQLite connection serves one thread at a time (store.c opens them
 * NOMUTEX), so a job that should run beside the caller's own reads gets a
 * connection of its own: two connections read the file side by side. The
 * job must not touch what the caller uses until kj_store_side_join. Each
 * connection reads a committed state; an import committing between the two
 * connections' first reads would be seen by one of them only, as with any
 * two statements of one connection outside a transaction.
 */
#ifndef KJ_STORE_SIDE_H
#define KJ_STORE_SIDE_H

#include "store/store.h"

typedef struct kj_store_side kj_store_side;

/* Starts job(own, arg) in a new thread on a new connection to st's
 * database, with a 2 MB page cache: side jobs are scans that read each page
 * once, and the store's 64 MB cache would only fill fresh memory (on the
 * test VM a first touch of a page costs about 13 us: the data-date scan of
 * the monthly report took 107-151 ms of CPU with it, 35-51 ms without).
 * NULL when that is not worth it or not possible (one processor, an
 * in-memory database, no connection, no thread): the caller then runs
 * job(st, arg) itself. */
kj_store_side *kj_store_side_start(kj_store *st, void (*job)(kj_store *own, void *arg),
                                   void *arg);

/* Waits for the job to end and closes its connection. NULL-safe. */
void kj_store_side_join(kj_store_side *side);

#endif
