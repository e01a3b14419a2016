/* fig_common.c — what every figure shares: ownership of the arrays and
 * strings a spec points at, the texts around a chart, and drawing a figure.
 *
 * Figures sit between the engine and the chart library: the engine hands
 * over numbers, the chart library lays out a spec, and this module decides
 * what goes into the spec and says in words what the chart shows. A spec's
 * pointers are const; the figure keeps every allocation it hands out in a
 * small list so one kj_figure_free releases them all, which keeps the
 * builders free of cleanup paths (allocation cannot fail: xalloc.h).
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/period.h"
#include "figures/fig_int.h"
#include "util/fsutil.h"
#include "util/xalloc.h"

static void *keep(kj_figure *f, void *p) {
  if (f->n_own == f->cap_own) {
    f->cap_own = f->cap_own ? 2 * f->cap_own : 16;
    f->own = xreallocarray(f->own, f->cap_own, sizeof *f->own);
  }
  f->own[f->n_own++] = p;
  return p;
}

void *fig_alloc(kj_figure *f, size_t count, size_t size) {
  return keep(f, xcalloc(count ? count : 1, size ? size : 1));
}

char *fig_strdup(kj_figure *f, const char *s) { return s ? keep(f, xstrdup(s)) : NULL; }

char *fig_printf(kj_figure *f, const char *fmt, ...) {
  va_list ap, again;
  va_start(ap, fmt);
  va_copy(again, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *s = xmalloc(n > 0 ? (size_t)n + 1 : 1);
  if (n >= 0)
    vsnprintf(s, (size_t)n + 1, fmt, again);
  else
    s[0] = '\0';
  va_end(again);
  return keep(f, s);
}

void kj_figure_free(kj_figure *f) {
  if (!f) return;
  for (size_t i = 0; i < f->n_own; i++) free(f->own[i]);
  free(f->own);
  memset(f, 0, sizeof *f);
}

void fig_begin(kj_figure *f, const kj_analysis *r, kj_chart_kind kind, kj_lang lang) {
  memset(f, 0, sizeof *f);
  f->kind = kind;
  f->lang = lang;
  f->opd = -1;
  f->unit = -1;
  /* The PDF creation date comes from the data, never the clock; a database
   * without any dated record falls back to the last day of Y. */
  if (r->data_terbaru[0])
    snprintf(f->date, sizeof f->date, "%.10s", r->data_terbaru);
  else
    snprintf(f->date, sizeof f->date, "%04d-12-31", r->tahun);
  snprintf(f->author, sizeof f->author, "%s", r->params.instansi);
}

void fig_stem(kj_figure *f, const char *prefix, const char *code, const char *suffix) {
  char *safe = code ? kj_safe_filename(code) : NULL;
  snprintf(f->stem, sizeof f->stem, "%s%s%s", prefix, safe ? safe : "", suffix ? suffix : "");
  free(safe);
}

/* "14 Februari 2026" from "2026-02-14"; "" when it is not such a date. */
static void long_date(const char *iso, kj_lang lang, char *out, size_t cap) {
  static const char *const id[12] = {"Januari",   "Februari", "Maret",    "April",
                                     "Mei",       "Juni",     "Juli",     "Agustus",
                                     "September", "Oktober",  "November", "Desember"};
  static const char *const en[12] = {"January",   "February", "March",    "April",
                                     "May",       "June",     "July",     "August",
                                     "September", "October",  "November", "December"};
  int y, m, d;
  out[0] = '\0';
  if (sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31) return;
  snprintf(out, cap, "%d %s %d", d, (lang == KJ_LANG_EN ? en[m - 1] : id[m - 1]), y);
}

void fig_set_source(kj_figure *f, const kj_analysis *r, fig_source what) {
  static const char *const data_id[] = {"penilaian kinerja pegawai (SKP, PermenPAN-RB 6/2022)",
                                        "Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017)",
                                        "Survei Kepuasan Masyarakat dan penilaian kinerja pegawai"};
  static const char *const data_en[] = {
      "employee performance appraisals (SKP, PermenPAN-RB 6/2022)",
      "public satisfaction surveys (SKM, PermenPAN-RB 14/2017)",
      "public satisfaction surveys (SKM) and employee performance appraisals"};
  char when[64], upto[96] = "";
  long_date(r->data_terbaru, f->lang, when, sizeof when);
  if (when[0])
    snprintf(upto, sizeof upto, "%s%s", FIG_TR(f->lang, ", data s.d. ", ", data up to "), when);
  f->source = fig_printf(f, "%s %s%s; %s %s",
                         (f->lang == KJ_LANG_EN ? data_en[what] : data_id[what]), r->params.kota,
                         upto, FIG_TR(f->lang, "diolah", "processed by"), r->params.instansi);
}

char *fig_subtitle_year(kj_figure *f, const kj_analysis *r, const char *extra) {
  return fig_printf(f, "%s %d" FIG_DOT "%s%s%s", FIG_TR(f->lang, "Tahun", "Year"), r->tahun,
                    r->params.kota, extra && *extra ? FIG_DOT : "", extra ? extra : "");
}

void fig_measure_info(int uk, kj_lang lang, fig_measure *m) {
  m->label = kj_dimensi_label(uk, lang);
  m->name = kj_dimensi_name(uk);
  if (uk == KJ_UK_IKP) {
    m->axis = FIG_TR(lang, "Rata-rata IKP", "Mean IKP");
    m->unit = FIG_TR(lang, "% angka kredit", "% of credit points");
    m->decimals = 1;
  } else if (uk == KJ_UK_CAPAIAN) {
    m->axis = FIG_TR(lang, "Rata-rata capaian SKP", "Mean SKP achievement");
    m->unit = FIG_TR(lang, "% dari target", "% of target");
    m->decimals = 1;
  } else {
    m->axis = FIG_TR(lang, "Rata-rata skor perilaku", "Mean behaviour score");
    m->unit = FIG_TR(lang,
                     "skala 1\xE2\x80\x93"
                     "5",
                     "scale 1\xE2\x80\x93"
                     "5");
    m->decimals = 2;
  }
}

void fig_period_label(const char *periode, kj_lang lang, char *out, size_t cap) {
  kj_period p;
  char why[64];
  if (kj_period_parse(periode, &p, why, sizeof why) != 0) snprintf(out, cap, "%s", periode);
  else kj_period_label(p, lang == KJ_LANG_EN, 1, out, (int)cap);
}

int fig_rules(kj_figure *f, const kj_params *p, int org, long n, const kj_curve_result *cek,
              kj_kurva_rule **rules) {
  *rules = NULL;
  if (org < 0 || org >= KJ_ORG_N || p->kurva[org].n <= 0) return 0;
  const kj_curve_rules *cr = &p->kurva[org];
  kj_kurva_rule *out = fig_alloc(f, (size_t)cr->n, sizeof *out);
  for (int k = 0; k < cr->n; k++) {
    const kj_curve_rule *in = &cr->rule[k];
    kj_kurva_rule *o = &out[k];
    o->mask = in->set;
    /* kj_cmp and kj_chart_op list the comparisons in the same order */
    o->op = (kj_chart_op)in->cmp;
    if (in->unit == KJ_CURVE_PERSONS) {
      o->persons = (long)in->value;
      /* "≥ 0 orang" is stated in persons but bounds nothing: a 0 share */
      o->share = n > 0 ? fmin(1.0, in->value / (double)n) : 0;
    } else {
      o->share = in->value / 100.0;
    }
    o->pass = cek && k < cek->n_rules ? cek->pass[k] : -1;
  }
  *rules = out;
  return cr->n;
}

kj_chart_trend fig_trend(kj_tren_label l) {
  switch (l) {
  case KJ_TREN_NAIK: return KJ_TREND_NAIK;
  case KJ_TREN_TURUN: return KJ_TREND_TURUN;
  case KJ_TREN_STABIL: return KJ_TREND_STABIL;
  default: return KJ_TREND_NONE;
  }
}

int fig_opd_present(const kj_analysis *r, int o) {
  return o >= 0 && o <= r->n_opd && r->stat[o].n_pegawai > 0;
}

kj_status kj_figure_render(const kj_figure *f, kj_chart_format fmt, const char *path,
                           kj_chart_result *res, kj_error *err) {
  if (!f || !f->title) return kj_fail(err, KJ_INTERNAL, "figure: nothing to draw");
  kj_chart_out o;
  memset(&o, 0, sizeof o);
  o.format = fmt;
  o.path = path;
  o.lang = f->lang;
  o.date = f->date;
  o.title = f->title;
  o.subtitle = f->subtitle;
  o.source = f->source;
  o.note = f->note;
  o.author = f->author;
  return kj_chart_render(f->kind, &f->spec, &o, res, err);
}
