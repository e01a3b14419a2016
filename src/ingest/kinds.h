/* kinds.h — the registry of native input kinds (data.md "Kinds").
 *
 * One file per kind (kind_<name>.c) defines its columns and a row handler;
 * kj_kind_defs[] (kinds.c) lists them in dependency order, which is also
 * the order the importer processes files in. Detection: the kind whose
 * required columns are all in the header; the most specific one wins.
 */
#ifndef KJ_KINDS_H
#define KJ_KINDS_H

#include "ingest/loader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

typedef struct kj_kind_col {
  const char *name;     /* canonical header name */
  int required;
  const char *aliases;  /* other header names, '|'-separated, already normalised; may be NULL */
} kj_kind_col;

typedef struct kj_kind_def {
  kj_kind kind;
  const char *name;
  const kj_kind_col *cols;
  int ncols;
  /* Extra header rule beyond required columns (skm: periode or tanggal);
   * returns NULL when fine, else a message. May be NULL. */
  const char *(*check_header)(const int *colmap);
  /* Prepares statements; *state is passed to row/end/free. */
  kj_status (*begin)(kj_loader *L, void **state, kj_error *err);
  /* Validates one record (errors go to L->diag via kj_field_*) and writes
   * it when valid. Returns non-OK only for database/internal failures. */
  kj_status (*row)(kj_loader *L, void *state, kj_error *err);
  /* After the last record: deferred checks and writes. May be NULL. */
  kj_status (*end)(kj_loader *L, void *state, kj_error *err);
  void (*free)(void *state);
} kj_kind_def;

extern const kj_kind_def *const kj_kind_defs[KJ_KIND_N];

const kj_kind_def *kj_kind_def_of(kj_kind k);

/* Maps header fields to the kind's column ids (colmap[col] = field index or
 * -1). Returns the number of required columns missing. Unknown header
 * fields are reported through unknown (index list, -1 terminated; caller
 * supplies nfields + 1 slots) when unknown is not NULL. */
int kj_kind_map_header(const kj_kind_def *d, char *const *fields, int nfields, int *colmap,
                       int *unknown);

/* Detects the kind of a header. Returns the kind, or KJ_KIND_AUTO when no
 * kind matches; then *closest is the kind with the fewest missing columns. */
kj_kind kj_kind_detect(char *const *fields, int nfields, kj_kind *closest);

/* The survey period of a date (skm tanggal, skm-form timestamps): type 0
 * month, 1 quarter (default), 2 semester, 3 year ([skm_form] periode). */
kj_period kj_skm_period_of(int y, int m, int type);

extern const kj_kind_def kj_kind_unit, kj_kind_pegawai, kj_kind_kinerja_organisasi,
    kj_kind_penilaian, kj_kind_capaian, kj_kind_perilaku, kj_kind_skm, kj_kind_umpan_balik;

#endif
