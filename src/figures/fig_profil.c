/* fig_profil.c — the BerAKHLAK profile of one OPD against the city.
 *
 * Seven mean behaviour scores (all sources, scale 1..5) with their 95 % CI
 * from the engine's descriptive statistics, next to the city's means. An
 * OPD under min_kelompok (or without scores) is drawn greyed with the city's
 * profile only: its own figures are suppressed by the engine.
 */
#include <math.h>

#include "figures/fig_int.h"

kj_status kj_fig_profil(const kj_analysis *r, int o, kj_lang lang, kj_figure *out, kj_error *err) {
  fig_begin(out, r, KJ_CHART_PROFIL, lang);
  if (o < 0 || o >= r->n_opd)
    return kj_fail(err, KJ_INTERNAL, "figure profil: OPD %d out of range", o);
  const int K = KJ_KOTA(r);
  for (int v = 0; v < KJ_NILAI_N; v++)
    if (isnan(r->stat[K].ukuran[KJ_UK_NILAI + v].mean))
      return kj_fail(err, KJ_DATA, "no BerAKHLAK score for %s in %d",
                     kj_enum_canon(&kj_enum_nilai, v), r->tahun);
  kj_profil_spec *s = &out->spec.profil;
  s->name = fig_strdup(out, r->opd[o].nama);
  s->short_name = fig_strdup(out, r->opd[o].singkatan);
  s->insufficient = !r->stat[o].cukup;
  long n = 0, n_city = 0;
  for (int v = 0; v < KJ_NILAI_N; v++) {
    const kj_desc *d = &r->stat[o].ukuran[KJ_UK_NILAI + v],
                  *c = &r->stat[K].ukuran[KJ_UK_NILAI + v];
    if ((long)d->n > n) n = (long)d->n;
    if ((long)c->n > n_city) n_city = (long)c->n;
    s->city[v] = c->mean;
    s->insufficient |= isnan(d->mean) != 0; /* a flag of 0 or 1 (MinGW's isnan gives -1) */
  }
  for (int v = 0; v < KJ_NILAI_N; v++) {
    const kj_desc *d = &r->stat[o].ukuran[KJ_UK_NILAI + v];
    int ci = !s->insufficient && isfinite(d->ci_low) && isfinite(d->ci_high);
    s->opd[v] = s->insufficient ? NAN : d->mean;
    s->opd_low[v] = ci ? d->ci_low : NAN;
    s->opd_high[v] = ci ? d->ci_high : NAN;
  }
  /* n: employees with scores; an OPD without any still shows its headcount */
  s->n = n > 0 ? n : r->stat[o].n_pegawai;
  s->n_city = n_city;
  s->scale_min = 1;
  s->scale_max = 5;
  s->decimals = 2;
  s->min_kelompok = (int)r->params.min_kelompok;

  fig_stem(out, "opd_", r->opd[o].kode, "_profil");
  out->opd = o;
  out->title = fig_printf(
      out, "%s: %s", r->opd[o].nama,
      FIG_TR(lang, "profil BerAKHLAK dibanding kota", "BerAKHLAK profile against the city"));
  out->subtitle = fig_subtitle_year(out, r,
                                    FIG_TR(lang,
                                           "rata-rata skor perilaku (1\xE2\x80\x93"
                                           "5) dengan interval kepercayaan 95 %",
                                           "mean behaviour score (1\xE2\x80\x93"
                                           "5) with 95% confidence interval"));
  fig_set_source(out, r, FIG_SRC_PENILAIAN);
  /* a greyed OPD is explained by the chart itself ("data OPD tidak cukup") */
  out->note = fig_strdup(
      out, FIG_TR(lang, "Skor dari semua sumber penilaian (atasan, rekan, bawahan, diri sendiri).",
                  "Scores from every source (superior, peers, subordinates, self)."));
  return KJ_OK;
}
