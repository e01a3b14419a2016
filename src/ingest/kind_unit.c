/* kind_unit.c — organisation units (data.md `unit`). Key kode_unit.
 *
 * A unit file is small (hundreds of rows) and refers to itself: a unit's
 * parent (kode_induk) or successor (menjadi) may come later in the file. So
 * rows are validated for form as they stream, kept in memory, and checked
 * for references and cycles — against the database and the whole file —
 * only at the end, where they are also written (the schema's foreign keys
 * on unit are deferred to the commit for the same reason).
 */
#include "ingest/kinds.h"

enum { C_KODE, C_NAMA, C_SINGKATAN, C_JENIS, C_INDUK, C_MENJADI, C_SAMPAI, NCOL };

static const kj_kind_col cols[NCOL] = {
    {"kode_unit", 1, "kode"},
    {"nama_unit", 1, "nama|unit_kerja|nama_unit_kerja"},
    {"singkatan", 0, "nama_singkat|alias"},
    {"jenis_unit", 0, "jenis"},
    {"kode_induk", 0, "induk|kode_unit_induk|parent"},
    {"menjadi", 0, "kode_penerus|penerus"},
    {"berlaku_sampai", 0, "sampai|tahun_akhir"},
};

typedef struct urow {
  long line;
  char *f[NCOL];   /* trimmed values, NULL when empty */
  int jenis;       /* -1 when not given */
  long sampai;     /* 0 when not given */
} urow;

typedef struct state {
  kj_upsert up;
  urow *rows;
  size_t n, cap;
} state;

static kj_status begin(kj_loader *L, void **out, kj_error *err) {
  state *s = xcalloc(1, sizeof *s);
  *out = s;
  return kj_upsert_prepare(L->store, "unit", 7, &s->up, err);
}

static kj_status row(kj_loader *L, void *vs, kj_error *err) {
  (void)err;
  state *s = vs;
  const char *code = NULL, *induk = NULL, *menjadi = NULL;
  int jenis = -1;
  long sampai = 0;
  kj_field_code(L, C_KODE, 1, &code);
  if (!kj_field(L, C_NAMA)) kj_field_error(L, C_NAMA, "a value is required");
  kj_field_enum(L, C_JENIS, 0, &kj_enum_jenis_unit, &jenis);
  kj_field_code(L, C_INDUK, 0, &induk);
  kj_field_code(L, C_MENJADI, 0, &menjadi);
  int has_sampai = kj_field_int(L, C_SAMPAI, 0, 1900, 2199, &sampai);
  if (menjadi && has_sampai == 0)
    kj_field_error(L, C_SAMPAI, "berlaku_sampai (the last year the unit existed) is required "
                                "when menjadi is set");
  if (code && induk && strcmp(code, induk) == 0)
    kj_field_error(L, C_INDUK, "a unit cannot be its own parent");
  if (code && menjadi && strcmp(code, menjadi) == 0)
    kj_field_error(L, C_MENJADI, "a unit cannot be its own successor");
  if (L->row_bad) return KJ_OK;
  kj_fp key = kj_fp_init();
  kj_fp_add(&key, code, strlen(code));
  uint32_t first = kj_loader_key(L, key);
  if (first) {
    kj_field_error(L, -1, "duplicate key (kode_unit %s) (first on line %u)", code, first);
    return KJ_OK;
  }
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 256;
    s->rows = xreallocarray(s->rows, s->cap, sizeof *s->rows);
  }
  urow *r = &s->rows[s->n++];
  r->line = L->line;
  for (int c = 0; c < NCOL; c++) r->f[c] = xstrdup(kj_field(L, c));
  r->jenis = jenis;
  r->sampai = has_sampai == 1 ? sampai : 0;
  return KJ_OK;
}

/* Reports a cycle through unit u, if any; returns 1 when found. */
static int find_cycle(kj_loader *L, int u) {
  int cur = L->units[u].parent;
  for (int steps = 0; cur >= 0 && cur != u && steps <= L->nunits; steps++)
    cur = L->units[cur].parent;
  if (cur != u) return 0;
  char chain[600];
  size_t j = (size_t)snprintf(chain, sizeof chain, "%s", L->units[u].code);
  for (int c = L->units[u].parent; j < sizeof chain; c = L->units[c].parent) {
    j += (size_t)snprintf(chain + j, sizeof chain - j, " -> %s", L->units[c].code);
    if (c == u) break;
  }
  kj_field_error(L, C_INDUK, "kode_induk makes a cycle: %s", chain);
  return 1;
}

static kj_status end(kj_loader *L, void *vs, kj_error *err) {
  state *s = vs;
  long before = L->file_errors;
  int *idx = xmalloc((s->n + 1) * sizeof *idx);
  for (size_t i = 0; i < s->n; i++) {
    int known = kj_loader_find_unit(L, s->rows[i].f[C_KODE]);
    int in_db = known >= 0 && L->units[known].in_db;
    idx[i] = kj_loader_add_unit(L, s->rows[i].f[C_KODE], known >= 0 ? L->units[known].parent : -1, in_db);
  }
  for (size_t i = 0; i < s->n; i++) {
    urow *r = &s->rows[i];
    L->line = r->line;
    if (r->f[C_INDUK]) {
      int p = kj_loader_find_unit(L, r->f[C_INDUK]);
      if (p < 0)
        kj_field_error(L, C_INDUK, "unknown parent unit '%s' (not in the database nor in this "
                                   "file)", r->f[C_INDUK]);
      L->units[idx[i]].parent = p;
    } else {
      L->units[idx[i]].parent = -1;
    }
    if (r->f[C_MENJADI] && kj_loader_find_unit(L, r->f[C_MENJADI]) < 0)
      kj_field_error(L, C_MENJADI, "unknown successor unit '%s' (not in the database nor in this "
                                   "file)", r->f[C_MENJADI]);
  }
  for (size_t i = 0; i < s->n; i++) {
    L->line = s->rows[i].line;
    if (find_cycle(L, idx[i])) L->units[idx[i]].parent = -1; /* report each cycle once per unit */
  }
  kj_status st = KJ_OK;
  for (size_t i = 0; st == KJ_OK && L->file_errors == before && i < s->n; i++) {
    urow *r = &s->rows[i];
    kj_value v[7] = {kj_v_text(r->f[C_KODE]),
                     kj_v_text(r->f[C_NAMA]),
                     kj_v_text(r->f[C_SINGKATAN]),
                     r->jenis >= 0 ? kj_v_text(kj_enum_canon(&kj_enum_jenis_unit, r->jenis))
                                   : kj_v_null(),
                     kj_v_text(r->f[C_INDUK]),
                     kj_v_text(r->f[C_MENJADI]),
                     r->sampai ? kj_v_int(r->sampai) : kj_v_null()};
    st = kj_upsert_run(L, &s->up, v, err);
  }
  free(idx);
  return st;
}

static void free_state(void *vs) {
  state *s = vs;
  if (!s) return;
  kj_upsert_free(&s->up);
  for (size_t i = 0; i < s->n; i++)
    for (int c = 0; c < NCOL; c++) free(s->rows[i].f[c]);
  free(s->rows);
  free(s);
}

const kj_kind_def kj_kind_unit = {KJ_KIND_UNIT, "unit", cols, NCOL, NULL,
                                  begin, row, end, free_state};
