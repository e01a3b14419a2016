/* png.h — PNG bytes of a cairo image surface (libpng, fixed filter and
 * zlib level; see png.c). */
#ifndef KJ_CHARTS_PNG_H
#define KJ_CHARTS_PNG_H

#include <cairo.h>

#include "util/buf.h"

/* Appends the PNG of s (an RGB24 or ARGB32 image surface) to out; 0 on
 * success, -1 on failure (out then unchanged). */
int kj_png_encode(cairo_surface_t *s, kj_buf *out);

#endif
