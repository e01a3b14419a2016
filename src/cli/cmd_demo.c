/* cmd_demo.c — `kinerja demo`: write the deterministic demo dataset
 * (src/demo) as CSV files in the data contract, then load them into the
 * database through the ordinary import path, exactly as a user's own files
 * would be. Exit status: 1 for a bad option, 3 when a file cannot be
 * written, otherwise whatever the import returns (0, 2, 3, 4). */
#include "cli/commands.h"
#include "demo/demo.h"
#include "ingest/import.h"
#include "util/fsutil.h"

#include <getopt.h>
#include <stdlib.h>
#include <unistd.h>

/* --from alone starts a three-year window, --to alone ends one. */
static void fill_window(kj_demo_opts *o, int have_from, int have_to) {
  if (have_from && !have_to) o->to_year = o->from_year + 2;
  if (have_to && !have_from) {
    o->from_year = o->to_year - 2;
    if (o->from_year < KJ_DEMO_MIN_YEAR) o->from_year = KJ_DEMO_MIN_YEAR;
  }
  if (o->to_year > KJ_DEMO_MAX_YEAR) o->to_year = KJ_DEMO_MAX_YEAR;
}

/* Refuses a database that holds imported real data: the demo would mix
 * synthetic employees and appraisals into it. A missing database, an empty
 * one and one filled by earlier demo runs are fine. */
static int guard(const kj_cli_ctx *ctx) {
  if (access(ctx->db_path, F_OK) != 0) return KJ_OK;
  kj_error err = {0};
  kj_store *st = NULL;
  kj_stmt *q = NULL;
  int64_t n = 0;
  kj_status s = kj_store_open(ctx->db_path, KJ_OPEN_EXISTING, &st, &err);
  if (s == KJ_OK) s = kj_store_prepare_query(st, "ingest/imports_not_demo", &q, &err);
  if (s == KJ_OK && kj_stmt_step(q, &err) == KJ_STEP_ROW) n = kj_stmt_int64(q, 0);
  else if (s == KJ_OK) s = err.status;
  kj_stmt_free(q);
  kj_store_close(st);
  if (s != KJ_OK) return kj_cli_report(&err);
  if (n > 0)
    return kj_cli_usage_error("demo", "%s already holds %lld imported file%s of real data; the demo "
                                      "would mix synthetic records into it (use another --db)",
                              ctx->db_path, (long long)n, n == 1 ? "" : "s");
  return KJ_OK;
}

static int load(const kj_cli_ctx *ctx, const kj_demo_opts *o) {
  char *paths[KJ_DEMO_FILES];
  for (int i = 0; i < KJ_DEMO_FILES; i++) paths[i] = kj_path_join(o->csv_dir, kj_demo_file_name(i));
  kj_import_opts io;
  kj_import_opts_init(&io);
  io.quiet = ctx->quiet;
  io.progress = ctx->progress;
  io.log_format = "demo";
  kj_error err = {0};
  kj_store *st = NULL;
  kj_import_result res = {0};
  kj_status s = kj_store_open(ctx->db_path, KJ_OPEN_CREATE, &st, &err);
  if (s == KJ_OK) s = kj_import_files(st, &io, KJ_DEMO_FILES, paths, &res, &err);
  kj_import_result_free(&res);
  kj_store_close(st);
  for (int i = 0; i < KJ_DEMO_FILES; i++) free(paths[i]);
  if (s != KJ_OK) return kj_cli_report(&err);
  if (!ctx->quiet) fprintf(stderr, "demo: loaded into %s\n", ctx->db_path);
  return KJ_OK;
}

int kj_cmd_demo(const kj_cli_ctx *ctx, int argc, char **argv) {
  static const struct option opts[] = {
      {"seed", required_argument, NULL, 's'},    {"employees", required_argument, NULL, 'e'},
      {"from", required_argument, NULL, 'f'},    {"to", required_argument, NULL, 't'},
      {"csv-dir", required_argument, NULL, 'd'}, {"no-effects", no_argument, NULL, 'n'},
      {NULL, 0, NULL, 0},
  };
  kj_demo_opts o;
  kj_demo_opts_init(&o);
  int c, have_from = 0, have_to = 0;
  long long v; /* long long: the seed's 0..2^32-1 does not fit a 32-bit Windows long */
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
    switch (c) {
    case 's':
      v = kj_cli_parse_long(optarg, 0, 4294967295LL);
      if (v < 0)
        return kj_cli_usage_error("demo", "--seed needs a number from 0 to 4294967295, not '%s'",
                                  optarg);
      o.seed = (unsigned long)v;
      break;
    case 'e':
      v = kj_cli_parse_long(optarg, KJ_DEMO_MIN_EMPLOYEES, KJ_DEMO_MAX_EMPLOYEES);
      if (v < 0)
        return kj_cli_usage_error("demo", "--employees needs a number from %d to %d, not '%s'",
                                  KJ_DEMO_MIN_EMPLOYEES, KJ_DEMO_MAX_EMPLOYEES, optarg);
      o.employees = v;
      break;
    case 'f':
    case 't':
      v = kj_cli_parse_long(optarg, KJ_DEMO_MIN_YEAR, KJ_DEMO_MAX_YEAR);
      if (v < 0)
        return kj_cli_usage_error("demo", "--%s needs a year from %d to %d, not '%s'",
                                  c == 'f' ? "from" : "to", KJ_DEMO_MIN_YEAR, KJ_DEMO_MAX_YEAR,
                                  optarg);
      if (c == 'f')
        o.from_year = (int)v, have_from = 1;
      else
        o.to_year = (int)v, have_to = 1;
      break;
    case 'd': o.csv_dir = optarg; break;
    case 'n': o.no_effects = 1; break;
    case ':': return kj_cli_usage_error("demo", "%s needs a value", argv[optind - 1]);
    default: return kj_cli_usage_error("demo", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind < argc) return kj_cli_usage_error("demo", "unexpected argument '%s'", argv[optind]);
  fill_window(&o, have_from, have_to);
  kj_error err = {0};
  if (kj_demo_check(&o, &err) != KJ_OK) return kj_cli_usage_error("demo", "%s", err.msg);
  kj_demo_summary sum;
  int g = guard(ctx);
  if (g != KJ_OK) return g;
  if (kj_demo_write(&o, &sum, &err) != KJ_OK) return kj_cli_report(&err);
  if (!ctx->quiet) {
    fprintf(stderr, "demo: seed %lu, %d-%d, %d OPD, %d units, %ld employees -> %s/\n", o.seed,
            o.from_year, o.to_year, sum.n_opd, sum.n_units, sum.n_employees, o.csv_dir);
    for (int i = 0; i < KJ_DEMO_FILES; i++)
      fprintf(stderr, "  %-24s %8ld rows\n", kj_demo_file_name(i), sum.rows[i]);
    if (o.no_effects)
      fprintf(stderr, "demo: no planted effects (--no-effects): every difference is chance\n");
    else
      fprintf(stderr,
              "demo: planted effects are listed in doc/demo-data.md "
              "(lenient evaluator: NIP %018lld)\n",
              (long long)sum.nip_longgar);
  }
  return load(ctx, &o);
}
