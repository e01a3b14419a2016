/* analysis.h — the analytics engine: every figure of analytics.md §1–§10
 * for one analysis year Y, computed from the store into plain result
 * structs that the CLI, the charts and the workbooks lay out, and the §12
 * export tables built from them.
 *
 * Pipeline: kj_analysis_run loads each table of the window with one
 * streaming query (queries/analysis/NAME.sql), builds employee-year measures
 * (§1), then the per-OPD statistics, comparisons, trends, compliance, SKM,
 * evaluator, list, data-quality and feedback results. Consumers never run
 * SQL or GSL: everything they show is in kj_analysis.
 *
 * Conventions
 *  - Indexes: units are sorted by kode_unit; OPD (top-level units) are
 *    sorted by kode and numbered 0..n_opd-1. Every array "per OPD" has
 *    n_opd + 1 entries: the last one (index n_opd, KJ_KOTA(r)) is the city,
 *    whose code is "KOTA"; the city row includes employees of OPD that are
 *    too small to be shown.
 *  - Measures (ukuran): KJ_UK_IKP, KJ_UK_CAPAIAN, then the seven BerAKHLAK
 *    values (KJ_UK_NILAI + kj_nilai). Dimensions (§3) are the nine measures
 *    followed by the nine SKM unsur (KJ_DIM_SKM + i).
 *  - "Not computed" is KJ_NA (stats.h); labels say why (TIDAK_CUKUP_DATA).
 *    Groups with n < min_kelompok keep their n but have NA figures and
 *    cukup = 0.
 *  - Everything is ordered by stable keys (codes, NIPs, periods); nothing
 *    depends on hash order or the clock, so the same database and
 *    parameters give the same result bytes.
 *
 * Ownership: kj_analysis_run returns a result the caller releases with
 * kj_analysis_free; every pointer inside it (names, codes) is owned by the
 * result. The store and params are borrowed for the call only.
 */
#ifndef KJ_ANALYSIS_H
#define KJ_ANALYSIS_H

#include <stddef.h>
#include <stdint.h>

#include "analysis/curve.h"
#include "analysis/formulas.h"
#include "analysis/params.h"
#include "analysis/stats.h"
#include "domain/enums.h"
#include "store/store.h"
#include "util/status.h"
#include "util/table.h"
#include "util/text.h"

/* ---- measures and dimensions ------------------------------------------- */

enum {
  KJ_UK_IKP = 0,                       /* IKP points 25..150 (a conversion, PerBKN 3/2023) */
  KJ_UK_CAPAIAN = 1,                   /* percent 0..capaian_maks */
  KJ_UK_NILAI = 2,                     /* + kj_nilai: BerAKHLAK score 1..5 */
  KJ_UKURAN_N = KJ_UK_NILAI + KJ_NILAI_N,
  KJ_DIM_SKM = KJ_UKURAN_N,            /* + i (0..8): SKM unsur U(i+1), answers 1..4 */
  KJ_DIMENSI_N = KJ_DIM_SKM + KJ_SKM_UNSUR
};

/* Column-style name: "ikp", "capaian", "berorientasi_pelayanan", ...,
 * "skm_u1" ... "skm_u9". NULL when out of range. */
const char *kj_dimensi_name(int d);
/* Label for people: "IKP", "Capaian", "Berorientasi Pelayanan", "SKM U1
 * Persyaratan" / English. */
const char *kj_dimensi_label(int d, kj_lang lang);
/* Unit of a dimension for narrative ("poin IKP", "poin persen", "poin skor",
 * "poin jawaban SKM" / English). */
const char *kj_dimensi_unit(int d, kj_lang lang);

/* ---- labels (canonical upper-case words of analytics.md) ---------------- */

typedef enum kj_kk_label { KJ_KK_KEKUATAN, KJ_KK_KELEMAHAN, KJ_KK_SETARA, KJ_KK_TCD } kj_kk_label;
typedef enum kj_tren_label { KJ_TREN_NAIK, KJ_TREN_TURUN, KJ_TREN_STABIL, KJ_TREN_TCD } kj_tren_label;
typedef enum kj_yoy_label {
  KJ_YOY_MENINGKAT, KJ_YOY_MENURUN, KJ_YOY_TIDAK_BERUBAH, KJ_YOY_TCD
} kj_yoy_label;
typedef enum kj_kurva_status {
  KJ_KURVA_PATUH,
  KJ_KURVA_TIDAK_PATUH,
  KJ_KURVA_MUSTAHIL,        /* the rules cannot hold together for this n */
  KJ_KURVA_TANPA_PREDIKAT   /* no organisation predikat in Y ("belum ada") */
} kj_kurva_status;
typedef enum kj_penilai_label {
  KJ_PENILAI_LONGGAR, KJ_PENILAI_KETAT, KJ_PENILAI_WAJAR, KJ_PENILAI_TCD
} kj_penilai_label;

/* Canonical names and id/en labels of the label sets above, for
 * kj_enum_canon / kj_enum_label: e.g. kj_enum_canon(&kj_enum_kk, KJ_KK_TCD)
 * is "TIDAK_CUKUP_DATA", its Indonesian label "data tidak cukup". */
extern const kj_enum kj_enum_kk, kj_enum_tren, kj_enum_yoy, kj_enum_kurva, kj_enum_penilai;

/* §6: status of the IKM-IKP association (asosiasi.csv `status`). */
typedef enum kj_asosiasi_status {
  KJ_AS_NYATA, KJ_AS_TIDAK_NYATA, KJ_AS_SATU_UNIT, KJ_AS_TCD
} kj_asosiasi_status;
/* §6: skm_ikp.flag ("" none, PENILAIAN_TINGGI_KEPUASAN_RENDAH, PERLU_DICERMATI). */
typedef enum kj_skm_flag { KJ_SKMF_NONE, KJ_SKMF_TINGGI_RENDAH, KJ_SKMF_DICERMATI } kj_skm_flag;
extern const kj_enum kj_enum_asosiasi, kj_enum_skm_flag;

/* ---- units, OPD, employee-years (§1) ------------------------------------ */

typedef struct kj_an_unit {
  char *kode, *nama, *singkatan; /* singkatan may be NULL */
  int jenis;                     /* kj_jenis_unit, -1 unknown */
  int opd;                       /* OPD index of its top-level ancestor */
  int penerus;                   /* unit index of its final successor after merges (itself
                                    when not merged; view unit_penerus) */
  int opd_penerus;               /* OPD index of that successor (trends, §4) */
} kj_an_unit;

typedef struct kj_an_opd {
  const char *kode;              /* "KOTA" for the city row */
  const char *nama, *singkatan;  /* city: the configured city name; singkatan may be NULL */
  int unit;                      /* index into unit[], -1 for the city */
  int org;                       /* kj_predikat_org in Y, -1 none */
  double org_capaian;            /* organisation capaian percent, NA when not given */
} kj_an_opd;

typedef struct kj_pegawai_tahun {
  int64_t nip;
  char *nama;                    /* owned by the result */
  int opd;                       /* OPD of the unit on the latest record in Y */
  int unit;                      /* that unit */
  int n_periode;                 /* periodic (non-annual) appraisal records in Y */
  int n_bulanan, n_triwulan;     /* of which monthly / quarterly */
  int n_sangat_baik;             /* periodic records with SANGAT_BAIK */
  int tahunan;                   /* 1 when an annual record exists */
  int predikat_tahunan;          /* §1.3, kj_predikat; -1 without any record */
  double ukuran[KJ_UKURAN_N];    /* §1 measures; NA when the employee has none */
} kj_pegawai_tahun;

/* ---- §2 descriptive ----------------------------------------------------- */

typedef struct kj_opd_stat {
  long n_pegawai;                        /* employee-years in Y */
  int cukup;                             /* n_pegawai >= min_kelompok */
  kj_desc ukuran[KJ_UKURAN_N];           /* n always; figures NA when n < min_kelompok */
  long n_predikat;                       /* employee-years with an annual predikat */
  long predikat_n[KJ_PREDIKAT_N];        /* counts; -1 when suppressed */
  double predikat_share[KJ_PREDIKAT_N];  /* NA when suppressed */
  double predikat_lo[KJ_PREDIKAT_N];     /* Wilson 95 % interval */
  double predikat_hi[KJ_PREDIKAT_N];
} kj_opd_stat;

/* ---- §2 ranking with its uncertainty ------------------------------------ */

typedef struct kj_rank {         /* one ranked OPD (n >= min_kelompok with a mean IKP) */
  int peringkat;                 /* rank of the mean IKP, 1 = highest, ties share the best;
                                    0 = not ranked */
  int bawah, atas;               /* 95 % rank interval (parametric bootstrap, B = 10,000):
                                    best and worst plausible rank, bawah <= atas */
  double mean_susut;             /* empirical-Bayes shrunken mean IKP (DerSimonian-Laird) */
} kj_rank;

/* ---- §3 strengths and weaknesses ---------------------------------------- */

typedef struct kj_kk {
  int ada;                  /* 0: dimension not applicable (no SKM data), row not shown */
  long n;                   /* OPD employee-years (SKM: respondents) with a value */
  double mean_opd, mean_lain, d, t, df, p, q; /* NA when not computed */
  kj_kk_label label;
} kj_kk;

/* ---- §4 trends and year over year --------------------------------------- */

typedef struct kj_tren {
  int k;                         /* period means used (n >= min_kelompok each) */
  char dari[16], sampai[16];     /* first and last period used, "" when k = 0 */
  char jenis;                    /* kj_period_type of the series ('M', 'Q', 'S'), 0 none */
  double slope_per_tahun, se, ci_low, ci_high, p; /* per year; NA when k < 3; se is the
                                    floored HAC SE (§4), CI and p from t(k-2) with it */
  double se_ols;                 /* the plain OLS SE, per year */
  double q;                      /* BH over every trend of the window (OPD, KOTA, measures) */
  kj_tren_label label;           /* NAIK/TURUN: q < alpha, |slope| >= tren_min, k >= 12 */
} kj_tren;

typedef struct kj_tren_titik {   /* one period mean of an OPD and measure */
  long n;
  double mean, ci_low, ci_high;  /* NA when n < min_kelompok */
} kj_tren_titik;

typedef struct kj_yoy {
  long n_sebelum, n;
  double mean_sebelum, mean, selisih, t, df, p;
  double q;                      /* BH over every OPD (and KOTA) x measure of Y */
  kj_yoy_label label;            /* MENINGKAT/MENURUN: q < alpha, |selisih| >= tren_min */
} kj_yoy;

/* ---- §5 curve ----------------------------------------------------------- */

typedef struct kj_kurva {
  long n;                        /* employee-years with an annual predikat */
  long count[KJ_PREDIKAT_N];
  kj_kurva_status status;
  kj_curve_result cek;           /* rules, PASS/FAIL, min changes (when org >= 0) */
  kj_chisq chi2;                 /* 2 x k Pearson chi-square of this OPD against all other OPD
                                    (k = predikat present in the city, df k - 1); NA for KOTA
                                    and OPD under min_kelompok; low_expected: an expected
                                    count of this OPD's row < 5 */
  double chi2_p_mc;              /* Monte Carlo p when low_expected (B = 20,000), else NA */
  double chi2_q;                 /* BH over all OPD of Y of chi2_p_mc when computed, else chi2.p */
} kj_kurva;

/* ---- §6 SKM ------------------------------------------------------------- */

typedef struct kj_skm {
  int unit;                      /* unit index (skm_unit), or OPD index (skm_opd) */
  char periode[16];              /* "" for the year (all periods of Y) */
  long n_responden;
  double nrr[KJ_SKM_UNSUR];      /* NA for an unsur nobody answered */
  double nrr_low[KJ_SKM_UNSUR];  /* t 95 % interval of each NRR over those who answered; */
  double nrr_high[KJ_SKM_UNSUR]; /*   NA with fewer than 2 answers */
  double ikm, ci_low, ci_high;   /* NA when an unsur has no answer */
  kj_mutu mutu;                  /* KJ_MUTU_N when ikm is NA */
  int unsur_terlemah;            /* 0..8, -1 */
  int sedikit;                   /* n_responden < skm_min_responden */
} kj_skm;

typedef struct kj_skm_ikp {
  int unit;
  long n_pegawai;
  double ikm, ikp, z_ikm, z_ikp;
  double cook_d;                 /* Cook's distance in the OLS of IKM on IKP (NA when k < 3) */
  double selisih_ikm, p_ikm, q_ikm; /* respondents' IKM_j vs all other respondents (Welch) */
  double selisih_ikp, p_ikp, q_ikp; /* its employees' IKP vs all other employees (Welch); */
                                 /* q: one BH family of the 2n p-values of Y */
  kj_skm_flag flag;              /* TINGGI_RENDAH: z rule and both gaps real (q < alpha, the
                                    z rule's direction); DICERMATI: z rule only */
} kj_skm_ikp;

typedef struct kj_skm_garis {    /* what the IKM-vs-IKP scatter draws */
  kj_ols fit;                    /* OLS of IKM on IKP over the skm_ikp units (NA when k < 3) */
  double mean_ikm, sd_ikm;       /* the mean and sd behind z_ikm (flag cut-off: z = -1) */
  double mean_ikp, sd_ikp;       /* the mean and sd behind z_ikp (flag cut-off: z = +1) */
} kj_skm_garis;

/* ---- §7 evaluators ------------------------------------------------------ */

typedef struct kj_penilai {
  int64_t nip;
  int di_roster;                 /* 1 when the evaluator is on the roster */
  int opd;                       /* OPD of most of the ratees */
  long n, n_lain;                /* ratees; other ratees in the same OPD */
  double mean_ikp, mean_lain, selisih, p, q;
  kj_penilai_label label;
} kj_penilai;

/* ---- §13 fairness of appraisal ----------------------------------------- */

typedef enum kj_setara_label { KJ_SETARA_TIDAK, KJ_SETARA_YA, KJ_SETARA_TCD } kj_setara_label;
extern const kj_enum kj_enum_setara; /* TIDAK_SETARA, SETARA, TIDAK_CUKUP_DATA */

typedef struct kj_setara {       /* one contrast of year Y: a group against its comparison */
  const char *atribut;           /* "jenis_kelamin", "jenis_pegawai", "golongan", "jenis_jabatan" */
  const char *kelompok, *pembanding; /* e.g. "PPPK" vs "PNS", "I-II" vs "III" */
  long n, n_pembanding;          /* employee-years used (after dropping one-sided strata) */
  double selisih_mentah;         /* mean IKP, group - comparison (all employee-years) */
  double selisih_sangat_baik;    /* share of annual SANGAT_BAIK, group - comparison */
  double selisih_disesuaikan;    /* OLS coefficient with OPD (and jenis jabatan) fixed effects */
  double se, df, p, q;           /* HC1 SE, n - rank df, Student t p; BH q over the contrasts */
  double ci_low, ci_high;        /* adjusted gap -+ t(0.975, df) se */
  kj_setara_label label;         /* TIDAK_SETARA: q < alpha and |adjusted| >= kesetaraan_min */
} kj_setara;

typedef struct kj_setara_opd {   /* raw gender gap within an OPD (shown, never flagged) */
  int opd;
  long n_p, n_l;
  double selisih_mentah;         /* mean IKP P - L; NA unless both >= min_kelompok */
} kj_setara_opd;

/* ---- §10a recognition gaps ---------------------------------------------- */

typedef struct kj_apresiasi_kurang { /* a high performer without appreciation */
  int pegawai;                   /* index into pegawai[] */
  int64_t nip_pimpinan;          /* leader: nip_atasan, else the evaluator of the latest record;
                                    0 none */
  int64_t nip_penilai;           /* evaluator of the latest record, 0 none */
  char periode_terakhir[16];     /* the last of the three SANGAT_BAIK periodic records */
} kj_apresiasi_kurang;

typedef struct kj_apresiasi_pimpinan { /* per leader with such employees in the team */
  int64_t nip;
  long n_tim;                    /* roster employees whose leader this is */
  long n_kurang;                 /* of whom high performers without appreciation */
} kj_apresiasi_pimpinan;

/* ---- §8 lists ----------------------------------------------------------- */

enum {
  KJ_BINA_BERTURUT = 1,          /* >= 2 consecutive periodic predikat below BAIK */
  KJ_BINA_TAHUNAN = 2,           /* annual predikat KURANG or SANGAT_KURANG */
  KJ_BINA_TREN = 4               /* significant negative slope over >= 6 records */
};

typedef struct kj_daftar {       /* one employee-year on a list */
  int pegawai;                   /* index into pegawai[] */
  int peringkat;                 /* teladan: rank within the OPD (1..); pembinaan: 0 */
  double share_sangat_baik;      /* teladan: share of periodic SANGAT_BAIK */
  double batas_capaian;          /* teladan: the top-10 % threshold used */
  int acuan_kota;                /* teladan: threshold from the city (OPD < 20) */
  unsigned alasan;               /* pembinaan: KJ_BINA_* bits */
  int berturut;                  /* pembinaan: longest run below BAIK */
  double slope_per_tahun, slope_p; /* pembinaan: OLS of periodic IKP (NA when < 6) */
} kj_daftar;

/* ---- §9 data quality ---------------------------------------------------- */

typedef struct kj_kualitas {     /* one OPD (or KOTA) and period of Y */
  int opd;
  char periode[16];
  long roster, dinilai, kosong;  /* expected employees, with a result, known missing */
  long bertanggal, tepat;        /* results with a date; of which on time */
  double kelengkapan, tepat_waktu, median_lag; /* NA when undefined */
} kj_kualitas;

typedef enum kj_temuan_jenis {
  KJ_TEMUAN_PREDIKAT_BEDA,       /* supplied predikat differs from the matrix */
  KJ_TEMUAN_DINILAI_SENDIRI,     /* nip_penilai = nip */
  KJ_TEMUAN_PENILAI_LUAR,        /* evaluator not on the roster */
  KJ_TEMUAN_TANPA_PREDIKAT_ORG,  /* OPD without organisation predikat in Y */
  KJ_TEMUAN_SKM_SEDIKIT,         /* SKM unit under skm_min_responden */
  KJ_TEMUAN_TANPA_PENILAIAN,     /* on the roster, no appraisal record in Y */
  KJ_TEMUAN_SKP_GANDA,           /* e-Kinerja: several SKPs for one period (skp_ganda) */
  KJ_TEMUAN_SKP_SEBAGIAN,        /* e-Kinerja: (partial-)year SKPs cover < 12 months of Y */
  KJ_TEMUAN_N
} kj_temuan_jenis;

extern const kj_enum kj_enum_temuan;

typedef struct kj_temuan {
  kj_temuan_jenis jenis;
  int opd;                       /* -1 when not tied to an OPD */
  int64_t nip;                   /* employee (or evaluator for PENILAI_LUAR), 0 none */
  char kode[40];                 /* unit code or period, "" none */
  char rincian[96];              /* e.g. "SANGAT_BAIK -> BAIK", "12 responden" */
} kj_temuan;

/* ---- capaian per indicator (Rapor OPD: its weakest indicators) ----------- */

typedef struct kj_capaian_indikator { /* one indicator text in one OPD, year Y */
  int opd;
  char *indikator;               /* the indicator text as imported (owned) */
  long n_pegawai, n_catatan;     /* distinct employees; indicator records */
  double mean, median;           /* capaian per record (§1.4, clipped); NA when */
  double share_di_bawah_100;     /*   n_pegawai < min_kelompok */
} kj_capaian_indikator;

/* ---- methodology: the import log ----------------------------------------- */

typedef struct kj_impor {        /* one row of import_file (the clock time is left out: */
  char *nama_file, *kind, *format; /*  outputs must not depend on when data was loaded) */
  char sha256[65];
  long n_baris, n_baru, n_ganti, n_sama, n_lewat;
} kj_impor;

/* ---- §10 leader feedback ------------------------------------------------ */

typedef struct kj_umpan {
  long n_pegawai;
  long kejadian[KJ_JENIS_UB_N];  /* events received, by jenis */
  long n_apresiasi;              /* employees with at least one APRESIASI */
  double kejadian_per_pegawai, share_apresiasi; /* NA when n < min_kelompok */
} kj_umpan;

typedef struct kj_asosiasi {     /* one association, never called causal */
  const char *nama;              /* "skm_ikm_ikp", "apresiasi_ikp", "apresiasi_perilaku",
                                    "apresiasi_delta_ikp" */
  const char *metode;            /* "pearson" (units or OPD) or "welch" (employees) */
  long n;                        /* pearson: pairs; welch: employees in the first group */
  long n_lain;                   /* welch: employees in the other group; pearson: 0 */
  double r, ci_low, ci_high;     /* pearson: r with its Fisher-z 95 % CI; welch: NA */
  double selisih;                /* welch: mean of the first group minus the other's */
  double p;                      /* two-sided p */
  double rho, rho_p;             /* Spearman rho and p (pearson rows), else NA */
  /* skm_ikm_ikp only (else NA / -1 / KJ_AS_TCD): leave-one-out influence (§6) */
  double r_tanpa_min, r_tanpa_max; /* smallest and largest Pearson r without one unit */
  int unit_berpengaruh;          /* unit index whose removal moves r most, -1 */
  kj_asosiasi_status status;
} kj_asosiasi;

/* ---- the result --------------------------------------------------------- */

typedef struct kj_analysis {
  kj_params params;              /* copy of the parameters used */
  int tahun;                     /* Y */
  int dari, sampai;              /* trend window (years) */
  int n_tahun_data;              /* years with appraisal data in the database */
  int *tahun_data;               /* ascending */
  char data_terbaru[32];         /* newest dated record (YYYY-MM-DD), "" none: reproducible "now" */

  int n_unit;
  kj_an_unit *unit;
  int n_opd;                     /* OPD; arrays per OPD have n_opd + 1 entries */
  kj_an_opd *opd;

  size_t n_pegawai;              /* employee-years of Y, sorted by nip */
  kj_pegawai_tahun *pegawai;

  kj_opd_stat *stat;             /* [n_opd + 1] */
  int n_peringkat;               /* OPD with a mean IKP (n >= min_kelompok) */
  int *peringkat;                /* their indexes by mean IKP, highest first; code breaks ties */
  kj_rank *rank;                 /* [n_opd + 1]: rank, interval, shrunken mean (KOTA: 0) */
  double rank_tau2;              /* DerSimonian-Laird tau^2 of the ranked OPD means (NA) */
  kj_kk *kk;                     /* [n_opd * KJ_DIMENSI_N], BH over all of them */
  kj_tren *tren;                 /* [(n_opd + 1) * KJ_UKURAN_N] */
  int n_periode;                 /* periodic periods of the window, ascending */
  char (*periode)[16];
  kj_tren_titik *titik;          /* [((n_opd + 1) * KJ_UKURAN_N) * n_periode] */
  kj_yoy *yoy;                   /* [(n_opd + 1) * KJ_UKURAN_N]; NA without Y-1 data */
  kj_kurva *kurva;               /* [n_opd + 1] */

  size_t n_skm_unit, n_skm_periode;
  kj_skm *skm_unit;              /* per unit, year Y, sorted by code; unit = unit index */
  kj_skm *skm_periode;           /* per unit and period of Y */
  kj_skm *skm_opd;               /* [n_opd + 1]; unit = OPD index; n_responden 0: no SKM */
  size_t n_skm_ikp;
  kj_skm_ikp *skm_ikp;           /* units with SKM and >= min_kelompok appraised staff */
  kj_skm_garis skm_garis;        /* fitted line and z-score basis of skm_ikp */

  size_t n_penilai;
  kj_penilai *penilai;           /* sorted by nip */

  size_t n_teladan, n_pembinaan;
  kj_daftar *teladan;            /* by OPD, then rank */
  kj_daftar *pembinaan;          /* by OPD, then nip */

  size_t n_kualitas;
  kj_kualitas *kualitas;         /* by OPD (KOTA last), then period */
  kj_kualitas *kualitas_tahun;   /* [n_opd + 1]: all periods of Y together, periode = "YYYY";
                                    roster 0 when the OPD has no expected appraisal */
  struct kj_roster_tahun {       /* the roster of Y from pegawai.mulai/selesai/status */
    long pegawai;                /* serving on some day of Y */
    long masuk;                  /* of them with mulai in Y */
    long keluar[KJ_STATUS_PEG_N];/* with selesai in Y, by status (AKTIF: a future leaving date) */
    long tanpa_mulai;            /* without mulai (start open) */
  } roster_tahun;
  size_t n_temuan;
  kj_temuan *temuan;             /* by kind, then OPD, then key */

  kj_umpan *umpan;               /* [n_opd + 1] */
  size_t n_apresiasi_kurang, n_apresiasi_pimpinan;
  kj_apresiasi_kurang *apresiasi_kurang;     /* §10a, by nip */
  kj_apresiasi_pimpinan *apresiasi_pimpinan; /* by n_kurang (most first), then nip */
  int n_setara;
  kj_setara *setara;             /* §13 contrasts in the order of analytics.md */
  kj_setara_opd *setara_opd;     /* [n_opd]: within-OPD gender gaps */
  int n_asosiasi;
  kj_asosiasi asosiasi[4];

  size_t n_indikator;
  kj_capaian_indikator *indikator; /* by OPD, then indicator text (byte order) */

  size_t n_impor;
  kj_impor *impor;               /* import log, sorted by nama_file, kind, sha256 */
} kj_analysis;

#define KJ_KOTA(r) ((r)->n_opd)

/* Runs the whole analysis for year `year` (0 = the latest year with
 * appraisal data) with the trend window from..to (0 = the last three years
 * with data up to Y). Returns KJ_OK and a new result in *out; KJ_DATA when
 * the database has no appraisal data or none for the year (message names the
 * years that have data) or the window is reversed; KJ_DB on a database error;
 * KJ_USAGE when the window is longer than 30 years. *out is NULL on failure. */
kj_status kj_analysis_run(kj_store *st, const kj_params *params, int year, int from, int to,
                          kj_analysis **out, kj_error *err);

/* Releases a result; NULL-safe. */
void kj_analysis_free(kj_analysis *r);

/* Index of the OPD with code kode (or KJ_KOTA for "KOTA"), -1 when absent. */
int kj_analysis_find_opd(const kj_analysis *r, const char *kode);

/* ---- export tables (analytics.md §12) ----------------------------------- */

typedef struct kj_tables {
  int n;
  kj_table **t;                  /* owned; t[i]->name is the file stem */
} kj_tables;

/* Builds every export table of §12 (pegawai_tahun, opd_ukuran, opd_predikat,
 * kekuatan_kelemahan, tren, tahun_ke_tahun, kurva, skm, skm_ikp, penilai,
 * teladan, pembinaan, kualitas_data, umpan_balik) plus the extra tables
 * (tren_periode, skm_opd, skm_periode, kualitas_tahun, capaian_indikator,
 * konsistensi, asosiasi), each with the
 * columns of doc/export-tables.md, rows sorted by key, NA as missing cells. */
void kj_analysis_tables(const kj_analysis *r, kj_tables *out);
void kj_tables_free(kj_tables *t); /* NULL-safe; frees the tables, not t itself */

/* ---- narrative (summary, briefing sentences) ---------------------------- */

/* One finding sentence in lang, for the terminal summary and the briefing's
 * Ringkasan sheet. */
typedef struct kj_finding {
  const char *topik;             /* "kota", "peringkat", "kekuatan", "kelemahan", "kurva",
                                    "tren", "skm", "penilai", "kesetaraan", "kualitas",
                                    "umpan_balik" */
  char *text;                    /* owned, UTF-8, one sentence */
} kj_finding;

typedef struct kj_findings {
  size_t n;
  kj_finding *f;
} kj_findings;

/* The key findings of r in lang (numbers in the language's format). */
void kj_analysis_findings(const kj_analysis *r, kj_lang lang, kj_findings *out);
void kj_findings_free(kj_findings *f); /* NULL-safe */

#endif
