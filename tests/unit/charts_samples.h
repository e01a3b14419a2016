/* charts_samples.h — realistic chart specs for the charts tests and gallery.
 *
 * A kota-sized set of 31 OPD with their real-world long names and
 * singkatan, employee counts from 4 to 1,310, and figures shaped like the
 * demo data (IKP means around 100 with t intervals, predikat shares, d
 * values). The numbers stand in for analysis output: the charts only lay
 * them out, so they need to be plausible and consistent, not computed here.
 * Header-only (static inline) because each test executable is one file.
 */
#ifndef KJ_CHARTS_SAMPLES_H
#define KJ_CHARTS_SAMPLES_H

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "charts/chart.h"

#define SAMPLE_OPD 31
#define SAMPLE_DIMS 18
#define SAMPLE_K 24
/* Not every test uses every sample. */
#define SAMPLE_UNUSED __attribute__((unused))

static SAMPLE_UNUSED const char *const sample_names[SAMPLE_OPD][2] = {
    {"Sekretariat Daerah", "Setda"},
    {"Sekretariat DPRD", "Setwan"},
    {"Inspektorat Daerah", "Inspektorat"},
    {"Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "Bapelitbang"},
    {"Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD"},
    {"Badan Pendapatan Daerah", "Bapenda"},
    {"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM"},
    {"Badan Penanggulangan Bencana Daerah", "BPBD"},
    {"Badan Kesatuan Bangsa dan Politik", "Kesbangpol"},
    {"Dinas Pendidikan", "Disdik"},
    {"Dinas Kesehatan", "Dinkes"},
    {"Dinas Pekerjaan Umum dan Penataan Ruang", "PUPR"},
    {"Dinas Perumahan Rakyat dan Kawasan Permukiman", "Perkim"},
    {"Satuan Polisi Pamong Praja", "Satpol PP"},
    {"Dinas Sosial", "Dinsos"},
    {"Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga "
     "Berencana",
     "DP3AP2KB"},
    {"Dinas Ketahanan Pangan dan Pertanian", "DKPP"},
    {"Dinas Lingkungan Hidup", "DLH"},
    {"Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"},
    {"Dinas Perhubungan", "Dishub"},
    {"Dinas Komunikasi dan Informatika", "Diskominfo"},
    {"Dinas Koperasi dan Usaha Kecil Menengah", "Diskop UKM"},
    {"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP"},
    {"Dinas Pemuda, Olahraga dan Pariwisata", "Disporapar"},
    {"Dinas Perpustakaan dan Kearsipan", "Dispusip"},
    {"Dinas Perdagangan dan Perindustrian", "Disdagin"},
    {"Dinas Tenaga Kerja", "Disnaker"},
    {"Rumah Sakit Umum Daerah Kota Padangsidimpuan", "RSUD"},
    {"Kecamatan Padangsidimpuan Utara", "Kec. Utara"},
    {"Kecamatan Padangsidimpuan Angkola Julu", "Kec. Angkola Julu"},
    {"Kecamatan Padangsidimpuan Batunadua", "Kec. Batunadua"},
};
static SAMPLE_UNUSED const long sample_n[SAMPLE_OPD] = {
    142, 48, 41, 52, 67, 55, 64, 31, 22, 1310, 412, 96,  35, 88, 39, 33,
    58,  61, 44, 57, 29, 26, 37, 34, 21, 30,   19,  486, 27, 3,  4};

/* A small deterministic generator: the same figures on every run. */
static inline double sample_rand(unsigned *state) {
  *state = *state * 1103515245u + 12345u;
  return ((*state >> 8) & 0xffff) / 65536.0;
}

static inline kj_chart_out sample_out(kj_chart_format f, const char *path) {
  kj_chart_out o;
  memset(&o, 0, sizeof o);
  o.format = f;
  o.path = path;
  o.date = "2024-12-31";
  o.subtitle = "Tahun 2024 \xC2\xB7 Kota Padangsidimpuan";
  o.source = "e-Kinerja BKN (Laporan Penilaian SKP), diolah BKPSDM Kota Padangsidimpuan";
  o.note =
      "IKP = konversi predikat ke persentase angka kredit (PerBKN 3/2023), bukan skor regulasi.";
  o.author = "BKPSDM Kota Padangsidimpuan";
  return o;
}

/* ---- peringkat: 31 OPD, two below min_kelompok ---- */
static SAMPLE_UNUSED kj_peringkat_row sample_pr_rows[SAMPLE_OPD];
static inline kj_peringkat_spec sample_peringkat(void) {
  unsigned st = 7;
  long total = 0;
  for (int i = 0; i < SAMPLE_OPD; i++) {
    kj_peringkat_row *r = &sample_pr_rows[i];
    double mean = 88 + 26 * sample_rand(&st), half = 1.96 * 24 / sqrt((double)sample_n[i]);
    r->name = sample_names[i][0];
    r->short_name = sample_names[i][1];
    r->n = sample_n[i];
    r->insufficient = sample_n[i] < 5;
    r->mean = r->insufficient ? NAN : round(mean * 10) / 10;
    r->ci_low = r->insufficient ? NAN : r->mean - half;
    r->ci_high = r->insufficient ? NAN : r->mean + half;
    total += r->n;
  }
  kj_peringkat_spec s = {
      sample_pr_rows, SAMPLE_OPD, 99.4, "Rata-rata IKP", "% angka kredit", 1, 5, 0, 0, 0, total};
  return s;
}

/* ---- the curve rules of analytics.md §5 ---- */
static SAMPLE_UNUSED kj_kurva_rule sample_rules[SAMPLE_OPD][3];
static inline int sample_rules_for(int org, long n, const double *share, kj_kurva_rule *r) {
  const unsigned SB = 1u << KJ_SANGAT_BAIK, B = 1u << KJ_BAIK, BP = 1u << KJ_BUTUH_PERBAIKAN,
                 K = 1u << KJ_KURANG, SK = 1u << KJ_SANGAT_KURANG;
  int m = 0;
  switch (org) {
  case KJ_ORG_ISTIMEWA:
    r[m++] = (kj_kurva_rule){SB, KJ_OP_GT, 0.5, 0, share[0] > 0.5};
    r[m++] = (kj_kurva_rule){SB, KJ_OP_LE, 0.7, 0, share[0] <= 0.7};
    break;
  case KJ_ORG_BAIK:
    r[m++] = (kj_kurva_rule){B, KJ_OP_GT, 0.5, 0, share[1] > 0.5};
    r[m++] = (kj_kurva_rule){B, KJ_OP_LE, 0.7, 0, share[1] <= 0.7};
    r[m++] = (kj_kurva_rule){BP | K, KJ_OP_GE, 1.0 / (double)n, 1, share[2] + share[3] > 0};
    break;
  case KJ_ORG_BUTUH_PERBAIKAN:
    r[m++] = (kj_kurva_rule){BP, KJ_OP_GE, 0.6, 0, share[2] >= 0.6};
    r[m++] = (kj_kurva_rule){SB, KJ_OP_LE, 0.1, 0, share[0] <= 0.1};
    break;
  case KJ_ORG_SANGAT_KURANG:
    r[m++] = (kj_kurva_rule){SK, KJ_OP_GE, 0.6, 0, share[4] >= 0.6};
    r[m++] = (kj_kurva_rule){K | BP, KJ_OP_GE, 0.1, 0, share[2] + share[3] >= 0.1};
    r[m++] = (kj_kurva_rule){SB, KJ_OP_EQ, 0, 0, share[0] == 0};
    break;
  default: break;
  }
  return m;
}

static SAMPLE_UNUSED kj_distribusi_row sample_ds_rows[SAMPLE_OPD];
static inline kj_distribusi_spec sample_distribusi(void) {
  unsigned st = 11;
  long total = 0;
  for (int i = 0; i < SAMPLE_OPD; i++) {
    kj_distribusi_row *r = &sample_ds_rows[i];
    memset(r, 0, sizeof *r);
    r->name = sample_names[i][0];
    r->short_name = sample_names[i][1];
    r->n = sample_n[i];
    r->insufficient = r->n < 5;
    long c[KJ_PREDIKAT_N], left = r->n;
    double w[KJ_PREDIKAT_N] = {0.35 + 0.4 * sample_rand(&st), 0.45 + 0.3 * sample_rand(&st),
                               0.08 * sample_rand(&st), 0.03 * sample_rand(&st),
                               0.01 * sample_rand(&st)};
    double ws = w[0] + w[1] + w[2] + w[3] + w[4];
    for (int p = KJ_PREDIKAT_N - 1; p > 0; p--) {
      c[p] = lround(w[p] / ws * (double)r->n);
      if (c[p] > left) c[p] = left;
      left -= c[p];
    }
    c[0] = left;
    for (int p = 0; p < KJ_PREDIKAT_N; p++) r->share[p] = (double)c[p] / (double)r->n;
    r->org = i % 7 == 3   ? -1
             : i % 5 == 0 ? KJ_ORG_ISTIMEWA
             : i == 8     ? KJ_ORG_BUTUH_PERBAIKAN
                          : KJ_ORG_BAIK;
    r->rules = sample_rules[i];
    r->n_rules = r->org < 0 ? 0 : sample_rules_for(r->org, r->n, r->share, sample_rules[i]);
    r->compliant = r->org < 0 ? -1 : 1;
    for (int k = 0; k < r->n_rules; k++)
      if (!sample_rules[i][k].pass) r->compliant = 0;
    r->min_changes = r->compliant == 0 ? 1 + (long)(r->n / 9) : 0;
    total += r->n;
  }
  kj_distribusi_spec s = {sample_ds_rows, SAMPLE_OPD, 5, total};
  return s;
}

/* ---- kurva: Dinas Kesehatan (organisation predikat Baik, not compliant) ---- */
static SAMPLE_UNUSED kj_kurva_rule sample_kv_rules[3];
static SAMPLE_UNUSED const double sample_city_share[KJ_PREDIKAT_N] = {0.412, 0.503, 0.061, 0.019,
                                                                      0.005};
static inline kj_kurva_spec sample_kurva(void) {
  kj_kurva_spec s;
  memset(&s, 0, sizeof s);
  s.name = "Dinas Kesehatan";
  s.short_name = "Dinkes";
  long c[KJ_PREDIKAT_N] = {201, 187, 17, 6, 1};
  s.n = 412;
  for (int p = 0; p < KJ_PREDIKAT_N; p++) {
    s.count[p] = c[p];
    s.share[p] = (double)c[p] / 412.0;
  }
  s.city_share = sample_city_share;
  s.org = KJ_ORG_BAIK;
  s.n_rules = sample_rules_for(s.org, s.n, s.share, sample_kv_rules);
  s.rules = sample_kv_rules;
  s.compliant = 0;
  s.min_changes = 20; /* 46 % Baik, more than half needed: 206 + 1 - 187 */
  s.min_kelompok = 5;
  return s;
}

/* ---- tren: 24 months, city and four OPD ---- */
static SAMPLE_UNUSED const char *sample_periods[SAMPLE_K];
static SAMPLE_UNUSED char sample_period_buf[SAMPLE_K][16];
static SAMPLE_UNUSED double sample_city[3][SAMPLE_K], sample_series_v[4][SAMPLE_K];
static SAMPLE_UNUSED kj_tren_series sample_series[4];
static inline kj_tren_spec sample_tren(void) {
  static const char *const mon[12] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                      "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
  unsigned st = 3;
  for (int t = 0; t < SAMPLE_K; t++) {
    snprintf(sample_period_buf[t], sizeof sample_period_buf[t], "%s %d", mon[t % 12],
             2023 + t / 12);
    sample_periods[t] = sample_period_buf[t];
    sample_city[0][t] = 96 + 0.15 * t + 1.2 * sample_rand(&st);
    sample_city[1][t] = sample_city[0][t] - 1.1;
    sample_city[2][t] = sample_city[0][t] + 1.1;
  }
  static const int pick[4] = {10, 9, 27, 13};
  static const kj_chart_trend tr[4] = {KJ_TREND_NAIK, KJ_TREND_STABIL, KJ_TREND_TURUN,
                                       KJ_TREND_STABIL};
  for (int i = 0; i < 4; i++) {
    for (int t = 0; t < SAMPLE_K; t++)
      sample_series_v[i][t] = 90 + 6 * i +
                              (i == 0   ? 0.5
                               : i == 2 ? -0.4
                                        : 0) *
                                  t +
                              3 * sample_rand(&st);
    sample_series_v[3][7] = NAN; /* a period without data breaks the line */
    sample_series[i] = (kj_tren_series){sample_names[pick[i]][0], sample_names[pick[i]][1],
                                        sample_series_v[i], tr[i]};
  }
  kj_tren_spec s = {SAMPLE_K,
                    sample_periods,
                    sample_city[0],
                    sample_city[1],
                    sample_city[2],
                    KJ_TREND_NAIK,
                    sample_series,
                    4,
                    "Rata-rata IKP bulanan",
                    "% angka kredit",
                    1,
                    0,
                    0,
                    4812};
  return s;
}

/* ---- heatmap: 31 OPD x 18 dimensions ---- */
static SAMPLE_UNUSED const char *const sample_dims[SAMPLE_DIMS] = {"IKP",
                                                                   "Capaian",
                                                                   "Berorientasi Pelayanan",
                                                                   "Akuntabel",
                                                                   "Kompeten",
                                                                   "Harmonis",
                                                                   "Loyal",
                                                                   "Adaptif",
                                                                   "Kolaboratif",
                                                                   "U1 Persyaratan",
                                                                   "U2 Prosedur",
                                                                   "U3 Waktu",
                                                                   "U4 Biaya",
                                                                   "U5 Produk",
                                                                   "U6 Kompetensi",
                                                                   "U7 Perilaku",
                                                                   "U8 Pengaduan",
                                                                   "U9 Sarana"};
static SAMPLE_UNUSED double sample_d[SAMPLE_OPD][SAMPLE_DIMS];
static SAMPLE_UNUSED int sample_lab[SAMPLE_OPD][SAMPLE_DIMS];
static SAMPLE_UNUSED kj_heatmap_row sample_hm_rows[SAMPLE_OPD];
static inline kj_heatmap_spec sample_heatmap(void) {
  unsigned st = 5;
  long total = 0;
  for (int i = 0; i < SAMPLE_OPD; i++) {
    int has_skm = i >= 9 && i % 2 == 1;
    for (int j = 0; j < SAMPLE_DIMS; j++) {
      double d = (sample_rand(&st) - 0.5) * 1.4;
      sample_d[i][j] = j >= 9 && !has_skm ? NAN : round(d * 100) / 100;
      double dd = sample_d[i][j];
      sample_lab[i][j] = isnan(dd)                         ? KJ_HEAT_SETARA
                         : dd >= 0.35 && sample_n[i] > 40  ? KJ_HEAT_KEKUATAN
                         : dd <= -0.35 && sample_n[i] > 40 ? KJ_HEAT_KELEMAHAN
                                                           : KJ_HEAT_SETARA;
    }
    sample_hm_rows[i] = (kj_heatmap_row){sample_names[i][0], sample_names[i][1], sample_n[i],
                                         sample_d[i],        sample_lab[i],      sample_n[i] < 5};
    total += sample_n[i];
  }
  kj_heatmap_spec s = {sample_hm_rows, SAMPLE_OPD, sample_dims, SAMPLE_DIMS, 1.0,
                       0.05,           0.2,        5,           total};
  return s;
}

/* ---- skm: one puskesmas-like unit ---- */
static inline kj_skm_spec sample_skm(void) {
  kj_skm_spec s;
  memset(&s, 0, sizeof s);
  s.unit_name = "Dinas Kependudukan dan Pencatatan Sipil";
  static const double nrr[KJ_SKM_UNSUR] = {3.31, 3.22, 2.87, 3.86, 3.18, 3.27, 3.41, 2.71, 3.02};
  for (int i = 0; i < KJ_SKM_UNSUR; i++) {
    s.nrr[i] = nrr[i];
    s.ci_low[i] = nrr[i] - 0.09;
    s.ci_high[i] = nrr[i] + 0.09;
  }
  s.weakest = 7;
  s.ikm = 25 * (3.31 + 3.22 + 2.87 + 3.86 + 3.18 + 3.27 + 3.41 + 2.71 + 3.02) / 9; /* 80.14 */
  s.grade = 'B';
  s.threshold[0] = 65.00 / 25; /* C from IKM 65.00 */
  s.threshold[1] = 76.61 / 25; /* B */
  s.threshold[2] = 88.31 / 25; /* A */
  s.n_responden = 212;
  s.min_responden = 30;
  return s;
}

/* ---- sebaran: 28 service units ---- */
static SAMPLE_UNUSED kj_sebaran_point sample_pts[28];
static inline kj_sebaran_spec sample_sebaran(void) {
  unsigned st = 17;
  for (int i = 0; i < 28; i++) {
    double ikp = 86 + 28 * sample_rand(&st);
    double ikm = 60 + 0.22 * (ikp - 86) + 22 * sample_rand(&st);
    sample_pts[i] = (kj_sebaran_point){sample_names[i + 2][0], sample_names[i + 2][1], ikp, ikm, 0};
  }
  sample_pts[4].ikp = 112.5, sample_pts[4].ikm = 61.2, sample_pts[4].flagged = 1;
  sample_pts[13].ikp = 109.8, sample_pts[13].ikm = 63.0, sample_pts[13].flagged = 1;
  sample_pts[20].ikp = 111.1, sample_pts[20].ikm = 62.4, sample_pts[20].flagged = 1;
  kj_sebaran_spec s = {sample_pts, 28,    48.3, 0.26,  0.27, -0.12,
                       0.59,       0.164, 0.24, 107.6, 64.1, 2024};
  return s;
}

/* ---- profil: Dinas Kesehatan against the city ---- */
static inline kj_profil_spec sample_profil(void) {
  kj_profil_spec s;
  memset(&s, 0, sizeof s);
  s.name = "Dinas Kesehatan";
  s.short_name = "Dinkes";
  s.n = 412;
  static const double opd[KJ_NILAI_N] = {4.31, 4.05, 3.88, 4.12, 4.20, 3.71, 3.95};
  static const double city[KJ_NILAI_N] = {4.02, 4.01, 3.93, 4.08, 4.11, 3.86, 3.99};
  for (int v = 0; v < KJ_NILAI_N; v++) {
    s.opd[v] = opd[v];
    s.opd_low[v] = opd[v] - 0.06;
    s.opd_high[v] = opd[v] + 0.06;
    s.city[v] = city[v];
  }
  s.scale_min = 1;
  s.scale_max = 5;
  s.decimals = 2;
  s.min_kelompok = 5;
  s.n_city = 4812;
  return s;
}

/* A control chart (kendali) of 13 months: a falling OPD whose last month lies
 * below its lower limit, one month not charted (n < 5). */
static inline kj_kendali_spec sample_kendali(void) {
  static const char *const lab[13] = {"Jun 2024", "Jul 2024", "Agu 2024", "Sep 2024", "Okt 2024",
                                      "Nov 2024", "Des 2024", "Jan 2025", "Feb 2025", "Mar 2025",
                                      "Apr 2025", "Mei 2025", "Jun 2025"};
  static const double mean[13] = {114.0, 113.3, 110.8, 111.8, 112.4, 111.5, 113.1,
                                  109.6, 108.0, NAN,   107.3, 106.9, 105.3};
  static const long n[13] = {102, 103, 102, 102, 105, 104, 103, 104, 103, 3, 103, 102, 104};
  static double lcl[13], ucl[13];
  static unsigned char sig[13];
  for (int t = 0; t < 13; t++) {
    lcl[t] = isnan(mean[t]) ? NAN : 106.1 - 0.01 * (n[t] - 103);
    ucl[t] = isnan(mean[t]) ? NAN : 115.0 + 0.01 * (n[t] - 103);
    sig[t] = 0;
  }
  sig[12] = KJ_KENDALI_BATAS;
  kj_kendali_spec s;
  memset(&s, 0, sizeof s);
  s.name = "Dinas Lingkungan Hidup";
  s.short_name = "DLH";
  s.k = 13;
  s.periods = lab;
  s.mean = mean;
  s.n = n;
  s.lcl = lcl;
  s.ucl = ucl;
  s.centre = 110.55;
  s.signal = sig;
  s.measure = "IKP rata-rata";
  s.unit = "% angka kredit";
  s.decimals = 1;
  s.min_kelompok = 5;
  return s;
}

/* ---- kesetaraan: adjusted gaps of the demo's contrasts ---- */
static inline kj_kesetaraan_spec sample_kesetaraan(void) {
  static const kj_kesetaraan_row rows[] = {
      {"P vs L", 2604, 2196, -0.86, -1.60, -0.12, 0},
      {"PPPK vs PNS", 774, 3373, -9.00, -9.95, -8.04, 1},
      {"Golongan I-II vs III", 603, 2251, 0.79, -0.38, 1.95, 0},
      {"Golongan IV vs III", 921, 2474, -0.67, -1.59, 0.24, 0},
      {"JPT vs Pelaksana", 3, 1520, NAN, NAN, NAN, 0},
      {"Fungsional vs Pelaksana", 2638, 1701, -1.95, -2.82, -1.08, 0}};
  kj_kesetaraan_spec s;
  memset(&s, 0, sizeof s);
  s.rows = rows;
  s.n_rows = (int)(sizeof rows / sizeof rows[0]);
  s.band = 5;
  s.decimals = 1;
  return s;
}

#endif
