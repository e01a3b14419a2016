/* cli.c — global options and dispatch.
 *
 * Global options may stand anywhere on the line (`kinerja --db x.db import
 * f.csv` and `kinerja import f.csv --db x.db` are the same); they are taken
 * out first and the rest goes to the command, which parses its own options
 * with getopt_long.
 */
#include "cli/cli.h"
#include "util/xalloc.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int kj_cli_usage_error(const char *cmd, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "kinerja%s%s: ", cmd ? " " : "", cmd ? cmd : "");
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nTry 'kinerja %s%s--help'.\n", cmd ? cmd : "", cmd ? " " : "");
  return KJ_USAGE;
}

int kj_cli_report(const kj_error *err) {
  if (err->status != KJ_OK && err->msg[0]) fprintf(stderr, "kinerja: %s\n", err->msg);
  return err->status;
}

long long kj_cli_parse_long(const char *s, long long min, long long max) {
  char *end;
  if (!s || !*s) return -1;
  long long v = strtoll(s, &end, 10);
  if (*end || v < min || v > max) return -1;
  return v;
}

const kj_command *kj_cli_find(const char *name) {
  for (const kj_command *c = kj_commands; c->name; c++)
    if (strcmp(c->name, name) == 0) return c;
  return NULL;
}

int kj_cli_wants_help(const kj_command *cmd, int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0) break;
    if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
      fputs(cmd->usage, stdout);
      return 1;
    }
  }
  return 0;
}

static void print_help(void) {
  printf("Usage: kinerja [--db FILE] [--config FILE] [--quiet] COMMAND [OPTIONS]\n\n"
         "Analytics and reports on ASN performance appraisals (PermenPAN-RB 6/2022)\n"
         "for Kota Padangsidimpuan.\n\nCommands:\n");
  for (const kj_command *c = kj_commands; c->name; c++) printf("  %-10s %s\n", c->name, c->summary);
  printf("\nGlobal options:\n"
         "  --db FILE      SQLite database (default $KINERJA_DB, else ./kinerja.db)\n"
         "  --config FILE  parameters (INI; default ./kinerja.ini when present)\n"
         "  --quiet        no progress or summaries on stderr\n"
         "  --version      versions of kinerja and its libraries\n"
         "  --help         this text; 'kinerja COMMAND --help' for a command\n\n"
         "Exit status: 0 success, 1 usage, 2 invalid input data (nothing changed),\n"
         "3 file or I/O error, 4 database error, 5 internal error.\n");
}

void kj_cli_print_versions(void);

/* Takes a global option with a value from argv[i] ("--db X" or "--db=X").
 * Returns the number of argv slots consumed (0 when argv[i] is not it). */
static int take_valued(char **argv, int argc, int i, const char *name, const char **out) {
  size_t n = strlen(name);
  if (strncmp(argv[i], name, n) != 0) return 0;
  if (argv[i][n] == '=') {
    *out = argv[i] + n + 1;
    return 1;
  }
  if (argv[i][n] != '\0') return 0;
  if (i + 1 >= argc) return -1;
  *out = argv[i + 1];
  return 2;
}

int kj_cli_main(int argc, char **argv) {
  kj_cli_ctx ctx = {0};
  const char *env_db = getenv("KINERJA_DB");
  ctx.db_path = env_db && *env_db ? env_db : "kinerja.db";
  char **rest = xcalloc((size_t)argc + 1, sizeof *rest);
  int nrest = 0, want_version = 0, want_help = 0;
  const char *cmd_name = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0) {
      while (i < argc) rest[nrest++] = argv[i++];
      break;
    }
    int used;
    const char *val = NULL;
    if ((used = take_valued(argv, argc, i, "--db", &val)) != 0) {
      if (used < 0) {
        free(rest);
        return kj_cli_usage_error(NULL, "--db needs a file name");
      }
      ctx.db_path = val;
      i += used - 1;
    } else if ((used = take_valued(argv, argc, i, "--config", &val)) != 0) {
      if (used < 0) {
        free(rest);
        return kj_cli_usage_error(NULL, "--config needs a file name");
      }
      ctx.config_path = val;
      ctx.config_explicit = 1;
      i += used - 1;
    } else if (strcmp(argv[i], "--quiet") == 0 || strcmp(argv[i], "-q") == 0) {
      ctx.quiet = 1;
    } else if (strcmp(argv[i], "--version") == 0 && !cmd_name) {
      want_version = 1;
    } else if ((strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) && !cmd_name) {
      want_help = 1;
    } else {
      if (!cmd_name && argv[i][0] != '-') cmd_name = argv[i];
      rest[nrest++] = argv[i];
    }
  }
  rest[nrest] = NULL;
  int status;
  if (want_version) {
    kj_cli_print_versions();
    status = KJ_OK;
  } else if (want_help || !cmd_name) {
    print_help();
    status = want_help ? KJ_OK : KJ_USAGE;
  } else {
    const kj_command *cmd = kj_cli_find(cmd_name);
    /* The command name must come first among the remaining arguments. */
    if (!cmd || rest[0] != cmd_name) {
      status = cmd ? kj_cli_usage_error(NULL, "unexpected option before the command: %s", rest[0])
                   : kj_cli_usage_error(NULL, "unknown command '%s'", cmd_name);
    } else if (kj_cli_wants_help(cmd, nrest, rest)) {
      status = KJ_OK;
    } else {
      if (!ctx.config_path && access("kinerja.ini", R_OK) == 0) ctx.config_path = "kinerja.ini";
      ctx.progress = !ctx.quiet && isatty(STDERR_FILENO);
      optind = 0; /* glibc: full re-initialisation of getopt */
      status = cmd->run(&ctx, nrest, rest);
    }
  }
  free(rest);
  return status;
}
