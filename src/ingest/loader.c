/* loader.c — field readers with located error messages, the unit/employee
 * registry of one import, duplicate-key detection, and the two-statement
 * upsert that tells inserted, replaced and unchanged rows apart.
 *
 * Why two statements: SQLite's UPSERT reports one change for both an insert
 * and an update, so it cannot give data.md's counts. INSERT ... ON CONFLICT
 * DO NOTHING followed, only on conflict, by an UPDATE guarded with
 * "some column IS NOT the new value" gives all three counts and leaves
 * identical rows untouched, which makes a repeated import a no-op. Wide rows
 * (several values of one key in one row, perilaku_skor) count per value: on
 * conflict the stored row is read and compared value by value.
 */
#include "ingest/loader.h"
#include "ingest/pipe.h"
#include "store/queries.h"
#include "util/xalloc.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

kj_value kj_v_null(void) { return (kj_value){.t = KJ_V_NULL}; }
kj_value kj_v_int(int64_t i) { return (kj_value){.t = KJ_V_INT, .i = i}; }
kj_value kj_v_real(double d) { return (kj_value){.t = KJ_V_REAL, .d = d}; }
kj_value kj_v_text(const char *s) { return s ? (kj_value){.t = KJ_V_TEXT, .s = s} : kj_v_null(); }

const char *kj_field(kj_loader *L, int col) {
  int idx = L->colmap[col];
  if (idx < 0 || idx >= L->nfields) return NULL;
  char *f = L->fields[idx];
  if (!f) return NULL;
  kj_trim(f);
  return *f ? f : NULL;
}

static void locate(const kj_loader *L, int col, char *out, size_t cap) {
  if (L->locate) L->locate(L, col, out, cap);
  else snprintf(out, cap, "%s:%ld", L->file, L->line);
}

void kj_field_error(kj_loader *L, int col, const char *fmt, ...) {
  char loc[1200], msg[1500];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  locate(L, col, loc, sizeof loc);
  kj_diag_error_at(L->diag, loc, col >= 0 ? L->colname[col] : NULL, "%s", msg);
  L->row_bad = 1;
  L->file_errors++;
}

void kj_field_warn(kj_loader *L, int col, const char *fmt, ...) {
  char loc[1200], msg[1500];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  locate(L, col, loc, sizeof loc);
  kj_diag_warn_at(L->diag, loc, col >= 0 ? L->colname[col] : NULL, "%s", msg);
}

static const char *need(kj_loader *L, int col, int required) {
  const char *s = kj_field(L, col);
  if (!s && required) kj_field_error(L, col, "a value is required");
  return s;
}

int kj_field_nip(kj_loader *L, int col, int required, kj_nip_kind kind, int64_t *out) {
  const char *s = need(L, col, required);
  if (!s) return 0;
  char why[300];
  if (kj_nip_parse(s, kind, out, why, (int)sizeof why) != 0) {
    kj_field_error(L, col, "%s", why);
    return -1;
  }
  return 1;
}

int kj_field_period(kj_loader *L, int col, int required, kj_period *out, char canon[16]) {
  const char *s = need(L, col, required);
  if (!s) return 0;
  char why[300];
  if (kj_period_parse(s, out, why, (int)sizeof why) != 0) {
    kj_field_error(L, col, "%s", why);
    return -1;
  }
  kj_period_format(*out, canon);
  return 1;
}

int kj_field_date(kj_loader *L, int col, int required, kj_date *out, char iso[24]) {
  const char *s = need(L, col, required);
  if (!s) return 0;
  char why[300];
  if (kj_date_parse(s, out, why, (int)sizeof why) != 0) {
    kj_field_error(L, col, "%s", why);
    return -1;
  }
  kj_date_format(out, iso, 24);
  return 1;
}

int kj_parse_number(const char *s, int comma_ok, double *out, char *why, int cap) {
  const char *p = s;
  char buf[64];
  size_t j = 0;
  int digits = 0, seps = 0, dots = 0, commas = 0;
  if (*p == '+' || *p == '-') buf[j++] = *p++;
  for (; *p && j < sizeof buf - 1; p++) {
    if (isdigit((unsigned char)*p)) {
      digits++;
      buf[j++] = *p;
    } else if (*p == '.' || *p == ',') {
      if (*p == '.') dots++;
      else commas++;
      seps++;
      buf[j++] = '.';
    } else if ((*p == 'e' || *p == 'E') && digits) {
      break;
    } else {
      goto bad;
    }
  }
  if (!digits) goto bad;
  if (seps > 1) {
    snprintf(why, (size_t)cap, "'%s' has more than one separator; thousands separators are not "
                               "accepted", s);
    return -1;
  }
  if (commas && !comma_ok) {
    snprintf(why, (size_t)cap, "'%s' uses a decimal comma, which is only accepted in files "
                               "delimited by ';' or TAB; use '.'", s);
    return -1;
  }
  if (*p == 'e' || *p == 'E') {
    buf[j++] = *p++;
    if (*p == '+' || *p == '-') buf[j++] = *p++;
    int ed = 0;
    for (; *p && isdigit((unsigned char)*p) && j < sizeof buf - 1; p++, ed++) buf[j++] = *p;
    if (!ed || *p) goto bad;
  }
  if (*p) goto bad;
  buf[j] = '\0';
  char *end;
  double v = strtod(buf, &end);
  if (*end || !isfinite(v)) goto bad;
  *out = v;
  return 0;
bad:
  snprintf(why, (size_t)cap, "expected a number, found '%s'", s);
  return -1;
}

int kj_field_number(kj_loader *L, int col, int required, double *out) {
  const char *s = need(L, col, required);
  if (!s) return 0;
  char why[300];
  if (kj_parse_number(s, L->decimal_comma, out, why, (int)sizeof why) != 0) {
    kj_field_error(L, col, "%s", why);
    return -1;
  }
  return 1;
}

int kj_field_int(kj_loader *L, int col, int required, long min, long max, long *out) {
  double v;
  int r = kj_field_number(L, col, required, &v);
  if (r <= 0) return r;
  if (v != floor(v) || v < (double)min || v > (double)max) {
    kj_field_error(L, col, "expected a whole number from %ld to %ld, found '%s'", min, max,
                   kj_field(L, col));
    return -1;
  }
  *out = (long)v;
  return 1;
}

int kj_field_enum(kj_loader *L, int col, int required, const kj_enum *e, int *out) {
  const char *s = need(L, col, required);
  if (!s) return 0;
  int v = kj_enum_parse(e, s);
  if (v < 0) {
    char exp[400];
    kj_enum_expected(e, exp, sizeof exp);
    kj_field_error(L, col, "unknown %s '%s'; expected %s", e->what, s, exp);
    return -1;
  }
  *out = v;
  return 1;
}

int kj_field_code(kj_loader *L, int col, int required, const char **out) {
  const char *s = need(L, col, required);
  if (!s) return 0;
  size_t n = strlen(s);
  int ok = n >= 1 && n <= 32;
  for (size_t i = 0; ok && i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    ok = isalnum(c) || c == '.' || c == '_' || c == '-';
  }
  if (!ok) {
    kj_field_error(L, col, "a unit code is 1-32 characters of A-Z a-z 0-9 . _ -, found '%s'", s);
    return -1;
  }
  *out = s;
  return 1;
}

int kj_loader_find_unit(const kj_loader *L, const char *code) {
  int32_t idx;
  return kj_strmap_get(&L->unit_index, code, &idx) ? idx : -1;
}

int kj_loader_add_unit(kj_loader *L, const char *code, int parent, int in_db) {
  int idx = kj_loader_find_unit(L, code);
  if (idx >= 0) {
    L->units[idx].parent = parent;
    return idx;
  }
  if (L->nunits == L->units_cap) {
    L->units_cap = L->units_cap ? L->units_cap * 2 : 128;
    L->units = xreallocarray(L->units, (size_t)L->units_cap, sizeof *L->units);
  }
  idx = L->nunits++;
  L->units[idx] = (kj_unit_info){xstrdup(code), parent, in_db};
  kj_strmap_put(&L->unit_index, code, idx);
  return idx;
}

int kj_loader_opd_of(const kj_loader *L, int u) {
  int cur = u;
  for (int steps = 0; steps < L->nunits && L->units[cur].parent >= 0; steps++)
    cur = L->units[cur].parent;
  return cur;
}

int kj_field_unit_ref(kj_loader *L, int col, int required, int *unit_index) {
  const char *code;
  int r = kj_field_code(L, col, required, &code);
  if (r <= 0) return r;
  int idx = kj_loader_find_unit(L, code);
  if (idx < 0) {
    kj_field_error(L, col, "unknown unit '%s' (not in the database nor in a unit file of this "
                           "import)", code);
    return -1;
  }
  *unit_index = idx;
  return 1;
}

int kj_field_nip_ref(kj_loader *L, int col, int required, int soft, int64_t *out, int *unit_index) {
  int r = kj_field_nip(L, col, required, KJ_NIP_ANY, out);
  if (r <= 0) return r;
  int32_t u = -1;
  if (!kj_i64map_get(&L->nip_unit, *out, &u)) {
    if (soft) {
      kj_loader_warn_outside(L, col, *out, kj_field(L, col));
    } else {
      kj_field_error(L, col, "NIP %s is not on the roster (not in the database nor in a pegawai "
                             "file of this import)", kj_field(L, col));
      return -1;
    }
  }
  if (unit_index) *unit_index = u;
  return 1;
}

void kj_loader_warn_outside(kj_loader *L, int col, int64_t nip, const char *text) {
  if (kj_i64map_get(&L->outside, nip, NULL)) {
    L->outside_more++;
    return;
  }
  kj_i64map_put(&L->outside, nip, 1);
  kj_field_warn(L, col, "NIP %s is not on the roster", text);
}

void kj_loader_file_done(kj_loader *L) {
  if (L->outside_more > 0)
    kj_diag_warn(L->diag, L->file, 0, NULL,
                 "%ld more row%s to the same NIPs outside the roster (each NIP is warned "
                 "about once per file)", L->outside_more,
                 L->outside_more == 1 ? " refers" : "s refer");
  kj_i64map_free(&L->outside);
  L->outside_more = 0;
}

uint32_t kj_loader_key(kj_loader *L, kj_fp key) {
  return kj_fpset_add(&L->keys, key, (uint32_t)L->line);
}

kj_status kj_upsert_prepare(kj_store *st, const char *name, int nparams, kj_upsert *u,
                            kj_error *err) {
  char q[96];
  memset(u, 0, sizeof *u);
  u->nparams = nparams;
  snprintf(q, sizeof q, "ingest/%s_insert", name);
  kj_status s = kj_store_prepare_query(st, q, &u->insert, err);
  if (s == KJ_OK) {
    snprintf(q, sizeof q, "ingest/%s_update", name);
    if (kj_query(q)) s = kj_store_prepare_query(st, q, &u->update, err);
  }
  if (s != KJ_OK) kj_upsert_free(u);
  return s;
}

kj_status kj_upsert_prepare_wide(kj_store *st, const char *name, int nparams, int nkey, int nwide,
                                 kj_upsert *u, kj_error *err) {
  char q[96];
  kj_status s = kj_upsert_prepare(st, name, nparams, u, err);
  if (s != KJ_OK) return s;
  u->nkey = nkey;
  u->nwide = nwide;
  snprintf(q, sizeof q, "ingest/%s_select", name);
  s = kj_store_prepare_query(st, q, &u->select, err);
  if (s == KJ_OK && !u->update) s = kj_fail(err, KJ_INTERNAL, "no query ingest/%s_update", name);
  if (s != KJ_OK) kj_upsert_free(u);
  return s;
}

static void bind_all(kj_stmt *st, const kj_value *v, int n) {
  for (int i = 0; i < n; i++) {
    switch (v[i].t) {
    case KJ_V_NULL: kj_stmt_bind_null(st, i + 1); break;
    case KJ_V_INT: kj_stmt_bind_int64(st, i + 1, v[i].i); break;
    case KJ_V_REAL: kj_stmt_bind_double(st, i + 1, v[i].d); break;
    case KJ_V_TEXT: kj_stmt_bind_text_static(st, i + 1, v[i].s, -1); break;
    }
  }
}

/* The wide upsert after its INSERT met an existing row: compares value by
 * value with the stored row, then updates only when something differs. */
static kj_status wide_merge(kj_loader *L, kj_upsert *u, const kj_value *v, kj_error *err) {
  const kj_value *w = v + u->nparams - u->nwide;
  long ins = 0, rep = 0, same = 0;
  bind_all(u->select, v, u->nkey);
  kj_step r = kj_stmt_step(u->select, err);
  if (r == KJ_STEP_ERROR) return err ? err->status : KJ_DB;
  for (int i = 0; i < u->nwide; i++) {
    if (w[i].t == KJ_V_NULL) continue;
    if (r != KJ_STEP_ROW || kj_stmt_is_null(u->select, i)) ins++;
    else if (kj_stmt_double(u->select, i) == w[i].d) same++;
    else rep++;
  }
  kj_stmt_reset(u->select);
  if (ins + rep > 0) {
    bind_all(u->update, v, u->nparams);
    kj_status s = kj_stmt_run(u->update, err);
    if (s != KJ_OK) return s;
  }
  L->res->inserted += ins;
  L->res->replaced += rep;
  L->res->unchanged += same;
  return KJ_OK;
}

kj_status kj_upsert_run(kj_loader *L, kj_upsert *u, const kj_value *v, kj_error *err) {
  if (L->pipe) return kj_pipe_submit(L->pipe, u, v, L->res, err);
  bind_all(u->insert, v, u->nparams);
  kj_status s = kj_stmt_run(u->insert, err);
  if (s != KJ_OK) return s;
  if (u->select) {
    if (kj_store_changes(L->store) == 0) return wide_merge(L, u, v, err);
    for (int i = u->nparams - u->nwide; i < u->nparams; i++) L->res->inserted += v[i].t != KJ_V_NULL;
    return KJ_OK;
  }
  if (kj_store_changes(L->store) > 0 || !u->update) {
    L->res->inserted++;
    return KJ_OK;
  }
  bind_all(u->update, v, u->nparams);
  s = kj_stmt_run(u->update, err);
  if (s != KJ_OK) return s;
  if (kj_store_changes(L->store) > 0) L->res->replaced++;
  else L->res->unchanged++;
  return KJ_OK;
}

void kj_upsert_free(kj_upsert *u) {
  kj_stmt_free(u->insert);
  kj_stmt_free(u->update);
  kj_stmt_free(u->select);
  memset(u, 0, sizeof *u);
}
