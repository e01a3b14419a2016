/* load.c — the first stage of an analysis run: the organisation (units,
 * OPD roll-up, successors after merges), the roster, the organisation
 * predikat of year Y; the appraisal records of the loaded window are in
 * load_penilaian.c.
 *
 * The import log comes along for the methodology sheet.
 *
 * Each table comes from one query of queries/analysis/ run once and stepped
 * to the end; rows arrive ordered by their keys, so NIPs map to employee
 * indexes by walking the sorted roster alongside (a hash lookup only when a
 * row is out of step) and records end up sorted by (employee, period)
 * without a sort of their own.
 */
#include "analysis/engine_int.h"
#include "domain/date.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static char *dup_or_null(kj_stmt *s, int col) {
  return kj_stmt_is_null(s, col) ? NULL : xstrdup(kj_stmt_text(s, col));
}

static kj_status load_units(kj_store *st, an_model *m, kj_error *err) {
  kj_analysis *r = m->r;
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/unit", &s, err);
  if (rc != KJ_OK) return rc;
  size_t cap = 0;
  char **opd_code = NULL, **succ_code = NULL;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    if ((size_t)r->n_unit == cap) {
      cap = cap ? cap * 2 : 64;
      r->unit = xreallocarray(r->unit, cap, sizeof *r->unit);
      opd_code = xreallocarray(opd_code, cap, sizeof *opd_code);
      succ_code = xreallocarray(succ_code, cap, sizeof *succ_code);
    }
    kj_an_unit *u = &r->unit[r->n_unit];
    u->kode = xstrdup(kj_stmt_text(s, 0));
    u->nama = xstrdup(kj_stmt_text(s, 1));
    u->singkatan = dup_or_null(s, 2);
    u->jenis = kj_stmt_is_null(s, 3) ? -1 : kj_enum_parse(&kj_enum_jenis_unit, kj_stmt_text(s, 3));
    opd_code[r->n_unit] = xstrdup(kj_stmt_is_null(s, 4) ? u->kode : kj_stmt_text(s, 4));
    succ_code[r->n_unit] = xstrdup(kj_stmt_is_null(s, 5) ? u->kode : kj_stmt_text(s, 5));
    kj_strmap_put(&m->unit_ix, u->kode, r->n_unit);
    r->n_unit++;
  }
  kj_stmt_free(s);
  if (k == KJ_STEP_ERROR) rc = err->status;
  if (rc == KJ_OK) {
    /* OPD = units that are their own top-level ancestor, in code order. */
    int32_t *opd_of_unit = xcalloc((size_t)r->n_unit + 1, sizeof *opd_of_unit);
    r->opd = xcalloc((size_t)r->n_unit + 1, sizeof *r->opd);
    for (int i = 0; i < r->n_unit; i++) {
      opd_of_unit[i] = -1;
      if (strcmp(opd_code[i], r->unit[i].kode) != 0) continue;
      kj_an_opd *o = &r->opd[r->n_opd];
      o->kode = r->unit[i].kode;
      o->nama = r->unit[i].nama;
      o->singkatan = r->unit[i].singkatan;
      o->unit = i;
      o->org = -1;
      o->org_capaian = KJ_NA;
      opd_of_unit[i] = r->n_opd++;
    }
    kj_an_opd *city = &r->opd[r->n_opd];
    city->kode = "KOTA";
    city->nama = r->params.kota;
    city->singkatan = NULL;
    city->unit = -1;
    city->org = -1;
    city->org_capaian = KJ_NA;
    for (int i = 0; i < r->n_unit; i++) {
      int32_t a = -1, b = -1;
      kj_strmap_get(&m->unit_ix, opd_code[i], &a);
      kj_strmap_get(&m->unit_ix, succ_code[i], &b);
      r->unit[i].opd = a >= 0 ? opd_of_unit[a] : -1;
      r->unit[i].penerus = b >= 0 ? b : i;
      /* the successor's OPD: its own top-level ancestor */
      int32_t sb = -1;
      if (b >= 0) kj_strmap_get(&m->unit_ix, opd_code[b], &sb);
      r->unit[i].opd_penerus = sb >= 0 ? opd_of_unit[sb] : r->unit[i].opd;
      if (r->unit[i].opd < 0)
        rc = kj_fail(err, KJ_DATA, "unit %s has no top-level OPD (check kode_induk)",
                     r->unit[i].kode);
    }
    free(opd_of_unit);
  }
  for (int i = 0; i < r->n_unit; i++) {
    free(opd_code[i]);
    free(succ_code[i]);
  }
  free(opd_code);
  free(succ_code);
  return rc;
}

long an_date_days(const char *t) {
  kj_date d;
  char why[8];
  if (!t || !*t) return AN_NO_LAG;
  if (kj_date_parse(t, &d, why, sizeof why) != 0) return AN_NO_LAG;
  return kj_date_days(d.y, d.m, d.d);
}
static int8_t attr(const kj_enum *e, const char *s) { return (int8_t)(s ? kj_enum_parse(e, s) : -1); }

static kj_status load_pegawai(kj_store *st, an_model *m, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/pegawai", &s, err);
  if (rc != KJ_OK) return rc;
  size_t cap = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    if ((size_t)m->n_emp == cap) {
      cap = cap ? cap * 2 : 1024;
      m->emp = xreallocarray(m->emp, cap, sizeof *m->emp);
    }
    an_emp *e = &m->emp[m->n_emp];
    e->nip = kj_stmt_int64(s, 0);
    e->nama = xstrdup(kj_stmt_text(s, 1));
    int32_t u = -1;
    kj_strmap_get(&m->unit_ix, kj_stmt_text(s, 2), &u);
    e->unit = u;
    e->mulai = kj_stmt_is_null(s, 3) ? AN_OPEN_START : an_date_days(kj_stmt_text(s, 3));
    e->selesai = kj_stmt_is_null(s, 4) ? AN_OPEN_END : an_date_days(kj_stmt_text(s, 4));
    if (e->mulai == AN_NO_LAG) e->mulai = AN_OPEN_START;
    if (e->selesai == AN_NO_LAG) e->selesai = AN_OPEN_END;
    e->status = (int8_t)kj_enum_parse(&kj_enum_status_pegawai, kj_stmt_text(s, 5));
    e->rec0 = e->nrec = 0;
    const char *gol = kj_stmt_text(s, 7);
    e->jp = attr(&kj_enum_jenis_pegawai, kj_stmt_text(s, 6));
    e->jj = attr(&kj_enum_jenis_jabatan, kj_stmt_text(s, 8));
    e->kelamin = attr(&kj_enum_kelamin, kj_stmt_text(s, 9));
    /* golongan groups of §13 from the canonical 'III/b'; PPPK grades are another scale */
    e->gol = e->jp != KJ_PNS || !gol           ? 0
             : strncmp(gol, "IV/", 3) == 0     ? 4
             : strncmp(gol, "III/", 4) == 0    ? 3
             : (strncmp(gol, "II/", 3) == 0 || strncmp(gol, "I/", 2) == 0) ? 1
                                               : 0;
    e->nip_atasan = kj_stmt_is_null(s, 10) ? 0 : kj_stmt_int64(s, 10);
    kj_i64map_put(&m->emp_ix, e->nip, (int32_t)m->n_emp);
    m->n_emp++;
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

static kj_status load_org(kj_store *st, an_model *m, kj_error *err) {
  kj_analysis *r = m->r;
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/kinerja_organisasi", &s, err);
  if (rc != KJ_OK) return rc;
  kj_stmt_bind_int64(s, 1, r->tahun);
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    int32_t u = -1;
    if (!kj_strmap_get(&m->unit_ix, kj_stmt_text(s, 0), &u)) continue;
    int o = r->unit[u].opd;
    /* only an OPD's own predikat drives its curve (data.md: "an OPD") */
    if (o < 0 || r->opd[o].unit != u) continue;
    r->opd[o].org = kj_enum_parse(&kj_enum_predikat_org, kj_stmt_text(s, 1));
    r->opd[o].org_capaian = kj_stmt_is_null(s, 2) ? KJ_NA : kj_stmt_double(s, 2);
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

static kj_status load_impor(kj_store *st, kj_analysis *r, kj_error *err) {
  kj_stmt *s = NULL;
  kj_status rc = kj_store_prepare_query(st, "analysis/import_file", &s, err);
  if (rc != KJ_OK) return rc;
  size_t cap = 0;
  kj_step k;
  while ((k = kj_stmt_step(s, err)) == KJ_STEP_ROW) {
    if (r->n_impor == cap) {
      cap = cap ? cap * 2 : 16;
      r->impor = xreallocarray(r->impor, cap, sizeof *r->impor);
    }
    kj_impor *x = &r->impor[r->n_impor++];
    x->nama_file = xstrdup(kj_stmt_text(s, 0));
    x->kind = xstrdup(kj_stmt_text(s, 1));
    x->format = xstrdup(kj_stmt_text(s, 2));
    snprintf(x->sha256, sizeof x->sha256, "%s", kj_stmt_text(s, 3));
    long *n[] = {&x->n_baris, &x->n_baru, &x->n_ganti, &x->n_sama, &x->n_lewat};
    for (int i = 0; i < 5; i++) *n[i] = (long)kj_stmt_int64(s, 4 + i);
  }
  kj_stmt_free(s);
  return k == KJ_STEP_ERROR ? err->status : KJ_OK;
}

/* The loads scan each table once in key order, so SQLite's page cache (64 MB
 * for the import's sake, store.c) would only hold pages never read again:
 * a small one for the scans keeps the run's peak memory lower, at the same
 * speed. an_load_year_extras, the last load, restores the store's size. */
kj_status an_scan_cache(kj_store *st, int scanning, kj_error *err) {
  return kj_store_exec(st, scanning ? "PRAGMA cache_size = -2048" : "PRAGMA cache_size = -65536",
                       err);
}

kj_status an_load_structure(kj_store *st, an_model *m, kj_error *err) {
  kj_status rc = an_scan_cache(st, 1, err);
  if (rc == KJ_OK) rc = load_units(st, m, err);
  if (rc == KJ_OK) rc = load_pegawai(st, m, err);
  if (rc == KJ_OK) rc = load_org(st, m, err);
  if (rc == KJ_OK) rc = load_impor(st, m->r, err);
  if (rc == KJ_OK) {
    size_t ny = (size_t)(m->y1 - m->y0 + 1);
    m->ey_ix = xmalloc(((size_t)m->n_emp * ny + 1) * sizeof *m->ey_ix);
    for (size_t i = 0; i < (size_t)m->n_emp * ny; i++) m->ey_ix[i] = -1;
  }
  return rc;
}
