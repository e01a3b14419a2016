/* fig_int.h — helpers shared by the figure builders (internal to
 * src/figures): ownership of what a spec points at, the text every chart
 * carries (subtitle, source, dates, period labels) and the conversions from
 * engine values to chart values (curve rules, trend labels).
 */
#ifndef KJ_FIGURES_FIG_INT_H
#define KJ_FIGURES_FIG_INT_H

#include <stddef.h>

#include "figures/figures.h"

/* Zeroes f and fills what every figure has: kind, language, date and author
 * from the analysis, opd = unit = -1. */
void fig_begin(kj_figure *f, const kj_analysis *r, kj_chart_kind kind, kj_lang lang);
/* Sets f->stem to prefix + code (made safe with kj_safe_filename) + suffix;
 * code may be NULL. */
void fig_stem(kj_figure *f, const char *prefix, const char *code, const char *suffix);

/* Allocations owned by f (zeroed; freed by kj_figure_free). */
void *fig_alloc(kj_figure *f, size_t count, size_t size);
char *fig_strdup(kj_figure *f, const char *s); /* NULL in, NULL out */
char *fig_printf(kj_figure *f, const char *fmt, ...) KJ_PRINTF(2, 3);

/* The id or en text (a macro, so printf formats stay literals the compiler
 * checks). */
#define FIG_TR(lang, id, en) ((lang) == KJ_LANG_EN ? (en) : (id))

/* " · " (U+00B7 between spaces), the separator of subtitle parts. */
#define FIG_DOT " \xC2\xB7 "

/* Source lines: appraisal data, SKM data, or both. */
typedef enum fig_source { FIG_SRC_PENILAIAN, FIG_SRC_SKM, FIG_SRC_KEDUANYA } fig_source;
void fig_set_source(kj_figure *f, const kj_analysis *r, fig_source what);
/* "Tahun 2025 · Kota Padangsidimpuan" (+ FIG_DOT + extra when extra is set). */
char *fig_subtitle_year(kj_figure *f, const kj_analysis *r, const char *extra);

/* Axis title, unit and decimals of a measure (KJ_UK_*). */
typedef struct fig_measure {
  const char *label; /* "IKP", "Capaian", "Berorientasi Pelayanan" */
  const char *axis;  /* "Rata-rata IKP" */
  const char *unit;  /* "% angka kredit" */
  const char *name;  /* stem part: "ikp", "capaian", "berorientasi_pelayanan" */
  int decimals;
} fig_measure;
void fig_measure_info(int ukuran, kj_lang lang, fig_measure *m);

/* Chart label of a period ("Jan 2024", "TW I 2024", "Sem II 2024", "2024"
 * / English), written to out; the canonical text when it does not parse. */
void fig_period_label(const char *periode, kj_lang lang, char *out, size_t cap);

/* The rules of organisation predikat org as chart rules for an OPD of n
 * employees with the engine's PASS/FAIL in cek (NULL: not evaluated). A
 * rule in persons becomes a share of n (capped at 1). Returns the count;
 * *rules is owned by f (NULL when there are none). */
int fig_rules(kj_figure *f, const kj_params *p, int org, long n, const kj_curve_result *cek,
              kj_kurva_rule **rules);

/* Chart trend mark of an engine trend label. */
kj_chart_trend fig_trend(kj_tren_label l);

/* 1 when OPD o has employee-years in Y (charts leave out the others). */
int fig_opd_present(const kj_analysis *r, int o);

#endif
