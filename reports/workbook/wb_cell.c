/* wb_cell.c — writing single cells: text always as strings, numbers never
 * as NaN, dates as Excel serial dates; each write widens its column.
 *
 * Text that came from input data may begin with '=', '+', '-' or '@'; it is
 * written with worksheet_write_string only, so it can never become a
 * formula (cli.md). Before that it is checked and made safe for the XML:
 * valid UTF-8, at most Excel's 32,767 characters, and "_xHHHH_" escaped as
 * "_x005F_xHHHH_", because Excel would otherwise decode such a sequence in a
 * shared string into another character. (libxlsxwriter 1.1.4 itself escapes
 * control characters that way, so those need nothing from us.)
 */
#include "reports/workbook/wb_private.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "domain/date.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* Largest integer written as a number: Excel keeps 15 significant digits. */
#define WB_INT_EXACT 999999999999999LL

size_t wb_text_width(const char *s) {
  size_t best = 0, cur = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '\n') {
      if (cur > best) best = cur;
      cur = 0;
    } else if ((*p & 0xC0) != 0x80) {
      cur++;
    }
  }
  return cur > best ? cur : best;
}

static int is_escape_at(const char *p) {
  if (p[0] != '_' || p[1] != 'x') return 0;
  for (int i = 2; i < 6; i++)
    if (!isxdigit((unsigned char)p[i])) return 0;
  return p[6] == '_';
}

char *wb_clean_text(kj_wb_sheet *sh, int row, int col, const char *s) {
  size_t n = strlen(s);
  size_t bad = kj_utf8_check(s, n);
  if (bad != n) {
    char cell[16];
    wb_fail(sh->wb, KJ_DATA, "%s: sheet '%s' cell %s: text is not valid UTF-8 (byte %zu)",
            sh->wb->path, sh->name, wb_cell_name(row, col, cell, sizeof cell), bad + 1);
    return NULL;
  }
  /* Most cells: no "_x" escape to protect and within the limit (a UTF-8
   * text never has more UTF-16 units than bytes), so a plain copy. */
  if (n <= KJ_WB_CELL_TEXT_MAX && !strstr(s, "_x")) return xstrndup(s, n);
  kj_buf b;
  kj_buf_init(&b);
  size_t units = 0;
  for (const char *p = s; *p;) {
    unsigned char c = (unsigned char)*p;
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    size_t w = len == 4 ? 2 : 1;
    if (units + w > KJ_WB_CELL_TEXT_MAX) break; /* Excel's cell limit */
    if (is_escape_at(p)) kj_buf_puts(&b, "_x005F");
    kj_buf_append(&b, p, len);
    units += w;
    p += len;
  }
  return kj_buf_take(&b);
}

static kj_wb_fmt resolve(kj_wb_fmt fmt, kj_wb_fmt dflt) {
  int role = fmt & ~KJ_WB_TOTAL;
  if (role == KJ_WB_AUTO) return (kj_wb_fmt)(dflt | (fmt & KJ_WB_TOTAL));
  return fmt;
}

static int widens(kj_wb_fmt fmt) {
  int role = fmt & ~KJ_WB_TOTAL;
  return role != KJ_WB_TITLE && role != KJ_WB_SUBTITLE && role != KJ_WB_NOTE &&
         role != KJ_WB_HEADING;
}

kj_status kj_wb_text(kj_wb_sheet *sh, int row, int col, const char *s, kj_wb_fmt fmt) {
  return wb_write_text(sh, row, col, s, fmt, widens(resolve(fmt, KJ_WB_TEXT)));
}

kj_status wb_write_text(kj_wb_sheet *sh, int row, int col, const char *s, kj_wb_fmt fmt,
                        int measure) {
  if (!wb_ok(sh->wb)) return sh->wb->err.status;
  if (!wb_cell_ok(sh, row, col, "text")) return sh->wb->err.status;
  fmt = resolve(fmt, KJ_WB_TEXT);
  lxw_format *f = wb_fmt(sh->wb, fmt);
  if (!s || !*s)
    return wb_lxw(sh, worksheet_write_blank(sh->ws, (lxw_row_t)row, (lxw_col_t)col, f), row, col,
                  "blank cell");
  char *t = wb_clean_text(sh, row, col, s);
  if (!t) return sh->wb->err.status;
  lxw_error e = worksheet_write_string(sh->ws, (lxw_row_t)row, (lxw_col_t)col, t, f);
  if (e == LXW_NO_ERROR && measure) wb_measure(sh, col, (double)wb_text_width(t));
  /* Neither Excel nor LibreOffice grows a row for wrapped text on opening
   * a file, so wrapped cells get their row height fitted at close. */
  if (e == LXW_NO_ERROR && (fmt & ~KJ_WB_TOTAL) == KJ_WB_WRAP)
    wb_add_band(sh, row, col, 1, t, wb_fmt_font_pt(fmt), (fmt & KJ_WB_TOTAL) != 0);
  free(t);
  return wb_lxw(sh, e, row, col, "text cell");
}

kj_status kj_wb_num(kj_wb_sheet *sh, int row, int col, double v, kj_wb_fmt fmt) {
  if (!wb_ok(sh->wb)) return sh->wb->err.status;
  if (!wb_cell_ok(sh, row, col, "number")) return sh->wb->err.status;
  fmt = resolve(fmt, KJ_WB_GENERAL);
  lxw_format *f = wb_fmt(sh->wb, fmt);
  lxw_error e;
  if (!isfinite(v)) {
    e = worksheet_write_blank(sh->ws, (lxw_row_t)row, (lxw_col_t)col, f);
  } else {
    if (v == 0) v = 0; /* no "-0" in the sheet XML */
    e = worksheet_write_number(sh->ws, (lxw_row_t)row, (lxw_col_t)col, v, f);
    if (e == LXW_NO_ERROR && widens(fmt)) wb_measure(sh, col, wb_num_width(fmt, v));
  }
  return wb_lxw(sh, e, row, col, "number cell");
}

kj_status kj_wb_int(kj_wb_sheet *sh, int row, int col, int64_t v, kj_wb_fmt fmt) {
  fmt = resolve(fmt, KJ_WB_INT);
  if (v > WB_INT_EXACT || v < -WB_INT_EXACT) {
    char digits[24];
    snprintf(digits, sizeof digits, "%lld", (long long)v);
    return kj_wb_text(sh, row, col, digits, (kj_wb_fmt)(KJ_WB_TEXT | (fmt & KJ_WB_TOTAL)));
  }
  return kj_wb_num(sh, row, col, (double)v, fmt);
}

int wb_parse_ymd(const char *s, int *y, int *m, int *d) {
  if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-') return 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !isdigit((unsigned char)s[i])) return 0;
  *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  *m = (s[5] - '0') * 10 + (s[6] - '0');
  *d = (s[8] - '0') * 10 + (s[9] - '0');
  return kj_date_valid(*y, *m, *d);
}

kj_status kj_wb_date(kj_wb_sheet *sh, int row, int col, const char *ymd, kj_wb_fmt fmt) {
  if (!wb_ok(sh->wb)) return sh->wb->err.status;
  if (!wb_cell_ok(sh, row, col, "date")) return sh->wb->err.status;
  fmt = resolve(fmt, KJ_WB_DATE);
  int y = 0, m = 0, d = 0;
  if (!wb_parse_ymd(ymd, &y, &m, &d) || y < 1900) {
    char cell[16];
    return wb_fail(sh->wb, KJ_DATA, "%s: sheet '%s' cell %s: \"%s\" is not a date YYYY-MM-DD",
                   sh->wb->path, sh->name, wb_cell_name(row, col, cell, sizeof cell),
                   ymd ? ymd : "(null)");
  }
  lxw_datetime dt = {.year = y, .month = m, .day = d, .hour = 0, .min = 0, .sec = 0};
  lxw_error e =
      worksheet_write_datetime(sh->ws, (lxw_row_t)row, (lxw_col_t)col, &dt, wb_fmt(sh->wb, fmt));
  if (e == LXW_NO_ERROR && widens(fmt)) wb_measure(sh, col, 10);
  return wb_lxw(sh, e, row, col, "date cell");
}
