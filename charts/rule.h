/* rule.h — the required-curve rules as distribusi and kurva draw them (internal). */
#ifndef KJ_CHARTS_RULE_H
#define KJ_CHARTS_RULE_H

#include "charts/canvas.h"

/* KJ_DATA when the rule cannot be drawn honestly (empty mask, unknown
 * operator, threshold outside 0..1, pass outside -1..1). */
kj_status kj_rule_check(kj_error *err, const char *kind, int row, const char *name,
                        const kj_kurva_rule *r, int idx);
/* Checks five shares: each in 0..1 and summing to 1 (within 0.005). */
kj_status kj_shares_check(kj_error *err, const char *kind, int row, const char *name,
                          const double *share);
/* Checks org, compliant and min_changes agree with each other. */
kj_status kj_compliance_check(kj_error *err, const char *kind, int row, const char *name, int org,
                              int compliant, long min_changes);

/* "Butuh Perbaikan + Kurang ≥ 1 pegawai" / "Sangat Baik > 50 %" in c's language. */
char *kj_rule_text(kj_canvas *c, const kj_kurva_rule *r, char *out, size_t cap);
/* For a rule whose predikat are adjacent in the stacked order, the position
 * on the 0..1 stack of its threshold (start of the span + share) in *pos,
 * which may exceed 1; returns 0 (no position) when they are not adjacent. */
int kj_rule_position(const kj_kurva_rule *r, const double *share, double *pos);
/* 1 when the rule bounds from below (>, >=, =). */
int kj_rule_is_min(const kj_kurva_rule *r);
/* 1 when the rule bounds from above (<, <=, =). */
int kj_rule_is_max(const kj_kurva_rule *r);

/* "✓ patuh" / "✗ tidak patuh" / "belum dinilai", with its colour. */
const char *kj_compliance_text(kj_canvas *c, int compliant, kj_rgb *color);

#endif
