/* demo.h — the deterministic demo dataset (`kinerja demo`).
 *
 * kj_demo_write builds a synthetic city government shaped like Kota
 * Padangsidimpuan (34 OPD with schools, puskesmas, kelurahan and UPT below
 * them; by default 4,800 employees) and writes one CSV file per input kind of
 * the data contract (data.md) into a directory: unit.csv, pegawai.csv,
 * kinerja_organisasi.csv, penilaian.csv, capaian.csv, perilaku.csv, skm.csv,
 * umpan_balik.csv. A handful of effects are planted for the analysis to find
 * (kj_demo_effects; doc/demo-data.md explains each one).
 *
 * Determinism: the same options give byte-identical files. GSL is used here
 * only for its random number generator (gsl_rng_mt19937) and its random
 * variate functions; every concern (structure, people, ratings, indicators,
 * BerAKHLAK scores, surveys, feedback, organisation predikat) draws from its
 * own stream, reseeded per entity from the seed, so changing one part of the
 * generator does not shift the numbers of the others. No clock, rand(),
 * addresses or hash order is involved; numbers are printed with fixed
 * formats in the "C" numeric locale.
 *
 * Ownership: everything the API fills in is plain data owned by the caller;
 * nothing needs freeing.
 */
#ifndef KJ_DEMO_H
#define KJ_DEMO_H

#include <stdint.h>

#include "util/status.h"

enum {
  KJ_DEMO_FILES = 8,           /* one CSV file per input kind */
  KJ_DEMO_MIN_EMPLOYEES = 200, /* every OPD needs a head and some staff */
  KJ_DEMO_MAX_EMPLOYEES = 1000000,
  KJ_DEMO_MIN_YEAR = 2022, /* PermenPAN-RB 6/2022 appraisals start in 2022 */
  KJ_DEMO_MAX_YEAR = 2099,
  KJ_DEMO_MAX_YEARS = 10 /* longest window --from..--to */
};

typedef struct kj_demo_opts {
  unsigned long seed;  /* --seed, default 7; only the low 32 bits matter */
  long employees;      /* --employees: rows of pegawai.csv, default 4800 */
  int from_year;       /* --from, default 2023 */
  int to_year;         /* --to, default 2025; from <= to < from + KJ_DEMO_MAX_YEARS */
  const char *csv_dir; /* --csv-dir, default "demo-data"; created when missing */
  int no_effects;      /* --no-effects: no planted effect and no group habit: every OPD,
                          unit, evaluator, year, month and attribute group draws from one
                          distribution, organisation predikat independent of ratings */
} kj_demo_opts;

/* What was written, for the command's summary and for tests. */
typedef struct kj_demo_summary {
  long rows[KJ_DEMO_FILES]; /* data rows per file, in kj_demo_file_name order */
  int n_opd;                /* top-level units */
  int n_units;              /* all units, OPD included */
  long n_employees;         /* = opts->employees */
  int64_t nip_longgar;      /* the planted lenient evaluator (effect LONGGAR); 0 with no_effects */
  int64_t nip_walikota;     /* pseudo-NIP of the Wali Kota, outside the roster */
} kj_demo_summary;

/* Defaults of cli.md: seed 7, 4,800 employees, 2023..2025, "demo-data". */
void kj_demo_opts_init(kj_demo_opts *o);

/* Checks the options; KJ_USAGE with a message naming the option otherwise. */
kj_status kj_demo_check(const kj_demo_opts *o, kj_error *err);

/* Generates the dataset and writes the eight files into o->csv_dir (each
 * written to a temporary file and renamed into place, so an interrupted run
 * leaves no truncated file). sum may be NULL. Before writing, the roster is
 * checked with domain/nip.h (valid, unique NIPs with the right gender
 * digit). Returns KJ_OK, KJ_USAGE for invalid options, KJ_IO when a file
 * cannot be written (files already renamed into place stay; no temporary
 * file is left behind), KJ_INTERNAL when the self-check fails (a bug). */
kj_status kj_demo_write(const kj_demo_opts *o, kj_demo_summary *sum, kj_error *err);

/* File name of output i (0 <= i < KJ_DEMO_FILES), in the order of kj_kind
 * in ingest/import.h: "unit.csv", "pegawai.csv", "kinerja_organisasi.csv",
 * "penilaian.csv", "capaian.csv", "perilaku.csv", "skm.csv",
 * "umpan_balik.csv". NULL when out of range. */
const char *kj_demo_file_name(int i);

/* A planted effect: where it is and which analytics.md table should show it. */
typedef struct kj_demo_effect {
  const char *key;       /* short id: "PELAYANAN", "ADAPTIF", ... */
  const char *kode_unit; /* the OPD, or the service unit for SKM_IKP */
  const char *dimensi;   /* dimension or measure, as analytics.md names it */
  const char *expect;    /* table and label, e.g. "kekuatan_kelemahan.csv: KEKUATAN" */
  const char *size;      /* size of the effect in words */
} kj_demo_effect;

/* The planted effects (a static table); *n gets their number. */
const kj_demo_effect *kj_demo_effects(int *n);

#endif
