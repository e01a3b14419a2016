/* briefing_skm.c — the "Kepuasan Masyarakat" sheet: how satisfied citizens
 * are with each service unit, on which survey item each unit is weakest, and
 * whether units whose staff are rated highly also satisfy the public
 * (analytics.md §6).
 *
 * Blocks: IKM per unit with its grade and 95 % CI and the NRR of the nine
 * unsur as a colour grid (the city as the total row), the weakest unsur and
 * the flags; then the IKM–IKP pairs per unit with z-scores and the "high
 * ratings, low satisfaction" flag, the association (Pearson with its CI,
 * Spearman) and a native scatter chart with Excel's fitted line.
 */
#include "reports/briefing/briefing_int.h"

#include <stdio.h>

#include "util/buf.h"

enum {
  U_KODE,
  U_UNIT,
  U_OPD,
  U_N,
  U_IKM,
  U_LO,
  U_HI,
  U_MUTU,
  U_NRR0,
  U_LEMAH = U_NRR0 + KJ_SKM_UNSUR,
  U_CATATAN,
  U_NCOL
};

static const char *unsur_short(int i, kj_lang l) {
  static const char *const id[] = {"U1 Persyaratan", "U2 Prosedur",  "U3 Waktu",
                                   "U4 Biaya",       "U5 Produk",    "U6 Kompetensi",
                                   "U7 Perilaku",    "U8 Pengaduan", "U9 Sarana"};
  static const char *const en[] = {"U1 Requirements", "U2 Procedure",  "U3 Time",
                                   "U4 Cost",         "U5 Product",    "U6 Competence",
                                   "U7 Conduct",      "U8 Complaints", "U9 Facilities"};
  const char *const *names = l == KJ_LANG_EN ? en : id;
  return names[i];
}

static int flagged(const kj_analysis *r, int unit) {
  for (size_t i = 0; i < r->n_skm_ikp; i++)
    if (r->skm_ikp[i].unit == unit) return r->skm_ikp[i].flag == KJ_SKMF_TINGGI_RENDAH;
  return 0;
}

static void skm_row(bf_ctx *c, kj_table *t, const kj_skm *s, int kota) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  size_t x = kj_table_add_row(t);
  if (kota) {
    kj_table_set_text(t, x, U_KODE, "KOTA");
    kj_table_set_text(t, x, U_UNIT, r->params.kota);
  } else {
    const kj_an_unit *u = &r->unit[s->unit];
    kj_table_set_text(t, x, U_KODE, u->kode);
    kj_table_set_text(t, x, U_UNIT, u->nama);
    kj_table_set_text(t, x, U_OPD, kj_rep_opd_short(r, u->opd));
  }
  kj_table_set_int(t, x, U_N, s->n_responden);
  kj_table_set_real(t, x, U_IKM, s->ikm);
  kj_table_set_real(t, x, U_LO, s->ci_low);
  kj_table_set_real(t, x, U_HI, s->ci_high);
  if (s->mutu < KJ_MUTU_N) {
    char m[64];
    snprintf(m, sizeof m, "%s (%s)", kj_enum_canon(&kj_enum_mutu, s->mutu),
             kj_mutu_label(s->mutu, l));
    kj_table_set_text(t, x, U_MUTU, m);
  }
  for (int i = 0; i < KJ_SKM_UNSUR; i++) kj_table_set_real(t, x, U_NRR0 + i, s->nrr[i]);
  if (s->unsur_terlemah >= 0) kj_table_set_text(t, x, U_LEMAH, unsur_short(s->unsur_terlemah, l));
  kj_buf b = {0};
  if (s->sedikit)
    kj_buf_printf(&b, KJ_T(l, "responden kurang dari %ld", "fewer than %ld respondents"),
                  r->params.skm_min_responden);
  if (!kota && flagged(r, s->unit))
    kj_buf_printf(&b, "%s%s", b.len ? "; " : "",
                  KJ_T(l, "penilaian pegawai tinggi, kepuasan rendah",
                       "high staff ratings, low satisfaction"));
  if (b.len) kj_table_set_text(t, x, U_CATATAN, kj_buf_cstr(&b));
  kj_buf_free(&b);
}

static int units(bf_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  kj_column_def defs[U_NCOL] = {{"kode_unit", KJ_COL_TEXT}, {"unit", KJ_COL_TEXT},
                                {"opd", KJ_COL_TEXT},       {"n_responden", KJ_COL_INT},
                                {"ikm", KJ_COL_REAL},       {"ci_low", KJ_COL_REAL},
                                {"ci_high", KJ_COL_REAL},   {"mutu", KJ_COL_TEXT}};
  static const char *const nrr[] = {"nrr_u1", "nrr_u2", "nrr_u3", "nrr_u4", "nrr_u5",
                                    "nrr_u6", "nrr_u7", "nrr_u8", "nrr_u9"};
  for (int i = 0; i < KJ_SKM_UNSUR; i++) defs[U_NRR0 + i] = (kj_column_def){nrr[i], KJ_COL_REAL};
  defs[U_LEMAH] = (kj_column_def){"unsur_terlemah", KJ_COL_TEXT};
  defs[U_CATATAN] = (kj_column_def){"catatan", KJ_COL_TEXT};
  kj_table *t = kj_table_new("skm", U_NCOL, defs);
  for (size_t i = 0; i < r->n_skm_unit; i++) skm_row(c, t, &r->skm_unit[i], 0);
  int total = r->skm_opd[KJ_KOTA(r)].n_responden > 0;
  if (total) skm_row(c, t, &r->skm_opd[KJ_KOTA(r)], 1);
  static const kj_wb_cf ikm = {.kind = KJ_WB_CF_TRAFFIC, .lo = 76.61, .hi = 88.31};
  static const kj_wb_cf grid = {.kind = KJ_WB_CF_SEQUENTIAL, .bounds = 1, .lo = 2.5, .hi = 4};
  static const kj_wb_cf bars = {.kind = KJ_WB_CF_DATABAR};
  kj_wb_col cols[U_NCOL] = {{KJ_T(l, "Kode unit", "Unit code"), KJ_WB_TEXT, 0, NULL, NULL},
                            {KJ_T(l, "Unit layanan", "Service unit"), KJ_WB_TEXT, 0, NULL, NULL},
                            {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
                            {KJ_T(l, "Responden", "Respondents"), KJ_WB_INT, 0, &bars, NULL},
                            {"IKM", KJ_WB_DEC2, 0, &ikm, NULL},
                            {KJ_T(l, "IK 95 % bawah", "95% CI low"), KJ_WB_DEC2, 0, NULL, NULL},
                            {KJ_T(l, "IK 95 % atas", "95% CI high"), KJ_WB_DEC2, 0, NULL, NULL},
                            {KJ_T(l, "Mutu", "Grade"), KJ_WB_TEXT, 0, NULL, NULL}};
  for (int i = 0; i < KJ_SKM_UNSUR; i++)
    cols[U_NRR0 + i] = (kj_wb_col){unsur_short(i, l), KJ_WB_DEC2, 9, &grid, NULL};
  cols[U_LEMAH] = (kj_wb_col){KJ_T(l, "Unsur terlemah", "Weakest item"), KJ_WB_TEXT, 0, NULL, NULL};
  cols[U_CATATAN] =
      (kj_wb_col){KJ_T(l, "Perlu perhatian", "Needs attention"), KJ_WB_WRAP, 30, NULL, NULL};
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 0,
      .total_row = total,
      .note =
          KJ_T(l,
               "NRR = rata-rata jawaban 1\xE2\x80\x93"
               "4 per unsur (warna: makin biru makin "
               "baik). IKM = 25 \xC3\x97 rata-rata tertimbang NRR; mutu A \xE2\x89\xA5 88,31, B "
               "\xE2\x89\xA5 76,61, C \xE2\x89\xA5 65,00, selain itu D.",
               "NRR = mean 1\xE2\x80\x93"
               "4 answer per item (the bluer the better). IKM = 25 "
               "\xC3\x97 weighted mean of the NRR; grade A \xE2\x89\xA5 88.31, B \xE2\x89\xA5 "
               "76.61, C \xE2\x89\xA5 65.00, else D.")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

enum { P_KODE, P_UNIT, P_N, P_IKP, P_IKM, P_ZIKP, P_ZIKM, P_FLAG, P_NCOL };

static int pairs(bf_ctx *c, kj_wb_sheet *sh, int row, int *hdr) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[P_NCOL] = {{"kode_unit", KJ_COL_TEXT}, {"unit", KJ_COL_TEXT},
                                             {"n_pegawai", KJ_COL_INT},  {"ikp", KJ_COL_REAL},
                                             {"ikm", KJ_COL_REAL},       {"z_ikp", KJ_COL_REAL},
                                             {"z_ikm", KJ_COL_REAL},     {"flag", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("skm_ikp", P_NCOL, defs);
  const char *flag = KJ_T(l, "Penilaian tinggi, kepuasan rendah", "High ratings, low satisfaction");
  for (size_t i = 0; i < r->n_skm_ikp; i++) {
    const kj_skm_ikp *k = &r->skm_ikp[i];
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, P_KODE, r->unit[k->unit].kode);
    kj_table_set_text(t, x, P_UNIT, r->unit[k->unit].nama);
    kj_table_set_int(t, x, P_N, k->n_pegawai);
    kj_table_set_real(t, x, P_IKP, k->ikp);
    kj_table_set_real(t, x, P_IKM, k->ikm);
    kj_table_set_real(t, x, P_ZIKP, k->z_ikp);
    kj_table_set_real(t, x, P_ZIKM, k->z_ikm);
    if (k->flag) /* a z rule alone is only "perlu dicermati", never the flag */
      kj_table_set_text(t, x, P_FLAG,
                        k->flag == KJ_SKMF_TINGGI_RENDAH ? flag : KJ_T(l, "Perlu dicermati", "To watch"));
  }
  const kj_wb_cf lights = {.kind = KJ_WB_CF_TRAFFIC_TEXT, .bad = flag};
  static const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING, .bounds = 1, .lo = -2, .hi = 2};
  const kj_wb_col cols[P_NCOL] = {
      {KJ_T(l, "Kode unit", "Unit code"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Unit layanan", "Service unit"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Pegawai dinilai", "Employees rated"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "IKP rata-rata", "Mean IKP"), KJ_WB_DEC1, 0, NULL, NULL},
      {"IKM", KJ_WB_DEC2, 0, NULL, NULL},
      {KJ_T(l, "Skor z IKP", "IKP z-score"), KJ_WB_DEC2, 0, &div, NULL},
      {KJ_T(l, "Skor z IKM", "IKM z-score"), KJ_WB_DEC2, 0, &div, NULL},
      {KJ_T(l, "Tanda", "Flag"), KJ_WB_TEXT, 0, &lights, NULL}};
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 1,
      .note = KJ_T(l,
                   "Tanda bila skor z IKP \xE2\x89\xA5 +1 dan skor z IKM \xE2\x89\xA4 \xE2\x88\x92"
                   "1 "
                   "(dibanding unit lain tahun ini): pegawainya dinilai tinggi tetapi warga kurang "
                   "puas \xE2\x80\x94 layak ditinjau.",
                   "Flag when the IKP z-score \xE2\x89\xA5 +1 and the IKM z-score \xE2\x89\xA4 "
                   "\xE2\x88\x92"
                   "1 (against the other units this year): staff rated highly but "
                   "citizens less satisfied \xE2\x80\x94 worth a review.")};
  *hdr = row;
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

static int scatter(bf_ctx *c, kj_wb_sheet *sh, int row, int hdr) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  kj_wb_series s = {.name = KJ_T(l, "Unit layanan", "Service units"),
                    .cats = {hdr + 1, P_IKP, hdr + (int)r->n_skm_ikp, P_IKP},
                    .vals = {hdr + 1, P_IKM, hdr + (int)r->n_skm_ikp, P_IKM},
                    .trendline = 1};
  char title[160];
  snprintf(title, sizeof title,
           KJ_T(l, "IKM terhadap IKP per unit layanan, %d (garis: kecenderungan)",
                "IKM against IKP per service unit, %d (line: fitted trend)"),
           r->tahun);
  kj_wb_chart_spec ch = {.kind = KJ_WB_CHART_SCATTER,
                         .title = title,
                         .x_title =
                             KJ_T(l, "IKP rata-rata pegawai unit", "Mean IKP of the unit's staff"),
                         .y_title = "IKM",
                         .nseries = 1,
                         .series = &s,
                         .width = 720,
                         .height = 400};
  return kj_wb_chart(sh, row, 0, &ch);
}

kj_status bf_skm(bf_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  kj_status st = KJ_OK;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  char q[200];
  snprintf(
      q, sizeof q,
      KJ_T(l,
           "Seberapa puas warga dengan layanan setiap unit, dan sejalankah dengan penilaian "
           "pegawainya (%d)?",
           "How satisfied are citizens with each unit, and does it match the staff ratings (%d)?"),
      r->tahun);
  int row = bf_title(c, sh, q, NULL, 12);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Indeks Kepuasan Masyarakat per unit layanan",
                            "Public satisfaction index per service unit"));
  row = units(c, sh, row);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "IKM dan IKP per unit layanan", "IKM and IKP per service unit"));
  int hdr = 0;
  row = pairs(c, sh, row, &hdr);
  static const char *const names[] = {"skm_ikm_ikp"};
  const char *labels[] = {KJ_T(l, "IKM dan IKP rata-rata unit", "IKM and mean IKP of the unit")};
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Hubungan IKM dan IKP (hubungan, bukan sebab-akibat)",
                            "Association of IKM and IKP (an association, not a cause)"));
  row = bf_assoc_table(c, sh, row, names, labels, 1);
  row = bf_image(c, sh, row, BF_FIG_SEBARAN, BF_PAGE_WIDE, &st, err);
  if (r->n_skm_ikp >= 2 && bf_assoc(r, "skm_ikm_ikp")) row = scatter(c, sh, row, hdr);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Nilai setiap unsur layanan di tingkat kota",
                            "Score of each service item, city level"));
  bf_image(c, sh, row, BF_FIG_SKM, BF_PAGE_WIDE, &st, err);
  return st;
}
