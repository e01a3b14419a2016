/* rapor_kualitas.c — the "Kualitas Data" sheet: how complete and timely are
 * the OPD's appraisals (analytics.md §9)? One row per period of Y with the
 * roster, the results, completeness, the share on time and the median lag,
 * with traffic lights; then the consistency findings that concern the OPD
 * (supplied predikat differing from the matrix, self-rating, evaluators
 * outside the roster, no organisation predikat, SKM units under the
 * minimum, employees without any appraisal).
 */
#include "reports/rapor/rapor_int.h"

#include <stdio.h>
#include <string.h>

enum { Q_PERIODE, Q_ROSTER, Q_DINILAI, Q_KOSONG, Q_LENGKAP, Q_TEPAT, Q_LAG, Q_NCOL };

static int periods(rp_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[Q_NCOL] = {
      {"periode", KJ_COL_TEXT},        {"roster", KJ_COL_INT},       {"dinilai", KJ_COL_INT},
      {"kosong", KJ_COL_INT},          {"kelengkapan", KJ_COL_REAL}, {"tepat_waktu", KJ_COL_REAL},
      {"median_lag_hari", KJ_COL_REAL}};
  kj_table *t = kj_table_new("kualitas_data", Q_NCOL, defs);
  for (size_t i = 0; i < r->n_kualitas; i++) {
    const kj_kualitas *k = &r->kualitas[i];
    if (k->opd != c->o) continue;
    size_t j = kj_table_add_row(t);
    kj_table_set_text(t, j, Q_PERIODE, k->periode);
    kj_table_set_int(t, j, Q_ROSTER, k->roster);
    kj_table_set_int(t, j, Q_DINILAI, k->dinilai);
    kj_table_set_int(t, j, Q_KOSONG, k->kosong);
    kj_table_set_real(t, j, Q_LENGKAP, k->kelengkapan);
    kj_table_set_real(t, j, Q_TEPAT, k->tepat_waktu);
    kj_table_set_real(t, j, Q_LAG, k->median_lag);
  }
  const kj_wb_cf tl = {.kind = KJ_WB_CF_TRAFFIC, .lo = 0.8, .hi = 0.95};
  const kj_wb_cf lag = {.kind = KJ_WB_CF_TRAFFIC, .lo = 5, .hi = 15, .lower_is_better = 1};
  const kj_wb_col cols[Q_NCOL] = {
      {KJ_T(l, "Periode", "Period"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Pegawai di roster", "Employees on the roster"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Dengan hasil penilaian", "With a result"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Belum dinilai (tercatat)", "Not yet rated (recorded)"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Kelengkapan", "Completeness"), KJ_WB_PCT1, 0, &tl, RP_DASH},
      {KJ_T(l, "Tepat waktu", "On time"), KJ_WB_PCT1, 0, &tl, RP_DASH},
      {KJ_T(l, "Median keterlambatan (hari)", "Median lag (days)"), KJ_WB_DEC1, 0, &lag, RP_DASH}};
  char note[400];
  snprintf(
      note, sizeof note,
      KJ_T(l,
           "Tepat waktu: dinilai paling lambat %ld hari setelah akhir periode. Hijau \xE2\x89\xA5 "
           "95 %%, kuning 80\xE2\x80\x93"
           "95 %%, merah di bawah 80 %%.",
           "On time: rated at most %ld days after the end of the period. Green \xE2\x89\xA5 "
           "95%%, amber 80\xE2\x80\x93"
           "95%%, red below 80%%."),
      r->params.batas_hari);
  kj_wb_table_opts o = {.cols = cols, .native = 1, .note = note};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

enum { F_JENIS, F_SIAPA, F_NIP, F_KODE, F_RINCI, F_NCOL };

static int findings(rp_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[F_NCOL] = {{"jenis", KJ_COL_TEXT},
                                             {"pegawai", KJ_COL_TEXT},
                                             {"nip", KJ_COL_TEXT},
                                             {"kode", KJ_COL_TEXT},
                                             {"rincian", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("konsistensi", F_NCOL, defs);
  for (size_t i = 0; i < r->n_temuan; i++) {
    const kj_temuan *f = &r->temuan[i];
    if (f->opd != c->o) continue;
    size_t j = kj_table_add_row(t);
    char lab[160], who[200], nip[40];
    kj_table_set_text(t, j, F_JENIS, rp_label(c, &kj_enum_temuan, f->jenis, lab, sizeof lab));
    if (f->nip != 0) {
      long pi = kj_study_pegawai(r, f->nip);
      kj_table_set_text(
          t, j, F_SIAPA,
          kj_rep_person(&c->rep, f->nip, pi >= 0 ? r->pegawai[pi].nama : NULL, who, sizeof who));
      kj_table_set_text(t, j, F_NIP, rp_nip(c, f->nip, nip, sizeof nip));
    }
    if (f->kode[0]) kj_table_set_text(t, j, F_KODE, f->kode);
    if (f->rincian[0]) kj_table_set_text(t, j, F_RINCI, f->rincian);
  }
  const kj_wb_col cols[F_NCOL] = {{KJ_T(l, "Temuan", "Finding"), KJ_WB_TEXT, 0, NULL, NULL},
                                  {KJ_T(l, "Pegawai", "Employee"), KJ_WB_TEXT, 0, NULL, RP_DASH},
                                  {"NIP", KJ_WB_TEXT, 0, NULL, RP_DASH},
                                  {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, RP_DASH},
                                  {KJ_T(l, "Rincian", "Details"), KJ_WB_TEXT, 0, NULL, RP_DASH}};
  row = kj_rep_heading(sh, row, KJ_T(l, "Temuan konsistensi data", "Data consistency findings"));
  kj_wb_table_opts o = {.cols = cols, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

kj_status rp_kualitas(rp_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  kj_lang l = c->lang;
  char q[300];
  snprintf(q, sizeof q,
           KJ_T(l, "Seberapa lengkap dan tepat waktu penilaian di %s tahun %d?",
                "How complete and timely are the appraisals of %s in %d?"),
           rp_short(c), c->r->tahun);
  int row = rp_title(c, sh, q, NULL, Q_NCOL);
  row = periods(c, sh, row);
  findings(c, sh, row);
  return KJ_OK;
}
