/* store.h — the SQLite database behind kinerja; the only module that
 * includes sqlite3.h.
 *
 * A kj_store is an open database with the current schema (created or
 * migrated on open) and foreign keys on. Statements are prepared from SQL
 * text — normally kj_query("name") — and bound by index; values are never
 * formatted into SQL. Every SQLite error is translated here into KJ_DB (or
 * KJ_DATA for constraint violations) with sqlite3_errmsg in the message.
 *
 * Ownership: kj_store_open returns a store the caller closes with
 * kj_store_close; kj_store_prepare returns a statement the caller finalizes
 * with kj_stmt_free before closing the store. Column text pointers are valid
 * until the next step/reset/free of that statement.
 */
#ifndef KJ_STORE_H
#define KJ_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "util/status.h"

typedef struct kj_store kj_store;
typedef struct kj_stmt kj_stmt;

enum {
  KJ_STORE_SCHEMA_VERSION = 5 /* PRAGMA user_version of a current database */
};

typedef enum kj_open_mode {
  KJ_OPEN_EXISTING,  /* the file must exist (commands that read) */
  KJ_OPEN_CREATE     /* create it if missing (init, import, demo) */
} kj_open_mode;

/* Opens (or creates) path, applies pragmas, creates the schema in a new
 * database or runs the pending migrations of an older one in a transaction.
 * KJ_DB when the file is not a database, is locked, or has a newer schema;
 * KJ_IO when it cannot be opened. */
kj_status kj_store_open(const char *path, kj_open_mode mode, kj_store **out, kj_error *err);
void kj_store_close(kj_store *st); /* NULL-safe */
const char *kj_store_path(const kj_store *st);

/* Runs one or more statements without results (schema scripts). */
kj_status kj_store_exec(kj_store *st, const char *sql, kj_error *err);
/* Runs the embedded queries/NAME.sql script. */
kj_status kj_store_exec_query(kj_store *st, const char *name, kj_error *err);

kj_status kj_store_begin(kj_store *st, kj_error *err);   /* BEGIN IMMEDIATE */
kj_status kj_store_commit(kj_store *st, kj_error *err);
void kj_store_rollback(kj_store *st);                    /* no-op outside a transaction */

/* Prepares one statement. */
kj_status kj_store_prepare(kj_store *st, const char *sql, kj_stmt **out, kj_error *err);
/* Prepares the embedded queries/NAME.sql (a single statement). */
kj_status kj_store_prepare_query(kj_store *st, const char *name, kj_stmt **out, kj_error *err);
void kj_stmt_free(kj_stmt *s); /* NULL-safe */

/* Binding: idx is 1-based. text with len < 0 uses strlen; NULL text binds NULL. */
void kj_stmt_bind_int64(kj_stmt *s, int idx, int64_t v);
void kj_stmt_bind_double(kj_stmt *s, int idx, double v);
void kj_stmt_bind_text(kj_stmt *s, int idx, const char *v, int len);
void kj_stmt_bind_null(kj_stmt *s, int idx);
/* Binds text without copying: v must stay unchanged until the statement is
 * stepped and reset (the import's hot path). */
void kj_stmt_bind_text_static(kj_stmt *s, int idx, const char *v, int len);
/* Binds by name (":year"); returns KJ_INTERNAL when the name is unknown. */
int kj_stmt_param_index(kj_stmt *s, const char *name);

typedef enum kj_step { KJ_STEP_ERROR = -1, KJ_STEP_DONE = 0, KJ_STEP_ROW = 1 } kj_step;
/* Steps; on error fills err (KJ_DB, or KJ_DATA for a constraint violation). */
kj_step kj_stmt_step(kj_stmt *s, kj_error *err);
/* Steps a statement that returns no rows, then resets it. */
kj_status kj_stmt_run(kj_stmt *s, kj_error *err);
void kj_stmt_reset(kj_stmt *s); /* also clears bindings */

int kj_stmt_column_count(kj_stmt *s);
const char *kj_stmt_column_name(kj_stmt *s, int col);
int kj_stmt_is_null(kj_stmt *s, int col); /* col is 0-based */
int64_t kj_stmt_int64(kj_stmt *s, int col);
double kj_stmt_double(kj_stmt *s, int col);
const char *kj_stmt_text(kj_stmt *s, int col); /* "" for NULL */

/* Rows changed by the last INSERT/UPDATE/DELETE. */
int kj_store_changes(kj_store *st);
/* Runs a query returning one integer (first column of the first row);
 * def when there is no row or it is NULL. */
kj_status kj_store_scalar_int(kj_store *st, const char *sql, int64_t def, int64_t *out, kj_error *err);

/* PRAGMA integrity_check over the whole file (reads every page: seconds
 * on a large database, so `kinerja check` runs it, not every open). KJ_OK
 * when SQLite answers "ok"; KJ_DB with its first finding and the number of
 * findings otherwise. */
kj_status kj_store_integrity(kj_store *st, kj_error *err);

/* Library versions for --version and the methodology sheet. */
const char *kj_store_sqlite_version(void);

#endif
