/* briefing_teladan.c — the "Teladan" sheet: whom each OPD can hold up as a
 * role model, and why (analytics.md §8). One row per role model, grouped by
 * OPD and ranked within it, with the figures behind the reason and the
 * reason in a sentence. With --anonymize the name becomes the pseudonym and
 * the NIP column is left out.
 */
#include "reports/briefing/briefing_int.h"

#include <stdio.h>

enum {
  T_KODE,
  T_OPD,
  T_RANK,
  T_NAMA,
  T_NIP,
  T_IKP,
  T_CAPAIAN,
  T_NPER,
  T_SB,
  T_BATAS,
  T_ALASAN,
  T_NCOL
};

static void reason(const bf_ctx *c, const kj_daftar *d, const kj_pegawai_tahun *p, char *out,
                   size_t cap) {
  kj_lang l = c->lang;
  char sb[32], capai[32], batas[32];
  kj_fmt_pct(sb, sizeof sb, d->share_sangat_baik, 0, l);
  kj_fmt_num(capai, sizeof capai, p->ukuran[KJ_UK_CAPAIAN], 1, l);
  kj_fmt_num(batas, sizeof batas, d->batas_capaian, 1, l);
  snprintf(out, cap,
           KJ_T(l,
                "Sangat Baik pada %s dari %d penilaian periodik; capaian %s %% termasuk 10 %% "
                "teratas %s (batas %s %%).",
                "Sangat Baik in %s of %d periodic ratings; capaian %s%% is in the top 10%% of %s "
                "(threshold %s%%)."),
           sb, p->n_periode, capai,
           d->acuan_kota ? KJ_T(l, "kota (OPD kecil)", "the city (small OPD)")
                         : KJ_T(l, "OPD-nya", "the OPD"),
           batas);
}

kj_status bf_teladan(bf_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  int anon = c->rep.anonymize;
  static const kj_column_def all[T_NCOL] = {
      {"kode_opd", KJ_COL_TEXT},      {"opd", KJ_COL_TEXT},      {"peringkat", KJ_COL_INT},
      {"nama", KJ_COL_TEXT},          {"nip", KJ_COL_INT},       {"ikp", KJ_COL_REAL},
      {"capaian", KJ_COL_REAL},       {"n_periode", KJ_COL_INT}, {"share_sangat_baik", KJ_COL_REAL},
      {"batas_capaian", KJ_COL_REAL}, {"alasan", KJ_COL_TEXT}};
  const kj_wb_col spec[T_NCOL] = {
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Urutan di OPD", "Rank in OPD"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Nama", "Name"), KJ_WB_TEXT, 0, NULL, NULL},
      {"NIP", KJ_WB_TEXT, 0, NULL, NULL},
      {"IKP", KJ_WB_DEC1, 0, &bf_ikp_bars, NULL},
      {KJ_T(l, "Capaian (%)", "Capaian (%)"), KJ_WB_DEC1, 0, NULL, NULL},
      {KJ_T(l, "Penilaian periodik", "Periodic ratings"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "% Sangat Baik", "% Sangat Baik"), KJ_WB_PCT1, 0, NULL, NULL},
      {KJ_T(l, "Batas capaian 10 % teratas", "Top-10% capaian threshold"), KJ_WB_DEC1, 0, NULL,
       NULL},
      {KJ_T(l, "Alasan", "Reason"), KJ_WB_WRAP, 50, NULL, NULL}};
  /* the NIP column exists only when individuals are named */
  kj_column_def defs[T_NCOL];
  kj_wb_col cols[T_NCOL];
  int map[T_NCOL], nc = 0;
  for (int j = 0; j < T_NCOL; j++) {
    if (j == T_NIP && anon) {
      map[j] = -1;
      continue;
    }
    map[j] = nc;
    defs[nc] = all[j];
    cols[nc++] = spec[j];
  }
  if (anon) cols[map[T_NAMA]].header = KJ_T(l, "Pegawai (disamarkan)", "Employee (pseudonym)");
  kj_table *t = kj_table_new("teladan", nc, defs);
  char who[200], why[400];
  for (size_t i = 0; i < r->n_teladan; i++) {
    const kj_daftar *d = &r->teladan[i];
    const kj_pegawai_tahun *p = &r->pegawai[d->pegawai];
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, map[T_KODE], c->r->opd[p->opd].kode);
    kj_table_set_text(t, x, map[T_OPD], kj_rep_opd_name(r, p->opd));
    kj_table_set_int(t, x, map[T_RANK], d->peringkat);
    kj_table_set_text(t, x, map[T_NAMA], kj_rep_person(&c->rep, p->nip, p->nama, who, sizeof who));
    if (map[T_NIP] >= 0) kj_table_set_int(t, x, map[T_NIP], p->nip);
    kj_table_set_real(t, x, map[T_IKP], p->ukuran[KJ_UK_IKP]);
    kj_table_set_real(t, x, map[T_CAPAIAN], p->ukuran[KJ_UK_CAPAIAN]);
    kj_table_set_int(t, x, map[T_NPER], p->n_periode);
    kj_table_set_real(t, x, map[T_SB], d->share_sangat_baik);
    kj_table_set_real(t, x, map[T_BATAS], d->batas_capaian);
    reason(c, d, p, why, sizeof why);
    kj_table_set_text(t, x, map[T_ALASAN], why);
  }
  char q[200], note[500];
  snprintf(q, sizeof q,
           KJ_T(l, "Siapa yang layak dijadikan teladan di setiap OPD (%d)?",
                "Who can each OPD hold up as a role model (%d)?"),
           r->tahun);
  snprintf(
      note, sizeof note,
      KJ_T(l,
           "Teladan: Sangat Baik pada \xE2\x89\xA5 75 %% penilaian periodik (minimal 6 bulanan "
           "atau 3 triwulanan) dan capaian 10 %% teratas di OPD-nya (di kota bila OPD kurang "
           "dari 20 pegawai); paling banyak %ld per OPD, diurutkan menurut IKP lalu capaian.",
           "Role model: Sangat Baik in \xE2\x89\xA5 75%% of periodic ratings (at least 6 monthly "
           "or 3 quarterly) and capaian in the top 10%% of the OPD (of the city when the OPD "
           "has fewer than 20 employees); at most %ld per OPD, ranked by IKP then capaian."),
      r->params.teladan_per_opd);
  int row = bf_title(c, sh, q, NULL, nc);
  kj_wb_table_opts o = {.cols = cols, .native = 0, .note = note};
  kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return KJ_OK;
}
