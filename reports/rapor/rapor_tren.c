/* rapor_tren.c — the "Tren" sheet: how the OPD's staff performance moved
 * over the trend window (analytics.md §4): the OPD's and the city's period
 * means of IKP with a native line chart, the slope per year of every
 * measure with its label (NAIK / TURUN / STABIL), and the year-over-year
 * comparison with Y-1. Three tables on one sheet, so they are native Excel
 * tables (a sheet holds one autofilter only).
 */
#include "reports/rapor/rapor_int.h"

#include <math.h>
#include <stdio.h>

enum { P_PERIODE, P_N, P_MEAN, P_LO, P_HI, P_NK, P_MEANK, P_NCOL };

static int periods(rp_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  const int K = KJ_KOTA(r);
  static const kj_column_def defs[P_NCOL] = {{"periode", KJ_COL_TEXT},  {"n", KJ_COL_INT},
                                             {"mean", KJ_COL_REAL},     {"ci_low", KJ_COL_REAL},
                                             {"ci_high", KJ_COL_REAL},  {"n_kota", KJ_COL_INT},
                                             {"mean_kota", KJ_COL_REAL}};
  kj_table *t = kj_table_new("tren_periode", P_NCOL, defs);
  for (int p = 0; p < r->n_periode; p++) {
    const kj_tren_titik *a = &r->titik[((size_t)c->o * KJ_UKURAN_N + KJ_UK_IKP) * r->n_periode + p];
    const kj_tren_titik *k = &r->titik[((size_t)K * KJ_UKURAN_N + KJ_UK_IKP) * r->n_periode + p];
    if (a->n == 0 && k->n == 0) continue;
    size_t i = kj_table_add_row(t);
    kj_table_set_text(t, i, P_PERIODE, r->periode[p]);
    kj_table_set_int(t, i, P_N, a->n);
    kj_table_set_real(t, i, P_MEAN, a->mean);
    kj_table_set_real(t, i, P_LO, a->ci_low);
    kj_table_set_real(t, i, P_HI, a->ci_high);
    kj_table_set_int(t, i, P_NK, k->n);
    kj_table_set_real(t, i, P_MEANK, k->mean);
  }
  const kj_wb_col cols[P_NCOL] = {
      {KJ_T(l, "Periode", "Period"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Pegawai OPD", "OPD employees"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "IKP rata-rata OPD", "OPD mean IKP"), KJ_WB_DEC1, 0, NULL, kj_rep_tcd(c->lang)},
      {KJ_T(l, "IK 95 % bawah", "95% CI low"), KJ_WB_DEC1, 0, NULL, RP_DASH},
      {KJ_T(l, "IK 95 % atas", "95% CI high"), KJ_WB_DEC1, 0, NULL, RP_DASH},
      {KJ_T(l, "Pegawai kota", "City employees"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "IKP rata-rata kota", "City mean IKP"), KJ_WB_DEC1, 0, NULL, RP_DASH}};
  char note[300];
  snprintf(note, sizeof note,
           KJ_T(l,
                "Rata-rata catatan penilaian periodik per periode, %d\xE2\x80\x93%d; catatan unit "
                "yang digabung (menjadi) dihitung pada OPD penerusnya.",
                "Mean of the periodic appraisal records per period, %d\xE2\x80\x93%d; records of "
                "a merged unit (menjadi) count for its successor's OPD."),
           r->dari, r->sampai);
  int hdr = row;
  kj_wb_table_opts o = {.cols = cols, .native = 1, .note = note};
  row = kj_wb_table(sh, row, 0, t, &o);
  size_t n = t->nrows;
  kj_table_free(t);
  if (n < 2) return row;
  kj_wb_series ser[2] = {{.name = rp_short(c),
                          .cats = {hdr + 1, P_PERIODE, hdr + (int)n, P_PERIODE},
                          .vals = {hdr + 1, P_MEAN, hdr + (int)n, P_MEAN}},
                         {.name = KJ_T(l, "Kota", "City"),
                          .cats = {hdr + 1, P_PERIODE, hdr + (int)n, P_PERIODE},
                          .vals = {hdr + 1, P_MEANK, hdr + (int)n, P_MEANK}}};
  char title[300];
  snprintf(
      title, sizeof title,
      KJ_T(l, "IKP rata-rata per periode: %s dan kota", "Mean IKP per period: %s and the city"),
      rp_short(c));
  kj_wb_chart_spec ch = {
      .kind = KJ_WB_CHART_LINE,
      .title = title,
      .x_title = KJ_T(l, "Periode", "Period"),
      .y_title = KJ_T(l, "IKP (konversi angka kredit)", "IKP (credit-point conversion)"),
      .nseries = 2,
      .series = ser,
      .width = 760,
      .height = 340};
  return kj_wb_chart(sh, row, 0, &ch);
}

enum {
  S_UKURAN,
  S_NAMA,
  S_KODE,
  S_K,
  S_DARI,
  S_SAMPAI,
  S_SLOPE,
  S_SE,
  S_LO,
  S_HI,
  S_P,
  S_LABEL,
  S_NCOL
};

static int slopes(rp_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[S_NCOL] = {{"ukuran_label", KJ_COL_TEXT},
                                             {"ukuran", KJ_COL_TEXT},
                                             {"kode_opd", KJ_COL_TEXT},
                                             {"k", KJ_COL_INT},
                                             {"dari", KJ_COL_TEXT},
                                             {"sampai", KJ_COL_TEXT},
                                             {"slope_per_tahun", KJ_COL_REAL},
                                             {"se", KJ_COL_REAL},
                                             {"ci_low", KJ_COL_REAL},
                                             {"ci_high", KJ_COL_REAL},
                                             {"p", KJ_COL_REAL},
                                             {"label", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("tren", S_NCOL, defs);
  const int who[2] = {c->o, KJ_KOTA(r)};
  for (int uk = 0; uk < KJ_UKURAN_N; uk++)
    for (int w = 0; w < 2; w++) {
      const kj_tren *k = &r->tren[who[w] * KJ_UKURAN_N + uk];
      size_t i = kj_table_add_row(t);
      char lab[64];
      kj_table_set_text(t, i, S_UKURAN, kj_dimensi_label(uk, l));
      kj_table_set_text(t, i, S_NAMA, kj_dimensi_name(uk));
      kj_table_set_text(t, i, S_KODE, r->opd[who[w]].kode);
      kj_rep_tren_cells(t, i, S_K, k);
      kj_table_set_text(t, i, S_LABEL, rp_label(c, &kj_enum_tren, k->label, lab, sizeof lab));
    }
  kj_rep_arrows arrows;
  kj_rep_arrows_tren(l, &arrows);
  const kj_wb_col cols[S_NCOL] = {
      {KJ_T(l, "Ukuran", "Measure"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Nama kolom", "Column name"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Periode dipakai", "Periods used"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Dari", "From"), KJ_WB_TEXT, 0, NULL, RP_DASH},
      {KJ_T(l, "Sampai", "To"), KJ_WB_TEXT, 0, NULL, RP_DASH},
      {KJ_T(l, "Kemiringan per tahun", "Slope per year"), KJ_WB_DEC3, 0, NULL, RP_DASH},
      {"SE", KJ_WB_DEC3, 0, NULL, RP_DASH},
      {KJ_T(l, "IK 95 % bawah", "95% CI low"), KJ_WB_DEC3, 0, NULL, RP_DASH},
      {KJ_T(l, "IK 95 % atas", "95% CI high"), KJ_WB_DEC3, 0, NULL, RP_DASH},
      {"p", KJ_WB_PVAL, 0, NULL, RP_DASH},
      {KJ_T(l, "Tren", "Trend"), KJ_WB_TEXT, 0, &arrows.cf, NULL}};
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Kemiringan per tahun (regresi rata-rata periode atas waktu)",
                            "Slope per year (regression of period means on time)"));
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 1,
      .note =
          KJ_T(l, "Perlu paling sedikit 3 periode dengan data cukup. Naik/turun bila p < alpha.",
               "Needs at least 3 periods with enough data. Rising/falling when p < alpha.")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

enum {
  Y_UKURAN,
  Y_NAMA,
  Y_KODE,
  Y_N0,
  Y_M0,
  Y_N1,
  Y_M1,
  Y_SELISIH,
  Y_T,
  Y_DF,
  Y_P,
  Y_LABEL,
  Y_NCOL
};

static int yoy(rp_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[Y_NCOL] = {{"ukuran_label", KJ_COL_TEXT},
                                             {"ukuran", KJ_COL_TEXT},
                                             {"kode_opd", KJ_COL_TEXT},
                                             {"n_sebelum", KJ_COL_INT},
                                             {"mean_sebelum", KJ_COL_REAL},
                                             {"n", KJ_COL_INT},
                                             {"mean", KJ_COL_REAL},
                                             {"selisih", KJ_COL_REAL},
                                             {"t", KJ_COL_REAL},
                                             {"df", KJ_COL_REAL},
                                             {"p", KJ_COL_REAL},
                                             {"label", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("tahun_ke_tahun", Y_NCOL, defs);
  const int who[2] = {c->o, KJ_KOTA(r)};
  for (int uk = 0; uk < KJ_UKURAN_N; uk++)
    for (int w = 0; w < 2; w++) {
      const kj_yoy *y = &r->yoy[who[w] * KJ_UKURAN_N + uk];
      size_t i = kj_table_add_row(t);
      char lab[64];
      kj_table_set_text(t, i, Y_UKURAN, kj_dimensi_label(uk, l));
      kj_table_set_text(t, i, Y_NAMA, kj_dimensi_name(uk));
      kj_table_set_text(t, i, Y_KODE, r->opd[who[w]].kode);
      kj_rep_yoy_cells(t, i, Y_N0, y);
      kj_table_set_text(t, i, Y_LABEL, rp_label(c, &kj_enum_yoy, y->label, lab, sizeof lab));
    }
  char h0[64], h1[64];
  kj_rep_arrows arrows;
  kj_rep_arrows_yoy(l, &arrows);
  snprintf(h0, sizeof h0, KJ_T(l, "Rata-rata %d", "Mean %d"), r->tahun - 1);
  snprintf(h1, sizeof h1, KJ_T(l, "Rata-rata %d", "Mean %d"), r->tahun);
  const kj_wb_col cols[Y_NCOL] = {
      {KJ_T(l, "Ukuran", "Measure"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Nama kolom", "Column name"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "n tahun lalu", "n last year"), KJ_WB_INT, 0, NULL, NULL},
      {h0, KJ_WB_DEC2, 0, NULL, RP_DASH},
      {"n", KJ_WB_INT, 0, NULL, NULL},
      {h1, KJ_WB_DEC2, 0, NULL, RP_DASH},
      {KJ_T(l, "Selisih", "Difference"), KJ_WB_DEC2, 0, NULL, RP_DASH},
      {"t (Welch)", KJ_WB_DEC2, 0, NULL, RP_DASH},
      {"df", KJ_WB_DEC1, 0, NULL, RP_DASH},
      {"p", KJ_WB_PVAL, 0, NULL, RP_DASH},
      {KJ_T(l, "Perubahan", "Change"), KJ_WB_TEXT, 0, &arrows.cf, NULL}};
  char head[200];
  snprintf(head, sizeof head,
           KJ_T(l, "Dibanding tahun %d (uji Welch per ukuran)",
                "Compared with %d (Welch test per measure)"),
           r->tahun - 1);
  row = kj_rep_heading(sh, row, head);
  kj_wb_table_opts o = {.cols = cols,
                        .native = 1,
                        .note = KJ_T(l, "Alat bantu keputusan: koreksi Benjamini-Hochberg atas "
                                        "semua OPD dan ukuran; berubah bila q < alpha dan "
                                        "selisih minimal tren_min.",
                                     "A decision aid: Benjamini-Hochberg over every OPD and "
                                     "measure; changed when q < alpha and the change is at "
                                     "least tren_min.")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

kj_status rp_tren(rp_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  kj_lang l = c->lang;
  char q[300];
  snprintf(q, sizeof q,
           KJ_T(l, "Ke mana arah kinerja pegawai %s, %d\xE2\x80\x93%d?",
                "Which way is the staff performance of %s heading, %d\xE2\x80\x93%d?"),
           rp_short(c), c->r->dari, c->r->sampai);
  int row = rp_title(c, sh, q, NULL, S_NCOL);
  row = periods(c, sh, row);
  row = slopes(c, sh, row + 1);
  yoy(c, sh, row);
  return KJ_OK;
}
