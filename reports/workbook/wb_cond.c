/* wb_cond.c — conditional formats where they help reading (reports.md):
 * colour scales on effect sizes and shares, data bars on counts and means,
 * arrows on trend labels, traffic lights on compliance.
 *
 * Colour scales use ColorBrewer palettes that stay distinct for colour-blind
 * readers (RdBu for diverging, Blues for sequential), pale enough for black
 * text. Trend arrows and traffic lights are not Excel icon sets on purpose:
 * libxlsxwriter 1.1.4 writes icon-set thresholds only as percentages of the
 * range present (0/33/67 %), so a column holding only "stable" and "up"
 * codes would show "stable" as a down arrow. Instead one rule per label
 * (cell equal to "NAIK") colours the cell and prefixes the arrow through a
 * text number format, which Excel and LibreOffice both honour; the cell
 * keeps its plain label for sorting and filtering.
 */
#include "reports/workbook/wb_private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

#define C_NEG 0xEF8A62 /* RdBu 7-class: red side */
#define C_ZERO 0xF7F7F7
#define C_POS 0x67A9CF    /* blue side */
#define C_SEQ_LO 0xF7FBFF /* Blues */
#define C_SEQ_MID 0xC6DBEF
#define C_SEQ_HI 0x6BAED6
#define C_BAR 0x6BAED6

typedef struct cf_range {
  kj_wb_sheet *sh;
  int r0, c0, r1, c1;
} cf_range;

static kj_status add(const cf_range *r, lxw_conditional_format *cf) {
  lxw_error e = worksheet_conditional_format_range(r->sh->ws, (lxw_row_t)r->r0, (lxw_col_t)r->c0,
                                                   (lxw_row_t)r->r1, (lxw_col_t)r->c1, cf);
  return wb_lxw(r->sh, e, r->r0, r->c0, "conditional format");
}

static void bounds(const kj_wb_cf *spec, lxw_conditional_format *cf, uint8_t auto_min,
                   uint8_t auto_max) {
  if (spec->bounds) {
    cf->min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    cf->min_value = spec->lo;
    cf->max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    cf->max_value = spec->hi;
  } else {
    cf->min_rule_type = auto_min;
    cf->max_rule_type = auto_max;
  }
}

static kj_status scale(const cf_range *r, const kj_wb_cf *spec) {
  lxw_conditional_format cf;
  memset(&cf, 0, sizeof cf);
  cf.type = LXW_CONDITIONAL_3_COLOR_SCALE;
  bounds(spec, &cf, LXW_CONDITIONAL_RULE_TYPE_MINIMUM, LXW_CONDITIONAL_RULE_TYPE_MAXIMUM);
  if (spec->kind == KJ_WB_CF_DIVERGING) {
    cf.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    cf.mid_value = spec->mid;
    cf.min_color = spec->lower_is_better ? C_POS : C_NEG;
    cf.mid_color = C_ZERO;
    cf.max_color = spec->lower_is_better ? C_NEG : C_POS;
  } else {
    if (spec->bounds) {
      cf.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
      cf.mid_value = (spec->lo + spec->hi) / 2;
    } else {
      cf.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_PERCENTILE;
      cf.mid_value = 50;
    }
    cf.min_color = C_SEQ_LO;
    cf.mid_color = C_SEQ_MID;
    cf.max_color = C_SEQ_HI;
  }
  return add(r, &cf);
}

static kj_status databar(const cf_range *r, const kj_wb_cf *spec) {
  lxw_conditional_format cf;
  memset(&cf, 0, sizeof cf);
  cf.type = LXW_CONDITIONAL_DATA_BAR;
  cf.bar_color = C_BAR;
  cf.bar_solid = LXW_TRUE;
  bounds(spec, &cf, LXW_CONDITIONAL_RULE_TYPE_NONE, LXW_CONDITIONAL_RULE_TYPE_NONE);
  return add(r, &cf);
}

/* One "cell equals label" rule. The label becomes an Excel string literal:
 * quoted, with its quotes doubled. */
static kj_status label_rule(const cf_range *r, const char *label, wb_cf_role fmt) {
  if (!label) return KJ_OK;
  size_t n = strlen(label);
  if (n == 0 || n > 200 || kj_utf8_check(label, n) != n)
    return wb_fail(r->sh->wb, KJ_INTERNAL,
                   "%s: sheet '%s': conditional-format label must be 1..200 bytes of UTF-8",
                   r->sh->wb->path, r->sh->name);
  kj_buf b;
  kj_buf_init(&b);
  kj_buf_putc(&b, '"');
  for (const char *p = label; *p; p++) {
    if (*p == '"') kj_buf_putc(&b, '"');
    kj_buf_putc(&b, *p);
  }
  kj_buf_putc(&b, '"');
  lxw_conditional_format cf;
  memset(&cf, 0, sizeof cf);
  cf.type = LXW_CONDITIONAL_TYPE_CELL;
  cf.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
  cf.value_string = b.data;
  cf.format = wb_cf_fmt(r->sh->wb, fmt);
  cf.stop_if_true = LXW_TRUE;
  kj_status st = add(r, &cf);
  kj_buf_free(&b);
  return st;
}

static kj_status trend(const cf_range *r, const kj_wb_cf *spec) {
  int lib = spec->lower_is_better;
  for (int c = r->c0; c <= r->c1; c++) wb_widen(r->sh, c, 2); /* room for "▲ " */
  if (label_rule(r, spec->up, lib ? WB_CF_UP_BAD : WB_CF_UP_GOOD) != KJ_OK ||
      label_rule(r, spec->down, lib ? WB_CF_DOWN_GOOD : WB_CF_DOWN_BAD) != KJ_OK ||
      label_rule(r, spec->flat, WB_CF_FLAT) != KJ_OK)
    return r->sh->wb->err.status;
  return KJ_OK;
}

static kj_status traffic_text(const cf_range *r, const kj_wb_cf *spec) {
  if (label_rule(r, spec->good, WB_CF_GOOD) != KJ_OK ||
      label_rule(r, spec->bad, WB_CF_BAD) != KJ_OK ||
      label_rule(r, spec->neutral, WB_CF_NEUTRAL) != KJ_OK)
    return r->sh->wb->err.status;
  return KJ_OK;
}

static kj_status cell_rule(const cf_range *r, uint8_t criteria, double v, double v2,
                           wb_cf_role fmt) {
  lxw_conditional_format cf;
  memset(&cf, 0, sizeof cf);
  cf.type = LXW_CONDITIONAL_TYPE_CELL;
  cf.criteria = criteria;
  if (criteria == LXW_CONDITIONAL_CRITERIA_BETWEEN) {
    cf.min_value = v;
    cf.max_value = v2;
  } else {
    cf.value = v;
  }
  cf.format = wb_cf_fmt(r->sh->wb, fmt);
  cf.stop_if_true = LXW_TRUE;
  return add(r, &cf);
}

/* Traffic lights on a number. Excel compares an empty cell as 0, so blanks
 * are caught first by a rule without a format that stops evaluation. */
static kj_status traffic(const cf_range *r, const kj_wb_cf *spec) {
  if (!isfinite(spec->lo) || !isfinite(spec->hi) || spec->lo > spec->hi)
    return wb_fail(r->sh->wb, KJ_INTERNAL,
                   "%s: sheet '%s': traffic lights need finite thresholds lo <= hi",
                   r->sh->wb->path, r->sh->name);
  lxw_conditional_format blanks;
  memset(&blanks, 0, sizeof blanks);
  blanks.type = LXW_CONDITIONAL_TYPE_BLANKS;
  blanks.stop_if_true = LXW_TRUE;
  if (add(r, &blanks) != KJ_OK) return r->sh->wb->err.status;
  kj_status st;
  if (spec->lower_is_better) {
    st = cell_rule(r, LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO, spec->lo, 0, WB_CF_GOOD);
    if (st == KJ_OK)
      st = cell_rule(r, LXW_CONDITIONAL_CRITERIA_GREATER_THAN, spec->hi, 0, WB_CF_BAD);
  } else {
    st = cell_rule(r, LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO, spec->hi, 0, WB_CF_GOOD);
    if (st == KJ_OK) st = cell_rule(r, LXW_CONDITIONAL_CRITERIA_LESS_THAN, spec->lo, 0, WB_CF_BAD);
  }
  if (st == KJ_OK)
    st = cell_rule(r, LXW_CONDITIONAL_CRITERIA_BETWEEN, spec->lo, spec->hi, WB_CF_NEUTRAL);
  return st;
}

kj_status kj_wb_cf_apply(kj_wb_sheet *sh, int first_row, int first_col, int last_row, int last_col,
                         const kj_wb_cf *cf) {
  if (!wb_ok(sh->wb)) return sh->wb->err.status;
  if (!cf || cf->kind == KJ_WB_CF_NONE || last_row < first_row || last_col < first_col)
    return KJ_OK;
  if (cf->bounds && !(isfinite(cf->lo) && isfinite(cf->hi) && cf->lo < cf->hi))
    return wb_fail(sh->wb, KJ_INTERNAL, "%s: sheet '%s': scale bounds need finite lo < hi",
                   sh->wb->path, sh->name);
  if (!isfinite(cf->mid))
    return wb_fail(sh->wb, KJ_INTERNAL, "%s: sheet '%s': scale centre is not finite", sh->wb->path,
                   sh->name);
  if (!wb_cell_ok(sh, first_row, first_col, "conditional format") ||
      !wb_cell_ok(sh, last_row, last_col, "conditional format"))
    return sh->wb->err.status;
  cf_range r = {sh, first_row, first_col, last_row, last_col};
  switch (cf->kind) {
  case KJ_WB_CF_DIVERGING:
  case KJ_WB_CF_SEQUENTIAL: return scale(&r, cf);
  case KJ_WB_CF_DATABAR: return databar(&r, cf);
  case KJ_WB_CF_TREND: return trend(&r, cf);
  case KJ_WB_CF_TRAFFIC: return traffic(&r, cf);
  case KJ_WB_CF_TRAFFIC_TEXT: return traffic_text(&r, cf);
  default:
    return wb_fail(sh->wb, KJ_INTERNAL, "%s: sheet '%s': unknown conditional format %d",
                   sh->wb->path, sh->name, (int)cf->kind);
  }
}
