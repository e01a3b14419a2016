/* narrative_int.h — shared by narrative.c and narrative_more.c (the
 * finding sentences); not part of the module's interface. */
#ifndef KJ_ANALYSIS_NARRATIVE_INT_H
#define KJ_ANALYSIS_NARRATIVE_INT_H

#include "analysis/analysis.h"
#include "util/buf.h"

typedef struct an_nv {
  const kj_analysis *r;
  kj_lang lang;
  kj_findings *out;
  size_t cap;
} an_nv;

/* The Indonesian or the English text, by v->lang. */
#define L(id, en) (v->lang == KJ_LANG_EN ? (en) : (id))

/* Appends the sentence in b (taken; b is reset) under topik. */
void an_nv_emit(an_nv *v, const char *topik, kj_buf *b);
/* x with dec decimals in the language's format, into buf. */
const char *an_nv_num(const an_nv *v, char *buf, size_t cap, double x, int dec);
/* With an explicit sign: "+0,42", "−1,5". */
const char *an_nv_signed(const an_nv *v, char *buf, size_t cap, double x, int dec);
/* "p = 0,012" or "p < 0,001" (name is "p" or "q"). */
const char *an_nv_p(const an_nv *v, char *buf, size_t cap, const char *name, double p);
/* Short name of OPD o: singkatan, else its code. */
const char *an_nv_opd(const kj_analysis *r, int o);

/* Sections of narrative_more.c: SKM, evaluators, lists, data quality, feedback. */
void an_nv_more(an_nv *v);

#endif
