/* formulas.c — capaian of SKP indicators and the SKM satisfaction index.
 *
 * These are the regulation's arithmetic, not statistics: capaian follows
 * analytics.md §1.4 (TURUN indicators mirror around the target, so realising
 * half the allowed time scores 150 before the PP 30/2019 cap), and IKM
 * follows PermenPAN-RB 14/2017: a weighted sum of the nine unsur means,
 * converted to 25..100 by the factor 25, graded with the regulation's
 * interval table (A from 88.31, B from 76.61, C from 65.00).
 */
#include "analysis/formulas.h"
#include "analysis/stats.h"

double kj_capaian(kj_arah arah, double realisasi, double target, double capaian_maks) {
  if (!isfinite(realisasi) || !isfinite(target) || !isfinite(capaian_maks)) return KJ_NA;
  if (target <= 0 || realisasi < 0 || capaian_maks < 0) return KJ_NA;
  double c;
  switch (arah) {
  case KJ_NAIK: c = 100.0 * realisasi / target; break;
  case KJ_TURUN: c = 100.0 * (2.0 - realisasi / target); break;
  default: return KJ_NA;
  }
  if (c < 0) c = 0;
  if (c > capaian_maks) c = capaian_maks;
  return c;
}

double kj_weighted_mean(const double *v, const double *w, size_t n) {
  double sw = 0, swv = 0;
  for (size_t i = 0; i < n; i++) {
    if (!isfinite(v[i]) || !isfinite(w[i]) || !(w[i] > 0)) continue;
    sw += w[i];
    swv += w[i] * v[i];
  }
  return sw > 0 ? swv / sw : KJ_NA;
}

double kj_capaian_periode(const kj_indikator *ind, size_t n, int include_tambahan) {
  double sw = 0, swv = 0;
  for (size_t i = 0; i < n; i++) {
    if (ind[i].jenis == KJ_TAMBAHAN && !include_tambahan) continue;
    if (ind[i].jenis != KJ_UTAMA && ind[i].jenis != KJ_TAMBAHAN) continue;
    if (!isfinite(ind[i].capaian) || !isfinite(ind[i].bobot) || !(ind[i].bobot > 0)) continue;
    sw += ind[i].bobot;
    swv += ind[i].bobot * ind[i].capaian;
  }
  return sw > 0 ? swv / sw : KJ_NA;
}

double kj_ikm(const double *nrr, size_t k, double w) {
  if (k == 0 || !isfinite(w) || !(w > 0)) return KJ_NA;
  double s = 0;
  for (size_t i = 0; i < k; i++) {
    if (!isfinite(nrr[i])) return KJ_NA;
    s += w * nrr[i];
  }
  return 25.0 * s;
}

double kj_ikm_respondent(const double *answers, size_t k) {
  double s = 0;
  size_t m = 0;
  for (size_t i = 0; i < k; i++)
    if (isfinite(answers[i])) {
      s += answers[i];
      m++;
    }
  return m ? 25.0 * s / (double)m : KJ_NA;
}

static const char *const mutu_c[] = {"A", "B", "C", "D"};
static const char *const mutu_id[] = {"Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"};
static const char *const mutu_en[] = {"Very good", "Good", "Poor", "Very poor"};
const kj_enum kj_enum_mutu = {"mutu pelayanan", KJ_MUTU_N, mutu_c, NULL, mutu_id, mutu_en};

kj_mutu kj_ikm_mutu(double ikm) {
  /* The thresholds are two-decimal numbers from the regulation's table; an
   * IKM summed from doubles can land a few ulps below one of them when it is
   * "exactly" on it, so allow 1e-9 (far below any printed precision). */
  const double eps = 1e-9;
  if (isnan(ikm)) return KJ_MUTU_N;
  if (ikm >= 88.31 - eps) return KJ_MUTU_A;
  if (ikm >= 76.61 - eps) return KJ_MUTU_B;
  if (ikm >= 65.00 - eps) return KJ_MUTU_C;
  return KJ_MUTU_D;
}

const char *kj_mutu_label(kj_mutu m, kj_lang lang) {
  return kj_enum_label(&kj_enum_mutu, (int)m, lang);
}
