/* ranking.c — analytics.md §2: the IKP ranking of OPD with its
 * uncertainty. A league table invites over-reading (Goldstein &
 * Spiegelhalter 1996): rank 3 and rank 11 are often indistinguishable. So
 * every ranked OPD gets, besides its rank, a 95 % rank interval from a
 * parametric bootstrap — every OPD's mean drawn from N(mean, se^2), ranked,
 * B = 10,000 times (gsl_rng_mt19937 seeded with the `seed` parameter, OPD in
 * code order, gsl_ran_gaussian) — and its empirical-Bayes shrunken mean.
 *
 * The shrinkage weights floor se_i^2 at s^2_pooled / n_i, so an OPD whose
 * members all share one predikat (sd 0) keeps a finite weight; the floor is
 * for the pooling only: the draws and the exported se are the plain ones.
 */
#include "analysis/engine_int.h"
#include "util/xalloc.h"

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <stdlib.h>

#define RANK_B 10000

/* Ranks of v[0..k) with ties sharing the best rank (1, 2, 2, 4), highest first. */
static void rank_desc(const double *v, int k, int *out) {
  for (int i = 0; i < k; i++) {
    int above = 0;
    for (int j = 0; j < k; j++) above += v[j] > v[i];
    out[i] = above + 1;
  }
}

void an_ranking(an_model *m) {
  kj_analysis *r = m->r;
  r->rank = xcalloc((size_t)r->n_opd + 1, sizeof *r->rank);
  r->rank_tau2 = KJ_NA;
  for (int o = 0; o <= r->n_opd; o++) r->rank[o].mean_susut = KJ_NA;
  int k = 0, *ix = xcalloc((size_t)r->n_opd + 1, sizeof *ix);
  for (int o = 0; o < r->n_opd; o++) /* code order: the draw order of the spec */
    if (isfinite(r->stat[o].ukuran[KJ_UK_IKP].mean)) ix[k++] = o;
  if (k == 0) {
    free(ix);
    return;
  }
  double *y = xcalloc((size_t)k, sizeof *y), *se = xcalloc((size_t)k, sizeof *se);
  double *v = xcalloc((size_t)k, sizeof *v), *shr = xcalloc((size_t)k, sizeof *shr);
  int *rk = xcalloc((size_t)k, sizeof *rk);
  double ss = 0, dfs = 0;
  for (int i = 0; i < k; i++) {
    const kj_desc *d = &r->stat[ix[i]].ukuran[KJ_UK_IKP];
    y[i] = d->mean;
    se[i] = isfinite(d->se) ? d->se : 0;
    if (d->n > 1 && isfinite(d->sd)) ss += (double)(d->n - 1) * d->sd * d->sd, dfs += (double)(d->n - 1);
  }
  double s2 = dfs > 0 ? ss / dfs : 0;
  for (int i = 0; i < k; i++) {
    double fl = s2 / (double)r->stat[ix[i]].ukuran[KJ_UK_IKP].n;
    v[i] = fmax(se[i] * se[i], fl);
  }
  kj_dl dl;
  kj_dersimonian_laird(y, v, (size_t)k, &dl, shr);
  r->rank_tau2 = dl.tau2;
  rank_desc(y, k, rk);
  for (int i = 0; i < k; i++) {
    r->rank[ix[i]].peringkat = rk[i];
    r->rank[ix[i]].mean_susut = k >= 2 ? shr[i] : y[i];
  }
  /* the bootstrap: ranks of every draw, per OPD */
  double *draw = xcalloc((size_t)k, sizeof *draw);
  double *ranks = xcalloc((size_t)k * RANK_B, sizeof *ranks);
  gsl_rng *g = gsl_rng_alloc(gsl_rng_mt19937);
  gsl_rng_set(g, r->params.seed);
  for (int b = 0; b < RANK_B; b++) {
    for (int i = 0; i < k; i++) draw[i] = y[i] + gsl_ran_gaussian(g, se[i]);
    rank_desc(draw, k, rk);
    for (int i = 0; i < k; i++) ranks[(size_t)i * RANK_B + (size_t)b] = rk[i];
  }
  gsl_rng_free(g);
  for (int i = 0; i < k; i++) {
    double *ri = &ranks[(size_t)i * RANK_B];
    gsl_sort(ri, 1, RANK_B);
    /* type-7 quantiles, rounded outward to whole ranks */
    r->rank[ix[i]].bawah = (int)floor(gsl_stats_quantile_from_sorted_data(ri, 1, RANK_B, 0.025));
    r->rank[ix[i]].atas = (int)ceil(gsl_stats_quantile_from_sorted_data(ri, 1, RANK_B, 0.975));
  }
  free(draw);
  free(ranks);
  free(y);
  free(se);
  free(v);
  free(shr);
  free(rk);
  free(ix);
}
