/* fuzz_ekinerja.c — libFuzzer harness for `import --format ekinerja`
 * (src/ingest/ekinerja*.c on top of the CSV and xlsx readers, the native
 * pegawai/penilaian kinds and the store).
 *
 * Each input is written to one scratch file and imported as an e-Kinerja
 * export into an in-memory database, as a dry run so every input starts
 * from the same empty database. Inputs starting with "PK\3\4" go through
 * the xlsx reader, everything else through the CSV reader; the CSV seeds
 * (make_ekinerja_fixtures.py) let mutations reach the header detection, the
 * period, unit and mutasi rules and the synthesized records.
 *
 * Checked besides what ASan and UBSan catch: the import ends with KJ_OK or
 * KJ_DATA only (the file exists, the database works), KJ_DATA exactly when
 * errors were counted, a successful import accounts for every row
 * (new + replaced + unchanged + skipped) and for every skipped one (acting
 * + superseded + not rated), and the dry run leaves the database empty.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "ingest/import.h"
#include "store/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static kj_store *db;
static FILE *devnull;
static char path[64];

static void init(void) {
  kj_error err = {0};
  if (kj_store_open(":memory:", KJ_OPEN_CREATE, &db, &err) != KJ_OK) abort();
  devnull = fopen("/dev/null", "w");
  const char *tmp = getenv("TMPDIR");
  snprintf(path, sizeof path, "%s/kj-fuzz-ekinerja-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  int fd = mkstemp(path);
  if (fd < 0 || !devnull) abort();
  close(fd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!db) init();
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) abort();
  kj_import_opts o;
  kj_import_opts_init(&o);
  o.format = KJ_FORMAT_EKINERJA;
  o.dry_run = 1;
  o.quiet = 1;
  o.msg = devnull;
  kj_import_result res;
  kj_error err = {0};
  char *files[] = {path};
  kj_status s = kj_import_files(db, &o, 1, files, &res, &err);
  if (s != KJ_OK && s != KJ_DATA) abort();
  if ((s == KJ_DATA) != (res.errors > 0)) abort();
  if (s == KJ_OK) {
    const kj_import_file_result *r = &res.files[0];
    if (r->rows != r->inserted + r->replaced + r->unchanged + r->skipped) abort();
    if (r->skipped != r->acting + r->superseded + r->not_rated) abort();
  }
  kj_import_result_free(&res);
  int64_t n = -1;
  if (kj_store_scalar_int(db,
                          "SELECT (SELECT count(*) FROM unit) + (SELECT count(*) FROM pegawai)"
                          " + (SELECT count(*) FROM penilaian)",
                          -1, &n, &err) != KJ_OK ||
      n != 0)
    abort();
  return 0;
}
