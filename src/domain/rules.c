/* rules.c — the PermenPAN-RB 6/2022 predikat matrix and the PerBKN 3/2023
 * angka-kredit percentages. */
#include "domain/rules.h"

kj_predikat kj_predikat_matrix(kj_rating hasil, kj_rating perilaku) {
  /* rows: hasil kerja DI_ATAS, SESUAI, DI_BAWAH; columns: perilaku in the
   * same order (kj_rating's order), i.e. the table of analytics.md §1.1 read
   * with its columns reversed. */
  static const kj_predikat m[KJ_RATING_N][KJ_RATING_N] = {
      /* DI_ATAS */ {KJ_SANGAT_BAIK, KJ_BAIK, KJ_KURANG},
      /* SESUAI  */ {KJ_BAIK, KJ_BAIK, KJ_KURANG},
      /* DI_BAWAH*/ {KJ_BUTUH_PERBAIKAN, KJ_BUTUH_PERBAIKAN, KJ_SANGAT_KURANG},
  };
  return m[hasil][perilaku];
}

double kj_ikp_points(kj_predikat p) {
  static const double pts[KJ_PREDIKAT_N] = {150, 100, 75, 50, 25};
  return p < KJ_PREDIKAT_N ? pts[p] : 0;
}
