/* test_ingest_ekinerja_rules.c — the rules of the e-Kinerja mapping on
 * their own: the period of an SKP span, the unit name key and the derived
 * unit code (doc/input-format.md). The imports themselves are tested in
 * test_ingest_ekinerja.c.
 *
 * Unit codes: FNV-1a 32 reference values computed in Python,
 *   h = 2166136261; for b in key.encode(): h = ((h ^ b) * 16777619) % 2**32
 * e.g. "DINAS KESEHATAN" -> 0EF7F946, "DINAS KESEHATAN/PUSKESMAS SADABUAN"
 * -> 814D1E42.
 */
/* cmocka.h needs these first (a separate block, so include sorting keeps it) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <string.h>

#include "ingest/ekinerja.h"

static kj_date day(int y, int m, int d) { return (kj_date){y, m, d, 0, 0, 0, 0}; }

static void period_month_part_quarter_semester_year(void **st) {
  (void)st;
  struct {
    kj_date a, b;
    const char *want;
  } ok[] = {
      {day(2024, 3, 1), day(2024, 3, 31), "2024-03"},
      {day(2024, 3, 15), day(2024, 3, 31), "2024-03"}, /* after a mutasi */
      {day(2024, 3, 1), day(2024, 3, 14), "2024-03"},
      {day(2024, 2, 1), day(2024, 2, 29), "2024-02"},
      {day(2024, 1, 1), day(2024, 12, 31), "2024"},
      {day(2024, 4, 1), day(2024, 6, 30), "2024-Q2"},
      {day(2024, 10, 1), day(2024, 12, 31), "2024-Q4"},
      {day(2024, 7, 1), day(2024, 12, 31), "2024-S2"},
      {day(2024, 1, 1), day(2024, 6, 30), "2024-S1"},
      /* partial-year SKPs (data.md): the annual appraisal */
      {day(2024, 3, 1), day(2024, 12, 31), "2024"},  /* appointed on 1 March */
      {day(2024, 1, 1), day(2024, 4, 14), "2024"},   /* mutasi on 15 April */
      {day(2024, 4, 15), day(2024, 8, 31), "2024"},
      {day(2024, 1, 1), day(2024, 8, 15), "2024"},
      {day(2024, 1, 1), day(2024, 2, 29), "2024"},
      {day(2024, 2, 1), day(2024, 4, 30), "2024"},   /* three months, not a quarter */
      {day(2024, 4, 2), day(2024, 6, 30), "2024"},
  };
  for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
    kj_period p;
    char why[300] = "", canon[16];
    ok[i].b.hh = 23; /* times of day do not matter */
    ok[i].b.has_time = 1;
    assert_int_equal(kj_ekinerja_period(&ok[i].a, &ok[i].b, &p, why, sizeof why), 0);
    kj_period_format(p, canon);
    assert_string_equal(canon, ok[i].want);
  }
}

static void period_rejects_other_spans(void **st) {
  (void)st;
  struct {
    kj_date a, b;
    const char *why;
  } bad[] = {
      {day(2023, 12, 1), day(2024, 1, 31),
       "the SKP span 2023-12-01 to 2024-01-31 crosses a year boundary"},
      {day(2024, 7, 1), day(2025, 6, 30), "crosses a year boundary"},
      {day(2024, 3, 31), day(2024, 3, 1),
       "periode_akhir_skp 2024-03-01 is before "
       "periode_awal_skp 2024-03-31"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    kj_period p;
    char why[300] = "";
    assert_int_equal(kj_ekinerja_period(&bad[i].a, &bad[i].b, &p, why, sizeof why), -1);
    if (!strstr(why, bad[i].why)) fail_msg("case %zu: '%s'", i, why);
  }
}

static void name_key_ignores_case_spacing_and_punctuation(void **st) {
  (void)st;
  char k[128];
  kj_ekinerja_name_key("  Dinas  Kesehatan. ", k, sizeof k);
  assert_string_equal(k, "DINAS KESEHATAN");
  kj_ekinerja_name_key("DINAS-KESEHATAN", k, sizeof k);
  assert_string_equal(k, "DINAS KESEHATAN");
  kj_ekinerja_name_key("Dinas\xC2\xA0Kesehatan", k, sizeof k); /* no-break space */
  assert_string_equal(k, "DINAS KESEHATAN");
  kj_ekinerja_name_key("SD Negeri 200101 / P.Sidimpuan", k, sizeof k);
  assert_string_equal(k, "SD NEGERI 200101 P SIDIMPUAN");
  kj_ekinerja_name_key("Kantor Urusan Agama Ütara", k, sizeof k); /* UTF-8 kept as is */
  assert_string_equal(k, "KANTOR URUSAN AGAMA \xC3\x9CTARA");
  kj_ekinerja_name_key(" - ", k, sizeof k);
  assert_string_equal(k, "");
}

static int valid_code(const char *c) {
  size_t n = strlen(c);
  if (n < 10 || n > 32) return 0;
  for (const char *p = c; *p; p++)
    if (!((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '-')) return 0;
  return 1;
}

static void unit_code_is_a_slug_and_a_stable_hash(void **st) {
  (void)st;
  char c[33], d[33];
  kj_ekinerja_unit_code("Dinas Kesehatan", NULL, c);
  assert_string_equal(c, "DINAS_KESEHATAN-0EF7F946"); /* FNV-1a, see the top */
  kj_ekinerja_unit_code("DINAS  KESEHATAN", NULL, d); /* same key, same code */
  assert_string_equal(c, d);
  kj_ekinerja_unit_code("Puskesmas Sadabuan", "Dinas Kesehatan", c);
  assert_string_equal(c, "PUSKESMAS_SADABUAN-814D1E42");
  /* the same sub-unit name under two OPD: two codes */
  kj_ekinerja_unit_code("Sub Bagian Umum dan Kepegawaian", "Dinas Kesehatan", c);
  kj_ekinerja_unit_code("Sub Bagian Umum dan Kepegawaian", "Dinas Pendidikan", d);
  assert_string_not_equal(c, d);
  assert_memory_equal(c, "SUB_BAGIAN_UMUM_DAN-", 20); /* cut at a word boundary */
  kj_ekinerja_unit_code("Unit Pelaksana Teknis Daerah Pengelolaan Air Minum Kecamatan", NULL, c);
  assert_true(valid_code(c));
  assert_memory_equal(c, "UNIT_PELAKSANA_TEKNIS-", 22);
  kj_ekinerja_unit_code("Balaiwilayahsungaisumateraduaprovinsi", NULL, c); /* no boundary */
  assert_memory_equal(c, "BALAIWILAYAHSUNGAISUMAT-", 24);
  kj_ekinerja_unit_code("\xC3\x9C\xC3\x9C", NULL, c); /* nothing ASCII left */
  assert_memory_equal(c, "UNIT-", 5);
  assert_true(valid_code(c));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(period_month_part_quarter_semester_year),
      cmocka_unit_test(period_rejects_other_spans),
      cmocka_unit_test(name_key_ignores_case_spacing_and_punctuation),
      cmocka_unit_test(unit_code_is_a_slug_and_a_stable_hash),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
