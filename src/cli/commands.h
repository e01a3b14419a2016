/* commands.h — entry points of the command modules (cmd_*.c). Each returns
 * the process exit status. */
#ifndef KJ_COMMANDS_H
#define KJ_COMMANDS_H

#include "cli/cli.h"

int kj_cmd_init(const kj_cli_ctx *ctx, int argc, char **argv);
int kj_cmd_import(const kj_cli_ctx *ctx, int argc, char **argv);
int kj_cmd_demo(const kj_cli_ctx *ctx, int argc, char **argv);
int kj_cmd_charts(const kj_cli_ctx *ctx, int argc, char **argv);
int kj_cmd_summary(const kj_cli_ctx *ctx, int argc, char **argv);
int kj_cmd_export(const kj_cli_ctx *ctx, int argc, char **argv);
int kj_cmd_check(const kj_cli_ctx *ctx, int argc, char **argv);
int kj_cmd_config(const kj_cli_ctx *ctx, int argc, char **argv);
int kj_cmd_report(const kj_cli_ctx *ctx, int argc, char **argv);
int kj_cmd_template(const kj_cli_ctx *ctx, int argc, char **argv);

/* `kinerja report KIND`: one entry point per report kind, dispatched by the
 * table in cmd_report.c (argv[0] is the kind's name). */
int kj_report_briefing(const kj_cli_ctx *ctx, int argc, char **argv);
int kj_report_opd(const kj_cli_ctx *ctx, int argc, char **argv);
int kj_report_study(const kj_cli_ctx *ctx, int argc, char **argv);
int kj_report_bulanan(const kj_cli_ctx *ctx, int argc, char **argv);

#endif
