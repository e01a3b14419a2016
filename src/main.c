/* main.c — the kinerja executable: everything lives in the core libraries;
 * this file only hands the command line to the CLI dispatcher. */
#include "cli/cli.h"
#include "util/platform.h"

int main(int argc, char **argv) {
  kj_platform_init();
  return kj_cli_main(argc, argv);
}
