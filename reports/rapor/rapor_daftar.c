/* rapor_daftar.c — the "Teladan" and "Perlu Pembinaan" sheets of the Rapor
 * OPD: the OPD's role models and the employees who need coaching
 * (analytics.md §8), named for the OPD's head unless anonymised, each with
 * the figures behind the reason.
 */
#include "reports/rapor/rapor_int.h"

#include <stdio.h>

#include "util/buf.h"

enum { T_RANK, T_NAMA, T_NIP, T_UNIT, T_IKP, T_CAP, T_NPER, T_SB, T_BATAS, T_ACUAN, T_NCOL };

kj_status rp_teladan(rp_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[T_NCOL] = {
      {"peringkat", KJ_COL_INT},      {"nama", KJ_COL_TEXT},
      {"nip", KJ_COL_TEXT},           {"unit", KJ_COL_TEXT},
      {"ikp", KJ_COL_REAL},           {"capaian", KJ_COL_REAL},
      {"n_periode", KJ_COL_INT},      {"share_sangat_baik", KJ_COL_REAL},
      {"batas_capaian", KJ_COL_REAL}, {"acuan_capaian", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("teladan", T_NCOL, defs);
  for (size_t i = 0; i < r->n_teladan; i++) {
    const kj_daftar *d = &r->teladan[i];
    const kj_pegawai_tahun *p = &r->pegawai[d->pegawai];
    if (p->opd != c->o) continue;
    size_t j = kj_table_add_row(t);
    char who[200], nip[40];
    kj_table_set_int(t, j, T_RANK, d->peringkat);
    kj_table_set_text(t, j, T_NAMA, rp_person(c, (size_t)d->pegawai, who, sizeof who));
    kj_table_set_text(t, j, T_NIP, rp_nip(c, p->nip, nip, sizeof nip));
    kj_table_set_text(t, j, T_UNIT, p->unit >= 0 ? rp_unit_name(r, p->unit) : NULL);
    kj_table_set_real(t, j, T_IKP, p->ukuran[KJ_UK_IKP]);
    kj_table_set_real(t, j, T_CAP, p->ukuran[KJ_UK_CAPAIAN]);
    kj_table_set_int(t, j, T_NPER, p->n_periode);
    kj_table_set_real(t, j, T_SB, d->share_sangat_baik);
    kj_table_set_real(t, j, T_BATAS, d->batas_capaian);
    kj_table_set_text(t, j, T_ACUAN, d->acuan_kota ? KJ_T(l, "kota", "city") : "OPD");
  }
  const kj_wb_col cols[T_NCOL] = {
      {KJ_T(l, "Peringkat", "Rank"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Nama", "Name"), KJ_WB_TEXT, 0, NULL, NULL},
      {"NIP", KJ_WB_TEXT, 0, NULL, NULL},
      {"Unit", KJ_WB_TEXT, 0, NULL, RP_DASH},
      {"IKP", KJ_WB_DEC1, 0, NULL, RP_DASH},
      {KJ_T(l, "Capaian (%)", "Capaian (%)"), KJ_WB_DEC1, 0, NULL, RP_DASH},
      {KJ_T(l, "Catatan periodik", "Periodic records"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "% periode Sangat Baik", "% periods Sangat Baik"), KJ_WB_PCT1, 0, NULL, RP_DASH},
      {KJ_T(l, "Batas capaian 10 % teratas", "Top-10% capaian threshold"), KJ_WB_DEC1, 0, NULL,
       RP_DASH},
      {KJ_T(l, "Batas dari", "Threshold of"), KJ_WB_TEXT, 0, NULL, NULL}};
  char q[300], note[600];
  snprintf(q, sizeof q,
           KJ_T(l, "Siapa pegawai teladan %s tahun %d?", "Who are the role models of %s in %d?"),
           rp_short(c), r->tahun);
  snprintf(
      note, sizeof note,
      KJ_T(l,
           "Teladan: Sangat Baik pada paling sedikit 75 %% catatan periodik (minimal 6 bulanan "
           "atau 3 triwulanan) dan capaian dalam 10 %% teratas OPD (kota bila OPD kurang dari "
           "20 pegawai); diurutkan menurut IKP lalu capaian, paling banyak %ld per OPD.",
           "Role model: Sangat Baik in at least 75%% of the periodic records (at least 6 "
           "monthly or 3 quarterly) and capaian in the OPD's top 10%% (the city's when the OPD "
           "has fewer than 20 employees); ranked by IKP, then capaian, at most %ld per OPD."),
      r->params.teladan_per_opd);
  int row = rp_title(c, sh, q, NULL, T_NCOL);
  kj_wb_table_opts o = {.cols = cols, .native = 0, .note = note};
  kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return KJ_OK;
}

enum {
  B_NAMA,
  B_NIP,
  B_UNIT,
  B_ALASAN,
  B_PRED,
  B_IKP,
  B_BERTURUT,
  B_SLOPE,
  B_SLOPE_P,
  B_NPER,
  B_NCOL
};

static void reasons(const rp_ctx *c, unsigned bits, kj_buf *b) {
  kj_lang l = c->lang;
  const char *parts[3];
  size_t n = 0;
  if (bits & KJ_BINA_BERTURUT)
    parts[n++] = KJ_T(l, "predikat di bawah Baik dua periode berturut-turut atau lebih",
                      "predikat below Baik in two or more consecutive periods");
  if (bits & KJ_BINA_TAHUNAN)
    parts[n++] = KJ_T(l, "predikat tahunan Kurang atau Sangat Kurang",
                      "annual predikat Kurang or Sangat Kurang");
  if (bits & KJ_BINA_TREN)
    parts[n++] = KJ_T(l, "IKP periodik menurun bermakna", "periodic IKP falling significantly");
  kj_rep_join(b, parts, n, l);
}

kj_status rp_pembinaan(rp_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[B_NCOL] = {{"nama", KJ_COL_TEXT},
                                             {"nip", KJ_COL_TEXT},
                                             {"unit", KJ_COL_TEXT},
                                             {"alasan", KJ_COL_TEXT},
                                             {"predikat_tahunan", KJ_COL_TEXT},
                                             {"ikp", KJ_COL_REAL},
                                             {"berturut", KJ_COL_INT},
                                             {"slope_per_tahun", KJ_COL_REAL},
                                             {"slope_p", KJ_COL_REAL},
                                             {"n_periode", KJ_COL_INT}};
  kj_table *t = kj_table_new("pembinaan", B_NCOL, defs);
  kj_buf why = {0};
  for (size_t i = 0; i < r->n_pembinaan; i++) {
    const kj_daftar *d = &r->pembinaan[i];
    const kj_pegawai_tahun *p = &r->pegawai[d->pegawai];
    if (p->opd != c->o) continue;
    size_t j = kj_table_add_row(t);
    char who[200], nip[40];
    kj_buf_reset(&why);
    reasons(c, d->alasan, &why);
    kj_table_set_text(t, j, B_NAMA, rp_person(c, (size_t)d->pegawai, who, sizeof who));
    kj_table_set_text(t, j, B_NIP, rp_nip(c, p->nip, nip, sizeof nip));
    kj_table_set_text(t, j, B_UNIT, p->unit >= 0 ? rp_unit_name(r, p->unit) : NULL);
    kj_table_set_text(t, j, B_ALASAN, kj_buf_cstr(&why));
    if (p->predikat_tahunan >= 0)
      kj_table_set_text(t, j, B_PRED, kj_enum_label(&kj_enum_predikat, p->predikat_tahunan, l));
    kj_table_set_real(t, j, B_IKP, p->ukuran[KJ_UK_IKP]);
    kj_table_set_int(t, j, B_BERTURUT, d->berturut);
    kj_table_set_real(t, j, B_SLOPE, d->slope_per_tahun);
    kj_table_set_real(t, j, B_SLOPE_P, d->slope_p);
    kj_table_set_int(t, j, B_NPER, p->n_periode);
  }
  kj_buf_free(&why);
  const kj_wb_col cols[B_NCOL] = {
      {KJ_T(l, "Nama", "Name"), KJ_WB_TEXT, 0, NULL, NULL},
      {"NIP", KJ_WB_TEXT, 0, NULL, NULL},
      {"Unit", KJ_WB_TEXT, 0, NULL, RP_DASH},
      {KJ_T(l, "Alasan", "Reason"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Predikat tahunan", "Annual predikat"), KJ_WB_TEXT, 0, NULL, RP_DASH},
      {"IKP", KJ_WB_DEC1, 0, NULL, RP_DASH},
      {KJ_T(l, "Periode rendah berturut-turut", "Consecutive low periods"), KJ_WB_INT, 0, NULL,
       NULL},
      {KJ_T(l, "Kemiringan IKP per tahun", "IKP slope per year"), KJ_WB_DEC1, 0, NULL, RP_DASH},
      {KJ_T(l, "p kemiringan", "Slope p"), KJ_WB_PVAL, 0, NULL, RP_DASH},
      {KJ_T(l, "Catatan periodik", "Periodic records"), KJ_WB_INT, 0, NULL, NULL}};
  char q[300];
  snprintf(q, sizeof q,
           KJ_T(l, "Siapa pegawai %s yang perlu pembinaan tahun %d, dan mengapa?",
                "Who in %s needs coaching in %d, and why?"),
           rp_short(c), r->tahun);
  int row = rp_title(c, sh, q, NULL, B_NCOL);
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 0,
      .note = KJ_T(l,
                   "Perlu pembinaan: 2 predikat periodik berturut-turut di bawah Baik, predikat "
                   "tahunan Kurang/Sangat Kurang, atau kemiringan IKP periodik negatif bermakna "
                   "(paling sedikit 6 catatan). Bahan pembinaan, bukan sanksi.",
                   "Needs coaching: 2 consecutive periodic predikat below Baik, an annual "
                   "predikat Kurang/Sangat Kurang, or a significant negative slope of periodic IKP "
                   "(at least 6 records). Material for coaching, not a sanction.")};
  kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return KJ_OK;
}
