/* curve_int.h — the integer program behind kj_curve_check, shared between
 * curve.c (rules) and curve_solve.c (solver); not part of the module's
 * interface (callers use curve.h). */
#ifndef KJ_ANALYSIS_CURVE_INT_H
#define KJ_ANALYSIS_CURVE_INT_H

#include "analysis/curve.h"

/* Largest total the solver accepts; its floating tolerances are justified
 * for counts far beyond this (see curve_solve.c). */
#define KJ_CURVE_MAX_N 10000000L

/* lo <= sum of x_i over set <= hi. */
typedef struct kj_curve_bound {
  unsigned set; /* bits of kj_predikat */
  long lo, hi;
} kj_curve_bound;

/* Minimum of sum_i max(0, x_i - c_i) (= 1/2 sum |x - c| as totals agree) over
 * integer x >= 0 with sum x = sum c and every bound b[0..m) holding.
 * *min_changes gets the minimum and target an optimal x, or -1 (and target
 * all -1) when no x exists. KJ_INTERNAL (err) only if the search exceeds its
 * node budget or the LP misbehaves numerically, both of which would be bugs. */
kj_status kj_curve_solve(const long c[KJ_PREDIKAT_N], const kj_curve_bound *b, int m,
                         long *min_changes, long target[KJ_PREDIKAT_N], kj_error *err);

#endif
