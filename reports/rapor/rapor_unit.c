/* rapor_unit.c — the "Sub Unit" sheet: the OPD's units (its own office,
 * bidang, UPT, schools, puskesmas, kelurahan) with their staff's figures, so
 * the kepala dinas sees where inside the OPD the picture differs. One row per
 * unit with appraised staff in Y, the OPD as a bold total row; units under
 * min_kelompok keep their count and are marked "data tidak cukup". A native
 * bar chart shows the units' mean IKP.
 */
#include "reports/rapor/rapor_int.h"

#include <math.h>
#include <stdio.h>

enum { C_KODE, C_UNIT, C_JENIS, C_N, C_IKP, C_LO, C_HI, C_CAPAIAN, C_SB, C_BAWAH, C_NCOL };

static void unit_row(rp_ctx *c, kj_table *t, const char *kode, const char *nama, int jenis, long n,
                     const kj_desc *ikp, const kj_desc *cap, const double *share) {
  size_t row = kj_table_add_row(t);
  kj_table_set_text(t, row, C_KODE, kode);
  kj_table_set_text(t, row, C_UNIT, nama);
  if (jenis >= 0)
    kj_table_set_text(t, row, C_JENIS, kj_enum_label(&kj_enum_jenis_unit, jenis, c->lang));
  kj_table_set_int(t, row, C_N, n);
  kj_table_set_real(t, row, C_IKP, ikp->mean);
  kj_table_set_real(t, row, C_LO, ikp->ci_low);
  kj_table_set_real(t, row, C_HI, ikp->ci_high);
  kj_table_set_real(t, row, C_CAPAIAN, cap->mean);
  kj_table_set_real(t, row, C_SB, share[KJ_SANGAT_BAIK]);
  kj_table_set_real(t, row, C_BAWAH,
                    share[KJ_BUTUH_PERBAIKAN] + share[KJ_KURANG] + share[KJ_SANGAT_KURANG]);
}

kj_status rp_unit(rp_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_analysis *r = c->r;
  const kj_opd_rinci *x = c->x;
  kj_lang l = c->lang;
  static const kj_column_def defs[C_NCOL] = {
      {"kode_unit", KJ_COL_TEXT},  {"unit", KJ_COL_TEXT},    {"jenis", KJ_COL_TEXT},
      {"n", KJ_COL_INT},           {"ikp", KJ_COL_REAL},     {"ci_low", KJ_COL_REAL},
      {"ci_high", KJ_COL_REAL},    {"capaian", KJ_COL_REAL}, {"share_sb", KJ_COL_REAL},
      {"share_bawah", KJ_COL_REAL}};
  kj_table *t = kj_table_new("sub_unit", C_NCOL, defs);
  size_t a = x->unit_off[c->o], b = x->unit_off[c->o + 1];
  int with_ikp = 0;
  for (size_t i = a; i < b; i++) {
    const kj_unit_stat *u = &x->unit[i];
    unit_row(c, t, r->unit[u->unit].kode, rp_unit_name(r, u->unit), r->unit[u->unit].jenis,
             u->n_pegawai, &u->ikp, &u->capaian, u->predikat_share);
    with_ikp += isfinite(u->ikp.mean);
  }
  const kj_opd_stat *s = &r->stat[c->o];
  unit_row(c, t, r->opd[c->o].kode, kj_rep_opd_name(r, c->o), -1, s->n_pegawai,
           &s->ukuran[KJ_UK_IKP], &s->ukuran[KJ_UK_CAPAIAN], s->predikat_share);

  const kj_wb_cf bars = {.kind = KJ_WB_CF_DATABAR};
  const kj_wb_cf seq = {.kind = KJ_WB_CF_SEQUENTIAL};
  const kj_wb_col cols[C_NCOL] = {
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"Unit", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Jenis", "Type"), KJ_WB_TEXT, 0, NULL, RP_DASH},
      {KJ_T(l, "Pegawai dinilai", "Employees rated"), KJ_WB_INT, 0, &bars, NULL},
      {KJ_T(l, "IKP rata-rata", "Mean IKP"), KJ_WB_DEC1, 0, &bars, kj_rep_tcd(c->lang)},
      {KJ_T(l, "IK 95 % bawah", "95% CI low"), KJ_WB_DEC1, 0, NULL, RP_DASH},
      {KJ_T(l, "IK 95 % atas", "95% CI high"), KJ_WB_DEC1, 0, NULL, RP_DASH},
      {KJ_T(l, "Capaian rata-rata (%)", "Mean capaian (%)"), KJ_WB_DEC1, 0, &bars, RP_DASH},
      {KJ_T(l, "% Sangat Baik", "% Sangat Baik"), KJ_WB_PCT1, 0, &seq, RP_DASH},
      {KJ_T(l, "% di bawah Baik", "% below Baik"), KJ_WB_PCT1, 0, &seq, RP_DASH}};
  char q[300], note[500];
  snprintf(q, sizeof q,
           KJ_T(l, "Bagaimana kinerja pegawai di setiap unit %s tahun %d?",
                "How did the staff of each unit of %s perform in %d?"),
           rp_short(c), r->tahun);
  snprintf(note, sizeof note,
           KJ_T(l,
                "Pegawai dihitung pada unit catatan penilaian terakhirnya tahun %d. Unit dengan "
                "kurang dari %ld pegawai: data tidak cukup (tetap dihitung di baris OPD). Baris "
                "terakhir: seluruh OPD.",
                "Employees count for the unit of their latest appraisal record in %d. Units with "
                "fewer than %ld employees: not enough data (still counted in the OPD row). Last "
                "row: the whole OPD."),
           r->tahun, r->params.min_kelompok);
  int row = rp_title(c, sh, q, NULL, C_NCOL);
  int hdr = row;
  kj_wb_table_opts o = {.cols = cols, .native = 0, .total_row = 1, .note = note};
  row = kj_wb_table(sh, row, 0, t, &o);
  size_t nunits = t->nrows - 1;
  kj_table_free(t);
  if (with_ikp == 0 || nunits == 0) return KJ_OK;
  kj_wb_series ser = {.name = KJ_T(l, "IKP rata-rata", "Mean IKP"),
                      .cats = {hdr + 1, C_UNIT, hdr + (int)nunits, C_UNIT},
                      .vals = {hdr + 1, C_IKP, hdr + (int)nunits, C_IKP}};
  char title[300];
  snprintf(title, sizeof title,
           KJ_T(l, "IKP rata-rata per unit %s, %d", "Mean IKP per unit of %s, %d"), rp_short(c),
           r->tahun);
  int h = 120 + 18 * (int)nunits;
  kj_wb_chart_spec ch = {
      .kind = KJ_WB_CHART_BAR,
      .title = title,
      .x_title = "Unit",
      .y_title = KJ_T(l, "IKP (konversi angka kredit)", "IKP (credit-point conversion)"),
      .nseries = 1,
      .series = &ser,
      .width = 720,
      .height = h > 1600 ? 1600 : h};
  kj_wb_chart(sh, row, 0, &ch);
  return KJ_OK;
}
