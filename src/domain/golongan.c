/* golongan.c — finding the grade in free text.
 *
 * The text is scanned for a Roman numeral token; for PNS it must be I-IV and
 * be followed (after an optional '/', space or '-') by a letter a-e that ends
 * the token. Words like "Tk.I" in "Penata Muda Tk.I, III/b" are skipped
 * because no letter follows them; the last match wins, since rank names come
 * before the code in the spellings seen in SIMPEG exports.
 */
#include "domain/golongan.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int roman_value(const char *s, int n) {
  static const char *const r[] = {"I",   "II",   "III",  "IV",  "V",    "VI",
                                  "VII", "VIII", "IX",   "X",   "XI",   "XII",
                                  "XIII", "XIV", "XV",   "XVI", "XVII"};
  for (int i = 0; i < 17; i++)
    if ((int)strlen(r[i]) == n && strncmp(r[i], s, (size_t)n) == 0) return i + 1;
  return 0;
}

static const char *const ROMAN[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
                                    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"};

int kj_golongan_parse(const char *s, kj_jenis_pegawai jp, char out[8], char *why, int cap) {
  char u[128];
  size_t n = strlen(s);
  if (n >= sizeof u) n = sizeof u - 1;
  for (size_t i = 0; i < n; i++) u[i] = (char)toupper((unsigned char)s[i]);
  u[n] = '\0';
  int found = 0;
  for (size_t i = 0; i < n;) {
    if (!strchr("IVX", u[i]) || (i > 0 && isalpha((unsigned char)u[i - 1]))) {
      i++;
      continue;
    }
    size_t j = i;
    while (j < n && strchr("IVX", u[j])) j++;
    int rv = roman_value(u + i, (int)(j - i));
    size_t k = j;
    if (k < n && (u[k] == '/' || u[k] == ' ' || u[k] == '-' || u[k] == '.')) k++;
    int letter = k < n && u[k] >= 'A' && u[k] <= 'E' && (k + 1 == n || !isalpha((unsigned char)u[k + 1]));
    if (jp == KJ_PNS && rv >= 1 && rv <= 4 && letter) {
      char l = (char)tolower((unsigned char)u[k]);
      if (l == 'e' && rv != 4) {
        snprintf(why, (size_t)cap, "golongan %s/e does not exist (only IV has e)", ROMAN[rv]);
        return -1;
      }
      snprintf(out, 8, "%s/%c", ROMAN[rv], l);
      found = 1;
    } else if (jp == KJ_PPPK && rv >= 1 && (j == n || !isalpha((unsigned char)u[j]))) {
      snprintf(out, 8, "%s", ROMAN[rv]);
      found = 1;
    }
    i = j;
  }
  if (!found && jp == KJ_PPPK) {
    /* PPPK grades are also written as numbers 1..17. */
    int v = 0, digits = 0;
    for (const char *p = s; *p; p++) {
      if (isdigit((unsigned char)*p)) {
        v = v * 10 + (*p - '0');
        digits++;
      } else if (*p != ' ') {
        digits = 99;
      }
    }
    if (digits >= 1 && digits <= 2 && v >= 1 && v <= 17) {
      snprintf(out, 8, "%s", ROMAN[v]);
      found = 1;
    }
  }
  if (!found) {
    if (jp == KJ_PNS)
      snprintf(why, (size_t)cap, "expected a PNS golongan I/a..IV/e (e.g. III/b), found '%s'", s);
    else
      snprintf(why, (size_t)cap, "expected a PPPK golongan I..XVII, found '%s'", s);
    return -1;
  }
  return 0;
}
