/* fuzz_ini.c — libFuzzer harness for the kinerja.ini parser
 * (src/analysis/params.c on libinih, with the curve rules of curve.c).
 *
 * Each input (a NUL ends it early) is parsed with kj_params_load_string.
 *
 * Checked besides what ASan and UBSan catch: the result is KJ_OK or
 * KJ_DATA; KJ_DATA comes with "fuzz.ini:LINE: message" (LINE >= 1, within
 * the text) and leaves exactly the defaults; KJ_OK leaves every parameter
 * in its documented range (params.h) and writes an INI file
 * (kj_params_write_ini) that reads back to the same parameters — writing
 * the re-read parameters gives the same bytes (`kinerja config` promises
 * this round trip).
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/params.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *name = "fuzz.ini";

/* The INI text of p in a malloc'd string. */
static char *ini_text(const kj_params *p) {
  char *buf = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&buf, &len);
  if (!fp) abort();
  kj_error err = {0};
  if (kj_params_write_ini(p, fp, &err) != KJ_OK) abort();
  if (fclose(fp) != 0) abort();
  return buf;
}

static void check_ranges(const kj_params *p) {
  if (p->min_kelompok < 1) abort();
  if (!(p->alpha > 0 && p->alpha < 1)) abort();
  if (!(p->efek_min >= 0) || !isfinite(p->efek_min)) abort();
  if (!(p->capaian_maks > 0) || !isfinite(p->capaian_maks)) abort();
  if (p->capaian_tambahan != 0 && p->capaian_tambahan != 1) abort();
  if (!(p->skm_bobot > 0 && p->skm_bobot <= 1)) abort();
  if (p->skm_min_responden < 0 || p->batas_hari < 0 || p->teladan_per_opd < 0) abort();
  if (strcmp(p->source, name) != 0) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = malloc(size + 1);
  if (!text) abort();
  memcpy(text, data, size);
  text[size] = '\0';
  long lines = 1;
  for (size_t i = 0; i < size && data[i]; i++) lines += data[i] == '\n';

  kj_params p, d;
  kj_error err = {0};
  kj_status s = kj_params_load_string(&p, text, name, &err);
  if (s == KJ_DATA) {
    size_t n = strlen(name);
    char *end;
    if (strncmp(err.msg, name, n) != 0 || err.msg[n] != ':') abort();
    long line = strtol(err.msg + n + 1, &end, 10);
    if (line < 1 || line > lines || *end != ':') abort();
    kj_params_defaults(&d);
    char *a = ini_text(&p), *b = ini_text(&d);
    if (strcmp(a, b) != 0) abort(); /* a failure leaves the defaults */
    free(a);
    free(b);
  } else if (s == KJ_OK) {
    check_ranges(&p);
    char *a = ini_text(&p);
    kj_params q;
    kj_error err2 = {0};
    if (kj_params_load_string(&q, a, name, &err2) != KJ_OK) {
      fprintf(stderr, "written INI does not read back: %s\n%s", err2.msg, a);
      abort();
    }
    char *b = ini_text(&q);
    if (strcmp(a, b) != 0) {
      fprintf(stderr, "round trip differs:\n%s\n----\n%s", a, b);
      abort();
    }
    free(a);
    free(b);
  } else {
    abort();
  }
  free(text);
  return 0;
}
