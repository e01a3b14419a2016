/* cmd_config.c — `kinerja config`: prints the effective parameters (the
 * defaults of analytics.md, overridden by --config FILE or ./kinerja.ini)
 * as an INI file that can be saved as a starting kinerja.ini. Exit 2 for
 * an invalid config file, 3 when an explicit --config file is missing. */
#include "cli/analysis_cli.h"
#include "cli/commands.h"

int kj_cmd_config(const kj_cli_ctx *ctx, int argc, char **argv) {
  if (argc > 1) return kj_cli_usage_error("config", "unexpected argument '%s'", argv[1]);
  kj_params p;
  int rc = kj_cli_load_params(ctx, &p);
  if (rc != KJ_OK) return rc;
  kj_error err = {0};
  if (kj_params_write_ini(&p, stdout, &err) != KJ_OK) return kj_cli_report(&err);
  return KJ_OK;
}
