/* stats_hc1.c — least squares with fixed effects and a heteroskedasticity-
 * robust standard error (analytics.md §13: the adjusted rating gap of a
 * group, controlling for OPD and jenis jabatan).
 *
 * The design holds a column of dummies per fixed-effect level, which is
 * easily rank-deficient (a level present in no row, or two sets of dummies
 * that add up to the same column), so the fit goes through the SVD
 * X = U S V' and its pseudo-inverse: the coefficient of interest is
 * identified exactly when its column is not in the span of the others,
 * checked by comparing the rank with and without it. With A = X^+ (the
 * p x n pseudo-inverse), row j of A gives b_j = A_j y and the HC1 variance
 * n/(n - rank) * sum_i A_ji^2 e_i^2.
 */
#include "analysis/stats.h"
#include "analysis/stats_int.h"
#include "util/xalloc.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <stdlib.h>
#include <string.h>

/* SVD of the n x p matrix a (row-major; overwritten by U); rank by the
 * usual relative tolerance. Returns -1 when GSL fails. */
static int svd(double *a, size_t n, size_t p, gsl_matrix *v, gsl_vector *s) {
  gsl_matrix_view A = gsl_matrix_view_array(a, n, p);
  gsl_vector *work = gsl_vector_alloc(p);
  int rc = gsl_linalg_SV_decomp(&A.matrix, v, s, work);
  gsl_vector_free(work);
  if (rc != GSL_SUCCESS) return -1;
  double tol = gsl_vector_get(s, 0) * (double)(n > p ? n : p) * 1e-13;
  int rank = 0;
  for (size_t k = 0; k < p; k++) rank += gsl_vector_get(s, k) > tol;
  return rank;
}

kj_status kj_ols_hc1(const double *X, const double *y, size_t n, size_t p, size_t j, kj_hc1 *out,
                     kj_error *err) {
  memset(out, 0, sizeof *out);
  out->n = n;
  out->b = out->se = out->t = out->df = out->p = KJ_NA;
  if (p == 0 || j >= p || n <= p) return KJ_OK; /* too few rows to test anything */
  for (size_t i = 0; i < n; i++) {
    if (!isfinite(y[i])) return KJ_OK;
    for (size_t c = 0; c < p; c++)
      if (!isfinite(X[i * p + c])) return KJ_OK;
  }
  kj_status rc = KJ_OK;
  double *u = xmalloc(n * p * sizeof *u), *u2 = NULL;
  memcpy(u, X, n * p * sizeof *u);
  gsl_matrix *v = gsl_matrix_alloc(p, p);
  gsl_vector *s = gsl_vector_alloc(p);
  gsl_matrix *v2 = NULL;
  gsl_vector *s2 = NULL;
  int rank = svd(u, n, p, v, s);
  if (rank < 0) goto gsl_fail;
  out->rank = rank;
  if (p > 1) { /* rank without column j */
    u2 = xmalloc(n * (p - 1) * sizeof *u2);
    for (size_t i = 0; i < n; i++)
      for (size_t c = 0, d = 0; c < p; c++)
        if (c != j) u2[i * (p - 1) + d++] = X[i * p + c];
    v2 = gsl_matrix_alloc(p - 1, p - 1);
    s2 = gsl_vector_alloc(p - 1);
    int r2 = svd(u2, n, p - 1, v2, s2);
    if (r2 < 0) goto gsl_fail;
    if (r2 == rank) goto out; /* column j adds nothing: collinear */
  } else if (rank == 0) {
    goto out;
  }
  if ((size_t)rank >= n) goto out;
  {
    /* a_i = sum_k V[j,k] / S_k U[i,k] over the kept singular values */
    double *a = xcalloc(n, sizeof *a);
    double b = 0;
    for (size_t i = 0; i < n; i++) {
      double ai = 0;
      for (size_t k = 0; k < (size_t)rank; k++)
        ai += gsl_matrix_get(v, j, k) / gsl_vector_get(s, k) * u[i * p + k];
      a[i] = ai;
      b += ai * y[i];
    }
    /* residuals need every coefficient: beta = V S^-1 U' y */
    double *beta = xcalloc(p, sizeof *beta), *uty = xcalloc(p, sizeof *uty);
    for (size_t k = 0; k < (size_t)rank; k++) {
      double t = 0;
      for (size_t i = 0; i < n; i++) t += u[i * p + k] * y[i];
      uty[k] = t / gsl_vector_get(s, k);
    }
    for (size_t c = 0; c < p; c++)
      for (size_t k = 0; k < (size_t)rank; k++) beta[c] += gsl_matrix_get(v, c, k) * uty[k];
    double meat = 0;
    for (size_t i = 0; i < n; i++) {
      double e = y[i];
      for (size_t c = 0; c < p; c++) e -= X[i * p + c] * beta[c];
      meat += a[i] * a[i] * e * e;
    }
    out->identified = 1;
    out->b = b;
    out->df = (double)(n - (size_t)rank);
    out->se = sqrt(meat * (double)n / out->df);
    if (out->se > 0) {
      out->t = b / out->se;
      out->p = kj_stats_t_p2(out->t, out->df);
    }
    free(a);
    free(beta);
    free(uty);
  }
  goto out;
gsl_fail:
  rc = kj_fail(err, KJ_INTERNAL, "singular value decomposition failed (%zu x %zu design)", n, p);
out:
  free(u);
  free(u2);
  gsl_matrix_free(v);
  gsl_vector_free(s);
  if (v2) gsl_matrix_free(v2);
  if (s2) gsl_vector_free(s2);
  return rc;
}
