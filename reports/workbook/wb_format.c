/* wb_format.c — the format registry: every cell format of a workbook is
 * defined here once, and sheet builders ask for it by role (kj_wb_fmt).
 *
 * One registry per workbook because libxlsxwriter formats belong to their
 * workbook. All formats are created up front; libxlsxwriter writes only the
 * ones a cell uses into styles.xml, so unused roles cost nothing. Every role
 * (GENERAL too) sets the font, because Arial is metric-compatible with
 * Liberation Sans: the widths computed here look the same in Excel and in
 * LibreOffice, where Calibri would fall back to a wider font. Number formats
 * are Excel format codes, which Excel and LibreOffice show with the reader's
 * decimal separator; only the literal "<0.001" of p-values is localised.
 */
#include "reports/workbook/wb_private.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define FONT "Arial"
#define FONT_PT 10
#define C_TITLE 0x1F3864
#define C_GREY 0x595959
#define C_HEAD_BG 0x1F4E79
#define C_WHITE 0xFFFFFF
#define C_GOOD_BG 0xC6EFCE /* Excel's "Good", "Bad" and "Neutral" cell styles */
#define C_GOOD_FG 0x006100
#define C_BAD_BG 0xFFC7CE
#define C_BAD_FG 0x9C0006
#define C_NEUT_BG 0xFFEB9C
#define C_NEUT_FG 0x9C5700

static const char *num_format(kj_wb_fmt role, kj_lang lang) {
  switch (role) {
  case KJ_WB_INT: return "#,##0";
  case KJ_WB_DEC1: return "0.0";
  case KJ_WB_DEC2: return "0.00";
  case KJ_WB_DEC3: return "0.000";
  case KJ_WB_PCT1: return "0.0%";
  case KJ_WB_PVAL:
    return lang == KJ_LANG_ID ? "[<0.001]\"<0,001\";0.000" : "[<0.001]\"<0.001\";0.000";
  case KJ_WB_DATE: return lang == KJ_LANG_ID ? "dd/mm/yyyy" : "yyyy-mm-dd";
  default: return NULL;
  }
}

double wb_fmt_font_pt(kj_wb_fmt fmt) {
  switch ((kj_wb_fmt)(fmt & ~KJ_WB_TOTAL)) {
  case KJ_WB_TITLE: return 14;
  case KJ_WB_NOTE: return 9;
  default: return FONT_PT;
  }
}

static lxw_format *make(kj_wb *wb, kj_wb_fmt role, int total) {
  lxw_format *f = workbook_add_format(wb->book);
  format_set_font_name(f, FONT);
  format_set_font_size(f, wb_fmt_font_pt(role));
  const char *nf = num_format(role, wb->lang);
  if (nf) format_set_num_format(f, nf);
  switch (role) {
  case KJ_WB_TITLE:
    format_set_bold(f);
    format_set_font_color(f, C_TITLE);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    break;
  case KJ_WB_SUBTITLE:
    format_set_italic(f);
    format_set_font_color(f, C_GREY);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    break;
  case KJ_WB_NOTE: format_set_font_color(f, C_GREY); break;
  case KJ_WB_HEADING:
    format_set_bold(f);
    format_set_font_color(f, C_TITLE);
    format_set_align(f, LXW_ALIGN_VERTICAL_BOTTOM);
    break;
  case KJ_WB_HEADER:
    format_set_bold(f);
    format_set_font_color(f, C_WHITE);
    format_set_bg_color(f, C_HEAD_BG);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_CENTER);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_border_color(f, C_WHITE);
    break;
  case KJ_WB_WRAP:
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    break;
  case KJ_WB_GOOD:
  case KJ_WB_BAD:
  case KJ_WB_NEUTRAL:
    format_set_bg_color(f, role == KJ_WB_GOOD  ? C_GOOD_BG
                           : role == KJ_WB_BAD ? C_BAD_BG
                                               : C_NEUT_BG);
    format_set_font_color(f, role == KJ_WB_GOOD  ? C_GOOD_FG
                             : role == KJ_WB_BAD ? C_BAD_FG
                                                 : C_NEUT_FG);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    break;
  case KJ_WB_INT:
  case KJ_WB_DEC1:
  case KJ_WB_DEC2:
  case KJ_WB_DEC3:
  case KJ_WB_PCT1:
  case KJ_WB_PVAL:
  case KJ_WB_DATE:
    /* right-aligned like the numbers, so a "–" for a missing value lines up */
    format_set_align(f, LXW_ALIGN_RIGHT);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    break;
  default: /* data roles: top-aligned so rows with a wrapped cell stay tidy */
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    break;
  }
  if (total) {
    format_set_bold(f);
    format_set_top(f, LXW_BORDER_THIN);
  }
  return f;
}

static lxw_format *make_cf(kj_wb *wb, wb_cf_role which) {
  /* Conditional formats (dxf) may not change the font name or size; they
   * colour the cell and, for trend labels, prefix an arrow through a text
   * number format ("▲ "@) so the cell keeps the plain label for filters. */
  static const struct {
    unsigned fg, bg;
    const char *numfmt;
  } spec[WB_CF_N] = {
      [WB_CF_GOOD] = {C_GOOD_FG, C_GOOD_BG, NULL},
      [WB_CF_BAD] = {C_BAD_FG, C_BAD_BG, NULL},
      [WB_CF_NEUTRAL] = {C_NEUT_FG, C_NEUT_BG, NULL},
      [WB_CF_UP_GOOD] = {C_GOOD_FG, 0, "\"\xE2\x96\xB2 \"@"},
      [WB_CF_UP_BAD] = {C_BAD_FG, 0, "\"\xE2\x96\xB2 \"@"},
      [WB_CF_DOWN_GOOD] = {C_GOOD_FG, 0, "\"\xE2\x96\xBC \"@"},
      [WB_CF_DOWN_BAD] = {C_BAD_FG, 0, "\"\xE2\x96\xBC \"@"},
      [WB_CF_FLAT] = {C_GREY, 0, "\"\xE2\x96\xBA \"@"},
  };
  lxw_format *f = workbook_add_format(wb->book);
  format_set_font_color(f, spec[which].fg);
  if (spec[which].bg) format_set_bg_color(f, spec[which].bg);
  if (spec[which].numfmt) format_set_num_format(f, spec[which].numfmt);
  return f;
}

void wb_formats_init(kj_wb *wb) {
  for (int r = 0; r < KJ_WB_FMT_N; r++)
    for (int t = 0; t < 2; t++) wb->fmt[r][t] = r == KJ_WB_AUTO ? NULL : make(wb, (kj_wb_fmt)r, t);
  for (int c = 0; c < WB_CF_N; c++) wb->cf[c] = make_cf(wb, (wb_cf_role)c);
}

lxw_format *wb_fmt(kj_wb *wb, kj_wb_fmt fmt) {
  int total = (fmt & KJ_WB_TOTAL) != 0;
  int role = fmt & ~KJ_WB_TOTAL;
  if (role <= KJ_WB_AUTO || role >= KJ_WB_FMT_N) role = KJ_WB_GENERAL;
  return wb->fmt[role][total];
}

lxw_format *wb_cf_fmt(kj_wb *wb, wb_cf_role which) { return wb->cf[which]; }

double wb_num_width(kj_wb_fmt fmt, double v) {
  char buf[64];
  if (!isfinite(v)) return 0;
  kj_wb_fmt role = (kj_wb_fmt)(fmt & ~KJ_WB_TOTAL);
  if (role == KJ_WB_INT && v == floor(v) && fabs(v) < 1e15) { /* most cells: count the digits */
    long long a = (long long)fabs(v);
    int digits = 1;
    while (a >= 10) a /= 10, digits++;
    return (double)(digits + (digits - 1) / 3 + (v < 0)); /* with "," every 3 digits */
  }
  switch (role) {
  case KJ_WB_INT: kj_fmt_num(buf, sizeof buf, v, 0, KJ_LANG_EN); break;
  case KJ_WB_DEC1: kj_fmt_num_plain(buf, sizeof buf, v, 1, KJ_LANG_EN); break;
  case KJ_WB_DEC2: kj_fmt_num_plain(buf, sizeof buf, v, 2, KJ_LANG_EN); break;
  case KJ_WB_DEC3: kj_fmt_num_plain(buf, sizeof buf, v, 3, KJ_LANG_EN); break;
  case KJ_WB_PCT1:
    kj_fmt_num_plain(buf, sizeof buf, v * 100.0, 1, KJ_LANG_EN);
    return (double)strlen(buf) + 1;
  case KJ_WB_PVAL:
    if (v < 0.001) return 6;
    kj_fmt_num_plain(buf, sizeof buf, v, 3, KJ_LANG_EN);
    break;
  case KJ_WB_DATE: return 10;
  default: /* Excel's General shows at most 11 characters in a wide column */
    snprintf(buf, sizeof buf, "%.10G", v);
    return strlen(buf) > 11 ? 11 : (double)strlen(buf);
  }
  return (double)strlen(buf);
}
