/* test_charts_formats.c — the files the charts write: valid PNG at twice
 * the point size, SVG that parses as XML, one-page PDF with the date from
 * the data, identical bytes on every run, atomic file output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <dirent.h>
#include <expat.h>

#include "charts_samples.h"
#include "testutil.h"
#include "util/fsutil.h"

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

static samples all;

static const void *spec_of(kj_chart_kind k) {
  const void *p[KJ_CHART_KIND_N] = {&all.pr, &all.ds, &all.kv, &all.tr, &all.hm,
                                    &all.sk, &all.sb, &all.pf, &all.kd, &all.ks};
  return p[k];
}

static int setup(void **state) {
  (void)state;
  samples s = {sample_peringkat(), sample_distribusi(), sample_kurva(),   sample_tren(),
               sample_heatmap(),   sample_skm(),        sample_sebaran(), sample_profil(),
               sample_kendali(), sample_kesetaraan()};
  all = s;
  return 0;
}

static int contains(const unsigned char *d, size_t n, const char *s);

static kj_chart_result render_mem(kj_chart_kind k, kj_chart_format f) {
  kj_chart_out o = sample_out(f, NULL);
  kj_chart_result r = {0};
  kj_error e = {0};
  if (kj_chart_render(k, spec_of(k), &o, &r, &e) != KJ_OK)
    fail_msg("%s: %s", kj_chart_kind_name(k), e.msg);
  return r;
}

static uint32_t be32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t crc32_of(const unsigned char *p, size_t n) {
  uint32_t c = 0xffffffffu;
  for (size_t i = 0; i < n; i++) {
    c ^= p[i];
    for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
  }
  return c ^ 0xffffffffu;
}

/* Walks the PNG chunks: signature, IHDR first, every CRC right, IEND last. */
static void assert_valid_png(const unsigned char *d, size_t n, uint32_t *w, uint32_t *h) {
  static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  assert_true(n > 33);
  assert_memory_equal(d, sig, 8);
  assert_memory_equal(d + 12, "IHDR", 4);
  *w = be32(d + 16);
  *h = be32(d + 20);
  size_t off = 8;
  int iend = 0;
  while (off + 12 <= n) {
    uint32_t len = be32(d + off);
    assert_true(off + 12 + len <= n);
    assert_int_equal(crc32_of(d + off + 4, len + 4), be32(d + off + 8 + len));
    iend = memcmp(d + off + 4, "IEND", 4) == 0;
    off += 12 + len;
  }
  assert_true(iend);
  assert_int_equal(off, n);
}

static void png_is_valid_at_twice_the_point_size_and_reproducible(void **state) {
  (void)state;
  for (int k = 0; k < KJ_CHART_KIND_N; k++) {
    kj_chart_result r = render_mem(k, KJ_CHART_PNG);
    uint32_t w, h;
    assert_valid_png(r.data, r.len, &w, &h);
    assert_int_equal(w, (uint32_t)lround(2 * r.width_pt));
    assert_int_equal(h, (uint32_t)lround(2 * r.height_pt));
    assert_int_equal(r.width_px, (int)w);
    assert_int_equal(r.height_px, (int)h);
    assert_int_equal(r.pages, 1);
    assert_true(r.height_pt == floor(r.height_pt)); /* whole points: exact pixel sizes */
    if (k == KJ_CHART_PERINGKAT) { /* the default width, and a page grown for 31 rows */
      assert_true(r.width_pt == 680);
      assert_true(r.height_pt > 600);
    }
    kj_chart_result again = render_mem(k, KJ_CHART_PNG);
    if (again.len != r.len || memcmp(again.data, r.data, r.len) != 0)
      fail_msg("%s.png differs between two renders", kj_chart_kind_name(k));
    kj_chart_result_free(&again);
    kj_chart_result_free(&r);
  }
}

static void png_scale_and_fixed_height_are_honoured(void **state) {
  (void)state;
  kj_chart_out o = sample_out(KJ_CHART_PNG, NULL);
  o.png_scale = 1;
  o.width = 500;
  o.height = 400;
  kj_chart_result r = {0};
  kj_error e = {0};
  assert_int_equal(kj_chart_skm(&all.sk, &o, &r, &e), KJ_OK);
  uint32_t w, h;
  assert_valid_png(r.data, r.len, &w, &h);
  assert_int_equal(w, 500);
  assert_int_equal(h, 400);
  kj_chart_result_free(&r);
}

static void the_font_family_is_an_option(void **state) {
  (void)state;
  kj_chart_result a = render_mem(KJ_CHART_PROFIL, KJ_CHART_PDF);
  kj_chart_out o = sample_out(KJ_CHART_PDF, NULL);
  o.font = "DejaVu Serif";
  kj_chart_result b = {0};
  kj_error e = {0};
  assert_int_equal(kj_chart_profil(&all.pf, &o, &b, &e), KJ_OK);
  assert_true(contains(a.data, a.len, "DejaVuSans"));
  assert_false(contains(a.data, a.len, "DejaVuSerif"));
  assert_true(contains(b.data, b.len, "DejaVuSerif")); /* the embedded font follows the option */
  kj_chart_result_free(&a);
  kj_chart_result_free(&b);
}

/* The root element of an SVG file, read with expat (the XML parser kinerja
 * links for xlsx), so the check runs the same on Linux and under wine. */
typedef struct svg_root {
  int depth, seen;
  char tag[16], width[64], height[64];
} svg_root;

static void XMLCALL svg_start(void *ud, const XML_Char *el, const XML_Char **atts) {
  svg_root *s = ud;
  if (s->depth++ == 0) {
    s->seen = 1;
    snprintf(s->tag, sizeof s->tag, "%s", el);
    for (int i = 0; atts[i]; i += 2) {
      if (strcmp(atts[i], "width") == 0) snprintf(s->width, sizeof s->width, "%s", atts[i + 1]);
      if (strcmp(atts[i], "height") == 0) snprintf(s->height, sizeof s->height, "%s", atts[i + 1]);
    }
  }
}

static void XMLCALL svg_end(void *ud, const XML_Char *el) {
  (void)el;
  ((svg_root *)ud)->depth--;
}

/* 1 if path is well-formed XML whose root is <svg width=w height=h>. */
static int svg_root_is(const char *path, const char *w, const char *h) {
  size_t len = 0;
  char *text = kj_test_read(path, &len);
  if (!text || len > INT32_MAX) {
    free(text);
    return 0;
  }
  svg_root s = {0};
  XML_Parser p = XML_ParserCreate(NULL);
  XML_SetUserData(p, &s);
  XML_SetElementHandler(p, svg_start, svg_end);
  int ok = XML_Parse(p, text, (int)len, 1) == XML_STATUS_OK;
  if (!ok)
    fprintf(stderr, "%s:%lu: %s\n", path, (unsigned long)XML_GetCurrentLineNumber(p),
            XML_ErrorString(XML_GetErrorCode(p)));
  XML_ParserFree(p);
  free(text);
  return ok && s.seen && strcmp(s.tag, "svg") == 0 && strcmp(s.width, w) == 0 &&
         strcmp(s.height, h) == 0;
}

static void svg_parses_as_xml_with_the_page_size(void **state) {
  (void)state;
  char *dir = kj_test_tmpdir("chartsvg");
  for (int k = 0; k < KJ_CHART_KIND_N; k++) {
    char name[64];
    snprintf(name, sizeof name, "%s.svg", kj_chart_kind_name(k));
    char *path = kj_path_join(dir, name);
    kj_chart_out o = sample_out(KJ_CHART_SVG, path);
    kj_chart_result r = {0};
    kj_error e = {0};
    assert_int_equal(kj_chart_render(k, spec_of(k), &o, &r, &e), KJ_OK);
    char w[64], h[64];
    snprintf(w, sizeof w, "%gpt", r.width_pt);
    snprintf(h, sizeof h, "%gpt", r.height_pt);
    if (!svg_root_is(path, w, h))
      fail_msg("%s does not parse as an SVG of %g x %g pt", name, r.width_pt, r.height_pt);
    kj_chart_result_free(&r);
    free(path);
  }
  kj_test_rmtree(dir);
  free(dir);
}

static int count_pages(const unsigned char *d, size_t n) {
  int pages = 0;
  const char *key = "/Type /Page";
  size_t m = strlen(key);
  for (size_t i = 0; i + m < n; i++)
    if (memcmp(d + i, key, m) == 0 && d[i + m] != 's') pages++;
  return pages;
}

static int contains(const unsigned char *d, size_t n, const char *s) {
  size_t m = strlen(s);
  for (size_t i = 0; i + m <= n; i++)
    if (memcmp(d + i, s, m) == 0) return 1;
  return 0;
}

static void pdf_has_one_page_and_the_date_of_the_data(void **state) {
  (void)state;
  for (int k = 0; k < KJ_CHART_KIND_N; k++) {
    kj_chart_result r = render_mem(k, KJ_CHART_PDF);
    assert_memory_equal(r.data, "%PDF-", 5);
    assert_true(contains(r.data + r.len - 8, 8, "%%EOF"));
    assert_int_equal(count_pages(r.data, r.len), 1);
    assert_true(contains(r.data, r.len, "/Count 1"));
    assert_true(contains(r.data, r.len, "/CreationDate (D:2024123100)"));
    assert_true(contains(r.data, r.len, "/ModDate (D:2024123100)"));
    char box[96];
    snprintf(box, sizeof box, "/MediaBox [ 0 0 %g %g ]", r.width_pt, r.height_pt);
    if (!contains(r.data, r.len, box)) fail_msg("%s: no %s", kj_chart_kind_name(k), box);
    assert_int_equal(r.width_px, 0);
    kj_chart_result_free(&r);
  }
}

static void two_renders_give_identical_svg_and_pdf(void **state) {
  (void)state;
  for (int f = KJ_CHART_SVG; f < KJ_CHART_FORMAT_N; f++)
    for (int k = 0; k < KJ_CHART_KIND_N; k++) {
      /* other charts drawn in between: cairo's per-process counters move on */
      kj_chart_result a = render_mem(k, f);
      kj_chart_result x = render_mem((k + 3) % KJ_CHART_KIND_N, f);
      kj_chart_result b = render_mem(k, f);
      if (a.len != b.len || memcmp(a.data, b.data, a.len) != 0)
        fail_msg("%s.%s differs between two renders", kj_chart_kind_name(k),
                 kj_chart_format_ext(f));
      kj_chart_result_free(&a);
      kj_chart_result_free(&x);
      kj_chart_result_free(&b);
    }
}

static void file_output_is_atomic_and_equals_memory_output(void **state) {
  (void)state;
  char *dir = kj_test_tmpdir("chartfile");
  char *path = kj_path_join(dir, "peringkat.png");
  free(kj_test_write(dir, "peringkat.png", "old", -1)); /* replaced whole, never truncated */
  kj_chart_out o = sample_out(KJ_CHART_PNG, path);
  kj_chart_result r = {0};
  kj_error e = {0};
  assert_int_equal(kj_chart_peringkat(&all.pr, &o, &r, &e), KJ_OK);
  assert_null(r.data);
  size_t n;
  char *bytes = kj_test_read(path, &n);
  assert_int_equal(n, r.len);
  kj_chart_result m = render_mem(KJ_CHART_PERINGKAT, KJ_CHART_PNG);
  assert_int_equal(m.len, n);
  assert_memory_equal(m.data, bytes, n);
  int files = 0;
  DIR *d = opendir(dir);
  for (struct dirent *de; (de = readdir(d)) != NULL;) files += de->d_name[0] != '.';
  closedir(d);
  assert_int_equal(files, 1); /* no temporary file left behind */
  free(bytes);
  kj_chart_result_free(&r);
  kj_chart_result_free(&m);
  /* an unwritable target is KJ_IO with the path in the message */
  o.path = "/nonexistent-kinerja-dir/peringkat.png";
  assert_int_equal(kj_chart_peringkat(&all.pr, &o, &r, &e), KJ_IO);
  assert_non_null(strstr(e.msg, "/nonexistent-kinerja-dir/peringkat.png"));
  free(path);
  kj_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(png_is_valid_at_twice_the_point_size_and_reproducible),
      cmocka_unit_test(png_scale_and_fixed_height_are_honoured),
      cmocka_unit_test(the_font_family_is_an_option),
      cmocka_unit_test(svg_parses_as_xml_with_the_page_size),
      cmocka_unit_test(pdf_has_one_page_and_the_date_of_the_data),
      cmocka_unit_test(two_renders_give_identical_svg_and_pdf),
      cmocka_unit_test(file_output_is_atomic_and_equals_memory_output),
  };
  int rc = cmocka_run_group_tests(tests, setup, NULL);
  return rc;
}
