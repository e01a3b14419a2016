/* load_penilaian.c — the appraisal records of the loaded window, the largest
 * load of every analysis run (175,401 rows for the three years a month of
 * the demo needs).
 *
 * The rows arrive in primary-key order (nip, periode), so NIPs map to
 * employee indexes by walking the sorted roster alongside and the records
 * end up sorted by (employee, period) without a sort of their own.
 *
 * On a machine with more than one processor the NIP range is cut in two at
 * the middle employee and the halves are read side by side: the caller's
 * connection reads the lower half, a second connection in a thread of its
 * own the upper half (store/side.h). Each half is a range seek on the
 * primary key, and the halves are joined in key order, so the records are
 * the same, in the same order, as from one pass. Decoding SQLite's records
 * and converting them is the cost (the scan itself is about a sixth of it),
 * so two halves take a little over half the time: 65 ms one pass, 37 ms two
 * (demo, Release build, 2 cores; on another VM of the same kind, where a
 * page fault costs about 10 us, the two halves took 55-70 ms and the whole
 * load with the join 85-90 ms).
 */
#include "analysis/engine_int.h"
#include "domain/date.h"
#include "store/side.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Fewer employees than this are read in one pass: a thread and a connection
 * cost more than they save. */
#define AN_SPLIT_MIN_EMP 2000

static int cmp_rec(const void *a, const void *b) {
  const an_rec *x = a, *y = b;
  if (x->emp != y->emp) return x->emp < y->emp ? -1 : 1;
  return (x->pkey > y->pkey) - (x->pkey < y->pkey);
}

/* The per-row lookups that consecutive rows mostly share. */
typedef struct row_cache {
  long cursor;           /* an_emp_of's walk over the roster */
  const char *unit_kode; /* the last row's unit code (the roster's copy) and index */
  int32_t unit;
  int64_t nip_penilai; /* the last row's evaluator and what it maps to */
  int32_t penilai;
} row_cache;

static int row_to_rec(const an_model *m, kj_stmt *s, row_cache *c, an_rec *out) {
  int year, num;
  char jenis;
  out->emp = an_emp_of(m, kj_stmt_int64(s, 0), &c->cursor);
  if (out->emp < 0 || an_period(kj_stmt_text(s, 1), &out->pkey, &jenis, &num, &year) != 0)
    return -1;
  out->tahun = (int16_t)year;
  out->jenis = jenis;
  out->num = (int8_t)num;
  out->predikat = (int8_t)kj_enum_parse(&kj_enum_predikat, kj_stmt_text(s, 3));
  out->predikat_input =
      (int8_t)(kj_stmt_is_null(s, 4) ? -1 : kj_enum_parse(&kj_enum_predikat, kj_stmt_text(s, 4)));
  const char *uk = kj_stmt_text(s, 5);
  if (!c->unit_kode || strcmp(c->unit_kode, uk) != 0) {
    if (!kj_strmap_get(&m->unit_ix, uk, &c->unit)) return -1;
    c->unit_kode = m->r->unit[c->unit].kode;
  }
  out->unit = c->unit;
  if (out->predikat < 0) return -1;
  out->nip_penilai = kj_stmt_is_null(s, 6) ? 0 : kj_stmt_int64(s, 6);
  if (out->nip_penilai != c->nip_penilai) {
    int32_t v = -1;
    c->nip_penilai = out->nip_penilai;
    c->penilai = !out->nip_penilai                            ? AN_PENILAI_NONE
                 : kj_i64map_get(&m->emp_ix, out->nip_penilai, &v) ? v
                                                                   : AN_PENILAI_LUAR;
  }
  out->penilai = c->penilai;
  long d = an_date_days(kj_stmt_is_null(s, 7) ? NULL : kj_stmt_text(s, 7));
  out->lag = d == AN_NO_LAG ? AN_NO_LAG : (int32_t)(d - an_pkey_end_days(out->pkey));
  out->ikp = kj_stmt_is_null(s, 8) ? NAN : kj_stmt_double(s, 8);
  return 0;
}

/* 1 when a record of the loaded years has a weighted IKP (penilaian_ikp). */
static kj_status ikp_ada(kj_store *st, const an_model *m, int *ada, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/penilaian_ikp_ada", &s, err);
  if (rc != KJ_OK) return rc;
  kj_stmt_bind_int64(s, 1, m->y0);
  kj_stmt_bind_int64(s, 2, m->y1);
  kj_step k = kj_stmt_step(s, err);
  *ada = k != KJ_STEP_ROW || kj_stmt_int64(s, 0) != 0;
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

/* One NIP range [lo, hi] of the load, read into its own array. */
typedef struct part {
  const an_model *m;
  kj_store *st;
  const char *query;
  int64_t lo, hi;
  an_rec *recs;
  size_t n, cap;
  int sorted;
  kj_status rc;
  kj_error err;
} part;

static void read_part(part *p) {
  kj_stmt *s = NULL;
  p->sorted = 1;
  p->rc = kj_store_prepare_query(p->st, p->query, &s, &p->err);
  if (p->rc != KJ_OK) return;
  kj_stmt_bind_int64(s, 1, p->m->y0);
  kj_stmt_bind_int64(s, 2, p->m->y1);
  kj_stmt_bind_int64(s, 3, p->lo);
  kj_stmt_bind_int64(s, 4, p->hi);
  row_cache c = {.cursor = 0, .unit_kode = NULL, .unit = -1, .nip_penilai = 0,
                 .penilai = AN_PENILAI_NONE};
  kj_step k;
  while ((k = kj_stmt_step(s, &p->err)) == KJ_STEP_ROW) {
    if (p->n == p->cap) {
      p->cap = p->cap ? p->cap * 2 : 4096;
      p->recs = xreallocarray(p->recs, p->cap, sizeof *p->recs);
    }
    an_rec *x = &p->recs[p->n];
    if (row_to_rec(p->m, s, &c, x) != 0) {
      p->rc = kj_fail(&p->err, KJ_DATA,
                      "penilaian: a record of NIP %lld, periode '%s' cannot be read "
                      "(unknown unit, employee, predikat or period)",
                      (long long)kj_stmt_int64(s, 0), kj_stmt_text(s, 1));
      break;
    }
    if (p->n > 0 && cmp_rec(&p->recs[p->n - 1], x) >= 0) p->sorted = 0;
    p->n++;
  }
  if (k == KJ_STEP_ERROR) p->rc = p->err.status;
  kj_stmt_free(s);
}

/* The upper half, on the side connection. */
static void read_upper(kj_store *own, void *arg) {
  part *p = arg;
  p->st = own; /* a side connection scans with the small cache (store/side.h) */
  read_part(p);
}

kj_status an_load_penilaian(kj_store *st, an_model *m, kj_error *err) {
  int ada = 1;
  kj_status rc = ikp_ada(st, m, &ada, err);
  if (rc != KJ_OK) return rc;
  const char *query = ada ? "analysis/penilaian" : "analysis/penilaian_tanpa_ikp";
  part lo = {.m = m, .st = st, .query = query, .lo = INT64_MIN, .hi = INT64_MAX};
  part up = lo;
  kj_store_side *side = NULL;
  if (m->n_emp >= AN_SPLIT_MIN_EMP) {
    up.lo = m->emp[m->n_emp / 2].nip;
    lo.hi = up.lo - 1;
    side = kj_store_side_start(st, read_upper, &up);
    if (!side) lo.hi = INT64_MAX;
  }
  int split = side != NULL;
  read_part(&lo);
  kj_store_side_join(side);
  rc = lo.rc != KJ_OK ? lo.rc : split ? up.rc : KJ_OK;
  if (rc != KJ_OK) {
    *err = lo.rc != KJ_OK ? lo.err : up.err;
    free(lo.recs);
    free(up.recs);
    return rc;
  }
  int sorted = lo.sorted && (!split || up.sorted);
  if (split && up.n) {
    if (lo.n && cmp_rec(&lo.recs[lo.n - 1], &up.recs[0]) >= 0) sorted = 0;
    lo.recs = xreallocarray(lo.recs, lo.n + up.n, sizeof *lo.recs);
    memcpy(lo.recs + lo.n, up.recs, up.n * sizeof *up.recs);
    lo.n += up.n;
  }
  free(up.recs);
  m->recs = lo.recs;
  m->n_rec = lo.n;
  if (!sorted) qsort(m->recs, m->n_rec, sizeof *m->recs, cmp_rec);
  for (size_t i = 0; i < m->n_rec; i++) {
    an_emp *e = &m->emp[m->recs[i].emp];
    if (e->nrec == 0) e->rec0 = (int32_t)i;
    e->nrec++;
  }
  return KJ_OK;
}
