/* fig_kesetaraan.c — the fairness chart (analytics.md §13): every contrast
 * of the engine (gender, PNS/PPPK, golongan, jenis jabatan) as its adjusted
 * IKP gap with the 95 % CI, the kesetaraan_min band, and the contrasts the
 * engine labelled TIDAK_SETARA highlighted. Nothing is recomputed here.
 */
#include <math.h>

#include "figures/fig_int.h"

#include <string.h>

/* "Golongan IV vs III" reads better than "IV vs III"; the others name themselves. */
static const char *group_label(const kj_setara *s) {
  return strcmp(s->atribut, "golongan") == 0 ? "Golongan " : "";
}

kj_status kj_fig_kesetaraan(const kj_analysis *r, kj_lang lang, kj_figure *out, kj_error *err) {
  fig_begin(out, r, KJ_CHART_KESETARAAN, lang);
  int any = 0;
  for (int i = 0; i < r->n_setara; i++) any |= r->setara[i].label != KJ_SETARA_TCD;
  if (!any)
    return kj_fail(err, KJ_DATA,
                   "no fairness contrast of %d has %ld or more employee-years on both sides",
                   r->tahun, r->params.min_kelompok);
  kj_kesetaraan_row *rows = fig_alloc(out, (size_t)r->n_setara + 1, sizeof *rows);
  for (int i = 0; i < r->n_setara; i++) {
    const kj_setara *s = &r->setara[i];
    kj_kesetaraan_row *row = &rows[i];
    row->label = fig_printf(out, "%s%s %s %s", group_label(s), s->kelompok,
                            FIG_TR(lang, "vs", "vs"), s->pembanding);
    row->n = s->n;
    row->n_ref = s->n_pembanding;
    int ok = s->label != KJ_SETARA_TCD && isfinite(s->selisih_disesuaikan);
    row->gap = ok ? s->selisih_disesuaikan : NAN;
    row->ci_low = ok && isfinite(s->ci_low) ? s->ci_low : NAN;
    row->ci_high = ok && isfinite(s->ci_high) ? s->ci_high : NAN;
    if (isnan(row->ci_low) || isnan(row->ci_high)) row->ci_low = row->ci_high = NAN;
    row->flagged = s->label == KJ_SETARA_TIDAK;
  }
  kj_kesetaraan_spec *sp = &out->spec.kesetaraan;
  sp->rows = rows;
  sp->n_rows = r->n_setara;
  sp->band = r->params.kesetaraan_min > 0 ? r->params.kesetaraan_min : 1;
  sp->decimals = 1;
  fig_stem(out, "kota_kesetaraan", NULL, NULL);
  out->opd = KJ_KOTA(r);
  out->title = fig_strdup(out, FIG_TR(lang, "Kesetaraan penilaian: selisih IKP antarkelompok",
                                      "Fairness of appraisal: IKP gaps between groups"));
  out->subtitle = fig_subtitle_year(
      out, r,
      FIG_TR(lang, "setelah memperhitungkan OPD dan jenis jabatan, dengan interval kepercayaan 95 %",
             "after accounting for OPD and jenis jabatan, with 95% confidence interval"));
  fig_set_source(out, r, FIG_SRC_PENILAIAN);
  char band[32];
  kj_fmt_num(band, sizeof band, r->params.kesetaraan_min, 0, lang);
  out->note = fig_printf(
      out, "%s %s %s %s",
      FIG_TR(lang,
             "Regresi IKP pegawai-tahun atas kelompok dengan efek tetap OPD (dan jenis jabatan), "
             "galat baku HC1; koreksi BH atas semua perbandingan.",
             "OLS of employee-year IKP on the group with OPD (and jenis jabatan) fixed effects, "
             "HC1 standard errors; BH over all comparisons."),
      FIG_TR(lang, "Disorot: q < alpha dan selisih minimal", "Highlighted: q < alpha and a gap of at least"),
      band,
      FIG_TR(lang,
             "poin \xE2\x80\x94 perbedaan yang perlu ditelaah, bukan bukti diskriminasi; di dalam "
             "pita: tidak terdeteksi perbedaan sebesar itu.",
             "points \xE2\x80\x94 a difference to be examined, not proof of discrimination; "
             "inside the band: no difference that large detected."));
  return KJ_OK;
}
