/* xlsx_sheet.c — the worksheet stream: <sheetData><row><c> into kj_xrow.
 *
 * Pull over push: expat pushes callbacks, the caller wants to pull rows. At
 * each </row> the handler finishes the row and suspends the parser
 * (XML_StopParser resumable); kj_xlsx_next returns the row, and the next
 * call resumes expat where it stopped in the current chunk, reading another
 * chunk from the zip only when this one is used up. So one row and one
 * chunk are all the sheet ever occupies.
 *
 * Cell texts of the current row are kept in one buffer (offsets while the
 * row grows, pointers once it is complete); a shared-string cell points into
 * the shared string table instead of copying. Numbers keep the <v> text as
 * written: NIPs are 18-digit integers that a double cannot hold, and the
 * caller must be able to see that a value like 1.98609262015051E+17 already
 * lost its digits in Excel.
 */
#include "ingest/xlsx_int.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long line_of(kj_xl_sheet *sh) {
  return (unsigned long)XML_GetCurrentLineNumber(sh->c.p);
}

/* "FILE:SHEET!B7" of the current cell, for messages. */
static const char *cell_loc(kj_xl_sheet *sh, char *buf, size_t cap) {
  char ref[16];
  kj_xlsx_cell_ref(sh->row.row, sh->col, ref);
  snprintf(buf, cap, "%s:%s!%s", sh->c.x->file, sh->c.x->sheet, ref);
  return buf;
}

#define CELL_FAIL(sh, ...)                                                                         \
  do {                                                                                             \
    char loc_[1200], msg_[600];                                                                    \
    snprintf(msg_, sizeof msg_, __VA_ARGS__);                                                      \
    kj_xl_fail(&(sh)->c, KJ_DATA, "%s: %s", cell_loc((sh), loc_, sizeof loc_), msg_);              \
  } while (0)

/* A value quoted in a message: at most 40 bytes, cut at a UTF-8 character
 * boundary so the message stays valid text, with "..." when cut. */
static const char *clip(const char *v, char out[48]) {
  size_t n = strlen(v);
  if (n <= 40) return v;
  n = 40;
  while (n > 0 && ((unsigned char)v[n] & 0xC0) == 0x80) n--;
  memcpy(out, v, n);
  memcpy(out + n, "...", 4);
  return out;
}

/* A positive decimal integer of at most 9 digits with nothing around it. */
static long parse_index(const char *s) {
  long v = 0;
  int n = 0;
  for (; *s >= '0' && *s <= '9'; s++, n++) {
    if (n >= 9) return -1;
    v = v * 10 + (*s - '0');
  }
  return n && !*s ? v : -1;
}

/* "B7" -> column 1, row 7. 0 on success, -1 when it is no A1 reference. */
static int parse_ref(const char *s, int *col, long *row) {
  long c = 0;
  int nl = 0;
  for (; (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'); s++, nl++) {
    if (nl >= 3) return -1;
    c = c * 26 + ((*s | 0x20) - 'a' + 1);
  }
  long r = parse_index(s);
  if (nl == 0 || c > KJ_XLSX_MAX_COLS || r < 1 || r > KJ_XLSX_MAX_ROWS) return -1;
  *col = (int)(c - 1);
  *row = r;
  return 0;
}

static void row_begin(kj_xl_sheet *sh, const char **atts) {
  char cl[48];
  const char *r = kj_xl_attr(atts, "r", 0);
  long n = r ? parse_index(r) : sh->last_row + 1;
  if (n < 1 || n > KJ_XLSX_MAX_ROWS) {
    kj_xl_fail(&sh->c, KJ_DATA, "%s:%s: %s line %lu: row number '%s' is not valid (1 to %ld)",
               sh->c.x->file, sh->c.x->sheet, sh->c.part, line_of(sh), r ? clip(r, cl) : "(none)",
               KJ_XLSX_MAX_ROWS);
    return;
  }
  if (n <= sh->last_row) {
    kj_xl_fail(&sh->c, KJ_DATA, "%s:%s: %s line %lu: row %ld comes after row %ld", sh->c.x->file,
               sh->c.x->sheet, sh->c.part, line_of(sh), n, sh->last_row);
    return;
  }
  sh->in_row = 1;
  sh->row.row = n;
  sh->last_row = n;
  sh->next_col = 0;
  sh->ncells = 0;
  kj_buf_reset(&sh->text);
}

static void cell_begin(kj_xl_sheet *sh, const char **atts) {
  char cl[48];
  const char *r = kj_xl_attr(atts, "r", 0), *t = kj_xl_attr(atts, "t", 0);
  const char *s = kj_xl_attr(atts, "s", 0);
  if (r) {
    long rr;
    if (parse_ref(r, &sh->col, &rr) < 0) {
      kj_xl_fail(&sh->c, KJ_DATA,
                 "%s:%s: %s line %lu: cell reference '%s' in row %ld is "
                 "not valid",
                 sh->c.x->file, sh->c.x->sheet, sh->c.part, line_of(sh), clip(r, cl), sh->row.row);
      return;
    }
  } else if (sh->next_col >= KJ_XLSX_MAX_COLS) {
    kj_xl_fail(&sh->c, KJ_DATA, "%s:%s: %s line %lu: row %ld has more than %ld columns",
               sh->c.x->file, sh->c.x->sheet, sh->c.part, line_of(sh), sh->row.row,
               KJ_XLSX_MAX_COLS);
    return;
  } else {
    sh->col = sh->next_col;
  }
  sh->next_col = sh->col + 1;
  size_t tn = t ? strlen(t) : 0; /* no snprintf here: this runs for every cell */
  if (tn >= sizeof sh->ctype) tn = sizeof sh->ctype - 1; /* too long to be a known type */
  memcpy(sh->ctype, t ? t : "", tn);
  sh->ctype[tn] = '\0';
  sh->style = s ? parse_index(s) : 0; /* a bad s= only loses date detection */
  sh->has_v = 0;
  sh->has_is = 0;
  kj_buf_reset(&sh->v);
  kj_xl_str_reset(&sh->is);
  sh->in_cell = 1;
}

/* Slot for the current cell, growing the row (new slots EMPTY). */
static kj_xcell *slot(kj_xl_sheet *sh) {
  if (sh->col >= sh->cap) {
    int cap = sh->cap ? sh->cap : 32;
    while (cap <= sh->col) cap *= 2;
    if (cap > KJ_XLSX_MAX_COLS) cap = (int)KJ_XLSX_MAX_COLS;
    sh->cells = xreallocarray(sh->cells, (size_t)cap, sizeof *sh->cells);
    sh->off = xreallocarray(sh->off, (size_t)cap, sizeof *sh->off);
    sh->cap = cap;
  }
  while (sh->ncells <= sh->col) {
    sh->cells[sh->ncells] = (kj_xcell){KJ_XCELL_EMPTY, NULL, 0};
    sh->off[sh->ncells++] = SIZE_MAX;
  }
  return &sh->cells[sh->col];
}

/* Stores text (n bytes, unescaped when esc) as the current cell's own text. */
static void own_text(kj_xl_sheet *sh, kj_xcell *c, const char *text, size_t n, int esc) {
  sh->off[sh->col] = sh->text.len;
  if (esc)
    kj_xl_unescape(&sh->text, text, n);
  else
    kj_buf_append(&sh->text, text, n);
  kj_buf_putc(&sh->text, '\0');
  c->text = NULL;
}

static char *trimmed_v(kj_xl_sheet *sh) {
  char *p = sh->v.data ? sh->v.data : (char *)"";
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
  size_t n = strlen(p);
  while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\n' || p[n - 1] == '\r'))
    p[--n] = '\0';
  return p;
}

static void number_cell(kj_xl_sheet *sh, kj_xcell *c, const char *v) {
  char cl[48];
  char *end;
  double d = strtod(v, &end);
  if (end == v || *end || !isfinite(d)) {
    CELL_FAIL(sh, "number cell holds '%s', which is not a number", clip(v, cl));
    return;
  }
  struct kj_xlsx *x = sh->c.x;
  char iso[32];
  if (sh->style >= 0 && sh->style < x->n_xf && x->xf_date[sh->style] &&
      kj_xl_serial_to_iso(d, x->date1904, iso) == 0) {
    c->type = KJ_XCELL_DATE;
    own_text(sh, c, iso, strlen(iso), 0);
  } else { /* a date-formatted number outside Excel's calendar stays a number */
    c->type = KJ_XCELL_NUMBER;
    own_text(sh, c, v, strlen(v), 0);
  }
  c->num = d;
}

static void cell_end(kj_xl_sheet *sh) {
  char cl[48];
  sh->in_cell = 0;
  kj_xcell *c = slot(sh);
  *c = (kj_xcell){KJ_XCELL_EMPTY, NULL, 0};
  sh->off[sh->col] = SIZE_MAX;
  const char *t = sh->ctype;
  struct kj_xlsx *x = sh->c.x;
  if (strcmp(t, "inlineStr") == 0 && sh->has_is) {
    c->type = KJ_XCELL_STRING;
    own_text(sh, c, kj_buf_cstr(&sh->is.out), sh->is.out.len, 0);
  } else if (!sh->has_v) {
    /* a styled cell without a value */
  } else if (strcmp(t, "s") == 0) {
    const char *v = trimmed_v(sh);
    long i = parse_index(v);
    if (i < 0)
      CELL_FAIL(sh, "shared string index '%s' is not a number", clip(v, cl));
    else if (i >= x->n_sst)
      CELL_FAIL(sh, "shared string %ld does not exist (the file has %ld)", i, x->n_sst);
    else
      c->type = KJ_XCELL_STRING, c->text = x->sst[i];
  } else if (strcmp(t, "str") == 0 || strcmp(t, "inlineStr") == 0) {
    c->type = KJ_XCELL_STRING;
    own_text(sh, c, kj_buf_cstr(&sh->v), sh->v.len, 1);
  } else if (strcmp(t, "b") == 0) {
    const char *v = trimmed_v(sh);
    int b = strcmp(v, "1") == 0 || strcmp(v, "true") == 0;
    if (!b && strcmp(v, "0") != 0 && strcmp(v, "false") != 0) {
      CELL_FAIL(sh, "boolean cell holds '%s', not 0 or 1", clip(v, cl));
      return;
    }
    c->type = KJ_XCELL_BOOL;
    c->num = b;
    own_text(sh, c, b ? "TRUE" : "FALSE", b ? 4 : 5, 0);
  } else if (strcmp(t, "e") == 0) {
    c->type = KJ_XCELL_ERROR;
    own_text(sh, c, kj_buf_cstr(&sh->v), sh->v.len, 1);
  } else if (strcmp(t, "d") == 0) {
    const char *v = trimmed_v(sh);
    char iso[32];
    if (kj_xl_iso_to_serial(v, x->date1904, iso, &c->num) < 0) {
      CELL_FAIL(sh, "date cell holds '%s', which is not an ISO 8601 date", clip(v, cl));
      return;
    }
    c->type = KJ_XCELL_DATE;
    own_text(sh, c, iso, strlen(iso), 0);
  } else if (t[0] == '\0' || strcmp(t, "n") == 0) {
    const char *v = trimmed_v(sh);
    if (*v) number_cell(sh, c, v);
  } else {
    CELL_FAIL(sh, "unknown cell type t=\"%s\"", t);
  }
  if (sh->text.len > (size_t)KJ_XL_MAX_ROW_BYTES)
    kj_xl_fail(&sh->c, KJ_DATA, "%s:%s: row %ld holds more than %ld MB of text", x->file, x->sheet,
               sh->row.row, KJ_XL_MAX_ROW_BYTES >> 20);
}

/* Completes the row and suspends the parser so kj_xlsx_next can return it. */
static void row_end(kj_xl_sheet *sh) {
  sh->in_row = 0;
  int n = sh->ncells;
  while (n > 0 && sh->cells[n - 1].type == KJ_XCELL_EMPTY) n--;
  for (int i = 0; i < n; i++)
    if (sh->off[i] != SIZE_MAX) sh->cells[i].text = sh->text.data + sh->off[i];
  sh->row.ncells = n;
  sh->row.cells = sh->cells;
  sh->row_ready = 1;
  XML_StopParser(sh->c.p, XML_TRUE);
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts) {
  kj_xl_sheet *sh = ud;
  if (sh->c.failed) return;
  const char *l = kj_xl_local(name);
  if (!sh->in_data) {
    if (strcmp(l, "sheetData") == 0) sh->in_data = 1;
  } else if (!sh->in_row) {
    if (strcmp(l, "row") == 0) row_begin(sh, atts);
  } else if (!sh->in_cell) {
    if (strcmp(l, "c") == 0) cell_begin(sh, atts);
  } else if (sh->in_is) {
    kj_xl_str_start(&sh->is, l, atts);
  } else if (strcmp(l, "v") == 0) {
    sh->in_v = 1;
    sh->has_v = 1;
    kj_buf_reset(&sh->v);
  } else if (strcmp(l, "is") == 0) {
    sh->in_is = 1;
    sh->has_is = 1;
    kj_xl_str_reset(&sh->is);
  }
}

static void XMLCALL on_end(void *ud, const XML_Char *name) {
  kj_xl_sheet *sh = ud;
  if (sh->c.failed || !sh->in_data) return;
  const char *l = kj_xl_local(name);
  if (sh->in_is) {
    if (strcmp(l, "is") == 0)
      sh->in_is = 0;
    else
      kj_xl_str_end(&sh->is, l);
  } else if (sh->in_v) {
    if (strcmp(l, "v") == 0) sh->in_v = 0;
  } else if (sh->in_cell) {
    if (strcmp(l, "c") == 0) cell_end(sh);
  } else if (sh->in_row) {
    if (strcmp(l, "row") == 0) row_end(sh);
  } else if (strcmp(l, "sheetData") == 0) {
    sh->in_data = 0;
  }
}

static void XMLCALL on_chars(void *ud, const XML_Char *s, int len) {
  kj_xl_sheet *sh = ud;
  if (sh->c.failed || !sh->in_cell) return;
  if (sh->in_is) {
    if (kj_xl_str_chars(&sh->is, s, len) < 0)
      CELL_FAIL(sh, "text longer than %ld MB", KJ_XLSX_MAX_STRING >> 20);
  } else if (sh->in_v) {
    if (sh->v.len + (size_t)len > (size_t)KJ_XLSX_MAX_STRING)
      CELL_FAIL(sh, "value longer than %ld MB", KJ_XLSX_MAX_STRING >> 20);
    else
      kj_buf_append(&sh->v, s, (size_t)len);
  }
}

void kj_xl_sheet_init(struct kj_xlsx *x) {
  kj_xl_sheet *sh = &x->sh;
  sh->c.x = x;
  sh->c.part = x->sheet_part;
  kj_xl_parser_new(&sh->c, on_start, on_end, on_chars);
}

void kj_xl_sheet_free(struct kj_xlsx *x) {
  kj_xl_sheet *sh = &x->sh;
  if (sh->c.p) XML_ParserFree(sh->c.p);
  kj_buf_free(&sh->v);
  kj_buf_free(&sh->text);
  kj_xl_str_free(&sh->is);
  free(sh->cells);
  free(sh->off);
}

static int finish(struct kj_xlsx *x, int state, kj_error *err) {
  x->state = state;
  if (state < 0 && err) *err = x->fail;
  return state < 0 ? -1 : 0;
}

int kj_xlsx_next(kj_xlsx *x, const kj_xrow **row, kj_error *err) {
  *row = NULL;
  if (x->state != 0) return x->state > 0 ? 0 : -1;
  kj_xl_sheet *sh = &x->sh;
  sh->row_ready = 0;
  for (;;) {
    XML_ParsingStatus ps;
    XML_GetParsingStatus(sh->c.p, &ps);
    enum XML_Status st;
    if (ps.parsing == XML_SUSPENDED) {
      st = XML_ResumeParser(sh->c.p);
    } else if (x->final_fed) {
      st = XML_STATUS_OK;
    } else {
      void *buf = XML_GetBuffer(sh->c.p, KJ_XL_CHUNK);
      if (!buf) {
        fputs("kinerja: out of memory (expat)\n", stderr);
        exit(KJ_INTERNAL);
      }
      int n = kj_xl_part_read(x, x->sheet_part, buf, KJ_XL_CHUNK, &x->fail);
      if (n < 0) return finish(x, -1, err);
      x->final_fed = n == 0;
      st = XML_ParseBuffer(sh->c.p, n, n == 0);
    }
    if (st == XML_STATUS_ERROR) {
      kj_xl_xml_error(&sh->c, &x->fail);
      return finish(x, -1, err);
    }
    if (st == XML_STATUS_SUSPENDED && sh->row_ready) {
      *row = &sh->row;
      return 1;
    }
    if (st == XML_STATUS_OK && x->final_fed) {
      if (kj_xl_part_close(x, x->sheet_part, &x->fail) < 0) return finish(x, -1, err);
      return finish(x, 1, err);
    }
  }
}
