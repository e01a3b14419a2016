/* stats.h — the statistics primitives of the analytics engine.
 *
 * Pure functions on plain arrays: no SQL, no I/O, no global state beyond
 * kj_analysis_init(). Every formula is the one of analytics.md; the .c files
 * are split by topic (stats_desc.c, stats_tests.c, stats_regress.c,
 * stats_corr.c, stats_multi.c, stats_anova.c, stats_chisq.c).
 *
 * Missing values: KJ_NA (a quiet NaN) means "not computed". A result that is
 * undefined for the data at hand (too few values, zero variance where a ratio
 * needs it) is KJ_NA, never garbage; consumers print it as "not computed"
 * (an empty CSV cell, "–" in workbooks). On input, NaN and ±Inf entries are
 * missing values and are skipped; functions taking pairs (x[i], y[i]) skip a
 * pair when either side is missing. The `n` fields of the results count the
 * values actually used.
 *
 * Ownership: every function borrows its const inputs and writes into a
 * caller-owned struct; nothing returned needs freeing.
 */
#ifndef KJ_ANALYSIS_STATS_H
#define KJ_ANALYSIS_STATS_H

#include <math.h>
#include <stddef.h>

#include "util/status.h"

/* "Not computed": a quiet NaN. Test with kj_is_na(), never with ==. */
#define KJ_NA ((double)NAN)
/* 1 when v is "not computed" (NaN), 0 otherwise. */
static inline int kj_is_na(double v) { return isnan(v) != 0; } /* 0 or 1 on every C library */

/* z(0.975) of the standard normal, for Wilson and Fisher-z intervals
 * (R: qnorm(0.975)). analytics.md writes it as 1.96. */
#define KJ_Z975 1.959963984540054

/* Switches GSL's default error handler (which aborts the process) off, so
 * GSL routines report problems through their return codes, which this module
 * checks. Call once at start-up, before any other function of this header;
 * idempotent. */
void kj_analysis_init(void);

/* ---- descriptive (analytics.md §2) ------------------------------------ */

typedef struct kj_desc {
  size_t n;       /* finite values used */
  double mean;    /* n >= 1, else NA */
  double sd;      /* sample sd (divisor n-1); n >= 2, else NA; 0 for constant data */
  double se;      /* sd / sqrt(n); NA when sd is NA */
  double ci_low;  /* mean - t(0.975, n-1)*se; equals mean when se = 0; NA when se is NA */
  double ci_high; /* mean + t(0.975, n-1)*se */
  double median;  /* type-7 quantiles (R default, GSL quantile_from_sorted_data); n >= 1 */
  double q1;      /* 25 % quantile, type 7 */
  double q3;      /* 75 % quantile, type 7 */
} kj_desc;

/* Describes the finite values of x[0..n). n = 0 (or no finite value): every
 * field NA and out->n = 0. One value: mean = median = q1 = q3 = the value,
 * sd/se/CI NA. Zero variance: sd = se = 0, CI = [mean, mean]. */
void kj_describe(const double *x, size_t n, kj_desc *out);

/* Mean of the finite values of x[0..n); NA when there are none. */
double kj_mean(const double *x, size_t n);

/* Count, mean and sample variance of a group: what the Welch test needs, so
 * a caller holding running sums for "all other OPD" need not copy arrays. */
typedef struct kj_moments {
  size_t n;    /* finite values */
  double mean; /* NA when n = 0 */
  double var;  /* sample variance (n-1); NA when n < 2 */
} kj_moments;

/* Moments of the finite values of x[0..n). */
void kj_moments_of(const double *x, size_t n, kj_moments *out);

/* ---- two-sample comparison (analytics.md §3, §4, §7, §10) --------------- */

typedef struct kj_ttest {
  size_t na, nb;    /* values used per group */
  double mean_a;    /* NA when na = 0 */
  double mean_b;    /* NA when nb = 0 */
  double diff;      /* mean_a - mean_b; NA when a group is empty */
  double t;         /* Welch t; +-INFINITY when both variances are 0 and means differ */
  double df;        /* Welch-Satterthwaite df; NA when both variances are 0 */
  double p;         /* two-sided p in [0, 1] */
  double sd_pooled; /* sqrt(((na-1)sa^2 + (nb-1)sb^2) / (na+nb-2)) */
  double d;         /* Cohen's d = diff / sd_pooled; NA when sd_pooled = 0 */
} kj_ttest;

/* Welch's unequal-variance t-test of a against b, two-sided, plus Cohen's d
 * with the pooled sd. Needs at least 2 values in each group; otherwise t, df,
 * p, sd_pooled and d are NA (means and diff are still filled when defined).
 * Both variances 0: the test is degenerate; by definition p = 1 and t = 0
 * when the means are equal, p = 0 and t = +-INFINITY when they differ
 * (df NA, d NA). */
void kj_welch(const double *a, size_t na, const double *b, size_t nb, kj_ttest *out);
/* The same from group moments (a->var, b->var may be NA only when n < 2). */
void kj_welch_moments(const kj_moments *a, const kj_moments *b, kj_ttest *out);

/* ---- multiple testing (analytics.md §3, §7) ----------------------------- */

/* Benjamini-Hochberg q-values: q_(i) = min over k >= i of p_(k) * m / k,
 * capped at 1, where p_(1) <= ... <= p_(m) are the m non-NA p-values (R's
 * p.adjust(method = "BH")). NA entries of p stay NA in q and do not count in
 * m. q may be the same array as p. Returns KJ_INTERNAL (message in err, q
 * untouched) when a p-value lies outside [0, 1] or is infinite. */
kj_status kj_bh(const double *p, size_t n, double *q, kj_error *err);

/* ---- regression (analytics.md §4) --------------------------------------- */

typedef struct kj_ols {
  size_t k;     /* points used */
  double slope; /* change of y per unit of x */
  double intercept;
  double se;     /* standard error of the slope */
  double ci_low; /* slope -+ t(0.975, k-2)*se */
  double ci_high;
  double t;  /* slope / se; 0 or +-INFINITY when se = 0 (see below) */
  double df; /* k - 2 */
  double p;  /* two-sided p of slope = 0 */
} kj_ols;

/* Ordinary least squares of y on x (gsl_fit_linear). Needs k >= 3 pairs and
 * x not constant; otherwise every field but k is NA. A perfect fit (residual
 * variance 0) gives se = 0 and CI = [slope, slope]; then p = 0 (t = +-INF)
 * when slope != 0 and p = 1 (t = 0) when slope = 0, i.e. y is constant. */
void kj_ols_fit(const double *x, const double *y, size_t n, kj_ols *out);

/* The trend regression of analytics.md §4: the OLS fit of kj_ols_fit with a
 * standard error robust to autocorrelation. se_hac is the Newey-West SE of
 * the slope (Bartlett weights 1 - l/(L+1), L = floor(4 (k/100)^(2/9)), lags
 * counted in positions among the pairs used); out->se = max(se_hac *
 * sqrt(k/(k-2)), the plain OLS SE), and t, p and the CI use it with k - 2
 * df. *se_ols gets the plain OLS SE (NA when not computed). Same NA and
 * perfect-fit rules as kj_ols_fit (a perfect fit keeps se = 0). */
void kj_ols_hac(const double *x, const double *y, size_t n, kj_ols *out, double *se_ols);

typedef struct kj_hc1 {
  size_t n;       /* rows used */
  int rank;       /* numerical rank of X */
  int identified; /* 0: column j is collinear with the other columns (figures NA) */
  double b;       /* OLS coefficient of column j */
  double se;      /* its HC1 (White, n/(n-rank)) heteroskedasticity-robust standard error */
  double t, df, p; /* b / se, n - rank, two-sided Student t p */
} kj_hc1;

/* OLS of y on the n x p design X (row-major; put the intercept and any
 * fixed-effect dummies in it) by SVD, so a rank-deficient set of dummies is
 * handled by the pseudo-inverse, and the HC1 robust SE of coefficient j
 * (statsmodels OLS(...).fit(cov_type="HC1"), R sandwich::vcovHC(type =
 * "HC1")). Needs n > rank and every value finite; otherwise, or when column
 * j is collinear with the others, identified = 0 and b, se, t, p are NA.
 * KJ_INTERNAL only when GSL fails. */
kj_status kj_ols_hc1(const double *X, const double *y, size_t n, size_t p, size_t j, kj_hc1 *out,
                     kj_error *err);

/* ---- proportions and counts (analytics.md §2, §5) ----------------------- */

/* Wilson score 95 % interval of the proportion x/n (z = KJ_Z975), clipped to
 * [0, 1]. n <= 0 or x outside [0, n]: both bounds NA. */
void kj_wilson(long x, long n, double *lo, double *hi);

typedef struct kj_chisq {
  long n;              /* total count */
  double stat;         /* Pearson chi-square; +INFINITY when a count falls where 0 is expected */
  double df;           /* degrees of freedom after dropping empty categories */
  double p;            /* upper tail of chi-square(df) */
  double min_expected; /* smallest expected count among the categories kept */
  int low_expected;    /* 1 when min_expected < 5 (the approximation is doubtful) */
  double cramer_v;     /* independence test only: sqrt(stat / (n (min(r,c) - 1))); GOF: NA */
} kj_chisq;

/* Goodness of fit of counts obs[0..k) against expected shares share[0..k)
 * (need not sum to 1: they are normalised by their sum; the city's shares are
 * passed as they are). A category with share 0 is dropped and lowers df by
 * one when its count is 0; when its count is > 0 the observed distribution is
 * impossible under the reference: stat = +INFINITY, p = 0. df = (categories
 * with share > 0) - 1. No total (n = 0) or df < 1: stat, df, p NA.
 * Returns KJ_INTERNAL (err) for a negative count or a negative or non-finite
 * share; out is then all NA. */
kj_status kj_chisq_gof(const long *obs, const double *share, size_t k, kj_chisq *out,
                       kj_error *err);

/* Test of independence of an r x c table of counts (row-major, table[i*c+j]),
 * without continuity correction (scipy chi2_contingency(correction=False),
 * R chisq.test(correct=FALSE)). Rows and columns whose total is 0 are
 * dropped; df = (r' - 1)(c' - 1). Fewer than 2 non-empty rows or columns:
 * stat, df, p, cramer_v NA. KJ_INTERNAL (err) for a negative count. */
kj_status kj_chisq_indep(const long *table, size_t r, size_t c, kj_chisq *out, kj_error *err);

/* ---- random-effects pooling (analytics.md §2) ---------------------------- */

typedef struct kj_dl {
  size_t k;    /* estimates used (finite y and v > 0) */
  double q;    /* Cochran's Q around the 1/v-weighted mean */
  double tau2; /* DerSimonian-Laird between-group variance, floored at 0; NA when k < 2 */
  double mu;   /* random-effects mean sum(y/(tau2+v)) / sum(1/(tau2+v)) */
} kj_dl;

/* DerSimonian-Laird moment estimator over the estimates y[i] with
 * variances v[i] (> 0), and the empirical-Bayes shrunken estimates
 * shrunk[i] = mu + tau2/(tau2 + v[i]) (y[i] - mu) (NA for entries not used;
 * shrunk may be NULL). R metafor::rma(method = "DL"). */
void kj_dersimonian_laird(const double *y, const double *v, size_t n, kj_dl *out,
                          double *shrunk);

/* Monte Carlo p of the Pearson chi-square of a 2 x k table whose first row
 * is row[0..k) and whose column totals are total[0..k) (analytics.md §5: an
 * OPD against the rest of the city): b tables are drawn with the same
 * margins by drawing sum(row) of the sum(total) items without replacement
 * (a multivariate hypergeometric, as conditional hypergeometric draws per
 * category, gsl_rng_mt19937 seeded with seed), p = (1 + #{stat_sim >=
 * stat_obs (1 - 64 eps)}) / (b + 1). Columns with total 0 are ignored.
 * *stat gets the observed statistic. NA when fewer than 2 columns are used,
 * row is empty or holds every item, or b < 1. */
double kj_chisq_mc_p(const long *row, const long *total, size_t k, long b, unsigned long seed,
                     double *stat);

/* ---- correlation (analytics.md §6, §10) --------------------------------- */

typedef struct kj_corr {
  size_t n;       /* complete pairs used */
  double r;       /* Pearson r, or Spearman rho; NA when n < 3 or x or y constant */
  double t;       /* r sqrt(n-2) / sqrt(1-r^2); +-INFINITY when |r| = 1 (an |r| within
                     1e-12 of 1, i.e. points on a line up to rounding, is reported as 1) */
  double df;      /* n - 2 */
  double p;       /* two-sided p from t(n-2) */
  double ci_low;  /* Pearson: Fisher-z 95 % CI tanh(atanh r -+ z/sqrt(n-3)), n >= 4; */
  double ci_high; /* [r, r] when |r| = 1. Spearman: NA (no interval is reported) */
} kj_corr;

/* Pearson correlation of the complete pairs of x and y, with its t-test and
 * Fisher-z interval (R cor.test(method = "pearson")). */
void kj_pearson(const double *x, const double *y, size_t n, kj_corr *out);

/* Spearman rho (Pearson r of the ranks, ties given their average rank) with
 * the t approximation of its p-value, as R's cor.test(method = "spearman",
 * exact = FALSE) and scipy.stats.spearmanr do. */
void kj_spearman(const double *x, const double *y, size_t n, kj_corr *out);

/* Influence of each point on a Pearson correlation and on the OLS of y on
 * x (analytics.md §6), over the complete pairs of x and y (k of them): for
 * each i of x[0..n), r_loo[i] and p_loo[i] are the Pearson r and p of the
 * other complete pairs, cook[i] Cook's distance of pair i in the OLS of y on
 * x (D_i = e_i^2 h_i / (2 s^2 (1 - h_i)^2), s^2 = RSS/(k-2)). Entries of
 * incomplete pairs, and every entry when k < 4 (k < 3 for cook) or x is
 * constant, are NA. Any output may be NULL. */
void kj_influence(const double *x, const double *y, size_t n, double *r_loo, double *p_loo,
                  double *cook);

/* ---- one-way analysis of variance --------------------------------------- */

typedef struct kj_anova {
  size_t n;          /* values used over all groups */
  size_t g;          /* groups with at least one value */
  double ss_between; /* sum over groups of n_j (mean_j - mean)^2 */
  double ss_within;  /* sum of squares around the group means */
  double f;          /* (ss_between/df1) / (ss_within/df2) */
  double df1;        /* g - 1 */
  double df2;        /* n - g */
  double p;          /* upper tail of F(df1, df2) */
  double eta2;       /* ss_between / (ss_between + ss_within) */
} kj_anova;

/* One-way ANOVA of ngroups groups; group j is groups[j][0..sizes[j]) (R
 * oneway.test(var.equal = TRUE), scipy.stats.f_oneway). Empty groups are
 * ignored. Needs g >= 2 and n > g, otherwise f, p, eta2 (and df) are NA.
 * No variance within groups: f = +INFINITY and p = 0 when the group means
 * differ; f = 0, p = 1 and eta2 NA when all values are equal. */
void kj_anova_oneway(const double *const *groups, const size_t *sizes, size_t ngroups,
                     kj_anova *out);

#endif
