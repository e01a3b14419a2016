/* libinfo.c — cairo and pango versions for --version and the methodology sheet. */
#include "charts/libinfo.h"

#include <cairo.h>
#include <pango/pango.h>

const char *kj_cairo_version(void) { return cairo_version_string(); }
const char *kj_pango_version(void) { return pango_version_string(); }
