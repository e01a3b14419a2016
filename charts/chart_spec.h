/* chart_spec.h — the spec struct and render function of each chart kind.
 *
 * Included by chart.h (include that one). For every kind KIND:
 *   kj_status kj_chart_KIND(const kj_KIND_spec *s, const kj_chart_out *o,
 *                           kj_chart_result *res, kj_error *err);
 *     validates s and o, lays the chart out and writes it. res may be NULL
 *     when o->path is set; otherwise res->data receives the bytes. Returns
 *     KJ_DATA for an impossible spec, KJ_IO when the file cannot be written,
 *     KJ_INTERNAL for missing options (no source, PDF without date) or a cairo
 *     failure; nothing is written unless KJ_OK.
 *   kj_status kj_KIND_validate(const kj_KIND_spec *s, kj_error *err);
 *     the spec check alone.
 * Rows with `insufficient` set (n < min_kelompok) are drawn greyed with
 * "data tidak cukup" instead of figures, and moved below the other rows.
 */
#ifndef KJ_CHARTS_CHART_SPEC_H
#define KJ_CHARTS_CHART_SPEC_H

/* ---- peringkat: horizontal bars of a measure per OPD, sorted, 95 % CI ---- */
typedef struct kj_peringkat_row {
  const char *name;       /* full OPD name (required) */
  const char *short_name; /* singkatan, used when the name does not fit; may be NULL */
  long n;                 /* employees in the group, >= 0 */
  double mean;            /* measure units; required unless insufficient */
  double ci_low, ci_high; /* 95 % CI; both NaN = no whisker (n < 2) */
  int insufficient;       /* n < min_kelompok: greyed, no figures shown */
  int rank, rank_lo, rank_hi; /* rank with its 95 % rank interval (analytics.md §2), drawn
                                 as "11 (4–25)" beside the mean; rank 0 = none */
} kj_peringkat_row;

typedef struct kj_peringkat_spec {
  const kj_peringkat_row *rows;
  int n_rows;                /* 0 draws an empty chart with a message */
  double city_mean;          /* reference line; NaN = none */
  const char *measure;       /* axis title, e.g. "Rata-rata IKP (konversi angka kredit)" */
  const char *unit;          /* appended to the axis title, e.g. "%"; may be NULL */
  int decimals;              /* value labels, 0..4 */
  int min_kelompok;          /* for the legend ("n < 5") */
  int keep_order;            /* 0: sort by mean, highest first; 1: as given */
  double axis_min, axis_max; /* fixed range when axis_max > axis_min; else 0..data */
  long n_total;              /* employees behind the chart (footer) */
} kj_peringkat_spec;

/* ---- shared by distribusi and kurva: one rule of the required curve ---- */
typedef enum kj_chart_op { KJ_OP_GT, KJ_OP_GE, KJ_OP_LT, KJ_OP_LE, KJ_OP_EQ } kj_chart_op;

typedef struct kj_kurva_rule {
  unsigned mask;  /* predikat counted: bit (1u << kj_predikat), non-empty */
  kj_chart_op op; /* share(mask) op threshold */
  double share;   /* threshold as a share 0..1 (a person count already divided by n) */
  long persons;   /* > 0: the rule is stated in persons ("≥ 1 pegawai"); 0 = in percent */
  int pass;       /* 1 met, 0 not met, -1 not evaluated */
} kj_kurva_rule;

/* ---- distribusi: 100 % stacked bars of the five predikat per OPD ---- */
typedef struct kj_distribusi_row {
  const char *name, *short_name;
  long n;                      /* employees with an annual predikat */
  double share[KJ_PREDIKAT_N]; /* by kj_predikat, each 0..1, summing to 1 */
  int insufficient;
  int org;                    /* kj_predikat_org of the OPD, -1 = none yet */
  const kj_kurva_rule *rules; /* the rules of that predikat organisasi */
  int n_rules;
  int compliant;    /* 1 PATUH, 0 TIDAK_PATUH, -1 not assessed */
  long min_changes; /* employees whose predikat must change; 0 when compliant */
} kj_distribusi_row;

typedef struct kj_distribusi_spec {
  const kj_distribusi_row *rows;
  int n_rows;
  int min_kelompok;
  long n_total;
} kj_distribusi_spec;

/* ---- kurva: one OPD's predikat histogram against its required curve ---- */
typedef struct kj_kurva_spec {
  const char *name, *short_name; /* the OPD */
  long n;
  long count[KJ_PREDIKAT_N];   /* summing to n */
  double share[KJ_PREDIKAT_N]; /* count / n */
  const double *city_share;    /* KJ_PREDIKAT_N city shares for comparison, or NULL */
  int org;                     /* kj_predikat_org, -1 = none */
  const kj_kurva_rule *rules;
  int n_rules;
  int compliant; /* 1, 0, -1 as in distribusi */
  long min_changes;
  int insufficient;
  int min_kelompok;
} kj_kurva_spec;

/* ---- tren: period means of selected OPD and the city ---- */
typedef enum kj_chart_trend {
  KJ_TREND_NONE,
  KJ_TREND_NAIK,
  KJ_TREND_STABIL,
  KJ_TREND_TURUN
} kj_chart_trend;

typedef struct kj_tren_series {
  const char *name, *short_name;
  const double *mean;   /* k values; NaN = no data in that period (gap) */
  kj_chart_trend trend; /* label shown with the name */
} kj_tren_series;

typedef struct kj_tren_spec {
  int k;                              /* periods, >= 1 */
  const char *const *periods;         /* k labels ("Jan 2024") */
  const double *city_mean;            /* k values, NaN allowed */
  const double *city_low, *city_high; /* k, 95 % CI band; NULL or NaN = no band there */
  kj_chart_trend city_trend;
  const kj_tren_series *series; /* at most 7 */
  int n_series;
  const char *measure, *unit; /* y axis title */
  int decimals;
  double axis_min, axis_max; /* fixed range when axis_max > axis_min */
  long n_total;
} kj_tren_spec;

/* ---- heatmap: OPD x dimension matrix of Cohen's d ---- */
typedef enum kj_heat_label {
  KJ_HEAT_SETARA,
  KJ_HEAT_KEKUATAN,
  KJ_HEAT_KELEMAHAN,
  KJ_HEAT_TIDAK_CUKUP
} kj_heat_label;

typedef struct kj_heatmap_row {
  const char *name, *short_name;
  long n;
  const double *d;  /* n_cols values; NaN = dimension not available (no SKM data) */
  const int *label; /* n_cols kj_heat_label, or NULL = none marked */
  int insufficient;
} kj_heatmap_row;

typedef struct kj_heatmap_spec {
  const kj_heatmap_row *rows;
  int n_rows;
  const char *const *cols; /* n_cols dimension names */
  int n_cols;
  double d_max;           /* colours saturate at |d| = d_max; <= 0 means 1.0 */
  double alpha, efek_min; /* for the legend ("q < 0,05; |d| ≥ 0,2"); 0 = not stated */
  int min_kelompok;
  long n_total;
} kj_heatmap_spec;

/* ---- skm: NRR per unsur for a unit (or the city) with grade thresholds ---- */
#define KJ_SKM_UNSUR 9
typedef struct kj_skm_spec {
  const char *unit_name;                              /* the unit, or the city */
  double nrr[KJ_SKM_UNSUR];                           /* 1..4; NaN = nobody answered */
  double ci_low[KJ_SKM_UNSUR], ci_high[KJ_SKM_UNSUR]; /* NaN = no whisker */
  const char *const *unsur; /* 9 labels, or NULL for the regulation's names */
  int weakest;              /* index of the weakest unsur, -1 = none */
  double ikm;               /* 25..100, NaN = not computed */
  char grade;               /* 'A'..'D', 0 = none */
  double threshold[3];      /* NRR lower bounds of grades C, B, A, increasing */
  long n_responden;
  int min_responden; /* below it the chart warns */
} kj_skm_spec;

/* ---- sebaran: IKM against IKP per unit with the fitted line ---- */
typedef struct kj_sebaran_point {
  const char *name, *short_name;
  double ikp, ikm; /* both required */
  int flagged;     /* "penilaian tinggi, kepuasan rendah": labelled */
} kj_sebaran_point;

typedef struct kj_sebaran_spec {
  const kj_sebaran_point *points;
  int n_points;
  double intercept, slope;    /* IKM = intercept + slope * IKP; NaN = no line */
  double r, r_low, r_high, p; /* Pearson r, Fisher-z 95 % CI, p; NaN = not computed */
  double rho;                 /* Spearman; NaN = not computed */
  double flag_ikp, flag_ikm;  /* flag cut-offs (z = +1 IKP, z = -1 IKM); NaN = none */
  int year;                   /* for the note; 0 = none */
} kj_sebaran_spec;

/* ---- profil: the BerAKHLAK profile of an OPD against the city ---- */
typedef struct kj_profil_spec {
  const char *name, *short_name;
  long n;
  double opd[KJ_NILAI_N];                           /* by kj_nilai; required unless insufficient */
  double opd_low[KJ_NILAI_N], opd_high[KJ_NILAI_N]; /* 95 % CI; NaN = none */
  double city[KJ_NILAI_N];                          /* required */
  double scale_min, scale_max;                      /* score scale, 1..5 */
  int decimals;
  int insufficient;
  int min_kelompok;
  long n_city;
} kj_profil_spec;

/* ---- kendali: one OPD's monthly mean IKP as a control chart ---- */
enum { KJ_KENDALI_BATAS = 1, KJ_KENDALI_RUN8 = 2 }; /* signal bits of a month */

typedef struct kj_kendali_spec {
  const char *name, *short_name; /* the OPD (or the city) */
  int k;                         /* months, 1..60; the last is the month reported */
  const char *const *periods;    /* k labels ("Jan 2025") */
  const double *mean;            /* k monthly means; NaN = not charted (n < min_kelompok) */
  const long *n;                 /* k counts */
  const double *lcl, *ucl;       /* k limits; NaN = none that month */
  double centre;                 /* NaN = no centre line (history too short) */
  const unsigned char *signal;   /* k signal bits (KJ_KENDALI_*), or NULL */
  const char *measure, *unit;    /* y axis title */
  int decimals;
  int min_kelompok;
} kj_kendali_spec;
/* ---- kesetaraan: adjusted rating gaps of groups with their 95 % CI ---- */
typedef struct kj_kesetaraan_row {
  const char *label;       /* "PPPK vs PNS" (required) */
  long n, n_ref;           /* employee-years of the group and of its comparison */
  double gap;              /* adjusted gap, group - comparison; NaN = not enough data */
  double ci_low, ci_high;  /* 95 % CI of the gap; both NaN = none */
  int flagged;             /* TIDAK_SETARA: drawn in the highlight colour */
} kj_kesetaraan_row;

typedef struct kj_kesetaraan_spec {
  const kj_kesetaraan_row *rows;
  int n_rows;              /* 0 draws an empty chart with a message */
  double band;             /* kesetaraan_min (> 0): the +-band of differences too small to flag */
  int decimals;            /* 0..4 */
} kj_kesetaraan_spec;

#define KJ_CHART_DECLARE(kind)                                                                     \
  kj_status kj_chart_##kind(const kj_##kind##_spec *s, const kj_chart_out *o,                      \
                            kj_chart_result *res, kj_error *err);                                  \
  kj_status kj_##kind##_validate(const kj_##kind##_spec *s, kj_error *err);
KJ_CHART_DECLARE(peringkat)
KJ_CHART_DECLARE(distribusi)
KJ_CHART_DECLARE(kurva)
KJ_CHART_DECLARE(tren)
KJ_CHART_DECLARE(heatmap)
KJ_CHART_DECLARE(skm)
KJ_CHART_DECLARE(sebaran)
KJ_CHART_DECLARE(profil)
KJ_CHART_DECLARE(kendali)
KJ_CHART_DECLARE(kesetaraan)
#undef KJ_CHART_DECLARE

/* The kinds by name, for the `charts` command and the gallery. */
typedef enum kj_chart_kind {
  KJ_CHART_PERINGKAT,
  KJ_CHART_DISTRIBUSI,
  KJ_CHART_KURVA,
  KJ_CHART_TREN,
  KJ_CHART_HEATMAP,
  KJ_CHART_SKM,
  KJ_CHART_SEBARAN,
  KJ_CHART_PROFIL,
  KJ_CHART_KENDALI,
  KJ_CHART_KESETARAAN,
  KJ_CHART_KIND_N
} kj_chart_kind;

/* "peringkat", ...; "?" when out of range. */
const char *kj_chart_kind_name(kj_chart_kind k);
/* Index of a kind name, or -1. */
int kj_chart_kind_parse(const char *name);
/* Renders kind k from spec, which must point to that kind's spec struct. */
kj_status kj_chart_render(kj_chart_kind k, const void *spec, const kj_chart_out *o,
                          kj_chart_result *res, kj_error *err);

#endif
