/* test_analysis_curve.c — curve rules: defaults, config syntax and its
 * errors, integer bounds, PASS/FAIL, and the exact minimum number of changes,
 * checked against brute-force enumeration of every count vector with n <= 12
 * under every default rule set and several custom ones, and on large n with
 * answers derived by hand or by an independent MILP solver (scipy/HiGHS). */
/* cmocka.h needs these first (a separate block, so include sorting keeps it) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/curve.h"

#define NP KJ_PREDIKAT_N

static kj_curve_rules rules_of(const char *text) {
  kj_curve_rules rs;
  kj_error err = {KJ_OK, ""};
  if (kj_curve_rules_parse(text, &rs, &err) != KJ_OK) fail_msg("%s", err.msg);
  return rs;
}

static void defaults_follow_the_spec_table(void **st) {
  (void)st;
  static const char *const want[KJ_ORG_N] = {
      "SANGAT_BAIK > 50%|SANGAT_BAIK <= 70%|",
      "BAIK > 50%|BAIK <= 70%|BUTUH_PERBAIKAN + KURANG >= 1 orang|",
      "BUTUH_PERBAIKAN >= 60%|SANGAT_BAIK <= 10%|",
      "KURANG >= 60%|BUTUH_PERBAIKAN >= 10%|SANGAT_BAIK <= 10%|",
      "SANGAT_KURANG >= 60%|BUTUH_PERBAIKAN + KURANG >= 10%|SANGAT_BAIK = 0 orang|",
  };
  for (int o = 0; o < KJ_ORG_N; o++) {
    kj_curve_rules rs;
    kj_curve_defaults((kj_predikat_org)o, &rs);
    char all[512] = "", one[128];
    for (int r = 0; r < rs.n; r++) {
      size_t len = strlen(all);
      snprintf(all + len, sizeof all - len, "%s|",
               kj_curve_rule_format(&rs.rule[r], one, sizeof one));
    }
    assert_string_equal(all, want[o]);
  }
  kj_curve_rules none;
  kj_curve_defaults(KJ_ORG_N, &none);
  assert_int_equal(none.n, 0);
}

static void parser_reads_config_spellings(void **st) {
  (void)st;
  kj_curve_rule r;
  kj_error err = {KJ_OK, ""};
  assert_int_equal(kj_curve_rule_parse("SANGAT_BAIK > 50%", &r, &err), KJ_OK);
  assert_int_equal(r.set, KJ_PRED_BIT(KJ_SANGAT_BAIK));
  assert_int_equal(r.cmp, KJ_CMP_GT);
  assert_true(r.value == 50 && r.unit == KJ_CURVE_SHARE);

  assert_int_equal(kj_curve_rule_parse("BUTUH_PERBAIKAN + KURANG >= 1 orang", &r, &err), KJ_OK);
  assert_int_equal(r.set, KJ_PRED_BIT(KJ_BUTUH_PERBAIKAN) | KJ_PRED_BIT(KJ_KURANG));
  assert_true(r.cmp == KJ_CMP_GE && r.value == 1 && r.unit == KJ_CURVE_PERSONS);

  assert_int_equal(kj_curve_rule_parse("SANGAT_BAIK = 0", &r, &err), KJ_OK);
  assert_true(r.cmp == KJ_CMP_EQ && r.value == 0 && r.unit == KJ_CURVE_PERSONS);

  /* labels, an alias, the U+2265 sign, a decimal comma, loose spaces */
  assert_int_equal(kj_curve_rule_parse(" Cukup+kurang \xE2\x89\xA5 12,5 % ", &r, &err), KJ_OK);
  assert_int_equal(r.set, KJ_PRED_BIT(KJ_BUTUH_PERBAIKAN) | KJ_PRED_BIT(KJ_KURANG));
  assert_true(r.cmp == KJ_CMP_GE && r.value == 12.5 && r.unit == KJ_CURVE_SHARE);

  assert_int_equal(kj_curve_rule_parse("Sangat Baik \xE2\x89\xA4 70 persen", &r, &err), KJ_OK);
  assert_true(r.set == KJ_PRED_BIT(KJ_SANGAT_BAIK) && r.cmp == KJ_CMP_LE && r.value == 70);

  assert_int_equal(kj_curve_rule_parse("SANGAT_KURANG == 2 pegawai", &r, &err), KJ_OK);
  assert_true(r.cmp == KJ_CMP_EQ && r.value == 2 && r.unit == KJ_CURVE_PERSONS);

  assert_int_equal(kj_curve_rule_parse("Kurang/Misconduct<3 org", &r, &err), KJ_OK);
  assert_true(r.set == KJ_PRED_BIT(KJ_KURANG) && r.cmp == KJ_CMP_LT && r.value == 3);
}

static void parser_explains_mistakes(void **st) {
  (void)st;
  static const struct {
    const char *text, *says;
  } bad[] = {
      {"SANGAT_BAIK 50%", "no comparison"},
      {"SANGAT_BAGUS > 50%", "unknown predikat \"SANGAT_BAGUS\" (expected SANGAT_BAIK, BAIK,"},
      {"> 50%", "a predikat name is missing before the comparison"},
      {"BAIK + > 5 orang", "a predikat name is missing around '+'"},
      {"BAIK + Baik > 5%", "BAIK appears twice"},
      {"BAIK > 150%", "between 0 and 100"},
      {"BAIK >= 1,5 orang", "whole number"},
      {"BAIK > 5", "share or persons (write 5% or 5 orang)"},
      {"BAIK > 5 ekor", "unknown unit \"ekor\""},
      {"BAIK != 5%", "unsupported comparison \"!=\""},
      {"BAIK <> 5%", "unsupported comparison \"<>\""},
      {"BAIK => 5%", "unsupported comparison \"=>\""},
      {"BAIK > -5%", "cannot be negative"},
      {"BAIK > 50% <= 70%", "only one comparison"},
      {"BAIK > 1.5,0%", "mixes ',' and '.'"},
      {"BAIK > 1..5%", "is not a number"},
      {"", "no comparison"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    kj_curve_rule r = {KJ_PRED_BIT(KJ_BAIK), KJ_CMP_LT, 42, KJ_CURVE_PERSONS};
    kj_error err = {KJ_OK, ""};
    assert_int_equal(kj_curve_rule_parse(bad[i].text, &r, &err), KJ_DATA);
    assert_int_equal(err.status, KJ_DATA);
    if (!strstr(err.msg, bad[i].says)) fail_msg("\"%s\" -> \"%s\"", bad[i].text, err.msg);
    assert_non_null(strstr(err.msg, bad[i].text));    /* the rule is quoted */
    assert_true(r.value == 42 && r.cmp == KJ_CMP_LT); /* untouched */
  }
  kj_curve_rule r;
  assert_int_equal(kj_curve_rule_parse(NULL, &r, NULL), KJ_DATA);
}

static void rule_lists_split_on_semicolons(void **st) {
  (void)st;
  kj_curve_rules rs = rules_of(" BAIK > 50%; BAIK <= 70% ; ;BUTUH_PERBAIKAN + KURANG >= 1 orang;");
  assert_int_equal(rs.n, 3);
  assert_true(rs.rule[2].unit == KJ_CURVE_PERSONS && rs.rule[2].value == 1);

  kj_error err = {KJ_OK, ""};
  assert_int_equal(kj_curve_rules_parse("BAIK > 50%; BAIK <= 170%", &rs, &err), KJ_DATA);
  assert_non_null(strstr(err.msg, "rule 2: curve rule \"BAIK <= 170%\""));
  assert_int_equal(kj_curve_rules_parse("BAIK>1%;BAIK>1%;BAIK>1%;BAIK>1%;BAIK>1%;BAIK>1%;"
                                        "BAIK>1%;BAIK>1%;BAIK>1%",
                                        &rs, &err),
                   KJ_DATA);
  assert_non_null(strstr(err.msg, "more than 8 rules"));
  assert_int_equal(kj_curve_rules_parse("", &rs, &err), KJ_OK);
  assert_int_equal(rs.n, 0);
}

static void format_round_trips_through_the_parser(void **st) {
  (void)st;
  for (int o = 0; o < KJ_ORG_N; o++) {
    kj_curve_rules rs;
    kj_curve_defaults((kj_predikat_org)o, &rs);
    for (int i = 0; i < rs.n; i++) {
      char buf[128];
      kj_curve_rule back;
      kj_error err = {KJ_OK, ""};
      kj_curve_rule_format(&rs.rule[i], buf, sizeof buf);
      assert_int_equal(kj_curve_rule_parse(buf, &back, &err), KJ_OK);
      assert_true(back.set == rs.rule[i].set && back.cmp == rs.rule[i].cmp &&
                  back.value == rs.rule[i].value && back.unit == rs.rule[i].unit);
    }
  }
  char buf[64];
  kj_curve_rule r = {KJ_PRED_BIT(KJ_KURANG), KJ_CMP_GE, 12.5, KJ_CURVE_SHARE};
  assert_string_equal(kj_curve_rule_format(&r, buf, sizeof buf), "KURANG >= 12.5%");
  assert_string_equal(kj_curve_rule_format(&r, buf, 5), "KURA"); /* truncates safely */
}

static void bounds_turn_shares_into_whole_counts(void **st) {
  (void)st;
  static const struct {
    kj_cmp cmp;
    double value;
    kj_curve_unit unit;
    long n, lo, hi;
  } c[] = {
      {KJ_CMP_GT, 50, KJ_CURVE_SHARE, 4, 3, 4},  /* > 2 */
      {KJ_CMP_GT, 50, KJ_CURVE_SHARE, 5, 3, 5},  /* > 2.5 */
      {KJ_CMP_GT, 50, KJ_CURVE_SHARE, 0, 1, 0},  /* nothing is > 0 of nobody */
      {KJ_CMP_LE, 70, KJ_CURVE_SHARE, 10, 0, 7}, /* <= 7 */
      {KJ_CMP_LE, 70, KJ_CURVE_SHARE, 3, 0, 2},  /* <= 2.1 */
      {KJ_CMP_GE, 60, KJ_CURVE_SHARE, 3, 2, 3},  /* >= 1.8 */
      {KJ_CMP_GE, 10, KJ_CURVE_SHARE, 1, 1, 1},  /* >= 0.1 */
      {KJ_CMP_LT, 20, KJ_CURVE_SHARE, 10, 0, 1}, /* < 2 */
      {KJ_CMP_LT, 20, KJ_CURVE_SHARE, 11, 0, 2}, /* < 2.2 */
      {KJ_CMP_EQ, 50, KJ_CURVE_SHARE, 7, 4, 3},  /* = 3.5: impossible */
      {KJ_CMP_EQ, 50, KJ_CURVE_SHARE, 8, 4, 4},
      {KJ_CMP_GE, 1, KJ_CURVE_PERSONS, 0, 1, 0},
      {KJ_CMP_EQ, 0, KJ_CURVE_PERSONS, 5, 0, 0},
      {KJ_CMP_LE, 10, KJ_CURVE_PERSONS, 4, 0, 4}, /* clipped to n */
      {KJ_CMP_GT, 10, KJ_CURVE_PERSONS, 4, 5, 4}, /* clipped, still empty */
      /* products that are integers only up to rounding: 0.7*100 is
       * 70.00000000000001 and 0.29*100 is 28.999999999999996 in doubles */
      {KJ_CMP_LE, 0.7 * 100, KJ_CURVE_SHARE, 10, 0, 7},
      {KJ_CMP_GT, 0.29 * 100, KJ_CURVE_SHARE, 100, 30, 100},
      {KJ_CMP_LT, 0.29 * 100, KJ_CURVE_SHARE, 100, 0, 28},
  };
  for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
    kj_curve_rule r = {KJ_PRED_BIT(KJ_BAIK), c[i].cmp, c[i].value, c[i].unit};
    long lo, hi;
    kj_curve_bounds(&r, c[i].n, &lo, &hi);
    if (lo != c[i].lo || hi != c[i].hi)
      fail_msg("case %zu: [%ld, %ld], want [%ld, %ld]", i, lo, hi, c[i].lo, c[i].hi);
  }
}

static long cost_of(const long *a, const long *b) {
  long s = 0;
  for (int i = 0; i < NP; i++) s += labs(a[i] - b[i]);
  return s / 2;
}

static int all_hold(const kj_curve_rules *rs, const long *x) {
  for (int r = 0; r < rs->n; r++)
    if (!kj_curve_rule_holds(&rs->rule[r], x)) return 0;
  return 1;
}

static void check(const kj_curve_rules *rs, const long *c, kj_curve_result *res) {
  kj_error err = {KJ_OK, ""};
  if (kj_curve_check(rs, c, res, &err) != KJ_OK) fail_msg("%s", err.msg);
}

static void evaluation_marks_each_rule(void **st) {
  (void)st;
  kj_curve_rules rs;
  kj_curve_defaults(KJ_ORG_BAIK, &rs);
  kj_curve_result res;
  const long ok[NP] = {2, 6, 1, 1, 0};
  check(&rs, ok, &res);
  assert_true(res.patuh && res.feasible && res.min_changes == 0 && res.n == 10);
  assert_true(res.pass[0] && res.pass[1] && res.pass[2] && res.n_rules == 3);
  assert_memory_equal(res.target, ok, sizeof ok);

  /* BAIK 5 of 10 is not > 50 %, and nobody is BUTUH_PERBAIKAN or KURANG:
   * one SANGAT_BAIK -> BAIK and one SANGAT_KURANG -> KURANG/BP fix both. */
  const long bad[NP] = {3, 5, 0, 0, 2};
  check(&rs, bad, &res);
  assert_false(res.patuh);
  assert_true(!res.pass[0] && res.pass[1] && !res.pass[2]);
  assert_true(res.feasible && res.min_changes == 2);
  assert_true(all_hold(&rs, res.target));
  assert_int_equal(cost_of(res.target, bad), 2);
  assert_false(kj_curve_rule_holds(&rs.rule[0], bad));
  assert_true(kj_curve_rule_holds(&rs.rule[1], bad));
}

static void impossible_rules_are_reported_as_infeasible(void **st) {
  (void)st;
  kj_curve_rules rs;
  kj_curve_defaults(KJ_ORG_ISTIMEWA, &rs);
  kj_curve_result res;
  const long one[NP] = {1, 0, 0, 0, 0}; /* SB >= 1 and SB <= 0.7 */
  check(&rs, one, &res);
  assert_true(!res.patuh && !res.feasible && res.min_changes == -1);
  assert_true(res.pass[0] && !res.pass[1]);
  for (int i = 0; i < NP; i++) assert_int_equal(res.target[i], -1);
  const long two[NP] = {0, 2, 0, 0, 0}; /* SB >= 2 and SB <= 1.4 */
  check(&rs, two, &res);
  assert_false(res.feasible);
  const long three[NP] = {0, 3, 0, 0, 0}; /* SB = 2 works */
  check(&rs, three, &res);
  assert_true(res.feasible && res.min_changes == 2);

  /* x0+x1 = x1+x2 = x0+x2 = 3 has only the fractional solution 1.5 each:
   * the LP relaxation is feasible, the integer program is not. */
  kj_curve_rules tri = rules_of("SANGAT_BAIK + BAIK = 3 orang; BAIK + BUTUH_PERBAIKAN = 3 orang;"
                                "SANGAT_BAIK + BUTUH_PERBAIKAN = 3 orang");
  const long big[NP] = {1000, 1200, 900, 1500, 400};
  check(&tri, big, &res);
  assert_true(!res.feasible && res.min_changes == -1);
}

static void bad_arguments_are_errors_not_crashes(void **st) {
  (void)st;
  kj_curve_rules rs;
  kj_curve_defaults(KJ_ORG_BAIK, &rs);
  kj_curve_result res;
  kj_error err = {KJ_OK, ""};
  const long neg[NP] = {1, -1, 0, 0, 0};
  assert_int_equal(kj_curve_check(&rs, neg, &res, &err), KJ_INTERNAL);
  assert_non_null(strstr(err.msg, "count of BAIK is -1"));
  const long c[NP] = {1, 2, 3, 4, 5};
  rs.n = KJ_CURVE_MAX_RULES + 1;
  assert_int_equal(kj_curve_check(&rs, c, &res, &err), KJ_INTERNAL);
  kj_curve_defaults(KJ_ORG_BAIK, &rs);
  rs.rule[1].set = 0;
  assert_int_equal(kj_curve_check(&rs, c, &res, &err), KJ_DATA);
  assert_non_null(strstr(err.msg, "curve rule 2"));
  kj_curve_defaults(KJ_ORG_BAIK, &rs);
  rs.rule[0].value = 120;
  assert_int_equal(kj_curve_check(&rs, c, &res, NULL), KJ_DATA);
  rs.rule[0].value = 50;
  rs.rule[2].value = 1.5; /* persons */
  assert_int_equal(kj_curve_check(&rs, c, &res, NULL), KJ_DATA);
}

/* ---- brute force --------------------------------------------------------- */

/* Every vector of NP non-negative counts summing to n, in a fixed order. */
static size_t all_vectors(long n, long (*out)[NP]) {
  size_t k = 0;
  for (long a = 0; a <= n; a++)
    for (long b = 0; a + b <= n; b++)
      for (long c = 0; a + b + c <= n; c++)
        for (long d = 0; a + b + c + d <= n; d++) {
          long v[NP] = {a, b, c, d, n - a - b - c - d};
          memcpy(out[k++], v, sizeof v);
        }
  return k;
}

static const char *const custom_rules[] = {
    /* the triangle: LP vertices at halves, integer optimum elsewhere */
    "SANGAT_BAIK + BAIK >= 3 orang; BAIK + BUTUH_PERBAIKAN >= 3 orang;"
    "SANGAT_BAIK + BUTUH_PERBAIKAN >= 3 orang; SANGAT_BAIK + BAIK + BUTUH_PERBAIKAN <= 5 orang",
    /* LP-feasible, integer-infeasible for every n */
    "SANGAT_BAIK + BAIK = 3 orang; BAIK + BUTUH_PERBAIKAN = 3 orang;"
    "SANGAT_BAIK + BUTUH_PERBAIKAN = 3 orang",
    /* overlapping, non-nested sets in shares and persons */
    "SANGAT_BAIK + KURANG >= 30%; BAIK + KURANG <= 40%; BAIK + SANGAT_KURANG >= 20%;"
    "SANGAT_BAIK < 30%; BUTUH_PERBAIKAN >= 1 orang",
    /* an equality on a share (feasible for even n only) */
    "BAIK = 50%; SANGAT_BAIK + SANGAT_KURANG <= 20%; KURANG > 10%",
    /* the triangle on shares, plus a persons rule */
    "SANGAT_BAIK + BAIK >= 40%; BAIK + BUTUH_PERBAIKAN >= 40%; SANGAT_BAIK + BUTUH_PERBAIKAN >= "
    "40%;"
    "SANGAT_BAIK + BAIK + BUTUH_PERBAIKAN <= 60%; KURANG + SANGAT_KURANG >= 1 orang",
    /* four-predikat sums and strict bounds from both sides */
    "SANGAT_BAIK + BAIK + BUTUH_PERBAIKAN + KURANG < 80%; BAIK + KURANG > 35%;"
    "SANGAT_BAIK + BUTUH_PERBAIKAN + SANGAT_KURANG >= 35%; KURANG <= 2 orang; BAIK < 25%",
    "", /* no rules: everything is compliant */
};

static void brute_force_agrees(const kj_curve_rules *rs, long nmax, const char *name) {
  long(*vec)[NP] = malloc(sizeof *vec * 1820); /* C(12+4, 4) */
  long(*ok)[NP] = malloc(sizeof *ok * 1820);
  assert_non_null(vec);
  assert_non_null(ok);
  for (long n = 0; n <= nmax; n++) {
    size_t nv = all_vectors(n, vec), nok = 0;
    for (size_t i = 0; i < nv; i++)
      if (all_hold(rs, vec[i])) memcpy(ok[nok++], vec[i], sizeof vec[i]);
    for (size_t i = 0; i < nv; i++) {
      long want = -1;
      for (size_t j = 0; j < nok; j++) {
        long d = cost_of(vec[i], ok[j]);
        if (want < 0 || d < want) want = d;
      }
      kj_curve_result res;
      check(rs, vec[i], &res);
      if (res.min_changes != want || res.feasible != (want >= 0) || res.patuh != (want == 0))
        fail_msg("%s, counts %ld %ld %ld %ld %ld: solver %ld, brute force %ld", name, vec[i][0],
                 vec[i][1], vec[i][2], vec[i][3], vec[i][4], res.min_changes, want);
      if (want >= 0) {
        assert_true(all_hold(rs, res.target));
        assert_int_equal(cost_of(res.target, vec[i]), want);
      }
    }
  }
  free(vec);
  free(ok);
}

static void min_changes_match_brute_force_for_defaults(void **st) {
  (void)st;
  for (int o = 0; o < KJ_ORG_N; o++) {
    kj_curve_rules rs;
    kj_curve_defaults((kj_predikat_org)o, &rs);
    brute_force_agrees(&rs, 12, kj_enum_canon(&kj_enum_predikat_org, o));
  }
}

static void min_changes_match_brute_force_for_custom_rules(void **st) {
  (void)st;
  for (size_t i = 0; i < sizeof custom_rules / sizeof custom_rules[0]; i++) {
    kj_curve_rules rs = rules_of(custom_rules[i]);
    brute_force_agrees(&rs, 12, custom_rules[i]);
  }
}

/* ---- large n --------------------------------------------------------------- */

static kj_curve_rules named_rules(const char *name) {
  for (int o = 0; o < KJ_ORG_N; o++)
    if (!strcmp(name, kj_enum_canon(&kj_enum_predikat_org, o))) {
      kj_curve_rules rs;
      kj_curve_defaults((kj_predikat_org)o, &rs);
      return rs;
    }
  if (!strcmp(name, "TRIANGLE")) return rules_of(custom_rules[4]);
  if (!strcmp(name, "OVERLAP")) return rules_of(custom_rules[2]);
  if (!strcmp(name, "FOURSUM"))
    return rules_of("SANGAT_BAIK + BAIK + BUTUH_PERBAIKAN + KURANG < 80%; BAIK + KURANG > 35%;"
                    "SANGAT_BAIK + BUTUH_PERBAIKAN + SANGAT_KURANG >= 35%; KURANG <= 15%;"
                    "BAIK < 25%");
  fail_msg("no rule set %s", name);
  return rules_of("");
}

static void min_changes_for_large_opd_by_hand(void **st) {
  (void)st;
  static const struct {
    const char *rules;
    long c[NP], want;
  } k[] = {
      /* SB must exceed 500 of 1000: 201 others become SB */
      {"ISTIMEWA", {300, 600, 100, 0, 0}, 201},
      /* SB at most 700: 100 leave SB */
      {"ISTIMEWA", {800, 200, 0, 0, 0}, 100},
      {"ISTIMEWA", {600, 300, 100, 0, 0}, 0},
      /* B at most 700, and the 300 leaving B can become BP/K: 300 */
      {"BAIK", {0, 1000, 0, 0, 0}, 300},
      /* two binding rules, one change each: SB -> B (B = 501) and SB -> BP */
      {"BAIK", {500, 500, 0, 0, 0}, 2},
      /* only BP + K >= 1 fails: one SK -> K */
      {"BAIK", {0, 600, 0, 0, 400}, 1},
      /* K needs +800 (each change adds at most one); the 200 SB over 10 %
       * are among the 800 moved */
      {"KURANG", {400, 400, 400, 400, 400}, 800},
      /* K + BP needs +100 and SB = 0 needs -10: the 10 SB go to K, 90 SK too */
      {"SANGAT_KURANG", {10, 0, 0, 0, 990}, 100},
  };
  for (size_t i = 0; i < sizeof k / sizeof k[0]; i++) {
    kj_curve_rules rs = named_rules(k[i].rules);
    kj_curve_result res;
    check(&rs, k[i].c, &res);
    if (res.min_changes != k[i].want)
      fail_msg("case %zu (%s): %ld, want %ld", i, k[i].rules, res.min_changes, k[i].want);
    assert_true(all_hold(&rs, res.target));
    assert_int_equal(cost_of(res.target, k[i].c), k[i].want);
  }
}

static void min_changes_for_large_opd_match_milp(void **st) {
  (void)st;
  /* Expected minima: tests/ref/curve_milp.py, i.e. scipy.optimize.milp
   * (HiGHS) on the same integer program with exactly computed bounds; -1 =
   * infeasible (HiGHS status 2). */
  static const struct {
    const char *rules;
    long c[NP], want;
  } k[] = {
      {"ISTIMEWA", {117, 664, 157, 2288, 1049}, 2021},
      {"ISTIMEWA", {1474, 772, 608, 684, 159}, 375},
      {"ISTIMEWA", {98, 140, 129, 395, 203}, 385},
      {"BAIK", {1555, 642, 1755, 100, 1724}, 2247},
      {"BAIK", {188, 2271, 477, 482, 33}, 0},
      {"BAIK", {1010, 847, 1511, 67, 1387}, 1565},
      {"BUTUH_PERBAIKAN", {677, 712, 1124, 715, 713}, 1241},
      {"BUTUH_PERBAIKAN", {396, 61, 223, 190, 337}, 502},
      {"BUTUH_PERBAIKAN", {147, 39, 199, 1, 356}, 247},
      {"KURANG", {910, 14, 347, 1302, 43}, 649},
      {"KURANG", {2195, 863, 811, 275, 846}, 2719},
      {"KURANG", {253, 95, 430, 161, 1276}, 1168},
      {"SANGAT_KURANG", {176, 18, 41, 508, 336}, 312},
      {"SANGAT_KURANG", {7, 295, 101, 10, 146}, 190},
      {"SANGAT_KURANG", {1349, 1299, 381, 1532, 905}, 2375},
      {"TRIANGLE", {225, 451, 134, 54, 0}, -1},
      {"TRIANGLE", {427, 689, 23, 102, 104}, 578},
      {"TRIANGLE", {1548, 84, 78, 494, 85}, -1},
      {"OVERLAP", {389, 1, 2259, 381, 1424}, 567},
      {"OVERLAP", {482, 2808, 237, 228, 1349}, 995},
      {"OVERLAP", {189, 251, 41, 224, 86}, 159},
      {"FOURSUM", {411, 95, 131, 219, 155}, 156},
      {"FOURSUM", {311, 302, 23, 154, 184}, 67},
      {"FOURSUM", {1053, 1102, 506, 730, 2385}, 190},
  };
  for (size_t i = 0; i < sizeof k / sizeof k[0]; i++) {
    kj_curve_rules rs = named_rules(k[i].rules);
    kj_curve_result res;
    check(&rs, k[i].c, &res);
    if (res.min_changes != k[i].want)
      fail_msg("case %zu (%s): %ld, want %ld", i, k[i].rules, res.min_changes, k[i].want);
    assert_int_equal(res.feasible, k[i].want >= 0);
    assert_int_equal(res.patuh, k[i].want == 0);
    if (k[i].want >= 0) {
      assert_true(all_hold(&rs, res.target));
      assert_int_equal(cost_of(res.target, k[i].c), k[i].want);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(defaults_follow_the_spec_table),
      cmocka_unit_test(parser_reads_config_spellings),
      cmocka_unit_test(parser_explains_mistakes),
      cmocka_unit_test(rule_lists_split_on_semicolons),
      cmocka_unit_test(format_round_trips_through_the_parser),
      cmocka_unit_test(bounds_turn_shares_into_whole_counts),
      cmocka_unit_test(evaluation_marks_each_rule),
      cmocka_unit_test(impossible_rules_are_reported_as_infeasible),
      cmocka_unit_test(bad_arguments_are_errors_not_crashes),
      cmocka_unit_test(min_changes_match_brute_force_for_defaults),
      cmocka_unit_test(min_changes_match_brute_force_for_custom_rules),
      cmocka_unit_test(min_changes_for_large_opd_by_hand),
      cmocka_unit_test(min_changes_for_large_opd_match_milp),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
