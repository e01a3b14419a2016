/* demo_internal.h — shared between the files of src/demo only.
 *
 * This is not a second public header of the module: it is how the files of
 * the generator (units, people, appraisals, indicators, behaviour scores,
 * surveys, feedback, writer) hand the one city model to each other. Callers
 * outside src/demo use demo.h.
 *
 * The model: a demo_city holds the unit tree, the roster with each person's
 * latent traits, the OPD-level parameters and the monthly and annual ratings
 * (compact bytes, so the annual predikat can be calibrated per OPD before
 * anything is written). Everything else is generated while the rows are
 * written, from per-entity random streams (demo_reseed).
 */
#ifndef KJ_DEMO_INTERNAL_H
#define KJ_DEMO_INTERNAL_H

#include <gsl/gsl_rng.h>
#include <stdint.h>
#include <stdio.h>

#include "demo/demo.h"
#include "domain/enums.h"
#include "util/hash.h"
#include "util/status.h"

/* ---- planted effects (doc/demo-data.md; kj_demo_effects) ---------------- */
#define DEMO_OPD_PELAYANAN "DISDUKCAPIL"     /* KEKUATAN in BERORIENTASI_PELAYANAN */
#define DEMO_OPD_ADAPTIF "DISTAN"            /* KELEMAHAN in ADAPTIF */
#define DEMO_OPD_INFLASI "DPUPR"             /* most staff SANGAT_BAIK, org BUTUH_PERBAIKAN */
#define DEMO_OPD_TREN "DLH"                  /* monthly IKP declines over the window */
#define DEMO_OPD_LONGGAR "RSUD"              /* holds the lenient evaluator */
#define DEMO_UNIT_SKM "PKM.SADABUAN"         /* high IKP, low IKM */
#define DEMO_OPD_TANPA_ORG "KEC.ANGKOLAJULU" /* no organisation predikat, last year */
#define DEMO_UNIT_MERGED "SDN.200142"        /* regrouped into DEMO_UNIT_SUCCESSOR */
#define DEMO_UNIT_SUCCESSOR "SDN.200141"

#define DEMO_EFF_PELAYANAN 0.50   /* skor points added to the value */
#define DEMO_EFF_ADAPTIF (-0.45)  /* skor points */
#define DEMO_EFF_INFLASI 1.00     /* latent shift of both ratings (sd units) */
#define DEMO_EFF_TREN_START 0.55  /* latent shift in the first month ... */
#define DEMO_EFF_TREN_END (-0.15) /* ... falling linearly to this in the last */
#define DEMO_EFF_LONGGAR 1.10     /* latent shift of the evaluator's ratees */
#define DEMO_EFF_SKM_IKP 0.80     /* latent shift of the unit's ratings */
#define DEMO_EFF_SKM_IKM (-0.75)  /* shift of the respondents' answer latent */
#define DEMO_EFF_PPPK (-0.45)     /* latent shift of the ratings of every PPPK employee */

/* ---- random streams ----------------------------------------------------- */
typedef enum demo_stream {
  DS_UNITS = 1, /* sub-unit sizes, SKM unit quality */
  DS_STRUCT,    /* per unit: its positions */
  DS_PEOPLE,    /* per employee: who they are */
  DS_LATENT,    /* per employee: ability and behaviour traits */
  DS_OPD,       /* per OPD: small effects, lateness, feedback habits */
  DS_RATINGS,   /* per employee: monthly ratings */
  DS_ORG,       /* organisation predikat, per year */
  DS_ANNUAL,    /* per OPD and year: the annual predikat */
  DS_CAPAIAN,   /* per employee: indicators */
  DS_PERILAKU,  /* per employee: BerAKHLAK scores */
  DS_SKM,       /* per service unit and year */
  DS_FEEDBACK   /* per employee: feedback events */
} demo_stream;

/* Reseeds r for stream s of entity index from the user's seed. */
void demo_reseed(gsl_rng *r, unsigned long seed, demo_stream s, long index);
double demo_unif(gsl_rng *r);                      /* [0, 1) */
int demo_int(gsl_rng *r, int lo, int hi);          /* uniform in lo..hi inclusive */
double demo_norm(gsl_rng *r, double sd);           /* N(0, sd^2) */
int demo_bern(gsl_rng *r, double p);               /* 1 with probability p */
int demo_pick(gsl_rng *r, const double *w, int n); /* index with weights w */
double demo_clamp(double x, double lo, double hi);

/* ---- units -------------------------------------------------------------- */
typedef enum demo_profile {
  PROF_UMUM,      /* offices: analysts, planners, clerks */
  PROF_GURU,      /* schools */
  PROF_KESEHATAN, /* Dinkes and puskesmas */
  PROF_RS,        /* the hospital */
  PROF_AUDITOR,   /* Inspektorat */
  PROF_TANI,      /* agricultural extension */
  PROF_KB,        /* family-planning extension */
  PROF_POLPP,     /* Satpol PP and fire brigade */
  PROF_PAMONG,    /* kecamatan and kelurahan */
  PROF_N
} demo_profile;

typedef enum demo_subkind { SUB_OFFICE, SUB_SD, SUB_SMP, SUB_PKM, SUB_KEL, SUB_UPT } demo_subkind;

typedef struct demo_unit {
  char code[33];
  char name[112];
  char abbr[32];
  kj_jenis_unit jenis;
  demo_subkind kind;
  demo_profile prof;
  int parent;     /* unit index; -1 for an OPD */
  int opd;        /* index of its OPD (itself for an OPD) */
  int def;        /* index into the OPD definition table */
  int successor;  /* unit merged into (menjadi), -1 */
  int until_year; /* berlaku_sampai when merged, else 0 */
  int skm;        /* 1 = a surveyed service unit */
  double weight;  /* relative headcount among the OPD's sub-units */
  double skm_q;   /* service quality (answer latent shift) */
  int head;       /* employee index of its head, -1 when unstaffed */
} demo_unit;

/* OPD-level facts used outside demo_units.c. */
int demo_opd_female_pct(const struct demo_unit *opd);
int demo_opd_pppk_pct(const struct demo_unit *opd);
/* Name of the i-th bidang/bagian of the OPD ("" when it has fewer). */
const char *demo_opd_bidang(const struct demo_unit *opd, int i);
int demo_opd_nbidang(const struct demo_unit *opd);

/* ---- people ------------------------------------------------------------- */
typedef struct demo_emp {
  int64_t nip;
  const char *nama;    /* interned in the city's string pool (demo_intern) */
  const char *jabatan; /* interned too: a few hundred titles for any roster */
  int unit;        /* unit at the end of the window (pegawai.kode_unit) */
  int unit0;       /* unit before the merge, -1 when not moved */
  int sup;         /* supervisor (employee index); -1 = outside the roster */
  int sup0;        /* supervisor before the merge (when unit0 >= 0) */
  int64_t sup_ext; /* nip_atasan when sup == -1 */
  int start, end;  /* months employed, [start, end) on the window's index */
  kj_jenis_jabatan jj;
  kj_jenis_pegawai jp;
  kj_kelamin sex;
  int gol; /* PNS 0..16 = I/a..IV/e; PPPK 1..17 */
  int edu; /* 0 SMA, 1 D3, 2 S1, 3 S2 */
  int nratees;
  double a, b;          /* latent hasil kerja and perilaku traits, N(0,1) */
  double v[KJ_NILAI_N]; /* value-specific deviations */
  double leniency;      /* as an evaluator: shift of the ratees' latent */
  int ind;              /* number of SKP indicators (2..4) */
} demo_emp;

typedef struct demo_city {
  const kj_demo_opts *o;
  int years, months; /* window length */
  int merge_month;   /* first month index after the merge */
  demo_unit *units;
  int nunits, nopd;
  demo_emp *emp;
  long nemp;
  int64_t nip_walikota; /* rates the Sekda; outside the roster */
  int sekda;            /* employee index of the Sekda */
  int longgar;          /* the planted lenient evaluator, -1 if none */
  /* per OPD (index = unit index of the OPD; other entries unused) */
  double *opd_eff;  /* small random shift of ratings */
  double *opd_late; /* share of late monthly ratings */
  double *opd_fb;   /* feedback events per employee-year */
  double *opd_val;  /* [unit * KJ_NILAI_N + v] shift of BerAKHLAK scores */
  int *org;         /* [unit * years + y]: kj_predikat_org, -1 = none */
  double *org_cap;  /* [unit * years + y]: organisation capaian, percent */
  /* per employee-month [i * months + t] and employee-year [i * years + y] */
  uint8_t *rate;                  /* 0 = no record, else 1 + hasil * 3 + perilaku */
  uint8_t *lag;                   /* days after the period end */
  uint8_t *pflag;                 /* 0 predikat = matrix, 1 blank, 2 disagrees */
  uint8_t *arate, *alag, *apflag; /* the annual record, same coding */
  gsl_rng *rng;
  /* names and job titles, each distinct string stored once: a million
   * employees share a few hundred titles, and fixed buffers cost 224 bytes
   * per employee */
  kj_strmap pool_index;
  char **pool;
  long npool, pool_cap;
} demo_city;
/* The pooled copy of s (owned by the city, freed with it). */
const char *demo_intern(demo_city *c, const char *s);

/* Month index t -> calendar year / month. */
int demo_year_of(const demo_city *c, int t);
int demo_month_of(int t);
/* Unit and supervisor of employee i in month t (the merge moves people). */
int demo_unit_at(const demo_city *c, long i, int t);
int demo_sup_at(const demo_city *c, long i, int t);
/* NIP of the supervisor in month t (the external one when outside). */
int64_t demo_sup_nip_at(const demo_city *c, long i, int t);
/* Index of the unit with this code, -1 when absent. */
int demo_unit_find(const demo_city *c, const char *code);

/* Names, degrees and position titles (demo_names.c). */
typedef struct demo_job {
  const char *base; /* functional family: "Perawat", "Guru" */
  int edu;          /* 0 SMA, 1 D3, 2 S1, 3 S2 */
  const char *deg;  /* degree as written after (or, "dr.", before) the name */
  int ahli;         /* 1 = keahlian levels (Ahli Pertama..), 0 = keterampilan */
} demo_job;

/* A functional position typical of the profile. */
const demo_job *demo_pick_job(gsl_rng *r, demo_profile prof);
/* The position of a school or puskesmas head (tugas tambahan). */
const demo_job *demo_head_job(demo_subkind kind);
/* "Perawat Ahli Muda": family and level from e's grade (PPPK: entry level). */
void demo_job_title(const demo_job *j, const demo_emp *e, char *out, size_t cap);
const char *demo_pelaksana_title(gsl_rng *r, int edu);
/* A degree for a pelaksana (struktural 0), struktural (1) or JPT (2)
 * employee with this education. */
const char *demo_degree(gsl_rng *r, int edu, demo_profile prof, int struktural);
/* "Siti Aminah Harahap, S.Pd." / "dr. Ali Lubis". */
void demo_person_name(gsl_rng *r, kj_kelamin sex, const char *deg, char *out, size_t cap);
/* Canonical golongan text of e ("III/b", "IX"). */
void demo_golongan_text(const demo_emp *e, char out[8]);

/* Roster building blocks (demo_people.c), used by demo_roster.c. */
typedef struct demo_people {
  demo_city *c;
  long next;     /* next employee index */
  kj_i64map seq; /* first 15 NIP digits -> people numbered so far */
} demo_people;

typedef struct demo_role {
  kj_jenis_jabatan jj;
  const demo_job *job; /* functional position; NULL for struktural and pelaksana */
  const char *title;   /* fixed title; NULL = from job (functional) or pelaksana */
  const char *suffix;  /* appended to a job title: " (Kepala Sekolah)" */
  int lead;            /* has staff: stays for the whole window */
  int sup;             /* supervisor index, -1 = the Wali Kota */
} demo_role;

/* Adds one employee to unit (next free index; -1 when the roster is full). */
int demo_add_person(demo_people *pc, int unit, const demo_role *ro);
/* Splits total over n parts by weight w, at least min each (largest
 * remainder; ties go to the lower index). */
void demo_apportion(long total, const double *w, int n, long min, long *out);

/* The generator's own check of the roster with domain/nip.h: every NIP
 * valid for its jenis_pegawai, gender digit right, unique, distinct from the
 * Wali Kota's pseudo-NIP. KJ_INTERNAL (a bug) otherwise. */
kj_status demo_check_roster(const demo_city *c, kj_error *err);

/* Builders, in this order. */
void demo_build_units(demo_city *c);
void demo_build_people(demo_city *c);
void demo_build_ratings(demo_city *c); /* OPD habits and monthly ratings */
void demo_build_annual(demo_city *c);  /* organisation predikat, annual ratings */

/* ---- writers: one per file; each counts its data rows in *rows ---------- */
void demo_csv_str(FILE *fp, const char *s); /* RFC 4180 quoting when needed */
void demo_csv_nip(FILE *fp, int64_t nip);
void demo_csv_date(FILE *fp, long days); /* days since 1970-01-01 */

void demo_write_units(const demo_city *c, FILE *fp, long *rows);
void demo_write_pegawai(const demo_city *c, FILE *fp, long *rows);
void demo_write_org(const demo_city *c, FILE *fp, long *rows);
void demo_write_penilaian(const demo_city *c, FILE *fp, long *rows);
void demo_write_capaian(demo_city *c, FILE *fp, long *rows);
void demo_write_perilaku(demo_city *c, FILE *fp, long *rows);
void demo_write_skm(demo_city *c, FILE *fp, long *rows);
void demo_write_feedback(demo_city *c, FILE *fp, long *rows);

#endif
