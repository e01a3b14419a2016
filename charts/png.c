/* png.c — PNG bytes of a cairo image surface, written with libpng.
 *
 * cairo_surface_write_to_png_stream lets libpng try all five row filters
 * on every row and compresses at zlib's default level; for charts (flat
 * colour, thin anti-aliased lines) that was most of a workbook's time
 * (the monthly workbook embeds ~35 charts). Here rows are not filtered and
 * zlib runs at a fast level, which gives the same size about 3x faster. The bytes depend only on
 * the pixels (no time or text chunks), so equal charts give equal files.
 */
#include "charts/png.h"

#include <png.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

/* zlib level 2 with no row filter: on the demo's monthly workbook (35
 * charts) 1.79 MB of PNG against cairo's 1.80 MB, in 0.52 s of CPU for the
 * whole report against 0.90 s (best of 3, loaded machine). Filters (sub,
 * up, adaptive) made the charts' flat areas compress worse at these
 * levels, and levels 4-6 cost more time than they saved bytes. */
enum { PNG_LEVEL = 2 };

static void write_fn(png_structp png, png_bytep data, size_t len) {
  kj_buf_append((kj_buf *)png_get_io_ptr(png), data, len);
}

static void flush_fn(png_structp png) { (void)png; }

/* Row y of an RGB24 or ARGB32 surface as 8-bit RGB or RGBA (alpha undone). */
static void row_bytes(const unsigned char *src, int w, int alpha, unsigned char *dst) {
  const uint32_t *px = (const uint32_t *)(const void *)src;
  for (int x = 0; x < w; x++) {
    uint32_t v = px[x];
    unsigned a = alpha ? v >> 24 : 255, r = (v >> 16) & 255, g = (v >> 8) & 255, b = v & 255;
    if (alpha && a != 255) {
      if (a == 0) {
        r = g = b = 0;
      } else { /* as cairo's unpremultiply_data */
        r = (r * 255 + a / 2) / a;
        g = (g * 255 + a / 2) / a;
        b = (b * 255 + a / 2) / a;
      }
    }
    *dst++ = (unsigned char)r;
    *dst++ = (unsigned char)g;
    *dst++ = (unsigned char)b;
    if (alpha) *dst++ = (unsigned char)a;
  }
}

int kj_png_encode(cairo_surface_t *s, kj_buf *out) {
  cairo_format_t f = cairo_image_surface_get_format(s);
  if (f != CAIRO_FORMAT_RGB24 && f != CAIRO_FORMAT_ARGB32) return -1;
  cairo_surface_flush(s);
  int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
  int stride = cairo_image_surface_get_stride(s), alpha = f == CAIRO_FORMAT_ARGB32;
  const unsigned char *data = cairo_image_surface_get_data(s);
  if (!data || w <= 0 || h <= 0) return -1;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png ? png_create_info_struct(png) : NULL;
  if (!info) {
    png_destroy_write_struct(&png, NULL);
    return -1;
  }
  size_t start = out->len;
  unsigned char *volatile row = xmalloc((size_t)w * 4);
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    free(row);
    out->len = start;
    return -1;
  }
  png_set_write_fn(png, out, write_fn, flush_fn);
  png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8,
               alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_compression_level(png, PNG_LEVEL);
  png_write_info(png, info);
  for (int y = 0; y < h; y++) {
    row_bytes(data + (size_t)y * (size_t)stride, w, alpha, row);
    png_write_row(png, row);
  }
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  free(row);
  return 0;
}
