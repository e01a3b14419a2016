/* bulanan_individu.c — the lists about individuals of the monthly
 * monitoring (analytics.md §14): early warnings (Peringatan dini) and high
 * performers without appreciation (§10a as of P), with the leaders' teams
 * and the feedback they gave in P and the 2 months before.
 *
 * Steps of a predikat: SANGAT_BAIK 5, BAIK 4, BUTUH_PERBAIKAN 3, KURANG 2,
 * SANGAT_KURANG 1. A warning is TURUN_TAJAM when P's step is at least 2
 * below the median step of up to 6 preceding monthly records (at least 3 of
 * them), RENDAH_BERTURUT when P's record and the monthly record just before
 * it are both at most BUTUH_PERBAIKAN. An employee's leader is their
 * nip_atasan, else the evaluator on their latest record up to P.
 */
#include "analysis/bulanan_int.h"
#include "domain/date.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static int step(int predikat) { return KJ_PREDIKAT_N - predikat; }

static int cmp_ub(const void *pa, const void *pb) {
  const bl_ub *a = pa, *c = pb;
  if (a->penerima != c->penerima) return a->penerima < c->penerima ? -1 : 1;
  if (a->bulan != c->bulan) return a->bulan < c->bulan ? -1 : 1;
  if (a->pemberi != c->pemberi) return a->pemberi < c->pemberi ? -1 : 1;
  return a->jenis - c->jenis;
}

kj_status bl_apresiasi_load(kj_store *st, bl_ctx *x, an_pkey p0, an_pkey p1, kj_error *err) {
  an_pkey first = bl_month_add(p0, -5);
  char d0[32], d1[32];
  snprintf(d0, sizeof d0, "%04d-%02d-01", first / 100, first % 100);
  int y = p1 / 100, m = p1 % 100;
  snprintf(d1, sizeof d1, "%04d-%02d-%02d", y, m, kj_days_in_month(y, m));
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "bulanan/umpan_balik", &s, err);
  if (rc != KJ_OK) return rc;
  kj_stmt_bind_text(s, 1, d0, -1);
  kj_stmt_bind_text(s, 2, d1, -1);
  size_t cap = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    const char *t = kj_stmt_text(s, 0);
    int jenis = kj_enum_parse(&kj_enum_jenis_ub, kj_stmt_text(s, 3));
    if (jenis < 0 || strlen(t) < 7) continue;
    if (x->n_ub == cap) {
      cap = cap ? cap * 2 : 1024;
      x->ub = xreallocarray(x->ub, cap, sizeof *x->ub);
    }
    bl_ub *u = &x->ub[x->n_ub++];
    u->pemberi = kj_stmt_int64(s, 1);
    u->penerima = kj_stmt_int64(s, 2);
    u->bulan = (t[0] - '0') * 100000 + (t[1] - '0') * 10000 + (t[2] - '0') * 1000 +
               (t[3] - '0') * 100 + (t[5] - '0') * 10 + (t[6] - '0');
    u->jenis = (int8_t)jenis;
  }
  kj_stmt_free(s);
  if (k == KJ_STEP_ERROR) return err->status;
  if (x->n_ub) qsort(x->ub, x->n_ub, sizeof *x->ub, cmp_ub);
  return KJ_OK;
}

/* Monthly records of e up to and including P, in period order: their indexes
 * into recs, the last n of them (n <= 7). Returns how many. */
static int last_monthly(const bl_ctx *x, int32_t e, long *ix, int n) {
  const an_emp *em = &x->m.emp[e];
  int got = 0;
  for (int32_t k = em->rec0 + em->nrec - 1; k >= em->rec0 && got < n; k--) {
    const an_rec *r = &x->m.recs[k];
    if (r->jenis != KJ_PER_BULANAN || r->pkey > x->P) continue;
    ix[got++] = k;
  }
  return got; /* ix[0] is the latest */
}

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

static int cmp_lead(const void *pa, const void *pb) {
  const kj_bl_pimpinan *a = pa, *c = pb;
  return (a->nip > c->nip) - (a->nip < c->nip);
}

static int cmp_warn(const void *pa, const void *pb) {
  const kj_bl_peringatan *a = pa, *c = pb;
  if (a->opd != c->opd) return a->opd < c->opd ? -1 : 1;
  return (a->nip > c->nip) - (a->nip < c->nip);
}

void bl_peringatan(bl_ctx *x) {
  kj_bulanan *b = x->b;
  size_t cap = 0;
  for (int32_t e = 0; e < x->m.n_emp; e++) {
    long ix[7];
    int n = last_monthly(x, e, ix, 7);
    if (n == 0 || x->m.recs[ix[0]].pkey != x->P) continue;
    const an_rec *r = &x->m.recs[ix[0]];
    int sp = step(r->predikat), st[6];
    for (int i = 1; i < n; i++) st[i - 1] = step(x->m.recs[ix[i]].predikat);
    double med = KJ_NA;
    if (n - 1 >= 3) {
      qsort(st, (size_t)(n - 1), sizeof *st, cmp_int);
      int h = n - 1;
      med = h % 2 ? st[h / 2] : 0.5 * (st[h / 2 - 1] + st[h / 2]);
    }
    int turun = n - 1 >= 3 && sp <= med - 2;
    int rendah = n >= 2 && sp <= step(KJ_BUTUH_PERBAIKAN) &&
                 step(x->m.recs[ix[1]].predikat) <= step(KJ_BUTUH_PERBAIKAN);
    if (!turun && !rendah) continue;
    if (b->n_peringatan == cap) {
      cap = cap ? cap * 2 : 64;
      b->peringatan = xreallocarray(b->peringatan, cap, sizeof *b->peringatan);
    }
    kj_bl_peringatan *w = &b->peringatan[b->n_peringatan++];
    w->nip = x->m.emp[e].nip;
    w->nama = xstrdup(x->m.emp[e].nama);
    w->opd = bl_opd(x, r->unit);
    w->kode_unit = xstrdup(b->r->unit[r->unit].kode);
    w->predikat = r->predikat;
    w->predikat_sebelum = n >= 2 ? x->m.recs[ix[1]].predikat : -1;
    w->median_sebelum = med;
    snprintf(w->alasan, sizeof w->alasan, "%s%s%s", turun ? "TURUN_TAJAM" : "",
             turun && rendah ? "+" : "", rendah ? "RENDAH_BERTURUT" : "");
  }
  if (b->n_peringatan) qsort(b->peringatan, b->n_peringatan, sizeof *b->peringatan, cmp_warn);
}

/* First event index of penerima nip (x->ub sorted by penerima), n_ub when none. */
static size_t ub_first(const bl_ctx *x, int64_t nip) {
  size_t lo = 0, hi = x->n_ub;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (x->ub[mid].penerima < nip) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

typedef struct lead_acc {
  int64_t nip;
  long tim, tanpa, ub;
  long *opd_n;
} lead_acc;

static int cmp_apr(const void *pa, const void *pb) {
  const kj_bl_apresiasi *a = pa, *c = pb;
  if (a->nip_pimpinan != c->nip_pimpinan) return a->nip_pimpinan < c->nip_pimpinan ? -1 : 1;
  return (a->nip > c->nip) - (a->nip < c->nip);
}

void bl_apresiasi(bl_ctx *x) {
  kj_bulanan *b = x->b;
  int no = b->r->n_opd;
  kj_i64map lix = {0};
  lead_acc *L = NULL;
  size_t nl = 0, capl = 0, cap = 0;
  an_pkey from_ub = bl_month_add(x->P, -2), from_apr = bl_month_add(x->P, -5);
  for (int32_t e = 0; e < x->m.n_emp; e++) {
    int32_t unit = bl_unit(x, e, x->P);
    if (unit < 0) continue;
    long ix[7];
    int n = last_monthly(x, e, ix, 7);
    int64_t pen = n ? x->m.recs[ix[0]].nip_penilai : 0;
    int64_t lead = x->atasan[e] ? x->atasan[e] : pen;
    int run = 0;
    if (n && x->m.recs[ix[0]].pkey == x->P)
      while (run < n && x->m.recs[ix[run]].predikat == KJ_SANGAT_BAIK) run++;
    int gap = 0;
    if (run >= 3) {
      gap = 1;
      int64_t nip = x->m.emp[e].nip;
      for (size_t k = ub_first(x, nip); k < x->n_ub && x->ub[k].penerima == nip; k++)
        if (x->ub[k].jenis == KJ_APRESIASI && x->ub[k].bulan >= from_apr && x->ub[k].bulan <= x->P)
          gap = 0;
    }
    if (gap) {
      if (b->n_apresiasi == cap) {
        cap = cap ? cap * 2 : 64;
        b->apresiasi = xreallocarray(b->apresiasi, cap, sizeof *b->apresiasi);
      }
      kj_bl_apresiasi *a = &b->apresiasi[b->n_apresiasi++];
      a->nip = x->m.emp[e].nip;
      a->nama = xstrdup(x->m.emp[e].nama);
      a->opd = bl_opd(x, unit);
      a->kode_unit = xstrdup(b->r->unit[unit].kode);
      a->nip_pimpinan = lead;
      a->nip_penilai = pen;
      an_pkey_text(x->P, a->periode_terakhir);
      a->n_sangat_baik = run;
    }
    if (!lead) continue;
    int32_t li;
    if (!kj_i64map_get(&lix, lead, &li)) {
      if (nl == capl) {
        capl = capl ? capl * 2 : 256;
        L = xreallocarray(L, capl, sizeof *L);
      }
      li = (int32_t)nl++;
      memset(&L[li], 0, sizeof L[li]);
      L[li].nip = lead;
      L[li].opd_n = xcalloc((size_t)no + 1, sizeof *L[li].opd_n);
      kj_i64map_put(&lix, lead, li);
    }
    L[li].tim++;
    L[li].tanpa += gap;
    L[li].opd_n[bl_opd(x, unit)]++;
  }
  for (size_t k = 0; k < x->n_ub; k++) {
    int32_t li;
    if (x->ub[k].bulan >= from_ub && x->ub[k].bulan <= x->P &&
        kj_i64map_get(&lix, x->ub[k].pemberi, &li))
      L[li].ub++;
  }
  b->pimpinan = xcalloc(nl + 1, sizeof *b->pimpinan);
  for (size_t i = 0; i < nl; i++) {
    kj_bl_pimpinan *p = &b->pimpinan[b->n_pimpinan++];
    p->nip = L[i].nip;
    int32_t e = -1;
    int32_t own = kj_i64map_get(&x->m.emp_ix, p->nip, &e) ? bl_unit(x, e, x->P) : -1;
    p->nama = e >= 0 ? xstrdup(x->m.emp[e].nama) : NULL;
    if (own >= 0) {
      p->opd = bl_opd(x, own);
    } else {
      p->opd = 0;
      for (int o = 1; o < no; o++)
        if (L[i].opd_n[o] > L[i].opd_n[p->opd]) p->opd = o;
    }
    p->tim = L[i].tim;
    p->tanpa_apresiasi = L[i].tanpa;
    p->umpan_balik = L[i].ub;
    p->per_anggota = (double)L[i].ub / (double)L[i].tim;
    free(L[i].opd_n);
  }
  free(L);
  kj_i64map_free(&lix);
  if (b->n_apresiasi) qsort(b->apresiasi, b->n_apresiasi, sizeof *b->apresiasi, cmp_apr);
  if (b->n_pimpinan) qsort(b->pimpinan, b->n_pimpinan, sizeof *b->pimpinan, cmp_lead);
}
