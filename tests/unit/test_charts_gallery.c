/* test_charts_gallery.c — every chart kind drawn from realistic sample data.
 *
 * Renders the eight kinds in Indonesian as PNG, SVG and PDF and in English
 * as PNG, checks each render succeeded with output of plausible size, and
 * prints the time to draw all kinds per format. With KJ_CHART_GALLERY=DIR
 * the files are kept in DIR for looking at them; otherwise they go to a
 * scratch directory that is removed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <cmocka.h>

#include "charts_samples.h"
#include "testutil.h"

typedef struct samples {
  kj_peringkat_spec pr;
  kj_distribusi_spec ds;
  kj_kurva_spec kv;
  kj_tren_spec tr;
  kj_heatmap_spec hm;
  kj_skm_spec sk;
  kj_sebaran_spec sb;
  kj_profil_spec pf;
  kj_kendali_spec kd;
  kj_kesetaraan_spec ks;
} samples;

static const void *spec_of(const samples *s, kj_chart_kind k) {
  switch (k) {
  case KJ_CHART_PERINGKAT: return &s->pr;
  case KJ_CHART_DISTRIBUSI: return &s->ds;
  case KJ_CHART_KURVA: return &s->kv;
  case KJ_CHART_TREN: return &s->tr;
  case KJ_CHART_HEATMAP: return &s->hm;
  case KJ_CHART_SKM: return &s->sk;
  case KJ_CHART_SEBARAN: return &s->sb;
  case KJ_CHART_KENDALI: return &s->kd;
  case KJ_CHART_KESETARAAN: return &s->ks;
  default: return &s->pf;
  }
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void gallery_all_kinds_all_formats(void **state) {
  (void)state;
  const char *keep = getenv("KJ_CHART_GALLERY");
  char *dir = keep && *keep ? strdup(keep) : kj_test_tmpdir("gallery");
  assert_non_null(dir);
  samples s = {sample_peringkat(), sample_distribusi(), sample_kurva(),   sample_tren(),
               sample_heatmap(),   sample_skm(),        sample_sebaran(), sample_profil(),
               sample_kendali(), sample_kesetaraan()};
  samples en = s; /* labels that come with the data, in English */
  en.pr.measure = "Mean IKP";
  en.pr.unit = "% of credit points";
  en.tr.measure = "Monthly mean IKP";
  en.tr.unit = "% of credit points";
  for (int pass = 0; pass < 4; pass++) { /* PNG, SVG, PDF in Indonesian; PNG in English */
    kj_chart_format f = pass == 3 ? KJ_CHART_PNG : (kj_chart_format)pass;
    double t0 = now();
    size_t bytes = 0;
    for (int k = 0; k < KJ_CHART_KIND_N; k++) {
      char path[1024];
      snprintf(path, sizeof path, "%s/%s%s.%s", dir, kj_chart_kind_name(k), pass == 3 ? "_en" : "",
               kj_chart_format_ext(f));
      kj_chart_out o = sample_out(f, path);
      if (pass == 3) {
        o.lang = KJ_LANG_EN;
        o.subtitle = "Year 2024 \xC2\xB7 Padangsidimpuan City";
        o.source = "e-Kinerja BKN (SKP appraisal reports), processed by BKPSDM";
        o.note = "IKP = rating converted to credit-point percentage (PerBKN 3/2023), not a "
                 "regulation score.";
      }
      kj_chart_result r = {0};
      kj_error e = {0};
      kj_status st = kj_chart_render(k, spec_of(pass == 3 ? &en : &s, k), &o, &r, &e);
      if (st != KJ_OK) fail_msg("%s.%s: %s", kj_chart_kind_name(k), kj_chart_format_ext(f), e.msg);
      assert_true(r.len > 1000);
      assert_null(r.data); /* written to the file, not kept */
      bytes += r.len;
      kj_chart_result_free(&r);
    }
    printf("gallery: 9 kinds as %s%s in %.3f s (%zu bytes)\n", kj_chart_format_ext(f),
           pass == 3 ? " (en)" : "", now() - t0, bytes);
  }
  if (!keep || !*keep) kj_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(gallery_all_kinds_all_formats)};
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  return rc;
}
