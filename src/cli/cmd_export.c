/* cmd_export.c — `kinerja export [--year Y] --out DIR`: every table of
 * analytics.md §12 (and the extra tables) as tidy CSV, one file each,
 * written atomically (temporary file + rename). Columns are documented in
 * doc/export-tables.md. `kinerja export --periode YYYY-MM --out DIR` writes
 * the monthly tables bulanan_*.csv (§14) only; with --year too it is a usage
 * error. Exit 0, or the status of the failing step. */
#include "analysis/bulanan.h"
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

static kj_status write_all(const char *out, const kj_tables *tabs, size_t *rows, kj_error *err) {
  kj_status s = kj_mkdirs(out, err);
  for (int i = 0; s == KJ_OK && i < tabs->n; i++) {
    s = write_table(out, tabs->t[i], err);
    *rows += tabs->t[i]->nrows;
  }
  return s;
}

/* export --periode: the monthly tables of one month. */
static int export_bulanan(const kj_cli_ctx *ctx, const char *periode, long min_group,
                          const char *out) {
  kj_params p;
  int rc = kj_cli_load_params(ctx, &p);
  if (rc != KJ_OK) return rc;
  if (min_group > 0) p.min_kelompok = min_group;
  kj_error err = {0};
  kj_store *st = NULL;
  kj_bulanan *b = NULL;
  kj_status s = kj_store_open(ctx->db_path, KJ_OPEN_EXISTING, &st, &err);
  if (s == KJ_OK) s = kj_bulanan_run(st, &p, periode, &b, &err);
  kj_store_close(st);
  if (s != KJ_OK) return kj_cli_report(&err);
  kj_tables tabs;
  kj_bulanan_tables(b, &tabs);
  size_t rows = 0;
  s = write_all(out, &tabs, &rows, &err);
  if (s == KJ_OK && !ctx->quiet)
    fprintf(stderr, "export: %d monthly tables (%zu rows) for %s written to %s\n", tabs.n, rows,
            b->periode, out);
  kj_tables_free(&tabs);
  kj_bulanan_free(b);
  return s == KJ_OK ? KJ_OK : kj_cli_report(&err);
}

int kj_cmd_export(const kj_cli_ctx *ctx, int argc, char **argv) {
  static const struct option opts[] = {{"year", required_argument, NULL, 'y'},
                                       {"min-group", required_argument, NULL, 'g'},
                                       {"out", required_argument, NULL, 'o'},
                                       {"periode", required_argument, NULL, 'p'},
                                       {"period", required_argument, NULL, 'p'},
                                       {NULL, 0, NULL, 0}};
  kj_cli_shared so = {0, 0, KJ_LANG_ID};
  const char *out = NULL, *periode = NULL;
  int c, h;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
    if ((h = kj_cli_shared_opt("export", c, argv, &so)) < 0) return KJ_USAGE;
    if (h == 0 && c == 'o') out = optarg;
    if (h == 0 && c == 'p') periode = optarg;
  }
  if (optind < argc) return kj_cli_usage_error("export", "unexpected argument '%s'", argv[optind]);
  if (!out) return kj_cli_usage_error("export", "--out DIR is required");
  if (periode && so.year)
    return kj_cli_usage_error("export", "--periode (the monthly tables) and --year (the annual "
                                        "tables) cannot be combined");
  if (periode) {
    if (!kj_cli_is_month(periode))
      return kj_cli_usage_error("export", "--periode needs a month such as 2025-07, not '%s'",
                                periode);
    return export_bulanan(ctx, periode, so.min_group, out);
  }
  kj_cli_analysis a;
  int rc = kj_cli_analysis_open(ctx, so.year, so.min_group, &a);
  if (rc != KJ_OK) return rc;
  kj_tables tabs;
  kj_analysis_tables(a.r, &tabs);
  kj_error err = {0};
  size_t rows = 0;
  kj_status s = write_all(out, &tabs, &rows, &err);
  if (s == KJ_OK && !ctx->quiet)
    fprintf(stderr, "export: %d tables (%zu rows) for %d written to %s\n", tabs.n, rows,
            a.r->tahun, out);
  kj_tables_free(&tabs);
  kj_cli_analysis_close(&a);
  return s == KJ_OK ? KJ_OK : kj_cli_report(&err);
}
