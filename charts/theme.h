/* theme.h — the one visual theme of every chart (internal to charts/).
 *
 * Sizes are in points (1/72 in), the unit of the drawing: PNG output scales
 * them by kj_chart_out.png_scale. Colours were chosen so that every chart
 * stays readable printed in greyscale and for colour-blind readers: the five
 * predikat have five clearly different lightness levels (L* 26/58/88/71/46,
 * checked against a deuteranopia simulation), series use the Okabe-Ito
 * colours together with distinct markers and dash patterns, and Cohen's d
 * uses ColorBrewer's RdBu with the value printed in every cell.
 */
#ifndef KJ_CHARTS_THEME_H
#define KJ_CHARTS_THEME_H

#include "domain/enums.h"

typedef struct kj_rgb {
  double r, g, b; /* 0..1 */
} kj_rgb;

#define KJ_THEME_SERIES 7

typedef struct kj_theme {
  const char *font; /* pango family */
  /* font sizes (pt) */
  double size_title, size_subtitle, size_axis_title, size_tick, size_label, size_value, size_note,
      size_cell;
  /* spacing (pt) */
  double margin;           /* page margin on every side */
  double gap;              /* between blocks (title, legend, plot, footer) */
  double pad;              /* between a label and what it labels */
  double row_min, row_max; /* height of a bar row */
  double bar_frac;         /* bar thickness as a share of the row */
  double label_frac;       /* widest share of the width given to row labels */
  double line_thin, line_axis, line_series, line_ref;
  /* colours */
  kj_rgb ink;        /* titles, values */
  kj_rgb ink_soft;   /* subtitles, notes, tick labels */
  kj_rgb grid;       /* grid lines */
  kj_rgb axis;       /* axis lines */
  kj_rgb bar;        /* the one measure colour */
  kj_rgb bar_dark;   /* whiskers, outlines */
  kj_rgb highlight;  /* one highlighted item (weakest unsur, flagged unit) */
  kj_rgb muted_fill; /* greyed rows */
  kj_rgb muted_ink;
  kj_rgb reference;  /* city mean line */
  kj_rgb band;       /* CI band of the city / allowed range */
  kj_rgb pass, fail; /* compliance marks */
  kj_rgb predikat[KJ_PREDIKAT_N];
  kj_rgb series[KJ_THEME_SERIES];
} kj_theme;

/* The theme with font family `font` (NULL = DejaVu Sans). Returns a pointer
 * to storage owned by the caller's struct `th`. */
const kj_theme *kj_theme_init(kj_theme *th, const char *font);

/* Colour for Cohen's d on the diverging RdBu scale saturating at |d| = dmax;
 * negative values red, positive blue, 0 near white. NaN gives light grey. */
kj_rgb kj_theme_diverging(double d, double dmax);
/* 1 when text on background c should be white (WCAG contrast), else 0. */
int kj_theme_dark(kj_rgb c);
/* Mixes c with white: t = 0 gives c, t = 1 white. */
kj_rgb kj_theme_tint(kj_rgb c, double t);

#endif
