/* analysis_fixture.h — small hand-built databases for the engine tests
 * (test_analysis_engine.c, test_analysis_sections.c): a scratch database
 * with the current schema and helpers that insert rows through prepared,
 * bound statements. Header-only: each test executable includes it once. */
#ifndef KJ_TEST_ANALYSIS_FIXTURE_H
#define KJ_TEST_ANALYSIS_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/analysis.h"
#include "testutil.h"

typedef struct fx {
  char *dir, *path;
  kj_store *st;
} fx;

static inline void fx_exec(fx *f, const char *sql) {
  kj_error err = {KJ_OK, ""};
  if (kj_store_exec(f->st, sql, &err) != KJ_OK) fail_msg("%s", err.msg);
}

static inline void fx_open(fx *f, const char *tag) {
  kj_error err = {KJ_OK, ""};
  f->dir = kj_test_tmpdir(tag);
  assert_non_null(f->dir);
  size_t n = strlen(f->dir) + 16;
  f->path = malloc(n);
  snprintf(f->path, n, "%s/t.db", f->dir);
  if (kj_store_open(f->path, KJ_OPEN_CREATE, &f->st, &err) != KJ_OK) fail_msg("%s", err.msg);
  fx_exec(f, "PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
}

static inline void fx_close(fx *f) {
  kj_store_close(f->st);
  kj_test_rmtree(f->dir);
  free(f->dir);
  free(f->path);
}

/* Runs sql with text/int arguments bound in order: fmt has one letter per
 * argument, 's' (const char *, NULL binds NULL), 'i' (int64_t), 'n' (int64_t, 0 binds
 * NULL), 'd' (double). */
static inline void fx_ins(fx *f, const char *sql, const char *fmt, ...) {
  kj_error err = {KJ_OK, ""};
  kj_stmt *s = NULL;
  if (kj_store_prepare(f->st, sql, &s, &err) != KJ_OK) fail_msg("%s", err.msg);
  va_list ap;
  va_start(ap, fmt);
  for (int i = 0; fmt[i]; i++) {
    if (fmt[i] == 's') kj_stmt_bind_text(s, i + 1, va_arg(ap, const char *), -1);
    else if (fmt[i] == 'i') kj_stmt_bind_int64(s, i + 1, va_arg(ap, int64_t));
    else if (fmt[i] == 'n') {
      int64_t v = va_arg(ap, int64_t);
      if (v) kj_stmt_bind_int64(s, i + 1, v);
      else kj_stmt_bind_null(s, i + 1);
    }
    else kj_stmt_bind_double(s, i + 1, va_arg(ap, double));
  }
  va_end(ap);
  if (kj_stmt_run(s, &err) != KJ_OK) fail_msg("%s", err.msg);
  kj_stmt_free(s);
}

static inline void fx_unit(fx *f, const char *kode, const char *induk) {
  fx_ins(f, "INSERT INTO unit (kode_unit, nama_unit, singkatan, kode_induk) VALUES (?1, ?1, ?1, ?2)",
         "ss", kode, induk);
}

static inline void fx_emp(fx *f, int64_t nip, const char *unit) {
  fx_ins(f, "INSERT INTO pegawai (nip, nama, kode_unit) VALUES (?1, 'Pegawai', ?2)", "is", nip,
         unit);
}

/* A result with predikat p: ratings chosen so the matrix gives p. */
static inline void fx_pen(fx *f, int64_t nip, const char *periode, const char *p, const char *unit,
                   int64_t penilai, const char *tanggal) {
  const char *h = "SESUAI", *b = "SESUAI";
  if (strcmp(p, "SANGAT_BAIK") == 0) h = b = "DI_ATAS";
  else if (strcmp(p, "BUTUH_PERBAIKAN") == 0) h = "DI_BAWAH";
  else if (strcmp(p, "KURANG") == 0) b = "DI_BAWAH";
  else if (strcmp(p, "SANGAT_KURANG") == 0) h = b = "DI_BAWAH";
  fx_ins(f,
         "INSERT INTO penilaian (nip, periode, tahun, rating_hasil_kerja, rating_perilaku, "
         "predikat, kode_unit, nip_penilai, tanggal_dinilai) "
         "VALUES (?1, ?2, CAST(substr(?2, 1, 4) AS INTEGER), ?3, ?4, ?5, ?6, ?7, ?8)",
         "isssssns", nip, periode, h, b, p, unit, penilai, tanggal);
}

static inline void fx_org(fx *f, const char *unit, int64_t tahun, const char *predikat) {
  fx_ins(f, "INSERT INTO kinerja_organisasi (kode_unit, tahun, predikat) VALUES (?1, ?2, ?3)",
         "sis", unit, tahun, predikat);
}

static inline kj_analysis *fx_run(fx *f, const kj_params *p, int year) {
  kj_error err = {KJ_OK, ""};
  kj_analysis *r = NULL;
  if (kj_analysis_run(f->st, p, year, 0, 0, &r, &err) != KJ_OK) fail_msg("%s", err.msg);
  return r;
}

static inline int fx_opd(const kj_analysis *r, const char *kode) {
  int o = kj_analysis_find_opd(r, kode);
  if (o < 0) fail_msg("no OPD %s", kode);
  return o;
}

#endif
