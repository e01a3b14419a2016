/* study_int.h — shared between src/analysis/study*.c only; callers use
 * study.h. */
#ifndef KJ_ANALYSIS_STUDY_INT_H
#define KJ_ANALYSIS_STUDY_INT_H

#include "analysis/study.h"

/* Builds s->opd, s->unit and their series from the years' runs and the
 * engine's unit crosswalk (study_seri.c). */
kj_status study_seri(kj_study *s, kj_error *err);

/* Describes the finite values x[0..n) into d and blanks every figure but n
 * when n < min (the min_kelompok rule of analysis.h). */
void study_describe(const double *x, size_t n, long min, kj_desc *d);

#endif
