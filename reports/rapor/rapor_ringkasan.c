/* rapor_ringkasan.c — the "Ringkasan" sheet of the Rapor OPD, the page the
 * kepala dinas reads first: the OPD's headline figures next to the city's,
 * the findings in sentences (rapor_temuan.c), and the OPD's predikat shares
 * against the city's with a native column chart.
 *
 * The blocks are written cell by cell, not as filtered tables: a summary
 * page has nothing to filter, and no frozen header should pin half the page
 * on screen. Every figure is the engine's value; the sentences say which
 * sheet holds the detail.
 */
#include "reports/rapor/rapor_int.h"

#include <math.h>
#include <stdio.h>

#include "util/buf.h"

enum { C_LABEL, C_OPD, C_KOTA, C_GAP, C_TEXT }; /* C_GAP: a narrow gap before the notes */

static int header(rp_ctx *c, kj_wb_sheet *sh, int row, const char *a, const char *d) {
  kj_wb_text(sh, row, C_LABEL, a, KJ_WB_HEADER);
  kj_wb_text(sh, row, C_OPD, rp_short(c), KJ_WB_HEADER);
  kj_wb_text(sh, row, C_KOTA, KJ_T(c->lang, "Kota", "City"), KJ_WB_HEADER);
  kj_wb_text(sh, row, C_GAP, "", KJ_WB_HEADER);
  kj_wb_text(sh, row, C_TEXT, d, KJ_WB_HEADER);
  return row + 1;
}

/* One figure of the OPD and the city (NaN: "–"); text may be NULL. */
static int line2(kj_wb_sheet *sh, int row, const char *label, double opd, double kota,
                 int kota_dash, kj_wb_fmt fmt, const char *text) {
  kj_wb_text(sh, row, C_LABEL, label, KJ_WB_TEXT);
  /* a missing figure is a dash in the number's own (right-aligned) format */
  if (isfinite(opd))
    kj_wb_num(sh, row, C_OPD, opd, fmt);
  else
    kj_wb_text(sh, row, C_OPD, RP_DASH, fmt);
  if (isfinite(kota))
    kj_wb_num(sh, row, C_KOTA, kota, fmt);
  else if (kota_dash)
    kj_wb_text(sh, row, C_KOTA, RP_DASH, fmt);
  kj_wb_text(sh, row, C_TEXT, text, KJ_WB_WRAP);
  return row + 1;
}

static int line(kj_wb_sheet *sh, int row, const char *label, double opd, double kota, kj_wb_fmt fmt,
                const char *text) {
  return line2(sh, row, label, opd, kota, 1, fmt, text);
}

static int line_text(kj_wb_sheet *sh, int row, const char *label, const char *opd, const char *kota,
                     const char *text) {
  kj_wb_text(sh, row, C_LABEL, label, KJ_WB_TEXT);
  kj_wb_text(sh, row, C_OPD, opd ? opd : RP_DASH, KJ_WB_TEXT);
  kj_wb_text(sh, row, C_KOTA, kota ? kota : RP_DASH, KJ_WB_TEXT);
  kj_wb_text(sh, row, C_TEXT, text, KJ_WB_WRAP);
  return row + 1;
}

static double below_baik(const kj_opd_stat *s) {
  return s->predikat_share[KJ_BUTUH_PERBAIKAN] + s->predikat_share[KJ_KURANG] +
         s->predikat_share[KJ_SANGAT_KURANG];
}

static int headline(rp_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  const int o = c->o, K = KJ_KOTA(r);
  const kj_opd_stat *s = &r->stat[o], *k = &r->stat[K];
  char t[400], a[64], b[64];
  row =
      header(c, sh, row, KJ_T(l, "Angka utama", "Headline figure"), KJ_T(l, "Keterangan", "Notes"));
  snprintf(t, sizeof t,
           KJ_T(l, "pegawai dengan penilaian kinerja tahun %d (kurang dari %ld: data tidak cukup)",
                "employees with an appraisal in %d (fewer than %ld: not enough data)"),
           r->tahun, r->params.min_kelompok);
  row = line(sh, row, KJ_T(l, "Pegawai dinilai", "Employees rated"), (double)s->n_pegawai,
             (double)k->n_pegawai, KJ_WB_INT, t);
  row = line(sh, row, KJ_T(l, "IKP rata-rata", "Mean IKP"), s->ukuran[KJ_UK_IKP].mean,
             k->ukuran[KJ_UK_IKP].mean, KJ_WB_DEC1,
             KJ_T(l,
                  "predikat dikonversi ke persentase angka kredit (Sangat Baik 150 ... Sangat "
                  "Kurang 25), bukan skor resmi",
                  "predikat converted to credit-point percentages (Sangat Baik 150 ... Sangat "
                  "Kurang 25), not an official score"));
  row = line(sh, row, KJ_T(l, "IKP: IK 95 % bawah", "IKP: 95% CI low"), s->ukuran[KJ_UK_IKP].ci_low,
             k->ukuran[KJ_UK_IKP].ci_low, KJ_WB_DEC1,
             KJ_T(l, "rentang tempat rata-rata sebenarnya hampir pasti berada",
                  "the range in which the true mean almost certainly lies"));
  row = line(sh, row, KJ_T(l, "IKP: IK 95 % atas", "IKP: 95% CI high"),
             s->ukuran[KJ_UK_IKP].ci_high, k->ukuran[KJ_UK_IKP].ci_high, KJ_WB_DEC1, NULL);
  snprintf(t, sizeof t,
           KJ_T(l, "realisasi terhadap target indikator SKP, dibatasi 0\xE2\x80\x93%g",
                "indicator realisation against target, clipped to 0\xE2\x80\x93%g"),
           r->params.capaian_maks);
  row = line(sh, row, KJ_T(l, "Capaian rata-rata (%)", "Mean capaian (%)"),
             s->ukuran[KJ_UK_CAPAIAN].mean, k->ukuran[KJ_UK_CAPAIAN].mean, KJ_WB_DEC1, t);
  row = line(sh, row, KJ_T(l, "% Sangat Baik", "% Sangat Baik"), s->predikat_share[KJ_SANGAT_BAIK],
             k->predikat_share[KJ_SANGAT_BAIK], KJ_WB_PCT1,
             KJ_T(l, "predikat tahunan", "annual predikat"));
  row = line(sh, row, KJ_T(l, "% di bawah Baik", "% below Baik"), below_baik(s), below_baik(k),
             KJ_WB_PCT1,
             KJ_T(l, "Butuh Perbaikan, Kurang dan Sangat Kurang",
                  "Butuh Perbaikan, Kurang and Sangat Kurang"));
  const kj_skm *so = &r->skm_opd[o], *sk = &r->skm_opd[K];
  snprintf(t, sizeof t,
           KJ_T(l, "mutu %s (OPD) dan %s (kota); %s responden OPD",
                "grade %s (OPD) and %s (city); %s OPD respondents"),
           so->n_responden > 0 ? kj_mutu_label(so->mutu, l) : RP_DASH,
           sk->n_responden > 0 ? kj_mutu_label(sk->mutu, l) : RP_DASH,
           kj_fmt_num(a, sizeof a, (double)so->n_responden, 0, l));
  row =
      line(sh, row, KJ_T(l, "IKM (kepuasan masyarakat)", "IKM (public satisfaction)"),
           so->n_responden > 0 ? so->ikm : NAN, sk->n_responden > 0 ? sk->ikm : NAN, KJ_WB_DEC1, t);
  if (c->rank_lo > 0)
    snprintf(t, sizeof t,
             KJ_T(l, "dari %d OPD dengan data cukup, IKP tertinggi = 1; kisaran 95 %% %d\xE2\x80\x93%d",
                  "of %d OPD with enough data, highest IKP = 1; 95%% range %d\xE2\x80\x93%d"),
             c->n_ranked, c->rank_lo, c->rank_hi);
  else
    snprintf(t, sizeof t,
             KJ_T(l, "dari %d OPD dengan data cukup, IKP tertinggi = 1",
                  "of %d OPD with enough data, highest IKP = 1"),
             c->n_ranked);
  row = line2(sh, row, KJ_T(l, "Peringkat IKP", "IKP rank"), c->rank > 0 ? c->rank : NAN, NAN, 0,
              KJ_WB_INT, t);
  const kj_tren *to = &r->tren[o * KJ_UKURAN_N + KJ_UK_IKP],
                *tk = &r->tren[K * KJ_UKURAN_N + KJ_UK_IKP];
  snprintf(t, sizeof t,
           KJ_T(l, "periode %s sampai %s; kemiringan %s poin per tahun (OPD)",
                "periods %s to %s; slope %s points per year (OPD)"),
           to->k ? to->dari : RP_DASH, to->k ? to->sampai : RP_DASH,
           kj_rep_signed(a, sizeof a, to->slope_per_tahun, 2, l));
  row = line_text(sh, row, KJ_T(l, "Tren IKP", "IKP trend"),
                  rp_label(c, &kj_enum_tren, to->label, a, sizeof a),
                  rp_label(c, &kj_enum_tren, tk->label, b, sizeof b), t);
  const kj_yoy *yo = &r->yoy[o * KJ_UKURAN_N + KJ_UK_IKP],
               *yk = &r->yoy[K * KJ_UKURAN_N + KJ_UK_IKP];
  char m0[32], m1[32];
  snprintf(t, sizeof t,
           KJ_T(l, "IKP OPD %d: %s, %d: %s (uji Welch)", "OPD IKP %d: %s, %d: %s (Welch test)"),
           r->tahun - 1, kj_fmt_num(m0, sizeof m0, yo->mean_sebelum, 1, l), r->tahun,
           kj_fmt_num(m1, sizeof m1, yo->mean, 1, l));
  char lab[64];
  snprintf(lab, sizeof lab, KJ_T(l, "Dibanding %d", "Versus %d"), r->tahun - 1);
  row = line_text(sh, row, lab, rp_label(c, &kj_enum_yoy, yo->label, a, sizeof a),
                  rp_label(c, &kj_enum_yoy, yk->label, b, sizeof b), t);
  const kj_kurva *kv = &r->kurva[o];
  if (r->opd[o].org >= 0)
    snprintf(t, sizeof t,
             KJ_T(l, "predikat organisasi %s; perubahan minimal %s pegawai",
                  "organisation predikat %s; minimum changes %s employees"),
             kj_enum_label(&kj_enum_predikat_org, r->opd[o].org, l),
             kv->cek.min_changes >= 0 ? kj_fmt_num(m0, sizeof m0, (double)kv->cek.min_changes, 0, l)
                                      : RP_DASH);
  else
    snprintf(t, sizeof t, "%s",
             KJ_T(l, "predikat organisasi belum ada", "no organisation predikat yet"));
  row = line_text(sh, row, KJ_T(l, "Kurva distribusi", "Required distribution"),
                  rp_label(c, &kj_enum_kurva, kv->status, a, sizeof a), NULL, t);
  return row;
}

/* Shares of the five predikat, OPD and city, with a native column chart. */
static int predikat(rp_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  const kj_opd_stat *s = &r->stat[c->o], *k = &r->stat[KJ_KOTA(r)];
  row = kj_rep_heading(sh, row,
                       KJ_T(l, "Sebaran predikat tahunan: OPD dibanding kota",
                            "Annual predikat: the OPD against the city"));
  row = header(c, sh, row, "Predikat", KJ_T(l, "Jumlah pegawai OPD", "OPD employees"));
  int first = row;
  char n[32];
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    kj_fmt_num(n, sizeof n, s->predikat_n[p] >= 0 ? (double)s->predikat_n[p] : NAN, 0, l);
    row = line(sh, row, kj_enum_label(&kj_enum_predikat, p, l), s->predikat_share[p],
               k->predikat_share[p], KJ_WB_PCT1, n);
  }
  if (!isfinite(s->predikat_share[0])) {
    row = kj_rep_note(sh, row,
                      KJ_T(l, "Pegawai OPD terlalu sedikit: sebaran tidak ditampilkan.",
                           "Too few OPD employees: shares not shown."));
    return row + 1;
  }
  kj_wb_series ser[2] = {{.name = rp_short(c),
                          .cats = {first, C_LABEL, row - 1, C_LABEL},
                          .vals = {first, C_OPD, row - 1, C_OPD}},
                         {.name = KJ_T(l, "Kota", "City"),
                          .cats = {first, C_LABEL, row - 1, C_LABEL},
                          .vals = {first, C_KOTA, row - 1, C_KOTA}}};
  char title[200];
  snprintf(title, sizeof title,
           KJ_T(l, "Sebaran predikat %s dan kota, %d", "Predikat of %s and the city, %d"),
           rp_short(c), r->tahun);
  kj_wb_chart_spec ch = {.kind = KJ_WB_CHART_COLUMN,
                         .title = title,
                         .x_title = "Predikat",
                         .y_title = KJ_T(l, "Bagian pegawai", "Share of employees"),
                         .nseries = 2,
                         .series = ser,
                         .y_numfmt = "0%",
                         .width = 640,
                         .height = 300};
  return kj_wb_chart(sh, row + 1, 0, &ch);
}

kj_status rp_ringkasan(rp_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  kj_lang l = c->lang;
  char q[300];
  snprintf(q, sizeof q,
           KJ_T(l, "Bagaimana kinerja pegawai %s tahun %d dibanding kota?",
                "How did the staff of %s perform in %d compared with the city?"),
           kj_rep_opd_name(c->r, c->o), c->r->tahun);
  int row = rp_title(c, sh, q, NULL, C_TEXT + 1);
  kj_wb_col_width(sh, C_LABEL, C_LABEL, 30);
  kj_wb_col_width(sh, C_OPD, C_KOTA, 14);
  kj_wb_col_width(sh, C_GAP, C_GAP, 2);
  kj_wb_col_width(sh, C_TEXT, C_TEXT, 84);
  row = headline(c, sh, row) + 1;
  row = kj_rep_heading(sh, row, KJ_T(l, "Temuan utama", "Key findings"));
  kj_wb_text(sh, row, C_LABEL, KJ_T(l, "Topik", "Topic"), KJ_WB_HEADER);
  kj_wb_text(sh, row, C_OPD, KJ_T(l, "Lembar", "Sheet"), KJ_WB_HEADER);
  kj_wb_text(sh, row, C_KOTA, "", KJ_WB_HEADER);
  kj_wb_text(sh, row, C_GAP, "", KJ_WB_HEADER);
  kj_wb_text(sh, row, C_TEXT, KJ_T(l, "Temuan", "Finding"), KJ_WB_HEADER);
  row++;
  rp_temuan list;
  rp_temuan_build(c, &list);
  for (int i = 0; i < list.n; i++) {
    kj_wb_text(sh, row, C_LABEL, list.t[i].topik, KJ_WB_TEXT);
    kj_wb_text(sh, row, C_OPD, list.t[i].lembar, KJ_WB_TEXT);
    kj_wb_text(sh, row, C_TEXT, kj_buf_cstr(&list.t[i].text), KJ_WB_WRAP);
    row++;
  }
  rp_temuan_free(&list);
  predikat(c, sh, row + 1);
  return KJ_OK;
}
