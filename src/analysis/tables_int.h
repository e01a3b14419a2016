/* tables_int.h — row builder shared by tables.c and tables_extra.c (the
 * export tables of analytics.md §12); not part of the module's interface.
 *
 * A table is filled row by row, left to right, in the order of its column
 * definitions, so each builder reads like the column list it writes.
 */
#ifndef KJ_ANALYSIS_TABLES_INT_H
#define KJ_ANALYSIS_TABLES_INT_H

#include "analysis/analysis.h"

typedef struct tb {
  kj_table *t;
  size_t row;
  int col;
} tb;

#define TB_COLS(defs) ((int)(sizeof defs / sizeof defs[0]))

static inline void tb_row(tb *b) {
  b->row = kj_table_add_row(b->t);
  b->col = 0;
}
static inline void tb_s(tb *b, const char *s) { kj_table_set_text(b->t, b->row, b->col++, s); }
static inline void tb_i(tb *b, int64_t v) { kj_table_set_int(b->t, b->row, b->col++, v); }
static inline void tb_d(tb *b, double v) { kj_table_set_real(b->t, b->row, b->col++, v); }
static inline void tb_na(tb *b) { kj_table_set_missing(b->t, b->row, b->col++); }
/* Count that may be "suppressed" (negative). */
static inline void tb_n(tb *b, long v) {
  if (v < 0) tb_na(b);
  else tb_i(b, v);
}

/* Sorts t by its first nkeys columns and appends it to out. */
void an_tables_add(kj_tables *out, kj_table *t, int nkeys);
/* Code of OPD index o ("KOTA" for the city row). */
static inline const char *tb_opd(const kj_analysis *r, int o) { return r->opd[o].kode; }

void an_tables_extra(const kj_analysis *r, kj_tables *out); /* tables_extra.c */
void an_tables_klaim(const kj_analysis *r, kj_tables *out); /* tables_klaim.c */

#endif
