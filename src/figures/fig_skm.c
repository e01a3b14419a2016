/* fig_skm.c — public satisfaction: NRR per unsur of a service unit or of the
 * whole city (skm), and IKM against staff ratings per unit (sebaran).
 *
 * The grade lines of the skm chart are the regulation's IKM cut-offs
 * (PermenPAN-RB 14/2017: A 88,31, B 76,61, C 65,00) moved onto the NRR
 * scale of the bars: with every unsur weighted w, IKM = 25 * 9w * mean NRR,
 * so the NRR line of a cut-off is cut / (225 w); each bar has the engine's
 * t interval. The sebaran chart shows the engine's linkage (§6): the OLS
 * line, Pearson r with its Fisher-z CI, Spearman rho, and the units flagged
 * "penilaian tinggi, kepuasan rendah" with the two cut-off lines of that
 * flag.
 */
#include <math.h>
#include <string.h>

#include "figures/fig_int.h"

/* IKM grade cut-offs, analytics.md §6 (the same numbers as kj_ikm_mutu). */
static const double IKM_CUT[3] = {65.00, 76.61, 88.31}; /* C, B, A */

static void fill_skm(kj_figure *f, const kj_analysis *r, const kj_skm *k, const char *name) {
  kj_skm_spec *s = &f->spec.skm;
  s->unit_name = fig_strdup(f, name);
  for (int i = 0; i < KJ_SKM_UNSUR; i++) {
    s->nrr[i] = k->nrr[i];
    int ci = isfinite(k->nrr[i]) && isfinite(k->nrr_low[i]) && isfinite(k->nrr_high[i]);
    s->ci_low[i] = ci ? k->nrr_low[i] : NAN;
    s->ci_high[i] = ci ? k->nrr_high[i] : NAN;
  }
  s->unsur = NULL; /* the regulation's names, in the chart's language */
  s->weakest = k->unsur_terlemah >= 0 && !isnan(k->nrr[k->unsur_terlemah]) ? k->unsur_terlemah : -1;
  s->ikm = k->ikm;
  s->grade = k->mutu < KJ_MUTU_N ? (char)('A' + (int)k->mutu) : 0;
  for (int g = 0; g < 3; g++) s->threshold[g] = IKM_CUT[g] / (225.0 * r->params.skm_bobot);
  s->n_responden = k->n_responden;
  s->min_responden = (int)r->params.skm_min_responden;
}

static char *skm_note(kj_figure *f, const kj_analysis *r) {
  char c[3][16];
  for (int g = 0; g < 3; g++) kj_fmt_num(c[g], sizeof c[g], IKM_CUT[g], 2, f->lang);
  return fig_printf(f, "%s %s. %s %s (C), %s (B), %s (A).",
                    FIG_TR(f->lang,
                           "NRR = rata-rata jawaban 1\xE2\x80\x93"
                           "4 per unsur; IKM = 25 \xC3\x97 \xCE\xA3 NRR "
                           "\xC3\x97 bobot",
                           "NRR = mean answer 1\xE2\x80\x93"
                           "4 per element; IKM = 25 \xC3\x97 \xCE\xA3 NRR "
                           "\xC3\x97 weight"),
                    r->params.skm_bobot_text,
                    FIG_TR(f->lang, "Garis mutu: NRR yang setara dengan IKM",
                           "Grade lines: the NRR equivalent to IKM"),
                    c[0], c[1], c[2]);
}

/* The title names no unit: the chart's own heading does ("Puskesmas
 * Sadabuan: IKM 71,26 · mutu C"), and saying it twice crowded the top. */
kj_status kj_fig_skm(const kj_analysis *r, int unit, kj_lang lang, kj_figure *out, kj_error *err) {
  fig_begin(out, r, KJ_CHART_SKM, lang);
  const int K = KJ_KOTA(r);
  if (unit >= r->n_unit) return kj_fail(err, KJ_INTERNAL, "figure skm: unit %d out of range", unit);
  const kj_skm *k = NULL;
  if (unit < 0) {
    k = &r->skm_opd[K];
  } else {
    for (size_t i = 0; i < r->n_skm_unit && !k; i++)
      if (r->skm_unit[i].unit == unit) k = &r->skm_unit[i];
  }
  if (!k || k->n_responden <= 0)
    return kj_fail(err, KJ_DATA, "no SKM survey of %s in %d",
                   unit < 0 ? r->params.kota : r->unit[unit].kode, r->tahun);
  fig_set_source(out, r, FIG_SRC_SKM);
  out->note = skm_note(out, r);
  if (unit < 0) {
    fill_skm(out, r, k, r->params.kota);
    fig_stem(out, "kota_skm", NULL, NULL);
    out->opd = K;
    out->title = fig_strdup(out, FIG_TR(lang, "Kepuasan masyarakat per unsur pelayanan",
                                        "Public satisfaction per service element"));
    char units[32];
    kj_fmt_num(units, sizeof units, (double)r->n_skm_unit, 0, lang);
    out->subtitle =
        fig_subtitle_year(out, r,
                          fig_printf(out, "%s %s %s", FIG_TR(lang, "gabungan", "all"), units,
                                     FIG_TR(lang, "unit layanan", "service units")));
    return KJ_OK;
  }
  const kj_an_unit *u = &r->unit[unit];
  fill_skm(out, r, k, u->nama);
  fig_stem(out, "unit_", u->kode, "_skm");
  out->unit = unit;
  out->opd = u->opd;
  out->title = fig_strdup(out, FIG_TR(lang, "Kepuasan masyarakat per unsur pelayanan",
                                      "Public satisfaction per service element"));
  const char *opd = u->opd >= 0 && u->opd < r->n_opd ? r->opd[u->opd].nama : NULL;
  out->subtitle = fig_printf(out, "%s %d%s%s", FIG_TR(lang, "Tahun", "Year"), r->tahun,
                             opd && strcmp(opd, u->nama) != 0 ? FIG_DOT : "",
                             opd && strcmp(opd, u->nama) != 0 ? opd : "");
  return KJ_OK;
}

kj_status kj_fig_sebaran(const kj_analysis *r, kj_lang lang, kj_figure *out, kj_error *err) {
  fig_begin(out, r, KJ_CHART_SEBARAN, lang);
  if (r->n_skm_ikp == 0)
    return kj_fail(err, KJ_DATA,
                   "no service unit has both an SKM survey and %ld or more appraised employees "
                   "in %d",
                   r->params.min_kelompok, r->tahun);
  kj_sebaran_point *pts = fig_alloc(out, r->n_skm_ikp, sizeof *pts);
  for (size_t i = 0; i < r->n_skm_ikp; i++) {
    const kj_skm_ikp *k = &r->skm_ikp[i];
    pts[i].name = fig_strdup(out, r->unit[k->unit].nama);
    pts[i].short_name = fig_strdup(out, r->unit[k->unit].singkatan);
    pts[i].ikp = k->ikp;
    pts[i].ikm = k->ikm;
    pts[i].flagged = k->flag == KJ_SKMF_TINGGI_RENDAH; /* a z rule alone is not a flag */
  }
  kj_sebaran_spec *s = &out->spec.sebaran;
  s->points = pts;
  s->n_points = (int)r->n_skm_ikp;
  /* The engine's OLS line of IKM on IKP (NA under three units) and the
   * flag rule's cut-offs: z = +1 on IKP and z = -1 on IKM, placed with the
   * mean and sd the engine used for the z-scores. */
  const kj_skm_garis *g = &r->skm_garis;
  int line = isfinite(g->fit.intercept) && isfinite(g->fit.slope);
  s->intercept = line ? g->fit.intercept : NAN;
  s->slope = line ? g->fit.slope : NAN;
  s->flag_ikp =
      isfinite(g->mean_ikp) && isfinite(g->sd_ikp) && g->sd_ikp > 0 ? g->mean_ikp + g->sd_ikp : NAN;
  s->flag_ikm =
      isfinite(g->mean_ikm) && isfinite(g->sd_ikm) && g->sd_ikm > 0 ? g->mean_ikm - g->sd_ikm : NAN;
  s->r = s->r_low = s->r_high = s->p = s->rho = NAN;
  for (int i = 0; i < r->n_asosiasi; i++) {
    const kj_asosiasi *a = &r->asosiasi[i];
    if (!a->nama || strcmp(a->nama, "skm_ikm_ikp") != 0) continue;
    s->r = a->r;
    s->r_low = isfinite(a->r) ? a->ci_low : NAN;
    s->r_high = isfinite(a->r) ? a->ci_high : NAN;
    if (isnan(s->r_low) || isnan(s->r_high)) s->r_low = s->r_high = NAN;
    s->p = a->p;
    s->rho = a->rho;
  }
  s->year = r->tahun;

  fig_stem(out, "kota_sebaran", NULL, NULL);
  out->opd = KJ_KOTA(r);
  out->title = fig_strdup(out, FIG_TR(lang,
                                      "Kepuasan masyarakat (IKM) dan penilaian pegawai (IKP) "
                                      "per unit layanan",
                                      "Public satisfaction (IKM) and staff ratings (IKP) per "
                                      "service unit"));
  char nmin[32];
  kj_fmt_num(nmin, sizeof nmin, (double)r->params.min_kelompok, 0, lang);
  out->subtitle =
      fig_subtitle_year(out, r,
                        fig_printf(out, "%s %s %s",
                                   FIG_TR(lang, "unit dengan SKM dan \xE2\x89\xA5",
                                          "units with SKM and \xE2\x89\xA5"),
                                   nmin, FIG_TR(lang, "pegawai dinilai", "appraised employees")));
  fig_set_source(out, r, FIG_SRC_KEDUANYA);
  const char *one = NULL; /* the unit that decides the correlation (analytics.md §6) */
  for (int i = 0; i < r->n_asosiasi; i++)
    if (r->asosiasi[i].nama && strcmp(r->asosiasi[i].nama, "skm_ikm_ikp") == 0 &&
        r->asosiasi[i].status == KJ_AS_SATU_UNIT && r->asosiasi[i].unit_berpengaruh >= 0)
      one = r->unit[r->asosiasi[i].unit_berpengaruh].kode;
  out->note = fig_printf(
      out, "%s%s%s",
      FIG_TR(lang,
             "Asosiasi, bukan sebab-akibat. Ditandai: IKP unit \xE2\x89\xA5 1 simpangan baku di "
             "atas rata-rata unit dan IKM \xE2\x89\xA5 1 simpangan baku di bawahnya, dan kedua "
             "selisih nyata (uji Welch, koreksi BH) (penilaian tinggi, kepuasan rendah).",
             "An association, not a cause. Flagged: unit IKP \xE2\x89\xA5 1 sd above the mean "
             "of the units and IKM \xE2\x89\xA5 1 sd below it, and both gaps real (Welch, BH) "
             "(high ratings, low satisfaction)."),
      one ? FIG_TR(lang, " Korelasi ditentukan satu unit, ", " The correlation is driven by one unit, ")
          : "",
      one ? fig_printf(out, "%s%s", one,
                       FIG_TR(lang, ": tanpa unit itu hubungan tidak kokoh; baca rho Spearman.",
                              ": without it the association does not hold; read Spearman's rho."))
          : "");
  return KJ_OK;
}
