/* rapor_kurva.c — the "Distribusi Predikat" sheet: does the OPD's spread of
 * annual predikat meet the curve its organisation predikat requires
 * (analytics.md §5), and if not, how many employees would have to change?
 * The five counts with the OPD's and the city's shares and the closest
 * compliant counts the engine found; each rule with PASS/FAIL; the status,
 * minimum changes and the chi-square against the city; and the cairo kurva
 * chart (histogram against the required curve), which Excel cannot draw.
 * Counts are not suppressed here: compliance is an administrative fact the
 * BKPSDM checks for every OPD, small or not (as the engine does).
 */
#include "reports/rapor/rapor_int.h"

#include <math.h>
#include <stdio.h>

enum { K_PRED, K_N, K_SHARE, K_KOTA, K_TARGET, K_UBAH, K_NCOL };

static int counts(rp_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  const kj_kurva *k = &r->kurva[c->o];
  const kj_opd_stat *s = &r->stat[c->o], *ks = &r->stat[KJ_KOTA(r)];
  static const kj_column_def defs[K_NCOL] = {{"predikat", KJ_COL_TEXT}, {"n", KJ_COL_INT},
                                             {"share", KJ_COL_REAL},    {"share_kota", KJ_COL_REAL},
                                             {"target", KJ_COL_INT},    {"perubahan", KJ_COL_INT}};
  kj_table *t = kj_table_new("kurva_predikat", K_NCOL, defs);
  int has_target = k->cek.feasible && r->opd[c->o].org >= 0;
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    size_t i = kj_table_add_row(t);
    kj_table_set_text(t, i, K_PRED, kj_enum_label(&kj_enum_predikat, p, l));
    kj_table_set_int(t, i, K_N, k->count[p]);
    kj_table_set_real(t, i, K_SHARE, s->predikat_share[p]);
    kj_table_set_real(t, i, K_KOTA, ks->predikat_share[p]);
    if (has_target) {
      kj_table_set_int(t, i, K_TARGET, k->cek.target[p]);
      kj_table_set_int(t, i, K_UBAH, k->cek.target[p] - k->count[p]);
    }
  }
  const kj_wb_cf seq = {.kind = KJ_WB_CF_SEQUENTIAL, .bounds = 1, .lo = 0, .hi = 1, .mid = 0.5};
  const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING};
  const kj_wb_col cols[K_NCOL] = {
      {"Predikat", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Jumlah pegawai", "Employees"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Bagian OPD", "OPD share"), KJ_WB_PCT1, 0, &seq, kj_rep_tcd(c->lang)},
      {KJ_T(l, "Bagian kota", "City share"), KJ_WB_PCT1, 0, &seq, RP_DASH},
      {KJ_T(l, "Jumlah sesuai kurva", "Count meeting the curve"), KJ_WB_INT, 0, NULL, RP_DASH},
      {KJ_T(l, "Perubahan", "Change"), KJ_WB_INT, 0, &div, RP_DASH}};
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 1,
      .note = KJ_T(l,
                   "Jumlah sesuai kurva: sebaran terdekat yang memenuhi semua aturan (paling "
                   "sedikit pegawai berganti predikat). Bagian OPD tidak ditampilkan bila pegawai "
                   "kurang dari min_kelompok.",
                   "Count meeting the curve: the closest spread that meets every rule (fewest "
                   "employees changing predikat). OPD shares are not shown under min_kelompok.")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

enum { A_ATURAN, A_HASIL, A_NCOL };

static int rules(rp_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  int org = r->opd[c->o].org;
  if (org < 0) return row;
  const kj_curve_rules *rs = &r->params.kurva[org];
  const kj_kurva *k = &r->kurva[c->o];
  static const kj_column_def defs[A_NCOL] = {{"aturan", KJ_COL_TEXT}, {"hasil", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("kurva_aturan", A_NCOL, defs);
  const char *ok = KJ_T(l, "Terpenuhi", "Met"), *no = KJ_T(l, "Tidak terpenuhi", "Not met");
  for (int i = 0; i < rs->n; i++) {
    char txt[160];
    size_t j = kj_table_add_row(t);
    kj_table_set_text(t, j, A_ATURAN, kj_curve_rule_format(&rs->rule[i], txt, sizeof txt));
    kj_table_set_text(t, j, A_HASIL, i < k->cek.n_rules && k->cek.pass[i] ? ok : no);
  }
  const kj_wb_cf tl = {.kind = KJ_WB_CF_TRAFFIC_TEXT, .good = ok, .bad = no};
  const kj_wb_col cols[A_NCOL] = {{KJ_T(l, "Aturan", "Rule"), KJ_WB_TEXT, 0, NULL, NULL},
                                  {KJ_T(l, "Hasil", "Result"), KJ_WB_TEXT, 0, &tl, NULL}};
  char head[200];
  snprintf(head, sizeof head,
           KJ_T(l, "Aturan kurva untuk predikat organisasi %s",
                "Curve rules for organisation predikat %s"),
           kj_enum_label(&kj_enum_predikat_org, org, l));
  row = kj_rep_heading(sh, row, head);
  kj_wb_table_opts o = {.cols = cols, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

enum { U_ORG, U_N, U_STATUS, U_MIN, U_CHI2, U_DF, U_P, U_KECIL, U_NCOL };

static int summary(rp_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  const kj_kurva *k = &r->kurva[c->o];
  static const kj_column_def defs[U_NCOL] = {{"predikat_organisasi", KJ_COL_TEXT},
                                             {"n", KJ_COL_INT},
                                             {"status", KJ_COL_TEXT},
                                             {"perubahan_min", KJ_COL_INT},
                                             {"chi2", KJ_COL_REAL},
                                             {"chi2_df", KJ_COL_REAL},
                                             {"chi2_p", KJ_COL_REAL},
                                             {"ekspektasi_kecil", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("kurva", U_NCOL, defs);
  size_t i = kj_table_add_row(t);
  char lab[64];
  int org = r->opd[c->o].org;
  kj_table_set_text(t, i, U_ORG, org >= 0 ? kj_enum_label(&kj_enum_predikat_org, org, l) : NULL);
  kj_table_set_int(t, i, U_N, k->n);
  kj_table_set_text(t, i, U_STATUS, rp_label(c, &kj_enum_kurva, k->status, lab, sizeof lab));
  if (k->status == KJ_KURVA_PATUH || k->status == KJ_KURVA_TIDAK_PATUH)
    kj_table_set_int(t, i, U_MIN, k->cek.min_changes);
  kj_table_set_real(t, i, U_CHI2, k->chi2.stat);
  kj_table_set_real(t, i, U_DF, k->chi2.df);
  kj_table_set_real(t, i, U_P, k->chi2.p);
  if (isfinite(k->chi2.stat))
    kj_table_set_text(t, i, U_KECIL,
                      k->chi2.low_expected ? KJ_T(l, "ya", "yes") : KJ_T(l, "tidak", "no"));
  char good[64], bad[64];
  rp_label(c, &kj_enum_kurva, KJ_KURVA_PATUH, good, sizeof good);
  rp_label(c, &kj_enum_kurva, KJ_KURVA_TIDAK_PATUH, bad, sizeof bad);
  const kj_wb_cf tl = {.kind = KJ_WB_CF_TRAFFIC_TEXT, .good = good, .bad = bad};
  const kj_wb_col cols[U_NCOL] = {
      {KJ_T(l, "Predikat organisasi", "Organisation predikat"), KJ_WB_TEXT, 0, NULL,
       KJ_T(l, "belum ada", "none yet")},
      {KJ_T(l, "Pegawai dengan predikat tahunan", "Employees with an annual predikat"), KJ_WB_INT,
       0, NULL, NULL},
      {"Status", KJ_WB_TEXT, 0, &tl, NULL},
      {KJ_T(l, "Perubahan minimal", "Minimum changes"), KJ_WB_INT, 0, NULL, RP_DASH},
      {KJ_T(l, "Chi-kuadrat vs kota", "Chi-square vs city"), KJ_WB_DEC2, 0, NULL, RP_DASH},
      {"df", KJ_WB_DEC1, 0, NULL, RP_DASH},
      {"p", KJ_WB_PVAL, 0, NULL, RP_DASH},
      {KJ_T(l, "Ekspektasi < 5", "Expected < 5"), KJ_WB_TEXT, 0, NULL, RP_DASH}};
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 1,
      .note = KJ_T(l,
                   "Chi-kuadrat: lima jumlah OPD terhadap bagian kota (df 4, kategori kosong "
                   "dibuang); \"ya\" berarti ada ekspektasi di bawah 5 sehingga p kurang dapat "
                   "dipercaya.",
                   "Chi-square: the OPD's five counts against the city's shares (df 4, empty "
                   "categories dropped); \"yes\" means an expected count below 5, so p is less "
                   "reliable.")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

kj_status rp_kurva(rp_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  kj_lang l = c->lang;
  char q[300];
  snprintf(q, sizeof q,
           KJ_T(l, "Apakah sebaran predikat %s tahun %d memenuhi kurva distribusi?",
                "Does the predikat spread of %s in %d meet the required distribution?"),
           rp_short(c), c->r->tahun);
  int row = rp_title(c, sh, q, NULL, 8);
  row = summary(c, sh, row);
  row = counts(c, sh, row);
  row = rules(c, sh, row);
  kj_figure f;
  kj_error why = {KJ_OK, ""};
  kj_status built = kj_fig_kurva(c->r, c->o, l, &f, &why);
  rp_figure(c, sh, row, 0, built, &f, &why);
  kj_figure_free(&f);
  return KJ_OK;
}
