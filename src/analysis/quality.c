/* quality.c — analytics.md §9: completeness and timeliness per OPD and
 * period of Y, and the consistency findings.
 *
 * Completeness divides by the roster of each period (roster.c, data.md):
 * everyone serving in the period, in the unit of that period, whether or
 * not they were rated — an employee never rated stays in every denominator
 * and the newest month is not complete just because it is the newest.
 * Employees of Y's roster with no record at all in Y are also listed as a
 * consistency finding (TANPA_PENILAIAN).
 */
#include "analysis/engine_int.h"
#include "domain/date.h"
#include "domain/period.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct lagv {
  int32_t cell;
  int32_t lag;
} lagv;

/* The k-th smallest of a[0..n) (0-based), reordering a: quickselect with a
 * median-of-three pivot, linear on average; deterministic. */
static int32_t kth(int32_t *a, size_t n, size_t k) {
  size_t lo = 0, hi = n - 1;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int32_t x = a[lo], y = a[mid], z = a[hi];
    int32_t piv = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
    size_t i = lo, j = hi;
    while (i <= j) {
      while (a[i] < piv) i++;
      while (a[j] > piv) j--;
      if (i <= j) {
        int32_t t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        if (j == 0) break;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/* Median of a[0..n), n >= 1 (mean of the two middle values when n is even). */
static double median_i32(int32_t *a, size_t n) {
  int32_t hi = kth(a, n, n / 2);
  if (n % 2) return hi;
  int32_t lo = a[0]; /* after kth, a[0..n/2) holds the smaller half */
  for (size_t i = 1; i < n / 2; i++)
    if (a[i] > lo) lo = a[i];
  return 0.5 * ((double)lo + (double)hi);
}

/* Each cell's median lag: the lags grouped by cell (counting sort), then a
 * selection per cell instead of one sort of every (cell, lag) pair. */
static void median_lags(kj_kualitas *q, size_t cells, const lagv *lags, size_t nl) {
  size_t *off = xcalloc(cells + 1, sizeof *off);
  for (size_t i = 0; i < nl; i++) off[lags[i].cell + 1]++;
  for (size_t c = 0; c < cells; c++) off[c + 1] += off[c];
  int32_t *v = xmalloc((nl + 1) * sizeof *v);
  size_t *fill = xcalloc(cells + 1, sizeof *fill);
  for (size_t i = 0; i < nl; i++) v[off[lags[i].cell] + fill[lags[i].cell]++] = lags[i].lag;
  for (size_t c = 0; c < cells; c++)
    if (off[c + 1] > off[c]) q[c].median_lag = median_i32(v + off[c], off[c + 1] - off[c]);
  free(fill);
  free(v);
  free(off);
}

/* The due periods of Y, ascending: every month from January to the latest
 * month of Y with a monthly record (result or known-missing), and each other
 * period of Y that has records. */
static int periods_of_year(const an_model *m, an_pkey **out) {
  char seen[100] = {0};
  int y = m->r->tahun, n = 0, last_month = 0;
  for (size_t i = 0; i < m->n_rec; i++)
    if (m->recs[i].tahun == y) seen[m->recs[i].pkey % 100] = 1;
  for (size_t i = 0; i < m->n_kosong; i++) seen[m->kosong[i].pkey % 100] = 1;
  for (int c = 1; c <= 12; c++)
    if (seen[c]) last_month = c;
  for (int c = 1; c <= last_month; c++) seen[c] = 1;
  *out = xcalloc(100, sizeof **out);
  for (int c = 0; c < 100; c++)
    if (seen[c]) (*out)[n++] = y * 100 + c;
  return n;
}

static void completeness(an_model *m) {
  kj_analysis *r = m->r;
  an_pkey *per;
  int np = periods_of_year(m, &per), no = r->n_opd;
  /* columns 0..np-1 are the periods, column np the whole year */
  size_t w = (size_t)np + 1, cells = (size_t)(no + 1) * w;
  kj_kualitas *q = xcalloc(cells + 1, sizeof *q);
  size_t nl = 0, capl = 1024, kc = 0;
  lagv *lags = xmalloc(capl * sizeof *lags);
  for (long e = 0; e < m->n_emp; e++) {
    const an_emp *em = &m->emp[e];
    while (kc < m->n_kosong && m->kosong[kc].emp < e) kc++;
    size_t ki = kc;
    for (int j = 0; j < np; j++) {
      long ri = em->nrec ? an_rec_find(m, (int32_t)e, per[j]) : -1;
      while (ki < m->n_kosong && m->kosong[ki].emp == e && m->kosong[ki].pkey < per[j]) ki++;
      int is_kosong = ri < 0 && ki < m->n_kosong && m->kosong[ki].emp == e &&
                      m->kosong[ki].pkey == per[j];
      int32_t unit = an_roster_unit(m, (int32_t)e, per[j], is_kosong ? m->kosong[ki].unit : -1);
      if (unit < 0) continue; /* not on the roster of this period */
      int o = r->unit[unit].opd_penerus; /* data.md: the OPD after following menjadi */
      for (int c = 0; c < 4; c++) {
        kj_kualitas *x = &q[(size_t)(c & 1 ? no : o) * w + (c & 2 ? (size_t)np : (size_t)j)];
        x->roster++;
        if (ri >= 0) {
          x->dinilai++;
          int32_t lag = m->recs[ri].lag;
          if (lag != AN_NO_LAG) {
            x->bertanggal++;
            x->tepat += lag <= r->params.batas_hari;
            if (nl == capl) lags = xreallocarray(lags, capl *= 2, sizeof *lags);
            lags[nl++] = (lagv){(int32_t)(x - q), lag};
          }
        } else if (is_kosong) {
          x->kosong++;
        }
      }
    }
  }
  median_lags(q, cells, lags, nl);
  r->kualitas = xcalloc(cells + 1, sizeof *r->kualitas);
  r->kualitas_tahun = xcalloc((size_t)no + 1, sizeof *r->kualitas_tahun);
  for (size_t c = 0; c < cells; c++) {
    kj_kualitas *x = &q[c];
    size_t col = c % w;
    x->opd = (int)(c / w);
    if (col == (size_t)np) snprintf(x->periode, sizeof x->periode, "%d", r->tahun);
    else an_pkey_text(per[col], x->periode);
    x->kelengkapan = x->roster ? (double)x->dinilai / (double)x->roster : KJ_NA;
    x->tepat_waktu = x->bertanggal ? (double)x->tepat / (double)x->bertanggal : KJ_NA;
    if (!x->bertanggal) x->median_lag = KJ_NA;
    if (col == (size_t)np) r->kualitas_tahun[x->opd] = *x;
    else if (x->roster) r->kualitas[r->n_kualitas++] = *x;
  }
  free(lags);
  free(q);
  free(per);
}

/* ---- consistency findings ------------------------------------------------ */

static kj_temuan *add(kj_analysis *r, size_t *cap, kj_temuan_jenis j, int opd, int64_t nip,
                      const char *kode) {
  if (r->n_temuan == *cap) {
    *cap = *cap ? *cap * 2 : 64;
    r->temuan = xreallocarray(r->temuan, *cap, sizeof *r->temuan);
  }
  kj_temuan *t = &r->temuan[r->n_temuan++];
  memset(t, 0, sizeof *t);
  t->jenis = j;
  t->opd = opd;
  t->nip = nip;
  snprintf(t->kode, sizeof t->kode, "%s", kode ? kode : "");
  return t;
}

static int cmp_temuan(const void *a, const void *b) {
  const kj_temuan *x = a, *y = b;
  if (x->jenis != y->jenis) return x->jenis < y->jenis ? -1 : 1;
  if (x->opd != y->opd) return x->opd < y->opd ? -1 : 1;
  if (x->nip != y->nip) return x->nip < y->nip ? -1 : 1;
  return strcmp(x->kode, y->kode);
}

typedef struct outside {
  int64_t nip;
  int32_t opd;
} outside;

static int cmp_outside(const void *a, const void *b) {
  const outside *x = a, *y = b;
  if (x->nip != y->nip) return x->nip < y->nip ? -1 : 1;
  return (x->opd > y->opd) - (x->opd < y->opd);
}

static void consistency(an_model *m) {
  kj_analysis *r = m->r;
  size_t cap = 0, no = 0;
  outside *out = xcalloc(m->n_rec + 1, sizeof *out);
  for (size_t i = 0; i < m->n_rec; i++) {
    const an_rec *x = &m->recs[i];
    if (x->tahun != r->tahun) continue;
    int opd = r->unit[x->unit].opd;
    char per[16];
    an_pkey_text(x->pkey, per);
    if (x->predikat_input >= 0 && x->predikat_input != x->predikat) {
      kj_temuan *t = add(r, &cap, KJ_TEMUAN_PREDIKAT_BEDA, opd, m->emp[x->emp].nip, per);
      snprintf(t->rincian, sizeof t->rincian, "%s -> %s",
               kj_enum_canon(&kj_enum_predikat, x->predikat_input),
               kj_enum_canon(&kj_enum_predikat, x->predikat));
    }
    if (x->nip_penilai && x->nip_penilai == m->emp[x->emp].nip)
      add(r, &cap, KJ_TEMUAN_DINILAI_SENDIRI, opd, x->nip_penilai, per);
    if (x->penilai == AN_PENILAI_LUAR) out[no++] = (outside){x->nip_penilai, opd};
  }
  qsort(out, no, sizeof *out, cmp_outside);
  for (size_t i = 0; i < no;) {
    size_t j = i;
    while (j < no && out[j].nip == out[i].nip && out[j].opd == out[i].opd) j++;
    kj_temuan *t = add(r, &cap, KJ_TEMUAN_PENILAI_LUAR, out[i].opd, out[i].nip, "");
    snprintf(t->rincian, sizeof t->rincian, "%zu", j - i);
    i = j;
  }
  free(out);
  for (int o = 0; o < r->n_opd; o++)
    if (r->opd[o].org < 0) add(r, &cap, KJ_TEMUAN_TANPA_PREDIKAT_ORG, o, 0, r->opd[o].kode);
  for (size_t i = 0; i < r->n_skm_unit; i++) {
    const kj_skm *s = &r->skm_unit[i];
    if (!s->sedikit) continue;
    kj_temuan *t = add(r, &cap, KJ_TEMUAN_SKM_SEDIKIT, r->unit[s->unit].opd, 0,
                       r->unit[s->unit].kode);
    snprintf(t->rincian, sizeof t->rincian, "%ld", s->n_responden);
  }
  long y0 = kj_date_days(r->tahun, 1, 1), y1 = kj_date_days(r->tahun, 12, 31);
  for (long e = 0; e < m->n_emp; e++) {
    int32_t ey = an_ey_get(m, (int32_t)e, r->tahun, 0);
    if ((ey >= 0 && m->ey[ey].nrec > 0) || m->emp[e].unit < 0) continue;
    if (!an_roster_in(m, (int32_t)e, y0, y1)) continue;
    add(r, &cap, KJ_TEMUAN_TANPA_PENILAIAN, r->unit[m->emp[e].unit].opd, m->emp[e].nip,
        r->unit[m->emp[e].unit].kode);
  }
  for (size_t i = 0; i < m->n_skpt; i++) {
    kj_temuan *t = add(r, &cap, m->skpt[i].jenis, m->skpt[i].opd, m->skpt[i].nip, m->skpt[i].kode);
    snprintf(t->rincian, sizeof t->rincian, "%s", m->skpt[i].rincian);
  }
  if (r->n_temuan) qsort(r->temuan, r->n_temuan, sizeof *r->temuan, cmp_temuan);
}

/* Who joined and left in Y (pegawai.mulai / selesai / status), for `check`. */
static void roster_year(an_model *m) {
  kj_analysis *r = m->r;
  long y0 = kj_date_days(r->tahun, 1, 1), y1 = kj_date_days(r->tahun, 12, 31);
  struct kj_roster_tahun *t = &r->roster_tahun;
  memset(t, 0, sizeof *t);
  for (long e = 0; e < m->n_emp; e++) {
    const an_emp *em = &m->emp[e];
    if (!an_roster_in(m, (int32_t)e, y0, y1)) continue;
    t->pegawai++;
    if (em->mulai == AN_OPEN_START) t->tanpa_mulai++;
    else if (em->mulai >= y0) t->masuk++;
    if (em->selesai != AN_OPEN_END && em->selesai <= y1 && em->status >= 0)
      t->keluar[em->status]++;
  }
}

void an_quality(an_model *m) {
  roster_year(m);
  completeness(m);
  consistency(m);
}
