/* bulanan_kendali.c — the "Kendali" sheet of the Pemantauan Bulanan
 * workbook: per OPD the signal of month P (rule 1 BATAS, rule 2 RUN8) or
 * "riwayat belum cukup"; the control chart of monthly mean IKP per OPD (OPD
 * with a signal first, then the city, then the others); and the charted
 * values, equal to bulanan_kendali.csv, which the charts draw from.
 *
 * The charts are native Excel line charts over the charted values (mean
 * IKP, centre line, the limits that follow n, the months with a signal as
 * red diamonds): a month's workbook is written in a few milliseconds, so a
 * year of months costs less than importing one month (issue 12), and an
 * analyst can restyle a chart or read its numbers beside it. The same chart
 * drawn by cairo (chart kind `kendali`) for print or slides comes from
 * `kinerja charts --periode YYYY-MM`.
 */
#include "reports/bulanan/bulanan_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

#define BLR_CHART_W 680 /* pixels */
#define BLR_CHART_H 320
#define C_IKP 0x0072B2    /* Okabe-Ito blue: the charted means */
#define C_CENTRE 0x595959 /* grey: the centre line */
#define C_LIMIT 0xD55E00  /* vermilion: the limits and the signals */

enum { K_KODE, K_OPD, K_N, K_MEAN, K_CENTRE, K_LCL, K_UCL, K_SINYAL, K_RIWAYAT, K_NCOL };
/* columns of the charted-values table */
enum { V_KODE, V_BULAN, V_N, V_MEAN, V_CENTRE, V_LCL, V_UCL, V_SINYAL, V_TITIK, V_NCOL };

static const char *sinyal_text(const char *s, kj_lang l) {
  if (!*s) return "";
  if (strcmp(s, "BATAS") == 0) return KJ_T(l, "Di luar batas kendali", "Beyond a control limit");
  if (strcmp(s, "RUN8") == 0)
    return KJ_T(l, "8 bulan di satu sisi garis tengah", "8 months on one side of the centre");
  return KJ_T(l, "Di luar batas dan 8 bulan di satu sisi", "Beyond a limit and 8 months on one side");
}

static int charted(const kj_bl_opd *x) {
  for (int i = 0; i < KJ_BL_BULAN; i++)
    if (!isnan(x->mean[i])) return 1;
  return 0;
}

/* The value axis: the charted means and limits with a margin, on a 0.5 grid. */
static void y_range(const kj_bl_opd *x, double *lo, double *hi) {
  *lo = INFINITY, *hi = -INFINITY;
  for (int i = 0; i < KJ_BL_BULAN; i++) {
    const double v[3] = {x->mean[i], x->lcl[i], x->ucl[i]};
    for (int k = 0; k < 3; k++)
      if (!isnan(v[k])) *lo = fmin(*lo, v[k]), *hi = fmax(*hi, v[k]);
  }
  double pad = fmax(0.5, 0.1 * (*hi - *lo));
  *lo = floor((*lo - pad) * 2) / 2;
  *hi = ceil((*hi + pad) * 2) / 2;
}

/* The chart of OPD o at row, drawn from its 13 rows of the charted values
 * (first data row v0); a note when no month has enough employees. */
static int chart(bl_rep *c, kj_wb_sheet *sh, int row, int o, int v0) {
  const kj_bulanan *b = c->b;
  const kj_analysis *r = b->r;
  const kj_bl_opd *x = &b->opd[o];
  kj_lang l = c->lang;
  const char *name = o == KJ_KOTA(r) ? r->params.kota : r->opd[o].nama;
  char title[400], bulan[64];
  if (!charted(x)) {
    snprintf(title, sizeof title,
             KJ_T(l, "(Diagram %s tidak ditampilkan: tidak ada bulan dengan \xE2\x89\xA5 %ld pegawai dinilai)",
                  "(Chart of %s not shown: no month with \xE2\x89\xA5 %ld rated employees)"),
             name, r->params.min_kelompok);
    return kj_rep_note(sh, row, title) + 1;
  }
  int last = KJ_BL_BULAN - 1, sig = 0;
  for (int i = 0; i < KJ_BL_BULAN; i++) sig |= x->sinyal[i][0] != '\0';
  blr_bulan(c, b->periode, bulan, sizeof bulan);
  snprintf(title, sizeof title, KJ_T(l, "%s: IKP rata-rata bulanan (n %s = %ld)",
                                     "%s: monthly mean IKP (n %s = %ld)"),
           name, bulan, x->n[last]);
  const kj_wb_range cats = {v0, V_BULAN, v0 + last, V_BULAN};
#define COL(k) {v0, (k), v0 + last, (k)}
  kj_wb_series ser[5] = {
      {KJ_T(l, "IKP rata-rata", "Mean IKP"), cats, COL(V_MEAN), 0, KJ_WB_LOOK_DEFAULT, C_IKP},
      {KJ_T(l, "Garis tengah", "Centre line"), cats, COL(V_CENTRE), 0, KJ_WB_LOOK_LINE, C_CENTRE},
      {KJ_T(l, "Batas bawah", "Lower limit"), cats, COL(V_LCL), 0, KJ_WB_LOOK_DASHED, C_LIMIT},
      {KJ_T(l, "Batas atas", "Upper limit"), cats, COL(V_UCL), 0, KJ_WB_LOOK_DASHED, C_LIMIT},
      {KJ_T(l, "Bulan bersinyal", "Month with a signal"), cats, COL(V_TITIK), 0,
       KJ_WB_LOOK_MARKERS, C_LIMIT}};
#undef COL
  int ns = 1;
  if (x->cukup) ns = 4;
  if (sig) ser[ns++] = ser[4];
  double lo, hi;
  y_range(x, &lo, &hi);
  kj_wb_chart_spec spec = {.kind = KJ_WB_CHART_LINE,
                           .title = title,
                           .x_title = KJ_T(l, "Bulan", "Month"),
                           .y_title = KJ_T(l, "IKP rata-rata (% angka kredit)", "Mean IKP (% credit points)"),
                           .nseries = ns,
                           .series = ser,
                           .y_bounds = 1,
                           .y_min = lo,
                           .y_max = hi,
                           .y_numfmt = "0.0",
                           .width = BLR_CHART_W,
                           .height = BLR_CHART_H};
  return kj_wb_chart(sh, row, 0, &spec);
}

/* Rows the chart of OPD o takes (as chart() advances). */
static int chart_rows(const kj_bl_opd *x) { return charted(x) ? kj_wb_chart_rows(BLR_CHART_H) : 2; }

kj_status blr_kendali(bl_rep *c, kj_wb_sheet *sh, kj_error *err) {
  const kj_bulanan *b = c->b;
  const kj_analysis *r = b->r;
  kj_lang l = c->lang;
  int K = KJ_KOTA(r), last = KJ_BL_BULAN - 1;
  char bulan[64], q[300], note[1600];
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
  char p_kebetulan[32], n_kebetulan[32];
  kj_fmt_pct(p_kebetulan, sizeof p_kebetulan, KJ_BL_P_KEBETULAN, 0, l);
  kj_fmt_num(n_kebetulan, sizeof n_kebetulan, b->sinyal_kebetulan, 1, l);
  snprintf(note, sizeof note,
           KJ_T(l,
                "%d OPD dengan sinyal, %d OPD riwayat belum cukup. Garis tengah = rata-rata IKP "
                "semua penilaian bulanan 12 bulan sebelum %s (semua bulan itu harus punya "
                "\xE2\x89\xA5 %ld pegawai dinilai); batas = garis tengah \xC2\xB1 3\xCF\x83, "
                "\xCF\x83 dari rata-rata selisih antarbulan (MR/1,128) disesuaikan dengan "
                "jumlah pegawai bulan itu. Sinyal: bulan di luar batas, atau %s dan 7 bulan "
                "sebelumnya di satu sisi garis tengah. Sinyal perlu dicermati, bukan bukti "
                "perubahan kinerja: karena \xCF\x83 ditaksir dari 12 bulan saja, OPD yang "
                "kinerjanya sama sekali tidak berubah pun memberi sinyal sekitar %s per bulan, "
                "jadi dari %d OPD yang punya batas bulan ini sekitar %s sinyal dapat muncul "
                "karena kebetulan.",
                "%d OPD with a signal, %d OPD without enough history. Centre line = mean IKP "
                "of all monthly ratings of the 12 months before %s (each of them needs "
                "\xE2\x89\xA5 %ld rated employees); limits = centre \xC2\xB1 3\xCF\x83, "
                "\xCF\x83 from the mean month-to-month range (MR/1.128) scaled by the month's "
                "number of employees. Signal: a month beyond a limit, or %s and the 7 months "
                "before on one side of the centre. A signal is a reason to look closer, not "
                "proof of a change: as \xCF\x83 is estimated from 12 months only, an OPD whose "
                "performance does not change at all still signals in about %s of months, so "
                "of the %d OPD with limits this month about %s signals can be chance."),
           b->n_sinyal, b->n_riwayat_kurang, bulan, r->params.min_kelompok, bulan, p_kebetulan,
           b->n_berbatas, n_kebetulan);
  row = kj_rep_heading(sh, row, KJ_T(l, "Sinyal bulan ini", "This month's signals"));
  kj_wb_table_opts to = {.cols = cols, .native = 1};
  row = kj_wb_table(sh, row, 0, t, &to);
  row = blr_note(sh, row, note) + 1;
  kj_table_free(t);

  /* charts: OPD with a signal, the city, then the rest (code order); the
   * charted values go below them, so their rows are laid out first */
  row = kj_rep_heading(sh, row, KJ_T(l, "Diagram kendali per OPD", "Control chart per OPD"));
  int *ord = xcalloc((size_t)K + 2, sizeof *ord), n = 0;
  for (int o = 0; o < K; o++)
    if (b->opd[o].sinyal[last][0]) ord[n++] = o;
  ord[n++] = K;
  for (int o = 0; o < K; o++)
    if (!b->opd[o].sinyal[last][0]) ord[n++] = o;
  int vrow = row;
  for (int i = 0; i < n; i++) vrow += chart_rows(&b->opd[ord[i]]);

  /* the charted values (bulanan_kendali.csv), OPD by OPD in code order */
  static const kj_column_def vd[V_NCOL] = {
      {"kode_opd", KJ_COL_TEXT}, {"bulan", KJ_COL_TEXT},  {"n", KJ_COL_INT},
      {"mean", KJ_COL_REAL},     {"centre", KJ_COL_REAL}, {"lcl", KJ_COL_REAL},
      {"ucl", KJ_COL_REAL},      {"sinyal", KJ_COL_TEXT}, {"titik_sinyal", KJ_COL_REAL}};
  /* empty cells, not a dash: the charts draw from these columns */
  const kj_wb_col vc[V_NCOL] = {{KJ_T(l, "Kode OPD", "OPD code"), KJ_WB_TEXT, 0, NULL, NULL},
                                {KJ_T(l, "Bulan", "Month"), KJ_WB_TEXT, 0, NULL, NULL},
                                {"n", KJ_WB_INT, 0, NULL, NULL},
                                {KJ_T(l, "IKP rata-rata", "Mean IKP"), KJ_WB_DEC1, 0, NULL, NULL},
                                {KJ_T(l, "Garis tengah", "Centre line"), KJ_WB_DEC1, 0, NULL, NULL},
                                {KJ_T(l, "Batas bawah", "Lower limit"), KJ_WB_DEC1, 0, NULL, NULL},
                                {KJ_T(l, "Batas atas", "Upper limit"), KJ_WB_DEC1, 0, NULL, NULL},
                                {KJ_T(l, "Sinyal", "Signal"), KJ_WB_TEXT, 0, NULL, NULL},
                                {KJ_T(l, "IKP bulan bersinyal", "IKP of a month with a signal"),
                                 KJ_WB_DEC1, 0, NULL, NULL}};
  kj_table *v = kj_table_new("kendali", V_NCOL, vd);
  for (int o = 0; o <= K; o++) {
    const kj_bl_opd *x = &b->opd[o];
    for (int i = 0; i < KJ_BL_BULAN; i++) {
      size_t j = kj_table_add_row(v);
      kj_table_set_text(v, j, V_KODE, r->opd[o].kode);
      kj_table_set_text(v, j, V_BULAN, x->bulan[i]);
      kj_table_set_int(v, j, V_N, x->n[i]);
      kj_table_set_real(v, j, V_MEAN, x->mean[i]);
      kj_table_set_real(v, j, V_CENTRE, x->centre);
      kj_table_set_real(v, j, V_LCL, x->lcl[i]);
      kj_table_set_real(v, j, V_UCL, x->ucl[i]);
      kj_table_set_text(v, j, V_SINYAL, x->sinyal[i]);
      kj_table_set_real(v, j, V_TITIK, x->sinyal[i][0] ? x->mean[i] : KJ_NA);
    }
  }
  int vhead = kj_rep_heading(sh, vrow, KJ_T(l, "Nilai yang digambar", "Charted values"));
  kj_wb_table_opts vo = {.cols = vc, .native = 1,
                         .note = KJ_T(l, "Bulan dengan n di bawah min_kelompok tidak digambar "
                                         "(IKP kosong).",
                                      "Months with n below min_kelompok are not charted (empty "
                                      "IKP).")};
  kj_wb_table(sh, vhead, 0, v, &vo);
  kj_table_free(v);
  for (int i = 0; i < n; i++) /* data rows of OPD o: vhead + 1 + 13 o */
    row = chart(c, sh, row, ord[i], vhead + 1 + ord[i] * KJ_BL_BULAN);
  free(ord);
  if (row != vrow) /* chart_rows() and chart() disagree: a bug */
    return kj_fail(err, KJ_INTERNAL, "Kendali: charts end at row %d, laid out to %d", row, vrow);
  return KJ_OK;
}
