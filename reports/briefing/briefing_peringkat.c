/* briefing_peringkat.c — the "Peringkat OPD" sheet: where each OPD stands.
 * One row per OPD in ranking order (mean IKP, highest first; OPD with too
 * few employees below, marked "data tidak cukup"), the city as a bold total
 * row that sorting never moves, and the ranking chart with the 95 % CI
 * whiskers Excel cannot draw (a cairo PNG). Every rank comes with its 95 %
 * rank interval and the shrunken mean (analytics.md §2), so no reader takes
 * rank 3 against rank 5 as a difference. Data bars on counts and means, a
 * colour scale on shares, traffic lights on IKM, arrows on the trend labels.
 */
#include "reports/briefing/briefing_int.h"

#include <math.h>
#include <stdio.h>

enum {
  C_RANK,
  C_RBAWAH,
  C_RATAS,
  C_KODE,
  C_OPD,
  C_N,
  C_IKP,
  C_LO,
  C_HI,
  C_SUSUT,
  C_CAPAIAN,
  C_SB,
  C_BAWAH,
  C_IKM,
  C_MUTU,
  C_TREN,
  C_YOY,
  C_NCOL
};

static double share_below_baik(const kj_opd_stat *s) {
  /* a share of the three predikat below Baik: a sum of the engine's shares */
  return s->predikat_share[KJ_BUTUH_PERBAIKAN] + s->predikat_share[KJ_KURANG] +
         s->predikat_share[KJ_SANGAT_KURANG];
}

static void opd_row(bf_ctx *c, kj_table *t, int o) {
  const kj_analysis *r = c->r;
  const kj_opd_stat *s = &r->stat[o];
  const kj_desc *ikp = &s->ukuran[KJ_UK_IKP];
  size_t row = kj_table_add_row(t);
  char lab[64];
  const kj_rank *rk = o < r->n_opd && r->rank ? &r->rank[o] : NULL;
  if (rk && rk->peringkat > 0) {
    kj_table_set_int(t, row, C_RANK, rk->peringkat);
    kj_table_set_int(t, row, C_RBAWAH, rk->bawah);
    kj_table_set_int(t, row, C_RATAS, rk->atas);
    kj_table_set_real(t, row, C_SUSUT, rk->mean_susut);
  }
  kj_table_set_text(t, row, C_KODE, c->r->opd[o].kode);
  kj_table_set_text(t, row, C_OPD, kj_rep_opd_name(r, o));
  kj_table_set_int(t, row, C_N, s->n_pegawai);
  kj_table_set_real(t, row, C_IKP, ikp->mean);
  kj_table_set_real(t, row, C_LO, ikp->ci_low);
  kj_table_set_real(t, row, C_HI, ikp->ci_high);
  kj_table_set_real(t, row, C_CAPAIAN, s->ukuran[KJ_UK_CAPAIAN].mean);
  kj_table_set_real(t, row, C_SB, s->predikat_share[KJ_SANGAT_BAIK]);
  kj_table_set_real(t, row, C_BAWAH, share_below_baik(s));
  const kj_skm *k = &r->skm_opd[o];
  if (k->n_responden > 0) {
    kj_table_set_real(t, row, C_IKM, k->ikm);
    if (k->mutu < KJ_MUTU_N)
      kj_table_set_text(t, row, C_MUTU, kj_enum_canon(&kj_enum_mutu, k->mutu));
  }
  const kj_tren *tr = &r->tren[o * KJ_UKURAN_N + KJ_UK_IKP];
  kj_table_set_text(t, row, C_TREN,
                    kj_rep_label(&kj_enum_tren, tr->label, c->lang, lab, sizeof lab));
  const kj_yoy *y = &r->yoy[o * KJ_UKURAN_N + KJ_UK_IKP];
  kj_table_set_text(t, row, C_YOY, kj_rep_label(&kj_enum_yoy, y->label, c->lang, lab, sizeof lab));
}

kj_status bf_peringkat(bf_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  kj_status st = KJ_OK;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[C_NCOL] = {
      {"peringkat", KJ_COL_INT}, {"peringkat_bawah", KJ_COL_INT},
      {"peringkat_atas", KJ_COL_INT}, {"kode_opd", KJ_COL_TEXT},
      {"opd", KJ_COL_TEXT},      {"n", KJ_COL_INT},
      {"ikp", KJ_COL_REAL},      {"ci_low", KJ_COL_REAL},
      {"ci_high", KJ_COL_REAL},  {"mean_susut", KJ_COL_REAL}, {"capaian", KJ_COL_REAL},
      {"share_sb", KJ_COL_REAL}, {"share_bawah", KJ_COL_REAL},
      {"ikm", KJ_COL_REAL},      {"mutu", KJ_COL_TEXT},
      {"tren", KJ_COL_TEXT},     {"yoy", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("peringkat_opd", C_NCOL, defs);
  for (int i = 0; i < r->n_opd; i++) opd_row(c, t, c->rank[i]);
  opd_row(c, t, KJ_KOTA(r));

  kj_rep_arrows tren_arrows, yoy_arrows;
  kj_rep_arrows_tren(l, &tren_arrows);
  kj_rep_arrows_yoy(l, &yoy_arrows);
  const kj_wb_cf bars = {.kind = KJ_WB_CF_DATABAR};
  const kj_wb_cf seq = {.kind = KJ_WB_CF_SEQUENTIAL};
  const kj_wb_cf ikm = {.kind = KJ_WB_CF_TRAFFIC, .lo = 76.61, .hi = 88.31};
  const char *dash = "\xE2\x80\x93";
  const kj_wb_col cols[C_NCOL] = {
      {KJ_T(l, "Peringkat", "Rank"), KJ_WB_INT, 0, NULL, dash},
      {KJ_T(l, "Kisaran 95 %: terbaik", "95% range: best"), KJ_WB_INT, 0, NULL, dash},
      {KJ_T(l, "Kisaran 95 %: terburuk", "95% range: worst"), KJ_WB_INT, 0, NULL, dash},
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Pegawai dinilai", "Employees rated"), KJ_WB_INT, 0, &bars, NULL},
      {KJ_T(l, "IKP rata-rata", "Mean IKP"), KJ_WB_DEC1, 0, &bf_ikp_bars, kj_rep_tcd(c->lang)},
      {KJ_T(l, "IK 95 % bawah", "95% CI low"), KJ_WB_DEC1, 0, NULL, dash},
      {KJ_T(l, "IK 95 % atas", "95% CI high"), KJ_WB_DEC1, 0, NULL, dash},
      {KJ_T(l, "IKP disusutkan", "Shrunken IKP"), KJ_WB_DEC1, 0, NULL, dash},
      {KJ_T(l, "Capaian rata-rata (%)", "Mean capaian (%)"), KJ_WB_DEC1, 0, NULL, dash},
      {KJ_T(l, "% Sangat Baik", "% Sangat Baik"), KJ_WB_PCT1, 0, &seq, dash},
      {KJ_T(l, "% di bawah Baik", "% below Baik"), KJ_WB_PCT1, 0, &seq, dash},
      {"IKM", KJ_WB_DEC1, 0, &ikm,
       NULL}, /* traffic lights: blanks stay uncoloured, text would not */
      {KJ_T(l, "Mutu IKM", "IKM grade"), KJ_WB_TEXT, 0, NULL, dash},
      {KJ_T(l, "Tren IKP", "IKP trend"), KJ_WB_TEXT, 0, &tren_arrows.cf, NULL},
      {KJ_T(l, "Dibanding tahun lalu", "Versus last year"), KJ_WB_TEXT, 0, &yoy_arrows.cf, NULL}};
  char note[1200];
  snprintf(note, sizeof note,
           KJ_T(l,
                "IKP = predikat dikonversi ke persentase angka kredit (Sangat Baik 150 ... Sangat "
                "Kurang 25), bukan skor resmi. IK 95 %% = rentang tempat rata-rata sebenarnya "
                "hampir pasti berada. Kisaran 95 %% = peringkat terbaik dan terburuk yang masih "
                "masuk akal (bootstrap parametrik, 10.000 ulangan): dua OPD yang kisarannya "
                "bertumpang tindih belum tentu berbeda. IKP disusutkan = rata-rata yang ditarik ke "
                "rata-rata kota sesuai ketidakpastiannya (Bayes empiris, DerSimonian-Laird). OPD "
                "dengan kurang dari %ld pegawai: data tidak cukup (tetap dihitung dalam angka "
                "kota). Tren: %d\xE2\x80\x93%d; IKM dari SKM unit-unit OPD.",
                "IKP = predikat converted to credit-point percentages (Sangat Baik 150 ... Sangat "
                "Kurang 25), not an official score. 95%% CI = the range in which the true mean "
                "almost certainly lies. 95%% range = the best and worst plausible rank "
                "(parametric bootstrap, 10,000 draws): two OPD whose ranges overlap need not "
                "differ. Shrunken IKP = the mean pulled toward the city mean as far as its "
                "uncertainty warrants (empirical Bayes, DerSimonian-Laird). OPD with fewer than "
                "%ld employees: not enough data (still counted in the city row). Trend: "
                "%d\xE2\x80\x93%d; IKM from the OPD's SKM units."),
           r->params.min_kelompok, r->dari, r->sampai);
  char q[200];
  snprintf(q, sizeof q,
           KJ_T(l, "Bagaimana posisi setiap OPD pada kinerja pegawai tahun %d?",
                "Where does each OPD stand on staff performance in %d?"),
           r->tahun);
  int row = bf_title(c, sh, q, NULL, C_NCOL);
  kj_wb_table_opts o = {.cols = cols, .native = 0, .total_row = 1, .note = note};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  /* Excel cannot draw the CI whiskers: the ranking chart is the cairo one */
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "IKP rata-rata per OPD dengan rentang ketidakpastian (IK 95 %)",
                            "Mean IKP per OPD with its uncertainty (95% CI)"));
  bf_image(c, sh, row, BF_FIG_PERINGKAT, BF_PAGE_WIDE, &st, err);
  return st;
}
