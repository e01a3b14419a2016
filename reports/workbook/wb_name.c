/* wb_name.c — sheet names: Excel's rules, checked before libxlsxwriter sees
 * a name, and safe unique names derived from free text (per-OPD sheets).
 *
 * Excel rejects (or "repairs") a workbook whose sheet names break its rules,
 * and libxlsxwriter 1.1.4 compares names byte for byte, so "Data" and "data"
 * would both pass it yet make Excel complain. We check everything here, with
 * Excel's case-insensitive comparison and its length in UTF-16 units (a
 * character outside the Basic Multilingual Plane counts two).
 */
#include "reports/workbook/wb_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/xalloc.h"

/* Decodes one code point of valid UTF-8 at *p and advances *p. */
static unsigned decode(const char **p) {
  const unsigned char *s = (const unsigned char *)*p;
  unsigned cp;
  int n;
  if (s[0] < 0x80) {
    cp = s[0];
    n = 1;
  } else if (s[0] < 0xE0) {
    cp = s[0] & 0x1F;
    n = 2;
  } else if (s[0] < 0xF0) {
    cp = s[0] & 0x0F;
    n = 3;
  } else {
    cp = s[0] & 0x07;
    n = 4;
  }
  for (int i = 1; i < n; i++) cp = (cp << 6) | (s[i] & 0x3F);
  *p += n;
  return cp;
}

/* Simple case folding for the scripts Indonesian names use: ASCII,
 * Latin-1 and Latin Extended-A. */
static unsigned fold(unsigned c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c | 1u;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1u) ? c + 1 : c;
  if (c == 0x178) return 0xFF;
  return c;
}

int wb_same_name(const char *a, const char *b) {
  while (*a && *b)
    if (fold(decode(&a)) != fold(decode(&b))) return 0;
  return *a == *b;
}

static int name_taken(const kj_wb *wb, const char *name) {
  if (wb_same_name(name, "History")) return 1; /* reserved by Excel */
  if (!wb) return 0;
  for (int i = 0; i < wb->nsheets; i++)
    if (wb_same_name(name, wb->sheets[i]->name)) return 1;
  return 0;
}

size_t wb_utf16_len(const char *s) {
  size_t n = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if ((*p & 0xC0) != 0x80) n++;
    if (*p >= 0xF0) n++; /* a surrogate pair in UTF-16 */
  }
  return n;
}

static int forbidden(unsigned c) {
  return c < 0x20 || c == 0x7F || strchr("[]:*?/\\", (int)c) != NULL;
}

kj_status kj_wb_sheet_name_check(const kj_wb *wb, const char *name, kj_error *err) {
  if (!name || !*name) return kj_fail(err, KJ_INTERNAL, "sheet name is empty");
  size_t n = strlen(name);
  size_t bad = kj_utf8_check(name, n);
  if (bad != n)
    return kj_fail(err, KJ_INTERNAL, "sheet name is not valid UTF-8 (byte %zu)", bad + 1);
  size_t units = wb_utf16_len(name);
  if (units > KJ_WB_SHEET_NAME_MAX)
    return kj_fail(err, KJ_INTERNAL, "sheet name '%s' has %zu characters; Excel allows %d", name,
                   units, KJ_WB_SHEET_NAME_MAX);
  for (const char *p = name; *p;) {
    unsigned c = decode(&p);
    if (c < 0x80 && forbidden(c))
      return kj_fail(err, KJ_INTERNAL,
                     "sheet name '%s' contains '%c'; Excel forbids []:*?/\\ and control "
                     "characters",
                     name, c >= 0x20 && c != 0x7F ? (char)c : '?');
  }
  if (name[0] == '\'' || name[n - 1] == '\'')
    return kj_fail(err, KJ_INTERNAL, "sheet name '%s' begins or ends with an apostrophe", name);
  if (wb_same_name(name, "History"))
    return kj_fail(err, KJ_INTERNAL, "sheet name '%s' is reserved by Excel", name);
  if (name_taken(wb, name))
    return kj_fail(err, KJ_INTERNAL, "sheet name '%s' is already used (Excel ignores letter case)",
                   name);
  return KJ_OK;
}

/* Drops spaces and apostrophes at both ends, in place. */
static void trim_edges(char *s) {
  size_t n = strlen(s), start = 0;
  while (start < n && (s[start] == ' ' || s[start] == '\'')) start++;
  while (n > start && (s[n - 1] == ' ' || s[n - 1] == '\'')) n--;
  memmove(s, s + start, n - start);
  s[n - start] = '\0';
}

/* Cuts valid UTF-8 s in place to at most max UTF-16 units. */
static void cut_units(char *s, size_t max) {
  size_t units = 0;
  const char *p = s;
  while (*p) {
    const char *q = p;
    unsigned c = decode(&q);
    size_t w = c > 0xFFFF ? 2 : 1;
    if (units + w > max) break;
    units += w;
    p = q;
  }
  s[p - s] = '\0';
}

/* Free text to the characters a sheet name may hold. */
static char *sanitize(const char *text) {
  kj_buf b;
  kj_buf_init(&b);
  const char *p = text ? text : "";
  const char *end = p + strlen(p);
  int space = 0;
  while (*p) {
    size_t left = (size_t)(end - p);
    if (kj_utf8_check(p, left < 4 ? left : 4) == 0) { /* an invalid byte */
      kj_buf_putc(&b, '_');
      p++;
      space = 0;
      continue;
    }
    const char *q = p;
    unsigned c = decode(&q);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0) {
      if (!space) kj_buf_putc(&b, ' ');
      space = 1;
    } else {
      if (c < 0x80 && forbidden(c))
        kj_buf_putc(&b, '_');
      else
        kj_buf_append(&b, p, (size_t)(q - p));
      space = 0;
    }
    p = q;
  }
  return kj_buf_take(&b);
}

char *kj_wb_sheet_name_unique(const kj_wb *wb, const char *text) {
  char *base = sanitize(text);
  trim_edges(base);
  cut_units(base, KJ_WB_SHEET_NAME_MAX);
  trim_edges(base); /* the cut may expose a space or an apostrophe */
  if (!*base) {
    free(base);
    base = xstrdup(wb && wb->lang == KJ_LANG_EN ? "Sheet" : "Lembar");
  }
  if (!name_taken(wb, base)) return base;
  for (int k = 2;; k++) {
    char suffix[24];
    snprintf(suffix, sizeof suffix, " (%d)", k);
    char *stem = xstrdup(base);
    cut_units(stem, KJ_WB_SHEET_NAME_MAX - strlen(suffix));
    trim_edges(stem);
    char *name = xasprintf("%s%s", stem, suffix);
    free(stem);
    if (!name_taken(wb, name)) {
      free(base);
      return name;
    }
    free(name);
  }
}
