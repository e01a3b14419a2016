/* briefing_kesetaraan.c — the "Kesetaraan Penilaian" sheet: do ratings
 * depend on who a person is rather than on their work (analytics.md §13)?
 * One row per contrast (gender, PNS/PPPK, golongan, jenis jabatan) with the
 * raw gaps in mean IKP and in the share Sangat Baik, the gap adjusted for
 * OPD (and jenis jabatan) with its 95 % CI, q and the label; the gaps chart;
 * then the raw gender gap within each OPD, shown and never flagged. The
 * wording follows the spec: a gap is "perbedaan yang perlu ditelaah", never
 * a verdict of discrimination, and SETARA is "tidak terdeteksi perbedaan ≥ N
 * poin", never proof of equality.
 */
#include "reports/briefing/briefing_int.h"

#include <stdio.h>
#include <string.h>

enum { K_ATTR, K_GROUP, K_REF, K_N, K_NREF, K_RAW, K_SB, K_ADJ, K_LO, K_HI, K_Q, K_LABEL, K_NCOL };

static const char *attr_label(const char *a, kj_lang l) {
  if (strcmp(a, "jenis_kelamin") == 0) return KJ_T(l, "Jenis kelamin", "Gender");
  if (strcmp(a, "jenis_pegawai") == 0) return KJ_T(l, "Jenis pegawai", "Employee type");
  if (strcmp(a, "golongan") == 0) return KJ_T(l, "Golongan (PNS)", "Golongan (PNS)");
  return KJ_T(l, "Jenis jabatan", "Position type");
}

static int contrasts(bf_ctx *c, kj_wb_sheet *sh, int row, const char *bad, const char *ok) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[K_NCOL] = {
      {"atribut", KJ_COL_TEXT},         {"kelompok", KJ_COL_TEXT},
      {"pembanding", KJ_COL_TEXT},      {"n", KJ_COL_INT},
      {"n_pembanding", KJ_COL_INT},     {"selisih_mentah", KJ_COL_REAL},
      {"selisih_sangat_baik", KJ_COL_REAL}, {"selisih_disesuaikan", KJ_COL_REAL},
      {"ci_low", KJ_COL_REAL},          {"ci_high", KJ_COL_REAL},
      {"q", KJ_COL_REAL},               {"label", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("kesetaraan", K_NCOL, defs);
  for (int i = 0; i < r->n_setara; i++) {
    const kj_setara *s = &r->setara[i];
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, K_ATTR, attr_label(s->atribut, l));
    kj_table_set_text(t, x, K_GROUP, s->kelompok);
    kj_table_set_text(t, x, K_REF, s->pembanding);
    kj_table_set_int(t, x, K_N, s->n);
    kj_table_set_int(t, x, K_NREF, s->n_pembanding);
    kj_table_set_real(t, x, K_RAW, s->selisih_mentah);
    kj_table_set_real(t, x, K_SB, s->selisih_sangat_baik);
    kj_table_set_real(t, x, K_ADJ, s->selisih_disesuaikan);
    kj_table_set_real(t, x, K_LO, s->ci_low);
    kj_table_set_real(t, x, K_HI, s->ci_high);
    kj_table_set_real(t, x, K_Q, s->q);
    kj_table_set_text(t, x, K_LABEL,
                      s->label == KJ_SETARA_TIDAK ? bad
                      : s->label == KJ_SETARA_YA  ? ok
                                                  : kj_rep_tcd(l));
  }
  const kj_wb_cf lights = {.kind = KJ_WB_CF_TRAFFIC_TEXT, .bad = bad};
  static const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING, .bounds = 1, .lo = -10, .hi = 10};
  const char *dash = "\xE2\x80\x93";
  const kj_wb_col cols[K_NCOL] = {
      {KJ_T(l, "Atribut", "Attribute"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Kelompok", "Group"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Pembanding", "Compared with"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "n kelompok", "n group"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "n pembanding", "n comparison"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Selisih IKP mentah", "Raw IKP gap"), KJ_WB_DEC1, 0, &div, dash},
      {KJ_T(l, "Selisih % Sangat Baik", "Gap in % Sangat Baik"), KJ_WB_PCT1, 0, NULL, dash},
      {KJ_T(l, "Selisih IKP terkoreksi", "Adjusted IKP gap"), KJ_WB_DEC1, 0, &div, dash},
      {KJ_T(l, "IK 95 % bawah", "95% CI low"), KJ_WB_DEC1, 0, NULL, dash},
      {KJ_T(l, "IK 95 % atas", "95% CI high"), KJ_WB_DEC1, 0, NULL, dash},
      {"q", KJ_WB_PVAL, 0, NULL, dash},
      {KJ_T(l, "Kesimpulan", "Reading"), KJ_WB_WRAP, 34, &lights, NULL}};
  char note[900], m[32], a[32];
  kj_fmt_num(m, sizeof m, r->params.kesetaraan_min, 0, l);
  kj_fmt_num(a, sizeof a, r->params.alpha, 2, l);
  snprintf(note, sizeof note,
           KJ_T(l,
                "Selisih = kelompok \xE2\x88\x92 pembanding, pegawai-tahun %d. Terkoreksi: regresi "
                "IKP atas kelompok dengan efek tetap OPD dan (kecuali jenis jabatan) jenis "
                "jabatan, galat baku HC1; OPD/jabatan yang hanya berisi satu sisi tidak dipakai. "
                "q: koreksi Benjamini-Hochberg atas semua perbandingan. Disebut perbedaan yang "
                "perlu ditelaah bila q < %s dan |selisih terkoreksi| \xE2\x89\xA5 %s poin; itu "
                "bukan bukti diskriminasi (bisa ada faktor lain yang tidak tercatat). Golongan: "
                "PNS saja.",
                "Gap = group \xE2\x88\x92 comparison, employee-years of %d. Adjusted: OLS of IKP "
                "on the group with OPD and (except for position type) position-type fixed "
                "effects, HC1 standard errors; OPD or positions holding one side only are left "
                "out. q: Benjamini-Hochberg over all comparisons. Called a difference to be "
                "examined when q < %s and |adjusted gap| \xE2\x89\xA5 %s points; that is not "
                "proof of discrimination (other, unrecorded factors may differ). Golongan: PNS "
                "only."),
           r->tahun, a, m);
  kj_wb_table_opts o = {.cols = cols, .native = 0, .note = note};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

static int per_opd(bf_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[5] = {{"kode_opd", KJ_COL_TEXT},
                                        {"opd", KJ_COL_TEXT},
                                        {"n_p", KJ_COL_INT},
                                        {"n_l", KJ_COL_INT},
                                        {"selisih", KJ_COL_REAL}};
  kj_table *t = kj_table_new("kesetaraan_opd", 5, defs);
  for (int i = 0; i < r->n_opd; i++) {
    int o = c->rank[i];
    const kj_setara_opd *s = &r->setara_opd[o];
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, 0, r->opd[o].kode);
    kj_table_set_text(t, x, 1, kj_rep_opd_short(r, o)); /* short: column B is shared */
    kj_table_set_int(t, x, 2, s->n_p);
    kj_table_set_int(t, x, 3, s->n_l);
    kj_table_set_real(t, x, 4, s->selisih_mentah);
  }
  static const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING, .bounds = 1, .lo = -10, .hi = 10};
  const kj_wb_col cols[5] = {
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Perempuan", "Women"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Laki-laki", "Men"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Selisih IKP mentah (P \xE2\x88\x92 L)", "Raw IKP gap (W \xE2\x88\x92 M)"),
       KJ_WB_DEC1, 0, &div, kj_rep_tcd(l)}};
  char note[400];
  snprintf(note, sizeof note,
           KJ_T(l,
                "Ditampilkan untuk ditelaah, tidak diuji dan tidak diberi tanda: selisih mentah "
                "di dalam satu OPD juga mencerminkan jabatan dan golongan. OPD dengan kurang dari "
                "%ld perempuan atau laki-laki: data tidak cukup.",
                "Shown for review, neither tested nor flagged: a raw gap within one OPD also "
                "reflects positions and grades. OPD with fewer than %ld women or men: not "
                "enough data."),
           r->params.min_kelompok);
  kj_wb_table_opts o = {.cols = cols, .native = 1, .note = note}; /* the sheet's second table */
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

kj_status bf_kesetaraan(bf_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  kj_status st = KJ_OK;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  char q[200], bad[120], ok[120], m[32];
  kj_fmt_num(m, sizeof m, r->params.kesetaraan_min, 0, l);
  snprintf(q, sizeof q,
           KJ_T(l, "Apakah penilaian %d bergantung pada siapa pegawainya, bukan pada kerjanya?",
                "Do the %d ratings depend on who people are rather than on their work?"),
           r->tahun);
  snprintf(bad, sizeof bad, "%s",
           KJ_T(l, "Perbedaan yang perlu ditelaah", "A difference to be examined"));
  snprintf(ok, sizeof ok,
           KJ_T(l, "Tidak terdeteksi perbedaan \xE2\x89\xA5 %s poin",
                "No difference of %s points or more detected"),
           m);
  int row = bf_title(c, sh, q, NULL, K_NCOL);
  row = contrasts(c, sh, row, bad, ok);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Selisih IKP terkoreksi dengan rentang ketidakpastian (IK 95 %)",
                            "Adjusted IKP gaps with their uncertainty (95% CI)"));
  row = bf_image(c, sh, row, BF_FIG_KESETARAAN, BF_PAGE_NARROW, &st, err);
  if (st != KJ_OK) return st;
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Selisih IKP perempuan dan laki-laki di dalam setiap OPD",
                            "IKP gap between women and men within each OPD"));
  per_opd(c, sh, row);
  return st;
}
