/* import_xlsx.c — the native kinds in an .xlsx workbook (import_xlsx.h),
 * on the streaming reader of xlsx.h.
 *
 * Cell rules (data.md): a text cell is taken as written; a number cell
 * becomes the shortest decimal that reads back to the same double ("87.5",
 * "3", never "87.500000000000014"); a date cell is YYYY-MM-DD (with the
 * time when it has one). Two cells would silently mean something else, so
 * they are caught here, before the kind sees the row: a number in a NIP
 * column (Excel keeps 15 significant digits, so an 18-digit NIP typed as a
 * number has already lost its last digits) is an error with the hint to
 * format the column as text; a date in a `periode` column (Excel turns a
 * typed "2025-01" into 1 January 2025) is read as its month YYYY-MM, with
 * one warning per column and sheet.
 */
#include "ingest/import_xlsx.h"
#include "ingest/csv.h"
#include "ingest/pipe.h"
#include "ingest/xlsx.h"
#include "util/buf.h"
#include "util/text.h"

#include <ctype.h>
#include <math.h>

#define XS_HEADER_ROWS 20

int kj_xlsx_is_workbook(const char *path) {
  size_t n = strlen(path);
  if (n >= 5 && (kj_streq_ci(path + n - 5, ".xlsx") || kj_streq_ci(path + n - 5, ".xlsm")))
    return 1;
  unsigned char m[4] = {0};
  FILE *fp = fopen(path, "rb");
  size_t got = fp ? fread(m, 1, sizeof m, fp) : 0;
  if (fp) fclose(fp);
  return got == 4 && memcmp(m, "PK\3\4", 4) == 0;
}

void kj_xsheets_free(kj_xsheet *s, int n) {
  for (int i = 0; i < n; i++) free(s[i].sheet);
  free(s);
}

static int blank(const char *t) {
  if (!t) return 1;
  for (; *t; t++)
    if (!isspace((unsigned char)*t)) return 0;
  return 1;
}

/* Shortest of %.15g..%.17g that reads back to v. */
static void shortest(double v, char *out, size_t cap) {
  for (int prec = 15; prec <= 17; prec++) {
    snprintf(out, cap, "%.*g", prec, v);
    if (strtod(out, NULL) == v) return;
  }
}

/* The text of every cell of a row, the way the CSV rules expect it, in
 * buf; texts[c] points into it ("" for an empty cell). */
static void row_texts(const kj_xrow *row, kj_buf *buf, char ***texts, int *cap) {
  if (row->ncells + 1 > *cap) {
    *cap = row->ncells + 1;
    *texts = xreallocarray(*texts, (size_t)*cap, sizeof **texts);
  }
  size_t *off = xmalloc(((size_t)row->ncells + 1) * sizeof *off);
  kj_buf_reset(buf);
  for (int c = 0; c < row->ncells; c++) {
    const kj_xcell *x = &row->cells[c];
    off[c] = buf->len;
    if (x->type == KJ_XCELL_NUMBER) {
      char num[40];
      shortest(x->num, num, sizeof num);
      kj_buf_puts(buf, num);
    } else if (x->text) {
      kj_buf_puts(buf, x->text);
    }
    kj_buf_putc(buf, '\0');
  }
  for (int c = 0; c < row->ncells; c++) (*texts)[c] = buf->data + off[c];
  free(off);
}

/* ---- pass 1 -------------------------------------------------------------- */

static int skipped_silently(const char *sheet) {
  return sheet[0] == '_' || kj_streq_ci(sheet, "Petunjuk");
}

/* The kind of one sheet from its first rows: 1 found, 0 none, <0 error
 * (-2 I/O with err set, -1 reported). */
static int sheet_kind(kj_loader *L, const char *path, const char *sheet, kj_kind forced,
                      kj_xsheet *out, kj_error *err) {
  kj_xlsx *x = NULL;
  kj_error e2 = {0};
  kj_status st = kj_xlsx_open(path, sheet, &x, &e2);
  if (st != KJ_OK) {
    if (st == KJ_IO) {
      kj_fail(err, KJ_IO, "%s", e2.msg);
      return -2;
    }
    kj_diag_error_msg(L->diag, e2.msg);
    return -1;
  }
  const kj_xrow *row;
  kj_buf buf = {0};
  char **texts = NULL;
  int cap = 0, seen = 0, r, found = 0;
  while (seen < XS_HEADER_ROWS && (r = kj_xlsx_next(x, &row, &e2)) == 1) {
    row_texts(row, &buf, &texts, &cap);
    int any = 0;
    for (int c = 0; c < row->ncells && !any; c++) any = !blank(texts[c]);
    if (!any) continue;
    seen++;
    for (int c = 0; c < row->ncells; c++) texts[c] = kj_trim(texts[c]);
    kj_kind k;
    if (forced != KJ_KIND_AUTO) {
      int colmap[KJ_MAX_COLS];
      const kj_kind_def *d = kj_kind_def_of(forced);
      k = kj_kind_map_header(d, texts, row->ncells, colmap, NULL) == 0 &&
                  !(d->check_header && d->check_header(colmap))
              ? forced
              : KJ_KIND_AUTO;
    } else {
      k = kj_kind_detect(texts, row->ncells, NULL);
    }
    if (k != KJ_KIND_AUTO) {
      out->sheet = xstrdup(kj_xlsx_sheet_name(x));
      out->kind = k;
      out->header_row = row->row;
      found = 1;
      break;
    }
  }
  if (!found && seen < XS_HEADER_ROWS && r < 0) {
    if (e2.status == KJ_IO) {
      kj_fail(err, KJ_IO, "%s", e2.msg);
      found = -2;
    } else {
      kj_diag_error_msg(L->diag, e2.msg);
      found = -1;
    }
  }
  free(texts);
  kj_buf_free(&buf);
  kj_xlsx_close(x);
  return found;
}

kj_status kj_xlsx_native_scan(kj_loader *L, const char *path, kj_kind forced, kj_xsheet **out,
                              int *n, kj_error *err) {
  *out = NULL;
  *n = 0;
  kj_xlsx *x = NULL;
  kj_error e2 = {0};
  kj_status st = kj_xlsx_open(path, NULL, &x, &e2);
  if (st != KJ_OK) {
    if (st == KJ_IO) return kj_fail(err, KJ_IO, "%s", e2.msg);
    kj_diag_error_msg(L->diag, e2.msg);
    return KJ_OK;
  }
  long ns = kj_xlsx_sheet_count(x);
  char **names = xcalloc((size_t)ns + 1, sizeof *names);
  for (long i = 0; i < ns; i++) names[i] = xstrdup(kj_xlsx_sheet_at(x, i));
  kj_xlsx_close(x);
  kj_xsheet *list = xcalloc((size_t)ns + 1, sizeof *list);
  kj_buf unmatched = {0};
  int count = 0, bad = 0;
  kj_status s = KJ_OK;
  for (long i = 0; i < ns && s == KJ_OK; i++) {
    if (skipped_silently(names[i])) continue;
    int r = sheet_kind(L, path, names[i], forced, &list[count], err);
    if (r == -2) s = KJ_IO;
    else if (r < 0) bad = 1;
    else if (r == 1) count++;
    else kj_buf_printf(&unmatched, "%s'%s'", unmatched.len ? ", " : "", names[i]);
  }
  if (s == KJ_OK && !bad) {
    if (count == 0)
      kj_diag_error(L->diag, path, 0, NULL,
                    "no sheet has the header row of an input kind (in its first %d non-empty "
                    "rows: all required columns of unit, pegawai, kinerja_organisasi, penilaian, "
                    "capaian, perilaku, skm or umpan_balik)%s%s",
                    XS_HEADER_ROWS, unmatched.len ? "; sheets: " : "", kj_buf_cstr(&unmatched));
    else if (unmatched.len)
      kj_diag_warn(L->diag, path, 0, NULL,
                   "sheet%s %s match%s no input kind and %s skipped (name a sheet 'Petunjuk' or "
                   "start its name with '_' to skip it silently)",
                   strchr(kj_buf_cstr(&unmatched), ',') ? "s" : "", kj_buf_cstr(&unmatched),
                   strchr(kj_buf_cstr(&unmatched), ',') ? "" : "es",
                   strchr(kj_buf_cstr(&unmatched), ',') ? "are" : "is");
  }
  kj_buf_free(&unmatched);
  for (long i = 0; i < ns; i++) free(names[i]);
  free(names);
  if (s != KJ_OK || bad || count == 0) {
    kj_xsheets_free(list, count);
    return s;
  }
  *out = list;
  *n = count;
  return KJ_OK;
}

/* ---- pass 2 -------------------------------------------------------------- */

typedef struct xs_ctx {
  const char *path, *sheet;
  const kj_xrow *row;
} xs_ctx;

static void xs_locate(const kj_loader *L, int col, char *out, size_t cap) {
  const xs_ctx *c = L->locate_ctx;
  int phys = col >= 0 ? L->colmap[col] : -1;
  char ref[16];
  kj_xlsx_cell_ref(L->line, phys >= 0 ? phys : 0, ref);
  if (phys < 0 && col < 0)
    snprintf(out, cap, "%s:%s!%ld", c->path, c->sheet, L->line);
  else
    snprintf(out, cap, "%s:%s!%s", c->path, c->sheet, ref);
}

static int is_nip_col(const char *name) { return strncmp(name, "nip", 3) == 0; }

/* The checks of the two cells that Excel changes (see the top); returns 0
 * when the row may go to the kind. */
static int check_cells(kj_loader *L, const kj_kind_def *d, const kj_xrow *row, char **texts,
                       int *periode_warned) {
  int ok = 1;
  for (int c = 0; c < d->ncols; c++) {
    int p = L->colmap[c];
    if (p < 0 || p >= row->ncells) continue;
    const kj_xcell *x = &row->cells[p];
    if (x->type == KJ_XCELL_NUMBER && is_nip_col(d->cols[c].name)) {
      kj_field_error(L, c,
                     "the NIP is a number cell (%s): spreadsheet programs keep only 15 "
                     "significant digits, so an 18-digit NIP loses its last digits; format the "
                     "column as text and type the NIP again",
                     texts[p]);
      ok = 0;
    } else if (x->type == KJ_XCELL_DATE && strcmp(d->cols[c].name, "periode") == 0) {
      if (strlen(texts[p]) >= 7) texts[p][7] = '\0'; /* YYYY-MM */
      if (!periode_warned[c]) {
        periode_warned[c] = 1;
        kj_field_warn(L, c,
                      "periode is a date cell (Excel turns a typed 2025-01 into 1 January "
                      "2025); read as its month %s. Format the column as text to keep the "
                      "period as typed",
                      texts[p]);
      }
    }
  }
  return ok;
}

static void warn_unknown(kj_loader *L, const kj_kind_def *d, char **h, int n, long line) {
  int colmap[KJ_MAX_COLS];
  int *unknown = xmalloc(((size_t)n + 1) * sizeof *unknown);
  kj_kind_map_header(d, h, n, colmap, unknown);
  xs_ctx *c = L->locate_ctx;
  for (int i = 0; unknown[i] >= 0; i++)
    if (h[unknown[i]][0]) {
      char loc[1200], ref[16];
      kj_xlsx_cell_ref(line, unknown[i], ref);
      snprintf(loc, sizeof loc, "%s:%s!%s", c->path, c->sheet, ref);
      kj_diag_warn_at(L->diag, loc, NULL, "column '%s' is not part of kind %s; ignored",
                      h[unknown[i]], d->name);
    }
  free(unknown);
}

kj_status kj_xlsx_native_process(kj_loader *L, const kj_kind_def *d, const char *path,
                                 const kj_xsheet *xs, kj_error *err) {
  kj_xlsx *x = NULL;
  kj_error e2 = {0};
  kj_status s = kj_xlsx_open(path, xs->sheet, &x, &e2);
  if (s != KJ_OK) return kj_fail(err, s == KJ_IO ? KJ_IO : KJ_IO, "%s: could not re-read: %s",
                                 path, e2.msg);
  xs_ctx ctx = {path, xs->sheet, NULL};
  void *state = NULL;
  kj_buf buf = {0};
  char **texts = NULL;
  int cap = 0, header_n = 0, r;
  int periode_warned[KJ_MAX_COLS] = {0};
  const kj_xrow *row;
  while ((r = kj_xlsx_next(x, &row, &e2)) == 1 && row->row < xs->header_row) continue;
  if (r != 1) {
    s = kj_fail(err, KJ_IO, "%s:%s: could not re-read the header", path, xs->sheet);
    goto out;
  }
  row_texts(row, &buf, &texts, &cap);
  for (int c = 0; c < row->ncells; c++) texts[c] = kj_trim(texts[c]);
  header_n = row->ncells;
  L->kind = d->kind;
  L->decimal_comma = 0;
  L->locate = xs_locate;
  L->locate_ctx = &ctx;
  kj_kind_map_header(d, texts, row->ncells, L->colmap, NULL);
  for (int c = 0; c < d->ncols; c++) L->colname[c] = d->cols[c].name;
  warn_unknown(L, d, texts, row->ncells, row->row);
  kj_fpset_clear(&L->keys);
  L->file_errors = 0;
  s = d->begin(L, &state, err);
  if (s != KJ_OK) goto out;
  while ((r = kj_xlsx_next(x, &row, &e2)) == 1) {
    row_texts(row, &buf, &texts, &cap);
    int any = 0;
    for (int c = 0; c < row->ncells && !any; c++) any = !blank(texts[c]);
    if (!any) continue;
    ctx.row = row;
    L->line = row->row;
    L->fields = texts;
    L->nfields = row->ncells < header_n ? row->ncells : header_n;
    L->row_bad = 0;
    L->res->rows++;
    int extra = 0;
    for (int c = header_n; c < row->ncells && !extra; c++)
      if (!blank(texts[c])) {
        char loc[1200], ref[16];
        kj_xlsx_cell_ref(row->row, c, ref);
        snprintf(loc, sizeof loc, "%s:%s!%s", path, xs->sheet, ref);
        kj_diag_error_at(L->diag, loc, NULL,
                         "a value in a column without a header ('%s'); give the column a "
                         "header or clear it",
                         texts[c]);
        L->file_errors++;
        extra = 1;
      }
    if (extra || !check_cells(L, d, row, texts, periode_warned)) continue;
    s = d->row(L, state, err);
    if (s != KJ_OK) goto out;
  }
  if (r < 0) {
    if (e2.status == KJ_IO) {
      s = kj_fail(err, KJ_IO, "%s", e2.msg);
      goto out;
    }
    kj_diag_error_msg(L->diag, e2.msg);
    L->file_errors++;
  }
  if (d->end) s = d->end(L, state, err);
  kj_loader_file_done(L);
  if (s == KJ_OK) {
    kj_csv *c = NULL; /* the CSV reader hashes the raw bytes of any file */
    s = kj_csv_open(path, &c, err);
    if (s == KJ_OK) s = kj_csv_sha256(c, L->res->sha256, err);
    kj_csv_close(c);
  }
out:
  if (L->pipe) { /* statements are finalized below: the writer must be done with them */
    kj_status ds = kj_pipe_drain(L->pipe, s == KJ_OK ? err : NULL);
    if (s == KJ_OK) s = ds;
  }
  if (state) d->free(state);
  L->locate = NULL;
  L->locate_ctx = NULL;
  free(texts);
  kj_buf_free(&buf);
  kj_xlsx_close(x);
  return s;
}
