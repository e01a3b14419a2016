/* rapor_penilai.c — the "Penilai" sheet: do some evaluators of the OPD rate
 * more leniently or strictly than the others (analytics.md §7)? One row per
 * evaluator whose ratees are mostly in the OPD: the mean IKP of their
 * ratees against the other ratees of the OPD, Welch p, BH q and the label.
 * Evaluators are named here — the workbook goes to the OPD's own head —
 * unless the report is anonymised; evaluators outside the roster are shown
 * by NIP.
 */
#include "reports/rapor/rapor_int.h"

#include <stdio.h>

enum { C_NAMA, C_NIP, C_ROSTER, C_N, C_MEAN, C_LAIN, C_SELISIH, C_P, C_Q, C_LABEL, C_NCOL };

kj_status rp_penilai(rp_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[C_NCOL] = {
      {"penilai", KJ_COL_TEXT}, {"nip_penilai", KJ_COL_TEXT}, {"di_roster", KJ_COL_TEXT},
      {"n", KJ_COL_INT},        {"mean_ikp", KJ_COL_REAL},    {"mean_lain", KJ_COL_REAL},
      {"selisih", KJ_COL_REAL}, {"p", KJ_COL_REAL},           {"q", KJ_COL_REAL},
      {"label", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("penilai", C_NCOL, defs);
  for (size_t i = 0; i < r->n_penilai; i++) {
    const kj_penilai *e = &r->penilai[i];
    if (e->opd != c->o) continue;
    size_t j = kj_table_add_row(t);
    char who[200], nip[40], lab[64];
    long pi = kj_study_pegawai(r, e->nip);
    kj_table_set_text(
        t, j, C_NAMA,
        kj_rep_person(&c->rep, e->nip, pi >= 0 ? r->pegawai[pi].nama : NULL, who, sizeof who));
    kj_table_set_text(t, j, C_NIP, rp_nip(c, e->nip, nip, sizeof nip));
    kj_table_set_text(t, j, C_ROSTER, e->di_roster ? KJ_T(l, "ya", "yes") : KJ_T(l, "tidak", "no"));
    kj_table_set_int(t, j, C_N, e->n);
    kj_table_set_real(t, j, C_MEAN, e->mean_ikp);
    kj_table_set_real(t, j, C_LAIN, e->mean_lain);
    kj_table_set_real(t, j, C_SELISIH, e->selisih);
    kj_table_set_real(t, j, C_P, e->p);
    kj_table_set_real(t, j, C_Q, e->q);
    kj_table_set_text(t, j, C_LABEL, rp_label(c, &kj_enum_penilai, e->label, lab, sizeof lab));
  }
  char longgar[64], ketat[64], wajar[64];
  rp_label(c, &kj_enum_penilai, KJ_PENILAI_LONGGAR, longgar, sizeof longgar);
  rp_label(c, &kj_enum_penilai, KJ_PENILAI_KETAT, ketat, sizeof ketat);
  rp_label(c, &kj_enum_penilai, KJ_PENILAI_WAJAR, wajar, sizeof wajar);
  /* neither lenient nor strict is "good": both are amber, typical is green */
  const kj_wb_cf tl = {
      .kind = KJ_WB_CF_TRAFFIC_TEXT, .good = wajar, .bad = longgar, .neutral = ketat};
  const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING};
  const kj_wb_col cols[C_NCOL] = {
      {KJ_T(l, "Penilai", "Evaluator"), KJ_WB_TEXT, 0, NULL, NULL},
      {"NIP", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Di daftar pegawai", "On the roster"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Pegawai dinilai", "Ratees"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "IKP rata-rata yang dinilai", "Ratees' mean IKP"), KJ_WB_DEC1, 0, NULL, kj_rep_tcd(c->lang)},
      {KJ_T(l, "IKP rata-rata lain di OPD", "Other ratees' mean IKP"), KJ_WB_DEC1, 0, NULL,
       RP_DASH},
      {KJ_T(l, "Selisih", "Difference"), KJ_WB_DEC1, 0, &div, RP_DASH},
      {"p", KJ_WB_PVAL, 0, NULL, RP_DASH},
      {KJ_T(l, "q (BH)", "q (BH)"), KJ_WB_PVAL, 0, NULL, RP_DASH},
      {"Label", KJ_WB_TEXT, 0, &tl, NULL}};
  char q[300], note[600];
  snprintf(
      q, sizeof q,
      KJ_T(l, "Apakah ada penilai di %s yang menilai terlalu longgar atau terlalu ketat tahun %d?",
           "Do some evaluators of %s rate too leniently or too strictly in %d?"),
      rp_short(c), r->tahun);
  snprintf(note, sizeof note,
           KJ_T(l,
                "Penilai dengan paling sedikit %ld pegawai dinilai: IKP rata-rata yang dinilainya "
                "dibanding pegawai lain di OPD yang sama (uji Welch), q = koreksi "
                "Benjamini-Hochberg atas semua penilai kota. Longgar/ketat bila q < %g. "
                "Perbedaan dapat juga berasal dari pegawai yang memang berbeda: bahan dialog, "
                "bukan vonis.",
                "Evaluators with at least %ld ratees: the mean IKP of their ratees against the "
                "other employees of the same OPD (Welch test), q = Benjamini-Hochberg over all "
                "evaluators of the city. Lenient/strict when q < %g. A difference may also come "
                "from genuinely different staff: material for a conversation, not a verdict."),
           r->params.min_kelompok, r->params.alpha);
  int row = rp_title(c, sh, q, NULL, C_NCOL);
  kj_wb_table_opts o = {.cols = cols, .native = 0, .note = note};
  kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return KJ_OK;
}
