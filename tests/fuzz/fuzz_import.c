/* fuzz_import.c — libFuzzer harness for the native CSV import as a whole
 * (src/ingest/import.c, loader.c, the kind_*.c validators and the store),
 * as `kinerja import --dry-run FILE` with the kind detected from the header.
 *
 * The in-memory database is loaded once with the small roster of
 * tests/golden/_base (units and employees), so that inputs of the fact
 * kinds (penilaian, capaian, perilaku, ...) can reach their row rules and
 * foreign keys instead of failing on an empty roster. Each input is written
 * to one scratch file and imported as a dry run.
 *
 * Checked besides what ASan and UBSan catch: the import ends with KJ_OK or
 * KJ_DATA only; KJ_DATA exactly when errors were counted; a successful
 * import accounts for every row (new + replaced + unchanged + skipped); and
 * the dry run leaves every table exactly as it was (row counts of all the
 * tables, the import log included).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "ingest/import.h"
#include "store/store.h"

#ifndef KJ_FUZZ_BASE
#error "build with -DKJ_FUZZ_BASE=\"tests/golden/_base\" (see build_csv.sh)"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static kj_store *db;
static FILE *devnull;
static char path[64];
static int64_t base_rows;

static const char count_sql[] =
    "SELECT (SELECT count(*) FROM unit) + (SELECT count(*) FROM pegawai)"
    " + (SELECT count(*) FROM kinerja_organisasi) + (SELECT count(*) FROM penilaian)"
    " + (SELECT count(*) FROM penilaian_kosong) + (SELECT count(*) FROM capaian)"
    " + (SELECT count(*) FROM perilaku) + (SELECT count(*) FROM skm)"
    " + (SELECT count(*) FROM umpan_balik) + (SELECT count(*) FROM import_file)";

static void init(void) {
  kj_error err = {0};
  if (kj_store_open(":memory:", KJ_OPEN_CREATE, &db, &err) != KJ_OK) abort();
  devnull = fopen("/dev/null", "w");
  if (!devnull) abort();
  kj_import_opts o;
  kj_import_opts_init(&o);
  o.quiet = 1;
  o.msg = devnull;
  kj_import_result res;
  char *base[] = {KJ_FUZZ_BASE "/unit.csv", KJ_FUZZ_BASE "/pegawai.csv"};
  if (kj_import_files(db, &o, 2, base, &res, &err) != KJ_OK) {
    fprintf(stderr, "fuzz_import: cannot load the roster: %s\n", err.msg);
    abort();
  }
  kj_import_result_free(&res);
  if (kj_store_scalar_int(db, count_sql, -1, &base_rows, &err) != KJ_OK || base_rows <= 0) abort();
  const char *tmp = getenv("TMPDIR");
  snprintf(path, sizeof path, "%s/kj-fuzz-import-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  int fd = mkstemp(path);
  if (fd < 0) abort();
  close(fd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!db) init();
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) abort();
  kj_import_opts o;
  kj_import_opts_init(&o);
  o.dry_run = 1;
  o.quiet = 1;
  o.msg = devnull;
  kj_import_result res;
  kj_error err = {0};
  char *files[] = {path};
  kj_status s = kj_import_files(db, &o, 1, files, &res, &err);
  if (s != KJ_OK && s != KJ_DATA) {
    fprintf(stderr, "fuzz_import: status %d: %s\n", (int)s, err.msg);
    abort();
  }
  if ((s == KJ_DATA) != (res.errors > 0)) abort();
  if (s == KJ_OK) {
    const kj_import_file_result *r = &res.files[0];
    if (r->rows != r->inserted + r->replaced + r->unchanged + r->skipped) abort();
  }
  kj_import_result_free(&res);
  int64_t n = -1;
  if (kj_store_scalar_int(db, count_sql, -1, &n, &err) != KJ_OK || n != base_rows) abort();
  return 0;
}
