/* rules.h — the appraisal rules of PermenPAN-RB 6/2022 and PerBKN 3/2023.
 *
 * The predikat matrix (analytics.md §1.1) and the angka-kredit conversion
 * used as IKP (§1.2; a conversion, not a regulation score).
 */
#ifndef KJ_RULES_H
#define KJ_RULES_H

#include "domain/enums.h"

/* Predikat from the ratings of hasil kerja (rows) and perilaku (columns). */
kj_predikat kj_predikat_matrix(kj_rating hasil_kerja, kj_rating perilaku);

/* IKP points of a predikat: 150, 100, 75, 50, 25. */
double kj_ikp_points(kj_predikat p);

#endif
