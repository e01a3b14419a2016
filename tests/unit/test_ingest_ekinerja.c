/* test_ingest_ekinerja.c — `import --format ekinerja`: whole imports of the
 * fixtures that tests/scripts/make_ekinerja_fixtures.py writes into
 * KJ_EKINERJA_FIXTURES (ctest fixture "ekinerja"; what each file holds, and
 * so where each expected count comes from, is described in that script),
 * and small CSV exports written here for the cases one row decides. The
 * rules on their own: test_ingest_ekinerja_rules.c. Expected unit codes are
 * computed with kj_ekinerja_unit_code, whose values that file checks.
 */
/* cmocka.h needs these first (a separate block, so include sorting keeps it) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/ekinerja.h"
#include "ingest/import.h"
#include "store/store.h"
#include "testutil.h"
#include "util/platform.h"

#ifndef KJ_EKINERJA_FIXTURES
#error "KJ_EKINERJA_FIXTURES must name the directory make_ekinerja_fixtures.py writes"
#endif

#define E3 "198609262015051001" /* NIP a number cell in the xlsx */
#define E4 "199203142019032005" /* the mutasi in March */
#define E8 "198505052010011004" /* hasil_akhir disagrees in February */
#define E9 "199512122020122006" /* not rated in February and March */

static char *dir;
static int ndb;

static int setup(void **st) {
  (void)st;
  dir = kj_test_tmpdir("ekinerja");
  return dir ? 0 : -1;
}

static int teardown(void **st) {
  (void)st;
  kj_test_rmtree(dir);
  free(dir);
  return 0;
}

static char *fixture(const char *name) {
  size_t n = strlen(KJ_EKINERJA_FIXTURES) + strlen(name) + 2;
  char *p = malloc(n);
  snprintf(p, n, "%s/%s", KJ_EKINERJA_FIXTURES, name);
  return p;
}

static kj_store *fresh_db(void) {
  char path[600];
  snprintf(path, sizeof path, "%s/t%d.db", dir, ndb++);
  kj_store *st = NULL;
  kj_error err = {0};
  if (kj_store_open(path, KJ_OPEN_CREATE, &st, &err) != KJ_OK) fail_msg("%s", err.msg);
  return st;
}

typedef struct run {
  kj_status s;
  kj_import_result res;
  kj_error err;
  char *msg; /* everything the import printed */
  size_t len;
} run;

/* Imports files (fixture names, or absolute paths) with the format. */
static void import(run *r, kj_store *st, kj_format fmt, int dry, int n, const char *const *names) {
  memset(r, 0, sizeof *r);
  char *paths[8];
  /* absolute: "/tmp/..." here, "C:\\Users\\...\\Temp\\..." on Windows */
  for (int i = 0; i < n; i++)
    paths[i] = kj_path_root_len(names[i]) ? strdup(names[i]) : fixture(names[i]);
  FILE *out = open_memstream(&r->msg, &r->len);
  kj_import_opts o;
  kj_import_opts_init(&o);
  o.format = fmt;
  o.dry_run = dry;
  o.msg = out;
  r->s = kj_import_files(st, &o, n, paths, &r->res, &r->err);
  fclose(out);
  for (int i = 0; i < n; i++) free(paths[i]);
}

static void run_free(run *r) {
  kj_import_result_free(&r->res);
  free(r->msg);
}

/* First column of the first row of sql with ?1 (and ?2) bound as text. */
static long long q(kj_store *st, const char *sql, const char *a1, const char *a2) {
  kj_stmt *s = NULL;
  kj_error err = {0};
  if (kj_store_prepare(st, sql, &s, &err) != KJ_OK) fail_msg("%s", err.msg);
  if (a1) kj_stmt_bind_text(s, 1, a1, -1);
  if (a2) kj_stmt_bind_text(s, 2, a2, -1);
  long long v = kj_stmt_step(s, &err) == KJ_STEP_ROW ? kj_stmt_int64(s, 0) : -1;
  kj_stmt_free(s);
  return v;
}

static char *qtext(kj_store *st, const char *sql, const char *a1, const char *a2) {
  kj_stmt *s = NULL;
  kj_error err = {0};
  if (kj_store_prepare(st, sql, &s, &err) != KJ_OK) fail_msg("%s", err.msg);
  if (a1) kj_stmt_bind_text(s, 1, a1, -1);
  if (a2) kj_stmt_bind_text(s, 2, a2, -1);
  char *v = strdup(kj_stmt_step(s, &err) == KJ_STEP_ROW ? kj_stmt_text(s, 0) : "(no row)");
  kj_stmt_free(s);
  return v;
}

static void assert_text(kj_store *st, const char *sql, const char *a1, const char *a2,
                        const char *want) {
  char *got = qtext(st, sql, a1, a2);
  if (strcmp(got, want) != 0)
    fail_msg("%s [%s %s]: '%s', expected '%s'", sql, a1 ? a1 : "-", a2 ? a2 : "-", got, want);
  free(got);
}

static void assert_printed(const run *r, const char *line) {
  if (!r->msg || !strstr(r->msg, line))
    fail_msg("expected in the output: %s\n--- got:\n%s", line, r->msg ? r->msg : "");
}

/* --- whole imports of the fixtures ----------------------------------------- */

static const char *const EXPORTS[] = {"laporan_2024_q1.xlsx", "laporan_2024_04.csv"};

static void q1_and_april_load_with_the_right_counts(void **st) {
  (void)st;
  kj_store *db = fresh_db();
  run r;
  import(&r, db, KJ_FORMAT_EKINERJA, 0, 2, EXPORTS);
  if (r.s != KJ_OK) fail_msg("%s\n%s", r.err.msg, r.msg);
  const kj_import_file_result *x = &r.res.files[0], *c = &r.res.files[1];
  assert_int_equal(x->rows, 33); /* 30 + 1 mutasi + 2 PLT */
  assert_int_equal(x->inserted, 27);
  assert_int_equal(x->skipped, 6);
  assert_int_equal(x->acting, 2);
  assert_int_equal(x->superseded, 0);
  assert_int_equal(x->several, 1); /* E4's mutasi: two SKPs in March, skp_ganda terakhir */
  assert_int_equal(x->not_rated, 3);
  assert_int_equal(c->rows, 10);
  assert_int_equal(c->inserted, 9);
  assert_int_equal(c->not_rated, 1);
  assert_int_equal(r.res.units_created, 9); /* 3 OPD + 6 sub-units */
  assert_int_equal(r.res.pegawai_inserted, 10);
  assert_int_equal(r.res.errors, 0);
  assert_printed(&r, "laporan_2024_q1.xlsx:Laporan Penilaian SKP!B8: warning: column nip: 4 NIP "
                     "cells are stored as numbers, the first here");
  assert_printed(&r, "  skipped: 2 acting officials (is_skp_plt_plh_pjb, kept in skp_plt), 1 other "
                     "SKP of an employee with several for the period (skp_ganda), 0 superseded "
                     "by a later row of the same SKP, 3 not rated (recorded as missing)");
  /* every SKP kept: 31 own rows (the mutasi's two), 2 acting */
  assert_int_equal(q(db, "SELECT count(*) FROM skp WHERE periode LIKE '2024-0_'", NULL, NULL), 41);
  assert_int_equal(q(db, "SELECT count(*) FROM skp_plt", NULL, NULL), 2);
  assert_int_equal(q(db, "SELECT count(*) FROM penilaian", NULL, NULL), 36);
  assert_int_equal(q(db, "SELECT count(*) FROM penilaian_kosong", NULL, NULL), 4);
  assert_int_equal(q(db, "SELECT count(*) FROM unit", NULL, NULL), 9);
  /* the number-cell NIP loaded for all four months */
  assert_int_equal(q(db, "SELECT count(*) FROM penilaian WHERE nip = ?1", E3, NULL), 4);
  /* mutasi: the later span (written first) is kept, at the new unit */
  char yankes[33];
  kj_ekinerja_unit_code("Bidang Pelayanan Kesehatan", "Dinas Kesehatan", yankes);
  assert_text(db, "SELECT kode_unit FROM penilaian WHERE nip = ?1 AND periode = ?2", E4, "2024-03",
              yankes);
  assert_text(db, "SELECT kode_unit FROM pegawai WHERE nip = ?1", E4, NULL, yankes);
  /* the matrix decides; the export's predikat is kept beside it */
  assert_text(db,
              "SELECT predikat || '/' || predikat_input FROM penilaian WHERE nip = ?1 AND "
              "periode = ?2",
              E8, "2024-02", "SANGAT_BAIK/BAIK");
  assert_text(db,
              "SELECT group_concat(DISTINCT predikat_input) FROM (SELECT predikat_input FROM "
              "penilaian WHERE predikat_input IN ('KURANG', 'BUTUH_PERBAIKAN') ORDER BY 1)",
              NULL, NULL, "BUTUH_PERBAIKAN,KURANG"); /* Kurang/misconduct, Cukup/Butuh Perbaikan */
  assert_text(db,
              "SELECT rating_hasil_kerja || ' ' || tanggal_dinilai FROM penilaian WHERE "
              "nip = ?1 AND periode = ?2",
              "197301152000031001", "2024-01", "DI_ATAS 2024-02-05 09:00:00");
  assert_text(db, "SELECT group_concat(periode) FROM penilaian_kosong WHERE nip = ?1", E9, NULL,
              "2024-02,2024-03");
  assert_text(db,
              "SELECT jenis_pegawai || ' ' || golongan || ' ' || jenis_jabatan FROM pegawai "
              "WHERE nip = ?1",
              "199005102023212001", NULL, "PPPK IX FUNGSIONAL");
  /* the PLT rows made no appraisal at the school: only E8's own four */
  char sd[33];
  kj_ekinerja_unit_code("SD Negeri 200101 Padangsidimpuan", "Dinas Pendidikan", sd);
  assert_int_equal(q(db, "SELECT count(*) FROM penilaian WHERE kode_unit = ?1", sd, NULL), 4);
  assert_int_equal(q(db,
                     "SELECT count(*) FROM import_file WHERE format = 'ekinerja' AND "
                     "kind = 'penilaian'",
                     NULL, NULL),
                   2);
  run_free(&r);
  kj_store_close(db);
}

static void importing_again_changes_nothing(void **st) {
  (void)st;
  kj_store *db = fresh_db();
  run r;
  import(&r, db, KJ_FORMAT_EKINERJA, 0, 2, EXPORTS);
  assert_int_equal(r.s, KJ_OK);
  run_free(&r);
  import(&r, db, KJ_FORMAT_EKINERJA, 0, 2, EXPORTS);
  assert_int_equal(r.s, KJ_OK);
  assert_int_equal(r.res.files[0].inserted + r.res.files[0].replaced, 0);
  assert_int_equal(r.res.files[0].unchanged, 27);
  assert_int_equal(r.res.files[1].unchanged, 9);
  assert_int_equal(r.res.units_created, 0);
  assert_int_equal(r.res.pegawai_inserted + r.res.pegawai_replaced, 0);
  assert_int_equal(r.res.pegawai_unchanged, 10);
  assert_int_equal(q(db, "SELECT count(*) FROM unit", NULL, NULL), 9);
  assert_int_equal(q(db, "SELECT count(*) FROM penilaian_kosong", NULL, NULL), 4);
  run_free(&r);
  kj_store_close(db);
}

static void a_later_download_replaces_and_clears_missing_but_not_the_roster(void **st) {
  (void)st;
  kj_store *db = fresh_db();
  run r;
  import(&r, db, KJ_FORMAT_EKINERJA, 0, 2, EXPORTS);
  assert_int_equal(r.s, KJ_OK);
  run_free(&r);
  const char *feb[] = {"laporan_2024_02_ulang.csv"};
  import(&r, db, KJ_FORMAT_EKINERJA, 0, 1, feb);
  if (r.s != KJ_OK) fail_msg("%s\n%s", r.err.msg, r.msg);
  const kj_import_file_result *f = &r.res.files[0];
  assert_int_equal(f->rows, 11);
  assert_int_equal(f->inserted, 1); /* E9, rated since */
  assert_int_equal(f->replaced, 1); /* E3, corrected */
  assert_int_equal(f->unchanged, 8);
  assert_int_equal(f->skipped, 1); /* E7 acting */
  assert_text(db, "SELECT predikat FROM penilaian WHERE nip = ?1 AND periode = ?2", E3, "2024-02",
              "SANGAT_BAIK");
  assert_int_equal(
      q(db, "SELECT count(*) FROM penilaian_kosong WHERE nip = ?1 AND periode = ?2", E9, "2024-02"),
      0);
  assert_int_equal(q(db, "SELECT count(*) FROM penilaian_kosong", NULL, NULL), 3);
  /* February is older than what the database knows of E4: still at the new unit */
  assert_int_equal(r.res.pegawai_unchanged, 10);
  char yankes[33];
  kj_ekinerja_unit_code("Bidang Pelayanan Kesehatan", "Dinas Kesehatan", yankes);
  assert_text(db, "SELECT kode_unit FROM pegawai WHERE nip = ?1", E4, NULL, yankes);
  run_free(&r);
  kj_store_close(db);
}

static void units_of_the_city_are_matched_by_name(void **st) {
  (void)st;
  kj_store *db = fresh_db();
  run r;
  const char *units[] = {"native/unit.csv"};
  import(&r, db, KJ_FORMAT_NATIVE, 0, 1, units);
  assert_int_equal(r.s, KJ_OK);
  run_free(&r);
  import(&r, db, KJ_FORMAT_EKINERJA, 0, 2, EXPORTS);
  assert_int_equal(r.s, KJ_OK);
  assert_int_equal(r.res.units_created, 0);
  assert_int_equal(q(db, "SELECT count(*) FROM unit", NULL, NULL), 9);
  assert_text(db, "SELECT kode_unit FROM penilaian WHERE nip = ?1 AND periode = ?2", E4, "2024-03",
              "DINKES.YANKES");
  /* "KECAMATAN PADANGSIDIMPUAN UTARA" in the export, Title Case in unit.csv */
  assert_text(db, "SELECT kode_unit FROM pegawai WHERE nip = ?1", "197602022001121001", NULL,
              "KEC_PSP_UTARA");
  /* "Sub Bagian Umum dan Kepegawaian" exists under both OPD: each row its own */
  assert_text(db, "SELECT kode_unit FROM pegawai WHERE nip = ?1", "198001012005012003", NULL,
              "DISDIK.UMUM");
  assert_text(db, "SELECT kode_unit FROM pegawai WHERE nip = ?1", "197805202003122002", NULL,
              "DINKES.UMUM");
  run_free(&r);
  kj_store_close(db);
}

static void dry_run_changes_nothing(void **st) {
  (void)st;
  kj_store *db = fresh_db();
  run r;
  import(&r, db, KJ_FORMAT_EKINERJA, 1, 2, EXPORTS);
  assert_int_equal(r.s, KJ_OK);
  assert_int_equal(r.res.files[0].inserted, 27);
  assert_printed(&r, "dry run, nothing changed");
  assert_int_equal(q(db, "SELECT count(*) FROM penilaian", NULL, NULL), 0);
  assert_int_equal(q(db, "SELECT count(*) FROM unit", NULL, NULL), 0);
  assert_int_equal(q(db, "SELECT count(*) FROM import_file", NULL, NULL), 0);
  run_free(&r);
  kj_store_close(db);
}

/* --- broken files ---------------------------------------------------------- */

static void broken_files_give_located_errors_and_change_nothing(void **st) {
  (void)st;
  static const struct {
    const char *file, *msg;
  } cases[] = {
      {"broken/bukan_zip.xlsx", ": not an .xlsx workbook"},
      {"broken/tanpa_sheet.xlsx", ": sheet 'Laporan' is missing from the archive"},
      {"broken/terpotong.xlsx", ": xl/worksheets/sheet1.xml line 1, column "},
      {"broken/tanpa_header.xlsx",
       ":Laporan Penilaian SKP: no header row: none of the first 20 non-empty rows has the "
       "column nip and one of hasil_akhir, periode_awal_skp or periode_awal; is this an "
       "e-Kinerja \"Laporan Penilaian SKP\" or \"Laporan SKP\" export? (if "
       "the report is on another sheet, name it with --sheet)"},
      {"broken/sst_rusak.xlsx", ":Laporan!C6: shared string 99 does not exist"},
      {"broken/kolom_kurang.xlsx",
       ":Laporan Penilaian SKP!B5: missing required column(s) of an e-Kinerja export: "
       "periode_akhir_skp; columns found: no, nip, nama,"},
      {"broken/nip_hilang.xlsx",
       ":Laporan Penilaian SKP!B6: column nip: NIP '1.98609262015051e+17' looks like a "
       "spreadsheet number: the NIP lost digits in Excel"},
      {"broken/lama.xls", ": an old-format Excel workbook (.xls); open it in Excel or LibreOffice"},
  };
  kj_store *db = fresh_db();
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    run r;
    const char *f[] = {cases[i].file};
    import(&r, db, KJ_FORMAT_EKINERJA, 0, 1, f);
    if (r.s != KJ_DATA) fail_msg("%s: status %d\n%s", cases[i].file, r.s, r.msg);
    char *path = fixture(cases[i].file), want[1200];
    snprintf(want, sizeof want, "%s%s", path, cases[i].msg);
    assert_printed(&r, want);
    free(path);
    run_free(&r);
  }
  assert_int_equal(q(db,
                     "SELECT (SELECT count(*) FROM unit) + (SELECT count(*) FROM pegawai) + "
                     "(SELECT count(*) FROM penilaian) + (SELECT count(*) FROM import_file)",
                     NULL, NULL),
                   0);
  kj_store_close(db);
}

static void bad_values_are_reported_at_their_cells(void **st) {
  (void)st;
  kj_store *db = fresh_db();
  run r;
  const char *f[] = {"broken/nilai_salah.xlsx"};
  import(&r, db, KJ_FORMAT_EKINERJA, 0, 1, f);
  assert_int_equal(r.s, KJ_DATA);
  assert_int_equal(r.res.errors, 5);
  assert_printed(&r, "nilai_salah.xlsx:Laporan Penilaian SKP!K6: column periode_awal_skp: the SKP "
                     "span 2023-12-01 to 2024-02-15 crosses a year boundary (an SKP lies within "
                     "one calendar year) (cells K6 and L6)");
  assert_printed(&r, "nilai_salah.xlsx:Laporan Penilaian SKP!M7: column hasil_kerja: unknown "
                     "rating 'LUAR BIASA'; expected DI_ATAS, SESUAI or DI_BAWAH");
  assert_printed(&r, "nilai_salah.xlsx:Laporan Penilaian SKP!D8: column golru: ");
  assert_printed(&r, "nilai_salah.xlsx:Laporan Penilaian SKP!J9: column tahun_skp: tahun_skp 2023 "
                     "does not match the SKP period 2024-01");
  assert_printed(&r,
                 "nilai_salah.xlsx:Laporan Penilaian SKP!T10: column is_skp_plt_plh_pjb: "
                 "expected 0 (own post) or 1 (acting official: PLT, PLH or PJ), found 'mungkin'");
  assert_int_equal(q(db, "SELECT count(*) FROM unit", NULL, NULL), 0);
  run_free(&r);
  kj_store_close(db);
}

/* --- small exports written here -------------------------------------------- */

#define CSV_HEADER                                                                                 \
  "Laporan Penilaian SKP\nInstansi Pemerintah Kota Padangsidimpuan\n\n"                            \
  "nip;nama;skp_unor;skp_unor_induk;periode_awal_skp;periode_akhir_skp;hasil_kerja;"               \
  "perilaku_kerja;hasil_akhir;is_skp_plt_plh_pjb\n"

static char *write_csv(const char *name, const char *body) {
  size_t n = strlen(CSV_HEADER) + strlen(body) + 1;
  char *text = malloc(n);
  snprintf(text, n, "%s%s", CSV_HEADER, body);
  char *p = kj_test_write(dir, name, text, -1);
  free(text);
  return p;
}

static void mutasi_across_files_keeps_the_latest_span(void **st) {
  (void)st;
  char *a = write_csv("mutasi_b.csv", /* line 5: the later span, in the first file */
                      E3 ";Budi;Bidang B;Dinas X;2024-05-16;2024-05-31;SESUAI;SESUAI;BAIK;0\n");
  char *b = write_csv("mutasi_a.csv", /* lines 5 and 6: the earlier span, and a tie */
                      E3 ";Budi;Bidang A;Dinas X;2024-05-01;2024-05-15;DI_ATAS;SESUAI;BAIK;0\n" E4
                         ";Siti;Bidang A;Dinas X;2024-05-01;2024-05-31;SESUAI;SESUAI;BAIK;0\n" E4
                         ";Siti;Bidang B;Dinas X;2024-05-01;2024-05-31;SESUAI;SESUAI;BAIK;0\n");
  kj_store *db = fresh_db();
  run r;
  const char *f[] = {a, b};
  import(&r, db, KJ_FORMAT_EKINERJA, 0, 2, f);
  if (r.s != KJ_OK) fail_msg("%s\n%s", r.err.msg, r.msg);
  assert_int_equal(r.res.files[0].inserted, 1);
  assert_int_equal(r.res.files[1].inserted, 1);
  assert_int_equal(r.res.files[1].superseded, 1); /* E4: the same SKP twice */
  assert_int_equal(r.res.files[1].several, 1);    /* E3: two SKPs, the later end kept */
  char bidang_b[33], want[600];
  kj_ekinerja_unit_code("Bidang B", "Dinas X", bidang_b);
  snprintf(want, sizeof want, "%s SESUAI", bidang_b);
  assert_text(db, "SELECT kode_unit || ' ' || rating_hasil_kerja FROM penilaian WHERE nip = ?1", E3,
              NULL, want);
  assert_text(db, "SELECT kode_unit FROM penilaian WHERE nip = ?1", E4, NULL, bidang_b);
  snprintf(want, sizeof want,
           "%s:7: warning: column periode_akhir_skp: NIP " E4 " has another "
           "row for periode 2024-05 with the same periode_akhir_skp (%s:6); the later row, this "
           "one, is kept",
           b, b);
  assert_printed(&r, want);
  run_free(&r);
  kj_store_close(db);
  free(a);
  free(b);
}

static void a_later_dash_does_not_take_back_a_rating(void **st) {
  (void)st;
  char *a = write_csv("rated.csv", E3 ";Budi;Bidang A;Dinas X;2024-06-01;2024-06-30;SESUAI;"
                                      "SESUAI;BAIK;0\n");
  char *b = write_csv("dash.csv", E3 ";Budi;Bidang A;Dinas X;2024-06-01;2024-06-30;-;-;-;0\n");
  kj_store *db = fresh_db();
  run r;
  const char *f1[] = {a}, *f2[] = {b};
  import(&r, db, KJ_FORMAT_EKINERJA, 0, 1, f1);
  assert_int_equal(r.s, KJ_OK);
  run_free(&r);
  import(&r, db, KJ_FORMAT_EKINERJA, 0, 1, f2);
  assert_int_equal(r.s, KJ_OK);
  assert_int_equal(r.res.files[0].not_rated, 1);
  assert_int_equal(q(db, "SELECT count(*) FROM penilaian", NULL, NULL), 1);
  assert_int_equal(q(db, "SELECT count(*) FROM penilaian_kosong", NULL, NULL), 0);
  run_free(&r);
  kj_store_close(db);
  free(a);
  free(b);
}

static void csv_without_a_header_or_columns_is_refused(void **st) {
  (void)st;
  char *a = kj_test_write(
      dir, "native.csv",
      "nip,periode,rating_hasil_kerja,rating_perilaku\n" E3 ",2024-01,SESUAI,SESUAI\n", -1);
  char *b =
      kj_test_write(dir, "few.csv", "Laporan\n\nNIP;Nama;Hasil Akhir\n" E3 ";Budi;BAIK\n", -1);
  kj_store *db = fresh_db();
  run r;
  const char *f[] = {a, b};
  import(&r, db, KJ_FORMAT_EKINERJA, 0, 2, f);
  assert_int_equal(r.s, KJ_DATA);
  assert_int_equal(r.res.errors, 2);
  assert_printed(&r, "native.csv: no header row: none of the first 20 non-empty rows has the "
                     "column nip and one of hasil_akhir, periode_awal_skp or periode_awal; is "
                     "this an e-Kinerja \"Laporan Penilaian SKP\" or \"Laporan SKP\" export?\n");
  assert_printed(&r, "few.csv:3: missing required column(s) of an e-Kinerja export: skp_unor, "
                     "periode_awal_skp, periode_akhir_skp, hasil_kerja, perilaku_kerja; columns "
                     "found: NIP, Nama, Hasil Akhir\n");
  run_free(&r);
  kj_store_close(db);
  free(a);
  free(b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(q1_and_april_load_with_the_right_counts),
      cmocka_unit_test(importing_again_changes_nothing),
      cmocka_unit_test(a_later_download_replaces_and_clears_missing_but_not_the_roster),
      cmocka_unit_test(units_of_the_city_are_matched_by_name),
      cmocka_unit_test(dry_run_changes_nothing),
      cmocka_unit_test(broken_files_give_located_errors_and_change_nothing),
      cmocka_unit_test(bad_values_are_reported_at_their_cells),
      cmocka_unit_test(mutasi_across_files_keeps_the_latest_span),
      cmocka_unit_test(a_later_dash_does_not_take_back_a_rating),
      cmocka_unit_test(csv_without_a_header_or_columns_is_refused),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
