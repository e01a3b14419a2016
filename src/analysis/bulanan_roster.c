/* bulanan_roster.c — what depends only on an employee and a month in the
 * monthly monitoring (analytics.md §14), remembered per (employee, month)
 * for the months of the loaded years (consecutive months share 12 of their
 * 13 chart months): the employee's unit on the roster of the month
 * (roster.c, with the unit of a known-missing record) and the evaluator
 * expected to rate them (nip_penilai of the latest other record ending by
 * the end of the month, else nip_atasan).
 */
#include "analysis/bulanan_int.h"

#include <stdlib.h>

#include "util/xalloc.h"

/* The memo slot of (e, p), -1 when p is outside the loaded years. */
long bl_memo_month(const bl_ctx *x, an_pkey p) {
  long i = (long)(p / 100 - x->memo0 / 100) * 12 + (p % 100 - x->memo0 % 100);
  return i >= 0 && i < x->memo_n ? i : -1;
}

static long memo_slot(const bl_ctx *x, int32_t e, an_pkey p) {
  long i = bl_memo_month(x, p);
  return i >= 0 ? (long)e * x->memo_n + i : -1;
}

/* The evaluator expected for e in month p: nip_penilai of the latest record
 * ending by the end of p other than p's own, else nip_atasan. */
static int64_t expected_penilai_scan(const bl_ctx *x, int32_t e, an_pkey p) {
  const an_model *m = &x->m;
  const an_emp *em = &m->emp[e];
  long end = an_pkey_end_days(p), best_end = 0;
  int32_t best = -1;
  for (int32_t k = em->rec0; k < em->rec0 + em->nrec; k++) {
    const an_rec *r = &m->recs[k];
    if (r->pkey == p) continue;
    long xe = an_pkey_end_days(r->pkey);
    if (xe <= end && (best < 0 || xe > best_end || (xe == best_end && r->pkey > m->recs[best].pkey)))
      best = k, best_end = xe;
  }
  if (best >= 0 && m->recs[best].nip_penilai) return m->recs[best].nip_penilai;
  return x->atasan[e];
}

int64_t bl_expected_penilai(const bl_ctx *x, int32_t e, an_pkey p) {
  long i = memo_slot(x, e, p);
  if (i < 0) return expected_penilai_scan(x, e, p);
  if (x->pen_memo[i] < 0) x->pen_memo[i] = expected_penilai_scan(x, e, p);
  return x->pen_memo[i];
}

typedef struct rec_end {
  long end;
  an_pkey pkey;
  int32_t rec; /* index into recs */
} rec_end;

static int cmp_rec_end(const void *a, const void *b) {
  const rec_end *x = a, *y = b;
  if (x->end != y->end) return x->end < y->end ? -1 : 1;
  return (x->pkey > y->pkey) - (x->pkey < y->pkey);
}

/* an_roster_unit for the memo months i0 .. i0 + 12 of employee e (the 13
 * months of a control chart, asked in ascending order): the records sorted
 * by (end, period) are swept once as the months advance, so the latest
 * record ending by a month's end (the later period on a tie) is at hand for
 * an_roster_pick instead of searched for each month. */
static void fill_units(const bl_ctx *x, int32_t e, int i0) {
  const an_model *m = &x->m;
  const an_emp *em = &m->emp[e];
  rec_end stack[64], *r = em->nrec <= 64 ? stack : xmalloc((size_t)em->nrec * sizeof *r);
  for (int32_t k = 0; k < em->nrec; k++) {
    const an_rec *a = &m->recs[em->rec0 + k];
    r[k] = (rec_end){an_pkey_end_days(a->pkey), a->pkey, em->rec0 + k};
  }
  qsort(r, (size_t)em->nrec, sizeof *r, cmp_rec_end);
  int32_t j = 0, best = -1;
  int i1 = i0 + KJ_BL_BULAN < x->memo_n ? i0 + KJ_BL_BULAN : x->memo_n;
  for (int i = i0; i < i1; i++) {
    an_pkey p = bl_month_add(x->memo0, i);
    long end = an_pkey_end_days(p), slot = (long)e * x->memo_n + i;
    while (j < em->nrec && r[j].end <= end) best = j++;
    int32_t ku = -1;
    kj_i64map_get(&x->kosong, bl_kosong_key(e, p), &ku);
    x->unit_memo[slot] = an_roster_pick(m, e, p, ku, best >= 0 ? r[best].rec : -1);
  }
  if (r != stack) free(r);
}

int32_t bl_unit(const bl_ctx *x, int32_t e, an_pkey p) {
  long i = memo_slot(x, e, p);
  if (i >= 0) {
    if (x->unit_memo[i] == BL_UNKNOWN) fill_units(x, e, (int)(i % x->memo_n));
    return x->unit_memo[i];
  }
  int32_t ku = -1;
  kj_i64map_get(&x->kosong, bl_kosong_key(e, p), &ku);
  return an_roster_unit(&x->m, e, p, ku);
}

int bl_opd(const bl_ctx *x, int32_t unit) { return x->b->r->unit[unit].opd_penerus; }

