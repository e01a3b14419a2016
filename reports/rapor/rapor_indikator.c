/* rapor_indikator.c — the "Indikator" sheet: which SKP indicators of the
 * OPD fall furthest short of their targets? The indicators (grouped by their
 * text, the engine's r->indikator) with enough employees, lowest mean
 * capaian first, at
 * most RP_INDIKATOR_MAX of them, with the share of records below 100 %; how
 * many indicators had too few employees to show is said below the table.
 */
#include "reports/rapor/rapor_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

#define RP_INDIKATOR_MAX 25

enum { C_NO, C_IND, C_PEG, C_CAT, C_MEAN, C_MED, C_BAWAH, C_NCOL };

static const kj_capaian_indikator *sort_ind;

/* lowest mean first; ties by text (byte order, as the engine sorts) */
static int by_mean(const void *a, const void *b) {
  const kj_capaian_indikator *x = &sort_ind[*(const size_t *)a], *y = &sort_ind[*(const size_t *)b];
  if (x->mean != y->mean) return x->mean < y->mean ? -1 : 1;
  return strcmp(x->indikator, y->indikator);
}

kj_status rp_indikator(rp_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[C_NCOL] = {{"no", KJ_COL_INT},
                                             {"indikator", KJ_COL_TEXT},
                                             {"n_pegawai", KJ_COL_INT},
                                             {"n_catatan", KJ_COL_INT},
                                             {"mean", KJ_COL_REAL},
                                             {"median", KJ_COL_REAL},
                                             {"share_di_bawah_100", KJ_COL_REAL}};
  kj_table *t = kj_table_new("indikator", C_NCOL, defs);
  long kecil = 0, semua = 0;
  size_t *idx = xcalloc(r->n_indikator + 1, sizeof *idx), n = 0;
  for (size_t i = 0; i < r->n_indikator; i++) {
    if (r->indikator[i].opd != c->o) continue;
    semua++;
    if (isfinite(r->indikator[i].mean))
      idx[n++] = i;
    else
      kecil++;
  }
  sort_ind = r->indikator;
  qsort(idx, n, sizeof *idx, by_mean);
  sort_ind = NULL;
  for (size_t k = 0; k < n && k < RP_INDIKATOR_MAX; k++) {
    const kj_capaian_indikator *s = &r->indikator[idx[k]];
    size_t j = kj_table_add_row(t);
    kj_table_set_int(t, j, C_NO, (int64_t)j + 1);
    kj_table_set_text(t, j, C_IND, s->indikator);
    kj_table_set_int(t, j, C_PEG, s->n_pegawai);
    kj_table_set_int(t, j, C_CAT, s->n_catatan);
    kj_table_set_real(t, j, C_MEAN, s->mean);
    kj_table_set_real(t, j, C_MED, s->median);
    kj_table_set_real(t, j, C_BAWAH, s->share_di_bawah_100);
  }
  free(idx);
  const kj_wb_cf bars = {.kind = KJ_WB_CF_DATABAR};
  const kj_wb_cf seq = {.kind = KJ_WB_CF_SEQUENTIAL, .bounds = 1, .lo = 0, .hi = 1, .mid = 0.5};
  const kj_wb_col cols[C_NCOL] = {
      {"No", KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Indikator", "Indicator"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Pegawai", "Employees"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Catatan", "Records"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Capaian rata-rata (%)", "Mean capaian (%)"), KJ_WB_DEC1, 0, &bars, NULL},
      {KJ_T(l, "Median (%)", "Median (%)"), KJ_WB_DEC1, 0, NULL, NULL},
      {KJ_T(l, "% catatan di bawah 100", "% records below 100"), KJ_WB_PCT1, 0, &seq, NULL}};
  char q[300], note[700];
  snprintf(q, sizeof q,
           KJ_T(l, "Indikator SKP mana di %s yang capaiannya paling rendah tahun %d?",
                "Which SKP indicators of %s fall furthest short in %d?"),
           rp_short(c), r->tahun);
  snprintf(
      note, sizeof note,
      KJ_T(l,
           "Capaian per catatan indikator: realisasi/target (arah naik) atau 2 \xE2\x88\x92 "
           "realisasi/target (arah turun), x 100, dibatasi 0\xE2\x80\x93%g; catatan "
           "dihitung pada OPD periode penilaiannya%s. Indikator dikelompokkan "
           "menurut teksnya. %ld dari %ld indikator dipakai kurang dari %ld pegawai dan tidak "
           "ditampilkan; paling banyak %d indikator terendah ditampilkan.",
           "Capaian per indicator record: realisation/target (higher is better) or 2 "
           "\xE2\x88\x92 realisation/target (lower is better), x 100, clipped to "
           "0\xE2\x80\x93%g; a record counts for the OPD of its appraisal period%s. Indicators "
           "are grouped by their text. %ld of %ld indicators are used by fewer than %ld "
           "employees and not shown; at most %d of the lowest are shown."),
      r->params.capaian_maks,
      r->params.capaian_tambahan ? "" : KJ_T(l, ", tanpa RHK tambahan", ", without TAMBAHAN"),
      kecil, semua, r->params.min_kelompok, RP_INDIKATOR_MAX);
  int row = rp_title(c, sh, q, NULL, C_NCOL);
  kj_wb_table_opts o = {.cols = cols, .native = 0, .note = note};
  kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return KJ_OK;
}
