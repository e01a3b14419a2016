/* studi_uji.c — the study's statistics sheets: "Tren" (slopes of every
 * measure over the whole window per OPD and the city, and the city's period
 * means with a line chart), "Tahun ke Tahun" (the year-over-year Welch tests
 * of every year with a previous year) and "Uji Antar OPD" (per year, the
 * one-way ANOVA of employee IKP across OPD with F, df, p and eta squared,
 * and the chi-square of the OPD x predikat table with Cramér's V). All
 * numbers are kj_study's and the engine's.
 */
#include "reports/studi/studi_int.h"

#include <math.h>
#include <stdio.h>

/* ---- Tren ------------------------------------------------------------------ */

enum {
  T_KODE,
  T_OPD,
  T_UK,
  T_NAMA,
  T_K,
  T_DARI,
  T_SAMPAI,
  T_SLOPE,
  T_SE,
  T_LO,
  T_HI,
  T_P,
  T_LABEL,
  T_NCOL
};


kj_status st_tren(st_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  kj_lang l = c->lang;
  const kj_analysis *r = kj_study_trend(c->s);
  static const kj_column_def defs[T_NCOL] = {{"kode_opd", KJ_COL_TEXT},
                                             {"opd", KJ_COL_TEXT},
                                             {"ukuran_label", KJ_COL_TEXT},
                                             {"ukuran", KJ_COL_TEXT},
                                             {"k", KJ_COL_INT},
                                             {"dari", KJ_COL_TEXT},
                                             {"sampai", KJ_COL_TEXT},
                                             {"slope_per_tahun", KJ_COL_REAL},
                                             {"se", KJ_COL_REAL},
                                             {"ci_low", KJ_COL_REAL},
                                             {"ci_high", KJ_COL_REAL},
                                             {"p", KJ_COL_REAL},
                                             {"label", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("tren", T_NCOL, defs);
  for (int o = 0; o <= r->n_opd; o++) {
    if (o < r->n_opd && r->opd[o].unit >= 0 && r->unit[r->opd[o].unit].opd_penerus != o) continue;
    for (int uk = 0; uk < KJ_UKURAN_N; uk++) {
      const kj_tren *k = &r->tren[o * KJ_UKURAN_N + uk];
      size_t i = kj_table_add_row(t);
      char lab[64];
      kj_table_set_text(t, i, T_KODE, r->opd[o].kode);
      kj_table_set_text(t, i, T_OPD, kj_rep_opd_name(r, o));
      kj_table_set_text(t, i, T_UK, kj_dimensi_label(uk, l));
      kj_table_set_text(t, i, T_NAMA, kj_dimensi_name(uk));
      kj_rep_tren_cells(t, i, T_K, k);
      kj_table_set_text(t, i, T_LABEL, st_label(c, &kj_enum_tren, k->label, lab, sizeof lab));
    }
  }
  kj_rep_arrows arrows;
  kj_rep_arrows_tren(l, &arrows);
  const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING};
  const kj_wb_col cols[T_NCOL] = {
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Ukuran", "Measure"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Nama kolom", "Column name"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Periode dipakai", "Periods used"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Dari", "From"), KJ_WB_TEXT, 0, NULL, ST_DASH},
      {KJ_T(l, "Sampai", "To"), KJ_WB_TEXT, 0, NULL, ST_DASH},
      {KJ_T(l, "Kemiringan per tahun", "Slope per year"), KJ_WB_DEC3, 0, &div, ST_DASH},
      {"SE", KJ_WB_DEC3, 0, NULL, ST_DASH},
      {KJ_T(l, "IK 95 % bawah", "95% CI low"), KJ_WB_DEC3, 0, NULL, ST_DASH},
      {KJ_T(l, "IK 95 % atas", "95% CI high"), KJ_WB_DEC3, 0, NULL, ST_DASH},
      {"p", KJ_WB_PVAL, 0, NULL, ST_DASH},
      {KJ_T(l, "Tren", "Trend"), KJ_WB_TEXT, 0, &arrows.cf, NULL}};
  char q[200], note[500], w[32];
  snprintf(q, sizeof q,
           KJ_T(l, "Ke mana arah setiap OPD selama %d\xE2\x80\x93%d?",
                "Which way did each OPD move over %d\xE2\x80\x93%d?"),
           r->dari, r->sampai);
  snprintf(note, sizeof note,
           KJ_T(l,
                "Regresi rata-rata per periode atas waktu (bulan: kemiringan x 12), paling sedikit "
                "3 periode dengan data cukup; naik/turun bila p < %g. Catatan unit yang digabung "
                "(menjadi) dihitung pada OPD penerusnya; OPD yang digabung tidak punya baris.",
                "Regression of period means on time (months: slope x 12), at least 3 periods with "
                "enough data; rising/falling when p < %g. Records of a merged unit (menjadi) count "
                "for its successor's OPD; merged OPD have no line."),
           r->params.alpha);
  (void)w;
  int row = st_title(c, sh, q, NULL, T_NCOL);
  kj_wb_table_opts o = {.cols = cols, .native = 0, .note = note};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);

  /* the city's period means, and a line chart of them */
  static const kj_column_def pd[4] = {
      {"periode", KJ_COL_TEXT}, {"n", KJ_COL_INT}, {"mean", KJ_COL_REAL}, {"ci_low", KJ_COL_REAL}};
  kj_table *p = kj_table_new("kota_periode", 4, pd);
  const int K = KJ_KOTA(r);
  for (int i = 0; i < r->n_periode; i++) {
    const kj_tren_titik *x = &r->titik[((size_t)K * KJ_UKURAN_N + KJ_UK_IKP) * r->n_periode + i];
    if (x->n == 0) continue;
    size_t j = kj_table_add_row(p);
    kj_table_set_text(p, j, 0, r->periode[i]);
    kj_table_set_int(p, j, 1, x->n);
    kj_table_set_real(p, j, 2, x->mean);
    kj_table_set_real(p, j, 3, x->ci_low);
  }
  const kj_wb_col pc[4] = {
      {KJ_T(l, "Periode", "Period"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Pegawai", "Employees"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "IKP rata-rata kota", "City mean IKP"), KJ_WB_DEC2, 0, NULL, ST_DASH},
      {KJ_T(l, "IK 95 % bawah", "95% CI low"), KJ_WB_DEC2, 0, NULL, ST_DASH}};
  row = kj_rep_heading(sh, row, KJ_T(l, "IKP kota per periode", "City IKP per period"));
  int hdr = row;
  kj_wb_table_opts po = {.cols = pc, .native = 1};
  row = kj_wb_table(sh, row, 0, p, &po);
  size_t n = p->nrows;
  kj_table_free(p);
  if (n < 2) return KJ_OK;
  kj_wb_series ser = {.name = KJ_T(l, "IKP rata-rata kota", "City mean IKP"),
                      .cats = {hdr + 1, 0, hdr + (int)n, 0},
                      .vals = {hdr + 1, 2, hdr + (int)n, 2}};
  kj_wb_chart_spec ch = {
      .kind = KJ_WB_CHART_LINE,
      .title = KJ_T(l, "IKP rata-rata kota per periode", "City mean IKP per period"),
      .x_title = KJ_T(l, "Periode", "Period"),
      .y_title = KJ_T(l, "IKP (konversi angka kredit)", "IKP (credit-point conversion)"),
      .nseries = 1,
      .series = &ser,
      .width = 760,
      .height = 320};
  kj_wb_chart(sh, row, 0, &ch);
  return KJ_OK;
}

/* ---- Tahun ke Tahun ----------------------------------------------------------- */

enum {
  Y_TAHUN,
  Y_KODE,
  Y_OPD,
  Y_UK,
  Y_NAMA,
  Y_N0,
  Y_M0,
  Y_N1,
  Y_M1,
  Y_SEL,
  Y_T,
  Y_DF,
  Y_P,
  Y_LABEL,
  Y_NCOL
};

kj_status st_yoy(st_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  kj_lang l = c->lang;
  static const kj_column_def defs[Y_NCOL] = {{"tahun", KJ_COL_INT},
                                             {"kode_opd", KJ_COL_TEXT},
                                             {"opd", KJ_COL_TEXT},
                                             {"ukuran_label", KJ_COL_TEXT},
                                             {"ukuran", KJ_COL_TEXT},
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
  static const int uks[2] = {KJ_UK_IKP, KJ_UK_CAPAIAN};
  for (int y = 0; y < c->s->n_tahun; y++) {
    const kj_analysis *r = c->s->tahun[y].r;
    for (int o = 0; o <= r->n_opd; o++)
      for (int m = 0; m < 2; m++) {
        const kj_yoy *x = &r->yoy[o * KJ_UKURAN_N + uks[m]];
        if (x->n_sebelum == 0 && x->n == 0) continue;
        size_t i = kj_table_add_row(t);
        char lab[64];
        kj_table_set_int(t, i, Y_TAHUN, r->tahun);
        kj_table_set_text(t, i, Y_KODE, r->opd[o].kode);
        kj_table_set_text(t, i, Y_OPD, kj_rep_opd_name(r, o));
        kj_table_set_text(t, i, Y_UK, kj_dimensi_label(uks[m], l));
        kj_table_set_text(t, i, Y_NAMA, kj_dimensi_name(uks[m]));
        kj_rep_yoy_cells(t, i, Y_N0, x);
        kj_table_set_text(t, i, Y_LABEL, st_label(c, &kj_enum_yoy, x->label, lab, sizeof lab));
      }
  }
  kj_rep_arrows arrows;
  kj_rep_arrows_yoy(l, &arrows);
  const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING};
  const kj_wb_col cols[Y_NCOL] = {
      {KJ_T(l, "Tahun", "Year"), KJ_WB_GENERAL, 0, NULL, NULL},
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Ukuran", "Measure"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Nama kolom", "Column name"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "n tahun sebelumnya", "n previous year"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Rata-rata tahun sebelumnya", "Previous year's mean"), KJ_WB_DEC2, 0, NULL, ST_DASH},
      {"n", KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Rata-rata", "Mean"), KJ_WB_DEC2, 0, NULL, ST_DASH},
      {KJ_T(l, "Selisih", "Difference"), KJ_WB_DEC2, 0, &div, ST_DASH},
      {"t (Welch)", KJ_WB_DEC2, 0, NULL, ST_DASH},
      {"df", KJ_WB_DEC1, 0, NULL, ST_DASH},
      {"p", KJ_WB_PVAL, 0, NULL, ST_DASH},
      {KJ_T(l, "Perubahan", "Change"), KJ_WB_TEXT, 0, &arrows.cf, NULL}};
  char q[200], w[32];
  snprintf(q, sizeof q,
           KJ_T(l, "OPD mana yang berubah bermakna dari tahun ke tahun, %s?",
                "Which OPD changed significantly from one year to the next, %s?"),
           st_window(c, w, sizeof w));
  int row = st_title(c, sh, q, NULL, Y_NCOL);
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 0,
      .note = KJ_T(l,
                   "Uji Welch nilai pegawai tahun Y terhadap Y\xE2\x88\x92"
                   "1 per OPD dan ukuran; "
                   "koreksi Benjamini-Hochberg atas semua OPD dan ukuran tahun itu, berubah bila "
                   "q < alpha dan selisih minimal tren_min (alat bantu keputusan). Semua ukuran ada "
                   "di Lampiran tahun_ke_tahun.",
                   "Welch test of employee values in Y against Y\xE2\x88\x92"
                   "1 per OPD and "
                   "measure; Benjamini-Hochberg over every OPD and measure of the year, changed "
                   "when q < alpha and the change is at least tren_min (a decision aid). Every "
                   "measure is in the appendix tahun_ke_tahun.")};
  kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return KJ_OK;
}

/* ---- Uji Antar OPD ------------------------------------------------------------ */

enum { A_TAHUN, A_K, A_N, A_F, A_DF1, A_DF2, A_P, A_ETA, A_NCOL };
enum { X_TAHUN, X_K, X_N, X_STAT, X_DF, X_P, X_V, X_MINEXP, X_LOW, X_NCOL };

kj_status st_uji(st_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_study *s = c->s;
  kj_lang l = c->lang;
  static const kj_column_def ad[A_NCOL] = {
      {"tahun", KJ_COL_INT}, {"opd", KJ_COL_INT},  {"n", KJ_COL_INT},  {"f", KJ_COL_REAL},
      {"df1", KJ_COL_REAL},  {"df2", KJ_COL_REAL}, {"p", KJ_COL_REAL}, {"eta2", KJ_COL_REAL}};
  static const kj_column_def xd[X_NCOL] = {{"tahun", KJ_COL_INT},
                                           {"opd", KJ_COL_INT},
                                           {"n", KJ_COL_INT},
                                           {"chi2", KJ_COL_REAL},
                                           {"df", KJ_COL_REAL},
                                           {"p", KJ_COL_REAL},
                                           {"cramer_v", KJ_COL_REAL},
                                           {"ekspektasi_min", KJ_COL_REAL},
                                           {"ekspektasi_kecil", KJ_COL_TEXT}};
  kj_table *a = kj_table_new("anova", A_NCOL, ad), *x = kj_table_new("chisq", X_NCOL, xd);
  for (int y = 0; y < s->n_tahun; y++) {
    const kj_study_tahun *v = &s->tahun[y];
    size_t i = kj_table_add_row(a);
    kj_table_set_int(a, i, A_TAHUN, v->tahun);
    kj_table_set_int(a, i, A_K, v->anova_k);
    kj_table_set_int(a, i, A_N, (int64_t)v->anova.n);
    kj_table_set_real(a, i, A_F, v->anova.f);
    kj_table_set_real(a, i, A_DF1, v->anova.df1);
    kj_table_set_real(a, i, A_DF2, v->anova.df2);
    kj_table_set_real(a, i, A_P, v->anova.p);
    kj_table_set_real(a, i, A_ETA, v->anova.eta2);
    i = kj_table_add_row(x);
    kj_table_set_int(x, i, X_TAHUN, v->tahun);
    kj_table_set_int(x, i, X_K, v->chisq_k);
    kj_table_set_int(x, i, X_N, v->chisq.n);
    kj_table_set_real(x, i, X_STAT, v->chisq.stat);
    kj_table_set_real(x, i, X_DF, v->chisq.df);
    kj_table_set_real(x, i, X_P, v->chisq.p);
    kj_table_set_real(x, i, X_V, v->chisq.cramer_v);
    kj_table_set_real(x, i, X_MINEXP, v->chisq.min_expected);
    if (isfinite(v->chisq.stat))
      kj_table_set_text(x, i, X_LOW,
                        v->chisq.low_expected ? KJ_T(l, "ya", "yes") : KJ_T(l, "tidak", "no"));
  }
  const kj_wb_cf seq = {.kind = KJ_WB_CF_SEQUENTIAL, .bounds = 1, .lo = 0, .hi = 0.3, .mid = 0.06};
  const kj_wb_col ac[A_NCOL] = {{KJ_T(l, "Tahun", "Year"), KJ_WB_GENERAL, 0, NULL, NULL},
                                {KJ_T(l, "OPD dalam uji", "OPD tested"), KJ_WB_INT, 0, NULL, NULL},
                                {KJ_T(l, "Pegawai", "Employees"), KJ_WB_INT, 0, NULL, NULL},
                                {"F", KJ_WB_DEC2, 0, NULL, ST_DASH},
                                {"df1", KJ_WB_GENERAL, 0, NULL, ST_DASH},
                                {"df2", KJ_WB_GENERAL, 0, NULL, ST_DASH},
                                {"p", KJ_WB_PVAL, 0, NULL, ST_DASH},
                                {"eta\xC2\xB2", KJ_WB_DEC3, 0, &seq, ST_DASH}};
  const kj_wb_col xc[X_NCOL] = {
      {KJ_T(l, "Tahun", "Year"), KJ_WB_GENERAL, 0, NULL, NULL},
      {KJ_T(l, "OPD dalam uji", "OPD tested"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Pegawai", "Employees"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Chi-kuadrat", "Chi-square"), KJ_WB_DEC2, 0, NULL, ST_DASH},
      {"df", KJ_WB_GENERAL, 0, NULL, ST_DASH},
      {"p", KJ_WB_PVAL, 0, NULL, ST_DASH},
      {KJ_T(l, "V Cram\xC3\xA9r", "Cram\xC3\xA9r's V"), KJ_WB_DEC3, 0, &seq, ST_DASH},
      {KJ_T(l, "Ekspektasi terkecil", "Smallest expected count"), KJ_WB_DEC2, 0, NULL, ST_DASH},
      {KJ_T(l, "Ekspektasi < 5", "Expected < 5"), KJ_WB_TEXT, 0, NULL, ST_DASH}};
  char q[200], w[32], note[900];
  snprintf(q, sizeof q,
           KJ_T(l, "Seberapa besar perbedaan kinerja antar OPD setiap tahun, %s?",
                "How large are the differences between OPD each year, %s?"),
           st_window(c, w, sizeof w));
  int row = st_title(c, sh, q, NULL, X_NCOL);
  row = kj_rep_heading(
      sh, row,
      KJ_T(l, "ANOVA satu arah IKP pegawai antar OPD", "One-way ANOVA of employee IKP across OPD"));
  snprintf(
      note, sizeof note,
      KJ_T(l,
           "Kelompok: OPD dengan paling sedikit %ld pegawai bernilai IKP pada tahun itu (OPD "
           "tahun itu, seperti tabel opd_ukuran). F = (JK antar/df1)/(JK dalam/df2), df1 = "
           "OPD \xE2\x88\x92 1, df2 = pegawai \xE2\x88\x92 OPD; eta\xC2\xB2 = JK antar / JK "
           "total = bagian variasi IKP yang dijelaskan oleh OPD (0,01 kecil, 0,06 sedang, "
           "0,14 besar).",
           "Groups: the OPD with at least %ld employees with an IKP that year (the OPD of that "
           "year, as in opd_ukuran). F = (SS between/df1)/(SS within/df2), df1 = OPD "
           "\xE2\x88\x92 1, df2 = employees \xE2\x88\x92 OPD; eta\xC2\xB2 = SS between / SS "
           "total = the share of IKP variation explained by the OPD (0.01 small, 0.06 medium, "
           "0.14 large)."),
      c->last->params.min_kelompok);
  kj_wb_table_opts ao = {.cols = ac, .native = 1, .note = note};
  row = kj_wb_table(sh, row, 0, a, &ao);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Chi-kuadrat predikat tahunan antar OPD",
                            "Chi-square of annual predikat across OPD"));
  snprintf(
      note, sizeof note,
      KJ_T(l,
           "Tabel OPD x lima predikat tahunan (OPD dengan paling sedikit %ld pegawai "
           "berpredikat, seperti tabel opd_predikat), uji independensi Pearson tanpa koreksi "
           "kontinuitas; kolom predikat yang kosong dibuang sebelum uji. V Cram\xC3\xA9r = "
           "akar(chi\xC2\xB2 / (n (min(baris, kolom) \xE2\x88\x92 1))). \"ya\": ada ekspektasi "
           "di bawah 5, p kurang dapat dipercaya.",
           "OPD x five annual predikat table (OPD with at least %ld employees with a "
           "predikat, as in opd_predikat), Pearson test of independence without continuity "
           "correction; empty predikat columns are dropped first. Cram\xC3\xA9r's V = "
           "sqrt(chi\xC2\xB2 / (n (min(rows, columns) \xE2\x88\x92 1))). \"yes\": an expected "
           "count below 5, p is less reliable."),
      c->last->params.min_kelompok);
  kj_wb_table_opts xo = {.cols = xc, .native = 1, .note = note};
  kj_wb_table(sh, row, 0, x, &xo);
  kj_table_free(a);
  kj_table_free(x);
  return KJ_OK;
}
