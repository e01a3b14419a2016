/* theme.c — sizes, spacing and palettes of the charts, defined once.
 *
 * Every chart kind reads its fonts, sizes and colours from here, so the
 * charts of a workbook look like one family and a change of style is one
 * edit. The colours are the design choice worth knowing (see theme.h): they
 * were picked for print in greyscale and for colour-blind readers first, for
 * looks second.
 */
#include "charts/theme.h"

#include <math.h>

static kj_rgb hex(unsigned v) {
  kj_rgb c = {((v >> 16) & 0xff) / 255.0, ((v >> 8) & 0xff) / 255.0, (v & 0xff) / 255.0};
  return c;
}

const kj_theme *kj_theme_init(kj_theme *th, const char *font) {
  th->font = font && *font ? font : "DejaVu Sans";
  th->size_title = 13.0;
  th->size_subtitle = 9.0;
  th->size_axis_title = 8.5;
  th->size_tick = 7.5;
  th->size_label = 8.0;
  th->size_value = 7.5;
  th->size_note = 7.0;
  th->size_cell = 6.5;
  th->margin = 16.0;
  th->gap = 10.0;
  th->pad = 5.0;
  th->row_min = 13.0;
  th->row_max = 24.0;
  th->bar_frac = 0.62;
  th->label_frac = 0.34;
  th->line_thin = 0.5;
  th->line_axis = 0.8;
  th->line_series = 1.6;
  th->line_ref = 1.1;
  th->ink = hex(0x1a1a1a);
  th->ink_soft = hex(0x555555);
  th->grid = hex(0xe3e3e3);
  th->axis = hex(0x6e6e6e);
  th->bar = hex(0x5a8fc4);
  th->bar_dark = hex(0x1a1a1a);
  th->highlight = hex(0xd55e00); /* Okabe-Ito vermillion */
  th->muted_fill = hex(0xdadada);
  th->muted_ink = hex(0x8a8a8a);
  th->reference = hex(0x1a1a1a);
  th->band = hex(0xbdbdbd);
  th->pass = hex(0x1b7837);
  th->fail = hex(0xb2182b);
  /* Sangat Baik .. Sangat Kurang: dark blue, mid blue, pale sand, orange,
   * brick red; L* 26, 58, 88, 71, 46 so greyscale keeps them apart. */
  th->predikat[KJ_SANGAT_BAIK] = hex(0x163e6e);
  th->predikat[KJ_BAIK] = hex(0x5a8fc4);
  th->predikat[KJ_BUTUH_PERBAIKAN] = hex(0xf3dc8a);
  th->predikat[KJ_KURANG] = hex(0xef9a50);
  th->predikat[KJ_SANGAT_KURANG] = hex(0xc0413a);
  /* Okabe-Ito without yellow (too light on white); black is the city. */
  th->series[0] = hex(0x0072b2);
  th->series[1] = hex(0xd55e00);
  th->series[2] = hex(0x009e73);
  th->series[3] = hex(0xcc79a7);
  th->series[4] = hex(0xe69f00);
  th->series[5] = hex(0x56b4e9);
  th->series[6] = hex(0x8c6d31);
  return th;
}

/* ColorBrewer RdBu, 11 classes, from -1 (red) to +1 (blue). */
static const unsigned rdbu[11] = {0x67001f, 0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xf7f7f7,
                                  0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac, 0x053061};

kj_rgb kj_theme_diverging(double d, double dmax) {
  if (!isfinite(d)) return hex(0xeeeeee);
  if (!(dmax > 0)) dmax = 1.0;
  double t = d / dmax;
  if (t < -1) t = -1;
  if (t > 1) t = 1;
  /* Use the inner 9 classes: the darkest ends make values in the cells
   * hard to read even in white. */
  double pos = (t + 1.0) * 4.0 + 1.0; /* 1 .. 9 */
  int i = (int)floor(pos);
  if (i >= 9) i = 8;
  double f = pos - i;
  kj_rgb a = hex(rdbu[i]), b = hex(rdbu[i + 1]);
  kj_rgb c = {a.r + (b.r - a.r) * f, a.g + (b.g - a.g) * f, a.b + (b.b - a.b) * f};
  return c;
}

static double lin(double c) { return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4); }

int kj_theme_dark(kj_rgb c) {
  double y = 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  /* Contrast against white (1.05 / (y + .05)) vs against near-black. */
  double on_white = 1.05 / (y + 0.05);
  double on_black = (y + 0.05) / 0.06;
  return on_white > on_black;
}

kj_rgb kj_theme_tint(kj_rgb c, double t) {
  kj_rgb o = {c.r + (1 - c.r) * t, c.g + (1 - c.g) * t, c.b + (1 - c.b) * t};
  return o;
}
