/* cmd_template.c — `kinerja template [--lang id|en] [--db FILE] --out
 * FILE.xlsx`: the data-entry workbook (data.md "The data-entry template",
 * reports/template). When the database exists, its units feed the unit
 * dropdowns (sheet _unit); the template never creates a database. Exit 0,
 * 1 on a usage error, 3 when the file cannot be written, 4 on a database
 * error. */
#include "cli/analysis_cli.h"
#include "cli/commands.h"
#include "reports/template/template.h"
#include "util/xalloc.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The units of the database, when there is one. */
static kj_status load_units(const char *db, kj_template_unit **out, int *n, kj_error *err) {
  struct stat sb;
  *out = NULL;
  *n = 0;
  if (stat(db, &sb) != 0) return KJ_OK;
  kj_store *st = NULL;
  kj_status s = kj_store_open(db, KJ_OPEN_EXISTING, &st, err);
  if (s != KJ_OK) return s;
  kj_stmt *q = NULL;
  s = kj_store_prepare_query(st, "ingest/skm_form_units", &q, err);
  int cap = 0;
  kj_step r = KJ_STEP_DONE;
  while (s == KJ_OK && (r = kj_stmt_step(q, err)) == KJ_STEP_ROW) {
    if (*n == cap) {
      cap = cap ? cap * 2 : 64;
      *out = xreallocarray(*out, (size_t)cap, sizeof **out);
    }
    (*out)[*n].kode = xstrdup(kj_stmt_text(q, 0));
    (*out)[(*n)++].nama = xstrdup(kj_stmt_text(q, 1));
  }
  if (s == KJ_OK && r == KJ_STEP_ERROR) s = err->status;
  kj_stmt_free(q);
  kj_store_close(st);
  return s;
}

int kj_cmd_template(const kj_cli_ctx *ctx, int argc, char **argv) {
  static const struct option opts[] = {{"lang", required_argument, NULL, 'l'},
                                       {"out", required_argument, NULL, 'o'},
                                       {NULL, 0, NULL, 0}};
  const char *out = NULL;
  int lang = 0, c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":l:o:", opts, NULL)) != -1) {
    switch (c) {
    case 'l':
      lang = kj_cli_parse_lang(optarg);
      if (lang < 0) return kj_cli_usage_error("template", "--lang is id or en, not '%s'", optarg);
      break;
    case 'o': out = optarg; break;
    case ':': return kj_cli_usage_error("template", "%s needs a value", argv[optind - 1]);
    default: return kj_cli_usage_error("template", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind < argc) return kj_cli_usage_error("template", "unexpected argument '%s'", argv[optind]);
  if (!out) return kj_cli_usage_error("template", "--out FILE.xlsx is required");
  kj_error err = {0};
  kj_template_unit *units = NULL;
  int n = 0;
  kj_status s = load_units(ctx->db_path, &units, &n, &err);
  if (s == KJ_OK) s = kj_template_write(out, (kj_lang)lang, units, n, &err);
  for (int i = 0; i < n; i++) {
    free((char *)units[i].kode);
    free((char *)units[i].nama);
  }
  free(units);
  if (s != KJ_OK) return kj_cli_report(&err);
  if (!ctx->quiet)
    fprintf(stderr, "template written to %s (%d unit%s from %s)\n", out, n, n == 1 ? "" : "s",
            n ? ctx->db_path : "no database");
  return KJ_OK;
}
