/* run.c — kj_analysis_run: chooses the year and the trend window, runs the
 * loaders and then the sections of analytics.md in dependency order, and
 * releases the model. Also kj_analysis_free and small lookups.
 *
 * Loaded years: the trend window plus Y and Y-1 (year-over-year and the
 * IKP change in §10), so one pass over each table serves every section.
 */
#include "analysis/engine_int.h"
#include "util/buf.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

#define MAX_WINDOW 30 /* years */

static kj_status load_years(kj_store *st, kj_analysis *r, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/tahun_data", &s, err);
  if (rc != KJ_OK) return rc;
  size_t cap = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    if ((size_t)r->n_tahun_data == cap) {
      cap = cap ? cap * 2 : 8;
      r->tahun_data = xreallocarray(r->tahun_data, cap, sizeof *r->tahun_data);
    }
    r->tahun_data[r->n_tahun_data++] = (int)kj_stmt_int64(s, 0);
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

static void years_text(const kj_analysis *r, kj_buf *b) {
  for (int i = 0; i < r->n_tahun_data; i++)
    kj_buf_printf(b, "%s%d", i ? ", " : "", r->tahun_data[i]);
}

static kj_status choose_window(kj_analysis *r, int year, int from, int to, kj_error *err) {
  if (r->n_tahun_data == 0)
    return kj_fail(err, KJ_DATA, "the database has no appraisal records (penilaian) to analyse; "
                                 "import data first (kinerja import, or kinerja demo)");
  r->tahun = year ? year : r->tahun_data[r->n_tahun_data - 1];
  int found = 0;
  for (int i = 0; i < r->n_tahun_data; i++) found |= r->tahun_data[i] == r->tahun;
  if (!found) {
    kj_buf b = {0};
    years_text(r, &b);
    kj_status s = kj_fail(err, KJ_DATA, "no appraisal records for %d (years with data: %s)",
                          r->tahun, kj_buf_cstr(&b));
    kj_buf_free(&b);
    return s;
  }
  r->sampai = to ? to : r->tahun;
  if (from) {
    r->dari = from;
  } else {
    /* the last three years with data up to the end of the window */
    int n = 0;
    r->dari = r->sampai;
    for (int i = r->n_tahun_data - 1; i >= 0 && n < 3; i--)
      if (r->tahun_data[i] <= r->sampai) r->dari = r->tahun_data[i], n++;
  }
  if (r->dari > r->sampai)
    return kj_fail(err, KJ_USAGE, "the trend window %d..%d is reversed", r->dari, r->sampai);
  if (r->sampai - r->dari >= MAX_WINDOW)
    return kj_fail(err, KJ_USAGE, "the trend window %d..%d is longer than %d years", r->dari,
                   r->sampai, MAX_WINDOW);
  return KJ_OK;
}

static void model_free(an_model *m) {
  kj_strmap_free(&m->unit_ix);
  for (long i = 0; i < m->n_emp; i++) free(m->emp[i].nama);
  free(m->emp);
  kj_i64map_free(&m->emp_ix);
  free(m->recs);
  free(m->ey);
  free(m->ey_ix);
  free(m->peg_ey);
  free(m->opd_off);
  free(m->opd_peg);
  for (int i = 0; i < m->n_slot; i++) {
    free(m->slot[i].sum);
    free(m->slot[i].sumsq);
    free(m->slot[i].n);
  }
  free(m->slot);
  free(m->kosong);
  free(m->skpt);
  free(m->resp);
  free(m->ub);
  kj_strmap_free(&m->ind_ix);
  for (int32_t i = 0; i < m->n_indgrp; i++) free(m->indgrp[i].teks), free(m->indgrp[i].v);
  free(m->indgrp);
}

kj_status kj_analysis_run(kj_store *st, const kj_params *params, int year, int from, int to,
                          kj_analysis **out, kj_error *err) {
  kj_analysis_init();
  *out = NULL;
  kj_analysis *r = xcalloc(1, sizeof *r);
  r->params = *params;
  an_model m;
  memset(&m, 0, sizeof m);
  m.r = r;
  m.p = &r->params;
  kj_status rc = load_years(st, r, err);
  if (rc == KJ_OK) rc = choose_window(r, year, from, to, err);
  if (rc == KJ_OK) {
    m.y0 = r->dari < r->tahun - 1 ? r->dari : r->tahun - 1;
    m.y1 = r->sampai > r->tahun ? r->sampai : r->tahun;
    rc = an_load_structure(st, &m, err);
  }
  if (rc == KJ_OK) rc = an_load_penilaian(st, &m, err);
  if (rc == KJ_OK) rc = an_load_facts(st, &m, err);
  if (rc == KJ_OK) rc = an_load_year_extras(st, &m, err);
  if (rc == KJ_OK) {
    an_measures(&m);
    an_indikator(&m);
    an_descriptive(&m);
    an_ranking(&m);
    rc = an_strengths(&m, err);
  }
  if (rc == KJ_OK) {
    rc = an_trends(&m, err);
    if (rc == KJ_OK) rc = an_curve(&m, err);
  }
  if (rc == KJ_OK) {
    rc = an_skm(&m, err);
    if (rc == KJ_OK) rc = an_evaluators(&m, err);
  }
  if (rc == KJ_OK) {
    an_lists(&m);
    an_quality(&m);
    an_feedback(&m);
    rc = an_kesetaraan(&m, err);
    if (rc == KJ_OK) rc = an_apresiasi(st, &m, 0, err);
  }
  model_free(&m);
  if (rc != KJ_OK) {
    kj_analysis_free(r);
    return rc;
  }
  *out = r;
  return KJ_OK;
}

void kj_analysis_free(kj_analysis *r) {
  if (!r) return;
  for (int i = 0; i < r->n_unit; i++) {
    free(r->unit[i].kode);
    free(r->unit[i].nama);
    free(r->unit[i].singkatan);
  }
  free(r->unit);
  free(r->opd);
  for (size_t i = 0; i < r->n_pegawai; i++) free(r->pegawai[i].nama);
  free(r->pegawai);
  free(r->tahun_data);
  free(r->stat);
  free(r->peringkat);
  free(r->kk);
  free(r->tren);
  free(r->rank);
  free(r->setara);
  free(r->apresiasi_kurang);
  free(r->apresiasi_pimpinan);
  free(r->setara_opd);
  free(r->periode);
  free(r->titik);
  free(r->yoy);
  free(r->kurva);
  free(r->skm_unit);
  free(r->skm_periode);
  free(r->skm_opd);
  free(r->skm_ikp);
  free(r->penilai);
  free(r->teladan);
  free(r->pembinaan);
  free(r->kualitas);
  free(r->temuan);
  free(r->umpan);
  free(r->kualitas_tahun);
  for (size_t i = 0; i < r->n_impor; i++) {
    free(r->impor[i].nama_file);
    free(r->impor[i].kind);
    free(r->impor[i].format);
  }
  free(r->impor);
  for (size_t i = 0; i < r->n_indikator; i++) free(r->indikator[i].indikator);
  free(r->indikator);
  free(r);
}

int kj_analysis_find_opd(const kj_analysis *r, const char *kode) {
  if (strcmp(kode, "KOTA") == 0) return KJ_KOTA(r);
  int lo = 0, hi = r->n_opd - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2, c = strcmp(r->opd[mid].kode, kode);
    if (c == 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
