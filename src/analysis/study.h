/* study.h — the multi-year study (`kinerja report study`) and the per-OPD
 * details (`kinerja report opd`), computed on top of the engine.
 *
 * Both workbooks lay out kj_analysis results; what the engine does not
 * compute and only these reports need lives here, still on the analysis side
 * of the pipeline (reports never run SQL or call GSL):
 *
 *   kj_study_run    runs kj_analysis_run for every year Y1..Y2 with data (the
 *                   same runs `kinerja export --year Y` makes, so the study's
 *                   appendix equals the export tables), then per year: one-way
 *                   ANOVA of employee IKP across OPD, chi-square of annual
 *                   predikat across OPD, counts of curve compliance and of
 *                   evaluator labels; and the OPD and unit series over the
 *                   years with merged units counted under their successor
 *                   (the `menjadi` crosswalk).
 *   kj_opd_rinci_new  per-unit figures (an OPD's sub-units) for one analysed
 *                   year (the engine has per-OPD figures and, in r->indikator,
 *                   the capaian per indicator).
 *
 * Conventions are those of analysis.h: KJ_NA for "not computed", groups
 * under min_kelompok keep their n but have NA figures, everything ordered by
 * stable keys. Ownership: kj_study_run and kj_opd_rinci_new return a new
 * object the caller releases with the matching _free; the store and params
 * are borrowed for the call; a kj_opd_rinci borrows nothing from its
 * kj_analysis after the call (it stores indexes, not pointers).
 */
#ifndef KJ_ANALYSIS_STUDY_H
#define KJ_ANALYSIS_STUDY_H

#include <stddef.h>

#include "analysis/analysis.h"

/* ---- per-OPD details (Rapor OPD) --------------------------------------- */

typedef struct kj_unit_stat {           /* one unit's own employee-years in Y */
  int unit;                             /* index into r->unit */
  int opd;                              /* its OPD (index into r->opd) */
  long n_pegawai;                       /* employee-years whose latest record is in the unit */
  int cukup;                            /* n_pegawai >= min_kelompok */
  kj_desc ikp, capaian;                 /* n always; other fields NA when !cukup */
  long n_predikat;                      /* employee-years with an annual predikat */
  long predikat_n[KJ_PREDIKAT_N];       /* -1 when !cukup */
  double predikat_share[KJ_PREDIKAT_N]; /* of n_predikat; NA when !cukup */
} kj_unit_stat;

typedef struct kj_opd_rinci {
  int tahun; /* Y of the analysis it was computed from */
  int n_opd; /* as in that analysis */
  size_t n_unit;
  kj_unit_stat *unit; /* units with employee-years, by OPD then unit code */
  size_t *unit_off;   /* [n_opd + 1]: OPD o has unit[unit_off[o] .. unit_off[o+1]) */
} kj_opd_rinci;

/* The per-unit figures of year r->tahun for every OPD of r (employee-years
 * grouped by the unit of their latest record; IKP and capaian described with
 * min_kelompok suppression; annual predikat shares). Returns a new object
 * (never NULL; out of memory is fatal, xalloc.h). */
kj_opd_rinci *kj_opd_rinci_new(const kj_analysis *r);
void kj_opd_rinci_free(kj_opd_rinci *x); /* NULL-safe */

/* ---- the multi-year study ----------------------------------------------- */

typedef struct kj_study_tahun { /* one year of the study */
  int tahun;
  kj_analysis *r; /* kj_analysis_run(year, default window): owned */
  int anova_k;    /* OPD in the ANOVA (IKP n >= min_kelompok) */
  kj_anova anova; /* employee IKP across those OPD */
  int chisq_k;    /* OPD in the chi-square (n_predikat >= min_kelompok) */
  kj_chisq chisq; /* OPD x annual predikat (5 columns), Cramér's V */
  long kurva_n[KJ_KURVA_TANPA_PREDIKAT + 1]; /* OPD per kj_kurva_status */
  long perubahan_min;                        /* sum of minimum changes over OPD with a predikat */
  long penilai_n[KJ_PENILAI_TCD + 1];        /* evaluators per kj_penilai_label */
} kj_study_tahun;

typedef struct kj_study_entitas { /* an OPD or unit of the series, after the crosswalk */
  char *kode, *nama, *singkatan; /* owned; from the latest year holding it; singkatan may be NULL */
  int opd;                       /* units: index into opd[] of its OPD; OPD and KOTA: -1 */
  int n_pendahulu;               /* merged codes counted here */
  char **pendahulu;              /* their codes, sorted, owned */
} kj_study_entitas;

typedef struct kj_study {
  kj_params params;      /* copy of the parameters used */
  int dari, sampai;      /* the window asked for (defaults resolved) */
  int n_tahun;           /* years with appraisal data in dari..sampai */
  kj_study_tahun *tahun; /* ascending */
  kj_analysis *jendela;  /* year sampai with trend window dari..sampai when that
                            differs from tahun[last].r's window, else NULL */
  char data_terbaru[32]; /* newest dated record over the years (reproducible date) */

  int n_opd;             /* series OPD; opd[n_opd] is the city ("KOTA") */
  kj_study_entitas *opd; /* [n_opd + 1], sorted by kode */
  kj_desc *seri_opd;     /* [((o * KJ_UKURAN_N) + uk) * n_tahun + t] */
  int n_unit;
  kj_study_entitas *unit; /* units that carry a history, sorted by kode */
  kj_desc *seri_unit;     /* [((u * KJ_UKURAN_N) + uk) * n_tahun + t] */
} kj_study;

#define KJ_STUDY_SERI(s, arr, e, uk, t)                                                            \
  ((arr)[(((size_t)(e)*KJ_UKURAN_N) + (uk)) * (s)->n_tahun + (t)])

/* Runs the study for the years from..to (0: the first / last year with
 * appraisal data). Each year with data gets a kj_analysis_run with the
 * default trend window; the trend over the whole window comes from
 * kj_study_trend. Series: an employee-year counts for the final successor of
 * its unit (unit series) and for that successor's OPD (OPD series), so a
 * merged unit's history appears under the unit it became; figures use
 * kj_describe with min_kelompok suppression. ANOVA and chi-square use the
 * OPD of each year as the engine assigns them (the same groups as the
 * year's opd_ukuran / opd_predikat export tables), leaving out OPD under
 * min_kelompok. Returns KJ_OK with a new study in *out; KJ_USAGE when
 * from > to or the window is longer than 30 years; KJ_DATA when no year of
 * the window has data (the message names the years that have); KJ_DB on a
 * database error. *out is NULL on failure. */
kj_status kj_study_run(kj_store *st, const kj_params *params, int from, int to, kj_study **out,
                       kj_error *err);
void kj_study_free(kj_study *s); /* NULL-safe */

/* The run whose trends (tren, titik, periode) cover dari..sampai. */
const kj_analysis *kj_study_trend(const kj_study *s);

/* Index into s->opd / s->unit of code kode (s->n_opd for "KOTA"), -1 absent. */
int kj_study_find_opd(const kj_study *s, const char *kode);
int kj_study_find_unit(const kj_study *s, const char *kode);

/* Index into r->pegawai (sorted by NIP) of the employee-year of nip in
 * r->tahun, -1 when absent: the name of an evaluator on the roster. */
long kj_study_pegawai(const kj_analysis *r, int64_t nip);

#endif
