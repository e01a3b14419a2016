/* bulanan.h — monthly monitoring (analytics.md §14, pemantauan bulanan) for
 * one month P: who is not yet rated and by whom, evaluators who are late
 * repeatedly, a control chart of monthly mean IKP per OPD with rule-1 and
 * rule-2 signals, early warnings for individuals, and high performers
 * without appreciation (§10a as of P) with the feedback per leader.
 *
 * A run is light on purpose (it is meant for a scheduled job every month):
 * it loads the organisation, the roster and the appraisals of year(P) - 2 ..
 * year(P) through the engine's loaders, the feedback of the 6 months up to P,
 * and nothing else. Every count divides by the roster of a period (roster.c).
 * Several months of one year share one load (kj_bulanan_open, then
 * kj_bulanan_month per month): each month's result equals what
 * kj_bulanan_run gives for it alone. A result points at a partly filled
 * kj_analysis (units, OPD, parameters, the import log, the data date;
 * r->tahun = year(P)) for the names and the Metodologi sheet, and keeps its
 * own copies of employee names.
 */
#ifndef KJ_ANALYSIS_BULANAN_H
#define KJ_ANALYSIS_BULANAN_H

#include <stdint.h>

#include "analysis/analysis.h"

#define KJ_BL_BULAN 13 /* months on the control chart: the 12 before P and P */

/* The chance that an OPD whose monthly mean IKP does not change at all still
 * gives a signal for P under the rules of bulanan_kendali.c (12 baseline
 * months, MR-bar sigma, rule 1 or rule 2): 1.99 %, not the 0.27 % of known
 * 3-sigma limits, because sigma is estimated from only 11 moving ranges.
 * Monte Carlo with independent normal monthly means and equal n, 4,000,000
 * charts (numpy, seeds 100..109): rule 1 1.88 %, rule 2 0.12 %, either
 * 1.99 % (standard error 0.007 %; tests/scripts/kendali_null.py recomputes
 * it). analytics.md §15: a screening rule is worded "perlu dicermati" and
 * its chance rate is shown. */
#define KJ_BL_P_KEBETULAN 0.0199

typedef struct kj_bl_opd {       /* parallel to r->opd (the city last, KJ_KOTA) */
  /* completeness and timeliness of P, P-1 and P-12 ([0], [1], [2]) */
  long roster[3], dinilai[3], bertanggal[3], tepat[3];
  double kelengkapan[3], tepat_waktu[3]; /* NA when undefined */
  /* control chart: months P-12 .. P ([12] = P) */
  char bulan[KJ_BL_BULAN][16];    /* "YYYY-MM" */
  long n[KJ_BL_BULAN];
  double mean[KJ_BL_BULAN];       /* NA when n < min_kelompok (not charted) */
  double lcl[KJ_BL_BULAN], ucl[KJ_BL_BULAN]; /* NA without limits */
  char sinyal[KJ_BL_BULAN][12];   /* "", "BATAS", "RUN8", "BATAS+RUN8" */
  double centre, sigma_dasar;     /* centre line and MR-bar / 1.128; NA without history */
  int cukup;                      /* 1: 12 charted baseline months (limits exist) */
  long belum;                     /* employees of P's roster not rated for P */
} kj_bl_opd;

typedef struct kj_bl_belum {      /* Belum dinilai: one employee not rated for P */
  int64_t nip;
  char *nama;
  int opd;                        /* OPD index (r->opd) */
  char *kode_unit;
  int64_t nip_penilai;            /* expected evaluator, 0 = none */
  long hari_terlambat;            /* D - (end of P + batas_hari), 0 when not positive */
} kj_bl_belum;

typedef struct kj_bl_penilai {    /* one evaluator with ratings due in P */
  int64_t nip;
  char *nama;                     /* NULL when not on the roster */
  int opd;                        /* own OPD on the roster, else the OPD of most ratees */
  int terdaftar;                  /* on the roster */
  long jatuh_tempo, diberikan, tepat_waktu; /* in P */
  int bulan_terlambat;            /* late months among P and the 5 before */
  int terlambat[6];               /* [5] = P: 1 late, 0 not, -1 nothing due */
  int berulang;                   /* bulan_terlambat >= 3: listed as repeatedly late */
  double p_kebetulan;             /* P(berulang) if each of their due ratings were on time
                                     with the city's share of that month (bulanan.h) */
} kj_bl_penilai;

typedef struct kj_bl_peringatan { /* Peringatan dini */
  int64_t nip;
  char *nama;
  int opd;
  char *kode_unit;
  int8_t predikat, predikat_sebelum; /* P's and the previous monthly record's (-1 none) */
  double median_sebelum;          /* median step of up to 6 preceding records, NA < 3 */
  char alasan[40];                /* TURUN_TAJAM, RENDAH_BERTURUT or both joined by '+' */
} kj_bl_peringatan;

typedef struct kj_bl_apresiasi {  /* §10a as of P */
  int64_t nip;
  char *nama;
  int opd;
  char *kode_unit;
  int64_t nip_pimpinan, nip_penilai; /* 0 = none */
  char periode_terakhir[16];
  int n_sangat_baik;              /* consecutive SANGAT_BAIK records up to P (>= 3) */
} kj_bl_apresiasi;

typedef struct kj_bl_pimpinan {   /* one leader with a team on P's roster */
  int64_t nip;
  char *nama;                     /* NULL when not on the roster */
  int opd;
  long tim;                       /* team members on P's roster */
  long tanpa_apresiasi;           /* of them in the §10a list */
  long umpan_balik;               /* feedback events given in P and the 2 months before */
  double per_anggota;             /* umpan_balik / tim */
} kj_bl_pimpinan;

typedef struct kj_bulanan {
  char periode[16];               /* "YYYY-MM" */
  char tanggal_data[11];          /* D: newest tanggal_dinilai (else the latest import), "" */
  kj_analysis *r;                 /* owned: units, OPD, params, import log */
  kj_bl_opd *opd;                 /* [r->n_opd + 1] */
  long roster, dinilai;           /* city, P */
  size_t n_belum, n_penilai, n_peringatan, n_apresiasi, n_pimpinan;
  kj_bl_belum *belum;             /* by evaluator, OPD, NIP */
  kj_bl_penilai *penilai;         /* by NIP */
  kj_bl_peringatan *peringatan;   /* by OPD, NIP */
  kj_bl_apresiasi *apresiasi;     /* by leader, NIP */
  kj_bl_pimpinan *pimpinan;       /* by NIP */
  int n_sinyal;                   /* OPD whose row for P carries a signal */
  int n_riwayat_kurang;           /* OPD without 12 charted earlier months */
  int n_berbatas;                 /* OPD with control limits for P (they can signal) */
  double sinyal_kebetulan;        /* signals expected by chance: n_berbatas * KJ_BL_P_KEBETULAN */
  int n_penilai_berulang;         /* evaluators late in >= 3 of the 6 months */
  /* The same count if every evaluator were as punctual as the city: each
   * rating due in month k on time with the city's share of k, independently
   * (binomial per evaluator and month, then "late in >= 3 of 6" per
   * evaluator, summed): its expectation and standard deviation. Near the
   * count, lateness is spread evenly (a process to fix, not people to warn);
   * far above it, some evaluators are late much more often. NA without data.
   * The range shown is the expectation +- 2 sd (the low end at least 0). */
  double berulang_harapan, berulang_sd, berulang_lo, berulang_hi;
  char bulan_pertama[16];         /* earliest month with monthly records (loaded window) */
  int riwayat;                    /* months before P with monthly records, at most 12 */
  struct kj_bulanan_src *src_owned; /* the data behind r, when this result owns it */
} kj_bulanan;

/* The loaded data of the months of one year (year - 2 .. year). */
typedef struct kj_bulanan_src kj_bulanan_src;

/* Runs §14 for periode "YYYY-MM" (NULL or "" = the latest month with
 * monthly records). KJ_USAGE for a malformed periode, KJ_DATA when the
 * database holds no monthly records (or none up to P), KJ_DB on a database
 * error. *out is NULL on failure. */
kj_status kj_bulanan_run(kj_store *st, const kj_params *params, const char *periode,
                         kj_bulanan **out, kj_error *err);
void kj_bulanan_free(kj_bulanan *b); /* NULL-safe */

/* The latest month with monthly records as "YYYY-MM"; KJ_DATA when none. */
kj_status kj_bulanan_latest(kj_store *st, char out[16], kj_error *err);

/* Loads what the months of `tahun` need, once. The store may be closed
 * afterwards. *out is NULL on failure. */
kj_status kj_bulanan_open(kj_store *st, const kj_params *params, int tahun,
                          kj_bulanan_src **out, kj_error *err);
/* §14 for month "YYYY-MM" of src's year (KJ_USAGE when malformed, KJ_DATA
 * when no monthly records reach it). The result borrows src's kj_analysis:
 * free it before src. One month at a time per src. */
kj_status kj_bulanan_month(kj_bulanan_src *src, const char *periode, kj_bulanan **out,
                           kj_error *err);
void kj_bulanan_src_free(kj_bulanan_src *src); /* NULL-safe */
int kj_bulanan_src_tahun(const kj_bulanan_src *src); /* the year it was loaded for */

/* The export tables bulanan_belum_dinilai, bulanan_penilai, bulanan_kendali,
 * bulanan_peringatan, bulanan_apresiasi (analytics.md §14) plus
 * bulanan_pimpinan and bulanan_kelengkapan, each starting with `periode`,
 * sorted by key. */
void kj_bulanan_tables(const kj_bulanan *b, kj_tables *out);

#endif
