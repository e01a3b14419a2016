/* load_facts.c — streams the large fact tables (indicators, behaviour
 * scores) into employee-year and OPD-period accumulators, and loads the
 * smaller tables of year Y (survey respondents, feedback, known-missing
 * appraisals).
 *
 * Indicator rows are the bulk of the data (about half a million for the
 * demo city), so they are never stored: rows of one employee-period arrive
 * together (ORDER BY nip, periode), their capaian is computed with
 * kj_capaian / kj_capaian_periode when the key changes, and only that one
 * number is added to the accumulators. Behaviour scores are summed per
 * employee, period and value the same way.
 */
#include "analysis/engine_int.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Unit a fact of (emp, pkey) belongs to: the unit on the appraisal record
 * of that period, else the current unit. */
static int32_t fact_unit(const an_model *m, int32_t emp, an_pkey pkey) {
  long ri = an_rec_find(m, emp, pkey);
  return ri >= 0 ? m->recs[ri].unit : m->emp[emp].unit;
}

/* OPD (the successor's, for trends) that a fact of (emp, pkey) counts for. */
static int fact_opd(const an_model *m, int32_t emp, an_pkey pkey) {
  int32_t u = fact_unit(m, emp, pkey);
  return u >= 0 ? m->r->unit[u].opd_penerus : -1;
}

/* Copies the period text of the current key, truncated as snprintf would:
 * this runs once per employee-period (millions at city scale), where
 * snprintf's format machinery cost more than the rest of the key change. */
static void keep_period(char *dst, size_t cap, const char *per) {
  size_t n = strlen(per);
  if (n >= cap) n = cap - 1;
  memcpy(dst, per, n);
  dst[n] = '\0';
}

static void add_capaian(an_model *m, int32_t emp, an_pkey pkey, double v) {
  if (!isfinite(v)) return;
  int32_t e = an_ey_get(m, emp, pkey / 100, 1);
  if (e < 0) return;
  an_ey *ey = &m->ey[e];
  if (pkey % 100 == 0) {
    ey->cap_tahunan = v;
    return;
  }
  ey->cap_sum += v;
  ey->cap_n++;
  an_slot_add(m, pkey, fact_opd(m, emp, pkey), KJ_UK_CAPAIAN, v);
}

static kj_status load_capaian(kj_store *st, an_model *m, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/capaian", &s, err);
  if (rc != KJ_OK) return rc;
  kj_stmt_bind_int64(s, 1, m->y0);
  kj_stmt_bind_int64(s, 2, m->y1);
  size_t n = 0, cap = 16;
  kj_indikator *ind = xmalloc(cap * sizeof *ind);
  int32_t cur_emp = -1;
  an_pkey cur_pkey = 0;
  char cur_per[16] = "";
  int cur_opd = -1; /* the OPD of the current employee-period when it is in Y, else -1 */
  long cursor = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    int64_t nip = kj_stmt_int64(s, 0);
    const char *per = kj_stmt_text(s, 1);
    int32_t emp = cur_emp >= 0 && m->emp[cur_emp].nip == nip ? cur_emp : an_emp_of(m, nip, &cursor);
    if (emp != cur_emp || strcmp(per, cur_per) != 0) {
      if (n > 0) add_capaian(m, cur_emp, cur_pkey, kj_capaian_periode(ind, n, m->p->capaian_tambahan));
      n = 0;
      char jenis;
      int num, year;
      if (emp < 0 || an_period(per, &cur_pkey, &jenis, &num, &year) != 0) {
        rc = kj_fail(err, KJ_DATA, "capaian: a row of NIP %lld, periode '%s' cannot be read",
                     (long long)nip, per);
        break;
      }
      cur_emp = emp;
      keep_period(cur_per, sizeof cur_per, per);
      int32_t u = year == m->r->tahun ? fact_unit(m, emp, cur_pkey) : -1;
      cur_opd = u >= 0 ? m->r->unit[u].opd : -1;
    }
    if (n == cap) ind = xreallocarray(ind, cap *= 2, sizeof *ind);
    int arah = kj_enum_parse(&kj_enum_arah, kj_stmt_text(s, 5));
    ind[n].capaian = kj_capaian(arah < 0 ? KJ_ARAH_N : (kj_arah)arah, kj_stmt_double(s, 3),
                                kj_stmt_double(s, 2), m->p->capaian_maks);
    int jenis_rhk = kj_enum_parse(&kj_enum_jenis_rhk, kj_stmt_text(s, 4));
    ind[n].jenis = jenis_rhk == KJ_TAMBAHAN ? KJ_TAMBAHAN : KJ_UTAMA;
    ind[n].bobot = kj_stmt_double(s, 6);
    if (cur_opd >= 0 && (m->p->capaian_tambahan || ind[n].jenis == KJ_UTAMA))
      an_indikator_add(m, cur_opd, emp, (int)n, kj_stmt_text(s, 7), ind[n].capaian);
    n++;
  }
  if (k == KJ_STEP_DONE && n > 0)
    add_capaian(m, cur_emp, cur_pkey, kj_capaian_periode(ind, n, m->p->capaian_tambahan));
  free(ind);
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : rc;
}

/* Scores of one employee-period, summed per value until the key changes. */
typedef struct nil_acc {
  int32_t emp, ey;
  an_pkey pkey;
  double sum[KJ_NILAI_N];
  long n[KJ_NILAI_N];
} nil_acc;

static void flush_nilai(an_model *m, nil_acc *a) {
  if (a->ey < 0) return;
  int opd = a->pkey % 100 ? fact_opd(m, a->emp, a->pkey) : -1;
  for (int v = 0; v < KJ_NILAI_N; v++) {
    if (!a->n[v]) continue;
    m->ey[a->ey].nil_sum[v] += a->sum[v];
    m->ey[a->ey].nil_n[v] += a->n[v];
    if (opd >= 0) an_slot_add(m, a->pkey, opd, KJ_UK_NILAI + v, a->sum[v] / (double)a->n[v]);
  }
  memset(a, 0, sizeof *a);
  a->ey = -1;
}

static kj_status load_perilaku(kj_store *st, an_model *m, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/perilaku", &s, err);
  if (rc != KJ_OK) return rc;
  kj_stmt_bind_int64(s, 1, m->y0);
  kj_stmt_bind_int64(s, 2, m->y1);
  long cursor = 0;
  nil_acc acc;
  memset(&acc, 0, sizeof acc);
  acc.ey = -1;
  int32_t cur_emp = -1;
  char cur_per[16] = "";
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    int64_t nip = kj_stmt_int64(s, 0);
    const char *per = kj_stmt_text(s, 1);
    int32_t emp = cur_emp >= 0 && m->emp[cur_emp].nip == nip ? cur_emp : an_emp_of(m, nip, &cursor);
    if (emp != cur_emp || strcmp(per, cur_per) != 0) {
      flush_nilai(m, &acc);
      char jenis;
      int num, year;
      if (emp < 0 || an_period(per, &acc.pkey, &jenis, &num, &year) != 0) {
        rc = kj_fail(err, KJ_DATA, "perilaku: a row of NIP %lld, periode '%s' cannot be read",
                     (long long)nip, per);
        break;
      }
      cur_emp = acc.emp = emp;
      keep_period(cur_per, sizeof cur_per, per);
      acc.ey = an_ey_get(m, emp, year, 1);
    }
    for (int v = 0; v < KJ_NILAI_N; v++) {
      if (kj_stmt_is_null(s, 2 + v)) continue;
      acc.sum[v] += kj_stmt_double(s, 2 + v);
      acc.n[v]++;
    }
  }
  if (k == KJ_STEP_DONE && rc == KJ_OK) flush_nilai(m, &acc);
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : rc;
}

kj_status an_load_facts(kj_store *st, an_model *m, kj_error *err) {
  kj_status rc = load_capaian(st, m, err);
  return rc == KJ_OK ? load_perilaku(st, m, err) : rc;
}

/* ---- year Y: surveys, feedback, known-missing appraisals ------------------ */

static kj_status load_skm(kj_store *st, an_model *m, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/skm", &s, err);
  if (rc != KJ_OK) return rc;
  kj_stmt_bind_int64(s, 1, m->r->tahun);
  size_t cap = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    int32_t u;
    an_pkey pk;
    char jenis;
    int num, year;
    if (!kj_strmap_get(&m->unit_ix, kj_stmt_text(s, 0), &u) ||
        an_period(kj_stmt_text(s, 1), &pk, &jenis, &num, &year) != 0)
      continue;
    if (m->n_resp == cap) {
      cap = cap ? cap * 2 : 1024;
      m->resp = xreallocarray(m->resp, cap, sizeof *m->resp);
    }
    an_resp *x = &m->resp[m->n_resp++];
    x->unit = u;
    x->pkey = pk;
    for (int i = 0; i < KJ_SKM_UNSUR; i++) {
      int64_t a = kj_stmt_is_null(s, 2 + i) ? 0 : kj_stmt_int64(s, 2 + i);
      x->u[i] = (int8_t)(a >= 1 && a <= 4 ? a : 0);
    }
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

static kj_status load_feedback(kj_store *st, an_model *m, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/umpan_balik", &s, err);
  if (rc != KJ_OK) return rc;
  kj_stmt_bind_int64(s, 1, m->r->tahun);
  m->ub = xcalloc((size_t)m->n_emp * KJ_JENIS_UB_N + 1, sizeof *m->ub);
  long cursor = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    int32_t e = an_emp_of(m, kj_stmt_int64(s, 0), &cursor);
    int j = kj_enum_parse(&kj_enum_jenis_ub, kj_stmt_text(s, 1));
    if (e >= 0 && j >= 0) m->ub[(size_t)e * KJ_JENIS_UB_N + (size_t)j]++; /* one row per event */
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

static kj_status load_kosong(kj_store *st, an_model *m, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/penilaian_kosong", &s, err);
  if (rc != KJ_OK) return rc;
  kj_stmt_bind_int64(s, 1, m->r->tahun);
  size_t cap = 0;
  long cursor = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    int32_t e = an_emp_of(m, kj_stmt_int64(s, 0), &cursor), u;
    an_pkey pk;
    char jenis;
    int num, year;
    if (e < 0 || an_period(kj_stmt_text(s, 1), &pk, &jenis, &num, &year) != 0 ||
        !kj_strmap_get(&m->unit_ix, kj_stmt_text(s, 2), &u))
      continue;
    if (m->n_kosong == cap) {
      cap = cap ? cap * 2 : 256;
      m->kosong = xreallocarray(m->kosong, cap, sizeof *m->kosong);
    }
    m->kosong[m->n_kosong].emp = e;
    m->kosong[m->n_kosong].unit = u;
    m->kosong[m->n_kosong].pkey = pk;
    m->n_kosong++;
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

/* The e-Kinerja SKP findings of Y (several SKPs, partial years). */
static kj_status load_skp_temuan(kj_store *st, an_model *m, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/skp_temuan", &s, err);
  if (rc != KJ_OK) return rc;
  kj_stmt_bind_int64(s, 1, m->r->tahun);
  size_t cap = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    if (m->n_skpt == cap) {
      cap = cap ? cap * 2 : 64;
      m->skpt = xreallocarray(m->skpt, cap, sizeof *m->skpt);
    }
    kj_temuan *t = &m->skpt[m->n_skpt++];
    memset(t, 0, sizeof *t);
    t->jenis = kj_stmt_int64(s, 0) == 1 ? KJ_TEMUAN_SKP_GANDA : KJ_TEMUAN_SKP_SEBAGIAN;
    t->nip = kj_stmt_int64(s, 1);
    snprintf(t->kode, sizeof t->kode, "%s", kj_stmt_text(s, 2));
    int32_t u = -1;
    t->opd = !kj_stmt_is_null(s, 3) && kj_strmap_get(&m->unit_ix, kj_stmt_text(s, 3), &u)
                 ? m->r->unit[u].opd
                 : -1;
    snprintf(t->rincian, sizeof t->rincian, "%s", kj_stmt_text(s, 4));
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

kj_status an_load_year_extras(kj_store *st, an_model *m, kj_error *err) {
  kj_status rc = load_skm(st, m, err);
  if (rc == KJ_OK) rc = load_feedback(st, m, err);
  if (rc == KJ_OK) rc = load_kosong(st, m, err);
  if (rc == KJ_OK) rc = load_skp_temuan(st, m, err);
  if (rc != KJ_OK) return rc;
  kj_stmt *s = NULL;
  rc = kj_store_prepare_query(st, "analysis/data_terbaru", &s, err);
  if (rc != KJ_OK) return rc;
  kj_step k = kj_stmt_step(s, err);
  if (k == KJ_STEP_ROW && !kj_stmt_is_null(s, 0))
    snprintf(m->r->data_terbaru, sizeof m->r->data_terbaru, "%s", kj_stmt_text(s, 0));
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : an_scan_cache(st, 0, err);
}
