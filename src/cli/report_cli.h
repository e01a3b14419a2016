/* report_cli.h — what the `kinerja report KIND` commands share (cmd_report.c):
 * the options every report takes (--year, --lang, --anonymize, --min-group,
 * --out; cli.md "Report options"), one analysis run with --min-group
 * applied, and the command line the Metodologi sheet records.
 *
 * A report kind lists KJ_REPORT_LONGOPTS in its getopt_long table next to its
 * own options and hands each result to kj_report_option first.
 */
#ifndef KJ_CLI_REPORT_CLI_H
#define KJ_CLI_REPORT_CLI_H

#include "analysis/analysis.h"
#include "cli/cli.h"
#include "util/buf.h"
#include "util/text.h"

typedef struct kj_report_opts {
  int year;        /* --year; 0 = the latest year with appraisals */
  kj_lang lang;    /* --lang id|en */
  int anonymize;   /* --anonymize */
  long min_group;  /* --min-group; 0 = the configured min_kelompok */
  const char *out; /* --out */
} kj_report_opts;

/* getopt_long entries of the common options (short codes 'y', 'l', 'a',
 * 'm', 'o'; a kind's own options must use other codes). */
#define KJ_REPORT_LONGOPTS                                                                         \
  {"year", required_argument, NULL, 'y'}, {"lang", required_argument, NULL, 'l'},                  \
      {"anonymize", no_argument, NULL, 'a'}, {"min-group", required_argument, NULL, 'm'}, {        \
    "out", required_argument, NULL, 'o'                                                            \
  }

/* Takes getopt_long's result c with its argument. Returns KJ_OK when c was a
 * common option (stored in o), -1 when it is not one (the caller handles
 * it), or KJ_USAGE after printing "kinerja ME: ..." for a bad value. */
int kj_report_option(const char *me, int c, const char *arg, kj_report_opts *o);

/* Parameters of ctx (--config / ./kinerja.ini) with --min-group applied,
 * then kj_analysis_run for o->year and the trend window from..to (0 = the
 * defaults). Returns 0 with the result in *out (kj_analysis_free), or the
 * status of the error it printed (cli.md exit codes); *out is then NULL. */
int kj_report_analysis(const kj_cli_ctx *ctx, const kj_report_opts *o, int from, int to,
                       kj_analysis **out);

/* Appends the common options as the Metodologi sheet records them, after
 * the caller's "kinerja report KIND ...": " --year Y --lang L" and, when
 * set, " --min-group N" and " --anonymize" — never --out, so that two runs
 * into different files give the same bytes. */
void kj_report_command_text(const kj_report_opts *o, const kj_analysis *r, kj_buf *b);

#endif
