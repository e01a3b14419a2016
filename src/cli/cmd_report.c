/* cmd_report.c — `kinerja report KIND ...`: the report workbooks of
 * reports.md. A table of subcommands (one entry per report kind, like the
 * top-level command table) dispatches to the kind's entry point; adding a
 * kind is one line in REPORTS plus its function in commands.h. This file
 * also implements the first kind, `report briefing` (the leadership
 * briefing, reports/briefing.h):
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
#include "reports/briefing.h"
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

/* ---- report briefing --------------------------------------------------------- */

typedef struct briefing_opts {
  int year; /* 0 = the latest year with data */
  kj_lang lang;
  int anonymize;
  long min_group; /* 0 = the configured min_kelompok */
  const char *out;
} briefing_opts;

static int parse_briefing(int argc, char **argv, briefing_opts *o) {
  static const struct option opts[] = {
      {"year", required_argument, NULL, 'y'}, {"lang", required_argument, NULL, 'l'},
      {"anonymize", no_argument, NULL, 'a'},  {"min-group", required_argument, NULL, 'm'},
      {"out", required_argument, NULL, 'o'},  {NULL, 0, NULL, 0},
  };
  const char *me = "report briefing";
  int c;
  long v;
  opterr = 0;
  optind = 0; /* glibc: full re-initialisation, argv is a new vector */
  while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
    switch (c) {
    case 'y':
      if ((v = kj_cli_parse_year(optarg)) < 0)
        return kj_cli_usage_error(me, "--year needs a year from 1900 to 2199, not '%s'", optarg);
      o->year = (int)v;
      break;
    case 'l':
      if ((v = kj_cli_parse_lang(optarg)) < 0)
        return kj_cli_usage_error(me, "--lang must be id or en, not '%s'", optarg);
      o->lang = (kj_lang)v;
      break;
    case 'a': o->anonymize = 1; break;
    case 'm':
      if ((v = kj_cli_parse_long(optarg, 1, 1000000)) < 0)
        return kj_cli_usage_error(me, "--min-group needs a number from 1 to 1000000, not '%s'",
                                  optarg);
      o->min_group = v;
      break;
    case 'o': o->out = optarg; break;
    case ':': return kj_cli_usage_error(me, "%s needs a value", argv[optind - 1]);
    default: return kj_cli_usage_error(me, "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind < argc) return kj_cli_usage_error(me, "unexpected argument '%s'", argv[optind]);
  if (!o->out || !*o->out) return kj_cli_usage_error(me, "--out FILE.xlsx is required");
  return KJ_OK;
}

/* The command as the Metodologi sheet records it: the effective options,
 * never the output path (two runs into different files must give the same
 * bytes). */
static void command_text(const briefing_opts *o, const kj_analysis *r, kj_buf *b) {
  kj_buf_printf(b, "kinerja report briefing --year %d --lang %s", r->tahun,
                o->lang == KJ_LANG_EN ? "en" : "id");
  if (o->min_group > 0) kj_buf_printf(b, " --min-group %ld", o->min_group);
  if (o->anonymize) kj_buf_puts(b, " --anonymize");
}

int kj_report_briefing(const kj_cli_ctx *ctx, int argc, char **argv) {
  briefing_opts o = {0, KJ_LANG_ID, 0, 0, NULL};
  int rc = parse_briefing(argc, argv, &o);
  if (rc != KJ_OK) return rc;
  kj_params p;
  if ((rc = kj_cli_load_params(ctx, &p)) != KJ_OK) return rc;
  if (o.min_group > 0) p.min_kelompok = o.min_group;
  kj_error err = {0};
  kj_store *st = NULL;
  kj_analysis *r = NULL;
  kj_buf cmd = {0};
  kj_status s;
  if ((s = kj_store_open(ctx->db_path, KJ_OPEN_EXISTING, &st, &err)) != KJ_OK) goto out;
  if ((s = kj_analysis_run(st, &p, o.year, 0, 0, &r, &err)) != KJ_OK) goto out;
  kj_store_close(st);
  st = NULL;
  command_text(&o, r, &cmd);
  kj_briefing_opts bo = {.lang = o.lang, .anonymize = o.anonymize, .perintah = kj_buf_cstr(&cmd)};
  if (!ctx->quiet && ctx->progress) fprintf(stderr, "report briefing: writing %s ...\r", o.out);
  s = kj_briefing_write(r, &bo, o.out, &err);
  if (!ctx->quiet && ctx->progress) fprintf(stderr, "\r\033[K");
  if (s != KJ_OK) goto out;
  if (!ctx->quiet)
    fprintf(stderr, "report briefing: year %d, %d sheets%s -> %s\n", r->tahun,
            kj_briefing_sheet_count(), o.anonymize ? ", anonymised" : "", o.out);
out:
  kj_buf_free(&cmd);
  kj_analysis_free(r);
  kj_store_close(st);
  kj_charts_cleanup(); /* pango and fontconfig caches, so leak checkers see a clean exit */
  return s == KJ_OK ? KJ_OK : kj_cli_report(&err);
}
