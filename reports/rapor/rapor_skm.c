/* rapor_skm.c — the "Kepuasan Masyarakat" sheet: how satisfied are the
 * citizens served by the OPD's units (analytics.md §6)? One row per service
 * unit of the OPD surveyed in Y with its IKM, interval, grade, NRR per unsur
 * and weakest unsur (flagged under skm_min_responden), the OPD's roll-up and
 * the city as the last rows; then the pairing of each unit's IKM with its
 * staff's mean IKP and the "penilaian tinggi, kepuasan rendah" flag.
 */
#include "reports/rapor/rapor_int.h"

#include <stdio.h>

enum {
  C_KODE,
  C_UNIT,
  C_N,
  C_IKM,
  C_LO,
  C_HI,
  C_MUTU,
  C_U1,
  C_LEMAH = C_U1 + KJ_SKM_UNSUR,
  C_SEDIKIT,
  C_NCOL
};

static void skm_row(rp_ctx *c, kj_table *t, const char *kode, const char *nama, const kj_skm *k) {
  kj_lang l = c->lang;
  size_t i = kj_table_add_row(t);
  kj_table_set_text(t, i, C_KODE, kode);
  kj_table_set_text(t, i, C_UNIT, nama);
  kj_table_set_int(t, i, C_N, k->n_responden);
  kj_table_set_real(t, i, C_IKM, k->ikm);
  kj_table_set_real(t, i, C_LO, k->ci_low);
  kj_table_set_real(t, i, C_HI, k->ci_high);
  if (k->mutu < KJ_MUTU_N) kj_table_set_text(t, i, C_MUTU, kj_enum_canon(&kj_enum_mutu, k->mutu));
  for (int u = 0; u < KJ_SKM_UNSUR; u++) kj_table_set_real(t, i, C_U1 + u, k->nrr[u]);
  if (k->unsur_terlemah >= 0)
    kj_table_set_text(t, i, C_LEMAH, kj_dimensi_label(KJ_DIM_SKM + k->unsur_terlemah, l));
  kj_table_set_text(t, i, C_SEDIKIT, k->sedikit ? KJ_T(l, "ya", "yes") : KJ_T(l, "tidak", "no"));
}

static int units(rp_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  kj_column_def defs[C_NCOL] = {{"kode_unit", KJ_COL_TEXT},  {"unit", KJ_COL_TEXT},
                                {"n_responden", KJ_COL_INT}, {"ikm", KJ_COL_REAL},
                                {"ci_low", KJ_COL_REAL},     {"ci_high", KJ_COL_REAL},
                                {"mutu", KJ_COL_TEXT}};
  static const char *const nrr[KJ_SKM_UNSUR] = {"nrr_u1", "nrr_u2", "nrr_u3", "nrr_u4", "nrr_u5",
                                                "nrr_u6", "nrr_u7", "nrr_u8", "nrr_u9"};
  for (int u = 0; u < KJ_SKM_UNSUR; u++) defs[C_U1 + u] = (kj_column_def){nrr[u], KJ_COL_REAL};
  defs[C_LEMAH] = (kj_column_def){"unsur_terlemah", KJ_COL_TEXT};
  defs[C_SEDIKIT] = (kj_column_def){"responden_kurang", KJ_COL_TEXT};
  kj_table *t = kj_table_new("skm", C_NCOL, defs);
  for (size_t i = 0; i < r->n_skm_unit; i++) {
    const kj_skm *k = &r->skm_unit[i];
    if (k->unit < 0 || r->unit[k->unit].opd != c->o) continue;
    skm_row(c, t, r->unit[k->unit].kode, rp_unit_name(r, k->unit), k);
  }
  size_t nunits = t->nrows;
  if (r->skm_opd[c->o].n_responden > 0)
    skm_row(c, t, r->opd[c->o].kode, kj_rep_opd_name(r, c->o), &r->skm_opd[c->o]);
  if (r->skm_opd[KJ_KOTA(r)].n_responden > 0)
    skm_row(c, t, "KOTA", kj_rep_opd_name(r, KJ_KOTA(r)), &r->skm_opd[KJ_KOTA(r)]);
  const kj_wb_cf ikm = {.kind = KJ_WB_CF_TRAFFIC, .lo = 76.61, .hi = 88.31};
  const kj_wb_cf heat = {.kind = KJ_WB_CF_SEQUENTIAL, .bounds = 1, .lo = 1, .hi = 4, .mid = 2.5};
  kj_wb_col cols[C_NCOL] = {{KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
                            {"Unit", KJ_WB_TEXT, 0, NULL, NULL},
                            {KJ_T(l, "Responden", "Respondents"), KJ_WB_INT, 0, NULL, NULL},
                            {"IKM", KJ_WB_DEC2, 0, &ikm, NULL},
                            {KJ_T(l, "IK 95 % bawah", "95% CI low"), KJ_WB_DEC2, 0, NULL, RP_DASH},
                            {KJ_T(l, "IK 95 % atas", "95% CI high"), KJ_WB_DEC2, 0, NULL, RP_DASH},
                            {KJ_T(l, "Mutu", "Grade"), KJ_WB_TEXT, 0, NULL, RP_DASH}};
  static const char *const uh[KJ_SKM_UNSUR] = {"U1", "U2", "U3", "U4", "U5",
                                               "U6", "U7", "U8", "U9"};
  for (int u = 0; u < KJ_SKM_UNSUR; u++)
    cols[C_U1 + u] = (kj_wb_col){uh[u], KJ_WB_DEC2, 0, nunits ? &heat : NULL, RP_DASH};
  cols[C_LEMAH] =
      (kj_wb_col){KJ_T(l, "Unsur terlemah", "Weakest item"), KJ_WB_TEXT, 0, NULL, RP_DASH};
  char under[64];
  snprintf(under, sizeof under, KJ_T(l, "< %ld responden", "< %ld respondents"),
           r->params.skm_min_responden);
  cols[C_SEDIKIT] = (kj_wb_col){under, KJ_WB_TEXT, 0, NULL, NULL};
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 1,
      .note =
          KJ_T(l,
               "IKM = 25 x jumlah bobot x NRR unsur (PermenPAN-RB 14/2017); mutu A \xE2\x89\xA5 "
               "88,31, B \xE2\x89\xA5 76,61, C \xE2\x89\xA5 65,00, D di bawahnya. U1 persyaratan, "
               "U2 prosedur, U3 waktu, U4 biaya, U5 produk, U6 kompetensi, U7 perilaku, U8 "
               "pengaduan, U9 sarana. Dua baris terakhir: OPD dan kota.",
               "IKM = 25 x sum of weight x NRR per item (PermenPAN-RB 14/2017); grade A "
               "\xE2\x89\xA5 88.31, B \xE2\x89\xA5 76.61, C \xE2\x89\xA5 65.00, D below. U1 "
               "requirements, U2 procedure, U3 time, U4 cost, U5 product, U6 competence, U7 "
               "conduct, U8 complaints, U9 facilities. Last two rows: the OPD and the city.")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

enum { L_KODE, L_UNIT, L_IKM, L_IKP, L_ZIKM, L_ZIKP, L_FLAG, L_NCOL };

static int linkage(rp_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[L_NCOL] = {{"kode_unit", KJ_COL_TEXT}, {"unit", KJ_COL_TEXT},
                                             {"ikm", KJ_COL_REAL},       {"ikp", KJ_COL_REAL},
                                             {"z_ikm", KJ_COL_REAL},     {"z_ikp", KJ_COL_REAL},
                                             {"flag", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("skm_ikp", L_NCOL, defs);
  for (size_t i = 0; i < r->n_skm_ikp; i++) {
    const kj_skm_ikp *k = &r->skm_ikp[i];
    if (k->unit < 0 || r->unit[k->unit].opd != c->o) continue;
    size_t j = kj_table_add_row(t);
    kj_table_set_text(t, j, L_KODE, r->unit[k->unit].kode);
    kj_table_set_text(t, j, L_UNIT, rp_unit_name(r, k->unit));
    kj_table_set_real(t, j, L_IKM, k->ikm);
    kj_table_set_real(t, j, L_IKP, k->ikp);
    kj_table_set_real(t, j, L_ZIKM, k->z_ikm);
    kj_table_set_real(t, j, L_ZIKP, k->z_ikp);
    if (k->flag)
      kj_table_set_text(t, j, L_FLAG,
                        k->flag == KJ_SKMF_TINGGI_RENDAH
                            ? KJ_T(l, "penilaian tinggi, kepuasan rendah",
                                   "high ratings, low satisfaction")
                            : KJ_T(l, "perlu dicermati", "to watch"));
  }
  const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING, .bounds = 1, .lo = -2, .hi = 2};
  const kj_wb_col cols[L_NCOL] = {
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"Unit", KJ_WB_TEXT, 0, NULL, NULL},
      {"IKM", KJ_WB_DEC2, 0, NULL, RP_DASH},
      {KJ_T(l, "IKP rata-rata pegawai", "Staff mean IKP"), KJ_WB_DEC1, 0, NULL, RP_DASH},
      {"z IKM", KJ_WB_DEC2, 0, &div, RP_DASH},
      {"z IKP", KJ_WB_DEC2, 0, &div, RP_DASH},
      {KJ_T(l, "Tanda", "Flag"), KJ_WB_TEXT, 0, NULL, ""}};
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Kepuasan masyarakat dan penilaian pegawai unit yang sama",
                            "Public satisfaction and staff ratings of the same unit"));
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 1,
      .note =
          KJ_T(l,
               "z dihitung di antara semua unit kota tahun ini; tanda bila z IKP \xE2\x89\xA5 +1 "
               "dan z IKM \xE2\x89\xA4 \xE2\x88\x92"
               "1. Keterkaitan, bukan sebab-akibat.",
               "z among all units of the city this year; flagged when z IKP \xE2\x89\xA5 +1 and "
               "z IKM \xE2\x89\xA4 \xE2\x88\x92"
               "1. An association, not a cause.")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

kj_status rp_skm(rp_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  kj_lang l = c->lang;
  char q[300];
  snprintf(q, sizeof q,
           KJ_T(l, "Seberapa puas masyarakat dengan layanan unit %s tahun %d?",
                "How satisfied are citizens with the services of %s in %d?"),
           rp_short(c), c->r->tahun);
  int row = rp_title(c, sh, q, NULL, C_NCOL);
  row = units(c, sh, row);
  linkage(c, sh, row);
  return KJ_OK;
}
