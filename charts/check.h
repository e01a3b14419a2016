/* check.h — spec validation and row ordering shared by the kinds (internal).
 *
 * Validation messages name the chart kind, the row (1-based, as a reader of
 * the spec's table would count) and its label, the field and the value, e.g.
 * `chart peringkat: row 3 (Dinas Kesehatan): ci_low 91,2 > ci_high 88,0`.
 */
#ifndef KJ_CHARTS_CHECK_H
#define KJ_CHARTS_CHECK_H

#include "util/status.h"

/* NaN or a finite number (infinities are never legitimate). */
int kj_nan_or_finite(double v);

/* KJ_DATA when name is NULL or empty. */
kj_status kj_check_name(kj_error *err, const char *kind, int row, const char *name);
/* A required value: finite, and inside [lo, hi] when lo < hi. */
kj_status kj_check_value(kj_error *err, const char *kind, int row, const char *name,
                         const char *field, double v, double lo, double hi);
/* A 95 % CI around mean: both NaN, or both finite with low <= mean <= high. */
kj_status kj_check_ci(kj_error *err, const char *kind, int row, const char *name, double mean,
                      double low, double high);
/* n >= 0. */
kj_status kj_check_n(kj_error *err, const char *kind, int row, const char *name, long n);

/* Display order of n rows: rows with muted[i] == 0 first, sorted by key
 * descending when sort is set (ties keep spec order), then the muted rows in
 * spec order. key may be NULL when sort is 0. */
void kj_order_rows(int n, const double *key, const unsigned char *muted, int sort, int *order);

#endif
