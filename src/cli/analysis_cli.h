/* analysis_cli.h — what the analysis commands (summary, export, check,
 * config) share: the config, the database and one analysis run, with the
 * errors of each step reported the same way and mapped to cli.md's exit
 * codes (a missing database 3, bad config or no data for the year 2, a
 * database error 4).
 */
#ifndef KJ_CLI_ANALYSIS_CLI_H
#define KJ_CLI_ANALYSIS_CLI_H

#include "analysis/analysis.h"
#include "cli/cli.h"

typedef struct kj_cli_analysis {
  kj_params params;
  kj_store *st;
  kj_analysis *r;
} kj_cli_analysis;

/* Loads the parameters of ctx (--config / ./kinerja.ini). Prints the error
 * and returns its status (2 for a bad file, 3 when an explicit file is
 * missing), or 0. */
int kj_cli_load_params(const kj_cli_ctx *ctx, kj_params *p);

/* Parameters, database and kj_analysis_run for year (0 = latest); min_group
 * > 0 overrides min_kelompok (--min-group, cli.md). Returns 0 with
 * everything in *a, or the printed error's status (a is then empty).
 * Release with kj_cli_analysis_close. */
int kj_cli_analysis_open(const kj_cli_ctx *ctx, int year, long min_group, kj_cli_analysis *a);
void kj_cli_analysis_close(kj_cli_analysis *a); /* NULL-safe, idempotent */

/* Options the analysis commands share, filled by kj_cli_shared_opt. */
typedef struct kj_cli_shared {
  int year;       /* --year Y, 0 = the latest year with data */
  long min_group; /* --min-group N, 0 = the configured min_kelompok */
  int lang;       /* --lang id|en, kj_lang */
} kj_cli_shared;

/* Handles getopt_long result c of command cmd for the shared options ('y'
 * --year, 'g' --min-group, 'l' --lang) and the errors (':' missing value,
 * '?' unknown option; optarg/optind as getopt left them). Returns 1 when it
 * took c, 0 when c is the command's own option, -1 after printing a usage
 * error (the command then returns KJ_USAGE). */
int kj_cli_shared_opt(const char *cmd, int c, char **argv, kj_cli_shared *o);

/* --year value: a year 1900..2199; -1 when invalid. */
int kj_cli_parse_year(const char *s);
/* --min-group value: 1..1000000; -1 when invalid. */
long kj_cli_parse_min_group(const char *s);
/* 1 when s is a month YYYY-MM (year 1900..2199, month 01..12), else 0. */
int kj_cli_is_month(const char *s);
/* --lang value: 0 id, 1 en; -1 when invalid. */
int kj_cli_parse_lang(const char *s);

/* Prints text word-wrapped to width columns (UTF-8 aware), the first line
 * indented by first spaces and the others by rest spaces. */
void kj_cli_wrap(FILE *fp, const char *text, int first, int rest, int width);
/* Prints s, cut or padded with spaces to exactly w columns (UTF-8 aware);
 * right-aligned when right != 0. */
void kj_cli_cell(FILE *fp, const char *s, int w, int right);

#endif
