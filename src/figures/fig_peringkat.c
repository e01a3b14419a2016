/* fig_peringkat.c — the OPD ranking chart of one measure.
 *
 * Every OPD with employees in Y gets a row: its mean and 95 % CI from the
 * engine's descriptive statistics (§2), its n (employees with a value of the
 * measure). A group the engine suppressed (n < min_kelompok, figures NA) is
 * greyed and keeps only its n; the chart sorts by the mean itself. The city
 * mean, which includes the small groups, is the reference line.
 */
#include <math.h>

#include "figures/fig_int.h"

kj_status kj_fig_peringkat(const kj_analysis *r, int uk, kj_lang lang, kj_figure *out,
                           kj_error *err) {
  fig_begin(out, r, KJ_CHART_PERINGKAT, lang);
  if (uk < 0 || uk >= KJ_UKURAN_N)
    return kj_fail(err, KJ_INTERNAL, "figure peringkat: measure %d out of range", uk);
  fig_measure m;
  fig_measure_info(uk, lang, &m);
  const int K = KJ_KOTA(r);
  kj_peringkat_row *rows = fig_alloc(out, (size_t)r->n_opd, sizeof *rows);
  int n = 0, n_muted = 0;
  for (int o = 0; o < r->n_opd; o++) {
    if (!fig_opd_present(r, o)) continue;
    const kj_desc *d = &r->stat[o].ukuran[uk];
    kj_peringkat_row *row = &rows[n++];
    row->name = fig_strdup(out, r->opd[o].nama);
    row->short_name = fig_strdup(out, r->opd[o].singkatan);
    row->n = (long)d->n;
    row->insufficient = !r->stat[o].cukup || isnan(d->mean);
    row->mean = row->insufficient ? NAN : d->mean;
    row->ci_low = row->insufficient ? NAN : d->ci_low;
    row->ci_high = row->insufficient ? NAN : d->ci_high;
    if (isnan(row->ci_low) || isnan(row->ci_high)) row->ci_low = row->ci_high = NAN;
    if (uk == KJ_UK_IKP && !row->insufficient && r->rank && r->rank[o].peringkat > 0) {
      row->rank = r->rank[o].peringkat; /* the IKP ranking carries its rank interval (§2) */
      row->rank_lo = r->rank[o].bawah;
      row->rank_hi = r->rank[o].atas;
    }
    n_muted += row->insufficient;
  }
  kj_peringkat_spec *s = &out->spec.peringkat;
  s->rows = rows;
  s->n_rows = n;
  s->city_mean = r->stat[K].ukuran[uk].mean;
  s->measure = fig_strdup(out, m.axis);
  s->unit = fig_strdup(out, m.unit);
  s->decimals = m.decimals;
  s->min_kelompok = (int)r->params.min_kelompok;
  s->n_total = (long)r->stat[K].ukuran[uk].n;
  if (uk >= KJ_UK_NILAI) { /* a score scale has a natural range */
    s->axis_min = 1;
    s->axis_max = 5;
  }

  fig_stem(out, "kota_peringkat_", m.name, NULL);
  if (uk == KJ_UK_IKP)
    out->title = fig_strdup(
        out, FIG_TR(lang, "Peringkat OPD menurut rata-rata IKP", "OPD ranking by mean IKP"));
  else if (uk == KJ_UK_CAPAIAN)
    out->title = fig_strdup(out, FIG_TR(lang, "Peringkat OPD menurut rata-rata capaian SKP",
                                        "OPD ranking by mean SKP achievement"));
  else
    out->title =
        fig_printf(out, "%s %s",
                   FIG_TR(lang, "Peringkat OPD menurut skor", "OPD ranking by the score"), m.label);
  out->subtitle =
      fig_subtitle_year(out, r,
                        uk == KJ_UK_IKP
                            ? FIG_TR(lang,
                                     "rata-rata per OPD dengan interval kepercayaan 95 %; "
                                     "peringkat dengan kisaran 95 %",
                                     "mean per OPD with 95% confidence interval; rank with its "
                                     "95% range")
                            : FIG_TR(lang, "rata-rata per OPD dengan interval kepercayaan 95 %",
                                     "mean per OPD with 95% confidence interval"));
  out->opd = K;
  fig_set_source(out, r, FIG_SRC_PENILAIAN);

  char cap[32];
  const char *what =
      uk == KJ_UK_IKP
          ? fig_printf(out, "%s %s 150, %s 100, %s 75, %s 50, %s 25%s",
                       FIG_TR(lang,
                              "IKP = predikat dikonversi ke persentase angka kredit (PerBKN "
                              "3/2023:",
                              "IKP = predikat converted to credit-point percentages (PerBKN "
                              "3/2023:"),
                       kj_enum_label(&kj_enum_predikat, KJ_SANGAT_BAIK, lang),
                       kj_enum_label(&kj_enum_predikat, KJ_BAIK, lang),
                       kj_enum_label(&kj_enum_predikat, KJ_BUTUH_PERBAIKAN, lang),
                       kj_enum_label(&kj_enum_predikat, KJ_KURANG, lang),
                       kj_enum_label(&kj_enum_predikat, KJ_SANGAT_KURANG, lang),
                       FIG_TR(lang, "), bukan skor dari regulasi.", "), not a regulatory score."))
      : uk == KJ_UK_CAPAIAN
          ? fig_printf(
                out,
                FIG_TR(lang,
                       "Capaian indikator = realisasi/target (arah turun: 2 \xE2\x88\x92 "
                       "realisasi/target), dibatasi 0\xE2\x80\x93%s %%; rata-rata tertimbang "
                       "per periode, lalu per pegawai.",
                       "Indicator achievement = actual/target (lower is better: 2 "
                       "\xE2\x88\x92 actual/target), capped at 0\xE2\x80\x93%s%%; "
                       "weighted mean per period, then per employee."),
                kj_fmt_num(cap, sizeof cap, r->params.capaian_maks, 0, lang))
          : FIG_TR(lang,
                   "Skor perilaku BerAKHLAK dari semua sumber penilaian, skala 1\xE2\x80\x93"
                   "5.",
                   "BerAKHLAK behaviour scores from every source, scale 1\xE2\x80\x93"
                   "5.");
  if (n_muted)
    out->note =
        fig_printf(out, "%s %s %ld %s", what,
                   FIG_TR(lang, "Angka OPD dengan kurang dari", "Figures of OPD with fewer than"),
                   r->params.min_kelompok,
                   FIG_TR(lang, "pegawai tidak ditampilkan (termasuk dalam angka kota).",
                          "employees are not shown (the city figure includes them)."));
  else
    out->note = fig_strdup(out, what);
  return KJ_OK;
}
