/* store.c — opening the database, schema and migrations, statements.
 *
 * Where it sits: ingest writes through it, analysis reads through it; nobody
 * else sees SQLite. The schema is queries/schema.sql (the current version, for
 * new databases) plus queries/migrate/NNN.sql (one file per version step, for
 * databases made by older builds); PRAGMA user_version records the version.
 *
 * Pragmas favour a single-user batch tool whose big writes are bulk loads:
 * a rollback journal (journal_mode=DELETE) rather than WAL, because a load
 * into new pages journals almost nothing while WAL writes every page twice
 * (once to the log, once at the checkpoint) — measured 12 % faster on a
 * 600,000-row load; synchronous=FULL, since in rollback mode NORMAL can
 * corrupt on power loss and FULL costs only a few fsyncs per transaction;
 * a 64 MiB page cache; and a busy timeout so a second kinerja process
 * waits briefly before "locked" (readers and the writer do not overlap).
 */
#include "store/store.h"
#include "store/queries.h"
#include "util/xalloc.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct kj_store {
  sqlite3 *db;
  char *path;
};

struct kj_stmt {
  sqlite3_stmt *st;
  kj_store *store;
};

const char *kj_query(const char *name) {
  for (const kj_query_entry *q = kj_query_table; q->name; q++)
    if (strcmp(q->name, name) == 0) return q->sql;
  return NULL;
}

const char *kj_store_sqlite_version(void) { return sqlite3_libversion(); }

const char *kj_store_path(const kj_store *st) { return st->path; }

static kj_status db_fail(kj_store *st, kj_error *err, int rc, const char *what) {
  int ext = st && st->db ? sqlite3_extended_errcode(st->db) : rc;
  const char *msg = st && st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc);
  kj_status s = (rc & 0xff) == SQLITE_CONSTRAINT ? KJ_DATA : KJ_DB;
  if ((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_IOERR) s = KJ_IO;
  const char *path = st && st->path ? st->path : "database";
  /* The two a user meets most, said in their terms. */
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    return kj_fail(err, KJ_DB, "%s: the database is locked by another process (another kinerja, "
                               "or an open sqlite3 session); try again when it has finished",
                   path);
  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
    return kj_fail(err, KJ_DB, "%s: not an SQLite database, or a damaged one (%s)", path, msg);
  /* SQLITE_FULL is ENOSPC (or the page limit) while writing the database or
   * its journal. The transaction is rolled back (kj_store_rollback, or the
   * hot journal on the next open), so the database keeps its old content. */
  if ((rc & 0xff) == SQLITE_FULL)
    return kj_fail(err, KJ_IO, "%s: the disk is full: the database could not be written (%s); "
                               "nothing was changed. Free space on the disk that holds %s "
                               "and run the command again",
                   path, what, path);
  return kj_fail(err, s, "%s: %s: %s (sqlite code %d)", path, what, msg, ext);
}

kj_status kj_store_exec(kj_store *st, const char *sql, kj_error *err) {
  int rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);
  return rc == SQLITE_OK ? KJ_OK : db_fail(st, err, rc, "executing SQL");
}

kj_status kj_store_exec_query(kj_store *st, const char *name, kj_error *err) {
  const char *sql = kj_query(name);
  if (!sql) return kj_fail(err, KJ_INTERNAL, "no embedded query '%s'", name);
  int rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);
  if (rc == SQLITE_OK) return KJ_OK;
  char what[160];
  snprintf(what, sizeof what, "running queries/%s.sql", name);
  return db_fail(st, err, rc, what);
}

kj_status kj_store_begin(kj_store *st, kj_error *err) {
  int rc = sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  return rc == SQLITE_OK ? KJ_OK : db_fail(st, err, rc, "starting a transaction");
}

kj_status kj_store_commit(kj_store *st, kj_error *err) {
  int rc = sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
  return rc == SQLITE_OK ? KJ_OK : db_fail(st, err, rc, "committing");
}

void kj_store_rollback(kj_store *st) {
  if (st && st->db && !sqlite3_get_autocommit(st->db))
    sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

kj_status kj_store_prepare(kj_store *st, const char *sql, kj_stmt **out, kj_error *err) {
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL);
  if (rc != SQLITE_OK) {
    *out = NULL;
    return db_fail(st, err, rc, "preparing a statement");
  }
  kj_stmt *k = xmalloc(sizeof *k);
  k->st = s;
  k->store = st;
  *out = k;
  return KJ_OK;
}

kj_status kj_store_prepare_query(kj_store *st, const char *name, kj_stmt **out, kj_error *err) {
  const char *sql = kj_query(name);
  if (!sql) {
    *out = NULL;
    return kj_fail(err, KJ_INTERNAL, "no embedded query '%s'", name);
  }
  kj_status s = kj_store_prepare(st, sql, out, err);
  if (s != KJ_OK && err) {
    char tmp[sizeof err->msg];
    snprintf(tmp, sizeof tmp, "queries/%s.sql: %.1900s", name, err->msg);
    memcpy(err->msg, tmp, sizeof tmp);
  }
  return s;
}

void kj_stmt_free(kj_stmt *s) {
  if (!s) return;
  sqlite3_finalize(s->st);
  free(s);
}

void kj_stmt_bind_int64(kj_stmt *s, int idx, int64_t v) { sqlite3_bind_int64(s->st, idx, v); }
void kj_stmt_bind_double(kj_stmt *s, int idx, double v) { sqlite3_bind_double(s->st, idx, v); }
void kj_stmt_bind_null(kj_stmt *s, int idx) { sqlite3_bind_null(s->st, idx); }

void kj_stmt_bind_text(kj_stmt *s, int idx, const char *v, int len) {
  if (!v) sqlite3_bind_null(s->st, idx);
  else sqlite3_bind_text(s->st, idx, v, len, SQLITE_TRANSIENT);
}

void kj_stmt_bind_text_static(kj_stmt *s, int idx, const char *v, int len) {
  if (!v) sqlite3_bind_null(s->st, idx);
  else sqlite3_bind_text(s->st, idx, v, len, SQLITE_STATIC);
}

int kj_stmt_param_index(kj_stmt *s, const char *name) {
  return sqlite3_bind_parameter_index(s->st, name);
}

kj_step kj_stmt_step(kj_stmt *s, kj_error *err) {
  int rc = sqlite3_step(s->st);
  if (rc == SQLITE_ROW) return KJ_STEP_ROW;
  if (rc == SQLITE_DONE) return KJ_STEP_DONE;
  db_fail(s->store, err, rc, "running a statement");
  sqlite3_reset(s->st);
  return KJ_STEP_ERROR;
}

kj_status kj_stmt_run(kj_stmt *s, kj_error *err) {
  kj_step r;
  while ((r = kj_stmt_step(s, err)) == KJ_STEP_ROW) {}
  sqlite3_reset(s->st);
  return r == KJ_STEP_DONE ? KJ_OK : (err ? err->status : KJ_DB);
}

void kj_stmt_reset(kj_stmt *s) {
  sqlite3_reset(s->st);
  sqlite3_clear_bindings(s->st);
}

int kj_stmt_column_count(kj_stmt *s) { return sqlite3_column_count(s->st); }
const char *kj_stmt_column_name(kj_stmt *s, int col) { return sqlite3_column_name(s->st, col); }
int kj_stmt_is_null(kj_stmt *s, int col) { return sqlite3_column_type(s->st, col) == SQLITE_NULL; }
int64_t kj_stmt_int64(kj_stmt *s, int col) { return sqlite3_column_int64(s->st, col); }
double kj_stmt_double(kj_stmt *s, int col) { return sqlite3_column_double(s->st, col); }

const char *kj_stmt_text(kj_stmt *s, int col) {
  const unsigned char *t = sqlite3_column_text(s->st, col);
  return t ? (const char *)t : "";
}

int kj_store_changes(kj_store *st) { return sqlite3_changes(st->db); }

kj_status kj_store_scalar_int(kj_store *st, const char *sql, int64_t def, int64_t *out, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare(st, sql, &s, err);
  if (rc != KJ_OK) return rc;
  *out = def;
  kj_step r = kj_stmt_step(s, err);
  if (r == KJ_STEP_ROW && !kj_stmt_is_null(s, 0)) *out = kj_stmt_int64(s, 0);
  kj_stmt_free(s);
  return r == KJ_STEP_ERROR ? (err ? err->status : KJ_DB) : KJ_OK;
}

kj_status kj_store_integrity(kj_store *st, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare(st, "PRAGMA integrity_check(100)", &s, err);
  if (rc != KJ_OK) return rc;
  char first[512] = "";
  long n = 0;
  kj_step r;
  while ((r = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    const char *m = kj_stmt_text(s, 0);
    if (n == 0 && strcmp(m, "ok") == 0) continue;
    if (n++ > 0) continue;
    const char *hdr = "*** in database main ***\n";
    if (strncmp(m, hdr, strlen(hdr)) == 0) m += strlen(hdr);
    snprintf(first, sizeof first, "%s", m);
    for (char *c = first; *c; c++)
      if (*c == '\n') *c = ' ';
  }
  kj_stmt_free(s);
  if (r == KJ_STEP_ERROR) return err ? err->status : KJ_DB;
  if (n == 0) return KJ_OK;
  char more[64] = ""; /* SQLite stops at 100 findings */
  if (n > 1) snprintf(more, sizeof more, " and %ld%s more", n - 1, n >= 100 ? " or" : "");
  return kj_fail(err, KJ_DB,
                 "%s: the database is damaged: PRAGMA integrity_check reports '%s'%s; "
                 "restore it from a backup, or import the source files into a new database",
                 st->path, first, more);
}

/* ---- schema ---- */

static kj_status set_version(kj_store *st, int v, kj_error *err) {
  char sql[64];
  snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v); /* an integer we own, not input */
  return kj_store_exec(st, sql, err);
}

static kj_status migrate(kj_store *st, int from, kj_error *err) {
  kj_status rc = kj_store_begin(st, err);
  for (int v = from + 1; rc == KJ_OK && v <= KJ_STORE_SCHEMA_VERSION; v++) {
    char name[32];
    snprintf(name, sizeof name, "migrate/%03d", v);
    if (!kj_query(name)) {
      rc = kj_fail(err, KJ_INTERNAL, "no migration to schema version %d", v);
      break;
    }
    rc = kj_store_exec_query(st, name, err);
    if (rc == KJ_OK) rc = set_version(st, v, err);
  }
  if (rc == KJ_OK) rc = kj_store_commit(st, err);
  if (rc != KJ_OK) kj_store_rollback(st);
  return rc;
}

static kj_status ensure_schema(kj_store *st, kj_error *err) {
  int64_t version = 0, tables = 0;
  kj_status rc = kj_store_scalar_int(st, "PRAGMA user_version", 0, &version, err);
  if (rc == KJ_OK)
    rc = kj_store_scalar_int(st, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", 0,
                             &tables, err);
  if (rc != KJ_OK) return rc;
  if (version > KJ_STORE_SCHEMA_VERSION)
    return kj_fail(err, KJ_DB,
                   "%s: database schema version %lld is newer than this kinerja (%d); "
                   "use a newer kinerja",
                   st->path, (long long)version, KJ_STORE_SCHEMA_VERSION);
  if (version == KJ_STORE_SCHEMA_VERSION) return KJ_OK;
  if (version == 0 && tables > 0)
    return kj_fail(err, KJ_DB, "%s: not a kinerja database (it has tables but no schema version)",
                   st->path);
  if (version == 0) {
    rc = kj_store_begin(st, err);
    if (rc == KJ_OK) rc = kj_store_exec_query(st, "schema", err);
    if (rc == KJ_OK) rc = kj_store_exec_query(st, "indexes", err);
    if (rc == KJ_OK) rc = set_version(st, KJ_STORE_SCHEMA_VERSION, err);
    if (rc == KJ_OK) rc = kj_store_commit(st, err);
    if (rc != KJ_OK) kj_store_rollback(st);
    return rc;
  }
  return migrate(st, (int)version, err);
}

kj_status kj_store_open(const char *path, kj_open_mode mode, kj_store **out, kj_error *err) {
  *out = NULL;
  struct stat sb;
  int existed = stat(path, &sb) == 0;
  if (mode == KJ_OPEN_EXISTING && !existed)
    return kj_fail(err, KJ_IO, "%s: no database here; create one with 'kinerja import' or "
                               "'kinerja demo' (or pass --db FILE)", path);
  kj_store *st = xcalloc(1, sizeof *st);
  st->path = xstrdup(path);
  /* NOMUTEX: a store is used by one thread; skips a mutex per call. */
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
              (mode == KJ_OPEN_CREATE ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path, &st->db, flags, NULL);
  kj_status s = KJ_OK;
  if (rc != SQLITE_OK) {
    s = kj_fail(err, KJ_IO, "%s: cannot open database: %s", path,
                st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc));
    goto out;
  }
  sqlite3_extended_result_codes(st->db, 1);
  sqlite3_busy_timeout(st->db, 3000);
  s = kj_store_exec(st, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = DELETE; "
                        "PRAGMA synchronous = FULL; PRAGMA cache_size = -65536; "
                        "PRAGMA temp_store = MEMORY;", err);
  if (s == KJ_OK) s = ensure_schema(st, err);
out:
  if (s != KJ_OK) {
    kj_store_close(st);
    /* A database this call created and could not set up (a full disk) is
     * removed rather than left behind as an empty file. */
    if (!existed && strcmp(path, ":memory:") != 0 && stat(path, &sb) == 0 && sb.st_size == 0)
      unlink(path);
    return s;
  }
  *out = st;
  return KJ_OK;
}

void kj_store_close(kj_store *st) {
  if (!st) return;
  if (st->db) {
    kj_store_rollback(st);
    sqlite3_close_v2(st->db);
  }
  free(st->path);
  free(st);
}
