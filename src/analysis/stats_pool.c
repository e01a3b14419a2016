/* stats_pool.c — random-effects pooling of group means (analytics.md §2):
 * the DerSimonian-Laird between-group variance and the empirical-Bayes
 * shrunken means that the OPD ranking shows beside the raw means.
 *
 * A small OPD's mean is noisy; shrinking it toward the city's
 * random-effects mean by tau2/(tau2 + se^2) says how much of its distance
 * from the others is likely real. The moment estimator is closed-form, so
 * no iteration can fail to converge.
 */
#include "analysis/stats.h"

void kj_dersimonian_laird(const double *y, const double *v, size_t n, kj_dl *out,
                          double *shrunk) {
  out->k = 0;
  out->q = out->tau2 = out->mu = KJ_NA;
  double sw = 0, sw2 = 0, swy = 0;
  for (size_t i = 0; i < n; i++) {
    if (shrunk) shrunk[i] = KJ_NA;
    if (!isfinite(y[i]) || !isfinite(v[i]) || !(v[i] > 0)) continue;
    double w = 1.0 / v[i];
    sw += w, sw2 += w * w, swy += w * y[i];
    out->k++;
  }
  if (out->k < 2) return;
  double ybar = swy / sw, q = 0;
  for (size_t i = 0; i < n; i++)
    if (isfinite(y[i]) && isfinite(v[i]) && v[i] > 0) q += (y[i] - ybar) * (y[i] - ybar) / v[i];
  double c = sw - sw2 / sw;
  out->q = q;
  out->tau2 = c > 0 ? fmax(0.0, (q - (double)(out->k - 1)) / c) : 0.0;
  double a = 0, b = 0;
  for (size_t i = 0; i < n; i++)
    if (isfinite(y[i]) && isfinite(v[i]) && v[i] > 0) {
      a += y[i] / (out->tau2 + v[i]);
      b += 1.0 / (out->tau2 + v[i]);
    }
  out->mu = a / b;
  if (!shrunk) return;
  for (size_t i = 0; i < n; i++)
    if (isfinite(y[i]) && isfinite(v[i]) && v[i] > 0)
      shrunk[i] = out->mu + out->tau2 / (out->tau2 + v[i]) * (y[i] - out->mu);
}
