/* cli.h — the command-line front end: global options, dispatch to one
 * command module per subcommand (cmd_*.c), exit codes of cli.md.
 *
 * A command receives the parsed global options and its own argv (argv[0] is
 * the command name, global options already removed) and returns the process
 * exit status (a kj_status value).
 */
#ifndef KJ_CLI_H
#define KJ_CLI_H

#include <stdio.h>

#include "util/status.h"

typedef struct kj_cli_ctx {
  const char *db_path;     /* --db, else $KINERJA_DB, else "kinerja.db" */
  const char *config_path; /* --config, else "kinerja.ini" when present, else NULL */
  int config_explicit;     /* 1 when --config was given (a missing file is then an error) */
  int quiet;               /* --quiet: nothing on stderr but errors */
  int progress;            /* stderr is a terminal and not quiet */
} kj_cli_ctx;

typedef struct kj_command {
  const char *name;
  const char *summary;                          /* one line for `kinerja --help` */
  const char *usage;                            /* full text for `kinerja CMD --help` */
  int (*run)(const kj_cli_ctx *ctx, int argc, char **argv);
} kj_command;

/* The registered commands, ending with a zeroed entry (commands.c). */
extern const kj_command kj_commands[];

int kj_cli_main(int argc, char **argv);

/* Prints "kinerja CMD: message" and the hint to use --help; returns KJ_USAGE. */
int kj_cli_usage_error(const char *cmd, const char *fmt, ...) KJ_PRINTF(2, 3);
/* Prints an error record as "kinerja: message" and returns its status. */
int kj_cli_report(const kj_error *err);
/* Parses a non-negative integer option value; -1 when invalid. */
long long kj_cli_parse_long(const char *s, long long min, long long max);
/* Prints the command's usage text when argv has -h/--help; returns 1 then. */
int kj_cli_wants_help(const kj_command *cmd, int argc, char **argv);
const kj_command *kj_cli_find(const char *name);

#endif
