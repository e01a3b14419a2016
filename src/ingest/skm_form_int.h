/* skm_form_int.h — what the survey-form files share (skm_form.c: reading
 * and telling the columns apart; skm_form_load.c: the rows into the skm
 * kind); not part of the module's interface (skm_form.h). */
#ifndef KJ_SKM_FORM_INT_H
#define KJ_SKM_FORM_INT_H

#include "ingest/import_xlsx.h"
#include "ingest/skm_form.h"

#define SF_MAX_COLS 512

/* The questionnaire's answer labels for 1..4 per label set (normalised:
 * lower case, single spaces); set 0 is shared by U1 persyaratan and U5
 * produk. */
extern const char *const SF_LABELS[8][4];
extern const char *const SF_UNSUR_NAME[10]; /* [1..9] */
extern const int SF_UNSUR_SET[10];          /* unsur -> label set */

enum { SP_NONE, SP_TIME, SP_UNIT, SP_JK, SP_USIA, SP_PENDIDIKAN, SP_PEKERJAAN, SP_LAYANAN };

typedef struct sf_file {
  const char *path;
  char *sheet;            /* xlsx: the sheet read; NULL for CSV */
  int ncols;
  char **header;          /* ncols trimmed header texts */
  long header_row;
  char ***rows;           /* nrows x ncols trimmed texts ("" when empty) */
  long *rowno;
  long nrows, cap;
  int special[SP_LAYANAN + 1]; /* column of each special, -1 */
  int unsur_col[10];      /* 1..9: the column of each unsur, -1 */
  int col_set[SF_MAX_COLS];   /* label set of each column, -1 digits/none */
  kj_import_file_result *res;
} sf_file;

/* Lower case, trimmed, runs of white space as one space. */
void sf_norm_label(const char *s, char *out, size_t cap);
/* 1..4 for an answer of label set `set` (labels, digits 1-4, letters a-d),
 * 0 empty, -1 unknown, -5 a digit outside 1..4. */
int sf_answer(const char *v, int set);
/* Reads the whole file into f; KJ_OK after a data problem reported to
 * L->diag (then f->ncols is 0); KJ_IO when it cannot be read. */
kj_status sf_read_file(kj_loader *L, sf_file *f, kj_error *err);
/* FILE:SHEET!CELL, or FILE:LINE for CSV. */
void sf_cell_loc(const sf_file *f, long rowno, int col, char *out, size_t cap);
/* Which column is what; errors to L->diag; 0 when usable. */
int sf_classify(kj_loader *L, sf_file *f);
void sf_free_file(sf_file *f);

#endif
