/* fig_kendali.c — the control chart of one OPD's monthly mean IKP for the
 * monthly monitoring (analytics.md §14, chart kind `kendali`): months P-12 ..
 * P with the centre line, the limits that follow n and the signals, all as
 * analysis/bulanan.c computed them.
 */
#include <math.h>
#include <string.h>

#include "analysis/bulanan.h"
#include "figures/fig_int.h"

kj_status kj_fig_kendali(const kj_bulanan *b, int o, kj_lang lang, kj_figure *out, kj_error *err) {
  const kj_analysis *r = b->r;
  fig_begin(out, r, KJ_CHART_KENDALI, lang);
  if (o < 0 || o > KJ_KOTA(r))
    return kj_fail(err, KJ_INTERNAL, "figure kendali: OPD %d out of range", o);
  const kj_bl_opd *q = &b->opd[o];
  int any = 0;
  for (int t = 0; t < KJ_BL_BULAN; t++) any |= !isnan(q->mean[t]);
  if (!any)
    return kj_fail(err, KJ_DATA, "no month with at least %ld rated employees",
                   r->params.min_kelompok);
  kj_kendali_spec *s = &out->spec.kendali;
  int k = KJ_BL_BULAN;
  s->name = fig_strdup(out, o == KJ_KOTA(r) ? r->params.kota : r->opd[o].nama);
  s->short_name = o == KJ_KOTA(r) ? NULL : fig_strdup(out, r->opd[o].singkatan);
  s->k = k;
  const char **lab = fig_alloc(out, (size_t)k, sizeof *lab);
  double *mean = fig_alloc(out, (size_t)k, sizeof *mean), *lcl = fig_alloc(out, (size_t)k, sizeof *lcl),
         *ucl = fig_alloc(out, (size_t)k, sizeof *ucl);
  long *n = fig_alloc(out, (size_t)k, sizeof *n);
  unsigned char *sig = fig_alloc(out, (size_t)k, 1);
  for (int t = 0; t < k; t++) {
    char buf[64];
    fig_period_label(q->bulan[t], lang, buf, sizeof buf);
    lab[t] = fig_strdup(out, buf);
    mean[t] = q->mean[t];
    lcl[t] = q->lcl[t];
    ucl[t] = q->ucl[t];
    n[t] = q->n[t];
    sig[t] = (unsigned char)((strstr(q->sinyal[t], "BATAS") ? KJ_KENDALI_BATAS : 0) |
                             (strstr(q->sinyal[t], "RUN8") ? KJ_KENDALI_RUN8 : 0));
  }
  s->periods = lab;
  s->mean = mean;
  s->lcl = lcl;
  s->ucl = ucl;
  s->n = n;
  s->signal = sig;
  s->centre = q->centre;
  s->measure = FIG_TR(lang, "IKP rata-rata", "Mean IKP");
  s->unit = FIG_TR(lang, "% angka kredit", "% credit points");
  s->decimals = 1;
  s->min_kelompok = (int)r->params.min_kelompok;
  fig_stem(out, o == KJ_KOTA(r) ? "kota" : "opd_", o == KJ_KOTA(r) ? NULL : r->opd[o].kode,
           "_kendali");
  out->opd = o;
  char bulan[64];
  fig_period_label(b->periode, lang, bulan, sizeof bulan);
  out->title = fig_printf(out, "%s: %s", s->name,
                          FIG_TR(lang, "diagram kendali IKP bulanan", "control chart of monthly IKP"));
  out->subtitle = fig_printf(out, FIG_TR(lang, "%s dan 12 bulan sebelumnya%s%s",
                                         "%s and the 12 months before%s%s"),
                             bulan, FIG_DOT, r->params.kota);
  fig_set_source(out, r, FIG_SRC_PENILAIAN);
  out->note = fig_strdup(out, FIG_TR(lang, "IKP = konversi predikat ke angka kredit (PerBKN 3/2023).",
                                     "IKP = predikat converted to credit points (PerBKN 3/2023)."));
  return KJ_OK;
}
