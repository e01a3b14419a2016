/* engine_int.h — the loaded data of one analysis run, shared between the
 * files of the engine (load*.c, measures.c, the §2–§10 files, tables*.c);
 * not part of the module's interface (callers use analysis.h).
 *
 * The model is column-light and index-heavy: employees, units and OPD get
 * dense indexes once (sorted by NIP / code), and every record refers to
 * them by index, so the computations are loops over arrays, never lookups
 * by string. Appraisal records are kept (they are needed by several
 * sections); indicator and behaviour rows are folded into employee-year and
 * OPD-period accumulators while they stream from SQLite, never stored.
 */
#ifndef KJ_ANALYSIS_ENGINE_INT_H
#define KJ_ANALYSIS_ENGINE_INT_H

#include <limits.h>
#include <math.h>
#include <stdint.h>

#include "analysis/analysis.h"
#include "domain/rules.h"
#include "util/hash.h"

#define AN_NO_LAG INT32_MIN /* record without tanggal_dinilai */
#define AN_PENILAI_NONE (-1)
#define AN_CHI2_MC_B 20000 /* §5: Monte Carlo draws of the curve chi-square */
#define AN_TREN_MIN_TITIK 12 /* §4: a trend is labelled only from this many period means */
#define AN_PENILAI_LUAR (-2) /* evaluator not on the roster */

/* Period key: year * 100 + 0 (annual), 1..12 (month), 20 + quarter,
 * 30 + semester. Orders like the canonical period text within a year. */
typedef int32_t an_pkey;

typedef struct an_rec {          /* one appraisal record (penilaian) */
  int32_t emp;                   /* employee index */
  int32_t unit;                  /* unit index */
  an_pkey pkey;
  int16_t tahun;
  char jenis;                    /* kj_period_type */
  int8_t num;                    /* month / quarter / semester, 0 annual */
  int8_t predikat;               /* kj_predikat (the matrix result) */
  int8_t predikat_input;         /* as supplied, -1 when not given */
  int32_t penilai;               /* employee index, AN_PENILAI_NONE or AN_PENILAI_LUAR */
  int64_t nip_penilai;           /* 0 when none */
  int32_t lag;                   /* days after the period end, AN_NO_LAG */
  double ikp;                    /* IKP of several SKPs (skp_ganda = bulan); NaN = from predikat */
} an_rec;

#define AN_OPEN_START LONG_MIN /* pegawai.mulai empty */
#define AN_OPEN_END LONG_MAX   /* pegawai.selesai empty */
/* The IKP of a record (analytics.md 1.2): the predikat's conversion, or the
 * days-weighted IKP stored for an employee-period with several SKPs. */
static inline double an_rec_ikp(const an_rec *x) {
  return isnan(x->ikp) ? kj_ikp_points((kj_predikat)x->predikat) : x->ikp;
}

typedef struct an_emp {          /* roster (pegawai), sorted by NIP */
  int64_t nip;
  char *nama;
  int32_t unit;                  /* current unit */
  long mulai, selesai;           /* days since the epoch, or AN_OPEN_START / AN_OPEN_END */
  int8_t status;                 /* kj_status_peg */
  int32_t rec0, nrec;            /* this employee's records in recs[] (sorted by pkey) */
  int8_t jp, jj, kelamin;        /* kj_jenis_pegawai, kj_jenis_jabatan, kj_kelamin; -1 unknown */
  int8_t gol;                    /* §13 golongan group of a PNS: 1 I-II, 3 III, 4 IV; 0 other */
  int64_t nip_atasan;            /* §10a leader as given on the roster, 0 none */
} an_emp;

typedef struct an_ey {           /* employee-year accumulators (all loaded years) */
  int32_t emp;
  int16_t tahun;
  int32_t unit, opd, opd_penerus;
  int32_t rec0, nrec;            /* records of this year within recs[] */
  double cap_sum, cap_tahunan;   /* periodic employee-period capaian; the annual one */
  int cap_n;
  double nil_sum[KJ_NILAI_N];    /* behaviour scores over all records of the year */
  long nil_n[KJ_NILAI_N];
  kj_pegawai_tahun out;          /* the §1 measures, filled by an_measures */
} an_ey;

typedef struct an_slot {         /* accumulators of one periodic period (trends) */
  an_pkey pkey;
  double *sum, *sumsq;           /* [(n_opd + 1) * KJ_UKURAN_N] */
  long *n;
} an_slot;

typedef struct an_resp {         /* one SKM respondent of year Y */
  int32_t unit;
  an_pkey pkey;
  int8_t u[KJ_SKM_UNSUR];        /* 1..4, 0 = not answered */
} an_resp;

typedef struct an_model {
  kj_analysis *r;                /* the result being built (units, OPD, params) */
  const kj_params *p;
  int y0, y1;                    /* loaded years */
  kj_strmap unit_ix;             /* kode_unit -> unit index */

  long n_emp;
  an_emp *emp;
  kj_i64map emp_ix;              /* nip -> employee index */

  size_t n_rec;
  an_rec *recs;                  /* sorted by (emp, pkey) */

  size_t n_ey, cap_ey;
  an_ey *ey;
  int32_t *ey_ix;                /* [emp * (y1 - y0 + 1) + (tahun - y0)], -1 none */
  int32_t *peg_ey;               /* r->pegawai[i] is ey[peg_ey[i]] */
  size_t *opd_off;               /* [n_opd + 2]: pegawai of OPD o are */
  int32_t *opd_peg;              /*   opd_peg[opd_off[o] .. opd_off[o + 1]) */

  int n_slot;
  an_slot *slot;                 /* sorted by pkey after loading */

  size_t n_kosong;
  struct an_kosong { int32_t emp, unit; an_pkey pkey; } *kosong; /* year Y, sorted */
  size_t n_skpt;
  kj_temuan *skpt;               /* SKP findings of Y (skp_temuan.sql), opd set */

  size_t n_resp;
  an_resp *resp;                 /* year Y, sorted by unit, period */

  long *ub;                      /* [emp * KJ_JENIS_UB_N] feedback received in Y */

  kj_strmap ind_ix;              /* "OPD index:indicator text" -> group, year Y */
  int32_t n_indgrp, cap_indgrp;
  int32_t ind_at[64];            /* group of the record at each position of the last period + 1 */
  struct an_indgrp {
    int32_t opd, last_emp;
    long n_pegawai;
    char *teks;
    size_t n, cap;
    double *v;                   /* the group's values, one per indicator record */
  } *indgrp;
} an_model;

/* ---- helpers (engine_util.c) -------------------------------------------- */

/* Parses canonical period text ("2025", "2025-07", "2025-Q3", "2025-S1").
 * Returns 0 and fills the outputs, -1 when s is not canonical. */
int an_period(const char *s, an_pkey *pkey, char *jenis, int *num, int *year);
/* Canonical text of a period key into out (16 bytes). */
void an_pkey_text(an_pkey k, char out[16]);
/* Period type of a key, and its index on the type's scale (kj_period_index). */
char an_pkey_jenis(an_pkey k);
long an_pkey_index(an_pkey k);
/* Days since 1970-01-01 of the last day of the period. */
long an_pkey_end_days(an_pkey k);
/* Employee-year of (emp, tahun), creating it when create = 1; -1 when absent. */
int32_t an_ey_get(an_model *m, int32_t emp, int tahun, int create);
/* Employee index of nip, -1 when not on the roster. Rows sorted by NIP
 * walk *cursor (start at 0) along the sorted roster; others hash. */
int32_t an_emp_of(const an_model *m, int64_t nip, long *cursor);
/* Record index of (emp, pkey) or -1. */
long an_rec_find(const an_model *m, int32_t emp, an_pkey pkey);
/* Trend slot of a periodic key (created on first use). */
an_slot *an_slot_get(an_model *m, an_pkey pkey);
/* Adds one observation v of measure uk for OPD opd in a period. */
void an_slot_add(an_model *m, an_pkey pkey, int opd, int uk, double v);
/* Range [*a, *b) of opd_peg holding the pegawai of OPD o (all for KOTA). */
void an_opd_range(const an_model *m, int o, size_t *a, size_t *b);
/* Moments of each group and of "everything but the group" (Welch against
 * the rest) from values v[0..n) with group ids g (0..ng-1); NaN values are
 * skipped. Sums of squares are taken about the overall mean. */
void an_group_vs_rest(const int32_t *g, const double *v, size_t n, int ng, kj_moments *in,
                      kj_moments *rest);
/* Sorts doubles ascending (NaN-free input). */
void an_sort(double *x, size_t n);

/* ---- roster of a period (roster.c) --------------------------------------- */

/* Days since 1970-01-01 of the first day of the period. */
long an_pkey_start_days(an_pkey k);
/* 1 when employee e serves on some day of [start, end] (days). */
int an_roster_in(const an_model *m, int32_t e, long start, long end);
/* The unit (index) of employee e for period p when e is on the roster of p,
 * else -1. kosong_unit: the unit of e's known-missing record for p, or -1. */
int32_t an_roster_unit(const an_model *m, int32_t e, an_pkey p, int32_t kosong_unit);
/* The same rule given `latest`: the index (into m->recs) of e's latest record
 * ending by the end of p, the later period on a tie, -1 none; for callers
 * that find it another way (bulanan_roster.c sweeps many months at once). */
int32_t an_roster_pick(const an_model *m, int32_t e, an_pkey p, int32_t kosong_unit, long latest);

/* ---- stages -------------------------------------------------------------- */

kj_status an_load_structure(kj_store *st, an_model *m, kj_error *err); /* load.c */
kj_status an_scan_cache(kj_store *st, int scanning, kj_error *err); /* load.c */
kj_status an_load_penilaian(kj_store *st, an_model *m, kj_error *err); /* load_penilaian.c */
/* Days since the epoch of a "YYYY-MM-DD..." text, or AN_NO_LAG (load.c). */
long an_date_days(const char *t);
kj_status an_load_facts(kj_store *st, an_model *m, kj_error *err);     /* load_facts.c */
kj_status an_load_year_extras(kj_store *st, an_model *m, kj_error *err); /* load_facts.c */
void an_measures(an_model *m);                /* measures.c: §1, pegawai[] of Y */
void an_descriptive(an_model *m);             /* opd_stats.c: §2 */
void an_ranking(an_model *m);                 /* ranking.c: §2 rank intervals */
kj_status an_strengths(an_model *m, kj_error *err); /* strengths.c: §3 */
kj_status an_trends(an_model *m, kj_error *err); /* trends.c: §4 (BH fails only on a bug) */
kj_status an_curve(an_model *m, kj_error *err); /* compliance.c: §5 */
kj_status an_skm(an_model *m, kj_error *err); /* skm.c: §6 (BH fails only on a bug) */
kj_status an_skm_link(an_model *m, kj_error *err); /* skm_link.c: §6 linkage, by an_skm */
kj_status an_kesetaraan(an_model *m, kj_error *err); /* kesetaraan.c: §13 */
/* apresiasi.c: §10a for year Y (periode 0) or for month P (periode = its key, §14);
 * reads the APRESIASI dates of Y-1..Y itself. */
kj_status an_apresiasi(kj_store *st, an_model *m, an_pkey periode, kj_error *err);
kj_status an_evaluators(an_model *m, kj_error *err); /* evaluators.c: §7 */
void an_lists(an_model *m);                   /* lists.c: §8 */
void an_quality(an_model *m);                 /* quality.c: §9 */
void an_feedback(an_model *m);                /* feedback.c: §10 */
/* indikator.c: records one indicator's capaian of year Y (while capaian
 * streams), then the per-OPD, per-indicator figures. */
void an_indikator_add(an_model *m, int opd, int32_t emp, int at, const char *teks, double v);
void an_indikator(an_model *m);

#endif
