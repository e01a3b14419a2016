/* xlsx_text.c — cell text as Excel means it: string items, the shared
 * string table, _xHHHH_ escapes, and serial day numbers turned into dates.
 *
 * A string item (<si> in xl/sharedStrings.xml, <is> in a cell) is either one
 * <t> or rich-text runs <r><t>; phonetic guides <rPh><t> are annotations and
 * are left out. Without xml:space="preserve", Excel drops white space at the
 * ends of a <t>, so we do too. Control characters that XML cannot carry are
 * written as _xHHHH_ (and a literal "_x" sequence as _x005F_x...); they are
 * decoded here, with UTF-16 surrogate pairs combined.
 *
 * The shared strings live in one buffer with an index, the only part of a
 * workbook the reader keeps whole (a cell may refer to any of them).
 *
 * Dates: Excel stores days since an epoch. In the 1900 system serial 1 is
 * 1900-01-01 and serial 60 is 1900-02-29, a day that never existed (Lotus
 * 1-2-3 thought 1900 a leap year and Excel copied it), so from 61 on the
 * epoch is 1899-12-30; in the 1904 system serial 0 is 1904-01-01.
 */
#include "ingest/xlsx_int.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- string items --- */

void kj_xl_str_reset(kj_xl_str *s) {
  kj_buf_reset(&s->out);
  kj_buf_reset(&s->t);
  s->in_t = 0;
  s->rph_depth = 0;
  s->preserve = 0;
}

void kj_xl_str_free(kj_xl_str *s) {
  kj_buf_free(&s->out);
  kj_buf_free(&s->t);
}

void kj_xl_str_start(kj_xl_str *s, const char *local, const char **atts) {
  if (strcmp(local, "rPh") == 0) {
    s->rph_depth++;
  } else if (strcmp(local, "t") == 0 && s->rph_depth == 0) {
    const char *sp = kj_xl_attr(atts, "space", 1);
    s->in_t = 1;
    s->preserve = sp && strcmp(sp, "preserve") == 0;
    kj_buf_reset(&s->t);
  }
}

static int is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void kj_xl_str_end(kj_xl_str *s, const char *local) {
  if (strcmp(local, "rPh") == 0) {
    if (s->rph_depth > 0) s->rph_depth--;
  } else if (strcmp(local, "t") == 0 && s->in_t) {
    const char *p = kj_buf_cstr(&s->t);
    size_t n = s->t.len;
    if (!s->preserve) {
      while (n && is_xml_space(*p)) p++, n--;
      while (n && is_xml_space(p[n - 1])) n--;
    }
    kj_xl_unescape(&s->out, p, n);
    s->in_t = 0;
  }
}

int kj_xl_str_chars(kj_xl_str *s, const char *text, int len) {
  if (!s->in_t) return 0;
  if (s->t.len + s->out.len + (size_t)len > (size_t)KJ_XLSX_MAX_STRING) return -1;
  kj_buf_append(&s->t, text, (size_t)len);
  return 0;
}

/* --- _xHHHH_ escapes --- */

static int hex4(const char *p, unsigned *v) {
  *v = 0;
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    unsigned d;
    if (c >= '0' && c <= '9')
      d = (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f')
      d = (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      d = (unsigned)(c - 'A' + 10);
    else
      return 0;
    *v = *v * 16 + d;
  }
  return 1;
}

/* Length of an escape "_xHHHH_" at p (7) with its value, or 0. */
static size_t escape_at(const char *p, size_t n, unsigned *v) {
  return n >= 7 && p[0] == '_' && p[1] == 'x' && p[6] == '_' && hex4(p + 2, v) ? 7 : 0;
}

static void put_utf8(kj_buf *out, unsigned cp) {
  char u[4];
  size_t n;
  if (cp < 0x80)
    u[0] = (char)cp, n = 1;
  else if (cp < 0x800)
    u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
  else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
  } else {
    u[0] = (char)(0xF0 | cp >> 18), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
  }
  kj_buf_append(out, u, n);
}

void kj_xl_unescape(kj_buf *out, const char *s, size_t n) {
  kj_buf_reserve(out, n);
  size_t i = 0;
  while (i < n) {
    unsigned v, lo;
    size_t k = escape_at(s + i, n - i, &v);
    if (!k) {
      kj_buf_putc(out, s[i++]);
      continue;
    }
    i += k;
    if (v >= 0xD800 && v <= 0xDBFF && escape_at(s + i, n - i, &lo) && lo >= 0xDC00 &&
        lo <= 0xDFFF) {
      i += 7;
      v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
    } else if ((v >= 0xD800 && v <= 0xDFFF) || v == 0) {
      v = 0xFFFD; /* a lone surrogate or NUL cannot go into a C string of UTF-8 */
    }
    put_utf8(out, v);
  }
}

/* --- the shared string table --- */

typedef struct sst_ctx {
  kj_xl_ctx c;
  int in_si;
  kj_xl_str str;
  size_t *off; /* offsets into x->sst_text */
  long cap;
} sst_ctx;

static void XMLCALL sst_start(void *ud, const XML_Char *name, const XML_Char **atts) {
  sst_ctx *s = ud;
  if (s->c.failed) return;
  const char *l = kj_xl_local(name);
  if (strcmp(l, "si") == 0) {
    s->in_si = 1;
    kj_xl_str_reset(&s->str);
  } else if (s->in_si) {
    kj_xl_str_start(&s->str, l, atts);
  }
}

static void XMLCALL sst_end(void *ud, const XML_Char *name) {
  sst_ctx *s = ud;
  if (s->c.failed) return;
  struct kj_xlsx *x = s->c.x;
  const char *l = kj_xl_local(name);
  if (strcmp(l, "si") != 0) {
    if (s->in_si) kj_xl_str_end(&s->str, l);
    return;
  }
  s->in_si = 0;
  if (x->n_sst >= KJ_XL_MAX_SST || x->sst_text.len + s->str.out.len >= KJ_XL_MAX_SST_BYTES) {
    kj_xl_fail(&s->c, KJ_DATA, "%s: %s: more shared strings than this reader accepts (%ld, %ld MB)",
               x->file, s->c.part, KJ_XL_MAX_SST, KJ_XL_MAX_SST_BYTES >> 20);
    return;
  }
  if (x->n_sst == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 1024;
    s->off = xreallocarray(s->off, (size_t)s->cap, sizeof *s->off);
  }
  s->off[x->n_sst++] = x->sst_text.len;
  kj_buf_append(&x->sst_text, kj_buf_cstr(&s->str.out), s->str.out.len + 1);
}

static void XMLCALL sst_chars(void *ud, const XML_Char *text, int len) {
  sst_ctx *s = ud;
  if (s->c.failed || !s->in_si) return;
  if (kj_xl_str_chars(&s->str, text, len) < 0)
    kj_xl_fail(&s->c, KJ_DATA, "%s: %s line %lu: shared string %ld is longer than %ld MB",
               s->c.x->file, s->c.part, (unsigned long)XML_GetCurrentLineNumber(s->c.p),
               s->c.x->n_sst, KJ_XLSX_MAX_STRING >> 20);
}

kj_status kj_xl_sst_load(struct kj_xlsx *x, const char *part, kj_error *err) {
  sst_ctx s = {0};
  int found;
  s.c.x = x;
  s.c.part = part;
  XML_Parser p = kj_xl_parser_new(&s.c, sst_start, sst_end, sst_chars);
  kj_status st = kj_xl_parse_part(&s.c, &found, err);
  XML_ParserFree(p);
  kj_xl_str_free(&s.str);
  if (st == KJ_OK && x->n_sst > 0) { /* offsets become pointers now that the buffer is final */
    x->sst = xreallocarray(NULL, (size_t)x->n_sst, sizeof *x->sst);
    for (long i = 0; i < x->n_sst; i++) x->sst[i] = x->sst_text.data + s.off[i];
  } else {
    x->n_sst = 0;
  }
  free(s.off);
  return st;
}

/* --- dates --- */

/* Days since 1970-01-01 -> civil date (H. Hinnant's civil_from_days). */
static void civil_from_days(long long z, long long *y, unsigned *m, unsigned *d) {
  z += 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned)(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = (long long)yoe + era * 400 + (*m <= 2);
}

/* Civil date -> days since 1970-01-01 (H. Hinnant's days_from_civil). */
static long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned)(y - era * 400);
  unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (long long)doe - 719468;
}

#define EPOCH_1900 25569LL /* serial of 1970-01-01 in the 1900 system (from 61 on) */
#define EPOCH_1904 24107LL /* serial of 1970-01-01 in the 1904 system */

/* y is 1899..9999 and secs 0..86399 here, which bounds the text to 19 bytes. */
static void put_iso(char out[32], long long y, unsigned m, unsigned d, long long secs) {
  int yy = (int)y, hh = (int)(secs / 3600), mi = (int)(secs / 60 % 60), ss = (int)(secs % 60);
  if (secs == 0)
    snprintf(out, 32, "%04d-%02u-%02u", yy % 10000, m % 100, d % 100);
  else
    snprintf(out, 32, "%04d-%02u-%02u %02d:%02d:%02d", yy % 10000, m % 100, d % 100, hh % 100, mi,
             ss);
}

int kj_xl_serial_to_iso(double v, int date1904, char out[32]) {
  if (!isfinite(v) || v < 0 || v >= 2958466.0) return -1;
  double whole = floor(v);
  long long days = (long long)whole;
  long long secs = llround((v - whole) * 86400.0);
  if (secs >= 86400) days++, secs -= 86400;
  long long y;
  unsigned m, d;
  if (!date1904 && days == 60) {
    y = 1900, m = 2, d = 29; /* the Lotus day, shown by Excel as such */
  } else {
    long long unix_days = date1904    ? days - EPOCH_1904
                          : days < 60 ? days - EPOCH_1900 + 1
                                      : days - EPOCH_1900;
    civil_from_days(unix_days, &y, &m, &d);
  }
  if (y > 9999) return -1;
  put_iso(out, y, m, d, secs);
  return 0;
}

/* Reads exactly n digits at *p. */
static int digits(const char **p, int n, long long *v) {
  *v = 0;
  for (int i = 0; i < n; i++, (*p)++) {
    if (**p < '0' || **p > '9') return 0;
    *v = *v * 10 + (**p - '0');
  }
  return 1;
}

int kj_xl_iso_to_serial(const char *s, int date1904, char out[32], double *serial) {
  const char *p = s;
  long long y, mo, d, h = 0, mi = 0, se = 0;
  double frac = 0;
  if (!digits(&p, 4, &y) || *p++ != '-' || !digits(&p, 2, &mo) || *p++ != '-' || !digits(&p, 2, &d))
    return -1;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return -1;
  if (*p == 'T' || *p == ' ') {
    p++;
    if (!digits(&p, 2, &h) || *p++ != ':' || !digits(&p, 2, &mi)) return -1;
    if (*p == ':') {
      p++;
      if (!digits(&p, 2, &se)) return -1;
      if (*p == '.' || *p == ',') {
        double scale = 0.1;
        for (p++; *p >= '0' && *p <= '9'; p++, scale /= 10) frac += (*p - '0') * scale;
      }
    }
    if (h > 23 || mi > 59 || se > 59) return -1;
  }
  /* a zone designator is accepted and ignored: Excel has no time zones */
  if (*p == 'Z') {
    p++;
  } else if (*p == '+' || *p == '-') {
    long long zh, zm;
    p++;
    if (!digits(&p, 2, &zh)) return -1;
    if (*p == ':') p++;
    if (!digits(&p, 2, &zm)) return -1;
  }
  if (*p) return -1;
  long long unix_days = days_from_civil(y, (unsigned)mo, (unsigned)d);
  long long cy;
  unsigned cm, cd;
  civil_from_days(unix_days, &cy, &cm, &cd);
  if (cy != y || cm != (unsigned)mo || cd != (unsigned)d) return -1; /* 2023-02-30 and such */
  double day_serial = (double)(unix_days + (date1904 ? EPOCH_1904 : EPOCH_1900));
  if (!date1904 && day_serial < 61) day_serial -= 1; /* before the Lotus day */
  if (day_serial < 0) return -1;
  *serial = day_serial + ((double)(h * 3600 + mi * 60 + se) + frac) / 86400.0;
  /* the text goes through the serial so that both kinds of date cell round alike */
  return kj_xl_serial_to_iso(*serial, date1904, out);
}
