/* test_reports_workbook.c — the workbook layer: a sample workbook that uses
 * every feature is written twice and must be byte-identical, then read back
 * by tests/scripts/check_xlsx.py (openpyxl) against
 * tests/data/reports/workbook_sample.expect.json. The sample has a title
 * block, a native table with every number format, a total row and all
 * conditional formats, text that looks like formulas, a 200-character unit
 * name with quotes and non-ASCII letters (and the sheet named after it), a
 * NaN, an 18-digit NIP, five native charts and a PNG from memory. Sheet-name
 * rules, atomic replacement, the locale and errors are in
 * test_reports_wbsafety.c.
 *
 * Set KJ_KEEP_SAMPLE=/path/sample.xlsx to keep a copy of the sample (for
 * looking at it in LibreOffice; CI does not need soffice).
 */
/* cmocka needs these first */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <math.h>
#include <minizip/unzip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "reports/workbook/workbook.h"
#include "testutil.h"

#define CREATED "2025-01-31"
#define CHECKER KJ_TEST_DATA "/../scripts/check_xlsx.py"
#define EXPECT KJ_TEST_DATA "/reports/workbook_sample.expect.json"

/* A 40 x 20 RGB PNG (four coloured wedges), made with Python's zlib. */
static const unsigned char png40x20[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x28, 0x00, 0x00, 0x00, 0x14, 0x08, 0x02, 0x00, 0x00, 0x00, 0x70, 0x24, 0xe8,
    0xec, 0x00, 0x00, 0x00, 0x9d, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0xcd, 0xcd, 0x31, 0x0a, 0xc5,
    0x50, 0x08, 0x44, 0x51, 0xd7, 0x9c, 0x5f, 0x65, 0x33, 0x49, 0xf9, 0xfb, 0xac, 0x23, 0xeb, 0xc8,
    0x36, 0x12, 0x41, 0x10, 0x51, 0x67, 0xda, 0xa7, 0xdc, 0x6e, 0x90, 0x23, 0xb2, 0x5d, 0x2f, 0xbe,
    0xe7, 0x14, 0xb2, 0xca, 0xf1, 0x23, 0xeb, 0xbd, 0xff, 0xd9, 0xef, 0x4a, 0x98, 0xd8, 0x0a, 0x13,
    0x5b, 0x61, 0x62, 0x2b, 0x4c, 0xec, 0xd5, 0x30, 0xb2, 0x0d, 0x46, 0xb6, 0xc1, 0xc8, 0x36, 0x18,
    0xd9, 0x03, 0xe0, 0xd6, 0x76, 0xb8, 0xb5, 0x1d, 0x6e, 0x6d, 0x87, 0x5b, 0x7b, 0x06, 0x5c, 0xed,
    0x08, 0x57, 0x3b, 0xc2, 0xd5, 0x8e, 0x70, 0xb5, 0xc7, 0xc0, 0xc9, 0x4e, 0x70, 0xb2, 0x13, 0x9c,
    0xec, 0x04, 0x27, 0x7b, 0x12, 0x1c, 0xed, 0x0a, 0x47, 0xbb, 0xc2, 0xd1, 0xae, 0x70, 0xb4, 0x87,
    0xc1, 0x6e, 0xb7, 0xb0, 0xdb, 0x2d, 0xec, 0x76, 0x0b, 0xbb, 0x3d, 0x0f, 0x36, 0x1b, 0xc1, 0x66,
    0x23, 0xd8, 0x6c, 0x04, 0x9b, 0x3d, 0x12, 0xd6, 0x08, 0xac, 0x11, 0x58, 0x23, 0xb0, 0xb6, 0x0c,
    0xfe, 0x00, 0x8c, 0xbc, 0xa1, 0x77, 0x07, 0x94, 0x55, 0xa8, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
};

static const kj_wb_props props_id = {.title = "Uji lapisan workbook",
                                     .subject = "Contoh semua fitur",
                                     .keywords = "kinerja; uji",
                                     .company = "Pemerintah Kota Padangsidimpuan",
                                     .created = CREATED,
                                     .lang = KJ_LANG_ID};

/* A unit name of exactly 200 characters with quotes, apostrophes and
 * non-ASCII letters: the segment repeats and is cut at a character. */
static void long_name(char *out) {
  static const char seg[] = "Dinas \"Kesehatan\" & 'Pelayanan' \xC3\x9Cmum \xE2\x80\x93 Kota ";
  size_t i = 0, j = 0;
  for (int chars = 0; chars < 200; chars++) {
    unsigned char c = (unsigned char)seg[i];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : 3;
    memcpy(out + j, seg + i, len);
    i += len;
    j += len;
    if (!seg[i]) i = 0;
  }
  out[j] = '\0';
}

static kj_table *ranking_table(const char *longname) {
  static const kj_column_def defs[] = {
      {"kode", KJ_COL_TEXT},    {"nama", KJ_COL_TEXT},     {"n", KJ_COL_INT},
      {"ikp", KJ_COL_REAL},     {"share_sb", KJ_COL_REAL}, {"d", KJ_COL_REAL},
      {"q", KJ_COL_REAL},       {"tren", KJ_COL_TEXT},     {"kepatuhan", KJ_COL_TEXT},
      {"capaian", KJ_COL_REAL}, {"nip_kepala", KJ_COL_INT}};
  static const struct {
    const char *kode, *nama;
    int64_t n;
    double ikp, share, d, q;
    const char *tren, *patuh;
    double capaian;
    int64_t nip;
  } rows[] = {
      {"1.01", NULL, 1234, 112.345, 0.4731, 0.42, 0.0004, "NAIK", "PATUH", 1.02,
       198503152010011001LL},
      {"1.02", "=SUM(A1:A2)", 87, NAN, 0.25, -0.35, 0.03, "TURUN", "TIDAK PATUH", 0.75, 0},
      {"1.03", "+62 811 0000", 45, 98.7, 0.1, NAN, 0.5, "STABIL", "PATUH", 0.9,
       196912311990031002LL},
      {"1.04", "-5 poin", 300, 101.2, 0.62, 0.05, 0.2, "NAIK", "PATUH", 0.95, 0},
      {"2.01", "@risk _x0041_", 12, 120.0, 0.0, 0.81, 0.0011, "STABIL", "TIDAK PATUH", 0.5, 0},
      {NULL, "Kota Padangsidimpuan", 1678, 108.1, 0.41, NAN, NAN, NULL, NULL, 0.88, 0},
  };
  kj_table *t = kj_table_new("peringkat", 11, defs);
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    size_t r = kj_table_add_row(t);
    kj_table_set_text(t, r, 0, rows[i].kode);
    kj_table_set_text(t, r, 1, rows[i].nama ? rows[i].nama : longname);
    kj_table_set_int(t, r, 2, rows[i].n);
    kj_table_set_real(t, r, 3, rows[i].ikp);
    kj_table_set_real(t, r, 4, rows[i].share);
    kj_table_set_real(t, r, 5, rows[i].d);
    kj_table_set_real(t, r, 6, rows[i].q);
    kj_table_set_text(t, r, 7, rows[i].tren);
    kj_table_set_text(t, r, 8, rows[i].patuh);
    kj_table_set_real(t, r, 9, rows[i].capaian);
    if (rows[i].nip) kj_table_set_int(t, r, 10, rows[i].nip);
  }
  return t;
}

static kj_table *trend_table(void) {
  /* two columns share a header on purpose: autofilter tables allow it */
  static const kj_column_def defs[] = {
      {"periode", KJ_COL_TEXT}, {"ikp", KJ_COL_REAL}, {"ikp", KJ_COL_REAL}};
  static const char *const per[] = {"2025-01", "2025-02", "2025-03", "2025-04"};
  static const double opd[] = {101.5, 103.25, 99.0, 104.75}, kota[] = {100.0, 100.5, 101.0, 101.5};
  kj_table *t = kj_table_new("tren", 3, defs);
  for (int i = 0; i < 4; i++) {
    size_t r = kj_table_add_row(t);
    kj_table_set_text(t, r, 0, per[i]);
    kj_table_set_real(t, r, 1, opd[i]);
    kj_table_set_real(t, r, 2, kota[i]);
  }
  return t;
}

static void ranking_sheet(kj_wb *wb, const char *longname) {
  kj_error err = {KJ_OK, ""};
  kj_wb_sheet *sh = kj_wb_sheet_add(wb, "Peringkat OPD", &err);
  if (!sh) fail_msg("%s", err.msg);
  int r = kj_wb_title(sh, "Bagaimana posisi setiap OPD pada Indeks Kinerja Pegawai tahun 2025?",
                      "Periode Januari\xE2\x80\x93"
                      "Desember 2025 \xC2\xB7 Sumber: e-Kinerja BKPSDM "
                      "(data contoh untuk uji)",
                      11);
  assert_int_equal(r, 3);
  static const kj_wb_cf bars = {.kind = KJ_WB_CF_DATABAR, .bounds = 1, .lo = 0, .hi = 1500};
  static const kj_wb_cf seq = {.kind = KJ_WB_CF_SEQUENTIAL};
  static const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING, .bounds = 1, .lo = -0.8, .hi = 0.8};
  static const kj_wb_cf arrows = {
      .kind = KJ_WB_CF_TREND, .up = "NAIK", .down = "TURUN", .flat = "STABIL"};
  static const kj_wb_cf lights = {
      .kind = KJ_WB_CF_TRAFFIC_TEXT, .good = "PATUH", .bad = "TIDAK PATUH"};
  static const kj_wb_cf capai = {.kind = KJ_WB_CF_TRAFFIC, .lo = 0.8, .hi = 1.0};
  const kj_wb_col cols[] = {
      {"Kode", KJ_WB_TEXT, 0, NULL, NULL},
      {"Nama OPD", KJ_WB_AUTO, 0, NULL, NULL},
      {"Jumlah pegawai dinilai", KJ_WB_INT, 0, &bars, NULL},
      {"Rata-rata IKP", KJ_WB_DEC1, 0, NULL, NULL},
      {"% Sangat Baik", KJ_WB_PCT1, 0, &seq, NULL},
      {"Cohen's d", KJ_WB_DEC3, 0, &div, "\xE2\x80\x93"},
      {"q", KJ_WB_PVAL, 0, NULL, NULL},
      {"Tren", KJ_WB_TEXT, 0, &arrows, NULL},
      {"Kepatuhan kurva", KJ_WB_TEXT, 0, &lights, NULL},
      {"Capaian", KJ_WB_PCT1, 0, &capai, NULL},
      {"NIP kepala", KJ_WB_AUTO, 0, NULL, NULL},
  };
  kj_table *t = ranking_table(longname);
  kj_wb_table_opts o = {.cols = cols,
                        .native = 1,
                        .total_row = 1,
                        .note = "n = pegawai dinilai; q = nilai p setelah koreksi "
                                "Benjamini\xE2\x80\x93Hochberg."};
  r = kj_wb_table(sh, r, 0, t, &o);
  assert_int_equal(r, 12); /* header 3, rows 4..8, total 9, note 10, blank 11 */
  kj_table_free(t);
  kj_wb_series s = {.name = "Rata-rata IKP", .cats = {4, 0, 8, 0}, .vals = {4, 3, 8, 3}};
  kj_wb_chart_spec c = {.kind = KJ_WB_CHART_COLUMN,
                        .title = "Rata-rata IKP per OPD",
                        .x_title = "OPD",
                        .y_title = "IKP (poin)",
                        .nseries = 1,
                        .series = &s,
                        .y_bounds = 1,
                        .y_min = 80,
                        .y_max = 130};
  r = kj_wb_chart(sh, r, 0, &c);
  assert_int_equal(r, 12 + 18 + 1);
  /* the buffer is copied by libxlsxwriter: free it right away (ASan checks) */
  unsigned char *png = malloc(sizeof png40x20);
  memcpy(png, png40x20, sizeof png40x20);
  r = kj_wb_image(sh, r, 0, png, sizeof png40x20, 8, "Contoh gambar cairo");
  free(png);
  assert_int_equal(r, 31 + 8 + 1);
}

static void opd_sheet(kj_wb *wb, const char *longname) {
  kj_error err = {KJ_OK, ""};
  char *name = kj_wb_sheet_name_unique(wb, longname);
  assert_string_equal(name, "Dinas \"Kesehatan\" & 'Pelayanan");
  kj_wb_sheet *sh = kj_wb_sheet_add(wb, name, &err);
  free(name);
  if (!sh) fail_msg("%s", err.msg);
  char *again = kj_wb_sheet_name_unique(wb, longname);
  assert_string_equal(again, "Dinas \"Kesehatan\" & 'Pelaya (2)");
  free(again);
  int r = kj_wb_title(sh, longname, "Rapor OPD 2025", 6);
  const kj_wb_col cols[] = {{"Periode", KJ_WB_TEXT, 0, NULL, NULL},
                            {"IKP", KJ_WB_DEC2, 0, NULL, NULL},
                            {"IKP", KJ_WB_DEC2, 0, NULL, NULL}};
  kj_table *t = trend_table();
  kj_wb_table_opts o = {.cols = cols, .native = 0};
  r = kj_wb_table(sh, r, 0, t, &o);
  kj_table_free(t);
  assert_int_equal(r, 9);
  kj_wb_text(sh, r, 0, "Tanggal data", KJ_WB_TEXT);
  kj_wb_date(sh, r, 1, "2025-01-31", KJ_WB_AUTO);
  kj_wb_text(sh, r + 1, 0, "NIP (18 digit)", KJ_WB_TEXT);
  kj_wb_int(sh, r + 1, 1, 198503152010011001LL, KJ_WB_AUTO);
  kj_wb_text(sh, r + 2, 0, "Tidak terhitung", KJ_WB_TEXT);
  kj_wb_num(sh, r + 2, 1, NAN, KJ_WB_DEC1);
  r += 4;
  kj_wb_series two[] = {{.name = "OPD", .cats = {4, 0, 7, 0}, .vals = {4, 1, 7, 1}},
                        {.name = "Kota", .cats = {4, 0, 7, 0}, .vals = {4, 2, 7, 2}}};
  kj_wb_chart_spec line = {.kind = KJ_WB_CHART_LINE,
                           .title = "=Tren IKP bulanan",
                           .x_title = "Periode",
                           .y_title = "IKP",
                           .nseries = 2,
                           .series = two};
  r = kj_wb_chart(sh, r, 0, &line);
  kj_wb_chart_spec radar = {.kind = KJ_WB_CHART_RADAR,
                            .title = "Profil",
                            .nseries = 2,
                            .series = two,
                            .width = 480,
                            .height = 320};
  r = kj_wb_chart(sh, r, 0, &radar);
  kj_wb_series xy = {
      .name = "OPD vs kota", .cats = {4, 2, 7, 2}, .vals = {4, 1, 7, 1}, .trendline = 1};
  kj_wb_chart_spec scatter = {.kind = KJ_WB_CHART_SCATTER,
                              .title = "IKP OPD terhadap kota",
                              .x_title = "Kota",
                              .y_title = "OPD",
                              .nseries = 1,
                              .series = &xy};
  r = kj_wb_chart(sh, r, 0, &scatter);
  kj_wb_chart_spec bars = {.kind = KJ_WB_CHART_BAR,
                           .stacked = 2,
                           .title = "Komposisi",
                           .nseries = 2,
                           .series = two,
                           .y_numfmt = "0%"};
  kj_wb_chart(sh, r, 0, &bars);
}

static void empty_sheet(kj_wb *wb) {
  kj_error err = {KJ_OK, ""};
  char *name = kj_wb_sheet_name_unique(wb, "peringkat opd");
  assert_string_equal(name, "peringkat opd (2)");
  kj_wb_sheet *sh = kj_wb_sheet_add(wb, name, &err);
  free(name);
  if (!sh) fail_msg("%s", err.msg);
  static const kj_column_def defs[] = {{"kode", KJ_COL_TEXT}, {"nilai", KJ_COL_REAL}};
  kj_table *t = kj_table_new("kosong", 2, defs);
  int r = kj_wb_title(sh, "Tabel tanpa baris", NULL, 2);
  r = kj_wb_table(sh, r, 0, t, NULL);
  assert_int_equal(r, 3 + 1 + 1 + 1); /* header, "(tidak ada data)", blank */
  kj_table_free(t);
}

static kj_status build_sample(const char *path, kj_error *err) {
  char longname[1024];
  long_name(longname);
  kj_wb *wb = kj_wb_new(path, &props_id, err);
  if (!wb) return err->status;
  ranking_sheet(wb, longname);
  opd_sheet(wb, longname);
  empty_sheet(wb);
  return kj_wb_close(wb, err);
}

/* Runs the Python checker; returns its exit status. */
static int run_checker(const char *xlsx, const char *expect) {
  pid_t pid = fork();
  if (pid == 0) {
    execl("/usr/bin/python3", "python3", CHECKER, xlsx, "--expect", expect, (char *)NULL);
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static int count_entries(const char *dir) {
  DIR *d = opendir(dir);
  int n = 0;
  for (struct dirent *e; d && (e = readdir(d));)
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
  if (d) closedir(d);
  return n;
}

static int contains(const char *hay, size_t n, const char *needle) {
  size_t k = strlen(needle);
  for (size_t i = 0; i + k <= n; i++)
    if (memcmp(hay + i, needle, k) == 0) return 1;
  return 0;
}

/* Every part is deflated at zlib's fastest level (reports/workbook/wb_zip.c):
 * minizip records level 1 as general-purpose flag bits 1 and 2 both set. */
static void assert_fast_deflate(const char *xlsx) {
  unzFile z = unzOpen64(xlsx);
  assert_non_null(z);
  int n = 0;
  for (int rc = unzGoToFirstFile(z); rc == UNZ_OK; rc = unzGoToNextFile(z), n++) {
    unz_file_info64 info;
    char name[256];
    assert_int_equal(unzGetCurrentFileInfo64(z, &info, name, sizeof name, NULL, 0, NULL, 0),
                     UNZ_OK);
    if (info.compression_method != Z_DEFLATED || (info.flag & 6) != 6)
      fail_msg("%s: method %lu, flags %#lx: not deflated at the fast level", name,
               info.compression_method, info.flag);
  }
  assert_true(n > 10);
  unzClose(z);
}

static void sample_is_byte_identical_and_reads_back(void **st) {
  (void)st;
  char *dir = kj_test_tmpdir("wb");
  char *a = kj_test_write(dir, "a.xlsx", "", 0), *b = kj_test_write(dir, "b.xlsx", "", 0);
  kj_error err = {KJ_OK, ""};
  if (build_sample(a, &err) != KJ_OK) fail_msg("%s", err.msg);
  sleep(1); /* a clock-dependent timestamp would now differ */
  if (build_sample(b, &err) != KJ_OK) fail_msg("%s", err.msg);
  size_t na = 0, nb = 0;
  char *da = kj_test_read(a, &na), *db = kj_test_read(b, &nb);
  assert_true(na > 1000);
  assert_int_equal(na, nb);
  assert_memory_equal(da, db, na);
  /* zip entry names are stored in clear: the parts we expect exist */
  assert_true(contains(da, na, "xl/tables/table1.xml"));
  assert_true(contains(da, na, "xl/charts/chart5.xml"));
  assert_true(contains(da, na, "xl/media/image1.png"));
  assert_int_equal(count_entries(dir), 2); /* no temporary files left */
  assert_fast_deflate(a);
  const char *keep = getenv("KJ_KEEP_SAMPLE");
  if (keep && *keep) {
    FILE *f = fopen(keep, "wb");
    assert_non_null(f);
    fwrite(da, 1, na, f);
    fclose(f);
  }
  assert_int_equal(run_checker(a, EXPECT), 0);
  free(da);
  free(db);
  free(a);
  free(b);
  kj_test_rmtree(dir);
  free(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(sample_is_byte_identical_and_reads_back),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
