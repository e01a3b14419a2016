/* studi_seri.c — the study's "Seri OPD" and "Seri Unit" sheets: mean IKP
 * (and, per OPD, capaian) of every year side by side, with the units and
 * OPD merged into each line (data.md `menjadi`): a merged unit has no line
 * of its own, its staff count under the unit it became in every year, and
 * the "Digabung dari" column names it. The figures are kj_study's series
 * (min_kelompok suppression as everywhere); the trend label comes from the
 * engine's trend over the whole window.
 */
#include "reports/studi/studi_int.h"

#include <stdio.h>
#include <stdlib.h>

#include "util/xalloc.h"

/* "A, B" of an entity's merged predecessors, into b. */
static void pendahulu(const kj_study_entitas *e, kj_buf *b) {
  kj_buf_reset(b);
  for (int i = 0; i < e->n_pendahulu; i++) kj_buf_printf(b, "%s%s", i ? ", " : "", e->pendahulu[i]);
}

/* Column definitions: the fixed text columns, then n per year (with_n),
 * then the mean of each measure per year, then the trend label and slope
 * (with_tren). */
static kj_table *series_table(const st_ctx *c, const char *name, const char *const *fixed,
                              int nfixed, const int *uk, int nuk, int with_n, int with_tren) {
  int nt = c->s->n_tahun;
  int ncols = nfixed + nt * (with_n + nuk) + (with_tren ? 2 : 0);
  kj_column_def *d = xcalloc((size_t)ncols, sizeof *d);
  char **names = xcalloc((size_t)ncols, sizeof *names);
  int k = 0;
  for (int i = 0; i < nfixed; i++) d[k++] = (kj_column_def){fixed[i], KJ_COL_TEXT};
  for (int t = 0; t < nt && with_n; t++) {
    names[k] = xasprintf("n_%d", c->s->tahun[t].tahun);
    d[k] = (kj_column_def){names[k], KJ_COL_INT};
    k++;
  }
  for (int m = 0; m < nuk; m++)
    for (int t = 0; t < nt; t++) {
      names[k] = xasprintf("%s_%d", kj_dimensi_name(uk[m]), c->s->tahun[t].tahun);
      d[k] = (kj_column_def){names[k], KJ_COL_REAL};
      k++;
    }
  if (with_tren) {
    d[k++] = (kj_column_def){"tren_ikp", KJ_COL_TEXT};
    d[k++] = (kj_column_def){"slope_per_tahun", KJ_COL_REAL};
  }
  kj_table *t = kj_table_new(name, ncols, d);
  for (int i = 0; i < ncols; i++) free(names[i]);
  free(names);
  free(d);
  return t;
}

/* Header labels for people: fixed ones, "n 2023", "IKP 2023", ... */
static kj_wb_col *series_cols(const st_ctx *c, const kj_table *t, const kj_wb_col *fixed,
                              int nfixed, const int *uk, int nuk, int with_n, char ***labels) {
  kj_lang l = c->lang;
  int nt = c->s->n_tahun;
  kj_wb_col *cols = xcalloc((size_t)t->ncols, sizeof *cols);
  *labels = xcalloc((size_t)t->ncols, sizeof **labels);
  static const kj_wb_cf bars = {.kind = KJ_WB_CF_DATABAR};
  int k = 0;
  for (int i = 0; i < nfixed; i++) cols[k++] = fixed[i];
  for (int y = 0; y < nt && with_n; y++) {
    (*labels)[k] = xasprintf(KJ_T(l, "Pegawai %d", "Employees %d"), c->s->tahun[y].tahun);
    cols[k] = (kj_wb_col){(*labels)[k], KJ_WB_INT, 0, NULL, NULL};
    k++;
  }
  for (int m = 0; m < nuk; m++)
    for (int y = 0; y < nt; y++) {
      (*labels)[k] = xasprintf("%s %d", kj_dimensi_label(uk[m], l), c->s->tahun[y].tahun);
      cols[k] = (kj_wb_col){(*labels)[k], KJ_WB_DEC1, 0, &bars, kj_rep_tcd(c->lang)};
      k++;
    }
  for (; k < t->ncols; k++) cols[k] = (kj_wb_col){NULL, KJ_WB_AUTO, 0, NULL, ST_DASH};
  return cols;
}

static void free_labels(char **labels, int n) {
  for (int i = 0; i < n; i++) free(labels[i]);
  free(labels);
}

kj_status st_seri_opd(st_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_study *s = c->s;
  kj_lang l = c->lang;
  const int uk[2] = {KJ_UK_IKP, KJ_UK_CAPAIAN};
  static const char *const fixed[] = {"kode_opd", "opd", "digabung_dari"};
  kj_table *t = series_table(c, "opd_seri", fixed, 3, uk, 2, 1, 1);
  const kj_analysis *tr = kj_study_trend(s);
  kj_buf b = {0};
  int nt = s->n_tahun;
  for (int e = 0; e <= s->n_opd; e++) {
    const kj_study_entitas *x = &s->opd[e];
    size_t i = kj_table_add_row(t);
    int k = 0;
    pendahulu(x, &b);
    kj_table_set_text(t, i, k++, x->kode);
    kj_table_set_text(t, i, k++, e == s->n_opd ? c->last->params.kota : x->nama);
    kj_table_set_text(t, i, k++, b.len ? kj_buf_cstr(&b) : NULL);
    for (int y = 0; y < nt; y++)
      kj_table_set_int(t, i, k++, (int64_t)KJ_STUDY_SERI(s, s->seri_opd, e, KJ_UK_IKP, y).n);
    for (int m = 0; m < 2; m++)
      for (int y = 0; y < nt; y++)
        kj_table_set_real(t, i, k++, KJ_STUDY_SERI(s, s->seri_opd, e, uk[m], y).mean);
    int o = kj_analysis_find_opd(tr, x->kode);
    if (o >= 0) {
      const kj_tren *kt = &tr->tren[o * KJ_UKURAN_N + KJ_UK_IKP];
      char lab[64];
      kj_table_set_text(t, i, k, st_label(c, &kj_enum_tren, kt->label, lab, sizeof lab));
      kj_table_set_real(t, i, k + 1, kt->slope_per_tahun);
    }
  }
  kj_buf_free(&b);
  kj_rep_arrows arrows;
  kj_rep_arrows_tren(l, &arrows);
  const kj_wb_col fc[3] = {{KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
                           {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
                           {KJ_T(l, "Digabung dari", "Merged from"), KJ_WB_TEXT, 0, NULL, ST_DASH}};
  char **labels = NULL;
  kj_wb_col *cols = series_cols(c, t, fc, 3, uk, 2, 1, &labels);
  cols[t->ncols - 2] =
      (kj_wb_col){KJ_T(l, "Tren IKP", "IKP trend"), KJ_WB_TEXT, 0, &arrows.cf, ST_DASH};
  cols[t->ncols - 1] =
      (kj_wb_col){KJ_T(l, "Kemiringan per tahun", "Slope per year"), KJ_WB_DEC2, 0, NULL, ST_DASH};
  char q[200], w[32], note[600];
  snprintf(q, sizeof q,
           KJ_T(l, "Bagaimana IKP dan capaian setiap OPD bergerak, %s?",
                "How did each OPD's IKP and capaian move, %s?"),
           st_window(c, w, sizeof w));
  snprintf(note, sizeof note,
           KJ_T(l,
                "Pegawai dihitung pada OPD penerus unitnya (menjadi): unit atau OPD yang digabung "
                "tidak punya baris sendiri. Kurang dari %ld pegawai: data tidak cukup. Tren: "
                "regresi rata-rata periode %d\xE2\x80\x93%d. Baris terakhir: kota.",
                "Employees count for the successor OPD of their unit (menjadi): merged units and "
                "OPD have no line of their own. Fewer than %ld employees: not enough data. "
                "Trend: regression of period means %d\xE2\x80\x93%d. Last row: the city."),
           c->last->params.min_kelompok, tr->dari, tr->sampai);
  int row = st_title(c, sh, q, NULL, t->ncols);
  kj_wb_table_opts o = {.cols = cols, .native = 0, .total_row = 1, .note = note};
  kj_wb_table(sh, row, 0, t, &o);
  free_labels(labels, t->ncols);
  free(cols);
  kj_table_free(t);
  return KJ_OK;
}

kj_status st_seri_unit(st_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_study *s = c->s;
  kj_lang l = c->lang;
  const int uk[1] = {KJ_UK_IKP};
  static const char *const fixed[] = {"kode_unit", "unit", "kode_opd", "digabung_dari"};
  kj_table *t = series_table(c, "unit_seri", fixed, 4, uk, 1, 1, 0);
  kj_buf b = {0};
  int nt = s->n_tahun;
  for (int e = 0; e < s->n_unit; e++) {
    const kj_study_entitas *x = &s->unit[e];
    size_t i = kj_table_add_row(t);
    int k = 0;
    pendahulu(x, &b);
    kj_table_set_text(t, i, k++, x->kode);
    kj_table_set_text(t, i, k++, x->nama);
    kj_table_set_text(t, i, k++, x->opd >= 0 ? s->opd[x->opd].kode : NULL);
    kj_table_set_text(t, i, k++, b.len ? kj_buf_cstr(&b) : NULL);
    for (int y = 0; y < nt; y++)
      kj_table_set_int(t, i, k++, (int64_t)KJ_STUDY_SERI(s, s->seri_unit, e, KJ_UK_IKP, y).n);
    for (int y = 0; y < nt; y++)
      kj_table_set_real(t, i, k++, KJ_STUDY_SERI(s, s->seri_unit, e, KJ_UK_IKP, y).mean);
  }
  kj_buf_free(&b);
  const kj_wb_col fc[4] = {{KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
                           {"Unit", KJ_WB_TEXT, 0, NULL, NULL},
                           {"OPD", KJ_WB_TEXT, 0, NULL, ST_DASH},
                           {KJ_T(l, "Digabung dari", "Merged from"), KJ_WB_TEXT, 0, NULL, ST_DASH}};
  char **labels = NULL;
  kj_wb_col *cols = series_cols(c, t, fc, 4, uk, 1, 1, &labels);
  char q[200], w[32], note[500];
  snprintf(q, sizeof q,
           KJ_T(l, "Bagaimana IKP setiap unit kerja bergerak, %s?",
                "How did each work unit's IKP move, %s?"),
           st_window(c, w, sizeof w));
  snprintf(note, sizeof note,
           KJ_T(l,
                "Pegawai dihitung pada unit catatan penilaian terakhirnya di tahun itu, dan unit "
                "yang digabung (menjadi) pada unit penerusnya: riwayatnya tampak pada baris unit "
                "penerus (kolom Digabung dari). Kurang dari %ld pegawai: data tidak cukup.",
                "Employees count for the unit of their latest record that year, and a merged unit "
                "(menjadi) for its successor: its history shows on the successor's line (column "
                "Merged from). Fewer than %ld employees: not enough data."),
           c->last->params.min_kelompok);
  int row = st_title(c, sh, q, NULL, t->ncols);
  kj_wb_table_opts o = {.cols = cols, .native = 0, .note = note};
  kj_wb_table(sh, row, 0, t, &o);
  free_labels(labels, t->ncols);
  free(cols);
  kj_table_free(t);
  return KJ_OK;
}
