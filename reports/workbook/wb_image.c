/* wb_image.c — cairo-drawn PNGs inserted from memory, for what Excel cannot
 * draw (confidence whiskers, heatmaps, annotated scatters).
 *
 * charts/ renders PNGs at 2x for sharpness, so builders insert them at scale
 * 0.5. We read the PNG header ourselves, both to refuse bytes that are not a
 * PNG with a message that names the sheet and cell (libxlsxwriter would only
 * say "unknown image type") and to know how many rows the image covers.
 * libxlsxwriter 1.1.4 copies the bytes during the call (calloc + memcpy in
 * worksheet_insert_image_buffer_opt), so the caller's buffer is not kept.
 */
#include "reports/workbook/wb_private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static uint32_t be32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Width and height from the IHDR chunk that must follow the signature. */
static int png_size(const unsigned char *b, size_t n, uint32_t *w, uint32_t *h) {
  static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (!b || n < 33 || memcmp(b, sig, 8) != 0 || be32(b + 8) != 13 || memcmp(b + 12, "IHDR", 4))
    return 0;
  *w = be32(b + 16);
  *h = be32(b + 20);
  return *w > 0 && *h > 0 && *w < 100000 && *h < 100000;
}

int kj_wb_image(kj_wb_sheet *sh, int row, int col, const unsigned char *png, size_t n, double scale,
                const char *alt) {
  if (!wb_ok(sh->wb)) return row;
  if (!wb_cell_ok(sh, row, col, "image")) return row;
  uint32_t w, h;
  char cell[16];
  if (!png_size(png, n, &w, &h)) {
    wb_fail(sh->wb, KJ_INTERNAL, "%s: sheet '%s' cell %s: image is not a PNG", sh->wb->path,
            sh->name, wb_cell_name(row, col, cell, sizeof cell));
    return row;
  }
  if (scale == 0) scale = 1;
  if (!(scale > 0 && scale <= 10)) {
    wb_fail(sh->wb, KJ_INTERNAL, "%s: sheet '%s' cell %s: image scale %g is not in (0, 10]",
            sh->wb->path, sh->name, wb_cell_name(row, col, cell, sizeof cell), scale);
    return row;
  }
  char *desc = NULL;
  if (alt) {
    desc = wb_clean_text(sh, row, col, alt);
    if (!desc) return row;
  }
  lxw_image_options opt;
  memset(&opt, 0, sizeof opt);
  opt.x_scale = scale;
  opt.y_scale = scale;
  opt.description = desc;
  opt.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
  lxw_error e =
      worksheet_insert_image_buffer_opt(sh->ws, (lxw_row_t)row, (lxw_col_t)col, png, n, &opt);
  free(desc);
  if (wb_lxw(sh, e, row, col, "image") != KJ_OK) return row;
  wb_add_object(sh, row, col, w * scale, h * scale);
  return row + (int)ceil(h * scale / WB_ROW_PX) + 1;
}
