/* commands.c — the registration table of subcommands (one cmd_*.c each). */
#include "cli/commands.h"

const kj_command kj_commands[] = {
    {"init", "create an empty database (or upgrade an older one)",
     "Usage: kinerja [--db FILE] init\n\n"
     "Creates the database with the current schema. An existing database made by\n"
     "an older kinerja is upgraded in one transaction; a newer one is refused.\n",
     kj_cmd_init},
    {0},
};
