/* test_domain_parsers.c — NIP, period, date and golongan parsers, the
 * predikat matrix and enum spellings (data.md "General rules", analytics.md §1). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "domain/date.h"
#include "domain/enums.h"
#include "domain/golongan.h"
#include "domain/nip.h"
#include "domain/period.h"
#include "domain/rules.h"

static char why[512];

static void nip_accepts_valid_pns_with_spaces(void **st) {
  (void)st;
  int64_t v = 0;
  assert_int_equal(kj_nip_parse("19860926 201505 1 001", KJ_NIP_PNS, &v, why, sizeof why), 0);
  assert_true(v == 198609262015051001LL);
  assert_int_equal(kj_nip_gender(v), 1);
  assert_int_equal(kj_nip_birth_year(v), 1986);
  char out[19];
  kj_nip_format(v, out);
  assert_string_equal(out, "198609262015051001");
}

static void nip_rejects_excel_mangled_numbers_with_hint(void **st) {
  (void)st;
  int64_t v;
  assert_int_equal(kj_nip_parse("1.98609E+17", KJ_NIP_ANY, &v, why, sizeof why), -1);
  assert_string_equal(why, "NIP '1.98609E+17' looks like a spreadsheet number: the NIP lost digits "
                           "in Excel; format the column as text and export again");
  assert_int_equal(kj_nip_parse("198609262015051000.0", KJ_NIP_ANY, &v, why, sizeof why), -1);
  assert_non_null(strstr(why, "lost digits in Excel"));
  assert_int_equal(kj_nip_parse("1,98609E+17", KJ_NIP_ANY, &v, why, sizeof why), -1);
  assert_non_null(strstr(why, "lost digits in Excel"));
}

static void nip_rejects_wrong_length(void **st) {
  (void)st;
  int64_t v;
  assert_int_equal(kj_nip_parse("19860926201505100", KJ_NIP_ANY, &v, why, sizeof why), -1);
  assert_string_equal(why, "NIP must be 18 digits, found 17 ('19860926201505100')");
  assert_int_equal(kj_nip_parse("19860926201505100A", KJ_NIP_ANY, &v, why, sizeof why), -1);
  assert_string_equal(why, "NIP must be 18 digits, found '19860926201505100A'");
}

static void nip_checks_birth_date_tmt_and_gender(void **st) {
  (void)st;
  int64_t v;
  assert_int_equal(kj_nip_parse("198602302015051001", KJ_NIP_ANY, &v, why, sizeof why), -1);
  assert_string_equal(why, "NIP digits 1-8 must be a birth date YYYYMMDD, found 19860230");
  assert_int_equal(kj_nip_parse("198609261985131001", KJ_NIP_PNS, &v, why, sizeof why), -1);
  assert_string_equal(why, "NIP digits 9-14 must be the TMT CPNS as YYYYMM, found 198513");
  /* A PNS NIP that is a valid NI PPPK gets a hint. */
  assert_int_equal(kj_nip_parse("198609262015131001", KJ_NIP_PNS, &v, why, sizeof why), -1);
  assert_string_equal(why, "NIP digits 9-14 must be the TMT CPNS as YYYYMM, found 201513 (it is a "
                           "valid NI PPPK: set jenis_pegawai to PPPK)");
  assert_int_equal(kj_nip_parse("198609262015053001", KJ_NIP_ANY, &v, why, sizeof why), -1);
  assert_string_equal(why, "NIP digit 15 must be 1 (L) or 2 (P), found 3");
}

static void nip_pppk_structure_differs_from_pns(void **st) {
  (void)st;
  int64_t v;
  /* PPPK: digits 9-12 year of appointment, 13-14 free ("21" is no month). */
  assert_int_equal(kj_nip_parse("199203152021212003", KJ_NIP_PPPK, &v, why, sizeof why), 0);
  assert_int_equal(kj_nip_parse("199203152021212003", KJ_NIP_ANY, &v, why, sizeof why), 0);
  assert_int_equal(kj_nip_parse("199203152021212003", KJ_NIP_PNS, &v, why, sizeof why), -1);
  assert_int_equal(kj_nip_parse("199203151985212003", KJ_NIP_PPPK, &v, why, sizeof why), -1);
  assert_string_equal(why, "NI PPPK digits 9-12 must be the year of appointment, found 1985");
}

static void period_accepts_every_spelling(void **st) {
  (void)st;
  struct {
    const char *in, *canon;
  } cases[] = {
      {"2025-03", "2025-03"},          {"2025-3", "2025-03"},          {"2025", "2025"},
      {"2025-Q2", "2025-Q2"},          {"2025-TW3", "2025-Q3"},         {"2025-tw4", "2025-Q4"},
      {"2025-S1", "2025-S1"},          {"2025-S2", "2025-S2"},          {"Januari 2025", "2025-01"},
      {"Agustus 2024", "2024-08"},     {"Des 2023", "2023-12"},         {"March 2025", "2025-03"},
      {"Triwulan I 2025", "2025-Q1"},  {"Triwulan IV 2025", "2025-Q4"}, {"TW 2 2025", "2025-Q2"},
      {"Semester II 2025", "2025-S2"}, {"Tahun 2025", "2025"},          {" 2025-07 ", "2025-07"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    kj_period p;
    char out[16];
    assert_int_equal(kj_period_parse(cases[i].in, &p, why, sizeof why), 0);
    kj_period_format(p, out);
    assert_string_equal(out, cases[i].canon);
  }
}

static void period_rejects_bad_values(void **st) {
  (void)st;
  kj_period p;
  assert_int_equal(kj_period_parse("2025-13", &p, why, sizeof why), -1);
  assert_string_equal(why, "expected a period as YYYY-MM, YYYY-Qn, YYYY-TWn, YYYY-Sn or YYYY, found "
                           "'2025-13'");
  assert_int_equal(kj_period_parse("2025-Q5", &p, why, sizeof why), -1);
  assert_string_equal(why, "quarter must be 1-4 in '2025-Q5'");
  assert_int_equal(kj_period_parse("2025-S3", &p, why, sizeof why), -1);
  assert_string_equal(why, "semester must be 1 or 2 in '2025-S3'");
  assert_int_equal(kj_period_parse("Smarch 2025", &p, why, sizeof why), -1);
  assert_int_equal(kj_period_parse("", &p, why, sizeof why), -1);
}

static void period_months_and_index(void **st) {
  (void)st;
  kj_period q3 = {2025, KJ_PER_TRIWULAN, 3}, s2 = {2025, KJ_PER_SEMESTER, 2}, a = {2025, KJ_PER_TAHUNAN, 0};
  assert_int_equal(kj_period_first_month(q3), 7);
  assert_int_equal(kj_period_last_month(q3), 9);
  assert_int_equal(kj_period_last_month(s2), 12);
  assert_int_equal(kj_period_first_month(a), 1);
  kj_period m1 = {2024, KJ_PER_BULANAN, 12}, m2 = {2025, KJ_PER_BULANAN, 1};
  assert_int_equal(kj_period_index(m2) - kj_period_index(m1), 1);
}

static void period_labels_for_people_and_axes(void **st) {
  (void)st;
  char b[40];
  kj_period m = {2025, KJ_PER_BULANAN, 8}, q = {2025, KJ_PER_TRIWULAN, 3};
  kj_period h = {2024, KJ_PER_SEMESTER, 2}, y = {2023, KJ_PER_TAHUNAN, 0};
  assert_string_equal(kj_period_label(m, 0, 0, b, sizeof b), "Agustus 2025");
  assert_string_equal(kj_period_label(m, 1, 0, b, sizeof b), "August 2025");
  assert_string_equal(kj_period_label(m, 0, 1, b, sizeof b), "Agu 2025");
  assert_string_equal(kj_period_label(q, 0, 0, b, sizeof b), "Triwulan III 2025");
  assert_string_equal(kj_period_label(q, 1, 1, b, sizeof b), "Q3 2025");
  assert_string_equal(kj_period_label(h, 0, 1, b, sizeof b), "Sem II 2024");
  assert_string_equal(kj_period_label(h, 1, 0, b, sizeof b), "Half 2 2024");
  assert_string_equal(kj_period_label(y, 0, 0, b, sizeof b), "2023");
  assert_string_equal(kj_month_name(13, 0, 0), "?");
}

static void date_accepts_three_layouts_and_time(void **st) {
  (void)st;
  kj_date d;
  char out[24];
  assert_int_equal(kj_date_parse("2025-02-03", &d, why, sizeof why), 0);
  kj_date_format(&d, out, sizeof out);
  assert_string_equal(out, "2025-02-03");
  assert_int_equal(kj_date_parse("03/02/2025", &d, why, sizeof why), 0);
  kj_date_format(&d, out, sizeof out);
  assert_string_equal(out, "2025-02-03");
  assert_int_equal(kj_date_parse("3-2-2025 14:05", &d, why, sizeof why), 0);
  kj_date_format(&d, out, sizeof out);
  assert_string_equal(out, "2025-02-03 14:05:00");
  assert_int_equal(kj_date_parse("2024-02-29 08:30:15", &d, why, sizeof why), 0);
  assert_int_equal(d.ss, 15);
}

static void date_rejects_impossible_days(void **st) {
  (void)st;
  kj_date d;
  assert_int_equal(kj_date_parse("2025-02-29", &d, why, sizeof why), -1);
  assert_string_equal(why, "'2025-02-29' is not a valid calendar date");
  assert_int_equal(kj_date_parse("31/04/2025", &d, why, sizeof why), -1);
  assert_int_equal(kj_date_parse("2025/02/03", &d, why, sizeof why), -1);
  assert_string_equal(why, "expected a date as YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY, found '2025/02/03'");
  assert_int_equal(kj_date_parse("2025-02-03 25:00", &d, why, sizeof why), -1);
}

static void date_day_arithmetic_roundtrips(void **st) {
  (void)st;
  assert_int_equal(kj_date_days(1970, 1, 1), 0);
  assert_int_equal(kj_date_days(2025, 3, 1) - kj_date_days(2025, 2, 28), 1);
  assert_int_equal(kj_date_days(2024, 3, 1) - kj_date_days(2024, 2, 28), 2);
  int y, m, d;
  kj_date_from_days(kj_date_days(2023, 12, 31) + 1, &y, &m, &d);
  assert_int_equal(y, 2024);
  assert_int_equal(m, 1);
  assert_int_equal(d, 1);
}

static void golongan_reads_the_spellings_of_data_md(void **st) {
  (void)st;
  char out[8];
  const char *pns[][2] = {{"III/b", "III/b"}, {"III b", "III/b"}, {"IIIb", "III/b"},
                          {"Penata Muda Tk.I, III/b", "III/b"}, {"iv/e", "IV/e"},
                          {"Juru Muda I/a", "I/a"}};
  for (size_t i = 0; i < sizeof pns / sizeof pns[0]; i++) {
    assert_int_equal(kj_golongan_parse(pns[i][0], KJ_PNS, out, why, sizeof why), 0);
    assert_string_equal(out, pns[i][1]);
  }
  assert_int_equal(kj_golongan_parse("III/e", KJ_PNS, out, why, sizeof why), -1);
  assert_int_equal(kj_golongan_parse("V/a", KJ_PNS, out, why, sizeof why), -1);
  assert_string_equal(why, "expected a PNS golongan I/a..IV/e (e.g. III/b), found 'V/a'");
  assert_int_equal(kj_golongan_parse("IX", KJ_PPPK, out, why, sizeof why), 0);
  assert_string_equal(out, "IX");
  assert_int_equal(kj_golongan_parse("17", KJ_PPPK, out, why, sizeof why), 0);
  assert_string_equal(out, "XVII");
  assert_int_equal(kj_golongan_parse("XVIII", KJ_PPPK, out, why, sizeof why), -1);
}

static void predikat_matrix_matches_permenpan_6_2022(void **st) {
  (void)st;
  /* analytics.md §1.1: rows hasil kerja, columns perilaku DI_BAWAH, SESUAI, DI_ATAS */
  assert_int_equal(kj_predikat_matrix(KJ_DI_ATAS, KJ_DI_BAWAH), KJ_KURANG);
  assert_int_equal(kj_predikat_matrix(KJ_DI_ATAS, KJ_SESUAI), KJ_BAIK);
  assert_int_equal(kj_predikat_matrix(KJ_DI_ATAS, KJ_DI_ATAS), KJ_SANGAT_BAIK);
  assert_int_equal(kj_predikat_matrix(KJ_SESUAI, KJ_DI_BAWAH), KJ_KURANG);
  assert_int_equal(kj_predikat_matrix(KJ_SESUAI, KJ_SESUAI), KJ_BAIK);
  assert_int_equal(kj_predikat_matrix(KJ_SESUAI, KJ_DI_ATAS), KJ_BAIK);
  assert_int_equal(kj_predikat_matrix(KJ_DI_BAWAH, KJ_DI_BAWAH), KJ_SANGAT_KURANG);
  assert_int_equal(kj_predikat_matrix(KJ_DI_BAWAH, KJ_SESUAI), KJ_BUTUH_PERBAIKAN);
  assert_int_equal(kj_predikat_matrix(KJ_DI_BAWAH, KJ_DI_ATAS), KJ_BUTUH_PERBAIKAN);
  assert_true(kj_ikp_points(KJ_SANGAT_BAIK) == 150 && kj_ikp_points(KJ_BAIK) == 100 &&
              kj_ikp_points(KJ_BUTUH_PERBAIKAN) == 75 && kj_ikp_points(KJ_KURANG) == 50 &&
              kj_ikp_points(KJ_SANGAT_KURANG) == 25);
}

static void enums_match_spellings_ignoring_case_and_separators(void **st) {
  (void)st;
  assert_int_equal(kj_enum_parse(&kj_enum_rating, "Di Atas Ekspektasi"), KJ_DI_ATAS);
  assert_int_equal(kj_enum_parse(&kj_enum_rating, "DI_ATAS"), KJ_DI_ATAS);
  assert_int_equal(kj_enum_parse(&kj_enum_rating, "diatas"), KJ_DI_ATAS);
  assert_int_equal(kj_enum_parse(&kj_enum_rating, "di-bawah"), KJ_DI_BAWAH);
  assert_int_equal(kj_enum_parse(&kj_enum_predikat, "Kurang/Misconduct"), KJ_KURANG);
  assert_int_equal(kj_enum_parse(&kj_enum_predikat, "Cukup"), KJ_BUTUH_PERBAIKAN);
  assert_int_equal(kj_enum_parse(&kj_enum_predikat, "SANGAT BAIK"), KJ_SANGAT_BAIK);
  assert_int_equal(kj_enum_parse(&kj_enum_predikat_org, "istimewa"), KJ_ORG_ISTIMEWA);
  assert_int_equal(kj_enum_parse(&kj_enum_nilai, "Berorientasi Pelayanan"), KJ_BERORIENTASI_PELAYANAN);
  assert_int_equal(kj_enum_parse(&kj_enum_jenis_unit, "kelurahan"), KJ_UNIT_KELURAHAN);
  assert_int_equal(kj_enum_parse(&kj_enum_rating, "bagus"), -1);
  assert_int_equal(kj_enum_parse(&kj_enum_rating, ""), -1);
  char exp[200];
  kj_enum_expected(&kj_enum_rating, exp, sizeof exp);
  assert_string_equal(exp, "DI_ATAS, SESUAI or DI_BAWAH");
  assert_string_equal(kj_enum_label(&kj_enum_predikat, KJ_BUTUH_PERBAIKAN, KJ_LANG_ID),
                      "Butuh Perbaikan");
  assert_string_equal(kj_nilai_column(KJ_BERORIENTASI_PELAYANAN), "berorientasi_pelayanan");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(nip_accepts_valid_pns_with_spaces),
      cmocka_unit_test(nip_rejects_excel_mangled_numbers_with_hint),
      cmocka_unit_test(nip_rejects_wrong_length),
      cmocka_unit_test(nip_checks_birth_date_tmt_and_gender),
      cmocka_unit_test(nip_pppk_structure_differs_from_pns),
      cmocka_unit_test(period_accepts_every_spelling),
      cmocka_unit_test(period_rejects_bad_values),
      cmocka_unit_test(period_months_and_index),
      cmocka_unit_test(period_labels_for_people_and_axes),
      cmocka_unit_test(date_accepts_three_layouts_and_time),
      cmocka_unit_test(date_rejects_impossible_days),
      cmocka_unit_test(date_day_arithmetic_roundtrips),
      cmocka_unit_test(golongan_reads_the_spellings_of_data_md),
      cmocka_unit_test(predikat_matrix_matches_permenpan_6_2022),
      cmocka_unit_test(enums_match_spellings_ignoring_case_and_separators),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
