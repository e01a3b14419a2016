/* bulanan_kendali.c — the control chart of monthly mean IKP per OPD and for
 * the city (analytics.md §14 "Kendali"), months P-12 .. P.
 *
 * A month is charted when it has at least min_kelompok employee-period IKP
 * values. The centre line is the mean of every employee-period IKP value of
 * the 12 months before P, and exists only when all 12 are charted ("riwayat
 * belum cukup" otherwise: no limits, no signals). The limits of month t are
 * centre ± 3 σ_t with σ_t = (MR̄ / 1.128) √(n̄ / n_t): MR̄ is the mean moving
 * range of the 12 baseline monthly means and n̄ their mean n, so the spread
 * between people, which does not move a monthly mean, stays out of the
 * limits while a month with fewer people gets wider ones. σ_t = 0 draws no
 * limits and tests no BATAS. Rule 1 (BATAS): a charted month beyond a limit.
 * Rule 2 (RUN8): P and the 7 months before it strictly on one side of the
 * centre line (a month on the line or not charted breaks the run).
 */
#include "analysis/bulanan_int.h"
#include "domain/rules.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define D2 1.128 /* d2 for moving ranges of two (Montgomery, Introduction to SQC) */

static void one(kj_bl_opd *q, const double *sum, long min_n) {
  enum { B = KJ_BL_BULAN - 1 }; /* baseline months 0..B-1, P = B */
  for (int i = 0; i < KJ_BL_BULAN; i++) {
    q->mean[i] = q->n[i] >= min_n && q->n[i] > 0 ? sum[i] / (double)q->n[i] : KJ_NA;
    q->lcl[i] = q->ucl[i] = KJ_NA;
    q->sinyal[i][0] = '\0';
  }
  q->centre = q->sigma_dasar = KJ_NA;
  q->cukup = 1;
  double s = 0, nb = 0, mr = 0;
  long n = 0;
  for (int i = 0; i < B; i++) {
    if (isnan(q->mean[i])) q->cukup = 0;
    s += sum[i];
    n += q->n[i];
    nb += (double)q->n[i];
    if (i > 0) mr += fabs(q->mean[i] - q->mean[i - 1]);
  }
  if (!q->cukup) return;
  q->centre = s / (double)n;
  q->sigma_dasar = mr / (double)(B - 1) / D2;
  nb /= B;
  for (int i = 0; i < KJ_BL_BULAN; i++) {
    if (isnan(q->mean[i]) || !(q->sigma_dasar > 0)) continue;
    double st = q->sigma_dasar * sqrt(nb / (double)q->n[i]);
    q->lcl[i] = q->centre - 3 * st;
    q->ucl[i] = q->centre + 3 * st;
    if (q->mean[i] < q->lcl[i] || q->mean[i] > q->ucl[i]) snprintf(q->sinyal[i], sizeof q->sinyal[i], "BATAS");
  }
  int above = 0, below = 0;
  for (int i = B - 7; i <= B; i++) {
    if (isnan(q->mean[i])) continue;
    above += q->mean[i] > q->centre;
    below += q->mean[i] < q->centre;
  }
  if (above == 8 || below == 8) {
    size_t l = strlen(q->sinyal[B]);
    snprintf(q->sinyal[B] + l, sizeof q->sinyal[B] - l, "%sRUN8", l ? "+" : "");
  }
}

void bl_kendali(bl_ctx *x) {
  kj_bulanan *b = x->b;
  int K = KJ_KOTA(b->r);
  double *sum = xcalloc(((size_t)K + 1) * KJ_BL_BULAN, sizeof *sum);
  for (size_t k = 0; k < x->m.n_rec; k++) {
    const an_rec *r = &x->m.recs[k];
    if (r->jenis != KJ_PER_BULANAN || r->pkey < x->month[0] || r->pkey > x->P) continue;
    int i = 0;
    while (x->month[i] != r->pkey) i++;
    double v = an_rec_ikp(r); /* skp_ganda = bulan: the days-weighted IKP */
    int o = bl_opd(x, r->unit);
    b->opd[o].n[i]++;
    b->opd[K].n[i]++;
    sum[(size_t)o * KJ_BL_BULAN + i] += v;
    sum[(size_t)K * KJ_BL_BULAN + i] += v;
  }
  for (int o = 0; o <= K; o++) {
    kj_bl_opd *q = &b->opd[o];
    for (int i = 0; i < KJ_BL_BULAN; i++) an_pkey_text(x->month[i], q->bulan[i]);
    one(q, sum + (size_t)o * KJ_BL_BULAN, b->r->params.min_kelompok);
    if (o == K) continue;
    b->n_sinyal += q->sinyal[KJ_BL_BULAN - 1][0] != '\0';
    b->n_riwayat_kurang += !q->cukup;
    b->n_berbatas += q->cukup && q->sigma_dasar > 0;
  }
  free(sum);
  b->sinyal_kebetulan = b->n_berbatas * KJ_BL_P_KEBETULAN;
}
