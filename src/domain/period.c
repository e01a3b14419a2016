/* period.c — parsing the many spellings of an appraisal period.
 *
 * Strategy: normalise to upper-case words (letters and digits split, other
 * characters as separators), then recognise the shapes. Names are matched in
 * Indonesian and English, full or abbreviated (three letters).
 */
#include "domain/period.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const month_id[12] = {"JANUARI",   "FEBRUARI", "MARET",    "APRIL",
                                         "MEI",       "JUNI",     "JULI",     "AGUSTUS",
                                         "SEPTEMBER", "OKTOBER",  "NOVEMBER", "DESEMBER"};
static const char *const month_en[12] = {"JANUARY",   "FEBRUARY", "MARCH",    "APRIL",
                                         "MAY",       "JUNE",     "JULY",     "AUGUST",
                                         "SEPTEMBER", "OCTOBER",  "NOVEMBER", "DECEMBER"};

static int month_by_name(const char *w) {
  size_t n = strlen(w);
  for (int i = 0; i < 12; i++) {
    if (strcmp(w, month_id[i]) == 0 || strcmp(w, month_en[i]) == 0) return i + 1;
    if (n == 3 && (strncmp(w, month_id[i], 3) == 0 || strncmp(w, month_en[i], 3) == 0))
      return i + 1;
  }
  if (strcmp(w, "AGT") == 0 || strcmp(w, "AGS") == 0 || strcmp(w, "PEB") == 0)
    return w[1] == 'E' ? 2 : 8;
  return 0;
}

static int roman(const char *w) {
  static const char *const r[] = {"I", "II", "III", "IV"};
  for (int i = 0; i < 4; i++)
    if (strcmp(w, r[i]) == 0) return i + 1;
  return 0;
}

/* Number 1..4 from "1".."4" or "I".."IV". */
static int small_num(const char *w) {
  if (w[0] >= '1' && w[0] <= '4' && w[1] == '\0') return w[0] - '0';
  return roman(w);
}

static int is_year(const char *w, int *y) {
  if (strlen(w) != 4) return 0;
  int v = 0;
  for (int i = 0; i < 4; i++) {
    if (!isdigit((unsigned char)w[i])) return 0;
    v = v * 10 + (w[i] - '0');
  }
  *y = v;
  return v >= 1900 && v <= 2199;
}

static int is_month_num(const char *w) {
  size_t n = strlen(w);
  if (n < 1 || n > 2 || !isdigit((unsigned char)w[0]) || (n == 2 && !isdigit((unsigned char)w[1])))
    return 0;
  int v = n == 2 ? (w[0] - '0') * 10 + (w[1] - '0') : w[0] - '0';
  return v >= 1 && v <= 12 ? v : 0;
}

static int is_word(const char *w, const char *const *list) {
  for (; *list; list++)
    if (strcmp(w, *list) == 0) return 1;
  return 0;
}

static const char *const W_QUARTER[] = {"Q",       "TW",      "T",   "TRIWULAN",
                                        "KUARTAL", "QUARTER", "QTR", NULL};
static const char *const W_SEMESTER[] = {"S", "SMT", "SEM", "SEMESTER", "H", NULL};
static const char *const W_YEAR[] = {"TAHUN", "TAHUNAN", "THN", "YEAR", "ANNUAL", NULL};

#define MAXW 4

int kj_period_parse(const char *s, kj_period *out, char *why, int cap) {
  char w[MAXW][16];
  int nw = 0;
  const char *p = s;
  while (*p) {
    unsigned char c = (unsigned char)*p;
    if (!isalnum(c)) {
      p++;
      continue;
    }
    if (nw == MAXW) goto bad;
    int alpha = isalpha(c) != 0, len = 0;
    while (*p && isalnum((unsigned char)*p) && (isalpha((unsigned char)*p) != 0) == alpha) {
      if (len < 15) w[nw][len++] = (char)toupper((unsigned char)*p);
      p++;
    }
    w[nw][len] = '\0';
    nw++;
  }
  int y, n;
  memset(out, 0, sizeof *out);
  if (nw == 1 && is_year(w[0], &y)) {
    *out = (kj_period){y, KJ_PER_TAHUNAN, 0};
    return 0;
  }
  if (nw == 2 && is_year(w[0], &y) && (n = is_month_num(w[1]))) {
    *out = (kj_period){y, KJ_PER_BULANAN, n};
    return 0;
  }
  if (nw == 2 && is_year(w[1], &y) && ((n = month_by_name(w[0])) || (n = is_month_num(w[0])))) {
    *out = (kj_period){y, KJ_PER_BULANAN, n};
    return 0;
  }
  if (nw == 2 && is_year(w[1], &y) && is_word(w[0], W_YEAR)) {
    *out = (kj_period){y, KJ_PER_TAHUNAN, 0};
    return 0;
  }
  /* YYYY Q n  |  Q n YYYY  (and TW, S, names) */
  if (nw == 3) {
    int yi = is_year(w[0], &y) ? 0 : (is_year(w[2], &y) ? 2 : -1);
    if (yi >= 0) {
      const char *kind = yi == 0 ? w[1] : w[0];
      const char *num = yi == 0 ? w[2] : w[1];
      n = small_num(num);
      if (is_word(kind, W_QUARTER)) {
        if (n < 1 || n > 4) {
          snprintf(why, (size_t)cap, "quarter must be 1-4 in '%s'", s);
          return -1;
        }
        *out = (kj_period){y, KJ_PER_TRIWULAN, n};
        return 0;
      }
      if (is_word(kind, W_SEMESTER)) {
        if (n < 1 || n > 2) {
          snprintf(why, (size_t)cap, "semester must be 1 or 2 in '%s'", s);
          return -1;
        }
        *out = (kj_period){y, KJ_PER_SEMESTER, n};
        return 0;
      }
    }
  }
bad:
  snprintf(why, (size_t)cap,
           "expected a period as YYYY-MM, YYYY-Qn, YYYY-TWn, YYYY-Sn or YYYY, found '%s'", s);
  return -1;
}

/* Written by hand: it runs once per imported row. */
void kj_period_format(kj_period p, char out[16]) {
  int y = p.year;
  out[0] = (char)('0' + y / 1000 % 10);
  out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10);
  out[3] = (char)('0' + y % 10);
  switch (p.type) {
  case KJ_PER_TAHUNAN: out[4] = '\0'; return;
  case KJ_PER_SEMESTER: out[5] = 'S'; break;
  case KJ_PER_TRIWULAN: out[5] = 'Q'; break;
  case KJ_PER_BULANAN:
    out[4] = '-';
    out[5] = (char)('0' + p.num / 10);
    out[6] = (char)('0' + p.num % 10);
    out[7] = '\0';
    return;
  }
  out[4] = '-';
  out[6] = (char)('0' + p.num % 10);
  out[7] = '\0';
}

int kj_period_per_year(kj_period_type t) {
  switch (t) {
  case KJ_PER_TAHUNAN: return 1;
  case KJ_PER_SEMESTER: return 2;
  case KJ_PER_TRIWULAN: return 4;
  case KJ_PER_BULANAN: return 12;
  }
  return 1;
}

int kj_period_first_month(kj_period p) {
  int months = 12 / kj_period_per_year(p.type);
  return p.type == KJ_PER_TAHUNAN ? 1 : (p.num - 1) * months + 1;
}

int kj_period_last_month(kj_period p) {
  int months = 12 / kj_period_per_year(p.type);
  return p.type == KJ_PER_TAHUNAN ? 12 : p.num * months;
}

long kj_period_index(kj_period p) {
  long per = kj_period_per_year(p.type);
  return (long)p.year * per + (p.type == KJ_PER_TAHUNAN ? 0 : p.num - 1);
}

static const char *const month_label_id[12] = {"Januari",   "Februari", "Maret",    "April",
                                               "Mei",       "Juni",     "Juli",     "Agustus",
                                               "September", "Oktober",  "November", "Desember"};
static const char *const month_label_en[12] = {"January",   "February", "March",    "April",
                                               "May",       "June",     "July",     "August",
                                               "September", "October",  "November", "December"};
static const char *const month_short_id[12] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                               "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
static const char *const month_short_en[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

const char *kj_month_name(int m, int english, int compact) {
  if (m < 1 || m > 12) return "?";
  /* Table chosen through a pointer: UBSan's object-size check misreads
   * (cond ? array_a : array_b)[i]. */
  const char *const *t = compact ? (english ? month_short_en : month_short_id)
                                 : (english ? month_label_en : month_label_id);
  return t[m - 1];
}

char *kj_period_label(kj_period p, int english, int compact, char *out, int cap) {
  static const char *const roman[4] = {"I", "II", "III", "IV"};
  size_t n = (size_t)cap;
  int ok = p.num >= 1 && p.num <= 4;
  switch (p.type) {
  case KJ_PER_BULANAN:
    snprintf(out, n, "%s %d", kj_month_name(p.num, english, compact), p.year);
    break;
  case KJ_PER_TRIWULAN:
    if (english)
      snprintf(out, n, compact ? "Q%d %d" : "Quarter %d %d", p.num, p.year);
    else
      snprintf(out, n, "%s %s %d", compact ? "TW" : "Triwulan", ok ? roman[p.num - 1] : "?",
               p.year);
    break;
  case KJ_PER_SEMESTER:
    if (english)
      snprintf(out, n, compact ? "H%d %d" : "Half %d %d", p.num, p.year);
    else
      snprintf(out, n, "%s %s %d", compact ? "Sem" : "Semester", ok ? roman[p.num - 1] : "?",
               p.year);
    break;
  case KJ_PER_TAHUNAN: snprintf(out, n, "%d", p.year); break;
  }
  return out;
}
