/* fig_heatmap.c — strengths and weaknesses: OPD x dimension matrix of
 * Cohen's d with the engine's labels (§3).
 *
 * Rows are the OPD with employees in Y in the order of the IKP ranking
 * chart (alphabetical order would not survive the chart's switch to short
 * names for long ones). Columns are the nine measures and, when any OPD has survey
 * data, the nine SKM unsur; a cell the engine did not compute (no SKM for
 * that OPD) is blank. OPD under min_kelompok are greyed.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "figures/fig_int.h"

typedef struct row_key {
  double ikp; /* mean IKP in Y; NA for suppressed groups (drawn last by the chart) */
  const char *kode;
  int opd;
} row_key;

/* The order of the IKP ranking chart (highest mean first, ties by code), so
 * a reader who found an OPD there finds it at the same height here. */
static int by_ikp(const void *a, const void *b) {
  const row_key *x = a, *y = b;
  /* != 0: isnan() is only "non-zero" for a NaN (MinGW-w64's gives -1, which
   * sorted the suppressed OPD first on Windows) */
  int xn = isnan(x->ikp) != 0, yn = isnan(y->ikp) != 0;
  if (xn != yn) return xn - yn;
  if (!xn && x->ikp != y->ikp) return x->ikp > y->ikp ? -1 : 1;
  return strcmp(x->kode, y->kode);
}

/* Column labels: the engine's dimension labels, the SKM unsur shortened to
 * their key word so eighteen column heads stay readable. */
static const char *col_label(int d, kj_lang lang) {
  static const char *const skm_id[KJ_SKM_UNSUR] = {
      "SKM U1 Persyaratan", "SKM U2 Prosedur",  "SKM U3 Waktu",
      "SKM U4 Biaya/tarif", "SKM U5 Produk",    "SKM U6 Kompetensi",
      "SKM U7 Perilaku",    "SKM U8 Pengaduan", "SKM U9 Sarana"};
  static const char *const skm_en[KJ_SKM_UNSUR] = {
      "SKM U1 Requirements", "SKM U2 Procedure",  "SKM U3 Time",
      "SKM U4 Cost",         "SKM U5 Product",    "SKM U6 Competence",
      "SKM U7 Conduct",      "SKM U8 Complaints", "SKM U9 Facilities"};
  if (d >= KJ_DIM_SKM)
    return (lang == KJ_LANG_EN ? skm_en[d - KJ_DIM_SKM] : skm_id[d - KJ_DIM_SKM]);
  return kj_dimensi_label(d, lang);
}

static int heat_label(kj_kk_label l) {
  switch (l) {
  case KJ_KK_KEKUATAN: return KJ_HEAT_KEKUATAN;
  case KJ_KK_KELEMAHAN: return KJ_HEAT_KELEMAHAN;
  case KJ_KK_TCD: return KJ_HEAT_TIDAK_CUKUP;
  default: return KJ_HEAT_SETARA;
  }
}

kj_status kj_fig_heatmap(const kj_analysis *r, kj_lang lang, kj_figure *out, kj_error *err) {
  (void)err;
  fig_begin(out, r, KJ_CHART_HEATMAP, lang);
  int any_skm = 0;
  for (int o = 0; o < r->n_opd && !any_skm; o++)
    for (int d = KJ_DIM_SKM; d < KJ_DIMENSI_N; d++)
      any_skm |= r->kk[(size_t)o * KJ_DIMENSI_N + (size_t)d].ada;
  int n_cols = any_skm ? KJ_DIMENSI_N : KJ_UKURAN_N;
  const char **cols = fig_alloc(out, (size_t)n_cols, sizeof *cols);
  for (int d = 0; d < n_cols; d++) cols[d] = fig_strdup(out, col_label(d, lang));

  row_key *ord = fig_alloc(out, (size_t)r->n_opd, sizeof *ord);
  int n = 0;
  for (int o = 0; o < r->n_opd; o++)
    if (fig_opd_present(r, o))
      ord[n++] =
          (row_key){r->stat[o].cukup ? r->stat[o].ukuran[KJ_UK_IKP].mean : NAN, r->opd[o].kode, o};
  qsort(ord, (size_t)n, sizeof *ord, by_ikp);

  kj_heatmap_row *rows = fig_alloc(out, (size_t)n, sizeof *rows);
  int n_muted = 0;
  for (int i = 0; i < n; i++) {
    int o = ord[i].opd;
    kj_heatmap_row *row = &rows[i];
    double *dv = fig_alloc(out, (size_t)n_cols, sizeof *dv);
    int *lab = fig_alloc(out, (size_t)n_cols, sizeof *lab);
    for (int d = 0; d < n_cols; d++) {
      const kj_kk *k = &r->kk[(size_t)o * KJ_DIMENSI_N + (size_t)d];
      dv[d] = k->ada ? k->d : NAN;
      lab[d] = k->ada ? heat_label(k->label) : KJ_HEAT_SETARA;
    }
    row->name = fig_strdup(out, r->opd[o].nama);
    row->short_name = fig_strdup(out, r->opd[o].singkatan);
    row->n = r->stat[o].n_pegawai;
    row->d = dv;
    row->label = lab;
    row->insufficient = !r->stat[o].cukup;
    n_muted += row->insufficient;
  }
  kj_heatmap_spec *s = &out->spec.heatmap;
  s->rows = rows;
  s->n_rows = n;
  s->cols = cols;
  s->n_cols = n_cols;
  s->d_max = 1.0; /* |d| = 1 is a large effect: the colour saturates there */
  s->alpha = r->params.alpha;
  s->efek_min = r->params.efek_min;
  s->min_kelompok = (int)r->params.min_kelompok;
  s->n_total = r->stat[KJ_KOTA(r)].n_pegawai;

  fig_stem(out, "kota_heatmap", NULL, NULL);
  out->opd = KJ_KOTA(r);
  out->title = fig_strdup(out, FIG_TR(lang, "Kekuatan dan kelemahan OPD dibanding OPD lain",
                                      "Strengths and weaknesses of each OPD against the others"));
  out->subtitle = fig_subtitle_year(
      out, r, FIG_TR(lang, "OPD urut menurut rata-rata IKP", "OPD in the order of their mean IKP"));
  fig_set_source(out, r, any_skm ? FIG_SRC_KEDUANYA : FIG_SRC_PENILAIAN);
  char nmin[32];
  kj_fmt_num(nmin, sizeof nmin, (double)r->params.min_kelompok, 0, lang);
  out->note = fig_printf(
      out, "%s%s%s%s%s",
      FIG_TR(lang,
             "d > 0: pegawai OPD ini rata-rata lebih tinggi daripada pegawai OPD lain pada "
             "dimensi itu.",
             "d > 0: the OPD's employees score higher on average than those of the other OPD."),
      any_skm ? FIG_TR(lang,
                       " Kolom SKM: jawaban responden unit layanan OPD dibanding unit lain; "
                       "kosong bila OPD tidak punya data survei.",
                       " SKM columns: respondents of the OPD's service units against the "
                       "others; blank when the OPD has no survey data.")
              : "",
      n_muted ? FIG_TR(lang, " OPD dengan kurang dari ", " OPD with fewer than ") : "",
      n_muted ? nmin : "",
      n_muted ? FIG_TR(lang, " pegawai tidak dinilai.", " employees are not assessed.") : "");
  return KJ_OK;
}
