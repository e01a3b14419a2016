/* workbook.h — the workbook layer every kinerja report is built on.
 *
 * reports/ lays out results that analysis computed; it never runs SQL and
 * never calls GSL. This layer is the only code that includes xlsxwriter.h
 * (libxlsxwriter 1.1.4). It gives the sheet builders (briefing, per-OPD
 * report, multi-year study) one way to do each thing so that every workbook
 * looks the same and obeys reports.md "Common to every workbook":
 *
 *   kj_wb_new ──> kj_wb_sheet_add ──> kj_wb_title ──> kj_wb_table / cells
 *        │                              kj_wb_chart / kj_wb_image / kj_wb_cf
 *        └──> kj_wb_close (atomic rename) or kj_wb_abort
 *
 * Formats are defined once per workbook in a registry and asked for by role
 * (kj_wb_fmt); builders never create formats. Every sheet gets the same print
 * setup (A4 landscape, one page wide, repeated table header, page footer),
 * and a sheet with charts or images gets page breaks that keep each of them
 * whole on paper.
 * Text is always written as a string cell, never as a formula, even when it
 * begins with '=', '+', '-' or '@' (cli.md). Non-finite numbers become blank
 * cells (or a caller-chosen text such as "–"), never NaN.
 *
 * Errors. kj_wb_new and kj_wb_sheet_add report through their kj_error and
 * leave nothing behind on failure. Every other call writes content; its first
 * failure is kept in the workbook ("sticky", like cairo's status): later
 * content calls do nothing, kj_wb_status reports it, and kj_wb_close then
 * discards the file and returns it. So a builder may write a whole sheet and
 * check once at the end. Row/column arguments are 0-based.
 *
 * Ownership. The workbook owns its sheets, formats, charts and images; they
 * live until kj_wb_close or kj_wb_abort, which free everything. All pointer
 * arguments are borrowed for the duration of the call only: libxlsxwriter
 * 1.1.4 copies strings, and worksheet_insert_image_buffer_opt copies the
 * image bytes (calloc + memcpy, checked in the 1.1.4 binary), so a PNG buffer
 * may be freed as soon as kj_wb_image returns.
 *
 * Reproducibility. Two runs with the same content give byte-identical files:
 * the creation date is data (kj_wb_props.created), and libxlsxwriter 1.1.4
 * stamps every zip entry with the fixed date 1980-01-01 (packager.c).
 */
#ifndef KJ_REPORTS_WORKBOOK_H
#define KJ_REPORTS_WORKBOOK_H

#include <stddef.h>
#include <stdint.h>

#include "util/status.h"
#include "util/table.h"
#include "util/text.h"

typedef struct kj_wb kj_wb;             /* an open workbook (opaque) */
typedef struct kj_wb_sheet kj_wb_sheet; /* a worksheet, owned by its kj_wb */

#define KJ_WB_DEFAULT_AUTHOR "BKPSDM Kota Padangsidimpuan"
#define KJ_WB_SHEET_NAME_MAX 31   /* Excel's limit, in UTF-16 units */
#define KJ_WB_CELL_TEXT_MAX 32767 /* Excel's cell text limit, UTF-16 units */

/* ---- Workbook ----------------------------------------------------------- */

typedef struct kj_wb_props {
  const char *title;    /* document title, e.g. "Briefing Pimpinan 2025" */
  const char *subject;  /* NULL: none */
  const char *author;   /* the agency; NULL: KJ_WB_DEFAULT_AUTHOR */
  const char *keywords; /* NULL: none */
  const char *company;  /* NULL: none */
  const char *created;  /* "YYYY-MM-DD" from the data (UTC midnight), required,
                           1980-01-01 or later: it fixes the bytes of the file */
  kj_lang lang;         /* language of the footer and the layer's own words */
} kj_wb_props;

/* Starts a workbook that will replace `path` when closed. Writes go to a
 * fresh temporary file next to path (kj_tmp_path), so an interrupted run never
 * leaves a truncated workbook and never damages an existing file. Forces the
 * process's LC_NUMERIC to "C" (libxlsxwriter 1.1.4 prints numbers with
 * printf; a comma decimal corrupts the file) and checks that it took effect.
 * Returns NULL with err set: KJ_IO when the temporary file cannot be created,
 * KJ_INTERNAL for missing or invalid props (e.g. a bad creation date) or a
 * numeric locale that cannot be made "C". The caller ends the workbook with
 * exactly one of kj_wb_close or kj_wb_abort. */
kj_wb *kj_wb_new(const char *path, const kj_wb_props *props, kj_error *err);

/* Finishes the workbook: applies column widths, row heights and page
 * breaks, writes the file (workbook_close), reads it back (libxlsxwriter
 * 1.1.4 does not notice a full disk while it assembles the parts), syncs it
 * and renames it over the target path. On any failure — a sticky error from
 * an earlier call, an lxw_error converted with lxw_strerror (KJ_IO for file
 * and zip errors), or a damaged file (KJ_IO) — the temporary file is removed
 * and the target is left as it was. Frees wb in every case; NULL-safe
 * (returns KJ_OK). */
kj_status kj_wb_close(kj_wb *wb, kj_error *err);

/* Discards the workbook: frees it and removes the temporary file; the
 * target path is untouched. NULL-safe. */
void kj_wb_abort(kj_wb *wb);

/* The first failure of a content call (KJ_OK while healthy); copies its
 * message into err when err is not NULL. */
kj_status kj_wb_status(const kj_wb *wb, kj_error *err);

kj_lang kj_wb_lang(const kj_wb *wb);

/* ---- Formats (one registry per workbook, asked for by role) -------------- */

typedef enum kj_wb_fmt {
  KJ_WB_AUTO = 0, /* by kind of value: text -> TEXT, integer -> INT, real -> GENERAL */
  KJ_WB_GENERAL,  /* number without a fixed format */
  KJ_WB_TEXT,     /* plain text */
  KJ_WB_WRAP,     /* long text, wrapped in its column */
  KJ_WB_INT,      /* #,##0 — counts */
  KJ_WB_DEC1,     /* 0.0 — means, IKP points */
  KJ_WB_DEC2,     /* 0.00 */
  KJ_WB_DEC3,     /* 0.000 — effect sizes, correlations */
  KJ_WB_PCT1,     /* 0.0% — a share stored as 0..1 */
  KJ_WB_PVAL,     /* 0.000 for p and q values, shown "<0.001" below that */
  KJ_WB_DATE,     /* a date cell: dd/mm/yyyy (id) or yyyy-mm-dd (en) */
  KJ_WB_GOOD,     /* text on the green "good" fill */
  KJ_WB_BAD,      /* text on the red "bad" fill */
  KJ_WB_NEUTRAL,  /* text on the amber "neutral" fill */
  KJ_WB_HEADER,   /* table header: bold, white on dark blue, wrapped */
  KJ_WB_TITLE,    /* sheet title (large bold); used by kj_wb_title */
  KJ_WB_SUBTITLE, /* period and data source under the title */
  KJ_WB_NOTE,     /* small grey note; overflows, does not widen its column */
  KJ_WB_HEADING,  /* section heading inside a sheet: bold, title colour; overflows
                     to the right like a note, does not widen its column */
  KJ_WB_FMT_N,
  KJ_WB_TOTAL = 0x100 /* flag: OR with a data role for the bold total-row variant */
} kj_wb_fmt;

/* ---- Sheets ------------------------------------------------------------- */

/* Checks that name can be a new sheet of wb: valid UTF-8, 1..31 characters
 * (UTF-16 units, as Excel counts), none of []:*?/\ or control characters,
 * not beginning or ending with an apostrophe, not "History" (reserved by
 * Excel), and not already used (case-insensitively, as Excel compares:
 * ASCII, Latin-1 and Latin Extended-A letters are folded). Returns KJ_OK, or
 * KJ_INTERNAL with err saying which rule failed. wb may be NULL (no
 * uniqueness check). */
kj_status kj_wb_sheet_name_check(const kj_wb *wb, const char *name, kj_error *err);

/* A valid sheet name that is unused in wb, derived from arbitrary text (an
 * OPD name): invalid bytes and forbidden characters become '_', white space
 * runs become one space, edge apostrophes and spaces are dropped, the result
 * is cut to 31 characters, and " (2)", " (3)"... is appended (cutting the
 * text further) while the name is taken. Empty text gives "Lembar"/"Sheet".
 * Returns a new string (caller frees); never NULL. */
char *kj_wb_sheet_name_unique(const kj_wb *wb, const char *text);

/* Adds a worksheet named `name` (checked with kj_wb_sheet_name_check) with
 * the common print setup: A4 landscape, fit to one page wide, margins,
 * footer "Halaman &P dari &N" ("Page &P of &N" in English). Returns the sheet
 * (owned by wb), or NULL with err set; a failed add leaves wb unchanged. */
kj_wb_sheet *kj_wb_sheet_add(kj_wb *wb, const char *name, kj_error *err);

/* Adds a worksheet like kj_wb_sheet_add, but in libxlsxwriter's
 * constant_memory mode, for very large tables (reports.md: raw-data appendix
 * sheets): a row is written out to a scratch file as soon as a later row is
 * started, so memory stays flat however many rows the sheet holds. The
 * limits of that mode (libxlsxwriter 1.1.4) hold for this sheet only:
 *  - cells must be written in ascending row order; a cell above the row
 *    being written is a sticky KJ_INTERNAL error (never lost silently) —
 *    kj_wb_title and kj_wb_table write in that order;
 *  - no native Excel tables: kj_wb_table uses an autofilter instead;
 *  - title and table-header heights are set when their row is written
 *    (estimated from the widths known then), not fitted at close;
 *  - strings are stored inline in the sheet, not in the shared table.
 * libxlsxwriter 1.1.4 offers the mode per workbook only, and reads the
 * option once, when a worksheet is created (workbook_add_worksheet copies
 * it into the sheet); the layer switches it on for that call alone, so the
 * other sheets stay in normal mode. */
kj_wb_sheet *kj_wb_sheet_add_stream(kj_wb *wb, const char *name, kj_error *err);

const char *kj_wb_sheet_name(const kj_wb_sheet *sh);

/* Title block: row 0 holds the question the sheet answers (merged over
 * ncols columns, at least 6; large bold, wrapped, its height fitted at
 * close), row 1 the subtitle (period, data source / generation basis; NULL:
 * none), row 2 stays blank. Returns the next free row (3). */
int kj_wb_title(kj_wb_sheet *sh, const char *question, const char *subtitle, int ncols);

/* ---- Cells -------------------------------------------------------------- */

/* Writes text as a string cell — never a formula — with role fmt (AUTO:
 * TEXT). NULL writes a blank cell. The text must be valid UTF-8 (else a
 * sticky KJ_DATA error naming the sheet and cell); it is cut at 32,767
 * characters; "_xHHHH_" sequences are escaped so Excel shows them literally.
 * Counts toward the column width unless fmt is TITLE, SUBTITLE or NOTE. */
kj_status kj_wb_text(kj_wb_sheet *sh, int row, int col, const char *s, kj_wb_fmt fmt);

/* Writes a number with role fmt (AUTO: GENERAL). NaN and infinities write a
 * blank cell in that format, never a NaN. */
kj_status kj_wb_num(kj_wb_sheet *sh, int row, int col, double v, kj_wb_fmt fmt);

/* Writes an integer (AUTO: INT). Values of 15 or more digits (beyond
 * Excel's precision, e.g. an 18-digit NIP) are written as text so that no
 * digit is lost. */
kj_status kj_wb_int(kj_wb_sheet *sh, int row, int col, int64_t v, kj_wb_fmt fmt);

/* Writes the date "YYYY-MM-DD" as an Excel date (AUTO: DATE). A malformed
 * date is a sticky KJ_DATA error. */
kj_status kj_wb_date(kj_wb_sheet *sh, int row, int col, const char *ymd, kj_wb_fmt fmt);

/* Sets the width of columns first..last to `chars` characters, overriding
 * the width measured from content. */
kj_status kj_wb_col_width(kj_wb_sheet *sh, int first, int last, double chars);

/* ---- Conditional formats ------------------------------------------------ */

typedef enum kj_wb_cf_kind {
  KJ_WB_CF_NONE = 0,
  KJ_WB_CF_DIVERGING,   /* 3-colour scale red-white-blue (colour-blind safe,
                           ColorBrewer RdBu) around mid: effect sizes, gaps */
  KJ_WB_CF_SEQUENTIAL,  /* 3-colour scale white-light blue-blue: shares, rates */
  KJ_WB_CF_DATABAR,     /* solid blue data bars: counts and means */
  KJ_WB_CF_TREND,       /* arrows on trend labels: cells equal to `up` show
                           "▲ label", `down` "▼ label", `flat` "► label",
                           coloured good/bad (see lower_is_better) */
  KJ_WB_CF_TRAFFIC,     /* traffic lights on a number: >= hi good (green),
                           < lo bad (red), between neutral (amber); with
                           lower_is_better <= lo good, > hi bad; blank cells
                           stay uncoloured */
  KJ_WB_CF_TRAFFIC_TEXT /* traffic lights on labels: good/bad/neutral text */
} kj_wb_cf_kind;

typedef struct kj_wb_cf {
  kj_wb_cf_kind kind;
  int bounds;                       /* scales, DATABAR: 1 = lo/hi are fixed anchors;
                                       0 = the data's minimum and maximum */
  double lo, hi;                    /* those anchors; TRAFFIC: its thresholds (always) */
  double mid;                       /* DIVERGING: the neutral centre (0 when left 0);
                                       SEQUENTIAL: mid-colour at the median, or halfway
                                       between lo and hi with bounds */
  int lower_is_better;              /* TREND, TRAFFIC: small values / "down" are good */
  const char *up, *down, *flat;     /* TREND labels (NULL: not used) */
  const char *good, *bad, *neutral; /* TRAFFIC_TEXT labels (NULL: not used) */
} kj_wb_cf;

/* Applies cf to the rectangle (first_row, first_col)..(last_row, last_col).
 * An empty rectangle does nothing; an invalid spec is a sticky KJ_INTERNAL. */
kj_status kj_wb_cf_apply(kj_wb_sheet *sh, int first_row, int first_col, int last_row, int last_col,
                         const kj_wb_cf *cf);

/* ---- Tables ------------------------------------------------------------- */

typedef struct kj_wb_col {
  const char *header;  /* label for people; NULL: the kj_table column name */
  kj_wb_fmt fmt;       /* role of the data cells (AUTO: by column type) */
  double width;        /* 0: from content; > 0: fixed, in characters */
  const kj_wb_cf *cf;  /* conditional format over the data cells, or NULL */
  const char *missing; /* text for missing cells (e.g. "–"); NULL: blank */
} kj_wb_col;

typedef struct kj_wb_table_opts {
  const kj_wb_col *cols; /* t->ncols specs, or NULL: headers from t, AUTO formats */
  int native;            /* 1: an Excel table (worksheet_add_table, unique
                            header names); 0: an autofilter (one per sheet) */
  int total_row;         /* 1: t's last row is a total; written bold below the
                            filtered range so sorting never moves it */
  const char *note;      /* a note under the table (source, n), or NULL */
} kj_wb_table_opts;

/* Writes table t with its header row at (row, col): header, data rows,
 * optional total row and note, as a native Excel table or with an
 * autofilter. The first table of a sheet freezes the rows above its first
 * data row and repeats its header row on every printed page. Column widths
 * come from the UTF-8 character count of the header and of the formatted
 * cells (clamped to 6..60); text columns wider than that wrap. A table with
 * no rows writes its header and a "no data" line. Returns the next free row
 * (one blank row after the table). */
int kj_wb_table(kj_wb_sheet *sh, int row, int col, const kj_table *t, const kj_wb_table_opts *opts);

/* ---- Native charts and images ------------------------------------------- */

typedef enum kj_wb_chart_kind {
  KJ_WB_CHART_BAR,    /* horizontal bars */
  KJ_WB_CHART_COLUMN, /* vertical bars */
  KJ_WB_CHART_LINE,
  KJ_WB_CHART_RADAR,
  KJ_WB_CHART_SCATTER /* markers only */
} kj_wb_chart_kind;

typedef struct kj_wb_range {
  int first_row, first_col, last_row, last_col; /* one row or one column */
} kj_wb_range;

typedef enum kj_wb_look {   /* how a LINE series is drawn */
  KJ_WB_LOOK_DEFAULT = 0,    /* a line with circle markers */
  KJ_WB_LOOK_LINE,           /* a plain line */
  KJ_WB_LOOK_DASHED,         /* a thin dashed line (limits, reference lines) */
  KJ_WB_LOOK_MARKERS         /* large diamond markers only (points to notice) */
} kj_wb_look;

typedef struct kj_wb_series {
  const char *name; /* legend entry; NULL: "Seri N" / "Series N" */
  kj_wb_range cats; /* categories (scatter: x values) */
  kj_wb_range vals; /* values; a blank cell is a gap */
  int trendline;    /* 1: a fitted linear trend line (scatter, line) */
  kj_wb_look look;  /* LINE charts */
  uint32_t color;   /* 0xRRGGBB; 0: the palette's colour for the series' place */
} kj_wb_series;

typedef struct kj_wb_chart_spec {
  kj_wb_chart_kind kind;
  int stacked;             /* BAR/COLUMN: 0 side by side, 1 stacked, 2 100 % stacked */
  const char *title;       /* required */
  const char *x_title;     /* category axis title (scatter: x axis), or NULL */
  const char *y_title;     /* value axis title, or NULL */
  const kj_wb_sheet *data; /* sheet holding the ranges; NULL: the chart's sheet */
  int nseries;
  const kj_wb_series *series;
  int y_bounds; /* 1: the value axis runs from y_min to y_max */
  double y_min, y_max;
  const char *y_numfmt; /* value axis number format (e.g. "0%"); NULL: source */
  int width, height;    /* pixels; 0: 720 x 360 */
} kj_wb_chart_spec;

/* Inserts a native Excel chart (so leaders can restyle it) with its top-left
 * corner at (row, col): title, axis titles, light value gridlines, a legend
 * only for several series, no 3-D or other chart junk. Returns the next free
 * row below the chart. */
int kj_wb_chart(kj_wb_sheet *sh, int row, int col, const kj_wb_chart_spec *chart);
/* The rows kj_wb_chart advances by for a chart of this height (0: default). */
int kj_wb_chart_rows(int height);

/* Inserts a PNG (e.g. a cairo chart rendered at 2x) from memory at (row,
 * col), scaled by `scale` (0: 1), with alt text `alt` (may be NULL). The
 * bytes are copied by libxlsxwriter; png is borrowed for the call only. A
 * buffer that is not a PNG is a sticky KJ_INTERNAL error. Returns the next
 * free row below the image. */
int kj_wb_image(kj_wb_sheet *sh, int row, int col, const unsigned char *png, size_t n, double scale,
                const char *alt);

/* ---- Data entry (wb_input.c) -------------------------------------------- */

/* Formats column col for typing: as text ('@': NIPs, codes, periods keep
 * their digits and dashes) or, with date, as a yyyy-mm-dd date; chars > 0
 * also fixes its width. */
kj_status kj_wb_col_input(kj_wb_sheet *sh, int col, int date, double chars);

/* A cell note (comment), shown when the pointer rests on the cell. */
kj_status kj_wb_note(kj_wb_sheet *sh, int row, int col, const char *text);

typedef enum kj_wb_valid_type {
  KJ_WB_V_LIST,       /* a dropdown of list (NULL-terminated; at most 255 characters in all) */
  KJ_WB_V_LIST_RANGE, /* a dropdown of the cells of formula, e.g. "=_unit!$A$2:$A$40" */
  KJ_WB_V_WHOLE,      /* a whole number from min to max */
  KJ_WB_V_DECIMAL,    /* a number from min to max */
  KJ_WB_V_DATE,       /* a date: Excel serial days min to max */
  KJ_WB_V_LENGTH      /* text of min to max characters */
} kj_wb_valid_type;

typedef struct kj_wb_valid {
  kj_wb_valid_type type;
  const char *const *list;
  const char *formula;
  double min, max;
  const char *title;   /* input message title (at most 32 characters) */
  const char *message; /* input message (at most 255 characters) */
  const char *error;   /* message when the value is refused (at most 255 characters) */
} kj_wb_valid;

/* Data validation of rows first_row..last_row of column col. */
kj_status kj_wb_validate(kj_wb_sheet *sh, int first_row, int col, int last_row,
                         const kj_wb_valid *v);

#endif
