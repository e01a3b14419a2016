/* template.h — the data-entry workbook of `kinerja template` (data.md "The
 * data-entry template"): a Petunjuk sheet, one sheet per input kind headed
 * exactly with the kind's columns, a note on every header cell, text and
 * date column formats, dropdowns and validation, and — with the units of a
 * database — a `_unit` sheet that feeds a dropdown on every unit column. A
 * filled template loads with `kinerja import FILE.xlsx` as it is.
 */
#ifndef KJ_REPORTS_TEMPLATE_H
#define KJ_REPORTS_TEMPLATE_H

#include "util/status.h"
#include "util/text.h"

/* A unit offered in the unit dropdowns. */
typedef struct kj_template_unit {
  const char *kode, *nama;
} kj_template_unit;

/* Writes the template to path (atomically, like every workbook). units may
 * be NULL (n 0): no _unit sheet, unit columns are free text. KJ_IO when the
 * file cannot be written. */
kj_status kj_template_write(const char *path, kj_lang lang, const kj_template_unit *units, int n,
                            kj_error *err);

/* What the template says about one column (template_cols.c). */
typedef struct tp_col_info {
  const char *kind, *col;
  const char *id, *en; /* meaning */
  const char *example; /* "" when an example would mislead (optional links) */
} tp_col_info;
const tp_col_info *tp_col_info_of(const char *kind, const char *col);

#endif
