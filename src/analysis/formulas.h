/* formulas.h — the domain formulas: capaian of SKP indicators (analytics.md
 * §1.4) and the public satisfaction index IKM with its grade (§6,
 * PermenPAN-RB 14/2017).
 *
 * Pure functions on numbers; results that cannot be computed are KJ_NA
 * (stats.h), never an error, so one bad indicator never stops a report: the
 * ingest layer already rejected what data.md forbids.
 */
#ifndef KJ_ANALYSIS_FORMULAS_H
#define KJ_ANALYSIS_FORMULAS_H

#include <stddef.h>

#include "domain/enums.h"
#include "util/text.h"

/* Default `capaian_maks` (PP 30/2019 caps achievement at 120 %). */
#define KJ_CAPAIAN_MAKS_DEFAULT 120.0

/* Capaian (percent) of one indicator: arah NAIK -> 100*realisasi/target,
 * TURUN -> 100*(2 - realisasi/target), then clipped to [0, capaian_maks].
 * NA when target <= 0, realisasi < 0, capaian_maks < 0, arah is not NAIK or
 * TURUN, or any argument is not finite. */
double kj_capaian(kj_arah arah, double realisasi, double target, double capaian_maks);

/* One indicator of an employee-period, for kj_capaian_periode. */
typedef struct kj_indikator {
  double capaian;     /* percent from kj_capaian; NA entries are skipped */
  double bobot;       /* weight > 0 (data.md default 1); entries with bobot <= 0 or NA skipped */
  kj_jenis_rhk jenis; /* UTAMA or TAMBAHAN */
} kj_indikator;

/* Employee-period capaian: bobot-weighted mean of the indicators' capaian;
 * TAMBAHAN indicators count only when include_tambahan is non-zero
 * (config `capaian_tambahan`). NA when no indicator counts. */
double kj_capaian_periode(const kj_indikator *ind, size_t n, int include_tambahan);

/* Weighted mean sum(w v) / sum(w) over the entries whose v is finite and
 * whose w is finite and > 0; NA when there are none. */
double kj_weighted_mean(const double *v, const double *w, size_t n);

/* ---- SKM / IKM (analytics.md §6) ------------------------------------------ */

#define KJ_SKM_UNSUR 9                   /* U1 persyaratan ... U9 sarana */
#define KJ_SKM_BOBOT_DEFAULT (1.0 / 9.0) /* `skm_bobot` default: equal weights */
#define KJ_SKM_BOBOT_REGULASI 0.11       /* the regulation's worked example */

/* IKM = 25 * sum_i w * nrr[i] over the k unsur (normally KJ_SKM_UNSUR), on
 * the 25..100 scale when nrr are 1..4 and w = 1/k. NA when k = 0, w is not
 * finite and > 0, or any nrr[i] is NA (an unsur nobody answered makes the
 * index undefined; the caller reports the unit without IKM). */
double kj_ikm(const double *nrr, size_t k, double w);

/* Respondent-level IKM_j = 25 * mean of the respondent's answered items
 * (answers[0..k), NA = not answered); NA when none was answered. */
double kj_ikm_respondent(const double *answers, size_t k);

/* Grade (mutu pelayanan) of an IKM value. */
typedef enum kj_mutu {
  KJ_MUTU_A, /* IKM >= 88.31: Sangat Baik */
  KJ_MUTU_B, /* IKM >= 76.61: Baik */
  KJ_MUTU_C, /* IKM >= 65.00: Kurang Baik */
  KJ_MUTU_D, /* below: Tidak Baik */
  KJ_MUTU_N  /* number of grades; also "no grade" for an NA IKM */
} kj_mutu;

/* Canonical names "A".."D" and labels id/en, usable with kj_enum_label. */
extern const kj_enum kj_enum_mutu;

/* Grade of ikm with the regulation's thresholds 88.31, 76.61, 65.00. The
 * comparison allows 1e-9 of rounding error, so an IKM that is 88.31 up to the
 * last bit of a floating sum gets A. KJ_MUTU_N for NA. */
kj_mutu kj_ikm_mutu(double ikm);

/* "Sangat Baik" / "Very good" etc.; "?" for KJ_MUTU_N. Static string. */
const char *kj_mutu_label(kj_mutu m, kj_lang lang);

#endif
