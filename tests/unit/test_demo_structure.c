/* test_demo_structure.c — the demo's organisation, roster and organisation
 * predikat obey data.md: one file per kind with the contract's header, unit
 * codes and the tree, valid NIPs (structure, gender digit, PNS/PPPK form),
 * canonical enumerations and grades, supervisors that resolve and follow the
 * hierarchy, one organisation predikat per OPD and year but one. Runs the
 * generator once at --employees 300 (the size the task asks for). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demo/demo.h"
#include "demo_csv.h"
#include "domain/enums.h"
#include "domain/golongan.h"
#include "domain/nip.h"
#include "testutil.h"
#include "util/hash.h"

static char *dir;
static kj_demo_summary sum;
static char why[512];

static int setup(void **st) {
  (void)st;
  dir = kj_test_tmpdir("demo-structure");
  kj_demo_opts o;
  kj_demo_opts_init(&o);
  o.employees = 300;
  o.csv_dir = dir;
  kj_error err = {0};
  return kj_demo_write(&o, &sum, &err) == KJ_OK ? 0 : -1;
}

static int teardown(void **st) {
  (void)st;
  kj_test_rmtree(dir);
  free(dir);
  return 0;
}

static void load(dcsv *t, const char *name) { assert_int_equal(dcsv_load(t, dir, name), 0); }

/* s is the canonical spelling of a value of e. */
static int canonical(const kj_enum *e, const char *s) {
  int v = kj_enum_parse(e, s);
  return v >= 0 && strcmp(kj_enum_canon(e, v), s) == 0;
}

static void demo_writes_one_file_per_kind_with_the_contract_header(void **st) {
  (void)st;
  static const char *const hdr[KJ_DEMO_FILES] = {
      "kode_unit,nama_unit,singkatan,jenis_unit,kode_induk,menjadi,berlaku_sampai",
      "nip,nama,kode_unit,jenis_pegawai,golongan,jabatan,jenis_jabatan,nip_atasan,jenis_kelamin,"
      "mulai,selesai,status",
      "kode_unit,tahun,predikat,capaian",
      "nip,periode,rating_hasil_kerja,rating_perilaku,predikat,kode_unit,nip_penilai,"
      "tanggal_dinilai",
      "nip,periode,kode_rhk,jenis_rhk,indikator,aspek,arah,satuan,target,realisasi,bobot",
      "nip,periode,nilai,sumber,skor",
      "kode_unit,periode,id_responden,u1,u2,u3,u4,u5,u6,u7,u8,u9,jenis_layanan,jenis_kelamin,"
      "usia,pendidikan,pekerjaan",
      "tanggal,nip_pemberi,nip_penerima,jenis"};
  for (int i = 0; i < KJ_DEMO_FILES; i++) {
    dcsv t;
    load(&t, kj_demo_file_name(i));
    assert_string_equal(t.header, hdr[i]);
    assert_int_equal((long)t.nrows, sum.rows[i]);
    assert_true(t.nrows > 0);
    dcsv_free(&t);
  }
  assert_null(kj_demo_file_name(KJ_DEMO_FILES));
}

static int code_ok(const char *s) {
  size_t n = strlen(s);
  if (n < 1 || n > 32) return 0;
  return strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") == n;
}

static void demo_units_form_the_padangsidimpuan_tree(void **st) {
  (void)st;
  dcsv t;
  load(&t, "unit.csv");
  kj_strmap codes = {0};
  int opd = 0, jenis[KJ_JENIS_UNIT_N] = {0}, merged = 0;
  for (size_t r = 0; r < t.nrows; r++) {
    const char *code = dcsv_at(&t, r, 0);
    assert_true(code_ok(code));
    assert_int_equal(kj_strmap_get(&codes, code, NULL), 0);
    kj_strmap_put(&codes, code, (int32_t)r);
    assert_true(canonical(&kj_enum_jenis_unit, dcsv_at(&t, r, 3)));
    jenis[kj_enum_parse(&kj_enum_jenis_unit, dcsv_at(&t, r, 3))]++;
    if (!*dcsv_at(&t, r, 4)) opd++;
  }
  int32_t row;
  for (size_t r = 0; r < t.nrows; r++) {
    const char *induk = dcsv_at(&t, r, 4), *menjadi = dcsv_at(&t, r, 5);
    if (*induk) { /* parents are OPD: the tree has two levels */
      assert_int_equal(kj_strmap_get(&codes, induk, &row), 1);
      assert_string_equal(dcsv_at(&t, (size_t)row, 4), "");
    }
    if (*menjadi) {
      merged++;
      assert_int_equal(kj_strmap_get(&codes, menjadi, &row), 1);
      assert_string_equal(dcsv_at(&t, (size_t)row, 4), induk);
      assert_string_equal(dcsv_at(&t, r, 6), "2023");
    } else {
      assert_string_equal(dcsv_at(&t, r, 6), "");
    }
  }
  assert_int_equal(opd, 34);
  assert_int_equal(sum.n_opd, 34);
  assert_int_equal(sum.n_units, (int)t.nrows);
  assert_int_equal(jenis[KJ_UNIT_KECAMATAN], 6);
  assert_int_equal(jenis[KJ_UNIT_KELURAHAN], 37);
  assert_int_equal(jenis[KJ_UNIT_PUSKESMAS], 10);
  assert_int_equal(jenis[KJ_UNIT_SEKOLAH], 95);
  assert_int_equal(jenis[KJ_UNIT_RSUD], 1);
  assert_int_equal(merged, 1);
  int ne;
  const kj_demo_effect *eff = kj_demo_effects(&ne);
  assert_int_equal(ne, 7);
  for (int i = 0; i < ne; i++) /* every effect sits in a unit, or city-wide (KOTA) */
    assert_true(strcmp(eff[i].kode_unit, "KOTA") == 0 ||
                kj_strmap_get(&codes, eff[i].kode_unit, NULL) == 1);
  kj_strmap_free(&codes);
  dcsv_free(&t);
}

static void demo_nips_are_valid_unique_and_match_gender(void **st) {
  (void)st;
  dcsv t;
  load(&t, "pegawai.csv");
  assert_int_equal((long)t.nrows, 300);
  kj_i64map seen = {0};
  int pppk = 0;
  for (size_t r = 0; r < t.nrows; r++) {
    int64_t nip;
    const char *jp = dcsv_at(&t, r, 3);
    assert_true(canonical(&kj_enum_jenis_pegawai, jp));
    int is_pppk = strcmp(jp, "PPPK") == 0;
    pppk += is_pppk;
    if (kj_nip_parse(dcsv_at(&t, r, 0), is_pppk ? KJ_NIP_PPPK : KJ_NIP_PNS, &nip, why,
                     (int)sizeof why) != 0)
      fail_msg("row %zu: %s", r + 2, why);
    assert_int_equal(kj_i64map_get(&seen, nip, NULL), 0);
    kj_i64map_put(&seen, nip, (int32_t)r);
    assert_int_equal(kj_nip_gender(nip), strcmp(dcsv_at(&t, r, 8), "P") == 0 ? 2 : 1);
    assert_true(canonical(&kj_enum_kelamin, dcsv_at(&t, r, 8)));
    assert_true(canonical(&kj_enum_jenis_jabatan, dcsv_at(&t, r, 6)));
    char gol[8];
    if (kj_golongan_parse(dcsv_at(&t, r, 4), is_pppk ? KJ_PPPK : KJ_PNS, gol, why,
                          (int)sizeof why) != 0)
      fail_msg("row %zu: golongan %s: %s", r + 2, dcsv_at(&t, r, 4), why);
    assert_string_equal(gol, dcsv_at(&t, r, 4));
    assert_true(*dcsv_at(&t, r, 1) && *dcsv_at(&t, r, 5));
  }
  assert_true(pppk > 0 && pppk < 150); /* a minority */
  kj_i64map_free(&seen);
  dcsv_free(&t);
}

static int rank(const char *jj) {
  static const char *const order[] = {"JPT", "ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL",
                                      "PELAKSANA"};
  for (int i = 0; i < 5; i++)
    if (strcmp(jj, order[i]) == 0) return i < 3 ? i : 3;
  return -1;
}

static void demo_supervisors_resolve_and_follow_the_hierarchy(void **st) {
  (void)st;
  dcsv u, t;
  load(&u, "unit.csv");
  load(&t, "pegawai.csv");
  kj_strmap units = {0};
  for (size_t r = 0; r < u.nrows; r++) kj_strmap_put(&units, dcsv_at(&u, r, 0), (int32_t)r);
  kj_i64map idx = {0};
  int64_t *nips = calloc(t.nrows, sizeof *nips), *sup = calloc(t.nrows, sizeof *sup);
  for (size_t r = 0; r < t.nrows; r++) {
    assert_int_equal(kj_nip_parse(dcsv_at(&t, r, 0), KJ_NIP_ANY, &nips[r], why, (int)sizeof why),
                     0);
    kj_i64map_put(&idx, nips[r], (int32_t)r);
    assert_int_equal(kj_strmap_get(&units, dcsv_at(&t, r, 2), NULL), 1);
  }
  int outside = 0;
  for (size_t r = 0; r < t.nrows; r++) {
    int32_t s;
    assert_int_equal(kj_nip_parse(dcsv_at(&t, r, 7), KJ_NIP_ANY, &sup[r], why, (int)sizeof why), 0);
    assert_true(sup[r] != nips[r]); /* nobody rates themselves */
    if (!kj_i64map_get(&idx, sup[r], &s)) {
      /* Only the Sekda is rated from outside the roster (the Wali Kota). */
      outside++;
      assert_string_equal(dcsv_at(&t, r, 5), "Sekretaris Daerah");
      assert_true(sup[r] == sum.nip_walikota);
      continue;
    }
    /* A supervisor never ranks below the employee (school and puskesmas
     * heads are functional staff with a tugas tambahan). */
    assert_true(rank(dcsv_at(&t, (size_t)s, 6)) <= rank(dcsv_at(&t, r, 6)));
  }
  assert_int_equal(outside, 1);
  for (size_t r = 0; r < t.nrows; r++) { /* every chain ends at the Wali Kota */
    int64_t n = nips[r];
    int steps = 0;
    int32_t s;
    while (kj_i64map_get(&idx, n, &s) && steps < 10) n = sup[s], steps++;
    assert_true(n == sum.nip_walikota);
  }
  free(nips);
  free(sup);
  kj_i64map_free(&idx);
  kj_strmap_free(&units);
  dcsv_free(&u);
  dcsv_free(&t);
}

static void demo_gives_every_opd_year_a_predikat_but_one(void **st) {
  (void)st;
  dcsv u, t;
  load(&u, "unit.csv");
  load(&t, "kinerja_organisasi.csv");
  kj_strmap opd = {0}, key = {0};
  for (size_t r = 0; r < u.nrows; r++)
    if (!*dcsv_at(&u, r, 4)) kj_strmap_put(&opd, dcsv_at(&u, r, 0), 0);
  int last_year = 0, bp = 0, istimewa = 0;
  for (size_t r = 0; r < t.nrows; r++) {
    char k[64];
    snprintf(k, sizeof k, "%s|%s", dcsv_at(&t, r, 0), dcsv_at(&t, r, 1));
    assert_int_equal(kj_strmap_get(&key, k, NULL), 0);
    kj_strmap_put(&key, k, 0);
    assert_int_equal(kj_strmap_get(&opd, dcsv_at(&t, r, 0), NULL), 1);
    int y = (int)strtol(dcsv_at(&t, r, 1), NULL, 10);
    assert_true(y >= 2023 && y <= 2025);
    last_year += y == 2025;
    assert_true(canonical(&kj_enum_predikat_org, dcsv_at(&t, r, 2)));
    bp += strcmp(dcsv_at(&t, r, 2), "BUTUH_PERBAIKAN") == 0;
    istimewa += strcmp(dcsv_at(&t, r, 2), "ISTIMEWA") == 0;
    double cap = strtod(dcsv_at(&t, r, 3), NULL);
    assert_true(cap > 50.0 && cap < 120.0);
  }
  assert_int_equal((long)t.nrows, 34 * 3 - 1);
  assert_int_equal(last_year, 33); /* the missing one is in the last year */
  assert_int_equal(bp, 2);         /* the planted OPD, last two years */
  assert_int_equal(istimewa, 9);   /* three a year */
  kj_strmap_free(&opd);
  kj_strmap_free(&key);
  dcsv_free(&u);
  dcsv_free(&t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(demo_writes_one_file_per_kind_with_the_contract_header),
      cmocka_unit_test(demo_units_form_the_padangsidimpuan_tree),
      cmocka_unit_test(demo_nips_are_valid_unique_and_match_gender),
      cmocka_unit_test(demo_supervisors_resolve_and_follow_the_hierarchy),
      cmocka_unit_test(demo_gives_every_opd_year_a_predikat_but_one),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
