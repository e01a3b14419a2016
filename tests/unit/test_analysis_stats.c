/* test_analysis_stats.c — the statistics primitives against R 4.2.2 and
 * scipy 1.10.1. Each expected value carries the command that produced it;
 * printed with sprintf("%.17g") in R or repr() in Python. Tolerance is 1e-9
 * relative: every quantity here is a closed formula or a distribution
 * function both sides evaluate to near machine precision.
 *
 * Shared data (R syntax):
 *   x  <- c(3.1, 4.7, 2.2, 5.9, 4.4, 3.8, 6.1, 2.9)
 *   b  <- c(5.2, 6.8, 5.9, 7.1, 4.9, 6.3, 5.5)
 *   px <- c(2.1, 3.4, 1.9, 5.6, 4.2, 3.3, 6.0, 2.8, 4.9, 5.1)
 *   py <- c(1.5, 2.9, 2.2, 4.1, 4.4, 2.5, 5.2, 1.9, 3.6, 4.8)
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

#define REL 1e-9

static const double X[] = {3.1, 4.7, 2.2, 5.9, 4.4, 3.8, 6.1, 2.9};
static const double B[] = {5.2, 6.8, 5.9, 7.1, 4.9, 6.3, 5.5};
static const double PX[] = {2.1, 3.4, 1.9, 5.6, 4.2, 3.3, 6.0, 2.8, 4.9, 5.1};
static const double PY[] = {1.5, 2.9, 2.2, 4.1, 4.4, 2.5, 5.2, 1.9, 3.6, 4.8};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static void near_(double got, double want, double rel, const char *what, int line) {
  double tol = rel * fmax(1.0, fabs(want));
  if (!(fabs(got - want) <= tol))
    fail_msg("line %d: %s = %.17g, want %.17g", line, what, got, want);
}
#define NEAR(got, want) near_((got), (want), REL, #got, __LINE__)
#define IS_NA(v) assert_true(kj_is_na(v))

static int setup(void **st) {
  (void)st;
  kj_analysis_init();
  return 0;
}

/* ---- descriptive ---------------------------------------------------------- */

static void describe_matches_r(void **st) {
  (void)st;
  kj_desc d;
  kj_describe(X, N_OF(X), &d);
  assert_int_equal(d.n, 8);
  NEAR(d.mean, 4.1375000000000002);   /* R: mean(x) */
  NEAR(d.sd, 1.4050292320294062);     /* R: sd(x) */
  NEAR(d.se, 0.4967528488666601);     /* R: sd(x)/sqrt(8) */
  NEAR(d.ci_low, 2.9628661665220908); /* R: t.test(x)$conf.int */
  NEAR(d.ci_high, 5.3121338334779109);
  NEAR(d.median, 4.0999999999999996); /* R: quantile(x, c(.5, .25, .75), type = 7) */
  NEAR(d.q1, 3.0500000000000003);
  NEAR(d.q3, 5.0);
}

static void describe_skips_missing_values(void **st) {
  (void)st;
  const double y[] = {NAN, 3.1, 4.7, 2.2, INFINITY, 5.9, 4.4, 3.8, 6.1, 2.9, NAN};
  kj_desc d;
  kj_describe(y, N_OF(y), &d);
  assert_int_equal(d.n, 8);
  NEAR(d.mean, 4.1375000000000002); /* same as x: R mean(x) */
  NEAR(d.ci_high, 5.3121338334779109);
  NEAR(d.q1, 3.0500000000000003);
}

static void describe_quantiles_with_ties(void **st) {
  (void)st;
  const double y[] = {7, 2, 1, 3, 2, 2};
  kj_desc d;
  kj_describe(y, N_OF(y), &d);
  NEAR(d.mean, 2.8333333333333335);    /* R: y <- c(1,2,2,2,3,7); mean(y) */
  NEAR(d.sd, 2.1369760566432809);      /* R: sd(y) */
  NEAR(d.ci_low, 0.59071449788749564); /* R: t.test(y)$conf.int */
  NEAR(d.ci_high, 5.075952168779172);
  NEAR(d.median, 2); /* R: quantile(y, c(.5, .25, .75)) -> 2, 2, 2.75 */
  NEAR(d.q1, 2);
  NEAR(d.q3, 2.75);
}

static void describe_small_and_degenerate_samples(void **st) {
  (void)st;
  kj_desc d;
  kj_describe(NULL, 0, &d);
  assert_int_equal(d.n, 0);
  IS_NA(d.mean), IS_NA(d.sd), IS_NA(d.se), IS_NA(d.ci_low), IS_NA(d.median), IS_NA(d.q3);

  const double nan_only[] = {NAN, NAN};
  kj_describe(nan_only, 2, &d);
  assert_int_equal(d.n, 0);
  IS_NA(d.mean);

  const double one[] = {87.5};
  kj_describe(one, 1, &d);
  assert_int_equal(d.n, 1);
  assert_true(d.mean == 87.5 && d.median == 87.5 && d.q1 == 87.5 && d.q3 == 87.5);
  IS_NA(d.sd), IS_NA(d.se), IS_NA(d.ci_low), IS_NA(d.ci_high);

  const double flat[] = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
  kj_describe(flat, N_OF(flat), &d);
  assert_true(d.mean == 0.1 && d.sd == 0 && d.se == 0);
  assert_true(d.ci_low == 0.1 && d.ci_high == 0.1);

  kj_moments m;
  kj_moments_of(flat, N_OF(flat), &m);
  assert_true(m.n == 7 && m.mean == 0.1 && m.var == 0);
  NEAR(kj_mean(X, N_OF(X)), 4.1375000000000002); /* R: mean(x) */
  IS_NA(kj_mean(nan_only, 2));
}

/* ---- Welch t-test and Cohen's d ----------------------------------------- */

static void welch_matches_r_and_scipy(void **st) {
  (void)st;
  kj_ttest t;
  kj_welch(X, N_OF(X), B, N_OF(B), &t);
  assert_true(t.na == 8 && t.nb == 7);
  NEAR(t.t, -3.1075017402454996);    /* R: t.test(x, b)$statistic; scipy ttest_ind(equal_var=False)
                                        -3.107501740245498 */
  NEAR(t.df, 11.482856468564542);    /* R: t.test(x, b)$parameter */
  NEAR(t.p, 0.0095073442861386744);  /* R: t.test(x, b)$p.value; scipy 0.009507344286138699 */
  NEAR(t.diff, -1.8196428571428571); /* R: mean(x) - mean(b) */
  NEAR(t.sd_pooled, 1.1719770559956453); /* R: sqrt((7*var(x) + 6*var(b)) / 13) */
  NEAR(t.d, -1.5526266899457273);        /* R: (mean(x) - mean(b)) / that */
}

static void welch_with_one_constant_group(void **st) {
  (void)st;
  const double a[] = {5, 5, 5}, b[] = {1, 2, 3, 4};
  kj_ttest t;
  kj_welch(a, 3, b, 4, &t);
  NEAR(t.t, 3.872983346207417); /* R: t.test(c(5,5,5), c(1,2,3,4)) */
  NEAR(t.df, 3);
  NEAR(t.p, 0.030466291662170977);
}

static void welch_degenerate_cases_are_defined(void **st) {
  (void)st;
  kj_ttest t;
  const double one[] = {4.0};
  kj_welch(one, 1, B, N_OF(B), &t); /* n < 2 in a group */
  assert_true(t.na == 1 && t.nb == 7);
  NEAR(t.diff, 4.0 - 5.9571428571428573); /* R: 4 - mean(b) */
  IS_NA(t.t), IS_NA(t.df), IS_NA(t.p), IS_NA(t.d);
  kj_welch(NULL, 0, B, N_OF(B), &t);
  IS_NA(t.mean_a), IS_NA(t.diff), IS_NA(t.p);

  const double c3[] = {3, 3, 3}, c3b[] = {3, 3}, c4[] = {4, 4, 4, 4};
  kj_welch(c3, 3, c3b, 2, &t); /* both constant, equal means */
  assert_true(t.p == 1 && t.t == 0);
  IS_NA(t.df), IS_NA(t.d);
  assert_true(t.sd_pooled == 0);
  kj_welch(c3, 3, c4, 4, &t); /* both constant, different means */
  assert_true(t.p == 0 && isinf(t.t) && t.t < 0);
  IS_NA(t.d);

  const double s1[] = {1, 2, 3}; /* identical samples: t = 0, p exactly 1 */
  kj_welch(s1, 3, s1, 3, &t);
  assert_true(t.t == 0 && t.p == 1 && t.d == 0);

  kj_moments ma = {8, 4.1375, 1.4050292320294062 * 1.4050292320294062}, mb;
  kj_moments_of(B, N_OF(B), &mb);
  kj_welch_moments(&ma, &mb, &t);
  NEAR(t.p, 0.0095073442861386744); /* R: t.test(x, b)$p.value, from moments */
}

/* ---- Benjamini-Hochberg --------------------------------------------------- */

static void bh_matches_r_and_keeps_na(void **st) {
  (void)st;
  const double p[] = {0.01, 0.04, NAN, 0.03, 0.2, 0.04, 0.9, NAN, 0.001};
  /* R: p.adjust(c(0.01, 0.04, NA, 0.03, 0.2, 0.04, 0.9, NA, 0.001), "BH") */
  const double want[] = {
      0.035000000000000003, 0.055999999999999994, NAN, 0.055999999999999994, 0.23333333333333336,
      0.055999999999999994, 0.90000000000000002,  NAN, 0.0070000000000000001};
  double q[N_OF(p)];
  assert_int_equal(kj_bh(p, N_OF(p), q, NULL), KJ_OK);
  for (size_t i = 0; i < N_OF(p); i++) {
    if (isnan(want[i]))
      IS_NA(q[i]);
    else
      NEAR(q[i], want[i]);
  }
  double inplace[N_OF(p)];
  memcpy(inplace, p, sizeof p);
  assert_int_equal(kj_bh(inplace, N_OF(p), inplace, NULL), KJ_OK); /* q aliasing p */
  assert_memory_equal(inplace, q, sizeof q);

  const double big[] = {0.5, 0.9, 1, 0.7};
  assert_int_equal(kj_bh(big, 4, q, NULL), KJ_OK);
  for (int i = 0; i < 4; i++)
    assert_true(q[i] == 1); /* R: p.adjust(c(.5,.9,1,.7), "BH") = 1 1 1 1 */

  assert_int_equal(kj_bh(NULL, 0, q, NULL), KJ_OK);
  kj_error err = {KJ_OK, ""};
  const double wrong[] = {0.2, 1.5};
  assert_int_equal(kj_bh(wrong, 2, q, &err), KJ_INTERNAL);
  assert_non_null(strstr(err.msg, "p-value 2 is 1.5"));
}

/* ---- OLS ------------------------------------------------------------------ */

static void ols_matches_r_lm(void **st) {
  (void)st;
  const double x[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  const double y[] = {2.1, 2.9, 3.2, 4.8, 4.1, 5.9, 6.3, 6.1, 7.9, 8.4};
  kj_ols o;
  kj_ols_fit(x, y, N_OF(x), &o);
  /* R: xx <- 0:9; yy <- c(2.1,2.9,3.2,4.8,4.1,5.9,6.3,6.1,7.9,8.4);
   *    coef(summary(lm(yy ~ xx))); confint(lm(yy ~ xx)) */
  assert_int_equal(o.k, 10);
  NEAR(o.slope, 0.68181818181818188);
  NEAR(o.intercept, 2.1018181818181811);
  NEAR(o.se, 0.054337989288248512);
  NEAR(o.t, 12.547725647360977);
  near_(o.p, 1.5246731043647015e-06, 1e-7, "o.p", __LINE__); /* relative to the value */
  NEAR(o.df, 8);
  NEAR(o.ci_low, 0.55651455382080117);
  NEAR(o.ci_high, 0.80712180981556259);
}

static void ols_edge_cases(void **st) {
  (void)st;
  kj_ols o;
  const double x2[] = {1, 2}, y2[] = {3, 5};
  kj_ols_fit(x2, y2, 2, &o); /* k < 3 */
  assert_int_equal(o.k, 2);
  IS_NA(o.slope), IS_NA(o.p);

  const double xc[] = {4, 4, 4, 4}, yc[] = {1, 2, 3, 4};
  kj_ols_fit(xc, yc, 4, &o); /* x constant */
  IS_NA(o.slope), IS_NA(o.se);

  const double xn[] = {0, 1, NAN, 2, 3}, yn[] = {5, 5, 1, NAN, 5};
  kj_ols_fit(xn, yn, 5, &o); /* pairs with a NaN dropped: (0,5) (1,5) (3,5) */
  assert_int_equal(o.k, 3);
  assert_true(o.slope == 0 && o.se == 0 && o.p == 1 && o.t == 0); /* constant y */
  assert_true(o.ci_low == 0 && o.ci_high == 0);

  const double xl[] = {0, 1, 2, 3, 4}, yl[] = {1, 3, 5, 7, 9};
  kj_ols_fit(xl, yl, 5, &o); /* a perfect line y = 2x + 1 */
  NEAR(o.slope, 2);
  NEAR(o.intercept, 1);
  assert_true(o.p < 1e-12);
  assert_true(o.ci_low <= 2 && o.ci_high >= 2 && o.ci_high - o.ci_low < 1e-9);
}

/* ---- Wilson --------------------------------------------------------------- */

static void wilson_matches_r_prop_test(void **st) {
  (void)st;
  double lo, hi;
  kj_wilson(7, 20, &lo, &hi); /* R: prop.test(7, 20, correct = FALSE)$conf.int */
  NEAR(lo, 0.18119182410108206);
  NEAR(hi, 0.56714572331476365);
  kj_wilson(0, 10, &lo, &hi); /* R: prop.test(0, 10, correct = FALSE)$conf.int */
  assert_true(lo == 0);
  NEAR(hi, 0.27753279986288915);
  kj_wilson(10, 10, &lo, &hi); /* R: prop.test(10, 10, correct = FALSE)$conf.int */
  NEAR(lo, 0.72246720013711085);
  assert_true(hi == 1);
  kj_wilson(1, 3, &lo, &hi); /* R: prop.test(1, 3, correct = FALSE)$conf.int */
  NEAR(lo, 0.061491944720396291);
  NEAR(hi, 0.79234039919795229);
  kj_wilson(0, 0, &lo, &hi);
  IS_NA(lo), IS_NA(hi);
  kj_wilson(4, 3, &lo, &hi);
  IS_NA(lo), IS_NA(hi);
}

/* ---- chi-square ----------------------------------------------------------- */

static void chisq_gof_matches_scipy(void **st) {
  (void)st;
  kj_chisq c;
  const long obs[] = {12, 30, 5, 2, 1};
  const double share[] = {0.2, 0.55, 0.15, 0.07, 0.03};
  assert_int_equal(kj_chisq_gof(obs, share, 5, &c, NULL), KJ_OK);
  /* scipy.stats.chisquare([12,30,5,2,1], f_exp=50*np.array([.2,.55,.15,.07,.03])) */
  NEAR(c.stat, 2.2701298701298698);
  NEAR(c.p, 0.6862125399126471);
  NEAR(c.df, 4);
  NEAR(c.min_expected, 1.5);
  assert_true(c.low_expected && c.n == 50);
  IS_NA(c.cramer_v);

  const double doubled[] = {0.4, 1.1, 0.3, 0.14, 0.06}; /* shares are normalised */
  assert_int_equal(kj_chisq_gof(obs, doubled, 5, &c, NULL), KJ_OK);
  NEAR(c.stat, 2.2701298701298698);
}

static void chisq_gof_drops_empty_categories(void **st) {
  (void)st;
  kj_chisq c;
  const long obs[] = {12, 30, 5, 3, 0};
  const double share[] = {0.2, 0.55, 0.15, 0.1, 0};
  assert_int_equal(kj_chisq_gof(obs, share, 5, &c, NULL), KJ_OK);
  /* scipy.stats.chisquare([12,30,5,3], f_exp=50*np.array([.2,.55,.15,.1])) */
  NEAR(c.stat, 2.26060606060606);
  NEAR(c.p, 0.5201097184099763);
  NEAR(c.df, 3);
  NEAR(c.min_expected, 5.0);

  const long seen[] = {12, 30, 5, 3, 1}; /* a count where the reference has none */
  assert_int_equal(kj_chisq_gof(seen, share, 5, &c, NULL), KJ_OK);
  assert_true(isinf(c.stat) && c.p == 0 && c.df == 3);

  const long none[] = {0, 0, 0, 0, 0};
  assert_int_equal(kj_chisq_gof(none, share, 5, &c, NULL), KJ_OK);
  IS_NA(c.stat), IS_NA(c.p);
  const double single[] = {1, 0, 0, 0, 0};
  const long all_sb[] = {9, 0, 0, 0, 0};
  assert_int_equal(kj_chisq_gof(all_sb, single, 5, &c, NULL), KJ_OK); /* df would be 0 */
  IS_NA(c.stat), IS_NA(c.df);

  kj_error err = {KJ_OK, ""};
  const long neg[] = {1, -2, 0, 0, 0};
  assert_int_equal(kj_chisq_gof(neg, share, 5, &c, &err), KJ_INTERNAL);
  assert_non_null(strstr(err.msg, "count 2 is negative"));
  const double bad[] = {0.2, NAN, 0, 0, 0};
  assert_int_equal(kj_chisq_gof(obs, bad, 5, &c, &err), KJ_INTERNAL);
}

static void chisq_independence_matches_scipy(void **st) {
  (void)st;
  kj_chisq c;
  const long t[] = {20, 45, 10, 4, 1, 35, 30, 12, 2, 1, 10, 25, 20, 8, 3};
  assert_int_equal(kj_chisq_indep(t, 3, 5, &c, NULL), KJ_OK);
  /* scipy.stats.chi2_contingency(t, correction=False);
   * scipy.stats.contingency.association(t, method='cramer') */
  NEAR(c.stat, 29.9325980963481);
  NEAR(c.p, 0.00021725629215444366);
  NEAR(c.df, 8);
  NEAR(c.min_expected, 1.4601769911504425);
  assert_true(c.low_expected);
  NEAR(c.cramer_v, 0.25733744803285463);

  const long z[] = {20, 45, 0, 4, 35, 30, 0, 2, 10, 25, 0, 8}; /* an empty column */
  assert_int_equal(kj_chisq_indep(z, 3, 4, &c, NULL), KJ_OK);
  /* the same without the column: chi2_contingency([[20,45,4],[35,30,2],[10,25,8]],
   * correction=False) */
  NEAR(c.stat, 19.071647672812727);
  NEAR(c.p, 0.0007608741469729922);
  NEAR(c.df, 4);
  NEAR(c.min_expected, 3.363128491620112);
  NEAR(c.cramer_v, 0.230808922840096);

  const long t2[] = {12, 5, 3, 9}; /* 2 x 2: no Yates correction */
  assert_int_equal(kj_chisq_indep(t2, 2, 2, &c, NULL), KJ_OK);
  /* chi2_contingency([[12,5],[3,9]], correction=False) */
  NEAR(c.stat, 5.85483193277311);
  NEAR(c.p, 0.015534341414683461);
  NEAR(c.cramer_v, 0.4493225526306476);
  assert_false(c.low_expected); /* min expected 5.79 */

  const long onerow[] = {0, 0, 0, 4, 5, 6};
  assert_int_equal(kj_chisq_indep(onerow, 2, 3, &c, NULL), KJ_OK);
  IS_NA(c.stat), IS_NA(c.p), IS_NA(c.cramer_v);
  const long neg[] = {1, 2, -3, 4};
  assert_int_equal(kj_chisq_indep(neg, 2, 2, &c, NULL), KJ_INTERNAL);
}

/* ---- correlation ---------------------------------------------------------- */

static void pearson_matches_r_cor_test(void **st) {
  (void)st;
  kj_corr c;
  kj_pearson(PX, PY, N_OF(PX), &c);
  /* R: cor.test(px, py); scipy.stats.pearsonr -> 0.9170109661293624, p 0.00018756028358046613 */
  assert_int_equal(c.n, 10);
  NEAR(c.r, 0.9170109661293625);
  NEAR(c.t, 6.5027471850472889);
  NEAR(c.p, 0.00018756028358046488);
  NEAR(c.ci_low, 0.67999795732841606);
  NEAR(c.ci_high, 0.98051384695350674);

  const double x3[] = {1, 2, 3.5}, y3[] = {2, 1, 5};
  kj_pearson(x3, y3, 3, &c); /* R: cor.test(c(1,2,3.5), c(2,1,5)) */
  NEAR(c.r, 0.79535595371972234);
  NEAR(c.p, 0.41456789660427223);
  IS_NA(c.ci_low), IS_NA(c.ci_high); /* n < 4: no Fisher interval */
}

static void pearson_edge_cases(void **st) {
  (void)st;
  kj_corr c;
  const double x[] = {1, 2, 3, 4, 5}, y[] = {10, 8, 6, 4, 2};
  kj_pearson(x, y, 5, &c); /* exact line: r = -1 */
  assert_true(c.r == -1 && c.p == 0 && c.ci_low == -1 && c.ci_high == -1);
  const double flat[] = {3, 3, 3, 3, 3};
  kj_pearson(x, flat, 5, &c);
  IS_NA(c.r), IS_NA(c.p);
  kj_pearson(x, y, 2, &c);
  assert_int_equal(c.n, 2);
  IS_NA(c.r);
  const double xn[] = {2.1, NAN, 3.4, 1.9, 5.6, 4.2, 3.3, 6.0, 2.8, 4.9, 5.1};
  const double yn[] = {1.5, 9.9, 2.9, 2.2, 4.1, 4.4, 2.5, 5.2, 1.9, 3.6, 4.8};
  kj_pearson(xn, yn, 11, &c); /* the NaN pair is dropped: px, py again */
  assert_int_equal(c.n, 10);
  NEAR(c.r, 0.9170109661293625); /* R: cor.test(px, py) */
}

static void spearman_uses_average_ranks(void **st) {
  (void)st;
  const double sx[] = {1, 2, 2, 3, 4, 4, 4, 5, 6, 7}, sy[] = {2, 1, 3, 3, 5, 4, 6, 6, 6, 9};
  kj_corr c;
  kj_spearman(sx, sy, 10, &c);
  /* R: cor.test(sx, sy, method = "spearman", exact = FALSE); cor(rank(sx), rank(sy));
   * scipy.stats.spearmanr -> 0.934375, 7.492681297860979e-05 */
  NEAR(c.r, 0.93437499999999996);
  NEAR(c.p, 7.4926812978609922e-05);
  IS_NA(c.ci_low);
  kj_spearman(PX, PY, 2, &c);
  IS_NA(c.r);
}

/* ---- ANOVA ---------------------------------------------------------------- */

static void anova_matches_r(void **st) {
  (void)st;
  const double g1[] = {3.1, 4.7, 2.2, 5.9, 4.4}, g2[] = {5.2, 6.8, 5.9, 7.1};
  const double g3[] = {4.0, 4.5, 3.9, 5.0, 4.1, 4.6};
  const double *g[] = {g1, NULL, g2, g3};
  const size_t sz[] = {5, 0, 4, 6}; /* an empty group is ignored */
  kj_anova a;
  kj_anova_oneway(g, sz, 4, &a);
  /* R: oneway.test(v ~ g, var.equal = TRUE); summary(aov(v ~ g)) Sum Sq;
   * scipy.stats.f_oneway -> 6.473201014251989, p 0.012389106154745469 */
  assert_true(a.n == 15 && a.g == 3);
  NEAR(a.f, 6.4732010142519885);
  NEAR(a.df1, 2);
  NEAR(a.df2, 12);
  NEAR(a.p, 0.012389106154745491);
  NEAR(a.ss_between, 12.338999999999999);
  NEAR(a.ss_within, 11.436999999999996);
  NEAR(a.eta2, 0.51896870794078065);
}

static void anova_degenerate_cases(void **st) {
  (void)st;
  kj_anova a;
  const double c1[] = {0.1, 0.1, 0.1}, c2[] = {0.1, 0.1}, c3[] = {0.7, 0.7};
  const double *same[] = {c1, c2};
  const size_t s12[] = {3, 2};
  kj_anova_oneway(same, s12, 2, &a); /* everything equal */
  assert_true(a.f == 0 && a.p == 1);
  IS_NA(a.eta2);
  const double *diff[] = {c1, c3};
  kj_anova_oneway(diff, s12, 2, &a); /* no spread inside, different means */
  assert_true(isinf(a.f) && a.p == 0 && a.eta2 == 1);
  const double *one[] = {c1};
  kj_anova_oneway(one, s12, 1, &a); /* one group */
  IS_NA(a.f), IS_NA(a.p);
  const double o1[] = {1}, o2[] = {2};
  const double *singles[] = {o1, o2};
  const size_t s11[] = {1, 1};
  kj_anova_oneway(singles, s11, 2, &a); /* n = g: no within df */
  IS_NA(a.f);
  kj_anova_oneway(NULL, NULL, 0, &a);
  assert_int_equal(a.g, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(describe_matches_r),
      cmocka_unit_test(describe_skips_missing_values),
      cmocka_unit_test(describe_quantiles_with_ties),
      cmocka_unit_test(describe_small_and_degenerate_samples),
      cmocka_unit_test(welch_matches_r_and_scipy),
      cmocka_unit_test(welch_with_one_constant_group),
      cmocka_unit_test(welch_degenerate_cases_are_defined),
      cmocka_unit_test(bh_matches_r_and_keeps_na),
      cmocka_unit_test(ols_matches_r_lm),
      cmocka_unit_test(ols_edge_cases),
      cmocka_unit_test(wilson_matches_r_prop_test),
      cmocka_unit_test(chisq_gof_matches_scipy),
      cmocka_unit_test(chisq_gof_drops_empty_categories),
      cmocka_unit_test(chisq_independence_matches_scipy),
      cmocka_unit_test(pearson_matches_r_cor_test),
      cmocka_unit_test(pearson_edge_cases),
      cmocka_unit_test(spearman_uses_average_ranks),
      cmocka_unit_test(anova_matches_r),
      cmocka_unit_test(anova_degenerate_cases),
  };
  return cmocka_run_group_tests(tests, setup, NULL);
}
