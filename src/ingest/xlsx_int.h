/* xlsx_int.h — internals shared by the xlsx_*.c files; not part of the API.
 *
 * The reader is split by concern: xlsx_zip.c (the zip container and the
 * chunked expat loop), xlsx_book.c (workbook, relationships, styles),
 * xlsx_text.c (shared strings, the string-item collector, _xHHHH_ escapes,
 * dates), xlsx_sheet.c (the worksheet stream and cell values) and xlsx.c
 * (open/close). Names here use the prefix kj_xl_.
 */
#ifndef KJ_XLSX_INT_H
#define KJ_XLSX_INT_H

#include <expat.h>
#include <minizip/unzip.h>
#include <stddef.h>

#include "ingest/xlsx.h"
#include "util/buf.h"
#include "util/status.h"

/* Bytes handed to expat per call. */
#define KJ_XL_CHUNK 65536
/* Caps against absurd (or hostile) files; each one is reported, not truncated. */
#define KJ_XL_MAX_SST 16777216L                  /* shared strings */
#define KJ_XL_MAX_SST_BYTES (512L * 1024 * 1024) /* all shared-string text */
#define KJ_XL_MAX_ROW_BYTES (64L * 1024 * 1024)  /* all text of one row */
#define KJ_XL_MAX_XF 65536L                      /* cellXfs entries, custom numFmts */
#define KJ_XL_MAX_ITEMS 65536L                   /* sheets, relationships */

/* A workbook held in memory, read through minizip's I/O callbacks. */
typedef struct kj_xl_mem {
  const unsigned char *data;
  size_t len;
  size_t pos;
} kj_xl_mem;

/* Collects the text of one string item (<si> or <is>): the <t> elements
 * directly in it or in rich-text runs <r>, not the phonetic runs <rPh>. */
typedef struct kj_xl_str {
  kj_buf out;    /* decoded text of the item so far */
  kj_buf t;      /* raw text of the current <t> */
  int in_t;      /* inside a <t> that counts */
  int rph_depth; /* > 0 inside <rPh> */
  int preserve;  /* current <t> has xml:space="preserve" */
} kj_xl_str;

/* The first member of every expat user-data struct, so the shared handlers
 * (DTD refusal, failure) can reach the parser and the error slot. */
typedef struct kj_xl_ctx {
  XML_Parser p;
  struct kj_xlsx *x;
  const char *part; /* zip path of the part being parsed */
  int failed;       /* a handler called kj_xl_fail */
  kj_error err;     /* its message */
} kj_xl_ctx;

/* State of the worksheet stream (xlsx_sheet.c). */
typedef struct kj_xl_sheet {
  kj_xl_ctx c;
  int in_data;     /* inside <sheetData> */
  int in_row;      /* inside <row> */
  int in_cell;     /* inside <c> */
  int in_v;        /* inside the cell's <v> */
  int in_is;       /* inside the cell's <is> */
  int row_ready;   /* a complete row waits in `row` */
  long last_row;   /* row number of the previous <row>, 0 before the first */
  int next_col;    /* column of the next cell without r= (0-based) */
  int col;         /* column of the current cell */
  char ctype[16];  /* t= of the current cell ("" = n) */
  long style;      /* s= of the current cell */
  int has_v;       /* a <v> was seen */
  int has_is;      /* an <is> was seen */
  kj_buf v;        /* text of <v> */
  kj_xl_str is;    /* inline string */
  kj_buf text;     /* the current row's own cell texts, NUL-separated */
  size_t *off;     /* per cell: offset in text, or SIZE_MAX (text is a pointer) */
  kj_xcell *cells; /* per cell, capacity cap */
  int cap;
  int ncells;  /* 1 + highest column set in the current row */
  kj_xrow row; /* what kj_xlsx_next hands out */
} kj_xl_sheet;

struct kj_xlsx {
  char *file;       /* path or name, for messages */
  char *sheet;      /* selected sheet's name */
  char *sheet_part; /* its zip path */
  char **sheet_names; /* every worksheet (not chart sheet), in workbook order */
  long n_sheet_names;
  unzFile zip;
  kj_xl_mem mem; /* source of kj_xlsx_open_mem */
  int part_open; /* a zip entry is open for reading */
  int date1904;  /* workbookPr date1904 */
  char **sst;    /* shared strings, sst[i] points into sst_text */
  long n_sst;
  kj_buf sst_text;        /* all shared strings, each NUL-terminated */
  unsigned char *xf_date; /* per cellXfs index: 1 = a date/time number format */
  long n_xf;
  kj_xl_sheet sh;
  int sheet_started; /* the worksheet part is open and fed to sh.c.p */
  int final_fed;     /* the last chunk has been given to expat */
  int state;         /* 0 reading, 1 end of sheet, -1 failed */
  kj_error fail;     /* the failure repeated by later kj_xlsx_next calls */
};

/* --- xlsx_zip.c --- */
/* Opens the zip of x (x->mem.data set = memory, else path). KJ_IO/KJ_DATA. */
kj_status kj_xl_zip_open(struct kj_xlsx *x, const char *path, kj_error *err);
/* Opens entry `name` (case-insensitive). 1 = open, 0 = no such entry,
 * -1 = error in err. Only one entry is open at a time. */
int kj_xl_part_open(struct kj_xlsx *x, const char *name, kj_error *err);
/* Reads up to n bytes of the open entry: count, 0 at its end, -1 = error. */
int kj_xl_part_read(struct kj_xlsx *x, const char *name, void *buf, int n, kj_error *err);
/* Closes the open entry; after a full read, checks its CRC (-1 = error). */
int kj_xl_part_close(struct kj_xlsx *x, const char *name, kj_error *err);
/* A namespace-aware parser (names are "URI|local") that refuses DTDs, with
 * c as user data and c->p set. */
XML_Parser kj_xl_parser_new(kj_xl_ctx *c, XML_StartElementHandler start, XML_EndElementHandler end,
                            XML_CharacterDataHandler chars);
/* Parses the whole part c->part with c->p. *found = 0 when the part does not
 * exist (not an error). KJ_OK, else KJ_DATA/KJ_IO with the message in err. */
kj_status kj_xl_parse_part(kj_xl_ctx *c, int *found, kj_error *err);
/* Turns the state of c->p after XML_STATUS_ERROR into a message in err. */
kj_status kj_xl_xml_error(kj_xl_ctx *c, kj_error *err);
/* Records a handler failure and stops the parser (not resumable). */
void kj_xl_fail(kj_xl_ctx *c, kj_status s, const char *fmt, ...) KJ_PRINTF(3, 4);
/* The local part of an expanded name ("URI|row" -> "row"). */
const char *kj_xl_local(const char *name);
/* Value of the attribute with local name `local` (and a namespace when ns),
 * or NULL. */
const char *kj_xl_attr(const char **atts, const char *local, int ns);
/* Resolves a relationship target against the directory of the source part:
 * ("xl/workbook.xml", "worksheets/s1.xml") -> "xl/worksheets/s1.xml";
 * absolute "/xl/..." drops the slash; "." and ".." are applied. Caller frees. */
char *kj_xl_resolve(const char *source, const char *target);

/* --- xlsx_book.c --- */
/* Finds and parses the workbook, its relationships and styles; selects the
 * sheet (NULL = first) and sets x->sheet, x->sheet_part, x->date1904,
 * x->xf_date; loads shared strings. */
kj_status kj_xl_book_load(struct kj_xlsx *x, const char *sheet, kj_error *err);
/* 1 when the custom number format code shows a date or time. */
int kj_xl_fmt_is_date(const char *code);
/* 1 when the built-in number format id is a date or time format. */
int kj_xl_builtin_is_date(long id);

/* --- xlsx_text.c --- */
void kj_xl_str_reset(kj_xl_str *s);
void kj_xl_str_free(kj_xl_str *s);
/* Feed elements/characters inside the item (not the item element itself).
 * kj_xl_str_chars returns -1 when the text would pass KJ_XLSX_MAX_STRING. */
void kj_xl_str_start(kj_xl_str *s, const char *local, const char **atts);
void kj_xl_str_end(kj_xl_str *s, const char *local);
int kj_xl_str_chars(kj_xl_str *s, const char *text, int len);
/* Appends s[0..n) to out with _xHHHH_ escapes decoded. */
void kj_xl_unescape(kj_buf *out, const char *s, size_t n);
/* Loads the shared strings part (absent = none). */
kj_status kj_xl_sst_load(struct kj_xlsx *x, const char *part, kj_error *err);
/* Formats serial day number v of the date system as ISO text into out.
 * Returns 0, or -1 when v is outside 1900-01-00 .. 9999-12-31. */
int kj_xl_serial_to_iso(double v, int date1904, char out[32]);
/* Parses ISO 8601 "YYYY-MM-DD[THH:MM[:SS[.fff]]][Z|+hh:mm]" into normalised
 * text and serial number. Returns 0 or -1 when it is not such a date. */
int kj_xl_iso_to_serial(const char *s, int date1904, char out[32], double *serial);

/* --- xlsx_sheet.c --- */
/* Creates the worksheet parser (at open) and frees the stream state. */
void kj_xl_sheet_init(struct kj_xlsx *x);
void kj_xl_sheet_free(struct kj_xlsx *x);

#endif
