/* cmd_export.c — `kinerja export [--year Y] --out DIR`: every table of
 * analytics.md §12 (and the extra tables) as tidy CSV, one file each,
 * written atomically (temporary file + rename). Columns are documented in
 * doc/export-tables.md. Exit 0, or the status of the failing step. */
#include "cli/analysis_cli.h"
#include "cli/commands.h"
#include "util/fsutil.h"
#include "util/xalloc.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static kj_status write_table(const char *dir, const kj_table *t, kj_error *err) {
  char *name = xasprintf("%s.csv", t->name);
  char *path = kj_path_join(dir, name);
  kj_out o = {0};
  kj_status s = kj_out_open(&o, path, err);
  if (s == KJ_OK) {
    errno = 0;
    s = kj_table_write_csv(t, o.fp, err);
    if (s == KJ_IO) /* name the file and the reason (ENOSPC: the disk is full) */
      s = kj_fail(err, KJ_IO, "%s: write failed: %s", path, strerror(errno ? errno : EIO));
  }
  if (s == KJ_OK) s = kj_out_commit(&o, err);
  else kj_out_abort(&o);
  free(path);
  free(name);
  return s;
}

int kj_cmd_export(const kj_cli_ctx *ctx, int argc, char **argv) {
  static const struct option opts[] = {{"year", required_argument, NULL, 'y'},
                                       {"min-group", required_argument, NULL, 'g'},
                                       {"out", required_argument, NULL, 'o'},
                                       {NULL, 0, NULL, 0}};
  kj_cli_shared so = {0, 0, KJ_LANG_ID};
  const char *out = NULL;
  int c, h;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
    if ((h = kj_cli_shared_opt("export", c, argv, &so)) < 0) return KJ_USAGE;
    if (h == 0 && c == 'o') out = optarg;
  }
  if (optind < argc) return kj_cli_usage_error("export", "unexpected argument '%s'", argv[optind]);
  if (!out) return kj_cli_usage_error("export", "--out DIR is required");
  kj_cli_analysis a;
  int rc = kj_cli_analysis_open(ctx, so.year, so.min_group, &a);
  if (rc != KJ_OK) return rc;
  kj_tables tabs;
  kj_analysis_tables(a.r, &tabs);
  kj_error err = {0};
  kj_status s = kj_mkdirs(out, &err);
  size_t rows = 0;
  for (int i = 0; s == KJ_OK && i < tabs.n; i++) {
    s = write_table(out, tabs.t[i], &err);
    rows += tabs.t[i]->nrows;
  }
  if (s == KJ_OK && !ctx->quiet)
    fprintf(stderr, "export: %d tables (%zu rows) for %d written to %s\n", tabs.n, rows,
            a.r->tahun, out);
  kj_tables_free(&tabs);
  kj_cli_analysis_close(&a);
  return s == KJ_OK ? KJ_OK : kj_cli_report(&err);
}
