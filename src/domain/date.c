/* date.c — date parsing and day arithmetic (Howard Hinnant's civil-date
 * algorithms, which are exact for the proleptic Gregorian calendar). */
#include "domain/date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

int kj_days_in_month(int y, int m) {
  static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return dm[m - 1];
}

int kj_date_valid(int y, int m, int d) {
  return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= kj_days_in_month(y, m);
}

long kj_date_days(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void kj_date_from_days(long z, int *y, int *m, int *d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long yy = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yy + (*m <= 2));
}

/* Reads exactly n digits. */
static int digits(const char **p, int n, int *out) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (!isdigit((unsigned char)(*p)[i])) return -1;
    v = v * 10 + ((*p)[i] - '0');
  }
  *p += n;
  *out = v;
  return 0;
}

/* Reads 1 or 2 digits. */
static int digits12(const char **p, int *out) {
  if (!isdigit((unsigned char)**p)) return -1;
  int n = isdigit((unsigned char)(*p)[1]) ? 2 : 1;
  return digits(p, n, out);
}

int kj_date_parse(const char *s, kj_date *out, char *why, int cap) {
  memset(out, 0, sizeof *out);
  const char *p = s;
  int y, m, d;
  if (isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1]) &&
      isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) && p[4] == '-') {
    if (digits(&p, 4, &y) || *p++ != '-' || digits12(&p, &m) || *p++ != '-' || digits12(&p, &d))
      goto bad;
  } else {
    if (digits12(&p, &d) || (*p != '/' && *p != '-')) goto bad;
    char sep = *p++;
    if (digits12(&p, &m) || *p++ != sep || digits(&p, 4, &y)) goto bad;
  }
  if (*p == ' ' || *p == 'T') {
    p++;
    int hh, mi, ss = 0;
    if (digits12(&p, &hh) || *p++ != ':' || digits(&p, 2, &mi)) goto bad;
    if (*p == ':') {
      p++;
      if (digits(&p, 2, &ss)) goto bad;
    }
    if (*p == '.') /* fractional seconds from some exports: ignored */
      while (isdigit((unsigned char)*++p)) {}
    if (hh > 23 || mi > 59 || ss > 59) {
      snprintf(why, (size_t)cap, "time '%s' is out of range", s);
      return -1;
    }
    out->hh = hh;
    out->mi = mi;
    out->ss = ss;
    out->has_time = 1;
  }
  if (*p) goto bad;
  if (!kj_date_valid(y, m, d)) {
    snprintf(why, (size_t)cap, "'%s' is not a valid calendar date", s);
    return -1;
  }
  out->y = y;
  out->m = m;
  out->d = d;
  return 0;
bad:
  snprintf(why, (size_t)cap, "expected a date as YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY, found '%s'", s);
  return -1;
}

static char *put2(char *p, int v) {
  p[0] = (char)('0' + v / 10 % 10);
  p[1] = (char)('0' + v % 10);
  return p + 2;
}

/* Written by hand: it runs once per imported row. */
void kj_date_format(const kj_date *d, char *out, int cap) {
  char buf[24], *p = buf;
  p = put2(p, d->y / 100);
  p = put2(p, d->y % 100);
  *p++ = '-';
  p = put2(p, d->m);
  *p++ = '-';
  p = put2(p, d->d);
  if (d->has_time) {
    *p++ = ' ';
    p = put2(p, d->hh);
    *p++ = ':';
    p = put2(p, d->mi);
    *p++ = ':';
    p = put2(p, d->ss);
  }
  *p = '\0';
  snprintf(out, (size_t)cap, "%s", buf);
}
