/* chart.h — the charts of kinerja, drawn with cairo and pango.
 *
 * One render function per chart kind. Each takes a plain spec struct that
 * holds numbers analysis already computed (means, CI bounds, shares, rule
 * thresholds, d values, flags) and labels; the chart code only lays them out
 * and computes no statistics. The same drawing code writes PNG (2x scale, for
 * embedding in workbooks), SVG and PDF, to a file (written atomically) or to
 * memory.
 *
 * Missing values: a double that is legitimately missing is NaN (drawn as
 * "data tidak cukup" / a gap); each kind says which fields may be NaN. A spec
 * the chart cannot honestly draw (NaN where a value is required, ci_low >
 * ci_high, shares not summing to 1, ...) is rejected with KJ_DATA and a
 * message naming the row and field, before anything is written.
 *
 * Ownership: specs and options are borrowed for the duration of the call.
 * What a render function stores in kj_chart_result belongs to the caller and
 * is released with kj_chart_result_free.
 */
#ifndef KJ_CHARTS_CHART_H
#define KJ_CHARTS_CHART_H

#include <stddef.h>

#include "domain/enums.h"
#include "util/status.h"
#include "util/text.h"

typedef enum kj_chart_format {
  KJ_CHART_PNG,
  KJ_CHART_SVG,
  KJ_CHART_PDF,
  KJ_CHART_FORMAT_N
} kj_chart_format;

/* File extension of a format without the dot ("png"); "?" when out of range. */
const char *kj_chart_format_ext(kj_chart_format f);
/* Parses "png", "svg" or "pdf" (any case); returns -1 for anything else. */
int kj_chart_format_parse(const char *s);

/* Output options, shared by every kind. Zero-initialise and fill what you need. */
typedef struct kj_chart_out {
  kj_chart_format format;
  const char *path;     /* file written atomically (temp + rename); NULL: bytes in res->data */
  double width;         /* points; 0 = the kind's default (680) */
  double height;        /* points; 0 = natural height for the content (grows with rows) */
  double png_scale;     /* pixels per point for PNG; 0 = 2 */
  kj_lang lang;         /* text drawn by the chart itself (axis titles, legend, notes) */
  const char *font;     /* pango family; NULL = "DejaVu Sans" */
  const char *date;     /* "YYYY-MM-DD" taken from the data; PDF creation date (required for PDF) */
  const char *title;    /* NULL = the kind's default title in lang */
  const char *subtitle; /* period and scope, e.g. "Tahun 2024"; may be NULL */
  const char *source;   /* data source for the footer; required */
  const char *note;     /* one more footer line (e.g. "IKP = konversi angka kredit"); may be NULL */
  const char *author;   /* PDF metadata author (the agency); may be NULL */
} kj_chart_out;

/* What a chart drew, for tests and for the report text that refers to it. */
typedef enum kj_chart_mark_kind {
  KJ_MARK_CITY,     /* city (reference) value: line or marker */
  KJ_MARK_MIN,      /* lower bound of an allowed range (curve rule) */
  KJ_MARK_MAX,      /* upper bound of an allowed range (curve rule) */
  KJ_MARK_GRADE,    /* grade threshold (SKM) */
  KJ_MARK_STRENGTH, /* heatmap cell labelled KEKUATAN */
  KJ_MARK_WEAKNESS, /* heatmap cell labelled KELEMAHAN */
  KJ_MARK_FLAG      /* flag cut-off line (sebaran) */
} kj_chart_mark_kind;

typedef struct kj_chart_mark {
  kj_chart_mark_kind kind;
  int row;      /* spec row/item index it belongs to; -1 = whole chart */
  int col;      /* heatmap column, predikat index (kurva) or -1; axis 0/1 for sebaran flags */
  double value; /* position in data units (share 0..1 for curve rules) */
} kj_chart_mark;

#define KJ_CHART_MAX_TICKS 16
typedef struct kj_chart_ticks {
  int n;                        /* number of ticks, 0 when the axis is not drawn */
  double v[KJ_CHART_MAX_TICKS]; /* tick values, increasing */
  double lo, hi;                /* axis range */
  double step;                  /* distance between ticks */
  int decimals;                 /* digits after the decimal comma in tick labels */
} kj_chart_ticks;

typedef struct kj_chart_result {
  double width_pt, height_pt; /* page size in points (height may have grown with rows) */
  int width_px, height_px;    /* PNG pixel size (scale x points); 0 for SVG and PDF */
  int pages;                  /* 1 */
  unsigned char *data;        /* the output bytes when kj_chart_out.path is NULL; owned by the
                                 result, valid until kj_chart_result_free */
  size_t len;                 /* bytes produced (written to the file or in data) */
  int n_rows;                 /* rows, bars, series or points laid out */
  int *order;                 /* order[i] = spec index drawn at position i (top/left first) */
  unsigned char *muted;       /* by spec index: drawn greyed (insufficient data) */
  unsigned char *flagged;     /* by spec index: highlighted (outside band, weakest, flagged) */
  kj_chart_ticks axis[2];     /* [0] value axis (x of bars / y of lines), [1] second axis */
  int n_marks;
  kj_chart_mark *marks; /* reference lines, thresholds and cell marks */
  int n_texts;
  char **texts;    /* every string drawn, in drawing order (UTF-8) */
  int n_shortened; /* labels that had to be ellipsized */
} kj_chart_result;

/* Releases everything a render stored in r and zeroes it. NULL-safe. */
void kj_chart_result_free(kj_chart_result *r);
/* 1 when some drawn string equals s exactly, else 0. */
int kj_chart_result_has_text(const kj_chart_result *r, const char *s);

/* Heckbert's "nice numbers" ticks covering [lo, hi] with about `target`
 * ticks (2..KJ_CHART_MAX_TICKS). Degenerate input (lo == hi, NaN) gives a
 * sensible unit range around the value. Never fails. */
void kj_chart_nice_ticks(double lo, double hi, int target, kj_chart_ticks *t);

/* A number as the charts print it: kj_fmt_num with a real minus sign
 * (U+2212). NaN gives an en dash. Returns out. */
char *kj_chart_num(char *out, size_t cap, double v, int decimals, kj_lang lang);

#include "charts/chart_spec.h"

#endif
