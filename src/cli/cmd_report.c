/* cmd_report.c — `kinerja report KIND ...`: the report workbooks of
 * reports.md. A table of subcommands (one entry per report kind, like the
 * top-level command table) dispatches to the kind's entry point; adding a
 * kind is one line in REPORTS plus its function in commands.h. This file
 * also holds what every kind shares (report_cli.h: the common options, the
 * analysis run with --min-group, the command line the Metodologi sheet
 * records) and the first kind, `report briefing` (reports/briefing.h):
 *
 *   parameters (config, --min-group) -> kj_analysis_run (year Y, the default
 *   trend window) -> kj_briefing_write (temporary file, renamed into place)
 *
 * Exit status (cli.md): 0; 1 usage; 2 no data for the year or a bad config;
 * 3 the workbook cannot be written; 4 database; 5 a bug.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "analysis/analysis.h"
#include "charts/chart.h"
#include "cli/analysis_cli.h"
#include "cli/commands.h"
#include "cli/report_cli.h"
#include "reports/briefing/briefing.h"
#include "util/buf.h"

typedef struct report_kind {
  const char *name;
  int (*run)(const kj_cli_ctx *ctx, int argc, char **argv); /* argv[0] is the kind */
} report_kind;

/* The report kinds; `opd` and `study` are added here by their author. */
static const report_kind REPORTS[] = {
    {"briefing", kj_report_briefing},
    {"opd", kj_report_opd},
    {"study", kj_report_study},
    {"bulanan", kj_report_bulanan},
    {NULL, NULL},
};

int kj_cmd_report(const kj_cli_ctx *ctx, int argc, char **argv) {
  if (argc < 2 || argv[1][0] == '-')
    return kj_cli_usage_error("report", "which report? (kinerja report briefing ...)");
  for (const report_kind *k = REPORTS; k->name; k++)
    if (strcmp(k->name, argv[1]) == 0) return k->run(ctx, argc - 1, argv + 1);
  kj_buf names = {0};
  for (const report_kind *k = REPORTS; k->name; k++)
    kj_buf_printf(&names, "%s%s", k == REPORTS ? "" : ", ", k->name);
  int rc =
      kj_cli_usage_error("report", "unknown report '%s' (known: %s)", argv[1], kj_buf_cstr(&names));
  kj_buf_free(&names);
  return rc;
}

/* ---- the options and steps every report kind shares (report_cli.h) ----------- */

int kj_report_option(const char *me, int c, const char *arg, kj_report_opts *o) {
  long v;
  switch (c) {
  case 'y':
    if ((v = kj_cli_parse_year(arg)) < 0)
      return kj_cli_usage_error(me, "--year needs a year from 1900 to 2199, not '%s'", arg);
    o->year = (int)v;
    return KJ_OK;
  case 'l':
    if ((v = kj_cli_parse_lang(arg)) < 0)
      return kj_cli_usage_error(me, "--lang must be id or en, not '%s'", arg);
    o->lang = (kj_lang)v;
    return KJ_OK;
  case 'a': o->anonymize = 1; return KJ_OK;
  case 'm':
    if ((v = kj_cli_parse_long(arg, 1, 1000000)) < 0)
      return kj_cli_usage_error(me, "--min-group needs a number from 1 to 1000000, not '%s'", arg);
    o->min_group = v;
    return KJ_OK;
  case 'o': o->out = arg; return KJ_OK;
  default: return -1;
  }
}

int kj_report_analysis(const kj_cli_ctx *ctx, const kj_report_opts *o, int from, int to,
                       kj_analysis **out) {
  *out = NULL;
  kj_params p;
  int rc = kj_cli_load_params(ctx, &p);
  if (rc != KJ_OK) return rc;
  if (o->min_group > 0) p.min_kelompok = o->min_group;
  kj_error err = {0};
  kj_store *st = NULL;
  kj_status s = kj_store_open(ctx->db_path, KJ_OPEN_EXISTING, &st, &err);
  if (s == KJ_OK) s = kj_analysis_run(st, &p, o->year, from, to, out, &err);
  kj_store_close(st);
  return s == KJ_OK ? KJ_OK : kj_cli_report(&err);
}

void kj_report_command_text(const kj_report_opts *o, const kj_analysis *r, kj_buf *b) {
  kj_buf_printf(b, " --year %d --lang %s", r->tahun, o->lang == KJ_LANG_EN ? "en" : "id");
  if (o->min_group > 0) kj_buf_printf(b, " --min-group %ld", o->min_group);
  if (o->anonymize) kj_buf_puts(b, " --anonymize");
}

/* ---- report briefing ---------------------------------------------------------- */

static int parse_briefing(int argc, char **argv, kj_report_opts *o) {
  static const struct option opts[] = {KJ_REPORT_LONGOPTS, {NULL, 0, NULL, 0}};
  const char *me = "report briefing";
  int c;
  opterr = 0;
  optind = 0; /* glibc: full re-initialisation, argv is a new vector */
  while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
    int rc = kj_report_option(me, c, optarg, o);
    if (rc == KJ_OK) continue;
    if (rc > 0) return rc;
    if (c == ':') return kj_cli_usage_error(me, "%s needs a value", argv[optind - 1]);
    return kj_cli_usage_error(me, "unknown option '%s'", argv[optind - 1]);
  }
  if (optind < argc) return kj_cli_usage_error(me, "unexpected argument '%s'", argv[optind]);
  if (!o->out || !*o->out) return kj_cli_usage_error(me, "--out FILE.xlsx is required");
  return KJ_OK;
}

int kj_report_briefing(const kj_cli_ctx *ctx, int argc, char **argv) {
  kj_report_opts o = {0, KJ_LANG_ID, 0, 0, NULL};
  int rc = parse_briefing(argc, argv, &o);
  if (rc != KJ_OK) return rc;
  kj_analysis *r = NULL;
  if ((rc = kj_report_analysis(ctx, &o, 0, 0, &r)) != KJ_OK) return rc;
  kj_buf cmd = {0};
  kj_buf_puts(&cmd, "kinerja report briefing");
  kj_report_command_text(&o, r, &cmd);
  kj_briefing_opts bo = {.lang = o.lang, .anonymize = o.anonymize, .perintah = kj_buf_cstr(&cmd)};
  if (!ctx->quiet && ctx->progress) fprintf(stderr, "report briefing: writing %s ...\r", o.out);
  kj_error err = {0};
  kj_status s = kj_briefing_write(r, &bo, o.out, &err);
  if (!ctx->quiet && ctx->progress) fprintf(stderr, "\r\033[K");
  if (s == KJ_OK && !ctx->quiet)
    fprintf(stderr, "report briefing: year %d, %d sheets%s -> %s\n", r->tahun,
            kj_briefing_sheet_count(), o.anonymize ? ", anonymised" : "", o.out);
  kj_buf_free(&cmd);
  kj_analysis_free(r);
  return s == KJ_OK ? KJ_OK : kj_cli_report(&err);
}
