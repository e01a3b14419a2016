/* study_rinci.c — what the Rapor OPD shows below the OPD level: its units'
 * own figures and the capaian of its indicators (kj_opd_rinci_run).
 *
 * Units: the employee-years of Y grouped by the unit of their latest
 * record, described like the OPD rows of §2 (IKP and capaian with
 * min_kelompok suppression, annual predikat shares).
 * Indicators: the engine folds indicator rows into employee capaian and
 * keeps no indicator text, so the rows of Y are streamed once more here
 * (queries/study/capaian_indikator.sql), each record's capaian computed
 * with kj_capaian (§1.4, clipped), and grouped by the employee-year's OPD
 * and the indicator text. As for the employee capaian, an employee's
 * periodic rows are used when there are any, else the annual ones, and
 * TAMBAHAN rows only with capaian_tambahan. Until the engine offers
 * per-indicator results (notes/requests.md) this is their one definition.
 */
#include "analysis/study_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/hash.h"
#include "util/xalloc.h"

long kj_study_pegawai(const kj_analysis *r, int64_t nip) {
  size_t lo = 0, hi = r->n_pegawai;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (r->pegawai[mid].nip == nip) return (long)mid;
    if (r->pegawai[mid].nip < nip)
      lo = mid + 1;
    else
      hi = mid;
  }
  return -1;
}

/* ---- units --------------------------------------------------------------- */

static void unit_stats(const kj_analysis *r, kj_opd_rinci *x) {
  long min = r->params.min_kelompok;
  size_t *off = xcalloc((size_t)r->n_unit + 2, sizeof *off);
  for (size_t i = 0; i < r->n_pegawai; i++)
    if (r->pegawai[i].unit >= 0) off[r->pegawai[i].unit + 1]++;
  for (int u = 0; u < r->n_unit; u++) off[u + 1] += off[u];
  size_t *pos = xcalloc(off[r->n_unit] + 1, sizeof *pos);
  size_t *fill = xcalloc((size_t)r->n_unit + 1, sizeof *fill);
  for (size_t i = 0; i < r->n_pegawai; i++) {
    int u = r->pegawai[i].unit;
    if (u >= 0) pos[off[u] + fill[u]++] = i;
  }
  double *ikp = xcalloc(r->n_pegawai + 1, sizeof *ikp),
         *cap = xcalloc(r->n_pegawai + 1, sizeof *cap);
  x->unit = xcalloc((size_t)r->n_unit + 1, sizeof *x->unit);
  x->unit_off = xcalloc((size_t)r->n_opd + 1, sizeof *x->unit_off);
  for (int o = 0; o < r->n_opd; o++) {
    x->unit_off[o] = x->n_unit;
    for (int u = 0; u < r->n_unit; u++) { /* units are sorted by code */
      if (r->unit[u].opd != o || off[u + 1] == off[u]) continue;
      kj_unit_stat *s = &x->unit[x->n_unit++];
      s->unit = u;
      s->opd = o;
      s->n_pegawai = (long)(off[u + 1] - off[u]);
      s->cukup = s->n_pegawai >= min;
      size_t ni = 0, nc = 0;
      for (size_t j = off[u]; j < off[u + 1]; j++) {
        const kj_pegawai_tahun *p = &r->pegawai[pos[j]];
        if (isfinite(p->ukuran[KJ_UK_IKP])) ikp[ni++] = p->ukuran[KJ_UK_IKP];
        if (isfinite(p->ukuran[KJ_UK_CAPAIAN])) cap[nc++] = p->ukuran[KJ_UK_CAPAIAN];
        if (p->predikat_tahunan >= 0) s->n_predikat++, s->predikat_n[p->predikat_tahunan]++;
      }
      study_describe(ikp, ni, min, &s->ikp);
      study_describe(cap, nc, min, &s->capaian);
      for (int k = 0; k < KJ_PREDIKAT_N; k++) {
        if (s->n_predikat < min) {
          s->predikat_n[k] = -1;
          s->predikat_share[k] = KJ_NA;
        } else {
          s->predikat_share[k] = (double)s->predikat_n[k] / (double)s->n_predikat;
        }
      }
    }
  }
  x->unit_off[r->n_opd] = x->n_unit;
  free(ikp);
  free(cap);
  free(fill);
  free(pos);
  free(off);
}

/* ---- indicators ---------------------------------------------------------- */

typedef struct ind_group {
  int opd;
  char *text;
  int64_t last_nip;
  long n_pegawai;
  double *v;
  size_t n, cap;
} ind_group;

typedef struct ind_row {
  char *text;
  double capaian;
  int periodic, tambahan;
} ind_row;

typedef struct ind_state {
  const kj_analysis *r;
  kj_strmap ix; /* "opd\x1Ftext" -> group */
  ind_group *g;
  size_t ng, gcap;
  ind_row *rows; /* the current employee's rows */
  size_t nrows, rcap;
  int64_t nip;
} ind_state;

static void group_add(ind_state *st, int opd, const char *text, double v) {
  char *key = xasprintf("%d\x1F%s", opd, text);
  int32_t gi = -1;
  if (!kj_strmap_get(&st->ix, key, &gi)) {
    if (st->ng == st->gcap) {
      st->gcap = st->gcap ? st->gcap * 2 : 64;
      st->g = xreallocarray(st->g, st->gcap, sizeof *st->g);
    }
    gi = (int32_t)st->ng++;
    memset(&st->g[gi], 0, sizeof st->g[gi]);
    st->g[gi].opd = opd;
    st->g[gi].text = xstrdup(text);
    kj_strmap_put(&st->ix, key, gi);
  }
  free(key);
  ind_group *g = &st->g[gi];
  if (g->last_nip != st->nip || g->n_pegawai == 0) g->n_pegawai++;
  g->last_nip = st->nip;
  if (g->n == g->cap) {
    g->cap = g->cap ? g->cap * 2 : 16;
    g->v = xreallocarray(g->v, g->cap, sizeof *g->v);
  }
  g->v[g->n++] = v;
}

/* The rows of one employee are complete: keep the periodic ones when there
 * are any (else the annual ones) and add them to their groups. */
static void flush_employee(ind_state *st) {
  long pi = st->nrows ? kj_study_pegawai(st->r, st->nip) : -1;
  int opd = pi >= 0 ? st->r->pegawai[pi].opd : -1;
  int periodic = 0;
  for (size_t i = 0; i < st->nrows; i++) periodic |= st->rows[i].periodic;
  for (size_t i = 0; i < st->nrows; i++) {
    const ind_row *w = &st->rows[i];
    int use = opd >= 0 && w->periodic == periodic && isfinite(w->capaian) &&
              (!w->tambahan || st->r->params.capaian_tambahan);
    if (use) group_add(st, opd, w->text, w->capaian);
    free(w->text);
  }
  st->nrows = 0;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static int cmp_ind(const void *a, const void *b) {
  const kj_indikator_stat *x = a, *y = b;
  if (x->opd != y->opd) return x->opd < y->opd ? -1 : 1;
  int nx = kj_is_na(x->mean), ny = kj_is_na(y->mean);
  if (nx != ny) return nx - ny;
  if (!nx && x->mean != y->mean) return x->mean < y->mean ? -1 : 1;
  return strcmp(x->indikator, y->indikator);
}

static void finish_groups(ind_state *st, kj_opd_rinci *x) {
  long min = st->r->params.min_kelompok;
  x->indikator = xcalloc(st->ng + 1, sizeof *x->indikator);
  for (size_t i = 0; i < st->ng; i++) {
    ind_group *g = &st->g[i];
    kj_indikator_stat *s = &x->indikator[x->n_indikator++];
    s->opd = g->opd;
    s->indikator = g->text;
    s->n_pegawai = g->n_pegawai;
    s->n_catatan = (long)g->n;
    s->cukup = g->n_pegawai >= min;
    s->mean = s->median = s->share_di_bawah = KJ_NA;
    if (s->cukup && g->n > 0) {
      qsort(g->v, g->n, sizeof *g->v, cmp_double);
      double sum = 0;
      size_t below = 0;
      for (size_t j = 0; j < g->n; j++) sum += g->v[j], below += g->v[j] < 100.0;
      s->mean = sum / (double)g->n;
      s->median = g->n % 2 ? g->v[g->n / 2] : (g->v[g->n / 2 - 1] + g->v[g->n / 2]) / 2;
      s->share_di_bawah = (double)below / (double)g->n;
    }
    free(g->v);
  }
  qsort(x->indikator, x->n_indikator, sizeof *x->indikator, cmp_ind);
  x->ind_off = xcalloc((size_t)st->r->n_opd + 1, sizeof *x->ind_off);
  size_t j = 0;
  for (int o = 0; o <= st->r->n_opd; o++) {
    while (j < x->n_indikator && x->indikator[j].opd < o) j++;
    x->ind_off[o] = j;
  }
}

static kj_status indicators(kj_store *db, const kj_analysis *r, kj_opd_rinci *x, kj_error *err) {
  ind_state st;
  memset(&st, 0, sizeof st);
  st.r = r;
  kj_stmt *q = NULL;
  kj_status rc = kj_store_prepare_query(db, "study/capaian_indikator", &q, err);
  if (rc != KJ_OK) return rc;
  kj_stmt_bind_int64(q, 1, r->tahun);
  kj_step k;
  while ((k = kj_stmt_step(q, err)) == KJ_STEP_ROW) {
    int64_t nip = kj_stmt_int64(q, 0);
    if (st.nrows && nip != st.nip) flush_employee(&st);
    st.nip = nip;
    if (st.nrows == st.rcap) {
      st.rcap = st.rcap ? st.rcap * 2 : 32;
      st.rows = xreallocarray(st.rows, st.rcap, sizeof *st.rows);
    }
    ind_row *w = &st.rows[st.nrows++];
    w->periodic = strchr(kj_stmt_text(q, 1), '-') != NULL; /* canonical "YYYY" is annual */
    w->text = xstrdup(kj_stmt_text(q, 2));
    int arah = kj_enum_parse(&kj_enum_arah, kj_stmt_text(q, 6));
    w->capaian = kj_capaian(arah < 0 ? KJ_ARAH_N : (kj_arah)arah, kj_stmt_double(q, 4),
                            kj_stmt_double(q, 3), r->params.capaian_maks);
    w->tambahan = kj_enum_parse(&kj_enum_jenis_rhk, kj_stmt_text(q, 5)) == KJ_TAMBAHAN;
  }
  if (k == KJ_STEP_ERROR) rc = err->status;
  flush_employee(&st);
  kj_stmt_free(q);
  finish_groups(&st, x);
  free(st.g);
  free(st.rows);
  kj_strmap_free(&st.ix);
  return rc;
}

kj_status kj_opd_rinci_run(kj_store *st, const kj_analysis *r, kj_opd_rinci **out, kj_error *err) {
  *out = NULL;
  kj_opd_rinci *x = xcalloc(1, sizeof *x);
  x->tahun = r->tahun;
  x->n_opd = r->n_opd;
  unit_stats(r, x);
  kj_status rc = indicators(st, r, x, err);
  if (rc != KJ_OK) {
    kj_opd_rinci_free(x);
    return rc;
  }
  *out = x;
  return KJ_OK;
}

void kj_opd_rinci_free(kj_opd_rinci *x) {
  if (!x) return;
  free(x->unit);
  free(x->unit_off);
  for (size_t i = 0; i < x->n_indikator; i++) free(x->indikator[i].indikator);
  free(x->indikator);
  free(x->ind_off);
  free(x);
}
