/* curve.h — the required distribution ("kurva") of employee predikat per
 * organisation predikat (analytics.md §5): rules, their text form in the
 * config, their evaluation on an OPD's five counts, and the exact minimum
 * number of employees whose predikat would have to change for every rule to
 * hold.
 *
 * A rule bounds the count of a set of predikat (summed), as a share of the
 * OPD's employees or in persons: "BUTUH_PERBAIKAN + KURANG >= 1 orang".
 * Shares are turned into integer bounds on the count once (kj_curve_bounds),
 * and both the PASS/FAIL evaluation and the solver use those bounds, so a
 * vector is PATUH exactly when its minimum number of changes is 0.
 *
 * Plain structs, no allocation visible to the caller.
 */
#ifndef KJ_ANALYSIS_CURVE_H
#define KJ_ANALYSIS_CURVE_H

#include <stddef.h>

#include "domain/enums.h"
#include "util/status.h"

#define KJ_CURVE_MAX_RULES 8 /* rules per organisation predikat */

typedef enum kj_cmp { KJ_CMP_GT, KJ_CMP_GE, KJ_CMP_LT, KJ_CMP_LE, KJ_CMP_EQ } kj_cmp;

typedef enum kj_curve_unit {
  KJ_CURVE_SHARE,  /* value is a percent of the OPD's employees, 0..100 */
  KJ_CURVE_PERSONS /* value is a whole number of employees */
} kj_curve_unit;

/* Bit of predikat p in kj_curve_rule.set. */
#define KJ_PRED_BIT(p) (1u << (unsigned)(p))

typedef struct kj_curve_rule {
  unsigned set; /* KJ_PRED_BIT of each kj_predikat summed; non-zero, < 1 << 5 */
  kj_cmp cmp;   /* count(set) cmp value */
  double value; /* percent 0..100 (SHARE) or whole persons >= 0 (PERSONS) */
  kj_curve_unit unit;
} kj_curve_rule;

typedef struct kj_curve_rules {
  int n;                                  /* 0..KJ_CURVE_MAX_RULES */
  kj_curve_rule rule[KJ_CURVE_MAX_RULES]; /* all must hold */
} kj_curve_rules;

/* The default rules of analytics.md §5 for organisation predikat org (e.g.
 * ISTIMEWA: SANGAT_BAIK > 50 %, SANGAT_BAIK <= 70 %). An org outside
 * kj_predikat_org gives n = 0. */
void kj_curve_defaults(kj_predikat_org org, kj_curve_rules *out);

/* Parses one rule written as in the config:
 *   SET CMP VALUE UNIT
 * SET is one predikat or several joined by '+' (canonical names or any
 * spelling kj_enum_predikat accepts, e.g. "Butuh Perbaikan + Kurang"); CMP is
 * one of > >= < <= = (also == and the signs >= <= as U+2265, U+2264); VALUE
 * is a number with '.' or ',' as decimal mark; UNIT is '%' (or "persen") for
 * a share, "orang" (or "org", "pegawai", "person", "persons") for persons. The
 * unit may be left out only when VALUE is 0. Examples: "SANGAT_BAIK > 50%",
 * "BUTUH_PERBAIKAN + KURANG >= 1 orang", "SANGAT_BAIK = 0".
 * Returns KJ_OK, or KJ_DATA with a message quoting the rule and saying what
 * is wrong (unknown predikat with the accepted names, missing comparison,
 * share outside 0..100, persons not a whole number, ...); *out is untouched
 * on failure. */
kj_status kj_curve_rule_parse(const char *text, kj_curve_rule *out, kj_error *err);

/* Parses a list of rules separated by ';' (e.g. a config value
 * "BAIK > 50%; BAIK <= 70%; BUTUH_PERBAIKAN + KURANG >= 1 orang"). Empty
 * items are ignored. KJ_DATA when a rule is bad (the message names which,
 * counting from 1) or when there are more than KJ_CURVE_MAX_RULES. */
kj_status kj_curve_rules_parse(const char *text, kj_curve_rules *out, kj_error *err);

/* Writes r in the syntax kj_curve_rule_parse reads, with canonical names:
 * "BUTUH_PERBAIKAN + KURANG >= 1 orang", "SANGAT_BAIK > 50%". Returns out
 * (truncated to cap-1 bytes if needed). */
char *kj_curve_rule_format(const kj_curve_rule *r, char *out, size_t cap);

/* Integer bounds lo <= count(set) <= hi equivalent to rule r for an OPD of
 * n >= 0 employees. A share p % turns into P = p*n/100 (snapped to the
 * nearest integer when within 1e-9 relative of it, so 70 % of 10 is 7, not
 * 7.000000000000001): > P -> lo = floor(P)+1; >= P -> lo = ceil(P);
 * < P -> hi = ceil(P)-1; <= P -> hi = floor(P); = P -> [ceil(P), floor(P)].
 * Bounds are clipped to [0, n]; lo > hi means no count can satisfy r. */
void kj_curve_bounds(const kj_curve_rule *r, long n, long *lo, long *hi);

/* 1 when counts (the five predikat counts, in kj_predikat order) satisfy r. */
int kj_curve_rule_holds(const kj_curve_rule *r, const long counts[KJ_PREDIKAT_N]);

typedef struct kj_curve_result {
  long n; /* total employees (sum of counts) */
  int n_rules;
  int pass[KJ_CURVE_MAX_RULES]; /* 1 = PASS, 0 = FAIL, per rule */
  int patuh;                    /* 1 when every rule passes */
  int feasible;                 /* 0: no count vector with total n satisfies all rules */
  long min_changes;             /* min 1/2 sum |c' - c| over compliant c'; 0 when patuh;
                                   -1 when infeasible */
  long target[KJ_PREDIKAT_N];   /* a closest compliant vector (counts itself when patuh);
                                   all -1 when infeasible */
} kj_curve_result;

/* Evaluates rules on counts and solves the minimum-changes problem exactly:
 * min over integer c' >= 0 with sum c' = sum c and every rule satisfied of
 * 1/2 sum_i |c'_i - c_i| (the number of employees whose predikat changes).
 * The answer is computed, not enumerated, in time independent of n for
 * practical purposes (branch and bound over small linear programs). When the
 * rules cannot hold together for this n (e.g. n = 1 with SANGAT_BAIK > 50 %
 * and <= 70 %), feasible = 0 and min_changes = -1: report it as
 * "kurva tidak dapat dipenuhi", not as a number. An OPD with n = 0 fails
 * every rule with a lower bound above 0 and is then infeasible; the engine
 * should not evaluate empty OPD. No rules (n_rules = 0): PATUH, 0 changes.
 * Returns KJ_OK; KJ_DATA (err) for an invalid rule (empty set, value out of
 * range) and KJ_INTERNAL for a negative count, a total above 10^7, a rule
 * count outside 0..KJ_CURVE_MAX_RULES, or a solver failure (a bug). A tie
 * between equally close compliant vectors is broken deterministically, so
 * target is reproducible. */
kj_status kj_curve_check(const kj_curve_rules *rules, const long counts[KJ_PREDIKAT_N],
                         kj_curve_result *out, kj_error *err);

#endif
