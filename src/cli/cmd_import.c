/* cmd_import.c — `kinerja import`: load input files (data.md) in one
 * transaction. Exit 0 when everything loaded, 2 when any input was invalid
 * (nothing changed), 3 when a file cannot be read, 4 on a database error. */
#include "cli/analysis_cli.h"
#include "cli/commands.h"
#include "domain/period.h"
#include "ingest/import.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

int kj_cmd_import(const kj_cli_ctx *ctx, int argc, char **argv) {
  static const struct option opts[] = {
      {"kind", required_argument, NULL, 'k'},   {"format", required_argument, NULL, 'f'},
      {"dry-run", no_argument, NULL, 'n'},      {"max-errors", required_argument, NULL, 'm'},
      {"sheet", required_argument, NULL, 's'},  {"periode", required_argument, NULL, 'p'},
      {"period", required_argument, NULL, 'p'}, {"unit", required_argument, NULL, 'u'},
      {NULL, 0, NULL, 0},
  };
  kj_import_opts o;
  kj_import_opts_init(&o);
  o.quiet = ctx->quiet;
  o.progress = ctx->progress;
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":k:f:nm:s:p:u:", opts, NULL)) != -1) {
    switch (c) {
    case 'k':
      o.kind = kj_kind_parse(optarg);
      if (o.kind == KJ_KIND_AUTO)
        return kj_cli_usage_error("import", "unknown kind '%s' (unit, pegawai, kinerja_organisasi, "
                                            "penilaian, capaian, perilaku, skm, umpan_balik)", optarg);
      break;
    case 'f':
      if (strcmp(optarg, "native") == 0) o.format = KJ_FORMAT_NATIVE;
      else if (strcmp(optarg, "ekinerja") == 0) o.format = KJ_FORMAT_EKINERJA;
      else if (strcmp(optarg, "skm-form") == 0) o.format = KJ_FORMAT_SKM_FORM;
      else return kj_cli_usage_error("import", "--format is native, ekinerja or skm-form, not '%s'",
                                     optarg);
      break;
    case 'n': o.dry_run = 1; break;
    case 'm':
      o.max_errors = kj_cli_parse_long(optarg, 1, 1000000);
      if (o.max_errors < 0)
        return kj_cli_usage_error("import", "--max-errors needs a number from 1, not '%s'", optarg);
      break;
    case 's': o.sheet = optarg; break;
    case 'u': o.unit = optarg; break;
    case 'p': {
      kj_period per;
      char why[300];
      if (kj_period_parse(optarg, &per, why, (int)sizeof why) != 0)
        return kj_cli_usage_error("import", "--periode: %s", why);
      o.periode = optarg;
      break;
    }
    case ':': return kj_cli_usage_error("import", "%s needs a value", argv[optind - 1]);
    default: return kj_cli_usage_error("import", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind >= argc) return kj_cli_usage_error("import", "no input files");
  if (o.kind != KJ_KIND_AUTO && o.format != KJ_FORMAT_NATIVE)
    return kj_cli_usage_error("import", "--kind does not apply to --format %s",
                              o.format == KJ_FORMAT_EKINERJA ? "ekinerja" : "skm-form");
  if (o.unit && o.format != KJ_FORMAT_SKM_FORM)
    return kj_cli_usage_error("import", "--unit applies to --format skm-form only");
  kj_params params;
  int prc = kj_cli_load_params(ctx, &params);
  if (prc != KJ_OK) return prc;
  o.skp_ganda = params.skp_ganda;
  o.skm_periode = params.skm_periode;
  o.skm_mdy = params.skm_mdy;
  const char *map_h[KJ_SKM_MAP_MAX];
  int map_u[KJ_SKM_MAP_MAX];
  for (int i = 0; i < params.n_skm_map; i++) {
    map_h[i] = params.skm_map[i].header;
    map_u[i] = params.skm_map[i].unsur;
  }
  o.skm_map_header = map_h;
  o.skm_map_unsur = map_u;
  o.n_skm_map = params.n_skm_map;
  kj_error err = {0};
  kj_store *st = NULL;
  if (kj_store_open(ctx->db_path, KJ_OPEN_CREATE, &st, &err) != KJ_OK) return kj_cli_report(&err);
  kj_import_result res;
  kj_status s = kj_import_files(st, &o, argc - optind, argv + optind, &res, &err);
  kj_import_result_free(&res);
  kj_store_close(st);
  if (s != KJ_OK) return kj_cli_report(&err);
  return KJ_OK;
}
