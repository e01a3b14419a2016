/* test_analysis_claims.c — the statistics behind "every flag is a claim
 * that holds" (issue 11): the Newey-West trend SE with its floor (§4), OLS
 * with fixed effects and an HC1 SE (§13), DerSimonian-Laird pooling (§2),
 * the Monte Carlo chi-square p (§5) and leave-one-out influence (§6).
 *
 * Expected values come from tests/ref/claims_ref.py (statsmodels 0.13.5,
 * scipy 1.10.1; repr() of each figure); the command is beside each value.
 */
/* cmocka.h needs these first (a separate block, so include sorting keeps it) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <math.h>
#include <string.h>

#include "analysis/stats.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static void near_(double got, double want, double rel, const char *what, int line) {
  double tol = rel * fmax(1.0, fabs(want));
  if (!(fabs(got - want) <= tol))
    fail_msg("line %d: %s = %.17g, want %.17g", line, what, got, want);
}
#define NEAR(got, want) near_((got), (want), 1e-9, #got, __LINE__)

/* AR(1) noise (phi 0.7) around a slope of 0.15 a month: claims_ref.py, AR_Y */
static const double AR_Y[] = {100.034, 101.534, 102.493, 101.475, 101.02,  100.516,
                              101.306, 101.278, 102.107, 100.137, 102.218, 102.056,
                              102.765, 102.489, 102.098, 102.712, 103.548, 103.151,
                              102.968, 103.723, 102.741, 101.454, 102.508, 102.225};

static void hac_widens_the_se_of_an_autocorrelated_series(void **st) {
  (void)st;
  double x[N_OF(AR_Y)];
  for (size_t i = 0; i < N_OF(AR_Y); i++) x[i] = (double)i;
  kj_ols o;
  double se_ols;
  kj_ols_hac(x, AR_Y, N_OF(AR_Y), &o, &se_ols);
  /* sm.OLS(y, X).fit().params[1], .bse[1] */
  NEAR(o.slope, 0.08753739130434368);
  NEAR(se_ols, 0.023183392605651942);
  /* sm.OLS(y, X).fit(cov_type='HAC', cov_kwds={'maxlags': 2, 'use_correction': True}).bse[1]
   * (L = floor(4 (24/100)^(2/9)) = 2; statsmodels' Bartlett weights 1 - l/(L+1)) */
  NEAR(o.se, 0.028120177417114173);
  /* 2*scipy.stats.t.sf(slope/se, 22); scipy.stats.t.ppf(0.975, 22)*se */
  NEAR(o.p, 0.005068935455470706);
  NEAR(o.ci_high - o.slope, 0.05831767861003576);
  assert_true(o.df == 22);
}

static void hac_se_is_floored_at_the_ols_se(void **st) {
  (void)st;
  /* alternating noise: negative autocorrelation, claims_ref.py NEG_Y */
  static const double y[] = {50.608, 49.219, 50.953, 49.381, 51.051, 49.704,
                             51.49,  49.877, 51.526, 50.138, 51.872, 50.27};
  double x[N_OF(y)];
  for (size_t i = 0; i < N_OF(y); i++) x[i] = (double)i;
  kj_ols o;
  double se_ols;
  kj_ols_hac(x, y, N_OF(y), &o, &se_ols);
  /* statsmodels: se_ols 0.07277223196244569 > se_hac 0.03729578644224875, so se = se_ols */
  NEAR(se_ols, 0.07277223196244569);
  NEAR(o.se, 0.07277223196244569);
  NEAR(o.slope, 0.08196853146853167);
}

/* claims_ref.py FE_Y / FE_G: 30 employees, 3 OPD, 2 jenis jabatan */
static const double FE_Y[] = {96.72,  109.21, 106.97, 86.93,  102.74, 100.24, 105.49, 97.58,
                              98.69,  92.81,  86.33,  105.63, 102.64, 94.31,  114.93, 95.11,
                              104.14, 107.01, 98.78,  97.34,  105.07, 100.01, 92.16,  100.74,
                              98.75,  101.91, 105.8,  96.91,  96.71,  100.62};
static const int FE_G[] = {1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0,
                           1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0};

/* Design with all three OPD dummies and both jabatan dummies beside the
 * intercept when full = 1 (rank deficient by 2), else reference coding. */
static size_t design(double *X, int full, int collinear) {
  size_t p = full ? 7 : 5;
  for (size_t i = 0; i < 30; i++) {
    int opd = (int)(i % 3), jj = (int)((i / 3) % 2);
    double *r = &X[i * p];
    memset(r, 0, p * sizeof *r);
    r[0] = 1;
    r[1] = collinear ? (opd == 1) : FE_G[i];
    if (full) {
      r[2 + opd] = 1;
      r[5 + jj] = 1;
    } else {
      r[2] = opd == 1, r[3] = opd == 2, r[4] = jj == 1;
    }
  }
  return p;
}

static void hc1_with_fixed_effects_matches_statsmodels(void **st) {
  (void)st;
  double X[30 * 7];
  kj_error err = {KJ_OK, ""};
  for (int full = 0; full <= 1; full++) {
    size_t p = design(X, full, 0);
    kj_hc1 h;
    assert_int_equal(kj_ols_hc1(X, FE_Y, 30, p, 1, &h, &err), KJ_OK);
    assert_true(h.identified);
    assert_int_equal(h.rank, 5); /* the redundant dummies do not count */
    /* sm.OLS(y, D).fit(cov_type='HC1'): params[1], bse[1]; D = const, g, opd1, opd2, jj1 */
    NEAR(h.b, -5.468333333333494);
    NEAR(h.se, 1.5746207793514726);
    /* 2*scipy.stats.t.sf(abs(b/se), 30 - 5) */
    NEAR(h.p, 0.0018900451921595104);
    assert_true(h.df == 25);
  }
}

static void hc1_reports_an_indicator_collinear_with_the_fixed_effects(void **st) {
  (void)st;
  double X[30 * 5];
  kj_error err = {KJ_OK, ""};
  size_t p = design(X, 0, 1); /* the "group" is exactly OPD 1 */
  kj_hc1 h;
  assert_int_equal(kj_ols_hc1(X, FE_Y, 30, p, 1, &h, &err), KJ_OK);
  assert_false(h.identified);
  assert_true(kj_is_na(h.b) && kj_is_na(h.p));
}

static void dersimonian_laird_matches_statsmodels(void **st) {
  (void)st;
  static const double y[] = {105.2, 101.3, 110.8, 99.4, 103.0, 107.7};
  static const double v[] = {2.1, 0.8, 4.5, 1.2, 0.3, 3.0};
  /* statsmodels.stats.meta_analysis.combine_effects(y, v, method_re="dl"): .tau2,
   * .mean_effect_re; shrunk = mu + tau2/(tau2+v)*(y-mu) */
  static const double shrunk_want[] = {104.9595694179776,  101.5685347656188,
                                       108.29330446587143, 100.04543206398989,
                                       103.04201910662039, 106.67382601886862};
  double shrunk[6];
  kj_dl dl;
  kj_dersimonian_laird(y, v, 6, &dl, shrunk);
  assert_int_equal(dl.k, 6);
  NEAR(dl.q, 37.50687897435896); /* sum(w (y - ybar_w)^2), w = 1/v */
  NEAR(dl.tau2, 7.532967390782841);
  NEAR(dl.mu, 104.09711430649111);
  for (int i = 0; i < 6; i++) NEAR(shrunk[i], shrunk_want[i]);
}

static void dersimonian_laird_floors_tau2_at_zero(void **st) {
  (void)st;
  static const double y[] = {10.0, 10.1, 9.9};
  static const double v[] = {1.0, 1.0, 1.0};
  kj_dl dl;
  double s[3];
  kj_dersimonian_laird(y, v, 3, &dl, s);
  assert_true(dl.tau2 == 0);
  NEAR(s[0], 10.0); /* no between-group variance: everything shrinks to the mean */
}

static void monte_carlo_p_is_within_its_sampling_error(void **st) {
  (void)st;
  static const long row[] = {4, 0, 1, 0}, tot[] = {10, 20, 5, 3};
  double stat;
  double p = kj_chisq_mc_p(row, tot, 4, 20000, 20260101, &stat);
  /* scipy.stats.chi2_contingency([row, tot - row], correction=False)[0] */
  NEAR(stat, 9.995151515151512);
  /* exact permutation p by enumerating every table with these margins
   * (claims_ref.py: sum of multivariate hypergeometric probabilities of
   * tables at least as extreme) */
  double exact = 0.019739332432830884;
  double tol = 4 * sqrt(exact * (1 - exact) / 20000); /* 4 standard errors of the estimate */
  if (!(fabs(p - exact) <= tol)) fail_msg("Monte Carlo p %.6f, exact %.6f (tol %.6f)", p, exact, tol);
  /* fixed seed: the same p every time */
  double again = kj_chisq_mc_p(row, tot, 4, 20000, 20260101, &stat);
  assert_true(again == p);
  /* the approximation the Monte Carlo replaces is off: chi2(3) p = 0.01860739435424648 */
}

static void monte_carlo_p_of_a_typical_row_is_large(void **st) {
  (void)st;
  static const long row[] = {2, 4, 1, 0}, tot[] = {10, 20, 5, 3};
  double stat;
  double p = kj_chisq_mc_p(row, tot, 4, 2000, 1, &stat);
  assert_true(p > 0.5);
  static const long all[] = {10, 20, 5, 3};
  assert_true(kj_is_na(kj_chisq_mc_p(all, tot, 4, 100, 1, &stat))); /* no rest of the city */
}

static void influence_finds_the_one_point_that_makes_r(void **st) {
  (void)st;
  static const double x[] = {2.1, 3.4, 1.9, 5.6, 4.2, 3.3, 6.0, 2.8, 4.9, 5.1, 9.5};
  static const double y[] = {1.5, 2.9, 2.2, 4.1, 4.4, 2.5, 5.2, 1.9, 3.6, 4.8, 1.0};
  /* [scipy.stats.pearsonr(np.delete(x, i), np.delete(y, i)) for i in range(11)] */
  static const double r_want[] = {-0.01405842517581718, 0.11644510718956053, 0.044611909890936774,
                                  0.08411148829552323,  0.14016485146359192, 0.10029133431439136,
                                  0.004958635319527616, 0.05562888405497962, 0.11505111498769932,
                                  0.08963086688899857,  0.9170109661293624};
  /* OLSInfluence(sm.OLS(y, sm.add_constant(x)).fit()).cooks_distance[0] */
  static const double cook_want[] = {0.1513022706827523,  0.000461199978815485, 0.04280065775822227,
                                     0.029256244812354282, 0.04469698930336476, 0.009098624372651463,
                                     0.17457046100853857, 0.05358811810686374, 0.005758518724407276,
                                     0.07730802815102245, 6.8868599486710025};
  double r[11], p[11], cook[11];
  kj_influence(x, y, 11, r, p, cook);
  for (int i = 0; i < 11; i++) {
    NEAR(r[i], r_want[i]);
    NEAR(cook[i], cook_want[i]);
  }
  NEAR(p[10], 0.00018756028358046613); /* pearsonr(...)[1] without the outlier */
  NEAR(p[0], 0.9692532721706213);
}

int main(void) {
  kj_analysis_init();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(hac_widens_the_se_of_an_autocorrelated_series),
      cmocka_unit_test(hac_se_is_floored_at_the_ols_se),
      cmocka_unit_test(hc1_with_fixed_effects_matches_statsmodels),
      cmocka_unit_test(hc1_reports_an_indicator_collinear_with_the_fixed_effects),
      cmocka_unit_test(dersimonian_laird_matches_statsmodels),
      cmocka_unit_test(dersimonian_laird_floors_tau2_at_zero),
      cmocka_unit_test(monte_carlo_p_is_within_its_sampling_error),
      cmocka_unit_test(monte_carlo_p_of_a_typical_row_is_large),
      cmocka_unit_test(influence_finds_the_one_point_that_makes_r),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
