/* wb_private.h — internals shared by reports/wb_*.c; sheet builders use
 * workbook.h only. Declares the workbook and sheet structs, the sticky error
 * helpers, the format registry accessors and the column-width bookkeeping.
 */
#ifndef KJ_REPORTS_WB_PRIVATE_H
#define KJ_REPORTS_WB_PRIVATE_H

#include <xlsxwriter.h>

#include "reports/workbook/workbook.h"

#define WB_MAX_ROWS 1048576 /* Excel 2007+ */
#define WB_MAX_COLS 16384
#define WB_WIDTH_MIN 6.0 /* column width clamp, characters */
#define WB_WIDTH_MAX 60.0
#define WB_ROW_PX 20 /* default row height: 15 pt = 20 px */

/* Formats used only inside conditional formats (dxf), not by cells. */
typedef enum wb_cf_fmt {
  WB_CF_GOOD,
  WB_CF_BAD,
  WB_CF_NEUTRAL,
  WB_CF_UP_GOOD,   /* "▲ " prefix, green */
  WB_CF_UP_BAD,    /* "▲ " prefix, red */
  WB_CF_DOWN_GOOD, /* "▼ " prefix, green */
  WB_CF_DOWN_BAD,  /* "▼ " prefix, red */
  WB_CF_FLAT,      /* "► " prefix, grey */
  WB_CF_N
} wb_cf_role;

/* A title, subtitle or table-header cell whose row height is fitted at
 * close, when the column widths are known; a row gets the tallest of its
 * bands. */
typedef struct wb_band {
  int row, first_col, ncols;
  size_t chars;   /* UTF-16 units of the text */
  double font_pt; /* font size of its format */
  int bold;
} wb_band;

/* A chart or image, for planning page breaks around it. */
typedef struct wb_obj {
  int row, col;
  double w_px, h_px;
} wb_obj;

struct kj_wb_sheet {
  kj_wb *wb;
  lxw_worksheet *ws;
  char *name;
  double *width;        /* measured width per column, characters; 0: untouched */
  double *extra;        /* characters added to a measured width (trend arrows) */
  unsigned char *fixed; /* 1: width set by kj_wb_col_width or a column spec */
  lxw_format **colfmt;  /* a column's cell format (kj_wb_col_input), NULL: none */
  int ncols_alloc;
  wb_band *bands;
  int nbands, bands_cap;
  wb_obj *objs;
  int nobjs, objs_cap;
  int last_row;       /* highest row written or formatted, -1: none */
  int repeat_row;     /* header row printed on every page, -1: none */
  int frozen;         /* panes frozen and header repeated (first table) */
  int has_autofilter; /* libxlsxwriter allows one per sheet */
  int stream;         /* constant_memory sheet (kj_wb_sheet_add_stream): rows in order */
  int band_row;       /* stream: row whose height was set last, -1 none */
  double band_pt;     /* stream: that height */
};

struct kj_wb {
  lxw_workbook *book;
  char *path;   /* final path */
  char *tmp;    /* temporary file libxlsxwriter writes */
  char *tmpdir;  /* libxlsxwriter's scratch files: /dev/shm/kinerja-*, tmp + ".d", else the
                  * directory of path (wb_scratch.c) */
  int own_tmpdir; /* tmpdir was made here and is removed with the workbook */
  int tmpdir_lock; /* descriptor holding the flock on a RAM-disk tmpdir, -1: none */
  kj_lang lang;
  kj_error err;                    /* sticky: first failure of a content call */
  lxw_format *fmt[KJ_WB_FMT_N][2]; /* [role][total variant] */
  lxw_format *cf[WB_CF_N];
  lxw_format *in_fmt[2];           /* data entry: text '@', date (wb_input.c) */
  kj_wb_sheet **sheets;
  int nsheets, sheets_cap;
};

/* ---- wb_book.c ---- */
/* Records the first failure (later ones are dropped) and returns the status
 * now held by wb. */
kj_status wb_fail(kj_wb *wb, kj_status s, const char *fmt, ...) KJ_PRINTF(3, 4);
/* Converts a libxlsxwriter error of `what` on sheet sh (cell row/col when
 * row >= 0) into a sticky kj_status; LXW_NO_ERROR returns KJ_OK. */
kj_status wb_lxw(kj_wb_sheet *sh, lxw_error e, int row, int col, const char *what);
/* kj_status for an lxw_error: KJ_IO for file/zip errors, else KJ_INTERNAL. */
kj_status wb_lxw_status(lxw_error e);
/* After a failed libxlsxwriter call whose errno was sys: records "the disk
 * is full" (KJ_IO) when sys is ENOSPC/EDQUOT or the output's disk has
 * (nearly) no space left, and returns 1; else 0 and records nothing. */
int wb_fail_disk_full(kj_wb *wb, int sys);
/* 1 while no content call has failed. */
int wb_ok(const kj_wb *wb);

/* ---- wb_format.c ---- */
void wb_formats_init(kj_wb *wb);
/* The registered format of role fmt (with KJ_WB_TOTAL honoured); AUTO must
 * have been resolved by the caller. NULL for GENERAL without TOTAL. */
lxw_format *wb_fmt(kj_wb *wb, kj_wb_fmt fmt);
lxw_format *wb_cf_fmt(kj_wb *wb, wb_cf_role which);
/* Display width in characters of v shown with role fmt. */
double wb_num_width(kj_wb_fmt fmt, double v);
/* Font size (pt) of role fmt, for row heights. */
double wb_fmt_font_pt(kj_wb_fmt fmt);

/* ---- wb_sheet.c ---- */
/* 1 when (row, col) is inside the sheet; otherwise records a sticky
 * KJ_INTERNAL naming `what` and returns 0. */
int wb_cell_ok(kj_wb_sheet *sh, int row, int col, const char *what);
/* Makes room for per-column state up to col. */
void wb_grow_cols(kj_wb_sheet *sh, int col);
/* "B7" for messages. */
const char *wb_cell_name(int row, int col, char *buf, size_t cap);
/* Raises the measured width of col to at least chars (clamped at close). */
void wb_measure(kj_wb_sheet *sh, int col, double chars);
/* Applies widths and band heights; called by kj_wb_close. */
void wb_sheet_finish(kj_wb_sheet *sh);
void wb_sheet_free(kj_wb_sheet *sh);
/* Width in characters of a column at close (measured or default 8.43). */
double wb_col_width(const kj_wb_sheet *sh, int col);

/* Adds `chars` to the width measured for col (e.g. for a prefix that a
 * conditional format shows); the largest request wins. */
void wb_widen(kj_wb_sheet *sh, int col, double chars);
/* Records a chart or image anchored at (row, col). */
void wb_add_object(kj_wb_sheet *sh, int row, int col, double w_px, double h_px);
/* Records a band (see wb_band). */
void wb_add_band(kj_wb_sheet *sh, int row, int first_col, int ncols, const char *text,
                 double font_pt, int bold);

/* ---- wb_print.c ---- */
/* Places manual page breaks so that no chart or image straddles a printed
 * page; rows[i] has height heights_pt[i] (ascending rows, others default). */
void wb_plan_pages(kj_wb_sheet *sh, const int *rows, const double *heights_pt, int n);

/* ---- wb_verify.c ---- */
/* Reads the zip at tmp back: readable, CRCs right, every XML part ends with
 * its root's end tag, every PNG with IEND. KJ_IO naming `path` otherwise. */
kj_status wb_verify_zip(const char *tmp, const char *path, kj_error *err);

/* wb_scratch.c: chooses and makes wb->tmpdir (wb->tmp and wb->path set),
 * and removes it. */
void wb_scratch_open(kj_wb *wb);
void wb_scratch_close(kj_wb *wb);
/* The directory path is in, "." for a bare name (newly allocated). */
char *wb_dir_of(const char *path);

/* wb_zip.c: makes libxlsxwriter's zip use the fast deflate level; called
 * before a workbook is started. */
kj_status wb_zip_init(kj_error *err);

/* ---- wb_name.c ---- */
/* Number of UTF-16 units of the valid UTF-8 string s (for Excel's limits). */
size_t wb_utf16_len(const char *s);
/* Excel's case-insensitive name comparison (see kj_wb_sheet_name_check). */
int wb_same_name(const char *a, const char *b);

/* ---- wb_cell.c ---- */
/* Widest line of s in characters (lines split at '\n'). */
size_t wb_text_width(const char *s);
/* Parses exactly "YYYY-MM-DD" into a real calendar date; 1 on success. */
int wb_parse_ymd(const char *s, int *y, int *m, int *d);
/* A copy of s fit for worksheet_write_string (UTF-8 checked, cut at Excel's
 * limit, "_xHHHH_" escaped), or NULL with a sticky KJ_DATA error naming the
 * cell. Caller frees. */
char *wb_clean_text(kj_wb_sheet *sh, int row, int col, const char *s);
/* kj_wb_text with the width measurement under the caller's control. */
kj_status wb_write_text(kj_wb_sheet *sh, int row, int col, const char *s, kj_wb_fmt fmt,
                        int measure);

#endif
