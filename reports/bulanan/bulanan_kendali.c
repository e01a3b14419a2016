/* bulanan_kendali.c — the "Kendali" sheet of the Pemantauan Bulanan
 * workbook: per OPD the signal of month P (rule 1 BATAS, rule 2 RUN8) or
 * "riwayat belum cukup", the control chart of monthly mean IKP (cairo chart
 * kind `kendali`: OPD with a signal first, then the city, then the others),
 * and the charted values, equal to bulanan_kendali.csv.
 */
#include "reports/bulanan/bulanan_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures/figures.h"
#include "util/xalloc.h"

#define BLR_CHART_W 600.0 /* points */
/* Pixels per point: the sheet shows the chart 600 px wide, so 1.25 still
 * oversamples it (750 px) for zooming and printing; the 9 px footer text
 * stays legible. 1.5 cost ~15% more of the report's CPU for 35 charts. */
#define BLR_CHART_SCALE 1.25

enum { K_KODE, K_OPD, K_N, K_MEAN, K_CENTRE, K_LCL, K_UCL, K_SINYAL, K_RIWAYAT, K_NCOL };

static const char *sinyal_text(const char *s, kj_lang l) {
  if (!*s) return "";
  if (strcmp(s, "BATAS") == 0) return KJ_T(l, "Di luar batas kendali", "Beyond a control limit");
  if (strcmp(s, "RUN8") == 0)
    return KJ_T(l, "8 bulan di satu sisi garis tengah", "8 months on one side of the centre");
  return KJ_T(l, "Di luar batas dan 8 bulan di satu sisi", "Beyond a limit and 8 months on one side");
}

/* Embeds the chart of OPD o; a note when it cannot be drawn. */
static int chart(bl_rep *c, kj_wb_sheet *sh, int row, int o, kj_status *st, kj_error *err) {
  kj_figure f;
  kj_error why = {0};
  kj_status s = kj_fig_kendali(c->b, o, c->lang, &f, &why);
  if (s == KJ_DATA) {
    kj_figure_free(&f);
    char note[400];
    snprintf(note, sizeof note, KJ_T(c->lang, "(Grafik %s tidak ditampilkan: %s)",
                                     "(Chart of %s not shown: %s)"),
             c->b->r->opd[o].kode, why.msg);
    return kj_rep_note(sh, row, note) + 1;
  }
  /* one chart per OPD: drawn narrower and at 1.5x (not 2x) so that the
   * month's workbook stays quick to write (PNG encoding dominates) */
  kj_chart_out co = {.format = KJ_CHART_PNG, .width = BLR_CHART_W, .png_scale = BLR_CHART_SCALE,
                     .lang = f.lang, .date = f.date, .title = f.title, .subtitle = f.subtitle,
                     .source = f.source, .note = f.note, .author = f.author};
  kj_chart_result res = {0};
  if (s == KJ_OK) s = kj_chart_render(f.kind, &f.spec, &co, &res, &why);
  if (s == KJ_OK) row = kj_wb_image(sh, row, 0, res.data, res.len, 1.0 / BLR_CHART_SCALE, f.title);
  else if (*st == KJ_OK) *st = kj_fail(err, s, "%s", why.msg);
  kj_chart_result_free(&res);
  kj_figure_free(&f);
  return row + 1;
}

kj_status blr_kendali(bl_rep *c, kj_wb_sheet *sh, kj_error *err) {
  const kj_bulanan *b = c->b;
  const kj_analysis *r = b->r;
  kj_lang l = c->lang;
  int K = KJ_KOTA(r), last = KJ_BL_BULAN - 1;
  char bulan[64], q[300], note[1200];
  blr_bulan(c, b->periode, bulan, sizeof bulan);
  snprintf(q, sizeof q,
           KJ_T(l, "OPD mana yang IKP bulanannya bergeser di luar variasi biasa (%s)?",
                "Which OPD's monthly IKP moved beyond its usual variation (%s)?"),
           bulan);
  int row = blr_title(c, sh, q, K_NCOL);
  static const kj_column_def defs[K_NCOL] = {
      {"kode_opd", KJ_COL_TEXT}, {"opd", KJ_COL_TEXT},  {"n", KJ_COL_INT},
      {"mean", KJ_COL_REAL},     {"centre", KJ_COL_REAL}, {"lcl", KJ_COL_REAL},
      {"ucl", KJ_COL_REAL},      {"sinyal", KJ_COL_TEXT}, {"riwayat", KJ_COL_TEXT}};
  char belum[80], cukup[40];
  snprintf(belum, sizeof belum, "%s", KJ_T(l, "Riwayat belum cukup", "Not enough history"));
  snprintf(cukup, sizeof cukup, "%s", KJ_T(l, "Cukup", "Enough"));
  const kj_wb_cf hist = {.kind = KJ_WB_CF_TRAFFIC_TEXT, .good = cukup, .neutral = belum};
  const kj_wb_col cols[K_NCOL] = {
      {KJ_T(l, "Kode OPD", "OPD code"), KJ_WB_TEXT, 0, NULL, NULL},
      {"OPD", KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "n (pegawai dinilai)", "n (rated)"), KJ_WB_INT, 0, NULL, NULL},
      {KJ_T(l, "IKP rata-rata", "Mean IKP"), KJ_WB_DEC1, 0, NULL, "\xE2\x80\x93"},
      {KJ_T(l, "Garis tengah", "Centre line"), KJ_WB_DEC1, 0, NULL, "\xE2\x80\x93"},
      {KJ_T(l, "Batas bawah", "Lower limit"), KJ_WB_DEC1, 0, NULL, "\xE2\x80\x93"},
      {KJ_T(l, "Batas atas", "Upper limit"), KJ_WB_DEC1, 0, NULL, "\xE2\x80\x93"},
      {KJ_T(l, "Sinyal", "Signal"), KJ_WB_TEXT, 0, NULL, NULL},
      {KJ_T(l, "Riwayat 12 bulan", "12-month history"), KJ_WB_TEXT, 0, &hist, NULL}};
  kj_table *t = kj_table_new("kendali_p", K_NCOL, defs);
  for (int o = 0; o <= K; o++) {
    const kj_bl_opd *x = &b->opd[o];
    size_t i = kj_table_add_row(t);
    kj_table_set_text(t, i, K_KODE, r->opd[o].kode);
    kj_table_set_text(t, i, K_OPD, kj_rep_opd_name(r, o));
    kj_table_set_int(t, i, K_N, x->n[last]);
    kj_table_set_real(t, i, K_MEAN, x->mean[last]);
    kj_table_set_real(t, i, K_CENTRE, x->centre);
    kj_table_set_real(t, i, K_LCL, x->lcl[last]);
    kj_table_set_real(t, i, K_UCL, x->ucl[last]);
    kj_table_set_text(t, i, K_SINYAL, sinyal_text(x->sinyal[last], l));
    kj_table_set_text(t, i, K_RIWAYAT, x->cukup ? cukup : belum);
  }
  snprintf(note, sizeof note,
           KJ_T(l,
                "%d OPD dengan sinyal, %d OPD riwayat belum cukup. Garis tengah = rata-rata IKP "
                "semua penilaian bulanan 12 bulan sebelum %s (semua bulan itu harus punya "
                "\xE2\x89\xA5 %ld pegawai dinilai); batas = garis tengah \xC2\xB1 3\xCF\x83, "
                "\xCF\x83 dari rata-rata selisih antarbulan (MR/1,128) disesuaikan dengan "
                "jumlah pegawai bulan itu. Sinyal: bulan di luar batas, atau %s dan 7 bulan "
                "sebelumnya di satu sisi garis tengah. Sinyal adalah alasan untuk menelaah, "
                "bukan bukti penurunan kinerja.",
                "%d OPD with a signal, %d OPD without enough history. Centre line = mean IKP "
                "of all monthly ratings of the 12 months before %s (each of them needs "
                "\xE2\x89\xA5 %ld rated employees); limits = centre \xC2\xB1 3\xCF\x83, "
                "\xCF\x83 from the mean month-to-month range (MR/1.128) scaled by the month's "
                "number of employees. Signal: a month beyond a limit, or %s and the 7 months "
                "before on one side of the centre. A signal is a reason to look closer, not "
                "proof of a decline."),
           b->n_sinyal, b->n_riwayat_kurang, bulan, r->params.min_kelompok, bulan);
  row = kj_rep_heading(sh, row, KJ_T(l, "Sinyal bulan ini", "This month's signals"));
  kj_wb_table_opts to = {.cols = cols, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &to);
  row = blr_note(sh, row, note) + 1;
  kj_table_free(t);

  /* charts: OPD with a signal, the city, then the rest (code order) */
  kj_status st = KJ_OK;
  row = kj_rep_heading(sh, row, KJ_T(l, "Diagram kendali per OPD", "Control chart per OPD"));
  int *ord = xcalloc((size_t)K + 2, sizeof *ord), n = 0;
  for (int o = 0; o < K; o++)
    if (b->opd[o].sinyal[last][0]) ord[n++] = o;
  ord[n++] = K;
  for (int o = 0; o < K; o++)
    if (!b->opd[o].sinyal[last][0]) ord[n++] = o;
  for (int i = 0; i < n && st == KJ_OK; i++) row = chart(c, sh, row, ord[i], &st, err);
  free(ord);
  if (st != KJ_OK) return st;

  /* the charted values (bulanan_kendali.csv) */
  static const kj_column_def vd[] = {
      {"kode_opd", KJ_COL_TEXT}, {"bulan", KJ_COL_TEXT}, {"n", KJ_COL_INT},
      {"mean", KJ_COL_REAL},     {"centre", KJ_COL_REAL}, {"lcl", KJ_COL_REAL},
      {"ucl", KJ_COL_REAL},      {"sinyal", KJ_COL_TEXT}};
  const kj_wb_col vc[] = {{KJ_T(l, "Kode OPD", "OPD code"), KJ_WB_TEXT, 0, NULL, NULL},
                          {KJ_T(l, "Bulan", "Month"), KJ_WB_TEXT, 0, NULL, NULL},
                          {"n", KJ_WB_INT, 0, NULL, NULL},
                          {KJ_T(l, "IKP rata-rata", "Mean IKP"), KJ_WB_DEC1, 0, NULL, "\xE2\x80\x93"},
                          {KJ_T(l, "Garis tengah", "Centre line"), KJ_WB_DEC1, 0, NULL, "\xE2\x80\x93"},
                          {KJ_T(l, "Batas bawah", "Lower limit"), KJ_WB_DEC1, 0, NULL, "\xE2\x80\x93"},
                          {KJ_T(l, "Batas atas", "Upper limit"), KJ_WB_DEC1, 0, NULL, "\xE2\x80\x93"},
                          {KJ_T(l, "Sinyal", "Signal"), KJ_WB_TEXT, 0, NULL, NULL}};
  kj_table *v = kj_table_new("kendali", 8, vd);
  for (int o = 0; o <= K; o++) {
    const kj_bl_opd *x = &b->opd[o];
    for (int i = 0; i < KJ_BL_BULAN; i++) {
      size_t j = kj_table_add_row(v);
      kj_table_set_text(v, j, 0, r->opd[o].kode);
      kj_table_set_text(v, j, 1, x->bulan[i]);
      kj_table_set_int(v, j, 2, x->n[i]);
      kj_table_set_real(v, j, 3, x->mean[i]);
      kj_table_set_real(v, j, 4, x->centre);
      kj_table_set_real(v, j, 5, x->lcl[i]);
      kj_table_set_real(v, j, 6, x->ucl[i]);
      kj_table_set_text(v, j, 7, x->sinyal[i]);
    }
  }
  row = kj_rep_heading(sh, row, KJ_T(l, "Nilai yang digambar", "Charted values"));
  kj_wb_table_opts vo = {.cols = vc, .native = 1,
                         .note = KJ_T(l, "Bulan dengan n di bawah min_kelompok tidak digambar "
                                         "(IKP kosong).",
                                      "Months with n below min_kelompok are not charted (empty "
                                      "IKP).")};
  kj_wb_table(sh, row, 0, v, &vo);
  kj_table_free(v);
  return KJ_OK;
}
