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
 * n/(n - rank) * sum_i A_ji^2 e_i^2. The fit runs on the cells of identical
 * design rows (below), so its cost follows the number of cells, not of
 * employees.
 */
#include "analysis/stats.h"
#include "analysis/stats_int.h"
#include "util/xalloc.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <stdlib.h>
#include <string.h>

/* SVD of the n x p matrix a (row-major; overwritten by U); rank by the
 * usual relative tolerance for a design of n_tol rows. Returns -1 when GSL
 * fails. The modified
 * Golub-Reinsch variant first reduces the tall design to p x p by a QR
 * decomposition: the same factors, several times faster when n >> p (tens of
 * thousands of employee-years against a few dozen dummies). */
static int svd(double *a, size_t n, size_t p, size_t n_tol, gsl_matrix *v, gsl_vector *s) {
  gsl_matrix_view A = gsl_matrix_view_array(a, n, p);
  gsl_vector *work = gsl_vector_alloc(p);
  gsl_matrix *x = gsl_matrix_alloc(p, p);
  int rc = gsl_linalg_SV_decomp_mod(&A.matrix, x, v, s, work);
  gsl_matrix_free(x);
  gsl_vector_free(work);
  if (rc != GSL_SUCCESS) return -1;
  double tol = gsl_vector_get(s, 0) * (double)(n_tol > p ? n_tol : p) * 1e-13;
  int rank = 0;
  for (size_t k = 0; k < p; k++) rank += gsl_vector_get(s, k) > tol;
  return rank;
}

/* ---- rows with the same design ------------------------------------------ */

/* A design of dummies has few distinct rows (OPD x group x jabatan), however
 * many employees: the fit depends on the rows only through the cells of
 * identical rows, so it runs on one row per cell, scaled by the square root
 * of its count (the same X'X and X'y, so the same coefficients, rank and
 * pseudo-inverse). The HC1 meat sums a_i^2 e_i^2 over a cell whose a_i is
 * one number, so the cell needs only its sum of squared residuals. */
typedef struct hc1_ctx {
  const double *X;
  size_t p;
} hc1_ctx;

/* qsort has no context argument: set just before the sort, one per thread */
static _Thread_local hc1_ctx sort_ctx;

static int cmp_rows(const void *a, const void *b) {
  size_t i = *(const size_t *)a, k = *(const size_t *)b;
  int c = memcmp(sort_ctx.X + i * sort_ctx.p, sort_ctx.X + k * sort_ctx.p,
                 sort_ctx.p * sizeof *sort_ctx.X);
  return c ? c : (i > k) - (i < k); /* ties in row order: the same cells every run */
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
  /* the cells: rows in design order, cell[c] starts at first[c] */
  size_t *ord = xmalloc(n * sizeof *ord), *first = xmalloc((n + 1) * sizeof *first), m = 0;
  for (size_t i = 0; i < n; i++) ord[i] = i;
  sort_ctx = (hc1_ctx){X, p};
  qsort(ord, n, sizeof *ord, cmp_rows);
  for (size_t i = 0; i < n; i++)
    if (i == 0 || memcmp(X + ord[i] * p, X + ord[i - 1] * p, p * sizeof *X) != 0) first[m++] = i;
  first[m] = n;
  kj_status rc = KJ_OK;
  double *u = xmalloc(m * p * sizeof *u), *u2 = NULL, *w = xmalloc(m * sizeof *w);
  double *ybar = xcalloc(m, sizeof *ybar);
  for (size_t c = 0; c < m; c++) {
    size_t cnt = first[c + 1] - first[c];
    w[c] = sqrt((double)cnt);
    for (size_t q = first[c]; q < first[c + 1]; q++) ybar[c] += y[ord[q]];
    ybar[c] /= (double)cnt;
    for (size_t k = 0; k < p; k++) u[c * p + k] = w[c] * X[ord[first[c]] * p + k];
  }
  gsl_matrix *v = gsl_matrix_alloc(p, p);
  gsl_vector *s = gsl_vector_alloc(p);
  gsl_matrix *v2 = NULL;
  gsl_vector *s2 = NULL;
  size_t rows = m < p ? p : m; /* GSL's SVD needs rows >= columns: pad with zero rows */
  if (rows > m) {
    u = xrealloc(u, rows * p * sizeof *u);
    memset(u + m * p, 0, (rows - m) * p * sizeof *u);
  }
  int rank = svd(u, rows, p, n, v, s);
  if (rank < 0) goto gsl_fail;
  out->rank = rank;
  if (p > 1) { /* rank without column j */
    u2 = xcalloc(rows * (p - 1), sizeof *u2);
    for (size_t c = 0; c < m; c++)
      for (size_t k = 0, d = 0; k < p; k++)
        if (k != j) u2[c * (p - 1) + d++] = w[c] * X[ord[first[c]] * p + k];
    v2 = gsl_matrix_alloc(p - 1, p - 1);
    s2 = gsl_vector_alloc(p - 1);
    int r2 = svd(u2, rows, p - 1, n, v2, s2);
    if (r2 < 0) goto gsl_fail;
    if (r2 == rank) goto out; /* column j adds nothing: collinear */
  } else if (rank == 0) {
    goto out;
  }
  if ((size_t)rank >= n) goto out;
  {
    /* beta = V S^-1 U' ytilde with ytilde_c = w_c ybar_c (the pseudo-inverse of the cell design) */
    double *beta = xcalloc(p, sizeof *beta), *uty = xcalloc(p, sizeof *uty);
    for (size_t k = 0; k < (size_t)rank; k++) {
      double t = 0;
      for (size_t c = 0; c < m; c++) t += u[c * p + k] * w[c] * ybar[c];
      uty[k] = t / gsl_vector_get(s, k);
    }
    for (size_t c = 0; c < p; c++)
      for (size_t k = 0; k < (size_t)rank; k++) beta[c] += gsl_matrix_get(v, c, k) * uty[k];
    /* a row of the cell c has a = sum_k V[j,k] / S_k * U[c,k] / w_c */
    double meat = 0;
    for (size_t c = 0; c < m; c++) {
      double a = 0;
      for (size_t k = 0; k < (size_t)rank; k++)
        a += gsl_matrix_get(v, j, k) / gsl_vector_get(s, k) * u[c * p + k];
      a /= w[c];
      double fit = 0, sse = 0;
      for (size_t k = 0; k < p; k++) fit += X[ord[first[c]] * p + k] * beta[k];
      for (size_t q = first[c]; q < first[c + 1]; q++) {
        double e = y[ord[q]] - fit;
        sse += e * e;
      }
      meat += a * a * sse;
    }
    out->identified = 1;
    out->b = beta[j];
    out->df = (double)(n - (size_t)rank);
    out->se = sqrt(meat * (double)n / out->df);
    if (out->se > 0) {
      out->t = out->b / out->se;
      out->p = kj_stats_t_p2(out->t, out->df);
    }
    free(beta);
    free(uty);
  }
  goto out;
gsl_fail:
  rc = kj_fail(err, KJ_INTERNAL, "singular value decomposition failed (%zu x %zu design)", n, p);
out:
  free(ord);
  free(first);
  free(u);
  free(u2);
  free(w);
  free(ybar);
  gsl_matrix_free(v);
  gsl_vector_free(s);
  if (v2) gsl_matrix_free(v2);
  if (s2) gsl_vector_free(s2);
  return rc;
}
