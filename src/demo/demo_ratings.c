/* demo_ratings.c — OPD habits and the monthly appraisal results.
 *
 * A rating is a threshold on a latent score, one for hasil kerja and one for
 * perilaku kerja:
 *
 *   z = 0.55 * trait + shift + 0.45 * month + 0.55 * noise
 *
 * where trait is the employee's ability (hasil kerja) or behaviour (perilaku;
 * correlated 0.5 with ability), month is a shock shared by both ratings of
 * the month (the evaluator's overall impression), and shift adds the OPD's
 * small habit, the evaluator's leniency and the planted effects (inflated
 * OPD, declining OPD, lenient evaluator, the unit with high ratings, PPPK
 * staff rated lower). With --no-effects the habits, the leniency and every
 * planted shift are 0, so all ratings come from one distribution. z above
 * HI is DI_ATAS, below LO DI_BAWAH, otherwise SESUAI; the matrix then gives
 * mostly BAIK, about a fifth SANGAT_BAIK and a few below (e-Kinerja practice).
 *
 * Every random number of a month is drawn whether or not it is used, so
 * the months of an employee stay aligned when a parameter changes.
 */
#include "demo/demo_internal.h"
#include "util/xalloc.h"

#include <string.h>

#define RATE_HI 0.42    /* latent threshold of DI_ATAS */
#define RATE_LO (-1.75) /* latent threshold of DI_BAWAH */

int demo_year_of(const demo_city *c, int t) { return c->o->from_year + t / 12; }
int demo_month_of(int t) { return t % 12 + 1; }

int demo_unit_at(const demo_city *c, long i, int t) {
  const demo_emp *e = &c->emp[i];
  return e->unit0 >= 0 && t < c->merge_month ? e->unit0 : e->unit;
}

int demo_sup_at(const demo_city *c, long i, int t) {
  const demo_emp *e = &c->emp[i];
  return e->unit0 >= 0 && t < c->merge_month ? e->sup0 : e->sup;
}

int64_t demo_sup_nip_at(const demo_city *c, long i, int t) {
  int s = demo_sup_at(c, i, t);
  return s >= 0 ? c->emp[s].nip : c->emp[i].sup_ext;
}

static int rating_of(double z) {
  return z > RATE_HI ? KJ_DI_ATAS : z < RATE_LO ? KJ_DI_BAWAH : KJ_SESUAI;
}

/* The per-OPD habits, from one stream entity per OPD. */
static void opd_params(demo_city *c, double *miss) {
  for (int o = 0; o < c->nunits; o++) {
    if (c->units[o].parent >= 0) continue;
    demo_reseed(c->rng, c->o->seed, DS_OPD, o);
    c->opd_eff[o] = demo_norm(c->rng, 0.025);
    c->opd_late[o] = 0.03 + 0.17 * demo_unif(c->rng);
    c->opd_fb[o] = 1.0 + 2.5 * demo_unif(c->rng);
    miss[o] = 0.003 + 0.02 * demo_unif(c->rng);
    for (int v = 0; v < KJ_NILAI_N; v++) c->opd_val[o * KJ_NILAI_N + v] = demo_norm(c->rng, 0.02);
    if (c->o->no_effects) { /* drawn above all the same: the other habits keep their numbers */
      c->opd_eff[o] = 0;
      for (int v = 0; v < KJ_NILAI_N; v++) c->opd_val[o * KJ_NILAI_N + v] = 0;
      continue;
    }
    if (strcmp(c->units[o].code, DEMO_OPD_PELAYANAN) == 0)
      c->opd_val[o * KJ_NILAI_N + KJ_BERORIENTASI_PELAYANAN] += DEMO_EFF_PELAYANAN;
    if (strcmp(c->units[o].code, DEMO_OPD_ADAPTIF) == 0)
      c->opd_val[o * KJ_NILAI_N + KJ_ADAPTIF] += DEMO_EFF_ADAPTIF;
  }
}

/* Planted shifts of the rating latent for a record of unit u in month t. */
static double planted_shift(const demo_city *c, long i, int u, int t, int inflasi, int tren,
                            int skm) {
  int o = c->units[u].opd;
  double s = 0;
  if (c->o->no_effects) return 0;
  if (c->emp[i].jp == KJ_PPPK) s += DEMO_EFF_PPPK;
  if (o == inflasi) s += DEMO_EFF_INFLASI;
  if (u == skm) s += DEMO_EFF_SKM_IKP;
  if (o == tren) {
    double f = c->months > 1 ? (double)t / (c->months - 1) : 0;
    s += DEMO_EFF_TREN_START + (DEMO_EFF_TREN_END - DEMO_EFF_TREN_START) * f;
  }
  return s;
}

void demo_build_ratings(demo_city *c) {
  size_t nu = (size_t)c->nunits, em = (size_t)c->nemp * (size_t)c->months;
  c->opd_eff = xcalloc(nu, sizeof *c->opd_eff);
  c->opd_late = xcalloc(nu, sizeof *c->opd_late);
  c->opd_fb = xcalloc(nu, sizeof *c->opd_fb);
  c->opd_val = xcalloc(nu * KJ_NILAI_N, sizeof *c->opd_val);
  c->rate = xcalloc(em, 1);
  c->lag = xcalloc(em, 1);
  c->pflag = xcalloc(em, 1);
  double *miss = xcalloc(nu, sizeof *miss);
  opd_params(c, miss);
  int inflasi = demo_unit_find(c, DEMO_OPD_INFLASI), tren = demo_unit_find(c, DEMO_OPD_TREN);
  int skm = demo_unit_find(c, DEMO_UNIT_SKM);
  for (long i = 0; i < c->nemp; i++) {
    const demo_emp *e = &c->emp[i];
    demo_reseed(c->rng, c->o->seed, DS_RATINGS, i);
    for (int t = 0; t < c->months; t++) {
      double u_miss = demo_unif(c->rng), shock = demo_norm(c->rng, 1.0);
      double e1 = demo_norm(c->rng, 1.0), e2 = demo_norm(c->rng, 1.0);
      double u_late = demo_unif(c->rng), u_pf = demo_unif(c->rng);
      int lag_ok = demo_int(c->rng, 1, 5), lag_late = demo_int(c->rng, 6, 40);
      if (t < e->start || t >= e->end) continue;
      int u = demo_unit_at(c, i, t), o = c->units[u].opd, sup = demo_sup_at(c, i, t);
      /* The newest month is not rated by everyone yet when data are pulled. */
      double p_miss = miss[o] + (t == c->months - 1 ? 0.08 : 0.0);
      if (u_miss < p_miss) continue;
      double shift = c->opd_eff[o] + (sup >= 0 ? c->emp[sup].leniency : 0.0) +
                     planted_shift(c, i, u, t, inflasi, tren, skm);
      double zh = 0.55 * e->a + shift + 0.45 * shock + 0.55 * e1;
      double zp = 0.55 * e->b + shift + 0.45 * shock + 0.55 * e2;
      size_t k = (size_t)i * (size_t)c->months + (size_t)t;
      c->rate[k] = (uint8_t)(1 + rating_of(zh) * 3 + rating_of(zp));
      c->lag[k] = (uint8_t)(u_late < c->opd_late[o] ? lag_late : lag_ok);
      c->pflag[k] = u_pf < 0.03 ? 1 : u_pf > 1.0 - 1e-4 ? 2 : 0;
    }
  }
  free(miss);
}
