/* briefing_distribusi.c — the "Distribusi Predikat" sheet: does each OPD's
 * spread of employee predikat follow the curve its organisation predikat
 * requires, and if not, how many employees would have to change
 * (analytics.md §5)?
 *
 * One row per OPD (ranking order, the city as the total row): the five
 * counts and shares, each rule of its organisation predikat written in
 * words with PASS/FAIL, the overall status, the minimum number of changes
 * and the nearest compliant spread, and the chi-square test against the
 * city's spread. Below, a native 100 % stacked bar chart of the shares.
 */
#include "reports/briefing/briefing_int.h"

#include <math.h>
#include <stdio.h>

#include "util/buf.h"

enum {
  D_KODE,
  D_OPD,
  D_ORG,
  D_N,
  D_C0,                        /* five counts */
  D_S0 = D_C0 + KJ_PREDIKAT_N, /* five shares */
  D_ATURAN = D_S0 + KJ_PREDIKAT_N,
  D_STATUS,
  D_UBAH,
  D_TARGET,
  D_CHI2,
  D_P,
  D_NCOL
};

static const char *const SHORT[KJ_PREDIKAT_N] = {"SB", "B", "BP", "K", "SK"};

/* A rule in words: "Butuh Perbaikan + Kurang ≥ 1 orang", "Sangat Baik > 50 %". */
static void rule_words(const kj_curve_rule *ru, kj_lang l, kj_buf *b) {
  static const char *const cmp[] = {">", "\xE2\x89\xA5", "<", "\xE2\x89\xA4", "="};
  int first = 1;
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    if (!(ru->set & KJ_PRED_BIT(p))) continue;
    kj_buf_printf(b, "%s%s", first ? "" : " + ", kj_enum_label(&kj_enum_predikat, p, l));
    first = 0;
  }
  char v[48];
  kj_fmt_num_plain(v, sizeof v, ru->value, ru->value == floor(ru->value) ? 0 : 1, l);
  if (ru->unit == KJ_CURVE_PERSONS)
    kj_buf_printf(b, " %s %s %s", cmp[ru->cmp], v, KJ_T(l, "orang", "persons"));
  else
    kj_buf_printf(b, " %s %s%s", cmp[ru->cmp], v, l == KJ_LANG_ID ? " %" : "%");
}

static void rules_text(const bf_ctx *c, int o, kj_buf *b) {
  const kj_analysis *r = c->r;
  const kj_curve_rules *rs = &r->params.kurva[r->opd[o].org];
  const kj_kurva *k = &r->kurva[o];
  for (int i = 0; i < rs->n; i++) {
    if (i) kj_buf_puts(b, "\n");
    rule_words(&rs->rule[i], c->lang, b);
    kj_buf_printf(b, ": %s",
                  k->cek.pass[i] ? KJ_T(c->lang, "terpenuhi", "met")
                                 : KJ_T(c->lang, "TIDAK terpenuhi", "NOT met"));
  }
}

static void opd_row(bf_ctx *c, kj_table *t, int o) {
  const kj_analysis *r = c->r;
  const kj_kurva *k = &r->kurva[o];
  const kj_opd_stat *s = &r->stat[o];
  int kota = o == KJ_KOTA(r), org = kota ? -1 : r->opd[o].org;
  size_t x = kj_table_add_row(t);
  char lab[96];
  kj_table_set_text(t, x, D_KODE, c->r->opd[o].kode);
  kj_table_set_text(t, x, D_OPD, kj_rep_opd_name(r, o));
  if (org >= 0)
    kj_table_set_text(t, x, D_ORG,
                      kj_rep_label(&kj_enum_predikat_org, org, c->lang, lab, sizeof lab));
  kj_table_set_int(t, x, D_N, k->n);
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    kj_table_set_int(t, x, D_C0 + p, k->count[p]);
    kj_table_set_real(t, x, D_S0 + p, s->predikat_share[p]);
  }
  if (!kota)
    kj_table_set_text(t, x, D_STATUS,
                      kj_rep_label(&kj_enum_kurva, k->status, c->lang, lab, sizeof lab));
  if (org >= 0) {
    kj_buf b = {0};
    rules_text(c, o, &b);
    kj_table_set_text(t, x, D_ATURAN, kj_buf_cstr(&b));
    kj_buf_reset(&b);
    if (k->cek.feasible) {
      kj_table_set_int(t, x, D_UBAH, k->cek.min_changes);
      for (int p = 0; p < KJ_PREDIKAT_N; p++)
        kj_buf_printf(&b, "%s%s %ld", p ? " \xC2\xB7 " : "", SHORT[p], k->cek.target[p]);
      kj_table_set_text(t, x, D_TARGET, kj_buf_cstr(&b));
    }
    kj_buf_free(&b);
  }
  kj_table_set_real(t, x, D_CHI2, k->chi2.stat);
  kj_table_set_real(t, x, D_P, k->chi2.p);
}

static kj_table *build_table(bf_ctx *c) {
  kj_column_def defs[D_NCOL] = {{"kode_opd", KJ_COL_TEXT},
                                {"opd", KJ_COL_TEXT},
                                {"predikat_organisasi", KJ_COL_TEXT},
                                {"n", KJ_COL_INT}};
  static const char *const cn[] = {"n_sangat_baik", "n_baik", "n_butuh_perbaikan", "n_kurang",
                                   "n_sangat_kurang"};
  static const char *const sn[] = {"share_sangat_baik", "share_baik", "share_butuh_perbaikan",
                                   "share_kurang", "share_sangat_kurang"};
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    defs[D_C0 + p] = (kj_column_def){cn[p], KJ_COL_INT};
    defs[D_S0 + p] = (kj_column_def){sn[p], KJ_COL_REAL};
  }
  defs[D_ATURAN] = (kj_column_def){"aturan", KJ_COL_TEXT};
  defs[D_STATUS] = (kj_column_def){"status", KJ_COL_TEXT};
  defs[D_UBAH] = (kj_column_def){"perubahan_min", KJ_COL_INT};
  defs[D_TARGET] = (kj_column_def){"target", KJ_COL_TEXT};
  defs[D_CHI2] = (kj_column_def){"chi2", KJ_COL_REAL};
  defs[D_P] = (kj_column_def){"chi2_p", KJ_COL_REAL};
  kj_table *t = kj_table_new("distribusi", D_NCOL, defs);
  for (int i = 0; i < c->r->n_opd; i++) opd_row(c, t, c->rank[i]);
  opd_row(c, t, KJ_KOTA(c->r));
  return t;
}

static void chart(bf_ctx *c, kj_wb_sheet *sh, int row, int hdr) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  kj_wb_series s[KJ_PREDIKAT_N];
  for (int p = 0; p < KJ_PREDIKAT_N; p++)
    s[p] = (kj_wb_series){.name = kj_enum_label(&kj_enum_predikat, p, l),
                          .cats = {hdr + 1, D_OPD, hdr + r->n_opd, D_OPD},
                          .vals = {hdr + 1, D_S0 + p, hdr + r->n_opd, D_S0 + p}};
  char title[160];
  snprintf(
      title, sizeof title,
      KJ_T(l, "Sebaran predikat pegawai per OPD, %d", "Spread of employee predikat per OPD, %d"),
      r->tahun);
  kj_wb_chart_spec ch = {.kind = KJ_WB_CHART_BAR,
                         .stacked = 2,
                         .title = title,
                         .x_title = "OPD",
                         .y_title = KJ_T(l, "Pangsa pegawai", "Share of employees"),
                         .nseries = KJ_PREDIKAT_N,
                         .series = s,
                         .y_numfmt = "0%",
                         .width = 820,
                         .height = 140 + 18 * r->n_opd};
  kj_wb_chart(sh, row, 0, &ch);
}

kj_status bf_distribusi(bf_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  kj_status st = KJ_OK;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  kj_wb_col cols[D_NCOL];
  const char *dash = "\xE2\x80\x93";
  static const kj_wb_cf seq = {.kind = KJ_WB_CF_SEQUENTIAL, .bounds = 1, .lo = 0, .hi = 1};
  static const kj_wb_cf bars = {.kind = KJ_WB_CF_DATABAR};
  char good[48], bad[48];
  kj_rep_label(&kj_enum_kurva, KJ_KURVA_PATUH, l, good, sizeof good);
  kj_rep_label(&kj_enum_kurva, KJ_KURVA_TIDAK_PATUH, l, bad, sizeof bad);
  const kj_wb_cf lights = {.kind = KJ_WB_CF_TRAFFIC_TEXT, .good = good, .bad = bad};
  cols[D_KODE] = (kj_wb_col){KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL};
  cols[D_OPD] = (kj_wb_col){"OPD", KJ_WB_TEXT, 0, NULL, NULL};
  cols[D_ORG] = (kj_wb_col){KJ_T(l, "Predikat organisasi", "Organisation predikat"), KJ_WB_TEXT, 0,
                            NULL, KJ_T(l, "belum ada", "none yet")};
  cols[D_N] = (kj_wb_col){KJ_T(l, "Pegawai dengan predikat", "Employees with a predikat"),
                          KJ_WB_INT, 0, NULL, NULL};
  char hc[KJ_PREDIKAT_N][64], hs[KJ_PREDIKAT_N][64];
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    snprintf(hc[p], sizeof hc[p], "%s (%s)", kj_enum_label(&kj_enum_predikat, p, l),
             KJ_T(l, "orang", "persons"));
    snprintf(hs[p], sizeof hs[p], "%% %s", kj_enum_label(&kj_enum_predikat, p, l));
    cols[D_C0 + p] = (kj_wb_col){hc[p], KJ_WB_INT, 0, NULL, NULL};
    cols[D_S0 + p] = (kj_wb_col){hs[p], KJ_WB_PCT1, 0, &seq, dash};
  }
  cols[D_ATURAN] = (kj_wb_col){KJ_T(l, "Aturan kurva dan hasilnya", "Curve rules and result"),
                               KJ_WB_WRAP, 40, NULL, dash};
  cols[D_STATUS] = (kj_wb_col){KJ_T(l, "Status", "Status"), KJ_WB_TEXT, 0, &lights, NULL};
  cols[D_UBAH] = (kj_wb_col){
      KJ_T(l, "Pegawai yang harus berubah (minimum)", "Employees who must change (minimum)"),
      KJ_WB_INT, 0, &bars, dash};
  cols[D_TARGET] = (kj_wb_col){KJ_T(l, "Sebaran patuh terdekat", "Nearest compliant spread"),
                               KJ_WB_TEXT, 0, NULL, dash};
  cols[D_CHI2] =
      (kj_wb_col){KJ_T(l, "Chi-kuadrat vs kota", "Chi-square vs city"), KJ_WB_DEC2, 0, NULL, NULL};
  cols[D_P] = (kj_wb_col){"p", KJ_WB_PVAL, 0, NULL, NULL};
  char q[200];
  snprintf(q, sizeof q,
           KJ_T(l, "Apakah sebaran predikat setiap OPD sesuai kurva yang diwajibkan (%d)?",
                "Does each OPD's spread of predikat follow the required curve (%d)?"),
           r->tahun);
  int row = bf_title(c, sh, q, NULL, 14);
  int hdr = row;
  kj_table *t = build_table(c);
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 0,
      .total_row = 1,
      .note = KJ_T(l,
                   "Aturan kurva menurut predikat kinerja organisasi (parameter kurva.* di lembar "
                   "Metodologi). Pegawai yang harus berubah = jumlah paling sedikit pegawai yang "
                   "predikatnya harus lain agar semua aturan terpenuhi; sebaran patuh terdekat "
                   "menunjukkan salah satu sebaran seperti itu (SB = Sangat Baik, B = Baik, BP = "
                   "Butuh Perbaikan, K = Kurang, SK = Sangat Kurang). Chi-kuadrat: apakah sebaran "
                   "OPD berbeda dari sebaran kota (df 4).",
                   "Curve rules by organisation predikat (kurva.* parameters on the Methodology "
                   "sheet). Employees who must change = the fewest employees whose predikat would "
                   "have to differ for every rule to hold; the nearest compliant spread shows one "
                   "such spread (SB = Sangat Baik, B = Baik, BP = Butuh Perbaikan, K = Kurang, SK "
                   "= Sangat Kurang). Chi-square: does the OPD's spread differ from the city's "
                   "(df 4).")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Sebaran predikat dengan batas kurva yang diwajibkan",
                            "Predikat spread with the limits of the required curve"));
  row = bf_image(c, sh, row, BF_FIG_DISTRIBUSI, BF_PAGE_WIDE, &st, err);
  if (r->n_opd > 0) chart(c, sh, row, hdr);
  return st;
}
