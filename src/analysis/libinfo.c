/* libinfo.c — GSL version for --version and the methodology sheet. */
#include "analysis/libinfo.h"

#include <gsl/gsl_version.h>

const char *kj_gsl_version(void) { return gsl_version; }
