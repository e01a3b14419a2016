/* fig_tren.c — the trend chart: period means of the city and a few OPD.
 *
 * The engine gives, for every OPD and measure, the mean of each period of the
 * window (with a CI, NA under min_kelompok) and the OLS trend label (§4).
 * Thirty lines on one chart would hide everything, so the figure picks at
 * most four OPD a leader should see next to the city: the highest and the
 * lowest mean in Y, and the most significant falling and rising trend (the
 * declining OPD is often not the lowest one yet). Periods are those of one
 * type (a monthly series is not mixed with semesters) on which the city has
 * data.
 */
#include <math.h>
#include <string.h>

#include "domain/period.h"
#include "figures/fig_int.h"

/* The chart tells up to 240 periods apart (20 years of months). */
#define FIG_TREN_MAX 240

static const kj_tren_titik *titik(const kj_analysis *r, int o, int uk, int t) {
  return &r->titik[((size_t)o * KJ_UKURAN_N + (size_t)uk) * (size_t)r->n_periode + (size_t)t];
}

static char period_type(const char *periode) {
  kj_period p;
  char why[64];
  return kj_period_parse(periode, &p, why, sizeof why) == 0 ? (char)p.type : 0;
}

/* The series type of the chart: the city's trend type, else the type with
 * the most city means. */
static char chart_type(const kj_analysis *r, int uk) {
  const int K = KJ_KOTA(r);
  char t = r->tren[(size_t)K * KJ_UKURAN_N + (size_t)uk].jenis;
  if (t) return t;
  static const char types[] = {KJ_PER_BULANAN, KJ_PER_TRIWULAN, KJ_PER_SEMESTER, KJ_PER_TAHUNAN};
  int best = 0;
  for (int i = 0; i < 4; i++) {
    int n = 0;
    for (int j = 0; j < r->n_periode; j++)
      n += period_type(r->periode[j]) == types[i] && isfinite(titik(r, K, uk, j)->mean);
    if (n > best) best = n, t = types[i];
  }
  return t;
}

/* The OPD to draw, in legend order; returns their number (0..4). */
static int pick(const kj_analysis *r, int uk, int *sel) {
  int top = -1, bottom = -1, fall = -1, rise = -1;
  for (int o = 0; o < r->n_opd; o++) {
    if (!fig_opd_present(r, o) || !r->stat[o].cukup) continue;
    double m = r->stat[o].ukuran[uk].mean;
    if (isfinite(m)) {
      if (top < 0 || m > r->stat[top].ukuran[uk].mean) top = o;
      if (bottom < 0 || m < r->stat[bottom].ukuran[uk].mean) bottom = o;
    }
    const kj_tren *t = &r->tren[(size_t)o * KJ_UKURAN_N + (size_t)uk];
    int *slot = t->label == KJ_TREN_TURUN ? &fall : t->label == KJ_TREN_NAIK ? &rise : NULL;
    if (slot && isfinite(t->p) &&
        (*slot < 0 || t->p < r->tren[(size_t)*slot * KJ_UKURAN_N + (size_t)uk].p))
      *slot = o;
  }
  int cand[4] = {top, bottom, fall, rise}, n = 0;
  for (int i = 0; i < 4; i++) {
    int dup = cand[i] < 0;
    for (int j = 0; j < n && !dup; j++) dup = sel[j] == cand[i];
    if (!dup) sel[n++] = cand[i];
  }
  return n;
}

kj_status kj_fig_tren(const kj_analysis *r, int uk, kj_lang lang, kj_figure *out, kj_error *err) {
  fig_begin(out, r, KJ_CHART_TREN, lang);
  if (uk < 0 || uk >= KJ_UKURAN_N)
    return kj_fail(err, KJ_INTERNAL, "figure tren: measure %d out of range", uk);
  const int K = KJ_KOTA(r);
  fig_measure m;
  fig_measure_info(uk, lang, &m);
  char type = chart_type(r, uk);
  int *cols = fig_alloc(out, (size_t)r->n_periode, sizeof *cols), k = 0;
  for (int j = 0; j < r->n_periode; j++)
    if (type && period_type(r->periode[j]) == type && isfinite(titik(r, K, uk, j)->mean))
      cols[k++] = j;
  if (k == 0)
    return kj_fail(err, KJ_DATA, "no period of %d-%d has a mean %s for the city", r->dari,
                   r->sampai, m.name);
  if (k > FIG_TREN_MAX) { /* a long window: its most recent periods */
    memmove(cols, cols + (k - FIG_TREN_MAX), FIG_TREN_MAX * sizeof *cols);
    k = FIG_TREN_MAX;
  }

  kj_tren_spec *s = &out->spec.tren;
  const char **labels = fig_alloc(out, (size_t)k, sizeof *labels);
  double *mean = fig_alloc(out, (size_t)k, sizeof *mean);
  double *lo = fig_alloc(out, (size_t)k, sizeof *lo), *hi = fig_alloc(out, (size_t)k, sizeof *hi);
  for (int t = 0; t < k; t++) {
    const kj_tren_titik *p = titik(r, K, uk, cols[t]);
    char buf[32];
    fig_period_label(r->periode[cols[t]], lang, buf, sizeof buf);
    labels[t] = fig_strdup(out, buf);
    mean[t] = p->mean;
    lo[t] = isfinite(p->ci_low) && isfinite(p->ci_high) ? p->ci_low : NAN;
    hi[t] = isfinite(p->ci_low) && isfinite(p->ci_high) ? p->ci_high : NAN;
  }
  s->k = k;
  s->periods = labels;
  s->city_mean = mean;
  s->city_low = lo;
  s->city_high = hi;
  s->city_trend = fig_trend(r->tren[(size_t)K * KJ_UKURAN_N + (size_t)uk].label);

  int sel[4];
  int n_sel = pick(r, uk, sel);
  kj_tren_series *series = fig_alloc(out, 4, sizeof *series);
  for (int i = 0; i < n_sel; i++) {
    int o = sel[i];
    double *v = fig_alloc(out, (size_t)k, sizeof *v);
    int any = 0;
    for (int t = 0; t < k; t++) {
      v[t] = titik(r, o, uk, cols[t])->mean; /* NA under min_kelompok: a gap */
      any |= isfinite(v[t]);
    }
    if (!any) continue;
    kj_tren_series *se = &series[s->n_series++];
    se->name = fig_strdup(out, r->opd[o].nama);
    se->short_name = fig_strdup(out, r->opd[o].singkatan);
    se->mean = v;
    se->trend = fig_trend(r->tren[(size_t)o * KJ_UKURAN_N + (size_t)uk].label);
  }
  s->series = series;
  s->measure = fig_strdup(out, m.axis);
  s->unit = fig_strdup(out, m.unit);
  s->decimals = m.decimals;
  s->n_total = r->stat[K].n_pegawai;

  fig_stem(out, "kota_tren_", m.name, NULL);
  out->opd = K;
  const char *per = type == KJ_PER_BULANAN    ? FIG_TR(lang, "bulanan", "Monthly")
                    : type == KJ_PER_TRIWULAN ? FIG_TR(lang, "triwulanan", "Quarterly")
                    : type == KJ_PER_SEMESTER ? FIG_TR(lang, "semesteran", "Half-yearly")
                                              : FIG_TR(lang, "tahunan", "Annual");
  if (lang == KJ_LANG_EN)
    out->title = fig_printf(out, "%s trend of %s: the city and selected OPD", per, m.label);
  else
    out->title = fig_printf(out, "Tren %s %s: kota dan OPD terpilih", m.label, per);
  out->subtitle =
      fig_printf(out, "%s \xE2\x80\x93 %s" FIG_DOT "%s", labels[0], labels[k - 1], r->params.kota);
  fig_set_source(out, r, FIG_SRC_PENILAIAN);
  char alpha[16];
  kj_fmt_num(alpha, sizeof alpha, r->params.alpha, 2, lang);
  out->note = fig_printf(
      out, "%s %d%s %s %s%s %s",
      FIG_TR(lang, "OPD ditampilkan: rata-rata tertinggi dan terendah tahun",
             "OPD shown: the highest and lowest mean of"),
      r->tahun,
      FIG_TR(lang, ", serta tren turun dan naik yang paling nyata.",
             ", and the clearest falling and rising trend."),
      FIG_TR(lang,
             "Label tren: kemiringan OLS rata-rata periode (galat baku Newey-West), naik/turun "
             "bila q (BH atas semua tren) <",
             "Trend label: OLS slope of the period means (Newey-West SE), rising/falling when q "
             "(BH over every trend) <"),
      alpha, ";",
      FIG_TR(lang,
             "pita = interval kepercayaan 95 % rata-rata kota; celah pada garis = data "
             "tidak cukup pada periode itu.",
             "band = 95% confidence interval of the city mean; a gap = too few employees in "
             "that period."));
  return KJ_OK;
}
