/* text.c — UTF-8, normalisation keys and human number formatting.
 *
 * Number formatting is done by hand on purpose: the process keeps the "C"
 * numeric locale (libxlsxwriter 1.1.4 writes numbers through printf, and a
 * comma decimal there corrupts the workbook), so Indonesian formatting for
 * text cannot come from setlocale.
 */
#include "util/text.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

size_t kj_utf8_check(const char *str, size_t n) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < n) {
    /* ASCII fast path, eight bytes at a time (most input is ASCII). */
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t len;
    unsigned int cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (size_t k = 1; k < len; k++) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return n;
}

size_t kj_utf8_len(const char *s) {
  size_t n = 0;
  for (; *s; s++)
    if (((unsigned char)*s & 0xC0) != 0x80) n++;
  return n;
}

int kj_utf8_truncate(char *s, size_t max) {
  size_t n = 0;
  for (char *p = s; *p; p++) {
    if (((unsigned char)*p & 0xC0) != 0x80) {
      if (n == max) {
        *p = '\0';
        return 1;
      }
      n++;
    }
  }
  return 0;
}

static int is_space_at(const unsigned char *p) {
  return *p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || *p == '\v' || *p == '\f';
}

char *kj_trim(char *s) {
  unsigned char *p = (unsigned char *)s;
  size_t start = 0, n = strlen(s);
  for (;;) {
    if (start < n && is_space_at(p + start)) start++;
    else if (start + 1 < n && p[start] == 0xC2 && p[start + 1] == 0xA0) start += 2;
    else break;
  }
  size_t end = n;
  for (;;) {
    if (end > start && is_space_at(p + end - 1)) end--;
    else if (end >= start + 2 && p[end - 2] == 0xC2 && p[end - 1] == 0xA0) end -= 2;
    else break;
  }
  memmove(s, s + start, end - start);
  s[end - start] = '\0';
  return s;
}

void kj_header_key(const char *s, char *out, size_t cap) {
  size_t j = 0;
  while (*s == ' ' || *s == '\t') s++;
  int pending_sep = 0;
  for (; *s && j + 1 < cap; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == ' ' || c == '-' || c == '\t' || c == '_') {
      pending_sep = 1;
      continue;
    }
    if (pending_sep && j > 0 && j + 2 < cap) out[j++] = '_';
    pending_sep = 0;
    out[j++] = (char)tolower(c);
  }
  out[j] = '\0';
}

void kj_enum_key(const char *s, char *out, size_t cap) {
  size_t j = 0;
  for (; *s && j + 1 < cap; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == ' ' || c == '_' || c == '-' || c == '/' || c == '.' || c == '\t') continue;
    out[j++] = (char)toupper(c);
  }
  out[j] = '\0';
}

int kj_streq_ci(const char *a, const char *b) {
  for (; *a && *b; a++, b++)
    if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
  return *a == *b;
}

static char *fmt_num(char *out, size_t cap, double v, int decimals, kj_lang lang, int group) {
  if (!isfinite(v)) {
    snprintf(out, cap, "%s", "\xE2\x80\x93"); /* en dash */
    return out;
  }
  char raw[64];
  if (decimals < 0) decimals = 0;
  if (decimals > 12) decimals = 12;
  snprintf(raw, sizeof raw, "%.*f", decimals, v);
  if (strcmp(raw, "-0") == 0 || (raw[0] == '-' && strspn(raw + 1, "0.") == strlen(raw + 1)))
    memmove(raw, raw + 1, strlen(raw)); /* no "-0,0" */
  char dec = lang == KJ_LANG_ID ? ',' : '.';
  char sep = lang == KJ_LANG_ID ? '.' : ',';
  const char *p = raw;
  size_t j = 0;
  if (*p == '-') {
    if (j + 1 < cap) out[j++] = '-';
    p++;
  }
  size_t intlen = strcspn(p, ".");
  for (size_t i = 0; i < intlen && j + 1 < cap; i++) {
    out[j++] = p[i];
    size_t left = intlen - i - 1;
    if (group && left > 0 && left % 3 == 0 && j + 1 < cap) out[j++] = sep;
  }
  if (p[intlen] == '.') {
    if (j + 1 < cap) out[j++] = dec;
    for (const char *q = p + intlen + 1; *q && j + 1 < cap; q++) out[j++] = *q;
  }
  out[j] = '\0';
  return out;
}

char *kj_fmt_num(char *out, size_t cap, double v, int decimals, kj_lang lang) {
  return fmt_num(out, cap, v, decimals, lang, 1);
}

char *kj_fmt_num_plain(char *out, size_t cap, double v, int decimals, kj_lang lang) {
  return fmt_num(out, cap, v, decimals, lang, 0);
}

char *kj_fmt_pct(char *out, size_t cap, double share, int decimals, kj_lang lang) {
  char num[64];
  fmt_num(num, sizeof num, share * 100.0, decimals, lang, 1);
  snprintf(out, cap, "%s%s", num, lang == KJ_LANG_ID ? " %" : "%");
  return out;
}
