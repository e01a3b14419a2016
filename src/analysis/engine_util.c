/* engine_util.c — small helpers of the analytics engine: period keys,
 * enum lookups on canonical text, the employee-year index and the
 * per-period trend accumulators (engine_int.h).
 *
 * Period keys are integers that sort like the canonical period text within
 * a year, so records that SQLite returns ORDER BY nip, periode arrive sorted
 * by (employee, key) as well and need no second sort.
 */
#include "analysis/engine_int.h"
#include "domain/date.h"
#include "domain/period.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static int digits(const char *s, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int an_period(const char *s, an_pkey *pkey, char *jenis, int *num, int *year) {
  size_t len = strlen(s);
  int y = len >= 4 ? digits(s, 4) : -1;
  if (y < 1900 || y > 2199) return -1;
  int n = 0;
  char j;
  if (len == 4) {
    j = KJ_PER_TAHUNAN;
  } else if (len == 7 && s[4] == '-' && (n = digits(s + 5, 2)) >= 1 && n <= 12) {
    j = KJ_PER_BULANAN;
  } else if (len == 7 && s[4] == '-' && (s[5] == 'Q' || s[5] == 'S')) {
    n = s[6] - '0';
    j = s[5] == 'Q' ? KJ_PER_TRIWULAN : KJ_PER_SEMESTER;
    if (n < 1 || n > (j == KJ_PER_TRIWULAN ? 4 : 2)) return -1;
  } else {
    return -1;
  }
  *pkey = y * 100 + (j == KJ_PER_TRIWULAN ? 20 : j == KJ_PER_SEMESTER ? 30 : 0) + n;
  *jenis = j;
  *num = n;
  *year = y;
  return 0;
}

char an_pkey_jenis(an_pkey k) {
  int c = k % 100;
  return c == 0 ? KJ_PER_TAHUNAN : c <= 12 ? KJ_PER_BULANAN : c < 30 ? KJ_PER_TRIWULAN
                                                                     : KJ_PER_SEMESTER;
}

static kj_period pkey_period(an_pkey k) {
  kj_period p;
  int c = k % 100;
  p.year = k / 100;
  p.type = (kj_period_type)an_pkey_jenis(k);
  p.num = c == 0 ? 0 : c <= 12 ? c : c < 30 ? c - 20 : c - 30;
  return p;
}

void an_pkey_text(an_pkey k, char out[16]) { kj_period_format(pkey_period(k), out); }

long an_pkey_index(an_pkey k) { return kj_period_index(pkey_period(k)); }

/* Called per record and month in the roster and evaluator searches (a
 * sixth of the monthly engine's time), so the days are remembered: one slot
 * per period code (0..42) of each of four consecutive years. */
long an_pkey_end_days(an_pkey k) {
  static _Thread_local struct {
    an_pkey k;
    long days;
  } memo[4 * 64];
  unsigned slot = ((unsigned)(k / 100) & 3u) << 6 | (unsigned)(k % 100) % 64u;
  if (k > 0 && memo[slot].k == k) return memo[slot].days;
  kj_period p = pkey_period(k);
  int m = kj_period_last_month(p);
  long days = kj_date_days(p.year, m, kj_days_in_month(p.year, m));
  if (k > 0) memo[slot].k = k, memo[slot].days = days;
  return days;
}

int32_t an_ey_get(an_model *m, int32_t emp, int tahun, int create) {
  if (tahun < m->y0 || tahun > m->y1 || emp < 0) return -1;
  size_t slot = (size_t)emp * (size_t)(m->y1 - m->y0 + 1) + (size_t)(tahun - m->y0);
  if (m->ey_ix[slot] >= 0 || !create) return m->ey_ix[slot];
  if (m->n_ey == m->cap_ey) {
    m->cap_ey = m->cap_ey ? m->cap_ey * 2 : 1024;
    m->ey = xreallocarray(m->ey, m->cap_ey, sizeof *m->ey);
  }
  an_ey *e = &m->ey[m->n_ey];
  memset(e, 0, sizeof *e);
  e->emp = emp;
  e->tahun = (int16_t)tahun;
  e->unit = e->opd = e->opd_penerus = -1;
  e->cap_tahunan = KJ_NA;
  m->ey_ix[slot] = (int32_t)m->n_ey;
  return (int32_t)m->n_ey++;
}

int32_t an_emp_of(const an_model *m, int64_t nip, long *cursor) {
  while (*cursor < m->n_emp && m->emp[*cursor].nip < nip) (*cursor)++;
  if (*cursor < m->n_emp && m->emp[*cursor].nip == nip) return (int32_t)*cursor;
  int32_t v = -1;
  kj_i64map_get(&m->emp_ix, nip, &v);
  return v;
}

long an_rec_find(const an_model *m, int32_t emp, an_pkey pkey) {
  const an_emp *e = &m->emp[emp];
  long lo = e->rec0, hi = (long)e->rec0 + e->nrec - 1;
  while (lo <= hi) {
    long mid = lo + (hi - lo) / 2;
    an_pkey k = m->recs[mid].pkey;
    if (k == pkey) return mid;
    if (k < pkey) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

an_slot *an_slot_get(an_model *m, an_pkey pkey) {
  int lo = 0, hi = m->n_slot - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    if (m->slot[mid].pkey == pkey) return &m->slot[mid];
    if (m->slot[mid].pkey < pkey) lo = mid + 1;
    else hi = mid - 1;
  }
  /* Insert at lo, keeping the slots sorted (a few dozen periods at most). */
  m->slot = xreallocarray(m->slot, (size_t)m->n_slot + 1, sizeof *m->slot);
  memmove(&m->slot[lo + 1], &m->slot[lo], (size_t)(m->n_slot - lo) * sizeof *m->slot);
  m->n_slot++;
  an_slot *s = &m->slot[lo];
  size_t cells = (size_t)(m->r->n_opd + 1) * KJ_UKURAN_N;
  s->pkey = pkey;
  s->sum = xcalloc(cells, sizeof *s->sum);
  s->sumsq = xcalloc(cells, sizeof *s->sumsq);
  s->n = xcalloc(cells, sizeof *s->n);
  return s;
}

void an_slot_add(an_model *m, an_pkey pkey, int opd, int uk, double v) {
  if (!isfinite(v) || opd < 0) return;
  an_slot *s = an_slot_get(m, pkey);
  size_t cells[2] = {(size_t)opd * KJ_UKURAN_N + (size_t)uk,
                     (size_t)m->r->n_opd * KJ_UKURAN_N + (size_t)uk};
  for (int i = 0; i < 2; i++) {
    s->sum[cells[i]] += v;
    s->sumsq[cells[i]] += v * v;
    s->n[cells[i]]++;
  }
}

void an_opd_range(const an_model *m, int o, size_t *a, size_t *b) {
  *a = o < m->r->n_opd ? m->opd_off[o] : 0;
  *b = o < m->r->n_opd ? m->opd_off[o + 1] : m->r->n_pegawai;
}

/* Moments of each group and of "everything but the group", from values v
 * with group ids g (0..ng-1; observations with NaN v are skipped). */
void an_group_vs_rest(const int32_t *g, const double *v, size_t n, int ng, kj_moments *in,
                      kj_moments *rest) {
  double tot = 0, c;
  size_t cnt = 0;
  for (size_t i = 0; i < n; i++)
    if (isfinite(v[i])) tot += v[i], cnt++;
  c = cnt ? tot / (double)cnt : 0;
  double *s = xcalloc((size_t)ng, sizeof *s), *q = xcalloc((size_t)ng, sizeof *q);
  size_t *k = xcalloc((size_t)ng, sizeof *k);
  double S = 0, Q = 0;
  for (size_t i = 0; i < n; i++) {
    if (!isfinite(v[i])) continue;
    double d = v[i] - c;
    s[g[i]] += d;
    q[g[i]] += d * d;
    k[g[i]]++;
    S += d;
    Q += d * d;
  }
  for (int j = 0; j < ng; j++) {
    size_t kr = cnt - k[j];
    double sr = S - s[j], qr = Q - q[j];
    in[j].n = k[j];
    in[j].mean = k[j] ? c + s[j] / (double)k[j] : KJ_NA;
    in[j].var = k[j] > 1 ? fmax(0, (q[j] - s[j] * s[j] / (double)k[j]) / (double)(k[j] - 1)) : KJ_NA;
    rest[j].n = kr;
    rest[j].mean = kr ? c + sr / (double)kr : KJ_NA;
    rest[j].var = kr > 1 ? fmax(0, (qr - sr * sr / (double)kr) / (double)(kr - 1)) : KJ_NA;
  }
  free(s);
  free(q);
  free(k);
}

/* Key of a finite double whose unsigned order is the numeric order; -0.0 and
 * +0.0 share a key, as they compare equal. */
static uint64_t sort_key(double d) {
  uint64_t b;
  if (d == 0) d = 0.0;
  memcpy(&b, &d, sizeof b);
  return b >> 63 ? ~b : b | UINT64_C(1) << 63;
}

/* Ascending and stable (equal values keep their order, exactly as glibc's
 * merge-sort qsort did): a byte-wise LSD radix sort, which skips the bytes
 * all values share, over an insertion sort for short arrays. These sorts
 * (medians and percentiles over every indicator record) ran as qsort with
 * a comparison call per step. Values are finite (callers filter). */
void an_sort(double *x, size_t n) {
  if (n < 64) {
    for (size_t i = 1; i < n; i++) {
      double v = x[i];
      size_t j = i;
      for (; j > 0 && x[j - 1] > v; j--) x[j] = x[j - 1];
      x[j] = v;
    }
    return;
  }
  size_t(*cnt)[256] = xcalloc(8, sizeof *cnt);
  for (size_t i = 0; i < n; i++) {
    uint64_t k = sort_key(x[i]);
    for (int b = 0; b < 8; b++) cnt[b][(k >> (8 * b)) & 0xff]++;
  }
  double *tmp = xmalloc(n * sizeof *tmp), *src = x, *dst = tmp;
  for (int b = 0; b < 8; b++) {
    size_t *c = cnt[b], off = 0;
    if (c[(sort_key(x[0]) >> (8 * b)) & 0xff] == n) continue; /* one byte value: no move */
    for (int v = 0; v < 256; v++) {
      size_t t = c[v];
      c[v] = off;
      off += t;
    }
    for (size_t i = 0; i < n; i++) dst[c[(sort_key(src[i]) >> (8 * b)) & 0xff]++] = src[i];
    double *t = src;
    src = dst;
    dst = t;
  }
  if (src != x) memcpy(x, src, n * sizeof *x);
  free(tmp);
  free(cnt);
}
