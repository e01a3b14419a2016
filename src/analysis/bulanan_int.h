/* bulanan_int.h — the state of one monthly monitoring run, shared by
 * bulanan.c (loading, completeness, Belum dinilai, evaluators),
 * bulanan_roster.c (units and expected evaluators per employee and month),
 * bulanan_kendali.c (control charts) and bulanan_individu.c (early warnings,
 * recognition gaps, leaders); not part of the module's interface.
 */
#ifndef KJ_ANALYSIS_BULANAN_INT_H
#define KJ_ANALYSIS_BULANAN_INT_H

#include "analysis/bulanan.h"
#include "analysis/engine_int.h"
#include "domain/period.h"

typedef struct bl_ub {           /* one feedback event of the loaded months */
  int64_t pemberi, penerima;
  int32_t bulan;                 /* an_pkey of its month */
  int8_t jenis;                  /* kj_jenis_ub */
} bl_ub;

typedef struct bl_ctx {
  an_model m;                    /* units, roster, appraisals of year(P)-2 .. year(P) */
  kj_bulanan *b;
  an_pkey P;
  an_pkey month[KJ_BL_BULAN];    /* P-12 .. P */
  long d_days;                   /* the data date D in days, AN_NO_LAG when unknown */
  char tanggal_data[11];         /* D as text, "" when unknown */
  an_pkey first;                 /* earliest month with monthly records (loaded window) */
  unsigned char *bulan_ada;      /* [memo_n]: 1 when memo month i has monthly records */
  int64_t *atasan;               /* [n_emp] nip_atasan, 0 none */
  kj_i64map kosong;              /* (emp, period) -> unit of a known-missing record */
  struct pen_acc *pen;           /* evaluators (bulanan.c) */
  size_t n_pen, cap_pen;
  kj_i64map pen_ix;
  bl_ub *ub;                     /* feedback events, sorted by penerima then date */
  size_t n_ub;
  /* What depends only on the employee and the month, remembered for the
   * months of the loaded years (consecutive months share 12 of their 13):
   * slot (e, i) is month memo0 + i. */
  an_pkey memo0;
  int memo_n;
  int32_t *unit_memo;            /* bl_unit; BL_UNKNOWN until asked */
  int64_t *pen_memo;             /* the expected evaluator; -1 until asked */
} bl_ctx;

#define BL_UNKNOWN (-2)

/* P + k months. */
an_pkey bl_month_add(an_pkey p, int k);
/* The memo index of month p (p = memo0 + i), -1 outside the loaded years. */
long bl_memo_month(const bl_ctx *x, an_pkey p);
/* Key of (employee, period) in x->kosong. */
static inline int64_t bl_kosong_key(int32_t e, an_pkey p) { return (int64_t)e * 1000000 + p; }
/* The evaluator expected to rate e for month p (bulanan_roster.c). */
int64_t bl_expected_penilai(const bl_ctx *x, int32_t e, an_pkey p);
/* Unit of employee e for period p when on its roster, else -1 (roster.c with
 * the known-missing record's unit; bulanan_roster.c). */
int32_t bl_unit(const bl_ctx *x, int32_t e, an_pkey p);
/* OPD of a unit, after following menjadi (data.md). */
int bl_opd(const bl_ctx *x, int32_t unit);

void bl_kendali(bl_ctx *x);                                   /* bulanan_kendali.c */
/* The feedback events that months p0 .. p1 look at (the 6 months up to each). */
kj_status bl_apresiasi_load(kj_store *st, bl_ctx *x, an_pkey p0, an_pkey p1,
                            kj_error *err);                   /* bulanan_individu.c */
void bl_peringatan(bl_ctx *x);                                /* bulanan_individu.c */
void bl_apresiasi(bl_ctx *x);                                 /* bulanan_individu.c */

#endif
