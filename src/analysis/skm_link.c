/* skm_link.c — analytics.md §6 linkage: for each unit with its own SKM
 * respondents and enough appraised staff, its IKM against its staff's mean
 * IKP; the association across units with its influence diagnostics; and the
 * "penilaian tinggi, kepuasan rendah" flag.
 *
 * A unit-level correlation over a few dozen units can be made by one unit,
 * so besides Pearson r (Fisher-z CI) and Spearman rho the association gets
 * leave-one-out correlations and Cook's distances, and a status that says
 * when one unit decides it (kj_asosiasi_status). The flag is a claim about
 * one unit: z-scores alone (IKP z >= +1, IKM z <= -1) only mark it "perlu
 * dicermati"; it is flagged when both gaps are real too — its respondents'
 * IKM_j against every other respondent of the city and its employees' IKP
 * against every other employee (Welch), the 2n p-values of Y adjusted
 * together with Benjamini-Hochberg.
 */
#include "analysis/engine_int.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static double zscore(double v, const kj_desc *d) {
  return isfinite(d->sd) && d->sd > 0 ? (v - d->mean) / d->sd : KJ_NA;
}

/* Respondent-level IKM_j on the scale of the reported IKM (as skm.c). */
static double resp_ikm(const an_resp *x, double w) {
  double ans[KJ_SKM_UNSUR];
  int all = 1;
  for (int u = 0; u < KJ_SKM_UNSUR; u++) {
    ans[u] = x->u[u] ? x->u[u] : KJ_NA;
    all &= x->u[u] != 0;
  }
  return all ? kj_ikm(ans, KJ_SKM_UNSUR, w)
             : kj_ikm_respondent(ans, KJ_SKM_UNSUR) * KJ_SKM_UNSUR * w;
}

/* Welch of the values whose group is g against all other finite values. */
static void vs_rest(const double *v, const int32_t *grp, size_t n, int32_t g, int32_t g2,
                    double *diff, double *p) {
  kj_moments in, rest;
  double si = 0, sr = 0;
  size_t ni = 0, nr = 0;
  for (size_t i = 0; i < n; i++) {
    if (!isfinite(v[i])) continue;
    if (grp[i] == g || (g2 >= 0 && grp[2 * n + i] == g2)) si += v[i], ni++;
    else sr += v[i], nr++;
  }
  double mi = ni ? si / (double)ni : KJ_NA, mr = nr ? sr / (double)nr : KJ_NA, qi = 0, qr = 0;
  for (size_t i = 0; i < n; i++) {
    if (!isfinite(v[i])) continue;
    if (grp[i] == g || (g2 >= 0 && grp[2 * n + i] == g2)) qi += (v[i] - mi) * (v[i] - mi);
    else qr += (v[i] - mr) * (v[i] - mr);
  }
  in = (kj_moments){ni, mi, ni > 1 ? qi / (double)(ni - 1) : KJ_NA};
  rest = (kj_moments){nr, mr, nr > 1 ? qr / (double)(nr - 1) : KJ_NA};
  kj_ttest t;
  kj_welch_moments(&in, &rest, &t);
  *diff = t.diff;
  *p = isfinite(t.p) ? t.p : KJ_NA;
}

/* The real-gap tests of every linked unit, one BH family. */
static kj_status gaps(an_model *m, kj_error *err) {
  kj_analysis *r = m->r;
  size_t nl = r->n_skm_ikp, nr = m->n_resp, ne = r->n_pegawai;
  double *ikm = xcalloc(nr + 1, sizeof *ikm), *ikp = xcalloc(ne + 1, sizeof *ikp);
  int32_t *gr = xcalloc(3 * nr + 1, sizeof *gr), *ge = xcalloc(3 * ne + 1, sizeof *ge);
  for (size_t j = 0; j < nr; j++) {
    ikm[j] = resp_ikm(&m->resp[j], m->p->skm_bobot);
    gr[j] = m->resp[j].unit;
    gr[2 * nr + j] = -1;
  }
  for (size_t i = 0; i < ne; i++) {
    ikp[i] = r->pegawai[i].ukuran[KJ_UK_IKP];
    ge[i] = r->pegawai[i].unit;
    ge[2 * ne + i] = r->pegawai[i].opd; /* an OPD-level unit stands for its whole OPD */
  }
  double *p = xcalloc(2 * nl + 1, sizeof *p);
  for (size_t i = 0; i < nl; i++) {
    kj_skm_ikp *k = &r->skm_ikp[i];
    int u = k->unit, opd = r->unit[u].opd;
    int whole = r->opd[opd].unit == u ? opd : -1;
    vs_rest(ikm, gr, nr, u, -1, &k->selisih_ikm, &k->p_ikm);
    vs_rest(ikp, ge, ne, u, whole, &k->selisih_ikp, &k->p_ikp);
    p[2 * i] = k->p_ikm;
    p[2 * i + 1] = k->p_ikp;
  }
  kj_status rc = kj_bh(p, 2 * nl, p, err);
  for (size_t i = 0; rc == KJ_OK && i < nl; i++) {
    kj_skm_ikp *k = &r->skm_ikp[i];
    k->q_ikm = p[2 * i];
    k->q_ikp = p[2 * i + 1];
    int z = isfinite(k->z_ikm) && isfinite(k->z_ikp) && k->z_ikp >= 1 && k->z_ikm <= -1;
    int real = isfinite(k->q_ikm) && isfinite(k->q_ikp) && k->q_ikm < r->params.alpha &&
               k->q_ikp < r->params.alpha && k->selisih_ikm < 0 && k->selisih_ikp > 0;
    k->flag = z && real ? KJ_SKMF_TINGGI_RENDAH : z ? KJ_SKMF_DICERMATI : KJ_SKMF_NONE;
  }
  free(p);
  free(ikm);
  free(ikp);
  free(gr);
  free(ge);
  return rc;
}

/* Pearson, Spearman, leave-one-out and the status of analytics.md §6. */
static void association(kj_analysis *r, const double *x, const double *y) {
  size_t n = r->n_skm_ikp;
  kj_corr pe, sp;
  kj_pearson(x, y, n, &pe);
  kj_spearman(x, y, n, &sp);
  kj_asosiasi *a = &r->asosiasi[r->n_asosiasi++];
  memset(a, 0, sizeof *a);
  a->nama = "skm_ikm_ikp";
  a->metode = "pearson";
  a->n = (long)pe.n;
  a->selisih = KJ_NA;
  a->r = pe.r;
  a->ci_low = pe.ci_low;
  a->ci_high = pe.ci_high;
  a->p = pe.p;
  a->rho = sp.r;
  a->rho_p = sp.p;
  a->r_tanpa_min = a->r_tanpa_max = KJ_NA;
  a->unit_berpengaruh = -1;
  double *rl = xcalloc(n + 1, sizeof *rl), *pl = xcalloc(n + 1, sizeof *pl);
  double *cook = xcalloc(n + 1, sizeof *cook);
  kj_influence(y, x, n, rl, pl, cook); /* x = IKP, y = IKM: the scatter's regression */
  int flips = 0, weak = 0;
  double most = -1;
  for (size_t i = 0; i < n; i++) {
    r->skm_ikp[i].cook_d = cook[i];
    if (!isfinite(rl[i]) || !isfinite(pe.r)) continue;
    if (!isfinite(a->r_tanpa_min) || rl[i] < a->r_tanpa_min) a->r_tanpa_min = rl[i];
    if (!isfinite(a->r_tanpa_max) || rl[i] > a->r_tanpa_max) a->r_tanpa_max = rl[i];
    if (fabs(rl[i] - pe.r) > most) most = fabs(rl[i] - pe.r), a->unit_berpengaruh = r->skm_ikp[i].unit;
    flips |= (rl[i] > 0) != (pe.r > 0) || rl[i] == 0;
    weak |= !(pl[i] < r->params.alpha);
  }
  double alpha = r->params.alpha;
  a->status = n < 5 || !isfinite(pe.r) ? KJ_AS_TCD
              : !(pe.p < alpha)        ? KJ_AS_TIDAK_NYATA
              : flips || weak || !(sp.p < alpha) ? KJ_AS_SATU_UNIT
                                                 : KJ_AS_NYATA;
  if (a->status == KJ_AS_TCD) {
    a->r = a->ci_low = a->ci_high = a->p = a->rho = a->rho_p = KJ_NA;
    a->r_tanpa_min = a->r_tanpa_max = KJ_NA;
  }
  free(rl);
  free(pl);
  free(cook);
}

kj_status an_skm_link(an_model *m, kj_error *err) {
  kj_analysis *r = m->r;
  double *sum = xcalloc((size_t)r->n_unit + 1, sizeof *sum);
  long *cnt = xcalloc((size_t)r->n_unit + 1, sizeof *cnt);
  for (size_t i = 0; i < r->n_pegawai; i++) {
    double v = r->pegawai[i].ukuran[KJ_UK_IKP];
    if (!isfinite(v)) continue;
    sum[r->pegawai[i].unit] += v, cnt[r->pegawai[i].unit]++;
    int ou = r->opd[r->pegawai[i].opd].unit;
    if (ou != r->pegawai[i].unit) sum[ou] += v, cnt[ou]++;
  }
  r->skm_ikp = xcalloc(r->n_skm_unit + 1, sizeof *r->skm_ikp);
  double *x = xcalloc(r->n_skm_unit + 1, sizeof *x), *y = xcalloc(r->n_skm_unit + 1, sizeof *y);
  for (size_t i = 0; i < r->n_skm_unit; i++) {
    const kj_skm *s = &r->skm_unit[i];
    if (!isfinite(s->ikm) || cnt[s->unit] < r->params.min_kelompok) continue;
    kj_skm_ikp *k = &r->skm_ikp[r->n_skm_ikp];
    k->unit = s->unit;
    k->n_pegawai = cnt[s->unit];
    k->ikm = x[r->n_skm_ikp] = s->ikm;
    k->ikp = y[r->n_skm_ikp] = sum[s->unit] / (double)cnt[s->unit];
    r->n_skm_ikp++;
  }
  kj_desc dx, dy;
  kj_describe(x, r->n_skm_ikp, &dx);
  kj_describe(y, r->n_skm_ikp, &dy);
  for (size_t i = 0; i < r->n_skm_ikp; i++) {
    kj_skm_ikp *k = &r->skm_ikp[i];
    k->z_ikm = zscore(k->ikm, &dx);
    k->z_ikp = zscore(k->ikp, &dy);
  }
  kj_skm_garis *g = &r->skm_garis;
  kj_ols_fit(y, x, r->n_skm_ikp, &g->fit); /* IKM = a + b IKP */
  g->mean_ikm = dx.mean;
  g->sd_ikm = dx.sd;
  g->mean_ikp = dy.mean;
  g->sd_ikp = dy.sd;
  association(r, x, y);
  kj_status rc = gaps(m, err);
  free(x);
  free(y);
  free(sum);
  free(cnt);
  return rc;
}
