/* apresiasi.c — analytics.md §10a: recognition gaps (berprestasi tetapi
 * kurang dihargai). Employees whose work is consistently rated highly —
 * SANGAT_BAIK in each of their last three periodic records of one period
 * type (monthly first, then quarterly, then semester), the last of them in
 * year Y (or equal to month P) — who received no APRESIASI in the six
 * calendar months up to the end of that last period. Each is listed with
 * their leader (nip_atasan, else the evaluator of their latest record) and
 * evaluator; each leader gets the size of their team (roster employees whose
 * leader they are) and how many of it are on the list.
 *
 * The function serves both the annual reports (periode = 0: up to the end of
 * Y) and the monthly monitoring of §14 (periode = the key of P): only the
 * cut-off and the rule for the last record differ. It reads the APRESIASI
 * dates itself (queries/analysis/apresiasi.sql) because no other section
 * needs them. A screening list, worded "perlu dicermati", not a test.
 */
#include "analysis/engine_int.h"
#include "domain/date.h"
#include "domain/period.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct ap_date {
  int64_t nip;
  long day; /* days since 1970-01-01 */
} ap_date;

static kj_status load_dates(kj_store *st, const an_model *m, ap_date **out, size_t *n,
                            kj_error *err) {
  kj_stmt *s = NULL;
  *out = NULL;
  *n = 0;
  kj_status rc = kj_store_prepare_query(st, "analysis/apresiasi", &s, err);
  if (rc != KJ_OK) return rc;
  kj_stmt_bind_int64(s, 1, m->r->tahun - 1);
  kj_stmt_bind_int64(s, 2, m->r->tahun);
  size_t cap = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    kj_date d;
    char why[8];
    if (kj_date_parse(kj_stmt_text(s, 1), &d, why, sizeof why) != 0) continue;
    if (*n == cap) *out = xreallocarray(*out, cap = cap ? 2 * cap : 256, sizeof **out);
    (*out)[(*n)++] = (ap_date){kj_stmt_int64(s, 0), kj_date_days(d.y, d.m, d.d)};
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

/* First day of the sixth calendar month back from the month of `end`: the
 * six months up to end are [that day, end]. */
static long six_months_before(long end) {
  int y, mo, d;
  kj_date_from_days(end, &y, &mo, &d);
  mo -= 5;
  while (mo < 1) mo += 12, y--;
  return kj_date_days(y, mo, 1);
}

/* The qualifying streak of employee e: the key of the last of three
 * SANGAT_BAIK records of one type, or 0. */
static an_pkey streak(const an_model *m, const an_emp *e, long cut, an_pkey periode) {
  static const char types[] = {KJ_PER_BULANAN, KJ_PER_TRIWULAN, KJ_PER_SEMESTER};
  for (int t = 0; t < 3; t++) {
    int seen = 0, sb = 0;
    an_pkey last = 0;
    for (int32_t k = e->rec0 + e->nrec - 1; k >= e->rec0 && seen < 3; k--) {
      const an_rec *x = &m->recs[k];
      if (x->jenis != types[t] || an_pkey_end_days(x->pkey) > cut) continue;
      if (seen == 0) last = x->pkey;
      seen++;
      sb += x->predikat == KJ_SANGAT_BAIK;
    }
    if (seen < 3 || sb < 3) continue;
    /* the last of them in Y (annual), or P itself (monthly) */
    int ok = periode ? last == periode
                     : an_pkey_end_days(last) > kj_date_days(m->r->tahun - 1, 12, 31);
    if (ok) return last;
  }
  return 0;
}

/* Evaluator of the latest record up to the cut-off (periodic first), 0 none. */
static int64_t latest_penilai(const an_model *m, const an_emp *e, long cut) {
  int64_t ann = 0;
  for (int32_t k = e->rec0 + e->nrec - 1; k >= e->rec0; k--) {
    const an_rec *x = &m->recs[k];
    if (an_pkey_end_days(x->pkey) > cut || !x->nip_penilai) continue;
    if (x->jenis != KJ_PER_TAHUNAN) return x->nip_penilai;
    if (!ann) ann = x->nip_penilai;
  }
  return ann;
}

static int by_count_then_nip(const void *a, const void *b) {
  const kj_apresiasi_pimpinan *x = a, *y = b;
  if (x->n_kurang != y->n_kurang) return x->n_kurang > y->n_kurang ? -1 : 1;
  return (x->nip > y->nip) - (x->nip < y->nip);
}

kj_status an_apresiasi(kj_store *st, an_model *m, an_pkey periode, kj_error *err) {
  kj_analysis *r = m->r;
  ap_date *dates = NULL;
  size_t nd = 0;
  kj_status rc = load_dates(st, m, &dates, &nd, err);
  if (rc != KJ_OK) {
    free(dates);
    return rc;
  }
  long cut = periode ? an_pkey_end_days(periode) : kj_date_days(r->tahun, 12, 31);
  int32_t *peg_of = xcalloc((size_t)m->n_emp + 1, sizeof *peg_of);
  for (long e = 0; e < m->n_emp; e++) peg_of[e] = -1;
  for (size_t i = 0; i < r->n_pegawai; i++) peg_of[m->ey[m->peg_ey[i]].emp] = (int32_t)i;
  int64_t *leader = xcalloc((size_t)m->n_emp + 1, sizeof *leader);
  r->apresiasi_kurang = xcalloc((size_t)m->n_emp + 1, sizeof *r->apresiasi_kurang);
  size_t d = 0;
  for (long e = 0; e < m->n_emp; e++) {
    const an_emp *em = &m->emp[e];
    int64_t pen = latest_penilai(m, em, cut);
    leader[e] = em->nip_atasan ? em->nip_atasan : pen;
    while (d < nd && dates[d].nip < em->nip) d++; /* dates and roster are both by nip */
    an_pkey last = peg_of[e] >= 0 ? streak(m, em, cut, periode) : 0;
    if (!last) continue;
    long end = an_pkey_end_days(last), from = six_months_before(end);
    int appreciated = 0;
    for (size_t j = d; j < nd && dates[j].nip == em->nip; j++)
      appreciated |= dates[j].day >= from && dates[j].day <= end;
    if (appreciated) continue;
    kj_apresiasi_kurang *a = &r->apresiasi_kurang[r->n_apresiasi_kurang++];
    a->pegawai = peg_of[e];
    a->nip_pimpinan = leader[e];
    a->nip_penilai = pen;
    an_pkey_text(last, a->periode_terakhir);
  }
  /* per leader: team size and how many of the team are on the list */
  kj_i64map ix = {0};
  r->apresiasi_pimpinan = xcalloc(r->n_apresiasi_kurang + 1, sizeof *r->apresiasi_pimpinan);
  for (size_t i = 0; i < r->n_apresiasi_kurang; i++) {
    int64_t nip = r->apresiasi_kurang[i].nip_pimpinan;
    int32_t k;
    if (!nip) continue;
    if (!kj_i64map_get(&ix, nip, &k)) {
      k = (int32_t)r->n_apresiasi_pimpinan++;
      kj_i64map_put(&ix, nip, k);
      r->apresiasi_pimpinan[k].nip = nip;
    }
    r->apresiasi_pimpinan[k].n_kurang++;
  }
  for (long e = 0; e < m->n_emp; e++) {
    int32_t k;
    if (leader[e] && kj_i64map_get(&ix, leader[e], &k)) r->apresiasi_pimpinan[k].n_tim++;
  }
  qsort(r->apresiasi_pimpinan, r->n_apresiasi_pimpinan, sizeof *r->apresiasi_pimpinan,
        by_count_then_nip);
  kj_i64map_free(&ix);
  free(leader);
  free(peg_of);
  free(dates);
  return KJ_OK;
}
