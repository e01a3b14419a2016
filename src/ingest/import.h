/* import.h — loading input files into the store (data.md "Import semantics").
 *
 * One call is one transaction: every file loads, or the database is left
 * exactly as it was and the call returns KJ_DATA. Files are read in
 * dependency order of their kinds (unit, pegawai, kinerja_organisasi, then
 * the facts), whatever order they are given in, so references between files
 * of one import resolve. Errors and warnings go to opts->msg as
 * "FILE:LINE: column NAME: message", at most opts->max_errors errors.
 *
 * Ownership: res is filled by the call and released with
 * kj_import_result_free (also after a failure).
 */
#ifndef KJ_IMPORT_H
#define KJ_IMPORT_H

#include <stdio.h>

#include "store/store.h"
#include "util/status.h"

typedef enum kj_kind {
  KJ_KIND_AUTO = -1, /* detect from the header */
  KJ_KIND_UNIT = 0,
  KJ_KIND_PEGAWAI,
  KJ_KIND_KINERJA_ORGANISASI,
  KJ_KIND_PENILAIAN,
  KJ_KIND_CAPAIAN,
  KJ_KIND_PERILAKU,
  KJ_KIND_SKM,
  KJ_KIND_UMPAN_BALIK,
  KJ_KIND_N
} kj_kind;

typedef enum kj_format {
  KJ_FORMAT_NATIVE,   /* the CSV kinds of data.md */
  KJ_FORMAT_EKINERJA, /* e-Kinerja BKN "Laporan Penilaian SKP" (.xlsx or .csv) */
  KJ_FORMAT_SKM_FORM  /* survey-form exports of SKM answers (.xlsx or .csv) */
} kj_format;

typedef struct kj_import_opts {
  kj_kind kind;        /* KJ_KIND_AUTO, or forced with --kind */
  kj_format format;
  int dry_run;         /* validate everything, then roll back */
  long max_errors;     /* errors printed (default 20) */
  int quiet;           /* no warnings, no per-file summary */
  int progress;        /* progress line on stderr (a terminal) */
  const char *sheet;   /* xlsx: sheet name, NULL = the first sheet */
  FILE *msg;           /* diagnostics; NULL = stderr */
  const char *periode; /* --periode P: the evaluation period of every row (ekinerja), NULL = from
                          the file */
  const char *unit;    /* --unit CODE: skm-form, the unit of every row; NULL = from a column */
  int skm_periode;     /* [skm_form] periode of a survey date: 0 bulan, 1 triwulan, 2 semester,
                          3 tahun (skm tanggal and skm-form timestamps) */
  int skm_mdy;         /* [skm_form] tanggal = mdy: skm-form text dates are M/D/Y */
  const char *const *skm_map_header; /* [skm_form] header text -> unsur (skm_map_unsur, 1..9) */
  const int *skm_map_unsur;
  int n_skm_map;
  int skp_ganda;       /* kinerja.ini [impor] skp_ganda: 0 terakhir, 1 bulan, 2 terendah */
  const char *log_format; /* format recorded in the import log; NULL = "native"/"ekinerja"
                             (`kinerja demo` records "demo") */
} kj_import_opts;

/* Default options (auto kind, native format, 20 errors, survey dates by quarter). */
void kj_import_opts_init(kj_import_opts *o);

typedef struct kj_import_file_result {
  char *path;          /* as given */
  kj_kind kind;
  char sha256[65];
  long rows;           /* data rows read */
  long inserted;       /* new keys */
  long replaced;       /* existing keys whose values changed */
  long unchanged;      /* existing keys with identical values */
  long skipped;        /* rows skipped by rule (acting officials, not yet rated, ...) */
  int already_loaded;  /* skm without id_responden whose SHA-256 was imported: skipped whole */
  /* --format ekinerja only (0 otherwise): the skipped rows by reason */
  long acting;         /* is_skp_plt_plh_pjb != 0: acting officials */
  long superseded;     /* mutasi: a row with a later periode_akhir_skp was kept */
  long not_rated;      /* hasil_akhir '-', empty or 'Tidak membuat SKP': a missing appraisal */
  long skp_rows;       /* SKP spans recorded (table skp), acting ones in skp_plt */
  long several;        /* rows of an employee-period with several SKPs, not chosen (skp_ganda) */
  int laporan_skp;     /* the file has no hasil_akhir: spans and roster only */
  char *meta;          /* e-Kinerja: the metadata lines above the table (owned), or NULL */
} kj_import_file_result;

typedef struct kj_import_result {
  int nfiles;
  kj_import_file_result *files; /* in the order they were processed */
  long errors;
  long warnings;
  /* --format ekinerja only: the roster changes made from the exports */
  long units_created;
  long pegawai_inserted, pegawai_replaced, pegawai_unchanged;
  long skp_ganda;      /* employee-periods with several definitive SKPs */
  long skp_sebagian;   /* employee-years whose SKPs cover fewer than 12 months */
  long plt_saja;       /* employee-periods with acting rows only */
  char *notes;         /* e-Kinerja: the lines listing those employees (owned), or NULL */
} kj_import_result;

/* Loads files (see above). Returns KJ_OK, KJ_DATA (invalid data; nothing
 * changed), KJ_IO (cannot read a file), KJ_DB. */
kj_status kj_import_files(kj_store *st, const kj_import_opts *opts, int nfiles,
                          char *const *files, kj_import_result *res, kj_error *err);
void kj_import_result_free(kj_import_result *res);

/* Canonical name of a kind ("penilaian"); kj_kind_parse returns -1 (AUTO)
 * for an unknown name. */
const char *kj_kind_name(kj_kind k);
kj_kind kj_kind_parse(const char *name);

#endif
