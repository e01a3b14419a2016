/* libinfo.c — libxlsxwriter version for --version and the methodology sheet. */
#include "reports/common/libinfo.h"

#include <xlsxwriter.h>

const char *kj_xlsxwriter_version(void) { return lxw_version(); }
