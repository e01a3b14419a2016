/* rapor_profil.c — the "Profil BerAKHLAK" sheet: where the OPD is strong or
 * weak compared with the other OPD (analytics.md §3), on IKP, capaian, the
 * seven BerAKHLAK values and the nine SKM unsur where its units were
 * surveyed. One row per dimension with the engine's Welch test, Cohen's d,
 * BH q and label, the city mean beside it; a native radar chart of the
 * seven values (OPD against the city) that leaders can restyle, and the
 * cairo profile chart with the 95 % intervals Excel cannot draw.
 */
#include "reports/rapor/rapor_int.h"

#include <math.h>
#include <stdio.h>

enum {
  C_DIMENSI,
  C_NAMA,
  C_N,
  C_OPD,
  C_LAIN,
  C_KOTA,
  C_SELISIH,
  C_D,
  C_T,
  C_DF,
  C_P,
  C_Q,
  C_LABEL,
  C_NCOL
};

kj_status rp_profil(rp_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  const int K = KJ_KOTA(r);
  static const kj_column_def defs[C_NCOL] = {
      {"dimensi", KJ_COL_TEXT},  {"nama", KJ_COL_TEXT},      {"n", KJ_COL_INT},
      {"mean_opd", KJ_COL_REAL}, {"mean_lain", KJ_COL_REAL}, {"mean_kota", KJ_COL_REAL},
      {"selisih", KJ_COL_REAL},  {"d", KJ_COL_REAL},         {"t", KJ_COL_REAL},
      {"df", KJ_COL_REAL},       {"p", KJ_COL_REAL},         {"q", KJ_COL_REAL},
      {"label", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("profil", C_NCOL, defs);
  int nilai_row = -1, nilai_n = 0;
  for (int d = 0; d < KJ_DIMENSI_N; d++) {
    const kj_kk *k = &r->kk[c->o * KJ_DIMENSI_N + d];
    if (!k->ada) continue;
    size_t row = kj_table_add_row(t);
    if (d >= KJ_UK_NILAI && d < KJ_UKURAN_N) {
      if (nilai_row < 0) nilai_row = (int)row;
      nilai_n++;
    }
    char lab[64];
    kj_table_set_text(t, row, C_DIMENSI, kj_dimensi_label(d, l));
    kj_table_set_text(t, row, C_NAMA, kj_dimensi_name(d));
    kj_table_set_int(t, row, C_N, k->n);
    kj_table_set_real(t, row, C_OPD, k->mean_opd);
    kj_table_set_real(t, row, C_LAIN, k->mean_lain);
    kj_table_set_real(t, row, C_KOTA,
                      d < KJ_UKURAN_N ? r->stat[K].ukuran[d].mean
                                      : r->skm_opd[K].nrr[d - KJ_DIM_SKM]);
    kj_table_set_real(t, row, C_SELISIH, k->mean_opd - k->mean_lain);
    kj_table_set_real(t, row, C_D, k->d);
    kj_table_set_real(t, row, C_T, k->t);
    kj_table_set_real(t, row, C_DF, k->df);
    kj_table_set_real(t, row, C_P, k->p);
    kj_table_set_real(t, row, C_Q, k->q);
    kj_table_set_text(t, row, C_LABEL, rp_label(c, &kj_enum_kk, k->label, lab, sizeof lab));
  }
  char kuat[64], lemah[64], setara[64];
  rp_label(c, &kj_enum_kk, KJ_KK_KEKUATAN, kuat, sizeof kuat);
  rp_label(c, &kj_enum_kk, KJ_KK_KELEMAHAN, lemah, sizeof lemah);
  rp_label(c, &kj_enum_kk, KJ_KK_SETARA, setara, sizeof setara);
  const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING, .bounds = 1, .lo = -1, .hi = 1};
  const kj_wb_cf lab = {
      .kind = KJ_WB_CF_TRAFFIC_TEXT, .good = kuat, .bad = lemah, .neutral = setara};
  const kj_wb_col cols[C_NCOL] = {
      {KJ_T(l, "Dimensi", "Dimension"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Nama kolom", "Column name"), KJ_WB_TEXT, 0, NULL, NULL},
      {"n", KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Rata-rata OPD", "OPD mean"), KJ_WB_DEC2, 0, NULL, kj_rep_tcd(c->lang)},
      {KJ_T(l, "Rata-rata OPD lain", "Other OPD mean"), KJ_WB_DEC2, 0, NULL, RP_DASH},
      {KJ_T(l, "Rata-rata kota", "City mean"), KJ_WB_DEC2, 0, NULL, RP_DASH},
      {KJ_T(l, "Selisih", "Difference"), KJ_WB_DEC2, 0, NULL, RP_DASH},
      {KJ_T(l, "Cohen d", "Cohen's d"), KJ_WB_DEC3, 0, &div, RP_DASH},
      {"t (Welch)", KJ_WB_DEC2, 0, NULL, RP_DASH},
      {"df", KJ_WB_DEC1, 0, NULL, RP_DASH},
      {"p", KJ_WB_PVAL, 0, NULL, RP_DASH},
      {KJ_T(l, "q (BH)", "q (BH)"), KJ_WB_PVAL, 0, NULL, RP_DASH},
      {"Label", KJ_WB_TEXT, 0, &lab, NULL}};
  char q[300], note[700];
  snprintf(q, sizeof q,
           KJ_T(l, "Di mana %s lebih kuat atau lebih lemah dari OPD lain tahun %d?",
                "Where is %s stronger or weaker than the other OPD in %d?"),
           rp_short(c), r->tahun);
  snprintf(
      note, sizeof note,
      KJ_T(l,
           "Pegawai OPD dibandingkan dengan pegawai semua OPD lain (uji Welch; SKM: responden "
           "unit OPD dengan responden unit lain). q = p setelah koreksi Benjamini-Hochberg "
           "atas semua uji tahun %d. Kekuatan: q < %g dan d \xE2\x89\xA5 %g; kelemahan: q < %g "
           "dan d \xE2\x89\xA4 \xE2\x88\x92%g. Selisih dalam satuan ukurannya (poin IKP, poin "
           "persen capaian, poin skor 1\xE2\x80\x93"
           "5, poin jawaban SKM 1\xE2\x80\x93"
           "4).",
           "OPD staff compared with the staff of all other OPD (Welch test; SKM: the OPD's "
           "respondents against the other units'). q = p after Benjamini-Hochberg over all "
           "tests of %d. Strength: q < %g and d \xE2\x89\xA5 %g; weakness: q < %g and d "
           "\xE2\x89\xA4 \xE2\x88\x92%g. Differences in the measure's unit (IKP points, "
           "capaian percentage points, score points 1\xE2\x80\x93"
           "5, SKM answer points "
           "1\xE2\x80\x93"
           "4)."),
      r->tahun, r->params.alpha, r->params.efek_min, r->params.alpha, r->params.efek_min);
  int row = rp_title(c, sh, q, NULL, C_NCOL);
  int hdr = row;
  kj_wb_table_opts o = {.cols = cols, .native = 0, .note = note};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);

  int has_opd = r->stat[c->o].cukup && nilai_n == KJ_NILAI_N &&
                isfinite(r->kk[c->o * KJ_DIMENSI_N + KJ_UK_NILAI].mean_opd);
  if (has_opd) {
    int a = hdr + 1 + nilai_row, b = a + KJ_NILAI_N - 1;
    kj_wb_series ser[2] = {
        {.name = rp_short(c), .cats = {a, C_DIMENSI, b, C_DIMENSI}, .vals = {a, C_OPD, b, C_OPD}},
        {.name = KJ_T(l, "Kota", "City"),
         .cats = {a, C_DIMENSI, b, C_DIMENSI},
         .vals = {a, C_KOTA, b, C_KOTA}}};
    char title[300];
    snprintf(
        title, sizeof title,
        KJ_T(l, "Profil BerAKHLAK %s dan kota, %d", "BerAKHLAK profile of %s and the city, %d"),
        rp_short(c), r->tahun);
    kj_wb_chart_spec ch = {.kind = KJ_WB_CHART_RADAR,
                           .title = title,
                           .nseries = 2,
                           .series = ser,
                           .y_title = KJ_T(l,
                                           "Skor rata-rata (1\xE2\x80\x93"
                                           "5)",
                                           "Mean score (1\xE2\x80\x93"
                                           "5)"),
                           /* the whole 1-5 scale: a cut axis would magnify small gaps */
                           .y_bounds = 1,
                           .y_min = 1,
                           .y_max = 5,
                           .width = 560,
                           .height = 400};
    row = kj_wb_chart(sh, row, 0, &ch);
  }
  kj_figure f;
  kj_error why = {KJ_OK, ""};
  kj_status built = kj_fig_profil(r, c->o, l, &f, &why);
  row = rp_figure(c, sh, row + 1, 0, built, &f, &why);
  kj_figure_free(&f);
  return KJ_OK;
}
