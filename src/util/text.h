/* text.h — small text utilities: UTF-8 checks, trimming, the normalised
 * forms used to match header names and enumeration spellings, and number
 * formatting for people (Indonesian decimal comma or English point).
 */
#ifndef KJ_TEXT_H
#define KJ_TEXT_H

#include <stddef.h>

/* Returns the byte offset of the first invalid UTF-8 sequence in s[0..n), or
 * n when the whole range is valid (overlongs and surrogates are invalid). */
size_t kj_utf8_check(const char *s, size_t n);
/* Number of code points in a valid UTF-8 string (for column widths). */
size_t kj_utf8_len(const char *s);
/* Truncates s in place to at most max code points; returns 1 when it cut. */
int kj_utf8_truncate(char *s, size_t max);

/* Trims ASCII white space (and NBSP U+00A0) at both ends, in place; returns s. */
char *kj_trim(char *s);

/* Header-name key: lower-case ASCII, trimmed, runs of space and '-' -> '_'.
 * Writes at most cap-1 bytes to out. "Kode Unit" -> "kode_unit". */
void kj_header_key(const char *s, char *out, size_t cap);

/* Enumeration key: upper-case ASCII with spaces, '_', '-', '/', '.' removed.
 * "Di Atas Ekspektasi" -> "DIATASEKSPEKTASI", "DI_ATAS" -> "DIATAS". */
void kj_enum_key(const char *s, char *out, size_t cap);

/* Case-insensitive ASCII equality. */
int kj_streq_ci(const char *a, const char *b);

typedef enum kj_lang { KJ_LANG_ID = 0, KJ_LANG_EN = 1 } kj_lang;

/* Formats v with `decimals` digits: id "1.234,5", en "1,234.5". NaN -> "–".
 * Writes to out (cap bytes) and returns out. Never uses the C locale. */
char *kj_fmt_num(char *out, size_t cap, double v, int decimals, kj_lang lang);
/* Same with grouping off ("1234,5"), for axis ticks and compact cells. */
char *kj_fmt_num_plain(char *out, size_t cap, double v, int decimals, kj_lang lang);
/* Percent of a share (0.473 -> "47,3 %" / "47.3%"). */
char *kj_fmt_pct(char *out, size_t cap, double share, int decimals, kj_lang lang);

#endif
