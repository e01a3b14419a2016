/* nip.c — NIP structure checks, including the "Excel ate my NIP" hint
 * (domain.md: spreadsheets turn NIPs into 1.98E+17; the digits after the
 * 15th are then lost for good, so the only fix is to re-export as text). */
#include "domain/nip.h"
#include "domain/date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char EXCEL_HINT[] =
    "looks like a spreadsheet number: the NIP lost digits in Excel; "
    "format the column as text and export again";

static int looks_like_excel_number(const char *s) {
  /* 1.98609E+17, 1,98609E+17, 198609262015051000.0, 1.98609262015051E17 */
  int digits = 0, has_e = 0, has_dot = 0;
  for (const char *p = s; *p; p++) {
    if (isdigit((unsigned char)*p)) digits++;
    else if (*p == 'e' || *p == 'E') has_e = 1;
    else if (*p == '.' || *p == ',') has_dot = 1;
    else if (*p != '+' && *p != '-' && *p != ' ') return 0;
  }
  return digits > 0 && (has_e || has_dot);
}

static int two(const char *d) { return (d[0] - '0') * 10 + (d[1] - '0'); }
static int four(const char *d) { return two(d) * 100 + two(d + 2); }

static int check_pns(const char *d, char *why, int cap) {
  int y = four(d + 8), m = two(d + 12);
  if (y < 1950 || y > 2199 || m < 1 || m > 12) {
    snprintf(why, (size_t)cap, "NIP digits 9-14 must be the TMT CPNS as YYYYMM, found %.6s", d + 8);
    return -1;
  }
  return 0;
}

static int check_pppk(const char *d, char *why, int cap) {
  int y = four(d + 8);
  if (y < 2000 || y > 2199) {
    snprintf(why, (size_t)cap, "NI PPPK digits 9-12 must be the year of appointment, found %.4s", d + 8);
    return -1;
  }
  return 0;
}

int kj_nip_parse(const char *s, kj_nip_kind kind, int64_t *out, char *why, int cap) {
  char d[32];
  int n = 0;
  for (const char *p = s; *p; p++) {
    if (*p == ' ') continue;
    if (!isdigit((unsigned char)*p) || n >= 30) {
      if (looks_like_excel_number(s)) snprintf(why, (size_t)cap, "NIP '%s' %s", s, EXCEL_HINT);
      else snprintf(why, (size_t)cap, "NIP must be 18 digits, found '%s'", s);
      return -1;
    }
    d[n++] = *p;
  }
  d[n] = '\0';
  if (n != 18) {
    snprintf(why, (size_t)cap, "NIP must be 18 digits, found %d ('%s')", n, s);
    return -1;
  }
  if (!kj_date_valid(four(d), two(d + 4), two(d + 6))) {
    snprintf(why, (size_t)cap, "NIP digits 1-8 must be a birth date YYYYMMDD, found %.8s", d);
    return -1;
  }
  if (d[14] != '1' && d[14] != '2') {
    snprintf(why, (size_t)cap, "NIP digit 15 must be 1 (L) or 2 (P), found %c", d[14]);
    return -1;
  }
  char why2[256];
  switch (kind) {
  case KJ_NIP_PNS:
    if (check_pns(d, why, cap)) {
      if (check_pppk(d, why2, (int)sizeof why2) == 0) {
        size_t used = strlen(why);
        snprintf(why + used, (size_t)cap > used ? (size_t)cap - used : 0,
                 " (it is a valid NI PPPK: set jenis_pegawai to PPPK)");
      }
      return -1;
    }
    break;
  case KJ_NIP_PPPK:
    if (check_pppk(d, why, cap)) return -1;
    break;
  case KJ_NIP_ANY:
    if (check_pns(d, why, cap) && check_pppk(d, why2, (int)sizeof why2)) return -1;
    break;
  }
  int64_t v = 0;
  for (int i = 0; i < 18; i++) v = v * 10 + (d[i] - '0');
  *out = v;
  return 0;
}

int kj_nip_gender(int64_t nip) { return (int)((nip / 1000) % 10); }

int kj_nip_birth_year(int64_t nip) { return (int)(nip / 100000000000000LL); }

void kj_nip_format(int64_t nip, char out[19]) { snprintf(out, 19, "%018lld", (long long)nip); }
