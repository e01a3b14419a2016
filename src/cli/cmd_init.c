/* cmd_init.c — `kinerja init`: create an empty database with the current
 * schema, or upgrade an older one (kj_store_open does both). */
#include "cli/commands.h"
#include "store/store.h"

int kj_cmd_init(const kj_cli_ctx *ctx, int argc, char **argv) {
  if (argc > 1) return kj_cli_usage_error("init", "unexpected argument '%s'", argv[1]);
  kj_error err = {0};
  kj_store *st = NULL;
  if (kj_store_open(ctx->db_path, KJ_OPEN_CREATE, &st, &err) != KJ_OK) return kj_cli_report(&err);
  if (!ctx->quiet)
    fprintf(stderr, "database %s ready (schema version %d)\n", ctx->db_path,
            KJ_STORE_SCHEMA_VERSION);
  kj_store_close(st);
  return KJ_OK;
}
