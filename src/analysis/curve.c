/* curve.c — predikat distribution rules: defaults, config syntax, integer
 * bounds and evaluation (analytics.md §5). The minimum-changes search itself
 * is in curve_solve.c.
 *
 * The one design choice that matters: a rule on shares is converted to an
 * integer interval for the count once, in kj_curve_bounds, with the
 * floating product p*n/100 snapped to an integer when it is one up to
 * rounding. PASS/FAIL and the solver both read those intervals, so "70 % of
 * 10 employees" means at most 7 everywhere, and PATUH <=> 0 changes.
 *
 * The rule parser serves the config reader: it accepts what a person types
 * in an INI value ("Butuh Perbaikan + Kurang ≥ 1 orang", "12,5 %") and
 * explains a mistake in one line that quotes the rule.
 */
#include "analysis/curve.h"
#include "analysis/curve_int.h"
#include "util/xalloc.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define ALL_SET ((1u << KJ_PREDIKAT_N) - 1u)
#define SB KJ_PRED_BIT(KJ_SANGAT_BAIK)
#define BK KJ_PRED_BIT(KJ_BAIK)
#define BP KJ_PRED_BIT(KJ_BUTUH_PERBAIKAN)
#define KR KJ_PRED_BIT(KJ_KURANG)
#define SK KJ_PRED_BIT(KJ_SANGAT_KURANG)

void kj_curve_defaults(kj_predikat_org org, kj_curve_rules *out) {
  static const kj_curve_rules def[KJ_ORG_N] = {
      [KJ_ORG_ISTIMEWA] = {2,
                           {{SB, KJ_CMP_GT, 50, KJ_CURVE_SHARE},
                            {SB, KJ_CMP_LE, 70, KJ_CURVE_SHARE}}},
      [KJ_ORG_BAIK] = {3,
                       {{BK, KJ_CMP_GT, 50, KJ_CURVE_SHARE},
                        {BK, KJ_CMP_LE, 70, KJ_CURVE_SHARE},
                        {BP | KR, KJ_CMP_GE, 1, KJ_CURVE_PERSONS}}},
      [KJ_ORG_BUTUH_PERBAIKAN] = {2,
                                  {{BP, KJ_CMP_GE, 60, KJ_CURVE_SHARE},
                                   {SB, KJ_CMP_LE, 10, KJ_CURVE_SHARE}}},
      [KJ_ORG_KURANG] = {3,
                         {{KR, KJ_CMP_GE, 60, KJ_CURVE_SHARE},
                          {BP, KJ_CMP_GE, 10, KJ_CURVE_SHARE},
                          {SB, KJ_CMP_LE, 10, KJ_CURVE_SHARE}}},
      [KJ_ORG_SANGAT_KURANG] = {3,
                                {{SK, KJ_CMP_GE, 60, KJ_CURVE_SHARE},
                                 {KR | BP, KJ_CMP_GE, 10, KJ_CURVE_SHARE},
                                 {SB, KJ_CMP_EQ, 0, KJ_CURVE_PERSONS}}},
  };
  if ((unsigned)org < KJ_ORG_N)
    *out = def[org];
  else
    memset(out, 0, sizeof *out);
}

/* ---- text form ----------------------------------------------------------- */

static const char *cmp_text(kj_cmp c) {
  static const char *const t[] = {">", ">=", "<", "<=", "="};
  return (unsigned)c < 5 ? t[c] : "?";
}

/* Length of the comparison operator at s (0 if none) and its kind; *bad is
 * set for operators people might try but the rules do not have (<>, !=, =>). */
static size_t cmp_at(const char *s, kj_cmp *c, int *bad) {
  *bad = 0;
  switch (s[0]) {
  case '>': *c = s[1] == '=' ? KJ_CMP_GE : KJ_CMP_GT; return s[1] == '=' ? 2 : 1;
  case '<':
    if (s[1] == '>') break;
    *c = s[1] == '=' ? KJ_CMP_LE : KJ_CMP_LT;
    return s[1] == '=' ? 2 : 1;
  case '=':
    if (s[1] == '>' || s[1] == '<') break;
    *c = KJ_CMP_EQ;
    return s[1] == '=' ? 2 : 1;
  case '!': *bad = 1; return s[1] == '=' ? 2 : 1;
  default:
    if (!strncmp(s, "\xE2\x89\xA5", 3)) { /* U+2265 GREATER-THAN OR EQUAL TO */
      *c = KJ_CMP_GE;
      return 3;
    }
    if (!strncmp(s, "\xE2\x89\xA4", 3)) { /* U+2264 LESS-THAN OR EQUAL TO */
      *c = KJ_CMP_LE;
      return 3;
    }
    return 0;
  }
  *bad = 1;
  return 2;
}

static void trim_span(const char **s, const char **e) {
  while (*s < *e && isspace((unsigned char)**s)) (*s)++;
  while (*e > *s && isspace((unsigned char)(*e)[-1])) (*e)--;
}

static int word_in(const char *w, size_t n, const char *const *list) {
  for (; *list; list++)
    if (strlen(*list) == n && !strncasecmp(w, *list, n)) return 1;
  return 0;
}

/* The predikat set left of the comparison. */
static kj_status parse_set(const char *text, const char *s, const char *e, unsigned *set,
                           kj_error *err) {
  *set = 0;
  const char *first = s;
  for (;;) {
    const char *plus = memchr(s, '+', (size_t)(e - s));
    const char *te = plus ? plus : e, *ts = s;
    trim_span(&ts, &te);
    if (ts == te)
      return kj_fail(err, KJ_DATA, "curve rule \"%s\": a predikat name is missing%s", text,
                     plus || s != first ? " around '+'" : " before the comparison");
    char name[64], expect[160];
    snprintf(name, sizeof name, "%.*s", (int)(te - ts), ts);
    int p = kj_enum_parse(&kj_enum_predikat, name);
    if (p < 0) {
      kj_enum_expected(&kj_enum_predikat, expect, sizeof expect);
      return kj_fail(err, KJ_DATA, "curve rule \"%s\": unknown predikat \"%s\" (expected %s)", text,
                     name, expect);
    }
    if (*set & KJ_PRED_BIT(p))
      return kj_fail(err, KJ_DATA, "curve rule \"%s\": %s appears twice in the sum", text,
                     kj_enum_canon(&kj_enum_predikat, p));
    *set |= KJ_PRED_BIT(p);
    if (!plus) return KJ_OK;
    s = plus + 1;
  }
}

/* The value and unit right of the comparison. */
static kj_status parse_value(const char *text, const char *s, const char *e, double *value,
                             kj_curve_unit *unit, kj_error *err) {
  static const char *const pct[] = {"%", "persen", "percent", NULL};
  static const char *const org[] = {"orang", "org", "pegawai", "person", "persons", "people", NULL};
  trim_span(&s, &e);
  const char *ne = s;
  while (ne < e && (isdigit((unsigned char)*ne) || *ne == '.' || *ne == ',')) ne++;
  if (ne == s)
    return kj_fail(err, KJ_DATA, "curve rule \"%s\": expected a number after the comparison%s",
                   text, s < e && *s == '-' ? " (it cannot be negative)" : "");
  char num[64];
  if ((size_t)(ne - s) >= sizeof num)
    return kj_fail(err, KJ_DATA, "curve rule \"%s\": the number is too long", text);
  snprintf(num, sizeof num, "%.*s", (int)(ne - s), s);
  char *comma = strchr(num, ',');
  if (comma && strchr(num, '.'))
    return kj_fail(err, KJ_DATA, "curve rule \"%s\": \"%s\" mixes ',' and '.'", text, num);
  if (comma) *comma = '.'; /* Indonesian decimal comma; the numeric locale is "C" */
  char *end;
  double v = strtod(num, &end);
  if (*end || !isfinite(v))
    return kj_fail(err, KJ_DATA, "curve rule \"%s\": \"%.*s\" is not a number", text, (int)(ne - s),
                   s);

  const char *us = ne, *ue = e;
  trim_span(&us, &ue);
  kj_cmp c2;
  int bad;
  for (const char *q = us; q < ue; q++)
    if (cmp_at(q, &c2, &bad) || bad)
      return kj_fail(err, KJ_DATA,
                     "curve rule \"%s\": only one comparison per rule; write "
                     "a range as two rules",
                     text);
  size_t ul = (size_t)(ue - us);
  if (ul == 0 && v == 0)
    *unit = KJ_CURVE_PERSONS; /* 0 persons = 0 % */
  else if (ul == 0)
    return kj_fail(err, KJ_DATA,
                   "curve rule \"%s\": say whether %s is a share or persons "
                   "(write %s%% or %s orang)",
                   text, num, num, num);
  else if (word_in(us, ul, pct))
    *unit = KJ_CURVE_SHARE;
  else if (word_in(us, ul, org))
    *unit = KJ_CURVE_PERSONS;
  else
    return kj_fail(err, KJ_DATA,
                   "curve rule \"%s\": unknown unit \"%.*s\" (expected %% or "
                   "orang)",
                   text, (int)ul, us);
  if (*unit == KJ_CURVE_SHARE && v > 100)
    return kj_fail(err, KJ_DATA, "curve rule \"%s\": a share must be between 0 and 100 %%", text);
  if (*unit == KJ_CURVE_PERSONS && (v != floor(v) || v > (double)KJ_CURVE_MAX_N))
    return kj_fail(err, KJ_DATA,
                   "curve rule \"%s\": a number of persons must be a whole "
                   "number up to %ld",
                   text, KJ_CURVE_MAX_N);
  *value = v;
  return KJ_OK;
}

kj_status kj_curve_rule_parse(const char *text, kj_curve_rule *out, kj_error *err) {
  if (!text) text = "";
  const char *op = NULL;
  size_t oplen = 0;
  kj_cmp cmp = KJ_CMP_EQ;
  int bad = 0;
  for (const char *q = text; *q && !op; q++)
    if ((oplen = cmp_at(q, &cmp, &bad)) != 0) op = q;
  if (!op)
    return kj_fail(err, KJ_DATA,
                   "curve rule \"%s\": no comparison (expected >, >=, <, <= or "
                   "=, e.g. \"SANGAT_BAIK > 50%%\")",
                   text);
  if (bad)
    return kj_fail(err, KJ_DATA,
                   "curve rule \"%s\": unsupported comparison \"%.*s\" (use >, "
                   ">=, <, <= or =)",
                   text, (int)oplen, op);
  kj_curve_rule r = {0, cmp, 0, KJ_CURVE_SHARE};
  kj_status st = parse_set(text, text, op, &r.set, err);
  if (st == KJ_OK) st = parse_value(text, op + oplen, text + strlen(text), &r.value, &r.unit, err);
  if (st == KJ_OK) *out = r;
  return st;
}

kj_status kj_curve_rules_parse(const char *text, kj_curve_rules *out, kj_error *err) {
  kj_curve_rules rs;
  memset(&rs, 0, sizeof rs);
  int item = 0;
  for (const char *s = text ? text : ""; *s;) {
    const char *e = strchr(s, ';');
    if (!e) e = s + strlen(s);
    const char *ts = s, *te = e;
    trim_span(&ts, &te);
    if (ts < te) {
      item++;
      if (rs.n == KJ_CURVE_MAX_RULES)
        return kj_fail(err, KJ_DATA, "curve rules: more than %d rules", KJ_CURVE_MAX_RULES);
      char *one = xstrndup(ts, (size_t)(te - ts));
      kj_error e1 = {KJ_OK, ""};
      kj_status st = kj_curve_rule_parse(one, &rs.rule[rs.n], &e1);
      free(one);
      if (st != KJ_OK) return kj_fail(err, st, "rule %d: %s", item, e1.msg);
      rs.n++;
    }
    s = *e ? e + 1 : e;
  }
  *out = rs;
  return KJ_OK;
}

char *kj_curve_rule_format(const kj_curve_rule *r, char *out, size_t cap) {
  size_t j = 0;
  if (cap == 0) return out;
  out[0] = '\0';
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    if (!(r->set & KJ_PRED_BIT(p))) continue;
    int w = snprintf(out + j, cap - j, "%s%s", j ? " + " : "", kj_enum_canon(&kj_enum_predikat, p));
    if (w < 0 || (size_t)w >= cap - j) return out;
    j += (size_t)w;
  }
  snprintf(out + j, cap - j, " %s %.15g%s", cmp_text(r->cmp), r->value,
           r->unit == KJ_CURVE_SHARE ? "%" : " orang");
  return out;
}

/* ---- bounds and evaluation --------------------------------------------- */

void kj_curve_bounds(const kj_curve_rule *r, long n, long *lo, long *hi) {
  double nn = n > 0 ? (double)n : 0.0;
  double p = r->unit == KJ_CURVE_SHARE ? r->value * nn / 100.0 : r->value;
  double near = nearbyint(p);
  if (fabs(p - near) <= 1e-9 * fmax(1.0, fabs(p))) p = near;
  double l = 0, h = nn;
  switch (r->cmp) {
  case KJ_CMP_GT: l = floor(p) + 1; break;
  case KJ_CMP_GE: l = ceil(p); break;
  case KJ_CMP_LT: h = ceil(p) - 1; break;
  case KJ_CMP_LE: h = floor(p); break;
  case KJ_CMP_EQ: l = ceil(p), h = floor(p); break;
  default: l = 1, h = 0; break; /* not a comparison: nothing satisfies it */
  }
  if (isnan(p)) l = 1, h = 0;
  /* clip into [0, n], keeping an empty interval empty */
  *lo = l < 0 ? 0 : (l > nn + 1 ? (long)nn + 1 : (long)l);
  *hi = h > nn ? (long)nn : (h < -1 ? -1 : (long)h);
}

static long set_count(unsigned set, const long counts[KJ_PREDIKAT_N]) {
  long v = 0;
  for (int i = 0; i < KJ_PREDIKAT_N; i++)
    if (set & KJ_PRED_BIT(i)) v += counts[i];
  return v;
}

int kj_curve_rule_holds(const kj_curve_rule *r, const long counts[KJ_PREDIKAT_N]) {
  long lo, hi;
  kj_curve_bounds(r, set_count(ALL_SET, counts), &lo, &hi);
  long v = set_count(r->set, counts);
  return lo <= v && v <= hi;
}

static kj_status rule_valid(const kj_curve_rule *r, int i, kj_error *err) {
  char buf[160];
  int ok = r->set != 0 && (r->set & ~ALL_SET) == 0 && (unsigned)r->cmp <= KJ_CMP_EQ &&
           (r->unit == KJ_CURVE_SHARE || r->unit == KJ_CURVE_PERSONS) && isfinite(r->value) &&
           r->value >= 0 &&
           (r->unit == KJ_CURVE_SHARE
                ? r->value <= 100
                : r->value == floor(r->value) && r->value <= (double)KJ_CURVE_MAX_N);
  if (ok) return KJ_OK;
  return kj_fail(err, KJ_DATA,
                 "curve rule %d (%s): not a valid rule (empty predikat set, "
                 "share outside 0..100 or persons not a whole number)",
                 i + 1, kj_curve_rule_format(r, buf, sizeof buf));
}

kj_status kj_curve_check(const kj_curve_rules *rules, const long counts[KJ_PREDIKAT_N],
                         kj_curve_result *out, kj_error *err) {
  memset(out, 0, sizeof *out);
  out->min_changes = -1;
  for (int i = 0; i < KJ_PREDIKAT_N; i++) out->target[i] = -1;
  if (rules->n < 0 || rules->n > KJ_CURVE_MAX_RULES)
    return kj_fail(err, KJ_INTERNAL, "curve: %d rules (0..%d allowed)", rules->n,
                   KJ_CURVE_MAX_RULES);
  for (int i = 0; i < KJ_PREDIKAT_N; i++)
    if (counts[i] < 0 || counts[i] > KJ_CURVE_MAX_N)
      return kj_fail(err, KJ_INTERNAL, "curve: count of %s is %ld",
                     kj_enum_canon(&kj_enum_predikat, i), counts[i]);
  for (int r = 0; r < rules->n; r++) {
    kj_status st = rule_valid(&rules->rule[r], r, err);
    if (st != KJ_OK) return st;
  }
  out->n = set_count(ALL_SET, counts);
  if (out->n > KJ_CURVE_MAX_N)
    return kj_fail(err, KJ_INTERNAL, "curve: %ld employees is beyond the solver's range", out->n);
  out->n_rules = rules->n;
  out->patuh = 1;
  kj_curve_bound b[KJ_CURVE_MAX_RULES];
  for (int r = 0; r < rules->n; r++) {
    b[r].set = rules->rule[r].set;
    kj_curve_bounds(&rules->rule[r], out->n, &b[r].lo, &b[r].hi);
    long v = set_count(b[r].set, counts);
    out->pass[r] = b[r].lo <= v && v <= b[r].hi;
    out->patuh &= out->pass[r];
  }
  if (out->patuh) {
    out->feasible = 1;
    out->min_changes = 0;
    memcpy(out->target, counts, sizeof out->target);
    return KJ_OK;
  }
  kj_status st = kj_curve_solve(counts, b, rules->n, &out->min_changes, out->target, err);
  if (st != KJ_OK) return st;
  out->feasible = out->min_changes >= 0;
  return KJ_OK;
}
