/* version.c — `kinerja --version`: our version and the libraries' own
 * run-time versions (what the methodology sheet records too). */
#include "analysis/libinfo.h"
#include "charts/libinfo.h"
#include "cli/cli.h"
#include "reports/common/libinfo.h"
#include "store/store.h"

void kj_cli_print_versions(void);

void kj_cli_print_versions(void) {
  printf("kinerja %s\n", KJ_VERSION);
  printf("sqlite %s\ngsl %s\nlibxlsxwriter %s\ncairo %s\npango %s\n", kj_store_sqlite_version(),
         kj_gsl_version(), kj_xlsxwriter_version(), kj_cairo_version(), kj_pango_version());
  printf("License GPL-3.0-or-later: <https://gnu.org/licenses/gpl.html>\n");
}
