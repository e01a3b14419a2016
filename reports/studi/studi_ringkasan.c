/* studi_ringkasan.c — the study's "Ringkasan": the city's figures of every
 * year side by side (staff, IKP, capaian, predikat shares, IKM, the tests
 * across OPD, curve compliance, evaluators, the lists), with a line chart of
 * the city's mean IKP and a 100 % stacked chart of the predikat shares per
 * year. Written cell by cell (rows mix counts, means and shares), like the
 * other summary pages: nothing to filter, no frozen block.
 */
#include "reports/studi/studi_int.h"

#include <math.h>
#include <stdio.h>

#define C_LABEL 0
#define C_Y0 1

typedef double (*st_value)(const kj_study_tahun *y, int arg);

static double v_pegawai(const kj_study_tahun *y, int a) {
  (void)a;
  return (double)y->r->stat[KJ_KOTA(y->r)].n_pegawai;
}
static double v_opd(const kj_study_tahun *y, int a) {
  (void)a;
  long n = 0;
  for (int o = 0; o < y->r->n_opd; o++) n += y->r->stat[o].n_pegawai > 0;
  return (double)n;
}
static double v_mean(const kj_study_tahun *y, int uk) {
  return y->r->stat[KJ_KOTA(y->r)].ukuran[uk].mean;
}
static double v_lo(const kj_study_tahun *y, int uk) {
  return y->r->stat[KJ_KOTA(y->r)].ukuran[uk].ci_low;
}
static double v_hi(const kj_study_tahun *y, int uk) {
  return y->r->stat[KJ_KOTA(y->r)].ukuran[uk].ci_high;
}
static double v_share(const kj_study_tahun *y, int p) {
  return y->r->stat[KJ_KOTA(y->r)].predikat_share[p];
}
static double v_ikm(const kj_study_tahun *y, int a) {
  (void)a;
  const kj_skm *k = &y->r->skm_opd[KJ_KOTA(y->r)];
  return k->n_responden > 0 ? k->ikm : NAN;
}
static double v_resp(const kj_study_tahun *y, int a) {
  (void)a;
  return (double)y->r->skm_opd[KJ_KOTA(y->r)].n_responden;
}
static double v_f(const kj_study_tahun *y, int a) {
  return a == 0 ? y->anova.f : a == 1 ? y->anova.p : y->anova.eta2;
}
static double v_chi(const kj_study_tahun *y, int a) {
  return a == 0 ? y->chisq.stat : a == 1 ? y->chisq.p : y->chisq.cramer_v;
}
static double v_kurva(const kj_study_tahun *y, int st) { return (double)y->kurva_n[st]; }
static double v_perubahan(const kj_study_tahun *y, int a) {
  (void)a;
  return (double)y->perubahan_min;
}
static double v_penilai(const kj_study_tahun *y, int lab) { return (double)y->penilai_n[lab]; }
static double v_daftar(const kj_study_tahun *y, int which) {
  return (double)(which ? y->r->n_pembinaan : y->r->n_teladan);
}

typedef struct st_line {
  const char *id, *en;
  st_value f;
  int arg;
  kj_wb_fmt fmt;
  const char *note_id, *note_en;
} st_line;

static int write_line(st_ctx *c, kj_wb_sheet *sh, int row, const char *label, st_value f, int arg,
                      kj_wb_fmt fmt, const char *note) {
  kj_wb_text(sh, row, C_LABEL, label, KJ_WB_TEXT);
  for (int t = 0; t < c->s->n_tahun; t++) {
    double v = f(&c->s->tahun[t], arg);
    if (isfinite(v))
      kj_wb_num(sh, row, C_Y0 + t, v, fmt);
    else
      kj_wb_text(sh, row, C_Y0 + t, ST_DASH, fmt);
  }
  if (note) kj_wb_text(sh, row, C_Y0 + c->s->n_tahun + 1, note, KJ_WB_WRAP);
  return row + 1;
}

kj_status st_ringkasan(st_ctx *c, kj_wb_sheet *sh, kj_error *err) {
  (void)err;
  const kj_study *s = c->s;
  kj_lang l = c->lang;
  int nt = s->n_tahun, c_note = C_Y0 + nt + 1; /* a narrow gap before the notes */
  char q[200], w[32];
  snprintf(q, sizeof q,
           KJ_T(l, "Bagaimana kinerja ASN kota berubah dari tahun ke tahun, %s?",
                "How did the city's civil-service performance change, %s?"),
           st_window(c, w, sizeof w));
  int row = st_title(c, sh, q, NULL, c_note + 1);
  kj_wb_col_width(sh, C_LABEL, C_LABEL, 36);
  kj_wb_col_width(sh, C_Y0, C_Y0 + nt - 1, 12);
  kj_wb_col_width(sh, c_note - 1, c_note - 1, 2);
  kj_wb_col_width(sh, c_note, c_note, 70);
  int hdr = row;
  kj_wb_text(sh, row, C_LABEL, KJ_T(l, "Angka kota", "City figure"), KJ_WB_HEADER);
  for (int t = 0; t < nt; t++) {
    char y[16];
    snprintf(y, sizeof y, "%d", s->tahun[t].tahun);
    kj_wb_text(sh, row, C_Y0 + t, y, KJ_WB_HEADER);
  }
  kj_wb_text(sh, row, c_note - 1, "", KJ_WB_HEADER);
  kj_wb_text(sh, row, c_note, KJ_T(l, "Keterangan", "Notes"), KJ_WB_HEADER);
  row++;
  char note[300];
  const st_line lines[] = {
      {"Pegawai dinilai", "Employees rated", v_pegawai, 0, KJ_WB_INT,
       "pegawai dengan penilaian pada tahun itu", "employees with an appraisal that year"},
      {"OPD dengan pegawai dinilai", "OPD with rated staff", v_opd, 0, KJ_WB_INT, NULL, NULL},
      {"IKP rata-rata", "Mean IKP", v_mean, KJ_UK_IKP, KJ_WB_DEC2,
       "konversi angka kredit, bukan skor resmi", "credit-point conversion, not an official score"},
      {"IKP: IK 95 % bawah", "IKP: 95% CI low", v_lo, KJ_UK_IKP, KJ_WB_DEC2, NULL, NULL},
      {"IKP: IK 95 % atas", "IKP: 95% CI high", v_hi, KJ_UK_IKP, KJ_WB_DEC2, NULL, NULL},
      {"Capaian rata-rata (%)", "Mean capaian (%)", v_mean, KJ_UK_CAPAIAN, KJ_WB_DEC2, NULL, NULL},
      {"% Sangat Baik", "% Sangat Baik", v_share, KJ_SANGAT_BAIK, KJ_WB_PCT1, "predikat tahunan",
       "annual predikat"},
      {"% Baik", "% Baik", v_share, KJ_BAIK, KJ_WB_PCT1, NULL, NULL},
      {"% Butuh Perbaikan", "% Butuh Perbaikan", v_share, KJ_BUTUH_PERBAIKAN, KJ_WB_PCT1, NULL,
       NULL},
      {"% Kurang", "% Kurang", v_share, KJ_KURANG, KJ_WB_PCT1, NULL, NULL},
      {"% Sangat Kurang", "% Sangat Kurang", v_share, KJ_SANGAT_KURANG, KJ_WB_PCT1, NULL, NULL},
      {"IKM kota", "City IKM", v_ikm, 0, KJ_WB_DEC2, "survei kepuasan masyarakat (SKM)",
       "public satisfaction survey (SKM)"},
      {"Responden SKM", "SKM respondents", v_resp, 0, KJ_WB_INT, NULL, NULL},
      {"ANOVA IKP antar OPD: F", "ANOVA of IKP across OPD: F", v_f, 0, KJ_WB_DEC2,
       "lembar Uji Antar OPD", "sheet Tests Across OPD"},
      {"ANOVA: p", "ANOVA: p", v_f, 1, KJ_WB_PVAL, NULL, NULL},
      {"ANOVA: eta\xC2\xB2", "ANOVA: eta\xC2\xB2", v_f, 2, KJ_WB_DEC3,
       "bagian variasi IKP yang dijelaskan oleh OPD",
       "share of IKP variation explained by the OPD"},
      {"Chi-kuadrat predikat antar OPD", "Chi-square of predikat across OPD", v_chi, 0, KJ_WB_DEC1,
       NULL, NULL},
      {"Chi-kuadrat: p", "Chi-square: p", v_chi, 1, KJ_WB_PVAL, NULL, NULL},
      {"Chi-kuadrat: V Cram\xC3\xA9r", "Chi-square: Cram\xC3\xA9r's V", v_chi, 2, KJ_WB_DEC3, NULL,
       NULL},
      {"OPD patuh kurva", "OPD meeting the curve", v_kurva, KJ_KURVA_PATUH, KJ_WB_INT,
       "lembar Kepatuhan Kurva", "sheet Curve Compliance"},
      {"OPD tidak patuh kurva", "OPD not meeting the curve", v_kurva, KJ_KURVA_TIDAK_PATUH,
       KJ_WB_INT, NULL, NULL},
      {"OPD: kurva tidak dapat dipenuhi", "OPD: curve cannot be met", v_kurva, KJ_KURVA_MUSTAHIL,
       KJ_WB_INT, NULL, NULL},
      {"OPD tanpa predikat organisasi", "OPD without organisation predikat", v_kurva,
       KJ_KURVA_TANPA_PREDIKAT, KJ_WB_INT, NULL, NULL},
      {"Perubahan minimal (jumlah)", "Minimum changes (total)", v_perubahan, 0, KJ_WB_INT,
       "pegawai yang harus berganti predikat di OPD tidak patuh",
       "employees who would have to change predikat in non-compliant OPD"},
      {"Penilai longgar", "Lenient evaluators", v_penilai, KJ_PENILAI_LONGGAR, KJ_WB_INT,
       "lembar Penilai", "sheet Evaluators"},
      {"Penilai ketat", "Strict evaluators", v_penilai, KJ_PENILAI_KETAT, KJ_WB_INT, NULL, NULL},
      {"Penilai wajar", "Typical evaluators", v_penilai, KJ_PENILAI_WAJAR, KJ_WB_INT, NULL, NULL},
      {"Pegawai teladan", "Role models", v_daftar, 0, KJ_WB_INT, NULL, NULL},
      {"Pegawai perlu pembinaan", "Employees who need coaching", v_daftar, 1, KJ_WB_INT, NULL,
       NULL},
  };
  int row_ikp = -1, row_share = -1;
  for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
    const st_line *x = &lines[i];
    if (x->f == v_mean && x->arg == KJ_UK_IKP) row_ikp = row;
    if (x->f == v_share && x->arg == KJ_SANGAT_BAIK) row_share = row;
    const char *n = x->note_id ? KJ_T(l, x->note_id, x->note_en) : NULL;
    row = write_line(c, sh, row, KJ_T(l, x->id, x->en), x->f, x->arg, x->fmt, n);
  }
  const kj_analysis *tr = kj_study_trend(s);
  const kj_tren *k = &tr->tren[KJ_KOTA(tr) * KJ_UKURAN_N + KJ_UK_IKP];
  char lab[64], sl[32];
  snprintf(note, sizeof note,
           KJ_T(l, "Tren IKP kota per periode %s sampai %s: %s (%s poin per tahun); lembar Tren.",
                "City IKP trend per period %s to %s: %s (%s points per year); sheet Trends."),
           k->k ? k->dari : ST_DASH, k->k ? k->sampai : ST_DASH,
           st_label(c, &kj_enum_tren, k->label, lab, sizeof lab),
           kj_rep_signed(sl, sizeof sl, k->slope_per_tahun, 2, l));
  row = kj_rep_note(sh, row, note);
  if (nt < 2) return KJ_OK;
  kj_wb_series ikp = {.name = KJ_T(l, "IKP rata-rata kota", "City mean IKP"),
                      .cats = {hdr, C_Y0, hdr, C_Y0 + nt - 1},
                      .vals = {row_ikp, C_Y0, row_ikp, C_Y0 + nt - 1}};
  kj_wb_chart_spec ch = {
      .kind = KJ_WB_CHART_LINE,
      .title = KJ_T(l, "IKP rata-rata kota per tahun", "City mean IKP per year"),
      .x_title = KJ_T(l, "Tahun", "Year"),
      .y_title = KJ_T(l, "IKP (konversi angka kredit)", "IKP (credit-point conversion)"),
      .nseries = 1,
      .series = &ikp,
      .width = 520,
      .height = 300};
  row = kj_wb_chart(sh, row + 1, 0, &ch);
  kj_wb_series sh5[KJ_PREDIKAT_N];
  for (int p = 0; p < KJ_PREDIKAT_N; p++)
    sh5[p] = (kj_wb_series){.name = kj_enum_label(&kj_enum_predikat, p, l),
                            .cats = {hdr, C_Y0, hdr, C_Y0 + nt - 1},
                            .vals = {row_share + p, C_Y0, row_share + p, C_Y0 + nt - 1}};
  kj_wb_chart_spec ch2 = {
      .kind = KJ_WB_CHART_COLUMN,
      .stacked = 2,
      .title = KJ_T(l, "Sebaran predikat tahunan kota", "City annual predikat spread"),
      .x_title = KJ_T(l, "Tahun", "Year"),
      .y_title = KJ_T(l, "Bagian pegawai", "Share of employees"),
      .nseries = KJ_PREDIKAT_N,
      .series = sh5,
      .y_numfmt = "0%",
      .width = 520,
      .height = 320};
  kj_wb_chart(sh, row + 1, 0, &ch2);
  return KJ_OK;
}
