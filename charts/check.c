/* check.c — the checks every spec validator repeats, and row ordering.
 *
 * A chart must never draw a picture the numbers cannot support (a CI that
 * does not contain its mean, shares that do not add up), so each kind's
 * validator runs before any surface exists and fails with KJ_DATA and a
 * message a developer can act on. Numbers in messages use the C locale's
 * point: these messages are for the log, not for the chart.
 */
#include "charts/check.h"

#include <math.h>

int kj_nan_or_finite(double v) { return isnan(v) || isfinite(v); }

static const char *nm(const char *name) { return name && *name ? name : "?"; }

kj_status kj_check_name(kj_error *err, const char *kind, int row, const char *name) {
  if (!name || !*name) return kj_fail(err, KJ_DATA, "chart %s: row %d: no name", kind, row + 1);
  return KJ_OK;
}

kj_status kj_check_value(kj_error *err, const char *kind, int row, const char *name,
                         const char *field, double v, double lo, double hi) {
  if (!isfinite(v))
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): %s is missing (NaN) but required", kind,
                   row + 1, nm(name), field);
  if (lo < hi && (v < lo || v > hi))
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): %s = %g outside %g..%g", kind, row + 1,
                   nm(name), field, v, lo, hi);
  return KJ_OK;
}

kj_status kj_check_ci(kj_error *err, const char *kind, int row, const char *name, double mean,
                      double low, double high) {
  if (isnan(low) && isnan(high)) return KJ_OK;
  if (!isfinite(low) || !isfinite(high))
    return kj_fail(err, KJ_DATA,
                   "chart %s: row %d (%s): CI needs both bounds (ci_low %g, ci_high %g)", kind,
                   row + 1, nm(name), low, high);
  if (low > high)
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): ci_low %g > ci_high %g", kind, row + 1,
                   nm(name), low, high);
  double tol = 1e-9 * (fabs(mean) > 1 ? fabs(mean) : 1);
  if (isfinite(mean) && (mean < low - tol || mean > high + tol))
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): mean %g outside its CI %g..%g", kind,
                   row + 1, nm(name), mean, low, high);
  return KJ_OK;
}

kj_status kj_check_n(kj_error *err, const char *kind, int row, const char *name, long n) {
  if (n < 0)
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): n = %ld is negative", kind, row + 1,
                   nm(name), n);
  return KJ_OK;
}

void kj_order_rows(int n, const double *key, const unsigned char *muted, int sort, int *order) {
  int k = 0;
  for (int i = 0; i < n; i++)
    if (!muted || !muted[i]) order[k++] = i;
  /* Insertion sort: stable (ties keep spec order) and rows are few. */
  for (int i = 1; sort && key && i < k; i++) {
    int v = order[i], j = i;
    while (j > 0 && key[order[j - 1]] < key[v]) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = v;
  }
  for (int i = 0; i < n; i++)
    if (muted && muted[i]) order[k++] = i;
}
