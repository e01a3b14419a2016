/* cmd_report_study.c — `kinerja report study [--from Y1] [--to Y2] --out
 * FILE.xlsx`: the annual evaluation study (reports/studi.h) for the BKPSDM
 * analysts.
 *
 *   parameters (config, --min-group) -> kj_study_run (one engine run per
 *   year of Y1..Y2, tests across OPD, series with merged units under their
 *   successors) -> kj_studi_write (temporary file, renamed into place)
 *
 * Exit status (cli.md): 0; 1 usage (also a reversed or too long window); 2
 * no data in the window or a bad config; 3 the workbook cannot be written;
 * 4 database; 5 a bug.
 */
#include <getopt.h>
#include <stdio.h>

#include "analysis/study.h"
#include "cli/analysis_cli.h"
#include "cli/commands.h"
#include "cli/report_cli.h"
#include "reports/studi/studi.h"
#include "util/buf.h"

typedef struct study_opts {
  kj_report_opts common; /* --lang, --anonymize, --min-group, --out (no --year) */
  int from, to;          /* 0 = the first / last year with data */
} study_opts;

static const char *ME = "report study";

static int parse(int argc, char **argv, study_opts *o) {
  static const struct option opts[] = {
      KJ_REPORT_LONGOPTS,
      {"from", required_argument, NULL, 'f'},
      {"to", required_argument, NULL, 't'},
      {NULL, 0, NULL, 0},
  };
  int c;
  long v;
  opterr = 0;
  optind = 0; /* glibc: full re-initialisation, argv is a new vector */
  while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
    if (c == 'y') /* a common report option, but the study spans years */
      return kj_cli_usage_error(ME, "the study takes --from Y1 --to Y2, not --year");
    int rc = kj_report_option(ME, c, optarg, &o->common);
    if (rc == KJ_OK) continue;
    if (rc > 0) return rc;
    switch (c) {
    case 'f':
    case 't':
      if ((v = kj_cli_parse_year(optarg)) < 0)
        return kj_cli_usage_error(ME, "--%s needs a year from 1900 to 2199, not '%s'",
                                  c == 'f' ? "from" : "to", optarg);
      if (c == 'f')
        o->from = (int)v;
      else
        o->to = (int)v;
      break;
    case ':': return kj_cli_usage_error(ME, "%s needs a value", argv[optind - 1]);
    default: return kj_cli_usage_error(ME, "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind < argc) return kj_cli_usage_error(ME, "unexpected argument '%s'", argv[optind]);
  if (!o->common.out || !*o->common.out)
    return kj_cli_usage_error(ME, "--out FILE.xlsx is required");
  if (o->from && o->to && o->from > o->to)
    return kj_cli_usage_error(ME, "--from %d is after --to %d", o->from, o->to);
  return KJ_OK;
}

/* The command as the Metodologi sheet records it: the effective options,
 * never the output path. */
static void command_text(const study_opts *o, const kj_study *s, kj_buf *b) {
  kj_buf_printf(b, "kinerja report study --from %d --to %d --lang %s", s->dari, s->sampai,
                o->common.lang == KJ_LANG_EN ? "en" : "id");
  if (o->common.min_group > 0) kj_buf_printf(b, " --min-group %ld", o->common.min_group);
  if (o->common.anonymize) kj_buf_puts(b, " --anonymize");
}

int kj_report_study(const kj_cli_ctx *ctx, int argc, char **argv) {
  study_opts o = {{0, KJ_LANG_ID, 0, 0, NULL}, 0, 0};
  int rc = parse(argc, argv, &o);
  if (rc != KJ_OK) return rc;
  kj_params p;
  if ((rc = kj_cli_load_params(ctx, &p)) != KJ_OK) return rc;
  if (o.common.min_group > 0) p.min_kelompok = o.common.min_group;
  kj_error err = {0};
  kj_store *st = NULL;
  kj_study *s = NULL;
  kj_buf cmd = {0};
  kj_status status;
  if ((status = kj_store_open(ctx->db_path, KJ_OPEN_EXISTING, &st, &err)) != KJ_OK) goto out;
  if (!ctx->quiet && ctx->progress) fprintf(stderr, "report study: analysing ...\r");
  if ((status = kj_study_run(st, &p, o.from, o.to, &s, &err)) != KJ_OK) goto out;
  kj_store_close(st);
  st = NULL;
  command_text(&o, s, &cmd);
  kj_studi_opts so = {
      .lang = o.common.lang, .anonymize = o.common.anonymize, .perintah = kj_buf_cstr(&cmd)};
  if (!ctx->quiet && ctx->progress)
    fprintf(stderr, "\r\033[Kreport study: writing %s ...\r", o.common.out);
  status = kj_studi_write(s, &so, o.common.out, &err);
  if (!ctx->quiet && ctx->progress) fprintf(stderr, "\r\033[K");
  if (status != KJ_OK) goto out;
  if (!ctx->quiet)
    fprintf(stderr, "report study: %d years (%d-%d)%s -> %s\n", s->n_tahun, s->tahun[0].tahun,
            s->tahun[s->n_tahun - 1].tahun, o.common.anonymize ? ", anonymised" : "", o.common.out);
out:
  kj_buf_free(&cmd);
  kj_study_free(s);
  kj_store_close(st);
  return status == KJ_OK ? KJ_OK : kj_cli_report(&err);
}
