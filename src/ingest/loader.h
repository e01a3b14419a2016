/* loader.h — the state shared by the per-kind loaders during one import.
 *
 * The orchestrator (import.c) owns a kj_loader for the whole invocation:
 * the store (inside the import's transaction), the diagnostics, and what is
 * known so far about units and employees (from the database and from files
 * earlier in this import), so references resolve without a query per row.
 * For each file it sets the current file, kind, column map and counters;
 * for each record the current fields. Kind loaders (kind_*.c) read fields
 * with the kj_field_* helpers, which report errors at the right location.
 */
#ifndef KJ_LOADER_H
#define KJ_LOADER_H

#include <stdint.h>

#include "domain/date.h"
#include "domain/enums.h"
#include "domain/nip.h"
#include "domain/period.h"
#include "ingest/import.h"
#include "store/store.h"
#include "util/diag.h"
#include "util/hash.h"

#define KJ_MAX_COLS 40

/* What the import knows of a unit. */
typedef struct kj_unit_info {
  char *code;
  int parent;      /* index into units, -1 for an OPD (top level) */
  int in_db;       /* 1 when it existed before this import */
} kj_unit_info;

/* A bound value for an upsert statement. */
typedef enum kj_vtype { KJ_V_NULL, KJ_V_INT, KJ_V_REAL, KJ_V_TEXT } kj_vtype;
typedef struct kj_value {
  kj_vtype t;
  int64_t i;
  double d;
  const char *s;
} kj_value;

/* Two statements that together implement data.md's upsert: INSERT ... ON
 * CONFLICT DO NOTHING, then (on conflict) UPDATE ... WHERE the key matches and
 * some value differs. Both take the same parameters ?1..?n. */
typedef struct kj_upsert {
  kj_stmt *insert;
  kj_stmt *update;
  int nparams;
  /* Wide rows (kj_upsert_prepare_wide): the last nwide parameters are
   * separate values that may be NULL (not given); select reads the stored
   * ones by the first nkey parameters, and the counts are per value. */
  kj_stmt *select;
  int nkey, nwide;
} kj_upsert;

typedef struct kj_loader kj_loader;
typedef struct kj_pipe kj_pipe;

/* Locates a column of the current record for messages ("FILE:LINE" for CSV,
 * "FILE:SHEET!CELL" for xlsx). */
typedef void (*kj_locate_fn)(const kj_loader *L, int col, char *out, size_t cap);

struct kj_loader {
  kj_store *store;
  kj_diag *diag;
  const kj_import_opts *opts;

  /* units and employees known so far */
  kj_unit_info *units;
  int nunits, units_cap;
  kj_strmap unit_index;   /* code -> index in units */
  kj_i64map nip_unit;     /* NIP -> index of the employee's current unit */
  kj_pipe *pipe;          /* writer thread for upserts; NULL = write directly */

  /* current file */
  const char *file;       /* path as given */
  kj_kind kind;
  int colmap[KJ_MAX_COLS];/* kind column id -> field index in the record, -1 absent */
  const char *colname[KJ_MAX_COLS]; /* header text as written in the file, for messages */
  int decimal_comma;      /* ';' or TAB files may write 87,5 */
  kj_fpset keys;          /* keys seen in this file */
  kj_i64map outside;      /* NIPs outside the roster already warned about in this file */
  long outside_more;      /* further rows referring to them (one summary line) */
  kj_import_file_result *res;
  long file_errors;       /* errors in this file so far */

  /* current record */
  long line;
  char **fields;
  int nfields;
  int row_bad;            /* set by field helpers on error */
  kj_locate_fn locate;    /* NULL = CSV "FILE:LINE" */
  void *locate_ctx;
};

/* Field access (col = the kind's column id). NULL when the column is absent
 * or the cell is empty after trimming. */
const char *kj_field(kj_loader *L, int col);
/* Reports an error at the current record and column (col < 0: no column)
 * and marks the row bad. */
void kj_field_error(kj_loader *L, int col, const char *fmt, ...) KJ_PRINTF(3, 4);
void kj_field_warn(kj_loader *L, int col, const char *fmt, ...) KJ_PRINTF(3, 4);

/* Typed readers: return 1 when the value is present and valid, 0 when it is
 * absent (error reported if required), -1 when present but invalid (error
 * reported). */
int kj_field_nip(kj_loader *L, int col, int required, kj_nip_kind kind, int64_t *out);
int kj_field_period(kj_loader *L, int col, int required, kj_period *out, char canon[16]);
int kj_field_date(kj_loader *L, int col, int required, kj_date *out, char iso[24]);
int kj_field_number(kj_loader *L, int col, int required, double *out);
int kj_field_int(kj_loader *L, int col, int required, long min, long max, long *out);
int kj_field_enum(kj_loader *L, int col, int required, const kj_enum *e, int *out);
int kj_field_code(kj_loader *L, int col, int required, const char **out);
/* A unit code that must exist (in the database or earlier in the import). */
int kj_field_unit_ref(kj_loader *L, int col, int required, int *unit_index);
/* A NIP that must be on the roster (error) — or, with soft, only a warning. */
int kj_field_nip_ref(kj_loader *L, int col, int required, int soft, int64_t *out, int *unit_index);

/* Parses a decimal number: optional sign, digits, one decimal separator
 * ('.' always, ',' when comma_ok), optional exponent. NaN, inf, hex,
 * thousands separators and empty strings are rejected. Returns 0 or -1 with
 * the reason in why. */
int kj_parse_number(const char *s, int comma_ok, double *out, char *why, int cap);

/* Registers a unit (known from now on); returns its index. parent may be -1. */
int kj_loader_add_unit(kj_loader *L, const char *code, int parent, int in_db);
int kj_loader_find_unit(const kj_loader *L, const char *code);
/* The OPD (top-level ancestor) of unit index u (cycles stop at u itself). */
int kj_loader_opd_of(const kj_loader *L, int u);

/* Warns that a referenced NIP (text as written) is not on the roster: once
 * per NIP and file; later rows only count towards one summary line. */
void kj_loader_warn_outside(kj_loader *L, int col, int64_t nip, const char *text);
/* Prints that summary line and resets the per-file state. */
void kj_loader_file_done(kj_loader *L);

/* Records that a key was seen in this file. Returns 0 when it is new, else
 * the line of its first occurrence (the caller reports the duplicate; the
 * message is only formatted then, which keeps the common path cheap). */
uint32_t kj_loader_key(kj_loader *L, kj_fp key);

/* Prepares the two statements queries/ingest/<name>_insert.sql and
 * <name>_update.sql. */
kj_status kj_upsert_prepare(kj_store *st, const char *name, int nparams, kj_upsert *u,
                            kj_error *err);
/* The wide form: <name>_insert (all parameters), <name>_select (parameters
 * ?1..?nkey, result the nwide stored values in parameter order) and
 * <name>_update (sets each value column to coalesce(new, stored)). A row
 * counts each non-NULL value: new where nothing was stored, replaced where
 * another value was, unchanged where the same value was. */
kj_status kj_upsert_prepare_wide(kj_store *st, const char *name, int nparams, int nkey, int nwide,
                                 kj_upsert *u, kj_error *err);
/* Runs the upsert with the values and counts inserted/replaced/unchanged in
 * L->res — on the writer thread when L->pipe is set (text values are copied;
 * counts are final after kj_pipe_drain). Returns KJ_OK or a database error. */
kj_status kj_upsert_run(kj_loader *L, kj_upsert *u, const kj_value *v, kj_error *err);
void kj_upsert_free(kj_upsert *u);

/* Records a loaded file in the import log (queries/ingest/import_log.sql)
 * with its format ("native" or "ekinerja"). The store must not be in use by
 * the writer thread (drain it first). */
kj_status kj_import_log_file(kj_store *st, const kj_import_file_result *f, const char *format,
                             kj_error *err);

/* kj_value constructors */
kj_value kj_v_null(void);
kj_value kj_v_int(int64_t i);
kj_value kj_v_real(double d);
kj_value kj_v_text(const char *s); /* NULL -> NULL value */

#endif
