/* bulanan.c — kj_bulanan_run (analytics.md §14): loads what one month's
 * monitoring needs, then computes completeness per OPD (P, P-1, P-12), the
 * Belum dinilai list and the evaluators' record; the control charts, early
 * warnings and recognition gaps are in bulanan_kendali.c and
 * bulanan_individu.c.
 *
 * Every month's expected appraisals come from the roster of that month
 * (roster.c): an employee never rated, or not yet rated for the newest
 * month, is counted and listed. An employee's expected evaluator for a month
 * is the evaluator on their record for it when they were rated, else the
 * nip_penilai on their latest earlier record, else their nip_atasan.
 * Months before the first month with monthly records in the database are
 * not due (no completeness figure, no lateness): the data has not begun.
 */
#include "analysis/bulanan_int.h"
#include "analysis/stats.h"

#include "domain/date.h"
#include "store/side.h"
#include "util/xalloc.h"

#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

an_pkey bl_month_add(an_pkey p, int k) {
  int idx = (p / 100) * 12 + (p % 100 - 1) + k;
  return (idx / 12) * 100 + idx % 12 + 1;
}

/* ---- loading -------------------------------------------------------------- */

static kj_status scalar_text(kj_store *st, const char *q, char *out, size_t cap, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, q, &s, err);
  if (rc != KJ_OK) return rc;
  out[0] = '\0';
  kj_step k = kj_stmt_step(s, err);
  if (k == KJ_STEP_ROW && !kj_stmt_is_null(s, 0)) snprintf(out, cap, "%s", kj_stmt_text(s, 0));
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

static kj_status load_atasan(kj_store *st, bl_ctx *x, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "bulanan/atasan", &s, err);
  if (rc != KJ_OK) return rc;
  x->atasan = xcalloc((size_t)x->m.n_emp + 1, sizeof *x->atasan);
  long cursor = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    int32_t e = an_emp_of(&x->m, kj_stmt_int64(s, 0), &cursor);
    if (e >= 0 && !kj_stmt_is_null(s, 1)) x->atasan[e] = kj_stmt_int64(s, 1);
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

static kj_status load_kosong(kj_store *st, bl_ctx *x, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "bulanan/penilaian_kosong", &s, err);
  if (rc != KJ_OK) return rc;
  kj_stmt_bind_int64(s, 1, x->m.y0);
  kj_stmt_bind_int64(s, 2, x->m.y1);
  long cursor = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    int32_t e = an_emp_of(&x->m, kj_stmt_int64(s, 0), &cursor), u = -1;
    an_pkey p;
    char j;
    int num, y;
    if (e < 0 || an_period(kj_stmt_text(s, 1), &p, &j, &num, &y) != 0) continue;
    if (!kj_strmap_get(&x->m.unit_ix, kj_stmt_text(s, 2), &u)) continue;
    kj_i64map_put(&x->kosong, bl_kosong_key(e, p), u);
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

/* D = the newest tanggal_dinilai, else the latest import's day; the reports'
 * "today" = the newest of tanggal_dinilai, feedback and survey dates (as
 * analysis/data_terbaru.sql), from one scan of penilaian. */
static kj_status load_dates(kj_store *st, bl_ctx *x, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "bulanan/tanggal_data", &s, err);
  if (rc != KJ_OK) return rc;
  kj_analysis *r = x->m.r;
  x->tanggal_data[0] = r->data_terbaru[0] = '\0';
  kj_step k = kj_stmt_step(s, err);
  if (k == KJ_STEP_ROW) {
    const char *terbaru = NULL;
    for (int c = 0; c < 4; c++) {
      if (kj_stmt_is_null(s, c)) continue;
      const char *d = kj_stmt_text(s, c);
      if (c != 1 && (!terbaru || strcmp(d, terbaru) > 0)) terbaru = d;
    }
    int c = kj_stmt_is_null(s, 0) ? 1 : 0;
    if (!kj_stmt_is_null(s, c))
      snprintf(x->tanggal_data, sizeof x->tanggal_data, "%s", kj_stmt_text(s, c));
    if (terbaru) snprintf(r->data_terbaru, sizeof r->data_terbaru, "%s", terbaru);
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

typedef struct dates_job {
  bl_ctx *x;
  kj_status rc;
  kj_error err;
} dates_job;

static void dates_side(kj_store *st, void *arg) {
  dates_job *j = arg;
  j->rc = load_dates(st, j->x, &j->err);
}

static kj_status parse_month(const char *text, an_pkey *P, kj_error *err) {
  char j;
  int num, y;
  if (!text || an_period(text, P, &j, &num, &y) != 0 || j != KJ_PER_BULANAN)
    return kj_fail(err, KJ_USAGE, "--periode needs a month such as 2025-07, not '%s'",
                   text ? text : "");
  return KJ_OK;
}

static kj_status choose_period(kj_store *st, const char *periode, an_pkey *P, kj_error *err) {
  char text[32];
  if (periode && *periode) {
    snprintf(text, sizeof text, "%s", periode);
  } else {
    kj_status rc = scalar_text(st, "bulanan/periode_terbaru", text, sizeof text, err);
    if (rc != KJ_OK) return rc;
    if (!text[0])
      return kj_fail(err, KJ_DATA, "the database has no monthly appraisal records (penilaian "
                                   "with periode YYYY-MM); import the e-Kinerja export first");
  }
  return parse_month(text, P, err);
}

/* ---- evaluators ------------------------------------------------------------------- */

typedef struct pen_acc {
  int64_t nip;
  long due[6], given[6], ontime[6];
  long *opd_n;                   /* ratees in P per OPD */
} pen_acc;

static pen_acc *pen_get(bl_ctx *x, int64_t nip) {
  int32_t i;
  if (kj_i64map_get(&x->pen_ix, nip, &i)) return &x->pen[i];
  if (x->n_pen == x->cap_pen) {
    x->cap_pen = x->cap_pen ? x->cap_pen * 2 : 256;
    x->pen = xreallocarray(x->pen, x->cap_pen, sizeof *x->pen);
  }
  pen_acc *a = &x->pen[x->n_pen];
  memset(a, 0, sizeof *a);
  a->nip = nip;
  a->opd_n = xcalloc((size_t)x->b->r->n_opd + 1, sizeof *a->opd_n);
  kj_i64map_put(&x->pen_ix, nip, (int32_t)x->n_pen);
  x->n_pen++;
  return a;
}

/* ---- one pass over employees and months ---------------------------------------------- */

static void add_belum(bl_ctx *x, int32_t e, int32_t unit, int64_t pen, size_t *cap) {
  kj_bulanan *b = x->b;
  if (b->n_belum == *cap) {
    *cap = *cap ? *cap * 2 : 256;
    b->belum = xreallocarray(b->belum, *cap, sizeof *b->belum);
  }
  kj_bl_belum *y = &b->belum[b->n_belum++];
  y->nip = x->m.emp[e].nip;
  y->nama = xstrdup(x->m.emp[e].nama);
  y->opd = bl_opd(x, unit);
  y->kode_unit = xstrdup(b->r->unit[unit].kode);
  y->nip_penilai = pen;
  long due = an_pkey_end_days(x->P) + b->r->params.batas_hari;
  y->hari_terlambat = x->d_days != AN_NO_LAG && x->d_days > due ? x->d_days - due : 0;
}

static void pass(bl_ctx *x) {
  kj_bulanan *b = x->b;
  const kj_params *p = &b->r->params;
  int K = KJ_KOTA(b->r);
  size_t cap_belum = 0;
  /* columns of the completeness figures: P, P-1, P-12 */
  static const int comp_ix[3] = {KJ_BL_BULAN - 1, KJ_BL_BULAN - 2, 0};
  for (int32_t e = 0; e < x->m.n_emp; e++) {
    /* e's records in period order, walked alongside the ascending months */
    const an_rec *r = x->m.recs + x->m.emp[e].rec0, *rend = r + x->m.emp[e].nrec;
    for (int i = 0; i < KJ_BL_BULAN; i++) {
      an_pkey mp = x->month[i];
      if (mp < x->first) continue; /* before the data begins: nothing was due */
      int32_t unit = bl_unit(x, e, mp);
      if (unit < 0) continue;
      int o = bl_opd(x, unit);
      while (r < rend && r->pkey < mp) r++;
      const an_rec *rec = r < rend && r->pkey == mp ? r : NULL;
      int ontime = rec && rec->lag != AN_NO_LAG && rec->lag <= p->batas_hari;
      for (int c = 0; c < 3; c++) {
        if (comp_ix[c] != i) continue;
        for (int z = 0; z < 2; z++) {
          kj_bl_opd *q = &b->opd[z ? K : o];
          q->roster[c]++;
          if (rec) {
            q->dinilai[c]++;
            if (rec->lag != AN_NO_LAG) q->bertanggal[c]++;
            q->tepat[c] += ontime;
          }
        }
      }
      if (i < KJ_BL_BULAN - 6) continue;
      int64_t pen = rec && rec->nip_penilai ? rec->nip_penilai : bl_expected_penilai(x, e, mp);
      if (i == KJ_BL_BULAN - 1 && !rec) add_belum(x, e, unit, pen, &cap_belum);
      if (!pen) continue;
      pen_acc *a = pen_get(x, pen);
      int k = i - (KJ_BL_BULAN - 6);
      a->due[k]++;
      a->given[k] += rec != NULL;
      a->ontime[k] += ontime;
      if (i == KJ_BL_BULAN - 1) a->opd_n[o]++;
    }
  }
}

static int cmp_belum(const void *pa, const void *pb) {
  const kj_bl_belum *a = pa, *c = pb;
  if (a->nip_penilai != c->nip_penilai) return a->nip_penilai < c->nip_penilai ? -1 : 1;
  if (a->opd != c->opd) return a->opd < c->opd ? -1 : 1;
  return (a->nip > c->nip) - (a->nip < c->nip);
}

/* P(an evaluator with due ratings in month k is late in it | each on time
 * with probability q): fewer than tepat_min * due on time. */
static double p_late(long due, double q, double tepat_min) {
  if (due <= 0) return 0;
  double lim = tepat_min * (double)due; /* the same product as the rule */
  long c = (long)ceil(lim) - 1;         /* late iff on time <= c */
  if (c < 0) return 0;
  if (c >= due) return 1;
  if (q >= 1) return 0;
  if (q <= 0) return 1;
  return gsl_cdf_binomial_P((unsigned)c, q, (unsigned)due);
}

/* The city's on-time share of each of the 6 months: ratings given on time
 * over ratings due, all evaluators. */
static void city_share(const bl_ctx *x, double q[6]) {
  double due[6] = {0}, on[6] = {0};
  for (size_t i = 0; i < x->n_pen; i++)
    for (int k = 0; k < 6; k++) due[k] += (double)x->pen[i].due[k], on[k] += (double)x->pen[i].ontime[k];
  for (int k = 0; k < 6; k++) q[k] = due[k] > 0 ? on[k] / due[k] : 1;
}

/* p_late of each month k and count of due ratings, as asked: evaluators
 * share a few small counts, and each month's q is the same for all. */
typedef struct late_memo {
  double q[6], tepat_min;
  long max_due;
  double *p; /* [6][max_due + 1], NAN until computed */
} late_memo;

static late_memo late_memo_new(const bl_ctx *x, const double q[6], double tepat_min) {
  late_memo lm = {.tepat_min = tepat_min, .max_due = 0};
  memcpy(lm.q, q, sizeof lm.q);
  for (size_t i = 0; i < x->n_pen; i++)
    for (int k = 0; k < 6; k++)
      if (x->pen[i].due[k] > lm.max_due) lm.max_due = x->pen[i].due[k];
  size_t n = 6 * (size_t)(lm.max_due + 1);
  lm.p = xmalloc(n * sizeof *lm.p);
  for (size_t i = 0; i < n; i++) lm.p[i] = NAN;
  return lm;
}

static double late_p(late_memo *lm, int k, long due) {
  double *slot = &lm->p[(size_t)k * (size_t)(lm->max_due + 1) + (size_t)due];
  if (isnan(*slot)) *slot = p_late(due, lm->q[k], lm->tepat_min);
  return *slot;
}

/* P(late in >= 3 of the 6 months) of an evaluator whose due ratings are each
 * on time with the city's share q[k], independently. */
static double p_berulang(const pen_acc *a, late_memo *lm) {
  double d[7] = {1, 0, 0, 0, 0, 0, 0}; /* P(j late months so far) */
  for (int k = 0; k < 6; k++) {
    double pl = late_p(lm, k, a->due[k]);
    for (int j = 6; j >= 0; j--) d[j] = d[j] * (1 - pl) + (j ? d[j - 1] * pl : 0);
  }
  return d[3] + d[4] + d[5] + d[6];
}

static int cmp_penilai(const void *pa, const void *pb) {
  const kj_bl_penilai *a = pa, *c = pb;
  return (a->nip > c->nip) - (a->nip < c->nip);
}

static void finish(bl_ctx *x) {
  kj_bulanan *b = x->b;
  const kj_params *p = &b->r->params;
  for (int o = 0; o <= KJ_KOTA(b->r); o++) {
    kj_bl_opd *q = &b->opd[o];
    for (int c = 0; c < 3; c++) {
      q->kelengkapan[c] = q->roster[c] ? (double)q->dinilai[c] / (double)q->roster[c] : KJ_NA;
      q->tepat_waktu[c] = q->bertanggal[c] ? (double)q->tepat[c] / (double)q->bertanggal[c] : KJ_NA;
    }
    q->belum = q->roster[0] - q->dinilai[0];
  }
  b->roster = b->opd[KJ_KOTA(b->r)].roster[0];
  b->dinilai = b->opd[KJ_KOTA(b->r)].dinilai[0];
  if (b->n_belum) qsort(b->belum, b->n_belum, sizeof *b->belum, cmp_belum);
  b->penilai = xcalloc(x->n_pen + 1, sizeof *b->penilai);
  double q[6], sum_p = 0, var_p = 0;
  city_share(x, q);
  late_memo memo = late_memo_new(x, q, p->tepat_min);
  for (size_t i = 0; i < x->n_pen; i++) {
    pen_acc *a = &x->pen[i];
    if (a->due[5] == 0) continue;
    kj_bl_penilai *y = &b->penilai[b->n_penilai++];
    y->nip = a->nip;
    int32_t e = -1;
    y->terdaftar = kj_i64map_get(&x->m.emp_ix, a->nip, &e);
    y->nama = y->terdaftar ? xstrdup(x->m.emp[e].nama) : NULL;
    int own = y->terdaftar ? bl_unit(x, e, x->P) : -1;
    if (own >= 0) {
      y->opd = bl_opd(x, own);
    } else { /* the OPD of most of their ratees (the first on a tie) */
      y->opd = 0;
      for (int o = 1; o < b->r->n_opd; o++)
        if (a->opd_n[o] > a->opd_n[y->opd]) y->opd = o;
    }
    y->jatuh_tempo = a->due[5];
    y->diberikan = a->given[5];
    y->tepat_waktu = a->ontime[5];
    for (int k = 0; k < 6; k++) {
      y->terlambat[k] = a->due[k] ? (double)a->ontime[k] < p->tepat_min * (double)a->due[k] : -1;
      y->bulan_terlambat += y->terlambat[k] == 1;
    }
    y->berulang = y->bulan_terlambat >= 3;
    b->n_penilai_berulang += y->berulang;
    y->p_kebetulan = p_berulang(a, &memo);
    sum_p += y->p_kebetulan;
    var_p += y->p_kebetulan * (1 - y->p_kebetulan);
  }
  b->berulang_harapan = b->n_penilai ? sum_p : KJ_NA;
  b->berulang_sd = b->n_penilai ? sqrt(var_p) : KJ_NA;
  b->berulang_lo = b->n_penilai ? fmax(0, sum_p - 2 * b->berulang_sd) : KJ_NA;
  b->berulang_hi = b->n_penilai ? sum_p + 2 * b->berulang_sd : KJ_NA;
  free(memo.p);
  if (b->n_penilai) qsort(b->penilai, b->n_penilai, sizeof *b->penilai, cmp_penilai);
}

/* ---- the run ---------------------------------------------------------------------------- */

struct kj_bulanan_src {
  bl_ctx x;                      /* the loaded years; the per-month fields belong to the last month */
  kj_analysis *r;                /* owned: units, OPD, params, import log */
  int tahun;
};

/* Which months of the loaded years have monthly records: the same for
 * every month of the source, so window() need not scan the records once
 * per month. */
static void months_present(bl_ctx *x) {
  x->bulan_ada = xcalloc((size_t)x->memo_n, 1);
  for (size_t i = 0; i < x->m.n_rec; i++) {
    long k = bl_memo_month(x, x->m.recs[i].pkey);
    if (x->m.recs[i].jenis == KJ_PER_BULANAN && k >= 0) x->bulan_ada[k] = 1;
  }
}

/* Loads year-2 .. year: everything the months of `tahun` need. */
static kj_status load(kj_store *st, bl_ctx *x, int tahun, kj_error *err) {
  kj_analysis *r = x->m.r;
  r->tahun = r->dari = r->sampai = tahun;
  x->m.y0 = tahun - 2;
  x->m.y1 = tahun;
  /* The dates are a scan of all of penilaian of their own: on a second
   * connection it runs beside the loads below, which do not touch them. */
  dates_job dj = {.x = x, .rc = KJ_OK, .err = {KJ_OK, ""}};
  kj_store_side *side = kj_store_side_start(st, dates_side, &dj);
  kj_status rc = an_load_structure(st, &x->m, err);
  if (rc == KJ_OK) rc = an_load_penilaian(st, &x->m, err);
  if (rc == KJ_OK) rc = load_atasan(st, x, err);
  if (rc == KJ_OK) rc = load_kosong(st, x, err);
  kj_store_side_join(side);
  if (rc == KJ_OK && !side) dates_side(st, &dj);
  if (rc == KJ_OK && dj.rc != KJ_OK) {
    *err = dj.err;
    rc = dj.rc;
  }
  if (rc != KJ_OK) return rc;
  kj_date d;
  char why[8];
  x->d_days = AN_NO_LAG;
  if (x->tanggal_data[0] && kj_date_parse(x->tanggal_data, &d, why, sizeof why) == 0)
    x->d_days = kj_date_days(d.y, d.m, d.d);
  x->memo0 = (tahun - 2) * 100 + 1;
  x->memo_n = 36;
  size_t n = (size_t)x->m.n_emp * (size_t)x->memo_n;
  x->unit_memo = xmalloc((n + 1) * sizeof *x->unit_memo);
  x->pen_memo = xmalloc((n + 1) * sizeof *x->pen_memo);
  for (size_t i = 0; i < n; i++) x->unit_memo[i] = BL_UNKNOWN, x->pen_memo[i] = -1;
  months_present(x);
  return bl_apresiasi_load(st, x, tahun * 100 + 1, tahun * 100 + 12, err);
}

/* Resets the per-month state of x for month P of a new result b. */
static void begin_month(bl_ctx *x, kj_bulanan *b, an_pkey P) {
  for (size_t i = 0; i < x->n_pen; i++) free(x->pen[i].opd_n);
  x->n_pen = 0;
  kj_i64map_free(&x->pen_ix);
  memset(&x->pen_ix, 0, sizeof x->pen_ix);
  x->b = b;
  x->P = P;
  x->first = 0;
  an_pkey_text(P, b->periode);
  snprintf(b->tanggal_data, sizeof b->tanggal_data, "%s", x->tanggal_data);
  for (int i = 0; i < KJ_BL_BULAN; i++) x->month[i] = bl_month_add(P, i - (KJ_BL_BULAN - 1));
}

/* The data window of P: the earliest month with monthly records up to P,
 * and how many of the 12 months before P have any. */
static kj_status window(bl_ctx *x, kj_error *err) {
  kj_bulanan *b = x->b;
  int any = 0;
  an_pkey first = 0;
  for (int i = 0; i < x->memo_n; i++) {
    an_pkey k = bl_month_add(x->memo0, i);
    if (k > x->P) break;
    if (!x->bulan_ada[i]) continue;
    if (!first) first = k;
    if (k < x->month[0]) continue;
    any = 1;
    b->riwayat += k < x->P; /* one of the 12 months before P */
  }
  if (first) an_pkey_text(first, b->bulan_pertama);
  x->first = first;
  if (!any)
    return kj_fail(err, KJ_DATA, "no monthly appraisal records in the 13 months up to %s",
                   b->periode);
  return KJ_OK;
}

static void ctx_free(bl_ctx *x) {
  an_model *m = &x->m;
  kj_strmap_free(&m->unit_ix);
  for (long i = 0; i < m->n_emp; i++) free(m->emp[i].nama);
  free(m->emp);
  kj_i64map_free(&m->emp_ix);
  free(m->recs);
  free(m->ey_ix);
  free(x->atasan);
  kj_i64map_free(&x->kosong);
  for (size_t i = 0; i < x->n_pen; i++) free(x->pen[i].opd_n);
  free(x->pen);
  kj_i64map_free(&x->pen_ix);
  free(x->ub);
  free(x->unit_memo);
  free(x->pen_memo);
  free(x->bulan_ada);
}

kj_status kj_bulanan_open(kj_store *st, const kj_params *params, int tahun,
                          kj_bulanan_src **out, kj_error *err) {
  kj_analysis_init();
  kj_bulanan_src *src = xcalloc(1, sizeof *src);
  src->r = xcalloc(1, sizeof *src->r);
  src->r->params = *params;
  src->tahun = tahun;
  src->x.m.r = src->r;
  src->x.m.p = &src->r->params;
  kj_status rc = load(st, &src->x, tahun, err);
  if (rc != KJ_OK) {
    kj_bulanan_src_free(src);
    src = NULL;
  }
  *out = src;
  return rc;
}

kj_status kj_bulanan_month(kj_bulanan_src *src, const char *periode, kj_bulanan **out,
                           kj_error *err) {
  *out = NULL;
  an_pkey P;
  kj_status rc = parse_month(periode, &P, err);
  if (rc != KJ_OK) return rc;
  if (P / 100 != src->tahun)
    return kj_fail(err, KJ_INTERNAL, "month %s asked of the data of %d", periode, src->tahun);
  kj_bulanan *b = xcalloc(1, sizeof *b);
  b->r = src->r;
  bl_ctx *x = &src->x;
  begin_month(x, b, P);
  rc = window(x, err);
  if (rc == KJ_OK) {
    b->opd = xcalloc((size_t)b->r->n_opd + 1, sizeof *b->opd);
    pass(x);
    finish(x);
    bl_kendali(x);
    bl_peringatan(x);
    bl_apresiasi(x);
  }
  x->b = NULL;
  if (rc != KJ_OK) {
    kj_bulanan_free(b);
    return rc;
  }
  *out = b;
  return KJ_OK;
}

int kj_bulanan_src_tahun(const kj_bulanan_src *src) { return src->tahun; }

void kj_bulanan_src_free(kj_bulanan_src *src) {
  if (!src) return;
  ctx_free(&src->x);
  kj_analysis_free(src->r);
  free(src);
}

kj_status kj_bulanan_run(kj_store *st, const kj_params *params, const char *periode,
                         kj_bulanan **out, kj_error *err) {
  *out = NULL;
  an_pkey P;
  kj_status rc = choose_period(st, periode, &P, err);
  if (rc != KJ_OK) return rc;
  char text[16];
  an_pkey_text(P, text);
  kj_bulanan_src *src = NULL;
  rc = kj_bulanan_open(st, params, P / 100, &src, err);
  if (rc == KJ_OK) rc = kj_bulanan_month(src, text, out, err);
  if (rc == KJ_OK) (*out)->src_owned = src;
  else kj_bulanan_src_free(src);
  return rc;
}

kj_status kj_bulanan_latest(kj_store *st, char out[16], kj_error *err) {
  an_pkey P;
  kj_status rc = choose_period(st, NULL, &P, err);
  if (rc == KJ_OK) an_pkey_text(P, out);
  return rc;
}

void kj_bulanan_free(kj_bulanan *b) {
  if (!b) return;
  for (size_t i = 0; i < b->n_belum; i++) {
    free(b->belum[i].nama);
    free(b->belum[i].kode_unit);
  }
  free(b->belum);
  for (size_t i = 0; i < b->n_penilai; i++) free(b->penilai[i].nama);
  free(b->penilai);
  for (size_t i = 0; i < b->n_peringatan; i++) {
    free(b->peringatan[i].nama);
    free(b->peringatan[i].kode_unit);
  }
  free(b->peringatan);
  for (size_t i = 0; i < b->n_apresiasi; i++) {
    free(b->apresiasi[i].nama);
    free(b->apresiasi[i].kode_unit);
  }
  free(b->apresiasi);
  for (size_t i = 0; i < b->n_pimpinan; i++) free(b->pimpinan[i].nama);
  free(b->pimpinan);
  free(b->opd);
  kj_bulanan_src_free(b->src_owned);
  free(b);
}
