/* stats_int.h — helpers shared by the stats*.c files of src/analysis; not
 * part of the module's interface (callers use stats.h). */
#ifndef KJ_ANALYSIS_STATS_INT_H
#define KJ_ANALYSIS_STATS_INT_H

#include <stddef.h>

/* Copies the finite values of x[0..n) to out (room for n) and returns how
 * many there were. */
size_t kj_stats_finite(const double *x, size_t n, double *out);

/* Copies the pairs where both x[i] and y[i] are finite to ox/oy (room for n
 * each) and returns how many there were. */
size_t kj_stats_finite_pairs(const double *x, const double *y, size_t n, double *ox, double *oy);

/* t(0.975, df): the multiplier of a two-sided 95 % t interval; NA unless df > 0. */
double kj_stats_t975(double df);

/* Two-sided p-value of a t statistic with df degrees of freedom, in [0, 1];
 * 0 for an infinite t; NA when t or df is NA or df <= 0. */
double kj_stats_t_p2(double t, double df);

/* 1 when all n values equal the first (n >= 1). */
int kj_stats_constant(const double *x, size_t n);

#endif
