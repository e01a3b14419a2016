/* briefing_pimpinan.c — the "Peran Pimpinan" sheet: how much feedback and
 * appreciation leaders give in each OPD, and how that goes together with
 * staff ratings (analytics.md §10). Always "goes together with", never
 * "causes": the sheet says so in its headings and notes.
 *
 * Blocks: feedback per OPD (events per employee, share receiving
 * appreciation, the split by jenis, the OPD's mean IKP for comparison; the
 * city as the total row), the associations computed by the engine, and a
 * native scatter of the appreciation share against mean IKP with Excel's
 * fitted line. Also home of bf_assoc_table, which the Kepuasan Masyarakat
 * sheet uses for its IKM–IKP association.
 */
#include "reports/briefing/briefing_int.h"

#include <math.h>
#include <stdio.h>

enum {
  A_NAMA, A_METODE, A_N, A_NLAIN, A_R, A_LO, A_HI, A_SELISIH, A_P, A_RHO, A_RHOP, A_STATUS,
  A_NCOL
};

int bf_assoc_table(bf_ctx *c, kj_wb_sheet *sh, int row, const char *const *names,
                   const char *const *labels, int n) {
  kj_lang l = c->lang;
  static const kj_column_def defs[A_NCOL] = {
      {"nama", KJ_COL_TEXT},    {"metode", KJ_COL_TEXT},  {"n", KJ_COL_INT},
      {"n_lain", KJ_COL_INT},   {"r", KJ_COL_REAL},       {"ci_low", KJ_COL_REAL},
      {"ci_high", KJ_COL_REAL}, {"selisih", KJ_COL_REAL}, {"p", KJ_COL_REAL},
      {"rho", KJ_COL_REAL},     {"rho_p", KJ_COL_REAL},   {"status", KJ_COL_TEXT}};
  kj_table *t = kj_table_new("asosiasi", A_NCOL, defs);
  for (int i = 0; i < n; i++) {
    const kj_asosiasi *a = bf_assoc(c->r, names[i]);
    if (!a) continue;
    size_t x = kj_table_add_row(t);
    int welch = a->metode && a->metode[0] == 'w';
    kj_table_set_text(t, x, A_NAMA, labels[i]);
    kj_table_set_text(t, x, A_METODE,
                      welch ? KJ_T(l, "uji Welch antar-pegawai", "Welch test of employees")
                            : KJ_T(l, "korelasi Pearson", "Pearson correlation"));
    kj_table_set_int(t, x, A_N, a->n);
    if (welch) kj_table_set_int(t, x, A_NLAIN, a->n_lain);
    kj_table_set_real(t, x, A_R, a->r);
    kj_table_set_real(t, x, A_LO, a->ci_low);
    kj_table_set_real(t, x, A_HI, a->ci_high);
    kj_table_set_real(t, x, A_SELISIH, a->selisih);
    kj_table_set_real(t, x, A_P, a->p);
    kj_table_set_real(t, x, A_RHO, a->rho);
    kj_table_set_real(t, x, A_RHOP, a->rho_p);
    /* the IKM-IKP association says whether one unit decides it (analytics.md §6) */
    if (a->status != KJ_AS_TCD) {
      char st[200];
      snprintf(st, sizeof st, "%s%s%s", kj_enum_label(&kj_enum_asosiasi, (int)a->status, l),
               a->status == KJ_AS_SATU_UNIT && a->unit_berpengaruh >= 0 ? ": " : "",
               a->status == KJ_AS_SATU_UNIT && a->unit_berpengaruh >= 0
                   ? c->r->unit[a->unit_berpengaruh].kode
                   : "");
      kj_table_set_text(t, x, A_STATUS, st);
    }
  }
  static const kj_wb_cf div = {.kind = KJ_WB_CF_DIVERGING, .bounds = 1, .lo = -1, .hi = 1};
  const kj_wb_col cols[A_NCOL] = {
      {KJ_T(l, "Hubungan", "Association"), KJ_WB_WRAP, 34, NULL, NULL},
      {KJ_T(l, "Metode", "Method"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "n (pasangan / kelompok 1)", "n (pairs / group 1)"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "n kelompok 2", "n group 2"), KJ_WB_INT, 0, NULL, NULL},
      {"r", KJ_WB_DEC3, 0, &div, NULL},
      {KJ_T(l, "IK 95 % bawah", "95% CI low"), KJ_WB_DEC3, 0, NULL, NULL},
      {KJ_T(l, "IK 95 % atas", "95% CI high"), KJ_WB_DEC3, 0, NULL, NULL},
      {KJ_T(l, "Selisih (kelompok 1 \xE2\x88\x92 2)", "Difference (group 1 \xE2\x88\x92 2)"),
       KJ_WB_DEC2, 0, NULL, NULL},
      {"p", KJ_WB_PVAL, 0, NULL, NULL},
      {"rho Spearman", KJ_WB_DEC3, 0, NULL, NULL},
      {"p (rho)", KJ_WB_PVAL, 0, NULL, NULL},
      {KJ_T(l, "Status", "Status"), KJ_WB_WRAP, 24, NULL, NULL}};
  kj_wb_table_opts o = {.cols = cols,
                        .native = 1,
                        .note = KJ_T(l,
                                     "r dekat 0: tidak ada hubungan; dekat +1 atau \xE2\x88\x92"
                                     "1: hubungan erat, kecuali bila ditentukan satu unit "
                                     "(tanpa unit itu r berbalik arah atau tidak nyata, atau "
                                     "Spearman tidak nyata): lihat Spearman. "
                                     "Hubungan tidak membuktikan sebab-akibat.",
                                     "r near 0: no association; near +1 or \xE2\x88\x92"
                                     "1: a close one, unless driven by one unit (without it r "
                                     "changes sign or is not significant, or Spearman is not): "
                                     "read Spearman. An association does not prove a cause.")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

enum { F_KODE, F_OPD, F_N, F_PER, F_SHARE, F_APR, F_PERB, F_DIALOG, F_IKP, F_NCOL };

static void opd_row(bf_ctx *c, kj_table *t, int o) {
  const kj_analysis *r = c->r;
  const kj_umpan *u = &r->umpan[o];
  size_t x = kj_table_add_row(t);
  kj_table_set_text(t, x, F_KODE, c->r->opd[o].kode);
  kj_table_set_text(t, x, F_OPD, kj_rep_opd_name(r, o));
  kj_table_set_int(t, x, F_N, u->n_pegawai);
  kj_table_set_real(t, x, F_PER, u->kejadian_per_pegawai);
  kj_table_set_real(t, x, F_SHARE, u->share_apresiasi);
  kj_table_set_int(t, x, F_APR, u->kejadian[KJ_APRESIASI]);
  kj_table_set_int(t, x, F_PERB, u->kejadian[KJ_PERBAIKAN]);
  kj_table_set_int(t, x, F_DIALOG, u->kejadian[KJ_DIALOG]);
  kj_table_set_real(t, x, F_IKP, r->stat[o].ukuran[KJ_UK_IKP].mean);
}

static int per_opd(bf_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  static const kj_column_def defs[F_NCOL] = {{"kode_opd", KJ_COL_TEXT},
                                             {"opd", KJ_COL_TEXT},
                                             {"n_pegawai", KJ_COL_INT},
                                             {"kejadian_per_pegawai", KJ_COL_REAL},
                                             {"share_apresiasi", KJ_COL_REAL},
                                             {"apresiasi", KJ_COL_INT},
                                             {"perbaikan", KJ_COL_INT},
                                             {"dialog", KJ_COL_INT},
                                             {"ikp", KJ_COL_REAL}};
  kj_table *t = kj_table_new("umpan_balik", F_NCOL, defs);
  for (int i = 0; i < r->n_opd; i++) opd_row(c, t, c->rank[i]);
  opd_row(c, t, KJ_KOTA(r));
  static const kj_wb_cf bars = {.kind = KJ_WB_CF_DATABAR};
  static const kj_wb_cf seq = {.kind = KJ_WB_CF_SEQUENTIAL, .bounds = 1, .lo = 0, .hi = 1};
  const kj_wb_col cols[F_NCOL] = {
      {KJ_T(l, "Kode", "Code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Pegawai", "Employees"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Umpan balik per pegawai", "Feedback events per employee"), KJ_WB_DEC2, 0, &bars,
       kj_rep_tcd(c->lang)},
      {KJ_T(l, "% pegawai menerima apresiasi", "% employees appreciated"), KJ_WB_PCT1, 0, &seq,
       NULL},
      {KJ_T(l, "Apresiasi", "Appreciation"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Saran perbaikan", "Improvement advice"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Dialog kinerja", "Performance dialogue"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "IKP rata-rata", "Mean IKP"), KJ_WB_DEC1, 0, &bf_ikp_bars, NULL}};
  kj_wb_table_opts o = {.cols = cols, .native = 0, .total_row = 1};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

/* §10a: per leader, the team's high performers who received no appreciation
 * in six months (a screening list: "perlu dicermati", not a test). */
static int recognition(bf_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  char head[200];
  snprintf(head, sizeof head,
           KJ_T(l, "Berprestasi tetapi belum diapresiasi: %zu pegawai, per pimpinan (perlu dicermati)",
                "High performers without appreciation: %zu employees, per leader (to watch)"),
           r->n_apresiasi_kurang);
  row = kj_rep_heading(sh, row, head);
  static const kj_column_def defs[4] = {{"nip_pimpinan", KJ_COL_TEXT},
                                        {"n_tim", KJ_COL_INT},
                                        {"n_kurang", KJ_COL_INT},
                                        {"share", KJ_COL_REAL}};
  kj_table *t = kj_table_new("apresiasi_pimpinan", 4, defs);
  char nip[64];
  for (size_t i = 0; i < r->n_apresiasi_pimpinan; i++) {
    const kj_apresiasi_pimpinan *p = &r->apresiasi_pimpinan[i];
    size_t x = kj_table_add_row(t);
    kj_table_set_text(t, x, 0, kj_rep_nip(&c->rep, p->nip, nip, sizeof nip));
    kj_table_set_int(t, x, 1, p->n_tim);
    kj_table_set_int(t, x, 2, p->n_kurang);
    kj_table_set_real(t, x, 3, p->n_tim > 0 ? (double)p->n_kurang / (double)p->n_tim : NAN);
  }
  static const kj_wb_cf seq = {.kind = KJ_WB_CF_SEQUENTIAL, .bounds = 1, .lo = 0, .hi = 1};
  const kj_wb_col cols[4] = {
      {KJ_T(l, "NIP pimpinan", "Leader's NIP"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Anggota tim", "Team members"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "Berprestasi, belum diapresiasi", "High performers not appreciated"), KJ_WB_INT, 0,
       NULL, NULL},
      {KJ_T(l, "% tim", "% of team"), KJ_WB_PCT1, 0, &seq, "\xE2\x80\x93"}};
  kj_wb_table_opts o = {
      .cols = cols,
      .native = 1,
      .note = KJ_T(l,
                   "Berprestasi: Sangat Baik pada tiga penilaian periodik terakhir dengan jenis "
                   "periode yang sama (yang terakhir pada tahun ini); belum diapresiasi: tidak ada "
                   "umpan balik APRESIASI dalam enam bulan sampai akhir periode itu. Pimpinan = "
                   "atasan pada daftar pegawai, bila kosong penilai terakhir. Daftar per pegawai: "
                   "apresiasi_kurang.csv (kinerja export).",
                   "High performer: Sangat Baik in the last three periodic ratings of one period "
                   "type (the last one this year); not appreciated: no APRESIASI feedback in the "
                   "six months up to the end of that period. Leader = the supervisor on the "
                   "roster, else the latest evaluator. Per employee: apresiasi_kurang.csv "
                   "(kinerja export).")};
  row = kj_wb_table(sh, row, 0, t, &o);
  kj_table_free(t);
  return row;
}

static void scatter(bf_ctx *c, kj_wb_sheet *sh, int row, int hdr) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  kj_wb_series s = {.name = "OPD",
                    .cats = {hdr + 1, F_SHARE, hdr + r->n_opd, F_SHARE},
                    .vals = {hdr + 1, F_IKP, hdr + r->n_opd, F_IKP},
                    .trendline = 1};
  char title[160];
  snprintf(
      title, sizeof title,
      KJ_T(l, "Apresiasi pimpinan dan IKP per OPD, %d", "Leader appreciation and IKP per OPD, %d"),
      r->tahun);
  kj_wb_chart_spec ch = {.kind = KJ_WB_CHART_SCATTER,
                         .title = title,
                         .x_title = KJ_T(l, "Pangsa pegawai yang menerima apresiasi",
                                         "Share of employees appreciated"),
                         .y_title = KJ_T(l, "IKP rata-rata", "Mean IKP"),
                         .nseries = 1,
                         .series = &s,
                         .width = 720,
                         .height = 400};
  kj_wb_chart(sh, row, 0, &ch);
}

kj_status bf_pimpinan(bf_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  char q[200];
  snprintf(q, sizeof q,
           KJ_T(l,
                "Seberapa sering pimpinan memberi umpan balik dan apresiasi, dan sejalankah "
                "dengan kinerja pegawai (%d)?",
                "How often do leaders give feedback and appreciation, and does it go together "
                "with staff performance (%d)?"),
           r->tahun);
  int row = bf_title(c, sh, q, NULL, 9);
  int hdr = row;
  row = per_opd(c, sh, row);
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Hubungan dengan kinerja (hubungan, bukan sebab-akibat)",
                            "Association with performance (an association, not a cause)"));
  static const char *const names[] = {"apresiasi_ikp", "apresiasi_perilaku", "apresiasi_delta_ikp"};
  const char *labels[] = {
      KJ_T(l, "Pangsa apresiasi OPD dan IKP rata-rata OPD", "OPD appreciation share and mean IKP"),
      KJ_T(l, "Pangsa apresiasi OPD dan rata-rata perilaku (BerAKHLAK)",
           "OPD appreciation share and mean behaviour (BerAKHLAK)"),
      KJ_T(l, "Perubahan IKP dari tahun lalu: pegawai yang diapresiasi (kelompok 1) dan yang tidak",
           "IKP change from last year: employees appreciated (group 1) and the others")};
  row = bf_assoc_table(c, sh, row, names, labels, 3);
  row = recognition(c, sh, row);
  if (r->n_opd >= 2) scatter(c, sh, row, hdr);
  return KJ_OK;
}
