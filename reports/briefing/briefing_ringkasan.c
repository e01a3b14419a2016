/* briefing_ringkasan.c — the "Ringkasan" sheet, the page a Wali Kota
 * reads: the headline figures of the year, the key findings in sentences a
 * head of OPD understands without statistics training, and the three key
 * charts (ranking with its uncertainty, strengths and weaknesses, the
 * predikat spread against the required curve).
 *
 * Each finding is a sentence composed from the engine's numbers (briefing_
 * temuan.c) with the one figure it rests on written next to it as a number,
 * and the sheet where the detail is. The blocks are written cell by cell,
 * not as filtered tables: a summary page has nothing to filter, and no
 * frozen header should pin half the page on screen.
 */
#include "reports/briefing/briefing_int.h"

#include <math.h>
#include <stdio.h>

#include "util/buf.h"

enum { COL_LABEL, COL_VALUE, COL_TEXT, COL_SHEET };

static int header(kj_wb_sheet *sh, int row, const char *a, const char *b, const char *c3,
                  const char *d) {
  kj_wb_text(sh, row, COL_LABEL, a, KJ_WB_HEADER);
  kj_wb_text(sh, row, COL_VALUE, b, KJ_WB_HEADER);
  kj_wb_text(sh, row, COL_TEXT, c3, KJ_WB_HEADER);
  kj_wb_text(sh, row, COL_SHEET, d, KJ_WB_HEADER);
  return row + 1;
}

static int line(kj_wb_sheet *sh, int row, const char *label, double v, kj_wb_fmt fmt,
                const char *text, const char *sheet) {
  kj_wb_text(sh, row, COL_LABEL, label, KJ_WB_TEXT);
  kj_wb_num(sh, row, COL_VALUE, v, fmt);
  kj_wb_text(sh, row, COL_TEXT, text, KJ_WB_WRAP);
  kj_wb_text(sh, row, COL_SHEET, sheet, KJ_WB_TEXT);
  return row + 1;
}

static int headline(bf_ctx *c, kj_wb_sheet *sh, int row) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  const int K = KJ_KOTA(r);
  const kj_opd_stat *s = &r->stat[K];
  const kj_desc *ikp = &s->ukuran[KJ_UK_IKP];
  const char *sp = c->sheet_name[BF_PERINGKAT];
  char t[600], a[64], b[64];
  row = header(sh, row, KJ_T(l, "Angka utama", "Headline figure"), KJ_T(l, "Nilai", "Value"),
               KJ_T(l, "Keterangan", "Notes"), KJ_T(l, "Rincian di lembar", "Details on sheet"));
  snprintf(
      t, sizeof t,
      KJ_T(l, "pegawai dengan penilaian kinerja tahun %d", "employees with an appraisal in %d"),
      r->tahun);
  row = line(sh, row, KJ_T(l, "Pegawai dinilai", "Employees rated"), (double)s->n_pegawai,
             KJ_WB_INT, t, sp);
  int small = 0;
  for (int o = 0; o < r->n_opd; o++) small += !r->stat[o].cukup;
  snprintf(t, sizeof t,
           KJ_T(l, "%d OPD dengan kurang dari %ld pegawai ditandai \"data tidak cukup\"",
                "%d OPD with fewer than %ld employees are marked \"not enough data\""),
           small, r->params.min_kelompok);
  row = line(sh, row, "OPD", (double)r->n_opd, KJ_WB_INT, t, sp);
  const kj_kualitas *qt = &r->kualitas_tahun[K];
  if (qt->roster > 0) {
    snprintf(t, sizeof t,
             KJ_T(l, "%s dari %s penilaian yang seharusnya ada tahun %d sudah terisi",
                  "%s of the %s appraisals expected in %d are filled in"),
             kj_fmt_num(a, sizeof a, (double)qt->dinilai, 0, l),
             kj_fmt_num(b, sizeof b, (double)qt->roster, 0, l), r->tahun);
    row = line(sh, row, KJ_T(l, "Kelengkapan penilaian", "Appraisals completed"), qt->kelengkapan,
               KJ_WB_PCT1, t, c->sheet_name[BF_KUALITAS]);
    snprintf(
        t, sizeof t,
        KJ_T(l,
             "dinilai paling lambat %ld hari setelah akhir periode; median keterlambatan %s hari",
             "rated at most %ld days after the period end; median lag %s days"),
        r->params.batas_hari, kj_fmt_num(a, sizeof a, qt->median_lag, 0, l));
    row = line(sh, row, KJ_T(l, "Penilaian tepat waktu", "Appraisals on time"), qt->tepat_waktu,
               KJ_WB_PCT1, t, c->sheet_name[BF_KUALITAS]);
  }
  const kj_tren *tr = &r->tren[K * KJ_UKURAN_N + KJ_UK_IKP];
  const kj_yoy *y = &r->yoy[K * KJ_UKURAN_N + KJ_UK_IKP];
  kj_buf b1 = {0};
  kj_buf_printf(&b1, KJ_T(l, "IK 95 %% %s\xE2\x80\x93%s", "95%% CI %s\xE2\x80\x93%s"),
                kj_fmt_num(a, sizeof a, ikp->ci_low, 1, l),
                kj_fmt_num(b, sizeof b, ikp->ci_high, 1, l));
  kj_buf_printf(&b1, KJ_T(l, "; tren %d\xE2\x80\x93%d: %s", "; trend %d\xE2\x80\x93%d: %s"),
                r->dari, r->sampai, kj_enum_label(&kj_enum_tren, tr->label, l));
  if (isfinite(y->selisih))
    kj_buf_printf(&b1, KJ_T(l, "; dibanding %d: %s poin (%s)", "; against %d: %s points (%s)"),
                  r->tahun - 1, kj_rep_signed(a, sizeof a, y->selisih, 1, l),
                  kj_enum_label(&kj_enum_yoy, y->label, l));
  row = line(sh, row, KJ_T(l, "IKP rata-rata kota", "City mean IKP"), ikp->mean, KJ_WB_DEC1,
             kj_buf_cstr(&b1), c->sheet_name[BF_TREN]);
  kj_buf_free(&b1);
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    char lbl[96];
    snprintf(lbl, sizeof lbl, KJ_T(l, "Predikat %s", "Predikat %s"),
             kj_enum_label(&kj_enum_predikat, p, l));
    snprintf(t, sizeof t,
             KJ_T(l, "%s dari %s pegawai dengan predikat tahunan",
                  "%s of %s employees with an annual predikat"),
             kj_fmt_num(a, sizeof a, (double)s->predikat_n[p], 0, l),
             kj_fmt_num(b, sizeof b, (double)s->n_predikat, 0, l));
    row = line(sh, row, lbl, s->predikat_share[p], KJ_WB_PCT1, t, c->sheet_name[BF_DISTRIBUSI]);
  }
  const kj_skm *k = &r->skm_opd[K];
  if (k->n_responden > 0) {
    snprintf(t, sizeof t, KJ_T(l, "mutu %s (%s); %s responden", "grade %s (%s); %s respondents"),
             k->mutu < KJ_MUTU_N ? kj_enum_canon(&kj_enum_mutu, k->mutu) : "\xE2\x80\x93",
             kj_mutu_label(k->mutu, l), kj_fmt_num(a, sizeof a, (double)k->n_responden, 0, l));
    row = line(sh, row, KJ_T(l, "IKM kota (kepuasan warga)", "City IKM (public satisfaction)"),
               k->ikm, KJ_WB_DEC2, t, c->sheet_name[BF_SKM]);
  }
  int with_org = 0, patuh = 0;
  for (int o = 0; o < r->n_opd; o++) {
    with_org += r->opd[o].org >= 0;
    patuh += r->opd[o].org >= 0 && r->kurva[o].status == KJ_KURVA_PATUH;
  }
  snprintf(t, sizeof t,
           KJ_T(l, "dari %d OPD yang punya predikat kinerja organisasi",
                "of %d OPD with an organisation predikat"),
           with_org);
  row = line(sh, row,
             KJ_T(l, "OPD yang sebaran predikatnya patuh kurva",
                  "OPD whose predikat spread meets the curve"),
             (double)patuh, KJ_WB_INT, t, c->sheet_name[BF_DISTRIBUSI]);
  return row;
}

static int findings(bf_ctx *c, kj_wb_sheet *sh, int row) {
  kj_lang l = c->lang;
  bf_temuan f[BF_TEMUAN_MAX];
  int n = bf_temuan_list(c, f);
  row = header(sh, row, KJ_T(l, "Topik", "Topic"), KJ_T(l, "Angka", "Figure"),
               KJ_T(l, "Temuan", "Finding"), KJ_T(l, "Rincian di lembar", "Details on sheet"));
  for (int i = 0; i < n; i++) {
    row = line(sh, row, f[i].topik, f[i].angka, f[i].fmt, kj_buf_cstr(&f[i].kalimat),
               c->sheet_name[f[i].lembar]);
    kj_buf_free(&f[i].kalimat);
  }
  return row;
}

kj_status bf_ringkasan(bf_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  const kj_analysis *r = c->r;
  kj_lang l = c->lang;
  kj_status st = KJ_OK;
  char q[300];
  snprintf(q, sizeof q,
           KJ_T(l, "Apa yang perlu diketahui pimpinan tentang kinerja ASN %s tahun %d?",
                "What should leaders know about civil-service performance in %s in %d?"),
           r->params.kota, r->tahun);
  int row = bf_title(c, sh, q, NULL, 4);
  kj_wb_col_width(sh, COL_LABEL, COL_LABEL, 34);
  kj_wb_col_width(sh, COL_VALUE, COL_VALUE, 12);
  kj_wb_col_width(sh, COL_TEXT, COL_TEXT, 90);
  kj_wb_col_width(sh, COL_SHEET, COL_SHEET, 22);
  row = headline(c, sh, row);
  row = kj_rep_note(
      sh, row,
      KJ_T(l,
           "IKP = predikat dikonversi ke persentase angka kredit (Sangat Baik 150, Baik "
           "100, Butuh Perbaikan 75, Kurang 50, Sangat Kurang 25), bukan skor resmi. IK "
           "95 % = rentang tempat nilai sebenarnya hampir pasti berada.",
           "IKP = predikat converted to credit-point percentages (Sangat Baik 150, Baik "
           "100, Butuh Perbaikan 75, Kurang 50, Sangat Kurang 25), not an official "
           "score. 95% CI = the range in which the true value almost certainly lies."));
  row = kj_rep_heading(sh, row + 1, KJ_T(l, "Temuan utama", "Key findings"));
  row = findings(c, sh, row);
  row = kj_rep_note(
      sh, row,
      KJ_T(l,
           "\"Nyata\" berarti perbedaan itu terlalu besar untuk kebetulan (uji statistik "
           "di lembar rincian). Hubungan antarangka bukan bukti sebab-akibat.",
           "\"Significant\" means the difference is too large to be chance (tests on the "
           "detail sheets). An association between figures is not proof of a cause."));
  row = kj_rep_heading(sh, row + 1, KJ_T(l, "Grafik kunci", "Key charts"));
  row = bf_image(c, sh, row, BF_FIG_PERINGKAT, BF_PAGE_NARROW, &st, err);
  row = bf_image(c, sh, row, BF_FIG_HEATMAP, BF_PAGE_NARROW, &st, err);
  bf_image(c, sh, row, BF_FIG_DISTRIBUSI, BF_PAGE_NARROW, &st, err);
  return st;
}
