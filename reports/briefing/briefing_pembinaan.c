/* briefing_pembinaan.c — the "Perlu Pembinaan" sheet: whom each OPD should
 * coach, and why (analytics.md §8). One row per employee-year on the list,
 * grouped by OPD, with the figures behind each reason and the reasons in a
 * sentence a head of OPD can act on. With --anonymize the name becomes the
 * pseudonym and the NIP column is left out.
 */
#include "reports/briefing/briefing_int.h"

#include <stdio.h>

#include "util/buf.h"

enum {
  B_KODE,
  B_OPD,
  B_NAMA,
  B_NIP,
  B_TAHUNAN,
  B_IKP,
  B_NPER,
  B_BERTURUT,
  B_SLOPE,
  B_P,
  B_ALASAN,
  B_NCOL
};

static void reasons(const bf_ctx *c, const kj_daftar *d, const kj_pegawai_tahun *p, kj_buf *b) {
  kj_lang l = c->lang;
  char a[48], pv[48];
  if (d->alasan & KJ_BINA_BERTURUT)
    kj_buf_printf(b,
                  KJ_T(l, "%d penilaian periodik berturut-turut di bawah Baik",
                       "%d consecutive periodic ratings below Baik"),
                  d->berturut);
  if (d->alasan & KJ_BINA_TAHUNAN)
    kj_buf_printf(b, KJ_T(l, "%spredikat tahunan %s", "%sannual predikat %s"), b->len ? "; " : "",
                  kj_enum_label(&kj_enum_predikat, p->predikat_tahunan, l));
  if (d->alasan & KJ_BINA_TREN) {
    kj_fmt_num(a, sizeof a, -d->slope_per_tahun, 1, l);
    kj_fmt_num(pv, sizeof pv, d->slope_p, 3, l);
    kj_buf_printf(b,
                  KJ_T(l, "%sIKP menurun %s poin per tahun (p = %s)",
                       "%sIKP falling by %s points per year (p = %s)"),
                  b->len ? "; " : "", a, pv);
  }
  kj_buf_puts(b, ".");
  if (b->data && b->data[0] >= 'a' && b->data[0] <= 'z') b->data[0] = (char)(b->data[0] - 32);
}

kj_status bf_pembinaan(bf_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  int anon = c->rep.anonymize;
  static const kj_column_def all[B_NCOL] = {{"kode_opd", KJ_COL_TEXT},
                                            {"opd", KJ_COL_TEXT},
                                            {"nama", KJ_COL_TEXT},
                                            {"nip", KJ_COL_INT},
                                            {"predikat_tahunan", KJ_COL_TEXT},
                                            {"ikp", KJ_COL_REAL},
                                            {"n_periode", KJ_COL_INT},
                                            {"berturut", KJ_COL_INT},
                                            {"slope_per_tahun", KJ_COL_REAL},
                                            {"slope_p", KJ_COL_REAL},
                                            {"alasan", KJ_COL_TEXT}};
  static const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING};
  const kj_wb_col spec[B_NCOL] = {
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Nama", "Name"), KJ_WB_TEXT, 0, NULL, NULL},
      {"NIP", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Predikat tahunan", "Annual predikat"), KJ_WB_TEXT, 0, NULL, "\xE2\x80\x93"},
      {"IKP", KJ_WB_DEC1, 0, NULL, NULL},
      {KJ_T(l, "Penilaian periodik", "Periodic ratings"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Terpanjang berturut-turut di bawah Baik", "Longest run below Baik"), KJ_WB_INT, 0,
       NULL, NULL},
      {KJ_T(l, "Perubahan IKP per tahun", "IKP change per year"), KJ_WB_DEC1, 0, &div, NULL},
      {"p", KJ_WB_PVAL, 0, NULL, NULL},
      {KJ_T(l, "Alasan", "Reason"), KJ_WB_WRAP, 50, NULL, NULL}};
  kj_column_def defs[B_NCOL];
  kj_wb_col cols[B_NCOL];
  int map[B_NCOL], nc = 0;
  for (int j = 0; j < B_NCOL; j++) {
    if (j == B_NIP && anon) {
      map[j] = -1;
      continue;
    }
    map[j] = nc;
    defs[nc] = all[j];
    cols[nc++] = spec[j];
  }
  if (anon) cols[map[B_NAMA]].header = KJ_T(l, "Pegawai (disamarkan)", "Employee (pseudonym)");
  kj_table *t = kj_table_new("pembinaan", nc, defs);
  char who[200], lab[64];
  kj_buf why = {0};
  for (size_t i = 0; i < r->n_pembinaan; i++) {
    const kj_daftar *d = &r->pembinaan[i];
    const kj_pegawai_tahun *p = &r->pegawai[d->pegawai];
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, map[B_KODE], c->r->opd[p->opd].kode);
    kj_table_set_text(t, x, map[B_OPD], kj_rep_opd_name(r, p->opd));
    kj_table_set_text(t, x, map[B_NAMA], kj_rep_person(&c->rep, p->nip, p->nama, who, sizeof who));
    if (map[B_NIP] >= 0) kj_table_set_int(t, x, map[B_NIP], p->nip);
    if (p->predikat_tahunan >= 0)
      kj_table_set_text(t, x, map[B_TAHUNAN],
                        kj_rep_label(&kj_enum_predikat, p->predikat_tahunan, l, lab, sizeof lab));
    kj_table_set_real(t, x, map[B_IKP], p->ukuran[KJ_UK_IKP]);
    kj_table_set_int(t, x, map[B_NPER], p->n_periode);
    kj_table_set_int(t, x, map[B_BERTURUT], d->berturut);
    kj_table_set_real(t, x, map[B_SLOPE], d->slope_per_tahun);
    kj_table_set_real(t, x, map[B_P], d->slope_p);
    kj_buf_reset(&why);
    reasons(c, d, p, &why);
    kj_table_set_text(t, x, map[B_ALASAN], kj_buf_cstr(&why));
  }
  kj_buf_free(&why);
  char q[200];
  snprintf(q, sizeof q,
           KJ_T(l, "Siapa yang perlu pembinaan di setiap OPD, dan mengapa (%d)?",
                "Who needs coaching in each OPD, and why (%d)?"),
           r->tahun);
  int row = bf_title(c, sh, q, NULL, nc);
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 0,
      .note =
          KJ_T(l,
               "Masuk daftar bila: \xE2\x89\xA5 2 penilaian periodik berturut-turut di bawah "
               "Baik, atau predikat tahunan Kurang / Sangat Kurang, atau IKP periodik yang "
               "menurun nyata (p < alpha, \xE2\x89\xA5 6 penilaian). Daftar ini bahan "
               "pembinaan, bukan hukuman.",
               "Listed when: \xE2\x89\xA5 2 consecutive periodic ratings below Baik, or an "
               "annual predikat Kurang / Sangat Kurang, or a significantly falling periodic IKP "
               "(p < alpha, \xE2\x89\xA5 6 ratings). The list is for coaching, not "
               "punishment.")};
  kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return KJ_OK;
}
