/* test_cli_json.c — the JSON writer of `kinerja summary --json`: nesting,
 * commas and indentation, string escaping, and "not computed" as null. */
/* cmocka.h needs these first (a separate block, so include sorting keeps it) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <math.h>

#include "cli/json.h"

static void nested_document_is_indented_and_comma_separated(void **state) {
  (void)state;
  kj_json j = {0};
  kj_json_object(&j, NULL);
  kj_json_int(&j, "tahun", 2025);
  kj_json_array(&j, "opd");
  kj_json_object(&j, NULL);
  kj_json_str(&j, "kode", "DLH");
  kj_json_bool(&j, "cukup", 1);
  kj_json_end(&j, '}');
  kj_json_end(&j, ']');
  kj_json_array(&j, "kosong");
  kj_json_end(&j, ']');
  kj_json_end(&j, '}');
  assert_string_equal(kj_buf_cstr(&j.out), "{\n"
                                           "  \"tahun\": 2025,\n"
                                           "  \"opd\": [\n"
                                           "    {\n"
                                           "      \"kode\": \"DLH\",\n"
                                           "      \"cukup\": true\n"
                                           "    }\n"
                                           "  ],\n"
                                           "  \"kosong\": []\n"
                                           "}\n");
  kj_buf_free(&j.out);
}

static void strings_are_escaped_and_nan_is_null(void **state) {
  (void)state;
  kj_json j = {0};
  kj_json_array(&j, NULL);
  kj_json_str(&j, NULL, "a\"b\\c\nd\te\x01 Pelayanan – ü");
  kj_json_str(&j, NULL, NULL);
  kj_json_num(&j, NULL, NAN);
  kj_json_num(&j, NULL, INFINITY);
  kj_json_num(&j, NULL, 0.1);
  kj_json_end(&j, ']');
  assert_string_equal(kj_buf_cstr(&j.out),
                      "[\n  \"a\\\"b\\\\c\\nd\\te\\u0001 Pelayanan – ü\",\n  null,\n  null,\n"
                      "  null,\n  0.1\n]\n");
  kj_buf_free(&j.out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(nested_document_is_indented_and_comma_separated),
      cmocka_unit_test(strings_are_escaped_and_nan_is_null),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
