/* rule.c — how a rule of the required distribution curve is checked,
 * worded and placed on a stacked bar.
 *
 * The rules (analytics.md §5) bound the share of one predikat or of a sum of
 * predikat ("Butuh Perbaikan + Kurang ≥ 1 pegawai"). On a 100 % bar stacked
 * in the natural order Sangat Baik … Sangat Kurang, a sum of adjacent
 * predikat is one contiguous span, so its bound is a point on the bar: the
 * span's start plus the threshold. That is where distribusi draws the
 * bracket; rules over non-adjacent predikat are only worded, never placed.
 */
#include "charts/rule.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *nm(const char *name) { return name && *name ? name : "?"; }

kj_status kj_rule_check(kj_error *err, const char *kind, int row, const char *name,
                        const kj_kurva_rule *r, int idx) {
  if (r->mask == 0 || r->mask >= (1u << KJ_PREDIKAT_N))
    return kj_fail(err, KJ_DATA,
                   "chart %s: row %d (%s): rule %d counts no valid predikat (mask %#x)", kind,
                   row + 1, nm(name), idx + 1, r->mask);
  if ((int)r->op < KJ_OP_GT || r->op > KJ_OP_EQ)
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): rule %d has an unknown operator %d", kind,
                   row + 1, nm(name), idx + 1, (int)r->op);
  if (!isfinite(r->share) || r->share < 0 || r->share > 1)
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): rule %d threshold %g is not a share 0..1",
                   kind, row + 1, nm(name), idx + 1, r->share);
  if (r->persons < 0 || r->pass < -1 || r->pass > 1)
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): rule %d: persons %ld / pass %d invalid",
                   kind, row + 1, nm(name), idx + 1, r->persons, r->pass);
  return KJ_OK;
}

kj_status kj_shares_check(kj_error *err, const char *kind, int row, const char *name,
                          const double *share) {
  double sum = 0;
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    if (!isfinite(share[p]) || share[p] < 0 || share[p] > 1)
      return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): share of %s = %g is not 0..1", kind,
                     row + 1, nm(name), kj_enum_canon(&kj_enum_predikat, p), share[p]);
    sum += share[p];
  }
  if (fabs(sum - 1) > 0.005)
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): the five shares sum to %g, not 1", kind,
                   row + 1, nm(name), sum);
  return KJ_OK;
}

kj_status kj_compliance_check(kj_error *err, const char *kind, int row, const char *name, int org,
                              int compliant, long min_changes) {
  if (org < -1 || org >= KJ_ORG_N)
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): predikat organisasi %d unknown", kind,
                   row + 1, nm(name), org);
  if (compliant < -1 || compliant > 1 || min_changes < 0)
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): compliant %d / min_changes %ld invalid",
                   kind, row + 1, nm(name), compliant, min_changes);
  if (org == -1 && compliant != -1)
    return kj_fail(err, KJ_DATA,
                   "chart %s: row %d (%s): compliance given without a predikat organisasi", kind,
                   row + 1, nm(name));
  if (compliant == 1 && min_changes != 0)
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): compliant but min_changes = %ld", kind,
                   row + 1, nm(name), min_changes);
  if (compliant == 0 && min_changes == 0)
    return kj_fail(err, KJ_DATA, "chart %s: row %d (%s): not compliant but min_changes = 0", kind,
                   row + 1, nm(name));
  return KJ_OK;
}

char *kj_rule_text(kj_canvas *c, const kj_kurva_rule *r, char *out, size_t cap) {
  static const char *const ops[] = {">", "\xE2\x89\xA5", "<", "\xE2\x89\xA4", "="};
  size_t len = 0;
  out[0] = '\0';
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    if (!(r->mask & (1u << p))) continue;
    len += (size_t)snprintf(out + len, len < cap ? cap - len : 0, "%s%s", len ? " + " : "",
                            kj_enum_label(&kj_enum_predikat, p, c->lang));
    if (len >= cap) return out;
  }
  char num[48];
  if (r->persons > 0) {
    kj_fmt_num(num, sizeof num, (double)r->persons, 0, c->lang);
    snprintf(out + len, cap - len, " %s %s %s", ops[r->op], num,
             KJ_TR(c, "pegawai", r->persons == 1 ? "employee" : "employees"));
  } else {
    double pct = r->share * 100;
    kj_fmt_pct(num, sizeof num, r->share, fabs(pct - round(pct)) < 1e-9 ? 0 : 1, c->lang);
    snprintf(out + len, cap - len, " %s %s", ops[r->op], num);
  }
  return out;
}

int kj_rule_position(const kj_kurva_rule *r, const double *share, double *pos) {
  int first = -1, last = -1;
  for (int p = 0; p < KJ_PREDIKAT_N; p++)
    if (r->mask & (1u << p)) {
      if (first < 0) first = p;
      last = p;
    }
  if (first < 0) return 0;
  for (int p = first; p <= last; p++)
    if (!(r->mask & (1u << p))) return 0; /* a gap: not one span */
  double start = 0;
  for (int p = 0; p < first; p++) start += share[p];
  *pos = start + r->share; /* may exceed 1: the bound then lies beyond the bar */
  return 1;
}

int kj_rule_is_min(const kj_kurva_rule *r) {
  return r->op == KJ_OP_GT || r->op == KJ_OP_GE || r->op == KJ_OP_EQ;
}
int kj_rule_is_max(const kj_kurva_rule *r) {
  return r->op == KJ_OP_LT || r->op == KJ_OP_LE || r->op == KJ_OP_EQ;
}

const char *kj_compliance_text(kj_canvas *c, int compliant, kj_rgb *color) {
  if (compliant == 1) {
    *color = c->th->pass;
    return KJ_TR(c, "\xE2\x9C\x93 patuh", "\xE2\x9C\x93 compliant");
  }
  if (compliant == 0) {
    *color = c->th->fail;
    return KJ_TR(c, "\xE2\x9C\x97 tidak patuh", "\xE2\x9C\x97 not compliant");
  }
  *color = c->th->muted_ink;
  return KJ_TR(c, "tidak dinilai", "not assessed");
}
