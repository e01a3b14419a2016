/* studi_lampiran.c — the study's appendix: one sheet per export table of
 * analytics.md §12 (kj_analysis_tables, exactly what `kinerja export --year
 * Y` writes), the years of the study stacked in one sheet so an analyst can
 * pivot across them. Tables without a tahun column (tren, tren_periode) get
 * one in front: the year whose export the rows come from. Columns keep
 * their export names; cells keep full precision.
 *
 * Memory. The largest table (pegawai_tahun) has a row per employee and
 * year. The stacked table takes its cells over from the years' tables (no
 * copy), each year's table is freed as soon as it is stacked, and a sheet
 * whose table has more than stream_cells cells is written with
 * kj_wb_sheet_add_stream (libxlsxwriter's constant_memory for that sheet
 * alone), so the workbook does not hold those cells a second time. Such a
 * sheet has an autofilter instead of an Excel table and its rows are
 * written strictly in order (workbook.h).
 *
 * Anonymised studies replace the nip, nip_penilai, nip_pimpinan and nama columns by the
 * person's pseudonym (a text column then).
 */
#include "reports/studi/studi_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

typedef enum { COL_KEEP, COL_NIP, COL_NAMA } col_kind;

static col_kind kind_of(const st_ctx *c, const char *name) {
  if (!c->rep.anonymize) return COL_KEEP;
  if (strcmp(name, "nip") == 0 || strcmp(name, "nip_penilai") == 0 ||
      strcmp(name, "nip_pimpinan") == 0) /* apresiasi_kurang (§10a) */
    return COL_NIP;
  if (strcmp(name, "nama") == 0) return COL_NAMA;
  return COL_KEEP;
}

/* The stacked table of export table `idx` over every year; takes the
 * cells of tabs[y].t[idx] and frees those tables. */
static kj_table *stack(st_ctx *c, kj_tables *tabs, int idx) {
  const kj_study *s = c->s;
  const kj_table *t0 = tabs[0].t[idx];
  int add_tahun = kj_table_col(t0, "tahun") < 0;
  int nip_col = kj_table_col(t0, "nip");
  int nc = t0->ncols + add_tahun;
  kj_column_def *defs = xcalloc((size_t)nc, sizeof *defs);
  col_kind *kind = xcalloc((size_t)nc, sizeof *kind);
  if (add_tahun) defs[0] = (kj_column_def){"tahun", KJ_COL_INT};
  for (int j = 0; j < t0->ncols; j++) {
    kind[j + add_tahun] = kind_of(c, t0->cols[j].name);
    defs[j + add_tahun] = (kj_column_def){
        t0->cols[j].name, kind[j + add_tahun] == COL_KEEP ? t0->cols[j].type : KJ_COL_TEXT};
  }
  kj_table *out = kj_table_new(t0->name, nc, defs);
  free(defs);
  for (int y = 0; y < s->n_tahun; y++) {
    kj_table *t = tabs[y].t[idx];
    if (!t || strcmp(t->name, out->name) != 0 || t->ncols + add_tahun != nc) continue;
    for (size_t r = 0; r < t->nrows; r++) {
      size_t o = kj_table_add_row(out);
      if (add_tahun) kj_table_set_int(out, o, 0, s->tahun[y].tahun);
      const kj_cell *nc_cell = nip_col >= 0 ? kj_table_cell(t, r, nip_col) : NULL;
      int64_t row_nip = nc_cell && !nc_cell->missing ? nc_cell->v.i : 0;
      for (int j = 0; j < t->ncols; j++) {
        kj_cell *src = &t->cells[r * (size_t)t->ncols + (size_t)j];
        int k = j + add_tahun;
        char buf[64];
        if (src->missing) continue;
        if (kind[k] == COL_NIP) {
          int64_t v = t->cols[j].type == KJ_COL_INT ? src->v.i : strtoll(src->v.s, NULL, 10);
          kj_table_set_text(out, o, k, kj_rep_nip(&c->rep, v, buf, sizeof buf));
        } else if (kind[k] == COL_NAMA) {
          kj_table_set_text(out, o, k,
                            row_nip ? kj_rep_nip(&c->rep, row_nip, buf, sizeof buf) : NULL);
        } else {
          /* take the cell over: no copy of the largest tables */
          out->cells[o * (size_t)nc + (size_t)k] = *src;
          src->missing = 1;
          src->v.s = NULL;
        }
      }
    }
    kj_table_free(t);
    tabs[y].t[idx] = NULL;
  }
  free(kind);
  return out;
}

/* How a column is shown: the cells keep the exported value at full
 * precision, the format only rounds what is displayed (three decimals, p
 * and q values as p values, counts and years without a separator). */
static kj_wb_fmt role_of(const kj_table *t, int j) {
  const char *n = t->cols[j].name;
  size_t len = strlen(n);
  switch (t->cols[j].type) {
  case KJ_COL_TEXT: return KJ_WB_TEXT;
  case KJ_COL_INT: return KJ_WB_GENERAL;
  default: break;
  }
  if (strcmp(n, "p") == 0 || strcmp(n, "q") == 0 || (len > 2 && strcmp(n + len - 2, "_p") == 0))
    return KJ_WB_PVAL;
  return KJ_WB_DEC3;
}

static kj_status write_sheet(st_ctx *c, const kj_table *t, kj_error *err) {
  kj_lang l = c->lang;
  long limit = c->opts->stream_cells > 0 ? c->opts->stream_cells : KJ_STUDI_STREAM_CELLS;
  int stream = (double)t->nrows * (double)t->ncols > (double)limit;
  char want[64];
  snprintf(want, sizeof want, KJ_T(l, "Lampiran %s", "Appendix %s"), t->name);
  char *name = kj_wb_sheet_name_unique(c->wb, want);
  kj_wb_sheet *sh =
      stream ? kj_wb_sheet_add_stream(c->wb, name, err) : kj_wb_sheet_add(c->wb, name, err);
  free(name);
  if (!sh) return err->status;
  kj_wb_col *cols = xcalloc((size_t)t->ncols, sizeof *cols);
  for (int j = 0; j < t->ncols; j++)
    cols[j] = (kj_wb_col){t->cols[j].name, role_of(t, j), 0, NULL, NULL};
  char q[200], w[32], ex[200];
  snprintf(q, sizeof q,
           KJ_T(l, "Lampiran: tabel %s.csv dari kinerja export, %s",
                "Appendix: table %s.csv of kinerja export, %s"),
           t->name, st_window(c, w, sizeof w));
  snprintf(ex, sizeof ex,
           KJ_T(l, "%zu baris; kolom dijelaskan di doc/export-tables.md",
                "%zu rows; columns described in doc/export-tables.md"),
           t->nrows);
  int row = st_title(c, sh, q, ex, t->ncols);
  kj_wb_table_opts o = {.cols = cols, .native = !stream};
  kj_wb_table(sh, row, 0, t, &o);
  free(cols);
  return KJ_OK;
}

kj_status st_lampiran(st_ctx *c, kj_error *err) {
  const kj_study *s = c->s;
  kj_tables *tabs = xcalloc((size_t)s->n_tahun, sizeof *tabs);
  for (int y = 0; y < s->n_tahun; y++) kj_analysis_tables(s->tahun[y].r, &tabs[y]);
  kj_status st = KJ_OK;
  for (int i = 0; i < tabs[0].n && st == KJ_OK; i++) {
    kj_table *t = stack(c, tabs, i);
    st = write_sheet(c, t, err);
    kj_table_free(t);
  }
  for (int y = 0; y < s->n_tahun; y++) kj_tables_free(&tabs[y]);
  free(tabs);
  return st;
}
